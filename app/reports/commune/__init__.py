"""The commune's reports, one builder per paper: plain figures in, a ``Document`` out.

Each builder only words and arranges figures that ``app.ops.reports`` gathered; none reads
the database or draws. The modules import nothing from each other but ``course`` (what the
two course papers share).
"""

"""The province's reports, one builder per paper: every commune's figures in, a
``Document`` out, one row per commune or ward in official code order and the province's
totals, issued by the department under the province's People's Committee.

Each builder only words and arranges figures that ``app.ops.province_reports`` gathered;
what a figure means is the commune papers' (the builders reuse their tables where the
province prints the same thing over its totals).
"""

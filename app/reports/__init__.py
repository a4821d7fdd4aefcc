"""Printed papers: the commune's and the province's reports as PDF, with an XLSX twin of
the same figures.

Why a package apart from ``app.ops``: a paper has two halves that change for different
reasons. The official frame (Nghị định 30/2020/NĐ-CP: A4, margins, the national title
block, the issuing unit, the place-and-date line, page numbers, signature blocks) is the
same for every report and is drawn once here, by ``pdf`` and ``xlsx`` from one plain
description (``document``). What a report says (its title, its columns, its figures) is a
small builder per report (``commune/``, ``province/``) that turns plain figures, gathered
by ``app.ops.reports`` and ``app.ops.province_reports`` through the models, into that
description. A new report (asset labels) is then a new builder and a new gatherer, not a
new layout.

Nothing here opens a database or imports Qt; the package imports none of its submodules,
so the window's start does not load reportlab.
"""

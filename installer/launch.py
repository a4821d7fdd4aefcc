"""The bundle's entry point: the same ``main`` as the ``commune-it`` console script.

PyInstaller freezes a script, not a console-script entry point, so this file stands in for
the one pip writes; it must stay this small: everything the program does is in ``app``.
``freeze_support`` comes first: the self-check starts Qt in a spawned copy of this program
(``app.ui.runtime.qt_probe``), and that copy must run the probe, not the command line.
"""

import multiprocessing

multiprocessing.freeze_support()

from app.cli import main  # noqa: E402  (after a spawned copy has been diverted)

raise SystemExit(main())

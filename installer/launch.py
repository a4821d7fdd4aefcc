"""The bundle's entry point: the same ``main`` as the ``commune-it`` console script.

PyInstaller freezes a script, not a console-script entry point, so this file stands in for
the one pip writes; it must stay this small: everything the program does is in ``app``.
"""

from app.cli import main

raise SystemExit(main())

"""The desktop window (PySide6), the only package that imports Qt. It reads and writes only
through ``app.ops`` (one unit of work per call, on the runner's worker), never with a
session or SQL of its own.

``main`` starts it; ``shell/`` is the window's frame (main window, navigation, status
line); ``pages/`` has one package per page, a view that lays out and a controller that
acts; ``widgets/`` what pages share; ``itemmodels/`` the Qt models over plain rows;
``runtime/`` the background tasks, errors, language and settings.
"""

"""The window's frame: the main window, its navigation, its status line, where it opens."""

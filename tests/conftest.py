"""Shared by every test: Qt must run without a display, so the platform is chosen before
any test module imports PySide6 (an explicit QT_QPA_PLATFORM from the caller still wins)."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

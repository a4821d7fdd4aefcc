"""Settings → the idle lock's time ("Lock after … minutes"), on an encrypted store only.

The time is the laptop's rule (``app.ops.settings.idle_lock_minutes``, a store row), so an
administrator sets it; the window's lock (``signin.lock.WindowLock``, made by the menus)
takes the new time at once.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QSpinBox, QWidget

from app.models.store import Store
from app.ops.accounts import signed_in_of
from app.ops.settings import IDLE_LOCK_RANGE, idle_lock_minutes, save_idle_lock_minutes
from app.ui.runtime.tasks import TaskRunner
from app.ui.shell.roles import MANAGE, RoleGate


class LockBox(QGroupBox):
    """"Lock after [10] minutes without use"; saved when the field is left or Enter."""

    def __init__(self, store: Store, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockBox")
        self.store, self.runner = store, runner
        self.before = QLabel(self)
        self.minutes = QSpinBox(self, objectName="idleLockMinutes")
        self.minutes.setRange(*IDLE_LOCK_RANGE)
        self.after = QLabel(self)
        self.minutes.editingFinished.connect(self.save)
        row = QHBoxLayout(self)
        for widget in (self.before, self.minutes, self.after):
            row.addWidget(widget)
        row.addStretch(1)
        self.setVisible(signed_in_of(store) is not None)  # a plain store has no lock
        self.gate = RoleGate(store, self, MANAGE).gate(self.minutes)
        self.retranslate()

    def load(self) -> None:
        if self.isVisibleTo(self.parentWidget()) or signed_in_of(self.store) is not None:
            self.runner.run(partial(idle_lock_minutes, self.store), self.minutes.setValue)

    def save(self) -> None:
        chosen = self.minutes.value()
        self.runner.run(partial(save_idle_lock_minutes, self.store, chosen), self._saved)

    def _saved(self, minutes: int) -> None:
        menus = getattr(self.window(), "menus", None)  # the main window's (shell/menu.py)
        lock = getattr(menus, "lock", None)
        if lock is not None:
            lock.set_minutes(minutes)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Lock"))
        self.before.setText(self.tr("Lock after"))
        self.after.setText(self.tr("minutes without use"))

"""Encrypting a plain store from the window: after the first-run wizard's account step, or
from Settings ("Protect the data with an account…").

Why the window closes its store first: ``ops.accounts.first_administrator`` replaces the
database file with its encrypted copy, and no page, worker or open connection may hold the
plain one meanwhile. So the request is handed to the desktop (``shell/desktop.py``): the
main window is closed (Settings asks it with ``ask_store_change``), the store closed, the
encryption run on a runner of its own behind a small progress note, and the store opened
again with the new password. The recovery key is then shown once (``recovery_key.py``).
A refusal leaves the file as it was; the plain store is opened again and the officer is
told why.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QVBoxLayout, QWidget

from app.models.store import Store
from app.ops.accounts import SignedIn, protect_store
from app.ui.runtime import errors
from app.ui.runtime.tasks import TaskRunner
from app.ui.widgets.dialogs import show_refusal

log = logging.getLogger(__name__)
Protected = tuple[Store, SignedIn, str]


@dataclass(frozen=True)
class ProtectRequest:
    """The first administrator's name and password, until the store is encrypted."""

    name: str
    password: str

    def __repr__(self) -> str:  # never a password in a log or a crash report
        return f"ProtectRequest(name={self.name!r})"


def ask_store_change(window: QWidget, request: ProtectRequest) -> bool:
    """Close the main window so the desktop encrypts its store; False if the window
    stayed open (a task still running, a form not saved)."""
    window.store_change = request  # type: ignore[attr-defined]
    if window.close():
        return True
    window.store_change = None  # type: ignore[attr-defined]
    return False


def asked_store_change(window: QWidget) -> ProtectRequest | None:
    """What the closed window asked for (None: it was simply closed)."""
    return getattr(window, "store_change", None)


class EncryptingDialog(QDialog):
    """A note that the data is being encrypted; it closes itself when that is done."""

    def __init__(self, store: Store, request: ProtectRequest,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("encryptingDialog")
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self.setWindowTitle(self.tr("Protecting the data"))
        self.runner = TaskRunner(self)
        self.result_value: Protected | None = None
        self.note = QLabel(self.tr("Encrypting the data on this computer… Do not turn the "
                                   "computer off."), self, wordWrap=True)
        bar = QProgressBar(self)
        bar.setRange(0, 0)  # no steps to count: a copy, checked, then swapped
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(bar)
        self.setMinimumWidth(420)
        assert store.path is not None
        self._work = partial(protect_store, store.path, store.backups_dir,
                             request.name, request.password)

    def start(self) -> None:
        self.runner.run(self._work, self._done, failed=self._failed)

    def _done(self, value: Protected) -> None:
        self.result_value = value
        self.accept()

    def _failed(self, exc: BaseException) -> bool:
        QDialog.reject(self)
        if not errors.is_expected(exc):
            return False  # logged, and shown with its details by the runner
        show_refusal(None, self.tr("The data was not encrypted: {reason}").format(
            reason=str(exc)))
        return True

    def reject(self) -> None:  # Escape does not stop an encryption half way
        if self.runner.idle():
            super().reject()


def protect(store: Store, request: ProtectRequest) -> tuple[Store, bool]:
    """Close ``store``, encrypt it, open it again; the store to go on with, and whether
    it is now encrypted (the recovery key was shown). On a refusal the plain store is
    opened again."""
    store.close()
    dialog = EncryptingDialog(store, request)
    dialog.show()
    dialog.start()
    dialog.exec()
    dialog.runner.shutdown()
    done = dialog.result_value
    dialog.deleteLater()
    if done is None:
        log.info("the store was not encrypted; it is opened plain again")
        return Store(store.path, store.backups_dir), False  # type: ignore[arg-type]
    opened, _who, recovery = done
    from app.ui.signin.recovery_key import show_recovery_key

    show_recovery_key(opened, recovery)
    return opened, True

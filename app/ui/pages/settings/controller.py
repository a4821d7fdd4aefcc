"""What the Settings page does: switch the language, save the department's name, enrol.

Each write is one operation of ``app.ops`` on the runner's worker; the page
(``view.SettingsPage``) shows the outcome. The language switches at once: the
other translator is installed, Qt sends every widget a ``LanguageChange`` event, and the
window calls each page's ``retranslate()``; the choice is saved for the next start.

The device's card is not read here: the window's one ``SyncState`` holds it for every page
(so an enrolment made on the Sync page shows here at once), and an enrolment made here asks
it to read again, so the Sync page and the status line follow.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, SignalInstance
from PySide6.QtWidgets import QApplication, QLabel

from app.models.store import Store
from app.ops.settings import SettingsCard, save_department, save_language, settings_card
from app.ops.sync import enrol
from app.ui.runtime import i18n
from app.ui.runtime.tasks import TaskRunner
from app.ui.shell.sync_state import SyncState


class SettingsView(Protocol):
    """What the controller needs of its page (``view.SettingsPage`` has it): named here, so
    the view and the controller do not import each other."""

    language_note: QLabel  # shown while the chosen language's translation is missing
    language_changed: SignalInstance

    def select_language(self, code: str) -> None: ...

    def show_card(self, card: SettingsCard) -> None: ...

    def department_saved(self, name: str) -> None: ...

    def department_refused(self, exc: BaseException) -> bool: ...

    def show_enrolled(self, name: str) -> None: ...

    def enrolment_refused(self, exc: BaseException) -> bool: ...


class SettingsController(QObject):
    def __init__(self, page: SettingsView, store: Store, runner: TaskRunner,
                 sync_state: SyncState) -> None:
        super().__init__(page)
        self.page, self.store, self.runner = page, store, runner
        self.sync_state = sync_state

    def load(self) -> None:
        """Read the department's name (the page takes the device's card from the state)."""
        store = self.store
        self.runner.run(lambda: settings_card(store), self.page.show_card)

    def set_language(self, code: str) -> None:
        """Speak ``code`` now and from the next start on."""
        self.page.select_language(code)
        if code == i18n.current_language() and not self.page.language_note.isVisible():
            return
        found = i18n.install(QApplication.instance(), code)
        self.page.language_note.setVisible(not found)
        store = self.store
        self.runner.run(lambda: save_language(store, code), lambda _: None)
        self.page.language_changed.emit(code)

    def save_department(self, text: str) -> None:
        store = self.store
        self.runner.run(lambda: save_department(store, text), self.page.department_saved,
                        failed=self.page.department_refused)

    def enrol_from(self, path: Path) -> None:
        store = self.store
        self.runner.run(lambda: enrol(store, path), self._enrolled,
                        failed=self.page.enrolment_refused)

    def _enrolled(self, name: str) -> None:
        self.page.show_enrolled(name)
        self.sync_state.refresh()

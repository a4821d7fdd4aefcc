"""Settings → Accounts (DESIGN.md, "Privacy on the laptop").

On a plain store the box offers to protect the data with a first account (the window
closes while the store is encrypted: ``signin/protect.py``). On an encrypted store it is
an administrator's: the accounts (name, role, state), a new account, a new password, an
account disabled or enabled again. Other roles do not see it: the box follows the account
signed in now (``shell.roles``), so a switch of user in the open window shows or hides it
at once, the list read again or cleared. Every change is an
operation of ``app.ops`` on the runner; a refusal (the last administrator cannot be
disabled, a name already taken) is the operation's own sentence, in red under the list.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.models.store import Store
from app.ops import account_admin
from app.ops.account_admin import AccountRow
from app.ops.accounts import SignedIn, add_account, disable_account, signed_in_of
from app.ops.sync import DeviceState
from app.ui.pages.settings.account_forms import AccountDialog, role_name
from app.ui.runtime import errors
from app.ui.runtime.tasks import TaskRunner
from app.ui.shell.roles import MANAGE, allows, notice_of
from app.ui.signin.fields import message_label
from app.ui.signin.first_account import FirstAccountDialog
from app.ui.signin.protect import ask_store_change
from app.ui.widgets.form_parts import ERROR_STYLE


class AccountsBox(QGroupBox):
    """The accounts of this laptop, or the offer to make the first one."""

    def __init__(self, store: Store, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountsBox")
        self.store, self.runner = store, runner
        self.trainer = False
        self.rows: list[AccountRow] = []
        self.intro = message_label(self, "accountsIntro")
        self.protect_button = QPushButton(self, objectName="protectData")
        self.protect_button.clicked.connect(self.protect)
        self.table = QTableWidget(0, 3, self, objectName="accountsTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMaximumHeight(180)
        self.table.setColumnWidth(0, 220)
        self.table.setColumnWidth(1, 160)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.add_button, self.reset_button, self.state_button = (
            QPushButton(self, objectName=name)
            for name in ("addAccount", "resetPassword", "toggleAccount"))
        self.add_button.clicked.connect(self.add)
        self.reset_button.clicked.connect(self.reset)
        self.state_button.clicked.connect(self.toggle)
        self.message = message_label(self, "accountsMessage")
        self._lay_out()
        self._show_for_account()
        notice_of(store).changed.connect(self.follow_account)
        self.retranslate()

    @property
    def who(self) -> SignedIn | None:
        """The account signed in now (it changes when another user takes the window)."""
        return signed_in_of(self.store)

    def follow_account(self) -> None:
        """Another account took the window: shown or hidden for it, its list read again."""
        self._say("")
        self._show_for_account()
        self.retranslate()
        self.load()

    def _show_for_account(self) -> None:
        """An administrator's box on an encrypted store, the offer on a plain one; the list
        of accounts never left behind for another role."""
        encrypted = self.who is not None
        self.setVisible(allows(self.store, MANAGE))
        self.protect_button.setVisible(not encrypted)
        for widget in (self.table, self.add_button, self.reset_button, self.state_button):
            widget.setVisible(encrypted)
        if not allows(self.store, MANAGE):
            self.show_rows([])

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        for button in (self.protect_button, self.add_button, self.reset_button,
                       self.state_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

    # --- reading ----------------------------------------------------------------------------
    def show_device_state(self, state: DeviceState) -> None:
        self.trainer = state.device is not None and state.device.trainer

    def load(self) -> None:
        if self.who is None or not allows(self.store, MANAGE):
            return
        store, who = self.store, self.who
        self.runner.run(lambda: account_admin.list_accounts(store, who), self.show_rows)

    def show_rows(self, rows: list[AccountRow]) -> None:
        if not allows(self.store, MANAGE):
            rows = []  # a list read for an administrator who has since handed over
        chosen = self.chosen()
        self.rows = rows
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            state = self.tr("Active") if row.active else self.tr("Disabled")
            for column, text in enumerate((row.name, role_name(row.role), state)):
                self.table.setItem(index, column, QTableWidgetItem(text))
            if chosen is not None and row.name == chosen.name:
                self.table.selectRow(index)
        self._update_buttons()

    def chosen(self) -> AccountRow | None:
        index = self.table.currentRow()
        selected = self.table.selectionModel().hasSelection()
        return self.rows[index] if selected and 0 <= index < len(self.rows) else None

    def _update_buttons(self) -> None:
        row = self.chosen()
        self.reset_button.setEnabled(row is not None and row.active)
        self.state_button.setEnabled(row is not None)
        self.state_button.setText(self.tr("Enable again…") if row is not None
                                  and not row.active else self.tr("Disable"))

    # --- acting -----------------------------------------------------------------------------
    def protect(self) -> None:
        """The first administrator: the window closes, the store is encrypted."""
        dialog = FirstAccountDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            ask_store_change(self.window(), dialog.request())
        dialog.deleteLater()

    def add(self) -> None:
        dialog = AccountDialog(self, trainer=self.trainer)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            name, role, password = dialog.values()
            self._change(lambda store, who: add_account(store, who, name, role, password),
                         self.tr("The account “{name}” was added.").format(name=name))
        dialog.deleteLater()

    def reset(self) -> None:
        row = self.chosen()
        if row is not None:
            self._new_password(row.name, enabling=False)

    def toggle(self) -> None:
        row = self.chosen()
        if row is None:
            return
        if not row.active:
            self._new_password(row.name, enabling=True)
            return
        name = row.name
        self._change(lambda store, who: disable_account(store, who, name),
                     self.tr("The account “{name}” is disabled: it can no longer sign "
                             "in.").format(name=name))

    def _new_password(self, name: str, enabling: bool) -> None:
        dialog = AccountDialog(self, name=name, enabling=enabling)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            password = dialog.values()[2]
            act = account_admin.enable_account if enabling else account_admin.reset_password
            done = (self.tr("The account “{name}” is enabled again.") if enabling
                    else self.tr("A new password is set for “{name}”.")).format(name=name)
            self._change(lambda store, who: act(store, who, name, password), done)
        dialog.deleteLater()

    def _change(self, work, done_text: str) -> None:
        """Run ``work(store, who)`` on the worker; then say ``done_text`` and read again."""
        store, who = self.store, self.who
        self._say("")
        self.runner.run(lambda: work(store, who), lambda _: self._changed(done_text),
                        failed=self._refused)

    def _changed(self, text: str) -> None:
        self._say(text)
        self.load()

    def _refused(self, exc: BaseException) -> bool:
        if not errors.is_expected(exc):
            return False
        self._say(str(exc), error=True)
        return True

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Accounts"))
        self.intro.setText(self.tr(
            "Who may open the data on this computer, and what each may do.")
            if self.who is not None else self.tr(
            "The data on this computer is not encrypted: anyone who uses it can read it. "
            "Protect it with an administrator's account; the data is then encrypted."))
        self.protect_button.setText(self.tr("Protect the data with an account…"))
        self.add_button.setText(self.tr("Add account…"))
        self.reset_button.setText(self.tr("New password…"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Account"), self.tr("Role"), self.tr("State")])
        self._update_buttons()

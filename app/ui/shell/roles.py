"""What the signed-in account may do in the window: the one place every page asks.

DESIGN.md's roles: a viewer reads and prints; an officer also writes records, imports,
exports and syncs; an administrator also manages accounts, enrolment, setup and erasure.
A plain store (no accounts) allows everything, as before accounts existed.

Why one module rather than checks in each page: the role can change while the window is
open (the idle lock's "switch user"), and every page must follow at once. A page hands its
write controls to a ``RoleGate`` (``gate(...)``) and keeps enabling them by its own rules
(a selection, a busy sync); the gate holds them disabled while the role does not allow
them, whatever the page sets, and names the reason in their tooltip. When the role changes
it calls the page's ``reapply`` first, to set them (and anything else that depends on the
role, such as an open form) as the page's own rules say.

Below the window a viewer's unit of work refuses any write (``audit.viewer_write``): the
gate is what keeps a viewer from ever meeting that refusal as an error.

A new page (the stock-take's) does the same: ``RoleGate(store, page, reapply=...)``, then
``gate(*its write buttons and actions)``; code paths that start a write without a control
(a key, a double click) ask ``allows(store)`` first.
"""

from __future__ import annotations

from collections.abc import Callable
from weakref import WeakKeyDictionary

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtGui import QAction, QHelpEvent
from PySide6.QtWidgets import QToolTip, QWidget

from app.messages import message
from app.models.accounts import allows as role_allows
from app.models.store import Store
from app.ops.accounts import SignedIn, signed_in_as, signed_in_of

EDIT = "officer"  # records, imports, exports, sync, the settings of everyday work
MANAGE = "administrator"  # accounts, enrolment and setup, erasure

translate = QCoreApplication.translate


class RoleNotice(QObject):
    """Tells the pages of one store's window that its account changed."""

    changed = Signal()


_NOTICES: WeakKeyDictionary[Store, RoleNotice] = WeakKeyDictionary()


def notice_of(store: Store) -> RoleNotice:
    """The one notice of ``store`` (made when first asked for)."""
    notice = _NOTICES.get(store)
    if notice is None:
        notice = _NOTICES[store] = RoleNotice()
    return notice


def allows(store: Store, needed: str = EDIT) -> bool:
    """Whether the account signed in on ``store`` may do what needs ``needed``."""
    who = signed_in_of(store)
    return who is None or role_allows(who.role, needed)


def reason(store: Store, needed: str = EDIT) -> str:
    """Why a control is greyed, in the window's language ("" when it is allowed)."""
    who = signed_in_of(store)
    if who is None or role_allows(who.role, needed):
        return ""
    role = str(message(f"privacy.role_{who.role}"))
    if needed == MANAGE:
        return translate("Roles", "Only an administrator can do this; “{name}” is signed "
                         "in as {role}.").format(name=who.name, role=role)
    return translate("Roles", "“{name}” is signed in as {role}: this account can read and "
                     "print, not change the data.").format(name=who.name, role=role)


def switch_to(store: Store, who: SignedIn | None) -> None:
    """Another account works on the open window from now on: the store carries it (so
    every later unit of work writes as it, or refuses a viewer) and every page follows."""
    signed_in_as(store, who)
    notice_of(store).changed.emit()


class RoleGate(QObject):
    """Holds a page's write controls disabled while the account may not use them."""

    def __init__(self, store: Store, page: QWidget, needed: str = EDIT,
                 reapply: Callable[[], None] | None = None) -> None:
        super().__init__(page)
        self.store, self.needed, self._reapply = store, needed, reapply
        self.items: list[QWidget | QAction] = []
        self.allowed = allows(store, needed)
        notice_of(store).changed.connect(self.role_changed)

    def gate(self, *items: QWidget | QAction) -> RoleGate:
        """Put ``items`` under the role's rule (a QAction's buttons show the reason too)."""
        for item in items:
            self.items.append(item)
            if isinstance(item, QAction):
                item.changed.connect(lambda item=item: self._hold(item))
                for widget in item.associatedObjects():
                    if isinstance(widget, QWidget):
                        widget.installEventFilter(self)
            else:
                item.installEventFilter(self)
            self._hold(item)
        return self

    def role_changed(self) -> None:
        self.allowed = allows(self.store, self.needed)
        if self._reapply is not None:  # the page's own rules first, on both ways
            self._reapply()
        elif self.allowed:  # controls the page never greys itself
            for item in self.items:
                item.setEnabled(True)
        for item in self.items:
            self._hold(item)

    def tooltip(self) -> str:
        """The reason shown over a held control ("" when the role allows it)."""
        return "" if self.allowed else reason(self.store, self.needed)

    def _hold(self, item: QWidget | QAction) -> None:
        if not self.allowed and item.isEnabled():
            item.setEnabled(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.EnabledChange and watched in self.items:
            self._hold(watched)  # type: ignore[arg-type]
        elif kind == QEvent.Type.ToolTip and not self.allowed and isinstance(
                event, QHelpEvent) and isinstance(watched, QWidget):
            QToolTip.showText(event.globalPos(), self.tooltip(), watched)
            return True
        return False

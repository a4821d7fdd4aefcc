"""What a user can do, one module per subject: the door the window and the command line
share to the store.

Why a layer of its own (Anki's ``aqt/operations``): before it, the window opened its own
unit of work in a score of places and the command line in five more, each deciding what
one "save" or one "load" holds. Here each function takes the store and plain values, is
one unit of work (``store.sessions.begin()`` to write, ``store.sessions()`` to read), and
returns plain values — the frozen rows of ``app.models``, ids, small dataclasses — or
raises an error of its layer (a ``ModelError``, carrying a code of ``app.messages``). The
window runs these on its worker; the command line calls them directly. Neither opens a
session of its own, and this package never imports Qt or the window (a checked contract).

Subjects: ``commune`` (the device, its communes, the overview), ``staff``, ``equipment``,
``training``, ``settings``, ``files`` (import and export of lists), and the transfer
helper's ``sync`` and ``drives``. The package itself imports none of them, so a caller
loads only the subject it uses.
"""

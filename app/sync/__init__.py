"""The device side of sync: signed, encrypted bundle files and (on top of them) merge and outbox.

``bundle`` and ``keys`` know nothing of the database: they turn records into bytes that are
safe to carry on a USB stick, and back.
"""

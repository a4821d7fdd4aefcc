"""The Sync page: the status, the USB stick and network exchange, conflicts to review
(view), what its buttons do (controller), and how a report reads."""

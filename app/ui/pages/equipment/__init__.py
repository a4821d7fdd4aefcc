"""The Equipment page: the list (view), what its actions do (controller), the form of one
item and the status change from the list."""

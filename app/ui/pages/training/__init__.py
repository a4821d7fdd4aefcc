"""The Training page: courses, their lessons, who is enrolled and the attendance grid
(view), what its actions do (controller), and its forms and dialogs."""

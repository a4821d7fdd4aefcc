"""The Staff page: the list of officials (view), what its actions do (controller), and the
form of one official."""

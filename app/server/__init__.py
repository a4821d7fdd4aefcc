"""The provincial server: the same models and merge as a laptop, plus the device register."""

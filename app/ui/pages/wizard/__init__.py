"""The first-run wizard: which computer this is, where it is used, and its name."""

"""Signing in to an encrypted store: at start, after the idle lock, and when another
person takes the laptop (DESIGN.md, "Privacy on the laptop")."""

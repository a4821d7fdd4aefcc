"""What the window runs on: background tasks, errors, language, settings, words."""

"""Settings: the window's language, the department's name and this computer's identity
(view), and what changing them does (controller)."""

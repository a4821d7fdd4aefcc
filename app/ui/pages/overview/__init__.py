"""The Overview: indicator cards, equipment by status and what needs attention (view), read
in one operation (controller)."""

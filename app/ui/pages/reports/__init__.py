"""The Reports page: the commune's printed papers, previewed, printed and saved."""

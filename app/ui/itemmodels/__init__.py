"""Qt item models over the plain rows the operations layer returns; tested without a view."""

"""Widgets the pages share: lists, forms, filters, pickers, dialogs, charts."""

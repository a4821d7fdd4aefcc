"""What the staff and equipment pages share: a list the officer edits (view), the flow of
load, open, save and delete (controller), and Excel import and export."""

"""One package per page of the window: a view that lays out and a controller that acts."""

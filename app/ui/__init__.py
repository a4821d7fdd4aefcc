"""The desktop window (PySide6). The only package that imports Qt; it reads and writes data
only through app.models (and later app.exchange, app.sync), never with SQL of its own."""

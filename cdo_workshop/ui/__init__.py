"""PySide6 views over the domain; they change the session only through the controller."""

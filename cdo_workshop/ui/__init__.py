"""PySide6 views over the domain; they change the session only through the controller."""

import cdo_workshop.qt_import  # noqa: F401 - first: PySide6 without its import scan

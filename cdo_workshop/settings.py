"""User preferences (language, window geometry) in QSettings: small, per user, not data."""

from __future__ import annotations

import cdo_workshop.qt_import  # noqa: F401 - first: PySide6 without its import scan

# isort: split
from PySide6.QtCore import QSettings

ORGANIZATION = "cdo-workshop"
APPLICATION = "cdo-workshop"


def settings() -> QSettings:
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
    )


def saved_language() -> str | None:
    value = settings().value("language")
    return str(value) if value else None


def save_language(language: str) -> None:
    settings().setValue("language", language)

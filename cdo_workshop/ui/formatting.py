"""Dates and times in the current locale's format, always with a four-digit year."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, QTime


def date_format() -> str:
    """The locale's short date format with yyyy (15.10.2026, not 15.10.26)."""
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def format_date(value: date) -> str:
    return QLocale().toString(QDate(value), date_format())


def format_datetime(value: datetime) -> str:
    return f"{format_date(value.astimezone().date())} {format_time(value)}"


def format_time(value: datetime) -> str:
    local = value.astimezone()
    return QLocale().toString(
        QTime(local.hour, local.minute), QLocale().timeFormat(QLocale.FormatType.ShortFormat)
    )

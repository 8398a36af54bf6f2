"""Dates as people type them: 30.09.2027, 30.9.27, 30092027 (German); 9/30/2027 (US).

Qt's date edit works by sections and reads "30.09.2027" typed into an empty field as
30.03.2027 when the month section cannot take a 30th yet; a plain text field with this
parser takes what is typed and means exactly that date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

ORDERS = ("dmy", "mdy", "ymd")
_SEPARATED = re.compile(r"^(\d{1,4})\s*[./\-\s]\s*(\d{1,2})\s*[./\-\s]\s*(\d{1,4})\.?$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")


@dataclass(frozen=True)
class Parsed:
    value: date | None  # None: the text is empty or no date
    complete: bool  # a four-digit year: nothing more will be typed for it


def order_of(display_format: str) -> str:
    """'dd.MM.yyyy' → 'dmy', 'M/d/yyyy' → 'mdy', 'yyyy-MM-dd' → 'ymd'."""
    positions = {k: display_format.find(k) for k in "dMy"}
    if min(positions.values()) < 0:
        return "dmy"
    return "".join(sorted("dMy", key=positions.__getitem__)).lower()


def parse_date(text: str, order: str = "dmy") -> Parsed:
    """The date the text names in the given field order, or Parsed(None, False)."""
    text = text.strip()
    if not text:
        return Parsed(None, True)
    iso = _ISO.fullmatch(text)
    if iso:
        return _make(int(iso[1]), int(iso[2]), int(iso[3]), complete=True)
    match = _SEPARATED.fullmatch(text)
    if match:
        parts = dict(zip(order, (match[1], match[2], match[3]), strict=True))
    elif text.isdigit() and len(text) in (6, 8):
        year_digits = len(text) - 4
        cuts = {"dmy": (2, 2, year_digits), "mdy": (2, 2, year_digits), "ymd": (year_digits, 2, 2)}
        a, b, _ = cuts[order]
        chunks = (text[:a], text[a : a + b], text[a + b :])
        parts = dict(zip(order, chunks, strict=True))
    else:
        return Parsed(None, False)
    year = parts["y"]
    if len(year) not in (2, 4) or len(parts["d"]) > 2 or len(parts["m"]) > 2:
        return Parsed(None, False)
    full_year = int(year) if len(year) == 4 else 2000 + int(year)
    return _make(full_year, int(parts["m"]), int(parts["d"]), complete=len(year) == 4)


def _make(year: int, month: int, day: int, complete: bool) -> Parsed:
    try:
        return Parsed(date(year, month, day), complete)
    except ValueError:
        return Parsed(None, False)

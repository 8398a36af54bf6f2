"""Dates as people type them mean exactly that date."""

from __future__ import annotations

from datetime import date

import pytest

from cdo_workshop.domain.dates import order_of, parse_date

SEPT_30 = date(2027, 9, 30)


@pytest.mark.parametrize(
    ("text", "complete"),
    [
        ("30.09.2027", True),
        ("30.9.2027", True),
        ("30.9.27", False),
        ("30092027", True),
        ("300927", False),
        (" 30.09.2027 ", True),
        ("30. 9. 2027", True),
        ("2027-09-30", True),
    ],
)
def test_german_forms(text: str, complete: bool) -> None:
    parsed = parse_date(text, "dmy")
    assert parsed.value == SEPT_30 and parsed.complete is complete


@pytest.mark.parametrize("text", ["9/30/2027", "09/30/27", "09302027", "2027-09-30"])
def test_us_english_forms(text: str) -> None:
    assert parse_date(text, "mdy").value == SEPT_30


@pytest.mark.parametrize(
    "text", ["31.02.2027", "30.09.202", "30.13.2027", "heute", "3009202", "30.09", "1.1.1"]
)
def test_no_date(text: str) -> None:
    assert parse_date(text, "dmy").value is None


def test_empty_means_no_date_given() -> None:
    parsed = parse_date("  ", "dmy")
    assert parsed.value is None and parsed.complete


def test_a_short_year_while_typing_is_not_complete() -> None:
    """30.09.20 is on the way to 30.09.2027: the field must not save 2020 as final."""
    parsed = parse_date("30.09.20", "dmy")
    assert parsed.value == date(2020, 9, 30) and not parsed.complete


def test_field_order_from_the_display_format() -> None:
    assert order_of("dd.MM.yyyy") == "dmy"
    assert order_of("M/d/yyyy") == "mdy"
    assert order_of("dd/MM/yyyy") == "dmy"
    assert order_of("yyyy-MM-dd") == "ymd"

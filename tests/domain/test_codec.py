"""codec.decode is strict and names the JSON path of the first value that does not fit."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import pytest

from cdo_workshop.domain.codec import DecodeError, decode, encode, member_path
from cdo_workshop.domain.model import (
    DecisionArea,
    Dependency,
    Expectation,
    Measure,
    Participant,
    Progress,
    RaciRole,
    Resource,
    Session,
    Signatory,
    StakeholderGroup,
    Task,
)


def decode_error(cls: type, data: Any) -> DecodeError:
    with pytest.raises(DecodeError) as info:
        decode(cls, data)
    return info.value


def test_encode_then_decode_gives_back_the_sample(sample: Session) -> None:
    assert decode(Session, encode(sample)) == sample


def test_missing_fields_take_their_defaults() -> None:
    participant = decode(Participant, {"id": "p1"})
    assert participant == Participant(id="p1")


@pytest.mark.parametrize(
    ("cls", "data", "path", "text"),
    [
        (Participant, {"name": 5}, "$.name", "expected a text"),
        (Participant, {"name": None}, "$.name", "expected a text"),
        (Session, {"participants": {}}, "$.participants", "expected a list"),
        (Session, {"participants": ["Alice"]}, "$.participants[0]", "expected an object"),
        (Session, {"municipality": []}, "$.municipality", "expected an object"),
        (Expectation, {"position": "50"}, "$.position", "expected a whole number"),
        (Expectation, {"position": 50.0}, "$.position", "expected a whole number"),
        (Resource, {"amount": "12"}, "$.amount", "expected a number"),
        (Dependency, {"agreement_exists": 1}, "$.agreement_exists", "expected true or false"),
        (Dependency, {"agreement_exists": "true"}, "$.agreement_exists", "expected true or false"),
        (DecisionArea, {"votes": []}, "$.votes", "expected an object"),
        (Task, {"raci": {"mayor": "X"}}, "$.raci.mayor", "expected one of: R, A, C, I"),
    ],
)
def test_wrong_type(cls: type, data: Any, path: str, text: str) -> None:
    error = decode_error(cls, data)
    assert (error.path, error.message.render()) == (path, text)
    assert str(error) == f"{path}: {text}"


@pytest.mark.parametrize(
    ("cls", "data", "path"),
    [
        (Expectation, {"position": True}, "$.position"),
        (Expectation, {"position": False}, "$.position"),
        (DecisionArea, {"agreed_level": True}, "$.agreed_level"),
        (Resource, {"amount": True}, "$.amount"),
        (DecisionArea, {"votes": {"p1": True}}, "$.votes.p1"),
    ],
)
def test_bool_is_not_a_number(cls: type, data: Any, path: str) -> None:
    assert decode_error(cls, data).path == path


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), float("-inf"), 10**400])
def test_non_finite_or_overflowing_numbers(bad: float) -> None:
    error = decode_error(Resource, {"amount": bad})
    assert (error.path, error.message.render()) == ("$.amount", "expected a number")
    error = decode_error(Signatory, {"strokes": [[[0.5, 0.5], [bad, 0.5]]]})
    assert error.path == "$.strokes[0][1][0]"


def test_integers_are_accepted_where_floats_are_expected() -> None:
    resource = decode(Resource, {"amount": 5})
    assert resource.amount == 5.0 and isinstance(resource.amount, float)


def test_unknown_field() -> None:
    error = decode_error(Session, {"participants": [{"id": "p1", "nme": "Alice"}]})
    assert (error.path, error.message.render()) == ("$.participants[0].nme", "unknown field")


def test_unknown_field_that_is_no_identifier_is_quoted_in_the_path() -> None:
    assert decode_error(Session, {"first name": "x"}).path == '$["first name"]'


def test_bad_enum_value_lists_the_choices() -> None:
    error = decode_error(Session, {"participants": [{"group": "king"}]})
    assert error.path == "$.participants[0].group"
    choices = ", ".join(g.value for g in StakeholderGroup)
    assert error.message.render() == f"expected one of: {choices}"


def test_enum_values_are_case_sensitive() -> None:
    assert decode_error(Task, {"raci": {"cdo": "r"}}).path == "$.raci.cdo"


@pytest.mark.parametrize(
    "bad", ["2026-13-01", "2026-02-30", "15.10.2026", "20261015", "2026-W42-4", "2026-10-15\n",
            "2026-10-15T10:00:00", "", 20261015, []]
)  # fmt: skip
def test_bad_date(bad: Any) -> None:
    error = decode_error(Measure, {"due": bad})
    assert (error.path, error.message.render()) == ("$.due", "expected a date (YYYY-MM-DD)")


def test_optional_date_may_be_null() -> None:
    assert decode(Measure, {"due": None}).due is None
    assert decode(Measure, {"due": "2027-01-31"}).due == date(2027, 1, 31)


@pytest.mark.parametrize(
    "bad", ["yesterday", "2026-10-15T25:00:00+00:00", 1760000000, "2026-10-15T12:00:00",
            "2026-10-15"]
)  # fmt: skip
def test_bad_or_naive_date_time(bad: Any) -> None:
    error = decode_error(Progress, {"updated_at": bad})
    assert (error.path, error.message.render()) == (
        "$.updated_at",
        "expected a date and time (ISO 8601)",
    )


def test_date_times_with_any_offset_are_kept() -> None:
    cest = timezone(timedelta(hours=2))
    progress = decode(Progress, {"updated_at": "2026-10-15T17:55:00+02:00"})
    assert progress.updated_at == datetime(2026, 10, 15, 17, 55, tzinfo=cest)
    assert progress.updated_at == datetime(2026, 10, 15, 15, 55, tzinfo=UTC)
    assert encode(progress)["updated_at"] == "2026-10-15T17:55:00+02:00"


@pytest.mark.parametrize("point", [[0.5], [0.5, 0.5, 0.5], "0.5,0.5", {"x": 0.5}])
def test_stroke_points_are_pairs(point: Any) -> None:
    error = decode_error(Signatory, {"strokes": [[point]]})
    assert (error.path, error.message.render()) == (
        "$.strokes[0][0]",
        "expected a list of two numbers",
    )


def test_vote_of_a_wrong_type_names_the_participant_in_the_path() -> None:
    pid = "1f8a778d-14af-582c-bf77-b4a1ebd9c3cb"
    error = decode_error(Session, {"decision_areas": [{"votes": {pid: "3"}}]})
    assert error.path == f'$.decision_areas[0].votes["{pid}"]'


def test_the_first_problem_in_document_order_is_reported() -> None:
    error = decode_error(
        Session, {"title": 1, "participants": [{"name": 2}], "place": 3, "goals": 4}
    )
    assert error.path == "$.title"


def test_decode_takes_a_base_path() -> None:
    with pytest.raises(DecodeError) as info:
        decode(Session, {"title": 1}, "$.session")
    assert info.value.path == "$.session.title"


def test_encode_produces_plain_json_values() -> None:
    task = Task(id="t", raci={"cdo": RaciRole.RESPONSIBLE})
    assert encode(task) == {
        "id": "t",
        "key": "",
        "title": "",
        "cluster": "",
        "raci": {"cdo": "R"},
        "time_share": None,
        "work_process": "",
    }
    signatory = Signatory(
        id="s", strokes=[[(0.0, 1.0)]], signed_at=datetime(2026, 1, 2, 3, 4, tzinfo=UTC)
    )
    encoded = encode(signatory)
    assert encoded["strokes"] == [[[0.0, 1.0]]]
    assert encoded["signed_at"] == "2026-01-02T03:04:00+00:00"


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("mayor", "$.x.mayor"),
        ("_a1", "$.x._a1"),
        ("1abc", '$.x["1abc"]'),
        ("a-b", '$.x["a-b"]'),
        ("", '$.x[""]'),
        ('quote"d', '$.x["quote\\"d"]'),
        ("Größe", '$.x["Größe"]'),
        ("abc\n", '$.x["abc\\n"]'),
    ],
)
def test_member_path(key: str, expected: str) -> None:
    assert member_path("$.x", key) == expected

"""The portable session file: what loads() accepts, and how it reports what it refuses."""

from __future__ import annotations

import copy
import json
import sys
from typing import Any

import pytest

from cdo_workshop import __version__
from cdo_workshop.domain.model import COLLECTIONS, Session
from cdo_workshop.domain.session_file import (
    MAX_REPORTED,
    SessionFileError,
    dumps,
    from_file_dict,
    loads,
)
from cdo_workshop.domain.steps import STEP_KEYS
from cdo_workshop.domain.validation import validate
from cdo_workshop.paths import resource_path

SAMPLE = resource_path("samples", "musterstadt.json")


@pytest.fixture
def raw() -> dict[str, Any]:
    """The sample file as plain JSON values, to break in one place."""
    return json.loads(SAMPLE.read_text(encoding="utf-8"))


def refused(data: bytes | str | dict[str, Any]) -> SessionFileError:
    if isinstance(data, dict):
        data = json.dumps(data, ensure_ascii=False)
    with pytest.raises(SessionFileError) as info:
        loads(data)
    return info.value


def details(error: SessionFileError) -> list[tuple[str, str]]:
    return [(path, m.render()) for path, m in error.details]


# -- the sample -------------------------------------------------------------------------


def test_sample_loads_and_validates_without_problems() -> None:
    session = loads(SAMPLE.read_bytes())
    assert session.municipality.name == "Musterstadt"
    assert validate(session) == []


def test_sample_fills_every_collection(sample: Session) -> None:
    for name in COLLECTIONS:
        assert getattr(sample, name), name
    assert sample.agreement.signatories
    assert any(sig.strokes for sig in sample.agreement.signatories)
    assert all(area.votes for area in sample.decision_areas)
    assert all(task.raci for task in sample.tasks)
    assert all(e.tasks for e in sample.expectations)


def test_sample_has_reached_every_step(sample: Session) -> None:
    progress = sample.progress
    assert progress.current_step == STEP_KEYS[-1]
    assert progress.completed_steps == list(STEP_KEYS[:-1])


# -- dumps ------------------------------------------------------------------------------


def test_dumps_writes_the_format_marker_and_readable_unicode(sample: Session) -> None:
    text = dumps(sample)
    data = json.loads(text)
    assert list(data) == ["format", "version", "app_version", "exported_at", "session"]
    assert (data["format"], data["version"], data["app_version"]) == (
        "cdo-workshop-session",
        2,
        __version__,
    )
    assert "Weißenbach" in text and "\\u" not in text
    assert text.endswith("}\n")
    assert loads(text) == sample


def test_loads_accepts_bytes_with_a_utf8_byte_order_mark(sample: Session) -> None:
    assert loads(b"\xef\xbb\xbf" + dumps(sample).encode()) == sample


# -- not a session file at all ----------------------------------------------------------


@pytest.mark.parametrize("data", [b"", "", b"   \n\t\r\n ", "\n"])
def test_empty_or_whitespace_only(data: bytes | str) -> None:
    error = refused(data)
    assert error.message.render() == "The file is empty."
    assert error.details == []


@pytest.mark.parametrize("data", [b"\xff\xfe{\x00}\x00", "Größe".encode("latin-1"), b"\x80"])
def test_not_utf8(data: bytes) -> None:
    assert refused(data).message.render() == "The file is not a text file in UTF-8."


def test_not_json_reports_line_and_column() -> None:
    error = refused('{\n  "format": "cdo-workshop-session",\n  "version": ,\n}')
    assert error.message.args == {"line": 3, "column": 14}
    assert error.message.render() == "The file is not valid JSON (line 3, column 14)."


@pytest.mark.parametrize("text", ["[]", "42", '"cdo-workshop-session"', "null", "true"])
def test_json_that_is_not_an_object(text: str) -> None:
    assert refused(text).message.render() == "This is not a CDO Workshop session file."


@pytest.mark.parametrize("marker", [None, "cdo-workshop", "CDO-WORKSHOP-SESSION", 1])
def test_wrong_or_missing_format_marker(raw: dict[str, Any], marker: Any) -> None:
    if marker is None:
        del raw["format"]
    else:
        raw["format"] = marker
    assert refused(raw).message.render() == "This is not a CDO Workshop session file."


def test_number_with_thousands_of_digits_is_refused_not_crashing() -> None:
    text = '{"format": "cdo-workshop-session", "version": 1, "session": {"title": ' + "9" * 5000
    assert refused(text + "}}").message.render() == "This is not a CDO Workshop session file."


# -- versions ---------------------------------------------------------------------------


@pytest.mark.parametrize("version", [3, 99])
def test_newer_format_version_is_refused_before_anything_else(
    raw: dict[str, Any], version: int
) -> None:
    raw["version"] = version
    raw["session"] = {"a shape": "this version does not know"}
    error = refused(raw)
    assert error.message.render() == (
        f"The file was written by a newer version of CDO Workshop (format {version})."
        " Please update the app."
    )
    assert error.details == []


@pytest.mark.parametrize("version", [0, -1, "1", True, 1.5, None])
def test_invalid_format_version(raw: dict[str, Any], version: Any) -> None:
    raw["version"] = version
    assert details(refused(raw)) == [("$.version", "expected one of: 1, 2")]


def test_missing_version_and_session(raw: dict[str, Any]) -> None:
    del raw["version"], raw["session"]
    assert details(refused(raw)) == [
        ("$", "the required field version is missing"),
        ("$", "the required field session is missing"),
    ]


def test_app_version_and_exported_at_are_optional(raw: dict[str, Any]) -> None:
    del raw["app_version"], raw["exported_at"]
    assert loads(json.dumps(raw)).municipality.name == "Musterstadt"


# -- the session inside -----------------------------------------------------------------


def test_schema_errors_report_json_paths(raw: dict[str, Any]) -> None:
    raw["session"]["participants"][0]["group"] = "king"
    error = refused(raw)
    assert error.message.render() == "The session file is not valid."
    [(path, text)] = details(error)
    assert path == "$.session.participants[0].group"
    assert text.startswith("expected one of: mayor, council, cdo, ")
    assert error.one_line() == f"The session file is not valid. ({path}: {text})"
    assert error.render() == f"The session file is not valid.\n  {path}: {text}"


def test_at_most_five_details_in_index_order(raw: dict[str, Any]) -> None:
    participants = raw["session"]["participants"]
    assert len(participants) > 10
    for p in participants:
        p["group"] = "king"
    paths = [path for path, _ in refused(raw).details]
    assert MAX_REPORTED == 5
    assert paths == [f"$.session.participants[{i}].group" for i in range(5)]


def test_at_most_five_details_from_validation_rules(raw: dict[str, Any]) -> None:
    for p in raw["session"]["participants"]:
        p["name"] = " "
    paths = [path for path, _ in refused(raw).details]
    assert paths == [f"$.session.participants[{i}].name" for i in range(5)]


@pytest.mark.parametrize(
    ("change", "path", "text"),
    [
        (lambda s: s.update(title=7), "$.session.title", "has the wrong type of value"),
        (lambda s: s.update(colour="red"), "$.session", "unknown field colour"),
        (lambda s: s["participants"][2].update(id=""), "$.session.participants[2].id",
         "must not be empty"),
        (lambda s: s["participants"][1].pop("id"), "$.session.participants[1]",
         "the required field id is missing"),
        (lambda s: s["goals"][0].update(priority="urgent"), "$.session.goals[0].priority",
         "expected one of: high, medium, low"),
        (lambda s: s.update(workshop_date="15.10.2026"), "$.session.workshop_date",
         "expected a date (YYYY-MM-DD)"),
        (lambda s: s.update(workshop_date="2026-02-30"), "$.session.workshop_date",
         "expected a date (YYYY-MM-DD)"),
        (lambda s: s["agreement"]["signatories"][1]["strokes"].insert(0, [[0.5, 0.5], [0.5]]),
         "$.session.agreement.signatories[1].strokes[0][1]", "expected a list of two numbers"),
        (lambda s: s["progress"].update(updated_at="2026-10-15T15:55:00"),
         "$.session.progress.updated_at", "expected a date and time (ISO 8601)"),
        (lambda s: s["municipality"].update(state="XX"), "$.session.municipality.state",
         "is not a German Land code"),
    ],
)  # fmt: skip
def test_problems_in_the_session(raw: dict[str, Any], change: Any, path: str, text: str) -> None:
    change(raw["session"])
    assert details(refused(raw)) == [(path, text)]


def test_vote_of_an_unknown_participant_is_reported_with_a_quoted_path(
    raw: dict[str, Any],
) -> None:
    raw["session"]["decision_areas"][0]["votes"]["0000-gone"] = 2
    assert details(refused(raw)) == [
        (
            '$.session.decision_areas[0].votes["0000-gone"]',
            "vote of a participant who is not in the session",
        )
    ]


def test_nan_and_infinity_are_refused(raw: dict[str, Any]) -> None:
    raw["session"]["resources"][0]["amount"] = 1234.5
    text = json.dumps(raw).replace('"amount": 1234.5', '"amount": NaN', 1)
    assert "NaN" in text
    assert details(refused(text)) == [("$.session.resources[0].amount", "expected a number")]

    raw["session"]["agreement"]["signatories"][1]["strokes"] = [[[0.5, 0.5], [0.5, 0.6]]]
    text = json.dumps(raw).replace("[0.5, 0.6]", "[Infinity, 0.6]", 1)
    assert "Infinity" in text
    assert details(refused(text)) == [
        ("$.session.agreement.signatories[1].strokes[0][1][0]", "expected a number")
    ]


# -- absurd values ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("change", "path", "text"),
    [
        (lambda s: s["municipality"].update(population=10**12), "$.session.municipality.population",
         "must be between 0 and 20000000"),
        (lambda s: s["municipality"].update(population=-5), "$.session.municipality.population",
         "must be between 0 and 20000000"),
        (lambda s: s["expectations"][0].update(position=101), "$.session.expectations[0].position",
         "must be between 0 and 100"),
        (lambda s: s["decision_areas"][0].update(max_level=8),
         "$.session.decision_areas[0].max_level", "must be between 1 and 7"),
        (lambda s: s["decision_areas"][1].update(agreed_level=8),
         "$.session.decision_areas[1].agreed_level", "must be between 1 and 7"),
        (lambda s: s["resources"][0].update(amount=1e300), "$.session.resources[0].amount",
         "must be between 0 and 1000000000000"),
        (lambda s: s.update(title="ä" * 201), "$.session.title",
         "is too long (201 characters, at most 200)"),
        (lambda s: s.update(facilitator_notes="x" * 20_001), "$.session.facilitator_notes",
         "is too long (20001 characters, at most 20000)"),
        (lambda s: s["municipality"].update(state="BWX"), "$.session.municipality.state",
         "is too long (3 characters, at most 2)"),
    ],
)  # fmt: skip
def test_absurd_values(raw: dict[str, Any], change: Any, path: str, text: str) -> None:
    change(raw["session"])
    assert details(refused(raw)) == [(path, text)]


def test_vote_out_of_range_is_reported_at_the_vote(raw: dict[str, Any]) -> None:
    votes = raw["session"]["decision_areas"][0]["votes"]
    pid = next(iter(votes))
    votes[pid] = 8
    assert details(refused(raw)) == [
        (f'$.session.decision_areas[0].votes["{pid}"]', "must be between 1 and 7")
    ]


def test_deeply_nested_json_is_refused_not_crashing_at_any_depth() -> None:
    """Around Python's recursion limit the parser succeeds but a recursive check may not."""
    limit = sys.getrecursionlimit()
    for depth in [*range(1, 40), *range(limit - 150, limit + 20), 100_000]:
        deep = "[" * depth + "]" * depth
        text = (
            '{"format": "cdo-workshop-session", "version": 1, "session": {"agreement":'
            f' {{"signatories": [{{"id": "s", "strokes": {deep}}}]}}}}}}'
        )
        try:
            loads(text)
        except SessionFileError as e:
            assert e.message.render() in {
                "The file is nested too deeply to be a session file.",
                "The session file is not valid.",
            }
        else:
            raise AssertionError(f"depth {depth} was accepted")


def test_deep_nesting_beyond_the_parser_is_reported_as_such() -> None:
    error = refused("[" * 100_000 + "]" * 100_000)
    assert error.message.render() == "The file is nested too deeply to be a session file."


def test_nesting_deeper_than_any_session_file_is_refused_before_the_schema(
    raw: dict[str, Any],
) -> None:
    nested: Any = "x"
    for _ in range(40):
        nested = {"a": nested}
    raw["session"]["title"] = nested
    error = refused(raw)
    assert error.message.render() == "The file is nested too deeply to be a session file."


def test_from_file_dict_never_returns_a_half_valid_session(raw: dict[str, Any]) -> None:
    good = copy.deepcopy(raw)
    raw["session"]["participants"][0]["name"] = ""
    with pytest.raises(SessionFileError):
        from_file_dict(raw)
    assert from_file_dict(good).participants[0].name == "Dr. Katharina Weißenbach"


def test_german_rendering_of_an_import_error(raw: dict[str, Any]) -> None:
    german = {
        "The session file is not valid.": "Die Sitzungsdatei ist ungültig.",
        "must be between {lo} and {hi}": "muss zwischen {lo} und {hi} liegen",
    }
    raw["session"]["expectations"][0]["position"] = 101
    error = refused(raw)
    assert error.render(lambda ctx, src: german.get(src, src)) == (
        "Die Sitzungsdatei ist ungültig.\n"
        "  $.session.expectations[0].position: muss zwischen 0 und 100 liegen"
    )


def test_a_file_over_the_size_limit_is_refused_before_parsing() -> None:
    from cdo_workshop.domain.session_file import MAX_BYTES

    huge = b'{"format": "cdo-workshop-session", "pad": "' + b"x" * MAX_BYTES + b'"}'
    error = refused(huge)
    assert error.message.render() == "The file is too large to be a session file (over 20 MB)."

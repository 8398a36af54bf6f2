"""The committed JSON Schema is the model's schema, and the sample file satisfies it."""

from __future__ import annotations

import json
from typing import Any

import jsonschema
import pytest

from cdo_workshop.domain.model import LONG_TEXT, SHORT_TEXT
from cdo_workshop.domain.schema import FORMAT, VERSION, session_file_schema
from cdo_workshop.paths import resource_path

COMMITTED = resource_path("schema", "session.schema.json")
REGENERATE = "regenerate it with: .venv/bin/python -m cdo_workshop.domain.schema"


@pytest.fixture(scope="module")
def committed() -> dict[str, Any]:
    return json.loads(COMMITTED.read_text(encoding="utf-8"))


def test_committed_schema_is_the_generated_one() -> None:
    expected = json.dumps(session_file_schema(), indent=2, ensure_ascii=False) + "\n"
    assert COMMITTED.read_text(encoding="utf-8") == expected, REGENERATE


def test_committed_schema_is_a_valid_draft_2020_12_schema(committed: dict[str, Any]) -> None:
    jsonschema.Draft202012Validator.check_schema(committed)
    assert committed["properties"]["format"] == {"const": FORMAT}
    # Files of every version so far are read (and upgraded), none of a newer one.
    assert committed["properties"]["version"] == {"enum": list(range(1, VERSION + 1))}


def test_sample_file_is_valid_under_the_committed_schema(committed: dict[str, Any]) -> None:
    sample = json.loads(resource_path("samples", "musterstadt.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(
        committed, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    assert [e.message for e in validator.iter_errors(sample)] == []


def test_schema_carries_the_model_limits(committed: dict[str, Any]) -> None:
    defs = committed["$defs"]
    assert defs["Session"]["properties"]["title"] == {"type": "string", "maxLength": SHORT_TEXT}
    assert defs["Goal"]["properties"]["text"]["maxLength"] == LONG_TEXT
    assert defs["Participant"]["required"] == ["id"]
    assert defs["Participant"]["properties"]["id"] == {"type": "string", "minLength": 1}
    assert defs["Expectation"]["properties"]["position"] == {
        "type": "integer",
        "minimum": 0,
        "maximum": 100,
    }
    assert defs["DecisionArea"]["properties"]["votes"] == {
        "type": "object",
        "additionalProperties": {"type": "integer", "minimum": 1, "maximum": 7},
    }
    assert defs["Municipality"]["properties"]["population"]["anyOf"][1] == {"type": "null"}
    for name, definition in defs.items():
        assert definition["additionalProperties"] is False, name


@pytest.mark.parametrize(
    ("change", "path"),
    [
        (lambda s: s.update(extra=1), []),
        (lambda s: s["participants"][0].update(group="king"), ["participants", 0, "group"]),
        (lambda s: s["expectations"][0].update(position=101), ["expectations", 0, "position"]),
        (lambda s: s.update(workshop_date="15.10.2026"), ["workshop_date"]),
    ],
)
def test_committed_schema_refuses_what_import_refuses(
    committed: dict[str, Any], change: Any, path: list[Any]
) -> None:
    sample = json.loads(resource_path("samples", "musterstadt.json").read_text(encoding="utf-8"))
    change(sample["session"])
    errors = list(jsonschema.Draft202012Validator(committed).iter_errors(sample))
    assert errors
    assert list(errors[0].absolute_path) == ["session", *path]

"""JSON Schema of the portable session file, derived from the model's type hints.

`resources/schema/session.schema.json` is this function's output, committed so that other
tools can read it; a test keeps the two identical. After changing the model, regenerate it:

    .venv/bin/python -m cdo_workshop.domain.schema
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from datetime import date, datetime
from enum import Enum
from typing import Any, Union

from cdo_workshop.domain.codec import hints
from cdo_workshop.domain.model import Session

FORMAT = "cdo-workshop-session"
# 2: method 2 (areas that follow the law; see domain.upgrade). Files of version 1 are read
# and upgraded.
VERSION = 2
SCHEMA_ID = "https://cdo-workshop.invalid/schema/session-v2.json"


def session_file_schema() -> dict[str, Any]:
    defs: dict[str, Any] = {}
    session_ref = _type_schema(Session, {}, defs)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "CDO Workshop session file",
        "type": "object",
        "required": ["format", "version", "session"],
        "additionalProperties": False,
        "properties": {
            "format": {"const": FORMAT},
            "version": {"enum": list(range(1, VERSION + 1))},
            "app_version": {"type": "string"},
            "exported_at": {"type": "string", "format": "date-time"},
            "session": session_ref,
        },
        "$defs": dict(sorted(defs.items())),
    }


def _type_schema(tp: Any, meta: typing.Mapping[str, Any], defs: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(tp)
    if origin in (Union, types.UnionType):
        (inner,) = [a for a in typing.get_args(tp) if a is not type(None)]
        return {"anyOf": [_type_schema(inner, meta, defs), {"type": "null"}]}
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        name = tp.__name__
        if name not in defs:
            defs[name] = {}  # placeholder against recursion
            field_types = hints(tp)
            defs[name] = {
                "type": "object",
                "additionalProperties": False,
                "required": [f.name for f in dataclasses.fields(tp) if f.metadata.get("id")],
                "properties": {
                    f.name: _type_schema(field_types[f.name], f.metadata, defs)
                    for f in dataclasses.fields(tp)
                },
            }
        return {"$ref": f"#/$defs/{name}"}
    if origin is list:
        (item,) = typing.get_args(tp)
        return {"type": "array", "items": _type_schema(item, {}, defs)}
    if origin is tuple:
        args = typing.get_args(tp)
        return {
            "type": "array",
            "minItems": len(args),
            "maxItems": len(args),
            "prefixItems": [_type_schema(a, {}, defs) for a in args],
        }
    if origin is dict:
        _, value_type = typing.get_args(tp)
        return {"type": "object", "additionalProperties": _type_schema(value_type, meta, defs)}
    if isinstance(tp, type) and issubclass(tp, Enum):
        return {"enum": [m.value for m in tp]}
    schema: dict[str, Any]
    if tp is bool:
        schema = {"type": "boolean"}
    elif tp is int:
        schema = {"type": "integer"}
    elif tp is float:
        schema = {"type": "number"}
    elif tp is str:
        schema = {"type": "string"}
        if meta.get("id"):
            schema["minLength"] = 1
        if "max_length" in meta:
            schema["maxLength"] = meta["max_length"]
    elif tp is datetime:
        return {"type": "string", "format": "date-time"}
    elif tp is date:
        return {"type": "string", "format": "date", "pattern": r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}
    else:
        raise TypeError(f"unsupported type {tp!r}")
    if "min" in meta:
        schema["minimum"] = meta["min"]
    if "max" in meta:
        schema["maximum"] = meta["max"]
    return schema


def session_file_schema_text() -> str:
    """The committed file's exact text."""
    return json.dumps(session_file_schema(), indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    from pathlib import Path

    target = Path(__file__).resolve().parents[2] / "resources" / "schema" / "session.schema.json"
    target.write_text(session_file_schema_text(), encoding="utf-8")
    print(f"wrote {target}")

"""Lossless conversion between the dataclasses of `model` and JSON-compatible values.

Driven by the type hints, so a new field needs no extra code here. `decode` is strict:
it reports the JSON path of the first value that does not fit, which the import shows.
"""

from __future__ import annotations

import dataclasses
import json
import math
import re
import types
import typing
from datetime import date, datetime
from enum import Enum
from functools import cache
from typing import Any, TypeVar, Union

from cdo_workshop.domain.messages import QT_TRANSLATE_NOOP, Message, msg

T = TypeVar("T")


class DecodeError(ValueError):
    """A value does not fit the model; `path` is a JSON path such as $.goals[2].priority."""

    def __init__(self, path: str, message: Message) -> None:
        super().__init__(f"{path}: {message.source()}")
        self.path = path
        self.message = message


def encode(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [encode(v) for v in value]
    if isinstance(value, dict):
        return {str(k): encode(v) for k, v in value.items()}
    return value


_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")


def member_path(path: str, key: str) -> str:
    """`path` extended by an object member: $.a.b, or $.a["1f8a-…"] if the key is no identifier."""
    if _IDENT.fullmatch(key):
        return f"{path}.{key}"
    return f"{path}[{json.dumps(key, ensure_ascii=False)}]"


@cache
def hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def decode(cls: type[T], data: Any, path: str = "$") -> T:
    return typing.cast(T, _decode(cls, data, path))


_EXPECTED = {
    "object": QT_TRANSLATE_NOOP("Validation", "expected an object"),
    "array": QT_TRANSLATE_NOOP("Validation", "expected a list"),
    "pair": QT_TRANSLATE_NOOP("Validation", "expected a list of two numbers"),
    "boolean": QT_TRANSLATE_NOOP("Validation", "expected true or false"),
    "integer": QT_TRANSLATE_NOOP("Validation", "expected a whole number"),
    "number": QT_TRANSLATE_NOOP("Validation", "expected a number"),
    "string": QT_TRANSLATE_NOOP("Validation", "expected a text"),
    "date-time": QT_TRANSLATE_NOOP("Validation", "expected a date and time (ISO 8601)"),
    "date": QT_TRANSLATE_NOOP("Validation", "expected a date (YYYY-MM-DD)"),
}


def _fail(path: str, expected: str) -> DecodeError:
    return DecodeError(path, Message("Validation", _EXPECTED[expected]))


def _fail_choice(path: str, choices: list[str]) -> DecodeError:
    return DecodeError(
        path,
        msg(
            "Validation",
            QT_TRANSLATE_NOOP("Validation", "expected one of: {choices}"),
            choices=", ".join(choices),
        ),
    )


def _decode(tp: Any, data: Any, path: str) -> Any:  # noqa: C901 - one branch per kind of type
    origin = typing.get_origin(tp)
    if origin in (Union, types.UnionType):
        args = typing.get_args(tp)
        if data is None and type(None) in args:
            return None
        (inner,) = [a for a in args if a is not type(None)]
        return _decode(inner, data, path)
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        if not isinstance(data, dict):
            raise _fail(path, "object")
        known = {f.name for f in dataclasses.fields(tp)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise DecodeError(
                member_path(path, str(unknown[0])),
                Message("Validation", QT_TRANSLATE_NOOP("Validation", "unknown field")),
            )
        kwargs = {}
        field_types = hints(tp)
        for f in dataclasses.fields(tp):
            if f.name in data:
                kwargs[f.name] = _decode(field_types[f.name], data[f.name], f"{path}.{f.name}")
        return tp(**kwargs)
    if origin is list:
        if not isinstance(data, list):
            raise _fail(path, "array")
        (item,) = typing.get_args(tp)
        return [_decode(item, v, f"{path}[{i}]") for i, v in enumerate(data)]
    if origin is tuple:
        args = typing.get_args(tp)
        if not isinstance(data, list) or len(data) != len(args):
            raise _fail(path, "pair")
        return tuple(
            _decode(a, v, f"{path}[{i}]") for i, (a, v) in enumerate(zip(args, data, strict=True))
        )
    if origin is dict:
        if not isinstance(data, dict):
            raise _fail(path, "object")
        _, value_type = typing.get_args(tp)
        return {str(k): _decode(value_type, v, member_path(path, str(k))) for k, v in data.items()}
    if isinstance(tp, type) and issubclass(tp, Enum):
        try:
            return tp(data)
        except ValueError:
            raise _fail_choice(path, [str(m.value) for m in tp]) from None
    if tp is bool:
        if not isinstance(data, bool):
            raise _fail(path, "boolean")
        return data
    if tp is int:
        if isinstance(data, bool) or not isinstance(data, int):
            raise _fail(path, "integer")
        return data
    if tp is float:
        if isinstance(data, bool) or not isinstance(data, (int, float)):
            raise _fail(path, "number")
        try:
            number = float(data)  # an int beyond 1e308 overflows
        except OverflowError:
            raise _fail(path, "number") from None
        if not math.isfinite(number):
            raise _fail(path, "number")
        return number
    if tp is str:
        if not isinstance(data, str):
            raise _fail(path, "string")
        return data
    if tp is datetime:
        try:
            value = datetime.fromisoformat(data)
        except (TypeError, ValueError):
            raise _fail(path, "date-time") from None
        if value.tzinfo is None:  # naive times cannot be compared with the app's UTC times
            raise _fail(path, "date-time")
        return value
    if tp is date:
        try:
            if not isinstance(data, str) or not _DATE.fullmatch(data):
                raise ValueError  # fromisoformat would also take 20261015 or 2026-W42-4
            return date.fromisoformat(data)
        except ValueError:
            raise _fail(path, "date") from None
    raise TypeError(f"unsupported type {tp!r} at {path}")

"""The portable session file: JSON with a format marker, validated on import.

Import reports the first problems with their JSON paths, in the user's language, and never
returns a half-valid session.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from cdo_workshop import __version__
from cdo_workshop.domain.codec import DecodeError, decode, encode, member_path
from cdo_workshop.domain.messages import QT_TRANSLATE_NOOP, Message, Translate, msg, untranslated
from cdo_workshop.domain.model import Session, now
from cdo_workshop.domain.schema import FORMAT, VERSION, session_file_schema
from cdo_workshop.domain.validation import Problem, validate

C = "SessionFile"
Check = Callable[[Session], list[Problem]]
MAX_REPORTED = 5
MAX_DEPTH = 32  # a valid file nests 8 levels deep (file, session, agreement ... stroke, point)
MAX_BYTES = 20 * 1024 * 1024  # the sample is 40 KiB; a session with drawn signatures < 2 MiB


@dataclass
class SessionFileError(Exception):
    """The file cannot be imported; `details` lists (JSON path, message) of the first problems."""

    message: Message
    details: list[tuple[str, Message]] = field(default_factory=list)

    def __post_init__(self) -> None:
        super().__init__(self.render())

    def render(self, translate: Translate = untranslated) -> str:
        lines = [self.message.render(translate)]
        lines += [f"  {path}: {m.render(translate)}" for path, m in self.details]
        return "\n".join(lines)

    def one_line(self, translate: Translate = untranslated) -> str:
        text = self.message.render(translate)
        if self.details:
            path, m = self.details[0]
            text += f" ({path}: {m.render(translate)})"
        return text


def to_file_dict(session: Session) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": VERSION,
        "app_version": __version__,
        "exported_at": now().isoformat(),
        "session": encode(session),
    }


def dumps(session: Session) -> str:
    return json.dumps(to_file_dict(session), ensure_ascii=False, indent=2) + "\n"


def loads(data: bytes | str, check: Check | None = None) -> Session:
    """Parse and check a session file; raises SessionFileError with a translatable message.

    `check` adds rules that need more than the file, e.g. the catalog's legal ceilings.
    Untrusted input: more than MAX_BYTES, or nested deeper than MAX_DEPTH, is refused with
    the usual SessionFileError before it is parsed or validated.
    """
    if len(data) > MAX_BYTES:
        raise SessionFileError(
            msg(
                C,
                QT_TRANSLATE_NOOP(
                    "SessionFile", "The file is too large to be a session file (over {limit} MB)."
                ),
                limit=MAX_BYTES // (1024 * 1024),
            )
        )
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise SessionFileError(
                msg(C, QT_TRANSLATE_NOOP("SessionFile", "The file is not a text file in UTF-8."))
            ) from None
    if not data.strip():
        raise SessionFileError(msg(C, QT_TRANSLATE_NOOP("SessionFile", "The file is empty.")))
    try:
        raw = json.loads(data)
    except json.JSONDecodeError as e:
        raise SessionFileError(
            msg(
                C,
                QT_TRANSLATE_NOOP(
                    "SessionFile", "The file is not valid JSON (line {line}, column {column})."
                ),
                line=e.lineno,
                column=e.colno,
            )
        ) from None
    except RecursionError:
        raise _too_deep() from None
    except ValueError:  # e.g. a number with more than 4300 digits (sys.get_int_max_str_digits)
        raise _not_a_session_file() from None
    try:
        return from_file_dict(raw, check)
    except RecursionError:  # MAX_DEPTH guards this; the check must not reach the limit either
        raise _too_deep() from None


def _not_a_session_file() -> SessionFileError:
    return SessionFileError(
        msg(C, QT_TRANSLATE_NOOP("SessionFile", "This is not a CDO Workshop session file."))
    )


def _too_deep() -> SessionFileError:
    return SessionFileError(
        msg(
            C,
            QT_TRANSLATE_NOOP("SessionFile", "The file is nested too deeply to be a session file."),
        )
    )


def _nested_too_deeply(raw: Any) -> bool:
    """Without recursion: the schema validator would hit Python's recursion limit instead."""
    stack = [(raw, 1)]
    while stack:
        value, depth = stack.pop()
        if depth > MAX_DEPTH:
            return True
        children = value.values() if isinstance(value, dict) else value
        stack.extend((v, depth + 1) for v in children if isinstance(v, (dict, list)))
    return False


def from_file_dict(raw: Any, check: Check | None = None) -> Session:
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise _not_a_session_file()
    version = raw.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
        raise SessionFileError(
            msg(
                C,
                QT_TRANSLATE_NOOP(
                    "SessionFile",
                    "The file was written by a newer version of CDO Workshop (format {version})."
                    " Please update the app.",
                ),
                version=version,
            )
        )
    if _nested_too_deeply(raw):
        raise _too_deep()
    details = _schema_problems(raw)
    if not details:
        try:
            data = raw["session"]
            if version == 1:  # before method versions: the first method
                data = {**data, "method_version": 1}
            session = decode(Session, data, "$.session")
        except DecodeError as e:
            details = [(e.path, e.message)]
        else:
            _upgrade(session)
            problems = validate(session) + (check(session) if check else [])
            details = [(p.path.replace("$", "$.session", 1), p.message) for p in problems][
                :MAX_REPORTED
            ]
            if not details:
                return session
    raise SessionFileError(
        msg(C, QT_TRANSLATE_NOOP("SessionFile", "The session file is not valid.")), details
    )


def _upgrade(session: Session) -> None:
    """A file of an earlier method is read as this method's (domain.upgrade): the notes in
    the session say what was assumed."""
    from cdo_workshop.domain.catalog import shipped_catalog
    from cdo_workshop.domain.edits import EditError, apply_edits
    from cdo_workshop.domain.upgrade import needs_upgrade, upgrade

    if needs_upgrade(session):
        try:
            apply_edits(session, upgrade(session, shipped_catalog()))
        except EditError:
            pass  # left as it is: validation below says what is wrong with it


_validator: Any = None


def _schema_problems(raw: Any) -> list[tuple[str, Message]]:
    global _validator
    if _validator is None:
        import jsonschema  # deferred: only imports need it

        _validator = jsonschema.Draft202012Validator(session_file_schema())
    # Array indices compare as numbers (2 before 10), member names as text.
    errors = sorted(
        _validator.iter_errors(raw),
        key=lambda e: [(isinstance(p, str), p) for p in e.absolute_path],
    )
    specific = [_specific(e) for e in errors[:MAX_REPORTED]]
    return [(json_path(e.absolute_path), _schema_message(e)) for e in specific]


def _specific(e: Any) -> Any:
    """For an optional value (anyOf [T, null]) the error of the T branch says what is wrong."""
    while e.validator == "anyOf":
        inner = [c for c in e.context if c.schema != {"type": "null"}]
        if not inner:
            break
        e = inner[0]
    return e


def json_path(parts: Any) -> str:
    out = "$"
    for p in parts:
        out = f"{out}[{p}]" if isinstance(p, int) else member_path(out, str(p))
    return out


V = "Validation"


def _schema_message(e: Any) -> Message:
    kind = e.validator
    if kind == "required":
        missing = re.findall(r"'([^']+)' is a required property", e.message)
        return msg(
            V,
            QT_TRANSLATE_NOOP("Validation", "the required field {name} is missing"),
            name=missing[0] if missing else "?",
        )
    if kind == "additionalProperties":
        extra = re.findall(r"'([^']+)'", e.message)
        return msg(
            V,
            QT_TRANSLATE_NOOP("Validation", "unknown field {name}"),
            name=extra[0] if extra else "?",
        )
    if kind == "type" or kind == "anyOf":
        return msg(V, QT_TRANSLATE_NOOP("Validation", "has the wrong type of value"))
    if kind in ("enum", "const"):
        allowed = e.validator_value if kind == "enum" else [e.validator_value]
        return msg(
            V,
            QT_TRANSLATE_NOOP("Validation", "expected one of: {choices}"),
            choices=", ".join(map(str, allowed)),
        )
    if kind in ("minimum", "maximum"):
        return msg(
            V,
            QT_TRANSLATE_NOOP("Validation", "must be between {lo} and {hi}"),
            lo=_bound(e.schema, "minimum"),
            hi=_bound(e.schema, "maximum"),
        )
    if kind == "maxLength":
        return msg(
            V,
            QT_TRANSLATE_NOOP("Validation", "is too long ({length} characters, at most {limit})"),
            length=len(e.instance),
            limit=e.validator_value,
        )
    if kind == "minLength":
        return msg(V, QT_TRANSLATE_NOOP("Validation", "must not be empty"))
    if kind in ("pattern", "format"):
        return msg(V, QT_TRANSLATE_NOOP("Validation", "expected a date (YYYY-MM-DD)"))
    if kind in ("minItems", "maxItems", "prefixItems"):
        return msg(V, QT_TRANSLATE_NOOP("Validation", "expected a list of two numbers"))
    return msg(V, QT_TRANSLATE_NOOP("Validation", "is not valid"))


def _bound(schema: dict[str, Any], key: str) -> str:
    value = schema.get(key, "")
    return str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)

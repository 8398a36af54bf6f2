"""The agreement's content fingerprint: SHA-256 over a canonical JSON of the session.

The PDF prints it on every page and `verify` recomputes it from the session embedded in the
PDF to find the matching session in the local database, so it must depend on the content
the room agreed on and on nothing else:

- excluded: the session `id` (an import may give a new one), `progress` (current step and
  timestamps), `room` (poker, step timers, export choices: added later, and excluded, so
  version 1 values stay as they were), `facilitator_notes` (never part of the agreement)
  and `agreement.state` (draft/final/signed is workflow, and marking a session signed
  must not change it);
- votes as levels: an area's votes count as the sorted list of levels voted, not who voted
  what (the agreement shows distributions; the session attached to the PDF carries only
  `anonymous_votes`), so both have the same fingerprint (version 2);
- signatures by digest: a signatory's drawn strokes count as the SHA-256 of their canonical
  JSON (`strokes_sha256`), so the session attached to the PDF, which carries the digest
  instead of reusable vectors, has the same fingerprint as the saved session (version 2);
- the phone positions of an expectation (`votes`, added later) are left out: they are the
  room's input, and the group's `position` taken from them when they are revealed is the
  content (so no fingerprint changed when they were added, and the copy inside a PDF,
  which leaves them out unless the voters are named, has the same fingerprint);
- fields added later count only once they are given: a task's `time_share` (None) and
  `work_process` ("") are left out while empty (`LATER_TASK_FIELDS`), and so are the
  agreement's file number and resolution (`LATER_AGREEMENT_FIELDS`), so every session
  without time shares, and every document printed before they existed, keeps its
  fingerprint and its signatures (no new version: the definition is unchanged for them);
- canonical JSON: the session file encoding (`codec.encode`), keys sorted, no whitespace,
  UTF-8 without escaping; list order is content (goal 1 before goal 2) and stays.

Version 2 of this definition (version 1 took the strokes themselves); a change must bump
FINGERPRINT_VERSION, because printed documents keep the old value.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from cdo_workshop.domain.codec import encode
from cdo_workshop.domain.model import Session

FINGERPRINT_VERSION = 2
EXCLUDED_FIELDS = ("id", "progress", "room", "facilitator_notes")
# Task fields added after version 2 was defined, with their empty value (left out).
LATER_TASK_FIELDS: dict[str, Any] = {"time_share": None, "work_process": ""}
# Agreement fields added after version 2 was defined: while empty they stay out, so a
# session frozen before they existed keeps its fingerprint (and its signatures).
LATER_AGREEMENT_FIELDS: dict[str, Any] = {
    "file_number": "",
    "resolution_date": None,
    "resolution_number": "",
}


def content(session: Session) -> dict[str, Any]:
    """The fingerprinted part of the session, as JSON-compatible values."""
    data: dict[str, Any] = encode(session)
    for name in EXCLUDED_FIELDS:
        data.pop(name, None)
    # Workflow, not content (and added after version 1, which they must not change):
    # the state, the fingerprint frozen by "final", what each signature was given for.
    data["agreement"] = {
        k: v for k, v in data["agreement"].items() if k not in ("state", "final_fingerprint")
    }
    for area in data.get("decision_areas", []):
        levels = [*area.get("votes", {}).values(), *area.pop("anonymous_votes", [])]
        area["votes"] = sorted(levels)
    for expectation in data.get("expectations", []):
        expectation.pop("votes", None)
    for task in data.get("tasks", []):
        for name, empty in LATER_TASK_FIELDS.items():
            if task.get(name, empty) == empty:
                task.pop(name, None)
    for name, empty in LATER_AGREEMENT_FIELDS.items():
        if data["agreement"].get(name, empty) == empty:
            data["agreement"].pop(name, None)
    data["agreement"]["signatories"] = [
        _by_digest({k: v for k, v in s.items() if k != "signed_for"})
        for s in data["agreement"].get("signatories", [])
    ]
    return data


def strokes_digest(strokes: Any) -> str:
    """SHA-256 of a drawing (encoded strokes), "" for none."""
    if not strokes:
        return ""
    text = json.dumps(strokes, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _by_digest(signatory: dict[str, Any]) -> dict[str, Any]:
    strokes = signatory.pop("strokes", [])
    signatory["strokes_sha256"] = strokes_digest(strokes) or signatory.get("strokes_sha256", "")
    return signatory


def canonical_json(session: Session) -> bytes:
    return json.dumps(
        content(session), sort_keys=True, ensure_ascii=False, separators=(",", ":")
    ).encode("utf-8")


def fingerprint(session: Session) -> str:
    """64 lowercase hex digits; equal content gives an equal fingerprint."""
    return hashlib.sha256(canonical_json(session)).hexdigest()


def grouped(value: str, size: int = 4) -> str:
    """`1a2b3c4d…` as `1a2b 3c4d …`: easier to compare by eye on paper."""
    return " ".join(value[i : i + size] for i in range(0, len(value), size))

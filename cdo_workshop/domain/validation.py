"""Checks that a session is consistent, with messages the UI and the CLI translate.

Field ranges and lengths come from the model's field metadata; the rules here add what a
single field cannot know (references between items, uniqueness, dates in order).
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from dataclasses import dataclass
from typing import Any

from cdo_workshop.domain.codec import member_path
from cdo_workshop.domain.messages import QT_TRANSLATE_NOOP, Message, msg
from cdo_workshop.domain.model import COLLECTIONS, LAENDER, Session, StakeholderGroup
from cdo_workshop.domain.steps import STEP_KEYS

C = "Validation"


@dataclass(frozen=True)
class Problem:
    path: str  # JSON path into the session, e.g. $.participants[0].name
    message: Message

    def render(self, translate: Any = None) -> str:
        text = self.message.render(translate) if translate else self.message.source()
        return f"{self.path}: {text}"


def validate(session: Session) -> list[Problem]:
    problems: list[Problem] = []
    _check_fields(session, "$", problems)
    _check_rules(session, problems)
    return problems


def check_fields(obj: Any, path: str) -> list[Problem]:
    """The field-level checks (ranges, lengths, ids) of one dataclass value and its parts."""
    out: list[Problem] = []
    _check_fields(obj, path, out)
    return out


def check_value(value: Any, meta: Any, where: str) -> list[Problem]:
    """The range and length checks of one field's value (`meta` is the field's metadata)."""
    out: list[Problem] = []
    _check_value(value, meta, where, out)
    return out


def _check_fields(obj: Any, path: str, out: list[Problem]) -> None:
    for f in dataclasses.fields(obj):
        value = getattr(obj, f.name)
        where = f"{path}.{f.name}"
        _check_value(value, f.metadata, where, out)
        if dataclasses.is_dataclass(value):
            _check_fields(value, where, out)
        elif isinstance(value, list):
            for i, item in enumerate(value):
                if dataclasses.is_dataclass(item):
                    _check_fields(item, f"{where}[{i}]", out)
        elif isinstance(value, dict):
            for key, item in value.items():
                _check_value(item, f.metadata, member_path(where, key), out)


def _check_value(value: Any, meta: Any, where: str, out: list[Problem]) -> None:
    if isinstance(value, str):
        if meta.get("id") and not value.strip():
            out.append(Problem(where, msg(C, QT_TRANSLATE_NOOP("Validation", "must not be empty"))))
        limit = meta.get("max_length")
        if limit is not None and len(value) > limit:
            out.append(
                Problem(
                    where,
                    msg(
                        C,
                        QT_TRANSLATE_NOOP(
                            "Validation", "is too long ({length} characters, at most {limit})"
                        ),
                        length=len(value),
                        limit=limit,
                    ),
                )
            )
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        lo, hi = meta.get("min"), meta.get("max")
        if lo is not None and hi is not None and not lo <= value <= hi:
            out.append(
                Problem(
                    where,
                    msg(
                        C,
                        QT_TRANSLATE_NOOP("Validation", "must be between {lo} and {hi}"),
                        lo=_num(lo),
                        hi=_num(hi),
                    ),
                )
            )


def _num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else str(x)


def _check_rules(s: Session, out: list[Problem]) -> None:
    def add(path: str, text: str, **args: Any) -> None:
        out.append(Problem(path, msg(C, text, **args)))

    if s.municipality.state and s.municipality.state not in LAENDER:
        add("$.municipality.state", QT_TRANSLATE_NOOP("Validation", "is not a German Land code"))

    ids = Counter(item.id for name in COLLECTIONS for item in getattr(s, name))
    ids.update(sig.id for sig in s.agreement.signatories)
    located = [(f"$.{name}", getattr(s, name)) for name in COLLECTIONS]
    located.append(("$.agreement.signatories", s.agreement.signatories))
    for where, items in located:
        for i, item in enumerate(items):
            if ids[item.id] > 1:
                add(f"{where}[{i}].id", QT_TRANSLATE_NOOP("Validation", "is used more than once"))

    for i, p in enumerate(s.participants):
        if not p.name.strip():
            add(
                f"$.participants[{i}].name",
                QT_TRANSLATE_NOOP("Validation", "a participant needs a name"),
            )

    seen_groups: set[StakeholderGroup] = set()
    for i, e in enumerate(s.expectations):
        if e.group in seen_groups:
            add(
                f"$.expectations[{i}].group",
                QT_TRANSLATE_NOOP(
                    "Validation", "this stakeholder group already has an expectation"
                ),
            )
        seen_groups.add(e.group)

    participant_ids = {p.id for p in s.participants}
    for i, e in enumerate(s.expectations):
        for pid in e.votes:
            if pid not in participant_ids:
                add(
                    member_path(f"$.expectations[{i}].votes", pid),
                    QT_TRANSLATE_NOOP(
                        "Validation", "vote of a participant who is not in the session"
                    ),
                )
    for i, area in enumerate(s.decision_areas):
        for pid in area.votes:
            if pid not in participant_ids:
                add(
                    member_path(f"$.decision_areas[{i}].votes", pid),
                    QT_TRANSLATE_NOOP(
                        "Validation", "vote of a participant who is not in the session"
                    ),
                )
        if area.agreed_level is not None and area.agreed_level > area.max_level:
            add(
                f"$.decision_areas[{i}].agreed_level",
                QT_TRANSLATE_NOOP(
                    "Validation", "exceeds the legal ceiling of level {level} for this area"
                ),
                level=area.max_level,
            )

    groups = {g.value for g in StakeholderGroup}
    for i, task in enumerate(s.tasks):
        for actor in task.raci:
            if actor not in groups:
                add(
                    member_path(f"$.tasks[{i}].raci", actor),
                    QT_TRANSLATE_NOOP("Validation", "is not a known stakeholder group"),
                )

    if s.agreement.review_date and s.workshop_date and s.agreement.review_date <= s.workshop_date:
        add(
            "$.agreement.review_date",
            QT_TRANSLATE_NOOP("Validation", "the review date must lie after the workshop date"),
        )

    for i, sig in enumerate(s.agreement.signatories):
        for j, stroke in enumerate(sig.strokes):
            if any(not (0 <= x <= 1 and 0 <= y <= 1) for x, y in stroke):
                add(
                    f"$.agreement.signatories[{i}].strokes[{j}]",
                    QT_TRANSLATE_NOOP("Validation", "signature points must lie inside the pad"),
                )

    if s.progress.current_step not in STEP_KEYS:
        add("$.progress.current_step", QT_TRANSLATE_NOOP("Validation", "is not a workshop step"))
    for j, key in enumerate(s.progress.completed_steps):
        if key not in STEP_KEYS:
            add(
                f"$.progress.completed_steps[{j}]",
                QT_TRANSLATE_NOOP("Validation", "is not a workshop step"),
            )

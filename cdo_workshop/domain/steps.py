"""The nine workshop steps in their order: the one list every view and report follows."""

from __future__ import annotations

from dataclasses import dataclass

from cdo_workshop.domain.messages import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Step:
    key: str
    title: str  # English source text, context "Steps"
    minutes: int  # suggested time box


STEPS: tuple[Step, ...] = (
    Step("framing", QT_TRANSLATE_NOOP("Steps", "Framework & participants"), 15),
    Step("goals", QT_TRANSLATE_NOOP("Steps", "Digitalisation goals"), 15),
    Step("expectations", QT_TRANSLATE_NOOP("Steps", "Expectations"), 25),
    Step("placement", QT_TRANSLATE_NOOP("Steps", "Placement"), 15),
    Step("decisions", QT_TRANSLATE_NOOP("Steps", "Decision powers"), 30),
    Step("responsibilities", QT_TRANSLATE_NOOP("Steps", "Tasks & responsibilities"), 25),
    Step("dependencies", QT_TRANSLATE_NOOP("Steps", "Dependencies"), 15),
    Step("resources", QT_TRANSLATE_NOOP("Steps", "Resources"), 20),
    Step("agreement", QT_TRANSLATE_NOOP("Steps", "Reconciliation & agreement"), 30),
)
STEP_KEYS: tuple[str, ...] = tuple(s.key for s in STEPS)


def step_number(key: str) -> int:
    """1-based position of a step, as the facilitator counts them."""
    return STEP_KEYS.index(key) + 1

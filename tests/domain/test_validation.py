"""validate(): one test per rule, each pinning the exact JSON path of the problem."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from cdo_workshop.domain.messages import Message, msg
from cdo_workshop.domain.model import (
    LAENDER,
    LONG_TEXT,
    SHORT_TEXT,
    DecisionArea,
    Expectation,
    Goal,
    Measure,
    Participant,
    RaciRole,
    Resource,
    Session,
    Signatory,
    StakeholderGroup,
    Task,
)
from cdo_workshop.domain.steps import STEP_KEYS
from cdo_workshop.domain.validation import validate

ALICE = "1f8a778d-14af-582c-bf77-b4a1ebd9c3cb"  # participant ids are UUIDs with hyphens


def base() -> Session:
    """A small session that is valid; each test breaks exactly one rule."""
    return Session(
        title="Rollenklärung",
        workshop_date=date(2026, 10, 15),
        participants=[Participant(id=ALICE, name="Alice Weiß", group=StakeholderGroup.MAYOR)],
        decision_areas=[DecisionArea(id="area-1", max_level=5, votes={ALICE: 3}, agreed_level=4)],
        tasks=[
            Task(id="task-1", raci={"mayor": RaciRole.ACCOUNTABLE, "cdo": RaciRole.RESPONSIBLE})
        ],
        expectations=[Expectation(id="exp-1", group=StakeholderGroup.MAYOR)],
    )


def paths(session: Session) -> list[str]:
    return [p.path for p in validate(session)]


def texts(session: Session) -> list[str]:
    return [p.message.render() for p in validate(session)]


def test_a_valid_session_has_no_problems() -> None:
    assert validate(base()) == []
    assert validate(Session()) == []


def test_the_sample_has_no_problems(sample: Session) -> None:
    assert validate(sample) == []


# -- field ranges and lengths from the model's metadata ---------------------------------


@pytest.mark.parametrize(
    ("change", "path", "text"),
    [
        (
            lambda s: setattr(s.municipality, "population", -1),
            "$.municipality.population",
            "must be between 0 and 20000000",
        ),
        (
            lambda s: setattr(s.expectations[0], "position", 101),
            "$.expectations[0].position",
            "must be between 0 and 100",
        ),
        (
            lambda s: setattr(s.decision_areas[0], "weight", 0),
            "$.decision_areas[0].weight",
            "must be between 1 and 3",
        ),
        (
            lambda s: setattr(s.decision_areas[0], "max_level", 8),
            "$.decision_areas[0].max_level",
            "must be between 1 and 7",
        ),
        (
            lambda s: setattr(s.placement, "role_fte", 50.5),
            "$.placement.role_fte",
            "must be between 0 and 50",
        ),
        (
            lambda s: s.resources.append(Resource(id="r", amount=float("nan"))),
            "$.resources[0].amount",
            "must be between 0 and 1000000000000",
        ),
    ],
)
def test_numbers_outside_their_range(
    change: Callable[[Session], None], path: str, text: str
) -> None:
    session = base()
    change(session)
    assert paths(session) == [path]
    assert texts(session) == [text]


def test_vote_values_are_checked_against_the_votes_range_with_a_quoted_path() -> None:
    session = base()
    session.decision_areas[0].votes[ALICE] = 8
    assert paths(session) == [f'$.decision_areas[0].votes["{ALICE}"]']
    assert texts(session) == ["must be between 1 and 7"]


def test_range_bounds_are_inclusive() -> None:
    session = base()
    session.municipality.population = 20_000_000
    session.expectations[0].position = 0
    session.decision_areas[0].votes[ALICE] = 7
    session.decision_areas[0].max_level = session.decision_areas[0].agreed_level = 7
    assert validate(session) == []


@pytest.mark.parametrize(
    ("change", "path", "limit"),
    [
        (lambda s, n: setattr(s, "title", "ß" * n), "$.title", SHORT_TEXT),
        (lambda s, n: setattr(s, "facilitator_notes", "€" * n), "$.facilitator_notes", LONG_TEXT),
        (lambda s, n: setattr(s.municipality, "state", "B" * n), "$.municipality.state", 2),
        (
            lambda s, n: setattr(s.participants[0], "function", "x" * n),
            "$.participants[0].function",
            SHORT_TEXT,
        ),
        (lambda s, n: s.goals.append(Goal(id="g", text="ł" * n)), "$.goals[0].text", LONG_TEXT),
        (
            lambda s, n: s.resources.append(Resource(id="r", unit="u" * n)),
            "$.resources[0].unit",
            40,
        ),
    ],
)
def test_texts_longer_than_their_limit(
    change: Callable[[Session, int], None], path: str, limit: int
) -> None:
    at_limit = base()
    change(at_limit, limit)
    assert path not in paths(at_limit)

    too_long = base()
    change(too_long, limit + 1)
    assert path in paths(too_long)
    problem = next(p for p in validate(too_long) if p.path == path)
    assert problem.message.render() == (f"is too long ({limit + 1} characters, at most {limit})")


# -- rules across fields ----------------------------------------------------------------


def test_unknown_land_code() -> None:
    session = base()
    session.municipality.state = "XX"
    assert paths(session) == ["$.municipality.state"]
    assert texts(session) == ["is not a German Land code"]


@pytest.mark.parametrize("code", [*LAENDER, ""])
def test_every_land_code_and_none_is_accepted(code: str) -> None:
    session = base()
    session.municipality.state = code
    assert validate(session) == []


def test_lower_case_land_code_is_not_accepted() -> None:
    session = base()
    session.municipality.state = "bw"
    assert paths(session) == ["$.municipality.state"]


def test_duplicate_ids_within_a_collection_are_reported_at_every_use() -> None:
    session = base()
    session.goals = [Goal(id="same", text="a"), Goal(id="other", text="b"), Goal(id="same")]
    assert paths(session) == ["$.goals[0].id", "$.goals[2].id"]
    assert texts(session) == ["is used more than once"] * 2


def test_duplicate_ids_across_collections() -> None:
    session = base()
    session.measures.append(Measure(id=ALICE, what="Datenschutzkonzept"))
    assert paths(session) == ["$.participants[0].id", "$.measures[0].id"]


def test_duplicate_signatory_ids() -> None:
    session = base()
    session.agreement.signatories = [Signatory(id="sig", name="A"), Signatory(id="sig", name="B")]
    assert paths(session) == [
        "$.agreement.signatories[0].id",
        "$.agreement.signatories[1].id",
    ]


def test_signatory_sharing_an_id_with_a_participant() -> None:
    session = base()
    session.agreement.signatories = [Signatory(id=ALICE, name="Alice Weiß")]
    assert paths(session) == ["$.participants[0].id", "$.agreement.signatories[0].id"]


def test_empty_id() -> None:
    session = base()
    session.goals.append(Goal(id="  "))
    assert paths(session) == ["$.goals[0].id"]
    assert texts(session) == ["must not be empty"]


@pytest.mark.parametrize("name", ["", "   ", "\t\n"])
def test_participant_without_a_name(name: str) -> None:
    session = base()
    session.participants.append(Participant(id="p2", name=name))
    assert paths(session) == ["$.participants[1].name"]
    assert texts(session) == ["a participant needs a name"]


def test_second_expectation_of_the_same_group() -> None:
    session = base()
    session.expectations += [
        Expectation(id="exp-2", group=StakeholderGroup.CDO),
        Expectation(id="exp-3", group=StakeholderGroup.MAYOR),
    ]
    assert paths(session) == ["$.expectations[2].group"]
    assert texts(session) == ["this stakeholder group already has an expectation"]


def test_vote_of_a_participant_not_in_the_session() -> None:
    session = base()
    session.decision_areas[0].votes["ghost"] = 2
    session.decision_areas[0].votes["a0c4-ghost"] = 2
    assert paths(session) == [
        "$.decision_areas[0].votes.ghost",
        '$.decision_areas[0].votes["a0c4-ghost"]',
    ]
    assert texts(session) == ["vote of a participant who is not in the session"] * 2


def test_vote_of_a_removed_participant() -> None:
    session = base()
    session.participants.clear()
    assert paths(session) == [f'$.decision_areas[0].votes["{ALICE}"]']


def test_agreed_level_above_the_legal_ceiling() -> None:
    session = base()
    area = session.decision_areas[0]
    area.max_level, area.agreed_level = 3, 4
    assert paths(session) == ["$.decision_areas[0].agreed_level"]
    assert texts(session) == ["exceeds the legal ceiling of level 3 for this area"]


def test_agreed_level_at_the_ceiling_or_not_agreed_is_fine() -> None:
    session = base()
    area = session.decision_areas[0]
    area.max_level = area.agreed_level = 3
    assert validate(session) == []
    area.agreed_level = None
    assert validate(session) == []


def test_raci_actor_that_is_no_stakeholder_group() -> None:
    session = base()
    session.tasks[0].raci["king"] = RaciRole.INFORMED
    session.tasks[0].raci["Mayor"] = RaciRole.CONSULTED
    assert paths(session) == ["$.tasks[0].raci.king", "$.tasks[0].raci.Mayor"]
    assert texts(session) == ["is not a known stakeholder group"] * 2


def test_raci_accepts_every_stakeholder_group() -> None:
    session = base()
    session.tasks[0].raci = {g.value: RaciRole.INFORMED for g in StakeholderGroup}
    assert validate(session) == []


@pytest.mark.parametrize("review", [date(2026, 10, 15), date(2026, 10, 14), date(2020, 1, 1)])
def test_review_date_not_after_the_workshop_date(review: date) -> None:
    session = base()
    session.agreement.review_date = review
    assert paths(session) == ["$.agreement.review_date"]
    assert texts(session) == ["the review date must lie after the workshop date"]


def test_review_date_after_the_workshop_or_either_missing_is_fine() -> None:
    session = base()
    session.agreement.review_date = date(2026, 10, 16)
    assert validate(session) == []
    session.workshop_date = None
    session.agreement.review_date = date(2000, 1, 1)
    assert validate(session) == []


@pytest.mark.parametrize(
    "point", [(1.01, 0.5), (0.5, -0.01), (-1.0, 2.0), (float("nan"), 0.5), (0.5, float("inf"))]
)
def test_signature_points_outside_the_pad(point: tuple[float, float]) -> None:
    session = base()
    inside = [(0.0, 0.0), (1.0, 1.0), (0.5, 0.25)]
    session.agreement.signatories = [
        Signatory(id="s1", name="Alice", strokes=[inside]),
        Signatory(id="s2", name="Bob", strokes=[inside, [(0.2, 0.2), point]]),
    ]
    assert paths(session) == ["$.agreement.signatories[1].strokes[1]"]
    assert texts(session) == ["signature points must lie inside the pad"]


def test_unknown_current_step() -> None:
    session = base()
    session.progress.current_step = "lunch"
    assert paths(session) == ["$.progress.current_step"]
    assert texts(session) == ["is not a workshop step"]


def test_unknown_completed_step() -> None:
    session = base()
    session.progress.completed_steps = ["framing", "Goals", "goals"]
    assert paths(session) == ["$.progress.completed_steps[1]"]


def test_every_step_key_is_accepted() -> None:
    session = base()
    session.progress.completed_steps = list(STEP_KEYS)
    for key in STEP_KEYS:
        session.progress.current_step = key
        assert validate(session) == []


def test_several_problems_are_all_reported_in_order() -> None:
    session = base()
    session.title = "x" * (SHORT_TEXT + 1)
    session.municipality.state = "ZZ"
    session.progress.current_step = "?"
    assert paths(session) == ["$.title", "$.municipality.state", "$.progress.current_step"]


# -- messages ---------------------------------------------------------------------------

GERMAN = {
    ("Validation", "must be between {lo} and {hi}"): "muss zwischen {lo} und {hi} liegen",
    ("Validation", "is not a German Land code"): "ist kein Länderkürzel",
    ("Outer", "Fehler: {inner}"): "Fehler: {inner}",
    ("Inner", "broken"): "kaputt",
}


def german(context: str, source: str) -> str:
    return GERMAN.get((context, source), source)


def test_problems_render_in_german_through_a_translate_function() -> None:
    session = base()
    session.expectations[0].position = 150
    session.municipality.state = "XX"
    problems = validate(session)
    assert [p.render(german) for p in problems] == [
        "$.expectations[0].position: muss zwischen 0 und 100 liegen",
        "$.municipality.state: ist kein Länderkürzel",
    ]
    assert [p.render() for p in problems] == [
        "$.expectations[0].position: must be between 0 and 100",
        "$.municipality.state: is not a German Land code",
    ]


def test_message_render_translates_the_source_then_fills_in_arguments() -> None:
    calls: list[tuple[str, str]] = []

    def spy(context: str, source: str) -> str:
        calls.append((context, source))
        return german(context, source)

    message = msg("Validation", "must be between {lo} and {hi}", lo=1, hi=7)
    assert message.render(spy) == "muss zwischen 1 und 7 liegen"
    assert calls == [("Validation", "must be between {lo} and {hi}")]
    assert message.source() == "must be between 1 and 7"


def test_message_arguments_that_are_messages_are_translated_too() -> None:
    outer = msg("Outer", "Fehler: {inner}", inner=Message("Inner", "broken"))
    assert outer.render(german) == "Fehler: kaputt"
    assert outer.source() == "Fehler: broken"


def test_braces_in_argument_values_are_not_interpreted() -> None:
    message = msg("Validation", "must be between {lo} and {hi}", lo="{hi}", hi="{0}")
    assert message.render(german) == "muss zwischen {hi} und {0} liegen"

"""Time shares: the role's working time shared among its R/A tasks, grouped into
Arbeitsvorgänge, checked, compared in the follow-up and used where capacity counts."""

from __future__ import annotations

import copy
import json

import pytest

from cdo_workshop.domain.analysis import analyse
from cdo_workshop.domain.analysis.checks import goal_backing, task_backing
from cdo_workshop.domain.analysis.comparison import compare
from cdo_workshop.domain.analysis.time_shares import (
    WorkProcess,
    time_share_check,
    work_processes,
)
from cdo_workshop.domain.catalog import Catalog
from cdo_workshop.domain.codec import encode
from cdo_workshop.domain.fingerprint import fingerprint
from cdo_workshop.domain.lifecycle import signing_fingerprint
from cdo_workshop.domain.messages import Translate
from cdo_workshop.domain.model import (
    DecisionArea,
    Expectation,
    ExpectedTask,
    Goal,
    Placement,
    Priority,
    RaciRole,
    Resource,
    ResourceKind,
    ResourceStatus,
    Session,
    StakeholderGroup,
    Task,
)
from cdo_workshop.domain.session_file import dumps, loads
from cdo_workshop.domain.validation import validate

R, A, C = RaciRole.RESPONSIBLE, RaciRole.ACCOUNTABLE, RaciRole.CONSULTED
CDO = StakeholderGroup.CDO.value


def task(title: str, role: RaciRole | None, share: int | None = None, process: str = "") -> Task:
    raci = {CDO: role} if role else {}
    return Task(title=title, raci=raci, time_share=share, work_process=process)


def session(*tasks: Task, role_fte: float | None = 0.75) -> Session:
    return Session(tasks=list(tasks), placement=Placement(role_fte=role_fte))


def texts(messages) -> list[str]:
    return [m.render(language="en") for m in messages]


def test_work_processes_group_the_roles_tasks_in_task_order(catalog: Catalog) -> None:
    s = session(
        task("Strategie", R, 30, "Steuerung"),
        task("Beratung", C, 50, "Steuerung"),  # only consulted: not the role's time
        task("Fördermittel", A, 10),  # its own Arbeitsvorgang, named after the task
        task("Berichte", R, 15, " steuerung "),  # the same name, spaces and case aside
        task("Schulungen", R, None, "Qualifizierung"),  # no share yet: counts 0
    )
    processes = work_processes(s, catalog)
    assert [(p.name, [t.title for t in p.tasks], p.share) for p in processes] == [
        ("Steuerung", ["Strategie", "Berichte"], 45),
        ("Fördermittel", ["Fördermittel"], 10),
        ("Qualifizierung", ["Schulungen"], 0),
    ]
    assert [p.unnamed for p in processes] == [False, True, False]
    assert isinstance(processes[0], WorkProcess)


def test_shares_that_add_up_to_100(catalog: Catalog) -> None:
    s = session(task("Strategie", R, 60, "Steuerung"), task("IT", A, 40))
    check = time_share_check(s, catalog)
    assert (check.total, check.complete, check.adds_up, check.ok) == (100, True, True, True)
    assert check.problems == ()
    assert check.fte == 0.75


def test_a_total_short_of_100_names_the_roles_fte(catalog: Catalog, german: Translate) -> None:
    s = session(task("Strategie", R, 50), task("IT", A, 35))
    check = time_share_check(s, catalog)
    assert (check.total, check.complete, check.adds_up, check.ok) == (85, True, False, False)
    assert texts(check.problems) == [
        "The time shares add up to 85 %, not 100 % of the role's 0.75 FTE."
    ]
    german_text = check.problems[0].render(german, "de")
    assert german_text == (
        "Die Zeitanteile ergeben zusammen 85 %, nicht 100 % der 0,75 VZÄ der Rolle."
    )


def test_tasks_without_a_share_are_counted(catalog: Catalog) -> None:
    s = session(
        task("Strategie", R, 50),
        task("IT", A),
        task("Berichte", R),
        task("Schulungen", A),
        role_fte=None,  # and nothing committed: the role's working time, without a figure
    )
    check = time_share_check(s, catalog)
    assert (check.total, check.complete, check.given) == (50, False, True)
    assert [t.title for t in check.missing] == ["IT", "Berichte", "Schulungen"]
    assert texts(check.problems) == [
        "The time shares add up to 50 %, not 100 % of the role's working time.",
        "3 of the role's 4 tasks have no time share yet.",
    ]
    s.tasks[1].time_share = s.tasks[2].time_share = 20
    assert texts(time_share_check(s, catalog).problems)[1] == (
        "One of the role's 4 tasks has no time share yet."
    )


def test_no_share_given_yet_is_one_message(catalog: Catalog) -> None:
    check = time_share_check(session(task("Strategie", R), task("IT", A)), catalog)
    assert not check.given and check.total == 0
    assert texts(check.problems) == [
        "None of the role's 2 tasks has a time share yet: give each its percent of the role's"
        " working time, together 100 %."
    ]
    assert check.note is None


def test_no_task_of_the_role(catalog: Catalog) -> None:
    check = time_share_check(session(task("Beratung", C, 40)), catalog)
    assert not check.ok and check.total == 0 and check.tasks == ()
    assert len(check.problems) == 1 and "not responsible (R)" in check.problems[0].source()


def test_the_hint_on_paragraph_12_names_the_fewest_largest_processes(
    catalog: Catalog, german: Translate
) -> None:
    s = session(
        task("Strategie", R, 20, "Steuerung"),
        task("Berichte", R, 10, "Steuerung"),
        task("E-Akte", A, 25, "Verwaltung"),
        task("IT", A, 25, "Technik"),
        task("Fördermittel", A, 20),
    )
    check = time_share_check(s, catalog)
    # Steuerung 30, then Verwaltung 25 (first of the two 25s in task order): 55 % >= 50 %
    assert [p.name for p in check.half] == ["Steuerung", "Verwaltung"]
    note = check.note
    assert note is not None and check.messages == (note,)
    text = note.source()
    assert text.startswith(
        "The 2 largest Arbeitsvorgänge (\u201cSteuerung\u201d 30 %, \u201cVerwaltung\u201d 25 %)"
        " together make up 55 % of the role's working time."
    )
    assert "§ 12 TVöD (Arbeitsvorgänge, mindestens die Hälfte der Arbeitszeit)" in text
    assert "for HR to assess" in text and "not a grading" in text
    german_text = note.render(german, "de")
    assert "§ 12 TVöD (Arbeitsvorgänge, mindestens die Hälfte der Arbeitszeit)" in german_text
    assert "Personalstelle" in german_text

    s.tasks[0].time_share = 45  # Steuerung 55 % alone
    one = time_share_check(s, catalog)
    assert [p.name for p in one.half] == ["Steuerung"]
    assert one.note is not None and one.note.source().startswith(
        "The Arbeitsvorgang \u201cSteuerung\u201d alone makes up 55 % of the role's working time."
    )
    # problems first, then the hint
    assert one.messages[-1] == one.note and len(one.problems) == 1


def test_no_hint_below_half(catalog: Catalog) -> None:
    check = time_share_check(session(task("Strategie", R, 20), task("IT", A, 20)), catalog)
    assert check.half == () and check.note is None


def test_the_musterstadt_sample_shares_100_percent(sample: Session, catalog: Catalog) -> None:
    check = time_share_check(sample, catalog)
    assert check.ok and check.total == 100 and len(check.tasks) == 14
    processes = work_processes(sample, catalog)
    assert 4 <= len(processes) <= 6
    assert sum(p.share for p in processes) == 100
    assert check.note is not None and check.problems == ()


# -- the fields in the session file and the fingerprint ----------------------------------------


def test_old_files_load_and_keep_their_fingerprint(sample: Session) -> None:
    data = encode(sample)
    for t in data["tasks"]:
        t.pop("time_share")
        t.pop("work_process")
    old = copy.deepcopy(sample)
    for t in old.tasks:
        t.time_share, t.work_process = None, ""
    file = {"format": "cdo-workshop-session", "version": 2, "session": data}
    loaded = loads(json.dumps(file).encode())
    assert all(t.time_share is None and t.work_process == "" for t in loaded.tasks)
    # empty new fields stay out of the fingerprint: documents printed before them still match
    assert fingerprint(loaded) == fingerprint(old)


def test_shares_are_content(sample: Session) -> None:
    changed = copy.deepcopy(sample)
    changed.tasks[0].time_share = (changed.tasks[0].time_share or 0) + 1
    assert fingerprint(changed) != fingerprint(sample)
    assert signing_fingerprint(changed) != signing_fingerprint(sample)
    renamed = copy.deepcopy(sample)
    renamed.tasks[0].work_process = "Anders"
    assert fingerprint(renamed) != fingerprint(sample)
    # the sample's frozen fingerprint includes its shares
    assert sample.agreement.final_fingerprint == signing_fingerprint(sample)


def test_the_session_file_keeps_the_shares(sample: Session) -> None:
    again = loads(dumps(sample))
    assert [(t.time_share, t.work_process) for t in again.tasks] == [
        (t.time_share, t.work_process) for t in sample.tasks
    ]


def test_a_share_above_100_is_refused() -> None:
    s = session(task("Strategie", R, 101))
    problems = validate(s)
    assert [p.path for p in problems] == ["$.tasks[0].time_share"]
    # a total other than 100 is no error of the file, only the check's message
    assert validate(session(task("Strategie", R, 60), task("IT", A, 60))) == []


# -- the analysis: a task is backed by resources when its share covers it ---------------------


def backing_session(share: int | None, role: RaciRole = R, staff: float = 1.0) -> Session:
    """A town of 20,000 (size factor 1): a task the role is R for asks 0.1 FTE."""
    return Session(
        tasks=[Task(key="digital_strategy", title="Strategie", raci={CDO: role}, time_share=share)],
        expectations=[
            Expectation(
                group=StakeholderGroup.MAYOR,
                tasks=[ExpectedTask("digital_strategy", Priority.HIGH)],
            )
        ],
        resources=[Resource(kind=ResourceKind.STAFF, amount=staff, status=ResourceStatus.APPROVED)],
        goals=[Goal(text="Digital", tasks=[])],
    )


@pytest.mark.parametrize(
    ("share", "role", "staff", "backed"),
    [
        (None, R, 1.0, True),  # no share: the capacity as a whole, as before shares existed
        (10, R, 1.0, True),  # 10 % of 1 FTE = 0.1 FTE: what an R task asks
        (9, R, 1.0, False),
        (20, R, 0.5, True),
        (19, R, 0.5, False),
        (4, A, 1.0, True),  # an A task asks a third: 0.033 FTE
        (3, A, 1.0, False),
        (0, R, 1.0, False),  # explicitly no time for it
    ],
)
def test_a_task_is_backed_by_resources_when_its_share_covers_it(
    catalog: Catalog, share: int | None, role: RaciRole, staff: float, backed: bool
) -> None:
    s = backing_session(share, role, staff)
    s.municipality.population = 20_000
    (b,) = task_backing(s, catalog)
    assert b.by_resources is backed
    assert b.share == share
    s.goals[0].tasks = [s.tasks[0].id]
    (g,) = goal_backing(s, catalog)
    assert g.by_resources is backed


def test_the_recommendation_says_the_share_is_too_small(catalog: Catalog) -> None:
    s = backing_session(5)
    s.municipality.population = 20_000
    s.decision_areas.append(DecisionArea(key="strategy_roadmap", agreed_level=5))  # power
    (b,) = task_backing(s, catalog)
    assert (b.share_fte, b.need_fte) == pytest.approx((0.05, 0.1))
    unbacked = [r for r in analyse(s, catalog).recommendations if r.rule == "unbacked_task"]
    assert len(unbacked) == 1
    assert "only its time share of 5 % (0.05 FTE of the committed capacity, where it asks" in (
        unbacked[0].message.render(language="en")
    )


# -- the follow-up ----------------------------------------------------------------------------


def test_the_follow_up_shows_the_shares_per_work_process(sample: Session, catalog: Catalog) -> None:
    first = copy.deepcopy(sample)
    follow_up = copy.deepcopy(sample)
    by_key = {t.key: t for t in follow_up.tasks}
    by_key["digital_strategy"].time_share = 20  # Steuerung 35 -> 41
    by_key["staff_training"].time_share = 3  # Qualifizierung 23 -> 17
    by_key["funding_acquisition"].work_process = "Fördermittel und Netzwerke"  # renamed
    changes = {
        c.subject: (c.before, c.after)
        for c in compare(first, follow_up, catalog).work_processes
        if c.changed
    }
    assert changes == {
        "Digitalstrategie und Steuerung": (35, 41),
        "Veränderungsmanagement und Qualifizierung": (23, 17),
        "Fördermittelakquise": (4, None),
        "Fördermittel und Netzwerke": (None, 4),
    }
    unchanged = compare(first, copy.deepcopy(first), catalog).work_processes
    assert len(unchanged) == 5 and not any(c.changed for c in unchanged)


def test_a_first_round_of_shares_shows_as_new(sample: Session, catalog: Catalog) -> None:
    first = copy.deepcopy(sample)
    for t in first.tasks:
        t.time_share, t.work_process = None, ""
    result = compare(first, sample, catalog)
    assert all(c.before is None and c.after is not None for c in result.work_processes)
    assert sum(c.after or 0 for c in result.work_processes) == 100

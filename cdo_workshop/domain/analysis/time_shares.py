"""The role's working time shared among its tasks, grouped into Arbeitsvorgänge.

Each task the role (StakeholderGroup.CDO) is responsible (R) or accountable (A) for gets a
share of the role's working time in percent (`Task.time_share`); tasks with the same
`Task.work_process` form one Arbeitsvorgang (a work process that leads to one work result,
§ 12 TVöD), a task without one is an Arbeitsvorgang of its own. The shares should add up to
100 % of the role's FTE. HR needs the Arbeitsvorgänge with their shares for the job
description; the grading itself is theirs, so the check only points at the Arbeitsvorgänge
that together make up at least half of the working time.

The analysis uses the shares where it asks whether the role has time for a task
(`has_time`, in checks.task_backing and checks.goal_backing): the share of the committed
capacity must cover what the task asks of the role. A task without a share is treated as
before (the committed capacity as a whole).
"""

from __future__ import annotations

from dataclasses import dataclass

from cdo_workshop.domain.analysis.scores import (
    ACCOUNTABLE_SHARE,
    ROLE,
    ResourceBalance,
    resource_balance,
)
from cdo_workshop.domain.catalog import Catalog
from cdo_workshop.domain.messages import QT_TRANSLATE_NOOP, Listing, Message, Num, msg
from cdo_workshop.domain.model import RaciRole, Session, Task

A = "Analysis"
WHOLE = 100  # percent: the shares of the role's working time add up to this
GRADING_HALF = 50  # § 12 TVöD: Arbeitsvorgänge making up at least half of the working time
CARRIED = (RaciRole.RESPONSIBLE, RaciRole.ACCOUNTABLE)
TOLERANCE = 1e-9  # FTE: rounding, not a shortfall


@dataclass(frozen=True)
class WorkProcess:
    """One Arbeitsvorgang: its name, its tasks in task order, their shares added up (a task
    without a share counts 0)."""

    name: str
    tasks: tuple[Task, ...]
    share: int

    @property
    def unnamed(self) -> bool:
        """A task without an Arbeitsvorgang of its own name (the process is named after it)."""
        return len(self.tasks) == 1 and not self.tasks[0].work_process.strip()


@dataclass(frozen=True)
class TimeShareCheck:
    """Whether the role's working time is shared among its tasks, and what is wrong if not.

    `total`: the shares added up, in percent. `complete`: every R/A task has a share.
    `adds_up`: the total is 100. `problems`: what is wrong, as translatable messages;
    `note`: the hint on § 12 TVöD once the largest Arbeitsvorgänge (`half`) reach half of
    the working time; `messages`: both, problems first.
    """

    total: int
    complete: bool
    adds_up: bool
    tasks: tuple[Task, ...]  # the role's R/A tasks, in task order
    missing: tuple[Task, ...]  # of those, the ones without a share
    fte: float | None  # the role's FTE (step 4, else the committed capacity)
    processes: tuple[WorkProcess, ...]
    half: tuple[WorkProcess, ...]  # the fewest largest processes that reach half, or ()
    problems: tuple[Message, ...]
    note: Message | None = None

    @property
    def ok(self) -> bool:
        return bool(self.tasks) and self.complete and self.adds_up

    @property
    def given(self) -> bool:
        """Whether any share has been given at all."""
        return len(self.missing) < len(self.tasks)

    @property
    def messages(self) -> tuple[Message, ...]:
        return self.problems + ((self.note,) if self.note is not None else ())


def carried(task: Task) -> bool:
    """Whether the role is responsible or accountable for the task (it gets a share)."""
    return task.raci.get(ROLE) in CARRIED


def role_tasks(session: Session) -> list[Task]:
    return [t for t in session.tasks if carried(t)]


def work_processes(session: Session, catalog: Catalog) -> list[WorkProcess]:
    """The role's R/A tasks grouped into Arbeitsvorgänge, in task order (a process stands
    where its first task does); tasks with the same name (spaces and case aside) form one."""
    groups: dict[str, tuple[str, list[Task]]] = {}
    for task in role_tasks(session):
        name = " ".join(task.work_process.split())
        key = "name:" + name.casefold() if name else "task:" + task.id
        if not name:
            name = task.title or catalog.title_of(task).de
        groups.setdefault(key, (name, []))[1].append(task)
    return [
        WorkProcess(name, tuple(tasks), sum(t.time_share or 0 for t in tasks))
        for name, tasks in groups.values()
    ]


def role_fte(session: Session, balance: ResourceBalance | None = None) -> float | None:
    """The role's FTE the shares divide: step 4's figure, else the committed capacity."""
    if session.placement.role_fte:
        return session.placement.role_fte
    supply = (balance or resource_balance(session)).supply_fte
    return supply if supply > 0 else None


def task_demand(task: Task, balance: ResourceBalance) -> float:
    """What the task asks of the role in FTE (the rule of thumb of resource_balance)."""
    role = task.raci.get(ROLE)
    if role == RaciRole.RESPONSIBLE:
        return balance.fte_per_responsible
    return balance.fte_per_responsible * ACCOUNTABLE_SHARE if role in CARRIED else 0.0


def task_fte(task: Task, balance: ResourceBalance) -> float | None:
    """The committed capacity the task's share gives it, in FTE; None without a share."""
    if task.time_share is None or not carried(task):
        return None
    return task.time_share / WHOLE * balance.supply_fte


def has_time(task: Task, balance: ResourceBalance) -> bool:
    """Whether the task's share of the committed capacity covers what it asks of the role;
    a task without a share: yes (as before shares existed, the capacity as a whole)."""
    fte = task_fte(task, balance)
    return fte is None or fte + TOLERANCE >= task_demand(task, balance)


def time_share_check(session: Session, catalog: Catalog) -> TimeShareCheck:
    tasks = tuple(role_tasks(session))
    processes = tuple(work_processes(session, catalog))
    missing = tuple(t for t in tasks if t.time_share is None)
    total = sum(t.time_share or 0 for t in tasks)
    fte = role_fte(session)
    problems: list[Message] = []
    if not tasks:
        problems.append(
            msg(
                A,
                QT_TRANSLATE_NOOP(
                    "Analysis",
                    "The role is not responsible (R) or accountable (A) for any task yet, so"
                    " there is no working time to share among its tasks.",
                ),
            )
        )
    elif len(missing) < len(tasks) and total != WHOLE:
        problems.append(
            msg(
                A,
                QT_TRANSLATE_NOOP(
                    "Analysis",
                    "The time shares add up to {total} %, not 100 % of the role's {fte} FTE.",
                ),
                total=total,
                fte=_fte(fte),
            )
            if fte
            else msg(
                A,
                QT_TRANSLATE_NOOP(
                    "Analysis",
                    "The time shares add up to {total} %, not 100 % of the role's working time.",
                ),
                total=total,
            )
        )
    if missing and len(missing) == len(tasks):
        problems.append(
            msg(
                A,
                QT_TRANSLATE_NOOP(
                    "Analysis",
                    "None of the role's {tasks} tasks has a time share yet: give each its"
                    " percent of the role's working time, together 100 %.",
                ),
                tasks=len(tasks),
            )
        )
    elif missing:
        problems.append(
            msg(
                A,
                QT_TRANSLATE_NOOP(
                    "Analysis", "One of the role's {tasks} tasks has no time share yet."
                ),
                tasks=len(tasks),
            )
            if len(missing) == 1
            else msg(
                A,
                QT_TRANSLATE_NOOP(
                    "Analysis", "{count} of the role's {tasks} tasks have no time share yet."
                ),
                count=len(missing),
                tasks=len(tasks),
            )
        )
    half = _half(processes)
    return TimeShareCheck(
        total=total,
        complete=not missing,
        adds_up=total == WHOLE,
        tasks=tasks,
        missing=missing,
        fte=fte,
        processes=processes,
        half=half,
        problems=tuple(problems),
        note=_grading_note(half),
    )


def _half(processes: tuple[WorkProcess, ...]) -> tuple[WorkProcess, ...]:
    """The fewest largest Arbeitsvorgänge that together make up at least half of the time
    (ties keep task order); () if all of them together do not."""
    chosen: list[WorkProcess] = []
    for process in sorted(processes, key=lambda p: -p.share):
        if process.share <= 0:
            break
        chosen.append(process)
        if sum(p.share for p in chosen) >= GRADING_HALF:
            return tuple(chosen)
    return ()


def _grading_note(half: tuple[WorkProcess, ...]) -> Message | None:
    if not half:
        return None
    law = msg(
        A,
        QT_TRANSLATE_NOOP(
            "Analysis",
            "Under § 12 TVöD (Arbeitsvorgänge, mindestens die Hälfte der Arbeitszeit) a post"
            " belongs to the pay grade whose criteria are met by Arbeitsvorgänge that together"
            " make up at least half of its working time. Whether these Arbeitsvorgänge meet"
            " the criteria of a grade, and of which, is for HR to assess: this is a hint for"
            " the job description, not a grading.",
        ),
    )
    if len(half) == 1:
        return msg(
            A,
            QT_TRANSLATE_NOOP(
                "Analysis",
                "The Arbeitsvorgang \u201c{process}\u201d alone makes up {share} % of the"
                " role's working time. {law}",
            ),
            process=half[0].name,
            share=half[0].share,
            law=law,
        )
    return msg(
        A,
        QT_TRANSLATE_NOOP(
            "Analysis",
            "The {count} largest Arbeitsvorgänge ({processes}) together make up {share} % of"
            " the role's working time. {law}",
        ),
        count=len(half),
        processes=Listing(
            tuple(
                msg(
                    A,
                    QT_TRANSLATE_NOOP("Analysis", "\u201c{process}\u201d {share} %"),
                    process=p.name,
                    share=p.share,
                )
                for p in half
            )
        ),
        share=sum(p.share for p in half),
        law=law,
    )


def _fte(value: float | None) -> Num:
    """An FTE figure as written: 2, 0.75, 1.5 (up to two decimals)."""
    value = value or 0.0
    for digits in (0, 1, 2):
        if abs(value - round(value, digits)) < 1e-9:
            return Num(value, digits)
    return Num(value, 2)

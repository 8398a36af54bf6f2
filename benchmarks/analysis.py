"""How long the analysis takes on a large workshop (issue 15: off the GUI thread if > 16 ms).

Builds a session from the sample Musterstadt with 250 participants (every one voting in
every decision area) and 60 tasks with a RACI role for every group, then times
`domain.analysis.analyse` and the other checks the step pages run on every edit (RACI
issues, vote spreads, goal backing). No Qt: this is the domain alone, as the GUI thread
would run it.

    .venv/bin/python benchmarks/analysis.py [--runs 21]
"""

from __future__ import annotations

import argparse
import copy
import statistics
import time
from collections.abc import Callable

from cdo_workshop.domain.analysis import analyse
from cdo_workshop.domain.analysis.checks import goal_backing, raci_issues, vote_spreads
from cdo_workshop.domain.catalog import shipped_catalog
from cdo_workshop.domain.model import Participant, RaciRole, Session, StakeholderGroup
from cdo_workshop.domain.session_file import loads
from cdo_workshop.paths import resource_path

GOAL_MS = 16.0  # one frame at 60 Hz


def large_session(participants: int, tasks: int) -> Session:
    session = loads(resource_path("samples", "musterstadt.json").read_bytes())
    groups = list(StakeholderGroup)
    roles = list(RaciRole)
    session.participants = [
        Participant(name=f"Person {i}", function="", group=groups[i % len(groups)])
        for i in range(participants)
    ]
    template = session.tasks[0]
    session.tasks = []
    for i in range(tasks):
        task = copy.deepcopy(template)
        task.id = f"t{i}"
        task.key = ""
        task.title = f"Aufgabe {i}"
        task.raci = {g.value: roles[(i + j) % len(roles)] for j, g in enumerate(groups)}
        session.tasks.append(task)
    for area in session.decision_areas:
        area.votes = {p.id: 1 + (i % area.max_level) for i, p in enumerate(session.participants)}
    session.room.revealed_areas = [a.id for a in session.decision_areas]
    return session


def timed(fn: Callable[[], object], runs: int) -> tuple[float, float]:
    fn()  # caches and first imports are not what the room waits for on every edit
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), max(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--participants", type=int, default=250)
    parser.add_argument("--tasks", type=int, default=60)
    options = parser.parse_args(argv)
    catalog = shipped_catalog()
    session = large_session(options.participants, options.tasks)
    print(
        f"Analysis of a session with {len(session.participants)} participants,"
        f" {len(session.tasks)} tasks, {len(session.decision_areas)} decision areas"
        f" ({options.runs} runs)\n"
    )
    print(f"{'':32} {'median ms':>10} {'max ms':>8}")
    worst = 0.0
    for name, fn in (
        ("analyse (steps 7-9)", lambda: analyse(session, catalog)),
        ("raci_issues (step 6)", lambda: raci_issues(session)),
        ("vote_spreads (step 5)", lambda: vote_spreads(session)),
        ("goal_backing (step 2)", lambda: goal_backing(session, catalog)),
    ):
        med, top = timed(fn, options.runs)
        worst = max(worst, med)
        print(f"{name:32} {med:10.2f} {top:8.2f}")
    verdict = "stays on the GUI thread" if worst <= GOAL_MS else "must leave the GUI thread"
    print(f"\nlongest median {worst:.2f} ms (goal ≤ {GOAL_MS:.0f} ms): {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

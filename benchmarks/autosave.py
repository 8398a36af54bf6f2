"""Latency of one autosaved edit on a large session (100 participants, 30 tasks).

Each edit goes the way of the controller: a typed edit applied to the session in memory
(apply_edits, value checks included), then SessionRepository.persist of its change set in
one BEGIN IMMEDIATE transaction, on a temporary database.

    .venv/bin/python benchmarks/autosave.py [--edits 1000] [--repeats 3]
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from cdo_workshop.domain.edits import (
    Collection,
    Edit,
    Field,
    Part,
    SetEntry,
    SetField,
    apply_edits,
    item_field,
)
from cdo_workshop.domain.model import (
    Municipality,
    Participant,
    RaciRole,
    Session,
    StakeholderGroup,
    Task,
)
from cdo_workshop.storage.repository import SessionRepository

GROUPS = list(StakeholderGroup)
ROLES = list(RaciRole)


def build_session(participants: int, tasks: int) -> Session:
    return Session(
        title="Autosave benchmark",
        municipality=Municipality(name="Musterstadt", population=48_000, state="NW"),
        participants=[
            Participant(
                name=f"Teilnehmerin {i:03d} Größle-Ünal",
                function="Fachbereichsleitung",
                group=GROUPS[i % len(GROUPS)],
            )
            for i in range(participants)
        ],
        tasks=[
            Task(
                key=f"task_{i:02d}",
                title=f"Aufgabe {i:02d}: Digitalisierung der Verwaltungsleistungen",
                cluster=f"cluster_{i % 5}",
                raci={g.value: ROLES[(i + j) % len(ROLES)] for j, g in enumerate(GROUPS[:6])},
            )
            for i in range(tasks)
        ],
    )


def time_edits(edits: int, edit: Callable[[int], None]) -> list[float]:
    """Microseconds per call of edit(i); the garbage collector is off while timing."""
    samples = []
    gc.disable()
    try:
        for i in range(edits):
            started = time.perf_counter_ns()
            edit(i)
            samples.append((time.perf_counter_ns() - started) / 1000)
    finally:
        gc.enable()
    return samples


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", type=int, default=1000, help="timed edits per repeat")
    parser.add_argument("--repeats", type=int, default=3, help="repeats of each (default 3)")
    parser.add_argument("--participants", type=int, default=100)
    parser.add_argument("--tasks", type=int, default=30)
    options = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="cdo-autosave-") as tmp:
        repo = SessionRepository.open(Path(tmp) / "sessions.sqlite3")
        session = build_session(options.participants, options.tasks)
        started = time.perf_counter()
        repo.create(session)
        create_ms = (time.perf_counter() - started) * 1000
        middle = session.participants[len(session.participants) // 2]
        last = session.participants[-1]

        def save(edit: Edit) -> None:
            _, changes = apply_edits(session, [edit])
            repo.persist(session, changes)

        def municipality(i: int) -> None:
            save(SetField(Field(Part.MUNICIPALITY, "name"), f"Musterstadt {i}"))

        def participant(person: Participant) -> Callable[[int], None]:
            name = item_field(Collection.PARTICIPANTS, person.id, "name")
            return lambda i: save(SetField(name, f"Hans-Peter Größle {i}"))

        raci = item_field(Collection.TASKS, session.tasks[7].id, "raci")

        def task(i: int) -> None:
            save(SetEntry(raci, "cdo", ROLES[i % len(ROLES)]))

        cases: dict[str, Callable[[int], None]] = {
            "municipality field": municipality,
            "participant 51 of 100": participant(middle),
            "last participant": participant(last),
            "task 8 of 30, RACI role": task,
        }
        results: dict[str, list[float]] = {name: [] for name in cases}
        for edit in cases.values():  # warm-up: caches, statements, WAL file
            time_edits(50, edit)
        for _ in range(options.repeats):
            for name, edit in cases.items():
                results[name] += time_edits(options.edits, edit)
        loaded = repo.load(session.id)
        assert loaded.municipality.name == session.municipality.name
        assert loaded.participants == session.participants and loaded.tasks == session.tasks
        size_kb = os.path.getsize(Path(tmp) / "sessions.sqlite3") / 1024
        repo.close()

    print(
        f"Autosave: {options.participants} participants, {options.tasks} tasks;"
        f" {options.edits} edits × {options.repeats} repeats each"
    )
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, WAL + synchronous=NORMAL")
    print(f"creating the session: {create_ms:.1f} ms; database file {size_kb:.0f} KB\n")
    print(f"{'one edit':38} {'median µs':>10} {'p99 µs':>10} {'max µs':>10}")
    for name, samples in results.items():
        print(
            f"{name:38} {statistics.median(samples):10.0f} {percentile(samples, 99):10.0f}"
            f" {max(samples):10.0f}"
        )
    print("\nFor the README:\n")
    print(
        f"| Autosave of one edit ({options.participants} participants, {options.tasks} tasks)"
        " | median | p99 |"
    )
    print("|---|---|---|")
    for name, samples in results.items():
        print(
            f"| `{name}` | {statistics.median(samples):.0f} µs | {percentile(samples, 99):.0f} µs |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Latency of one autosaved edit on a large session (100 participants, 30 tasks).

Each edit changes the session in memory and saves it the way the controller does: one
SessionRepository.save_part / save_item call, one transaction, on a temporary database.

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

        def municipality(i: int) -> None:
            session.municipality.name = f"Musterstadt {i}"
            repo.save_part(session, "municipality")

        def participant(person: Participant) -> Callable[[int], None]:
            def edit(i: int) -> None:
                person.name = f"Hans-Peter Größle {i}"
                repo.save_item(session, "participants", person.id)

            return edit

        def task(i: int) -> None:
            session.tasks[7].raci["cdo"] = ROLES[i % len(ROLES)]
            repo.save_item(session, "tasks", session.tasks[7].id)

        cases: dict[str, Callable[[int], None]] = {
            'save_part(session, "municipality")': municipality,
            "save_item: participant 51 of 100": participant(middle),
            "save_item: last participant": participant(last),
            "save_item: task 8 of 30 (RACI)": task,
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

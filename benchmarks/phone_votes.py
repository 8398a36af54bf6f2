"""30 phones vote at once on one decision area (issue 14): every vote saved, the time from
tap to "counted", and the longest stall of the GUI thread meanwhile (goal <= 50 ms).

The window runs offscreen on a fresh database with the sample Musterstadt (reopened: it is
a signed agreement), with participants added up to 30 and the room's view open beside it
(as on a second screen: it redraws who has voted after every vote). Step 5's own panel
starts a round on one decision area on 127.0.0.1. The phones are another process (they
are other devices; their requests must not take the window's interpreter lock): 30
threads with urllib, each with its own cookie jar, open the page, read the state and
claim a distinct name, then all vote at once. "Counted" is the vote's 200 answer, which
comes once the vote is applied through the edit path and saved. Every vote is then read
back from the database by a second connection. A 1 ms precise QTimer records every gap
between its ticks (benchmarks/loop_gaps.py): the longest gap is how long the
window could not react. Each run in a fresh process.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/phone_votes.py [--runs 3]
"""

from __future__ import annotations

import argparse
import http.cookiejar
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

PHONES = 30
AREA_KEY = "it_standards"  # lawful up to level 7: the phones use every level


# -- the phones (their own process) ------------------------------------------------------


class Phone:
    """A phone's browser without the page: its own cookie jar (the device cookie)."""

    def __init__(self, url: str) -> None:
        jar = http.cookiejar.CookieJar()
        self.url = url
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))

    def send(self, path: str, body: Any = None) -> tuple[int, Any]:
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(
            self.url + path, data=data, headers={"Content-Type": "application/json"}
        )
        try:
            with self.opener.open(request, timeout=30) as response:
                raw, status, kind = response.read(), response.status, response.headers
        except urllib.error.HTTPError as e:
            with e:
                raw, status, kind = e.read(), e.code, e.headers
        if kind.get_content_type() == "application/json":
            return status, json.loads(raw)
        return status, raw


def phones(url: str, question: str, count: int) -> dict[str, Any]:
    """Join `count` phones with distinct names, then let them all vote at once."""
    devices = [Phone(url) for _ in range(count)]
    people: list[dict[str, Any]] = []
    errors: list[str] = []

    def join(i: int) -> None:
        phone = devices[i]
        phone.send("")  # the page (and the device cookie)
        _, state = phone.send("api/state")
        person = state["people"][i]
        status, answer = phone.send("api/claim", {"participant": person["id"]})
        if status != 200:
            errors.append(f"claim {person['name']}: {status} {answer}")
        people.append({"index": i, "id": person["id"]})

    run_all(join, count)
    max_level = 7
    go = threading.Barrier(count)
    results: dict[str, dict[str, Any]] = {}

    def vote(i: int) -> None:
        phone = devices[i]
        pid = next(p["id"] for p in people if p["index"] == i)
        value = i % max_level + 1
        go.wait()  # all tap at once
        tapped = time.perf_counter()
        status, answer = phone.send("api/vote", {"question": question, "value": value})
        results[pid] = {
            "value": value,
            "status": status,
            "ms": (time.perf_counter() - tapped) * 1000,
            "message": answer.get("message", answer.get("error", "")),
        }

    print("voting", flush=True)  # the window starts the vote phase's clock
    run_all(vote, count)
    return {"errors": errors, "votes": results}


def run_all(fn: Any, count: int) -> None:
    threads = [threading.Thread(target=fn, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


# -- the window (one fresh process per run) ----------------------------------------------


def measure() -> dict[str, Any]:
    from loop_gaps import LoopGaps, run_for
    from PySide6.QtWidgets import QApplication

    from cdo_workshop.app import create_main_window
    from cdo_workshop.domain import lifecycle
    from cdo_workshop.domain.edits import Collection, Insert
    from cdo_workshop.domain.model import Participant, StakeholderGroup
    from cdo_workshop.domain.operations import may_vote
    from cdo_workshop.i18n import Translator
    from cdo_workshop.storage.repository import SessionRepository
    from cdo_workshop.ui.audience.window import AudienceWindow
    from cdo_workshop.ui.phone_round import phone_round

    app = QApplication.instance() or QApplication(sys.argv[:1])
    record = LoopGaps()
    now = record.now

    translator = Translator("de")
    translator.install(app)
    with tempfile.TemporaryDirectory(prefix="cdo-phones-") as tmp:
        db = Path(tmp) / "sessions.sqlite3"
        window = create_main_window(db, translator)
        window.resize(1366, 768)
        window.show()
        assert window.start(interactive=False)
        window.load_sample()
        window.open_session(window.start_page.selected_id())
        controller = window.controller
        controller.record(lifecycle.reopen(controller.session))
        session = controller.session
        missing = PHONES - sum(1 for p in session.participants if may_vote(p))
        controller.edit(
            [
                Insert(
                    Collection.PARTICIPANTS,
                    Participant(name=f"Ratsmitglied {n + 1}", group=StakeholderGroup.COUNCIL),
                )
                for n in range(max(0, missing))
            ],
            "benchmark participants",
        )
        room = AudienceWindow(controller, window.room_focus)  # the second screen
        room.resize(1366, 768)
        room.show()
        window.session_view.navigator.setCurrentRow(4)  # step 5
        page = window.session_view.pages[4]
        row = next(i for i, a in enumerate(page.board_model.areas()) if a.key == AREA_KEY)
        area = page.board_model.areas()[row]
        assert area.max_level == 7
        page.board.setCurrentIndex(page.board_model.index(row, 1))
        panel = page.phone_voting
        panel.interface_combo.setCurrentIndex(panel.interface_combo.findData("127.0.0.1"))
        panel.start_button.click()
        round_ = phone_round(controller)
        assert round_.running
        run_for(app, 1.5)  # the room's view shows the code; both windows painted and settled
        assert room.view.voting.isVisible()

        child = subprocess.Popen(
            [sys.executable, __file__, "--phones", round_.join_url(), f"area:{area.id}"],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert child.stdout is not None
        marks: dict[str, float] = {}
        lines: list[str] = []

        def read() -> None:
            assert child.stdout is not None
            for line in child.stdout:
                if line.strip() == "voting":
                    marks["voting"] = now()
                lines.append(line)
            marks["done"] = now()

        reader = threading.Thread(target=read, daemon=True)
        record.ticker.start()
        record.restart_gap()
        marks["joining"] = now()
        reader.start()
        while "done" not in marks:
            run_for(app, 0.01)
        child.wait(30)
        run_for(app, 0.2)
        record.ticker.stop()
        shown = room.view.voting.voted.text()
        round_.stop()
        room.close()
        session_id = session.id
        controller.close()
        window.close()
        answer = json.loads(lines[-1])
        repo = SessionRepository.open(db)
        try:
            saved = next(a for a in repo.load(session_id).decision_areas if a.id == area.id)
        finally:
            repo.close()
    translator.uninstall(app)

    votes = answer["votes"]
    ok = [v for v in votes.values() if v["status"] == 200]

    longest = record.longest

    return {
        "errors": answer["errors"]
        + [f"{v['status']} {v['message']}" for v in votes.values() if v["status"] != 200],
        "counted": len(ok),
        "saved": sum(1 for pid, v in votes.items() if saved.votes.get(pid) == v["value"]),
        "shown": shown,
        "ms": sorted(v["ms"] for v in ok),
        "join_gap_ms": longest(marks["joining"], marks.get("voting", marks["done"])),
        "vote_gap_ms": longest(marks.get("voting", marks["done"]), marks["done"]),
        "vote_s": marks["done"] - marks.get("voting", marks["done"]),
    }


def percentile(values: list[float], p: float) -> float:
    """Nearest rank: with 30 taps, p99 is the slowest."""
    ordered = sorted(values)
    rank = max(1, min(len(ordered), round(p / 100 * len(ordered) + 0.5)))
    return ordered[rank - 1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="fresh processes (default 3)")
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--phones", nargs=2, metavar=("URL", "QUESTION"), help=argparse.SUPPRESS)
    options = parser.parse_args(argv)
    if options.phones:
        print(json.dumps(phones(*options.phones, PHONES)))
        return 0
    if options.one:
        print(json.dumps(measure()))
        return 0
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="cdo-phones-home-") as home:
        for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
            env[name] = str(Path(home) / name.lower())
        results = []
        for _ in range(options.runs):
            out = subprocess.run(
                [sys.executable, __file__, "--one"],
                env=env,
                capture_output=True,
                text=True,
                timeout=300,
                check=False,
            )
            if out.returncode != 0:
                raise SystemExit(out.stderr)
            results.append(json.loads(out.stdout.splitlines()[-1]))
    print(f"{PHONES} phones vote at once on one decision area, 127.0.0.1, the room's view open;")
    print(f"{options.runs} fresh processes; QPA {env['QT_QPA_PLATFORM']}\n")
    print(
        f"{'run':>3} {'counted':>8} {'saved':>6} {'median ms':>10} {'p99 ms':>8}"
        f" {'all in s':>9} {'gap join':>9} {'gap vote':>9}"
    )
    for n, r in enumerate(results, 1):
        print(
            f"{n:>3} {r['counted']:>8} {r['saved']:>6} {statistics.median(r['ms']):>10.1f}"
            f" {percentile(r['ms'], 99):>8.1f} {r['vote_s']:>9.2f} {r['join_gap_ms']:>9.1f}"
            f" {r['vote_gap_ms']:>9.1f}"
        )
        for error in r["errors"]:
            print(f"    refused: {error}")
    taps = [ms for r in results for ms in r["ms"]]
    print(
        f"\nall runs: tap → counted median {statistics.median(taps):.1f} ms,"
        f" p99 {percentile(taps, 99):.1f} ms"
    )
    print(f"the room's view showed: {results[-1]['shown']!r}")
    every = all(r["saved"] == r["counted"] == PHONES for r in results)
    worst = max(max(r["join_gap_ms"], r["vote_gap_ms"]) for r in results)
    print(f"every vote saved: {'yes' if every else 'NO'}")
    print(
        f"goal: no GUI gap over 50 ms: {'met' if worst <= 50 else 'NOT met'}"
        f" (longest {worst:.1f} ms)"
    )
    return 0 if every else 1


if __name__ == "__main__":
    raise SystemExit(main())

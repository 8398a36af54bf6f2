"""One run over a real AT-SPI bus, as Orca reads the window: the app on its own D-Bus
session and X server, read by pyatspi (Debian's python3-pyatspi, so the reading runs in
Debian's /usr/bin/python3). CI installs what it needs (.ci/run); without it, it skips."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent / "atspi"
SYSTEM_PYTHON = "/usr/bin/python3"

pytestmark = pytest.mark.slow


def missing() -> str:
    for tool, package in (
        ("dbus-run-session", "dbus"),
        ("xvfb-run", "xvfb"),
        ("at-spi-bus-launcher", "at-spi2-core"),
    ):
        if shutil.which(tool) is None and not Path(f"/usr/libexec/{tool}").exists():
            return f"{tool} not found (Debian: apt install {package})"
    probe = (
        subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False)
        if Path(SYSTEM_PYTHON).exists()
        else None
    )
    if probe is None or probe.returncode != 0:
        return "pyatspi not found for /usr/bin/python3 (Debian: apt install python3-pyatspi)"
    return ""


def read_step(folder: Path, step: str) -> list[dict]:
    """What a screen reader finds on `step` after "Next" from the step before."""
    if reason := missing():
        pytest.skip(reason)
    env = {k: v for k, v in os.environ.items() if not k.startswith("DBUS_")}
    env.update(QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", LANG="C.UTF-8")
    command = [
        "dbus-run-session",
        "--",
        "xvfb-run",
        "-a",
        "-s",
        "-screen 0 1366x768x24",
        SYSTEM_PYTHON,
        str(HERE / "read_page.py"),
        sys.executable,
        str(HERE / "app_on_step.py"),
        str(folder),
        step,
    ]
    for _attempt in range(2):  # a second try if the bus or X server was not up in time
        done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
        lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
        if lines and "nodes" in json.loads(lines[-1]):
            break
    assert lines, done.stdout + done.stderr
    result = json.loads(lines[-1])
    assert "nodes" in result, (result, done.stderr[-2000:])
    return result["nodes"]


@pytest.fixture(scope="module")
def step5(tmp_path_factory) -> list[dict]:
    return read_step(tmp_path_factory.mktemp("atspi"), "decisions")


@pytest.fixture(scope="module")
def step9(tmp_path_factory) -> list[dict]:
    return read_step(tmp_path_factory.mktemp("atspi9"), "agreement")


def find(nodes: list[dict], role: str, name: str = "", start: str = "") -> dict:
    for node in nodes:
        if node["role"] == role and (
            node["name"] == name or (start and node["name"].startswith(start))
        ):
            return node
    raise AssertionError(
        f"no {role} {name or start!r} in {[n['name'] for n in nodes if n['role'] == role]}"
    )


def test_the_step_change_lands_on_its_heading(step5):
    heading = find(step5, "heading", "Schritt 5 von 9: Entscheidungskompetenzen")
    assert heading["focused"]
    assert heading["attributes"] == ["level:1"]


def test_step_9_reads_heading_levels_and_the_review_date(step9):
    heading = find(step9, "heading", "Schritt 9 von 9: Abgleich & Vereinbarung")
    assert heading["focused"] and heading["attributes"] == ["level:1"]
    assert find(step9, "heading", "Maßnahmen")["attributes"] == ["level:2"]
    review = find(step9, "text", "Überprüfungstermin")
    assert review["text"] == "15.10.2027"  # the date as shown, not a number


def test_labels_are_read_as_they_show_with_their_purpose_described(step5):
    keys = [n for n in step5 if n["role"] == "label" and n["name"].startswith("Tasten: 1–7")]
    assert "Tastaturhilfe" in [n["description"] for n in keys], keys
    timer = find(step5, "label", start="Zeit ")
    assert timer["description"] == "Zeit in diesem Schritt"
    assert find(step5, "label", start="Gespeichert ")


def test_the_board_reads_its_areas_and_controls_their_names(step5):
    find(step5, "table", "Delegation Board: Entscheidungsbereiche nach Stufe")
    find(step5, "table row header", "1. Digitalbudget beschließen (Haushaltsansatz)")
    assert not [n for n in step5 if n["role"] == "table row header" and n["name"].isdigit()]
    find(step5, "check box", "Nach jeder Stimme zur nächsten Person")
    find(step5, "combo box", "Dr. Katharina Weißenbach")
    find(step5, "push button", "Nächster Schritt")
    assert not [n for n in step5 if n["role"] == "table cell" and n["name"] == "—"]

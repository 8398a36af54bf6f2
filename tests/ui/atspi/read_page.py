"""Reads the app's window through AT-SPI as a screen reader does (Orca uses the same bus)
and prints what it found as JSON. Run with Debian's python3, which has pyatspi, on a D-Bus
session of its own (tests/ui/test_atspi.py).

Usage: /usr/bin/python3 read_page.py COMMAND...   (COMMAND starts the app, prints "ready")
"""

from __future__ import annotations

import json
import subprocess
import sys
import time

import pyatspi


def describe(accessible, depth: int, out: list) -> None:
    states = accessible.getState()
    if depth > 2 and not states.contains(pyatspi.STATE_SHOWING):
        return
    role = accessible.getRoleName()
    out.append(
        {
            "role": role,
            "name": accessible.name or "",
            "description": accessible.description or "",
            "focused": states.contains(pyatspi.STATE_FOCUSED),
            "depth": depth,
            "attributes": accessible.getAttributes() if role == "heading" else [],
        }
    )
    if role == "text":  # what an entry holds, as Orca reads it
        text = accessible.queryText()
        out[-1]["text"] = text.getText(0, text.characterCount)
    for child in accessible:
        if child is not None:
            describe(child, depth + 1, out)


def main() -> int:
    app = subprocess.Popen(sys.argv[1:], stdout=subprocess.PIPE, text=True)
    try:
        if app.stdout is None or app.stdout.readline().strip() != "ready":
            print(json.dumps({"error": "the app did not start"}))
            return 1
        found: list = []
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            desktop = pyatspi.Registry.getDesktop(0)
            apps = [a for a in desktop if a is not None and a.name == "CDO Workshop"]
            if apps and apps[0].childCount:
                found = []
                describe(apps[0], 0, found)
                # the step is on screen once its heading has the focus
                if any(n["role"] == "heading" and n["focused"] for n in found):
                    break
            time.sleep(0.2)
        print(json.dumps({"nodes": found}))
        return 0
    finally:
        app.terminate()
        app.wait(10)


if __name__ == "__main__":
    sys.exit(main())

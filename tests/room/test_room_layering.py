"""The room server loads no Qt: the CLI serves the same page without a GUI."""

from __future__ import annotations

import json
import subprocess
import sys

PROBE = """
import importlib, json, pkgutil, sys
import cdo_workshop.room as package
for info in pkgutil.walk_packages(package.__path__, "cdo_workshop.room."):
    importlib.import_module(info.name)
print(json.dumps(sorted(sys.modules)))
"""


def test_the_room_package_loads_no_qt() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    modules = json.loads(result.stdout.splitlines()[-1])
    assert "cdo_workshop.room.server" in modules and "aiohttp" in modules
    assert [m for m in modules if m.startswith(("PySide6", "shiboken6"))] == []

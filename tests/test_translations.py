"""Every user-visible string of the code has a German translation, and the .ts is current."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "cdo_workshop_de.ts"


def messages(path: Path) -> dict[tuple[str, str], str | None]:
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            unfinished = translation.get("type") in ("unfinished", "vanished", "obsolete")
            out[(name, message.findtext("source") or "")] = (
                None if unfinished else (translation.text or "")
            )
    return out


def test_german_ts_is_complete_and_up_to_date(tmp_path):
    fresh = tmp_path / "fresh_de.ts"
    shutil.copy(TS, fresh)
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    sources = sorted(str(p) for p in (ROOT / "cdo_workshop").rglob("*.py"))
    subprocess.run(
        [str(lupdate), *sources, "-no-obsolete", "-locations", "none", "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    extracted = messages(fresh)
    missing = sorted(key for key, text in extracted.items() if not text)
    assert missing == [], "strings without German translation (run make update-translations)"
    assert set(extracted) == set(messages(TS)), "the .ts file is out of date with the code"

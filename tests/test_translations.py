"""Every user-visible string of the code is translated, and the .ts files are current.

German translates every string; English (the source language) only needs its plural forms.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"


def messages(path: Path) -> dict[tuple[str, str], bool]:
    """(context, source) -> whether the translation is finished."""
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text for f in translation.iter("numerusform")]
            done = translation.get("type") not in ("unfinished", "vanished", "obsolete") and (
                all(forms) if forms else bool(translation.text)
            )
            out[(name, message.findtext("source") or "")] = done
    return out


@pytest.mark.parametrize(("language", "options"), [("de", []), ("en", ["-pluralonly"])])
def test_ts_is_complete_and_up_to_date(tmp_path, language, options):
    committed = TRANSLATIONS / f"cdo_workshop_{language}.ts"
    fresh = tmp_path / committed.name
    shutil.copy(committed, fresh)
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    sources = sorted(str(p) for p in (ROOT / "cdo_workshop").rglob("*.py"))
    subprocess.run(
        [str(lupdate), *sources, "-no-obsolete", "-locations", "none", *options, "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    extracted = messages(fresh)
    missing = sorted(key for key, done in extracted.items() if not done)
    assert missing == [], f"untranslated in {language} (run make update-translations)"
    assert set(extracted) == set(messages(committed)), f"{committed.name} is out of date"

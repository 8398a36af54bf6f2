"""The method runs without Qt: a fresh interpreter imports every domain module, loads the
catalog and analyses a sample, and PySide6 is never loaded."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

PROBE = textwrap.dedent(
    """
    import importlib, json, pkgutil, sys

    import cdo_workshop.domain as domain
    for info in pkgutil.walk_packages(domain.__path__, "cdo_workshop.domain."):
        importlib.import_module(info.name)

    from cdo_workshop.domain.analysis import analyse
    from cdo_workshop.domain.analysis.comparison import compare
    from cdo_workshop.domain.analysis.profile import role_profile
    from cdo_workshop.domain.catalog import load_catalog
    from cdo_workshop.domain.session_file import loads
    from cdo_workshop.paths import resource_path

    catalog = load_catalog(resource_path("catalog", "catalog.json"))
    session = loads(resource_path("samples", "kleinhausen.json").read_bytes())
    result = analyse(session, catalog)
    texts = [r.message.render(language="de") for r in result.recommendations]
    role_profile(session, catalog)
    compare(session, session, catalog)
    print(json.dumps(sorted(sys.modules)))
    """
)


def test_domain_analysis_and_catalog_load_no_qt() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    modules = json.loads(result.stdout.splitlines()[-1])
    for name in (
        "cdo_workshop.domain.catalog",
        "cdo_workshop.domain.analysis.scores",
        "cdo_workshop.domain.analysis.checks",
        "cdo_workshop.domain.analysis.recommendations",
        "cdo_workshop.domain.analysis.profile",
        "cdo_workshop.domain.analysis.comparison",
    ):
        assert name in modules  # the probe really imported them
    assert [m for m in modules if m.startswith(("PySide6", "shiboken6"))] == []

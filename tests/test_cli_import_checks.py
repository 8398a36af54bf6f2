"""Import refuses a session that lifts a legal ceiling or names unknown catalog entries."""

from __future__ import annotations

import json

from cdo_workshop.cli import main
from cdo_workshop.paths import resource_path


def test_import_refuses_a_lifted_legal_ceiling(tmp_path, capsys, db_path):
    data = json.loads(resource_path("samples", "musterstadt.json").read_text(encoding="utf-8"))
    budget = next(a for a in data["session"]["decision_areas"] if a["key"] == "digital_budget")
    budget["max_level"] = 7
    budget["agreed_level"] = 7
    path = tmp_path / "manipulated.json"
    path.write_text(json.dumps(data), encoding="utf-8")

    assert main(["--db", str(db_path), "import", str(path)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert "gesetzliche Obergrenze (Stufe 3)" in err[0]
    assert main(["--db", str(db_path), "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_exit_when_ready_with_a_corrupt_database_reports_and_exits(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    bad = tmp_path / "kaputt.sqlite3"
    bad.write_bytes(b"kein SQLite" * 50)
    assert main(["--db", str(bad), "--exit-when-ready"]) == 2
    assert "keine Datenbank von CDO Workshop" in capsys.readouterr().err
    assert bad.read_bytes() == b"kein SQLite" * 50

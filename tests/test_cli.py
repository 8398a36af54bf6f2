"""The command line: commands, --db/CDO_WORKSHOP_DB, languages and one-line errors.

Most tests call `cli.main()` in-process (fast); the `*_entry_point` tests and the GUI
checks run the installed `cdo-workshop` script in a fresh process.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pytest
from cli_support import Result

from cdo_workshop import __version__, cli
from cdo_workshop.domain.session_file import loads
from cdo_workshop.paths import resource_path
from cdo_workshop.storage.repository import SessionRepository

SAMPLE_FILE = resource_path("samples", "musterstadt.json")
JSON_KEYS = {
    "id",
    "title",
    "municipality",
    "workshop_date",
    "updated_at",
    "step_reached",
    "problem",  # why a damaged row cannot be read, else null
}
SCRIPT = Path(sys.executable).with_name("cdo-workshop")


pytestmark = pytest.mark.usefixtures("german_cli")


def clean_env(**extra: str) -> dict[str, str]:
    """The test's environment (hermetic HOME/XDG_*), a neutral locale, offscreen Qt."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "CDO_WORKSHOP_DB", "CDO_WORKSHOP_DEBUG")
    }
    env.update(LANG="C.UTF-8", QT_QPA_PLATFORM="offscreen")
    env.update(extra)
    return env


def run_script(
    *args: str | Path, env: dict[str, str] | None = None, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    command = [str(SCRIPT)] if SCRIPT.exists() else [sys.executable, "-m", "cdo_workshop"]
    return subprocess.run(
        [*command, *map(str, args)],
        env=clean_env() if env is None else env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
    )


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file in the database's folder, byte for byte (-wal/-shm files included)."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def assert_one_line_error(code: int, out: str, err: str) -> str:
    assert code == 2, (code, out, err)
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("cdo-workshop: "), err
    assert out == ""
    return lines[0]


def write_sample(path: Path, **session_changes: object) -> Path:
    data = json.loads(SAMPLE_FILE.read_text(encoding="utf-8"))
    data["session"].update(session_changes)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def session_ids(db: Path) -> list[str]:
    repo = SessionRepository.open(db)
    try:
        return [s.id for s in repo.list()]
    finally:
        repo.close()


# -- help and version ------------------------------------------------------------------


def test_version(run: Callable[..., Result]) -> None:
    result = run("--version")
    assert result.code == 0
    assert result.out.strip() == f"cdo-workshop {__version__}"


def test_help_is_german_by_default(run: Callable[..., Result]) -> None:
    result = run("--help")
    assert result.code == 0
    assert result.out.startswith("Aufruf: cdo-workshop")
    assert "Befehle" in result.out and "Optionen" in result.out
    for command in ("list", "import", "export-json", "sample"):
        assert command in result.out
    assert "usage:" not in result.out


def test_help_in_english_with_lang_en(run: Callable[..., Result]) -> None:
    for args in (("--lang", "en", "--help"), ("--lang=en", "--help")):
        result = run(*args)
        assert result.code == 0
        assert result.out.startswith("usage: cdo-workshop")
        assert "commands" in result.out and "options" in result.out
        assert "Aufruf" not in result.out and "Befehle" not in result.out


def test_command_help_is_translated(run: Callable[..., Result]) -> None:
    assert "Aufruf: cdo-workshop export-json" in run("export-json", "--help").out
    english = run("--lang", "en", "export-json", "--help").out
    assert english.startswith("usage: cdo-workshop export-json")
    assert "a unique prefix is enough" in english


# -- list, sample, import, export-json ---------------------------------------------------


def test_list_on_an_empty_database(run: Callable[..., Result], db_path: Path) -> None:
    result = run("--db", db_path, "list")
    assert (result.code, result.out, result.err) == (0, "Keine gespeicherten Sitzungen.\n", "")
    assert db_path.is_file()
    assert run("--lang", "en", "--db", db_path, "list").out == "No saved sessions.\n"
    assert json.loads(run("--db", db_path, "list", "--json").out) == []


def test_sample_prints_a_uuid_and_list_shows_it(run: Callable[..., Result], db_path: Path) -> None:
    result = run("--db", db_path, "sample")
    assert result.code == 0 and result.err == ""
    session_id = result.out.strip()
    assert result.out == session_id + "\n"
    assert str(uuid.UUID(session_id)) == session_id

    listing = run("--db", db_path, "list")
    assert listing.code == 0
    header, row = listing.out.splitlines()
    assert header.split() == ["ID", "Titel", "Kommune", "Geändert", "Schritt"]
    assert row.startswith(session_id)
    assert "Musterstadt" in row
    assert row.endswith("9/9")
    english = run("--lang", "en", "--db", db_path, "list").out.splitlines()[0]
    assert english.split() == ["ID", "Title", "Municipality", "Updated", "Step"]


def test_sample_twice_gives_two_sessions(run: Callable[..., Result], db_path: Path) -> None:
    first = run("--db", db_path, "sample").out.strip()
    second = run("--db", db_path, "sample").out.strip()
    assert first != second
    assert sorted(session_ids(db_path)) == sorted([first, second])


def test_list_json(run: Callable[..., Result], db_path: Path) -> None:
    session_id = run("--db", db_path, "sample").out.strip()
    result = run("--db", db_path, "list", "--json")
    assert result.code == 0
    rows = json.loads(result.out)
    assert len(rows) == 1
    (row,) = rows
    assert set(row) == JSON_KEYS
    assert row["id"] == session_id
    assert row["municipality"] == "Musterstadt"
    assert row["title"] == loads(SAMPLE_FILE.read_bytes()).title
    assert row["step_reached"] == 9 and row["problem"] is None
    date.fromisoformat(row["workshop_date"])
    assert datetime.fromisoformat(row["updated_at"]).tzinfo is not None
    # Not translated: scripts read it.
    assert json.loads(run("--lang", "en", "--db", db_path, "list", "--json").out) == rows


def test_import_prints_the_new_id(run: Callable[..., Result], db_path: Path) -> None:
    result = run("--db", db_path, "import", SAMPLE_FILE)
    assert result.code == 0 and result.err == ""
    session_id = result.out.strip()
    assert session_ids(db_path) == [session_id]
    repo = SessionRepository.open(db_path)
    try:
        stored = repo.load(session_id)
    finally:
        repo.close()
    expected = loads(SAMPLE_FILE.read_bytes())
    expected.id = session_id
    assert stored == expected

    # The same file again: a second session with a new id, the first one is untouched.
    again = run("--db", db_path, "import", SAMPLE_FILE).out.strip()
    assert again != session_id
    assert sorted(session_ids(db_path)) == sorted([session_id, again])


def test_export_json_imports_again_equal(
    run: Callable[..., Result], tmp_path: Path, db_path: Path
) -> None:
    session_id = run("--db", db_path, "sample").out.strip()
    out = tmp_path / "out" / "export.json"
    out.parent.mkdir()
    result = run("--db", db_path, "export-json", session_id, out)
    assert (result.code, result.err) == (0, "")
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert exported["format"] and exported["session"]["id"] == session_id

    other_db = tmp_path / "other" / "sessions.sqlite3"
    imported_id = run("--db", other_db, "import", out).out.strip()
    assert imported_id == session_id  # the id is kept where it is free
    repos = [SessionRepository.open(db_path), SessionRepository.open(other_db)]
    try:
        original, copy = (r.load(session_id) for r in repos)
    finally:
        for r in repos:
            r.close()
    assert copy == original
    assert copy == loads(out.read_bytes())

    # Exporting the copy gives the same file (apart from the moment of export).
    again = tmp_path / "again.json"
    assert run("--db", other_db, "export-json", session_id, again).code == 0
    second = json.loads(again.read_text(encoding="utf-8"))
    exported.pop("exported_at"), second.pop("exported_at")
    assert second == exported


def make_ids(run: Callable[..., Result], tmp_path: Path, db: Path, *ids: str) -> None:
    for i, session_id in enumerate(ids):
        path = write_sample(tmp_path / f"session-{i}.json", id=session_id)
        assert run("--db", db, "import", path).out.strip() == session_id


ID_1 = "12345678-aaaa-4bbb-8ccc-000000000001"
ID_2 = "12345678-aaaa-4bbb-8ccc-000000000002"
ID_3 = "87654321-aaaa-4bbb-8ccc-000000000003"


def test_export_json_accepts_a_unique_prefix(
    run: Callable[..., Result], tmp_path: Path, db_path: Path
) -> None:
    make_ids(run, tmp_path, db_path, ID_1, ID_2, ID_3)
    for prefix, expected in (("8765", ID_3), (ID_2[:-1] + "2", ID_2), (ID_1, ID_1)):
        out = tmp_path / f"{prefix}.json"
        result = run("--db", db_path, "export-json", prefix, out)
        assert (result.code, result.err) == (0, "")
        assert json.loads(out.read_text(encoding="utf-8"))["session"]["id"] == expected


@pytest.mark.parametrize(
    ("prefix", "german", "english"),
    [
        ("ffff", "Es gibt keine Sitzung mit der ID ffff.", "There is no session with the id ffff."),
        ("", "Es gibt keine Sitzung mit der ID .", "There is no session with the id ."),
        (
            "12345678",
            "Die ID 12345678 ist nicht eindeutig",
            "The id 12345678 is ambiguous; give more characters.",
        ),
    ],
    ids=["unknown", "empty", "ambiguous"],
)
def test_export_json_needs_exactly_one_match(
    run: Callable[..., Result],
    tmp_path: Path,
    db_path: Path,
    prefix: str,
    german: str,
    english: str,
) -> None:
    make_ids(run, tmp_path, db_path, ID_1, ID_2, ID_3)
    before = snapshot(db_path.parent)
    out = tmp_path / "out.json"
    for lang, text in (("de", german), ("en", english)):
        result = run("--lang", lang, "--db", db_path, "export-json", prefix, out)
        assert text in assert_one_line_error(result.code, result.out, result.err)
    assert not out.exists()
    assert snapshot(db_path.parent) == before


def test_export_json_to_a_missing_folder(
    run: Callable[..., Result], tmp_path: Path, db_path: Path
) -> None:
    session_id = run("--db", db_path, "sample").out.strip()
    out = tmp_path / "no-such-folder" / "out.json"
    result = run("--db", db_path, "export-json", session_id, out)
    line = assert_one_line_error(result.code, result.out, result.err)
    assert f"Der Ordner {out.parent} existiert nicht." in line
    assert not out.parent.exists()


# -- which database -------------------------------------------------------------------


def test_db_option_and_environment(
    run: Callable[..., Result],
    tmp_path: Path,
    hermetic_home: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    default = hermetic_home / "data" / "cdo-workshop" / "sessions.sqlite3"
    from_env = tmp_path / "env" / "env.sqlite3"
    from_option = tmp_path / "option" / "option.sqlite3"

    # Neither: the user data folder.
    in_default = run("sample").out.strip()
    assert session_ids(default) == [in_default]

    # The environment variable when there is no --db.
    monkeypatch.setenv("CDO_WORKSHOP_DB", str(from_env))
    in_env = run("sample").out.strip()
    assert session_ids(from_env) == [in_env]
    assert json.loads(run("list", "--json").out)[0]["id"] == in_env

    # --db wins over the environment variable.
    assert run("--db", from_option, "list").out == "Keine gespeicherten Sitzungen.\n"
    in_option = run("--db", from_option, "sample").out.strip()
    assert session_ids(from_option) == [in_option]
    assert session_ids(from_env) == [in_env]
    assert session_ids(default) == [in_default]


def test_new_database_is_private(run: Callable[..., Result], tmp_path: Path) -> None:
    if sys.platform == "win32":
        pytest.skip("POSIX file modes")
    db = tmp_path / "new" / "sessions.sqlite3"
    assert run("--db", db, "list").code == 0
    assert db.stat().st_mode & 0o777 == 0o600


# -- errors: status 2, one translated line, the database untouched ----------------------


def _random_bytes_db(tmp_path: Path, db: Path) -> None:
    db.write_bytes(bytes(range(256)) * 8 + os.urandom(2048))


def _newer_schema_db(tmp_path: Path, db: Path) -> None:
    assert cli.main(["--db", str(db), "sample"]) == 0
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 99")  # the file stays in WAL mode, as the app wrote it
    conn.commit()
    conn.close()


def _other_program_db(tmp_path: Path, db: Path) -> None:
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('Erika')")
    conn.commit()
    conn.close()


@dataclass
class BadDatabase:
    make: Callable[[Path, Path], None]
    german: str
    english: str


BAD_DATABASES = {
    "random-bytes": BadDatabase(
        _random_bytes_db,
        "ist keine Datenbank von CDO Workshop oder ist beschädigt",
        "is not a CDO Workshop database or is damaged",
    ),
    "newer-schema": BadDatabase(
        _newer_schema_db,
        "stammt aus einer neueren Version von CDO Workshop (Schema 99",
        "was written by a newer version of CDO Workshop (schema 99",
    ),
    "other-program": BadDatabase(
        _other_program_db,
        "ist eine SQLite-Datenbank eines anderen Programms",
        "is an SQLite database of another program",
    ),
}


@pytest.mark.parametrize(
    "command",
    [["list"], ["list", "--json"], ["sample"], ["import", str(SAMPLE_FILE)]],
    ids=["list", "list-json", "sample", "import"],
)
@pytest.mark.parametrize("kind", BAD_DATABASES)
def test_unusable_database_is_refused_and_left_unchanged(
    run: Callable[..., Result], tmp_path: Path, db_path: Path, kind: str, command: list[str]
) -> None:
    bad = BAD_DATABASES[kind]
    db_path.parent.mkdir()
    bad.make(tmp_path, db_path)
    before = snapshot(db_path.parent)
    assert set(before) == {db_path.name}
    for lang, text in (("de", bad.german), ("en", bad.english)):
        result = run("--lang", lang, "--db", db_path, *command)
        line = assert_one_line_error(result.code, result.out, result.err)
        assert text in line
        assert str(db_path) in line
        assert snapshot(db_path.parent) == before  # no -wal/-shm either


def _broken_json(path: Path) -> Path:
    path.write_text('{"format": "cdo-workshop-session", "session": {', encoding="utf-8")
    return path


def _wrong_type(path: Path) -> Path:
    data = json.loads(SAMPLE_FILE.read_text(encoding="utf-8"))
    data["session"]["expectations"][0]["position"] = "high"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _empty(path: Path) -> Path:
    path.write_bytes(b"")
    return path


def _missing(path: Path) -> Path:
    return path.with_name("does-not-exist.json")


def _folder(path: Path) -> Path:
    path.mkdir()
    return path


def _not_utf8(path: Path) -> Path:
    path.write_bytes('{"format": "Müller"}'.encode("latin-1"))
    return path


def _not_a_session(path: Path) -> Path:
    path.write_text('{"hello": "world"}', encoding="utf-8")
    return path


BAD_FILES: dict[str, tuple[Callable[[Path], Path], str, str]] = {
    "broken-json": (
        _broken_json,
        "Die Datei ist kein gültiges JSON (Zeile 1",
        "The file is not valid JSON (line 1",
    ),
    "wrong-type": (
        _wrong_type,
        "Die Sitzungsdatei ist ungültig. ($.session.expectations[0].position: hat einen Wert",
        "The session file is not valid. ($.session.expectations[0].position: has the wrong type",
    ),
    "empty": (_empty, "Die Datei ist leer.", "The file is empty."),
    "missing": (_missing, "existiert nicht", "does not exist"),
    "folder": (_folder, "ist ein Ordner, keine Datei", "is a folder, not a file"),
    "not-utf8": (
        _not_utf8,
        "Die Datei ist keine Textdatei in UTF-8.",
        "The file is not a text file in UTF-8.",
    ),
    "not-a-session": (
        _not_a_session,
        "Dies ist keine Sitzungsdatei von CDO Workshop.",
        "This is not a CDO Workshop session file.",
    ),
}


@pytest.mark.parametrize("kind", BAD_FILES)
def test_bad_session_file_is_refused(
    run: Callable[..., Result], tmp_path: Path, db_path: Path, kind: str
) -> None:
    make, german, english = BAD_FILES[kind]
    assert run("--db", db_path, "sample").code == 0
    before = snapshot(db_path.parent)
    path = make(tmp_path / "bad.json")
    for lang, text in (("de", german), ("en", english)):
        result = run("--lang", lang, "--db", db_path, "import", path)
        line = assert_one_line_error(result.code, result.out, result.err)
        assert text in line
    assert snapshot(db_path.parent) == before


@pytest.mark.parametrize(
    ("args", "german", "english"),
    [
        (["frobnicate"], "Argument COMMAND: ungültige Auswahl: 'frobnicate'", "invalid choice"),
        (["--frobnicate"], "unbekannte Argumente: --frobnicate", "unrecognized arguments"),
        (["list", "--frobnicate"], "unbekannte Argumente: --frobnicate", "unrecognized arguments"),
        (["import"], "folgende Argumente fehlen: FILE", "the following arguments are required"),
        (["--db"], "Argument --db: erwartet einen Wert", "expected one argument"),
        # No abbreviations: the language is picked before parsing, "--la" would slip by.
        (["--la", "en", "list"], "ungültige Auswahl", "invalid choice"),
    ],
    ids=["command", "option", "command-option", "missing-file", "missing-value", "abbrev"],
)
def test_usage_errors(
    run: Callable[..., Result], db_path: Path, args: list[str], german: str, english: str
) -> None:
    assert run("--db", db_path, "sample").code == 0
    before = snapshot(db_path.parent)
    result = run("--db", db_path, *args)
    line = assert_one_line_error(result.code, result.out, result.err)
    assert german in line and line.endswith("(siehe cdo-workshop --help)")
    result = run("--lang", "en", "--db", db_path, *args)
    line = assert_one_line_error(result.code, result.out, result.err)
    assert english in line and line.endswith("(see cdo-workshop --help)")
    assert snapshot(db_path.parent) == before


def test_unknown_language_is_refused_in_the_default_language(
    run: Callable[..., Result],
) -> None:
    result = run("--lang", "fr", "list")
    line = assert_one_line_error(result.code, result.out, result.err)
    assert "Argument --lang: ungültige Auswahl: 'fr' (möglich: 'de', 'en')" in line


def test_last_lang_option_wins(run: Callable[..., Result]) -> None:
    assert run("--lang", "de", "--lang", "en", "--help").out.startswith("usage:")
    assert run("--lang", "en", "--lang=de", "--help").out.startswith("Aufruf:")
    assert run("--lang=de", "--lang", "en", "--help").out.startswith("usage:")


def test_unexpected_errors_are_one_line(
    run: Callable[..., Result], db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def boom(self: SessionRepository) -> None:
        raise RuntimeError("boom\nsecond line")

    monkeypatch.setattr(SessionRepository, "list", boom)
    result = run("--db", db_path, "list")
    line = assert_one_line_error(result.code, result.out, result.err)
    assert line == "cdo-workshop: Unerwarteter Fehler: RuntimeError: boom second line"
    # CDO_WORKSHOP_DEBUG shows the traceback instead.
    monkeypatch.setenv("CDO_WORKSHOP_DEBUG", "1")
    with pytest.raises(RuntimeError, match="boom"):
        cli.main(["--db", str(db_path), "list"])


# -- the real entry point ---------------------------------------------------------------


def test_entry_point_help_version_and_language(hermetic_home: Path) -> None:
    result = run_script("--help")
    assert result.returncode == 0
    assert result.stdout.startswith("Aufruf: cdo-workshop")
    assert "Befehle" in result.stdout
    english = run_script("--lang", "en", "--help")
    assert english.returncode == 0 and english.stdout.startswith("usage: cdo-workshop")
    assert "commands" in english.stdout
    version = run_script("--version")
    assert (version.returncode, version.stdout) == (0, f"cdo-workshop {__version__}\n")

    # A language chosen in the app (QSettings) applies to the CLI; --lang beats it.
    ini = hermetic_home / "config" / "cdo-workshop" / "cdo-workshop.ini"
    ini.parent.mkdir(parents=True)
    ini.write_text("[General]\nlanguage=en\n", encoding="utf-8")
    assert run_script("--help").stdout.startswith("usage:")
    assert run_script("--lang", "de", "--help").stdout.startswith("Aufruf:")


def test_python_m_cdo_workshop(tmp_path: Path) -> None:
    db = tmp_path / "m.sqlite3"
    result = subprocess.run(
        [sys.executable, "-m", "cdo_workshop", "--db", str(db), "sample"],
        env=clean_env(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert session_ids(db) == [result.stdout.strip()]


def test_entry_point_round_trip_and_errors(tmp_path: Path, db_path: Path) -> None:
    sample = run_script("--db", db_path, "sample")
    assert (sample.returncode, sample.stderr) == (0, "")
    session_id = sample.stdout.strip()
    out = tmp_path / "out.json"
    assert run_script("--db", db_path, "export-json", session_id[:8], out).returncode == 0
    listing = run_script("--db", db_path, "list")
    assert "Musterstadt" in listing.stdout and "9/9" in listing.stdout
    # The process closed the database: no -wal/-shm left behind.
    assert set(snapshot(db_path.parent)) == {db_path.name}

    before = snapshot(db_path.parent)
    broken = _broken_json(tmp_path / "broken.json")
    for lang, text in (("de", "kein gültiges JSON"), ("en", "not valid JSON")):
        result = run_script("--lang", lang, "--db", db_path, "import", broken)
        assert text in assert_one_line_error(result.returncode, result.stdout, result.stderr)
    assert snapshot(db_path.parent) == before


def test_entry_point_corrupt_database(tmp_path: Path) -> None:
    db = tmp_path / "corrupt" / "sessions.sqlite3"
    db.parent.mkdir()
    _random_bytes_db(tmp_path, db)
    before = snapshot(db.parent)
    for lang, command, text in (("de", "list", "beschädigt"), ("en", "sample", "damaged")):
        result = run_script("--lang", lang, "--db", db, command)
        assert text in assert_one_line_error(result.returncode, result.stdout, result.stderr)
    assert snapshot(db.parent) == before


def test_entry_point_usage_error() -> None:
    result = run_script("--frobnicate")
    line = assert_one_line_error(result.returncode, result.stdout, result.stderr)
    assert "unbekannte Argumente" in line


# -- the GUI ------------------------------------------------------------------------------


@pytest.mark.skipif(sys.platform != "linux", reason="only Linux needs a display server")
@pytest.mark.parametrize(
    ("lang", "text"), [(None, "Kein Bildschirm gefunden"), ("en", "No display found")]
)
def test_gui_without_display_explains_xvfb(tmp_path: Path, lang: str | None, text: str) -> None:
    env = clean_env()
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(name, None)
    db = tmp_path / "gui.sqlite3"
    args = ["--db", str(db)] + (["--lang", lang] if lang else [])
    result = run_script(*args, env=env)
    line = assert_one_line_error(result.returncode, result.stdout, result.stderr)
    assert text in line
    assert "xvfb-run" in line
    assert not db.exists()


def test_exit_when_ready_offscreen(tmp_path: Path) -> None:
    db = tmp_path / "gui" / "sessions.sqlite3"
    result = run_script("--db", db, "--exit-when-ready")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    match = re.fullmatch(
        r"window shown after (\d+\.\d{3}) s, ready after (\d+\.\d{3}) s"
        r" \(clock (\d+\.\d{4}) (\d+\.\d{4})\)\n",
        result.stdout,
    )
    assert match, result.stdout
    shown, ready, shown_at, ready_at = map(float, match.groups())
    assert 0 < shown <= ready < 60
    # The clock's readings are the same moments (the benchmark measures from the spawn).
    assert abs((ready_at - shown_at) - (ready - shown)) < 0.002
    assert db.is_file()  # "ready" means the database was opened


def test_the_database_itself_is_never_imported_or_overwritten(
    run: Callable[..., Result], db_path: Path
) -> None:
    session_id = run("--db", db_path, "sample").out.strip()
    before = db_path.read_bytes()
    result = run("--db", db_path, "import", db_path)
    assert result.code == 2 and "Datenbank" in result.err and "\n" not in result.err.strip()
    result = run("--db", db_path, "export-json", session_id[:8], db_path)
    assert result.code == 2 and "Datenbank" in result.err
    assert db_path.read_bytes() == before and session_ids(db_path) == [session_id]


def test_list_names_a_damaged_session_and_lists_the_others(
    run: Callable[..., Result], db_path: Path
) -> None:
    good = run("--db", db_path, "sample").out.strip()
    bad = run("--db", db_path, "sample").out.strip()
    repo = SessionRepository.open(db_path)
    repo.db.execute("UPDATE sessions SET updated_at = 'yesterday' WHERE id = ?", [bad])
    repo.db.conn.commit()
    repo.close()
    result = run("--db", db_path, "list")
    assert result.code == 0 and good in result.out and bad in result.out
    assert "beschädigt" in result.out and bad in result.err
    rows = {r["id"]: r for r in json.loads(run("--db", db_path, "list", "--json").out)}
    assert rows[good]["problem"] is None and "yesterday" in rows[bad]["problem"]
    assert run("--db", db_path, "export-json", good[:8], db_path.with_name("ok.json")).code == 0


def test_finalize_and_reopen(run: Callable[..., Result], db_path: Path) -> None:
    """The life cycle from the command line: reopening voids the signature."""
    from cdo_workshop.domain import lifecycle
    from cdo_workshop.storage.repository import SessionRepository

    session_id = run("--db", db_path, "sample").out.strip()  # Musterstadt: final, one signed
    result = run("--lang", "en", "--db", db_path, "reopen", session_id[:8])
    assert (result.code, result.out) == (0, f"{session_id}: draft (signatures void)\n")
    repo = SessionRepository.open(db_path)
    session = repo.load(session_id)
    repo.close()
    signer = next(s for s in session.agreement.signatories if s.strokes)
    assert lifecycle.signature_state(session, signer) == "void"
    result = run("--db", db_path, "finalize", session_id)
    assert (result.code, result.out) == (0, f"{session_id}: endgültig, zur Unterschrift\n")
    repo = SessionRepository.open(db_path)
    session = repo.load(session_id)
    repo.close()
    assert session.agreement.final_fingerprint == lifecycle.signing_fingerprint(session)
    assert lifecycle.signature_state(session, signer) == "void"  # given before the reopen


def test_the_window_starts_without_the_commands_parsers():
    """Options alone start the window: the commands' parsers (13 ms) are not built then;
    a command, a positional argument (a mistyped command) or --help needs them."""
    assert not cli._needs_commands([])
    assert not cli._needs_commands(["--db", "list", "--lang", "en", "--exit-when-ready"])
    assert not cli._needs_commands(["--db=x.sqlite3", "--lang=de", "--self-test"])
    for argv in (["list"], ["--help"], ["-h"], ["--db", "x.sqlite3", "lsit"], ["-"], ["--"]):
        assert cli._needs_commands(argv), argv


@pytest.mark.parametrize(
    "argv",
    [
        ["--bogus"],
        ["--lang", "xx"],
        ["--lang=xx"],
        ["--db"],
        ["--json"],
        ["--exit-when-ready", "-x"],
        ["-"],
        ["-1"],
        ["--db", "x", "-1"],
        ["--", "--db", "x"],
    ],
)
def test_errors_read_the_same_as_with_the_commands(argv, capsys):
    """Whatever argv takes the parser without commands, or not, fails as the full one."""
    from cdo_workshop.i18n import Translator

    say = cli.Say(Translator("de"))
    messages = []
    for commands in (True, cli._needs_commands(argv)):
        with pytest.raises(SystemExit) as exit_info:
            cli.build_parser(say, commands).parse_args(argv)
        assert exit_info.value.code == 2
        messages.append(capsys.readouterr().err)
    assert messages[0] == messages[1] != ""

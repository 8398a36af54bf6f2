"""The three documents for HR and the council as files, through the command line: read back
with python-docx and odfdo (headings, the Arbeitsvorgänge with 100 %, the Land's terms, the
language) and opened and printed by LibreOffice."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import docx
import odfdo
import pytest

pytestmark = pytest.mark.usefixtures("german_cli")
KINDS = ("stellenbeschreibung", "ausschreibung", "beschlussvorlage")


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[tuple[str, str, str], Path]:
    """Every document in both formats, German, and the job description in English too,
    written by `cdo-workshop export-doc` into one folder."""
    from cdo_workshop.cli import main

    folder = tmp_path_factory.mktemp("documents")
    db = folder / "sessions.db"
    assert main(["--db", str(db), "sample"]) == 0
    from cdo_workshop.storage.repository import SessionRepository

    repo = SessionRepository.open(db)
    try:
        (session_id,) = [s.id for s in repo.list()]
    finally:
        repo.close()
    out: dict[tuple[str, str, str], Path] = {}
    jobs = [(kind, fmt, "de") for kind in KINDS for fmt in ("docx", "odt")]
    jobs.append(("stellenbeschreibung", "docx", "en"))
    for kind, fmt, language in jobs:
        path = folder / f"{kind}-{language}.{fmt}"
        argv = ["--db", str(db), "export-doc", session_id[:8], kind, str(path)]
        assert main([*argv, "--lang", language]) == 0
        out[(kind, fmt, language)] = path
    return out


def docx_text(path: Path) -> tuple[list[tuple[str, str]], list[list[list[str]]]]:
    document = docx.Document(str(path))
    paragraphs = [(p.style.name, p.text) for p in document.paragraphs]
    tables = [[[c.text for c in row.cells] for row in t.rows] for t in document.tables]
    return paragraphs, tables


def test_the_job_description_in_word_has_its_structure_and_the_shares(files) -> None:
    paragraphs, tables = docx_text(files[("stellenbeschreibung", "docx", "de")])
    headings = [text for style, text in paragraphs if style.startswith("Heading")]
    for expected in (
        "Stellenbeschreibung",
        "Arbeitsvorgänge und Zeitanteile",
        "Befugnisse",
        "Anforderungsprofil",
    ):
        assert any(expected in h for h in headings), expected
    processes = next(t for t in tables if t[0][:2] == ["Nr.", "Arbeitsvorgang"])
    shares = [int(row[3].split()[0]) for row in processes[1:-1]]
    assert len(shares) >= 2 and sum(shares) == 100 == int(processes[-1][3].split()[0])
    text = "\n".join(t for _, t in paragraphs) + str(tables)
    assert "Gemeinderat" in text and "Bürgermeister/in" in text  # the Land's terms (BW)


def test_the_english_job_description_speaks_english(files) -> None:
    document = docx.Document(str(files[("stellenbeschreibung", "docx", "en")]))
    assert document.core_properties.language.startswith("en")
    assert any("Work processes" in p.text for p in document.paragraphs)


def test_the_council_paper_in_libreoffice_format(files) -> None:
    paper = odfdo.Document(str(files[("beschlussvorlage", "odt", "de")]))
    headings = [h.text_recursive for h in paper.body.get_headers()]
    assert any("Beschlussvorschlag" in h for h in headings)
    assert any("Finanzielle Auswirkungen" in h for h in headings)
    text = "\n".join(p.text_recursive for p in paper.body.get_paragraphs())
    assert "45.000" in text and "Gemeinderat" in text
    assert paper.body.get_lists(), "the proposed resolution is a real numbered list"


def test_the_job_advertisement_is_marked_as_a_draft(files) -> None:
    paragraphs, tables = docx_text(files[("ausschreibung", "docx", "de")])
    assert "ENTWURF für die Personalabteilung" in str(tables)  # the boxed note on top
    assert any("Ihre Aufgaben" in t for style, t in paragraphs if style.startswith("Heading"))


@pytest.fixture(scope="module")
def printed(files, tmp_path_factory) -> dict[Path, str]:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip(
            "LibreOffice is not installed (apt-get install libreoffice-writer-nogui);"
            " .ci/run installs it"
        )
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        pytest.skip(
            "pdftotext is not installed (apt-get install poppler-utils); .ci/run installs it"
        )
    folder = tmp_path_factory.mktemp("printed")
    sources = [p for (kind, fmt, lang), p in files.items() if lang == "de"]
    subprocess.run(
        [soffice, f"-env:UserInstallation={(folder / 'profile').as_uri()}", "--headless"]
        + ["--convert-to", "pdf", "--outdir", str(folder), *map(str, sources)],
        check=True,
        capture_output=True,
        timeout=180,
    )
    out = {}
    for source in sources:
        pdf = folder / f"{source.stem}.pdf"
        # the DOCX and the ODT have the same stem: LibreOffice writes one after the other
        if pdf.exists():
            out[source] = subprocess.run(
                [pdftotext, "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
            ).stdout
    return out


@pytest.mark.slow  # LibreOffice converts every document: make e2e-test (in .ci/run)
def test_libreoffice_opens_and_prints_every_document(printed) -> None:
    assert printed
    for source, text in printed.items():
        assert "Musterstadt" in text, source
        assert re.search(r"Seite \d+ von \d+", text), source
    kinds = {source.stem for source in printed}
    assert kinds == {f"{k}-de" for k in KINDS}

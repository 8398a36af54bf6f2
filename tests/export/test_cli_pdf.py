"""`cdo-workshop export-pdf`, `verify` and `import agreement.pdf` on the command line."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace

import pikepdf
import pytest
from cli_support import Result

from cdo_workshop.export.signing import local_certificate_path
from cdo_workshop.storage.repository import SessionRepository

pytestmark = pytest.mark.usefixtures("german_cli")


@pytest.fixture
def sample_id(run: Callable[..., Result], db_path: Path) -> str:
    result = run("--db", db_path, "sample")
    assert result.code == 0, result.err
    return result.out.strip()


def test_export_seals_with_a_new_local_certificate_and_verify_finds_the_session(
    run: Callable[..., Result],
    db_path: Path,
    sample_id: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    h: SimpleNamespace,
) -> None:
    monkeypatch.setenv("CDO_WORKSHOP_CERT_PASSPHRASE", "lokal-geheim")
    out = tmp_path / "vereinbarung.pdf"
    result = run("--db", db_path, "export-pdf", sample_id[:8], out, "--qes-fields")
    assert result.code == 0, result.err
    assert local_certificate_path().exists()
    assert "Dr. Lena Fößel" in result.err  # told that the certificate was created
    assert h.contains("".join(h.pages_text(out.read_bytes())), "Rollenvereinbarung Digitalisierung")
    check = run("--db", db_path, "verify", out)
    assert check.code == 0, check.err
    assert "Siegel gültig" in check.out
    assert "lokalen Siegelzertifikat" in check.out
    assert sample_id in check.out  # the fingerprint matches the saved session
    again = run("--db", db_path, "export-pdf", sample_id, tmp_path / "zwei.pdf")
    assert again.code == 0 and again.err == ""  # the certificate is reused


def test_export_in_english_unsigned(
    run: Callable[..., Result], db_path: Path, sample_id: str, tmp_path: Path, h: SimpleNamespace
) -> None:
    out = tmp_path / "agreement.pdf"
    result = run("--db", db_path, "export-pdf", sample_id, out, "--lang", "en", "--unsigned")
    assert result.code == 0, result.err
    text = "".join(h.pages_text(out.read_bytes()))
    assert "Role agreement on digitalisation" in text and "Page 1 of" in text
    unsealed = run("--db", db_path, "--lang", "en", "verify", out)
    assert unsealed.code == 1 and unsealed.err == ""
    assert unsealed.out.startswith("UNSEALED: ")


def test_export_with_a_p12_and_passphrase_variable(
    run: Callable[..., Result],
    db_path: Path,
    sample_id: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    certificate,
    h: SimpleNamespace,
) -> None:
    out = tmp_path / "a.pdf"
    monkeypatch.setenv("P12_PASS", h.PASSPHRASE.decode())
    args = ["--db", db_path, "export-pdf", sample_id, out, "--p12", certificate.path]
    result = run(*args, "--passphrase-env", "P12_PASS")
    assert result.code == 0, result.err
    assert not local_certificate_path().exists()
    assert "Erika Mustermann" in run("--db", db_path, "verify", out).out
    wrong = run(*args)  # no passphrase given
    assert wrong.code == 2 and "Passphrase" in wrong.err
    unset = run(*args, "--passphrase-env", "NOT_SET_ANYWHERE")
    assert unset.code == 2 and "NOT_SET_ANYWHERE" in unset.err


def test_export_without_passphrase_says_what_to_do(
    run: Callable[..., Result], db_path: Path, sample_id: str, tmp_path: Path
) -> None:
    result = run("--db", db_path, "export-pdf", sample_id, tmp_path / "x.pdf")
    assert result.code == 2
    assert "CDO_WORKSHOP_CERT_PASSPHRASE" in result.err and "--unsigned" in result.err
    assert not (tmp_path / "x.pdf").exists()


def test_verify_exit_codes_for_tampered_files(
    run: Callable[..., Result], sealed_de: bytes, tmp_path: Path, db_path: Path
) -> None:
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    good = tmp_path / "good.pdf"
    good.write_bytes(sealed_de)
    assert run("--db", db_path, "verify", good).code == 0
    assert not db_path.exists()  # verifying does not create a database

    i = len(sealed_de) // 3
    flipped = tmp_path / "flipped.pdf"
    flipped.write_bytes(sealed_de[:i] + bytes([sealed_de[i] ^ 0x01]) + sealed_de[i + 1 :])
    result = run("--db", db_path, "verify", flipped)
    assert result.code == 1 and "UNGÜLTIG" in result.out

    writer = IncrementalPdfFileWriter(io.BytesIO(sealed_de))
    writer.add_stream_to_page(0, writer.add_object(generic.StreamObject(stream_data=b"BT ET")))
    buffer = io.BytesIO()
    writer.write(buffer)
    changed = tmp_path / "changed.pdf"
    changed.write_bytes(buffer.getvalue())
    result = run("--db", db_path, "verify", changed)
    assert result.code == 1 and "VERÄNDERT" in result.out

    text = tmp_path / "notes.txt"
    text.write_text("kein PDF")
    result = run("verify", text)
    assert result.code == 2 and result.err.startswith("cdo-workshop: ")
    assert run("verify", tmp_path / "missing.pdf").code == 2


def test_import_restores_the_session_from_the_pdf(
    run: Callable[..., Result], sealed_de: bytes, tmp_path: Path, db_path: Path, h: SimpleNamespace
) -> None:
    path = tmp_path / "vereinbarung.pdf"
    path.write_bytes(sealed_de)
    result = run("--db", db_path, "import", path)
    assert result.code == 0, result.err
    repo = SessionRepository.open(db_path)
    try:
        restored = repo.load(result.out.strip())
    finally:
        repo.close()
    expected = h.sample_session()
    expected.facilitator_notes = ""  # facilitator-only notes are not in the PDF
    restored.progress.updated_at = expected.progress.updated_at  # set by the repository
    assert restored == h.as_attached(expected)


def test_import_of_a_pdf_without_or_with_broken_session_data(
    run: Callable[..., Result], plain_en: bytes, tmp_path: Path, db_path: Path
) -> None:
    with pikepdf.open(io.BytesIO(plain_en)) as pdf:
        del pdf.Root.AF
        del pdf.Root.Names
        stripped = io.BytesIO()
        pdf.save(stripped)
    path = tmp_path / "ohne.pdf"
    path.write_bytes(stripped.getvalue())
    result = run("--db", db_path, "import", path)
    assert result.code == 2 and "keine Sitzungsdaten" in result.err

    with pikepdf.open(io.BytesIO(plain_en)) as pdf:
        pdf.Root.AF[0].EF.F.write(b'{"format": "cdo-workshop-session", "version": 1, "session": 5}')
        broken = io.BytesIO()
        pdf.save(broken)
    path.write_bytes(broken.getvalue())
    result = run("--db", db_path, "import", path)
    assert result.code == 2 and result.err.count("\n") == 1

    path.write_bytes(b"%PDF-1.7\nnot really")
    result = run("--db", db_path, "import", path)
    assert result.code == 2 and "PDF" in result.err

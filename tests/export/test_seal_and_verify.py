"""The integrity seal: valid for pyHanko and poppler, still PDF/A, and tampering is caught."""

from __future__ import annotations

import io
import os
import re
import stat
import subprocess
from pathlib import Path
from types import SimpleNamespace

import pikepdf
import pytest
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext
from tampering import append_page_content, flip_byte_in_content_stream

from cdo_workshop.export.errors import ExportError
from cdo_workshop.export.signing import (
    create_local_certificate,
    load_sealer,
    local_certificate_path,
)
from cdo_workshop.export.verify import Verdict, verify_pdf


def sign_empty_field(pdf: bytes, certificate, h: SimpleNamespace) -> bytes:
    """An official's later signature into one of the empty fields."""
    sealer = load_sealer(certificate.p12, h.PASSPHRASE)
    out = io.BytesIO()
    signers.PdfSigner(
        signers.PdfSignatureMetadata(
            field_name="Signature1", subfilter=fields.SigSeedSubFilter.PADES
        ),
        sealer.signer,
    ).sign_pdf(IncrementalPdfFileWriter(io.BytesIO(pdf)), output=out)
    return out.getvalue()


def test_pyhanko_accepts_the_seal_over_the_whole_file(sealed_de: bytes, certificate) -> None:
    from asn1crypto import pem, x509

    reader = PdfFileReader(io.BytesIO(sealed_de))
    (seal,) = reader.embedded_signatures
    assert seal.sig_object["/SubFilter"] == "/ETSI.CAdES.detached"
    root = x509.Certificate.load(pem.unarmor(certificate.pem)[2])
    status = validate_pdf_signature(seal, ValidationContext(trust_roots=[root]))
    assert status.intact and status.valid and status.trusted
    assert status.coverage.name == "ENTIRE_FILE"
    assert status.bottom_line


def test_pdfsig_accepts_the_seal(sealed_de: bytes, h: SimpleNamespace, tmp_path: Path) -> None:
    pdfsig = h.tool("pdfsig")
    path = tmp_path / "sealed.pdf"
    path.write_bytes(sealed_de)
    result = subprocess.run([pdfsig, str(path)], capture_output=True, text=True, check=False)
    seal = result.stdout.split("Signature Field Name: IntegritySeal", 1)[1]
    assert "Signature Type: ETSI.CAdES.detached" in seal
    assert "Total document signed" in seal
    assert "Signature Validation: Signature is Valid." in seal


def test_the_seal_keeps_pdf_a_metadata_consistent(sealed_de: bytes) -> None:
    with pikepdf.open(io.BytesIO(sealed_de)) as pdf:
        meta = pdf.open_metadata()
        assert meta.pdfa_status == "3B"
        assert str(pdf.docinfo.Producer) == meta["pdf:Producer"]  # library-notes G4
        mod = str(pdf.docinfo.ModDate)
        xmp_mod = meta["xmp:ModifyDate"]
        assert mod[2:16] == re.sub(r"\D", "", xmp_mod)[:14]


def test_verify_an_intact_seal(sealed_de: bytes) -> None:
    check = verify_pdf(sealed_de, lookup=lambda digest: [("id-1", "Musterstadt")])
    assert check.verdict == Verdict.VALID and check.exit_code == 0
    assert check.sealer == "Erika Mustermann" and check.organisation == "Prüfstelle"
    assert check.self_signed and not check.trusted
    assert check.empty_fields == 3
    assert check.matches == (("id-1", "Musterstadt"),)
    assert check.signing_time is not None


def test_a_flipped_byte_makes_the_seal_invalid(sealed_de: bytes) -> None:
    check = verify_pdf(flip_byte_in_content_stream(sealed_de))
    assert check.verdict == Verdict.INVALID and check.exit_code == 1
    assert not check.intact


def test_an_incremental_update_with_page_content_counts_as_changed(sealed_de: bytes) -> None:
    check = verify_pdf(append_page_content(sealed_de))
    assert check.verdict == Verdict.CHANGED and check.exit_code == 1
    assert check.intact and check.valid  # the signed bytes themselves are untouched


def test_a_further_signature_alone_is_no_change(
    sealed_de: bytes, certificate, h: SimpleNamespace
) -> None:
    signed = sign_empty_field(sealed_de, certificate, h)
    check = verify_pdf(signed)
    assert check.verdict == Verdict.VALID
    assert check.later_signatures == 1 and check.empty_fields == 2
    # ... but content added after that signature is a change again
    assert verify_pdf(append_page_content(signed)).verdict == Verdict.CHANGED


@pytest.mark.parametrize(
    "data",
    [b"", b"hello world", b"%PDF-1.7\n garbage", b"PK\x03\x04 a zip file"],
    ids=["empty", "text", "broken-pdf", "zip"],
)
def test_unusable_input_is_an_export_error(data: bytes) -> None:
    with pytest.raises(ExportError):
        verify_pdf(data)


def test_an_unsealed_agreement_is_unsealed_not_unusable(plain_en: bytes) -> None:
    check = verify_pdf(plain_en)
    assert check.verdict == Verdict.UNSEALED and check.exit_code == 1
    assert check.fingerprint is not None  # its session is still there to compare


def test_a_pdf_of_someone_else_without_a_signature_is_unusable() -> None:
    pdf = pikepdf.new()
    pdf.add_blank_page()
    out = io.BytesIO()
    pdf.save(out)
    with pytest.raises(ExportError, match="no seal"):
        verify_pdf(out.getvalue())


def test_a_truncated_pdf_is_unusable_or_invalid(sealed_de: bytes) -> None:
    try:
        check = verify_pdf(sealed_de[: len(sealed_de) // 2])
    except ExportError:
        return
    assert check.verdict != Verdict.VALID


def test_wrong_passphrase_is_a_clear_error(certificate) -> None:
    with pytest.raises(ExportError, match="wrong passphrase"):
        load_sealer(certificate.p12, b"wrong")
    with pytest.raises(ExportError, match="cannot be read"):
        load_sealer(Path("/nonexistent/cert.p12"), b"x")


def test_local_certificate_is_private_and_needs_its_passphrase(tmp_path: Path) -> None:
    folder = tmp_path / "certs"
    path = create_local_certificate("Moderatorin Öz", b"s3cret-Passphrase", folder=folder)
    assert path == local_certificate_path(folder)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(folder).st_mode) == 0o700
    for file in folder.iterdir():
        assert b"s3cret-Passphrase" not in file.read_bytes()  # never stored
    assert load_sealer(path, b"s3cret-Passphrase").name == "Moderatorin Öz"
    with pytest.raises(ExportError):
        create_local_certificate("Again", b"x", folder=folder)  # never overwritten silently
    with pytest.raises(ExportError):
        create_local_certificate("No passphrase", b"", folder=tmp_path / "other")


def test_sealing_an_unprepared_pdf_adds_an_invisible_field(certificate, h: SimpleNamespace) -> None:
    """seal() also works on a PDF built without sealed_by (pyHanko adds the field)."""
    sealed = h.seal_with(h.build(h.sample_session(), "de"), certificate)
    assert verify_pdf(sealed).verdict == Verdict.VALID

"""Attacks on the seal: each one with the verdict and the exit code `verify` must give.

The facilitator seals with the local certificate of this computer ("Dr. Lena Fößel"); an
impostor has a self-signed certificate with the same name. Exit 1 for every damaged,
changed, resealed or unsealed agreement, never 2 ("not an agreement") and never an
unexpected error; legitimate later signatures stay valid (exit 0). pdfsig is asked where
it can judge. The tampering helpers are in tests/tampering.py.
"""

from __future__ import annotations

import copy
import subprocess
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

import pikepdf
import pytest
from cli_support import Result
from tampering import (
    add_annotation,
    append_page_content,
    deflate_bomb,
    flip_in_signature,
    move_field,
    replace_attachment,
    sign_later,
    signature_contents_span,
    strip_seal_by_rewriting,
    strip_seal_by_truncation,
    with_attachment_bomb,
)

from cdo_workshop.domain.catalog import shipped_catalog
from cdo_workshop.export.agreement import AgreementOptions, export_agreement
from cdo_workshop.export.errors import ExportError
from cdo_workshop.export.import_pdf import session_from_agreement
from cdo_workshop.export.signing import (
    LOCAL_PEM,
    Sealer,
    certificate_folder,
    load_sealer,
    self_signed_certificate,
)
from cdo_workshop.export.verify import Origin, Verdict, verify_pdf
from cdo_workshop.paths import private_data_dir

pytestmark = pytest.mark.usefixtures("german_cli")

NAME, ORGANISATION = "Dr. Lena Fößel", "Kommunalberatung Süd"
PASSPHRASE = b"facilitator-passphrase"
FLIPS = 30


@dataclass(frozen=True)
class Keys:
    local_pem: bytes
    local: Sealer
    impostor: Sealer
    stranger: Sealer  # another name altogether


def seal_agreement(h: SimpleNamespace, sealer: Sealer, session=None) -> bytes:
    return export_agreement(
        session or h.sample_session(),
        shipped_catalog(),
        "de",
        translate=h.translator("de"),
        sealer=sealer,
        options=AgreementOptions(created=h.CREATED, qes_fields=True),
    )


def seal_elsewhere(h: SimpleNamespace, sealer: Sealer, folder: Path, session=None) -> bytes:
    """Sealed on another computer: its certificate is not in this computer's store."""
    with private_data_dir(folder):
        return seal_agreement(h, sealer, session)


@pytest.fixture(scope="module")
def keys() -> Keys:
    local_p12, local_pem = self_signed_certificate(NAME, PASSPHRASE, organisation=ORGANISATION)
    impostor_p12, _ = self_signed_certificate(NAME, PASSPHRASE, organisation=ORGANISATION)
    stranger_p12, _ = self_signed_certificate("Max Fremd", PASSPHRASE)
    return Keys(
        local_pem,
        load_sealer(local_p12, PASSPHRASE),
        load_sealer(impostor_p12, PASSPHRASE),
        load_sealer(stranger_p12, PASSPHRASE),
    )


@pytest.fixture(scope="module")
def sealed(keys: Keys, h: SimpleNamespace) -> bytes:
    """The sample agreement sealed with the local certificate, with empty QES fields."""
    return seal_agreement(h, keys.local)


@pytest.fixture(autouse=True)
def store(hermetic_home: Path, keys: Keys) -> Path:
    """This test's computer: the facilitator's certificate is the local seal certificate."""
    folder = certificate_folder()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / LOCAL_PEM).write_bytes(keys.local_pem)
    return folder


@pytest.fixture
def verify_cli(run: Callable[..., Result], tmp_path: Path) -> Callable[[bytes], Result]:
    def check(data: bytes) -> Result:
        path = tmp_path / "attack.pdf"
        path.write_bytes(data)
        result = run("verify", path)
        assert "Unexpected error" not in result.err and "Unerwarteter" not in result.err
        return result

    return check


def reason(data: bytes) -> str:
    check = verify_pdf(data)
    return check.reason.render() if check.reason else ""


# -- the baseline: a seal of this computer ------------------------------------------------


def test_a_seal_made_here_is_valid_and_says_so(sealed: bytes, keys: Keys, verify_cli) -> None:
    check = verify_pdf(sealed)
    assert check.verdict == Verdict.VALID and check.origin == Origin.STORE
    assert check.local_certificate and check.certificate_sha256 == keys.local.certificate_sha256
    result = verify_cli(sealed)
    assert result.code == 0
    assert keys.local.certificate_sha256 in result.out  # the seal certificate's SHA-256


# -- shadow and overlay attacks -----------------------------------------------------------


def test_shadow_attack_a_later_signature_drawing_over_page_1(
    sealed: bytes, keys: Keys, verify_cli
) -> None:
    """pyHanko calls this form filling; the stamp covers the top of page 1 with new text."""
    attacked = sign_later(sealed, keys.stranger.signer, "Budget", box=(40, 560, 560, 820))
    check = verify_pdf(attacked)
    assert check.verdict == Verdict.CHANGED
    assert check.reason is not None
    assert check.reason.render() == "a later signature draws on page 1"
    assert check.later[0].name == "Max Fremd" and check.later[0].intact
    result = verify_cli(attacked)
    assert result.code == 1
    assert keys.stranger.certificate_sha256 in result.out  # the later signer is named


@pytest.mark.parametrize(
    ("transparent", "page", "expected"),
    [
        (False, 0, "an annotation was added on page 1"),  # opaque box with new text
        (True, 1, "an annotation was added on page 2"),  # see-through
    ],
    ids=["opaque-overlay", "transparent-overlay"],
)
def test_overlay_annotations_are_a_change(
    sealed: bytes, verify_cli, transparent: bool, page: int, expected: str
) -> None:
    attacked = add_annotation(sealed, transparent=transparent, page=page)
    assert verify_pdf(attacked).verdict == Verdict.CHANGED
    assert reason(attacked) == expected
    assert verify_cli(attacked).code == 1


def test_an_overlay_then_a_signature_over_everything_is_still_a_change(
    sealed: bytes, keys: Keys
) -> None:
    attacked = sign_later(add_annotation(sealed, transparent=False), keys.local.signer, "Later")
    check = verify_pdf(attacked)
    assert check.verdict == Verdict.CHANGED and check.later[0].intact
    assert reason(attacked) == "an annotation was added on page 1"


# -- re-seals under the facilitator's name ------------------------------------------------


def test_rebuilt_and_sealed_with_a_foreign_certificate_of_the_same_name(
    keys: Keys, h: SimpleNamespace, verify_cli, tmp_path: Path
) -> None:
    session = copy.deepcopy(h.sample_session())
    session.municipality.name = "Fälschungshausen"
    forged = seal_elsewhere(h, keys.impostor, tmp_path / "impostor", session)
    check = verify_pdf(forged)
    assert check.intact and check.valid  # the bytes are what the impostor sealed ...
    assert check.verdict == Verdict.RESEALED and check.exit_code == 1  # ... under a borrowed name
    assert check.origin == Origin.IMPERSONATION and NAME in check.known_name
    assert check.certificate_sha256 == keys.impostor.certificate_sha256
    result = verify_cli(forged)
    assert result.code == 1
    assert (
        result.out.startswith("NEU VERSIEGELT") and keys.impostor.certificate_sha256 in result.out
    )


def test_edited_after_sealing_and_sealed_again_is_changed_and_names_the_resealer(
    sealed: bytes, keys: Keys, verify_cli
) -> None:
    attacked = sign_later(append_page_content(sealed), keys.impostor.signer, "Nachsiegel")
    check = verify_pdf(attacked)
    assert check.verdict == Verdict.CHANGED
    assert reason(attacked) == "the content of page 1 changed"
    (later,) = check.later
    assert later.name == NAME and later.intact
    assert later.sha256 == keys.impostor.certificate_sha256 != keys.local.certificate_sha256
    result = verify_cli(attacked)
    assert result.code == 1 and keys.impostor.certificate_sha256 in result.out


def test_a_certificate_from_outside_the_store_is_said_prominently(
    keys: Keys, h: SimpleNamespace, verify_cli, tmp_path: Path
) -> None:
    other = seal_elsewhere(h, keys.stranger, tmp_path / "elsewhere")
    check = verify_pdf(other)
    assert check.verdict == Verdict.VALID and check.origin == Origin.FOREIGN
    lines = [line.render() for line in check.report()]
    assert lines[1].startswith("ATTENTION: the seal's certificate is not from this computer's")
    assert any(keys.stranger.certificate_sha256 in line for line in lines)
    assert verify_cli(other).code == 0  # integrity holds; who sealed is for the reader to check


def test_sealing_keeps_the_certificate_in_the_store(keys: Keys, h: SimpleNamespace) -> None:
    """A seal made with a PKCS#12 of the facilitator's is "from this computer" afterwards."""
    other = seal_agreement(h, keys.stranger)  # sealing here, in this test's data folder
    known = certificate_folder() / "known" / f"{keys.stranger.certificate_sha256}.pem"
    assert known.is_file()
    check = verify_pdf(other)
    assert check.verdict == Verdict.VALID and check.origin == Origin.STORE


# -- the attachment -----------------------------------------------------------------------


def test_swapped_attachment(sealed: bytes, h: SimpleNamespace, verify_cli) -> None:
    other = (Path(__file__).parents[2] / "resources" / "samples" / "kleinhausen.json").read_bytes()
    attacked = replace_attachment(sealed, other)
    assert verify_pdf(attacked).verdict == Verdict.CHANGED
    assert reason(attacked) == "the attached session was replaced"
    assert verify_cli(attacked).code == 1


@pytest.fixture(scope="module")
def bomb() -> bytes:
    data = deflate_bomb(1024)  # 1 GiB of zeros
    assert len(data) < 2 * 1024 * 1024
    return data


def test_a_deflate_bomb_after_the_seal_fails_fast(sealed: bytes, bomb: bytes, verify_cli) -> None:
    attacked = replace_attachment(sealed, bomb, flate=True)
    started = time.perf_counter()
    assert verify_pdf(attacked).verdict == Verdict.CHANGED
    assert reason(attacked) == "the attached session was replaced"
    assert verify_cli(attacked).code == 1
    assert time.perf_counter() - started < 10


def test_a_deflate_bomb_in_an_unsealed_agreement_is_refused_with_little_memory(
    h: SimpleNamespace, bomb: bytes, run: Callable[..., Result], db_path: Path, tmp_path: Path
) -> None:
    attacked = with_attachment_bomb(h.build(h.sample_session(), "de"), bomb)
    check = verify_pdf(attacked)
    assert check.verdict == Verdict.UNSEALED and check.fingerprint is None
    assert check.session_problem is not None and "20 MB" in check.session_problem.render()
    tracemalloc.start()
    try:
        with pytest.raises(ExportError, match="larger than 20 MB"):
            session_from_agreement(attacked)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 120 * 1024 * 1024  # the limit and one copy, not a gigabyte
    path = tmp_path / "bomb.pdf"
    path.write_bytes(attacked)
    result = run("--db", db_path, "import", path)
    assert result.code == 2 and "20 MB" in result.err and result.out == ""


# -- stripped, truncated, flipped ---------------------------------------------------------


@pytest.mark.parametrize("strip", [strip_seal_by_truncation, strip_seal_by_rewriting])
def test_a_stripped_seal_is_unsealed(sealed: bytes, verify_cli, strip) -> None:
    stripped = strip(sealed)
    check = verify_pdf(stripped)
    assert check.verdict == Verdict.UNSEALED and check.exit_code == 1
    result = verify_cli(stripped)
    assert result.code == 1 and result.out.startswith("UNVERSIEGELT")


@pytest.mark.parametrize("keep", [0.5, 0.9, 0.999], ids=["half", "most", "all-but-the-end"])
def test_a_truncated_file_is_invalid(sealed: bytes, verify_cli, keep: float) -> None:
    cut = sealed[: int(len(sealed) * keep)]
    assert verify_pdf(cut).verdict == Verdict.INVALID
    result = verify_cli(cut)
    assert result.code == 1 and result.err == ""


@pytest.mark.parametrize("position", range(FLIPS))
def test_a_flipped_byte_anywhere_in_the_signature_is_invalid(
    sealed: bytes, verify_cli, position: int
) -> None:
    flipped = flip_in_signature(sealed, position, FLIPS)
    assert flipped != sealed
    check = verify_pdf(flipped)
    assert check.verdict == Verdict.INVALID
    result = verify_cli(flipped)
    assert result.code == 1 and result.err == ""


def pdfsig_valid(pdfsig: str, data: bytes, tmp_path: Path) -> bool:
    path = tmp_path / "pdfsig.pdf"
    path.write_bytes(data)
    out = subprocess.run([pdfsig, str(path)], capture_output=True, text=True, check=False).stdout
    seal = out.split("Signature Field Name: IntegritySeal", 1)[-1]
    return "Signature Validation: Signature is Valid." in seal and "Total document" in seal


def test_pdfsig_agrees_where_it_can_judge(
    sealed: bytes, h: SimpleNamespace, tmp_path: Path
) -> None:
    """pdfsig checks the CMS signature but not the ESS certificate reference or the zero
    padding: every flip it rejects, verify rejects; it rejects most; and the cut file."""
    pdfsig = h.tool("pdfsig")
    assert pdfsig_valid(pdfsig, sealed, tmp_path)
    rejected = [
        position
        for position in range(FLIPS)
        if not pdfsig_valid(pdfsig, flip_in_signature(sealed, position, FLIPS), tmp_path)
    ]
    assert len(rejected) >= FLIPS // 2
    for position in rejected:
        assert verify_pdf(flip_in_signature(sealed, position, FLIPS)).verdict == Verdict.INVALID
    assert not pdfsig_valid(pdfsig, sealed[: len(sealed) // 2], tmp_path)


def test_the_flips_reach_the_zero_padding(sealed: bytes) -> None:
    """The last positions lie in the padding after the CMS structure, not signed by anyone."""
    start, end = signature_contents_span(sealed)
    digits = sealed[start:end]
    assert digits.rstrip(b"0") != digits  # there is padding
    last = start + (end - start) * (FLIPS - 1) // FLIPS
    assert last >= start + len(digits.rstrip(b"0"))


# -- what stays valid ---------------------------------------------------------------------


def test_a_later_invisible_signature_stays_valid(sealed: bytes, keys: Keys, verify_cli) -> None:
    signed = sign_later(sealed, keys.stranger.signer, "Zeuge")
    check = verify_pdf(signed)
    assert check.verdict == Verdict.VALID and check.later_signatures == 1
    result = verify_cli(signed)
    assert result.code == 0 and keys.stranger.certificate_sha256 in result.out
    assert "Max Fremd" in result.out


def test_signing_the_prepared_fields_stays_valid(sealed: bytes, keys: Keys, verify_cli) -> None:
    """The qualified signatures go into the empty fields on the signature page."""
    signed = sign_later(sealed, keys.stranger.signer, "Signature1")
    signed = sign_later(signed, keys.local.signer, "Signature2")
    check = verify_pdf(signed)
    assert check.verdict == Verdict.VALID and check.later_signatures == 2
    assert check.empty_fields == 1
    assert verify_cli(signed).code == 0


def test_a_prepared_field_moved_over_the_text_and_then_signed_is_a_change(
    sealed: bytes, keys: Keys, verify_cli
) -> None:
    moved = move_field(sealed, "Signature1", (0, 0, 595, 842))
    attacked = sign_later(moved, keys.stranger.signer, "Signature1")
    assert verify_pdf(attacked).verdict == Verdict.CHANGED
    assert reason(attacked) == "the form field “Signature1” was changed"
    assert verify_cli(attacked).code == 1


# -- not agreements -----------------------------------------------------------------------


def test_only_files_that_are_no_agreement_exit_2(run: Callable[..., Result], tmp_path) -> None:
    pdf = pikepdf.new()
    pdf.add_blank_page()
    path = tmp_path / "fremd.pdf"
    pdf.save(path)
    result = run("verify", path)
    assert result.code == 2 and result.err.count("\n") == 1 and result.out == ""
    text = tmp_path / "notiz.pdf"
    text.write_text("kein PDF")
    result = run("verify", text)
    assert result.code == 2 and result.err.count("\n") == 1


# -- import checks the seal first ---------------------------------------------------------


@pytest.mark.parametrize(
    "attack",
    ["swap", "shadow", "resealed", "flipped"],
)
def test_import_refuses_a_broken_changed_or_resealed_agreement(
    sealed: bytes,
    keys: Keys,
    h: SimpleNamespace,
    run: Callable[..., Result],
    db_path: Path,
    tmp_path: Path,
    attack: str,
) -> None:
    data = {
        "swap": lambda: replace_attachment(sealed, b'{"format": "cdo-workshop-session"}'),
        "shadow": lambda: sign_later(sealed, keys.stranger.signer, "B", box=(40, 560, 560, 820)),
        "resealed": lambda: seal_elsewhere(h, keys.impostor, tmp_path / "impostor"),
        "flipped": lambda: flip_in_signature(sealed, 7, FLIPS),
    }[attack]()
    path = tmp_path / "vereinbarung.pdf"
    path.write_bytes(data)
    result = run("--db", db_path, "import", path)
    assert result.code == 2 and result.out == "" and result.err.count("\n") == 1
    assert "nicht importiert" in result.err
    assert not db_path.exists() or run("--db", db_path, "list", "--json").out.strip() == "[]"


def test_import_of_a_valid_agreement_and_of_an_unsealed_one(
    sealed: bytes, run: Callable[..., Result], db_path: Path, tmp_path: Path
) -> None:
    path = tmp_path / "vereinbarung.pdf"
    path.write_bytes(sealed)
    result = run("--db", db_path, "import", path)
    assert result.code == 0 and result.err == ""  # sealed here: nothing to warn about
    path.write_bytes(strip_seal_by_truncation(sealed))
    result = run("--db", db_path, "import", path)
    assert result.code == 0 and result.out.strip()
    assert result.err.count("\n") == 1 and "kein Siegel" in result.err  # but it is said

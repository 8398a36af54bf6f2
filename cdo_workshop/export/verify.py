"""Check a sealed agreement: who sealed it, when, whether it changed since, which session.

The verdict follows pyHanko's overall picture, not `valid` alone (a flipped byte leaves the
CMS signature `valid` but the document digest broken: library-notes):

- INVALID: the seal's digest or signature does not check out (`intact` and `valid`);
- CHANGED: bytes were appended after the seal that are not only further signatures, i.e.
  the seal does not cover the whole file and pyHanko's difference analysis finds more than
  form filling (signing an empty field) or archival updates, or the last revision is not
  covered by a later intact signature;
- VALID: otherwise.

Trust is reported, not required: CDO Workshop's local certificate is self-signed and in no
trust store, so "untrusted but intact and covering the whole file" is valid, and the report
says that the seal then proves integrity, not the sealer's identity.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import logging
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from cdo_workshop.domain.messages import QT_TRANSLATE_NOOP, Message, msg
from cdo_workshop.export.errors import ExportError

C = "Verify"
Lookup = Callable[[str], Sequence[tuple[str, str]]]  # fingerprint -> [(session id, title)]


class Verdict(StrEnum):
    VALID = "valid"
    CHANGED = "changed"
    INVALID = "invalid"


@dataclass(frozen=True)
class SealCheck:
    verdict: Verdict
    sealer: str
    organisation: str
    signing_time: datetime | None
    intact: bool
    valid: bool
    trusted: bool
    self_signed: bool
    local_certificate: bool  # sealed with this computer's local seal certificate
    coverage: str
    modification: str | None
    later_signatures: int
    empty_fields: int  # unsigned signature fields left for qualified signatures
    fingerprint: str | None  # of the embedded session, None if the PDF carries none
    matches: tuple[tuple[str, str], ...]  # saved sessions with that fingerprint

    @property
    def exit_code(self) -> int:
        return 0 if self.verdict == Verdict.VALID else 1

    def report(self) -> list[Message]:
        """The result as translatable lines, most important first."""
        lines = [_verdict_line(self)]
        sealer = f"{self.sealer}, {self.organisation}" if self.organisation else self.sealer
        lines.append(msg(C, QT_TRANSLATE_NOOP("Verify", "Sealed by: {name}"), name=sealer))
        if self.signing_time is not None:
            when = self.signing_time.astimezone().strftime("%Y-%m-%d %H:%M:%S %z")
            lines.append(
                msg(
                    C,
                    QT_TRANSLATE_NOOP(
                        "Verify", "Sealed at: {time} (as the sealing computer's clock said)"
                    ),
                    time=when,
                )
            )
        lines.append(_trust_line(self))
        if self.local_certificate:
            lines.append(
                msg(
                    C,
                    QT_TRANSLATE_NOOP(
                        "Verify", "The seal was made with this computer's local seal certificate."
                    ),
                )
            )
        if self.empty_fields:
            lines.append(
                msg(
                    C,
                    QT_TRANSLATE_NOOP(
                        "Verify", "Empty signature fields for qualified signatures: {count}"
                    ),
                    count=self.empty_fields,
                )
            )
        lines += _session_lines(self)
        lines.append(
            msg(
                C,
                QT_TRANSLATE_NOOP(
                    "Verify",
                    "The seal is not a qualified electronic signature and does not replace the"
                    " signatories' signatures.",
                ),
            )
        )
        return lines


def _verdict_line(check: SealCheck) -> Message:
    if check.verdict == Verdict.INVALID:
        return msg(
            C,
            QT_TRANSLATE_NOOP(
                "Verify",
                "INVALID: the seal does not match the document; the file was damaged or altered.",
            ),
        )
    if check.verdict == Verdict.CHANGED:
        return msg(
            C,
            QT_TRANSLATE_NOOP("Verify", "CHANGED: the document was modified after it was sealed."),
        )
    if check.later_signatures:
        return msg(
            C,
            QT_TRANSLATE_NOOP(
                "Verify",
                "Seal valid: since sealing, only further signatures were added ({count}).",
            ),
            count=check.later_signatures,
        )
    return msg(
        C,
        QT_TRANSLATE_NOOP(
            "Verify", "Seal valid: the document has not been changed since it was sealed."
        ),
    )


def _trust_line(check: SealCheck) -> Message:
    if check.trusted:
        return msg(
            C,
            QT_TRANSLATE_NOOP(
                "Verify", "The certificate chains to a trusted root: it identifies the sealer."
            ),
        )
    if check.self_signed:
        return msg(
            C,
            QT_TRANSLATE_NOOP(
                "Verify",
                "The certificate is self-signed, not issued by a trust service: the seal proves"
                " that the document is unchanged, not who the sealer is. This is expected for"
                " a CDO Workshop local certificate.",
            ),
        )
    return msg(
        C,
        QT_TRANSLATE_NOOP(
            "Verify",
            "The certificate's issuer is not among the trusted certificates checked here: the"
            " seal proves that the document is unchanged, not who the sealer is.",
        ),
    )


def _session_lines(check: SealCheck) -> list[Message]:
    if check.fingerprint is None:
        return [msg(C, QT_TRANSLATE_NOOP("Verify", "The PDF carries no session data to compare."))]
    lines = [
        msg(
            C,
            QT_TRANSLATE_NOOP("Verify", "Content fingerprint (SHA-256): {fingerprint}"),
            fingerprint=check.fingerprint,
        )
    ]
    for session_id, title in check.matches:
        lines.append(
            msg(
                C,
                QT_TRANSLATE_NOOP("Verify", "Matches the saved session “{title}” ({id})."),
                title=title,
                id=session_id,
            )
        )
    if not check.matches:
        lines.append(
            msg(
                C,
                QT_TRANSLATE_NOOP(
                    "Verify", "No saved session on this computer has exactly this content."
                ),
            )
        )
    return lines


def fingerprint_index(sessions: Sequence[Any]) -> dict[str, list[tuple[str, str]]]:
    """fingerprint -> [(id, title)] for the given sessions (e.g. all saved ones)."""
    from cdo_workshop.domain.fingerprint import fingerprint

    index: dict[str, list[tuple[str, str]]] = {}
    for session in sessions:
        index.setdefault(fingerprint(session), []).append((session.id, session.display_title()))
    return index


def _error(text: str, **args: Any) -> ExportError:
    return ExportError(msg(C, text, **args))


@contextlib.contextmanager
def _quiet_pyhanko() -> Iterator[None]:
    """pyHanko logs a traceback at ERROR for every suspicious update; the verdict says it."""
    logger = logging.getLogger("pyhanko")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


def verify_pdf(
    data: bytes,
    *,
    lookup: Lookup | None = None,
    trusted_certificates: Sequence[bytes] = (),
    local_certificate: Path | None = None,
) -> SealCheck:
    """Check the seal of an agreement PDF. ExportError if the file is unusable or unsealed.

    `trusted_certificates` are DER or PEM certificates to trust as roots; `local_certificate`
    is the PEM of this computer's seal certificate, if any (to say "sealed here").
    """
    from cdo_workshop.export.embedded import is_pdf

    if not is_pdf(data):
        raise _error(QT_TRANSLATE_NOOP("Verify", "The file is not a PDF."))
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        signatures = sorted(reader.embedded_signatures, key=lambda s: s.signed_revision)
    except Exception:  # pyHanko raises many kinds of errors for a damaged file
        raise _error(
            QT_TRANSLATE_NOOP("Verify", "The PDF cannot be read; the file is damaged.")
        ) from None
    if not signatures:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Verify", "The PDF carries no seal or signature that could be checked."
            )
        )
    seal, later = signatures[0], signatures[1:]
    context = _validation_context(trusted_certificates)
    status = _validate(seal, context)
    later_ok = [_intact(_validate(s, context)) for s in later]
    certificate = seal.signer_cert
    verdict = _verdict(status, later, later_ok)
    fp, matches = _session_fingerprint(data, lookup)
    subject = certificate.subject.native if certificate is not None else {}
    der = certificate.dump() if certificate is not None else b""
    return SealCheck(
        verdict=verdict,
        sealer=str(subject.get("common_name", "")) or "?",
        organisation=str(subject.get("organization_name", "")),
        signing_time=getattr(status, "signer_reported_dt", None),
        intact=bool(getattr(status, "intact", False)),
        valid=bool(getattr(status, "valid", False)),
        trusted=bool(getattr(status, "trusted", False)),
        self_signed=certificate is not None and certificate.self_signed != "no",
        local_certificate=bool(der) and _is_local(der, local_certificate),
        coverage=getattr(getattr(status, "coverage", None), "name", "UNKNOWN"),
        modification=getattr(getattr(status, "modification_level", None), "name", None),
        later_signatures=len(later),
        empty_fields=_empty_fields(reader),
        fingerprint=fp,
        matches=tuple(matches),
    )


def _validation_context(trusted: Sequence[bytes]) -> Any:
    from asn1crypto import pem, x509
    from pyhanko_certvalidator import ValidationContext

    roots = []
    for blob in trusted:
        der = pem.unarmor(blob)[2] if pem.detect(blob) else blob
        roots.append(x509.Certificate.load(der))
    # Explicit roots only: no operating-system trust list and no network look-ups.
    return ValidationContext(trust_roots=roots, allow_fetching=False)


def _validate(signature: Any, context: Any) -> Any:
    from pyhanko.sign.validation import validate_pdf_signature

    with _quiet_pyhanko():
        try:
            return validate_pdf_signature(signature, context)
        except Exception:  # a mangled CMS structure: the seal cannot be valid
            return None


def _intact(status: Any) -> bool:
    return status is not None and bool(status.intact and status.valid)


def _verdict(status: Any, later: Sequence[Any], later_ok: Sequence[bool]) -> Verdict:
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    if not _intact(status):
        return Verdict.INVALID
    if status.coverage == SignatureCoverageLevel.ENTIRE_FILE:
        return Verdict.VALID
    harmless = (
        ModificationLevel.NONE,
        ModificationLevel.LTA_UPDATES,
        ModificationLevel.FORM_FILLING,
    )
    only_signatures = (
        status.coverage == SignatureCoverageLevel.ENTIRE_REVISION
        and status.modification_level in harmless
        and status.docmdp_ok is not False
        and bool(later)
        and all(later_ok)
        and later[-1].evaluate_signature_coverage() == SignatureCoverageLevel.ENTIRE_FILE
    )
    return Verdict.VALID if only_signatures else Verdict.CHANGED


def _is_local(der: bytes, local_pem: Path | None) -> bool:
    if local_pem is None:
        from cdo_workshop.export.signing import LOCAL_PEM, certificate_folder

        local_pem = certificate_folder() / LOCAL_PEM
    try:
        blob = local_pem.read_bytes()
    except OSError:
        return False
    from asn1crypto import pem

    local_der = pem.unarmor(blob)[2] if pem.detect(blob) else blob
    return hashlib.sha256(local_der).digest() == hashlib.sha256(der).digest()


def _empty_fields(reader: Any) -> int:
    try:
        form = reader.root.get("/AcroForm")
        if form is None:
            return 0
        fields = form.get_object().get("/Fields", [])
        return sum(
            1 for f in fields if f.get_object().get("/FT") == "/Sig" and "/V" not in f.get_object()
        )
    except Exception:  # a damaged form only loses this count
        return 0


def _session_fingerprint(data: bytes, lookup: Lookup | None) -> tuple[str | None, list[Any]]:
    from cdo_workshop.domain.fingerprint import fingerprint
    from cdo_workshop.domain.session_file import SessionFileError, loads
    from cdo_workshop.export.embedded import embedded_session_file

    try:
        session = loads(embedded_session_file(data))
    except (ExportError, SessionFileError):
        return None, []
    digest = fingerprint(session)
    return digest, list(lookup(digest)) if lookup else []

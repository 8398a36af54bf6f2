"""Check a sealed agreement: who sealed it, when, whether it changed since, which session.

The verdict combines pyHanko's checks with our own comparison of the sealed revision and
the file as it is (revisions.py), and where the seal's certificate comes from:

- INVALID: the seal's digest or signature does not check out (`intact` and `valid`), its
  signature data (/Contents) was altered, even in the zero padding after the CMS
  structure, its certificate cannot be read, or the file is damaged or cut short;
- CHANGED: bytes were appended after the seal that are more than further signatures:
  pyHanko finds more than form filling or archival updates, the last revision is not
  covered by an intact later signature, or the file no longer shows what was sealed
  (content, resources, annotations, attachment, actions ...; a later signature whose
  appearance draws on a page is a change). The report names every later signer;
- RESEALED: the seal is intact, but its certificate is not in this computer's certificate
  store (the local seal certificate and every certificate sealed with here,
  signing.known_certificates) while it carries the name of one that is: someone sealed a
  rebuilt file under the facilitator's name;
- UNSEALED: a CDO Workshop agreement (its session attachment, the IntegritySeal field or
  "CDO Workshop" as creator) without any seal, e.g. a seal that was stripped;
- VALID: otherwise.

`SealCheck.exit_code` is 0 for VALID and 1 for every other verdict. `verify_pdf` raises
ExportError (exit 2 on the command line) only for files that are not agreements: not a
PDF, or an unreadable or unsigned PDF without CDO Workshop's marks.

Trust is reported, not required: CDO Workshop's local certificate is self-signed and in no
trust store, so "untrusted but intact and covering the whole file" is valid, and the report
says that the seal then proves integrity, not the sealer's identity, and, for a certificate
from outside the store, to compare its SHA-256 with the one the facilitator gives.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import logging
import re
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
    RESEALED = "resealed"
    UNSEALED = "unsealed"


class Origin(StrEnum):
    """Where the seal's certificate comes from."""

    STORE = "store"  # this computer's certificate store, or chains to a trusted root
    IMPERSONATION = "impersonation"  # not in the store, but a stored certificate's name
    FOREIGN = "foreign"  # not in the store at all


@dataclass(frozen=True)
class LaterSigner:
    name: str
    organisation: str
    sha256: str  # of the signer's certificate, "" if it cannot be read
    intact: bool


@dataclass(frozen=True)
class SealCheck:
    verdict: Verdict
    sealer: str = "?"
    organisation: str = ""
    signing_time: datetime | None = None
    intact: bool = False
    valid: bool = False
    trusted: bool = False
    self_signed: bool = False
    local_certificate: bool = False  # sealed with this computer's local seal certificate
    coverage: str = "UNKNOWN"
    modification: str | None = None
    later: tuple[LaterSigner, ...] = ()
    empty_fields: int = 0  # unsigned signature fields left for qualified signatures
    fingerprint: str | None = None  # of the embedded session, None if the PDF carries none
    matches: tuple[tuple[str, str], ...] = ()  # saved sessions with that fingerprint
    reason: Message | None = None  # what changed, or why the seal is invalid
    certificate_sha256: str = ""  # of the seal's certificate
    origin: Origin | None = None
    known_name: str = ""  # for a re-seal: the name of the stored certificate it imitates
    session_problem: Message | None = None  # why the attached session cannot be read

    @property
    def exit_code(self) -> int:
        return 0 if self.verdict == Verdict.VALID else 1

    @property
    def later_signatures(self) -> int:
        return len(self.later)

    @property
    def sealed(self) -> bool:
        """A seal was found (it may still be invalid)."""
        return bool(self.certificate_sha256) or self.intact

    def report(self) -> list[Message]:
        """The result as translatable lines, most important first."""
        lines = [_verdict_line(self)]
        if self.reason is not None:
            lines.append(_reason_line(self))
        if self.verdict == Verdict.UNSEALED:
            return lines + _session_lines(self)
        if not self.sealed:
            return lines
        origin = _origin_line(self)
        if origin is not None:
            lines.append(origin)
        sealer = _name(self.sealer, self.organisation)
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
        if self.certificate_sha256:
            lines.append(
                msg(
                    C,
                    QT_TRANSLATE_NOOP("Verify", "Seal certificate SHA-256: {sha256}"),
                    sha256=self.certificate_sha256,
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
        lines += _later_lines(self)
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


def _name(name: str, organisation: str) -> str:
    return f"{name}, {organisation}" if organisation else name


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
    if check.verdict == Verdict.RESEALED:
        return msg(
            C,
            QT_TRANSLATE_NOOP(
                "Verify",
                "RESEALED: the seal's certificate carries the name “{name}” of a certificate in"
                " this computer's certificate store, but it is a different certificate: someone"
                " else sealed this file under that name. Do not rely on it.",
            ),
            name=check.known_name,
        )
    if check.verdict == Verdict.UNSEALED:
        return msg(
            C,
            QT_TRANSLATE_NOOP(
                "Verify",
                "UNSEALED: this CDO Workshop agreement carries no seal (or its seal was"
                " removed); nothing shows whether its content was changed.",
            ),
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


def _reason_line(check: SealCheck) -> Message:
    if check.verdict == Verdict.CHANGED:
        return msg(C, QT_TRANSLATE_NOOP("Verify", "What changed: {reason}."), reason=check.reason)
    return msg(C, QT_TRANSLATE_NOOP("Verify", "Why: {reason}."), reason=check.reason)


def _origin_line(check: SealCheck) -> Message | None:
    if check.origin == Origin.STORE and not check.trusted:
        return msg(
            C,
            QT_TRANSLATE_NOOP(
                "Verify",
                "The seal was made with a certificate of this computer's certificate store.",
            ),
        )
    if check.origin == Origin.FOREIGN:
        return msg(
            C,
            QT_TRANSLATE_NOOP(
                "Verify",
                "ATTENTION: the seal's certificate is not from this computer's certificate"
                " store. Compare its SHA-256 (below) with the one the facilitator gives you"
                " before you rely on who sealed it.",
            ),
        )
    return None


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


def _later_lines(check: SealCheck) -> list[Message]:
    lines = []
    for number, signer in enumerate(check.later, start=1):
        text = (
            QT_TRANSLATE_NOOP(
                "Verify", "Later signature {number}: {name}, certificate SHA-256 {sha256}; intact."
            )
            if signer.intact
            else QT_TRANSLATE_NOOP(
                "Verify",
                "Later signature {number}: {name}, certificate SHA-256 {sha256}; NOT intact.",
            )
        )
        lines.append(
            msg(
                C,
                text,
                number=number,
                name=_name(signer.name, signer.organisation),
                sha256=signer.sha256 or "?",
            )
        )
    return lines


def _session_lines(check: SealCheck) -> list[Message]:
    if check.fingerprint is None:
        if check.session_problem is not None:
            return [check.session_problem]
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


def _reason(text: str, **args: Any) -> Message:
    return msg(C, text, **args)


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


@dataclass
class _Signature:
    """One embedded signature and what was found out about it; never raises."""

    embedded: Any  # pyhanko EmbeddedPdfSignature
    status: Any = None
    certificate: Any = None
    contents_ok: bool = False
    coverage: Any = None

    @property
    def intact(self) -> bool:
        status = self.status
        return (
            self.contents_ok
            and self.certificate is not None
            and status is not None
            and bool(status.intact and status.valid)
        )

    def subject(self) -> dict[str, Any]:
        try:
            return dict(self.certificate.subject.native) if self.certificate else {}
        except Exception:  # a certificate whose name cannot be decoded
            return {}

    def sha256(self) -> str:
        try:
            return hashlib.sha256(self.certificate.dump()).hexdigest() if self.certificate else ""
        except Exception:
            return ""


def verify_pdf(
    data: bytes,
    *,
    lookup: Lookup | None = None,
    trusted_certificates: Sequence[bytes] = (),
    local_certificate: Path | None = None,
    store: Path | None = None,
) -> SealCheck:
    """Check the seal of an agreement PDF. ExportError only if the file is not an agreement.

    `trusted_certificates` are DER or PEM certificates to trust as roots; `local_certificate`
    is the PEM of this computer's seal certificate, if any (to say "sealed here"); `store`
    the certificate folder (default: `local_certificate`'s folder, else the user's).
    """
    from cdo_workshop.export.embedded import has_agreement_markers, is_pdf

    if not is_pdf(data):
        raise _error(QT_TRANSLATE_NOOP("Verify", "The file is not a PDF."))
    agreement = has_agreement_markers(data)
    signed_bytes = b"/ByteRange" in data
    damaged = _reason(QT_TRANSLATE_NOOP("Verify", "the file is damaged or incomplete"))
    if (agreement or signed_bytes) and b"%%EOF" not in data[-1024:]:
        return SealCheck(Verdict.INVALID, reason=damaged)  # cut short
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        with _quiet_pyhanko():
            reader = PdfFileReader(io.BytesIO(data), strict=False)
            fields = _signature_fields(reader)
    except Exception:  # pyHanko raises many kinds of errors for a damaged file
        if agreement or signed_bytes:
            return SealCheck(Verdict.INVALID, reason=damaged)
        raise _error(
            QT_TRANSLATE_NOOP("Verify", "The PDF cannot be read; the file is damaged.")
        ) from None
    signatures, broken = _embedded_signatures(reader, fields)
    fp, matches, problem = _session_fingerprint(data, lookup)
    if not signatures and not broken:
        if not agreement and not _is_agreement(reader):
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Verify", "The PDF carries no seal or signature that could be checked."
                )
            )
        return SealCheck(
            Verdict.UNSEALED,
            empty_fields=_empty_fields(reader),
            fingerprint=fp,
            matches=tuple(matches),
            session_problem=problem,
        )
    if not signatures:
        return SealCheck(
            Verdict.INVALID,
            reason=_reason(QT_TRANSLATE_NOOP("Verify", "the seal's signature data was altered")),
        )
    context = _validation_context(trusted_certificates)
    checked = [_examine(s, context) for s in signatures]
    seal, later = checked[0], checked[1:]
    verdict, reason = _verdict(data, seal, later, broken)
    folder = store or (local_certificate.parent if local_certificate is not None else None)
    origin, known_name, is_local = _origin(seal, folder, local_certificate)
    if verdict == Verdict.VALID and origin == Origin.IMPERSONATION:
        verdict = Verdict.RESEALED
    subject = seal.subject()
    status = seal.status
    certificate = seal.certificate
    return SealCheck(
        verdict=verdict,
        sealer=str(subject.get("common_name", "")) or "?",
        organisation=str(subject.get("organization_name", "")),
        signing_time=getattr(status, "signer_reported_dt", None),
        intact=bool(getattr(status, "intact", False)),
        valid=bool(getattr(status, "valid", False)),
        trusted=bool(getattr(status, "trusted", False)),
        self_signed=certificate is not None and _self_signed(certificate),
        local_certificate=is_local,
        coverage=getattr(seal.coverage, "name", "UNKNOWN"),
        modification=getattr(getattr(status, "modification_level", None), "name", None),
        later=tuple(_later_signer(s) for s in later),
        empty_fields=_empty_fields(reader),
        fingerprint=fp,
        matches=tuple(matches),
        reason=reason,
        certificate_sha256=seal.sha256(),
        origin=origin,
        known_name=known_name,
        session_problem=problem,
    )


def _signature_fields(reader: Any) -> list[Any]:
    from pyhanko.sign.fields import enumerate_sig_fields

    return list(enumerate_sig_fields(reader, filled_status=True))


def _embedded_signatures(reader: Any, fields: Sequence[Any]) -> tuple[list[Any], int]:
    """The signatures in signing order, and how many could not even be parsed."""
    from pyhanko.sign.fields import SigSeedSubFilter
    from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature

    subfilters = {str(s.value) for s in SigSeedSubFilter}
    found, broken = [], 0
    for fq_name, sig_obj, sig_field in fields:
        with _quiet_pyhanko():
            try:
                subfilter = sig_obj.get_object().get("/SubFilter")
                if str(subfilter) not in subfilters:
                    continue  # pyHanko ignores these too; a later revision then stays uncovered
                found.append(EmbeddedPdfSignature(reader, sig_field, fq_name))
            except Exception:  # a mangled CMS structure or signature dictionary
                broken += 1
    try:
        found.sort(key=lambda s: s.signed_revision)
    except Exception:
        return [], broken + len(found)
    return found, broken


def _examine(signature: Any, context: Any) -> _Signature:
    """Every per-signature step of pyHanko, each failure read as "not intact"."""
    from pyhanko.sign.validation import validate_pdf_signature

    result = _Signature(signature)
    with _quiet_pyhanko():
        try:
            result.contents_ok = _contents_untouched(signature.pkcs7_content)
        except Exception:
            result.contents_ok = False
        try:
            result.certificate = signature.signer_cert
        except Exception:
            result.certificate = None
        try:
            result.coverage = signature.evaluate_signature_coverage()
        except Exception:
            result.coverage = None
        try:
            result.status = validate_pdf_signature(signature, context)
        except Exception:  # SignatureValidationError, ValueError from asn1crypto ...
            result.status = None
    return result


def _contents_untouched(contents: bytes) -> bool:
    """/Contents holds one DER structure followed only by the signer's zero padding.

    /Contents itself is not signed: a changed byte in the padding leaves the CMS intact,
    but the file is not the one that was sealed (and the padding could carry data).
    """
    from asn1crypto import parser

    _, _, _, header, body, trailer = parser.parse(contents)
    used = len(header) + len(body) + len(trailer)
    return not contents[used:].strip(b"\0")


def _verdict(
    data: bytes, seal: _Signature, later: Sequence[_Signature], broken: int
) -> tuple[Verdict, Message | None]:
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    if not seal.contents_ok:
        return Verdict.INVALID, _reason(
            QT_TRANSLATE_NOOP("Verify", "the seal's signature data was altered")
        )
    if seal.certificate is None:
        return Verdict.INVALID, _reason(
            QT_TRANSLATE_NOOP("Verify", "the seal's certificate cannot be read")
        )
    if not seal.intact:
        return Verdict.INVALID, _reason(
            QT_TRANSLATE_NOOP("Verify", "the sealed bytes do not match the seal's signature")
        )
    status = seal.status
    if broken:
        return Verdict.CHANGED, _reason(
            QT_TRANSLATE_NOOP("Verify", "a later signature is damaged and cannot be read")
        )
    if status.coverage == SignatureCoverageLevel.ENTIRE_FILE and not later:
        return Verdict.VALID, None
    for signer in later:
        if not signer.intact:
            return Verdict.CHANGED, _reason(
                QT_TRANSLATE_NOOP("Verify", "the later signature by {name} is not intact"),
                name=str(signer.subject().get("common_name", "")) or "?",
            )
    end = _sealed_end(seal.embedded, len(data))
    if end is None:
        return Verdict.INVALID, _reason(
            QT_TRANSLATE_NOOP("Verify", "the sealed bytes do not match the seal's signature")
        )
    from cdo_workshop.export.revisions import changes_after_seal

    difference = changes_after_seal(data[:end], data)
    if difference is not None:
        return Verdict.CHANGED, difference
    harmless = (
        ModificationLevel.NONE,
        ModificationLevel.LTA_UPDATES,
        ModificationLevel.FORM_FILLING,
    )
    if not later or later[-1].coverage != SignatureCoverageLevel.ENTIRE_FILE:
        return Verdict.CHANGED, _reason(
            QT_TRANSLATE_NOOP(
                "Verify", "data was appended after the seal that no later signature covers"
            )
        )
    only_signatures = (
        status.coverage == SignatureCoverageLevel.ENTIRE_REVISION
        and status.modification_level in harmless
        and status.docmdp_ok is not False
    )
    if not only_signatures:
        return Verdict.CHANGED, _reason(
            QT_TRANSLATE_NOOP(
                "Verify", "the file was changed after sealing in more ways than by signatures"
            )
        )
    return Verdict.VALID, None


def _sealed_end(signature: Any, size: int) -> int | None:
    """Where the sealed revision ends: the end of the seal's /ByteRange."""
    try:
        start1, length1, start2, length2 = (int(v) for v in signature.byte_range)
    except (TypeError, ValueError):
        return None
    end = start2 + length2
    if start1 != 0 or min(length1, start2, length2) < 0 or not 0 < end <= size:
        return None
    return end


def _later_signer(signature: _Signature) -> LaterSigner:
    subject = signature.subject()
    return LaterSigner(
        name=str(subject.get("common_name", "")) or "?",
        organisation=str(subject.get("organization_name", "")),
        sha256=signature.sha256(),
        intact=signature.intact,
    )


def _self_signed(certificate: Any) -> bool:
    try:
        return bool(certificate.self_signed != "no")
    except Exception:
        return False


def _normal_name(name: str) -> str:
    return re.sub(r"\s+", " ", name).strip().casefold()


def _origin(
    seal: _Signature, folder: Path | None, local_pem: Path | None
) -> tuple[Origin, str, bool]:
    """Where the seal's certificate comes from, the stored name it imitates, and whether
    it is the local seal certificate."""
    from cdo_workshop.export.signing import known_certificates

    digest = seal.sha256()
    known = known_certificates(folder)
    is_local = bool(digest) and (
        any(k.local and k.sha256 == digest for k in known)
        or (local_pem is not None and _pem_sha256(local_pem) == digest)
    )
    if is_local or any(k.sha256 == digest for k in known):
        return Origin.STORE, "", is_local
    if bool(getattr(seal.status, "trusted", False)):
        return Origin.STORE, "", False
    name = _normal_name(str(seal.subject().get("common_name", "")))
    for k in known:  # the name is what a reader sees; the organisation may differ or not
        if name and _normal_name(k.name) == name:
            return Origin.IMPERSONATION, _name(k.name, k.organisation), False
    return Origin.FOREIGN, "", False


def _pem_sha256(path: Path) -> str:
    from cdo_workshop.export.signing import _der

    try:
        der = _der(path.read_bytes())
    except OSError:
        return ""
    return hashlib.sha256(der).hexdigest() if der else ""


def _validation_context(trusted: Sequence[bytes]) -> Any:
    from asn1crypto import pem, x509
    from pyhanko_certvalidator import ValidationContext

    roots = []
    for blob in trusted:
        der = pem.unarmor(blob)[2] if pem.detect(blob) else blob
        roots.append(x509.Certificate.load(der))
    # Explicit roots only: no operating-system trust list and no network look-ups.
    return ValidationContext(trust_roots=roots, allow_fetching=False)


def _is_agreement(reader: Any) -> bool:
    """CDO Workshop's marks in the parsed file: the seal field or the creator."""
    from cdo_workshop.export.agreement import SEAL_FIELD

    try:
        info = reader.trailer_view.get("/Info")
        info = info.get_object() if info is not None else {}
        if any("CDO Workshop" in str(info.get(k, "")) for k in ("/Creator", "/Producer")):
            return True
        form = reader.root.get("/AcroForm")
        fields = form.get_object().get("/Fields", []) if form is not None else []
        return any(str(f.get_object().get("/T", "")) == SEAL_FIELD for f in fields)
    except Exception:
        return False


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


def _session_fingerprint(
    data: bytes, lookup: Lookup | None
) -> tuple[str | None, list[Any], Message | None]:
    from cdo_workshop.domain.fingerprint import fingerprint
    from cdo_workshop.domain.session_file import SessionFileError, loads
    from cdo_workshop.export.embedded import embedded_session_file

    try:
        session = loads(embedded_session_file(data))
    except ExportError as e:
        return None, [], e.message
    except SessionFileError:
        return (
            None,
            [],
            msg(
                C,
                QT_TRANSLATE_NOOP(
                    "Verify", "The session data attached to the PDF is not a valid session file."
                ),
            ),
        )
    digest = fingerprint(session)
    return digest, list(lookup(digest)) if lookup else [], None

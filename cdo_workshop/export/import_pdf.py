"""Import a session from an agreement PDF, after checking its seal (CLI and GUI share this).

A broken, changed or resealed agreement is refused (ExportError, exit 2 on the command
line): its attachment may not be the sealed one. An agreement without a seal is imported
with a warning that nothing protects its content, and so is one sealed with a certificate
from outside this computer's certificate store (the integrity holds, who sealed is open).
A PDF that is no agreement at all gets the attachment reader's message ("no session
data", "cannot be read").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cdo_workshop.domain.messages import QT_TRANSLATE_NOOP, Message, msg
from cdo_workshop.export.errors import ExportError

C = "Export"


@dataclass(frozen=True)
class AgreementImport:
    session: Any  # domain.model.Session
    check: Any  # verify.SealCheck; None for a session file or a PDF that is no agreement
    warnings: tuple[Message, ...]


def looks_like_pdf(data: bytes) -> bool:
    """A PDF (maybe after leading junk), not a session file that mentions "%PDF-"."""
    from cdo_workshop.export.embedded import is_pdf

    start = data.lstrip()[:3]
    return is_pdf(data) and not start.startswith((b"{", b"[", b"\xef\xbb\xbf"))


def session_from_file(
    data: bytes, check: Callable[[Any], list[Any]] | None = None, *, store: Path | None = None
) -> AgreementImport:
    """A session file, or an agreement PDF through `session_from_agreement`."""
    if looks_like_pdf(data):
        return session_from_agreement(data, check, store=store)
    from cdo_workshop.domain.session_file import loads

    return AgreementImport(loads(data, check), None, ())


def session_from_agreement(
    data: bytes,
    check: Callable[[Any], list[Any]] | None = None,
    *,
    store: Path | None = None,
) -> AgreementImport:
    """The session attached to an agreement PDF whose seal holds (or that has none).

    `check` is session_file.loads' extra check (the catalog's rules); `store` the
    certificate folder for the seal check. Raises ExportError or SessionFileError.
    """
    from cdo_workshop.domain.session_file import loads
    from cdo_workshop.export.embedded import embedded_session_file
    from cdo_workshop.export.verify import Origin, Verdict, verify_pdf

    try:
        seal = verify_pdf(data, store=store)
    except ExportError:  # no agreement: say why from the attachment's point of view
        seal = None
    warnings: list[Message] = []
    if seal is None or seal.verdict == Verdict.UNSEALED:
        warnings.append(
            msg(
                C,
                QT_TRANSLATE_NOOP(
                    "Export",
                    "Warning: the agreement carries no seal; nothing protects its content"
                    " against changes. Import it only if you trust where it comes from.",
                ),
            )
        )
    elif seal.verdict != Verdict.VALID:
        report = seal.report()
        if seal.reason is None:
            refusal = msg(
                C,
                QT_TRANSLATE_NOOP("Export", "The agreement is not imported. {verdict}"),
                verdict=report[0],
            )
        else:
            refusal = msg(
                C,
                QT_TRANSLATE_NOOP("Export", "The agreement is not imported. {verdict} {detail}"),
                verdict=report[0],
                detail=report[1],
            )
        raise ExportError(refusal)
    elif seal.origin == Origin.FOREIGN:
        warnings.append(
            msg(
                C,
                QT_TRANSLATE_NOOP(
                    "Export",
                    "Warning: the seal's certificate is not from this computer's certificate"
                    " store (SHA-256 {sha256}); compare it with the one the facilitator gives"
                    " you.",
                ),
                sha256=seal.certificate_sha256,
            )
        )
    session = loads(embedded_session_file(data), check)
    return AgreementImport(session, seal, tuple(warnings))

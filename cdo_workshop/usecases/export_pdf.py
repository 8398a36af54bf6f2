"""Exporting the agreement, once for the CLI and the GUI: certificate, layout, PDF/A, seal.

The callers only differ in how they ask for what the seal needs (environment variables and
flags on the command line, dialogs in the window); both then hand a `SealRequest` here and
get an `ExportResult` back. Runs in a worker thread; nothing here touches Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cdo_workshop.domain.catalog import Catalog
from cdo_workshop.domain.lifecycle import signature_state
from cdo_workshop.domain.messages import QT_TRANSLATE_NOOP, Translate, msg, untranslated
from cdo_workshop.domain.model import Session
from cdo_workshop.export.agreement import AgreementOptions, Progress, export_agreement
from cdo_workshop.export.errors import ExportError

STAGE_CERTIFICATE = "certificate"


@dataclass(frozen=True)
class SealRequest:
    """Which certificate to seal with. `local`: this computer's own certificate;
    `create_name`: create it first, for this name."""

    path: Path
    passphrase: bytes
    local: bool = False
    create_name: str | None = None

    @classmethod
    def local_certificate(cls, passphrase: bytes, create_for: str) -> SealRequest:
        """The local certificate, created for `create_for` if this computer has none yet."""
        from cdo_workshop.export import signing

        path = signing.local_certificate_path()
        exists = signing.local_certificate_exists()
        return cls(path, passphrase, local=True, create_name=None if exists else create_for)


@dataclass(frozen=True)
class ExportResult:
    pdf: bytes
    session_id: str
    language: str
    sealed_by: str | None
    local_certificate: bool
    created_certificate: Path | None  # the local certificate made for this export
    signed_on_screen: int  # signatures that count (given for this content)
    signatories: int


def export_pdf(
    session: Session,
    catalog: Catalog,
    language: str,
    *,
    translate: Translate = untranslated,
    options: AgreementOptions | None = None,
    seal: SealRequest | None = None,
    database: Path | None = None,
    progress: Progress | None = None,
) -> ExportResult:
    """The whole export. `database`: the session database, which is never a certificate."""
    report = progress or (lambda fraction, stage: None)
    sealer, created = None, None
    if seal is not None:
        from cdo_workshop.export import signing

        report(0.0, STAGE_CERTIFICATE)
        _not_the_database(seal.path, database)
        if seal.create_name is not None:
            created = signing.create_local_certificate(seal.create_name, seal.passphrase)
        sealer = signing.load_sealer(seal.path, seal.passphrase)
    pdf = export_agreement(
        session,
        catalog,
        language,
        translate=translate,
        sealer=sealer,
        options=options,
        progress=report,
    )
    signatories = session.agreement.signatories
    return ExportResult(
        pdf=pdf,
        session_id=session.id,
        language=language,
        sealed_by=sealer.name if sealer else None,
        local_certificate=bool(seal and seal.local),
        created_certificate=created,
        signed_on_screen=sum(1 for s in signatories if signature_state(session, s) == "valid"),
        signatories=len(signatories),
    )


def _not_the_database(path: Path, database: Path | None) -> None:
    if database is None:
        return
    from cdo_workshop.storage.files import is_database_file

    if is_database_file(path, database):
        raise ExportError(
            msg(
                "Export",
                QT_TRANSLATE_NOOP(
                    "Export", "{path} is the session database, not a certificate (PKCS#12)."
                ),
                path=str(path),
            )
        )

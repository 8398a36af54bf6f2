"""The integrity seal: a PAdES baseline B-B signature (ETSI.CAdES.detached) over the whole file.

The facilitator seals with a PKCS#12 file of their own or with a local self-signed
certificate that the app creates on request in the user data folder. Its key is encrypted
with a passphrase the app never stores; the public certificate lies next to it so that
`verify` can say "sealed on this computer".

Every certificate sealed with is kept (public part only) in the certificate store,
`certificate_folder()/known/<sha256>.pem`, written when sealing; a replaced local
certificate goes there too. `verify` tells a seal made with one of them from a seal by a
stranger, and a stranger who borrowed a known sealer's name (a re-seal) from both.

The seal is an invisible signature field (no stamp, so no font trouble: library-notes G2). It
proves integrity (who sealed only with a trust service's certificate); it is not a qualified
signature, and the document says so.
pyHanko is imported on first use (it costs about 0.3 s).
"""

from __future__ import annotations

import hashlib
import io
import os
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from cdo_workshop.domain.messages import QT_TRANSLATE_NOOP, msg
from cdo_workshop.export.agreement import SEAL_FIELD
from cdo_workshop.export.errors import ExportError

C = "Export"
PASSPHRASE_ENV = "CDO_WORKSHOP_CERT_PASSPHRASE"
LOCAL_P12 = "seal-certificate.p12"
LOCAL_PEM = "seal-certificate.pem"
KNOWN = "known"  # the store of certificates sealed with on this computer
VALID_DAYS = 5 * 365
MAX_KNOWN = 1000  # certificates read from the store
MAX_PEM_BYTES = 64 * 1024


@dataclass(frozen=True)
class Sealer:
    """A loaded signing key and certificate; `name` is the certificate's subject name."""

    name: str
    organisation: str
    certificate_sha256: str
    signer: Any  # pyhanko.sign.signers.SimpleSigner
    certificate_pem: bytes = b""  # kept in the certificate store when sealing


@dataclass(frozen=True)
class KnownCertificate:
    """A certificate of this computer's store: the local one or one sealed with."""

    sha256: str
    name: str  # subject common name
    organisation: str
    local: bool  # this computer's local seal certificate


def producer() -> str:
    """pyHanko's vendor string: Info /Producer must equal it before sealing (library-notes G4)."""
    from pyhanko.pdf_utils.metadata.model import VENDOR

    return str(VENDOR)


def certificate_folder() -> Path:
    from cdo_workshop.paths import data_dir

    return data_dir() / "certificates"


def local_certificate_path(folder: Path | None = None) -> Path:
    return (folder or certificate_folder()) / LOCAL_P12


def local_certificate_exists(folder: Path | None = None) -> bool:
    return local_certificate_path(folder).is_file()


def create_local_certificate(
    name: str,
    passphrase: bytes,
    *,
    organisation: str = "",
    folder: Path | None = None,
    overwrite: bool = False,
) -> Path:
    """Create the self-signed seal certificate (ECDSA P-256, five years); returns the .p12."""
    if not passphrase:
        raise ExportError(
            msg(C, QT_TRANSLATE_NOOP("Export", "The certificate needs a passphrase."))
        )
    p12, pem = self_signed_certificate(name, passphrase, organisation=organisation)
    folder = folder or certificate_folder()
    path = local_certificate_path(folder)
    if path.exists() and not overwrite:
        raise ExportError(
            msg(
                C,
                QT_TRANSLATE_NOOP("Export", "A local seal certificate already exists: {path}"),
                path=str(path),
            )
        )
    folder.mkdir(parents=True, exist_ok=True)
    os.chmod(folder, 0o700)
    old_pem = folder / LOCAL_PEM
    if old_pem.is_file():  # a file sealed with the old certificate stays "from this computer"
        remember_certificate(old_pem.read_bytes(), folder)
    _write_private(path, p12)
    _write_private(folder / LOCAL_PEM, pem)
    return path


def _write_private(path: Path, data: bytes) -> None:
    from cdo_workshop.storage.files import write_atomically

    write_atomically(path, data)
    os.chmod(path, 0o600)


def self_signed_certificate(
    name: str, passphrase: bytes, *, organisation: str = "", days: int = VALID_DAYS
) -> tuple[bytes, bytes]:
    """A PKCS#12 (key encrypted with `passphrase`) and the certificate as PEM."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    # ECDSA P-256: as strong as RSA-3072, and its key loads in microseconds; pyHanko reloads
    # the key for every signature, and an RSA key's validation on load costs ~0.15 s each.
    key = ec.generate_private_key(ec.SECP256R1())
    attributes = [x509.NameAttribute(NameOID.COMMON_NAME, name.strip()[:64] or "CDO Workshop")]
    if organisation.strip():
        attributes.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation.strip()[:64]))
    subject = x509.Name(attributes)
    start = datetime.now(UTC) - timedelta(minutes=5)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    p12 = pkcs12.serialize_key_and_certificates(
        b"cdo-workshop-seal",
        key,
        certificate,
        None,
        serialization.BestAvailableEncryption(passphrase),
    )
    return p12, certificate.public_bytes(serialization.Encoding.PEM)


def load_sealer(p12: Path | bytes, passphrase: bytes) -> Sealer:
    """Load a PKCS#12 file; a wrong passphrase or a broken file raises ExportError."""
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    if isinstance(p12, Path):
        try:
            data = p12.read_bytes()
        except OSError as e:
            raise ExportError(
                msg(
                    C,
                    QT_TRANSLATE_NOOP(
                        "Export", "The certificate file {path} cannot be read: {detail}"
                    ),
                    path=str(p12),
                    detail=e.strerror or str(e),
                )
            ) from None
    else:
        data = p12
    try:
        key, certificate, extra = pkcs12.load_key_and_certificates(data, passphrase or None)
    except ValueError:
        raise ExportError(
            msg(
                C,
                QT_TRANSLATE_NOOP(
                    "Export",
                    "The certificate cannot be opened: wrong passphrase or not a PKCS#12 file.",
                ),
            )
        ) from None
    if key is None or certificate is None:
        raise ExportError(
            msg(
                C,
                QT_TRANSLATE_NOOP(
                    "Export", "The PKCS#12 file holds no private key with its certificate."
                ),
            )
        )
    from pyhanko.sign import signers

    try:
        signer = signers.SimpleSigner.load_pkcs12_data(data, [], passphrase=passphrase or None)
    except Exception:  # pyHanko reports a key type it cannot sign with as a generic error
        signer = None
    if signer is None:
        raise ExportError(
            msg(C, QT_TRANSLATE_NOOP("Export", "This certificate cannot be used for sealing."))
        )

    def attribute(oid: Any) -> str:
        values = certificate.subject.get_attributes_for_oid(oid)
        return str(values[0].value) if values else ""

    from cryptography.hazmat.primitives import serialization

    der = certificate.public_bytes(serialization.Encoding.DER)
    return Sealer(
        name=attribute(NameOID.COMMON_NAME) or certificate.subject.rfc4514_string(),
        organisation=attribute(NameOID.ORGANIZATION_NAME),
        certificate_sha256=hashlib.sha256(der).hexdigest(),
        signer=signer,
        certificate_pem=certificate.public_bytes(serialization.Encoding.PEM),
    )


def remember_certificate(pem: bytes, folder: Path | None = None) -> None:
    """Keep a certificate sealed with in the store (`known/<sha256>.pem`), if not there."""
    der = _der(pem)
    if der is None:
        return
    known = (folder or certificate_folder()) / KNOWN
    path = known / f"{hashlib.sha256(der).hexdigest()}.pem"
    if path.is_file():
        return
    known.mkdir(parents=True, exist_ok=True)
    os.chmod(known.parent, 0o700)
    from cdo_workshop.storage.files import write_atomically

    write_atomically(path, pem)


def known_certificates(folder: Path | None = None) -> list[KnownCertificate]:
    """The store: the local seal certificate and every certificate sealed with here."""
    from asn1crypto import x509

    folder = folder or certificate_folder()
    local = folder / LOCAL_PEM
    paths = [local]
    try:
        paths += sorted((folder / KNOWN).glob("*.pem"))[:MAX_KNOWN]
    except OSError:
        pass
    found: dict[str, KnownCertificate] = {}
    for path in paths:
        try:
            if path.stat().st_size > MAX_PEM_BYTES:
                continue
            der = _der(path.read_bytes())
            if der is None:
                continue
            subject = x509.Certificate.load(der).subject.native
        except (OSError, ValueError, TypeError):  # a damaged file is no certificate
            continue
        digest = hashlib.sha256(der).hexdigest()
        previous = found.get(digest)
        found[digest] = KnownCertificate(
            sha256=digest,
            name=str(subject.get("common_name", "")),
            organisation=str(subject.get("organization_name", "")),
            local=path == local or (previous is not None and previous.local),
        )
    return list(found.values())


def _der(blob: bytes) -> bytes | None:
    from asn1crypto import pem

    try:
        der: bytes = pem.unarmor(blob)[2] if pem.detect(blob) else blob
    except ValueError:
        return None
    return der or None


def seal(
    pdf: bytes,
    sealer: Sealer,
    *,
    when: datetime | None = None,
    reason: str = "",
    location: str = "",
) -> bytes:
    """Append the PAdES seal as an incremental update covering the whole file."""
    from pyhanko.sign import fields, signers

    from cdo_workshop.export.pdfa import incremental_writer

    writer = incremental_writer(pdf)  # stays PDF 1.7 (PDF/A-3)
    # One timestamp for Info /ModDate and XMP ModifyDate, so they always agree (PDF/A).
    moment = (when or datetime.now(UTC)).replace(microsecond=0)
    writer.document_meta.last_modified = moment
    metadata = signers.PdfSignatureMetadata(
        field_name=SEAL_FIELD,
        subfilter=fields.SigSeedSubFilter.PADES,
        md_algorithm="sha256",
        reason=reason or None,
        location=location or None,
        name=sealer.name,
    )
    output = io.BytesIO()
    # The field exists when build_agreement prepared it (with an appearance for PDF/A);
    # otherwise pyHanko adds an invisible one.
    spec = None if _has_field(writer, SEAL_FIELD) else fields.SigFieldSpec(SEAL_FIELD)
    signers.PdfSigner(metadata, sealer.signer, new_field_spec=spec).sign_pdf(writer, output=output)
    if sealer.certificate_pem:
        try:
            remember_certificate(sealer.certificate_pem)
        except OSError:  # the seal stands; verify then says "not from this computer's store"
            pass
    return output.getvalue()


def _has_field(writer: Any, name: str) -> bool:
    form = writer.root.get("/AcroForm")
    if form is None:
        return False
    return any(f.get_object().get("/T") == name for f in form.get_object().get("/Fields", []))

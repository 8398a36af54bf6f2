"""Fixtures for the PDF export tests: one test certificate and the documents, built once.

Building, sealing and reading back a 12-page agreement takes about a second, so the
documents every test reads are session-scoped; tests that change a PDF work on copies.
External tools (pdffonts, pdfsig, Java with PDFBox Preflight) are optional here and the
tests that need them skip with the reason; .ci/run installs them.
"""

from __future__ import annotations

import copy
import functools
import io
import re
import shutil
import subprocess
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from types import SimpleNamespace

import pytest

from cdo_workshop.domain.catalog import Catalog, shipped_catalog
from cdo_workshop.domain.messages import Translate
from cdo_workshop.domain.model import (
    Goal,
    Measure,
    Participant,
    Session,
    Signatory,
    StakeholderGroup,
)
from cdo_workshop.domain.session_file import loads
from cdo_workshop.paths import resource_path

PASSPHRASE = b"test-passphrase"
CREATED = datetime(2026, 11, 28, 10, 0, tzinfo=UTC)
JARS = (
    "preflight",
    "pdfbox2",
    "xmpbox",
    "fontbox2",
    "commons-logging",
    "javax.activation",
    "jaxb-api",
)
JAVA_DIR = Path("/usr/share/java")


@functools.cache
def sample_session() -> Session:
    return loads(resource_path("samples", "musterstadt.json").read_bytes())


@pytest.fixture
def sample() -> Session:
    return copy.deepcopy(sample_session())


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return shipped_catalog()


@functools.cache
def translator(language: str) -> Translate:
    from cdo_workshop.i18n import Translator

    return Translator(language).translate


def unicode_session() -> Session:
    """Letters from several scripts, markup characters and a euro sign in typed fields."""
    s = copy.deepcopy(sample_session())
    s.municipality.name = "Łódź & <b>Grüße</b>"
    s.title = "Zusammenarbeit Łódź–İstanbul"
    s.place = "Rathaus, Saal „Ölmühle“ &amp; Foyer"
    s.participants.append(
        Participant(
            name="İsmail Çağlar Şahin", function="Grüße & <b> · 5 €", group=StakeholderGroup.OTHER
        )
    )
    s.goals.insert(0, Goal(text="Grüße & <b>fett</b> &amp; 1.000 € für Łódź und İstanbul"))
    s.measures.append(Measure(what="Straße ß ÄÖÜ äöü – Zażółć gęślą jaźń", owner="Ğülşen Öztürk"))
    s.agreement.signatories.append(
        Signatory(name="Żaneta Wąsik", function="Beigeordnete <i>", group=StakeholderGroup.OTHER)
    )
    return s


def big_session() -> Session:
    """Long lists and long texts: tables must split across pages and repeat headers."""
    s = copy.deepcopy(sample_session())
    s.participants = [
        Participant(
            name=f"Teilnehmerin Nummer {i} mit einem sehr langen Doppelnamen-Bindestrichnamen",
            function="Sachgebietsleitung " * 5,
            group=StakeholderGroup.DEPARTMENTS,
        )
        for i in range(70)
    ]
    s.goals.append(Goal(text=("Ein sehr langes Ziel ohne Ende. " * 600).strip()))
    s.goals.append(Goal(text="Wort" * 60))  # one word wider than the column
    s.measures = [
        Measure(what=f"Maßnahme {i}", owner="Amt", due=date(2027, 1, i % 28 + 1)) for i in range(80)
    ]
    s.agreement.signatories = [
        Signatory(name=f"Person {i} " + "Langname" * 8, function="Funktion " * 6) for i in range(9)
    ]
    return s


def build(session: Session, language: str = "de", **options: object) -> bytes:
    from cdo_workshop.export.agreement import AgreementOptions, build_agreement

    return build_agreement(
        session,
        shipped_catalog(),
        language,
        translate=translator(language),
        options=AgreementOptions(created=CREATED, **options),  # type: ignore[arg-type]
    )


@dataclass(frozen=True)
class Certificate:
    p12: bytes
    pem: bytes
    path: Path


@pytest.fixture(scope="session")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> Certificate:
    """A self-signed test certificate, made once per test session (RSA key generation)."""
    from cdo_workshop.export.signing import self_signed_certificate

    p12, pem = self_signed_certificate("Erika Mustermann", PASSPHRASE, organisation="Prüfstelle")
    path = tmp_path_factory.mktemp("certificate") / "test.p12"
    path.write_bytes(p12)
    return Certificate(p12, pem, path)


def seal_with(pdf: bytes, certificate: Certificate) -> bytes:
    from cdo_workshop.export.signing import load_sealer, seal

    return seal(pdf, load_sealer(certificate.p12, PASSPHRASE), when=CREATED)


@pytest.fixture(scope="session")
def sealed_de(certificate: Certificate) -> bytes:
    """The Musterstadt agreement in German, sealed, with QES fields and a witness box."""
    from cdo_workshop.export.agreement import AgreementOptions, export_agreement
    from cdo_workshop.export.signing import load_sealer

    return export_agreement(
        sample_session(),
        shipped_catalog(),
        "de",
        translate=translator("de"),
        sealer=load_sealer(certificate.p12, PASSPHRASE),
        options=AgreementOptions(created=CREATED, qes_fields=True, witness=True),
    )


@pytest.fixture(scope="session")
def plain_en() -> bytes:
    return build(sample_session(), "en")


@pytest.fixture(scope="session")
def unicode_de() -> bytes:
    return build(unicode_session(), "de")


def pages_text(pdf: bytes) -> list[str]:
    from pypdf import PdfReader

    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]


def squash(text: str) -> str:
    """Text without whitespace and hyphens: line breaks and hyphenation do not matter."""
    text = unicodedata.normalize("NFC", text)
    return re.sub(r"[\s\-\u00ad]+", "", text)


def contains(haystack: str, needle: str) -> bool:
    return squash(needle) in squash(haystack)


def tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (apt-get install poppler-utils); .ci/run installs it")
    return path


def as_attached(session: Session) -> Session:
    """The session as the PDF carries it: each drawn signature as its digest only, the
    votes as levels without names."""
    from cdo_workshop.domain.codec import encode
    from cdo_workshop.domain.fingerprint import strokes_digest

    session = copy.deepcopy(session)
    for s in session.agreement.signatories:
        s.strokes_sha256, s.strokes = strokes_digest(encode(s.strokes)), []
    for area in session.decision_areas:
        area.anonymous_votes, area.votes = sorted(area.votes.values()), {}
    return session


@pytest.fixture(scope="session")
def h() -> SimpleNamespace:
    """The helpers above for the test modules (importlib mode cannot import conftest)."""
    return SimpleNamespace(
        build=build,
        pages_text=pages_text,
        squash=squash,
        contains=contains,
        tool=tool,
        unicode_session=unicode_session,
        big_session=big_session,
        sample_session=sample_session,
        as_attached=as_attached,
        seal_with=seal_with,
        translator=translator,
        CREATED=CREATED,
        PASSPHRASE=PASSPHRASE,
    )


@pytest.fixture(scope="session")
def preflight() -> Callable[[Path], list[tuple[str, str]]]:
    """PDFBox Preflight (PDF/A-1b rules) as a function: path -> [(rule, message)]."""
    java = shutil.which("java")
    jars = [JAVA_DIR / f"{name}.jar" for name in JARS]
    missing = [str(j) for j in jars if not j.exists()]
    if java is None or missing:
        pytest.skip(
            "PDFBox Preflight needs java and "
            + ", ".join(missing or ["a JRE"])
            + " (apt-get install default-jre-headless libpdfbox2-java libactivation-java"
            " libjaxb-api-java); .ci/run installs them"
        )
    classpath = ":".join(str(j) for j in jars)

    def check(path: Path) -> list[tuple[str, str]]:
        result = subprocess.run(
            [java, "-cp", classpath, "org.apache.pdfbox.preflight.Validator_A1b", str(path)],
            capture_output=True,
            text=True,
            timeout=180,
            check=False,
        )
        output = result.stdout + result.stderr
        if "is a valid PDF/A-1b file" in output:
            return []
        findings = re.findall(r"^(\d+(?:\.\d+)+) : (.+)$", output, flags=re.M)
        assert findings, output  # neither valid nor a list of findings: Preflight failed
        return findings

    return check

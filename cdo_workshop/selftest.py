"""`cdo-workshop --self-test`: the whole chain once, in a temporary folder.

Creates a database, imports the sample, exports a sealed PDF (with a throw-away local
certificate and a random passphrase), verifies the seal (and that a changed copy is
rejected), imports the session back out of the PDF, opens and closes the main window
on that database, and serves phone voting's page on 127.0.0.1 (a wrong token refused).
One line per check, then a summary; exit 0 only if every check passed.

Nothing outside the temporary folder is touched: the database and the certificate live in
it, the data folder (`paths.data_dir()`) and Qt's settings folder point into it while the
test runs, and the folder is removed afterwards. The window check needs a display; set
QT_QPA_PLATFORM=offscreen on a machine without one (the self-test sets nothing itself).
"""

from __future__ import annotations

import contextlib
import io
import os
import secrets
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cdo_workshop import __version__
from cdo_workshop.domain.messages import QT_TRANSLATE_NOOP, Message, Num, msg

C = "Cli"


class CheckFailed(Exception):
    """A check's result was wrong; the message says how."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.source())
        self.message = message


class _NotRun(Exception):
    """An earlier check, whose result this one needs, failed."""


@dataclass(frozen=True)
class Outcome:
    name: Message
    ok: bool
    detail: Message | str
    seconds: float


def _failed(text: str, **args: Any) -> CheckFailed:
    return CheckFailed(msg(C, text, **args))


@contextlib.contextmanager
def private_settings(folder: Path) -> Iterator[None]:
    """Qt's user settings (language, window geometry) go to `folder` inside the block."""
    from PySide6.QtCore import QSettings

    fmt, scope = QSettings.Format.IniFormat, QSettings.Scope.UserScope
    # <settings folder>/<organisation>/<application>.ini: the folder to restore afterwards.
    original = Path(QSettings(fmt, scope, "cdo-workshop", "cdo-workshop").fileName()).parent.parent
    QSettings.setPath(fmt, scope, str(folder))
    try:
        yield
    finally:
        QSettings.setPath(fmt, scope, str(original))


class SelfTest:
    def __init__(self, translator: Any, folder: Path, out: Callable[[str], None]) -> None:
        self.translator = translator
        self.folder = folder
        self.out = out
        self.db_path = folder / "sessions.sqlite3"
        self.certificates = folder / "certificates"
        self.repo: Any = None
        self.sample: Any = None
        self.sample_id: str | None = None
        self.pdf: bytes | None = None

    def render(self, message: Message | str) -> str:
        return message if isinstance(message, str) else str(self.translator.render(message))

    # -- the checks ------------------------------------------------------------------------

    def check_resources(self) -> Message:
        from cdo_workshop.paths import resources_dir

        folder = resources_dir()
        for part in ("catalog/catalog.json", "samples/musterstadt.json", "fonts/DejaVuSans.ttf"):
            if not (folder / part).is_file():
                raise _failed(
                    QT_TRANSLATE_NOOP("Cli", "{path} is missing"), path=str(folder / part)
                )
        if self.translator.language != "en":  # English is the source language
            if self.translator.app.isEmpty():
                raise _failed(QT_TRANSLATE_NOOP("Cli", "the app's translations (.qm) did not load"))
            if self.translator.qt.isEmpty():
                raise _failed(QT_TRANSLATE_NOOP("Cli", "Qt's own translations did not load"))
        from PySide6.QtCore import QCollator, QLocale

        # Qt sorts by language with ICU's data: German puts "Äpfel" before "Birne" (a
        # plain character comparison would not); fails if the bundle's ICU data is broken.
        if QCollator(QLocale(QLocale.Language.German)).compare("Äpfel", "Birne") >= 0:
            raise _failed(
                QT_TRANSLATE_NOOP("Cli", "sorting by language does not work (Qt's ICU data)")
            )
        return msg(C, QT_TRANSLATE_NOOP("Cli", "resources in {path}"), path=str(folder))

    def check_database(self) -> Message:
        from cdo_workshop.storage.repository import SessionRepository

        self.repo = SessionRepository.open(self.db_path)
        if self.repo.list():
            raise _failed(QT_TRANSLATE_NOOP("Cli", "the new database is not empty"))
        import sqlite3

        return msg(C, QT_TRANSLATE_NOOP("Cli", "SQLite {version}"), version=sqlite3.sqlite_version)

    def check_sample(self) -> Message:
        from cdo_workshop.domain.catalog import shipped_catalog
        from cdo_workshop.domain.fingerprint import fingerprint
        from cdo_workshop.domain.session_file import loads
        from cdo_workshop.domain.templates import import_check
        from cdo_workshop.paths import resource_path

        repo = self._need(self.repo)
        data = resource_path("samples", "musterstadt.json").read_bytes()
        session = loads(data, import_check(shipped_catalog()))
        self.sample_id = repo.add(session)
        self.sample = repo.load(self.sample_id)
        if fingerprint(self.sample) != fingerprint(session):
            raise _failed(
                QT_TRANSLATE_NOOP("Cli", "the saved session differs from the sample file")
            )
        return msg(C, QT_TRANSLATE_NOOP("Cli", "session {id}"), id=self.sample_id)

    def check_export(self) -> Message:
        from cdo_workshop.export.signing import create_local_certificate, load_sealer
        from cdo_workshop.paths import data_dir
        from cdo_workshop.usecases.export_pdf import SealRequest
        from cdo_workshop.usecases.export_worker import ExportTask, export_in_child

        session = self._need(self.sample)
        passphrase = secrets.token_urlsafe(24).encode("ascii")
        p12 = create_local_certificate(
            "CDO Workshop self-test", passphrase, folder=self.certificates
        )
        load_sealer(p12, passphrase)  # a broken certificate fails here, not in the child
        # As the window makes it: in the export process (a frozen app starts itself again)
        result = export_in_child(
            ExportTask(
                session=session,
                language=self.translator.language,
                witness=False,
                qes_fields=False,
                named_votes=False,
                seal=SealRequest(p12, passphrase),
                database=None,
                data_dir=data_dir(),
            )
        )
        pdf = result.pdf
        if result.sealed_by is None:
            raise _failed(QT_TRANSLATE_NOOP("Cli", "the export process did not seal"))
        (self.folder / "agreement.pdf").write_bytes(pdf)
        self.pdf = pdf
        return msg(C, QT_TRANSLATE_NOOP("Cli", "{size} KiB"), size=Num(len(pdf) / 1024))

    def check_documents(self) -> Message:
        """The documents for HR and the council in both formats (python-docx and odfdo read
        their templates from package data, which a bundle must carry)."""
        from cdo_workshop.domain.catalog import shipped_catalog
        from cdo_workshop.usecases.export_doc import export_doc

        session = self._need(self.sample)
        sizes = []
        for kind, fmt in (("stellenbeschreibung", "docx"), ("beschlussvorlage", "odt")):
            data = export_doc(
                session,
                shipped_catalog(),
                kind,
                fmt,
                self.translator.language,
                self.translator.translate,
            )
            if not data.startswith(b"PK"):
                raise _failed(
                    QT_TRANSLATE_NOOP("Cli", "the {format} file is not a document"), format=fmt
                )
            (self.folder / f"{kind}.{fmt}").write_bytes(data)
            sizes.append(len(data))
        return msg(
            C, QT_TRANSLATE_NOOP("Cli", "DOCX and ODT, {size} KiB"), size=Num(sum(sizes) / 1024)
        )

    def check_verify(self) -> Message:
        from cdo_workshop.domain.fingerprint import fingerprint
        from cdo_workshop.export.errors import ExportError
        from cdo_workshop.export.signing import LOCAL_PEM
        from cdo_workshop.export.verify import Verdict, verify_pdf

        pdf = self._need(self.pdf)
        sample = self._need(self.sample)
        expected = fingerprint(sample)

        def lookup(digest: str) -> list[tuple[str, str]]:
            return [(sample.id, sample.display_title())] if digest == expected else []

        local_pem = self.certificates / LOCAL_PEM
        check = verify_pdf(pdf, lookup=lookup, local_certificate=local_pem)
        verdict = check.report()[0]
        if not (check.verdict == Verdict.VALID and check.intact and check.valid):
            raise CheckFailed(verdict)
        if check.coverage != "ENTIRE_FILE":
            raise _failed(QT_TRANSLATE_NOOP("Cli", "the seal does not cover the whole file"))
        if not check.local_certificate:
            raise _failed(
                QT_TRANSLATE_NOOP("Cli", "the seal was not made with the self-test's certificate")
            )
        if check.fingerprint != expected or not check.matches:
            raise _failed(
                QT_TRANSLATE_NOOP(
                    "Cli", "the PDF's content fingerprint does not match the exported session"
                )
            )
        try:
            changed = verify_pdf(_flip_content_byte(pdf), local_certificate=local_pem)
            detected = changed.verdict != Verdict.VALID
        except ExportError:  # unreadable counts as detected, too
            detected = True
        if not detected:
            raise _failed(QT_TRANSLATE_NOOP("Cli", "a copy with one changed byte was not detected"))
        return msg(
            C,
            QT_TRANSLATE_NOOP("Cli", "{verdict} A copy with one changed byte is rejected."),
            verdict=verdict,
        )

    def check_import_pdf(self) -> Message:
        from cdo_workshop.domain.catalog import shipped_catalog
        from cdo_workshop.domain.fingerprint import fingerprint
        from cdo_workshop.domain.templates import import_check
        from cdo_workshop.export.import_pdf import session_from_agreement

        pdf = self._need(self.pdf)
        repo = self._need(self.repo)
        imported = session_from_agreement(
            pdf, import_check(shipped_catalog()), store=self.certificates
        )
        session = imported.session
        new_id = repo.add(session)
        imported = repo.load(new_id)
        if new_id == self.sample_id or fingerprint(imported) != fingerprint(self.sample):
            raise _failed(
                QT_TRANSLATE_NOOP("Cli", "the imported session differs from the exported one")
            )
        return msg(C, QT_TRANSLATE_NOOP("Cli", "session {id}, same content fingerprint"), id=new_id)

    def check_window(self) -> Message:
        from cdo_workshop.app import create_main_window, display_problem

        problem = display_problem()
        if problem is not None:
            raise CheckFailed(problem)
        expected = None
        if self.repo is not None:
            expected = len(self.repo.list())
            self.repo.close()  # the window opens the database itself
            self.repo = None
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance() or QApplication(sys.argv[:1])
        assert isinstance(app, QApplication)
        self.translator.install(app)
        try:
            window = create_main_window(self.db_path, self.translator)
            try:
                window.show()
                app.processEvents()
                if not window.start(interactive=False):  # it said why on stderr
                    raise _failed(QT_TRANSLATE_NOOP("Cli", "the window cannot open the database"))
                app.processEvents()
                listed = window.start_page.model.rowCount()
                shown = window.isVisible()
                window.close()
                app.processEvents()
            finally:
                window.controller.close()
                window.deleteLater()
                app.processEvents()
        finally:
            self.translator.uninstall(app)
        if not shown:
            raise _failed(QT_TRANSLATE_NOOP("Cli", "the window was not shown"))
        if expected is not None and listed != expected:
            raise _failed(
                QT_TRANSLATE_NOOP(
                    "Cli", "the window lists {listed} sessions instead of {expected}"
                ),
                listed=listed,
                expected=expected,
            )
        return msg(
            C,
            QT_TRANSLATE_NOOP("Cli", "sessions listed: {count} (Qt platform {platform})"),
            count=listed,
            platform=app.platformName(),
        )

    def check_room(self) -> Message:
        """Phone voting's server: bound to 127.0.0.1 only, the page under the token, 403
        for another token, and gone after stop (nothing leaves this computer)."""
        import urllib.error
        import urllib.request

        from cdo_workshop.room.questions import Refusal
        from cdo_workshop.room.server import RoomServer

        class NoVotes:
            def cast(self, participant_id: str, question: Any, value: int) -> None:
                raise Refusal("closed", 503)

        # No proxy: a system proxy must not see (or answer for) the local address.
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))

        def status(url: str) -> int:
            try:
                with opener.open(url, timeout=10) as response:
                    response.read()
                    return int(response.status)
            except urllib.error.HTTPError as e:
                e.close()
                return e.code

        server = RoomServer(NoVotes(), "127.0.0.1", 0, self.translator.language)
        server.start()
        try:
            url = server.url
            page, wrong = status(url), status(url.replace(server.token, "x" + server.token))
        finally:
            server.stop()
        if page != 200 or wrong != 403:
            raise _failed(
                QT_TRANSLATE_NOOP("Cli", "the phone page answered {page}, a wrong link {wrong}"),
                page=page,
                wrong=wrong,
            )
        try:
            status(url)
        except (urllib.error.URLError, OSError):
            pass
        else:
            raise _failed(QT_TRANSLATE_NOOP("Cli", "the phone page still answers after stop"))
        return msg(
            C,
            QT_TRANSLATE_NOOP("Cli", "page 200 on 127.0.0.1:{port}, wrong link 403, stopped"),
            port=str(server.port),
        )

    # -- running ---------------------------------------------------------------------------

    def checks(self) -> list[tuple[str, Callable[[], Message]]]:
        return [
            (
                QT_TRANSLATE_NOOP("Cli", "Load resources, translations and locale data"),
                self.check_resources,
            ),
            (QT_TRANSLATE_NOOP("Cli", "Create a database"), self.check_database),
            (QT_TRANSLATE_NOOP("Cli", "Import the sample session"), self.check_sample),
            (QT_TRANSLATE_NOOP("Cli", "Export a sealed PDF"), self.check_export),
            (QT_TRANSLATE_NOOP("Cli", "Verify the seal"), self.check_verify),
            (
                QT_TRANSLATE_NOOP("Cli", "Write the documents for HR and the council"),
                self.check_documents,
            ),
            (QT_TRANSLATE_NOOP("Cli", "Import the session from the PDF"), self.check_import_pdf),
            (QT_TRANSLATE_NOOP("Cli", "Open and close the main window"), self.check_window),
            (
                QT_TRANSLATE_NOOP("Cli", "Serve the phone voting page on this computer"),
                self.check_room,
            ),
        ]

    def run(self) -> list[Outcome]:
        outcomes = []
        try:
            for text, check in self.checks():
                outcome = self._run_one(Message(C, text), check)
                self.out(self.line(outcome))
                outcomes.append(outcome)
        finally:
            if self.repo is not None:
                self.repo.close()
        return outcomes

    def _run_one(self, name: Message, check: Callable[[], Message]) -> Outcome:
        started = time.perf_counter()
        try:
            detail: Message | str = check()
            ok = True
        except _NotRun:
            detail = msg(C, QT_TRANSLATE_NOOP("Cli", "not run: an earlier check failed"))
            ok = False
        except CheckFailed as e:
            detail = e.message
            ok = False
        except Exception as e:
            if os.environ.get("CDO_WORKSHOP_DEBUG"):
                traceback.print_exc()
            detail = describe_error(e, self.translator)
            ok = False
        return Outcome(name, ok, detail, time.perf_counter() - started)

    def line(self, outcome: Outcome) -> str:
        status = (
            QT_TRANSLATE_NOOP("Cli", "ok") if outcome.ok else QT_TRANSLATE_NOOP("Cli", "FAILED")
        )
        seconds = Num(outcome.seconds, 2).localize(self.translator.language)
        detail = " ".join(self.render(outcome.detail).split())  # always one line
        return (
            f"{self.render(Message(C, status)):<7} {self.render(outcome.name)}:"
            f" {detail} ({seconds} s)"
        )

    @staticmethod
    def _need(value: Any) -> Any:
        if value is None:
            raise _NotRun
        return value


def describe_error(e: Exception, translator: Any) -> str:
    """One line in the user's language for an exception from any layer."""
    from cdo_workshop.domain.session_file import SessionFileError
    from cdo_workshop.storage.errors import StorageError

    if type(e).__name__ in ("ExportError", "CliError", "CheckFailed"):
        return str(translator.render(e.message))  # type: ignore[attr-defined]
    if isinstance(e, SessionFileError):
        return e.one_line(translator.translate)
    if isinstance(e, StorageError):
        return e.render(translator.translate)
    return f"{type(e).__name__}: {e}"


def _flip_content_byte(pdf: bytes) -> bytes:
    """The PDF with one byte changed in the middle of page 1's content stream."""
    import pikepdf

    with pikepdf.open(io.BytesIO(pdf)) as doc:
        contents = doc.pages[0].Contents
        raw = (contents[0] if isinstance(contents, pikepdf.Array) else contents).read_raw_bytes()
    i = pdf.index(raw[:64]) + len(raw) // 2
    return pdf[:i] + bytes([pdf[i] ^ 0x20]) + pdf[i + 1 :]


def run_self_test(translator: Any, out: Callable[[str], None] | None = None) -> int:
    """Run every check in a fresh temporary folder; 0 if all passed, else 1."""
    from PySide6.QtCore import qVersion

    from cdo_workshop.paths import private_data_dir

    def say(text: str, **args: Any) -> str:
        return str(translator.render(Message(C, text, args)))

    def echo(line: str) -> None:
        print(line, flush=True)

    write = out or echo
    write(
        say(
            QT_TRANSLATE_NOOP(
                "Cli", "Self-test of cdo-workshop {version} (Python {python}, Qt {qt})"
            ),
            version=__version__,
            python=".".join(map(str, sys.version_info[:3])),
            qt=qVersion(),
        )
    )
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="cdo-workshop-self-test-") as tmp:
        folder = Path(tmp)
        with private_settings(folder / "settings"), private_data_dir(folder / "data"):
            outcomes = SelfTest(translator, folder, write).run()
    failed = sum(1 for o in outcomes if not o.ok)
    seconds = Num(time.perf_counter() - started, 1).localize(translator.language)
    if failed:
        write(
            say(
                QT_TRANSLATE_NOOP("Cli", "{failed} of {count} checks FAILED ({seconds} s)."),
                failed=failed,
                count=len(outcomes),
                seconds=seconds,
            )
        )
        return 1
    write(
        say(
            QT_TRANSLATE_NOOP("Cli", "All {count} checks passed ({seconds} s)."),
            count=len(outcomes),
            seconds=seconds,
        )
    )
    return 0

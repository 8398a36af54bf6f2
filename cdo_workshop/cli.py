"""Command line: the GUI by default, plus list/import/export-json/sample/export-pdf/verify.

Errors exit with status 2 and one translated line on stderr, never a traceback
(set CDO_WORKSHOP_DEBUG=1 to see one). `verify` exits 0 for a valid seal and 1 for every
agreement whose seal is invalid, changed, resealed by another certificate or missing
(including a damaged or truncated file); 2 only for a file that is not an agreement (not a
PDF, or a PDF without CDO Workshop's marks and without any signature). `import` of an
agreement PDF checks the seal first and refuses a broken, changed or resealed one (exit 2);
an agreement without a seal is imported with a warning on stderr.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import json
import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NoReturn

from cdo_workshop import STARTED, __version__
from cdo_workshop.domain.messages import QT_TRANSLATE_NOOP, Message
from cdo_workshop.paths import database_path

C = "Cli"
PASSPHRASE_ENV = "CDO_WORKSHOP_CERT_PASSPHRASE"  # the local seal certificate's passphrase


class CliError(Exception):
    def __init__(self, message: Message) -> None:
        super().__init__(message.source())
        self.message = message


def error(text: str, **args: Any) -> CliError:
    return CliError(Message(C, text, args))


# argparse's own error messages (English only), matched so that they can be translated.
_ARGPARSE_MESSAGES = (
    (
        r"unrecognized arguments: (?P<args>.+)",
        QT_TRANSLATE_NOOP("Cli", "unrecognized arguments: {args}"),
    ),
    (
        r"argument (?P<name>\S+): invalid choice: (?P<value>.+?) \(choose from (?P<choices>.+)\)",
        QT_TRANSLATE_NOOP(
            "Cli", "argument {name}: invalid choice: {value} (choose from {choices})"
        ),
    ),
    (
        r"the following arguments are required: (?P<names>.+)",
        QT_TRANSLATE_NOOP("Cli", "the following arguments are required: {names}"),
    ),
    (
        r"argument (?P<name>\S+): expected one argument",
        QT_TRANSLATE_NOOP("Cli", "argument {name}: expected one argument"),
    ),
)


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors as one translated line with status 2."""

    render: Any = staticmethod(lambda m: m.source())

    def error(self, message: str) -> NoReturn:
        for pattern, template in _ARGPARSE_MESSAGES:
            match = re.fullmatch(pattern, message)
            if match:
                message = self.render(Message(C, template, match.groupdict()))
                break
        text = self.render(
            Message(
                C,
                QT_TRANSLATE_NOOP("Cli", "{message} (see cdo-workshop --help)"),
                {"message": message},
            )
        )
        self.exit(2, f"cdo-workshop: {text}\n")


def build_parser(say: Any, commands: bool = True) -> argparse.ArgumentParser:
    """The command line's parser; without `commands` only the global options (the window's
    start: the eleven commands' parsers took 13 ms of it, see `_needs_commands`)."""
    _Parser.render = staticmethod(lambda m: say(m.text, **m.args))

    class Formatter(argparse.HelpFormatter):
        def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: Any = None) -> None:
            if prefix is None:
                prefix = say(QT_TRANSLATE_NOOP("Cli", "usage: "))
            super().add_usage(usage, actions, groups, prefix)

    parser = _Parser(
        prog="cdo-workshop",
        add_help=False,
        # No abbreviations: "--la en" would parse, but the language is read before parsing.
        allow_abbrev=False,
        formatter_class=Formatter,
        description=say(
            QT_TRANSLATE_NOOP(
                "Cli",
                "Guided workshop that clarifies a municipality's digitalisation role."
                " Without a command the app window opens.",
            )
        ),
    )
    parser._optionals.title = say(QT_TRANSLATE_NOOP("Cli", "options"))
    parser.add_argument(
        "-h", "--help", action="help", help=say(QT_TRANSLATE_NOOP("Cli", "show this help"))
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"cdo-workshop {__version__}",
        help=say(QT_TRANSLATE_NOOP("Cli", "show the version")),
    )
    db_option = parser.add_argument(
        "--db",
        metavar="PATH",
        help=say(
            QT_TRANSLATE_NOOP(
                "Cli", "session database (default: $CDO_WORKSHOP_DB or the user data folder)"
            )
        ),
    )
    lang_option = parser.add_argument(
        "--lang",
        choices=("de", "en"),
        help=say(QT_TRANSLATE_NOOP("Cli", "language of the app and its messages")),
    )
    parser.add_argument(
        "--exit-when-ready",
        action="store_true",
        help=say(
            QT_TRANSLATE_NOOP(
                "Cli", "start the window, print the start-up time and exit (for benchmarks)"
            )
        ),
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=say(
            QT_TRANSLATE_NOOP(
                "Cli",
                "check the installation in a temporary folder (database, sample, sealed PDF,"
                " verification, import from the PDF, main window); exit 0 if all checks pass",
            )
        ),
    )
    if not commands:
        parser.set_defaults(command=None)
        return parser
    sub = parser.add_subparsers(
        dest="command", metavar="COMMAND", title=say(QT_TRANSLATE_NOOP("Cli", "commands"))
    )

    def add_command(name: str, help_text: str) -> argparse.ArgumentParser:
        command = sub.add_parser(name, help=help_text, add_help=False, formatter_class=Formatter)
        command._optionals.title = parser._optionals.title
        command._positionals.title = say(QT_TRANSLATE_NOOP("Cli", "arguments"))
        command.add_argument("-h", "--help", action="help", help=parser._actions[0].help)
        # The global options also work after the command (cdo-workshop list --db X).
        command.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help=db_option.help)
        if name not in ("export-pdf", "export-doc"):  # they have their own --lang
            command.add_argument(
                "--lang", choices=("de", "en"), default=argparse.SUPPRESS, help=lang_option.help
            )
        return command

    p = add_command("list", say(QT_TRANSLATE_NOOP("Cli", "list the saved sessions")))
    p.add_argument(
        "--json",
        action="store_true",
        help=say(QT_TRANSLATE_NOOP("Cli", "print JSON instead of a table")),
    )
    p = add_command(
        "import",
        say(
            QT_TRANSLATE_NOOP(
                "Cli",
                "import a session file, or the session of an agreement PDF after checking its"
                " seal, and print the new session's id",
            )
        ),
    )
    p.add_argument("file", metavar="FILE")
    p = add_command(
        "export-json", say(QT_TRANSLATE_NOOP("Cli", "write a session to a portable JSON file"))
    )
    p.add_argument(
        "id",
        metavar="ID",
        help=say(QT_TRANSLATE_NOOP("Cli", "session id (a unique prefix is enough)")),
    )
    p.add_argument("out", metavar="OUT")
    for name, text in (
        (
            "finalize",
            QT_TRANSLATE_NOOP("Cli", "make the agreement final: freeze its content for signature"),
        ),
        (
            "reopen",
            QT_TRANSLATE_NOOP(
                "Cli", "make a final or signed agreement a draft again (voids every signature)"
            ),
        ),
    ):
        p = add_command(name, say(text))
        p.add_argument(
            "id",
            metavar="ID",
            help=say(QT_TRANSLATE_NOOP("Cli", "session id (a unique prefix is enough)")),
        )
    add_command(
        "sample",
        say(QT_TRANSLATE_NOOP("Cli", "import the sample session 'Musterstadt' and print its id")),
    )
    p = add_command(
        "export-pdf",
        say(
            QT_TRANSLATE_NOOP(
                "Cli", "write the role agreement as a sealed PDF/A-3 file (German by default)"
            )
        ),
    )
    p.add_argument(
        "id",
        metavar="ID",
        help=say(QT_TRANSLATE_NOOP("Cli", "session id (a unique prefix is enough)")),
    )
    p.add_argument("out", metavar="OUT.pdf")
    p.add_argument(
        "--lang",
        choices=("de", "en"),
        default=argparse.SUPPRESS,  # keeps a --lang given before the command
        help=say(QT_TRANSLATE_NOOP("Cli", "language of the document and the messages")),
    )
    p.add_argument(
        "--p12",
        metavar="FILE",
        help=say(
            QT_TRANSLATE_NOOP(
                "Cli",
                "seal with this PKCS#12 certificate instead of the local one in the data folder",
            )
        ),
    )
    p.add_argument(
        "--passphrase-env",
        metavar="VAR",
        help=say(
            QT_TRANSLATE_NOOP(
                "Cli",
                "environment variable holding the certificate's passphrase (default for the"
                " local certificate: {variable})",
            ),
            variable=PASSPHRASE_ENV,
        ),
    )
    p.add_argument(
        "--unsigned",
        action="store_true",
        help=say(QT_TRANSLATE_NOOP("Cli", "write the PDF without an integrity seal")),
    )
    p.add_argument(
        "--qes-fields",
        action="store_true",
        help=say(
            QT_TRANSLATE_NOOP(
                "Cli",
                "add empty signature fields so the signatories can add qualified signatures later",
            )
        ),
    )
    p.add_argument(
        "--named-votes",
        action="store_true",
        help=say(
            QT_TRANSLATE_NOOP(
                "Cli",
                "show who voted how in appendix A (by default only how the votes spread)",
            )
        ),
    )
    p.add_argument(
        "--witness",
        action="store_true",
        help=say(QT_TRANSLATE_NOOP("Cli", "add a signature box for the facilitator as witness")),
    )
    p = add_command(
        "export-doc",
        say(
            QT_TRANSLATE_NOOP(
                "Cli",
                "write a document for HR or the council as .docx or .odt (by OUT's suffix):"
                " stellenbeschreibung (job description), ausschreibung (draft job"
                " advertisement), beschlussvorlage (council paper)",
            )
        ),
    )
    p.add_argument(
        "id",
        metavar="ID",
        help=say(QT_TRANSLATE_NOOP("Cli", "session id (a unique prefix is enough)")),
    )
    p.add_argument(
        "kind", metavar="KIND", help="stellenbeschreibung | ausschreibung | beschlussvorlage"
    )
    p.add_argument("out", metavar="OUT.docx|OUT.odt")
    p.add_argument(
        "--lang",
        choices=("de", "en"),
        default=argparse.SUPPRESS,  # keeps a --lang given before the command
        help=say(QT_TRANSLATE_NOOP("Cli", "language of the document and the messages")),
    )
    p = add_command(
        "verify",
        say(
            QT_TRANSLATE_NOOP(
                "Cli",
                "check the seal of an agreement PDF (exit 0 valid; 1 invalid, changed,"
                " resealed, unsealed or damaged; 2 not an agreement)",
            )
        ),
    )
    p.add_argument("file", metavar="FILE.pdf")
    from cdo_workshop.cli_vote import add_arguments

    p = add_command(
        "vote",
        say(
            QT_TRANSLATE_NOOP(
                "Cli",
                "let the room vote from their phones (hidden until revealed in the app);"
                " prints the join address first and ends with Ctrl+C",
            )
        ),
    )
    add_arguments(p, say)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    language = _early_language(argv)
    from cdo_workshop.i18n import Translator, pick_language

    translator = Translator(pick_language(language, _saved_language()))
    say = Say(translator)

    parser = build_parser(say, _needs_commands(argv))
    args = parser.parse_args(argv)
    if args.self_test and args.command is not None:
        parser.error(say(QT_TRANSLATE_NOOP("Cli", "--self-test takes no command")))
    try:
        if args.self_test:
            from cdo_workshop.selftest import run_self_test

            return run_self_test(translator)
        if args.command is None:
            from cdo_workshop.app import run_gui

            return run_gui(database_path(args.db), translator, args.exit_when_ready, STARTED)
        return COMMANDS[args.command](args, say)
    except CliError as e:
        return _fail(translator.render(e.message))
    except Exception as e:  # never a traceback for the user
        if os.environ.get("CDO_WORKSHOP_DEBUG"):
            raise
        from cdo_workshop.domain.session_file import SessionFileError
        from cdo_workshop.storage.errors import StorageError

        if type(e).__name__ == "ExportError":  # without importing the export package
            return _fail(e.render(translator.translate, translator.language))  # type: ignore[attr-defined]
        if isinstance(e, SessionFileError):
            return _fail(e.one_line(translator.translate))
        if isinstance(e, StorageError):
            return _fail(e.render(translator.translate))
        return _fail(
            say(
                QT_TRANSLATE_NOOP("Cli", "Unexpected error: {error}"),
                error=f"{type(e).__name__}: {e}",
            )
        )


class Say:
    """Renders CLI messages in the chosen language; commands also reach the translator."""

    def __init__(self, translator: Any) -> None:
        self.translator = translator

    def __call__(self, text: str, **args: Any) -> str:
        return str(self.translator.render(Message(C, text, args)))


def _fail(text: str) -> int:
    text = " ".join(text.splitlines())  # one line, whatever the exception said
    print(f"cdo-workshop: {text}", file=sys.stderr)
    return 2


def _needs_commands(argv: list[str]) -> bool:
    """Whether parsing needs the commands: for anything but the global options that start
    the window (--db, --lang, --exit-when-ready, --self-test, --version), which parse and
    fail alike with or without them; a command, a stray "-" or --help need them."""
    value_next = False
    for a in argv:
        if value_next:
            value_next = False
        elif a in ("--db", "--lang"):
            value_next = True
        elif not (
            a in ("--exit-when-ready", "--self-test", "--version")
            or a.startswith(("--db=", "--lang="))
        ):
            return True
    return False


def _early_language(argv: list[str]) -> str | None:
    """The value of --lang before parsing (usage errors need it); the last one wins."""
    language = None
    for i, a in enumerate(argv):
        if a.startswith("--lang="):
            language = a.split("=", 1)[1]
        elif a == "--lang" and i + 1 < len(argv):
            language = argv[i + 1]
    return language


def _saved_language() -> str | None:
    from cdo_workshop.settings import saved_language

    return saved_language()


def _import_check() -> Any:
    from cdo_workshop.domain.catalog import shipped_catalog
    from cdo_workshop.domain.templates import import_check

    return import_check(shipped_catalog())


@contextlib.contextmanager
def _repository(args: argparse.Namespace) -> Iterator[Any]:
    """The session repository, closed again when the command is done."""
    from cdo_workshop.storage.repository import SessionRepository

    repo = SessionRepository.open(database_path(args.db))
    try:
        yield repo
    finally:
        repo.close()


def cmd_list(args: argparse.Namespace, say: Any) -> int:
    with _repository(args) as repo:
        rows = repo.list()
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "id": r.id,
                        "title": r.title,
                        "municipality": r.municipality,
                        "workshop_date": r.workshop_date.isoformat() if r.workshop_date else None,
                        "updated_at": r.updated_at.isoformat() if r.readable() else None,
                        "step_reached": r.step_reached,
                        "problem": r.problem.render() if r.problem else None,  # English
                    }
                    for r in rows
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    if not rows:
        print(say(QT_TRANSLATE_NOOP("Cli", "No saved sessions.")))
        return 0
    headers = [
        say(QT_TRANSLATE_NOOP("Cli", "ID")),
        say(QT_TRANSLATE_NOOP("Cli", "Title")),
        say(QT_TRANSLATE_NOOP("Cli", "Municipality")),
        say(QT_TRANSLATE_NOOP("Cli", "Updated")),
        say(QT_TRANSLATE_NOOP("Cli", "Step")),
    ]
    damaged = say(QT_TRANSLATE_NOOP("Cli", "damaged"))
    table = [
        [
            r.id,
            r.title,
            r.municipality,
            r.updated_at.astimezone().strftime("%Y-%m-%d %H:%M") if r.readable() else damaged,
            f"{r.step_reached}/9" if r.readable() else "",
        ]
        for r in rows
    ]
    widths = [max(len(str(x)) for x in col) for col in zip(headers, *table, strict=True)]
    for line in [headers, *table]:
        print("  ".join(str(x).ljust(w) for x, w in zip(line, widths, strict=True)).rstrip())
    for r in rows:  # the others list, open and export as usual
        if r.problem is not None:
            print(f"cdo-workshop: {say.translator.render(r.problem)}", file=sys.stderr)
    return 0


def _read_file(path: str, args: argparse.Namespace) -> bytes:
    """A document to import or verify; never the database itself (storage/files.py)."""
    from cdo_workshop.storage.files import read_document

    try:
        return read_document(Path(path), database_path(args.db))
    except OSError as e:
        raise _os_error(path, e) from None


def _write_file(path: Path, data: bytes, args: argparse.Namespace) -> None:
    from cdo_workshop.storage.files import write_document

    try:
        write_document(path, data, database_path(args.db))
    except OSError as e:
        raise _os_error(str(path), e) from None


def _os_error(path: str, e: OSError) -> CliError:
    reasons = {
        errno.ENOENT: QT_TRANSLATE_NOOP("Cli", "The file {path} does not exist."),
        errno.EACCES: QT_TRANSLATE_NOOP("Cli", "No permission to access {path}."),
        errno.EISDIR: QT_TRANSLATE_NOOP("Cli", "{path} is a folder, not a file."),
    }
    text = reasons.get(
        e.errno or 0, QT_TRANSLATE_NOOP("Cli", "{path} cannot be accessed: {detail}")
    )
    return error(text, path=path, detail=e.strerror or str(e))


def cmd_import(args: argparse.Namespace, say: Any) -> int:
    # An agreement PDF carries its session as attachment; its seal is checked first.
    from cdo_workshop.export.import_pdf import session_from_file

    imported = session_from_file(_read_file(args.file, args), _import_check())
    for warning in imported.warnings:
        print(f"cdo-workshop: {say.translator.render(warning)}", file=sys.stderr)
    with _repository(args) as repo:
        print(repo.add(imported.session))
    return 0


def cmd_sample(args: argparse.Namespace, say: Any) -> int:
    from cdo_workshop.domain.session_file import loads
    from cdo_workshop.paths import resource_path

    session = loads(resource_path("samples", "musterstadt.json").read_bytes(), _import_check())
    with _repository(args) as repo:
        print(repo.add(session))
    return 0


def cmd_export_json(args: argparse.Namespace, say: Any) -> int:
    from cdo_workshop.domain.session_file import dumps

    with _repository(args) as repo:
        session = repo.load(resolve_id(repo, args.id))
    folder = Path(args.out).parent
    if not folder.is_dir():
        raise error(QT_TRANSLATE_NOOP("Cli", "The folder {path} does not exist."), path=str(folder))
    _write_file(Path(args.out), dumps(session).encode("utf-8"), args)
    return 0


def _change_state(args: argparse.Namespace, say: Any, reopening: bool) -> int:
    from cdo_workshop.domain import lifecycle
    from cdo_workshop.domain.edits import apply_edits

    with _repository(args) as repo:
        session = repo.load(resolve_id(repo, args.id))
        edits = lifecycle.reopen(session) if reopening else lifecycle.finalize(session)
        if edits:
            _, changes = apply_edits(session, edits)
            repo.persist(session, changes)
    state = session.agreement.state.value
    texts = {
        "draft": QT_TRANSLATE_NOOP("Cli", "{id}: draft (signatures void)"),
        "final": QT_TRANSLATE_NOOP("Cli", "{id}: final, for signature"),
        "signed": QT_TRANSLATE_NOOP("Cli", "{id}: signed"),
    }
    print(say(texts[state], id=session.id))
    return 0


def cmd_finalize(args: argparse.Namespace, say: Any) -> int:
    return _change_state(args, say, reopening=False)


def cmd_reopen(args: argparse.Namespace, say: Any) -> int:
    return _change_state(args, say, reopening=True)


def _passphrase(variable: str) -> bytes | None:
    value = os.environ.get(variable)
    return value.encode("utf-8") if value is not None else None


def _seal_request(args: argparse.Namespace, session: Any) -> Any:
    """What to seal with: the PKCS#12 given, or the local certificate (created on first
    use), with the passphrase from the environment."""
    from cdo_workshop.usecases.export_pdf import SealRequest

    if args.p12:
        passphrase = b""
        if args.passphrase_env:
            passphrase = _passphrase(args.passphrase_env) or b""
            if not passphrase:
                raise error(
                    QT_TRANSLATE_NOOP("Cli", "The environment variable {variable} is not set."),
                    variable=args.passphrase_env,
                )
        return SealRequest(Path(args.p12), passphrase)
    variable = args.passphrase_env or PASSPHRASE_ENV
    passphrase = _passphrase(variable)
    if not passphrase:
        raise error(
            QT_TRANSLATE_NOOP(
                "Cli",
                "Sealing with the local certificate needs its passphrase in the environment"
                " variable {variable} (or use --p12 FILE, or --unsigned).",
            ),
            variable=variable,
        )
    import getpass

    return SealRequest.local_certificate(passphrase, session.facilitator or getpass.getuser())


def cmd_export_pdf(args: argparse.Namespace, say: Any) -> int:
    from cdo_workshop.domain.catalog import shipped_catalog
    from cdo_workshop.export.agreement import AgreementOptions
    from cdo_workshop.usecases.export_pdf import export_pdf

    with _repository(args) as repo:
        session = repo.load(resolve_id(repo, args.id))
    out = Path(args.out)
    if not out.parent.is_dir():
        raise error(
            QT_TRANSLATE_NOOP("Cli", "The folder {path} does not exist."), path=str(out.parent)
        )
    translator = say.translator
    result = export_pdf(
        session,
        shipped_catalog(),
        translator.language,
        translate=translator.translate,
        options=AgreementOptions(
            witness=args.witness, qes_fields=args.qes_fields, named_votes=args.named_votes
        ),
        seal=None if args.unsigned else _seal_request(args, session),
        database=database_path(args.db),
    )
    if result.created_certificate is not None:
        print(
            say(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "Created the local seal certificate for {name}: {path} (its passphrase is"
                    " not stored; keep it safe).",
                ),
                name=result.sealed_by or "",
                path=str(result.created_certificate),
            ),
            file=sys.stderr,
        )
    _write_file(out, result.pdf, args)
    return 0


def cmd_export_doc(args: argparse.Namespace, say: Any) -> int:
    from cdo_workshop.domain.catalog import shipped_catalog
    from cdo_workshop.export.documents import builder, format_of
    from cdo_workshop.usecases.export_doc import export_doc

    out = Path(args.out)
    builder(args.kind)  # an unknown kind or format fails before anything is read
    fmt = format_of(out.suffix)
    if not out.parent.is_dir():
        raise error(
            QT_TRANSLATE_NOOP("Cli", "The folder {path} does not exist."), path=str(out.parent)
        )
    with _repository(args) as repo:
        session = repo.load(resolve_id(repo, args.id))
    translator = say.translator
    data = export_doc(
        session, shipped_catalog(), args.kind, fmt, translator.language, translator.translate
    )
    _write_file(out, data, args)
    return 0


def cmd_verify(args: argparse.Namespace, say: Any) -> int:
    from cdo_workshop.export.verify import fingerprint_index, verify_pdf

    data = _read_file(args.file, args)

    def lookup(digest: str) -> list[tuple[str, str]]:
        path = database_path(args.db)
        if not path.exists():  # verifying must not create a database
            return []
        from cdo_workshop.storage.errors import StorageError

        sessions = []
        try:
            with _repository(args) as repo:
                for summary in repo.list():
                    try:
                        sessions.append(repo.load(summary.id))
                    except StorageError:  # one damaged session hides no other
                        continue
        except StorageError:  # the seal check stands on its own
            return []
        return fingerprint_index(sessions).get(digest, [])

    check = verify_pdf(data, lookup=lookup)
    for line in check.report():
        print(say.translator.render(line))
    return check.exit_code


def resolve_id(repo: Any, prefix: str) -> str:
    matches = [s.id for s in repo.list() if s.id.startswith(prefix)] if prefix else []
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise error(QT_TRANSLATE_NOOP("Cli", "There is no session with the id {id}."), id=prefix)
    raise error(
        QT_TRANSLATE_NOOP("Cli", "The id {id} is ambiguous; give more characters."), id=prefix
    )


COMMANDS = {
    "list": cmd_list,
    "import": cmd_import,
    "export-json": cmd_export_json,
    "finalize": cmd_finalize,
    "reopen": cmd_reopen,
    "sample": cmd_sample,
    "export-pdf": cmd_export_pdf,
    "export-doc": cmd_export_doc,
    "verify": cmd_verify,
    "vote": lambda args, say: _vote(args, say),
}


def _vote(args: argparse.Namespace, say: Any) -> int:
    from cdo_workshop.cli_vote import cmd_vote

    return cmd_vote(args, say)

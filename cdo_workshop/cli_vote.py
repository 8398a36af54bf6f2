"""`cdo-workshop vote ID (--area KEY ... | --expectations)`: phone voting without the window.

Runs the room server for the given questions, prints the join URL as the first line of
stdout, saves each vote at once and ends on SIGTERM or Ctrl+C. The votes stay hidden
until they are revealed in the window. It holds the window's lock on the database while
it runs: a window on the same database would keep the session in memory and overwrite
the votes (and the other way round), so either is refused while the other runs.
"""

from __future__ import annotations

import argparse
import signal
import sys
from typing import Any

from cdo_workshop.domain.messages import QT_TRANSLATE_NOOP

POLL_S = 0.2  # how quickly the main thread notices a signal between votes


def add_arguments(command: argparse.ArgumentParser, say: Any) -> None:
    command.add_argument(
        "id",
        metavar="ID",
        help=say(QT_TRANSLATE_NOOP("Cli", "session id (a unique prefix is enough)")),
    )
    what = command.add_mutually_exclusive_group(required=True)
    what.add_argument(
        "--area",
        metavar="KEY",
        nargs="+",
        action="extend",
        help=say(
            QT_TRANSLATE_NOOP(
                "Cli", "decision areas to vote on: catalog key or the start of the area's id"
            )
        ),
    )
    what.add_argument(
        "--expectations",
        action="store_true",
        help=say(QT_TRANSLATE_NOOP("Cli", "each participant gives their group's expectation")),
    )
    command.add_argument(
        "--bind",
        metavar="ADDR",
        default="127.0.0.1",
        help=say(
            QT_TRANSLATE_NOOP(
                "Cli",
                "IPv4 address of the network the phones are on (default 127.0.0.1, this"
                " computer only; never all interfaces)",
            )
        ),
    )
    command.add_argument(
        "--port",
        metavar="N",
        type=int,
        default=0,
        help=say(QT_TRANSLATE_NOOP("Cli", "port (default: a free one)")),
    )


def cmd_vote(args: argparse.Namespace, say: Any) -> int:
    from cdo_workshop.cli import _repository, error, resolve_id
    from cdo_workshop.domain.catalog import shipped_catalog
    from cdo_workshop.domain.model import SigningState
    from cdo_workshop.paths import database_path
    from cdo_workshop.room.owner import SessionSink
    from cdo_workshop.room.server import RoomServer, check_address
    from cdo_workshop.room.sink import CallQueue
    from cdo_workshop.ui.instance_lock import InstanceLock

    try:
        host = check_address(args.bind)
    except ValueError:
        raise error(
            QT_TRANSLATE_NOOP("Cli", "{address} is not the IPv4 address of one network interface."),
            address=args.bind,
        ) from None
    if not 0 <= args.port <= 65535:
        raise error(QT_TRANSLATE_NOOP("Cli", "The port must lie between 0 and 65535."))
    lock = InstanceLock(database_path(args.db))
    lock.acquire()  # refused while a window has the database open
    stop = {"now": False}

    def ask_to_stop(_signum: int, _frame: Any) -> None:
        stop["now"] = True

    previous = {s: signal.signal(s, ask_to_stop) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        with _repository(args) as repo:
            session = repo.load(resolve_id(repo, args.id))
            if session.agreement.state != SigningState.DRAFT:  # every vote would be refused
                raise error(
                    QT_TRANSLATE_NOOP(
                        "Cli",
                        "The agreement of this session is final: reopen it in the app"
                        " (step 9) before the room votes again.",
                    )
                )
            questions = _questions(session, args, error)
            calls = CallQueue()
            sink = SessionSink(
                session,
                shipped_catalog(),
                questions,
                say.translator.language,
                repo.persist,
                calls,
            )
            sink.open_round()
            server = RoomServer(sink, host, args.port, say.translator.language)
            sink.publish = server.show
            server.show(sink.view())
            try:
                server.start()
            except OSError as e:
                raise error(
                    QT_TRANSLATE_NOOP("Cli", "The vote server cannot start on {address}: {detail}"),
                    address=f"{host}:{args.port}",
                    detail=e.strerror or str(e),
                ) from None
            print(server.url, flush=True)
            print(
                say(
                    QT_TRANSLATE_NOOP(
                        "Cli",
                        "Phones join with this address. Every vote is saved at once and stays"
                        " hidden until it is revealed in the app. Ctrl+C ends the vote.",
                    )
                ),
                file=sys.stderr,
                flush=True,
            )
            try:
                while not stop["now"]:
                    calls.run_pending(POLL_S)
            finally:
                calls.close()
                server.stop()
            print(say(QT_TRANSLATE_NOOP("Cli", "The vote has ended.")), file=sys.stderr)
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        lock.release()
    return 0


def _questions(session: Any, args: argparse.Namespace, error: Any) -> list[Any]:
    from cdo_workshop.room.questions import EXPECTATIONS, area_question

    if args.expectations:
        return [EXPECTATIONS]
    questions = []
    for key in args.area:
        matches = [a for a in session.decision_areas if a.key == key]
        if not matches and key:
            matches = [a for a in session.decision_areas if a.id.startswith(key)]
        if len(matches) != 1:
            raise error(
                QT_TRANSLATE_NOOP("Cli", "The session has no decision area {key}."), key=key
            )
        if area_question(matches[0]) not in questions:
            questions.append(area_question(matches[0]))
    return questions

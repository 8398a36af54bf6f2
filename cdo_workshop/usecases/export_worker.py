"""The agreement export in a process of its own (the window's side: ui/export_process.py).

ReportLab's layout and pyHanko's seal are pure Python: in a thread of the window's process
they hold the GIL, and their first import alone froze the window for about a third of a
second. In a child process they never touch the window's interpreter. The child imports
them as soon as it starts (the window starts it when step 9 is first shown), then serves
one export after another over a pipe:

    parent -> child:  a pickled ExportTask (bytes), or b"" to end
    child -> parent:  ("progress", fraction, stage) ..., then one of
                      ("done", ExportResult) | ("failed", exception) | ("cancelled",)

A cancel is a shared event the child looks at with every progress report. Nothing here
touches Qt widgets; the translator (QtCore only) renders the document's fixed texts.
"""

from __future__ import annotations

import pickle
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from multiprocessing.connection import Connection
    from multiprocessing.synchronize import Event

    from cdo_workshop.domain.model import Session
    from cdo_workshop.usecases.export_pdf import SealRequest


@dataclass(frozen=True)
class ExportTask:
    session: Session
    language: str
    witness: bool
    qes_fields: bool
    named_votes: bool
    seal: SealRequest | None
    database: Path | None
    data_dir: Path  # the window's (certificates, known store): the child has no settings


class Cancelled(Exception):
    """The parent asked to stop; raised at the next progress report."""


def warm_up() -> None:
    """What the first export would otherwise import (about a second) and the catalog."""
    import pyhanko.sign.signers  # noqa: F401
    import reportlab.platypus  # noqa: F401

    from cdo_workshop.domain.catalog import shipped_catalog
    from cdo_workshop.usecases import export_pdf  # noqa: F401

    shipped_catalog()


def run(task: ExportTask, report: Any) -> Any:
    from cdo_workshop.domain.catalog import shipped_catalog
    from cdo_workshop.export.agreement import AgreementOptions
    from cdo_workshop.i18n import Translator
    from cdo_workshop.paths import private_data_dir
    from cdo_workshop.usecases.export_pdf import export_pdf

    with private_data_dir(task.data_dir):
        return export_pdf(
            task.session,
            shipped_catalog(),
            task.language,
            translate=Translator(task.language).translate,
            options=AgreementOptions(
                witness=task.witness, qes_fields=task.qes_fields, named_votes=task.named_votes
            ),
            seal=task.seal,
            database=task.database,
            progress=report,
        )


def serve(conn: Connection, cancel: Event) -> None:
    """The child's main loop (multiprocessing target)."""
    warm_up()
    conn.send(("ready",))
    while True:
        try:
            payload = conn.recv_bytes()
        except (EOFError, OSError):  # the window is gone
            return
        if not payload:
            return
        task: ExportTask = pickle.loads(payload)

        def report(fraction: float, stage: str) -> None:
            if cancel.is_set():
                raise Cancelled
            conn.send(("progress", float(fraction), stage))

        try:
            result = run(task, report)
        except Cancelled:
            conn.send(("cancelled",))
        except BaseException as e:  # handed to the window, as a thread's would be
            conn.send(("failed", _picklable(e)))
        else:
            conn.send(("cancelled",) if cancel.is_set() else ("done", result))


def _picklable(error: BaseException) -> BaseException:
    """The error itself if it survives the pipe, else a RuntimeError that names it."""
    try:
        pickle.loads(pickle.dumps(error))
    except Exception:
        return RuntimeError(f"{type(error).__name__}: {error}")
    return error


def export_in_child(task: ExportTask, timeout: float = 300.0) -> Any:
    """One export in a child of its own, as the window makes it, without Qt's signals (the
    bundle's self-test: it shows that the frozen app can start its export process)."""
    import multiprocessing

    context = multiprocessing.get_context("spawn")
    ours, theirs = context.Pipe()
    cancel = context.Event()  # referenced until the end: the child opens its semaphore late
    child = context.Process(target=serve, args=(theirs, cancel), name="cdo-export", daemon=True)
    child.start()
    theirs.close()
    try:
        ours.send_bytes(pickle.dumps(task))
        while True:
            if not ours.poll(timeout):
                raise TimeoutError("the export process did not answer")
            answer = ours.recv()
            if answer[0] == "done":
                return answer[1]
            if answer[0] == "failed":
                raise answer[1]
            if answer[0] == "cancelled":
                raise RuntimeError("the export process stopped")
    finally:
        ours.send_bytes(b"")
        child.join(10)
        if child.is_alive():
            child.terminate()
        del cancel

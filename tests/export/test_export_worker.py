"""The export process's side (usecases/export_worker.py) without a window: a real child
process makes the agreement, says how far it is, stops on cancel, and its errors come back
with their translatable message intact."""

from __future__ import annotations

import multiprocessing
import pickle
from pathlib import Path

from cdo_workshop.domain.messages import msg
from cdo_workshop.export.errors import ExportError
from cdo_workshop.storage.errors import DatabaseUnusable
from cdo_workshop.usecases.export_pdf import SealRequest
from cdo_workshop.usecases.export_worker import ExportTask, serve


def task(sample, tmp_path: Path, seal: SealRequest | None = None) -> bytes:
    return pickle.dumps(
        ExportTask(
            session=sample,
            language="en",
            witness=False,
            qes_fields=False,
            named_votes=False,
            seal=seal,
            database=None,
            data_dir=tmp_path / "data",
        )
    )


def test_a_child_process_makes_the_agreement_then_refuses_a_bad_certificate(sample, tmp_path):
    context = multiprocessing.get_context("spawn")
    ours, theirs = context.Pipe()
    cancel = context.Event()
    child = context.Process(target=serve, args=(theirs, cancel), daemon=True)
    child.start()
    theirs.close()
    try:
        assert ours.poll(120) and ours.recv() == ("ready",)
        ours.send_bytes(task(sample, tmp_path))
        answers = []
        while not answers or answers[-1][0] == "progress":
            assert ours.poll(120)
            answers.append(ours.recv())
        kind, result = answers[-1]
        assert kind == "done" and result.pdf.startswith(b"%PDF") and result.language == "en"
        fractions = [a[1] for a in answers[:-1]]
        assert len(fractions) > 3 and fractions == sorted(fractions)
        # a certificate that is not one: the ExportError arrives with its message
        (tmp_path / "not.p12").write_bytes(b"no certificate")
        ours.send_bytes(task(sample, tmp_path, SealRequest(tmp_path / "not.p12", b"x")))
        answer = ours.recv()
        while answer[0] == "progress":
            answer = ours.recv()
        assert answer[0] == "failed" and isinstance(answer[1], ExportError)
        assert answer[1].message.context == "Export"  # a Message, not the bare text
        # cancelled: the child stops at its next progress report
        cancel.set()
        ours.send_bytes(task(sample, tmp_path))
        assert ours.recv() == ("cancelled",)
        cancel.clear()
        ours.send_bytes(b"")  # ends the child
        child.join(30)
        assert child.exitcode == 0
    finally:
        if child.is_alive():
            child.terminate()


def test_errors_keep_their_message_through_a_pipe(tmp_path):
    message = msg("Export", "{path} is the session database", path="/x")
    error = pickle.loads(pickle.dumps(ExportError(message)))
    assert error.message == message and error.render() == "/x is the session database"
    unusable = pickle.loads(pickle.dumps(DatabaseUnusable(message, tmp_path)))
    assert unusable.path == tmp_path and unusable.message == message

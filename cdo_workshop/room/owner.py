"""A session owned outside the GUI (the CLI, tests, benchmarks): votes applied and saved.

`SessionSink.cast` applies a phone's vote through the edit path (`questions.cast_edits`,
`domain.edits.apply_edits`) and returns once `persist` has saved it; a failed save takes
the edit back and refuses the vote, so a phone never hears "counted" for a vote that is
not on disk. With a `CallQueue` the work runs on the thread that serves the queue (the
CLI's main thread owns the SQLite connection); without one under a lock.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence

from cdo_workshop.domain.catalog import Catalog
from cdo_workshop.domain.edits import ChangeSet, Edit, EditError, apply_edits
from cdo_workshop.domain.model import Session
from cdo_workshop.room.questions import Question, Refusal, cast_edits, open_round_edits
from cdo_workshop.room.sink import CallQueue
from cdo_workshop.room.view import RoomView, build_view

Persist = Callable[[Session, ChangeSet], None]


class SessionSink:
    def __init__(
        self,
        session: Session,
        catalog: Catalog,
        questions: Sequence[Question],
        language: str,
        persist: Persist,
        calls: CallQueue | None = None,
    ) -> None:
        self.session = session
        self.catalog = catalog
        self.questions = list(questions)
        self.language = language
        self.persist = persist
        self.calls = calls
        self.publish: Callable[[RoomView], None] = lambda view: None
        self._lock = threading.Lock()

    def open_round(self) -> None:
        """Hide what the round asks about (saved before the first phone joins)."""
        self._apply(open_round_edits(self.session, self.questions))

    def view(self) -> RoomView:
        return build_view(self.session, self.catalog, self.questions, self.language)

    def cast(self, participant_id: str, question: Question, value: int) -> None:
        def do() -> None:
            with self._lock:
                self._apply(cast_edits(self.session, participant_id, question, value))

        if self.calls is not None:
            self.calls.call(do)
        else:
            do()

    def _apply(self, edits: list[Edit]) -> None:
        if not edits:
            return
        try:
            inverse, changes = apply_edits(self.session, edits)
        except EditError:
            raise Refusal("bad_request") from None
        try:
            self.persist(self.session, changes)
        except Exception:
            apply_edits(self.session, inverse)
            raise Refusal("not_saved", 503) from None
        self.publish(self.view())

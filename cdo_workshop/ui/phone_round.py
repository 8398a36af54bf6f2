"""The window's phone-voting round: one room server per session window, and its state.

`PhoneRound` starts and stops the server, decides what the phones are asked (step 3's
expectations or step 5's selected area), hides it first (saved, not undoable: Ctrl+Z must
never put hidden votes on the projector), publishes what the phones may see after every
change of the session, and applies the phones' votes on the GUI thread through the
controller's edit path (each an undoable step, saved at once). Leaving the session,
opening another and quitting stop the server.

There is one per controller (`phone_round(controller)`, a child of it): steps 3 and 5
and the audience window show the same round.

Signals:
    room_changed(): the round started, stopped, changed its question or token, a name
        was claimed or freed, or someone voted (what `info()` returns changed).
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QImage

from cdo_workshop.domain.operations import voter_count
from cdo_workshop.room.questions import (
    AREA,
    Question,
    Refusal,
    cast_edits,
    open_round_edits,
    voters,
)
from cdo_workshop.room.sink import run, wait_for
from cdo_workshop.room.view import build_view
from cdo_workshop.ui.controller import SessionController
from cdo_workshop.ui.qr import wifi_text

if TYPE_CHECKING:  # aiohttp (about 0.5 s) loads when a round starts, not with the room's view
    from cdo_workshop.room.server import RoomServer


TELL_MS = 150  # the views follow a burst of votes this often


@dataclass(frozen=True)
class RoundInfo:
    """What a projector shows of a running round (never a vote's value)."""

    url: str
    question: str  # the area's title, or "expectations"
    kind: str  # "area" | "expectation"
    voted: tuple[str, ...]  # names of those who have voted
    eligible: int  # participants who may vote (named, not the facilitator)
    held: tuple[tuple[str, str], ...] = field(default=())  # (participant id, name) per device
    wifi_name: str = ""  # the hotspot the Wi-Fi QR code joins ("" for none)
    wifi: str = ""  # what that code encodes (WIFI:S:…;T:WPA;P:…;;)


class GuiSink(QObject):
    """VoteSink for the window: `cast` runs in a server worker thread, the vote on the GUI
    thread, and the worker waits for its result; `close` cancels what waits, so the GUI
    thread can stop the server without waiting for itself.

    Votes wait in a queue the GUI thread takes one at a time, one per turn of its event
    loop (a zero timer): when the room votes at once, the window still paints and takes
    keys between two votes instead of applying them all in one go."""

    _arrived = Signal()

    def __init__(self, round_: PhoneRound) -> None:
        super().__init__(round_)
        self.round = round_
        self._closed = False
        self._pending: set[Future[None]] = set()
        self._queue: deque[tuple[Callable[[], None], Future[None]]] = deque()
        self._lock = threading.Lock()  # workers add, the GUI thread takes and cancels
        self._next = QTimer(self)
        self._next.setSingleShot(True)
        self._next.setInterval(0)
        self._next.timeout.connect(self._run_one)
        self._arrived.connect(self._next.start, Qt.ConnectionType.QueuedConnection)

    def cast(self, participant_id: str, question: Question, value: int) -> None:
        future: Future[None] = Future()
        with self._lock:
            if self._closed:
                raise Refusal("closed", 503)
            self._pending.add(future)
            self._queue.append(
                (lambda: self.round.apply_vote(participant_id, question, value), future)
            )
        try:
            self._arrived.emit()
            wait_for(future)
        finally:
            with self._lock:
                self._pending.discard(future)

    def _run_one(self) -> None:
        with self._lock:
            item = self._queue.popleft() if self._queue else None
            more = bool(self._queue)
        if item is not None:
            run(*item)
        if more:
            self._next.start()

    def close(self) -> None:
        with self._lock:
            self._closed = True
            pending = list(self._pending)
            self._queue.clear()
        for future in pending:
            future.cancel()


class PhoneRound(QObject):
    room_changed = Signal()
    _server_changed = Signal()  # from the server thread (names), queued onto the GUI thread

    def __init__(self, controller: SessionController) -> None:
        super().__init__(controller)
        self.setObjectName("phoneRound")
        self.controller = controller
        self.server: RoomServer | None = None
        self.sink: GuiSink | None = None
        self.questions: list[Question] = []
        self.wifi_name = self.wifi_password = ""  # a hotspot's, for its QR code; never saved
        self._server_changed.connect(self.room_changed, Qt.ConnectionType.QueuedConnection)
        # Votes and edits tell the views at most once per TELL_MS: when the room votes at
        # once, the laptop and the projector redraw who has voted a few times a second
        # instead of 30 times (each redraw repainted both windows).
        self._told = QTimer(self, singleShot=True, interval=TELL_MS)
        self._told.timeout.connect(self._tell_pending)
        self._pending = False
        controller.session_changed.connect(lambda _change: self._publish())
        controller.session_opening.connect(self.stop)
        controller.session_closed.connect(self.stop)
        app = QCoreApplication.instance()
        if app is not None:  # quitting never leaves the server running
            app.aboutToQuit.connect(self.stop)

    # -- the round ---------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self.server is not None and self.server.running

    def start(self, host: str, questions: list[Question], port: int = 0) -> None:
        """Hide the questions, then serve them on `host` (raises OSError, ValueError)."""
        if self.controller.session is None:
            return
        from cdo_workshop.room.server import RoomServer

        self.stop()
        self.sink = GuiSink(self)
        server = RoomServer(
            self.sink,
            host,
            port,
            self.controller.language,
            on_change=self._server_changed.emit,
        )
        self.server = server
        self.ask(questions)
        try:
            server.start()
        except BaseException:
            self.server = None
            self.sink.close()
            self.sink = None
            raise
        self.room_changed.emit()

    def ask(self, questions: list[Question]) -> None:
        """What the phones are asked now (hidden first; names stay with their devices)."""
        session = self.controller.session
        if session is None:
            return
        self.questions = list(questions)
        edits = open_round_edits(session, self.questions)
        if edits:
            self.controller.record(edits)  # publishes through session_changed
        self._publish()
        self.room_changed.emit()

    def stop(self) -> None:
        """Close the sink first (waiting votes are refused), then the server."""
        server, sink = self.server, self.sink
        if server is None and sink is None:
            return
        self.server = self.sink = None
        if sink is not None:
            sink.close()
        if server is not None:
            server.stop()
        self.questions = []
        self.room_changed.emit()

    def set_wifi(self, name: str, password: str) -> None:
        """The Wi-Fi the phones join first (a hotspot): laptop and projector show its code."""
        name = name.strip()
        if (name, password) != (self.wifi_name, self.wifi_password):
            self.wifi_name, self.wifi_password = name, password
            self.room_changed.emit()

    def rotate_token(self) -> None:
        if self.server is not None:
            self.server.rotate_token()
            self.room_changed.emit()

    def free_name(self, participant_id: str) -> None:
        if self.server is not None and self.server.free_name(participant_id):
            self.room_changed.emit()

    # -- votes (GUI thread) -------------------------------------------------------------

    def apply_vote(self, participant_id: str, question: Question, value: int) -> None:
        """One phone vote as one undoable edit, saved at once; Refusal otherwise."""
        session = self.controller.session
        if session is None or self.server is None or question not in self.questions:
            raise Refusal("closed", 503)
        edits = cast_edits(session, participant_id, question, value)
        person = next((p for p in session.participants if p.id == participant_id), None)
        text = self.tr("Phone vote of {name}").format(name=person.name if person else "")
        if not self.controller.edit(edits, text):
            raise Refusal("not_saved", 503)
        if self.controller.unsaved():
            raise Refusal("not_saved", 503)  # kept and retried; the phone may send again
        self._tell()

    # -- what is shown --------------------------------------------------------------------

    def info(self) -> RoundInfo | None:
        session, server = self.controller.session, self.server
        if session is None or server is None or not self.questions:
            return None
        names = {p.id: p.name for p in session.participants}
        voted_ids: list[str] = []
        for question in self.questions:
            voted_ids += [pid for pid in voters(session, question) if pid in names]
        voted = [names[pid] for pid in dict.fromkeys(voted_ids)]
        question = self.questions[0]
        if question.kind == AREA:
            area = next((a for a in session.decision_areas if a.id == question.area_id), None)
            title = self.controller.title(area) if area else ""
        else:
            title = self.tr("Expectations")
        held = tuple((pid, names[pid]) for pid in sorted(server.devices.held()) if pid in names)
        return RoundInfo(
            server.url,
            title,
            question.kind,
            tuple(voted),
            voter_count(session, voted_ids),
            held,
            self.wifi_name,
            wifi_text(self.wifi_name, self.wifi_password) if self.wifi_name else "",
        )

    def join_url(self) -> str:
        """The address the phones open ("" while no round runs)."""
        return self.server.url if self.running and self.server else ""

    def qr(self, module_px: int = 10) -> QImage:
        """The join URL as a QR code (a null image while no round runs)."""
        from cdo_workshop.ui.qr import qr_image

        url = self.join_url()
        return qr_image(url, module_px) if url else QImage()

    def _publish(self) -> None:
        session, server = self.controller.session, self.server
        if session is None or server is None:
            return
        language = self.controller.language
        server.show(build_view(session, self.controller.catalog, self.questions, language))
        self._tell()  # who has voted (a vote typed in counts, too)

    def _tell(self) -> None:
        """room_changed now, or once at the end of TELL_MS if it was just emitted."""
        if self._told.isActive():
            self._pending = True
            return
        self.room_changed.emit()
        self._told.start()

    def _tell_pending(self) -> None:
        if self._pending:
            self._pending = False
            self.room_changed.emit()
            self._told.start()


def phone_round(controller: SessionController) -> PhoneRound:
    """The controller's round (made on first use): steps 3 and 5 and the audience window
    share it. A child of the controller, so it lives and dies with the session window."""
    return existing_round(controller) or PhoneRound(controller)


def existing_round(controller: SessionController) -> PhoneRound | None:
    """The controller's round if one was ever made (none: no phone has been asked)."""
    found = controller.findChild(PhoneRound, "phoneRound")
    return found if isinstance(found, PhoneRound) else None

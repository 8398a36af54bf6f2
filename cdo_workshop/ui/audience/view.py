"""The audience view: what the room sees of the workshop, and nothing else.

The open session's title, the current step and that step's content for the room
(`ui.audience.<kind>` modules: read-only, no notes, no editing controls, no hidden votes),
and, while phone voting runs, its QR code, address and who has voted (the window's
`ui.phone_round`, followed through `room_changed`). It follows the facilitator's window
live: the step the session is at (saved as progress when the facilitator moves), every
edit, and the decision area or task selected (`RoomFocus`). Shown in the presentation
window on a second screen, or full screen in the main window in projector mode.

Its type scale follows its own height (`typography.audience_scale`), so every size fits.
"""

from __future__ import annotations

from importlib import import_module

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QImage, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cdo_workshop.domain.edits import Part
from cdo_workshop.domain.steps import STEPS, step_number
from cdo_workshop.paths import resource_path
from cdo_workshop.ui.audience.base import AudienceStep, text_label
from cdo_workshop.ui.audience.focus import RoomFocus
from cdo_workshop.ui.audience.voting import VotingPanel
from cdo_workshop.ui.controller import Change, SessionController
from cdo_workshop.ui.typography import audience_scale
from cdo_workshop.ui.widgets.delegation_board import poker_changed

# Which module and class show each step for the room (imported when first shown).
STEP_VIEWS = {
    "framing": ("tables", "ParticipantsStep"),
    "goals": ("tables", "GoalsStep"),
    "expectations": ("expectations", "ExpectationsStep"),
    "placement": ("placement", "PlacementStep"),
    "decisions": ("board", "BoardStep"),
    "responsibilities": ("matrix", "MatrixStep"),
    "dependencies": ("tables", "DependenciesStep"),
    "resources": ("tables", "ResourcesStep"),
    "agreement": ("analysis", "AnalysisStep"),
}
# Steps whose content fills the height and scrolls itself (keeping the selected row in view).
FILLING = ("decisions", "responsibilities")
REDRAW_MS = 40  # typing in the facilitator's window redraws the room's view once per burst


class AudienceView(QWidget):
    def __init__(
        self, controller: SessionController, focus: RoomFocus, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("audienceView")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.controller = controller
        self.focus = focus
        self.title = text_label("small", "audienceTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.step_title = text_label("step", "audienceStepTitle")
        self.steps: dict[str, AudienceStep] = {}
        self._containers: dict[str, QWidget] = {}  # the step, or the scroll area around it
        self.stack = QStackedWidget(objectName="audienceSteps")
        self.empty = text_label("step", "audienceEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.empty)
        self.voting = VotingPanel()
        content = QVBoxLayout()
        content.setSpacing(8)
        top = QHBoxLayout()
        top.addWidget(self.step_title, 3)
        top.addWidget(self.title, 1)
        content.addLayout(top)
        line = QFrame(objectName="audienceRule")
        line.setFrameShape(QFrame.Shape.HLine)
        content.addWidget(line)
        content.addWidget(self.stack, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 20)
        layout.setSpacing(32)
        layout.addLayout(content, 3)
        layout.addWidget(self.voting, 1)
        self._height = 0
        self._redraw = QTimer(self)
        self._redraw.setSingleShot(True)
        self._redraw.setInterval(REDRAW_MS)
        self._redraw.timeout.connect(self.show_session)
        controller.session_opened.connect(self.show_session)
        controller.session_closed.connect(self.show_session)
        controller.session_changed.connect(self._on_changed)
        focus.changed.connect(self._follow_focus)
        from cdo_workshop.ui.phone_round import phone_round

        self._round = phone_round(controller)
        self._qr: tuple[str, QImage] = ("", QImage())  # drawn once per link, not per vote
        self._wifi: tuple[str, QImage] = ("", QImage())  # and once per Wi-Fi
        self._round.room_changed.connect(self._follow_round)
        self._apply_scale(768)
        self.show_session()
        self._follow_round()

    # -- keeping up with the facilitator ----------------------------------------------------

    def current_key(self) -> str:
        session = self.controller.session
        return session.progress.current_step if session is not None else ""

    def current_step(self) -> AudienceStep | None:
        """The step on screen (None: no session is open)."""
        if self.controller.session is None:
            return None
        return self.steps.get(self.current_key())

    def show_session(self) -> None:
        """Draw the current step of the open session (or say that none is open)."""
        self._redraw.stop()
        session = self.controller.session
        if session is None:
            self.title.hide()
            self.step_title.hide()
            self.empty.setText(self.tr("CDO Workshop"))
            self.stack.setCurrentWidget(self.empty)
            return
        key = self.current_key() if self.current_key() in STEP_VIEWS else STEPS[0].key
        step = next(s for s in STEPS if s.key == key)
        self.title.setText(session.display_title())
        self.title.setVisible(bool(self.title.text()))
        self.step_title.setText(
            self.tr("Step {number} of {count}: {title}").format(
                number=step_number(key),
                count=len(STEPS),
                title=QCoreApplication.translate("Steps", step.title),
            )
        )
        self.step_title.show()
        view = self._step(key)
        self.stack.setCurrentWidget(self._containers[key])
        view.follow(self.focus)
        view.show_session(session)

    def _step(self, key: str) -> AudienceStep:
        if key not in self.steps:
            module, name = STEP_VIEWS[key]
            view = getattr(import_module(f"cdo_workshop.ui.audience.{module}"), name)(
                self.controller
            )
            self.steps[key] = view
            container: QWidget = view
            if key not in FILLING:  # a list longer than the screen scrolls, never cut off
                scroll = QScrollArea()
                scroll.setWidgetResizable(True)
                scroll.setFrameShape(QFrame.Shape.NoFrame)
                scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
                scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                scroll.setWidget(view)
                container = scroll
            self._containers[key] = container
            self.stack.addWidget(container)
        return self.steps[key]

    def _on_changed(self, change: Change) -> None:
        if change.changes.only(Part.ROOM) and not poker_changed(change):
            return  # the step timer's saves
        self._redraw.start()

    def _follow_focus(self) -> None:
        step = self.steps.get(self.current_key())
        if step is not None and self.controller.session is not None:
            step.follow(self.focus)
            step.show_session(self.controller.session)

    # -- phone voting -----------------------------------------------------------------------

    def _follow_round(self) -> None:
        """Show the running round (a count and names, never a value), or nothing."""
        info = self._round.info()
        if info is None:
            self._qr = ("", QImage())
            if self.voting.running():
                self.end_voting_round()
            return
        if self._qr[0] != info.url:  # one pixel per module; the panel scales it sharply
            self._qr = (info.url, self._round.qr(1))
        if self._wifi[0] != info.wifi:
            from cdo_workshop.ui.qr import qr_image

            self._wifi = (info.wifi, qr_image(info.wifi, 1) if info.wifi else QImage())
        self.show_voting_round(
            self._qr[1],
            info.url,
            len(info.voted),
            info.eligible,
            info.voted,
            wifi=self._wifi[1] if info.wifi else None,
            wifi_name=info.wifi_name,
        )

    def show_voting_round(self, *args: object, **kwargs: object) -> None:
        """See VotingPanel.show_round: the QR code, its URL, who has voted."""
        self.voting.show_round(*args, **kwargs)  # type: ignore[arg-type]

    def end_voting_round(self) -> None:
        self.voting.end_round()

    # -- size and language ----------------------------------------------------------------

    def _apply_scale(self, height: int) -> None:
        self._height = height
        dpi = self.logicalDpiY() or 96
        style = "".join(
            resource_path("styles", name).read_text(encoding="utf-8")
            for name in ("app.qss", "projector.qss")
        )
        self.setStyleSheet(style + audience_scale(height, dpi).stylesheet())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if abs(event.size().height() - self._height) > 8:
            self._apply_scale(event.size().height())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.voting.retranslate()
            self._redraw.start()
        super().changeEvent(event)

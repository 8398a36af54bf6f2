"""The open session: step navigator, the current step's page, Back/Next.

The order of steps comes from the domain (`domain.steps.STEPS`); each page is a StepPage.
Moving between steps is saved as progress, so a session reopens where the room stopped.
The time the room spends in each step is saved with the session too (every few seconds and
when the step changes), so the step timer goes on where it stood, across visits and
restarts, and the total shows the whole workshop's time.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import overload

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cdo_workshop.domain.edits import Part
from cdo_workshop.domain.steps import STEPS, Step, step_number
from cdo_workshop.ui.controller import Change, SessionController
from cdo_workshop.ui.steps import page_class
from cdo_workshop.ui.steps.base import StepPage
from cdo_workshop.ui.widgets.upgrade_banner import UpgradeBanner

SAVE_TIME_EVERY = 15  # seconds: a kill loses at most this much of the step's time


def _clock(seconds: int) -> str:
    """12:05 (minutes:seconds), or 1:02:05 from an hour on."""
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


class LazyPages(Sequence[StepPage]):
    """The step pages, each built when first asked for (shown, or looked up by a caller).

    `built(row)` says whether one exists yet; iterating builds them all."""

    def __init__(
        self,
        keys: Sequence[str],
        build: Callable[[int], StepPage],
        place: Callable[[int, StepPage], None],
    ) -> None:
        self.keys = list(keys)
        self._build = build
        self._place = place
        self._pages: dict[int, StepPage] = {}

    def __len__(self) -> int:
        return len(self.keys)

    @overload
    def __getitem__(self, row: int) -> StepPage: ...
    @overload
    def __getitem__(self, row: slice) -> list[StepPage]: ...
    def __getitem__(self, row: int | slice) -> StepPage | list[StepPage]:
        if isinstance(row, slice):
            return [self[i] for i in range(len(self))[row]]
        row = range(len(self))[row]  # negative rows, IndexError
        if row not in self._pages:
            page = self._pages[row] = self._build(row)
            # Known before it is placed: placing shows it, and what reacts to that (focus,
            # the navigator) asks for it again.
            self._place(row, page)
        return self._pages[row]

    def __iter__(self) -> Iterator[StepPage]:
        return (self[row] for row in range(len(self)))

    def built(self, row: int) -> StepPage | None:
        return self._pages.get(row)


class SessionView(QWidget):
    """`pages` (a LazyPages) are made by `build(key)` when first shown."""

    page_built = Signal(object)  # a StepPage, just made and placed

    def __init__(
        self,
        controller: SessionController,
        keys: Sequence[str],
        build: Callable[[str], StepPage],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sessionView")
        self.controller = controller
        self.keys = list(keys)
        self.pages = LazyPages(self.keys, lambda row: build(self.keys[row]), self._place_page)
        self.steps: list[Step] = [next(s for s in STEPS if s.key == k) for k in self.keys]
        self._holders: list[QHBoxLayout] = []

        self.heading = QLabel(objectName="sessionHeading")
        self.back_to_overview = QPushButton(objectName="backButton")
        bar = QWidget(objectName="sessionBar")
        bar_layout = QHBoxLayout(bar)
        self.timer_label = QLabel(objectName="stepTimer")
        self.timer_label.setAccessibleDescription(self.tr("Time in this step"))
        bar_layout.addWidget(self.heading, 1)
        bar_layout.addWidget(self.timer_label)
        bar_layout.addWidget(self.back_to_overview)
        # The time box: how long the room has spent in the current step, this visit on top
        # of what earlier visits saved.
        self.elapsed = QElapsedTimer()
        self.elapsed.start()
        self._timed_step = ""
        self.ticker = QTimer(self)
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self._update_timer)

        self.navigator = QListWidget(objectName="stepNavigator")
        self.navigator.setAccessibleName(self.tr("Workshop steps"))
        for _ in self.keys:
            self.navigator.addItem(QListWidgetItem())
        self.navigator.currentRowChanged.connect(self._show_row)
        # Wide enough for "5. Entscheidungskompetenzen" at the laptop's 11 pt.
        self.navigator.setMinimumWidth(300)
        self.navigator.setWordWrap(True)
        self.navigator.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigator.setMaximumWidth(320)

        self.stack = QStackedWidget(objectName="stepStack")
        for _key in self.keys:  # a scroll area per step; its page comes when first shown
            holder = QWidget()
            self._holders.append(QHBoxLayout(holder))
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            # A page wider than the window (a small laptop with the notes open) scrolls
            # sideways rather than cutting off its buttons.
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
            scroll.setWidget(holder)
            self.stack.addWidget(scroll)

        self.previous_button = QPushButton(objectName="previousStep")
        self.previous_button.clicked.connect(lambda: self.step_by(-1))
        self.next_button = QPushButton(objectName="nextStep")
        self.next_button.clicked.connect(lambda: self.step_by(+1))
        self.done_box = QCheckBox(objectName="stepDone")
        self.done_box.toggled.connect(self._mark_done)
        footer = QHBoxLayout()
        footer.addWidget(self.previous_button)
        footer.addStretch(1)
        footer.addWidget(self.done_box)
        footer.addStretch(1)
        footer.addWidget(self.next_button)

        content = QVBoxLayout()
        self.upgrade_banner = UpgradeBanner(controller)
        content.addWidget(self.upgrade_banner)
        content.addWidget(self.stack, 1)
        content.addLayout(footer)
        body = QHBoxLayout()
        body.addWidget(self.navigator)
        body.addLayout(content, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(bar)
        layout.addLayout(body, 1)

        for keys, step in (("Ctrl+PgDown", +1), ("Ctrl+PgUp", -1)):
            QShortcut(QKeySequence(keys), self, lambda s=step: self.step_by(s))
        for number in range(1, len(self.keys) + 1):
            QShortcut(
                QKeySequence(f"Ctrl+{number}"),
                self,
                lambda n=number: self.navigator.setCurrentRow(n - 1),
            )

        controller.session_opened.connect(self._open_where_stopped)
        controller.session_changed.connect(self._on_changed)
        self.retranslate()

    def _place_page(self, row: int, page: StepPage) -> None:
        page.setMaximumWidth(1400)
        self._holders[row].addWidget(page, 1)
        page.completeChanged.connect(lambda _done: self._update_navigator())
        self.page_built.emit(page)

    def page_for(self, key: str) -> StepPage:
        return self.pages[self.keys.index(key)]

    # -- navigation -----------------------------------------------------------------------

    def current_page(self) -> StepPage:
        return self.pages[self.stack.currentIndex()]

    def step_by(self, delta: int) -> None:
        row = self.navigator.currentRow() + delta
        if 0 <= row < len(self.keys):
            self.navigator.setCurrentRow(row)

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        self.save_time()
        page = self.pages[row]  # built now if it is the first visit
        self.stack.setCurrentIndex(row)
        self.controller.go_to_step(page.key)
        self._timed_step = page.key
        self.elapsed.restart()
        self._update_timer()
        self._update_footer()
        self._focus_heading(self.pages[row])

    def _focus_heading(self, page: StepPage, opened: bool = False) -> None:
        """After a step change, focus on the step's heading ("Step 5 of 9: …"), which a
        screen reader reads out; Tab goes on to the page's first field. Arrowing through
        the navigator keeps the focus there (each step is read as it is reached), except
        when a session has just been opened."""
        if self.navigator.hasFocus() and not opened:
            return
        heading = getattr(page, "heading", None)
        target = heading if isinstance(heading, QLabel) else page
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _open_where_stopped(self) -> None:
        session = self.controller.session
        if session is None:
            return
        self._timed_step = ""  # the time of the session before belongs to that session
        keys = self.keys
        row = (
            keys.index(session.progress.current_step)
            if (session.progress.current_step in keys)
            else 0
        )
        self.navigator.setCurrentRow(row)
        self._show_row(row)
        self._update_navigator()
        self._update_heading()
        self._focus_heading(self.pages[row], opened=True)

    def set_projector(self, on: bool) -> None:
        self.timer_label.setProperty("projector", on)
        self.timer_label.style().unpolish(self.timer_label)
        self.timer_label.style().polish(self.timer_label)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        self.ticker.start()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        self.ticker.stop()
        self.save_time()
        super().hideEvent(event)

    # -- time per step ----------------------------------------------------------------------

    def step_seconds(self, key: str) -> int:
        """Saved time of a step, plus this visit's if it is the step on screen."""
        session = self.controller.session
        saved = session.room.step_seconds.get(key, 0) if session else 0
        running = self.elapsed.elapsed() // 1000 if key == self._timed_step else 0
        return saved + running

    def total_seconds(self) -> int:
        session = self.controller.session
        if session is None:
            return 0
        keys = set(session.room.step_seconds) | {self._timed_step} - {""}
        return sum(self.step_seconds(k) for k in keys)

    def save_time(self) -> None:
        """Add this visit's time to the step's saved time (and start counting anew)."""
        if not self._timed_step or self.controller.session is None:
            return
        seconds = self.step_seconds(self._timed_step)
        self.elapsed.restart()
        self.controller.set_step_seconds(self._timed_step, seconds)

    def _update_timer(self) -> None:
        row = self.stack.currentIndex()
        if row < 0:
            return
        if self.elapsed.elapsed() >= SAVE_TIME_EVERY * 1000:
            self.save_time()
        seconds = self.step_seconds(self.keys[row])
        box = self.steps[row].minutes * 60
        spent = _clock(seconds)
        total = _clock(self.total_seconds())
        if seconds > box:
            text = self.tr("Time {spent} of {box} min – over time · total {total}").format(
                spent=spent, box=self.steps[row].minutes, total=total
            )
        else:
            text = self.tr("Time {spent} of {box} min · total {total}").format(
                spent=spent, box=self.steps[row].minutes, total=total
            )
        self.timer_label.setText(text)
        over = seconds > box
        if self.timer_label.property("over") != over:
            self.timer_label.setProperty("over", over)
            self.timer_label.style().unpolish(self.timer_label)
            self.timer_label.style().polish(self.timer_label)

    def _mark_done(self, done: bool) -> None:
        self.controller.set_step_done(self.keys[self.stack.currentIndex()], done)

    def _on_changed(self, change: Change) -> None:
        if change.changes.only(Part.ROOM):
            return  # the timer's own saves
        self._update_navigator()
        if change.touches("header", "municipality"):
            self._update_heading()

    # -- texts ----------------------------------------------------------------------------

    def _update_navigator(self) -> None:
        session = self.controller.session
        done = set(session.progress.completed_steps) if session else set()
        for row, step in enumerate(self.steps):
            title = QCoreApplication.translate("Steps", step.title)
            mark = "\u2713 " if step.key in done else ""
            state = (
                self.tr("done")
                if step.key in done
                else (self.tr("ready") if self._ready(row) else self.tr("open"))
            )
            item = self.navigator.item(row)
            item.setText(
                self.tr("{mark}{number}. {title}\n{minutes} min · {state}").format(
                    mark=mark,
                    number=step_number(step.key),
                    title=title,
                    minutes=step.minutes,
                    state=state,
                )
            )
            item.setData(Qt.ItemDataRole.AccessibleTextRole, item.text().replace("\n", ", "))
        self._update_footer()

    def _ready(self, row: int) -> bool:
        """The page's own answer, or, before it is built, its class's from the session."""
        page = self.pages.built(row)
        if page is not None:
            return page.is_complete()
        session = self.controller.session
        return session is not None and page_class(self.keys[row]).ready(session)

    def _update_footer(self) -> None:
        row = self.stack.currentIndex()
        self.previous_button.setEnabled(row > 0)
        self.next_button.setEnabled(row < len(self.keys) - 1)
        session = self.controller.session
        self.done_box.blockSignals(True)
        self.done_box.setChecked(
            bool(session and self.keys[row] in session.progress.completed_steps)
        )
        self.done_box.blockSignals(False)

    def _update_heading(self) -> None:
        session = self.controller.session
        self.heading.setText(session.display_title() if session else "")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        if hasattr(self, "upgrade_banner"):
            self.upgrade_banner.retranslate()
        self.back_to_overview.setText(self.tr("Back to overview"))
        self.back_to_overview.setAccessibleName(self.tr("Back to overview"))
        self.done_box.setAccessibleName(self.tr("Step done"))
        self.back_to_overview.setToolTip(self.tr("Close the session; it is saved (Ctrl+W)"))
        self.previous_button.setText(self.tr("\u2190 Back"))
        self.previous_button.setToolTip(self.tr("Previous step (Ctrl+PgUp)"))
        self.previous_button.setAccessibleName(self.tr("Previous step"))
        self.next_button.setText(self.tr("Next \u2192"))
        self.next_button.setToolTip(self.tr("Next step (Ctrl+PgDown)"))
        self.next_button.setAccessibleName(self.tr("Next step"))
        self.done_box.setText(self.tr("Step &done"))
        self._update_navigator()
        self._update_heading()

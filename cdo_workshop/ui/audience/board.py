"""Step 5 for the room: the question being voted on and the delegation board, read-only.

The board is the facilitator's board model with condensed cells ("3" instead of "3 votes",
"✔" for the agreed level, "§" above the legal ceiling), so every column fits a projector.
It hides what delegation poker hides (the model asks the session) and never shows who
voted what. The area the facilitator has selected is the question: shown large, its row
selected and kept in view (the board scrolls when its areas do not fit the screen).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QWidget

from cdo_workshop.domain.analysis.checks import vote_spreads
from cdo_workshop.domain.model import DecisionArea, Session
from cdo_workshop.domain.operations import voter_count
from cdo_workshop.ui.audience.base import AudienceStep, text_label
from cdo_workshop.ui.audience.focus import RoomFocus
from cdo_workshop.ui.controller import SessionController
from cdo_workshop.ui.typography import set_role
from cdo_workshop.ui.widgets.delegation_board import (
    SPREAD_COLUMN,
    TITLE_COLUMN,
    VOTERS_ROLE,
    BoardView,
    DelegationBoardModel,
)

Index = QModelIndex | QPersistentModelIndex
Role = Qt.ItemDataRole


def two_lines(text: object) -> object:
    """ "5 Stimmen abgegeben" as "5 Stimmen" over "abgegeben": the room's board gives its
    width to the area titles (the spread's "2–6 (weit)" stays on one line)."""
    if isinstance(text, str) and text.count(" ") >= 2:
        head, _, tail = text.rpartition(" ")
        return f"{head}\n{tail}"
    return text


class AudienceBoardModel(DelegationBoardModel):
    """The board model with short cells and no tooltips (nobody hovers on a projector)."""

    numbers_only = False  # level headers without names (a legend says them) when narrow

    def tr(self, source: str, disambiguation: str | None = None, n: int = -1) -> str:  # type: ignore[override]
        # Its texts are the board's and its base's: PySide looks them up under the
        # subclass's name only (the room's board said "6 vote(s) cast" and "§ decided by"
        # in a German window).
        for context in ("DelegationBoardModel", "_AreaModel"):
            text = QCoreApplication.translate(context, source, disambiguation, n)
            if text != source:
                return text
        return source

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if role == Role.ToolTipRole:
            return None
        level = self.level_of(index.column()) if index.isValid() else None
        if role == Role.DisplayRole and index.column() == SPREAD_COLUMN:
            return two_lines(super().data(index, role))
        if role != Role.DisplayRole or level is None or index.row() >= self.rowCount():
            return super().data(index, role)
        area = self.area_at(index.row())
        if level > area.max_level:
            return "\u00a7"
        voters = super().data(index, VOTERS_ROLE) or []  # none while hidden
        parts = ["\u2714"] if area.agreed_level == level else []
        if voters:
            parts.append(str(len(voters)))
        return " ".join(parts)

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole
    ) -> Any:
        if role == Role.ToolTipRole:
            return None
        level = self.level_of(section)
        if (
            self.numbers_only
            and level is not None
            and role == Role.DisplayRole
            and orientation == Qt.Orientation.Horizontal
        ):
            return str(level)
        return super().headerData(section, orientation, role)

    def level_samples(self) -> list[str]:
        """The widest a level cell can be: agreed, with every participant's vote."""
        return [f"\u2714 {self.most_votes()}", "\u00a7"]

    def spread_samples(self) -> list[str]:
        return [two_lines(text) for text in super().spread_samples()]

    def set_numbers_only(self, on: bool) -> None:
        if on != self.numbers_only:
            self.numbers_only = on
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 1, SPREAD_COLUMN - 1)


class BoardStep(AudienceStep):
    key = "decisions"

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        set_role(self.headline, "figure")
        self.ceiling = text_label(None, "audienceCeiling")
        self.status = text_label(None, "audienceVoteStatus")
        self.model = AudienceBoardModel(controller, self)
        self.board = BoardView(objectName="audienceBoard")
        self.board.setModel(self.model)
        self.board.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.board.setCornerButtonEnabled(False)  # "select all" is nothing for the room
        self.board.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.board.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.board.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.board.horizontalHeader()
        header.setSectionResizeMode(TITLE_COLUMN, QHeaderView.ResizeMode.Stretch)
        # Level and spread columns sized once from their widest texts, not on every vote.
        columns = {level: self.model.level_samples for level in range(1, 8)}
        self.board.size_columns({**columns, SPREAD_COLUMN: self.model.spread_samples})
        self.board.fit_rows()
        self.legend = text_label("small", "audienceLegend")
        self.body.addWidget(self.ceiling)
        self.body.addWidget(self.status)
        self.body.addWidget(self.board, 1)
        self.body.addWidget(self.legend)
        self.area_id = ""  # the question: the area the facilitator has selected
        self._drawn: tuple[int, str] | None = None  # the session and language the model shows

    def follow(self, focus: RoomFocus) -> None:
        self.area_id = focus.area_id  # the area the facilitator selected: the question

    def current_area(self, session: Session) -> DecisionArea | None:
        areas = session.decision_areas
        chosen = next((a for a in areas if a.id == self.area_id), None)
        # Not told yet: the first area still without an agreed level.
        return chosen or next((a for a in areas if a.agreed_level is None), None)

    def show_session(self, session: Session) -> None:
        # The model follows every edit itself (a vote redraws its area's row); it is read
        # anew only for another session or language. A reset per vote cost ~125 ms with
        # 30 phones voting at once.
        shown = (id(session), self.controller.language)
        if shown != self._drawn:
            self._drawn = shown
            self.model.refresh()
        area = self.current_area(session)
        self._show_question(session, area)
        self._show_legend()
        if area is not None:
            row = self.model.row_of(area.id)
            index = self.model.index(row, TITLE_COLUMN)
            self.board.selectRow(row)
            self.board.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        else:
            self.board.clearSelection()

    def _show_question(self, session: Session, area: DecisionArea | None) -> None:
        if area is None:
            self.headline.setText(
                self.tr("Every decision area has an agreed level.")
                if session.decision_areas
                else self.tr("No decision areas yet.")
            )
            self.ceiling.hide()
            self.status.hide()
            return
        self.headline.setText(self.controller.title(area))
        owner = self.model.owner_line(area)
        if area.max_level < 7:
            name = self.controller.catalog.level_name(area.max_level, self.controller.language)
            limit = self.tr("By law at most level {level} ({name})").format(
                level=area.max_level, name=name
            )
            self.ceiling.setText(f"{limit} \u00b7 {owner}" if owner else limit)
        self.ceiling.setVisible(area.max_level < 7)
        self.status.setText(self._vote_status(session, area))
        self.status.show()

    def _vote_status(self, session: Session, area: DecisionArea) -> str:
        voters = voter_count(session, area.votes)  # as the phone round counts them
        if session.votes_hidden(area):
            return self.tr("Votes hidden: {cast} of {voters} have voted").format(
                cast=len(area.votes), voters=voters
            )
        spread = next((s for s in vote_spreads(session) if s.area.id == area.id), None)
        parts = []
        if spread is None:
            parts.append(self.tr("No votes yet"))
        else:
            text = self.tr("Votes: {count}, from level {low} to {high}").format(
                count=spread.count, low=spread.low, high=spread.high
            )
            parts.append(text + (self.tr(" \u2013 a wide spread") if spread.wide else ""))
        if area.agreed_level is not None:
            name = self.controller.catalog.level_name(area.agreed_level, self.controller.language)
            parts.append(
                self.tr("agreed: level {level} ({name})").format(level=area.agreed_level, name=name)
            )
        return " \u00b7 ".join(parts)

    def _show_legend(self) -> None:
        catalog, language = self.controller.catalog, self.controller.language
        levels = " \u00b7 ".join(f"{n} {catalog.level_name(n, language)}" for n in range(1, 8))
        marks = self.tr("\u2714 agreed \u00b7 \u00a7 not lawful or reserved by law")
        self.legend.setText(f"{levels}\n{marks}" if self.model.numbers_only else marks)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Level names in the headers only where they leave the area titles room."""
        header = self.board.horizontalHeader()
        metrics = header.fontMetrics()
        catalog, language = self.controller.catalog, self.controller.language
        widest = max(
            metrics.horizontalAdvance(catalog.level_name(n, language)) for n in range(1, 8)
        )
        spread = metrics.averageCharWidth() * 12  # "1–7 (weit)"
        title = metrics.averageCharWidth() * 22  # a short area title on two lines
        needed = 7 * (widest + 16) + spread + title + self.board.verticalHeader().width() + 40
        self.model.set_numbers_only(needed > self.board.width())
        self._show_legend()

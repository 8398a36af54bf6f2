"""Step 5, Entscheidungskompetenzen: the delegation board.

Everyone votes a delegation level (1–7) per decision area; the facilitator types the votes
with the keys 1–7 for the chosen voter, the room looks at the spread and agrees on a level.
Levels above an area's legal ceiling cannot be agreed. In delegation-poker mode the votes
are entered hidden and revealed area by area; they are saved as they are entered all the
same, and so is the poker state (a restart mid-round keeps them hidden).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSignalBlocker, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cdo_workshop.domain import operations
from cdo_workshop.domain.edits import Collection
from cdo_workshop.domain.model import DecisionArea, Participant, Session
from cdo_workshop.ui.announce import announce
from cdo_workshop.ui.controller import Change, SessionController
from cdo_workshop.ui.steps.base import StepPage
from cdo_workshop.ui.widgets.delegation_board import (
    SPREAD_COLUMN,
    TITLE_COLUMN,
    BoardView,
    DelegationBoardModel,
    VotesModel,
    poker_changed,
)
from cdo_workshop.ui.widgets.phone_voting import PhoneVotingPanel
from cdo_workshop.ui.widgets.wrap_row import WrapRow

BOARD_TAB, VOTES_TAB = 0, 1
POKER_KEYS = "Ctrl+Shift+P"


class DecisionsPage(StepPage):
    key = "decisions"

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self._session_id = ""
        self.heading = QLabel(objectName="stepHeading")
        self.intro = QLabel(objectName="stepIntro")
        self.intro.setWordWrap(True)

        self.voter_label = QLabel(objectName="voterLabel")
        self.voter_combo = QComboBox(objectName="voterChoice")
        self.voter_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.voter_combo.currentIndexChanged.connect(lambda _i: self._show_current())
        self.voter_label.setBuddy(self.voter_combo)
        self.advance_box = QCheckBox(objectName="autoAdvance")
        self.advance_box.setChecked(True)
        self.poker_box = QCheckBox(objectName="pokerMode")
        self.poker_box.clicked.connect(self._set_poker)
        # Ctrl+Shift+P switches poker from anywhere on the page (no Tabs to the box).
        self.poker_shortcut = QShortcut(QKeySequence(POKER_KEYS), self)
        self.poker_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.poker_shortcut.activated.connect(self.poker_box.click)
        self.reveal_button = QPushButton(objectName="revealVotes")
        self.reveal_button.clicked.connect(self.reveal)
        self.agree_button = QPushButton(objectName="agreeLevel")
        self.agree_button.clicked.connect(self.agree_current)
        self.current_vote = QLabel(objectName="currentVote")
        self.current_vote.setMinimumWidth(160)
        voting = QHBoxLayout()
        for widget in (self.voter_label, self.voter_combo, self.current_vote, self.advance_box):
            voting.addWidget(widget)
        round_tools = QHBoxLayout()
        round_tools.addWidget(self.poker_box)
        round_tools.addWidget(self.reveal_button)
        # In two lines where one does not hold them (1280 px with the notes panel open).
        self.tools = WrapRow(voting, round_tools)

        self.board_model = DelegationBoardModel(controller, self)
        self.board = BoardView(objectName="delegationBoard")
        self.board.setModel(self.board_model)
        self.votes_model = VotesModel(controller, self)
        self.votes = BoardView(objectName="votesTable")
        self.votes.setModel(self.votes_model)
        for view in (self.board, self.votes):
            font = view.font()
            font.setPointSizeF(font.pointSizeF() * 1.1)
            view.setFont(font)
            view.setMinimumHeight(240)
            view.fit_rows()
            view.verticalHeader().setMinimumSectionSize(view.fontMetrics().lineSpacing() * 2 + 12)
            view.levelPressed.connect(self.vote)
            view.clearPressed.connect(self.clear_vote)
            view.voterStepped.connect(self.step_voter)
            view.selectionModel().currentChanged.connect(lambda *_: self._show_current())
        self.votes.selectionModel().currentChanged.connect(self._follow_votes_column)
        self.board.agreePressed.connect(self.agree_current)
        header = self.board.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TITLE_COLUMN, QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(70)
        self.board.size_columns({SPREAD_COLUMN: self.board_model.spread_samples})
        votes_header = self.votes.horizontalHeader()
        # One column per participant, sized when the participants change, not on every
        # vote (ResizeToContents measured every cell of the table on each edit).
        votes_header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        votes_header.setMinimumSectionSize(60)
        for signal in (self.votes_model.modelReset, self.votes_model.headerDataChanged):
            signal.connect(self._size_vote_columns)
        for model in (self.board_model, self.votes_model):
            model.modelReset.connect(self._size_title_columns)

        self.phone_voting = PhoneVotingPanel(controller, "area", self.current_area)
        self.board.selectionModel().currentChanged.connect(lambda *_: self.phone_voting.refresh())

        self.tabs = QTabWidget(objectName="boardTabs")
        self.tabs.addTab(self.board, "")
        self.tabs.addTab(self.votes, "")
        self.tabs.currentChanged.connect(self._tab_changed)

        self.keys_hint = QLabel(objectName="boardKeys")
        self.keys_hint.setWordWrap(True)
        self.status = QLabel(objectName="boardStatus")
        self.status.setWordWrap(True)
        self.summary = QLabel(objectName="stepSummary")
        self.summary.setWordWrap(True)

        agree_row = QHBoxLayout()
        agree_row.addWidget(self.agree_button)
        agree_row.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.tools)
        layout.addWidget(self.phone_voting)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(agree_row)
        layout.addWidget(self.keys_hint)
        layout.addWidget(self.summary)
        self.setFocusProxy(self.board)
        self.retranslate()

    # -- texts ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.heading.setText(self.step_heading())
        self.intro.setText(
            self.tr(
                "For each decision area, everyone shows how far the CDO should decide: from 1"
                " (leadership decides alone) to 7 (the CDO decides alone). Look at the spread,"
                " let the extremes explain, then agree on a level. Hatched cells are reserved"
                " by law."
            )
        )
        self.voter_label.setText(self.tr("V&oter:"))
        self.voter_combo.setAccessibleName(self.tr("Voter"))
        self.voter_combo.setToolTip(self.tr("Whose vote the keys 1\u20137 enter (+ and - switch)"))
        self.advance_box.setText(self.tr("&Next voter after each vote"))
        self.advance_box.setAccessibleName(self.tr("Next voter after each vote"))
        self.poker_box.setText(self.tr("Delegation &poker (hide votes)"))
        self.poker_box.setAccessibleName(self.tr("Delegation poker: hide votes until revealed"))
        self.poker_box.setToolTip(
            self.tr(
                "Votes are entered hidden; \u201cReveal votes\u201d shows them for the selected"
                " area, the others stay hidden. Saved with the session. Switch with {keys}."
            ).format(keys=QKeySequence(POKER_KEYS).toString(QKeySequence.SequenceFormat.NativeText))
        )
        self.reveal_button.setText(self.tr("&Reveal votes"))
        self.reveal_button.setAccessibleName(self.tr("Reveal the votes of the selected area"))
        self.agree_button.setText(self.tr("&Agree on level"))
        self.agree_button.setAccessibleName(self.tr("Agree on the selected level"))
        self.agree_button.setToolTip(
            self.tr("Agree on the level of the selected cell (Enter or double-click)")
        )
        self.tabs.setTabText(BOARD_TAB, self.tr("&Board"))
        self.tabs.setTabText(VOTES_TAB, self.tr("Vo&tes"))
        self.tabs.setAccessibleName(self.tr("Delegation board and votes"))
        self.board.setAccessibleName(self.tr("Delegation board: decision areas by level"))
        self.votes.setAccessibleName(self.tr("Votes by participant"))
        self.keys_hint.setText(
            self.tr(
                "Keys: 1\u20137 vote for the chosen voter, Delete removes the vote, + and -"
                " switch the voter, Enter agrees on the selected level."
            )
        )
        self.keys_hint.setAccessibleDescription(self.tr("Keyboard help"))
        self.status.setAccessibleDescription(self.tr("Board messages"))
        for model in (self.board_model, self.votes_model):
            model.texts_changed()
        if self.controller.session is not None:
            self._fill_voters()
            self._update_summary()
            self._show_current()  # "current vote: 2 …" names the level in the new language
        self.status.clear()  # a message in the other language would stay
        self._update_buttons()

    # -- loading --------------------------------------------------------------------------

    def load(self, session: Session) -> None:
        if session.id != self._session_id:
            self._session_id = session.id
            self.status.clear()
        self._show_poker()
        self.board_model.refresh()
        self.votes_model.refresh()
        self._fill_voters()
        if not self.board.currentIndex().isValid() and self.board_model.rowCount():
            self.board.setCurrentIndex(self.board_model.index(0, 1))
        self._update_summary()

    def on_session_changed(self, change: Change) -> None:
        if change.touches("participants"):
            self._fill_voters()
        if poker_changed(change):
            self._show_poker()
        if change.touches("decision_areas", "participants"):
            self._update_summary()
            self._show_current()
            self.completeChanged.emit(self.is_complete())

    @classmethod
    def ready(cls, session: Session) -> bool:
        return bool(
            session.decision_areas
            and all(a.agreed_level is not None for a in session.decision_areas)
        )

    def _fill_voters(self) -> None:
        session = self.controller.session
        if session is None:
            return
        current = self.voter_combo.currentData()
        with QSignalBlocker(self.voter_combo):
            self.voter_combo.clear()
            for p in session.participants:
                group = self.controller.group_label(p.group.value)
                self.voter_combo.addItem(p.name or self.tr("(no name)"), p.id)
                self.voter_combo.setItemData(
                    self.voter_combo.count() - 1,
                    "\n".join(x for x in (p.function, group) if x),
                    Qt.ItemDataRole.ToolTipRole,
                )
            self.voter_combo.setCurrentIndex(max(0, self.voter_combo.findData(current)))
        self._update_buttons()

    def _size_vote_columns(self, *_: object) -> None:
        for column in range(self.votes_model.columnCount()):
            if column != TITLE_COLUMN:
                self.votes.resizeColumnToContents(column)

    def _size_title_columns(self) -> None:
        for view in (self.board, self.votes):
            view.setColumnWidth(TITLE_COLUMN, max(220, view.fontMetrics().averageCharWidth() * 26))

    # -- who votes on what ------------------------------------------------------------------

    def current_view(self) -> BoardView:
        return self.votes if self.tabs.currentIndex() == VOTES_TAB else self.board

    def current_area(self) -> DecisionArea | None:
        index = self.current_view().currentIndex()
        if not index.isValid() or self.controller.session is None:
            return None
        return self.board_model.area_at(index.row())

    def current_voter(self) -> Participant | None:
        session = self.controller.session
        if session is None:
            return None
        if self.tabs.currentIndex() == VOTES_TAB:
            participant = self.votes_model.participant_at(self.votes.currentIndex().column())
            if participant is not None:
                return participant
        voter_id = self.voter_combo.currentData()
        return next((p for p in session.participants if p.id == voter_id), None)

    def select_voter(self, participant_id: str) -> None:
        self.voter_combo.setCurrentIndex(max(0, self.voter_combo.findData(participant_id)))

    def _tab_changed(self, tab: int) -> None:
        """Keep the area; on the votes tab, go to the chosen voter's column."""
        source, target = (self.board, self.votes) if tab == VOTES_TAB else (self.votes, self.board)
        row = source.currentIndex().row()
        if row >= 0:
            voter = self.voter_combo.currentData()
            column = target.currentIndex().column()
            if tab == VOTES_TAB and voter:
                column = self.votes_model.column_of(voter)
            target.setCurrentIndex(target.model().index(row, max(column, 1)))
        self._show_current()

    def _follow_votes_column(self, index: QModelIndex) -> None:
        """On the votes tab the column is the voter: keep the voter choice in step."""
        participant = self.votes_model.participant_at(index.column())
        if participant is not None:
            self.select_voter(participant.id)

    def step_voter(self, step: int) -> None:
        count = self.voter_combo.count()
        if count:
            self.voter_combo.setCurrentIndex((self.voter_combo.currentIndex() + step) % count)

    # -- edits ------------------------------------------------------------------------------

    def vote(self, level: int) -> None:
        area, voter = self.current_area(), self.current_voter()
        if area is None:
            self._say(self.tr("Select a decision area first."))
            return
        if voter is None:
            self._say(self.tr("Add participants in step 1 first: they are the voters."))
            return
        self.controller.edit(operations.vote(area, voter.id, level), self.tr("Vote"))
        name = voter.name or self.tr("(no name)")
        if self.board_model.hidden(area):
            self._say(self.tr("Vote of {name} recorded (hidden).").format(name=name))
        elif level > area.max_level:
            self._say(
                self.tr(
                    "{name} voted level {level}, above the legal ceiling (level {ceiling}) of"
                    " \u201c{area}\u201d; that level cannot be agreed."
                ).format(
                    name=name, level=level, ceiling=area.max_level, area=self.controller.title(area)
                )
            )
        else:
            self._say(
                self.tr("{name} voted level {level} on \u201c{area}\u201d.").format(
                    name=name, level=level, area=self.controller.title(area)
                )
            )
        if self.advance_box.isChecked():
            self._advance()

    def clear_vote(self) -> None:
        area, voter = self.current_area(), self.current_voter()
        if area is None or voter is None:
            return
        if voter.id not in area.votes:
            self._say(
                self.tr("{name} has no vote on \u201c{area}\u201d.").format(
                    name=voter.name or self.tr("(no name)"), area=self.controller.title(area)
                )
            )
            return
        self.controller.edit(operations.clear_vote(area, voter.id), self.tr("Remove vote"))
        self._say(
            self.tr("Vote of {name} on \u201c{area}\u201d removed.").format(
                name=voter.name or self.tr("(no name)"), area=self.controller.title(area)
            )
        )

    def _advance(self) -> None:
        """Next voter; after the last voter, the next area (one area at a time, as in poker)."""
        view = self.current_view()
        index = view.currentIndex()
        if self.tabs.currentIndex() == VOTES_TAB and index.column() != TITLE_COLUMN:
            column, row = index.column() + 1, index.row()
            if column >= self.votes_model.columnCount():
                column, row = 1, row + 1
            if row < self.votes_model.rowCount():
                view.setCurrentIndex(self.votes_model.index(row, column))
            return
        count = self.voter_combo.count()
        if not count:
            return
        following = self.voter_combo.currentIndex() + 1
        if following >= count and index.row() + 1 < self.board_model.rowCount():
            view.setCurrentIndex(view.model().index(index.row() + 1, index.column()))
        self.voter_combo.setCurrentIndex(following % count)
        announce(
            self.voter_combo,
            self.tr("Next voter: {name}").format(name=self.voter_combo.currentText()),
        )

    def agree_current(self) -> None:
        if self.tabs.currentIndex() != BOARD_TAB:
            self.tabs.setCurrentIndex(BOARD_TAB)
        index = self.board.currentIndex()
        level = DelegationBoardModel.level_of(index.column()) if index.isValid() else None
        if level is None:
            self._say(self.tr("Select the cell of a level (1\u20137) in an area's row first."))
            return
        area = self.board_model.area_at(index.row())
        self.agree(area.id, level)

    def agree(self, area_id: str, level: int) -> bool:
        """Agree on a level for an area; refused above the legal ceiling. Agreeing on the
        agreed level again takes the agreement back."""
        area = self.controller.item(Collection.DECISION_AREAS, area_id)
        if level > area.max_level:
            self._say(
                self.tr(
                    "Level {level} cannot be agreed for \u201c{area}\u201d: the legal ceiling"
                    " is level {ceiling}. {note}"
                ).format(
                    level=level,
                    area=self.controller.title(area),
                    ceiling=area.max_level,
                    note=self.board_model.ceiling_text(area),
                )
            )
            return False
        name = self.controller.catalog.level_name(level, self.controller.language)
        if area.agreed_level == level:
            self.controller.edit(operations.agree(area, level), self.tr("Take back agreement"))
            self._say(
                self.tr("Agreement on \u201c{area}\u201d taken back.").format(
                    area=self.controller.title(area)
                )
            )
            return True
        self.controller.edit(operations.agree(area, level), self.tr("Agree on level"))
        self._say(
            self.tr("Agreed for \u201c{area}\u201d: level {level} ({name}).").format(
                area=self.controller.title(area), level=level, name=name
            )
        )
        return True

    # -- delegation poker -----------------------------------------------------------------

    def _set_poker(self, on: bool) -> None:
        """Not an undoable edit: Ctrl+Z must never put hidden votes on the projector."""
        self.controller.record(operations.set_poker(on))
        if on:
            self._say(
                self.tr(
                    "Delegation poker: votes are hidden until you reveal them, area by area."
                    " They are saved as you enter them."
                )
            )
        else:
            self._say(self.tr("All votes are visible."))

    def reveal(self) -> None:
        """Show the votes of the selected area; the other areas stay hidden."""
        session, area = self.controller.session, self.current_area()
        if session is None or area is None:
            self._say(self.tr("Select a decision area first."))
            return
        self.controller.record(operations.reveal(session, [area.id]))
        self._say(
            self.tr("Votes on \u201c{area}\u201d revealed; the other areas stay hidden.").format(
                area=self.controller.title(area)
            )
        )

    def _show_poker(self) -> None:
        session = self.controller.session
        with QSignalBlocker(self.poker_box):
            self.poker_box.setChecked(bool(session and session.room.poker))
        self._update_buttons()
        self._show_current()

    # -- feedback --------------------------------------------------------------------------

    def _say(self, text: str) -> None:
        self.status.setText(text)
        announce(self.status, text)

    def _update_buttons(self) -> None:
        area = self.current_area()
        self.reveal_button.setEnabled(area is not None and self.board_model.hidden(area))
        has_voters = self.voter_combo.count() > 0
        self.voter_combo.setEnabled(has_voters)

    def _show_current(self) -> None:
        """Show the chosen voter's vote on the selected area (not the level while hidden)."""
        self._update_buttons()
        area, voter = self.current_area(), self.current_voter()
        if area is None or voter is None:
            self.current_vote.clear()
            return
        vote = area.votes.get(voter.id)
        if vote is None:
            text = self.tr("no vote yet")
        elif self.board_model.hidden(area):
            text = self.tr("vote cast (hidden)")
        else:
            text = self.tr("current vote: {level} {name}").format(
                level=vote,
                name=self.controller.catalog.level_name(vote, self.controller.language),
            )
        self.current_vote.setText(text)
        self.current_vote.setAccessibleDescription(
            self.tr("{name} on \u201c{area}\u201d: {vote}").format(
                name=voter.name or self.tr("(no name)"), area=self.controller.title(area), vote=text
            )
        )

    def _update_summary(self) -> None:
        session = self.controller.session
        if session is None:
            return
        areas = session.decision_areas
        agreed = sum(1 for a in areas if a.agreed_level is not None)
        reserved = sum(1 for a in areas if a.reserved_to is not None)
        capped = sum(1 for a in areas if a.reserved_to is None and a.max_level < 7)
        self.summary.setText(
            self.tr(
                "Agreed: {agreed} of {total} areas \u00b7 {reserved} stay with council or mayor"
                " \u00b7 {capped} limited by the placement"
            ).format(agreed=agreed, total=len(areas), reserved=reserved, capped=capped)
        )

"""The delegation board: decision areas × the seven delegation levels, and the votes table.

Both models only read the open session (through the controller); the step page turns keys
and clicks into undoable edits. Whether an area's votes are hidden (delegation poker) is
saved with the session (`room.poker`, `room.revealed_areas`), so a restart mid-round does
not put hidden votes on the projector; the votes themselves are saved as they are entered.

Signals of BoardView:
    levelPressed(int): a key 1–7 was pressed (no Ctrl or Alt).
    clearPressed(): Delete or Backspace.
    agreePressed(): Enter or Return, or a double-click on a cell.
    voterStepped(int): "+" (next voter, +1) or "-" (previous voter, -1).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from cdo_workshop.domain.analysis.checks import VoteSpread, vote_spreads
from cdo_workshop.domain.edits import Collection, Field, Part
from cdo_workshop.domain.legal import ceiling_message
from cdo_workshop.domain.model import DecisionArea, Participant
from cdo_workshop.domain.operations import votes_hidden
from cdo_workshop.ui.controller import Change, SessionController
from cdo_workshop.ui.widgets.column_width import text_column_width

Index = QModelIndex | QPersistentModelIndex
Role = Qt.ItemDataRole

LEVELS = range(1, 8)
TITLE_COLUMN, SPREAD_COLUMN = 0, 8
BLOCKED_ROLE = Role.UserRole + 1  # bool: this level lies above the area's legal ceiling
LEVEL_ROLE = Role.UserRole + 2  # int | None: the level of a board column, the vote in a cell
VOTERS_ROLE = Role.UserRole + 3  # list[str]: ids of the participants who voted this level

AGREED = QColor("#bfe3c6")  # agreed level (always with the text mark as well)
WIDE = QColor("#ffd97a")  # wide spread (always with the word as well)
VOTE_LOW, VOTE_HIGH = QColor("#eef4fb"), QColor("#9fc4e8")  # shade by share of the votes
HATCH_BASE, HATCH_LINES = QColor("#e4e4e4"), QColor("#a8a8a8")
CENTER = int(Qt.AlignmentFlag.AlignCenter)
LONGEST_WORD = 18


POKER_FIELDS = (Field(Part.ROOM, "poker"), Field(Part.ROOM, "revealed_areas"))


def poker_changed(change: Change) -> bool:
    return any(change.changes.changed(f) for f in POKER_FIELDS)


def wrap_label(text: str, width: int = 14) -> str:
    """Break a header label into short lines at spaces (headers do not wrap by themselves).

    A label with a word too long for a column ("CDO / Digitalisierungsbeauftragte/r")
    keeps its first part only; the tooltip has the whole label.
    """
    words = text.split(" ")
    if " / " in text and any(len(w) > LONGEST_WORD for w in words):
        return wrap_label(text.split(" / ")[0], width)
    lines: list[str] = []
    for word in words:
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        elif word == "/" and lines:
            lines[-1] += " /"
        else:
            lines.append(word)
    return "\n".join(lines)


def _mix(low: QColor, high: QColor, share: float) -> QColor:
    return QColor(
        round(low.red() + (high.red() - low.red()) * share),
        round(low.green() + (high.green() - low.green()) * share),
        round(low.blue() + (high.blue() - low.blue()) * share),
    )


class _AreaModel(QAbstractTableModel):
    """Rows are the session's decision areas; shared by the board and the votes table."""

    def __init__(self, controller: SessionController, parent: Any = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._shape = (0, 0)
        controller.session_changed.connect(self._on_changed)

    def areas(self) -> list[DecisionArea]:
        """The session's own list (read only): views ask for it thousands of times."""
        session = self.controller.session
        return session.decision_areas if session else []

    def row_header(self, section: int, role: int) -> Any:
        """Rows are numbered on screen; a screen reader hears the area's name with it."""
        if role == Role.DisplayRole:
            return str(section + 1)
        if role == Role.AccessibleTextRole and section < len(self.areas()):
            return f"{section + 1}. {self.controller.title(self.areas()[section])}"
        return None

    def participants(self) -> list[Participant]:
        session = self.controller.session
        return session.participants if session else []

    def most_votes(self) -> int:
        """A count with as many digits as everyone's votes (99 for 10 to 99 participants):
        what a cell sized for any vote count must hold."""
        return 10 ** len(str(len(self.participants()))) - 1

    def area_at(self, row: int) -> DecisionArea:
        return self.areas()[row]

    def row_of(self, area_id: str) -> int:
        return next((i for i, a in enumerate(self.areas()) if a.id == area_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.areas())

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled

    def hidden(self, area: DecisionArea) -> bool:
        """Delegation poker is on and this area's votes are not revealed yet."""
        session = self.controller.session
        return session is not None and votes_hidden(session, area)

    def refresh(self) -> None:
        self.beginResetModel()
        self._prepare()
        self._shape = (self.rowCount(), self.columnCount())
        self.endResetModel()

    def _prepare(self) -> None:
        """Cache what every cell needs (spreads); called before views ask again."""

    def _on_changed(self, change: Change) -> None:
        if not (change.touches("decision_areas", "participants") or poker_changed(change)):
            return
        if (self.rowCount(), self.columnCount()) != self._shape:
            self.refresh()
            return
        if change.touches("decision_areas"):  # the spreads follow the votes only
            self._prepare()
        rows = self._rows_changed(change)
        if rows is None:
            self._all_changed()
            return
        last = self.columnCount() - 1
        for row in rows:  # a vote changes its area's row, not the board (phones: 30 at once)
            self.dataChanged.emit(self.index(row, 0), self.index(row, last))

    def _rows_changed(self, change: Change) -> list[int] | None:
        """The rows of the areas an edit changed, or None if more than rows may differ."""
        changes = change.changes
        if (
            poker_changed(change)
            or change.touches("participants")
            or Collection.DECISION_AREAS in changes.reordered
        ):
            return None
        ids = changes.items.get(Collection.DECISION_AREAS, set())
        rows = sorted(self.row_of(area_id) for area_id in ids)
        return None if -1 in rows else rows

    def texts_changed(self) -> None:
        """The language changed: headers and cells say everything anew."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, self.columnCount() - 1))
        self._all_changed()

    def _all_changed(self) -> None:
        rows, columns = self.rowCount(), self.columnCount()
        if rows and columns:
            self.dataChanged.emit(self.index(0, 0), self.index(rows - 1, columns - 1))

    def names(self, ids: list[str]) -> str:
        known = {p.id: p.name or self.tr("(no name)") for p in self.participants()}
        return ", ".join(known.get(i, self.tr("(former participant)")) for i in ids)

    def title_tooltip(self, area: DecisionArea) -> str:
        catalog, language = self.controller.catalog, self.controller.language
        definition = catalog.decision_areas.get(area.key) if area.key else None
        lines = [self.controller.title(area)]
        if definition is not None:
            lines.append(definition.description.get(language))
        if area.max_level < 7:
            lines.append(self.ceiling_text(area))
        return "\n".join(lines)

    def level_text(self, level: int) -> str:
        """'3 Befragen: <meaning>' in the UI language, from the catalog."""
        definition = self.controller.catalog.levels[level]
        language = self.controller.language
        return f"{level} {definition.name.get(language)}: {definition.meaning.get(language)}"

    def ceiling_text(self, area: DecisionArea) -> str:
        """Who keeps the decision and why the role cannot hold it above the ceiling, in the
        Land's words (domain.legal.ceiling_message)."""
        session = self.controller.session
        message = ceiling_message(self.controller.catalog, session, area) if session else None
        return self.controller.translator.render(message).strip() if message else ""

    def owner_line(self, area: DecisionArea) -> str:
        """'§ Gemeinderat entscheidet' under the title of a reserved area."""
        if area.reserved_to is None:
            return ""
        return self.tr("\u00a7 decided by {owner}").format(
            owner=self.controller.owner_label(area.reserved_to.value)
        )


class DelegationBoardModel(_AreaModel):
    """Areas × levels: how many voted each level (who, in the tooltip), the agreed level,
    the legal ceiling and the spread of the votes."""

    def __init__(self, controller: SessionController, parent: Any = None) -> None:
        super().__init__(controller, parent)
        self._spreads: dict[str, VoteSpread] = {}

    def _prepare(self) -> None:
        session = self.controller.session
        self._spreads = {s.area.id: s for s in vote_spreads(session)} if session else {}

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else SPREAD_COLUMN + 1

    @staticmethod
    def level_of(column: int) -> int | None:
        return column if column in LEVELS else None

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            return self.row_header(section, role)
        catalog, language = self.controller.catalog, self.controller.language
        level = self.level_of(section)
        if role == Role.DisplayRole:
            if level is not None:
                return f"{level}\n{catalog.level_name(level, language)}"
            return self.tr("Decision area") if section == TITLE_COLUMN else self.tr("Spread")
        if role == Role.ToolTipRole:
            if level is not None:
                return self.level_text(level)
            if section == SPREAD_COLUMN:
                return self.tr(
                    "Lowest to highest vote. Three levels or more apart is a wide spread:"
                    " let the lowest and the highest voter explain before the room agrees."
                )
        return None

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self.rowCount():
            return None
        area = self.area_at(index.row())
        column = index.column()
        if column == TITLE_COLUMN:
            return self._title_data(area, role)
        if column == SPREAD_COLUMN:
            return self._spread_data(area, role)
        return self._level_data(area, column, role)

    def _title_data(self, area: DecisionArea, role: int) -> Any:
        if role in (Role.DisplayRole, Role.AccessibleTextRole):
            owner = self.owner_line(area)
            title = self.controller.title(area)
            return f"{title}\n{owner}" if owner else title
        if role == Role.ToolTipRole:
            return self.title_tooltip(area)
        return None

    def _level_data(self, area: DecisionArea, level: int, role: int) -> Any:
        voters = [pid for pid, vote in area.votes.items() if vote == level]
        blocked = level > area.max_level
        agreed = area.agreed_level == level
        if role == LEVEL_ROLE:
            return level
        if role == BLOCKED_ROLE:
            return blocked
        if role == VOTERS_ROLE:
            return [] if self.hidden(area) else voters
        if role in (Role.DisplayRole, Role.AccessibleTextRole):
            lines = []
            if voters and not self.hidden(area):
                lines.append(self.tr("%n vote(s)", "", len(voters)))
            if agreed:
                lines.append(self.tr("\u2714 agreed"))
            if blocked and area.reserved_to is not None:
                lines.append(
                    self.tr("\u00a7 reserved")
                    if role == Role.DisplayRole
                    else self.tr("reserved by law")
                )
            elif blocked:
                lines.append(
                    self.tr("\u00a7 not lawful")
                    if role == Role.DisplayRole
                    else self.tr("not lawful with this placement")
                )
            if role == Role.DisplayRole:
                return "\n".join(lines)
            name = self.controller.catalog.level_name(level, self.controller.language)
            return ", ".join([f"{level} {name}", *lines])
        if role == Role.ToolTipRole:
            return self._level_tooltip(area, level, voters, agreed, blocked)
        if role == Role.BackgroundRole:
            if agreed:
                return AGREED
            if voters and not self.hidden(area) and not blocked:
                most = max(sum(1 for v in area.votes.values() if v == lv) for lv in LEVELS)
                return _mix(VOTE_LOW, VOTE_HIGH, len(voters) / most)
            return None
        if role == Role.FontRole and agreed:
            font = QFont()
            font.setBold(True)
            return font
        if role == Role.TextAlignmentRole:
            return CENTER
        return None

    def _level_tooltip(
        self, area: DecisionArea, level: int, voters: list[str], agreed: bool, blocked: bool
    ) -> str:
        lines = [self.level_text(level)]
        if self.hidden(area):
            lines.append(self.tr("The votes are hidden until they are revealed."))
        elif voters:
            lines.append(self.tr("Voted by: {names}").format(names=self.names(voters)))
        else:
            lines.append(self.tr("No votes for this level."))
        if agreed:
            lines.append(self.tr("The room agreed on this level."))
        if blocked:
            lines.append(self.ceiling_text(area))
        return "\n".join(lines)

    def spread_samples(self) -> list[str]:
        """The widest texts the spread column can show (a vote must not widen it)."""
        return [
            self.tr("%n vote(s) cast", "", self.most_votes()),
            self.tr("{low}\u2013{high} (wide)").format(low=1, high=7),
            self.tr("Spread"),
        ]

    def _spread_data(self, area: DecisionArea, role: int) -> Any:
        spread = self._spreads.get(area.id)
        if self.hidden(area):
            if role in (Role.DisplayRole, Role.AccessibleTextRole, Role.ToolTipRole):
                return self.tr("%n vote(s) cast", "", len(area.votes))
            return CENTER if role == Role.TextAlignmentRole else None
        if role in (Role.DisplayRole, Role.AccessibleTextRole):
            if spread is None:
                return "\u2014" if role == Role.DisplayRole else self.tr("no votes yet")
            if spread.wide:
                return self.tr("{low}\u2013{high} (wide)").format(low=spread.low, high=spread.high)
            if spread.low == spread.high:
                return str(spread.low)
            return f"{spread.low}\u2013{spread.high}"
        if role == Role.ToolTipRole:
            if spread is None:
                return self.tr("No votes yet.")
            median = f"{spread.median:g}"
            text = self.tr("%n vote(s), median {median}", "", spread.count).format(median=median)
            if spread.wide:
                text += "\n" + self.tr("Wide spread: the room sees this power very differently.")
            return text
        if role == Role.BackgroundRole and spread is not None and spread.wide:
            return WIDE
        if role == Role.FontRole and spread is not None and spread.wide:
            font = QFont()
            font.setBold(True)
            return font
        if role == Role.TextAlignmentRole:
            return CENTER
        return None


class VotesModel(_AreaModel):
    """Areas × participants: each participant's vote, to enter and check votes one by one."""

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 1 + len(self.participants())

    def participant_at(self, column: int) -> Participant | None:
        participants = self.participants()
        return participants[column - 1] if 1 <= column <= len(participants) else None

    def column_of(self, participant_id: str) -> int:
        ids = [p.id for p in self.participants()]
        return ids.index(participant_id) + 1 if participant_id in ids else -1

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            return self.row_header(section, role)
        participant = self.participant_at(section)
        if role == Role.DisplayRole:
            if participant is None:
                return self.tr("Decision area")
            return wrap_label(participant.name or self.tr("(no name)"))
        if role == Role.ToolTipRole and participant is not None:
            group = self.controller.group_label(participant.group.value)
            return "\n".join(x for x in (participant.name, participant.function, group) if x)
        return None

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self.rowCount():
            return None
        area = self.area_at(index.row())
        participant = self.participant_at(index.column())
        if participant is None:
            if role in (Role.DisplayRole, Role.AccessibleTextRole):
                return self.controller.title(area)
            return self.title_tooltip(area) if role == Role.ToolTipRole else None
        vote = area.votes.get(participant.id)
        if role == LEVEL_ROLE:
            return None if self.hidden(area) else vote
        if role in (Role.DisplayRole, Role.AccessibleTextRole):
            if vote is None:
                return "" if role == Role.DisplayRole else self.tr("no vote")
            if self.hidden(area):
                return "\u2714" if role == Role.DisplayRole else self.tr("vote cast")
            if vote > area.max_level:
                return self.tr("{level} (max. {ceiling})").format(
                    level=vote, ceiling=area.max_level
                )
            return str(vote)
        if role == Role.ToolTipRole:
            if vote is None:
                return self.tr("No vote yet.")
            if self.hidden(area):
                return self.tr("Vote cast; hidden until the votes are revealed.")
            text = self.level_text(vote)
            if vote > area.max_level:
                text += "\n" + self.ceiling_text(area)
            return text
        if role == Role.TextAlignmentRole:
            return CENTER
        return None


class BoardDelegate(QStyledItemDelegate):
    """Hatches the cells above a legal ceiling (their text says so as well)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        # model.data, not index.data: PySide6 6.12's QModelIndex.data() drops a reference
        # to None each time it returns "no data", and paint runs for every cell, often.
        model = index.model()
        if model.data(index, BLOCKED_ROLE) and not model.data(index, Role.BackgroundRole):
            painter.save()
            painter.fillRect(option.rect, HATCH_BASE)
            painter.fillRect(option.rect, QBrush(HATCH_LINES, Qt.BrushStyle.BDiagPattern))
            painter.restore()
        super().paint(painter, option, index)


class BoardView(QTableView):
    """A table that turns the voting keys into signals instead of a keyboard search.

    `fit_rows()`: rows as high as their text, measured for the rows that changed. Qt's
    ResizeToContents measures every cell of every row on each change: a single vote cost
    the board (and the room's board beside it) about 0.3 s with eleven participants.
    """

    levelPressed = Signal(int)  # noqa: N815 - Qt naming
    clearPressed = Signal()  # noqa: N815
    agreePressed = Signal()  # noqa: N815
    voterStepped = Signal(int)  # noqa: N815

    def __init__(self, parent: QWidget | None = None, **properties: Any) -> None:
        super().__init__(parent, **properties)
        self.setItemDelegate(BoardDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.setTabKeyNavigation(False)
        self.doubleClicked.connect(lambda _index: self.agreePressed.emit())
        self._sized: dict[int, Callable[[], list[str]]] = {}  # size_columns
        self._measured: dict[int, list[str]] = {}
        self._refit = QTimer(self, singleShot=True, interval=0)
        self._refit.timeout.connect(self.resizeRowsToContents)
        self._rows_to_fit: set[int] = set()
        self._fit_later = QTimer(self, singleShot=True, interval=0)
        self._fit_later.timeout.connect(self._fit_changed_rows)

    def size_columns(self, columns: dict[int, Callable[[], list[str]]]) -> None:
        """Call after setModel: each column as wide as its header and the widest line of
        its sample texts in bold (the cells' widest font). Measured again when the model
        is reset, the headers or the font change, or the samples say something else (more
        participants, more digits): a ResizeToContents column measures every cell of
        every row on each vote (about 55 ms per phone vote on the room's board)."""
        self._sized.update(columns)
        header = self.horizontalHeader()
        for column in columns:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        model = self.model()
        for signal in (model.modelReset, model.headerDataChanged, model.layoutChanged):
            signal.connect(self._size_columns)
        model.dataChanged.connect(self._samples_changed)
        self._size_columns()

    def _samples_changed(self, *_: object) -> None:
        if any(samples() != self._measured.get(c) for c, samples in self._sized.items()):
            self._size_columns()

    def _size_columns(self, *_: object) -> None:
        header = self.horizontalHeader()
        bold = QFont(self.font())
        bold.setBold(True)
        for column, samples in self._sized.items():
            texts = samples()
            self._measured[column] = texts
            width = text_column_width(self, column, texts, bold)
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if self._sized and event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._size_columns()

    def fit_rows(self) -> None:
        """Call after setModel: rows follow their text, all rows only when all may differ."""
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        model = self.model()
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted):
            signal.connect(self._refit.start)
        model.dataChanged.connect(self._fit_changed)
        # wider or narrower columns wrap the titles anew (a window resize, a dragged edge)
        self.horizontalHeader().sectionResized.connect(lambda *_: self._refit.start())
        self._refit.start()

    def _fit_changed(self, top: QModelIndex, bottom: QModelIndex, *_: object) -> None:
        if self._refit.isActive():
            return  # all rows are measured anyway
        if bottom.row() - top.row() > 3:
            self._refit.start()
            return
        # Measured in a turn of its own: a phone vote's edit and the rows it changed are
        # two short stops of the event loop instead of one long one.
        self._rows_to_fit.update(range(top.row(), bottom.row() + 1))
        self._fit_later.start()

    def _fit_changed_rows(self) -> None:
        rows, self._rows_to_fit = self._rows_to_fit, set()
        if self._refit.isActive():
            return
        count = self.model().rowCount() if self.model() is not None else 0
        for row in sorted(rows):
            if row < count:
                self.resizeRowToContents(row)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        plain = modifiers in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier)
        text = event.text()
        if plain and len(text) == 1 and text in "1234567":
            self.levelPressed.emit(int(text))
        elif plain and text in ("+", "-"):
            self.voterStepped.emit(1 if text == "+" else -1)
        elif plain and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.clearPressed.emit()
        elif plain and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.agreePressed.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

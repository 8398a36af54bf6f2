"""A date field that takes a date as people type it, with a calendar to pick one.

German: 30.09.2027, 30.9.27, 30092027 (and 2027-09-30 everywhere); English follows its
locale's order. A full date (four-digit year) counts while it is typed; a short one
(30.9.27) once the field is left or Enter is pressed, so 30.09.20… is never saved as 2020.
Then the field shows the date in the locale's format. Alt+Down or F4 opens the calendar.

A screen reader reads the field as the line edit it is: its text (and value) is the date as
shown. Empty, its description says "not given" before the example, so the example the
placeholder shows is not taken for a date entered.

Signals:
    dateEdited(object): the user entered a date (datetime.date) or cleared the field (None).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QKeyEvent, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QWidget

from cdo_workshop.domain.dates import order_of, parse_date
from cdo_workshop.ui.formatting import date_format, format_date


def calendar_icon(color: QColor) -> QIcon:
    """A small calendar sheet (Qt's styles have none), drawn for a sharp look at any scale."""
    icon = QIcon()
    for size in (16, 24, 32, 48):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        unit = size / 16
        pen = QPen(color, max(1.0, unit))
        painter.setPen(pen)
        painter.drawRoundedRect(QRectF(1.5 * unit, 2.5 * unit, 13 * unit, 12 * unit), unit, unit)
        painter.fillRect(QRectF(1.5 * unit, 2.5 * unit, 13 * unit, 3 * unit), color)
        for row in range(2):
            for column in range(3):
                painter.fillRect(
                    QRectF((4 + 3.2 * column) * unit, (8 + 3 * row) * unit, 1.8 * unit, 1.8 * unit),
                    color,
                )
        painter.end()
        icon.addPixmap(pixmap)
    return icon


class DateField(QLineEdit):
    dateEdited = Signal(object)  # noqa: N815 - Qt naming

    def __init__(self, parent: QWidget | None = None, optional: bool = True, **props: object):
        super().__init__(parent, **props)
        self.optional = optional
        self._date: date | None = None
        self._calendar: QCalendarWidget | None = None
        self.calendar_action = QAction(self)
        self.calendar_action.setIcon(calendar_icon(self.palette().color(QPalette.ColorRole.Text)))
        self.calendar_action.triggered.connect(self.show_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self.textEdited.connect(self._typed)
        self.textChanged.connect(self._describe)
        self.editingFinished.connect(self._finished)
        self.retranslate()

    # -- value --------------------------------------------------------------------------

    def date(self) -> date | None:
        return self._date

    def setDate(self, value: date | None) -> None:  # noqa: N802 - Qt naming
        """Show a date (None: empty), without signalling an edit."""
        self._date = value
        text = format_date(value) if value else ""
        if self.text() != text:
            self.setText(text)
        self._describe()  # also with signals blocked, as bindings load values
        self._mark(valid=True)

    def typed(self) -> tuple[date | None, bool]:
        """The date the text names now (a short form too), and whether the text is valid."""
        value, _complete, valid = self._parse()
        return value, valid

    # -- typing ---------------------------------------------------------------------------

    def _parse(self) -> tuple[date | None, bool, bool]:
        """(date, complete, valid) of the current text."""
        parsed = parse_date(self.text(), order_of(date_format()))
        empty = not self.text().strip()
        valid = parsed.value is not None or (empty and self.optional)
        return parsed.value, parsed.complete, valid

    def _typed(self, _text: str) -> None:
        value, complete, valid = self._parse()
        self._mark(valid or not complete)
        if valid and complete and value != self._date:
            self._date = value
            self.dateEdited.emit(value)

    def finish(self) -> None:
        """Take what is typed as if the field were left (a menu's shortcut leaves no trace
        of focus for the field to notice)."""
        self._finished()

    def _finished(self) -> None:
        value, _complete, valid = self._parse()
        if valid:
            if value != self._date:
                self._date = value
                self.dateEdited.emit(value)
            self.setDate(self._date)
        else:
            self._mark(valid=False)

    def _mark(self, valid: bool) -> None:
        if self.property("invalid") != (not valid):
            self.setProperty("invalid", not valid)
            self.style().unpolish(self)
            self.style().polish(self)
        self.setToolTip(
            ""
            if valid
            else self.tr("Not a date. Type it like {example}.").format(
                example=format_date(date(2027, 9, 30))
            )
        )

    def _describe(self) -> None:
        # Filled, Qt describes the field by its placeholder (the example) on its own.
        example = self.placeholderText()
        self.setAccessibleDescription(
            "" if self.text() else self.tr("not given; {example}").format(example=example)
        )

    # -- calendar -------------------------------------------------------------------------

    def show_calendar(self) -> None:
        if self._calendar is None:
            self._calendar = QCalendarWidget(self, objectName="dateCalendar")
            self._calendar.setWindowFlags(Qt.WindowType.Popup)
            self._calendar.activated.connect(self._picked)
            self._calendar.clicked.connect(self._picked)
            self._calendar.installEventFilter(self)
        self._calendar.setSelectedDate(QDate(self._date or date.today()))
        self._calendar.adjustSize()
        self._calendar.move(self.mapToGlobal(self.rect().bottomLeft()))
        self._calendar.show()
        self._calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def _picked(self, value: QDate) -> None:
        assert self._calendar is not None
        self._calendar.hide()
        picked = value.toPython()
        self.setDate(picked)
        self.dateEdited.emit(picked)
        self.setFocus(Qt.FocusReason.PopupFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (
            watched is self._calendar
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Escape
        ):
            self._calendar.hide()
            self.setFocus(Qt.FocusReason.PopupFocusReason)
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        alt_down = (
            event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        )
        if alt_down or event.key() == Qt.Key.Key_F4:
            self.show_calendar()
            event.accept()
            return
        super().keyPressEvent(event)

    # -- texts ----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setPlaceholderText(
            self.tr("e.g. {example}").format(example=format_date(date(2027, 9, 30)))
        )
        self.calendar_action.setText(self.tr("Calendar"))
        self.calendar_action.setToolTip(self.tr("Choose the date in a calendar (Alt+Down)"))
        if self._date is not None and self.text() != format_date(self._date):
            self.setText(format_date(self._date))
        self._describe()

"""Bindings: one widget shows one field of the open session and writes what the user changes.

What the user types goes through the controller as an edit with the widget as its source,
so it is saved at once and undone in one step per field. When the field changes from
elsewhere (undo, redo, another view, a session opened) the widget shows the new value; the
widget an edit came from is never redrawn, so its cursor and selection stay where they are.
This is the one place that keeps widgets and fields in step; pages declare their bindings.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import Enum
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSignalBlocker
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDoubleSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QSpinBox,
    QWidget,
)

from cdo_workshop.domain.edits import EditError, Field, value_of
from cdo_workshop.ui.controller import Change, SessionController
from cdo_workshop.ui.widgets.date_field import DateField

# Quick successive steps of a slider moved with the arrow keys merge into one undo step if
# each follows the previous one within this many seconds.
SLIDER_MERGE_SECONDS = 1.5


class Binding(QObject):
    """Keeps `widget` and `field` in step; `read`/`show` convert between them.

    What is typed while the widget has the focus is one undo step (`typing`); leaving the
    widget ends the step, so coming back later starts a new one.
    """

    def __init__(
        self,
        controller: SessionController,
        field: Field[Any],
        widget: QWidget,
        read: Callable[[], Any],
        show: Callable[[Any], None],
        text: str = "",
        window: float | None = None,
        typing: bool = False,
    ) -> None:
        """`window`: successive edits merge only within so many seconds (a slider);
        `typing`: successive edits merge while the widget keeps the focus."""
        super().__init__(widget)
        self.typing = typing
        self._visit = 0  # counts focus losses: each visit of the widget is its own step
        widget.installEventFilter(self)
        self.controller = controller
        self.field = field
        self.widget = widget
        self._read, self._show = read, show
        self.text, self.window = text, window
        controller.session_changed.connect(self._changed)
        controller.on_open(self.refresh)
        self.refresh()

    def write(self, *_args: Any) -> None:
        """The user changed the widget: one edit; typing (text) and quick slider steps merge
        with the previous edit of this field into one undo step."""
        if self.controller.session is None:
            return
        value = self._read()
        try:
            current = value_of(self.controller.session, self.field)
        except EditError:
            return  # the item is gone (a card about to close)
        if value == current:
            return
        self.controller.set(
            self.field,
            value,
            self.text,
            merge=(self.field, self._visit) if self.window is not None or self.typing else None,
            window=self.window,
            source=self.widget,
        )
        if value_of(self.controller.session, self.field) != value:
            self.refresh()  # refused: show what the session holds

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.widget and event.type() == QEvent.Type.FocusOut:
            self._visit += 1
        return False

    def refresh(self) -> None:
        session = self.controller.session
        if session is None:
            return
        try:
            value = value_of(session, self.field)
        except EditError:
            return
        with QSignalBlocker(self.widget):
            self._show(value)

    def _changed(self, change: Change) -> None:
        if change.source is not self.widget and change.changes.changed(self.field):
            self.refresh()


def bind_line_edit(
    controller: SessionController, field: Field[str], edit: QLineEdit, text: str = ""
) -> Binding:
    def show(value: str) -> None:
        if edit.text() != value:
            edit.setText(value)

    binding = Binding(controller, field, edit, edit.text, show, text, typing=True)
    edit.textEdited.connect(binding.write)
    return binding


def bind_plain_text(
    controller: SessionController,
    field: Field[str],
    edit: QPlainTextEdit,
    max_length: int,
    text: str = "",
) -> Binding:
    def show(value: str) -> None:
        if edit.toPlainText() != value:
            edit.setPlainText(value)

    binding = Binding(
        controller, field, edit, lambda: edit.toPlainText()[:max_length], show, text, typing=True
    )
    edit.textChanged.connect(binding.write)  # setPlainText runs with signals blocked
    return binding


def bind_combo(
    controller: SessionController,
    field: Field[Any],
    combo: QComboBox,
    to_value: Callable[[Any], Any] = lambda data: data,
    to_data: Callable[[Any], Any] = lambda v: v.value if isinstance(v, Enum) else v,
    text: str = "",
) -> Binding:
    def show(value: Any) -> None:
        combo.setCurrentIndex(max(0, combo.findData(to_data(value))))

    binding = Binding(controller, field, combo, lambda: to_value(combo.currentData()), show, text)
    combo.activated.connect(binding.write)
    return binding


def bind_spin(
    controller: SessionController,
    field: Field[Any],
    spin: QSpinBox | QDoubleSpinBox,
    text: str = "",
) -> Binding:
    """A spin box whose minimum with a special value text means "not given" (None).

    Saved digit by digit as it is typed (one undo step per field); the box is not redrawn
    while the user types in it, so "3825" is not reformatted to "3.825" under the cursor.
    """

    def read() -> Any:
        value = spin.value()
        if spin.specialValueText() and value == spin.minimum():
            return None
        return float(value) if isinstance(spin, QDoubleSpinBox) else int(value)

    def show(value: Any) -> None:
        spin.setValue(spin.minimum() if value is None else value)

    spin.setKeyboardTracking(True)
    spin.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
    binding = Binding(controller, field, spin, read, show, text, typing=True)
    spin.valueChanged.connect(binding.write)
    return binding


def bind_date(
    controller: SessionController, field: Field[date | None], edit: DateField, text: str = ""
) -> Binding:
    binding = Binding(controller, field, edit, edit.date, edit.setDate, text)
    edit.dateEdited.connect(binding.write)
    return binding


def bind_slider(
    controller: SessionController, field: Field[int], slider: QSlider, text: str = ""
) -> Binding:
    """Arrow-key steps in quick succession are one undo step; a drag is written on release
    (the slider does not track)."""
    slider.setTracking(False)
    binding = Binding(
        controller, field, slider, slider.value, slider.setValue, text, SLIDER_MERGE_SECONDS
    )
    slider.valueChanged.connect(binding.write)
    return binding


def bind_check(
    controller: SessionController, field: Field[bool], button: QAbstractButton, text: str = ""
) -> Binding:
    binding = Binding(controller, field, button, button.isChecked, button.setChecked, text)
    button.toggled.connect(binding.write)
    return binding

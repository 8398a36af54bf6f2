"""Roles that Qt's widgets cannot say for themselves: headings, cards, charts.

Qt gives a QLabel the role "static text" and a QFrame "panel" (or none). A screen reader
user jumps from heading to heading and needs to hear what a card or a chart is, so an
accessibility factory gives
- labels named "stepHeading", "startHeading" or "sectionHeading" the heading role, with
  their text as name;
- any widget with the property ROLE (a QAccessible.Role's value) that role, e.g. a card
  the role "grouping", a chart "graphic" (its name and description stay its own).

`install()` is called once by the main window; interfaces are made when an assistive
technology (or a test) first asks for a widget, and Qt deletes them with the widget.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface, QTextDocumentFragment
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QAccessibleWidget, QLabel, QWidget

ROLE = "accessibleRole"
HEADINGS = {"startHeading", "stepHeading", "sectionHeading"}
# Python keeps every interface it made alive until Qt deletes it with its widget.
_made: dict[int, QAccessibleInterface] = {}
_installed = False


def plain_text(label: QLabel) -> str:
    """What a label shows, as text: rich text without its tags, no access-key marks."""
    text = label.text()
    if label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
    ):
        return QTextDocumentFragment.fromHtml(text).toPlainText()
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def set_role(widget: QWidget, role: QAccessible.Role) -> None:
    widget.setProperty(ROLE, role.value)


class _RoleAccessible(QAccessibleWidget):
    def __init__(self, widget: QWidget, role: QAccessible.Role) -> None:
        super().__init__(widget, role)

    def text(self, kind: QAccessible.Text) -> str:
        widget = self.widget()
        if kind == QAccessible.Text.Name and isinstance(widget, QLabel):
            return widget.accessibleName() or plain_text(widget)
        return super().text(kind)


def _factory(_key: str, obj: QObject) -> QAccessibleInterface | None:
    if not isinstance(obj, QWidget):
        return None
    role_value = obj.property(ROLE)
    if role_value is not None:
        role = QAccessible.Role(int(role_value))
    elif isinstance(obj, QLabel) and obj.objectName() in HEADINGS:
        role = QAccessible.Role.Heading
    else:
        return None
    interface = _RoleAccessible(obj, role)
    key = id(obj)
    _made[key] = interface
    obj.destroyed.connect(lambda *_a: _made.pop(key, None))
    return interface


def install() -> None:
    """Install the factory (once per process; Qt has no way to remove one)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True

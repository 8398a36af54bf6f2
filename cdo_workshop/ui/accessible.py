"""Roles that Qt's widgets cannot say for themselves: headings, cards, charts.

Qt gives a QLabel the role "static text" and a QFrame "panel" (or none). A screen reader
user jumps from heading to heading and needs to hear what a card or a chart is, so an
accessibility factory gives
- labels named "stepHeading", "startHeading" or "sectionHeading" the heading role, with
  their text as name and their level (1 for a page's heading, 2 for a section's) as Qt's
  attribute Level (Qt >= 6.8), which AT-SPI passes on as the attribute "level";
- any widget with the property ROLE (a QAccessible.Role's value) that role, e.g. a card
  the role "grouping", a chart "graphic" (its name and description stay its own).

`install()` is called once by the main window; interfaces are made when an assistive
technology (or a test) first asks for a widget, and Qt deletes them with the widget.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAttributesInterface,
    QAccessibleInterface,
    QTextDocumentFragment,
)
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QAccessibleWidget, QLabel, QWidget

ROLE = "accessibleRole"
HEADINGS = {"startHeading": 1, "stepHeading": 1, "sectionHeading": 2}  # name: level
# Python keeps every interface it made alive until Qt deletes it with its widget.
_made: dict[int, QAccessibleInterface] = {}
_installed = False


def plain_text(label: QLabel) -> str:
    """What a label shows, as text: rich text without its tags, no access-key marks (a
    label marks its access key only with a buddy; without one it shows "&" as it is)."""
    text = label.text()
    if label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
    ):
        return QTextDocumentFragment.fromHtml(text).toPlainText()
    if label.buddy() is None:
        return text
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


class _HeadingAccessible(_RoleAccessible, QAccessibleAttributesInterface):
    """A heading with its level. In Python the two bases are two C++ objects, so
    `interface_cast` hands Qt the second one's address for the attributes interface
    (then Qt's AT-SPI bridge and `attributesInterface()` find it)."""

    def __init__(self, widget: QWidget, level: int) -> None:
        _RoleAccessible.__init__(self, widget, QAccessible.Role.Heading)
        QAccessibleAttributesInterface.__init__(self)
        self.level = level

    def interface_cast(self, kind: QAccessible.InterfaceType) -> int:
        # Qt takes a pointer back (shiboken's VoidPtr); a plain int crashes the call.
        if kind == QAccessible.InterfaceType.AttributesInterface:
            address = shiboken6.getCppPointer(self)[1]  # the second base's C++ object
        else:
            address = super().interface_cast(kind)
        return shiboken6.VoidPtr(address)  # type: ignore[return-value]

    def attributeKeys(self) -> list[QAccessible.Attribute]:  # noqa: N802 - Qt override
        return [QAccessible.Attribute.Level]

    def attributeValue(self, key: QAccessible.Attribute) -> object:  # noqa: N802 - Qt override
        return self.level if key == QAccessible.Attribute.Level else None


def _factory(_key: str, obj: QObject) -> QAccessibleInterface | None:
    if not isinstance(obj, QWidget):
        return None
    role_value = obj.property(ROLE)
    interface: _RoleAccessible
    if role_value is not None:
        interface = _RoleAccessible(obj, QAccessible.Role(int(role_value)))
    elif isinstance(obj, QLabel) and obj.objectName() in HEADINGS:
        interface = _HeadingAccessible(obj, HEADINGS[obj.objectName()])
    else:
        return None
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

"""The type scale: how large each kind of text is, in the facilitator's window and for the room.

One place for sizes (colours live in resources/styles and the palette): body text, small
print, section headings, step headings and key figures (role type, scores, the question on
the board), always in that order of size. The facilitator's window keeps the system's body
size; the audience view (presentation window and projector mode) derives every size from
the height of its screen, so the same layout fits 1280×800, 1366×768 and 1920×1080 and
reads from the back row of a council room (a body text em of 1/36 of the picture's height:
on a 1.3 m high projection about 3.6 cm, capitals 2.5 cm, readable from 4 m and further).

Texts take their role from their object name (the pages' `stepHeading`, `sectionHeading`,
`roleType` …) or from the `textRole` property (`set_role`), so no widget sets a size itself.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

# Which widgets each role covers, besides those with the `textRole` property.
SELECTORS: dict[str, tuple[str, ...]] = {
    "small": ("QLabel#stepIntro", "QLabel#boardKeys", "QLabel#chartSummary"),
    "section": ("QLabel#sectionHeading", "QLabel#sessionHeading"),
    "step": ("QLabel#stepHeading", "QLabel#startHeading"),
    "figure": ("QLabel#roleType", "QLabel#scoreValue"),
}


@dataclass(frozen=True)
class TypeScale:
    """Sizes in points; `body` 0 keeps the system's size (the facilitator's window)."""

    body: float
    small: float
    section: float
    step: float
    figure: float
    chrome: float  # navigator, timer, session list: read by the facilitator at arm's length

    def stylesheet(self) -> str:
        rules = []
        if self.body:
            rules.append(f"QWidget {{ font-size: {self.body:g}pt; }}")
        for role in ("small", "section", "step", "figure"):
            selectors = [*SELECTORS[role], f'*[textRole="{role}"]']
            rules.append(f"{', '.join(selectors)} {{ font-size: {getattr(self, role):g}pt; }}")
        bold = [
            selector
            for role in ("section", "step", "figure")
            for selector in (*SELECTORS[role], f'*[textRole="{role}"]')
        ]
        rules.append(f"{', '.join(bold)} {{ font-weight: 600; }}")
        rules.append(
            "QListWidget#stepNavigator, QLabel#stepTimer, QTableView#sessionTable"
            f" {{ font-size: {self.chrome:g}pt; }}"
        )
        rules.append(f"QLabel#emptyHint {{ font-size: {self.section:g}pt; }}")
        return "\n".join(rules) + "\n"


# The laptop: body 9–10 pt from the system, headings and figures clearly above it.
NORMAL = TypeScale(body=0, small=9, section=13, step=18, figure=22, chrome=11)

# Relative sizes for the room, multiplied by the body size that the screen's height allows.
SMALL, SECTION, STEP, FIGURE = 0.8, 1.3, 1.6, 2.1
EMS_PER_SCREEN = 36  # the body text's em is this part of the picture's height


def audience_scale(height: int, dpi: float = 96.0) -> TypeScale:
    """The room's scale for a picture `height` pixels high (at least the size for 768)."""
    pixels = max(height, 720) / EMS_PER_SCREEN
    body = round(pixels * 72 / dpi * 2) / 2  # points, in half points
    return TypeScale(
        body=body,
        small=round(body * SMALL * 2) / 2,
        section=round(body * SECTION * 2) / 2,
        step=round(body * STEP * 2) / 2,
        figure=round(body * FIGURE * 2) / 2,
        chrome=body,
    )


def set_role(widget: QWidget, role: str) -> None:
    """Give a text its place in the scale: small, section, step or figure."""
    assert role in SELECTORS, role
    widget.setProperty("textRole", role)

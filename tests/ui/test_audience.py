"""The audience view: on a second screen or in projector mode, only what the room may see,
following the facilitator's window live."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from gui_support import row_of, show
from phone_support import in_thread, start_on_loopback
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)
from room_support import Phone

from cdo_workshop.domain import lifecycle
from cdo_workshop.domain.model import StakeholderGroup
from cdo_workshop.domain.steps import STEP_KEYS
from cdo_workshop.ui.audience.window import choose_screen
from cdo_workshop.ui.phone_round import phone_round
from cdo_workshop.ui.widgets.delegation_board import SPREAD_COLUMN

SECRET = "Vertraulich: OB zögert beim Budget"


@dataclass(frozen=True)
class FakeScreen:
    name: str


def test_the_room_gets_a_screen_other_than_the_facilitators():
    laptop, projector, third = FakeScreen("eDP-1"), FakeScreen("HDMI-1"), FakeScreen("DP-2")
    assert choose_screen([laptop, projector], laptop) is projector
    assert choose_screen([projector, laptop], laptop) is projector
    assert choose_screen([laptop, projector, third], projector) is laptop
    assert choose_screen([laptop], laptop) is None
    assert choose_screen([], None) is None


def texts_of(widget) -> list[str]:
    """Everything the room can read: labels, table cells and headers."""
    out = [label.text() for label in widget.findChildren(QLabel) if label.isVisible()]
    for view in widget.findChildren(QAbstractItemView):
        if not view.isVisible():
            continue
        model = view.model()
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                out.append(str(model.data(model.index(row, column)) or ""))
        for column in range(model.columnCount()):
            out.append(str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
    return out


def controls_of(widget) -> list[str]:
    kinds = (
        QAbstractButton,
        QLineEdit,
        QPlainTextEdit,
        QTextEdit,
        QComboBox,
        QAbstractSpinBox,
    )
    return [
        f"{type(w).__name__} {w.objectName()}"
        for kind in kinds
        for w in widget.findChildren(kind)
        if w.isVisible() and w.isEnabled()
    ]


@pytest.fixture
def presenting(qtbot, sample_window, type_text):
    """The sample session with private notes and hidden poker votes, presented."""
    window = sample_window
    window.actions_by_name["notes"].trigger()
    type_text(window.notes_edit, SECRET)
    placement = show(qtbot, window, "placement")
    placement.notes_edit.setFocus()
    type_text(placement.notes_edit, SECRET)
    decisions = show(qtbot, window, "decisions")
    qtbot.keyClick(
        decisions,
        Qt.Key.Key_P,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.controller.session.room.poker
    audience = window.open_presentation()
    qtbot.addWidget(audience)
    audience.resize(1366, 768)
    return window, audience


def test_the_room_sees_no_notes_no_hidden_votes_and_no_controls(qtbot, presenting):
    window, audience = presenting
    view = audience.view
    for key in STEP_KEYS:
        show(qtbot, window, key)
        qtbot.waitUntil(
            lambda k=key: view.current_step() is not None and view.current_step().key == k
        )
        view.show_session()
        texts = texts_of(audience)
        assert not [t for t in texts if "OB zögert" in t], key
        assert controls_of(audience) == [], key
    show(qtbot, window, "decisions")
    qtbot.waitUntil(lambda: view.current_key() == "decisions")
    view.show_session()
    board = view.steps["decisions"]
    model = board.model
    # Hidden: no level cell shows a count, and the question says only how many voted.
    cells = [
        model.data(model.index(row, level))
        for row in range(model.rowCount())
        for level in range(1, 8)
    ]
    assert not [c for c in cells if c and any(ch.isdigit() for ch in c)]
    assert board.status.text().startswith("Stimmen verdeckt:")
    # German throughout, the base model's texts too (it said "§ decided by Gemeinderat")
    texts = texts_of(audience)
    assert [t for t in texts if "entscheidet: Gemeinderat" in t]
    assert not [t for t in texts if "decided by" in t or "vote(s)" in t]


def test_the_room_follows_the_step_the_selected_area_and_every_edit(qtbot, presenting):
    window, audience = presenting
    view = audience.view
    qtbot.waitUntil(lambda: view.step_title.text().startswith("Schritt 5 von 9"))
    page = show(qtbot, window, "decisions")
    qtbot.mouseClick(page.poker_box, Qt.MouseButton.LeftButton)
    assert not window.controller.session.room.poker  # votes visible again
    row = row_of(page, "it_standards")
    page.board.setCurrentIndex(page.board_model.index(row, 1))
    area = page.current_area()
    board = view.steps["decisions"]
    qtbot.waitUntil(lambda: board.headline.text() == window.controller.title(area))
    before = board.model.data(board.model.index(row, 6)) or ""
    assert not before  # nobody voted level 6 for IT standards in the sample
    widths = [board.board.columnWidth(c) for c in range(1, 9)]
    resets: list[int] = []
    board.model.modelReset.connect(lambda: resets.append(1))
    page.voter_combo.setCurrentIndex(0)
    page.board.setFocus()
    qtbot.keyClick(page.board, Qt.Key.Key_6)  # the facilitator types a vote
    qtbot.waitUntil(lambda: board.model.data(board.model.index(row, 6)) == "1")
    qtbot.waitUntil(lambda: "bis 6" in board.status.text())
    # A vote redraws its row: the room's board is neither reset nor measured anew (30
    # phones voting at once stalled the window), and its columns hold the widest cell.
    assert not resets and [board.board.columnWidth(c) for c in range(1, 9)] == widths
    bold = QFont(board.board.font())
    bold.setBold(True)
    widest = QFontMetrics(bold).horizontalAdvance("\u2714 99")
    assert all(board.board.columnWidth(c) > widest for c in range(1, 8))

    framing = show(qtbot, window, "framing")
    qtbot.waitUntil(lambda: view.step_title.text().startswith("Schritt 1 von 9"))
    participants = view.steps["framing"]
    framing.name_edit.selectAll()
    qtbot.keyClicks(framing.name_edit, "Beispielheim")
    qtbot.waitUntil(lambda: participants.headline.text().startswith("Beispielheim"))


def test_the_room_sees_the_phone_voting_round(qtbot, presenting):
    window, audience = presenting
    code = QImage(29, 29, QImage.Format.Format_RGB32)
    code.fill(QColor("black"))
    window.show_voting_round(
        code, "http://192.168.0.2:8123/j/abc", 2, 11, ["Jürgen Böhm", "Frank Schäfer"]
    )
    panel = audience.view.voting
    assert panel.isVisible() and not panel.qr.pixmap().isNull()
    texts = texts_of(panel)
    assert "http://192.168.0.2:8123/j/abc" in texts
    assert "2 von 11 haben abgestimmt" in texts
    window.end_voting_round()
    assert not panel.isVisible()


def test_f11_shows_the_audience_layout_full_screen_and_back(qtbot, sample_window):
    window = sample_window
    window.actions_by_name["notes"].trigger()
    assert window.notes_dock.isVisible()
    show(qtbot, window, "agreement")
    normal = window.session_view.pages[0].heading.font().pointSizeF()
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert window.projector_on and window.isFullScreen()
    audience = window.stack.currentWidget()
    assert audience.objectName() == "audienceView"
    assert not window.notes_dock.isVisible() and not window.menuBar().isVisible()
    assert audience.step_title.font().pointSizeF() > normal  # larger than the page's heading
    assert audience.step_title.text().startswith("Schritt 9 von 9")
    assert controls_of(audience) == []
    qtbot.keyClick(audience, Qt.Key.Key_PageUp)  # a presenter's remote goes back a step
    qtbot.waitUntil(lambda: audience.step_title.text().startswith("Schritt 8 von 9"))
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert not window.isFullScreen() and window.notes_dock.isVisible()
    assert window.stack.currentWidget() is window.session_view
    assert window.session_view.current_page().key == "resources"


def test_presentation_with_one_screen_is_projector_mode(qtbot, sample_window):
    window = sample_window
    window.actions_by_name["presentation"].trigger()  # offscreen Qt has one screen
    assert window.audience_window is None
    assert window.projector_on and window.stack.currentWidget().objectName() == "audienceView"
    window.actions_by_name["projector"].trigger()
    assert not window.projector_on


def test_a_running_phone_round_shows_its_code_and_who_voted_never_a_value(
    qtbot, sample_window, screenshot
):
    """A real round on 127.0.0.1: the presentation and projector mode show the join code,
    its address and who has voted; a phone's vote adds a name, never its level; stopping
    the round takes it off the screen."""
    window = sample_window
    window.controller.record(lifecycle.reopen(window.controller.session))  # the sample is signed
    session = window.controller.session
    page = show(qtbot, window, "decisions")
    row = row_of(page, "digital_budget")
    area = page.board_model.areas()[row]
    page.board.setCurrentIndex(page.board_model.index(row, 1))
    audience = window.open_presentation()
    qtbot.addWidget(audience)
    audience.resize(1366, 768)
    panel = audience.view.voting
    assert not panel.isVisible()  # no round, no code

    start_on_loopback(qtbot, page.phone_voting)
    round_ = phone_round(window.controller)
    # the facilitator votes on no phone (a witness): not counted
    eligible = sum(
        1
        for p in session.participants
        if p.name.strip() and p.group != StakeholderGroup.FACILITATOR
    )
    assert eligible < sum(1 for p in session.participants if p.name.strip())
    qtbot.waitUntil(panel.isVisible)
    assert not panel.qr.pixmap().isNull() and panel.qr.pixmap().width() >= 200
    assert round_.join_url() in texts_of(panel)
    voted = len(area.votes)  # the sample's votes typed in count, too
    assert f"{voted} von {eligible} haben abgestimmt" in texts_of(panel)

    voter = next(
        p
        for p in session.participants
        if p.group == StakeholderGroup.COUNCIL and p.id not in area.votes
    )
    assert voter.name not in panel.names.text()
    phone = Phone(round_.join_url())
    in_thread(qtbot, lambda: phone.join(voter.name))
    level = min(3, area.max_level)
    status, _ = in_thread(
        qtbot, lambda: phone.post("api/vote", {"question": f"area:{area.id}", "value": level})
    )
    assert status == 200 and area.votes[voter.id] == level
    counted = f"{voted + 1} von {eligible} haben abgestimmt"
    qtbot.waitUntil(lambda: counted in texts_of(panel))
    assert voter.name in panel.names.text()
    audience.view.show_session()
    board = audience.view.steps["decisions"]
    assert board.model.areas()[row] is area  # the room's board lists the areas alike
    cells = [board.model.data(board.model.index(row, column)) for column in range(1, 8)]
    # The area's votes stay hidden: no level shows a count (only the agreed mark, the law's §).
    assert not [c for c in cells if c and any(ch.isdigit() for ch in c)]
    assert board.status.text().startswith("Stimmen verdeckt:")
    assert counted in board.status.text()  # the board counts voters as the round does
    spread = board.model.data(board.model.index(row, SPREAD_COLUMN))
    assert spread == f"{voted + 1} Stimmen\nabgegeben"  # German, as the laptop, on two lines
    screenshot(audience, "audience_phone_voting")

    qtbot.keyClick(window, Qt.Key.Key_F11)  # projector mode opens its own view, shown at once
    projector = window.stack.currentWidget()
    assert projector.objectName() == "audienceView"
    assert projector.voting.isVisible()
    assert counted in texts_of(projector.voting)

    old = round_.join_url()
    qtbot.mouseClick(page.phone_voting.rotate_button, Qt.MouseButton.LeftButton)
    assert round_.join_url() != old and round_.join_url() in texts_of(projector.voting)

    # A hotspot typed on the laptop: the projector shows the code that joins it (its
    # password in the code only), and step 3's panel knows the same Wi-Fi.
    assert not projector.voting.wifi_qr.isVisible()
    page.phone_voting.ssid_edit.setFocus()
    qtbot.keyClicks(page.phone_voting.ssid_edit, "Rathaus-Hotspot")
    qtbot.keyClicks(page.phone_voting.password_edit, "geheim123")
    qtbot.waitUntil(projector.voting.wifi_qr.isVisible)
    assert "Rathaus-Hotspot" in projector.voting.wifi_caption.text()
    assert not [t for t in texts_of(projector) + texts_of(audience) if "geheim123" in t]
    assert not projector.voting.wifi_qr.pixmap().isNull()
    assert round_.info().wifi == "WIFI:T:WPA;S:Rathaus-Hotspot;P:geheim123;;"
    assert not page.phone_voting.wifi_qr.isHidden()  # the laptop's panel shows it, too
    qtbot.keyClick(window, Qt.Key.Key_F11)  # back to the facilitator's window
    expectations = show(qtbot, window, "expectations")
    assert expectations.phone_voting.ssid_edit.text() == "Rathaus-Hotspot"
    assert expectations.phone_voting.password_edit.text() == "geheim123"
    assert round_.info().wifi.endswith("P:geheim123;;")  # not cleared by the other panel

    round_.stop()
    assert not panel.isVisible() and not projector.voting.isVisible()
    assert panel.qr.pixmap().isNull()
    qtbot.keyClick(window, Qt.Key.Key_F11)

"""Phone voting in the window: a real HTTP vote from the test arrives on the board, hidden,
saved and undoable; the facilitator reveals it; stopping, leaving and a restart close the
round. The phones are urllib clients in threads (the GUI thread must stay free to take
their votes), talking to 127.0.0.1 only."""

from __future__ import annotations

import threading
import urllib.error
import urllib.request
from typing import Any

import pytest
from gui_support import row_of, saved, show
from phone_support import in_thread, open_draft, start_on_loopback
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from room_support import Phone

from cdo_workshop.domain.model import StakeholderGroup
from cdo_workshop.ui.phone_round import phone_round
from cdo_workshop.ui.widgets.delegation_board import SPREAD_COLUMN


def test_a_phone_vote_arrives_hidden_saved_undoable_and_is_revealed(
    qtbot: Any, open_window: Any, db_path: Any, screenshot: Any
) -> None:
    window = open_window()
    session = open_draft(window)
    page = show(qtbot, window, "decisions")
    model = page.board_model
    row = row_of(page, "digital_budget")
    area = model.areas()[row]
    page.board.setFocus()
    page.board.setCurrentIndex(model.index(row, 1))
    panel = page.phone_voting
    assert all(
        a != "0.0.0.0"
        for a in (panel.interface_combo.itemData(i) for i in range(panel.interface_combo.count()))
    )
    start_on_loopback(qtbot, panel)
    round_ = phone_round(window.controller)
    url = round_.join_url()
    assert url.startswith("http://127.0.0.1:") and panel.url.text() == url
    assert not panel.qr.pixmap().isNull() and not round_.qr().isNull()
    assert area.title in panel.question.text() or "Digitalbudget" in panel.question.text()
    assert session.votes_hidden(area)  # hidden before the first phone joins

    voter = next(p for p in session.participants if p.group == StakeholderGroup.COUNCIL)
    before = dict(area.votes)
    phone = Phone(url)
    in_thread(qtbot, lambda: phone.join(voter.name))
    changed: list[int] = []
    round_.room_changed.connect(lambda: changed.append(1))
    status, answer = in_thread(
        qtbot, lambda: phone.post("api/vote", {"question": f"area:{area.id}", "value": 1})
    )
    assert status == 200 and "gezählt" in answer["message"]
    assert area.votes[voter.id] == 1
    # the views hear of votes at most every TELL_MS (a burst redraws a few times, not 30)
    qtbot.waitUntil(lambda: bool(changed) and voter.name in panel.voted.text())
    assert "abgegeben" in model.index(row, SPREAD_COLUMN).data()  # the board shows no value
    assert "Stufe" not in panel.voted.text()
    assert saved(db_path, session.id).decision_areas[row].votes[voter.id] == 1  # at once
    screenshot(page, "phone_voting_step5")

    status, answer = in_thread(
        qtbot, lambda: phone.post("api/vote", {"question": f"area:{area.id}", "value": 7})
    )
    assert status == 422 and f"höchstens Stufe {area.max_level}" in answer["error"]

    window.controller.undo_stack.undo()  # a phone vote is undone like any edit
    assert area.votes.get(voter.id) == before.get(voter.id)
    window.controller.undo_stack.redo()
    assert area.votes[voter.id] == 1

    qtbot.mouseClick(page.reveal_button, Qt.MouseButton.LeftButton)
    assert "abgegeben" not in model.index(row, SPREAD_COLUMN).data()
    status, answer = in_thread(
        qtbot, lambda: phone.post("api/vote", {"question": f"area:{area.id}", "value": 2})
    )
    assert status == 409 and "aufgedeckt" in answer["error"]  # revealed: the round is closed

    qtbot.mouseClick(panel.stop_button, Qt.MouseButton.LeftButton)
    assert not round_.running and not panel.running_box.isVisible() and round_.join_url() == ""
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(url, timeout=2)


def test_phone_positions_stay_hidden_until_the_facilitator_reveals_them(
    qtbot: Any, open_window: Any
) -> None:
    window = open_window()
    session = open_draft(window)
    page = show(qtbot, window, "expectations")
    panel = page.phone_voting
    start_on_loopback(qtbot, panel)
    assert panel.reveal_button.isVisible()
    council = [p for p in session.participants if p.group == StakeholderGroup.COUNCIL][:2]
    expectation = next(e for e in session.expectations if e.group == StakeholderGroup.COUNCIL)
    before = expectation.position
    card = page.card_for(StakeholderGroup.COUNCIL)
    for person, value in zip(council, (10, 30), strict=True):
        phone = Phone(phone_round(window.controller).join_url())
        in_thread(qtbot, lambda phone=phone, person=person: phone.join(person.name))
        status, _ = in_thread(
            qtbot,
            lambda phone=phone, value=value: phone.post(
                "api/vote", {"question": "expectation", "value": value}
            ),
        )
        assert status == 200
    assert expectation.position == before and card.slider.value() == before
    qtbot.waitUntil(lambda: all(p.name in panel.voted.text() for p in council))
    # The council's card says how many positions came in, never what they are.
    hidden = "2 Positionen per Smartphone abgegeben, verdeckt bis zum Aufdecken"
    assert card.phone_label.isVisible() and card.phone_label.text() == hidden
    assert "10" not in card.phone_label.text() and "30" not in card.phone_label.text()
    qtbot.mouseClick(panel.reveal_button, Qt.MouseButton.LeftButton)
    assert expectation.position == 20 and card.slider.value() == 20
    assert not session.positions_hidden(expectation)
    assert card.phone_label.text() == "2 Positionen per Smartphone abgegeben, Median 20"
    window.controller.undo_stack.undo()  # undo hides them again
    assert expectation.position == before and session.positions_hidden(expectation)
    assert card.phone_label.text() == hidden


def test_quitting_leaving_or_a_restart_closes_the_round_votes_stay_hidden(
    qtbot: Any, qapp: Any, open_window: Any
) -> None:
    window = open_window()
    session = open_draft(window)
    page = show(qtbot, window, "decisions")
    row = row_of(page, "escalation")
    area = page.board_model.areas()[row]
    page.board.setCurrentIndex(page.board_model.index(row, 1))
    start_on_loopback(qtbot, page.phone_voting)
    url = phone_round(window.controller).join_url()
    phone = Phone(url)
    in_thread(qtbot, lambda: phone.join(session.participants[0].name))
    assert (
        in_thread(
            qtbot, lambda: phone.post("api/vote", {"question": f"area:{area.id}", "value": 2})
        )[0]
        == 200
    )

    qapp.aboutToQuit.emit()  # quitting the app stops the server
    assert not phone_round(window.controller).running
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(url, timeout=2)

    start_on_loopback(qtbot, page.phone_voting)
    url = phone_round(window.controller).join_url()
    window.controller.close_session()  # so does leaving the session
    assert not phone_round(window.controller).running
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(url, timeout=2)

    session_id = session.id
    window.close()
    window.controller.close()
    again = open_window()
    again.open_session(session_id)
    page = show(qtbot, again, "decisions")
    assert not page.phone_voting.running_box.isVisible()  # the round is closed …
    assert "abgegeben" in page.board_model.index(row, SPREAD_COLUMN).data()  # … still hidden


def test_closing_the_window_ends_the_round_and_the_presentation(
    qtbot: Any, open_window: Any
) -> None:
    """The presentation is a window of its own: the app would go on with the server
    answering and nobody able to stop or reveal."""
    window = open_window()
    open_draft(window)
    page = show(qtbot, window, "decisions")
    start_on_loopback(qtbot, page.phone_voting)
    url = phone_round(window.controller).join_url()
    audience = window.open_presentation()
    qtbot.waitUntil(audience.isVisible)
    assert page.phone_voting.password_edit.echoMode() != QLineEdit.EchoMode.Normal
    window.close()
    assert not phone_round(window.controller).running
    qtbot.waitUntil(lambda: not audience.isVisible())
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(url, timeout=2)


def test_stopping_while_a_vote_waits_for_the_gui_does_not_deadlock(
    qtbot: Any, open_window: Any
) -> None:
    window = open_window()
    session = open_draft(window)
    page = show(qtbot, window, "expectations")
    start_on_loopback(qtbot, page.phone_voting)
    round_ = phone_round(window.controller)
    phone = Phone(round_.join_url())
    in_thread(qtbot, lambda: phone.join(session.participants[0].name))
    result: list[int] = []
    thread = threading.Thread(
        target=lambda: result.append(
            phone.post("api/vote", {"question": "expectation", "value": 5})[0]
        )
    )
    thread.start()
    while not round_.sink._pending:  # the vote waits for the GUI thread, which is busy here
        thread.join(0.01)
    round_.stop()  # … stopping the server from it
    thread.join(10)
    assert result == [503]


def test_a_name_taken_by_mistake_is_freed_and_the_link_rotated(
    qtbot: Any, open_window: Any
) -> None:
    window = open_window()
    session = open_draft(window)
    page = show(qtbot, window, "expectations")
    panel = page.phone_voting
    start_on_loopback(qtbot, panel)
    round_ = phone_round(window.controller)
    person = session.participants[3]
    wrong = Phone(round_.join_url())
    in_thread(qtbot, lambda: wrong.join(person.name))
    qtbot.waitUntil(lambda: panel.free_combo.findText(person.name) >= 0)
    panel.free_combo.setCurrentIndex(panel.free_combo.findText(person.name))
    qtbot.mouseClick(panel.free_button, Qt.MouseButton.LeftButton)
    assert person.id not in round_.server.devices.held()
    old = round_.join_url()
    qtbot.mouseClick(panel.rotate_button, Qt.MouseButton.LeftButton)
    assert round_.join_url() != old and panel.url.text() == round_.join_url()
    assert in_thread(qtbot, lambda: Phone(old).get())[0] == 403
    panel.ssid_edit.setText("Rathaus-Gast")
    panel.password_edit.setText("geheim123")
    assert panel.wifi_qr.isVisible() and not panel.wifi_qr.pixmap().isNull()
    round_.stop()

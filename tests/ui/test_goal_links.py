"""Step 2 links each goal to the tasks and decision areas that serve it, and says whether
tasks, powers and resources carry it."""

from __future__ import annotations

from gui_support import saved, show
from PySide6.QtCore import Qt


def test_a_goal_is_linked_by_keyboard_and_checked(qtbot, sample_window, db_path):
    window = sample_window
    session = window.controller.session
    page = show(qtbot, window, "goals")
    view = page.editor.view
    last = len(session.goals) - 1  # Musterstadt's data platform: not linked yet
    view.setFocus()
    view.setCurrentIndex(page.editor.model.index(last, 0))
    links = page.links
    assert links.heading.text().startswith("Was dient „Eine städtische Datenplattform")
    assert links.status.text().startswith("Noch nicht verknüpft")
    # tick "Kennzahlen und Controlling" with the keyboard
    row = next(
        i
        for i in range(links.tasks.count())
        if links.tasks.item(i).text() == "Kennzahlen und Controlling"
    )
    links.tasks.setFocus()
    links.tasks.setCurrentRow(row)
    qtbot.keyClick(links.tasks, Qt.Key.Key_Space)
    goal = session.goals[last]
    kpi = next(t for t in session.tasks if t.key == "kpi_controlling")
    qtbot.waitUntil(lambda: goal.tasks == [kpi.id])
    assert saved(db_path, session.id).goals[last].tasks == [kpi.id]
    # the check follows: the departments do it, the portfolio (level 5) backs it
    qtbot.waitUntil(lambda: links.status.text().startswith("\u2713 Getragen"))
    assert page.summary.text() == (
        "4 von 5 Zielen sind durch Aufgaben, Befugnisse und Ressourcen getragen."
    )
    # one undo step takes the link back
    window.actions_by_name["undo"].trigger()
    qtbot.waitUntil(lambda: goal.tasks == [])
    assert links.tasks.item(row).checkState() == Qt.CheckState.Unchecked


def test_a_carried_goal_says_so(qtbot, sample_window):
    window = sample_window
    page = show(qtbot, window, "goals")
    page.editor.view.setFocus()
    page.editor.view.setCurrentIndex(page.editor.model.index(2, 0))  # information security
    assert page.links.status.text().startswith("\u2713")
    titles = [
        page.links.areas.item(i).text()
        for i in range(page.links.areas.count())
        if page.links.areas.item(i).checkState() == Qt.CheckState.Checked
    ]
    assert titles == ["Informationssicherheit"]

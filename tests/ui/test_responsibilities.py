"""Step 6, the RACI matrix: keys and the role list, the check per task, the task list.

The page is shown in a real window, so Ctrl+Z and the layout are the real ones.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from layout_support import clipped_texts, settle
from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
)

from cdo_workshop.domain.model import RaciRole, StakeholderGroup
from cdo_workshop.storage.repository import SessionRepository
from cdo_workshop.ui.main_window import MainWindow
from cdo_workshop.ui.steps.responsibilities import ResponsibilitiesPage
from cdo_workshop.ui.widgets.raci_matrix import (
    CLUSTER,
    FINE,
    ISSUES_ROLE,
    PROBLEM,
    TITLE_COLUMN,
)

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def tr(context: str, text: str, n: int = -1) -> str:
    """The text as the user sees it now, whether or not it is translated yet."""
    return QCoreApplication.translate(context, text, None, n)


@pytest.fixture
def show_step(qtbot, open_window) -> Callable[[], tuple[MainWindow, ResponsibilitiesPage]]:
    """The sample session in a window, showing this step."""

    def show() -> tuple[MainWindow, ResponsibilitiesPage]:
        window = open_window()
        window.load_sample()
        window.open_session(window.start_page.selected_id())
        view = window.session_view
        page = next(p for p in view.pages if isinstance(p, ResponsibilitiesPage))
        view.navigator.setCurrentRow(view.pages.index(page))
        qtbot.waitUntil(page.view.isVisible)
        return window, page

    return show


def task(page: ResponsibilitiesPage, key: str):
    return next(t for t in page.controller.session.tasks if t.key == key)


def saved_session(db_path, session_id: str):
    repo = SessionRepository.open(db_path)
    try:
        return repo.load(session_id)
    finally:
        repo.close()


def saved_task(db_path, session_id: str, task_id: str):
    return next((t for t in saved_session(db_path, session_id).tasks if t.id == task_id), None)


def cell(page: ResponsibilitiesPage, key: str, group: StakeholderGroup):
    model = page.model
    return model.index(model.row_of(task(page, key).id), model.column_of(group))


def focus(qtbot, page: ResponsibilitiesPage, index) -> None:
    page.view.setFocus()
    page.view.setCurrentIndex(index)
    qtbot.waitUntil(page.view.hasFocus)


def press(qtbot, window: MainWindow, action: str) -> None:
    """Press the shortcut of a window action (Redo is Ctrl+Y or Ctrl+Shift+Z by platform)."""
    combination = window.actions_by_name[action].shortcut()[0]
    qtbot.keyClick(QApplication.focusWidget(), combination.key(), combination.keyboardModifiers())


def test_model_passes_the_model_tester(show_step, qtmodeltester, qtbot):
    window, page = show_step()
    qtmodeltester.check(page.model)
    # Edits after the check are watched too: a role (data change), a new task (reset).
    focus(qtbot, page, cell(page, "reporting", StakeholderGroup.IT))
    qtbot.keyClick(page.view, Qt.Key.Key_C)
    page.custom_edit.setText("Glasfaser")
    page.add_custom_task()
    window.controller.undo_stack.undo()


def test_tasks_are_grouped_by_cluster_with_catalog_labels(show_step):
    _, page = show_step()
    model, catalog = page.model, page.controller.catalog
    # The first row is the heading of the first cluster, spanning the table, not selectable.
    assert model.index(0, 0).data() == "Strategie & Steuerung"
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) == CLUSTER
    assert model.flags(model.index(0, 0)) == Qt.ItemFlag.NoItemFlags
    assert page.view.columnSpan(0, 0) == model.columnCount()
    assert (
        model.index(1, TITLE_COLUMN).data() == "Digitalstrategie, Leitbild und Umsetzungs-Roadmap"
    )
    order = list(catalog.task_clusters)
    clusters = [
        model.task_at(r).cluster for r in range(model.rowCount()) if model.task_at(r) is not None
    ]
    assert clusters == sorted(clusters, key=order.index)
    headings = [model.index(r, 0).data() for r in range(model.rowCount()) if not model.task_at(r)]
    assert headings == [catalog.task_clusters[c].label.de for c in dict.fromkeys(clusters)]
    # Columns: stakeholder groups with their catalog labels (short, full one as tooltip).
    mayor = model.column_of(StakeholderGroup.MAYOR)
    assert model.headerData(mayor, Qt.Orientation.Horizontal) == "Bürgermeister/in"
    cdo = model.column_of(StakeholderGroup.CDO)
    assert model.headerData(cdo, Qt.Orientation.Horizontal) == "CDO"
    assert model.headerData(cdo, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == (
        catalog.stakeholder_groups["cdo"].label.de
    )
    assert StakeholderGroup.FACILITATOR not in model.groups
    assert cell(page, "digital_strategy", StakeholderGroup.CDO).data() == "R"
    assert cell(page, "digital_strategy", StakeholderGroup.MAYOR).data() == "A"


def test_status_column_and_summary_name_the_problems(show_step):
    _, page = show_step()
    model = page.model
    status = model.status_column
    e_files = model.index(model.row_of(task(page, "e_files").id), status)
    assert e_files.data() == tr("RaciModel", "{count} \u00d7 A").format(count=2)
    assert e_files.data(ISSUES_ROLE) == ["multiple_accountable"]
    assert e_files.data(Qt.ItemDataRole.BackgroundRole) == PROBLEM
    communication = model.index(model.row_of(task(page, "communication").id), status)
    assert communication.data() == tr("RaciModel", "no R")
    fine = model.index(model.row_of(task(page, "digital_strategy").id), status)
    assert fine.data() == tr("RaciModel", "OK")
    assert fine.data(Qt.ItemDataRole.BackgroundRole) == FINE
    assert page.summary.text() == tr("ResponsibilitiesPage", "%n task(s) with problems", 2)
    assert not page.is_complete()


def test_keys_set_cycle_and_clear_roles_with_undo(show_step, qtbot, db_path):
    window, page = show_step()
    session_id = window.controller.session.id
    reporting = task(page, "reporting")
    index = cell(page, "reporting", StakeholderGroup.IT)
    focus(qtbot, page, index)

    qtbot.keyClick(page.view, Qt.Key.Key_R)
    assert saved_task(db_path, session_id, reporting.id).raci["it"] == RaciRole.RESPONSIBLE
    assert index.data() == "R"
    qtbot.keyClick(page.view, Qt.Key.Key_Space)  # R → A
    assert saved_task(db_path, session_id, reporting.id).raci["it"] == RaciRole.ACCOUNTABLE
    # Two A now: the status says so, and the summary counts one more task.
    status = page.model.index(index.row(), page.model.status_column)
    assert status.data() == tr("RaciModel", "{count} \u00d7 A").format(count=2)
    assert page.summary.text() == tr("ResponsibilitiesPage", "%n task(s) with problems", 3)
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert "it" not in saved_task(db_path, session_id, reporting.id).raci
    assert status.data() == tr("RaciModel", "OK")

    qtbot.keyClick(page.view, Qt.Key.Key_Z, CTRL)
    assert saved_task(db_path, session_id, reporting.id).raci["it"] == RaciRole.ACCOUNTABLE
    press(qtbot, window, "redo")
    assert "it" not in saved_task(db_path, session_id, reporting.id).raci

    # Fix the two problems of the sample with keys only: the page is then complete.
    focus(qtbot, page, cell(page, "e_files", StakeholderGroup.IT))
    qtbot.keyClick(page.view, Qt.Key.Key_R)
    focus(qtbot, page, cell(page, "communication", StakeholderGroup.CDO))
    qtbot.keyClick(page.view, Qt.Key.Key_R)
    assert page.summary.text() == tr(
        "ResponsibilitiesPage", "All tasks have an R and exactly one A."
    )
    assert page.is_complete()


def test_role_list_opens_with_f2(show_step, qtbot, db_path):
    window, page = show_step()
    index = cell(page, "kpi_controlling", StakeholderGroup.MAYOR)
    focus(qtbot, page, index)
    qtbot.keyClick(page.view, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QComboBox))
    editor = QApplication.focusWidget()
    assert editor.accessibleName()
    editor.setCurrentIndex(editor.findData("I"))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: index.data() == "I")
    saved = saved_task(db_path, window.controller.session.id, task(page, "kpi_controlling").id)
    assert saved.raci["mayor"] == RaciRole.INFORMED


def test_rename_a_task_in_its_title_cell(show_step, qtbot, type_text, db_path):
    window, page = show_step()
    reporting = task(page, "reporting")
    focus(qtbot, page, cell(page, "reporting", StakeholderGroup.MAYOR))
    qtbot.mouseClick(page.rename_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    editor = QApplication.focusWidget()
    editor.selectAll()
    type_text(editor, "Berichte an Rat, Bürgermeisterin")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    expected = "Berichte an Rat, Bürgermeisterin"
    assert reporting.title == expected  # saved as typed
    qtbot.waitUntil(lambda: page.view.state() != page.view.State.EditingState)
    assert saved_task(db_path, window.controller.session.id, reporting.id).title == expected
    row = page.model.row_of(reporting.id)
    assert page.model.index(row, TITLE_COLUMN).data() == expected
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Z, CTRL)
    old = "Berichte an Rat und Verwaltungsspitze"
    assert saved_task(db_path, window.controller.session.id, reporting.id).title == old


def test_add_a_catalog_task_and_undo(show_step, qtbot, db_path):
    window, page = show_step()
    catalog = page.controller.catalog
    session_id = window.controller.session.id
    key = page.catalog_combo.currentData()
    assert key not in {t.key for t in window.controller.session.tasks}
    before = page.catalog_combo.count()
    qtbot.mouseClick(page.add_catalog_button, Qt.MouseButton.LeftButton)

    added = task(page, key)
    assert added.title == catalog.tasks[key].title.de
    assert added.cluster == catalog.tasks[key].cluster
    assert saved_task(db_path, session_id, added.id) is not None
    assert page.catalog_combo.findData(key) == -1
    assert page.catalog_combo.count() == before - 1
    # It sits in its cluster and is selected, ready for its roles; without roles it is flagged.
    row = page.model.row_of(added.id)
    assert page.view.currentIndex().row() == row
    assert page.view.hasFocus()
    status = page.model.index(row, page.model.status_column)
    assert status.data(ISSUES_ROLE) == ["no_responsible", "no_accountable"]
    assert status.data() == ", ".join([tr("RaciModel", "no R"), tr("RaciModel", "no A")])

    qtbot.keyClick(page.view, Qt.Key.Key_Z, CTRL)
    assert saved_task(db_path, session_id, added.id) is None
    assert page.catalog_combo.findData(key) >= 0


def test_add_an_own_task_by_typing(show_step, qtbot, type_text, db_path):
    window, page = show_step()
    page.custom_edit.setFocus()
    type_text(page.custom_edit, "Glasfaserausbau begleiten (Förderung)")
    qtbot.keyClick(page.custom_edit, Qt.Key.Key_Return)
    own = next(t for t in window.controller.session.tasks if not t.key)
    assert own.title == "Glasfaserausbau begleiten (Förderung)"
    assert saved_task(db_path, window.controller.session.id, own.id).title == own.title
    assert page.custom_edit.text() == ""
    row = page.model.row_of(own.id)
    # Own tasks come last, under their own heading.
    assert row == page.model.rowCount() - 1
    assert page.model.task_at(row - 1) is None
    assert page.model.index(row - 1, 0).data() == tr("RaciModel", "Own tasks")
    qtbot.keyClick(page.view, Qt.Key.Key_A)
    assert task_raci(window, own.id) == {"mayor": RaciRole.ACCOUNTABLE}


def task_raci(window: MainWindow, task_id: str) -> dict:
    return dict(window.controller.item("tasks", task_id).raci)


def test_hide_a_task_and_bring_it_back(show_step, qtbot, db_path):
    window, page = show_step()
    session_id = window.controller.session.id
    reporting = task(page, "reporting")
    expecting = [
        e.id
        for e in window.controller.session.expectations
        if any(x.task_key == "reporting" for x in e.tasks)
    ]
    assert expecting
    focus(qtbot, page, cell(page, "reporting", StakeholderGroup.IT))
    qtbot.keyClick(page.view, Qt.Key.Key_D, CTRL | SHIFT)

    saved = saved_session(db_path, session_id)
    assert reporting.id not in {t.id for t in saved.tasks}
    assert all(x.task_key != "reporting" for e in saved.expectations for x in e.tasks)
    assert page.model.row_of(reporting.id) == -1
    assert page.catalog_combo.findData("reporting") >= 0
    assert page.model.task_at(page.view.currentIndex().row()) is not None

    # One undo step brings back the task and what the groups expected of it.
    qtbot.keyClick(page.view, Qt.Key.Key_Z, CTRL)
    saved = saved_session(db_path, session_id)
    assert reporting.id in {t.id for t in saved.tasks}
    back = {e.id for e in saved.expectations if any(x.task_key == "reporting" for x in e.tasks)}
    assert back == set(expecting)


def test_every_interactive_widget_is_named(show_step):
    _, page = show_step()
    widgets = [w for w in page.findChildren(QLabel) if w.buddy()]
    for kind in (QAbstractButton, QComboBox, QLineEdit, QAbstractItemView):
        widgets += [
            w
            for w in page.findChildren(kind)
            if not w.objectName().startswith("qt_")
            and not isinstance(w.parent(), (QComboBox, QAbstractItemView))
            and not isinstance(w.parentWidget().parentWidget(), QComboBox)
        ]
    for widget in widgets:
        assert widget.objectName(), widget
        if not isinstance(widget, QLabel):
            assert widget.accessibleName(), widget.objectName()


def elided_titles(page: ResponsibilitiesPage) -> list[str]:
    """Task titles whose longest word does not fit the title column (Qt would cut it)."""
    metrics = page.view.fontMetrics()
    width = page.view.columnWidth(TITLE_COLUMN) - 12
    return [
        t.title
        for t in page.controller.session.tasks
        if max(metrics.horizontalAdvance(w) for w in t.title.split()) > width
    ]


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_screenshot(show_step, qtbot, screenshot, size):
    window, page = show_step()
    window.resize(*size)
    scroll = window.session_view.stack.currentWidget()
    # The matrix and its buttons fill the first screen as before; the time shares follow
    # below it (the page scrolls to them, tests/ui/test_time_shares.py).
    viewport = scroll.viewport()
    qtbot.waitUntil(
        lambda: (
            not page.view.horizontalScrollBar().isVisible()
            and page.custom_edit.mapTo(viewport, QPoint(0, page.custom_edit.height())).y()
            <= viewport.height()
            and page.time_shares.mapTo(viewport, QPoint(0, 0)).y() >= page.view.height()
        )
    )
    settle(qtbot, lambda: not clipped_texts(page))  # wrapped texts get their height later
    assert clipped_texts(page) == []
    assert elided_titles(page) == []
    page.view.setCurrentIndex(cell(page, "e_files", StakeholderGroup.IT))
    tag = f"{size[0]}x{size[1]}"
    assert screenshot(window, f"step-6-responsibilities-{tag}").stat().st_size > 0


def test_language_switch_renames_groups_and_clusters(show_step, qtbot):
    window, page = show_step()
    model = page.model
    mayor = model.column_of(StakeholderGroup.MAYOR)
    window.actions_by_name["english"].trigger()
    try:
        qtbot.waitUntil(
            lambda: (
                model.headerData(mayor, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
                == "Mayor (Bürgermeister/in)"
            )
        )
        assert model.index(0, 0).data() == "Strategy & governance"
        qtbot.waitUntil(lambda: page.heading.text() == "Step 6 of 9: Tasks & responsibilities")
        # The catalog's tasks follow the language; a task the room renamed stays as written.
        assert model.index(1, TITLE_COLUMN).data() == "Digital strategy, vision and roadmap"
    finally:
        window.actions_by_name["german"].trigger()
    qtbot.waitUntil(
        lambda: model.headerData(mayor, Qt.Orientation.Horizontal) == "Bürgermeister/in"
    )

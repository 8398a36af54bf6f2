"""Signing on screen: the pad's strokes, pen and keyboard, and the signature in the session."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QInputDevice, QPointingDevice, QTabletEvent
from PySide6.QtWidgets import QApplication

from cdo_workshop.export.signatures import SIGNATURE_ASPECT
from cdo_workshop.storage.repository import SessionRepository
from cdo_workshop.ui.dialogs.sign_dialog import SignDialog
from cdo_workshop.ui.widgets.signature_pad import MARGIN, SignaturePad

LEFT = Qt.MouseButton.LeftButton
ZIGZAG = [(60, 120), (90, 60), (120, 150), (150, 70), (180, 140), (240, 100)]


def draw(qtbot, pad, points) -> None:
    """One stroke through `points` (widget pixels) with the left button held."""
    qtbot.mousePress(pad, LEFT, pos=QPoint(*points[0]))
    for point in points[1:]:
        qtbot.mouseMove(pad, QPoint(*point))
    qtbot.mouseRelease(pad, LEFT, pos=QPoint(*points[-1]))


def expected(pad, points):
    ink = pad.ink_rect()
    return [
        (
            round((x - ink.x()) / ink.width(), 4),
            round((y - ink.y()) / ink.height(), 4),
        )
        for x, y in points
    ]


@pytest.fixture
def pad(qtbot):
    widget = SignaturePad()
    qtbot.addWidget(widget)
    widget.resize(612, 212)
    with qtbot.waitExposed(widget):
        widget.show()
    return widget


def test_mouse_strokes_come_out_normalised(qtbot, pad):
    with qtbot.waitSignal(pad.strokesChanged) as blocker:
        draw(qtbot, pad, ZIGZAG)
    (stroke,) = blocker.args[0]
    assert stroke == expected(pad, ZIGZAG)
    assert all(0 <= x <= 1 and 0 <= y <= 1 for x, y in stroke)
    # A second stroke, and a dot (press and release in one place).
    draw(qtbot, pad, [(300, 80), (420, 90)])
    draw(qtbot, pad, [(500, 60)])
    assert [len(s) for s in pad.strokes()] == [len(ZIGZAG), 2, 1]
    assert len(pad.paths()) == 3


def test_points_outside_the_ink_area_stay_on_its_edge(qtbot, pad):
    pad.resize(612, 400)  # taller than the aspect: the ink area is centred
    qtbot.waitUntil(lambda: pad.height() == 400)
    ink = pad.ink_rect()
    assert ink.width() / ink.height() == pytest.approx(SIGNATURE_ASPECT)
    draw(qtbot, pad, [(2, 5), (610, 395)])
    assert pad.strokes() == [[(0.0, 0.0), (1.0, 1.0)]]


def test_the_pad_keeps_the_pdf_aspect(pad):
    assert pad.hasHeightForWidth()
    height = pad.heightForWidth(912)
    assert (912 - 2 * MARGIN) / (height - 2 * MARGIN) == pytest.approx(SIGNATURE_ASPECT)
    ink = pad.ink_rect()
    assert ink.width() / ink.height() == pytest.approx(SIGNATURE_ASPECT)


def test_pen_input_by_tablet_events(qtbot, pad):
    pen = QPointingDevice(
        "test pen",
        4711,
        QInputDevice.DeviceType.Stylus,
        QPointingDevice.PointerType.Pen,
        QInputDevice.Capability.Position | QInputDevice.Capability.Pressure,
        1,
        3,
    )

    def send(kind, x, y, buttons):
        event = QTabletEvent(
            kind,
            pen,
            QPointF(x, y),
            QPointF(pad.mapToGlobal(QPoint(x, y))),
            0.6 if buttons else 0.0,
            0.0,
            0.0,
            0.0,
            0.0,
            0.0,
            Qt.KeyboardModifier.NoModifier,
            LEFT,
            buttons,
        )
        QApplication.sendEvent(pad, event)
        assert event.isAccepted()  # no mouse events are made up from it

    with qtbot.waitSignal(pad.strokesChanged):
        send(QTabletEvent.Type.TabletPress, 100, 100, LEFT)
        send(QTabletEvent.Type.TabletMove, 200, 150, LEFT)
        send(QTabletEvent.Type.TabletMove, 300, 60, LEFT)
        send(QTabletEvent.Type.TabletRelease, 300, 60, Qt.MouseButton.NoButton)
    assert pad.strokes() == [expected(pad, [(100, 100), (200, 150), (300, 60)])]


def test_keyboard_clear_and_take_back(qtbot, pad):
    assert pad.focusPolicy() & Qt.FocusPolicy.TabFocus
    draw(qtbot, pad, ZIGZAG)
    draw(qtbot, pad, [(300, 80), (420, 90)])
    pad.setFocus()
    with qtbot.waitSignal(pad.strokesChanged) as blocker:
        qtbot.keyClick(pad, Qt.Key.Key_Backspace)
    assert len(blocker.args[0]) == 1
    with qtbot.waitSignal(pad.strokesChanged) as blocker:
        qtbot.keyClick(pad, Qt.Key.Key_Delete)
    assert blocker.args[0] == [] and pad.is_empty()


def test_accessible_name_names_the_signer(pad):
    pad.set_signer("Jürgen Böhm")
    assert "Jürgen Böhm" in pad.accessibleName()
    assert pad.accessibleDescription()


# -- the dialog and the session ------------------------------------------------------------


@pytest.fixture
def step9(qtbot, open_window):
    window = open_window()
    window.load_sample()
    window.open_session(window.start_page.selected_id())
    view = window.session_view
    view.navigator.setCurrentRow(len(view.pages) - 1)
    page = view.pages[-1]
    qtbot.waitUntil(page.isVisible)
    return window, page


def saved_signatories(db_path, session_id):
    repo = SessionRepository.open(db_path)
    try:
        return repo.load(session_id).agreement.signatories
    finally:
        repo.close()


def safely(action):
    """A failing check inside a modal dialog closes it, so the test fails instead of hanging."""

    def run(dialog):
        try:
            action(dialog)
        except BaseException:
            dialog.reject()
            raise

    return run


def sign_row(qtbot, answer_dialog, editor, row, action) -> None:
    """Select `row`, press "Sign on screen …" and let `action` work the dialog."""
    editor.view.setFocus()
    editor.view.setCurrentIndex(editor.model.index(row, 0))
    assert editor.sign_button.isEnabled()
    answer_dialog(safely(action))
    qtbot.mouseClick(editor.sign_button, LEFT)


def test_signing_on_screen_saves_the_strokes(qtbot, step9, answer_dialog, db_path, screenshot):
    window, page = step9
    controller = window.controller
    editor = page.signatories
    signatory = controller.session.agreement.signatories[0]
    assert not signatory.strokes
    drawn = {}

    def sign(dialog):
        assert isinstance(dialog, SignDialog)
        assert signatory.name in dialog.pad.accessibleName()
        assert dialog.focusWidget() is dialog.pad  # ready to sign (and to clear by key)
        assert not dialog.ok_button.isEnabled()  # nothing drawn yet
        draw(qtbot, dialog.pad, ZIGZAG)
        draw(qtbot, dialog.pad, [(300, 80), (420, 90), (480, 70)])
        drawn["strokes"] = dialog.pad.strokes()
        screenshot(dialog, "sign-dialog")
        qtbot.mouseClick(dialog.ok_button, LEFT)

    sign_row(qtbot, answer_dialog, editor, 0, sign)
    session_signatory = controller.session.agreement.signatories[0]
    assert session_signatory.strokes == drawn["strokes"]
    assert len(session_signatory.strokes) == 2
    assert session_signatory.signed_at is not None
    stored = saved_signatories(db_path, controller.session.id)[0]
    assert [[tuple(p) for p in s] for s in stored.strokes] == drawn["strokes"]
    assert stored.signed_at == session_signatory.signed_at
    signed = editor.model.index(0, editor.model.columnCount() - 1).data()
    assert session_signatory.signed_at.astimezone().strftime("%Y") in signed
    # One undo step takes the signature back, in the database too.
    controller.undo_stack.undo()
    assert not controller.session.agreement.signatories[0].strokes
    assert not saved_signatories(db_path, controller.session.id)[0].strokes


def test_redo_clear_cancel_and_remove(qtbot, step9, answer_dialog, db_path):
    window, page = step9
    controller = window.controller
    editor = page.signatories

    def first(dialog):
        draw(qtbot, dialog.pad, ZIGZAG)
        qtbot.mouseClick(dialog.ok_button, LEFT)

    sign_row(qtbot, answer_dialog, editor, 1, first)
    before = controller.session.agreement.signatories[1].strokes
    assert before

    def redo(dialog):
        assert dialog.pad.strokes() == before  # the earlier signature is shown
        qtbot.mouseClick(dialog.clear_button, LEFT)
        assert dialog.pad.is_empty()
        draw(qtbot, dialog.pad, [(100, 150), (500, 60)])
        qtbot.mouseClick(dialog.ok_button, LEFT)

    sign_row(qtbot, answer_dialog, editor, 1, redo)
    again = controller.session.agreement.signatories[1].strokes
    assert len(again) == 1 and again != before

    def cancel(dialog):
        qtbot.mouseClick(dialog.clear_button, LEFT)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    count = controller.undo_stack.count()
    sign_row(qtbot, answer_dialog, editor, 1, cancel)
    assert controller.session.agreement.signatories[1].strokes == again
    assert controller.undo_stack.count() == count

    def remove(dialog):
        qtbot.mouseClick(dialog.clear_button, LEFT)
        assert dialog.ok_button.isEnabled()  # accepting an empty field removes the signature
        qtbot.mouseClick(dialog.ok_button, LEFT)

    sign_row(qtbot, answer_dialog, editor, 1, remove)
    removed = controller.session.agreement.signatories[1]
    assert removed.strokes == [] and removed.signed_at is None
    assert saved_signatories(db_path, controller.session.id)[1].strokes == []


def test_enter_on_the_signed_cell_opens_the_pad(qtbot, step9, answer_dialog):
    window, page = step9
    editor = page.signatories
    seen = []

    def look(dialog):
        seen.append(type(dialog))
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    answer_dialog(safely(look))
    editor.view.setFocus()
    editor.view.setCurrentIndex(editor.model.index(0, editor.model.columnCount() - 1))
    qtbot.keyClick(editor.view, Qt.Key.Key_Return)
    assert seen == [SignDialog]


def test_without_a_selection_the_next_unsigned_signs(qtbot, step9, answer_dialog):
    window, page = step9
    editor = page.signatories
    signatories = window.controller.session.agreement.signatories
    first_unsigned = next(i for i, s in enumerate(signatories) if not s.strokes)
    editor.view.clearSelection()
    editor.view.setCurrentIndex(editor.model.index(-1, -1))
    assert editor.sign_button.isEnabled()
    names = []

    def look(dialog):
        names.append(dialog.pad.accessibleName())
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    answer_dialog(safely(look))
    qtbot.mouseClick(editor.sign_button, LEFT)
    assert signatories[first_unsigned].name in names[0]
    assert editor.view.currentIndex().row() == first_unsigned

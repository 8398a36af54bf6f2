"""The dialogs by keyboard: Tab and Shift+Tab reach every enabled control in the order the
dialog shows them and come back round (no trap), Escape closes, Enter presses the default
button, every control has an accessible name; the sign dialog says how to sign without a
pointer (on paper)."""

from __future__ import annotations

import pprint
from datetime import date

import pytest
from a11y_support import control_of, name, owned_by_qt, tab_stops, walk
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget

from cdo_workshop.ui.dialogs.measure_dialog import MeasureDialog
from cdo_workshop.ui.dialogs.passphrase_dialog import PassphraseDialog
from cdo_workshop.ui.dialogs.sign_dialog import SignDialog
from cdo_workshop.ui.dialogs.template_dialog import TemplateDialog
from cdo_workshop.ui.dialogs.verify_dialog import VerifyDialog
from cdo_workshop.ui.tab_order import is_stop, widgets_in_order

STROKES = [[[0.1, 0.5], [0.4, 0.4], [0.8, 0.6]]]


def make(kind: str, window) -> QDialog:
    if kind == "measure":
        return MeasureDialog(
            "Ein Budget für die Stelle einplanen",
            ["Budget einplanen", "Budget prüfen"],
            ["Bürgermeisterin", "Kämmerer"],
            date(2027, 3, 31),
            window,
        )
    if kind == "passphrase":
        return PassphraseDialog("Passphrase", "Die Passphrase des Zertifikats.", parent=window)
    if kind == "new certificate":
        return PassphraseDialog(
            "Neues Zertifikat", "Name und Passphrase.", create=True, name="", parent=window
        )
    if kind == "sign":
        return SignDialog("Dr. Katharina Weißenbach", "Bürgermeisterin", STROKES, window)
    if kind == "template":
        return TemplateDialog(
            [("town", "Kleinstadt", "Bis 20 000 Einwohner"), ("city", "Großstadt", "")], window
        )
    return VerifyDialog(window.controller, window)


KINDS = ["measure", "passphrase", "new certificate", "sign", "template", "verify"]


def shown(qtbot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.open()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return dialog


def first_stop(dialog: QDialog) -> QWidget:
    return next(w for w in widgets_in_order(dialog) if is_stop(w))


@pytest.mark.parametrize("kind", KINDS)
def test_tab_and_shift_tab_go_round_every_control_in_visual_order(qtbot, sample_window, kind):
    dialog = shown(qtbot, make(kind, sample_window))
    start = first_stop(dialog)
    forward, trouble = walk(qtbot, start, Qt.Key.Key_Tab)
    assert trouble == ""
    backward, trouble = walk(qtbot, start, Qt.Key.Key_Backtab)
    assert trouble == ""
    visual = [w for w in widgets_in_order(dialog) if is_stop(w)]
    assert [start, *forward] == visual, [name(w) for w in [start, *forward]]
    assert list(reversed(backward)) == forward
    assert tab_stops(dialog) == set(visual)


@pytest.mark.parametrize("kind", KINDS)
def test_every_control_has_an_accessible_name(qtbot, sample_window, kind):
    dialog = shown(qtbot, make(kind, sample_window))
    unnamed = [
        name(w)
        for w in dialog.findChildren(QWidget)
        if not owned_by_qt(w)
        and w.isVisible()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not QAccessible.queryAccessibleInterface(w).text(QAccessible.Text.Name).strip()
    ]
    assert unnamed == [], pprint.pformat(unnamed)


@pytest.mark.parametrize("kind", KINDS)
def test_escape_closes(qtbot, sample_window, kind):
    dialog = shown(qtbot, make(kind, sample_window))
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_enter_presses_the_default_button(qtbot, sample_window, type_text):
    measure = shown(qtbot, make("measure", sample_window))
    type_text(control_of(QApplication.focusWidget()), "Kämmerer")  # the owner: OK enabled
    with qtbot.waitSignal(measure.accepted):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert measure.value().owner == "Kämmerer"

    passphrase = shown(qtbot, make("passphrase", sample_window))
    assert QApplication.focusWidget() is passphrase.passphrase_edit
    qtbot.keyClicks(passphrase.passphrase_edit, "geheim123")
    with qtbot.waitSignal(passphrase.accepted):
        qtbot.keyClick(passphrase.passphrase_edit, Qt.Key.Key_Return)
    assert passphrase.passphrase() == b"geheim123"

    sign = shown(qtbot, make("sign", sample_window))
    assert QApplication.focusWidget() is sign.pad
    with qtbot.waitSignal(sign.accepted):
        qtbot.keyClick(sign.pad, Qt.Key.Key_Return)  # the earlier signature kept
    assert sign.strokes()

    template = shown(qtbot, make("template", sample_window))
    template.list.setFocus()
    qtbot.keyClick(template.list, Qt.Key.Key_Down)
    with qtbot.waitSignal(template.accepted):
        qtbot.keyClick(template.list, Qt.Key.Key_Return)
    assert template.chosen() == "city"

    verify = shown(qtbot, make("verify", sample_window))
    verify.close_button.setFocus()
    with qtbot.waitSignal(verify.rejected):
        qtbot.keyClick(verify.close_button, Qt.Key.Key_Return)


def test_the_sign_dialog_names_signing_on_paper_as_the_alternative(qtbot, sample_window):
    dialog = shown(qtbot, make("sign", sample_window))
    alternative = dialog.findChild(QLabel, "signatureAlternative")
    assert alternative.isVisible()  # shown, not only described
    assert "von Hand" in alternative.text()
    described = QAccessible.queryAccessibleInterface(dialog).text(QAccessible.Text.Description)
    assert described == alternative.text()
    assert QAccessible.queryAccessibleInterface(alternative).text(QAccessible.Text.Name) == (
        alternative.text()
    )

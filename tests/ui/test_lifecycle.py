"""Step 9 shows where the agreement stands; an edit of a final agreement asks to reopen it,
and reopening voids the signatures on screen."""

from __future__ import annotations

from gui_support import saved, show
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from cdo_workshop.domain import lifecycle
from cdo_workshop.domain.model import SigningState


def signed_cell(page):
    editor = page.signatories
    column = next(i for i, c in enumerate(editor.model.columns) if c.field == editor.model.SIGNED)
    row = next(i for i, s in enumerate(editor.model.items()) if s.strokes)
    return editor.model.index(row, column).data()


def test_editing_a_final_agreement_asks_first_and_voids_the_signature(
    qtbot, sample_window, db_path, answer_dialog
):
    window = sample_window
    window.controller.confirm_reopen = window.confirm_reopen  # the real question
    session = window.controller.session
    assert session.agreement.state == SigningState.FINAL  # Musterstadt: one of four signed
    framing = show(qtbot, window, "framing")
    population = framing.population_spin.value()

    # Cancel: nothing changes
    answer_dialog(lambda box: box.button(QMessageBox.StandardButton.Cancel).click())
    framing.population_spin.setFocus()
    qtbot.keyClick(framing.population_spin, Qt.Key.Key_Up)
    assert session.municipality.population == population
    assert session.agreement.state == SigningState.FINAL

    # Reopen: the edit goes through, the agreement is a draft, the signature is void
    def reopen(box):
        next(b for b in box.buttons() if b.text() == "Wieder öffnen").click()

    answer_dialog(reopen)
    qtbot.keyClick(framing.population_spin, Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: session.municipality.population == population + 1)
    assert session.agreement.state == SigningState.DRAFT
    stored = saved(db_path, session.id)
    signer = next(s for s in stored.agreement.signatories if s.strokes)
    assert lifecycle.signature_state(stored, signer) == "void"
    page = show(qtbot, window, "agreement")
    assert signed_cell(page) == "ungültig: Inhalt seither geändert"
    assert page.signatories.state_label.text().startswith("Entwurf")
    # one undo step brings the value, the final state and the valid signature back
    window.actions_by_name["undo"].trigger()
    assert session.municipality.population == population
    assert session.agreement.state == SigningState.FINAL
    live = next(s for s in session.agreement.signatories if s.id == signer.id)
    assert lifecycle.signature_state(session, live) == "valid"


def test_make_final_and_reopen_with_the_button(qtbot, sample_window, answer_dialog):
    window = sample_window
    session = window.controller.session
    page = show(qtbot, window, "agreement")
    button = page.signatories.state_button
    assert button.text() == "Als Entwurf wieder ö&ffnen"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # confirmed (tests answer yes)
    assert session.agreement.state == SigningState.DRAFT
    assert button.text().replace("&", "") == "Zur Endfassung machen"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert session.agreement.state == SigningState.FINAL
    assert session.agreement.final_fingerprint == lifecycle.signing_fingerprint(session)
    assert page.signatories.state_label.text().startswith("Endfassung zur Unterzeichnung")

"""Step 4 checks the pay grade against what is expected of the post, and counts the CDO's
share of their own working time (a part-time CDO brings less to the role)."""

from __future__ import annotations

from gui_support import pick, saved, show
from PySide6.QtCore import Qt

from cdo_workshop.domain.analysis import analyse


def test_the_pay_grade_is_checked_against_what_mayor_and_council_expect(qtbot, sample_window):
    window = sample_window
    page = show(qtbot, window, "placement")
    # Musterstadt: E 13 carries what the council expects (80)
    text = page.grade_check.text()
    assert text.startswith("TVöD E 13: wissenschaftliche Hochschulbildung (Master)")
    assert "Trägt den Rollentyp „Umsetzung / Problemlösung“." in text
    assert "erwartet" not in text
    pick(qtbot, page.grade_combo, "TVöD E 9c")
    qtbot.waitUntil(lambda: window.controller.session.placement.pay_grade == "E9c")
    text = page.grade_check.text()
    assert "Trägt den Rollentyp „Koordination“." in text
    assert "Gemeinderat erwartet „Umsetzung / Problemlösung“ (80)" in text
    # and the analysis says what to do about it
    ids = [
        r.id for r in analyse(window.controller.session, window.controller.catalog).recommendations
    ]
    assert "pay_grade_below_demands:E9c" in ids


def test_a_part_time_cdo_brings_their_share_of_their_own_time(qtbot, sample_window, db_path):
    window = sample_window
    session = window.controller.session
    page = show(qtbot, window, "placement")
    assert page.working_spin.text() == "Vollzeit"  # not given: full-time
    page.working_spin.setFocus()
    qtbot.keyClick(page.working_spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.working_spin, "0,5")
    qtbot.waitUntil(lambda: session.placement.cdo_fte == 0.5)
    assert saved(db_path, session.id).placement.cdo_fte == 0.5
    # 80 % of a half-time post: 0.4 FTE of the CDO besides the 1.0 staff
    balance = analyse(session, window.controller.catalog).balance
    assert (balance.cdo_fte, balance.supply_fte) == (0.4, 1.4)

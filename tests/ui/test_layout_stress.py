"""With every text 30 % longer (as German can be), nothing is cut off at 1366×768, for the
facilitator or for the room."""

from __future__ import annotations

import pytest
from layout_support import clipped_texts, settle

from cdo_workshop.app import create_main_window
from cdo_workshop.i18n import STRESS_ENV, Translator


@pytest.fixture
def stressed(qapp, monkeypatch):
    monkeypatch.setenv(STRESS_ENV, "1.3")
    translator = Translator("de")
    translator.install(qapp)
    yield translator
    translator.uninstall(qapp)


def test_lengthened_texts_fit_on_every_page(qtbot, db_path, stressed, screenshot):
    window = create_main_window(db_path, stressed)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    assert window.start()
    assert window.session_view.next_button.text().endswith("\u00b7")  # the switch works
    window.load_sample()
    assert clipped_texts(window) == []
    window.open_session(window.start_page.selected_id())
    view = window.session_view
    for row, page in enumerate(view.pages):
        view.navigator.setCurrentRow(row)
        qtbot.waitUntil(lambda p=page: p.isVisible())
        settle(qtbot, lambda: not clipped_texts(window))
        screenshot(window, f"stress-step-{page.key}")
        assert clipped_texts(window) == [], page.key
    audience = window.open_presentation()
    qtbot.addWidget(audience)
    audience.resize(1366, 768)
    for row, page in enumerate(view.pages):
        view.navigator.setCurrentRow(row)
        qtbot.waitUntil(lambda k=page.key: audience.view.current_key() == k)
        audience.view.show_session()
        settle(qtbot, lambda: not clipped_texts(audience))
        screenshot(audience, f"stress-room-{page.key}")
        assert clipped_texts(audience) == [], page.key
    audience.close()
    window.controller.close()

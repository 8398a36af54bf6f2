"""Screenshots of every page at three screen sizes, for the facilitator and for the room,
in German and English.

They are written for a person to look at (tests/screenshots/); the test checks that no
label or button is narrower than its text, no wrapped text loses a line, no button left
the screen and no page scrolls sideways. One window per language serves every size and
both modes (building a window costs more than a page).
"""

from __future__ import annotations

import pytest
from gui_support import in_language
from layout_support import actions_off_screen, clipped_texts, settle, sideways_scroll

from cdo_workshop.domain.steps import STEP_KEYS

SIZES = [(1280, 800), (1366, 768), (1920, 1080)]


def visit_every_step(qtbot, window, check) -> None:
    view = window.session_view
    for row, page in enumerate(view.pages):
        view.navigator.setCurrentRow(row)
        qtbot.waitUntil(lambda p=page: p.isVisible())
        # Long pages (step 9) lay out in a second pass: wait until the page has its height.
        qtbot.waitUntil(lambda p=page: p.height() >= p.minimumSizeHint().height())
        check(row, page.key)


@pytest.mark.slow  # every page in both languages: make e2e-test (in .ci/run)
@pytest.mark.parametrize("language", ["de", "en"])
def test_screenshots_of_every_page(qtbot, open_window, screenshot, language):
    window = open_window()
    with in_language(qtbot, window, language):
        window.resize(*SIZES[1])
        assert screenshot(window, f"start-empty-{language}-1366x768").stat().st_size > 0
        window.load_sample()
        window.open_session(window.start_page.selected_id())
        assert window.stack.currentWidget() is window.session_view
        audience = window.open_presentation()  # a normal window here: offscreen has one screen
        qtbot.addWidget(audience)
        for width, height in SIZES:
            tag = f"{language}-{width}x{height}"
            window.resize(width, height)
            # The smallest laptop with the notes panel open is the tightest facilitator layout.
            window.notes_dock.setVisible((width, height) == SIZES[0])

            def facilitator(row: int, key: str, tag: str = tag) -> None:
                settle(qtbot, lambda: not clipped_texts(window) and not actions_off_screen(window))
                assert clipped_texts(window) == [], (key, tag)
                assert actions_off_screen(window) == [], (key, tag)
                assert sideways_scroll(window) == 0, (key, tag)  # the page fits the window's width
                assert screenshot(window, f"step-{row + 1}-{key}-{tag}").stat().st_size > 0

            visit_every_step(qtbot, window, facilitator)
            audience.resize(width, height)
            for row, key in enumerate(STEP_KEYS):
                window.session_view.navigator.setCurrentRow(row)
                qtbot.waitUntil(lambda k=key: audience.view.current_key() == k)
                audience.view.show_session()
                qtbot.waitUntil(lambda k=key: audience.view.steps[k].isVisible())
                settle(qtbot, lambda: not clipped_texts(audience))
                assert clipped_texts(audience) == [], (key, tag)
                assert screenshot(audience, f"room-{row + 1}-{key}-{tag}").stat().st_size > 0
        window.notes_dock.hide()

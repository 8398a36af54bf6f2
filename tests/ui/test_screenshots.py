"""Screenshots of every page at laptop and projector size, in German and English.

They are written for a person to look at (tests/screenshots/); the test checks that no
label or button is narrower than its text.
"""

from __future__ import annotations

import pytest
from layout_support import clipped_texts


@pytest.mark.parametrize("language", ["de", "en"])
@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_screenshots_of_every_page(qtbot, open_window, screenshot, size, language):
    window = open_window()
    if language == "en":
        window.switch_language("en")
        qtbot.waitUntil(lambda: window.file_menu.title() == "&Session")
    window.resize(*size)
    tag = f"{language}-{size[0]}x{size[1]}"
    assert screenshot(window, f"start-empty-{tag}").stat().st_size > 0
    window.load_sample()
    assert screenshot(window, f"start-list-{tag}").stat().st_size > 0
    window.open_session(window.start_page.selected_id())
    view = window.session_view
    assert window.stack.currentWidget() is view
    for row, page in enumerate(view.pages):
        view.navigator.setCurrentRow(row)
        qtbot.waitUntil(lambda p=page: p.isVisible())
        # Long pages (step 9) lay out in a second pass: wait until the page has its height.
        qtbot.waitUntil(lambda p=page: p.height() >= p.minimumSizeHint().height())
        assert clipped_texts(window) == [], page.key
        assert screenshot(window, f"step-{row + 1}-{page.key}-{tag}").stat().st_size > 0
    if language == "en":
        window.switch_language("de")

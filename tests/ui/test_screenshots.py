"""Screenshots of every page at laptop and projector size, for a person to look at."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_screenshots_of_start_and_framing_pages(qtbot, open_window, screenshot, size):
    window = open_window()
    window.resize(*size)
    tag = f"{size[0]}x{size[1]}"
    assert screenshot(window, f"start-empty-{tag}").stat().st_size > 0
    window.load_sample()
    assert screenshot(window, f"start-list-{tag}").stat().st_size > 0
    window.open_session(window.start_page.selected_id())
    assert window.stack.currentWidget() is window.session_view
    # No label of the form is cut off: each fits its own size hint.
    for label in window.framing_page.form_labels:
        assert label.width() >= label.sizeHint().width()
    assert screenshot(window, f"step1-framing-{tag}").stat().st_size > 0

import pytest
from cdo_workshop.domain.steps import STEP_KEYS
from cdo_workshop.ui.steps.decisions import DecisionsPage
from cdo_workshop.ui.steps.responsibilities import ResponsibilitiesPage


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_smoke(qtbot, open_window, monkeypatch, screenshot, size):
    import cdo_workshop.ui.main_window as mw
    original = mw.build_step_pages
    def pages(c):
        p = original(c) + [DecisionsPage(c), ResponsibilitiesPage(c)]
        return sorted(p, key=lambda x: STEP_KEYS.index(x.key))
    monkeypatch.setattr(mw, "build_step_pages", pages)
    w = open_window()
    w.resize(*size)
    w.load_sample()
    w.open_session(w.start_page.selected_id())
    for key in ("decisions", "responsibilities"):
        page = next(p for p in w.session_view.pages if p.key == key)
        w.session_view.navigator.setCurrentRow(w.session_view.pages.index(page))
        qtbot.waitUntil(page.isVisible)
        screenshot(w, f"smoke-{key}-{size[0]}")

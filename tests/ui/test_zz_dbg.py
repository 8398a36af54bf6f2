import importlib.util, sys

spec = importlib.util.spec_from_file_location("te", "/work/main/tests/ui/test_expectations.py")
te = importlib.util.module_from_spec(spec)
spec.loader.exec_module(te)
from cdo_workshop.ui.steps.expectations import ExpectationsPage


def test_dbg(qtbot, open_window, screenshot):
    window = open_window()
    window.load_sample()
    window.open_session(window.start_page.selected_id())
    page = ExpectationsPage(window.controller)
    page.load(window.controller.session)
    scroll = te.host(qtbot, window, page, (1366, 768))
    qtbot.wait(200)
    print(
        "hints",
        page.scroll.minimumSizeHint(),
        page.row.minimumSizeHint(),
        page.minimumSizeHint(),
        page.scroll.minimumHeight(),
        page.layout().minimumSize(),
        list(page.cards.values())[0].minimumSizeHint(),
    )
    c0 = list(page.cards.values())[0]
    print(
        "row",
        page.row.size(),
        c0.layout().minimumHeightForWidth(290),
        c0.layout().heightForWidth(290),
        c0.minimumSize(),
        c0.layout().minimumSize(),
        page.row.layout().minimumHeightForWidth(1800),
        page.row.layout().heightForWidth(1800),
        c0.sizeHint(),
    )
    print(
        "head",
        [
            (
                c.heading.minimumHeight(),
                c.heading.height(),
                c.heading.fontMetrics().lineSpacing(),
                c.heading.font().pointSizeF(),
                c.heading.contentsMargins(),
            )
            for c in page.cards.values()
        ][:3],
    )
    h = list(page.cards.values())[2].heading
    print("hfw", h.width(), [(w, h.heightForWidth(w)) for w in (250, 260, 270, 280, 290)])
    print(
        "scroll",
        scroll.size(),
        "page",
        page.size(),
        "inner",
        page.scroll.size(),
        page.scroll.viewport().size(),
    )
    for c in page.cards.values():
        print(c.geometry(), c.mapTo(page.scroll.viewport(), te.QPoint(0, 0)))
    screenshot(scroll, "dbg")

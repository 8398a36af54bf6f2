"""What the window's phone-voting tests share: a phone's request beside the GUI thread, the
sample reopened as a draft, a round started on 127.0.0.1 from a step's panel."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt

from cdo_workshop.domain import lifecycle


def in_thread(qtbot: Any, fn: Callable[[], Any]) -> Any:
    """Run a phone's request beside the GUI thread and wait (processing events) for it."""
    out: list[Any] = []
    thread = threading.Thread(target=lambda: out.append(fn()), daemon=True)
    thread.start()
    qtbot.waitUntil(lambda: bool(out), timeout=15000)
    return out[0]


def open_draft(window: Any) -> Any:
    """The sample session, reopened (it is a signed agreement) so votes can change it."""
    window.load_sample()
    window.open_session(window.start_page.selected_id())
    window.controller.record(lifecycle.reopen(window.controller.session))
    return window.controller.session


def start_on_loopback(qtbot: Any, panel: Any) -> None:
    index = panel.interface_combo.findData("127.0.0.1")
    assert index >= 0, "loopback is offered for trying it out"
    panel.interface_combo.setCurrentIndex(index)
    assert panel.start_button.text().replace("&", "") == "Abstimmung per Smartphone"
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(panel.running_box.isVisible)

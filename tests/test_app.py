"""Before Qt aborts on a missing display or library, the app says what to do."""

from __future__ import annotations

import ctypes.util
import sys

import pytest

from cdo_workshop.app import display_problem


@pytest.fixture
def on_x11(monkeypatch):
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("DISPLAY", ":99")


def test_missing_xcb_cursor_library_is_named(on_x11, monkeypatch):
    monkeypatch.setattr(
        ctypes.util, "find_library", lambda name: None if name == "xcb-cursor" else f"{name}.so"
    )
    problem = display_problem()
    assert problem is not None and "libxcb-cursor0" in problem.source()


def test_no_display_mentions_xvfb(on_x11, monkeypatch):
    monkeypatch.delenv("DISPLAY")
    problem = display_problem()
    assert problem is not None and "xvfb-run" in problem.source()


def test_a_usable_x11_display_is_no_problem(on_x11, monkeypatch):
    monkeypatch.setattr(ctypes.util, "find_library", lambda name: f"lib{name}.so.0")
    assert display_problem() is None


def test_the_bundle_brings_its_own_xcb_cursor_library(on_x11, monkeypatch, tmp_path):
    monkeypatch.setattr(ctypes.util, "find_library", lambda name: None)
    from cdo_workshop.app import X11_LIBRARIES

    for library, _package in X11_LIBRARIES:
        (tmp_path / f"lib{library}.so.0").write_bytes(b"")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert display_problem() is None


def test_every_missing_x11_library_is_named_with_its_package(on_x11, monkeypatch):
    present = {"xcb-cursor", "xcb-image"}
    monkeypatch.setattr(
        ctypes.util, "find_library", lambda name: f"{name}.so" if name in present else None
    )
    text = display_problem().source()
    assert (
        "apt install libxcb-icccm4 libxcb-keysyms1 libxcb-render-util0 libxkbcommon-x11-0" in text
    )
    assert "libxcb-cursor0" not in text

"""The phone page in a real Chromium (Debian's, driven by Playwright), several phones at once.

Each phone is an isolated browser context (its own cookies). The server is the CLI's
`vote` process on a real database, so what the phones did is checked on disk; traffic
goes only to 127.0.0.1. Skipped when chromium or Playwright is missing (`.ci/run`
installs chromium).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from room_support import Phone, Room, VoteProcess, capped_area, draft_database

from cdo_workshop.storage.repository import SessionRepository

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
if not Path(CHROMIUM).exists():
    pytest.skip(
        "Debian's chromium is not installed (apt-get install chromium)", allow_module_level=True
    )
sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright is not installed")

ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


class Round:
    def __init__(self, db: Path, session_id: str) -> None:
        self.db, self.session_id = db, session_id
        self.session = self.load()
        self.area = capped_area(self.session)
        self.vote = VoteProcess(db, session_id, "--area", self.area.key)
        self.url = self.vote.url

    def load(self) -> Any:
        repository = SessionRepository.open(self.db)
        try:
            return repository.load(self.session_id)
        finally:
            repository.close()

    def saved_votes(self) -> dict[str, int]:
        session = self.load()
        return dict(next(a for a in session.decision_areas if a.id == self.area.id).votes)


@pytest.fixture(scope="module")
def room(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Round]:
    db = tmp_path_factory.mktemp("phones") / "sessions.sqlite3"
    round_ = Round(db, draft_database(db))
    yield round_
    round_.vote.stop()


@pytest.fixture
def phone(browser: Any) -> Iterator[Any]:
    """A new phone: an isolated context with a phone-sized screen."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="de-DE")
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.errors = errors  # type: ignore[attr-defined]
    yield page
    context.close()


def pick(page: Any, url: str, name: str) -> None:
    page.goto(url)
    page.get_by_role("button", name=name, exact=False).first.click()
    page.wait_for_selector("section.question")


def test_phones_join_pick_their_names_vote_and_change_their_vote(
    room: Round, phone: Any, browser: Any
) -> None:
    first, second = room.session.participants[:2]
    pick(phone, room.url, first.name)
    assert first.name in phone.locator("#who").inner_text()
    limit = phone.locator(".limit").inner_text()
    assert f"höchstens Stufe {room.area.max_level}" in limit
    above = phone.locator(f'button[data-level="{room.area.max_level + 1}"]')
    assert above.is_disabled() and "über der rechtlichen Grenze" in above.inner_text()
    phone.locator('button[data-level="1"]').click()
    status = phone.locator("#status")
    sync_api.expect(status).to_contain_text("gezählt")
    assert status.get_attribute("aria-live") == "polite"
    assert room.saved_votes()[first.id] == 1
    phone.locator(f'button[data-level="{room.area.max_level}"]').click()  # changed
    sync_api.expect(phone.locator(f'button[data-level="{room.area.max_level}"]')).to_have_attribute(
        "aria-pressed", "true"
    )
    sync_api.expect(phone.locator('button[data-level="1"]')).to_have_attribute(
        "aria-pressed", "false"
    )
    sync_api.expect(status).to_contain_text("gezählt")
    assert room.saved_votes()[first.id] == room.area.max_level

    other = browser.new_context(viewport={"width": 390, "height": 844})
    try:
        page = other.new_page()
        pick(page, room.url, second.name)
        page.locator('button[data-level="2"]').click()
        sync_api.expect(page.locator("#status")).to_contain_text("gezählt")
    finally:
        other.close()
    votes = room.saved_votes()
    assert votes[first.id] == room.area.max_level and votes[second.id] == 2
    assert room.load().votes_hidden(
        next(a for a in room.load().decision_areas if a.id == room.area.id)
    )
    assert phone.errors == []  # type: ignore[attr-defined]  # nothing the CSP blocked


def test_a_name_taken_by_another_phone_is_refused(room: Round, phone: Any) -> None:
    taken = room.session.participants[0]
    try:  # another phone holds the name (the first test's, if it ran on this worker)
        Phone(room.url).join(taken.name)
    except AssertionError:
        pass  # held already
    phone.goto(room.url)
    button = phone.locator("button.person", has_text=taken.name)
    sync_api.expect(button).to_be_disabled()
    assert "vergeben" in button.inner_text()
    button.evaluate("b => b.disabled = false")  # a phone that insists anyway
    button.click()
    sync_api.expect(phone.locator("#problem")).to_contain_text("anderes Gerät")
    assert phone.locator("#problem").get_attribute("role") == "alert"


def test_a_level_above_the_legal_limit_is_refused_on_the_phone(room: Round, phone: Any) -> None:
    voter = room.session.participants[2]
    before = room.saved_votes().get(voter.id)
    pick(phone, room.url, voter.name)
    above = phone.locator('button[data-level="7"]')
    above.evaluate("b => b.disabled = false")
    above.click()
    problem = phone.locator("#problem")
    sync_api.expect(problem).to_contain_text(f"höchstens Stufe {room.area.max_level}")
    assert room.saved_votes().get(voter.id) == before


def test_a_wrong_token_is_forbidden(room: Round, phone: Any) -> None:
    wrong = room.url.replace(room.url.split("/r/")[1].strip("/"), "not-the-token")
    response = phone.goto(wrong)
    assert response.status == 403
    assert "QR-Code" in phone.locator("body").inner_text()


def test_the_page_is_gone_once_the_vote_stops(room: Round, phone: Any) -> None:
    code, _ = room.vote.stop()
    assert code == 0
    with pytest.raises(sync_api.Error):
        phone.goto(room.url, timeout=5000)


@pytest.fixture(scope="module")
def english_room() -> Iterator[Any]:
    """An in-process server on step 3's question, in English (the session's language)."""
    from cdo_workshop.domain import lifecycle
    from cdo_workshop.domain.catalog import shipped_catalog
    from cdo_workshop.domain.edits import apply_edits
    from cdo_workshop.domain.session_file import loads
    from cdo_workshop.paths import resource_path
    from cdo_workshop.room.questions import EXPECTATIONS

    session = loads(resource_path("samples", "musterstadt.json").read_bytes())
    apply_edits(session, lifecycle.reopen(session))
    room = Room(session, shipped_catalog(), "en", [EXPECTATIONS])
    yield room
    room.server.stop()


def test_the_expectation_scale_in_english(english_room: Any, phone: Any) -> None:
    person = english_room.session.participants[1]
    phone.goto(english_room.server.url)
    assert phone.locator("html").get_attribute("lang") == "en"
    phone.get_by_role("button", name=person.name, exact=False).first.click()
    scale = phone.get_by_label("Your view from 0")
    sync_api.expect(scale).to_be_visible()
    assert "expect of the role" in phone.locator("h2").inner_text()
    scale.fill("75")
    sync_api.expect(phone.locator("#position-value")).to_have_text("75")
    phone.get_by_role("button", name="Vote").click()
    sync_api.expect(phone.locator("#status")).to_contain_text("counted")
    expectation = next(e for e in english_room.session.expectations if e.group == person.group)
    assert expectation.votes[person.id] == 75
    assert english_room.session.positions_hidden(expectation)

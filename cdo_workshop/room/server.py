"""The room server: aiohttp on its own asyncio loop in a background thread.

Nothing is reachable without the join token in the path (`/r/<token>/`, 403 otherwise,
404 for any other path); only the vote page, its script and style sheet and three JSON
calls are served. Each device gets a random HttpOnly, SameSite=Strict cookie from the
server; a name belongs to one device; every value is checked against the session twice
(here against the published `RoomView`, then by the front end through
`questions.cast_edits`). Requests are rate-limited and small; the page runs under a strict
Content-Security-Policy (no inline script, nothing from elsewhere).

The server reads the session only as the `RoomView` the front end publishes with `show`,
and hands votes to the `VoteSink` in worker threads, so its loop never waits for the GUI.
"""

from __future__ import annotations

import asyncio
import html
import ipaddress
import json
import secrets
import threading
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from aiohttp import web

from cdo_workshop.room import texts
from cdo_workshop.room.connections import Connections, Guarded
from cdo_workshop.room.guard import Devices, RateLimiter
from cdo_workshop.room.questions import AREA, Question, Refusal
from cdo_workshop.room.sink import VoteSink
from cdo_workshop.room.view import EMPTY, RoomView

COOKIE = "cdo_device"
MAX_BODY = 2048  # bytes; a vote is about 60
KEEPALIVE_S = 15.0
START_TIMEOUT_S = 10.0
STOP_TIMEOUT_S = 5.0
ASSETS = {
    "room.js": "text/javascript",
    "room.css": "text/css",
    "icon.svg": "image/svg+xml",  # the browser asks for an icon; a 404 would be noise
}
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self';"
        " connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def page_dir() -> Path:
    from cdo_workshop.paths import resource_path

    return resource_path("room")


def check_address(host: str) -> str:
    """One concrete IPv4 address: never all interfaces (0.0.0.0) without saying so."""
    try:
        address = ipaddress.IPv4Address(host)
    except ValueError:
        raise ValueError(f"not an IPv4 address: {host!r}") from None
    if address.is_unspecified or address.is_multicast:
        raise ValueError(f"{host} is not one interface's address")
    return str(address)


class RoomServer:
    """Start, publish views, stop. Thread-safe; `on_change` runs in the server thread
    (a name was claimed or freed): the window passes it on by a queued signal."""

    def __init__(
        self,
        sink: VoteSink,
        host: str,
        port: int = 0,
        language: str = "de",
        on_change: Callable[[], None] | None = None,
        assets: Path | None = None,
    ) -> None:
        self.sink = sink
        self.host = check_address(host)
        self.port = port
        self.language = language
        self.on_change = on_change
        self._assets = assets or page_dir()
        self.token = secrets.token_urlsafe(12)
        self.devices = Devices()
        self._view: RoomView = EMPTY
        self._joins = RateLimiter(burst=60, rate=10)  # new devices, per address
        self._requests = RateLimiter(burst=30, rate=5)  # per device
        self._votes = RateLimiter(burst=10, rate=2)  # per device
        self._files: dict[str, bytes] = {}
        self._loop: asyncio.AbstractEventLoop | None = None
        self._runner: web.AppRunner | None = None
        self._tcp: asyncio.Server | None = None
        self._thread: threading.Thread | None = None
        self._executor: ThreadPoolExecutor | None = None
        self._ready = threading.Event()
        self._error: BaseException | None = None

    # -- what the front end calls --------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}/r/{self.token}/"

    def show(self, view: RoomView) -> None:
        """Publish what the phones may see now (one reference, swapped atomically)."""
        self._view = view

    @property
    def view(self) -> RoomView:
        return self._view

    def rotate_token(self) -> str:
        """A new join token: the old URL answers 403 from now on (devices keep their names
        once they scan the new code)."""
        self.token = secrets.token_urlsafe(12)
        self.devices.forget_unnamed()
        return self.url

    def free_name(self, participant_id: str) -> bool:
        freed = self.devices.free(participant_id)
        if freed:
            self._changed()
        return freed

    def start(self) -> None:
        """Bind and serve; raises OSError (address not available, port in use)."""
        if self.running:
            return
        for name in ("index.html", *ASSETS):
            self._files[name] = (self._assets / name).read_bytes()
        self._ready.clear()
        self._error = None
        self._executor = ThreadPoolExecutor(max_workers=8, thread_name_prefix="room-cast")
        self._thread = threading.Thread(target=self._serve, name="room-server", daemon=True)
        self._thread.start()
        if not self._ready.wait(START_TIMEOUT_S):
            self.stop()
            raise OSError("the room server did not start")
        if self._error is not None:
            error, self._error = self._error, None
            self._thread.join(STOP_TIMEOUT_S)
            self._thread = None
            raise error

    def stop(self) -> None:
        """Stop serving and wait for the thread. Never waits for the sink's owner: the
        front end closes its sink first, which refuses every waiting vote."""
        loop, thread = self._loop, self._thread
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None
        if loop is not None and thread is not None and thread.is_alive():
            future = asyncio.run_coroutine_threadsafe(self._shutdown(), loop)
            try:
                future.result(STOP_TIMEOUT_S)
            except Exception:  # noqa: BLE001 - stopping anyway
                pass
            loop.call_soon_threadsafe(loop.stop)
        if thread is not None:
            thread.join(STOP_TIMEOUT_S)
        self._thread = None
        self._loop = None

    # -- the thread ------------------------------------------------------------------------

    def _serve(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            loop.run_until_complete(self._startup())
        except BaseException as e:  # noqa: BLE001 - reported to start()
            self._error = e
            self._ready.set()
            loop.close()
            return
        self._ready.set()
        try:
            loop.run_forever()
        finally:
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()

    async def _startup(self) -> None:
        app = web.Application(client_max_size=MAX_BODY, middlewares=[self._guard])
        app.router.add_get("/r/{token}/", self._index)
        app.router.add_get("/r/{token}/api/state", self._state)
        app.router.add_post("/r/{token}/api/claim", self._claim)
        app.router.add_post("/r/{token}/api/vote", self._vote)
        app.router.add_get("/r/{token}/{asset}", self._asset)
        app.on_response_prepare.append(_headers)
        # Idle keep-alive connections end after 15 s (aiohttp's default is 75 s).
        runner = web.AppRunner(
            app, access_log=None, shutdown_timeout=1.0, keepalive_timeout=KEEPALIVE_S
        )
        await runner.setup()
        handler = runner.server
        assert handler is not None
        connections = Connections()  # limits below HTTP: room/connections.py
        loop = asyncio.get_running_loop()
        try:
            server = await loop.create_server(
                lambda: Guarded(handler(), connections), self.host, self.port, backlog=128
            )
        except BaseException:
            await runner.cleanup()
            raise
        self._runner, self._tcp = runner, server
        self.port = int(server.sockets[0].getsockname()[1])

    async def _shutdown(self) -> None:
        if self._tcp is not None:
            self._tcp.close()
            self._tcp = None
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    # -- requests --------------------------------------------------------------------------

    def _text(self, key: str, **args: Any) -> str:
        return texts.refusal_text(key, self._view.language or self.language, **args)

    def _refuse(self, key: str, status: int, **args: Any) -> web.Response:
        return web.json_response({"error": self._text(key, **args)}, status=status)

    @web.middleware
    async def _guard(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        """Host, token and rate limits before anything else; every answer a small one."""
        if request.host != f"{self.host}:{self.port}":  # DNS rebinding, stray names
            return self._refuse("forbidden", 403)
        parts = request.path.split("/")
        if len(parts) < 3 or parts[1] != "r":
            return self._refuse("not_found", 404)
        if not secrets.compare_digest(parts[2].encode(), self.token.encode()):
            return self._refuse("forbidden", 403)
        device = request.cookies.get(COOKIE)
        if self.devices.known(device):
            allowed = self._requests.allow(str(device))
        else:
            allowed = self._joins.allow(request.remote or "?")
        if not allowed:
            response = self._refuse("too_many", 429)
            response.headers["Retry-After"] = "2"
            return response
        if request.method == "POST":
            origin = request.headers.get("Origin")
            if origin is not None and origin != f"http://{self.host}:{self.port}":
                return self._refuse("other_site", 403)
            if request.content_length is not None and request.content_length > MAX_BODY:
                return self._refuse("too_large", 413)
        try:
            return await handler(request)
        except web.HTTPRequestEntityTooLarge:
            return self._refuse("too_large", 413)
        except web.HTTPNotFound:
            return self._refuse("not_found", 404)
        except web.HTTPMethodNotAllowed:
            return self._refuse("not_found", 405)

    def _device(self, request: web.Request, response: web.StreamResponse) -> str | None:
        """The request's device, or a new one whose cookie goes out with the response."""
        device = request.cookies.get(COOKIE)
        if self.devices.known(device):
            return device
        device = self.devices.new()
        if device is not None:
            response.set_cookie(COOKIE, device, path="/r/", httponly=True, samesite="Strict")
        return device

    async def _index(self, request: web.Request) -> web.StreamResponse:
        language = "en" if self._view.language == "en" else "de"
        page = self._files["index.html"].decode("utf-8")
        page = page.replace("{{lang}}", language)
        page = page.replace("{{title}}", html.escape(texts.page_texts(language)["title"]))
        page = page.replace("{{loading}}", html.escape(texts.page_texts(language)["loading"]))
        response = web.Response(text=page, content_type="text/html", charset="utf-8")
        self._device(request, response)
        return response

    async def _asset(self, request: web.Request) -> web.StreamResponse:
        name = request.match_info["asset"]
        if name not in ASSETS:
            return self._refuse("not_found", 404)
        return web.Response(body=self._files[name], content_type=ASSETS[name], charset="utf-8")

    async def _state(self, request: web.Request) -> web.StreamResponse:
        response = web.json_response({})
        device = self._device(request, response)
        if device is None:
            return self._refuse("full", 503)
        response.text = json.dumps(self._state_for(device), ensure_ascii=False)
        return response

    def _state_for(self, device: str) -> dict[str, Any]:
        view = self._view
        language = "en" if view.language == "en" else "de"
        words = texts.page_texts(language)
        me = view.person(self.devices.participant(device))
        state: dict[str, Any] = {
            "lang": language,
            "texts": words,
            "accepting": view.accepting,
            "me": None,
            "questions": [],
        }
        if me is None:
            held = self.devices.held()
            state["people"] = [
                {"id": p.id, "name": p.name, "group": p.group_label, "taken": p.id in held}
                for p in view.people
            ]
            return state
        state["me"] = {"name": me.name, "group": me.group_label}
        state["levels"] = [
            {"level": lv.level, "name": lv.name, "meaning": lv.meaning} for lv in view.levels
        ]
        for q in view.questions:
            is_area = q.question.kind == AREA
            state["questions"].append(
                {
                    "id": q.question.wire,
                    "kind": q.question.kind,
                    "title": q.title
                    if is_area
                    else words["expectation_title"].format(group=me.group_label),
                    "max_level": q.max_level,
                    "limit": words["limit"].format(level=q.max_level, name=q.max_level_name)
                    if is_area
                    else "",
                    "open": view.accepting and ("*" in q.open_for or me.group in q.open_for),
                    "counted": me.id in q.voted,
                }
            )
        return state

    async def _body(self, request: web.Request) -> dict[str, Any]:
        if request.content_type != "application/json":
            raise Refusal("bad_request", 415)
        try:
            data = await request.json()
        except (ValueError, UnicodeDecodeError):
            raise Refusal("bad_request", 400) from None
        if not isinstance(data, dict):
            raise Refusal("bad_request", 400)
        return data

    async def _claim(self, request: web.Request) -> web.StreamResponse:
        device = request.cookies.get(COOKIE)
        try:
            if not self.devices.known(device):
                raise Refusal("no_device", 403)
            data = await self._body(request)
            person = self._view.person(data.get("participant"))  # type: ignore[arg-type]
            if person is None:
                raise Refusal("unknown_participant", 404)
            why = self.devices.claim(str(device), person.id)
            if why:
                raise Refusal(why, 409)
        except Refusal as r:
            return self._refuse(r.key, r.status, **r.args_)
        self._changed()
        return web.json_response({"ok": True})

    async def _vote(self, request: web.Request) -> web.StreamResponse:
        device = request.cookies.get(COOKIE)
        try:
            if not self.devices.known(device):
                raise Refusal("no_device", 403)
            if not self._votes.allow(str(device)):
                raise Refusal("too_many", 429)
            participant = self.devices.participant(device)
            if not participant:
                raise Refusal("pick_first", 403)
            data = await self._body(request)
            question, value = self._check(data.get("question"), data.get("value"))
            loop = asyncio.get_running_loop()
            if self._executor is None:
                raise Refusal("closed", 503)
            await loop.run_in_executor(self._executor, self.sink.cast, participant, question, value)
        except Refusal as r:
            return self._refuse(r.key, r.status, **r.args_)
        except RuntimeError:  # the executor was shut down: the round is closing
            return self._refuse("closed", 503)
        language = "en" if self._view.language == "en" else "de"
        return web.json_response(
            {"counted": True, "message": texts.page_texts(language)["counted"]}
        )

    def _check(self, wire: object, value: object) -> tuple[Question, int]:
        """Quick checks against the published view (the owner checks again)."""
        view = self._view
        if not view.accepting:
            raise Refusal("agreement_final", 409)
        shown = view.question(wire)
        if shown is None:
            raise Refusal("unknown_question", 404)
        if not isinstance(value, int) or isinstance(value, bool):
            raise Refusal("not_a_level" if shown.question.kind == AREA else "not_a_position")
        if shown.question.kind == AREA:
            if not 1 <= value <= 7:
                raise Refusal("not_a_level")
            if value > shown.max_level:
                raise Refusal("above_limit", level=value, ceiling=shown.max_level)
        elif not 0 <= value <= 100:
            raise Refusal("not_a_position")
        return shown.question, value

    def _changed(self) -> None:
        if self.on_change is not None:
            self.on_change()


async def _headers(request: web.Request, response: web.StreamResponse) -> None:
    response.headers.update(SECURITY_HEADERS)
    response.headers["Server"] = "cdo-workshop"

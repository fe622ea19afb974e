"""Event stream over `websockets`: reconnect with exponential backoff, `?since=` replay,
and a resync request when the server says so or a sequence gap shows lost events."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from urllib.parse import urlencode

from pydantic import ValidationError
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidStatus

from agent_desktop.protocol import Event, Hello, parse_event

log = logging.getLogger(__name__)

CLOSE_BAD_TOKEN = 4401
CLOSE_STREAM_CLOSED = 4000


@dataclass
class Backoff:
    """Delays between reconnect attempts: initial, doubled each failure up to `maximum`."""

    initial: float = 0.5
    maximum: float = 30.0
    jitter: float = 0.2  # ± fraction, so a room full of desktops does not reconnect at once
    attempt: int = 0

    def next_delay(self) -> float:
        delay = min(self.maximum, self.initial * (2**self.attempt))
        self.attempt += 1
        return float(delay * (1 + random.uniform(-self.jitter, self.jitter)))

    def reset(self) -> None:
        self.attempt = 0


EventHandler = Callable[[Event], None]
StatusHandler = Callable[[bool], None]
ResyncHandler = Callable[[str], Awaitable[None] | None]
Connector = Callable[..., connect]


class EventStream:
    """Runs until `stop()` (or a rejected token); delivers events in sequence order.

    Callbacks run on the asyncio loop: `on_event(event)`, `on_status(connected)`,
    `on_resync(reason)` (re-fetch state over REST), `on_rejected()` (token refused)."""

    def __init__(
        self,
        url: str,
        token: str,
        on_event: EventHandler,
        on_status: StatusHandler | None = None,
        on_resync: ResyncHandler | None = None,
        on_rejected: Callable[[], None] | None = None,
        backoff: Backoff | None = None,
        connector: Connector = connect,
    ) -> None:
        self._url = url
        self._token = token
        self._on_event = on_event
        self._on_status = on_status or (lambda _connected: None)
        self._on_resync = on_resync
        self._on_rejected = on_rejected or (lambda: None)
        self.backoff = backoff or Backoff()
        self._connector = connector
        self.last_seq: int | None = None
        self.connected = False
        self.connections = 0  # successful connections so far (for diagnostics and tests)
        self._task: asyncio.Task[None] | None = None
        self._ws: ClientConnection | None = None
        self._stopping = False

    def start(self) -> asyncio.Task[None]:
        if self._task is None or self._task.done():
            self._stopping = False
            self._task = asyncio.get_running_loop().create_task(self._run(), name="events")
        return self._task

    async def stop(self) -> None:
        self._stopping = True
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._task
        self._set_status(False)

    async def drop(self) -> None:
        """Close the current connection as a network failure would (diagnostics, tests)."""
        if self._ws is not None:
            await self._ws.close()

    def _connect_url(self) -> str:
        query = {"token": self._token}
        if self.last_seq is not None:
            query["since"] = str(self.last_seq)
        return f"{self._url}?{urlencode(query)}"

    def _set_status(self, connected: bool) -> None:
        if connected != self.connected:
            self.connected = connected
            self._on_status(connected)

    async def _run(self) -> None:
        while not self._stopping:
            try:
                async with self._connector(
                    self._connect_url(), open_timeout=10, max_size=2**22
                ) as ws:
                    self._ws = ws
                    await self._session(ws)
            except ConnectionClosed as exc:
                code = exc.rcvd.code if exc.rcvd else None
                if code == CLOSE_BAD_TOKEN:
                    self._rejected()
                    return
                log.info("event stream closed (%s)", code)
            except InvalidStatus as exc:
                if exc.response.status_code in (401, 403):
                    self._rejected()
                    return
                log.info("event stream refused: HTTP %s", exc.response.status_code)
            except (OSError, InvalidHandshake, TimeoutError) as exc:
                log.info("event stream unreachable: %s", exc)
            except ValidationError as exc:  # not our protocol's hello: try again later
                log.warning(
                    "event stream: bad hello frame (%s)",
                    exc.errors(include_url=False, include_input=False),
                )
            finally:
                self._ws = None
            self._set_status(False)
            if self._stopping:
                return
            await asyncio.sleep(self.backoff.next_delay())

    def _rejected(self) -> None:
        log.warning("event stream: token rejected")
        self._stopping = True
        self._set_status(False)
        self._on_rejected()

    async def _session(self, ws: ClientConnection) -> None:
        first = Event.model_validate_json(await ws.recv())
        hello = parse_event(first) if first.type == Hello.TYPE else None
        if not isinstance(hello, Hello):
            raise ConnectionClosed(None, None)
        since = self.last_seq
        self.connections += 1
        self.backoff.reset()
        self._set_status(True)
        if since is None:
            self.last_seq = first.seq
        elif hello.resync or first.seq < since:
            # events were lost (or the server restarted and its sequence began again)
            self.last_seq = first.seq
            await self._resync("server" if hello.resync else "restart")
        async for message in ws:
            try:
                event = Event.model_validate_json(message)
            except ValidationError:
                log.warning("event stream: malformed frame ignored")
                continue
            if self.last_seq is not None and event.seq <= self.last_seq:
                continue  # already seen (replay overlap)
            gap = self.last_seq is not None and event.seq > self.last_seq + 1
            self.last_seq = event.seq
            if gap:
                await self._resync("gap")
            self._deliver(event)
        if ws.close_code == CLOSE_BAD_TOKEN:
            raise ConnectionClosed(ws.protocol.close_rcvd, None)

    def _deliver(self, event: Event) -> None:
        try:
            self._on_event(event)
        except Exception:
            log.exception("event handler failed on %s", event.type)

    async def _resync(self, reason: str) -> None:
        log.info("event stream: resync (%s)", reason)
        if self._on_resync is None:
            return
        try:
            result = self._on_resync(reason)
            if result is not None:
                await result
        except Exception:
            log.exception("resync failed")

"""WebSocket `/api/v1/events`: the session's event stream, with replay after a reconnect.

Authenticate with `Authorization: Bearer <token>` or `?token=<token>`; pass `?since=<seq>`
after a reconnect. The first frame is `hello` with the protocol version, the current
sequence number and `resync` (true when missed events could not be replayed).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

from fastapi import APIRouter, WebSocket, WebSocketDisconnect

from agent_desktop.protocol import PROTOCOL_VERSION, Event, Hello, frame
from server_stub.errors import ServiceError

log = logging.getLogger(__name__)
router = APIRouter(tags=["events"])


@router.websocket("/events")
async def events(ws: WebSocket, since: int | None = None, token: str | None = None) -> None:
    svc = ws.app.state.services
    header = ws.headers.get("authorization", "")
    scheme, _, bearer = header.partition(" ")
    token = bearer.strip() if scheme.lower() == "bearer" and bearer.strip() else token
    try:
        principal = await svc.auth.authenticate(token)
    except ServiceError as exc:
        # Accept first: a close before the handshake completes is an HTTP 403 on the wire,
        # and clients could not tell a bad token from a proxy refusal. 4401 as documented.
        await ws.accept()
        await ws.close(code=4401, reason=exc.error_id)
        return
    stream = svc.bus.open_stream(principal.session_id, principal.agent_id, principal.role)
    await ws.accept()
    queue: asyncio.Queue[Event | None] = asyncio.Queue()
    replay = stream.replay_since(since) if since is not None else []
    stream.connections.add(queue)
    stream.attached = True
    try:
        hello = frame(
            Hello(
                protocol_version=PROTOCOL_VERSION,
                agent_id=principal.agent_id,
                resync=since is not None and replay is None,
            ),
            seq=stream.seq,
            ts=svc.clock(),
        )
        await ws.send_text(hello.model_dump_json())
        for event in replay or []:
            await ws.send_text(event.model_dump_json())
        receiver = asyncio.create_task(_drain_client(ws))
        while True:
            getter = asyncio.create_task(queue.get())
            done, _ = await asyncio.wait({getter, receiver}, return_when=asyncio.FIRST_COMPLETED)
            if receiver in done:
                getter.cancel()
                break
            event = getter.result()
            if event is None:  # session closed (sign-out) or the client fell too far behind
                await ws.close(code=4000, reason="stream_closed")
                break
            await ws.send_text(event.model_dump_json())
        receiver.cancel()
    except (WebSocketDisconnect, RuntimeError):
        pass
    finally:
        stream.connections.discard(queue)


async def _drain_client(ws: WebSocket) -> None:
    """Read (and ignore) client frames until it disconnects; pings are handled below us."""
    with contextlib.suppress(WebSocketDisconnect, RuntimeError):
        while True:
            await ws.receive_text()

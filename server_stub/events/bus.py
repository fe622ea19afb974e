"""Publishes events to the sessions that may see them, each session with its own sequence.

Every signed-in session has a stream: a counter and a bounded buffer of recent events.
A WebSocket attached to the stream receives new events; one that reconnects with
`since=N` gets the events after N replayed, or `resync: true` in its hello when they
have left the buffer, which tells the client to re-fetch its state over REST.
"""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from agent_desktop.protocol import Event, EventData, Role, payload_data

log = logging.getLogger(__name__)
SUPERVISOR_ROLES = (Role.LEAD, Role.ADMIN)
# Whether a role-wide event reaches a session: (viewer agent ID, role, the event).
Audience = Callable[[str, Role, EventData], bool]
# Told of every published event (the model, its frame data, the time), whoever its audience:
# the webhook dispatcher. Runs on the event loop inside publish: it must return at once.
Observer = Callable[[EventData, dict[str, Any], float], None]

BUFFER_SIZE = 1000
CONNECTION_QUEUE_LIMIT = 5000


@dataclass(eq=False)
class SessionStream:
    session_id: str
    agent_id: str
    role: Role
    seq: int = 0
    buffer: deque[Event] = field(default_factory=lambda: deque(maxlen=BUFFER_SIZE))
    connections: set[asyncio.Queue[Event | None]] = field(default_factory=set)
    # Opened by a request after the session's stream was closed (or the server restarted),
    # not by the sign-in: until a WebSocket attaches, a client asking for events `since` N
    # lost some, whatever N is, even one this stream's own numbering has reached.
    reborn: bool = False
    attached: bool = False

    def push(self, type_: str, data: dict[str, Any], ts: float) -> None:
        """Number one frame (its `data` made once by the bus for every stream) and send it."""
        self.seq += 1
        event = Event(seq=self.seq, type=type_, ts=ts, data=data)
        self.buffer.append(event)
        for queue in list(self.connections):
            if queue.qsize() >= CONNECTION_QUEUE_LIMIT:
                # A stalled client: cut it loose; it reconnects and replays or resyncs.
                log.warning("event queue of session %s… overflowed", self.session_id[:8])
                self.connections.discard(queue)
                queue.put_nowait(None)
            else:
                queue.put_nowait(event)

    def replay_since(self, since: int) -> list[Event] | None:
        """Events after `since`, or None when some of them are no longer buffered.

        A `since` beyond this stream's sequence, or any `since` for a reborn stream no
        WebSocket has attached to yet, means the client knew an earlier stream (the server
        restarted, or the session's stream was closed): resync too.
        """
        if since > self.seq or (self.reborn and not self.attached):
            return None
        if since == self.seq:
            return []
        if not self.buffer or self.buffer[0].seq > since + 1:
            return None
        return [e for e in self.buffer if e.seq > since]


class EventBus:
    """Fan-out by audience: named agents, and/or every session of some roles (leads, admins)."""

    def __init__(self, clock: Callable[[], float], observers: Iterable[Observer] = ()) -> None:
        self._clock = clock
        self._observers = tuple(observers)
        self._streams: dict[str, SessionStream] = {}
        # Narrows role-wide events per session (a lead of teams sees its teams' only).
        self.audience: Audience | None = None

    def open_stream(
        self, session_id: str, agent_id: str, role: Role, *, sign_in: bool = False
    ) -> SessionStream:
        """The session's stream, opened if need be (`sign_in`: by the sign-in itself)."""
        stream = self._streams.get(session_id)
        if stream is None:
            stream = SessionStream(session_id, agent_id, role, reborn=not sign_in)
            self._streams[session_id] = stream
        return stream

    def stream(self, session_id: str) -> SessionStream | None:
        return self._streams.get(session_id)

    def connected(self, session_id: str) -> bool:
        """Whether a desktop of this session holds its event stream open right now."""
        stream = self._streams.get(session_id)
        return stream is not None and bool(stream.connections)

    def connected_agents(self) -> set[str]:
        """Agents with at least one desktop holding an event stream open right now."""
        return {s.agent_id for s in self._streams.values() if s.connections}

    def close_stream(self, session_id: str) -> None:
        stream = self._streams.pop(session_id, None)
        if stream is not None:
            for queue in stream.connections:
                queue.put_nowait(None)

    def close_agent_streams(self, agent_id: str) -> None:
        for session_id in [s.session_id for s in self._streams.values() if s.agent_id == agent_id]:
            self.close_stream(session_id)

    def publish(
        self,
        event: EventData,
        *,
        agents: Iterable[str] = (),
        roles: Iterable[Role] = (),
    ) -> int:
        """Send `event` (a payload model of agent_desktop.protocol.events, made by a slice's
        notifier) to every stream of the given agents and roles; returns how many got it."""
        agent_set, role_set = set(agents), set(roles)
        now = self._clock()
        data = payload_data(event)  # serialised once, shared by every stream's frame
        sent = 0
        for stream in list(self._streams.values()):
            if stream.agent_id in agent_set or (
                stream.role in role_set
                and (self.audience is None or self.audience(stream.agent_id, stream.role, event))
            ):
                stream.push(event.TYPE.value, data, now)
                sent += 1
        for observer in self._observers:
            try:
                observer(event, data, now)
            except Exception:  # an observer's fault never stops the event or its publisher
                log.exception("event observer failed on %s", event.TYPE.value)
        return sent

    @property
    def session_count(self) -> int:
        return len(self._streams)

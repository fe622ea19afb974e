"""Typed wire events end to end: every event built by the server's notifiers, published on
the real bus, sent as JSON over the real WebSocket, parsed once by the desktop's
SessionPresenter and emitted on its own typed signal; the frames keep the documented keys
(integrators and older desktops read them); unknown or malformed frames are skipped."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from agent_desktop.platform.credentials import CredentialStore
from agent_desktop.presenters.session import SessionPresenter
from agent_desktop.presenters.tasks import TaskRunner
from agent_desktop.protocol import (
    PAYLOADS,
    AgentSignedOut,
    AgentStateChanged,
    AgentStateView,
    AgentStatus,
    AnnouncementPosted,
    CallAnswered,
    CallEnded,
    CallMonitored,
    CallOffered,
    CallRecord,
    CallUpdated,
    ConfigurationChanged,
    Customer,
    Event,
    EventData,
    EventType,
    QueueStats,
    QueueStatsUpdated,
    SystemHealthChanged,
    TicketAssigned,
    TicketChanged,
    UnknownEvent,
    parse_event,
)
from agent_desktop.protocol.announcements import Announcement
from agent_desktop.protocol.tickets import Ticket
from agent_desktop.settings import SettingsStore
from agent_desktop.softphone.fake import FakeSoftphone
from server_stub import demo
from server_stub.admin.notifier import AdminNotifier
from server_stub.agents.notifier import AgentNotifier
from server_stub.announcements.notifier import AnnouncementNotifier
from server_stub.auth.notifier import AuthNotifier
from server_stub.calls.notifier import CallNotifier
from server_stub.events import EventBus, SessionStream
from server_stub.health_watch import HealthNotifier
from server_stub.tickets.notifier import TicketNotifier
from tests.desktop.conftest import LiveServer, run, run_until

ME = "9000"  # the demo admin: every role-wide event reaches it, unnarrowed

# The wire contract of docs/api.md: the keys of each frame's `data`.
RECORD_KEYS = {
    "id",
    "direction",
    "state",
    "ani",
    "dnis",
    "queue",
    "agent_id",
    "started_at",
    "answered_at",
    "ended_at",
    "wait_seconds",
    "talk_seconds",
    "hold_seconds",
    "disposition",
    "note",
    "recording_id",
    "recording_status",
    "end_cause",
    "customer_id",
}
STATE_KEYS = {
    "agent_id",
    "state",
    "reason",
    "since",
    "call_id",
    "on_hold",
    "wrap_up_ends_at",
    "not_ready_after_call",
    "not_ready_after_call_reason",
}
STATS_KEYS = {
    "queue",
    "waiting",
    "longest_wait",
    "offered",
    "answered",
    "abandoned",
    "short_abandoned",
    "service_level",
    "service_level_threshold",
    "asa",
    "aht",
    "abandon_rate",
    "agents_by_state",
}


def test_every_event_type_has_a_payload_model_and_a_session_signal(
    qapp: Any, tmp_path: Path
) -> None:
    assert set(PAYLOADS) == set(EventType)
    session = SessionPresenter(
        SettingsStore(tmp_path / "config"), CredentialStore(), FakeSoftphone(), TaskRunner()
    )
    # hello is the stream's own; every other event has the signal named after it
    assert {model.TYPE for model in session.event_signals} == set(EventType) - {EventType.HELLO}
    for model, signal in session.event_signals.items():
        assert signal is getattr(session, model.TYPE.value)


def test_parse_event_refuses_unknown_types_and_payloads_that_do_not_fit() -> None:
    with pytest.raises(UnknownEvent):
        parse_event(Event(seq=1, type="call_teleported", ts=0.0, data={}))
    with pytest.raises(ValidationError):
        parse_event(Event(seq=1, type="call_offered", ts=0.0, data={"call": "c1"}))
    with pytest.raises(ValidationError):
        parse_event(Event(seq=1, type="system_health_changed", ts=0.0, data={"status": "on fire"}))
    # fields a newer server adds are ignored; absent optional ones take their defaults
    updated = parse_event(
        Event(
            seq=1,
            type="call_updated",
            ts=0.0,
            data={"id": "c1", "direction": "inbound", "started_at": 1.0, "colour": "red"},
        )
    )
    assert isinstance(updated, CallUpdated) and updated.on_hold is False


@pytest.fixture
def admin_session(
    loop: asyncio.AbstractEventLoop, live_server: LiveServer, tmp_path: Path
) -> Iterator[SessionPresenter]:
    tasks = TaskRunner()
    session = SessionPresenter(
        SettingsStore(tmp_path / "config"), CredentialStore(), FakeSoftphone(), tasks
    )
    assert run(loop, session.sign_in_async(live_server.url, ME, demo.DEMO_PASSWORD, False))
    run_until(loop, lambda: session.connected, what="admin's event stream")
    yield session
    run(loop, session.sign_out_async())
    run(loop, tasks.cancel_all())


def _collect(session: SessionPresenter) -> list[EventData]:
    received: list[EventData] = []
    for signal in session.event_signals.values():
        signal.connect(received.append)
    return received


def _my_stream(server: LiveServer) -> SessionStream:
    assert server.services is not None
    return next(s for s in server.services.bus._streams.values() if s.agent_id == ME)


def _record(**changes: Any) -> CallRecord:
    return CallRecord(
        id="c1",
        direction="inbound",
        state="ringing",
        ani="13800138000",
        dnis="4001",
        queue="sales",
        agent_id=ME,
        started_at=1_700_000_000.0,
        customer_id=7,
    ).model_copy(update=changes)


async def _publish_everything(bus: EventBus) -> None:
    """Every event the server sends, each through its slice's notifier."""
    agents, calls = AgentNotifier(bus), CallNotifier(bus)
    agents.state_changed(
        AgentStateView(
            agent_id="1003",
            state=AgentStatus.NOT_READY,
            reason="lunch",
            since=1_700_000_000.5,
            not_ready_after_call=True,
            not_ready_after_call_reason="break",
        )
    )
    customer = Customer(
        id=7,
        name="张三",
        company="ACME",
        phones=["13800138000"],
        tags=["vip"],
        notes="prefers mornings",
        created_at=1.0,
        updated_at=2.0,
    )
    earlier = _record(id="c0", state="ended", ended_at=1_699_999_000.0, disposition="resolved")
    calls.offered(_record(), ME, "sales", 20.0, 12.5, ["2", "1"], customer, [earlier])
    calls.answered(_record(state="active", answered_at=1_700_000_010.0))
    calls.updated(_record(state="active"), on_hold=True)
    calls.updated(_record(state="external"), transferred_by=ME, transferred_to="013912345678")
    calls.monitored("c1", ME, by="9001", mode="whisper")
    calls.monitored("c1", ME, by="9001", mode=None)
    calls.ended(_record(state="ended"), "caller_hangup")
    calls.queue_stats(
        QueueStats(
            queue="sales",
            waiting=3,
            longest_wait=42.0,
            offered=10,
            answered=6,
            abandoned=1,
            short_abandoned=0,
            service_level=0.8,
            service_level_threshold=20.0,
            asa=7.5,
            aht=180.0,
            abandon_rate=0.1,
            agents_by_state={"ready": 2},
        )
    )
    AdminNotifier(bus).configuration_changed("agent", "1003", agent_id="1003")
    AdminNotifier(bus).configuration_changed("queue", "sales", everyone=True, queue="sales")
    HealthNotifier(bus).changed({"edge": "down", "disk": "ok"})
    AnnouncementNotifier(bus).posted(
        Announcement(id=4, text="系统维护 at 18:00", posted_by="9001", created_at=5.0), [ME]
    )
    ticket = Ticket(
        id=12, type="complaint", title="Refund", created_by="1001", created_at=1.0, updated_at=2.0
    )
    TicketNotifier(bus).changed(ticket, "created", "1001", [])
    TicketNotifier(bus).assigned(ticket, "1001", [ME])


def test_every_event_goes_typed_from_notifier_to_its_signal(
    loop: asyncio.AbstractEventLoop, live_server: LiveServer, admin_session: SessionPresenter
) -> None:
    session = admin_session
    received = _collect(session)
    resyncs: list[object] = []
    session.resynced.connect(resyncs.append)
    assert live_server.services is not None
    bus = live_server.services.bus
    stream = _my_stream(live_server)
    first = stream.seq + 1
    live_server.call(_publish_everything(bus))
    run_until(loop, lambda: len(received) >= 16, what="every event on the desktop")

    # On the wire: the documented frames, keys unchanged for integrators.
    frames = [e for e in stream.buffer if e.seq >= first]
    assert [f.type for f in frames] == [
        "agent_state_changed",
        "call_offered",
        "call_updated",
        "call_answered",
        "call_updated",
        "call_updated",
        "call_monitored",
        "call_monitored",
        "call_ended",
        "queue_stats_updated",
        "configuration_changed",
        "configuration_changed",
        "system_health_changed",
        "announcement_posted",
        "ticket_changed",
        "ticket_assigned",
    ]
    keys = [set(Event.model_validate_json(f.model_dump_json()).data) for f in frames]
    assert keys[0] == STATE_KEYS
    assert keys[1] == {
        "call",
        "queue",
        "ring_timeout",
        "wait_seconds",
        "ivr_path",
        "customer",
        "history",
    }
    # call events: every documented record key (the record may gain fields), plus their own
    record_fields = set(CallRecord.model_fields)
    for index in (2, 3, 4, 5, 8):
        assert keys[index] >= RECORD_KEYS and record_fields >= RECORD_KEYS
    assert keys[2] - record_fields == set()  # the leads' ringing call_updated: the record
    assert keys[3] - record_fields == set()
    assert keys[4] - record_fields == {"on_hold"}
    assert keys[5] - record_fields == {"transferred_by", "transferred_to"}
    assert keys[8] - record_fields == set()
    assert keys[6] == keys[7] == {"call_id", "by", "mode"}
    assert keys[9] == STATS_KEYS
    assert keys[10] == {"kind", "id", "agent_id"}
    assert keys[11] == {"kind", "id", "queue"}
    assert keys[12] == {"status", "checks"}
    assert keys[13] == {"id", "text", "by", "teams", "created_at", "expires_at"}
    assert keys[14] == {"ticket", "change", "by"}
    assert keys[15] == {"ticket", "by"}

    # On the desktop: one typed payload per frame, on the signal named after it.
    assert [type(p).TYPE.value for p in received] == [f.type for f in frames]
    (
        state,
        offer,
        ringing,
        answered,
        held,
        transferred,
        whisper,
        left,
        ended,
        stats,
        agent_change,
        queue_change,
        health,
        announcement,
        ticket_changed,
        ticket_assigned,
    ) = received
    assert isinstance(state, AgentStateChanged)
    assert (state.agent_id, state.state, state.reason, state.since) == (
        "1003",
        AgentStatus.NOT_READY,
        "lunch",
        1_700_000_000.5,
    )
    assert state.not_ready_after_call and state.not_ready_after_call_reason == "break"
    assert isinstance(offer, CallOffered)
    assert (offer.call.id, offer.call.ani, offer.call.dnis, offer.call.customer_id) == (
        "c1",
        "13800138000",
        "4001",
        7,
    )
    assert (offer.queue, offer.ring_timeout, offer.wait_seconds, offer.ivr_path) == (
        "sales",
        20.0,
        12.5,
        ["2", "1"],
    )
    assert offer.customer is not None and (offer.customer.name, offer.customer.tags) == (
        "张三",
        ["vip"],
    )
    assert [(h.id, h.disposition) for h in offer.history] == [("c0", "resolved")]
    assert isinstance(ringing, CallUpdated) and ringing.state == "ringing"
    assert isinstance(answered, CallAnswered)
    assert (answered.state, answered.answered_at) == ("active", 1_700_000_010.0)
    assert isinstance(held, CallUpdated) and held.on_hold is True
    assert isinstance(transferred, CallUpdated) and transferred.on_hold is False
    assert (transferred.transferred_by, transferred.transferred_to) == (ME, "013912345678")
    assert isinstance(whisper, CallMonitored)
    assert (whisper.call_id, whisper.by, whisper.mode) == ("c1", "9001", "whisper")
    assert isinstance(left, CallMonitored) and left.mode is None
    assert isinstance(ended, CallEnded)
    assert (ended.state, ended.end_cause) == ("ended", "caller_hangup")
    assert ended.record() == _record(state="ended", end_cause="caller_hangup")
    assert isinstance(stats, QueueStatsUpdated)
    assert (stats.queue, stats.waiting, stats.service_level, stats.agents_by_state) == (
        "sales",
        3,
        0.8,
        {"ready": 2},
    )
    assert isinstance(agent_change, ConfigurationChanged)
    assert (agent_change.kind, agent_change.id, agent_change.agent_id) == ("agent", "1003", "1003")
    assert not agent_change.concerns(ME) and agent_change.concerns("1003")
    assert isinstance(queue_change, ConfigurationChanged) and queue_change.queue == "sales"
    assert queue_change.concerns(ME)
    assert isinstance(health, SystemHealthChanged)
    assert (health.status, health.alarms()) == ("degraded", {"edge": "down"})
    assert isinstance(announcement, AnnouncementPosted)
    assert (announcement.id, announcement.text, announcement.by) == (4, "系统维护 at 18:00", "9001")
    assert isinstance(ticket_changed, TicketChanged) and ticket_changed.change == "created"
    assert (ticket_changed.ticket.id, ticket_changed.ticket.title) == (12, "Refund")
    assert isinstance(ticket_assigned, TicketAssigned) and ticket_assigned.by == "1001"
    assert resyncs == []  # sequence numbers without gaps


def test_a_lead_signing_the_agent_out_arrives_typed_and_ends_the_session(
    loop: asyncio.AbstractEventLoop, live_server: LiveServer, admin_session: SessionPresenter
) -> None:
    received = _collect(admin_session)
    ended: list[str] = []
    admin_session.signed_out.connect(ended.append)
    assert live_server.services is not None
    bus = live_server.services.bus

    async def sign_out() -> None:
        AuthNotifier(bus).signed_out(ME, by="9001")

    live_server.call(sign_out())
    run_until(loop, lambda: ended, what="the session to end")
    assert [
        (type(p), p.agent_id, p.by)
        for p in received  # type: ignore[attr-defined]
    ] == [(AgentSignedOut, ME, "9001")]
    assert ended == ["You were signed out by 9001."]


def _push_raw(stream: SessionStream, type_: str, data: dict[str, Any]) -> None:
    """A frame no notifier of ours would make (a newer or broken server)."""
    stream.push(type_, data, 0.0)


def test_unknown_and_malformed_events_are_logged_and_skipped(
    loop: asyncio.AbstractEventLoop,
    live_server: LiveServer,
    admin_session: SessionPresenter,
    caplog: pytest.LogCaptureFixture,
) -> None:
    session = admin_session
    received = _collect(session)
    resyncs: list[object] = []
    session.resynced.connect(resyncs.append)
    stream = _my_stream(live_server)
    assert live_server.services is not None
    bus = live_server.services.bus

    async def publish() -> None:
        _push_raw(stream, "call_teleported", {"call_id": "c1"})
        _push_raw(stream, "call_offered", {"call": "not a record", "queue": "sales"})
        _push_raw(stream, "queue_stats_updated", {"queue": "sales", "waiting": "many"})
        AgentNotifier(bus).state_changed(
            AgentStateView(agent_id="1002", state=AgentStatus.READY, since=1_700_000_100.0)
        )

    with caplog.at_level(logging.INFO, logger="agent_desktop.presenters.session"):
        live_server.call(publish())
        run_until(loop, lambda: received, what="the good event after the bad ones")
    assert [(type(p), p.agent_id) for p in received] == [  # type: ignore[attr-defined]
        (AgentStateChanged, "1002")
    ]
    assert session.connected and session.stream is not None
    assert session.stream.last_seq == stream.seq  # every frame counted: no false gap
    assert resyncs == []
    messages = [r.getMessage() for r in caplog.records]
    assert any("call_teleported" in m and "unknown" in m for m in messages)
    assert any("malformed call_offered" in m for m in messages)
    assert any("malformed queue_stats_updated" in m for m in messages)

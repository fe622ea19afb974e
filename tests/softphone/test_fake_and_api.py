"""The scriptable fake softphone, the shared API types, and the import boundaries."""

from __future__ import annotations

import subprocess
import sys

import pytest

from agent_desktop.softphone import (
    AudioSelection,
    CallEnded,
    CallMediaChanged,
    CallState,
    CallStateChanged,
    DeviceKind,
    DeviceLost,
    DeviceRestored,
    IncomingCall,
    InputLevel,
    RegistrationChanged,
    RegistrationState,
    SipSettings,
    SoftphoneError,
)
from agent_desktop.softphone.fake import FakeSoftphone

SETTINGS = SipSettings(
    registrar="edge.example:5060", domain="example", username="1001", password="secret"
)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def fake() -> tuple[FakeSoftphone, list[object], Clock]:
    clock = Clock()
    phone = FakeSoftphone(clock=clock)
    events: list[object] = []
    phone.subscribe(events.append)
    return phone, events, clock


def test_events_arrive_only_on_pump(fake: tuple[FakeSoftphone, list[object], Clock]) -> None:
    phone, events, _ = fake
    phone.register(SETTINGS)
    assert events == []
    phone.pump()
    assert [e.state for e in events] == [
        RegistrationState.REGISTERING,  # type: ignore[attr-defined]
        RegistrationState.REGISTERED,
    ]
    assert "secret" not in repr(SETTINGS)


def test_registration_failure(fake: tuple[FakeSoftphone, list[object], Clock]) -> None:
    phone, events, _ = fake
    phone.fail_registration = (403, "Forbidden")
    phone.register(SETTINGS)
    phone.pump()
    assert events[-1] == RegistrationChanged(RegistrationState.FAILED, 403, "Forbidden")
    with pytest.raises(SoftphoneError):
        phone.dial("sip:1002@example")


def test_incoming_answer_and_remote_hangup(fake: tuple[FakeSoftphone, list[object], Clock]) -> None:
    phone, events, clock = fake
    call_id = phone.simulate_incoming_call(headers={"X-Call-Id": "S9", "X-Queue": "support"})
    phone.pump()
    offered = events[-1]
    assert isinstance(offered, IncomingCall)
    assert offered.call.server_call_id == "S9" and offered.call.header("x-queue") == "support"
    assert phone.ringing
    clock.now += 2
    phone.answer()
    clock.now += 30
    phone.pump()
    assert not phone.ringing
    assert phone.current_call().state is CallState.CONFIRMED
    assert phone.current_call().talk_seconds(clock.now) == 30
    phone.simulate_remote_hangup(call_id)
    phone.pump()
    ended = events[-1]
    assert isinstance(ended, CallEnded) and ended.cause.by == "remote"
    assert ended.call.talk_seconds(clock.now + 100) == 30
    assert phone.calls() == [] and phone.current_call() is None


def test_reject_hold_mute_dtmf(fake: tuple[FakeSoftphone, list[object], Clock]) -> None:
    phone, events, _ = fake
    first = phone.simulate_incoming_call()
    phone.hangup(first)
    phone.pump()
    assert events[-1].cause.status_code == 486  # type: ignore[attr-defined]
    call_id = phone.simulate_incoming_call()
    phone.answer(call_id)
    with pytest.raises(SoftphoneError):
        phone.answer(call_id)
    phone.hold()
    phone.pump()
    assert events[-1] == CallMediaChanged(call_id, False, True, False, "G722")
    assert phone.current_call().local_hold
    phone.unhold()
    phone.mute()
    assert phone.muted and phone.current_call().muted
    phone.send_dtmf("1#", call_id)
    with pytest.raises(SoftphoneError):
        phone.send_dtmf("1x")
    assert phone.sent_dtmf == [(call_id, "1#")]
    phone.unmute()
    phone.hangup()
    phone.pump()
    assert isinstance(events[-1], CallEnded) and events[-1].cause.by == "local"
    assert any(isinstance(e, CallStateChanged) for e in events)


def test_outbound_and_current_call_prefers_the_one_not_held(
    fake: tuple[FakeSoftphone, list[object], Clock],
) -> None:
    phone, _, _ = fake
    phone.register(SETTINGS)
    a = phone.dial("sip:1002@example", {"X-Reason": "callback"})
    phone.simulate_remote_answer(a)
    phone.hold(a)
    b = phone.simulate_incoming_call()
    phone.answer(b)
    assert phone.current_call().call_id == b
    phone.hold(b)
    assert phone.current_call().call_id == b  # all held: the newest
    assert phone.dialled == [("sip:1002@example", {"X-Reason": "callback"})]


def test_devices_levels_and_audio_test(fake: tuple[FakeSoftphone, list[object], Clock]) -> None:
    phone, events, _ = fake
    assert [d.name for d in phone.list_devices()][:2] == [
        "Built-in Microphone",
        "Built-in Speakers",
    ]
    phone.select_devices(AudioSelection(speaker="USB Headset"))
    phone.simulate_device_lost(DeviceKind.SPEAKER)
    phone.simulate_device_restored(DeviceKind.SPEAKER, "Built-in Speakers", fallback=True)
    phone.simulate_input_level(-20.0, -6.0)
    phone.pump()
    assert events == [
        DeviceLost(DeviceKind.SPEAKER, "USB Headset", "device removed"),
        DeviceRestored(DeviceKind.SPEAKER, "Built-in Speakers", True),
        InputLevel(-20.0, -6.0, False),
    ]
    assert phone.input_level() == (-20.0, -6.0)
    phone.start_audio_test()
    assert phone.audio_test
    phone.stop_audio_test()
    phone.simulate_incoming_call()
    with pytest.raises(SoftphoneError):
        phone.start_audio_test()


def test_a_failing_subscriber_does_not_stop_the_others(
    fake: tuple[FakeSoftphone, list[object], Clock],
) -> None:
    phone, events, _ = fake

    def broken(event: object) -> None:
        raise RuntimeError("boom")

    phone.subscribe(broken)
    unsubscribe = phone.subscribe(broken)
    unsubscribe()
    phone.simulate_incoming_call()
    phone.pump()
    assert len(events) == 1


def test_close_ends_calls(fake: tuple[FakeSoftphone, list[object], Clock]) -> None:
    phone, events, _ = fake
    phone.simulate_incoming_call()
    phone.close()
    assert isinstance(events[-1], CallEnded) and phone.closed


def test_header_parsing_of_an_invite() -> None:
    from agent_desktop.softphone.pjsua_phone import parse_headers

    msg = (
        "INVITE sip:agent@10.0.0.5 SIP/2.0\r\nVia: SIP/2.0/UDP 10.0.0.1\r\n"
        "X-Call-Id: S0042\r\nx-queue:  sales \r\nX-Call-Id: dup\r\n"
        "Content-Length: 4\r\n\r\nX-Not: body"
    )
    assert parse_headers(msg) == {"X-Call-Id": "S0042", "x-queue": "sales"}


def test_only_pjsua_phone_imports_pjsua2_and_nothing_imports_qt() -> None:
    code = (
        "import sys\n"
        "import agent_desktop.softphone, agent_desktop.softphone.fake, "
        "agent_desktop.softphone.audio, agent_desktop.softphone.devices\n"
        "bad = [m for m in ('pjsua2', 'PySide6', 'sounddevice') if m in sys.modules]\n"
        "print(bad)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
    import pathlib

    pkg = pathlib.Path(__file__).resolve().parents[2] / "agent_desktop" / "softphone"
    importers = sorted(p.name for p in pkg.glob("*.py") if "import pjsua2" in p.read_text())
    assert importers == ["pjsua_phone.py"]

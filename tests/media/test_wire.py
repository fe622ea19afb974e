"""The control protocol: encoding round trips and the errors malformed input gets."""

from __future__ import annotations

import json

import pytest

from server_stub.media import wire as c


def test_command_round_trip() -> None:
    cmd = c.MakeCall(uri="sip:agent1@127.0.0.1", headers={"X-Call-Id": "S1"}, timeout=5)
    cid, decoded = c.decode_command(c.encode_command("c1", cmd))
    assert (cid, decoded) == ("c1", cmd)
    assert isinstance(decoded, c.MakeCall) and decoded.timeout == 5.0


def test_every_command_and_event_has_a_unique_wire_name() -> None:
    assert len(c.COMMANDS) == 22 and all(name for name in c.COMMANDS)
    assert "upload_stored" in c.COMMANDS and "recording_chunk" in c.EVENTS  # media hosts
    assert "file_data" in c.COMMANDS and "file_wanted" in c.EVENTS  # and their prompts
    assert {"worker_ready", "call_arrived", "leg_ended", "digit", "worker_lost"} <= set(c.EVENTS)
    assert "detect_machine" in c.COMMANDS and "machine_detection" in c.EVENTS
    assert {"register", "unregister"} <= set(c.COMMANDS)
    assert "registration_changed" in c.EVENTS


def test_accept_peer_names_a_conference_and_a_source_address() -> None:
    cmd = c.AcceptPeer(conference="a1b2", source="127.0.0.1:40123")
    assert c.decode_command(c.encode_command("p1", cmd)) == ("p1", cmd)
    for bad in ({"conference": ""}, {"source": "not an address"}):
        line = c.encode_command("p2", c.AcceptPeer(**{**cmd.__dict__, **bad}))
        with pytest.raises(c.ProtocolError) as info:
            c.decode_command(line)
        assert info.value.code == c.ErrorCode.BAD_ARGUMENTS


def test_register_arguments_are_checked() -> None:
    cmd = c.Register(
        account="1001", registrar="sip:127.0.0.1:5070", username="9:1001", password="p",
        domain="callcenter.local",
    )  # fmt: skip
    assert c.decode_command(c.encode_command("r1", cmd)) == ("r1", cmd)
    for bad in ({"transport": "tls"}, {"expires": 0}, {"account": "a b"}, {"domain": ""}):
        line = c.encode_command("r2", c.Register(**{**cmd.__dict__, **bad}))
        with pytest.raises(c.ProtocolError) as info:
            c.decode_command(line)
        assert (info.value.code, info.value.command_id) == (c.ErrorCode.BAD_ARGUMENTS, "r2")
    with pytest.raises(c.ProtocolError):
        c.decode_command(c.encode_command("r3", c.MakeCall(uri="sip:x@y", from_user="a b")))


@pytest.mark.parametrize("via", ["127.0.0.1:5060", "edge.example.com:5070", "[::1]:5060"])
def test_a_call_through_a_proxy_round_trips(via: str) -> None:
    cmd = c.MakeCall(uri="sip:13800138000@127.0.0.1:5090", via=via)
    assert c.decode_command(c.encode_command("r1", cmd)) == ("r1", cmd)


@pytest.mark.parametrize("via", ["127.0.0.1", "sip:127.0.0.1:5060", "a b:5060", "h:5060;x=1", ""])
def test_a_call_through_a_malformed_proxy_is_refused(via: str) -> None:
    with pytest.raises(c.ProtocolError) as info:
        c.decode_command(c.encode_command("r2", c.MakeCall(uri="sip:x@y", via=via)))
    assert info.value.code == c.ErrorCode.BAD_ARGUMENTS and "via" in info.value.message


def test_call_arrived_without_account_still_decodes() -> None:
    line = (
        b'{"v":1,"type":"event","name":"call_arrived","seq":1,"ts":0,"data":{"leg":"w1-L1",'
        b'"ani":"a","dnis":"d","headers":{},"remote_address":"h:1"}}'
    )
    msg = c.decode_worker_message(line)
    assert isinstance(msg, c.EventMessage) and msg.event.account is None  # type: ignore[attr-defined]


def test_event_and_reply_round_trip() -> None:
    ev = c.LegEnded(leg="w1-L1", status_code=200, reason="OK", duration=1.5, cause="local")
    msg = c.decode_worker_message(c.encode_event(ev, seq=3, ts=10.0))
    assert isinstance(msg, c.EventMessage) and (msg.seq, msg.ts, msg.event) == (3, 10.0, ev)
    ok = c.decode_worker_message(c.encode_reply_ok("c2", {"leg": "w1-L2"}))
    assert ok == c.Reply("c2", True, {"leg": "w1-L2"})
    err = c.decode_worker_message(c.encode_reply_error("c3", c.ErrorCode.UNKNOWN_LEG, "no"))
    assert isinstance(err, c.Reply) and not err.ok and err.error_code == "unknown_leg"


@pytest.mark.parametrize(
    ("line", "code", "cid"),
    [
        (b"not json\n", c.ErrorCode.BAD_MESSAGE, None),
        (b"[1, 2]\n", c.ErrorCode.BAD_MESSAGE, None),
        (b'{"v": 9, "type": "command", "id": "x", "name": "status"}', "unsupported_version", "x"),
        (b'{"v": 1, "type": "command", "name": "status"}', c.ErrorCode.BAD_MESSAGE, None),
        (
            b'{"v": 1, "type": "command", "id": "a", "name": "fly"}',
            c.ErrorCode.UNKNOWN_COMMAND,
            "a",
        ),
        (
            b'{"v": 1, "type": "command", "id": "b", "name": "play", "args": {"leg": 1}}',
            c.ErrorCode.BAD_ARGUMENTS,
            "b",
        ),
        (
            b'{"v": 1, "type": "command", "id": "c", "name": "answer", "args": {"lg": "x"}}',
            c.ErrorCode.BAD_ARGUMENTS,
            "c",
        ),
        (
            b'{"v": 1, "type": "command", "id": "d", "name": "monitor",'
            b' "args": {"leg": "a", "supervisor_leg": "b", "mode": "spy"}}',
            c.ErrorCode.BAD_ARGUMENTS,
            "d",
        ),
        (
            b'{"v": 1, "type": "command", "id": "e", "name": "call",'
            b' "args": {"uri": "sip:x@y", "headers": {"From": "evil"}}}',
            c.ErrorCode.BAD_ARGUMENTS,
            "e",
        ),
        (
            b'{"v": 1, "type": "command", "id": "f", "name": "send_dtmf",'
            b' "args": {"leg": "a", "digits": "12x"}}',
            c.ErrorCode.BAD_ARGUMENTS,
            "f",
        ),
        (
            b'{"v": 1, "type": "command", "id": "g", "name": "answer",'
            b' "args": {"leg": "a", "status_code": true}}',
            c.ErrorCode.BAD_ARGUMENTS,
            "g",
        ),
    ],
)
def test_malformed_commands_are_rejected_with_a_code(
    line: bytes, code: str, cid: str | None
) -> None:
    with pytest.raises(c.ProtocolError) as info:
        c.decode_command(line)
    assert info.value.code == code
    assert info.value.command_id == cid


def test_wire_format_is_one_json_object_per_line() -> None:
    data = c.encode_command("c9", c.Hold(leg="w1-L1", music="/moh.wav"))
    assert data.endswith(b"\n") and data.count(b"\n") == 1
    assert json.loads(data) == {
        "v": 1,
        "type": "command",
        "id": "c9",
        "name": "hold",
        "args": {"leg": "w1-L1", "music": "/moh.wav"},
    }


def test_parse_invite_reads_ani_dnis_and_headers() -> None:
    from server_stub.media.invite import parse_invite

    msg = (
        "INVITE sip:4000@10.0.0.5:5070 SIP/2.0\r\n"
        "Via: SIP/2.0/UDP 10.0.0.9:5060;branch=z9hG4bK1\r\n"
        'f: "Alice" <sip:+4930123@carrier.example>;tag=1\r\n'
        "To: <sip:4000@10.0.0.5>\r\n"
        "X-Call-Id: S42\r\n"
        "X-Long: first\r\n"
        " continued\r\n"
        "X-Call-Id: again\r\n"
        "Content-Length: 3\r\n\r\nv=0"
    )
    ani, dnis, headers = parse_invite(msg)
    assert (ani, dnis) == ("+4930123", "4000")
    assert headers["X-Call-Id"] == "S42, again" and headers["X-Long"] == "first continued"
    assert headers["From"].startswith('"Alice"') and "v=0" not in headers.values()


def test_only_the_engine_imports_pjsua2() -> None:
    from pathlib import Path

    root = Path(__file__).resolve().parents[2] / "server_stub"
    importers = sorted(
        str(p.relative_to(root))
        for p in root.rglob("*.py")
        if "import pjsua2" in p.read_text(encoding="utf-8")
    )
    assert importers == ["media/engine.py"]

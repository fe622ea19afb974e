"""Registered accounts' pure helpers: specs, registrar URIs, contact tokens."""

from __future__ import annotations

import pytest

from server_stub.media import accounts as acct


def test_spec_uses_the_agent_id_as_address_of_record() -> None:
    spec = acct.build_spec("127.0.0.1:5070", "1700000000:1001", "pw", "callcenter.local", 300, "a3")
    assert spec.id_uri == "sip:1001@callcenter.local"
    assert spec.registrar_uri == "sip:127.0.0.1:5070"
    assert spec.contact_params == ";cc-acc=a3"
    assert acct.registrar_uri("sip:edge.example:5060") == "sip:edge.example:5060"
    with pytest.raises(ValueError):
        acct.registrar_uri("sip:1001@edge")


def test_request_token_reads_only_the_request_uri() -> None:
    invite = "INVITE sip:1001@127.0.0.1:4000;cc-acc=a7 SIP/2.0\r\nTo: <sip:x;cc-acc=a9>\r\n\r\n"
    assert acct.request_token(invite) == "a7"
    assert acct.request_token("INVITE sip:1001@h SIP/2.0\r\nTo: <sip:x;cc-acc=a9>\r\n") is None


def test_removal_waits_for_calls_and_unregistration() -> None:
    entry = acct.AccountEntry("1001", "a1", acct.build_spec("h:1", "1001", "p", "d", 60, "a1"))
    entry.start_removal(now=100.0)
    entry.legs.add("w1-L1")
    assert not entry.removable(200.0)
    entry.legs.clear()
    assert not entry.removable(101.0) and entry.removable(100.0 + acct.UNREGISTER_WAIT_S)
    entry.unregistered = True
    assert entry.removable(101.0)
    assert acct.registration_state(200, 300) and not acct.registration_state(200, 0)
    assert not acct.registration_state(401, 300)

"""The account book without pjsua2: ids and contact tokens kept together, register checks."""

from __future__ import annotations

import pytest

from server_stub.media import accounts as acct
from server_stub.media import wire as c


def _entry(account: str, token: str) -> acct.AccountEntry:
    return acct.AccountEntry(account, token, acct.build_spec("h:1", account, "p", "d", 60, token))


def test_an_invite_finds_its_account_by_the_token_in_its_request_uri() -> None:
    book = acct.AccountBook()
    entry = _entry("1001", "a3")
    book.add(entry)
    assert book.for_request("INVITE sip:1001@w:5070;cc-acc=a3 SIP/2.0\r\n\r\n") is entry
    assert book.for_request("INVITE sip:1001@w:5070 SIP/2.0\r\n\r\n") is None
    book.remove(entry)
    assert book.for_request("INVITE sip:1001@w:5070;cc-acc=a3 SIP/2.0\r\n\r\n") is None
    assert book.get("1001") is None and list(book) == []


def test_register_checks_removal_and_capacity() -> None:
    book = acct.AccountBook()
    for n in range(acct.MAX_ACCOUNTS):
        book.add(_entry(f"10{n}", f"a{n}"))
    assert book.check_register("100") is book.get("100")  # an update needs no slot
    with pytest.raises(c.CommandError) as full:
        book.check_register("2000")
    book.get("100").start_removal(now=0.0)  # type: ignore[union-attr]
    with pytest.raises(c.CommandError) as removing:
        book.check_register("100")
    assert (full.value.code, removing.value.code) == ("capacity", "invalid_state")


def test_register_spec_reports_a_bad_registrar_as_bad_arguments() -> None:
    cmd = c.Register(account="1001", registrar="sip:x@y", username="u", password="p", domain="d")
    with pytest.raises(c.CommandError) as bad:
        acct.register_spec(cmd, "a1")
    assert bad.value.code == c.ErrorCode.BAD_ARGUMENTS
    ok = acct.register_spec(cmd.__class__(**{**cmd.__dict__, "registrar": "edge:5060"}), "a1")
    assert ok.registrar_uri == "sip:edge:5060" and ok.contact_params == ";cc-acc=a1"


def test_registration_outcomes_and_status() -> None:
    book = acct.AccountBook()
    entry = _entry("1001", "a1")
    book.add(entry)
    entry.legs.add("w1-L4")
    assert entry.note_registration(200, "OK", 300) and entry.registered
    assert entry.status() == {
        "account": "1001",
        "registered": True,
        "status_code": 200,
        "removing": False,
        "legs": ["w1-L4"],
    }
    book.leg_ended("1001", "w1-L4")
    book.leg_ended(None, "w1-L5")  # a call to the worker itself: nothing to do
    entry.start_removal(now=0.0)
    assert not entry.note_registration(200, "OK", 0)  # expires=0: the un-REGISTER answer
    assert entry.unregistered and entry.removable(0.0)

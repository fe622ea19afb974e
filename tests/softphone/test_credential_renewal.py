"""Issue 12: the real pjsua2 softphone takes renewed SIP credentials and registers with
them at once, through the real Kamailio edge, after the first ones expired."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

from agent_desktop.softphone import (
    RegistrationChanged,
    RegistrationState,
    SipSettings,
    Transport,
)
from server_stub.edge.credentials import issue_sip_credentials
from server_stub.edge.supervisor import KamailioEdge
from tests.edge.conftest import SECRET, edge_settings, needs_kamailio
from tests.softphone.conftest import pump_for, pump_until

pytestmark = [pytest.mark.e2e, needs_kamailio]


def _register(phone: Any, domain: str, creds: Any, expiry_s: int) -> None:
    """Register `phone` at the edge with `creds` and wait for the first 200."""
    phone.register(
        SipSettings(
            registrar=domain,
            domain=domain,
            username=creds.username,
            password=creds.password,
            register_expiry_s=expiry_s,
        )
    )
    pump_until(
        phone,
        lambda: phone.registration is RegistrationState.REGISTERED,
        10,
        "first registration",
    )


async def test_renewed_credentials_register_after_the_first_expired(tmp_path: Path) -> None:
    from agent_desktop.softphone.pjsua_phone import EngineOptions, PjsuaSoftphone

    assert PjsuaSoftphone.live_endpoints == 0, "another pjsua2 Endpoint is alive"
    edge = KamailioEdge(edge_settings(tmp_path))
    await edge.start()
    phone = PjsuaSoftphone(EngineOptions(transports=(Transport.UDP,)))
    events: list[object] = []
    phone.subscribe(events.append)
    domain = f"127.0.0.1:{edge.settings.sip_port}"

    def registrations(since: int) -> list[RegistrationChanged]:
        return [e for e in events[since:] if isinstance(e, RegistrationChanged) and e.status_code]

    try:
        first = issue_sip_credentials(SECRET, "agent1", ttl_seconds=2, now=time.time())
        _register(phone, domain, first, expiry_s=60)
        pump_for(phone, 3.0)  # the first credentials expire

        mark = len(events)
        phone.renew_credentials(first.username, "not-the-password")
        pump_until(phone, lambda: registrations(mark), 10, "a refused re-REGISTER")
        assert phone.registration is RegistrationState.FAILED

        mark = len(events)
        fresh = issue_sip_credentials(SECRET, "agent1", ttl_seconds=300, now=time.time())
        phone.renew_credentials(fresh.username, fresh.password)
        pump_until(
            phone,
            lambda: phone.registration is RegistrationState.REGISTERED,
            10,
            "registration with the renewed credentials",
        )
        assert [e.status_code for e in registrations(mark)][-1] == 200
        assert "agent1" in await edge.registered_agents()
    finally:
        phone.close()
        await edge.stop()


async def test_unregister_of_a_signed_out_agent_is_no_registration_failure(
    tmp_path: Path,
) -> None:
    """Sign-out: the server has told the edge first, so the edge answers the phone's
    un-REGISTER with 403 "Signed out". The phone being closed is not registered (the
    desktop says "Phone: not registered"), not "registration failed 403 Signed out"."""
    from agent_desktop.softphone.pjsua_phone import EngineOptions, PjsuaSoftphone

    assert PjsuaSoftphone.live_endpoints == 0, "another pjsua2 Endpoint is alive"
    edge = KamailioEdge(edge_settings(tmp_path))
    await edge.start()
    phone = PjsuaSoftphone(EngineOptions(transports=(Transport.UDP,)))
    events: list[object] = []
    phone.subscribe(events.append)
    domain = f"127.0.0.1:{edge.settings.sip_port}"
    try:
        creds = issue_sip_credentials(SECRET, "agent1", ttl_seconds=300, now=time.time())
        phone.register(
            SipSettings(
                registrar=domain,
                domain=domain,
                username=creds.username,
                password=creds.password,
                register_expiry_s=60,
            )
        )
        pump_until(
            phone, lambda: phone.registration is RegistrationState.REGISTERED, 10, "registration"
        )
        await edge.agent_signed_out("agent1")  # the server's logout, before the desktop's

        mark = len(events)
        phone.unregister()
        pump_for(phone, 2.0)  # the edge's 403 to the un-REGISTER arrives
        states = [
            (e.state, e.status_code, e.reason)
            for e in events[mark:]
            if isinstance(e, RegistrationChanged)
        ]
        assert states and states[-1][0] is RegistrationState.UNREGISTERED, states
        assert all(s is not RegistrationState.FAILED for s, _, _ in states), states
        assert phone.registration is RegistrationState.UNREGISTERED
    finally:
        phone.close()
        await edge.stop()


async def test_renewed_credentials_keep_the_binding_every_time(tmp_path: Path) -> None:
    """pjsua's `Account.modify` sends an un-REGISTER (old Call-ID) and a REGISTER (new
    Call-ID) for the same Contact at once; when the edge handles the un-REGISTER last, the
    binding is gone while the phone saw "200 registered" (found by bench/soak.py). The
    softphone registers again shortly after each renewal, so the binding is always back."""
    from agent_desktop.softphone.pjsua_phone import (
        RENEW_REFRESH_S,
        EngineOptions,
        PjsuaSoftphone,
    )

    assert PjsuaSoftphone.live_endpoints == 0, "another pjsua2 Endpoint is alive"
    edge = KamailioEdge(edge_settings(tmp_path))
    await edge.start()
    phone = PjsuaSoftphone(EngineOptions(transports=(Transport.UDP,)))
    domain = f"127.0.0.1:{edge.settings.sip_port}"
    try:
        creds = issue_sip_credentials(SECRET, "agent1", ttl_seconds=300, now=time.time())
        _register(phone, domain, creds, expiry_s=300)
        lost = []
        for turn in range(6):
            fresh = issue_sip_credentials(SECRET, "agent1", ttl_seconds=300, now=time.time())
            phone.renew_credentials(fresh.username, fresh.password)
            pump_for(phone, RENEW_REFRESH_S + 1.0)
            assert phone.registration is RegistrationState.REGISTERED
            if "agent1" not in await edge.registered_agents():
                lost.append(turn)
        assert lost == [], f"the edge lost the binding after renewals {lost}"
    finally:
        phone.close()
        await edge.stop()

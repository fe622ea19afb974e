"""A server that sends agents to a SIP transport this softphone lacks (the Windows pjsua2
wheels have no TLS) gets a clear registration failure, not a SIP timeout. Real pjsua2."""

from __future__ import annotations

from agent_desktop.softphone import (
    RegistrationChanged,
    RegistrationState,
    SipSettings,
    Transport,
)


def test_a_transport_the_build_lacks_fails_registration_with_its_reason() -> None:
    from agent_desktop.softphone.pjsua_phone import EngineOptions, PjsuaSoftphone

    assert PjsuaSoftphone.live_endpoints == 0, "another pjsua2 Endpoint is alive"
    phone = PjsuaSoftphone(EngineOptions(transports=(Transport.UDP,)))  # as without TLS
    events: list[object] = []
    phone.subscribe(events.append)
    try:
        phone.register(
            SipSettings(
                registrar="127.0.0.1:5061",
                domain="127.0.0.1:5061",
                username="1700000000:1001",
                password="x",
                transport=Transport.TLS,
            )
        )
        phone.pump()
        assert phone.registration is RegistrationState.FAILED
        changes = [e for e in events if isinstance(e, RegistrationChanged)]
        assert changes and changes[-1].state is RegistrationState.FAILED
        assert "SIP over TLS is not available" in changes[-1].reason
    finally:
        phone.close()

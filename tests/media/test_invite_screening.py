"""A worker answers every INVITE it will not take with a final 4xx at once, and keeps
taking calls: an unanswered INVITE made the edge fail over and drain workers (issue 12)."""

from __future__ import annotations

import asyncio
import secrets

import pytest

from server_stub.media import wire as c
from server_stub.media.invite import screen_invite
from tests.edge.sipclient import SipUA
from tests.media.conftest import PoolFactory, connect

pytestmark = [pytest.mark.sip_audio]


def test_screen_invite_table() -> None:
    def msg(ruri: str, extra: str = "") -> str:
        return f"INVITE {ruri} SIP/2.0\r\nVia: x\r\n{extra}Content-Length: 0\r\n\r\n"

    assert screen_invite(msg("sip:4008001000@127.0.0.1:5060")) is None
    assert screen_invite(msg(f"sip:{'1' * 300}@h"))[0] == 414  # type: ignore[index]
    assert screen_invite(msg(f"sip:{'1' * 40}@h"))[0] == 484  # type: ignore[index]
    assert screen_invite(msg("sip:1@h", f"X-A: {'a' * 2000}\r\n"))[0] == 400  # type: ignore[index]
    assert screen_invite("INVITE\r\n\r\n")[0] == 400  # type: ignore[index]


async def test_worker_refuses_what_it_cannot_take_with_a_final_4xx(make_pool: PoolFactory) -> None:
    pool, log = await make_pool(min_workers=2)
    caller, worker = list(pool.workers.values())
    host, port = worker.sip_uri.rsplit("@", 1)[-1].removeprefix("sip:").split(":")
    ua = SipUA((host, int(port)))
    try:
        probes = [
            (f"sip:{'1' * 300}@{host}:{port}", [], 414),
            (f"sip:{'1' * 40}@{host}:{port}", [], 484),
            (f"sip:4008001000@{host}:{port}", [f"X-Junk: {'a' * 2000}"], 400),
        ]
        for ruri, extra, status in probes:
            ua.send(
                ua.request(
                    "INVITE",
                    ruri,
                    from_hdr=f"<sip:probe@{ua.host}>;tag=1",
                    to_hdr=f"<{ruri}>",
                    call_id=secrets.token_hex(8),
                    cseq=1,
                    extra=[f"Contact: <{ua.uri}>", *extra],
                )
            )
            reply = await asyncio.to_thread(ua.final_response, "INVITE", 4.0)
            assert reply is not None and reply.status == status, (ruri[:30], reply)
        assert log.of(c.CallArrived) == []
        _, leg, _ = await connect(log, caller, worker)  # and it still takes calls
        await worker.command(c.Hangup(leg=leg))
    finally:
        ua.close()

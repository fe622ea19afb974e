"""Outside probes against the real product (edge + media workers): oversized INVITEs get a
final 4xx at once and never take a worker out of rotation; workers take new calls only
from the edge; signed-out agents cannot register, also with credentials from before a
restart."""

from __future__ import annotations

import asyncio
import secrets
import time

import pytest

from server_stub.edge.credentials import issue_sip_credentials
from tests.e2e.conftest import Product
from tests.edge.sipclient import SipUA

pytestmark = [pytest.mark.e2e, pytest.mark.slow]


def _ua(product: Product) -> SipUA:
    host, port = product.sip.split(":")
    return SipUA((host, int(port)))


def _invite(ua: SipUA, ruri: str, extra: list[str] | None = None) -> str:
    return ua.request(
        "INVITE",
        ruri,
        from_hdr=f"<sip:probe@{ua.host}>;tag=1",
        to_hdr=f"<{ruri}>",
        call_id=secrets.token_hex(8),
        cseq=1,
        extra=[f"Contact: <{ua.uri}>", *(extra or [])],
    )


def _edge_stats(product: Product, admin: str) -> dict[str, int]:
    r = product.api("GET", "/system/edge", admin)
    assert r.status_code == 200, r.text
    return r.json()["stats"]  # type: ignore[no-any-return]


async def test_oversized_invites_get_a_final_4xx_and_workers_stay_in_rotation(
    product: Product,
) -> None:
    admin = (await asyncio.to_thread(product.login, "9000"))["token"]
    ua = _ua(product)
    try:
        probes = [
            (f"sip:{'1' * 4000}@{product.sip}", []),  # a 4,000-digit request URI
            (f"sip:4008001000@{product.sip}", [f"X-Junk: {'a' * 6000}"]),  # a huge header
            (f"sip:{'9' * 200}@{product.sip}", []),  # a long number: worker says no
        ]
        for ruri, extra in probes:
            ua.send(_invite(ua, ruri, extra))
            reply = await asyncio.to_thread(ua.final_response, "INVITE", 5.0)
            assert reply is not None, f"no final answer to {ruri[:40]}…"
            assert 400 <= reply.status < 500, reply.start
        stats = await asyncio.to_thread(_edge_stats, product, admin)
        assert stats["edge_failover"] == 0
        workers = (await asyncio.to_thread(product.api, "GET", "/system/workers", admin)).json()
        assert workers and all(w["alive"] for w in workers)
    finally:
        ua.close()


async def test_a_worker_takes_new_calls_only_through_the_edge(product: Product) -> None:
    """A worker's SIP port is on the server's address: an INVITE sent to it directly
    (bypassing the edge's flood limit, size checks and load accounting) gets 403 and
    makes no call; the same DID through the edge is answered by a worker."""
    admin = (await asyncio.to_thread(product.login, "9000"))["token"]
    workers = (await asyncio.to_thread(product.api, "GET", "/system/workers", admin)).json()
    before = (await asyncio.to_thread(product.api, "GET", "/calls?limit=200", admin)).json()
    host, port = workers[0]["sip_uri"].rsplit("@", 1)[-1].split(":")
    direct = SipUA((host, int(port)))
    try:
        direct.send(_invite(direct, f"sip:4008001000@{host}:{port}"))
        reply = await asyncio.to_thread(direct.final_response, "INVITE", 5.0)
        assert reply is not None and reply.status == 403, reply and reply.start
    finally:
        direct.close()
    ua = _ua(product)
    try:
        call = await asyncio.to_thread(
            ua.invite, f"sip:4008001000@{product.sip}", "13900005151", 8.0
        )
        assert call.final is not None and call.final.status == 200, call.final
        assert await asyncio.to_thread(ua.bye, call) == 200
    finally:
        ua.close()
    after = (await asyncio.to_thread(product.api, "GET", "/calls?limit=200", admin)).json()
    new = [c["ani"] for c in after["calls"] if c["id"] not in {b["id"] for b in before["calls"]}]
    assert new == ["13900005151"]  # the direct INVITE made no call


def _register(ua: SipUA, sip: dict[str, str]) -> int:
    return ua.register(
        sip["username"].split(":", 1)[1], sip["domain"], (sip["username"], sip["password"])
    )


async def test_register_after_sign_out_is_refused_and_no_call_reaches_the_phone(
    product: Product,
) -> None:
    lead = (await asyncio.to_thread(product.login, "9001"))["token"]
    admin = (await asyncio.to_thread(product.login, "9000"))["token"]
    for forced in (False, True):
        login = await asyncio.to_thread(product.login, "1002")
        ua = _ua(product)
        try:
            assert await asyncio.to_thread(_register, ua, login["sip"]) == 200
            edge = (await asyncio.to_thread(product.api, "GET", "/system/edge", admin)).json()
            assert "1002" in edge["registered_agents"]
            if forced:
                r = await asyncio.to_thread(product.api, "POST", "/agents/1002/logout", lead)
            else:
                r = await asyncio.to_thread(product.api, "POST", "/auth/logout", login["token"])
            assert r.status_code in (200, 204), r.text
            edge = (await asyncio.to_thread(product.api, "GET", "/system/edge", admin)).json()
            assert "1002" not in edge["registered_agents"]
            # the credentials have not expired, yet the edge refuses them now
            assert await asyncio.to_thread(_register, ua, login["sip"]) == 403
        finally:
            ua.close()
    # signing in again lets the phone register
    login = await asyncio.to_thread(product.login, "1002")
    ua = _ua(product)
    try:
        assert await asyncio.to_thread(_register, ua, login["sip"]) == 200
    finally:
        ua.close()


async def test_credentials_from_before_a_restart_are_refused_until_sign_in(
    product: Product,
) -> None:
    """A fresh edge knows nothing of earlier sign-outs: agents without a session are
    refused from the start, even with credentials that have not expired."""
    store = product.open_store()
    secret = store.get_setting("sip_secret")
    store.close()
    assert secret
    old = issue_sip_credentials(secret.encode(), "1003", ttl_seconds=1800, now=time.time())
    sip = {"username": old.username, "password": old.password, "domain": product.sip}
    ua = _ua(product)
    try:
        assert await asyncio.to_thread(_register, ua, sip) == 403
        await asyncio.to_thread(product.login, "1003")
        assert await asyncio.to_thread(_register, ua, sip) == 200
    finally:
        ua.close()

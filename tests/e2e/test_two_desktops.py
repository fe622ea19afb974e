"""An agent on two desktops, against the real product and its real SIP edge: signing out
of one leaves the other in use (its event stream connected) signed in, with its phone
registered; signing out of the last one drops the phone at the edge."""

from __future__ import annotations

import asyncio
import json

import pytest
import websockets

from tests.e2e.conftest import Product
from tests.e2e.test_edge_probes import _register, _ua

pytestmark = [pytest.mark.e2e, pytest.mark.slow]


def _registered(product: Product, admin: str) -> list[str]:
    r = product.api("GET", "/system/edge", admin)
    assert r.status_code == 200, r.text
    return r.json()["registered_agents"]  # type: ignore[no-any-return]


def _state(product: Product, token: str) -> str:
    r = product.api("GET", "/agents/me/state", token)
    assert r.status_code == 200, r.text
    return str(r.json()["state"])


async def test_signing_out_of_one_desktop_keeps_the_other_and_its_phone(product: Product) -> None:
    admin = (await asyncio.to_thread(product.login, "9000"))["token"]
    first = await asyncio.to_thread(product.login, "1002")  # the desktop left behind
    second = await asyncio.to_thread(product.login, "1002")  # the one in use now
    events = product.base.replace("http", "ws", 1) + "/api/v1/events"
    ua = _ua(product)
    try:
        async with websockets.connect(f"{events}?token={second['token']}") as ws:
            assert json.loads(await asyncio.wait_for(ws.recv(), 10))["type"] == "hello"
            assert await asyncio.to_thread(_register, ua, second["sip"]) == 200
            assert "1002" in await asyncio.to_thread(_registered, product, admin)
            r = await asyncio.to_thread(product.api, "POST", "/auth/logout", first["token"])
            assert r.status_code == 204, r.text
            assert "1002" in await asyncio.to_thread(_registered, product, admin)
            assert await asyncio.to_thread(_register, ua, second["sip"]) == 200  # not refused
            assert await asyncio.to_thread(_state, product, second["token"]) != "logged_out"
        # the second desktop signs out too: now the edge drops and refuses the phone
        r = await asyncio.to_thread(product.api, "POST", "/auth/logout", second["token"])
        assert r.status_code == 204, r.text
        assert "1002" not in await asyncio.to_thread(_registered, product, admin)
        assert await asyncio.to_thread(_register, ua, second["sip"]) == 403
    finally:
        ua.close()

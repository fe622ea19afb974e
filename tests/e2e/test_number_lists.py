"""Black and white lists (黑白名单) on real calls: a caller in a blacklisted segment (号段)
is refused over SIP before any flow (403, never answered) and gets a call record ended
`blocked`; a whitelisted number inside that segment gets through and hears the IVR."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from server_stub.media import wire as c
from tests.e2e.conftest import Phones, Product

pytestmark = [pytest.mark.e2e, pytest.mark.sip_audio, pytest.mark.slow]


async def test_blacklisted_prefix_is_refused_with_a_record_whitelisted_number_passes(
    product: Product, phones: Phones
) -> None:
    admin = (await asyncio.to_thread(product.login, "9000"))["token"]
    csv = "170*,black,inbound,virtual operator\n17012345678,white,inbound,known customer"
    r = await asyncio.to_thread(
        product.api, "POST", "/admin/number-lists/import", admin, json={"csv": csv}
    )
    assert r.status_code == 200, r.text
    _, leg = await phones.call("4008001000", "17000001111")
    ended = await phones.events.wait(c.LegEnded, timeout=10, leg=leg)
    assert ended.status_code == 403
    assert not [e for _, e in phones.events.items if isinstance(e, c.LegAnswered) and e.leg == leg]

    def blocked(row: dict[str, Any]) -> bool:
        return bool(row["ani"] == "17000001111" and row["state"] == "ended")

    record = await asyncio.to_thread(product.wait_call, admin, blocked)
    assert record["end_cause"] == "blocked"
    assert record["flow_id"] is None  # refused before the flow
    log = (product.data_dir.parent / "server.log").read_text()
    assert f"call {record['id']}: inbound number 170****1111 is blocked by blacklist" in log

    customer, leg = await phones.call("4008001000", "17012345678")  # the exception
    await phones.events.wait(c.LegAnswered, timeout=10, leg=leg)
    await asyncio.sleep(0.5)
    await customer.command(c.Hangup(leg=leg))
    record = await asyncio.to_thread(
        product.wait_call,
        admin,
        lambda row: row["ani"] == "17012345678" and row["state"] == "ended",
    )
    assert record["end_cause"] != "blocked"
    assert record["flow_id"] == "main_menu"

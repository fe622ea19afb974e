"""The media workers' capacity settings (issue 19) on real SIP/RTP: a server-like worker
bridges and records a customer and an agent with each non-default setting (the defaults
run in every other media test), and both tones are in the recording at the expected
rate (docs/performance.md, "Capacity")."""

from __future__ import annotations

import asyncio
import wave
from pathlib import Path

import pytest

from server_stub.media import wire as c
from tests.media.conftest import AGENT_HZ, CUSTOMER_HZ, PoolFactory, connect, record, share

pytestmark = [pytest.mark.sip_audio, pytest.mark.timeout(60)]


@pytest.mark.parametrize(
    ("server_args", "rate"),
    [
        # the capacity options: 8 kHz bridge (no resampling), 40 ms frames
        (("--clock-rate", "8000", "--frame-ms", "40"), 8000),
        # the old loop (RTP on the owner thread, 20 ms), the 16 kHz bridge (the default
        # before issue 19) with the small resampling filter
        (
            (
                "--no-media-thread",
                "--active-wait-ms",
                "20",
                "--clock-rate",
                "16000",
                "--quality",
                "4",
            ),
            16000,
        ),
    ],
)
async def test_bridge_records_both_tones_with_each_setting(
    make_pool: PoolFactory,
    tones: dict[str, Path],
    tmp_path: Path,
    server_args: tuple[str, ...],
    rate: int,
) -> None:
    # every worker runs the setting (phones too); the middle one plays the server
    pool, log = await make_pool(min_workers=3, worker_args=server_args)
    customer, server, agent_phone = pool.workers.values()
    c_leg, cust, _ = await connect(log, customer, server)
    agent, a_leg, _ = await connect(log, server, agent_phone)
    await server.command(c.Bridge(leg_a=cust, leg_b=agent))
    await customer.command(c.Play(leg=c_leg, file=str(tones["customer"]), loop=True))
    await agent_phone.command(c.Play(leg=a_leg, file=str(tones["agent"]), loop=True))
    await asyncio.sleep(0.4)
    wav = await record(server, [cust, agent], tmp_path / "both.wav", seconds=1.5)
    with wave.open(str(wav)) as w:
        assert w.getframerate() == rate
    assert share(wav, CUSTOMER_HZ) > 0.8 and share(wav, AGENT_HZ) > 0.8

"""Announcements to waiting callers: the estimator and the spoken pieces (pure), the queue
settings over the admin API (bad values refused), and telephony playing the position and
expected wait to a queued caller (fake media worker; real SIP and what the caller hears in
tests/e2e/test_queue_announcements.py)."""

from __future__ import annotations

import asyncio
import wave
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from server_stub import demo
from server_stub.app import Services, build_services
from server_stub.config import ServerConfig
from server_stub.domain import queue_announcements as qa
from server_stub.media import wire as c
from server_stub.telephony import spoken
from server_stub.telephony.service import Telephony, _Announce
from tests.server.conftest import Server, fast_passwords
from tests.server.test_recording_outcomes import FakeWorker


def test_estimator() -> None:
    assert qa.expected_wait(1, None, 0) == qa.DEFAULT_AHT  # no history, nobody staffed
    assert qa.expected_wait(3, 120.0, 2) == 180.0
    assert qa.expected_wait(0, 60.0, 1) == 60.0  # position counts from 1
    assert qa.staffed({"ready": 1, "on_call": 2, "not_ready": 4, "logged_out": 3}) == 3
    assert [qa.spoken_minutes(s) for s in (1, 60, 61, 180, 10**6)] == [1, 1, 2, 3, 99]


def test_pieces_and_numbers() -> None:
    assert qa.zh_number(7) == ["zh_7"]
    assert qa.zh_number(10) == ["zh_10"]
    assert qa.zh_number(12) == ["zh_10", "zh_2"]
    assert qa.zh_number(40) == ["zh_4", "zh_10"]
    assert qa.zh_number(99) == ["zh_9", "zh_10", "zh_9"]
    assert qa.en_number(13) == ["en_13"]
    assert qa.en_number(21) == ["en_20", "en_1"]
    assert qa.en_number(150) == ["en_90", "en_9"]  # capped at 99
    pieces = qa.position_pieces(2, 1)
    assert pieces[:3] == ["zh_position", "zh_2", "zh_place"] and pieces[-1] == "en_minute"
    assert qa.position_pieces(2, 5)[-1] == "en_minutes"
    assert qa.agent_pieces("1001") == [
        "zh_agent", "zh_1", "zh_0", "zh_0", "zh_1", "zh_serving",
        "en_agent", "en_1", "en_0", "en_0", "en_1", "en_serving",
    ]  # fmt: skip
    assert qa.agent_pieces("ann") is None
    every = set(qa.all_pieces())
    for n in range(100):
        assert set(qa.zh_number(n)) <= every and set(qa.en_number(n)) <= every


def test_every_piece_is_shipped_and_joins(tmp_path: Path) -> None:
    for name in qa.all_pieces():
        assert spoken.piece(name).is_file(), name
    out = spoken.compose(qa.position_pieces(3, 2), tmp_path)
    assert spoken.compose(qa.position_pieces(3, 2), tmp_path) == out  # cached
    with wave.open(str(out)) as w:
        assert (w.getframerate(), w.getnchannels()) == (16000, 1)
        assert 3 < w.getnframes() / 16000 < 20
    with pytest.raises(FileNotFoundError):
        spoken.compose(["zh_nope"], tmp_path)


def test_queue_settings_over_the_api(server: Server) -> None:
    h = server.auth("9000")
    url = "/api/v1/admin/queues/support"
    r = server.client.patch(url, headers=h, json={"announce_every": 5})
    assert r.status_code == 422 and "announce_every" in r.text
    r = server.client.patch(url, headers=h, json={"announce_every": -1})
    assert r.status_code == 422
    r = server.client.patch(url, headers=h, json={"announce_every": 30, "announce_agent_id": True})
    assert r.status_code == 200, r.text
    assert (r.json()["announce_every"], r.json()["announce_agent_id"]) == (30, True)
    got = server.client.get(url, headers=h).json()
    assert (got["announce_every"], got["announce_agent_id"]) == (30, True)


@pytest.fixture
async def services(tmp_path: Path) -> AsyncIterator[Services]:
    made = build_services(ServerConfig(data_dir=tmp_path / "data", sip_enabled=False))

    def seed(s: Any) -> None:
        demo.seed(s, fast_passwords(), made.clock())
        row = next(q for q in s.list_queues() if q["name"] == "support")
        s.upsert_queue({**row, "announce_every": 10})

    made.runner.run_sync(seed)
    await made.start()
    yield made
    await made.stop()


async def test_queued_caller_hears_position_and_wait(services: Services, tmp_path: Path) -> None:
    tel = Telephony(
        services.runner,
        services.acd,
        None,  # type: ignore[arg-type]
        "127.0.0.1:5060",
        tmp_path / "rec",
        services.clock,
        outbound=services.outbound,
        spoken_dir=tmp_path / "spoken",
    )
    await tel.start()
    worker = FakeWorker()
    try:
        for leg, ani in (("L1", "13800000001"), ("L2", "13800000002")):
            event = c.CallArrived(
                leg=leg, ani=ani, dnis="4008002000", headers={}, remote_address="x"
            )
            tel.on_worker_event(worker, event)  # type: ignore[arg-type]
            for _ in range(200):  # the number's greeting plays first
                greeting = [x for x in worker.sent if isinstance(x, c.Play) and x.leg == leg]
                if greeting:
                    break
                await asyncio.sleep(0.01)
            done = c.PlaybackFinished(leg=leg, file=greeting[0].file)
            tel.on_worker_event(worker, done)  # type: ignore[arg-type]
            for _ in range(200):
                call = tel._by_leg.get(leg)
                if call is not None and call.queue == "support" and call.announce_timer:
                    break
                await asyncio.sleep(0.01)
            else:
                raise AssertionError(f"{leg} not queued with an announcement armed")
        second = tel._by_leg["L2"]
        assert services.acd.wait_estimate(second.call_id) == (2, 360.0)  # 2 × 180 s ÷ 1
        sent = len(worker.sent)
        tel.on_worker_event(worker, _Announce(leg="L2"))  # type: ignore[arg-type]
        for _ in range(200):
            plays = [x for x in worker.sent[sent:] if isinstance(x, c.Play)]
            if plays:
                break
            await asyncio.sleep(0.01)
        assert [p.leg for p in plays] == ["L2"]
        expected = spoken.compose(qa.position_pieces(2, 6), tmp_path / "spoken")
        assert plays[0].file == str(expected)
        assert second.announcing and second.announce_timer is not None  # the next one armed
        tel.on_worker_event(worker, c.PlaybackFinished(leg="L2", file=plays[0].file))  # type: ignore[arg-type]
        for _ in range(100):
            if not second.announcing:
                break
            await asyncio.sleep(0.01)
        assert not second.announcing
        tel.on_worker_event(worker, c.LegEnded(leg="L2", status_code=200, reason="", duration=1))
        for _ in range(100):
            if second.ended:
                break
            await asyncio.sleep(0.01)
        assert second.announce_timer is not None and second.announce_timer.cancelled()
    finally:
        await tel.stop(drain_s=0)

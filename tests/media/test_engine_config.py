"""Engine settings (pjsua2 only for the jitter-buffer discard): codec priorities, the wake-up
address, the SIP URI, the jitter buffer, the packet time."""

from __future__ import annotations

import subprocess
import sys

import pytest

from server_stub.media.config import EngineConfig, EngineInfo


def test_codec_priority_follows_the_configured_order() -> None:
    cfg = EngineConfig("w1", codecs=("pcmu", "G722"))
    assert cfg.codec_priority("PCMU/8000/1") == 255
    assert cfg.codec_priority("G722/16000/1") == 254
    assert cfg.codec_priority("PCMA/8000/1") == 0  # not wanted: disabled


def test_addresses_for_a_bound_host() -> None:
    cfg = EngineConfig("w1", sip_host="10.0.0.5", max_legs=3)
    assert cfg.wake_address("10.0.0.5:5070") == ("10.0.0.5", 5070)
    assert cfg.info("10.0.0.5:5070") == EngineInfo(
        sip_uri="sip:w1@10.0.0.5:5070", sip_address="10.0.0.5:5070", capacity=3
    )


def test_addresses_for_all_interfaces_and_a_public_host() -> None:
    anywhere = EngineConfig("w2", sip_host="0.0.0.0")
    assert anywhere.binds_any and anywhere.wake_address("192.168.1.9:6000") == ("127.0.0.1", 6000)
    assert anywhere.info("192.168.1.9:6000").sip_uri == "sip:w2@192.168.1.9:6000"
    public = EngineConfig("w3", sip_host="", public_host="pbx.example")
    assert public.info("10.1.1.1:6001").sip_address == "pbx.example:6001"
    assert public.wake_address("10.1.1.1:6001") == ("127.0.0.1", 6001)


def test_jitter_buffer_setting_parses_and_refuses_nonsense() -> None:
    parse = EngineConfig.parse_jitter_buffer
    assert parse("") == (-1, -1, -1, -1)
    assert parse("60,40,120,400") == (60, 40, 120, 400)
    assert parse(",40") == (-1, 40, -1, -1)  # only the minimum prefetch
    for bad in ("1,2,3,4,5", "-5", "forty"):
        try:
            parse(bad)
        except ValueError:
            continue
        raise AssertionError(f"{bad!r} accepted")


def test_new_calls_only_from_the_edge_when_one_is_set() -> None:
    """Issue 12: a worker's SIP port is on the server's address; an INVITE sent to it
    directly would bypass the edge's limits, so with `--edge` only the edge may call."""
    anyone = EngineConfig("w1")
    assert anyone.accepts_from("192.168.1.66:5060")  # tests and the simulator: no edge
    edge = EngineConfig("w1", sip_host="10.0.0.5", edge="10.0.0.5:5060")
    assert edge.accepts_from("10.0.0.5:5060")
    assert not edge.accepts_from("10.0.0.5:5061")  # another process on the server
    assert not edge.accepts_from("10.0.0.9:5060")  # another PC
    assert not edge.accepts_from("")
    every = EngineConfig("w1", sip_host="0.0.0.0", edge="0.0.0.0:5060")
    assert every.accepts_from("127.0.0.1:5060") and every.accepts_from("10.0.0.5:5060")
    assert not every.accepts_from("10.0.0.5:40000")
    six = EngineConfig("w1", sip_host="::1", edge="[::1]:5060")
    assert six.accepts_from("[::1]:5060") and not six.accepts_from("[::1]:5999")


def test_capacity_defaults_and_their_switches(monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 19: RTP on pjmedia's thread and a 100 ms loop by default; the old settings
    stay reachable by option and environment (bench/calls.py --compare uses the latter)."""
    from server_stub.media.__main__ import parse_args

    for name in ("THREAD", "ACTIVE_WAIT", "CLOCK", "QUALITY", "FRAME_MS"):
        monkeypatch.delenv(f"CALLCENTER_MEDIA_{name}", raising=False)
    base = ["--control", "127.0.0.1:1", "--worker-id", "w"]
    args = parse_args(base)
    assert (
        args.media_thread,
        args.active_wait_ms,
        args.clock_rate,
        args.quality,
        args.frame_ms,
    ) == (True, 100, 8000, 8, 20)
    assert EngineConfig("w").media_thread and EngineConfig("w").active_wait_ms == 100
    old = parse_args([*base, "--no-media-thread", "--active-wait-ms", "20", "--quality", "4"])
    assert (old.media_thread, old.active_wait_ms, old.quality) == (False, 20, 4)
    monkeypatch.setenv("CALLCENTER_MEDIA_THREAD", "0")
    monkeypatch.setenv("CALLCENTER_MEDIA_CLOCK", "16000")
    env = parse_args(base)
    assert (env.media_thread, env.clock_rate) == (False, 16000)
    with pytest.raises(SystemExit):
        parse_args([*base, "--quality", "11"])


def test_server_media_options_reach_the_workers() -> None:
    from pathlib import Path

    from server_stub.config import ServerConfig
    from server_stub.telephony.call_path import media_worker_args

    assert media_worker_args(ServerConfig(data_dir=Path("x"))) == ()
    config = ServerConfig(
        data_dir=Path("x"), media_clock_rate=8000, media_quality=4, media_frame_ms=40
    )
    assert media_worker_args(config) == (
        "--clock-rate",
        "8000",
        "--quality",
        "4",
        "--frame-ms",
        "40",
    )


def test_jitter_buffer_discard_and_packet_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 22: the discard algorithm and a forced packet time by option and environment;
    the algorithm really reaches pjsua2's MediaConfig (its wrapper takes no number)."""
    from server_stub.media.__main__ import parse_args

    for name in ("JB_DISCARD", "PTIME"):
        monkeypatch.delenv(f"CALLCENTER_MEDIA_{name}", raising=False)
    base = ["--control", "127.0.0.1:1", "--worker-id", "w"]
    args = parse_args(base)
    assert (args.jb_discard, args.ptime) == ("static", 0)
    assert EngineConfig("w").jb_discard == "static"
    monkeypatch.setenv("CALLCENTER_MEDIA_JB_DISCARD", "progressive")
    monkeypatch.setenv("CALLCENTER_MEDIA_PTIME", "20")
    env = parse_args(base)
    assert (env.jb_discard, env.ptime) == ("progressive", 20)
    with pytest.raises(SystemExit):
        parse_args([*base, "--jb-discard", "sometimes"])
    # pjsua2's JsonDocument needs pjlib (libCreate) alive: in a process of its own, as in
    # the worker (which sets it between libCreate and libInit). Here, after another test
    # had destroyed its Endpoint, the constructor aborted the whole test process.
    script = """
import re
import pjsua2 as pj
from server_stub.media.engine import set_jb_discard
ep = pj.Endpoint()
ep.libCreate()
found = []
for algo in (0, 1, 2):
    ec = pj.EpConfig()
    set_jb_discard(ec.medConfig, algo)
    doc = pj.JsonDocument()
    doc.writeObject(ec.medConfig)
    found += re.findall(r'"jbDiscardAlgo":\\s*(\\d+),', doc.saveString())
    del doc, ec  # pjsua2 objects go before libDestroy, or pjlib aborts at exit
ep.libDestroy()
print(",".join(found))
"""
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().splitlines()[-1] == "0,1,2"

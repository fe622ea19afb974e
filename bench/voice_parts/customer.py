"""The customer of bench/voice.py: a plain pjsua2 phone on the trunk side (8 kHz, G.711).

Plays a speech WAV in a loop into the call and records what it hears to a WAV. JSON lines:
events on stdout, commands on stdin:

    <- {"cmd": "call", "uri": "sip:4009000000@10.250.20.1:5060", "speech": "/tmp/c.wav"}
    -> {"event": "media", "active": true, "codec": "PCMA"}
    <- {"cmd": "record", "path": "/tmp/heard.wav"} ... {"cmd": "stop_record"}
    <- {"cmd": "stats"} -> {"event": "stats", "stats": {...}}
    <- {"cmd": "hangup"} / {"cmd": "quit"}
"""

from __future__ import annotations

import argparse
import gc
import json
import queue
import sys
import threading
import time
from typing import Any

import pjsua2 as pj

RATE = 8000  # a trunk is narrowband: no resampling on this side


def emit(**event: Any) -> None:
    sys.stdout.write(json.dumps(event) + "\n")
    sys.stdout.flush()


class CustomerCall(pj.Call):
    def __init__(self, customer: Customer, acc: pj.Account) -> None:
        super().__init__(acc)
        self.customer = customer
        self.media: Any = None

    def onCallState(self, prm: Any) -> None:
        ci = self.getInfo()
        if ci.state == pj.PJSIP_INV_STATE_CONFIRMED:
            emit(event="confirmed")
        if ci.state == pj.PJSIP_INV_STATE_DISCONNECTED:
            emit(event="ended", code=ci.lastStatusCode, reason=ci.lastReason)
            self.customer.ended(self)

    def onCallMediaState(self, prm: Any) -> None:
        try:
            self._media()
        except Exception as exc:  # pjsua2 swallows callback exceptions
            emit(event="error", where="media", error=repr(exc))

    def _media(self) -> None:
        ci = self.getInfo()  # keep it: iterating a temporary's vector reads freed memory
        for mi in ci.media:
            if mi.type == pj.PJMEDIA_TYPE_AUDIO and mi.status == pj.PJSUA_CALL_MEDIA_ACTIVE:
                self.media = self.getAudioMedia(mi.index)
                if self.customer.player is not None:
                    self.customer.player.startTransmit(self.media)
                if self.customer.recorder is not None:
                    self.media.startTransmit(self.customer.recorder)
                emit(event="media", active=True, codec=self.getStreamInfo(mi.index).codecName)
                return


class Customer:
    def __init__(self, host: str, jb: dict[str, int]) -> None:
        self.ep = pj.Endpoint()
        self.ep.libCreate()
        cfg = pj.EpConfig()
        cfg.uaConfig.threadCnt = 0
        cfg.uaConfig.mainThreadOnly = True
        cfg.logConfig.consoleLevel = 0
        cfg.logConfig.level = 0
        cfg.medConfig.noVad = True
        cfg.medConfig.clockRate = RATE
        cfg.medConfig.sndClockRate = RATE
        for name, value in jb.items():
            if value >= 0:
                setattr(cfg.medConfig, name, value)
        self.ep.libInit(cfg)
        tcfg = pj.TransportConfig()
        tcfg.port = 0
        tcfg.boundAddress = host
        self.ep.transportCreate(pj.PJSIP_TRANSPORT_UDP, tcfg)
        self.ep.audDevManager().setNullDev()
        for codec in self.ep.codecEnum2():
            self.ep.codecSetPriority(codec.codecId, 0)
        self.ep.codecSetPriority("PCMA/8000/1", 255)
        self.ep.codecSetPriority("PCMU/8000/1", 254)
        self.ep.libStart()
        acfg = pj.AccountConfig()
        acfg.idUri = f"sip:customer@{host}"
        acfg.mediaConfig.transportConfig.port = 0
        acfg.mediaConfig.transportConfig.boundAddress = host
        self.acc = pj.Account()
        self.acc.create(acfg)
        self.player: Any = None
        self.recorder: Any = None
        self.call: CustomerCall | None = None
        self.old: list[CustomerCall] = []
        self.retired: list[tuple[float, Any]] = []

    def ended(self, call: CustomerCall) -> None:
        self.stop_record()
        call.media = None
        self.old.append(call)
        if self.call is call:
            self.call = None

    def stop_record(self) -> None:
        if self.recorder is None:
            return
        if self.call is not None and self.call.media is not None:
            self.call.media.stopTransmit(self.recorder)
        # pjmedia applies the disconnect on the next clock tick: destroy it a bit later
        self.retired.append((time.monotonic() + 0.2, self.recorder))
        self.recorder = None

    def stats(self) -> dict[str, float] | None:
        if self.call is None or self.call.media is None:
            return None
        st = self.call.getStreamStat(0)
        rx, jb = st.rtcp.rxStat, st.jbuf
        return {
            "rx_packets": rx.pkt,
            "rx_lost": rx.loss,
            "rx_jitter_ms": rx.jitterUsec.mean / 1000,
            "rtt_ms": st.rtcp.rttUsec.mean / 1000,
            "jb_delay_ms": jb.avgDelayMsec,
            "jb_lost": jb.lost,
            "jb_empty": jb.empty,
            "jb_discard": jb.discard,
        }

    def handle(self, cmd: dict[str, Any]) -> bool:
        name = cmd["cmd"]
        if name == "call":
            self.player = pj.AudioMediaPlayer()
            self.player.createPlayer(cmd["speech"])  # loops
            call = CustomerCall(self, self.acc)
            self.call = call
            call.makeCall(cmd["uri"], pj.CallOpParam(True))
        elif name == "record":
            self.recorder = pj.AudioMediaRecorder()
            self.recorder.createRecorder(cmd["path"])
            if self.call is not None and self.call.media is not None:
                self.call.media.startTransmit(self.recorder)
        elif name == "stop_record":
            self.stop_record()
            emit(event="recorded")
        elif name == "stats":
            emit(event="stats", stats=self.stats())
        elif name == "hangup" and self.call is not None:
            self.call.hangup(pj.CallOpParam(True))
        elif name == "quit":
            return False
        return True

    def run(self, commands: queue.SimpleQueue[dict[str, Any]]) -> None:
        emit(event="ready")
        running = True
        while running:
            self.ep.libHandleEvents(5)
            self.old.clear()
            now = time.monotonic()
            self.retired = [(t, r) for t, r in self.retired if t > now]
            try:
                while running:
                    running = self.handle(commands.get_nowait())
            except queue.Empty:
                pass
        self.ep.hangupAllCalls()
        end = time.monotonic() + 1
        while self.call is not None and time.monotonic() < end:
            self.ep.libHandleEvents(10)
        self.stop_record()
        time.sleep(0.3)
        self.ep.libHandleEvents(10)
        self.call = None
        self.old.clear()
        self.retired.clear()
        self.player = None
        self.acc.shutdown()
        del self.acc
        gc.collect()
        self.ep.libDestroy()


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--jb", default="{}", help='jitter buffer settings, e.g. {"jbInit": 40}')
    args = p.parse_args()
    commands: queue.SimpleQueue[dict[str, Any]] = queue.SimpleQueue()

    def read() -> None:
        for line in sys.stdin:
            if line.strip():
                commands.put(json.loads(line))
        commands.put({"cmd": "quit"})

    threading.Thread(target=read, daemon=True).start()
    Customer(args.host, json.loads(args.jb)).run(commands)
    emit(event="bye")


if __name__ == "__main__":
    main()

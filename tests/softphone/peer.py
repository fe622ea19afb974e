"""Far-end SIP peer for the softphone's real-audio tests (run as its own process).

One pjsua2 Endpoint (null sound device) that answers or places calls, plays a tone into
the call, keeps what it hears in memory and answers questions about it. Control is JSON
lines: commands on stdin, events on stdout.

    python -m tests.softphone.peer --tone 1000
    -> {"event": "ready", "port": 40123}
    <- {"cmd": "call", "uri": "sip:127.0.0.1:5099", "headers": {"X-Call-Id": "S1"}}
    <- {"cmd": "heard", "seconds": 1.0, "freq": 500}  -> {"event": "heard", "share": .., "rms": ..}
    <- {"cmd": "hangup"} / {"cmd": "quit"}
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import gc
import json
import queue
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import numpy as np
import pjsua2 as pj

from tests.support.tones import detect_tone, make_tone_wav

RATE = 16000


def emit(**event: Any) -> None:
    sys.stdout.write(json.dumps(event) + "\n")
    sys.stdout.flush()


class Ear(pj.AudioMediaPort):
    """Keeps the last 30 s of received audio (clock thread) for `heard` queries."""

    def __init__(self) -> None:
        super().__init__()
        self.lock = threading.Lock()
        self.frames: collections.deque[tuple[float, bytes]] = collections.deque(maxlen=1500)

    def onFrameRequested(self, frame: Any) -> None:
        frame.type = pj.PJMEDIA_FRAME_TYPE_AUDIO
        frame.buf = pj.ByteVector(bytes(640))
        frame.size = 640

    def onFrameReceived(self, frame: Any) -> None:
        try:
            data = bytes(frame.buf) if frame.type == pj.PJMEDIA_FRAME_TYPE_AUDIO else b""
            with self.lock:
                self.frames.append((time.monotonic(), data))
        except Exception as exc:
            emit(event="error", where="ear", error=repr(exc))

    def last(self, seconds: float) -> np.ndarray:
        since = time.monotonic() - seconds
        with self.lock:
            chunks = [d if d else bytes(640) for t, d in self.frames if t >= since]
        raw = b"".join(chunks)
        return np.frombuffer(raw, dtype="<i2").astype(np.float64) / 32768.0


class PeerCall(pj.Call):
    def __init__(self, peer: Peer, acc: pj.Account, call_id: int = pj.PJSUA_INVALID_ID) -> None:
        super().__init__(acc, call_id)
        self.peer = peer
        self.media: Any = None

    def onCallState(self, prm: Any) -> None:
        ci = self.getInfo()
        emit(event="state", state=ci.stateText, code=ci.lastStatusCode, reason=ci.lastReason)
        if ci.state == pj.PJSIP_INV_STATE_DISCONNECTED:
            self.peer.detach(self)

    def onCallMediaState(self, prm: Any) -> None:
        ci = self.getInfo()
        for mi in ci.media:
            if mi.type != pj.PJMEDIA_TYPE_AUDIO:
                continue
            status = {
                pj.PJSUA_CALL_MEDIA_ACTIVE: "active",
                pj.PJSUA_CALL_MEDIA_LOCAL_HOLD: "local_hold",
                pj.PJSUA_CALL_MEDIA_REMOTE_HOLD: "remote_hold",
                pj.PJSUA_CALL_MEDIA_NONE: "none",
            }.get(mi.status, str(mi.status))
            if mi.status in (pj.PJSUA_CALL_MEDIA_ACTIVE, pj.PJSUA_CALL_MEDIA_REMOTE_HOLD):
                # the conference slot may change on a re-INVITE: connect the current one
                self.media = self.getAudioMedia(mi.index)
                self.peer.player.startTransmit(self.media)
                self.media.startTransmit(self.peer.ear)
            codec, packet_ms = "", 0
            with contextlib.suppress(pj.Error):
                info = self.getStreamInfo(mi.index)
                param = info.audCodecParam
                codec, packet_ms = info.codecName, param.setting.frmPerPkt * param.info.frameLen
            # packet_ms: the packet time this peer sends (the phone's a=ptime, if it asks)
            emit(event="media", status=status, codec=codec, packet_ms=packet_ms)
            break

    def onDtmfDigit(self, prm: Any) -> None:
        emit(event="dtmf", digit=prm.digit)


class Account(pj.Account):
    def __init__(self, peer: Peer) -> None:
        super().__init__()
        self.peer = peer

    def onIncomingCall(self, prm: Any) -> None:
        call = PeerCall(self.peer, self, prm.callId)
        self.peer.call = call
        emit(event="incoming", remote=call.getInfo().remoteUri)
        prm = pj.CallOpParam()
        prm.statusCode = 200
        call.answer(prm)


class Peer:
    def __init__(self, tone: float, answer: bool) -> None:
        self.ep = pj.Endpoint()
        self.ep.libCreate()
        cfg = pj.EpConfig()
        cfg.uaConfig.threadCnt = 0
        cfg.uaConfig.mainThreadOnly = True
        cfg.logConfig.consoleLevel = 0
        cfg.logConfig.level = 0
        cfg.medConfig.noVad = True
        cfg.medConfig.clockRate = RATE
        self.ep.libInit(cfg)
        tcfg = pj.TransportConfig()
        tcfg.port = 0
        tid = self.ep.transportCreate(pj.PJSIP_TRANSPORT_UDP, tcfg)
        self.port = int(self.ep.transportGetInfo(tid).localName.rsplit(":", 1)[-1])
        self.ep.audDevManager().setNullDev()
        for codec in self.ep.codecEnum2():
            self.ep.codecSetPriority(codec.codecId, 0)
        self.ep.codecSetPriority("G722/16000/1", 255)
        self.ep.codecSetPriority("PCMU/8000/1", 254)
        self.ep.libStart()
        acfg = pj.AccountConfig()
        acfg.idUri = f"sip:peer@127.0.0.1:{self.port}"
        acfg.mediaConfig.transportConfig.port = 0
        self.acc = Account(self)
        self.acc.create(acfg)
        self.tmp = Path(tempfile.mkdtemp(prefix="peer"))
        wav = make_tone_wav(self.tmp / "tone.wav", tone, 2.0, rate=RATE)
        self.player = pj.AudioMediaPlayer()
        self.player.createPlayer(str(wav))  # loops
        fmt = pj.MediaFormatAudio()
        fmt.init(pj.PJMEDIA_FORMAT_PCM, RATE, 1, 20000, 16)
        self.ear = Ear()
        self.ear.createPort("ear", fmt)
        self.call: PeerCall | None = None
        self.old_calls: list[PeerCall] = []

    def detach(self, call: PeerCall) -> None:
        call.media = None
        self.old_calls.append(call)
        if self.call is call:
            self.call = None

    def handle(self, cmd: dict[str, Any]) -> bool:
        name = cmd["cmd"]
        if name == "call":
            call = PeerCall(self, self.acc)
            prm = pj.CallOpParam(True)
            for hname, value in cmd.get("headers", {}).items():
                h = pj.SipHeader()
                h.hName, h.hValue = hname, value
                prm.txOption.headers.append(h)
            self.call = call
            call.makeCall(cmd["uri"], prm)
        elif name == "hangup" and self.call is not None:
            self.call.hangup(pj.CallOpParam(True))
        elif name == "heard":
            samples = self.ear.last(cmd["seconds"])
            report = detect_tone(samples, RATE, cmd["freq"])
            emit(event="heard", share=report.share, rms=report.rms, windows=report.windows)
        elif name == "quit":
            return False
        return True

    def run(self, commands: queue.SimpleQueue[dict[str, Any]]) -> None:
        emit(event="ready", port=self.port)
        running = True
        while running:
            self.ep.libHandleEvents(5)
            self.old_calls.clear()
            try:
                while running:
                    running = self.handle(commands.get_nowait())
            except queue.Empty:
                pass
        self.ep.hangupAllCalls()
        end = time.monotonic() + 1
        while self.call is not None and time.monotonic() < end:
            self.ep.libHandleEvents(10)
        self.call = None
        self.old_calls.clear()
        self.acc.shutdown()
        del self.player, self.ear, self.acc
        gc.collect()
        self.ep.libDestroy()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tone", type=float, default=1000.0)
    args = parser.parse_args()
    commands: queue.SimpleQueue[dict[str, Any]] = queue.SimpleQueue()

    def read() -> None:
        for line in sys.stdin:
            if line.strip():
                commands.put(json.loads(line))
        commands.put({"cmd": "quit"})

    threading.Thread(target=read, daemon=True).start()
    Peer(args.tone, True).run(commands)
    emit(event="bye")


if __name__ == "__main__":
    main()

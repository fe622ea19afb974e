"""The remote agent of bench/voice.py: the desktop's own softphone, headless, answering.

Runs inside the impaired link's namespace, with PULSE_SERVER/ALSA_CONFIG_PATH of a private
PulseAudio (virtual `vmic`, `vspk`, `vring`). JSON lines: events on stdout, commands on
stdin (`stats`, `hangup`, `quit`).

    ip netns exec impair20 python -m bench.voice_parts.agent --sip '{"registrar": ...}'
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import logging
import queue
import sys
import threading
import time
from typing import Any

from agent_desktop.softphone import AudioSelection, SipSettings
from agent_desktop.softphone.api import SrtpUse, Transport
from agent_desktop.softphone.events import (
    CallEnded,
    CallMediaChanged,
    IncomingCall,
    RegistrationChanged,
)
from agent_desktop.softphone.pjsua_phone import EngineOptions, PjsuaSoftphone


def emit(**event: Any) -> None:
    sys.stdout.write(json.dumps(event) + "\n")
    sys.stdout.flush()


def settings(sip: dict[str, Any]) -> SipSettings:
    registrar = str(sip["registrar"])
    for prefix in ("sips:", "sip:"):
        registrar = registrar.removeprefix(prefix)
    return SipSettings(
        registrar=registrar,
        domain=sip["domain"],
        username=sip["username"],
        password=sip["password"],
        transport=Transport(sip.get("transport", "udp")),
        srtp=SrtpUse(sip.get("srtp", "disabled")),
    )


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--sip", required=True, help="the login's sip block as JSON")
    p.add_argument("--jb-init", type=int, default=-1)
    p.add_argument("--jb-min-pre", type=int, default=-1)
    p.add_argument("--jb-max-pre", type=int, default=-1)
    p.add_argument("--jb-max", type=int, default=-1)
    p.add_argument("--jb-discard", default=EngineOptions.jb_discard)
    p.add_argument("--ptime", type=int, default=EngineOptions.ptime_ms)
    args = p.parse_args()
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    commands: queue.SimpleQueue[dict[str, Any]] = queue.SimpleQueue()

    def read() -> None:
        for line in sys.stdin:
            if line.strip():
                commands.put(json.loads(line))
        commands.put({"cmd": "quit"})

    threading.Thread(target=read, daemon=True).start()
    phone = PjsuaSoftphone(
        EngineOptions(
            transports=(Transport.UDP,),
            jb_init_ms=args.jb_init,
            jb_min_pre_ms=args.jb_min_pre,
            jb_max_pre_ms=args.jb_max_pre,
            jb_max_ms=args.jb_max,
            jb_discard=args.jb_discard,
            ptime_ms=args.ptime,
        )
    )

    def on_event(event: object) -> None:
        if isinstance(event, RegistrationChanged):
            emit(event="registration", state=event.state.value, code=event.status_code)
        elif isinstance(event, IncomingCall):
            emit(event="incoming", call=event.call.call_id)
            phone.answer(event.call.call_id)
        elif isinstance(event, CallMediaChanged):
            emit(event="media", call=event.call_id, active=event.active, codec=event.codec)
        elif isinstance(event, CallEnded):
            emit(
                event="ended",
                call=event.call.call_id,
                code=event.cause.status_code,
                by=event.cause.by,
            )

    phone.subscribe(on_event)
    phone.select_devices(AudioSelection(microphone="vmic", speaker="vspk", ringer="vring"))
    phone.register(settings(json.loads(args.sip)))
    emit(event="ready")
    running = True
    try:
        while running:
            phone.pump()
            time.sleep(0.01)  # the desktop's 10 ms QTimer
            while True:
                try:
                    cmd = commands.get_nowait()
                except queue.Empty:
                    break
                if cmd["cmd"] == "quit":
                    running = False
                elif cmd["cmd"] == "stats":
                    call = phone.current_call()
                    stats = phone.stream_stats(call.call_id) if call else None
                    bridge = phone.audio.stats()
                    emit(
                        event="stats",
                        stats=dataclasses.asdict(stats) if stats else None,
                        speaker_underruns=bridge.speaker.underruns,
                        mic_underruns=bridge.mic.underruns,
                        bridge_ms=list(bridge.added_latency_ms),
                    )
                elif cmd["cmd"] == "hangup" and phone.current_call():
                    phone.hangup()
    finally:
        phone.close()
        emit(event="bye")


if __name__ == "__main__":
    main()

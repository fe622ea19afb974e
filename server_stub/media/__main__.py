"""Command line of a media worker process: `python -m server_stub.media --control H:P ...`."""

from __future__ import annotations

import argparse
import faulthandler
import logging
import os
import sys

from server_stub.media.config import JB_DISCARD, EngineConfig
from server_stub.media.worker import Worker


def _host_port(text: str) -> tuple[str, int]:
    host, sep, port = text.rpartition(":")
    if not sep or not port.isdigit():
        raise argparse.ArgumentTypeError(f"expected HOST:PORT, got {text!r}")
    return host.strip("[]") or "127.0.0.1", int(port)


def _control(text: str) -> tuple[str, int] | str:
    """HOST:PORT, or unix:PATH (the coordinator's control socket in its data directory)."""
    if text.startswith("unix:"):
        return text[len("unix:") :]
    return _host_port(text)


def _host_port_text(text: str) -> str:
    host, port = _host_port(text)
    return f"{host}:{port}"


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m server_stub.media", description=__doc__)
    p.add_argument(
        "--control",
        type=_control,
        required=True,
        help="the coordinator's control listener, HOST:PORT or unix:PATH",
    )
    p.add_argument(
        "--secret-file",
        default=None,
        help="file holding the control secret, sent in worker_ready (mode 0600)",
    )
    p.add_argument(
        "--hold-over",
        type=float,
        default=0.0,
        help="keep calls this many seconds when the control connection drops, reconnecting "
        "for a restarted coordinator (0: end them at once)",
    )
    p.add_argument(
        "--host-name",
        default="",
        help="run as a worker of this media host (callcenter-server media-host): answer "
        "the coordinator's challenge over TCP instead of sending the secret",
    )
    p.add_argument(
        "--spool",
        default=None,
        metavar="DIR",
        help="with --host-name: record here and upload finished recordings to the coordinator",
    )
    p.add_argument(
        "--tls-ca",
        default=None,
        metavar="CA.pem",
        help="reach the coordinator over TLS, trusting certificates of this CA",
    )
    p.add_argument("--worker-id", required=True)
    p.add_argument("--sip-host", default="127.0.0.1", help="address to bind SIP/RTP to")
    p.add_argument("--sip-port", type=int, default=0, help="0 lets the OS choose")
    p.add_argument("--public-host", default=None, help="host to advertise in the SIP URI")
    p.add_argument(
        "--edge",
        type=_host_port_text,
        default=None,
        metavar="HOST:PORT",
        help="take new calls only from this SIP edge (others get 403); default: anyone",
    )
    p.add_argument("--max-legs", type=int, default=4, help="call legs per worker")
    p.add_argument("--codecs", default="PCMA,PCMU,G722", help="enabled codecs, preferred first")
    p.add_argument(
        "--rtp-timeout",
        type=float,
        default=30.0,
        help="hang up answered legs without RTP for this many seconds (0: never)",
    )
    p.add_argument(
        "--quality-period",
        type=float,
        default=5.0,
        help="report each leg's RTCP quality (loss, jitter, RTT, MOS) every this many "
        "seconds (0: never)",
    )
    p.add_argument("--idle-wait-ms", type=int, default=1000)
    p.add_argument(
        "--active-wait-ms",
        type=int,
        default=int(os.environ.get("CALLCENTER_MEDIA_ACTIVE_WAIT", "100")),
        help="longest block in the event loop while the worker has legs "
        "(env CALLCENTER_MEDIA_ACTIVE_WAIT)",
    )
    p.add_argument(
        "--media-thread",
        action=argparse.BooleanOptionalAction,
        default=os.environ.get("CALLCENTER_MEDIA_THREAD", "1") not in ("0", "no", "false"),
        help="receive RTP on pjmedia's own thread (default; less CPU per call, ~0.27 %% "
        "more per idle worker); --no-media-thread: on the owner thread's ioqueue "
        "(env CALLCENTER_MEDIA_THREAD=0)",
    )
    p.add_argument(
        "--jitter-buffer",
        default=os.environ.get("CALLCENTER_MEDIA_JB", ""),
        metavar="INIT,MINPRE,MAXPRE,MAX",
        help="pjmedia jitter buffer in ms, -1 for its default (env CALLCENTER_MEDIA_JB)",
    )
    p.add_argument(
        "--jb-discard",
        default=os.environ.get("CALLCENTER_MEDIA_JB_DISCARD", "static"),
        choices=tuple(JB_DISCARD),
        help="how the jitter buffer drops surplus frames: static (default), progressive "
        "(pjmedia's default, before issue 22), none (env CALLCENTER_MEDIA_JB_DISCARD)",
    )
    p.add_argument(
        "--ptime",
        type=int,
        default=int(os.environ.get("CALLCENTER_MEDIA_PTIME", "0")),
        choices=(0, 10, 20, 30, 40),
        help="RTP packet time sent on every leg, ms (0: the codec's, 20 for G.711; "
        "env CALLCENTER_MEDIA_PTIME)",
    )
    p.add_argument(
        "--clock-rate",
        type=int,
        default=int(os.environ.get("CALLCENTER_MEDIA_CLOCK", "8000")),
        choices=(8000, 16000),
        help="conference bridge rate (env CALLCENTER_MEDIA_CLOCK)",
    )
    p.add_argument(
        "--quality",
        type=int,
        default=int(os.environ.get("CALLCENTER_MEDIA_QUALITY", "8")),
        choices=range(1, 11),
        metavar="1-10",
        help="pjmedia quality: the bridge's resampler (>= 5 full filter, 3-4 small filter, "
        "<= 2 linear) and codec complexity (env CALLCENTER_MEDIA_QUALITY)",
    )
    p.add_argument(
        "--frame-ms",
        type=int,
        default=int(os.environ.get("CALLCENTER_MEDIA_FRAME_MS", "20")),
        choices=(10, 20, 40),
        help="conference bridge frame in ms: 40 halves the audio clock's work per call and "
        "adds 20 ms of latency (env CALLCENTER_MEDIA_FRAME_MS)",
    )
    p.add_argument("--pjsip-log-level", type=int, default=1)
    p.add_argument("--log-level", default="WARNING")
    return p.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    # A crash inside pjsua2 (SIGSEGV) then leaves every thread's Python stack on stderr.
    faulthandler.enable()
    args = parse_args(argv)
    logging.basicConfig(
        level=args.log_level.upper(),
        format=f"%(asctime)s {args.worker_id} %(name)s %(levelname)s %(message)s",
    )
    config = EngineConfig(
        worker_id=args.worker_id,
        sip_host=args.sip_host,
        sip_port=args.sip_port,
        public_host=args.public_host,
        edge=args.edge,
        max_legs=args.max_legs,
        codecs=tuple(x.strip() for x in args.codecs.split(",") if x.strip()),
        idle_wait_ms=args.idle_wait_ms,
        active_wait_ms=args.active_wait_ms,
        media_thread=args.media_thread,
        rtp_timeout_s=args.rtp_timeout,
        quality_period_s=args.quality_period,
        log_level=args.pjsip_log_level,
        clock_rate=args.clock_rate,
        quality=args.quality,
        frame_ms=args.frame_ms,
        jitter_buffer_ms=EngineConfig.parse_jitter_buffer(args.jitter_buffer),
        jb_discard=args.jb_discard,
        ptime_ms=args.ptime,
    )
    secret = ""
    if args.secret_file:
        try:
            with open(args.secret_file, encoding="ascii") as f:
                secret = f.read().strip()
        except OSError as exc:
            logging.error("cannot read the control secret %s: %s", args.secret_file, exc)
            return 2
    return Worker(
        args.control,
        config,
        secret,
        args.hold_over,
        host=args.host_name,
        spool=args.spool,
        tls_ca=args.tls_ca,
    ).run()


if __name__ == "__main__":
    sys.exit(main())

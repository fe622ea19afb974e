"""`callcenter-server`: the server's command line and composition root (builds the services,
seeds demo data when asked, serves HTTP and WebSocket with uvicorn)."""

from __future__ import annotations

import argparse
import contextlib
import logging
import re
import sys
import time
import zoneinfo
from collections.abc import Callable
from pathlib import Path
from typing import Any

from server_stub import __version__
from server_stub.config import ServerConfig, default_data_dir
from server_stub.store.dialect import database_url

log = logging.getLogger("server_stub")


class RedactSecrets(logging.Filter):
    """Keeps tokens and passwords out of every log line (e.g. `?token=` in access logs)."""

    _pattern = re.compile(r"(?i)(token|password|secret)=([^&\s\"']+)")

    def filter(self, record: logging.LogRecord) -> bool:
        if record.args:
            record.args = tuple(
                self._pattern.sub(r"\1=***", a) if isinstance(a, str) else a
                for a in (record.args if isinstance(record.args, tuple) else (record.args,))
            )
        record.msg = self._pattern.sub(r"\1=***", str(record.msg))
        return True


DESCRIPTION = """\
The call-centre server: the coordinator that agent desktops sign in to (HTTP API and
event stream), its SIP edge (Kamailio: softphones register there, trunks send calls there)
and the media workers that carry the calls, recordings and monitoring."""

EXAMPLES = """\
examples:
  callcenter-server run --demo --simulate --desktop
      try it on one PC: demo data, simulated agents 1003-1005 and customers, and the
      agent desktop (sign in as 1001, 1002, lead 9001 or admin 9000; password demo)
  callcenter-server run --http-host 0.0.0.0 --http-port 8443 --sip-host 192.0.2.10 \\
      --tls-certfile cert.pem --tls-keyfile key.pem --trunk 192.0.2.1:5060
      serve agents on the LAN over HTTPS; calls to phone numbers go to the SIP gateway

Agent desktops connect to http(s)://HTTP-HOST:HTTP-PORT; their softphones register at
SIP-HOST:SIP-PORT. Ctrl+C stops the server, its edge and workers (signed-in agents keep
their state across a restart). See `callcenter-server run --help` for every option."""

RUN_DESCRIPTION = """\
Start the coordinator with its SIP edge and media workers, and keep them running until
Ctrl+C (or SIGTERM). Everything the server keeps (database, queue_log, recordings,
edge files) is under --data-dir."""


def _positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 0 < value <= 86400:
        raise argparse.ArgumentTypeError(f"must be more than 0 and at most 86400: {text}")
    return value


def _hold_over(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 0 <= value <= 3600:
        raise argparse.ArgumentTypeError(f"must be 0 to 3600 seconds: {text}")
    return value


def _listen_address(text: str) -> tuple[str, int]:
    host, sep, port = text.rpartition(":")
    if not sep or not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise argparse.ArgumentTypeError(f"expected HOST:PORT, e.g. 10.0.0.1:7070, got {text!r}")
    return host.strip("[]"), int(port)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    formatter = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(
        prog="callcenter-server",
        description=DESCRIPTION,
        epilog=EXAMPLES,
        formatter_class=formatter,
    )
    parser.add_argument("--version", action="version", version=__version__)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    run = sub.add_parser(
        "run",
        help="run the server (coordinator, SIP edge, media workers)",
        description=RUN_DESCRIPTION,
        epilog=EXAMPLES,
        formatter_class=formatter,
    )
    where = run.add_argument_group("where it listens and keeps data")
    where.add_argument(
        "--data-dir",
        metavar="DIR",
        type=Path,
        default=default_data_dir(),
        help="database, queue_log and recordings; one server per directory "
        "(it holds server.pid) (default: %(default)s)",
    )
    where.add_argument(
        "--database",
        metavar="URL",
        type=database_url,
        default=None,
        help="keep the records in PostgreSQL (postgresql://user@host/db; the password "
        "from PGPASSWORD or ~/.pgpass) instead of SQLite in --data-dir; recordings and "
        "queue_log stay in --data-dir (docs/deployment.md)",
    )
    where.add_argument(
        "--http-host",
        metavar="HOST",
        default="127.0.0.1",
        help="address for the desktops' HTTP API; 0.0.0.0 for every "
        "interface (default: %(default)s)",
    )
    where.add_argument(
        "--http-port",
        metavar="PORT",
        type=int,
        default=8080,
        help="port of the HTTP API (default: %(default)s)",
    )
    where.add_argument(
        "--sip-host",
        metavar="HOST",
        default="127.0.0.1",
        help="address of the SIP edge, where softphones register and trunks "
        "send calls: the server's LAN address to serve other PCs "
        "(default: %(default)s)",
    )
    where.add_argument(
        "--sip-port",
        metavar="PORT",
        type=int,
        default=5060,
        help="SIP port, UDP and TCP (default: %(default)s)",
    )
    demo_group = run.add_argument_group("trying it out")
    demo_group.add_argument(
        "--demo",
        action="store_true",
        help="seed demo agents, queues, customers and call history (once; kept in --data-dir)",
    )
    demo_group.add_argument(
        "--simulate",
        action="store_true",
        help="with --demo: simulated agents 1003-1005 take calls from "
        "simulated customers; 1001 and 1002 are left for people "
        "and get calls too",
    )
    demo_group.add_argument(
        "--desktop",
        action="store_true",
        help="also open the agent desktop on this server; closing it stops everything",
    )
    calls = run.add_argument_group("calls")
    calls.add_argument(
        "--trunk",
        metavar="HOST:PORT",
        help="SIP gateway for calls to phone numbers (click-to-dial, transfer to a number)",
    )
    calls.add_argument(
        "--announce-monitoring", action="store_true", help="tell agents when a lead listens in"
    )
    calls.add_argument(
        "--no-sip",
        action="store_true",
        help="API only: no SIP edge and no media workers (no calls)",
    )
    calls.add_argument(
        "--spare-workers",
        metavar="N",
        type=int,
        default=4,
        help="idle media workers kept ready for bursts of calls (default: %(default)s)",
    )
    calls.add_argument(
        "--max-workers",
        metavar="N",
        type=int,
        default=40,
        help="media worker processes at most, one conversation each (default: %(default)s)",
    )
    calls.add_argument(
        "--sip-flood-limit",
        metavar="N",
        type=int,
        default=400,
        help="SIP requests per source address per 2 s before the edge drops "
        "them; one NAT address or trunk carries many phones "
        "(default: %(default)s)",
    )
    security = run.add_argument_group("security (remote agents: see docs/configuration.md)")
    security.add_argument(
        "--tls-certfile",
        metavar="FILE",
        type=Path,
        help="serve HTTPS with this certificate (and SIP over TLS, see --sip-tls-port)",
    )
    security.add_argument(
        "--tls-keyfile", metavar="FILE", type=Path, help="private key of --tls-certfile"
    )
    security.add_argument(
        "--sip-tls-port",
        metavar="PORT",
        type=int,
        help="SIP over TLS on this port; softphones then register over TLS",
    )
    security.add_argument(
        "--sip-tls-certfile",
        metavar="FILE",
        type=Path,
        help="certificate of the SIP TLS listener (default: --tls-certfile)",
    )
    security.add_argument(
        "--sip-tls-keyfile", metavar="FILE", type=Path, help="(default: --tls-keyfile)"
    )
    security.add_argument(
        "--agent-srtp",
        choices=["disabled", "optional", "mandatory"],
        default="optional",
        help="SRTP on calls to agents' softphones (default: %(default)s; "
        "mandatory for remote agents, with TLS to protect the keys)",
    )
    run.add_argument(
        "--media-clock-rate",
        type=int,
        choices=(8000, 16000),
        default=None,
        help="media workers' conference bridge rate (default: 8000: G.711 calls are "
        "bridged and recorded at 8 kHz without resampling). 16000 keeps a G.722 leg "
        "wideband and records at 16 kHz, at about 1.8 times the CPU per call "
        "(docs/performance.md, Capacity)",
    )
    run.add_argument(
        "--media-quality",
        type=int,
        choices=range(1, 11),
        metavar="1-10",
        default=None,
        help="pjmedia quality of the media workers (default: 8, the resampler's full "
        "filter); 3-4: small filter, cheaper; 1-2: linear interpolation",
    )
    run.add_argument(
        "--media-frame-ms",
        type=int,
        choices=(10, 20, 40),
        default=None,
        help="media workers' conference bridge frame (default: 20); 40 ms halves the "
        "audio clock's work per call and adds 20 ms of latency each way",
    )
    run.add_argument(
        "--media-hold-over",
        type=_hold_over,
        default=60.0,
        metavar="SECONDS",
        help="when the coordinator dies, media workers keep their calls this long and "
        "Kamailio keeps running, so the server started again on the same --data-dir takes "
        "the answered calls back (0: calls end with the coordinator) (default: %(default)s)",
    )
    run.add_argument(
        "--media-listen",
        type=_listen_address,
        default=None,
        metavar="HOST:PORT",
        help="accept media workers of other machines (`callcenter-server media-host`) on "
        "this TCP address; they prove they know <data-dir>/media/secret (copy it to them) "
        "without sending it. Open it to the media hosts only (docs/deployment.md)",
    )
    run.add_argument(
        "--media-tls-cert",
        metavar="FILE",
        type=Path,
        help="TLS on --media-listen with this certificate (default: --tls-certfile when "
        "set); media hosts then need --tls-ca",
    )
    run.add_argument("--media-tls-key", metavar="FILE", type=Path, help="its private key")
    run.add_argument(
        "--timezone",
        metavar="ZONE",
        default="UTC",
        help="the centre's IANA time zone, e.g. Asia/Shanghai: report periods "
        "and hour/day/week/month groupings use it (default: %(default)s)",
    )
    hooks = run.add_argument_group("webhooks (docs/integration.md)")
    hooks.add_argument(
        "--webhook-timeout",
        metavar="SECONDS",
        type=_positive_float,
        default=5.0,
        help="how long one delivery may take before it counts as failed (default: %(default)s)",
    )
    hooks.add_argument(
        "--webhook-retry-base",
        metavar="SECONDS",
        type=_positive_float,
        default=5.0,
        help="wait before the first retry; it doubles with each failure (default: %(default)s)",
    )
    hooks.add_argument(
        "--webhook-retry-cap",
        metavar="SECONDS",
        type=_positive_float,
        default=3600.0,
        help="the longest wait between two attempts (default: %(default)s)",
    )
    hooks.add_argument(
        "--webhook-max-attempts",
        metavar="N",
        type=int,
        choices=range(1, 101),
        default=12,
        help="attempts before a delivery is marked failed, 1..100 (default: %(default)s)",
    )
    run.add_argument(
        "--callback-retry-seconds",
        metavar="SECONDS",
        type=_positive_float,
        default=120.0,
        help="wait before dialling a callback's customer again (default: %(default)s)",
    )
    run.add_argument(
        "--callback-attempts",
        metavar="N",
        type=int,
        choices=range(1, 11),
        default=3,
        help="dials before a callback is marked failed, 1..10 (default: %(default)s)",
    )
    run.add_argument(
        "--log-level",
        default="info",
        choices=["debug", "info", "warning", "error"],
        help="info (default) logs each call's story; warning only problems",
    )
    from server_stub.media import host as media_host

    media_host.add_parser(sub)
    from server_stub.admin import cli as admin_cli

    admin_cli.add_parsers(sub)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.command in ("init", "import", "export", "migrate-store"):
        from server_stub.admin import cli as admin_cli

        return admin_cli.run(args)
    if args.command == "media-host":
        from server_stub.media import host as media_host

        return media_host.run(args)
    logging.basicConfig(
        level=args.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    redact = RedactSecrets()
    for name in ("", "uvicorn", "uvicorn.access", "uvicorn.error"):
        logging.getLogger(name).addFilter(redact)
    # httpx logs every request's whole URL at INFO: webhook URLs may carry credentials in
    # their query. The dispatcher logs each delivery's outcome itself, without the query.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    if bool(args.tls_certfile) != bool(args.tls_keyfile):
        print("callcenter-server: --tls-certfile and --tls-keyfile go together", file=sys.stderr)
        return 2
    if bool(args.sip_tls_certfile) != bool(args.sip_tls_keyfile):
        print(
            "callcenter-server: --sip-tls-certfile and --sip-tls-keyfile go together",
            file=sys.stderr,
        )
        return 2
    if args.sip_tls_port and not (args.sip_tls_certfile or args.tls_certfile):
        print(
            "callcenter-server: --sip-tls-port needs a certificate: --sip-tls-certfile and "
            "--sip-tls-keyfile (or --tls-certfile and --tls-keyfile)",
            file=sys.stderr,
        )
        return 2
    try:
        zoneinfo.ZoneInfo(args.timezone)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        print(
            f"callcenter-server: --timezone {args.timezone}: not an IANA time zone (e.g. "
            "Asia/Shanghai, Europe/Berlin, UTC)",
            file=sys.stderr,
        )
        return 2
    if bool(args.media_tls_cert) != bool(args.media_tls_key):
        print(
            "callcenter-server: --media-tls-cert and --media-tls-key go together", file=sys.stderr
        )
        return 2
    if args.media_tls_cert and not args.media_listen:
        print("callcenter-server: --media-tls-cert needs --media-listen", file=sys.stderr)
        return 2
    for option in (
        "tls_certfile",
        "tls_keyfile",
        "sip_tls_certfile",
        "sip_tls_keyfile",
        "media_tls_cert",
        "media_tls_key",
    ):
        path = getattr(args, option)
        if path is None:
            continue
        if not path.is_file():
            print(
                f"callcenter-server: --{option.replace('_', '-')} {path}: no such file",
                file=sys.stderr,
            )
            return 2
        setattr(args, option, path.resolve())  # Kamailio reads it from its own directory
    config = ServerConfig(
        data_dir=args.data_dir,
        database=args.database,
        http_host=args.http_host,
        http_port=args.http_port,
        sip_host=args.sip_host,
        sip_port=args.sip_port,
        demo=args.demo,
        sip_enabled=not args.no_sip,
        max_workers=args.max_workers,
        spare_workers=args.spare_workers,
        sip_flood_limit=args.sip_flood_limit,
        simulate=args.simulate and args.demo,
        trunk=args.trunk,
        announce_monitoring=args.announce_monitoring,
        tls_certfile=args.tls_certfile,
        tls_keyfile=args.tls_keyfile,
        sip_tls_port=args.sip_tls_port,
        sip_tls_certfile=args.sip_tls_certfile,
        sip_tls_keyfile=args.sip_tls_keyfile,
        agent_srtp=args.agent_srtp,
        media_clock_rate=args.media_clock_rate,
        media_quality=args.media_quality,
        media_frame_ms=args.media_frame_ms,
        media_hold_over=args.media_hold_over,
        media_listen=args.media_listen,
        media_tls_cert=args.media_tls_cert,
        media_tls_key=args.media_tls_key,
        timezone=args.timezone,
        webhook_timeout_seconds=args.webhook_timeout,
        webhook_backoff_seconds=args.webhook_retry_base,
        webhook_backoff_cap_seconds=args.webhook_retry_cap,
        webhook_max_attempts=args.webhook_max_attempts,
        callback_retry_seconds=args.callback_retry_seconds,
        callback_attempts=args.callback_attempts,
    )
    return serve(config, args.log_level, desktop=args.desktop)


def attach_desktop(services: Any, stop_server: Callable[[], None]) -> None:
    """Open `agent-desktop` once the API answers; when its window closes, stop the server;
    when the server stops first (Ctrl-C, SIGTERM), close the desktop the same way."""
    import asyncio

    import httpx

    config = services.config
    tasks: list[asyncio.Task[None]] = []
    children: list[asyncio.subprocess.Process] = []

    async def launch() -> None:
        base = f"http://{config.http_host}:{config.http_port}"
        async with httpx.AsyncClient() as client:
            for _ in range(300):
                try:
                    if (await client.get(f"{base}/api/v1/health")).status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                await asyncio.sleep(0.1)
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "agent_desktop", "--server", base
        )
        children.append(proc)
        code = await proc.wait()
        log.info("agent desktop closed (exit %s): stopping the server", code)
        stop_server()

    async def start() -> None:
        tasks.append(asyncio.create_task(launch()))

    async def stop() -> None:
        for task in tasks:
            task.cancel()
        for proc in children:
            if proc.returncode is None:
                proc.terminate()  # the desktop quits as from its menu (signs out, exits 0)
                try:
                    await asyncio.wait_for(proc.wait(), 15)
                except TimeoutError:
                    log.warning("agent desktop did not quit in 15 s: killing it")
                    proc.kill()
                    await proc.wait()

    services.startup.append(start)
    services.shutdown.append(stop)


def serve(config: ServerConfig, log_level: str = "info", desktop: bool = False) -> int:
    """Own the data directory (one server each; see data_lock) and run the server."""
    from server_stub.data_lock import DataDirBusyError, DataDirLock, Reclaimed

    lock = DataDirLock(config.data_dir)
    try:
        # with a hold-over, a dead run's workers and Kamailio carry live calls: the call
        # path takes them back (or ends them) instead of their being stopped here
        keep = (
            ("media worker", "Kamailio")
            if config.sip_enabled and config.media_hold_over > 0
            else ()
        )
        reclaimed = lock.acquire(keep=keep)
    except DataDirBusyError as exc:
        print(f"callcenter-server: {exc}", file=sys.stderr)
        return 4
    try:
        if reclaimed.previous_pid is not None or reclaimed.stopped:
            log.warning(
                "%s was not released by the server before (pid %s): it did not stop "
                "cleanly; stopped what it left running: %s",
                config.data_dir,
                reclaimed.previous_pid or "unknown",
                reclaimed.summary(),
            )
        if reclaimed.kept:
            log.warning(
                "left running by the previous run, to be taken back: %s",
                Reclaimed(stopped=reclaimed.kept).summary(),
            )
        lock.tag_children()
        return _serve(config, log_level, desktop, lock.release, reclaimed.kept)
    finally:
        lock.release()


def _serve(
    config: ServerConfig,
    log_level: str,
    desktop: bool,
    on_stopped: Callable[[], None],
    survivors: list[tuple[int, str]] | None = None,
) -> int:
    import uvicorn

    from server_stub import demo
    from server_stub.app import create_app
    from server_stub.security.passwords import Passwords
    from server_stub.services import build_services

    passwords = Passwords()
    services = build_services(config, passwords=passwords, sip=config.sip_enabled)

    async def stopped() -> None:  # the last stop step; uvicorn then re-raises a SIGTERM
        on_stopped()

    services.stopped.append(stopped)
    if config.demo and services.runner.run_sync(lambda s: demo.seed(s, passwords, time.time())):
        log.info(
            "demo data written to %s (agents 1001-1005, lead 9001, admin 9000; password %r)",
            config.store_label,
            demo.DEMO_PASSWORD,
        )
    if not services.runner.run_sync(lambda s: s.list_agents()):
        log.warning(
            "no agents in %s: create the admin with `callcenter-server init "
            "--data-dir %s --admin-id ID` (or try `run --demo`)",
            config.store_label,
            config.data_dir,
        )
    if services.call_path is not None:
        from server_stub.edge.supervisor import EdgeNotInstalledError, EdgePortTakenError
        from server_stub.telephony.runtime import attach_simulator

        try:
            services.call_path.edge.check_installed()
        except EdgeNotInstalledError as exc:
            print(
                f"callcenter-server: {exc}\n(or run with --no-sip for the API alone)",
                file=sys.stderr,
            )
            return 3
        services.call_path.survivors = list(survivors or [])
        try:  # after data_lock stopped what a crashed run left: this is someone else
            # a Kamailio the dead run left is adopted or reclaimed at start (take_back)
            if not any(what == "Kamailio" for _, what in survivors or []):
                services.call_path.edge.check_ports()
        except EdgePortTakenError as exc:
            print(f"callcenter-server: {exc}", file=sys.stderr)
            return 5
        if config.simulate:
            attach_simulator(services)
    server: uvicorn.Server | None = None

    def stop_server() -> None:
        if server is not None:
            server.should_exit = True  # as on SIGINT; harmless when already stopping

    if desktop:
        attach_desktop(services, stop_server)
    app = create_app(services)
    scheme = "https" if config.tls_certfile else "http"
    log.info(
        "coordinator %s on %s://%s:%d, data in %s",
        __version__,
        scheme,
        config.http_host,
        config.http_port,
        config.data_dir,
    )

    class Server(uvicorn.Server):
        def handle_exit(self, sig: int, frame: Any) -> None:
            # At the signal itself: a service manager SIGTERMs Kamailio and the workers
            # with us, and their exits must not be taken for faults to repair (restart,
            # replace) before the graceful stop has even begun.
            if services.call_path is not None:
                services.call_path.stopping()
            super().handle_exit(sig, frame)

    server = Server(
        uvicorn.Config(
            app,
            host=config.http_host,
            port=config.http_port,
            log_level=log_level,
            ssl_certfile=str(config.tls_certfile) if config.tls_certfile else None,
            ssl_keyfile=str(config.tls_keyfile) if config.tls_keyfile else None,
            log_config=None,
            ws_ping_interval=20,
            ws_ping_timeout=20,
            loop="asyncio",
        )
    )  # the edge RPC needs sock_sendto, which uvloop lacks
    # uvicorn re-raises the Ctrl-C it handled after its graceful shutdown (uvicorn.run hides it)
    with contextlib.suppress(KeyboardInterrupt):
        server.run()
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""`callcenter-server media-host`: media workers on another machine (issue 19).

Keeps `--workers` worker processes running (`python -m server_stub.media --host-name`),
each connected to the coordinator's `run --media-listen` address over TCP and
authenticated by the shared control secret (server_stub/media/remote.py). A worker that
exits is started again (after a pause that grows while it keeps failing, e.g. while the
coordinator is down); a worker the coordinator refuses (wrong secret) stops the whole
host with exit code 4, since no retry can succeed. SIGTERM or Ctrl+C ends the workers'
calls (BYE) and stops the host. Recordings are kept in `--spool` until the coordinator
has stored them; the coordinator's prompts and music are fetched into `<spool>/cache`.
The workers take their hold-over and audio settings from the coordinator (remote.py), so
their calls survive its restart as its own workers' do.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import ctypes
import logging
import os
import re
import signal
import socket
import sys
import time
from pathlib import Path
from typing import Any

from server_stub.media.remote import EXIT_REFUSED

log = logging.getLogger(__name__)

DESCRIPTION = """\
Run media workers for a coordinator on another machine. Each worker carries one
conversation (up to 4 call legs with recording and monitoring); the coordinator's SIP
edge sends new calls to the least loaded worker of every host. The workers connect to
the coordinator's --media-listen address over TCP and prove they know its control
secret (<data-dir>/media/secret on the coordinator, copied here with mode 0600); the
secret itself never crosses the network. Workers that exit are restarted; a wrong
secret stops the host (exit code 4). Audio settings and the hold-over (calls kept while
the coordinator restarts) come from the coordinator; prompts and music are fetched from
it as needed. See docs/deployment.md "Many media hosts"."""

EXAMPLE = """\
example:
  callcenter-server media-host --coordinator 10.0.0.1:7070 \\
      --secret-file /etc/callcenter/media.secret --sip-host 10.0.0.5 --workers 8 --name h2
      with, on the coordinator:
      callcenter-server run --sip-host 10.0.0.1 --media-listen 10.0.0.1:7070 ..."""

_NAME = re.compile(r"^[A-Za-z0-9_.-]{1,40}$")
RESTART_PAUSE_S = (1.0, 2.0, 5.0, 10.0, 30.0)
STABLE_S = 30.0  # a worker that ran this long starts its pauses over


def _address(text: str) -> tuple[str, int]:
    host, sep, port = text.rpartition(":")
    if not sep or not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise argparse.ArgumentTypeError(f"expected HOST:PORT, e.g. 10.0.0.1:7070, got {text!r}")
    return host.strip("[]"), int(port)


def _name(text: str) -> str:
    if not _NAME.match(text):
        raise argparse.ArgumentTypeError(
            f"{text!r}: letters, digits, '.', '_' and '-' only, at most 40"
        )
    return text


def _workers(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= 64:
        raise argparse.ArgumentTypeError(f"1 to 64 workers, got {text!r}")
    return int(text)


def add_parser(sub: Any) -> None:
    p = sub.add_parser(
        "media-host",
        help="run media workers on another machine for a coordinator (scale out)",
        description=DESCRIPTION,
        epilog=EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "--coordinator",
        required=True,
        type=_address,
        metavar="HOST:PORT",
        help="the coordinator's --media-listen address",
    )
    p.add_argument(
        "--secret-file",
        required=True,
        type=Path,
        metavar="FILE",
        help="a copy of the coordinator's <data-dir>/media/secret (keep it mode 0600)",
    )
    p.add_argument(
        "--sip-host",
        default=None,
        metavar="ADDR",
        help="this machine's address the SIP edge and phones reach the workers' SIP and "
        "RTP on (default: the address that routes to the coordinator)",
    )
    p.add_argument(
        "--workers",
        type=_workers,
        default=4,
        metavar="N",
        help="worker processes to keep running, one conversation each; size it by the "
        "CPU figures in docs/deployment.md (default: %(default)s)",
    )
    p.add_argument(
        "--name",
        type=_name,
        default=None,
        help="this host's name in the coordinator's logs and worker ids (<name>-1 ...); "
        "unique per host (default: the machine's host name)",
    )
    p.add_argument(
        "--spool",
        type=Path,
        default=Path("media-spool"),
        metavar="DIR",
        help="recordings are written here and kept until the coordinator has stored them; "
        "its prompts and music are cached in DIR/cache (default: ./media-spool)",
    )
    p.add_argument(
        "--tls-ca",
        type=Path,
        default=None,
        metavar="CA.pem",
        help="connect over TLS (the coordinator runs with --media-tls-cert), trusting "
        "this CA; the certificate must name the --coordinator host",
    )
    p.add_argument(
        "--log-level",
        default="info",
        choices=["debug", "info", "warning", "error"],
        help="info (default) logs workers starting, stopping and uploads",
    )


def _local_address(coordinator: tuple[str, int]) -> str:
    """The address of this machine that routes to the coordinator (no packet is sent)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        try:
            s.connect(coordinator)
            return str(s.getsockname()[0])
        except OSError:
            return "127.0.0.1"


def _die_with_parent() -> None:  # pragma: no cover - runs in the child before exec
    """A worker ends (SIGTERM: BYE to its calls) when its media host dies."""
    with contextlib.suppress(Exception):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


class MediaHost:
    """Starts and keeps `count` workers; `run()` returns the exit code."""

    def __init__(
        self,
        coordinator: tuple[str, int],
        secret_file: Path,
        sip_host: str,
        count: int,
        name: str,
        spool: Path,
        worker_log_level: str = "INFO",
        tls_ca: Path | None = None,
    ) -> None:
        self.tls_ca = tls_ca
        self.coordinator = coordinator
        self.secret_file = secret_file
        self.sip_host = sip_host
        self.count = count
        self.name = name
        self.spool = spool
        self.worker_log_level = worker_log_level
        self._procs: dict[str, asyncio.subprocess.Process] = {}
        self._stopping = asyncio.Event()
        self.exit_code = 0

    async def _spawn(self, wid: str) -> asyncio.subprocess.Process:
        host, port = self.coordinator
        tls = ("--tls-ca", str(self.tls_ca)) if self.tls_ca else ()
        return await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "server_stub.media",
            "--control",
            f"{host}:{port}",
            "--secret-file",
            str(self.secret_file),
            "--host-name",
            self.name,
            "--spool",
            str(self.spool),
            "--worker-id",
            wid,
            "--sip-host",
            self.sip_host,
            "--log-level",
            self.worker_log_level,
            *tls,
            stdin=asyncio.subprocess.DEVNULL,
            preexec_fn=_die_with_parent,
        )

    async def _keep(self, wid: str) -> None:
        """One worker slot: start it, and again whenever it exits."""
        failures = 0
        while not self._stopping.is_set():
            started = time.monotonic()
            try:
                proc = await self._spawn(wid)
            except OSError as exc:
                log.error("media host %s: cannot start worker %s: %s", self.name, wid, exc)
                code: int | None = None
            else:
                self._procs[wid] = proc
                code = await proc.wait()
                self._procs.pop(wid, None)
            if self._stopping.is_set():
                return
            if code == EXIT_REFUSED:
                log.error(
                    "media host %s: the coordinator %s:%d refused worker %s (wrong secret in "
                    "%s?): stopping the host",
                    self.name,
                    *self.coordinator,
                    wid,
                    self.secret_file,
                )
                self.exit_code = EXIT_REFUSED
                self._stopping.set()
                return
            failures = 0 if time.monotonic() - started > STABLE_S else failures + 1
            pause = RESTART_PAUSE_S[min(max(failures - 1, 0), len(RESTART_PAUSE_S) - 1)]
            log.warning(
                "media host %s: worker %s exited (code %s): starting it again in %.0f s",
                self.name,
                wid,
                code,
                pause,
            )
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stopping.wait(), pause)

    async def run(self) -> int:
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, self._stopping.set)
        log.info(
            "media host %s: %d worker(s) for the coordinator %s:%d (%s), SIP/RTP on %s, "
            "recordings spooled in %s",
            self.name,
            self.count,
            *self.coordinator,
            "TLS" if self.tls_ca else "plain TCP",
            self.sip_host,
            self.spool,
        )
        slots = [
            asyncio.create_task(self._keep(f"{self.name}-{i}")) for i in range(1, self.count + 1)
        ]
        await self._stopping.wait()
        log.info("media host %s: stopping %d worker(s)", self.name, len(self._procs))
        for proc in list(self._procs.values()):
            with contextlib.suppress(ProcessLookupError):
                proc.send_signal(signal.SIGTERM)  # each ends its calls (BYE) first
        for proc in list(self._procs.values()):
            try:
                await asyncio.wait_for(proc.wait(), 5.0)
            except TimeoutError:
                with contextlib.suppress(ProcessLookupError):
                    proc.kill()
        for task in slots:
            task.cancel()
        await asyncio.gather(*slots, return_exceptions=True)
        return self.exit_code


def run(args: argparse.Namespace) -> int:
    logging.basicConfig(
        level=args.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    try:
        secret = args.secret_file.read_text("ascii").strip()
    except (OSError, UnicodeDecodeError) as exc:
        print(f"callcenter-server media-host: --secret-file: {exc}", file=sys.stderr)
        return 2
    if args.tls_ca is not None and not args.tls_ca.is_file():
        print(
            f"callcenter-server media-host: --tls-ca {args.tls_ca}: no such file", file=sys.stderr
        )
        return 2
    if not secret:
        print(f"callcenter-server media-host: {args.secret_file} is empty", file=sys.stderr)
        return 2
    if os.stat(args.secret_file).st_mode & 0o077:
        log.warning("%s is readable by others: chmod 600 it", args.secret_file)
    name = args.name or _name(re.sub(r"[^A-Za-z0-9_.-]", "-", socket.gethostname())[:40])
    host = MediaHost(
        args.coordinator,
        args.secret_file.resolve(),
        args.sip_host or _local_address(args.coordinator),
        args.workers,
        name,
        args.spool.resolve(),
        args.log_level.upper(),
        args.tls_ca.resolve() if args.tls_ca else None,
    )
    return asyncio.run(host.run())

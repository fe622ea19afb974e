"""Run the SIP edge alone: ``python -m server_stub.edge --port 5070 --worker w1=sip:...``."""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import signal
from pathlib import Path

from server_stub.edge.config import EdgeSettings, WorkerSpec
from server_stub.edge.supervisor import KamailioEdge


def _worker(text: str) -> WorkerSpec:
    worker_id, _, uri = text.partition("=")
    return WorkerSpec(worker_id, uri)


def parse_args(argv: list[str] | None = None) -> EdgeSettings:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--runtime-dir", type=Path, required=True)
    p.add_argument("--secret-env", default="EDGE_SECRET", help="variable holding the secret")
    p.add_argument("--no-tcp", action="store_true")
    p.add_argument("--tls-port", type=int)
    p.add_argument("--tls-cert", type=Path)
    p.add_argument("--tls-key", type=Path)
    p.add_argument("--worker", type=_worker, action="append", default=[], help="ID=sip:host:port")
    a = p.parse_args(argv)
    secret = os.environ.get(a.secret_env)
    if not secret:
        p.error(f"set the shared secret in ${a.secret_env}")
    return EdgeSettings(
        secret=secret.encode(), runtime_dir=a.runtime_dir, sip_port=a.port, bind_host=a.host,
        tcp=not a.no_tcp, tls_port=a.tls_port, tls_cert=a.tls_cert, tls_key=a.tls_key,
        workers=tuple(a.worker),
    )  # fmt: skip


async def run(settings: EdgeSettings) -> None:
    edge = KamailioEdge(settings)
    await edge.start()
    print(f"edge up: pid {edge.pid}, log {settings.log_path}, rpc {settings.jsonrpc_socket}")
    done = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, done.set)
    await done.wait()
    await edge.stop()


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    asyncio.run(run(parse_args()))


if __name__ == "__main__":
    main()

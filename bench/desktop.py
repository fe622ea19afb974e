"""Desktop figures: cold start to the sign-in window, RSS after sign-in (FakeSoftphone,
offscreen). Starts a demo coordinator as a subprocess on a free port.

Run: .venv/bin/python bench/desktop.py [--runs 3]
     .venv/bin/python bench/desktop.py --imports   (RSS added by each import, in app order)"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def child(url: str, data: str) -> None:
    """Measured process: build the app, show the sign-in window, sign in, report."""
    t0 = time.perf_counter()
    import asyncio

    import keyring
    import qasync
    from keyring.backends.null import Keyring as NullKeyring
    from PySide6.QtWidgets import QApplication

    from agent_desktop.app.wiring import build_desktop
    from agent_desktop.softphone.fake import FakeSoftphone

    keyring.set_keyring(NullKeyring())  # never touch the real keyring from a benchmark
    app = QApplication(sys.argv[:1])
    result: dict[str, float] = {}

    async def run() -> None:
        desktop = build_desktop(FakeSoftphone(), Path(data) / "c", Path(data) / "d")
        desktop.window.show()
        app.processEvents()
        result["start_to_sign_in_s"] = time.perf_counter() - t0
        await desktop.session.sign_in_async(url, "1001", "demo", False)
        while not desktop.session.connected:
            await asyncio.sleep(0.01)
        await asyncio.sleep(1.0)
        result["rss_after_sign_in_mb"] = _rss_mb()
        await desktop.close()

    qasync.run(run())
    print(json.dumps(result))


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


IMPORTS = ("numpy", "PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets",
           "PySide6.QtNetwork", "httpx", "websockets", "pydantic", "sqlite_utils",
           "phonenumbers", "qasync", "agent_desktop.protocol", "agent_desktop.cti",
           "agent_desktop.app.region", "agent_desktop.kb.panel", "agent_desktop.app.wiring",
           "pjsua2", "sounddevice")


def import_costs() -> None:
    """Print the RSS each import adds in this (fresh) interpreter."""
    import importlib

    previous = _rss_mb()
    print(f"{'interpreter':40s} {previous:7.1f} MB")
    for name in IMPORTS:
        importlib.import_module(name)
        now = _rss_mb()
        print(f"{name:40s} +{now - previous:6.1f} MB  (total {now:6.1f})")
        previous = now


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--child", nargs=2)
    parser.add_argument("--imports", action="store_true", help="RSS added by each import")
    args = parser.parse_args()
    if args.imports:
        import_costs()
        return 0
    if args.child:
        child(*args.child)
        return 0
    port, sip_port = _free_port(), _free_port()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with tempfile.TemporaryDirectory() as tmp:
        server = subprocess.Popen([sys.executable, "-m", "server_stub", "run", "--demo",
                                   "--data-dir", f"{tmp}/srv", "--http-port", str(port),
                                   "--sip-port", str(sip_port), "--log-level", "warning"], cwd=ROOT,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            url = f"http://127.0.0.1:{port}"
            deadline = time.monotonic() + 30
            while True:
                try:
                    socket.create_connection(("127.0.0.1", port), 0.2).close()
                    break
                except OSError:
                    if time.monotonic() > deadline:
                        raise
                    time.sleep(0.1)
            results = []
            for i in range(args.runs):
                out = subprocess.run([sys.executable, __file__, "--child", url, f"{tmp}/{i}"],
                                     cwd=ROOT, env=env, capture_output=True, text=True,
                                     check=True)
                results.append(json.loads(out.stdout.strip().splitlines()[-1]))
        finally:
            server.terminate()
            server.wait(10)
    start = [r["start_to_sign_in_s"] for r in results]
    rss = [r["rss_after_sign_in_mb"] for r in results]
    print(f"cold start to sign-in window: median {statistics.median(start):.2f} s "
          f"(min {min(start):.2f}, max {max(start):.2f}, {len(start)} runs)")
    print(f"RSS after sign-in: median {statistics.median(rss):.0f} MB "
          f"(min {min(rss):.0f}, max {max(rss):.0f})")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())

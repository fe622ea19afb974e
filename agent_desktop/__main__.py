"""`agent-desktop`: the composition root. One QApplication, one qasync loop, the desktop's
object graph; `--check` runs the diagnostics instead of the window."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from agent_desktop.numbers.links import BadLink, is_link, number_from_link
from agent_desktop.settings import default_config_dir, default_data_dir
from agent_desktop.softphone import Softphone

log = logging.getLogger("agent_desktop")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="agent-desktop",
        description="The call-centre agent desktop: sign in, take and "
        "make calls on its softphone, wrap up, look up customers and the knowledge base; "
        "leads also see live queues and agents. `--check` tests this PC (server, sound "
        "devices, SIP) without opening the window.",
    )
    parser.add_argument("links", nargs="*", help="tel:, callto: or sip: links to dial")
    parser.add_argument("--check", action="store_true", help="run the diagnostics and exit")
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="build and show the window once, then exit 0 (bundle test)",
    )
    parser.add_argument("--server", help="server address (prefilled at sign-in; --check)")
    parser.add_argument("--agent", help="agent ID (for --check)")
    parser.add_argument(
        "--fake-softphone",
        action="store_true",
        help="use the in-memory softphone (demos, screenshots)",
    )
    parser.add_argument(
        "--language",
        choices=["en", "zh_CN"],
        default="",
        help="user-interface language (default: as last chosen, else English)",
    )
    parser.add_argument(
        "--config-dir",
        type=Path,
        default=None,
        help="where settings are kept (default: the user's config folder)",
    )
    parser.add_argument(
        "--data-dir", type=Path, default=None, help="where the offline outbox and cache are kept"
    )
    parser.add_argument(
        "--log-level", default="warning", help="debug, info, warning (default) or error"
    )
    return parser.parse_args(argv)


def make_softphone(fake: bool) -> Softphone:
    if fake:
        from agent_desktop.softphone.fake import FakeSoftphone

        return FakeSoftphone()
    from agent_desktop.softphone.pjsua_phone import CODECS, EngineOptions, PjsuaSoftphone

    phone = PjsuaSoftphone(EngineOptions())
    phone.codecs = list(CODECS)  # type: ignore[attr-defined]  # reported by --check
    return phone


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    logging.basicConfig(
        level=args.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    numbers: list[str] = []
    for link in args.links:
        if not is_link(link):
            print(f"agent-desktop: not a tel:/callto:/sip: link: {link}", file=sys.stderr)
            return 2
        if not args.check:
            try:
                numbers.append(number_from_link(link))
            except BadLink as exc:
                print(f"agent-desktop: {exc}", file=sys.stderr)
                return 2
    if args.check:
        return run_check(args)
    if args.smoke:
        return run_smoke(args)
    return run_gui(args, numbers)


def run_smoke(args: argparse.Namespace) -> int:
    """Build the whole window in a throw-away configuration, show it, process events, exit:
    proves a frozen bundle has its Qt plugins, resources and catalogues."""
    import tempfile

    from PySide6.QtWidgets import QApplication

    from agent_desktop.app.wiring import build_desktop
    from agent_desktop.platform.autostart import XdgAutostart

    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        desktop = build_desktop(
            make_softphone(args.fake_softphone),
            base / "config",
            base / "data",
            language=args.language or "en",
            autostart=XdgAutostart(base / "xdg"),
        )
        desktop.window.show()
        app.processEvents()
        ok = desktop.window.isVisible()
        desktop.pump.stop()
        desktop.integration.close()
        desktop.outbox.close()
        desktop.softphone.close()
        desktop.window.close()
        app.processEvents()
    print("smoke: window shown" if ok else "smoke: the window did not show")
    return 0 if ok else 1


def run_check(args: argparse.Namespace) -> int:
    from agent_desktop.platform.check import run_check as check

    if not args.server or not args.agent:
        print("agent-desktop --check needs --server URL and --agent ID", file=sys.stderr)
        return 2
    report = asyncio.run(
        check(args.server, args.agent, lambda: make_softphone(args.fake_softphone), args.links)
    )
    report.print(sys.stdout)
    return 0 if report.ok else 1


def run_gui(args: argparse.Namespace, numbers: list[str]) -> int:
    from PySide6.QtWidgets import QApplication

    from agent_desktop.app.wiring import build_desktop
    from agent_desktop.platform import qloop
    from agent_desktop.platform.collector import MainThreadCollector
    from agent_desktop.single_instance import InstanceServer, forward, instance_name

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Agent workstation")
    collector = MainThreadCollector(parent=app)  # no garbage collection on pjsua2's threads
    collector.start()
    config_dir = args.config_dir or default_config_dir()
    name = instance_name(config_dir)
    if forward(name, list(args.links)):
        log.info("handed %s to the running agent desktop", args.links or "nothing")
        return 0  # the running instance dials and comes to the front
    stop = _QuitOnSignal()  # Ctrl-C in a terminal, SIGTERM from a session or a launcher
    instance = InstanceServer(name)
    instance.listen()
    sys.excepthook = _log_excepthook

    async def run() -> None:
        quitting = asyncio.Event()
        app.aboutToQuit.connect(quitting.set)
        stop.bind(quitting.set)
        desktop = build_desktop(
            make_softphone(args.fake_softphone),
            config_dir,
            args.data_dir or default_data_dir(),
            language=args.language,
            server_url=args.server,
        )
        built.append(desktop)
        instance.links_received.connect(desktop.links.open)
        # Qt must never stop the loop on its own: the shutdown below runs first (pjsua2
        # torn down after the loop has stopped aborts in pjmedia). Closing the window
        # hides it to the tray when there is one, else it quits like Session → Quit.
        app.setQuitOnLastWindowClosed(False)
        desktop.window.quit_requested.connect(quitting.set)
        if not desktop.integration.tray.available:
            app.lastWindowClosed.connect(quitting.set)
        desktop.window.show()
        log.info("agent desktop running (pid %d)", os.getpid())
        if numbers:
            desktop.links.open(list(args.links))
        await quitting.wait()
        log.info("quitting: signing out and closing the softphone")
        instance.close()
        await desktop.close()

    built: list[Any] = []
    try:
        with contextlib.suppress(asyncio.CancelledError):
            qloop.run(run())
    finally:
        for desktop in built:  # the loop stopped early (e.g. the session manager quit Qt)
            desktop.softphone.close()  # idempotent; pjsua2 must go before interpreter exit
    stop.release()
    collector.stop()
    log.info("agent desktop stopped")
    return 0


class _QuitOnSignal:
    """SIGINT and SIGTERM quit the way the Quit menu does: sign out, close the softphone
    (pjsua2 must be destroyed before its audio ports), flush the outbox, exit 0.

    Python runs a signal handler only between bytecodes of the main thread, and Qt's event
    loop can sit in C++ for a long time, so a light timer gives Python a turn 4× a second.
    A signal that arrives before the loop runs is remembered and acted on at `bind`.
    """

    SIGNALS = ("SIGINT", "SIGTERM")

    def __init__(self) -> None:
        import signal

        from PySide6.QtCore import QTimer

        self._requested = False
        self._quit: Callable[[], None] | None = None
        self._previous = {
            name: signal.signal(getattr(signal, name), self._on_signal) for name in self.SIGNALS
        }
        self._timer = QTimer()
        self._timer.setInterval(250)
        self._timer.timeout.connect(lambda: None)
        self._timer.start()

    def _on_signal(self, signum: int, frame: object) -> None:
        log.info("signal %d: quitting", signum)
        self._requested = True
        if self._quit is not None:
            self._quit()

    def bind(self, quit_: Callable[[], None]) -> None:
        self._quit = quit_
        if self._requested:
            quit_()

    def release(self) -> None:
        import signal

        self._timer.stop()
        for name, handler in self._previous.items():
            signal.signal(getattr(signal, name), handler)


def _log_excepthook(kind: type[BaseException], value: BaseException, tb: object) -> None:
    log.error("unhandled exception", exc_info=(kind, value, tb))  # type: ignore[arg-type]


if __name__ == "__main__":
    sys.exit(main())

"""Render the desktop's main states offscreen into docs/screenshots/*.png.

Uses a real coordinator in-process (demo data), the FakeSoftphone, and an in-memory
keyring. Run: QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_screenshots.py

The default is the smallest screen we support, 1366×768, at scale 1. `--size 1920x1080`
checks a full-HD screen and `--scale 2` a high-DPI one (Qt's device-independent pixels:
1366×768 at scale 2 is a 2732×1536 image, as on a 200 % Windows display); those go into
a subfolder named after the variant, e.g. docs/screenshots/1920x1080/ or 1366x768@2x/.
The committed variants: `--size 1920x1080 --languages en` and `--scale 2 --languages zh_CN`.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
OUT = Path(__file__).resolve().parent
SIZE = (1366, 768)

import keyring  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from agent_desktop.app.wiring import Desktop, build_desktop  # noqa: E402
from agent_desktop.platform import qloop  # noqa: E402
from agent_desktop.softphone.fake import FakeSoftphone  # noqa: E402
from tests.desktop.conftest import LiveServer, MemoryKeyring  # noqa: E402


async def until(predicate: Callable[[], object], timeout: float = 15) -> None:
    async with asyncio.timeout(timeout):
        while not predicate():
            await asyncio.sleep(0.02)


LANGUAGES = ("en", "zh_CN")


async def shoot(desktop: Desktop, name: str, language: str) -> None:
    if language not in LANGUAGES:
        return
    desktop.translations.set_language(language)
    await asyncio.sleep(0.3)  # LanguageChange events and layouts settle
    path = OUT / f"{name}_{language}.png"
    desktop.window.grab().save(str(path))
    print("wrote", path.relative_to(ROOT))


async def scenes(server: LiveServer, data: Path) -> None:
    desktop = build_desktop(FakeSoftphone(), data / "config", data / "data", language="en")
    window = desktop.window
    window.resize(*SIZE)
    window.show()
    ui = window.sign_in.ui
    ui.serverEdit.setText(server.url)
    ui.agentEdit.setText("1002")
    for language in ("en", "zh_CN"):
        await shoot(desktop, "01_signed_out", language)
    desktop.translations.set_language("en")
    await desktop.session.sign_in_async(server.url, "1002", "demo", False)
    await until(lambda: desktop.session.connected)
    desktop.state.set_ready()
    await until(lambda: desktop.state.status == "ready")
    kb = desktop.knowledge.panel
    assert kb is not None
    await until(lambda: kb.tree.topLevelItemCount() > 0)
    for language in ("en", "zh_CN"):
        await shoot(desktop, "02_ready", language)

    acd = server.services.acd  # type: ignore[union-attr]
    call = server.call(acd.call_arrived("13800138000", "4008001000"))
    server.call(acd.enqueue(call.id, "sales", ivr_path=["1"]))
    await until(lambda: desktop.calls.phase == "ringing")
    desktop.softphone.simulate_incoming_call(  # type: ignore[attr-defined]
        headers={"X-Call-Id": call.id, "X-Queue": "sales"}
    )
    await until(lambda: desktop.calls.sip_call_id)
    await until(lambda: kb.results.count() > 0)  # suggestions for the sales line, IVR 1
    for language in ("en", "zh_CN"):
        await shoot(desktop, "03_ringing_pop", language)

    desktop.calls.answer()
    server.call(acd.agent_answered(call.id, "1002"))
    await until(lambda: desktop.calls.phase == "on_call")
    await asyncio.sleep(1.2)  # the call timer shows a running call
    for language in ("en", "zh_CN"):
        await shoot(desktop, "04_on_call", language)

    desktop.calls.hang_up()
    server.call(acd.agent_hung_up(call.id))
    await until(lambda: desktop.wrap_up.call_id == call.id)
    panel = window.wrap_up_panel
    panel.ui.dispositionCombo.setCurrentIndex(panel.ui.dispositionCombo.findData("sale"))
    panel.ui.noteEdit.setPlainText("客户订购两台设备，周五送货。Ordered two units, Friday.")
    for language in ("en", "zh_CN"):
        await shoot(desktop, "05_wrap_up", language)

    server.stop()
    await until(lambda: window.banner.isVisible())
    for language in ("en", "zh_CN"):
        await shoot(desktop, "06_reconnecting", language)
    server.start()
    await until(lambda: desktop.session.connected)

    # a lead: the supervisor tab next to the calls page
    await desktop.session.sign_out_async()
    await desktop.session.sign_in_async(server.url, "9001", "demo", False)
    await until(lambda: desktop.session.connected and desktop.supervisor.tab is not None)
    supervisor = desktop.supervisor
    assert supervisor.tab is not None and supervisor.presenter is not None
    window.work_tabs.setCurrentWidget(supervisor.tab)
    window.side_dock.hide()  # the wallboard wants the width (the dock is closable)
    presenter = supervisor.presenter
    await until(lambda: presenter.agents.rowCount() > 0)
    for language in ("en", "zh_CN"):
        await shoot(desktop, "07_supervisor", language)
    await desktop.close()


def main() -> int:
    global OUT, SIZE, LANGUAGES
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="1366x768", help="window size WxH (logical pixels)")
    parser.add_argument("--scale", type=float, default=1.0, help="device pixel ratio")
    parser.add_argument("--languages", default="en,zh_CN", help="comma-separated")
    args = parser.parse_args()
    LANGUAGES = tuple(args.languages.split(","))
    width, height = (int(v) for v in args.size.lower().split("x"))
    SIZE = (width, height)
    if args.scale != 1.0:
        os.environ["QT_SCALE_FACTOR"] = f"{args.scale:g}"  # read when QApplication starts
    if (width, height) != (1366, 768) or args.scale != 1.0:
        variant = f"{width}x{height}" + (f"@{args.scale:g}x" if args.scale != 1.0 else "")
        OUT = OUT / variant
        OUT.mkdir(exist_ok=True)
    keyring.set_keyring(MemoryKeyring())
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        server = LiveServer(Path(tmp) / "server")
        server.start()
        try:
            qloop.run(scenes(server, Path(tmp)))
        finally:
            server.stop()
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())

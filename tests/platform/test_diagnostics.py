"""Diagnostics data (versions, pjsua2 build, audio, server) and the page that shows it."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import PySide6
import pytest
from PySide6.QtCore import qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton, QTableWidget

from agent_desktop.platform import diagnostics
from agent_desktop.platform.check import CheckItem, CheckReport
from agent_desktop.platform.diagnostics_page import DiagnosticsPage
from agent_desktop.softphone.fake import FakeSoftphone
from tests.desktop.conftest import LiveServer


@pytest.fixture
def server(tmp_path: Path) -> Iterator[LiveServer]:
    live = LiveServer(tmp_path / "server")
    live.start()
    yield live
    live.stop()


def test_pjsua2_build_of_the_linux_wheel_has_tls_and_srtp() -> None:
    build = diagnostics.pjsua2_build()
    assert build.binary.startswith("_pjsua2") and build.version.startswith("2.")
    if sys.platform == "linux":  # the Windows wheels are built without TLS (research §0)
        assert build.tls is True and build.srtp is True


def test_security_items_say_what_is_missing() -> None:
    build = diagnostics.Pjsua2Build("2.15", "_pjsua2.pyd", tls=False, srtp=True, dtls_srtp=False)
    items = {i.name: i for i in diagnostics.security_items(build)}
    assert not items["tls"].ok and items["tls"].detail == "no"
    assert items["srtp"].ok and items["srtp"].detail == "yes (SDES)"


def test_audio_items_from_the_softphone() -> None:
    items = {i.name: i for i in diagnostics.audio_items(FakeSoftphone(), ["PCMA/8000/1"])}
    assert items["codecs"].detail == "PCMA/8000/1"
    assert {"inputs", "outputs"} <= set(items)
    assert [i.ok for i in diagnostics.audio_items(None)] == [False, False, False]


async def test_server_reachability(server: LiveServer) -> None:
    item = await diagnostics.server_item(server.url)
    assert item.ok, item.detail
    assert "ok, version" in item.detail and item.detail.startswith("http://127.0.0.1:")


async def test_unreachable_and_bad_servers() -> None:
    from tests.installer.conftest import free_port

    item = await diagnostics.server_item(f"127.0.0.1:{free_port()}", timeout=2)
    assert not item.ok and "127.0.0.1" in item.detail
    assert not (await diagnostics.server_item("ftp://x")).ok


def report() -> CheckReport:
    return CheckReport(
        [
            CheckItem("app", True, "0.1.0"),
            CheckItem("inputs", False, ""),
            CheckItem("tls", False, "no"),
            CheckItem("srtp", True, "yes (SDES)"),
        ]
    )


def test_page_shows_items_and_copies_the_report(qtbot: Any) -> None:
    page = DiagnosticsPage()
    qtbot.addWidget(page)
    page.set_report(report())
    table = page.findChild(QTableWidget)
    assert table.rowCount() == 4
    assert [table.item(r, 0).text() for r in range(4)] == [
        "Agent workstation",
        "Microphones",
        "SIP over TLS",
        "Encrypted audio (SRTP)",
    ]
    assert table.item(1, 1).text() == "Problem" and table.item(1, 2).text() == "none found"
    assert table.item(3, 2).text() == "available (SDES)"
    with qtbot.waitSignal(page.copied) as blocker:
        qtbot.mouseClick(
            page.findChild(QPushButton, "copyButton"), PySide6.QtCore.Qt.MouseButton.LeftButton
        )
    assert blocker.args[0] == (
        "[PASS] app: 0.1.0\n[FAIL] inputs: none\n[FAIL] tls: no\n[PASS] srtp: yes (SDES)\n"
    )
    assert QGuiApplication.clipboard().text() == blocker.args[0]


def test_page_refresh_gathers_real_data(qtbot: Any, server: LiveServer) -> None:
    async def gather() -> CheckReport:
        return await diagnostics.collect(
            server.url, FakeSoftphone(), qVersion(), PySide6.__version__, ["G722/16000/1"]
        )

    page = DiagnosticsPage(gather)
    qtbot.addWidget(page)
    asyncio.run(page.refresh())
    names = [i.name for i in page.report.items]
    assert names == [
        "app",
        "python",
        "qt",
        "pjsua2",
        "os",
        "inputs",
        "outputs",
        "codecs",
        "tls",
        "srtp",
        "server",
    ]
    assert page.report.items[-1].ok
    assert page.findChild(QPushButton, "refreshButton").isEnabled()


def test_page_in_chinese(qtbot: Any, zh_cn: None) -> None:
    page = DiagnosticsPage()
    qtbot.addWidget(page)
    page.set_report(report())
    table = page.findChild(QTableWidget)
    assert table.horizontalHeaderItem(0).text() == "检查项"
    assert table.item(2, 0).text() == "SIP over TLS 加密信令"
    assert table.item(2, 2).text() == "此版本不支持"
    assert page.findChild(QPushButton, "copyButton").text() == "复制到剪贴板(&C)"
    assert "[FAIL] tls: no" in page.report_text()  # support gets the English report

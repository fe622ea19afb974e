"""The flow editor (IVR designer) in the Admin tab against the real coordinator: the demo
menu as a tree, simulate, a wrong queue shown on its node after Save, fixed, saved and
published; rendered at 1366×768 in English and Chinese (PNGs to $FLOW_SCREENSHOTS)."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QComboBox, QTreeWidgetItem

from agent_desktop.flows.page import FlowsPage
from agent_desktop.views.style import STYLESHEET
from server_stub.store import flows as flow_store
from tests.desktop.conftest import LiveServer, run_until
from tests.desktop.test_admin_tab import admin_tab

pytestmark = pytest.mark.ui


def _items(page: FlowsPage) -> dict[str, QTreeWidgetItem]:
    found: dict[str, QTreeWidgetItem] = {}
    todo = [page.tree.topLevelItem(i) for i in range(page.tree.topLevelItemCount())]
    while todo:
        item = todo.pop(0)
        node = item.data(0, 0x0100)  # Qt.UserRole
        if not item.text(0).startswith(("↩", "⚠ ↩")):
            found.setdefault(str(node), item)
        todo += [item.child(i) for i in range(item.childCount())]
    return found


def test_flow_editor_shows_simulates_marks_problems_saves_and_publishes(
    loop: Any, desktop: Any, live_server: LiveServer, tmp_path: Path
) -> None:
    out = Path(os.environ.get("FLOW_SCREENSHOTS", "") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    tab = admin_tab(loop, desktop, live_server)
    [page] = tab.extra
    assert isinstance(page, FlowsPage)
    tab.pages.setCurrentWidget(page)
    assert tab.pages.tabText(tab.pages.indexOf(page)) == "Flows"
    flows = page.presenter
    run_until(loop, lambda: flows.current is not None, what="flows loaded")
    assert flows.current is not None and flows.current["id"] == "main_menu"
    items = _items(page)
    assert set(items) == {"welcome", "support_menu", "sales", "support"}
    assert items["support_menu"].parent() is items["welcome"]
    assert "4008001000" in page.version_label.text()

    # simulate 2 then 1: the support menu, then the support queue
    page.keys.setText("2, 1")
    page.simulate_button.click()
    run_until(loop, lambda: "Outcome" in page.result.toPlainText(), what="simulated")
    assert "Outcome: queue queue=support" in page.result.toPlainText()
    assert "2. support_menu (Menu)" in page.result.toPlainText()

    # a wrong queue: Save is refused and the node is marked with the server's words
    page.tree.setCurrentItem(items["sales"])
    editor = page._editors["queue"][1]
    assert isinstance(editor, QComboBox) and editor.currentText() == "sales"
    editor.setCurrentText("no_such_queue")
    page.apply_button.click()
    page.save_button.click()
    run_until(loop, lambda: "sales" in flows.problems, what="problem shown")
    marked = _items(page)["sales"]
    assert marked.text(0).startswith("⚠") and "unknown queue" in marked.toolTip(0)
    assert "unknown queue 'no_such_queue'" in page.problem_label.text()
    page.setStyleSheet(STYLESHEET)
    tab.resize(1366, 700)
    assert page.grab().save(str(out / "flow_editor_problem_en.png"))

    # fixed, saved as version 2, published
    page.tree.setCurrentItem(_items(page)["sales"])
    page._editors["queue"][1].setCurrentText("sales")  # type: ignore[union-attr]
    page.apply_button.click()
    page.save_button.click()
    run_until(loop, lambda: (flows.current or {}).get("latest_version") == 2, what="saved")
    assert flows.problems == {}
    assert page.version_box.currentData() == 2  # the latest first
    page.publish_button.click()
    run_until(loop, lambda: (flows.current or {}).get("published_version") == 2, what="published")
    # roll back to version 1, then forward again
    page.version_box.setCurrentIndex(page.version_box.findData(1))
    page.publish_button.click()
    run_until(loop, lambda: (flows.current or {}).get("published_version") == 1, what="rollback")
    page.publish_button.click()  # the list shows the latest first again
    run_until(loop, lambda: (flows.current or {}).get("published_version") == 2, what="forward")
    # 强制处理: force the office group closed; the server has it
    assert "No time group is forced." in page.override_label.text()
    page.group_box.setCurrentText("office")
    page.state_box.setCurrentIndex(page.state_box.findData("closed"))
    page.force_button.click()
    run_until(loop, lambda: bool(flows.overrides), what="forced")
    assert page.override_label.text() == "office forced: Closed"
    assert live_server.services is not None
    on_server = live_server.services.runner.run_sync(lambda s: flow_store.overrides(s))
    assert on_server["office"]["state"] == "closed" and on_server["office"]["set_by"] == "9000"
    translations = desktop.translations
    try:
        for code in ("en", "zh_CN"):
            assert translations.set_language(code)
            loop.run_until_complete(asyncio.sleep(0.2))
            page.tree.setCurrentItem(_items(page)["welcome"])
            assert page.grab().save(str(out / f"flow_editor_{code}.png"))
        page.lift_button.click()
        run_until(loop, lambda: not flows.overrides, what="lifted")
        assert tab.pages.tabText(tab.pages.indexOf(page)) == "呼叫流程"
        assert page.simulate_button.text() == "模拟"
        assert page.publish_button.text() == "发布"
    finally:
        translations.set_language("en")

"""A lead manages customers from the Customers tab against a live server, without curl:
transfers the selected customers to an agent, exports CSV and Excel, imports a file (a
refused one lists its bad lines and writes nothing) and merges a duplicate found by
search into the open customer. Only the OS file dialogs are patched. Rendered in English
and Chinese at 1366×768; PNGs go to $CRM_SCREENSHOTS (default: the test's folder)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QFileDialog

from tests.desktop.conftest import LiveServer, run_until, sign_in

pytestmark = pytest.mark.ui


def _count(server: LiveServer, q: str) -> int:
    return int(server.get(f"/customers?q={q}")["total"])


def test_lead_transfers_exports_imports_and_merges(
    loop: Any, desktop: Any, live_server: LiveServer, tmp_path: Path, monkeypatch: Any
) -> None:
    out = Path(os.environ.get("CRM_SCREENSHOTS", "") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    sign_in(loop, desktop, live_server, agent_id="9001")
    window, host = desktop.window, desktop.crm
    tab, presenter = host.tab, host.presenter
    assert tab is not None and presenter is not None and presenter.manager
    assert not tab.manage_box.isHidden() and not tab.merge_box.isHidden()
    window.work_tabs.setCurrentIndex(window.work_tabs.indexOf(tab))
    run_until(loop, lambda: tab.transfer_combo.count() > 1, what="the agents to transfer to")
    run_until(loop, lambda: presenter.results.rowCount() > 0, what="the first page")

    # transfer: nothing selected is refused in words; then 张伟 goes to 王强 (1002)
    tab.transfer_button.click()
    assert tab.message_label.text() == "Select one or more customers first."
    tab.search_edit.setText("张伟")
    tab.search_edit.returnPressed.emit()
    run_until(
        loop,
        lambda: [c.name for c in presenter.results.customers] == ["张伟"],
        what="张伟 found",
    )
    row = 0
    zhang = presenter.results.customers[row].id
    tab.results_view.selectionModel().select(
        presenter.results.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert tab.selected_ids() == [zhang]
    tab.transfer_combo.setCurrentIndex(tab.transfer_combo.findData("9000"))  # in no team
    tab.transfer_button.click()
    run_until(loop, lambda: "9000" in tab.message_label.text(), what="the refusal shown")
    assert tab.message_label.text() == "agent 9000 is outside your teams"
    assert live_server.get(f"/customers/{zhang}")["owner_id"] is None  # nothing changed
    tab.transfer_combo.setCurrentIndex(tab.transfer_combo.findData("1002"))
    assert tab.transfer_combo.currentText() == "王强 Wang Qiang · 1002"
    tab.transfer_button.click()
    run_until(loop, lambda: "transferred" in tab.message_label.text(), what="transfer shown")
    assert tab.message_label.text() == "1 customer(s) transferred to 1002."
    assert live_server.get(f"/customers/{zhang}")["owner_id"] == "1002"

    # export: Excel and CSV through the (patched) save dialog
    for name, chosen in (("all.xlsx", "Excel (*.xlsx)"), ("all", "CSV (*.csv)")):
        target = tmp_path / name
        monkeypatch.setattr(
            QFileDialog, "getSaveFileName", lambda *_a, t=target, c=chosen, **_k: (str(t), c)
        )
        tab.export_button.click()
        run_until(loop, lambda: tab.message_label.text().startswith("Exported to"))
    nowhere = tmp_path / "missing" / "all.csv"  # a folder that is not there: said, no file
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(nowhere), ""))
    tab.export_button.click()
    run_until(loop, lambda: tab.message_label.text().startswith("Cannot write"))
    assert not nowhere.parent.exists()
    assert (tmp_path / "all.xlsx").read_bytes()[:2] == b"PK"  # a zip: an Excel workbook
    exported = (tmp_path / "all.csv").read_text("utf-8-sig")
    assert "张伟" in exported and "13800138000" in exported

    # import: one bad line refuses the file, lists the line, writes nothing
    bad = tmp_path / "bad.csv"
    bad.write_text("姓名,电话\n赵一,13900000009\n李九,12ab\n,13900000008\n", "utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(bad), ""))
    tab.import_button.click()
    run_until(loop, lambda: tab.import_errors.count() > 0, what="the bad lines listed")
    lines = [tab.import_errors.item(i).text() for i in range(tab.import_errors.count())]
    assert len(lines) == 2 and lines[0].startswith("Line 3 · phones: ")
    assert lines[1].startswith("Line 4 · name: ")
    assert tab.message_label.text() == "Nothing was imported: 2 line(s) are bad."
    assert not tab.import_errors.isHidden() and _count(live_server, "赵一") == 0
    window.resize(1366, 768)
    assert window.grab().save(str(out / "customers_import_refused_en.png"))
    gone = tmp_path / "gone.csv"  # deleted after it was picked: said, nothing sent
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(gone), ""))
    tab.import_button.click()
    run_until(loop, lambda: tab.message_label.text().startswith("Cannot read"))
    assert tab.import_errors.isHidden()
    good = tmp_path / "good.csv"
    good.write_text("姓名,电话\n赵一,13900000009\n", "utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(good), ""))
    tab.import_button.click()
    run_until(loop, lambda: "imported" in tab.message_label.text(), what="imported")
    assert tab.message_label.text() == "1 customer(s) imported."
    assert tab.import_errors.isHidden() and _count(live_server, "赵一") == 1

    # merge: open 张伟, find 赵一, confirm; 赵一 is gone and his number is 张伟's
    tab.results_view.clicked.emit(presenter.results.index(row, 0))
    run_until(loop, lambda: presenter.customer is not None or tab.message_label.text() != "")
    assert presenter.customer is not None, tab.message_label.text()
    assert presenter.customer.id == zhang
    tab.merge_edit.setText("赵一")
    tab.merge_edit.returnPressed.emit()
    run_until(loop, lambda: tab.merge_combo.count() == 1, what="the duplicate found")
    assert tab.merge_combo.currentText() == f"赵一 #{tab.merge_combo.currentData()} · 13900000009"
    tab.merge_button.click()
    assert not tab.merge_confirm_button.isHidden()
    assert tab.merge_confirm_label.text().startswith("Merge 赵一 #")
    window.resize(1366, 768)
    assert window.grab().save(str(out / "customers_manage_en.png"))
    desktop.window.language_actions["zh_CN"].trigger()
    run_until(loop, lambda: tab.merge_confirm_button.text() == "合并", what="zh texts")
    assert tab.transfer_button.text() == "转移所选" and tab.import_errors.isHidden()
    assert not tab.merge_confirm_button.isHidden()  # still asking, now in Chinese
    assert tab.merge_confirm_label.text().startswith("将 赵一 #")
    bar = tab.card_scroll.verticalScrollBar()  # the re-laid-out card: show its foot
    bar.setValue(bar.maximum())
    assert window.grab().save(str(out / "customers_manage_zh_CN.png"))
    desktop.window.language_actions["en"].trigger()
    tab.merge_confirm_button.click()
    run_until(loop, lambda: tab.message_label.text() == "Merged.", what="merged")
    assert _count(live_server, "赵一") == 0
    assert "13900000009" in live_server.get(f"/customers/{zhang}")["phones"]
    assert "13900000009" in presenter.customer.phones


def test_agent_has_no_management(loop: Any, desktop: Any, live_server: LiveServer) -> None:
    sign_in(loop, desktop, live_server, agent_id="1001")
    tab, presenter = desktop.crm.tab, desktop.crm.presenter
    assert tab is not None and presenter is not None and not presenter.manager
    assert tab.manage_box.isHidden() and tab.merge_box.isHidden()

"""The Admin tab's widgets over a fake API (one layer), driven with pytest-qt: a server
field error appears under its field, search filters, import marks bad rows, a lead's
pages are read-only, the password dialog's errors sit at their fields."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from agent_desktop.admin.dialogs import PasswordDialog
from agent_desktop.admin.editors import SkillsEditor
from agent_desktop.admin.password import PasswordPresenter
from agent_desktop.admin.presenter import AdminPresenter
from agent_desktop.admin.resources import permissions_of
from agent_desktop.admin.tab import AdminTab
from agent_desktop.cti import ApiError
from agent_desktop.presenters.tasks import TaskRunner
from tests.admin_tab.conftest import FakeAdminApi
from tests.desktop.conftest import run_until

pytestmark = pytest.mark.ui


def make_tab(
    qtbot: Any, loop: asyncio.AbstractEventLoop, api: FakeAdminApi, role: str = "admin"
) -> AdminTab:
    tasks = TaskRunner()
    presenter = AdminPresenter(api, tasks, permissions_of(role))
    tab = AdminTab(presenter, tasks)
    qtbot.addWidget(tab)
    tab.resize(1366, 768)
    tab.show()
    loaded: set[str] = set()
    presenter.loaded.connect(loaded.add)
    presenter.start()
    run_until(loop, lambda: len(loaded) == len(presenter.specs), what="collections loaded")
    return tab


def type_into(editor: Any, text: str) -> None:
    assert isinstance(editor, QLineEdit)
    editor.setText(text)


def test_server_field_error_appears_under_its_field(
    qtbot: Any, loop: Any, fake_api: FakeAdminApi
) -> None:
    tab = make_tab(qtbot, loop, fake_api)
    page = tab.page["agents"]
    page.new_button.click()
    form = page.form
    type_into(form.editors["agent_id"], "1001")
    type_into(form.editors["name"], "王芳")
    fake_api.fail_next = ApiError(
        409,
        "duplicate_id",
        "agent 1001 exists",
        [{"field": "agent_id", "message": "ID 1001 is taken"}],
    )
    page.save_button.click()
    error = form.errors["agent_id"]
    run_until(loop, error.isVisible, what="the agent ID's error")
    assert error.text() == "ID 1001 is taken"
    assert error.parentWidget() is form.editors["agent_id"].parentWidget()  # same cell
    assert not form.errors["name"].isVisible()
    assert tab.message_label.text() == "Not saved: agent 1001 exists"
    assert page.model.rowCount() == 1

    type_into(form.editors["agent_id"], "2001")
    page.save_button.click()
    run_until(loop, lambda: page.model.rowCount() == 2, what="agent 2001 added")
    assert not error.isVisible()
    assert page.selected_key() == "2001" and page.form_title.text() == "Edit 2001"
    assert fake_api.requests[-1][2]["agent_id"] == "2001"


def test_required_field_is_flagged_without_asking_the_server(
    qtbot: Any, loop: Any, fake_api: FakeAdminApi
) -> None:
    tab = make_tab(qtbot, loop, fake_api)
    page = tab.page["teams"]
    tab.pages.setCurrentWidget(page)
    page.new_button.click()
    page.save_button.click()
    run_until(loop, page.form.errors["name"].isVisible, what="required error")
    assert page.form.errors["display_name"].text() == "Required"
    assert fake_api.requests == []


def test_search_filters_the_table(qtbot: Any, loop: Any, fake_api: FakeAdminApi) -> None:
    fake_api.data["agents"]["1002"] = {"agent_id": "1002", "name": "张伟", "role": "lead"}
    tab = make_tab(qtbot, loop, fake_api)
    page = tab.page["agents"]
    assert page.proxy.rowCount() == 2
    page.search_edit.setText("张")
    assert page.proxy.rowCount() == 1 and page.proxy.index(0, 0).data() == "1002"
    assert page.count_label.text() == "1 of 2 shown"


def test_edit_keeps_the_key_fixed_and_sends_a_patch(
    qtbot: Any, loop: Any, fake_api: FakeAdminApi
) -> None:
    tab = make_tab(qtbot, loop, fake_api)
    page = tab.page["queues"]
    tab.pages.setCurrentWidget(page)
    page.select("sales")
    assert not page.form.editors["name"].isEnabled()
    strategy = page.form.editors["strategy"]
    assert isinstance(strategy, QComboBox)
    strategy.setCurrentIndex(strategy.findData("round-robin"))
    page.save_button.click()
    run_until(loop, lambda: fake_api.requests, what="PATCH sent")
    method, path, body = fake_api.requests[-1]
    assert (method, path) == ("PATCH", "queues/sales") and "name" not in body
    assert body["strategy"] == "round-robin"


def test_import_preview_shows_bad_rows_with_line_numbers(
    qtbot: Any, loop: Any, fake_api: FakeAdminApi, tmp_path: Path
) -> None:
    source = tmp_path / "agents.csv"
    source.write_text("agent_id,name,role\n2001,王芳,agent\n2002,张伟,boss\n", encoding="utf-8")
    tab = make_tab(qtbot, loop, fake_api)
    dialog = tab.page["agents"].open_import()  # type: ignore[attr-defined]
    dialog.open_file(source)
    model = dialog.presenter.model
    assert model.rowCount() == 2 and dialog.ui.saveButton.isEnabled()
    fake_api.fail_next = ApiError(
        422,
        "invalid_rows",
        "1 bad row",
        [{"line": 3, "field": "role", "message": "unknown role boss"}],
    )
    dialog.ui.saveButton.click()
    run_until(loop, lambda: model.bad_lines == [3], what="row errors shown")
    assert model.index(1, 0).data() == 3
    assert model.index(1, model.columnCount() - 1).data() == "Role: unknown role boss"
    assert model.index(1, 1).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(0, 1).data(Qt.ItemDataRole.BackgroundRole) is None
    assert "Rows to fix: 1" in dialog.ui.summaryLabel.text()


def test_lead_pages_are_read_only(qtbot: Any, loop: Any, fake_api: FakeAdminApi) -> None:
    tab = make_tab(qtbot, loop, fake_api, role="lead")
    assert [tab.pages.tabText(i) for i in range(tab.pages.count())] == ["Agents", "Teams", "Queues"]
    page = tab.page["agents"]
    assert not page.save_button.isVisible() and not page.new_button.isVisible()
    page.select("1001")
    assert not page.form.editors["name"].isEnabled()
    assert page.form_title.text() == "1001"
    assert tab.message_label.text().startswith("Read-only")


def test_password_dialog_puts_errors_at_their_fields(
    qtbot: Any, loop: Any, fake_api: FakeAdminApi
) -> None:
    presenter = PasswordPresenter(fake_api, TaskRunner())
    window = QWidget()  # the main window stays open (closing the last one quits)
    qtbot.addWidget(window)
    window.show()
    dialog = PasswordDialog(presenter, forced=True, parent=window)
    dialog.open()
    assert dialog.ui.cancelButton.text() == "Sign out"
    ui = dialog.ui
    ui.oldEdit.setText("old-pass")
    ui.newEdit.setText("New-pass-1")
    ui.confirmEdit.setText("New-pass-2")
    ui.saveButton.click()
    run_until(loop, ui.confirmError.isVisible, what="mismatch shown")
    assert not ui.newError.isVisible()
    fake_api.fail_next = ApiError(
        422,
        "weak_password",
        "too weak",
        [{"field": "new_password", "message": "at least 8 characters"}],
    )
    ui.confirmEdit.setText("New-pass-1")
    ui.saveButton.click()
    run_until(loop, ui.newError.isVisible, what="policy error shown")
    assert ui.newError.text() == "at least 8 characters" and not ui.confirmError.isVisible()
    ui.saveButton.click()
    run_until(loop, lambda: not dialog.isVisible(), what="dialog accepted")
    assert fake_api.passwords[-1] == ("old-pass", "New-pass-1")


def test_new_after_a_reload_disables_delete_and_reset(
    qtbot: Any, loop: Any, fake_api: FakeAdminApi
) -> None:
    tab = make_tab(qtbot, loop, fake_api)
    page = tab.page["agents"]
    page.select("1001")
    assert page.delete_button.isEnabled() and page.reset_button.isEnabled()  # type: ignore[attr-defined]
    reloaded: list[str] = []
    tab.presenter.loaded.connect(reloaded.append)
    tab.presenter.reload("agents")  # e.g. another admin changed an agent
    run_until(loop, lambda: "agents" in reloaded, what="agents reloaded")
    page.new_button.click()
    assert page.form.key is None
    assert not page.delete_button.isEnabled()
    assert not page.reset_button.isEnabled()  # type: ignore[attr-defined]


def test_a_message_is_cleared_when_the_admin_switches_pages(
    qtbot: Any, loop: Any, fake_api: FakeAdminApi
) -> None:
    tab = make_tab(qtbot, loop, fake_api)
    tab.presenter.message.emit("Queue sales saved.", False)
    assert tab.message_label.text() == "Queue sales saved."
    tab.pages.setCurrentWidget(tab.page["teams"])
    assert tab.message_label.text() == ""


def test_skills_show_queue_names_with_the_id_as_tooltip(
    qtbot: Any, loop: Any, fake_api: FakeAdminApi
) -> None:
    tab = make_tab(qtbot, loop, fake_api)
    page = tab.page["agents"]
    page.select("1001")
    skills = page.form.editors["skills"]
    assert isinstance(skills, SkillsEditor)
    item = skills.item(0, 0)
    assert item is not None
    assert (item.text(), item.toolTip()) == ("Sales", "sales")
    assert item.checkState() == Qt.CheckState.Checked
    assert skills.value() == [{"queue": "sales", "level": 1}]  # the ID goes to the server

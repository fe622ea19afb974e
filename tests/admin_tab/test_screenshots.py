"""The Admin tab over the real coordinator, rendered at 1366×768 in English and Chinese
(live language switch): agents with the form, a queue's routing settings, a field error,
the import preview with bad rows, the forced password change, a lead's read-only view.
Set ADMIN_SCREENSHOTS=docs/screenshots to refresh the docs' copies."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from agent_desktop.admin.dialogs import PasswordDialog
from agent_desktop.admin.password import PasswordPresenter
from agent_desktop.admin.presenter import AdminPresenter
from agent_desktop.admin.resources import permissions_of
from agent_desktop.admin.tab import AdminTab
from agent_desktop.admin.texts import AdminTexts
from agent_desktop.cti import CtiClient
from agent_desktop.i18n import Translations
from agent_desktop.presenters.tasks import TaskRunner
from agent_desktop.views.style import STYLESHEET
from server_stub import demo
from tests.desktop.conftest import LiveServer, run, run_until

pytestmark = pytest.mark.ui


def signed_in(loop: Any, server: LiveServer, agent_id: str) -> CtiClient:
    client = CtiClient(server.url)
    run(loop, client.login(agent_id, demo.DEMO_PASSWORD))
    return client


def loaded_tab(qtbot: Any, loop: Any, client: CtiClient, role: str) -> AdminTab:
    tasks = TaskRunner()
    presenter = AdminPresenter(client, tasks, permissions_of(role))
    tab = AdminTab(presenter, tasks)
    tab.setStyleSheet(STYLESHEET)
    qtbot.addWidget(tab)
    tab.resize(1366, 768)
    tab.show()
    done: set[str] = set()
    presenter.loaded.connect(done.add)
    presenter.start()
    run_until(loop, lambda: len(done) == len(presenter.specs), what="collections loaded")
    return tab


def shoot(widget: QWidget, out: Path, name: str) -> None:
    QApplication.processEvents()  # pending layout requests (an error label just hidden)
    image = widget.grab()
    assert image.save(str(out / f"{name}.png")), name


def test_render_in_english_and_chinese(
    qtbot: Any, loop: Any, live_server: LiveServer, tmp_path: Path
) -> None:
    out = Path(os.environ.get("ADMIN_SCREENSHOTS", "") or tmp_path)
    admin = signed_in(loop, live_server, "9000")
    run(loop, admin.request("PATCH", "/admin/teams/team_a", json={"lead": "9001"}))
    run(loop, admin.request("PATCH", "/admin/teams/team_b", json={"lead": None}))
    lead = signed_in(loop, live_server, "9001")  # sees team_a only
    translations = Translations()
    source = tmp_path / "agents.csv"
    source.write_text(
        "agent_id,name,role,team,queues,password\n"
        "3001,赵敏,agent,team_a,sales:1,generate\n"
        "3002,钱亮,boss,team_a,sales:1,generate\n"
        "3003,孙丽,agent,team_x,nowhere:1;support:2,generate\n"
        "3004,周杰,agent,team_a,support:1,\n"
        "3005,吴敏,agent,team_a,sales:1,3005-pass\n",
        encoding="utf-8",
    )
    try:
        tab = loaded_tab(qtbot, loop, admin, "admin")
        lead_tab = loaded_tab(qtbot, loop, lead, "lead")
        agents, queues = tab.page["agents"], tab.page["queues"]
        dialog = agents.open_import()  # type: ignore[attr-defined]
        dialog.resize(1000, 560)
        dialog.open_file(source)
        dialog.ui.saveButton.click()
        run_until(loop, lambda: dialog.presenter.model.bad_lines, what="row errors")
        window = QWidget()
        qtbot.addWidget(window)
        window.show()
        password = PasswordDialog(
            PasswordPresenter(admin, TaskRunner()), forced=True, parent=window
        )
        password.setStyleSheet(STYLESHEET)
        password.open()
        for code in ("en", "zh_CN"):
            assert translations.set_language(code)
            qtbot.wait(50)  # let LanguageChange reach every widget (not an assertion)
            tab.pages.setCurrentWidget(agents)
            agents.select("1002")
            shoot(tab, out, f"admin_agents_{code}")
            agents.start_new()
            for field, text in (("agent_id", "1001"), ("name", "王芳")):
                editor = agents.form.editors[field]
                assert isinstance(editor, QLineEdit)
                editor.setText(text)
            agents.save_button.click()  # the server refuses: 1001 exists
            error = agents.form.errors["agent_id"]
            run_until(loop, error.isVisible, what="the server's field error")
            if code == "zh_CN":
                assert error.text() == "已被占用：工号“1001”"  # worded from field and value
            else:
                assert error.text() == "agent 1001 exists already"  # the server's words
            shoot(tab, out, f"admin_agent_errors_{code}")
            tab.pages.setCurrentWidget(queues)
            queues.select("support")
            shoot(tab, out, f"admin_queues_{code}")
            tab.pages.setCurrentWidget(tab.page["roles"])
            tab.page["roles"].select("lead")
            shoot(tab, out, f"admin_roles_{code}")
            shoot(dialog, out, f"admin_import_{code}")
            # a row's problems, one per line, wrap in the column: the row grows, nothing is cut
            table, model = dialog.table, dialog.presenter.model
            two = model.index(2, model.columnCount() - 1)  # line 4: team and queue
            assert two.data().count("\n") == 1
            row = dialog.proxy.mapFromSource(two).row()
            assert table.rowHeight(row) >= 2 * table.fontMetrics().height()
            width = table.fontMetrics().horizontalAdvance
            assert all(
                width(line) <= table.columnWidth(model.columnCount() - 1)
                for line in two.data().split("\n")
            )
            weak = {"field": "new_password", "rule": "too_short", "min_length": "8"}
            words = AdminTexts().error(
                "weak_password", "a password needs at least 8 characters", weak
            )
            password.show_errors({"new_password": words})
            shoot(password, out, f"admin_password_{code}")
            lead_tab.page["agents"].select("1001")
            shoot(lead_tab, out, f"admin_lead_{code}")
        assert tab.pages.tabText(0) == "座席" and queues.save_button.text() == "保存(&S)"
        assert sorted(lead_tab.page["agents"].model.keys()) == ["1001", "1002", "9001"]  # type: ignore[type-var]
        assert dialog.presenter.model.headerData(0, _horizontal()) == "行号"
    finally:
        translations.set_language("en")
        for client in (admin, lead):
            run(loop, client.close())


def _horizontal() -> Any:
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal

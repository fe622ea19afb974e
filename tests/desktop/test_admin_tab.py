"""The Admin tab against the real coordinator, driven like a user with pytest-qt: the
admin creates a queue, a number and an agent who then signs in; server field errors show
under their field; an import's bad rows show with their lines; a reset password is
changed right after the next sign-in; a lead's tab is read-only."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QMessageBox, QSpinBox

from agent_desktop.admin.editors import SkillsEditor
from agent_desktop.admin.page import ResourcePage
from agent_desktop.cti import CtiClient
from server_stub import demo
from tests.desktop.conftest import LiveServer, run, run_until, sign_in

pytestmark = pytest.mark.ui


def admin_tab(loop: Any, desktop: Any, server: LiveServer, agent_id: str = "9000") -> Any:
    sign_in(loop, desktop, server, agent_id=agent_id)
    tab = desktop.admin.tab
    assert tab is not None and desktop.window.admin_tab is tab
    desktop.window.work_tabs.setCurrentWidget(tab)
    presenter = tab.presenter
    run_until(
        loop,
        lambda: all(
            presenter.models[s.name].rowCount() > 0
            for s in presenter.specs
            if s.name in ("agents", "queues")
        ),
        what="admin collections loaded",
    )
    return tab


def open_page(tab: Any, name: str) -> ResourcePage:
    page = tab.page[name]
    tab.pages.setCurrentWidget(page)
    page.new_button.click()
    return page  # type: ignore[no-any-return]


def fill(page: ResourcePage, **values: Any) -> None:
    for name, value in values.items():
        editor = page.form.editors[name]
        if isinstance(editor, QLineEdit):
            editor.setText(value)
        elif isinstance(editor, QComboBox):
            index = editor.findData(value)
            assert index >= 0, (name, value)
            editor.setCurrentIndex(index)
        elif isinstance(editor, QCheckBox):
            editor.setChecked(value)
        elif isinstance(editor, QSpinBox):
            editor.setValue(value)
        elif isinstance(editor, SkillsEditor):
            editor.set_value(value)


def save(loop: Any, page: ResourcePage, key: str) -> None:
    saved: list[str] = []
    page.presenter.saved.connect(lambda _name, k: saved.append(k))
    page.save_button.click()
    run_until(
        loop,
        lambda: (
            key in saved
            or page.form.general_error.isVisible()
            or any(e.isVisible() for e in page.form.errors.values())
        ),
        what=f"{key} saved (or refused)",
    )
    shown = {n: e.text() for n, e in page.form.errors.items() if e.isVisible()}
    assert not shown, shown
    assert page.selected_key() == key


def test_admin_sets_up_queue_number_agent_who_signs_in(
    loop: Any, desktop: Any, live_server: LiveServer
) -> None:
    tab = admin_tab(loop, desktop, live_server)
    window = desktop.window
    assert window.work_tabs.tabText(window.work_tabs.indexOf(tab)) == "Admin"
    assert [tab.pages.tabText(i) for i in range(tab.pages.count())] == [
        "Agents",
        "Teams",
        "Queues",
        "Numbers",
        "Reason codes",
        "Dispositions",
        "Prompts",
        "Roles",
        "Webhooks",
        "Number lists",
        "Flows",
    ]

    queues = open_page(tab, "queues")
    fill(queues, name="billing", display_name="Billing 账务", strategy="round-robin")
    save(loop, queues, "billing")
    numbers = open_page(tab, "dids")
    fill(numbers, number="4008003000", name="Billing line", queue="billing")
    save(loop, numbers, "4008003000")
    agents = open_page(tab, "agents")
    skills = agents.form.editors["skills"]
    assert isinstance(skills, SkillsEditor)
    assert "billing" in [
        skills.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(skills.rowCount())
    ]  # type: ignore[union-attr]
    fill(
        agents,
        agent_id="2001",
        name="王芳",
        role="agent",
        team="team_a",
        skills=[{"queue": "billing", "level": 1}],
        password="Wang-fang-88",
        must_change_password=False,
    )
    save(loop, agents, "2001")
    row = agents.model.get("2001")
    assert row is not None and row["skills"][0]["queue"] == "billing"

    on_server = live_server.get("/admin/dids", agent_id="9000")
    assert {"number": "4008003000", "queue": "billing"}.items() <= next(
        d for d in on_server if d["number"] == "4008003000"
    ).items()
    client = CtiClient(live_server.url)  # the new agent signs in at once
    login = run(loop, client.login("2001", "Wang-fang-88"))
    run(loop, client.close())
    assert login.agent.name == "王芳" and "billing" in [q.name for q in login.queues]


def test_server_field_error_shows_next_to_its_field(
    loop: Any, desktop: Any, live_server: LiveServer
) -> None:
    tab = admin_tab(loop, desktop, live_server)
    agents = open_page(tab, "agents")
    fill(agents, agent_id="1001", name="Duplicate", password="Some-pass-99")
    agents.save_button.click()
    error = agents.form.errors["agent_id"]
    run_until(loop, error.isVisible, what="duplicate ID refused")
    assert error.text() == "agent 1001 exists already"
    assert error.parentWidget() is agents.form.editors["agent_id"].parentWidget()
    assert tab.message_label.text().startswith("Not saved:")

    numbers = open_page(tab, "dids")
    fill(numbers, number="12ab", queue="sales")
    numbers.save_button.click()
    run_until(loop, numbers.form.errors["number"].isVisible, what="bad number refused")
    assert not numbers.form.errors["queue"].isVisible()


def test_import_preview_shows_bad_rows_with_their_lines(
    loop: Any, desktop: Any, live_server: LiveServer, tmp_path: Path
) -> None:
    tab = admin_tab(loop, desktop, live_server)
    source = tmp_path / "agents.csv"
    source.write_text(
        "agent_id,name,role,team,queues,password\n"
        "3001,赵敏,agent,team_a,sales:1,generate\n"
        "3002,钱亮,boss,team_a,sales:1,generate\n"
        "3003,孙丽,agent,team_a,nowhere:1,generate\n",
        encoding="utf-8",
    )
    dialog = tab.page["agents"].open_import()
    dialog.open_file(source)
    model = dialog.presenter.model
    assert model.rowCount() == 3
    dialog.ui.saveButton.click()
    run_until(loop, lambda: model.bad_lines, what="row errors from the server")
    assert model.bad_lines == [3, 4]
    problems = {
        model.index(r, 0).data(): model.index(r, model.columnCount() - 1).data()
        for r in range(model.rowCount())
    }
    assert problems[2] == "" and problems[3].startswith("Role: ") and "nowhere" in problems[4]
    assert tab.presenter.models["agents"].get("3001") is None  # nothing written
    assert "3001" not in [a["agent_id"] for a in live_server.get("/admin/agents", "9000")]

    source.write_text(
        "agent_id,name,role,team,queues,password\n3001,赵敏,agent,team_a,sales:1,generate\n",
        encoding="utf-8",
    )
    dialog.open_file(source)
    dialog.ui.saveButton.click()
    run_until(
        loop,
        lambda: tab.presenter.models["agents"].get("3001") is not None,
        what="imported agent in the table",
    )


def test_reset_password_is_changed_at_the_next_sign_in(
    loop: Any, desktop: Any, live_server: LiveServer
) -> None:
    tab = admin_tab(loop, desktop, live_server)
    window = desktop.window
    generated: list[tuple[str, str]] = []
    tab.presenter.password_reset.connect(lambda a, p: generated.append((a, p)))
    agents = tab.page["agents"]
    agents.select("1002")
    agents.reset_button.click()  # type: ignore[attr-defined]
    agents.confirm_box.button(QMessageBox.StandardButton.Yes).click()  # type: ignore[union-attr]
    run_until(
        loop,
        lambda: (
            agents.info_box is not None  # type: ignore[attr-defined]
            and agents.info_box.isVisible()
        ),
        what="the new password shown once",
    )  # type: ignore[attr-defined]
    assert generated and generated[0][0] == "1002" and generated[0][1]
    assert generated[0][1] in agents.info_box.text()  # type: ignore[attr-defined]
    agents.info_box.accept()  # type: ignore[attr-defined]
    window.sign_out_action.trigger()
    run_until(loop, lambda: window.pages.currentWidget() is window.sign_in, what="signed out")

    ui = window.sign_in.ui
    ui.serverEdit.setText(live_server.url)
    ui.agentEdit.setText("1002")
    ui.passwordEdit.setText(generated[0][1])
    ui.signInButton.click()
    run_until(
        loop,
        lambda: (
            desktop.admin.password_dialog is not None and desktop.admin.password_dialog.isVisible()
        ),
        what="forced change asked",
    )
    dialog = desktop.admin.password_dialog
    assert dialog.ui.cancelButton.text() == "Sign out"
    assert window.pages.currentWidget() is window.sign_in  # no workspace before the change
    dialog.ui.oldEdit.setText(generated[0][1])
    dialog.ui.newEdit.setText("1002-short")  # has the agent ID: the server refuses it
    dialog.ui.confirmEdit.setText("1002-short")
    dialog.ui.saveButton.click()
    run_until(loop, dialog.ui.newError.isVisible, what="policy error at the new password")
    dialog.ui.newEdit.setText("Fresh-start-55")
    dialog.ui.confirmEdit.setText("Fresh-start-55")
    dialog.ui.saveButton.click()
    run_until(loop, lambda: desktop.session.connected, what="signed in with the new password")
    assert window.pages.currentWidget() is window.workspace and not dialog.isVisible()
    with httpx.Client(base_url=live_server.url + "/api/v1") as http:
        assert (
            http.post(
                "/auth/login", json={"agent_id": "1002", "password": "Fresh-start-55"}
            ).status_code
            == 200
        )


def test_lead_sees_their_teams_read_only(loop: Any, desktop: Any, live_server: LiveServer) -> None:
    with httpx.Client(base_url=live_server.url + "/api/v1") as http:  # 9001 leads team_a only
        token = http.post(
            "/auth/login", json={"agent_id": "9000", "password": demo.DEMO_PASSWORD}
        ).json()["token"]
        for team, lead in (("team_a", "9001"), ("team_b", None)):
            answer = http.patch(
                f"/admin/teams/{team}",
                json={"lead": lead},
                headers={"Authorization": f"Bearer {token}"},
            )
            assert answer.status_code == 200, answer.text
    tab = admin_tab(loop, desktop, live_server, agent_id="9001")
    assert [tab.pages.tabText(i) for i in range(tab.pages.count())] == ["Agents", "Teams", "Queues"]
    page = tab.page["agents"]
    assert sorted(page.model.keys()) == ["1001", "1002", "9001"]  # type: ignore[type-var]
    assert not page.new_button.isVisible() and not page.save_button.isVisible()
    page.select("1001")
    assert not page.form.editors["name"].isEnabled()
    assert tab.message_label.text() == "Read-only: ask an administrator for changes."


def test_prompt_upload_and_listen_back(
    loop: Any, desktop: Any, live_server: LiveServer, tmp_path: Path
) -> None:
    from tests.supervisor.conftest import write_wav

    tab = admin_tab(loop, desktop, live_server)
    page = open_page(tab, "prompts")
    page.save_button.click()
    run_until(loop, page.form.errors["file"].isVisible, what="file required")
    page.choose_file(write_wav(tmp_path / "billing_greeting.wav", seconds=2.0))  # type: ignore[attr-defined]
    assert page.form.editors["name"].text() == "billing_greeting"  # type: ignore[union-attr]
    page.save_button.click()
    run_until(loop, lambda: page.model.get("billing_greeting") is not None, what="uploaded")
    row = page.model.get("billing_greeting")
    assert row is not None and abs(row["duration_seconds"] - 2.0) < 0.2
    page.select("billing_greeting")
    page.play_button.click()  # type: ignore[attr-defined]
    player = page.player  # type: ignore[attr-defined]
    run_until(
        loop,
        lambda: player.title_label.text() == "billing_greeting",
        what="prompt fetched for the player",
    )
    run_until(loop, lambda: player.duration > 1500, what="the player read the WAV")

    bad = tmp_path / "notes.wav"
    bad.write_bytes(b"this is not audio" * 10)
    page.start_new()
    page.choose_file(bad)  # type: ignore[attr-defined]
    page.save_button.click()
    run_until(
        loop,
        lambda: page.form.errors["file"].isVisible() or page.form.general_error.isVisible(),
        what="non-audio refused",
    )
    assert page.model.get("notes") is None

    queues = tab.page["queues"]
    tab.pages.setCurrentWidget(queues)
    queues.select("sales")
    fill(queues, music_on_hold="billing_greeting")
    save(loop, queues, "sales")
    assert queues.model.get("sales")["music_on_hold"] == "billing_greeting"  # type: ignore[index]


def test_custom_role_with_permissions(loop: Any, desktop: Any, live_server: LiveServer) -> None:
    tab = admin_tab(loop, desktop, live_server)
    run_until(loop, lambda: tab.presenter.models["roles"].rowCount() >= 3, what="roles")
    page = open_page(tab, "roles")
    fill(page, name="qa_reviewer", base="lead", description="Listens, no barge")
    page.form.editors["permissions"].set_value(["view_team", "listen"])  # type: ignore[union-attr]
    save(loop, page, "qa_reviewer")
    assert set(page.model.get("qa_reviewer")["permissions"]) == {"view_team", "listen"}  # type: ignore[index]
    agents = open_page(tab, "agents")
    role = agents.form.editors["role"]
    assert isinstance(role, QComboBox) and role.findData("qa_reviewer") >= 0
    fill(
        agents,
        agent_id="2002",
        name="QA 质检",
        role="qa_reviewer",
        password="Quality-check9",
        must_change_password=False,
    )
    save(loop, agents, "2002")
    assert agents.model.get("2002")["role"] == "qa_reviewer"  # type: ignore[index]
    client = CtiClient(live_server.url)
    login = run(loop, client.login("2002", "Quality-check9"))
    run(loop, client.close())
    assert login.agent.role_name == "qa_reviewer"
    assert set(login.agent.permissions) == {"view_team", "listen"}


def test_admin_edits_an_agent(loop: Any, desktop: Any, live_server: LiveServer) -> None:
    tab = admin_tab(loop, desktop, live_server)
    agents = tab.page["agents"]
    agents.select("1003")
    assert not agents.form.editors["agent_id"].isEnabled()
    assert not agents.form.editors["password"].isVisible()  # reset from the table instead
    fill(agents, name="Emily Chen 陈", skills=[{"queue": "support", "level": 2}])
    save(loop, agents, "1003")
    row = agents.model.get("1003")
    assert row is not None and row["name"] == "Emily Chen 陈"
    assert row["skills"] == [{"queue": "support", "level": 2, "position": 1}]


def test_new_agent_without_password_gets_one_shown_once(
    loop: Any, desktop: Any, live_server: LiveServer
) -> None:
    tab = admin_tab(loop, desktop, live_server)
    agents = open_page(tab, "agents")
    fill(agents, agent_id="2003", name="林静", skills=[{"queue": "sales", "level": 1}])
    save(loop, agents, "2003")
    run_until(
        loop,
        lambda: agents.info_box is not None,  # type: ignore[attr-defined]
        what="generated password shown",
    )
    text = agents.info_box.text()  # type: ignore[attr-defined]
    password = text.split(": ", 1)[1].split("\n", 1)[0]
    assert len(password) >= 8
    client = CtiClient(live_server.url)
    login = run(loop, client.login("2003", password))
    run(loop, client.close())
    assert login.agent.must_change_password  # ticked by default: they choose their own


def test_every_user_changes_their_password_from_the_menu(
    loop: Any, desktop: Any, live_server: LiveServer
) -> None:
    sign_in(loop, desktop, live_server, agent_id="1004")
    window = desktop.window
    assert desktop.admin.tab is None and window.admin_tab is None  # an agent: no Admin tab
    action = desktop.admin.password_action
    assert action.isEnabled() and action in window.session_menu.actions()
    action.trigger()
    dialog = desktop.admin.password_dialog
    run_until(loop, dialog.isVisible, what="password dialog")
    assert dialog.ui.cancelButton.text() == "Cancel"  # not forced: cancelling is fine
    dialog.ui.oldEdit.setText("wrong-one")
    dialog.ui.newEdit.setText("Blue-sky-2026")
    dialog.ui.confirmEdit.setText("Blue-sky-2026")
    dialog.ui.saveButton.click()
    run_until(loop, dialog.ui.oldError.isVisible, what="wrong old password at its field")
    dialog.ui.oldEdit.setText(demo.DEMO_PASSWORD)
    dialog.ui.saveButton.click()
    run_until(loop, lambda: not dialog.isVisible(), what="password changed")
    assert desktop.session.connected  # the session goes on
    with httpx.Client(base_url=live_server.url + "/api/v1") as http:
        assert (
            http.post(
                "/auth/login", json={"agent_id": "1004", "password": "Blue-sky-2026"}
            ).status_code
            == 200
        )


def test_admin_tab_follows_the_language(loop: Any, desktop: Any, live_server: LiveServer) -> None:
    tab = admin_tab(loop, desktop, live_server)
    window = desktop.window
    window.language_actions["zh_CN"].trigger()
    run_until(loop, lambda: tab.pages.tabText(0) == "座席", what="admin tab in Chinese")
    assert window.work_tabs.tabText(window.work_tabs.indexOf(tab)) == "系统管理"
    assert desktop.admin.password_action.text() == "修改密码(&P)…"
    page = tab.page["agents"]
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "工号"
    assert page.form.labels["agent_id"].text() == "工号 *："
    window.language_actions["en"].trigger()
    run_until(loop, lambda: tab.pages.tabText(0) == "Agents", what="English again")
    assert page.form.labels["agent_id"].text() == "Agent ID *:"


def test_export_writes_the_import_format(
    loop: Any, desktop: Any, live_server: LiveServer, tmp_path: Path
) -> None:
    tab = admin_tab(loop, desktop, live_server)
    target = tmp_path / "staff.csv"
    assert run(loop, tab.presenter.export_agents_async(target))
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("agent_id,name,role,team,queues")
    assert any(line.startswith("1001,") for line in lines[1:])
    assert tab.message_label.text() == f"Agents exported to {target}"


def test_deleting_a_queue_a_number_uses_is_refused(
    loop: Any, desktop: Any, live_server: LiveServer
) -> None:
    tab = admin_tab(loop, desktop, live_server)
    queues = tab.page["queues"]
    tab.pages.setCurrentWidget(queues)
    queues.select("support")
    queues.delete_button.click()
    assert queues.confirm_box is not None
    queues.confirm_box.button(QMessageBox.StandardButton.Yes).click()
    run_until(
        loop, lambda: tab.message_label.text().startswith("Not deleted:"), what="delete refused"
    )
    assert "4008002000" in tab.message_label.text()
    assert queues.model.get("support") is not None
    numbers = tab.page["dids"]
    tab.pages.setCurrentWidget(numbers)
    numbers.select("4008002000")
    numbers.delete_button.click()
    assert numbers.confirm_box is not None
    numbers.confirm_box.button(QMessageBox.StandardButton.Yes).click()
    run_until(loop, lambda: numbers.model.get("4008002000") is None, what="number deleted")


def test_lists_that_show_an_agent_follow_its_changes(
    loop: Any, desktop: Any, live_server: LiveServer
) -> None:
    tab = admin_tab(loop, desktop, live_server)
    queues = tab.presenter.models["queues"]
    before = len(queues.get("sales")["members"])  # type: ignore[index]
    agents = open_page(tab, "agents")
    fill(
        agents,
        agent_id="2004",
        name="何静",
        skills=[{"queue": "sales", "level": 1}],
        password="Sales-team-77",
        must_change_password=False,
    )
    save(loop, agents, "2004")
    run_until(
        loop,
        lambda: len(queues.get("sales")["members"]) == before + 1,  # type: ignore[index]
        what="the queue's member count follows",
    )
    numbers = open_page(tab, "dids")
    fill(numbers, number="4008009000", queue="sales")
    save(loop, numbers, "4008009000")
    run_until(
        loop,
        lambda: "4008009000" in queues.get("sales")["dids"],  # type: ignore[index]
        what="the queue's numbers follow",
    )


def test_excel_import_shows_the_servers_bad_lines(
    loop: Any, desktop: Any, live_server: LiveServer, tmp_path: Path
) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in (
        ("工号", "姓名", "角色", "班组", "技能组"),
        ("3101", "马丽", "agent", "team_a", "sales:1"),
        ("3102", "", "agent", "team_a", "sales:1"),
    ):
        sheet.append(row)
    source = tmp_path / "staff.xlsx"
    book.save(source)
    tab = admin_tab(loop, desktop, live_server)
    dialog = tab.page["agents"].open_import()
    dialog.open_file(source)
    model = dialog.presenter.model
    assert model.rowCount() == 0 and dialog.ui.saveButton.isEnabled()  # no local preview
    assert dialog.ui.summaryLabel.text() == "The server reads this file when you import it."
    dialog.ui.saveButton.click()
    run_until(loop, lambda: model.bad_lines, what="the server's bad line")
    assert model.bad_lines == [3]
    assert model.index(0, model.columnCount() - 1).data().startswith("Full name: ")
    assert tab.presenter.models["agents"].get("3101") is None


def test_import_skipping_bad_rows_shows_the_generated_passwords_once(
    loop: Any, desktop: Any, live_server: LiveServer, tmp_path: Path
) -> None:
    source = tmp_path / "agents.csv"
    source.write_text(
        "agent_id,name,role,team,queues,password\n"
        "3201,赵敏,agent,team_a,sales:1,generate\n"
        "3202,钱亮,boss,team_a,sales:1,generate\n",
        encoding="utf-8",
    )
    tab = admin_tab(loop, desktop, live_server)
    dialog = tab.page["agents"].open_import()
    dialog.open_file(source)
    dialog.ui.skipBadCheck.setChecked(True)
    dialog.ui.saveButton.click()
    model = dialog.presenter.model
    run_until(loop, dialog.passwords_edit.isVisible, what="generated passwords shown")
    assert model.bad_lines == [3]  # the skipped row stays red
    assert dialog.ui.summaryLabel.text() == "Imported: 1 new, 0 updated, 1 skipped."
    agent, password = dialog.passwords_edit.toPlainText().split("\t")
    assert agent == "3201" and len(password) >= 8
    run_until(
        loop,
        lambda: tab.presenter.models["agents"].get("3201") is not None,
        what="the imported agent listed",
    )
    client = CtiClient(live_server.url)
    run(loop, client.login("3201", password))
    run(loop, client.close())


def _as_other_admin(server: LiveServer, method: str, path: str, body: Any) -> None:
    """Another admin's change, from its own session (not this desktop's)."""
    with httpx.Client(base_url=server.url + "/api/v1") as http:
        token = http.post(
            "/auth/login", json={"agent_id": "9000", "password": demo.DEMO_PASSWORD}
        ).json()["token"]
        answer = http.request(method, path, json=body, headers={"Authorization": f"Bearer {token}"})
        assert answer.status_code < 300, answer.text


def test_admin_tab_follows_changes_made_elsewhere(
    loop: Any, desktop: Any, live_server: LiveServer
) -> None:
    tab = admin_tab(loop, desktop, live_server)
    codes = tab.presenter.models["reason_codes"]
    _as_other_admin(
        live_server,
        "POST",
        "/admin/reason-codes",
        {"code": "coaching", "label_en": "Coaching", "label_zh": "辅导"},
    )
    run_until(
        loop,
        lambda: codes.get("coaching") is not None,
        what="configuration_changed → the reason codes reloaded",
    )


def test_agent_desktop_picks_up_a_new_disposition_live(
    loop: Any, desktop: Any, live_server: LiveServer
) -> None:
    sign_in(loop, desktop, live_server, agent_id="1002")
    wrap_up = desktop.wrap_up
    assert "callback_tomorrow" not in [d.code for d in wrap_up.dispositions]
    _as_other_admin(
        live_server,
        "POST",
        "/admin/dispositions",
        {"code": "callback_tomorrow", "label_en": "Call back tomorrow", "label_zh": "明天回电"},
    )
    run_until(
        loop,
        lambda: "callback_tomorrow" in [d.code for d in wrap_up.dispositions],
        what="the agent's session re-fetched after configuration_changed",
    )


def test_a_reload_keeps_the_selected_row_and_what_the_admin_is_typing(
    loop: Any, desktop: Any, live_server: LiveServer
) -> None:
    """Saving reloads related lists and every admin's change reloads the list: a model reset
    used to drop the selection silently (the saved row was no longer selected)."""
    tab = admin_tab(loop, desktop, live_server)
    queues = open_page(tab, "queues")
    fill(queues, name="billing", display_name="Billing", strategy="round-robin")
    save(loop, queues, "billing")
    name = queues.form.editors["display_name"]
    assert isinstance(name, QLineEdit)
    name.setText("Billing (typing)")
    loaded: list[str] = []
    tab.presenter.loaded.connect(loaded.append)
    tab.presenter.reload("queues")
    run_until(loop, lambda: "queues" in loaded, what="queues reloaded")
    assert queues.selected_key() == "billing"
    assert name.text() == "Billing (typing)"

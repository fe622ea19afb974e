"""The Reports tab and My day filled from the real coordinator (the desktop tests'
`LiveServer`, real HTTP): calls taken through the ACD, then the lead's Reports tab shows
them in `agents` and drills down to them in `calls`; agent 1002's My day shows only their
own figures and calls."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtCore import Qt

from agent_desktop.cti import CtiClient
from agent_desktop.presenters.tasks import TaskRunner
from agent_desktop.reports.my_day import MyDayPanel
from agent_desktop.reports.page import ReportsTab
from agent_desktop.reports.presenter import ReportsPresenter
from server_stub import demo
from tests.desktop import conftest as desktop
from tests.desktop.conftest import LiveServer, run, run_until

pytestmark = pytest.mark.ui
live_server = desktop.live_server


def take_call(
    loop: Any,
    server: LiveServer,
    client: CtiClient,
    agent_id: str,
    ani: str,
    queue: str,
    talk: float,
) -> str:
    """A customer call queued, rung to the agent, answered, talked `talk` s, hung up."""
    acd = server.services.acd  # type: ignore[union-attr]
    run(loop, client.set_state("ready"))
    call = server.call(acd.call_arrived(ani, "4008001000"))
    server.call(acd.enqueue(call.id, queue))
    run_until(
        loop, lambda: any(r[0] == call.id for r in server.control.rings), what=f"{agent_id} rung"
    )
    server.call(acd.agent_answered(call.id, agent_id))
    run(loop, asyncio.sleep(talk))
    server.call(acd.agent_hung_up(call.id))
    return str(call.id)


def lead_team_a(server: LiveServer) -> None:
    """The administrator makes 9001 the lead of team_a only (Admin tab → Teams)."""
    with httpx.Client(base_url=server.url + "/api/v1") as http:
        token = http.post(
            "/auth/login", json={"agent_id": "9000", "password": demo.DEMO_PASSWORD}
        ).json()["token"]
        for team, lead in (("team_a", "9001"), ("team_b", None)):
            http.patch(
                f"/admin/teams/{team}",
                json={"lead": lead},
                headers={"Authorization": f"Bearer {token}"},
            ).raise_for_status()


@pytest.fixture
def history(loop: Any, live_server: LiveServer) -> Iterator[dict[str, list[str]]]:
    """1001 takes two calls, 1002 one, 1003 (another team) one."""
    live_server.services.runner.run_sync(
        lambda s: s.conn.execute(  # type: ignore[union-attr]
            "UPDATE queues SET disposition_required = 0"
        )
    )  # ready again without a wrap-up form
    live_server.services.runner.run_sync(
        lambda s: s.conn.execute("DELETE FROM calls")  # type: ignore[union-attr]
    )  # the demo's history reaches into today after midday: only these calls count
    lead_team_a(live_server)
    clients: dict[str, CtiClient] = {}
    taken: dict[str, list[str]] = {}
    for n, (agent_id, queue) in enumerate(
        (("1001", "sales"), ("1002", "sales"), ("1001", "support"), ("1003", "support"))
    ):
        if agent_id not in clients:
            clients[agent_id] = CtiClient(live_server.url)
            run(loop, clients[agent_id].login(agent_id, demo.DEMO_PASSWORD))
        taken.setdefault(agent_id, []).append(
            take_call(loop, live_server, clients[agent_id], agent_id, f"1380000000{n}", queue, 0.3)
        )
    yield taken
    for client in clients.values():
        run(loop, client.close())


def signed_in(
    loop: Any, server: LiveServer, agent_id: str
) -> tuple[CtiClient, TaskRunner, ReportsPresenter]:
    client = CtiClient(server.url)
    run(loop, client.login(agent_id, demo.DEMO_PASSWORD))
    tasks = TaskRunner()
    return client, tasks, ReportsPresenter(client, tasks)


def column(model: Any, key: str) -> int:
    return next(i for i, c in enumerate(model.columns) if c.key == key)


def test_reports_tab_from_real_data(
    qtbot: Any, loop: Any, live_server: LiveServer, history: dict[str, list[str]], tmp_path: Path
) -> None:
    client, tasks, presenter = signed_in(loop, live_server, "9001")  # lead of team_a
    tab = ReportsTab(presenter)
    qtbot.addWidget(tab)
    tab.resize(1366, 768)
    tab.show()
    run_until(loop, lambda: presenter.model.result is not None, what="the agents report")
    model = presenter.model
    assert model.result is not None and model.result.report == "agents"
    answered = {model.rows[r]["agent"]: model.rows[r]["answered"] for r in range(len(model.rows))}
    assert answered.get("1001") == 2 and answered.get("1002") == 1
    assert "1003" not in answered  # another team: the server scopes the lead
    shown = model.index(0, column(model, "answered")).data()
    assert shown == str(model.rows[0]["answered"])
    assert model.formula(model.columns[column(model, "aht")])  # each column's formula
    # drill down to 1001's calls
    row = next(r for r in range(len(model.rows)) if model.rows[r]["agent"] == "1001")
    messages: list[str] = []
    presenter.message.connect(lambda text, _e: messages.append(text))
    assert presenter.drill(model.rows[row])
    run_until(loop, lambda: presenter.calls.result is not None or messages, what="1001's calls")
    assert len(presenter.calls.rows) == 2, messages
    calls = presenter.calls
    assert {calls.rows[r]["call_id"] for r in range(2)} == set(history["1001"])
    talk = calls.index(0, column(calls, "talk")).data()
    assert talk.count(":") == 2  # h:mm:ss
    assert tab.calls_pane.isVisible()
    # traffic by hour: a line chart whose points add up to the calls
    tab.form.report_combo.setCurrentIndex(tab.form.report_combo.findData("traffic"))
    tab.form.group_combo.setCurrentIndex(tab.form.group_combo.findData("hour"))
    qtbot.mouseClick(tab.form.run_button, Qt.MouseButton.LeftButton)
    run_until(
        loop,
        lambda: presenter.model.result is not None and presenter.model.result.report == "traffic",
        what="traffic",
    )
    series = tab.chart.chart().series()
    assert tab.chart.isVisible() and len(series) == 1
    totals = presenter.model.totals or {}
    assert sum(p.y() for p in series[0].points()) == totals["calls"] >= 3
    # leads export their teams' figures: the button is there for them
    assert presenter.can_export and tab.export_button.isEnabled()
    presenter.close()
    run(loop, tasks.cancel_all())
    run(loop, client.close())


def test_my_day_from_real_data(
    qtbot: Any, loop: Any, live_server: LiveServer, history: dict[str, list[str]]
) -> None:
    client, tasks, presenter = signed_in(loop, live_server, "1001")
    panel = MyDayPanel(presenter)
    qtbot.addWidget(panel)
    panel.resize(1366, 700)
    panel.show()
    run_until(loop, lambda: len(presenter.calls.rows) == 2, what="my calls")
    values = {t.label.text(): t.value.text() for t in panel.tiles if t.isVisible()}
    assert values["Answered"] == "2" and values["Missed"] == "0"
    assert {presenter.calls.rows[r]["call_id"] for r in range(2)} == set(history["1001"])
    assert presenter.model.rows[0]["agent"] == "1001" and len(presenter.model.rows) == 1
    assert "My calls today: 2" in panel.calls_label.text()
    presenter.close()
    run(loop, tasks.cancel_all())
    run(loop, client.close())


def test_admin_exports_what_the_table_shows_and_sees_refusals_in_plain_words(
    qtbot: Any, loop: Any, live_server: LiveServer, history: dict[str, list[str]], tmp_path: Path
) -> None:
    from datetime import date

    from openpyxl import load_workbook
    from PySide6.QtCore import QDate

    client, tasks, presenter = signed_in(loop, live_server, "9000")  # holds export_reports
    tab = ReportsTab(presenter)
    qtbot.addWidget(tab)
    tab.resize(1366, 768)
    tab.show()
    run_until(loop, lambda: presenter.model.result is not None, what="the agents report")
    assert presenter.can_export and tab.export_button.isEnabled()
    model = presenter.model
    shown = {r["agent"]: r["answered"] for r in model.rows}
    out = tmp_path / "exports"
    out.mkdir()
    for name in ("agents.csv", "agents.xlsx"):
        target = out / name
        assert tab.export_to(str(target))
        run_until(
            loop,
            lambda t=target: t.exists() and not presenter.exporting,  # type: ignore[misc]
            what=f"{name} exported",
        )
        if name.endswith(".csv"):
            text = target.read_bytes()
            assert text.startswith(b"\xef\xbb\xbf")  # Excel opens the Chinese names right
            lines = [row.split(",") for row in text.decode("utf-8-sig").splitlines()]
        else:
            sheet = load_workbook(target).worksheets[0]
            lines = [
                ["" if v is None else str(v) for v in row]
                for row in sheet.iter_rows(values_only=True)
            ]
        header = lines[0]
        agent_at = header.index("Agent")
        answered_at = header.index("Answered")
        exported = {
            row[agent_at]: int(float(row[answered_at]))
            for row in lines[1:]
            if row[agent_at] in shown
        }
        assert exported == shown
    assert sorted(p.name for p in out.iterdir()) == ["agents.csv", "agents.xlsx"]  # no .part
    # a range longer than the server allows: its words, the table kept
    messages: list[tuple[str, bool]] = []
    presenter.message.connect(lambda text, error: messages.append((text, error)))
    form = tab.form
    form.period_combo.setCurrentIndex(form.period_combo.findData("custom"))
    today = date.today()
    form.first_edit.setDate(QDate(today.year - 3, 1, 1))
    form.last_edit.setDate(QDate(today.year, today.month, today.day))
    form.run_button.click()
    run_until(loop, lambda: any(error for _text, error in messages), what="the refusal")
    text = next(t for t, error in messages if error)
    assert text.startswith("The report could not be made: ") and "days" in text
    assert tab.message_label.text() == text
    assert {r["agent"]: r["answered"] for r in presenter.model.rows} == shown
    presenter.close()
    run(loop, tasks.cancel_all())
    run(loop, client.close())

"""The Reports tab (traffic curve with a drill-down, agent work with bars) and My day,
filled from the real coordinator with a seeded day, rendered at 1366×768 in English and
Chinese (live language switch). PNGs go to REPORTS_SCREENSHOTS (default /tmp/r16desk)."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from agent_desktop.cti import CtiClient
from agent_desktop.i18n import Translations
from agent_desktop.presenters.tasks import TaskRunner
from agent_desktop.reports.my_day import MyDayPanel
from agent_desktop.reports.page import ReportsTab
from agent_desktop.reports.presenter import ReportsPresenter
from agent_desktop.views.style import STYLESHEET
from server_stub import demo
from tests.desktop import conftest as desktop
from tests.desktop.conftest import LiveServer, run, run_until
from tests.reports_tab.seed import seed_day, yesterday

pytestmark = pytest.mark.ui
live_server = desktop.live_server


def out_dir() -> Path:
    path = Path(os.environ.get("REPORTS_SCREENSHOTS", "") or "/tmp/r16desk")
    path.mkdir(parents=True, exist_ok=True)
    return path


def presenter_for(
    loop: Any, server: LiveServer, agent_id: str
) -> tuple[ReportsPresenter, CtiClient, TaskRunner]:
    client = CtiClient(server.url)
    login = run(loop, client.login(agent_id, demo.DEMO_PASSWORD))
    tasks = TaskRunner()
    # the seeded day is yesterday: "today" is set to its evening
    evening = yesterday() + timedelta(hours=20, minutes=30)
    presenter = ReportsPresenter(client, tasks, now=lambda: evening)
    presenter.reason_codes = login.reason_codes  # type: ignore[attr-defined]
    return presenter, client, tasks


def name_reasons(presenter: ReportsPresenter, code: str) -> None:
    """What ReportsHost does on a language switch: reasons named in that language."""
    reasons = presenter.reason_codes  # type: ignore[attr-defined]
    presenter.set_reason_names(
        {r.code: r.label_zh if code == "zh_CN" else r.label_en for r in reasons}
    )


def languages(loop: Any) -> Any:
    translations = Translations()  # one catalogue: every area's texts
    for code in ("en", "zh_CN"):
        assert translations.set_language(code)
        yield code
    translations.set_language("en")


def test_reports_tab_in_english_and_chinese(qtbot: Any, loop: Any, live_server: LiveServer) -> None:
    seed_day(live_server)
    presenter, client, tasks = presenter_for(loop, live_server, "9000")
    tab = ReportsTab(presenter)
    tab.setStyleSheet(STYLESHEET)
    qtbot.addWidget(tab)
    tab.resize(1366, 768)
    tab.show()
    run_until(loop, lambda: presenter.model.result is not None, what="first report")
    form = tab.form
    made: list[int] = []
    errors: list[str] = []
    presenter.result_changed.connect(lambda: made.append(1))
    presenter.message.connect(lambda text, error: errors.append(text) if error else None)

    def show(report: str, group: str = "") -> None:
        form.report_combo.setCurrentIndex(form.report_combo.findData(report))
        form.period_combo.setCurrentIndex(form.period_combo.findData("today"))
        if group:
            form.group_combo.setCurrentIndex(form.group_combo.findData(group))
        count = len(made)
        form.run_button.click()
        run_until(loop, lambda: len(made) > count or errors, what=report)
        assert not errors and presenter.model.result is not None
        assert presenter.model.result.report == report

    for code in languages(loop):
        wanted = "&Show" if code == "en" else "查询(&S)"
        run_until(
            loop,
            lambda w=wanted: form.run_button.text() == w,  # type: ignore[misc]
            what=f"{code} texts",
        )
        # agent work, by agent, with its bars
        name_reasons(presenter, code)
        show("agents", "agent")
        assert len(presenter.model.rows) >= 5 and tab.chart.isVisible()
        tab.formulas_button.setChecked(False)
        tab.grab().save(str(out_dir() / f"reports_agents_{code}.png"))
        # the traffic curve by hour, drilled down to the busiest hour's calls
        show("traffic", "hour")
        rows = presenter.model.rows
        busiest = max(range(len(rows)), key=lambda r: rows[r]["calls"] or 0)
        assert presenter.drill(rows[busiest])
        expected = rows[busiest]["calls"]
        run_until(
            loop,
            lambda n=expected: len(presenter.calls.rows) == n,  # type: ignore[misc]
            what="the busiest hour's calls",
        )
        presenter.set_language(code)  # what ReportsHost does on a language switch
        calls = presenter.calls
        at = next(i for i, c in enumerate(calls.columns) if c.key == "disposition")
        shown = {calls.index(r, at).data() for r in range(len(calls.rows))}
        assert ("已解决" if code == "zh_CN" else "Resolved") in shown  # labels, not codes
        tab.formulas_button.setChecked(True)
        tab.grab().save(str(out_dir() / f"reports_traffic_{code}.png"))
        tab.formulas_button.setChecked(False)
        # service level over the day, and the time in each state
        show("queues", "hour")
        assert tab.chart.spec is not None and tab.chart.spec.title_key == "service_level"
        tab.grab().save(str(out_dir() / f"reports_service_level_{code}.png"))
        show("agent-states")
        assert tab.chart.spec is not None and tab.chart.spec.kind == "pie"
        tab.grab().save(str(out_dir() / f"reports_states_{code}.png"))
    presenter.close()
    run(loop, tasks.cancel_all())
    run(loop, client.close())


def test_my_day_in_english_and_chinese(qtbot: Any, loop: Any, live_server: LiveServer) -> None:
    answered = seed_day(live_server)
    assert answered > 100
    presenter, client, tasks = presenter_for(loop, live_server, "1003")
    panel = MyDayPanel(presenter)
    panel.setStyleSheet(STYLESHEET)
    qtbot.addWidget(panel)
    panel.resize(1366, 700)  # the workspace under the menu, state bar and tab bar
    panel.show()
    run_until(loop, lambda: len(presenter.calls.rows) > 10, what="my calls")
    assert {r["agent"] for r in presenter.calls.rows} == {"1003"}
    for code in languages(loop):
        name_reasons(presenter, code)
        title = "My day" if code == "en" else "今日工作"
        run_until(
            loop,
            lambda t=title: panel.title_label.text() == t,  # type: ignore[misc]
            what=f"{code} texts",
        )
        panel.retranslate()
        panel.grab().save(str(out_dir() / f"my_day_{code}.png"))
    presenter.close()
    run(loop, tasks.cancel_all())
    run(loop, client.close())

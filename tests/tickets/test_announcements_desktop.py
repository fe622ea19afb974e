"""Announcements on the whole desktop over the real coordinator: the lead posts from the
Announcements tab; the agent's banner shows it (live, and at the next sign-in) and "Got it"
records the read; the lead sees who read it. en and zh_CN renders (PNGs to
$TICKET_SCREENSHOTS, default the test's temporary folder)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import httpx
import pytest

from server_stub import demo
from tests.desktop.conftest import LiveServer, run_until, sign_in

pytestmark = pytest.mark.ui


def test_lead_posts_agent_reads_lead_sees_the_receipt(
    loop: Any, desktop: Any, live_server: LiveServer, tmp_path: Path
) -> None:
    out = Path(os.environ.get("TICKET_SCREENSHOTS", "") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    window, host = desktop.window, desktop.announcements
    window.resize(1366, 768)
    sign_in(loop, desktop, live_server, agent_id="9001")
    page = host.page
    assert page is not None and host.banner is not None and not host.banner.isVisible()
    assert window.work_tabs.tabText(window.work_tabs.indexOf(page)) == "Announcements"
    assert page.teams_edit.text() == "team_a"  # the lead's own team, prefilled
    page.post_button.click()
    run_until(loop, lambda: page.message_label.text(), what="empty text refused")
    page.text_edit.setPlainText("系统维护 18:00 — maintenance at six")
    page.post_button.click()
    run_until(loop, lambda: page.posted_list.count() == 1, what="posted")
    assert not host.banner.isVisible()  # the poster gets no banner of its own
    desktop.session.sign_out()
    run_until(loop, lambda: host.page is None, what="signed out")

    sign_in(loop, desktop, live_server, agent_id="1002")
    banner = host.banner
    assert host.page is None  # agents have no posting tab
    run_until(loop, lambda: banner.isVisible(), what="banner at sign-in")
    assert banner.text_label.text() == "Announcement from 9001: 系统维护 18:00 — maintenance at six"
    # A second one arrives live (the admin, to everyone).
    with httpx.Client(base_url=live_server.url + "/api/v1") as client:
        token = client.post(
            "/auth/login", json={"agent_id": "9000", "password": demo.DEMO_PASSWORD}
        ).json()["token"]
        r = client.post(
            "/announcements",
            json={"text": "New offer: 20% off routers"},
            headers={"Authorization": f"Bearer {token}"},
        )
        assert r.status_code == 201, r.text
    run_until(loop, lambda: banner.count_label.text() == "1 of 2", what="live announcement")
    assert "New offer" in banner.text_label.text()  # the newest first
    window.grab().save(str(out / "announcement_banner_en.png"))
    window.language_actions["zh_CN"].trigger()
    run_until(loop, lambda: banner.read_button.text() == "知道了", what="zh banner")
    assert banner.count_label.text() == "第 1 条 / 共 2 条"
    window.grab().save(str(out / "announcement_banner_zh_CN.png"))
    window.language_actions["en"].trigger()
    banner.read_button.click()
    run_until(loop, lambda: "系统维护" in banner.text_label.text(), what="next one")
    banner.read_button.click()
    run_until(loop, lambda: not banner.isVisible(), what="all read")
    desktop.session.sign_out()
    run_until(loop, lambda: host.presenter is None, what="signed out")

    sign_in(loop, desktop, live_server, agent_id="9001")
    page = host.page
    assert page is not None
    run_until(loop, lambda: page.posted_list.count() == 1, what="my posts")
    page.posted_list.setCurrentRow(0)
    run_until(loop, lambda: page.receipts_list.count() == 2, what="receipts")
    assert page.receipts_title.text() == "Read by 1 of 2"
    lines = [page.receipts_list.item(i).text() for i in range(2)]
    assert lines[0].startswith("1001 ") and lines[0].endswith(": not read yet")
    assert lines[1].startswith("1002 ") and not lines[1].endswith("not read yet")
    window.work_tabs.setCurrentWidget(page)
    window.grab().save(str(out / "announcements_tab_en.png"))
    window.language_actions["zh_CN"].trigger()
    run_until(loop, lambda: page.post_button.text() == "发布", what="zh page")
    window.grab().save(str(out / "announcements_tab_zh_CN.png"))
    window.language_actions["en"].trigger()

"""SMS on the whole desktop over the real coordinator: "Send SMS…" on the caller's pop, a
template filled in, sent through the file gateway; a gateway that is down is reported on
the card and the failed message stays in the customer's log. en and zh_CN renders."""

from __future__ import annotations

import json
import os
import socket
from pathlib import Path
from typing import Any

import httpx
import pytest

from server_stub import demo
from tests.desktop.conftest import LiveServer, run_until, sign_in
from tests.tickets.test_tickets_desktop import _offer_answer_hang_up

pytestmark = pytest.mark.ui


def _admin(server: LiveServer, method: str, path: str, body: Any) -> None:
    with httpx.Client(base_url=server.url + "/api/v1") as client:
        token = client.post(
            "/auth/login", json={"agent_id": "9000", "password": demo.DEMO_PASSWORD}
        ).json()["token"]
        r = client.request(method, path, json=body, headers={"Authorization": f"Bearer {token}"})
        assert r.status_code == 200, r.text


def test_send_sms_from_the_pop_and_see_a_gateway_failure(
    loop: Any, desktop: Any, live_server: LiveServer, tmp_path: Path
) -> None:
    out = Path(os.environ.get("TICKET_SCREENSHOTS", "") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    _admin(live_server, "PUT", "/admin/sms/gateway", {"kind": "file", "file_name": "out.jsonl"})
    _admin(
        live_server,
        "PUT",
        "/admin/sms/templates/visit",
        {"text": "{customer}您好，工程师将于{date}上门。"},
    )
    window = desktop.window
    window.resize(1366, 768)
    sign_in(loop, desktop, live_server, agent_id="1002")
    section = desktop.sms.section
    assert section is not None and not section.isVisibleTo(window.pop)  # no customer yet
    _offer_answer_hang_up(loop, desktop, live_server, "13800138000")
    assert section.isVisibleTo(window.pop)
    assert section.phone_combo.currentData() == "13800138000"
    section.open_button.click()
    run_until(loop, lambda: section.template_combo.count() == 2, what="templates")
    section.template_combo.setCurrentIndex(1)
    section.template_combo.activated.emit(1)
    assert section.text_edit.toPlainText() == "张伟您好，工程师将于{date}上门。"
    section.send_button.click()
    assert "Fill in" in section.result_label.text()  # not sent with a placeholder left
    section.text_edit.setPlainText("张伟您好，工程师将于周二上午上门。")
    window.grab().save(str(out / "pop_sms_en.png"))
    section.form.grab().save(str(out / "sms_form_en.png"))
    section.send_button.click()
    run_until(loop, lambda: "SMS sent to 13800138000" in section.result_label.text(), what="sent")
    line = (live_server.data_dir / "sms" / "out.jsonl").read_text().splitlines()[-1]
    assert json.loads(line)["text"] == "张伟您好，工程师将于周二上午上门。"
    run_until(loop, lambda: section.log_list.count() == 1, what="log")
    assert "sent" in section.log_list.item(0).text()

    # The provider is down: said on the card, kept in the log as failed.
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{s.getsockname()[1]}/send"
    _admin(live_server, "PUT", "/admin/sms/gateway", {"kind": "http", "url": dead})
    section.open_button.click()
    section.text_edit.setPlainText("Your engineer is on the way")
    section.send_button.click()
    run_until(loop, lambda: section.result_label.text().startswith("Not sent:"), what="error")
    assert "cannot reach the SMS gateway" in section.result_label.text()
    run_until(loop, lambda: section.log_list.count() == 2, what="failed one logged")
    assert "failed" in section.log_list.item(0).text()
    window.language_actions["zh_CN"].trigger()
    run_until(loop, lambda: section.open_button.text() == "发短信…", what="zh")
    assert "失败" in section.log_list.item(0).text()
    window.grab().save(str(out / "pop_sms_zh_CN.png"))
    section.form.grab().save(str(out / "sms_form_zh_CN.png"))
    window.language_actions["en"].trigger()

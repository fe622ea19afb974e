"""State buttons and a whole inbound call through the real coordinator: offer with
screen-pop (customer, region, history), answer, hang-up, wrap-up stored on the server."""

from __future__ import annotations

from typing import Any

import pytest

from tests.desktop.conftest import LiveServer, run_until, sign_in

pytestmark = pytest.mark.ui


def _server_state(server: LiveServer, agent_id: str = "1002") -> dict[str, Any]:
    agents = {a["agent_id"]: a for a in server.get("/agents")}
    return dict(agents[agent_id]["state"])


def _ready(loop: Any, desktop: Any) -> None:
    desktop.window.state_bar.ready_button.click()
    run_until(loop, lambda: desktop.state.status == "ready", what="ready")


def test_ready_and_not_ready_with_a_reason_change_the_server_state(
    loop: Any, desktop: Any, live_server: LiveServer
) -> None:
    sign_in(loop, desktop, live_server)
    bar = desktop.window.state_bar
    assert bar.ready_button.isEnabled()
    _ready(loop, desktop)
    assert _server_state(live_server)["state"] == "ready"
    assert bar.badge.text() == "Ready"
    reasons = {a.data(): a for a in bar.reason_menu.actions()}
    assert {"break", "lunch", "training"} <= set(reasons)
    reasons["lunch"].trigger()
    run_until(loop, lambda: desktop.state.status == "not_ready", what="not ready")
    state = _server_state(live_server)
    assert state["state"] == "not_ready" and state["reason"] == "lunch"
    assert bar.badge.text() == "Not ready · Lunch"


def _offer(loop: Any, desktop: Any, server: LiveServer, ani: str) -> str:
    acd = server.services.acd  # type: ignore[union-attr]
    call = server.call(acd.call_arrived(ani, "4008001000"))
    server.call(acd.enqueue(call.id, "sales", ivr_path=["1"]))
    run_until(loop, lambda: desktop.calls.phase == "ringing", what="ringing")
    # the media worker's INVITE reaches the softphone with the call's X- headers
    desktop.softphone.simulate_incoming_call(headers={"X-Call-Id": call.id, "X-Queue": "sales"})
    run_until(
        loop,
        lambda: desktop.window.softphone.answer_button.isEnabled() and desktop.calls.sip_call_id,
        what="answer button",
    )
    return str(call.id)


def _dispose(loop: Any, desktop: Any, server: LiveServer, call_id: str, code: str = "sale") -> None:
    """Save a disposition from the wrap-up form (sales requires one before Finish now)."""
    form = desktop.window.wrap_up_panel.ui
    form.dispositionCombo.setCurrentIndex(form.dispositionCombo.findData(code))
    form.saveButton.click()
    run_until(
        loop,
        lambda: server.get(f"/calls/{call_id}")["disposition"] == code,
        what="disposition on the server",
    )


def test_offer_pops_the_customer_and_the_wrap_up_reaches_the_server(
    loop: Any, desktop: Any, live_server: LiveServer
) -> None:
    sign_in(loop, desktop, live_server)
    _ready(loop, desktop)
    call_id = _offer(loop, desktop, live_server, "13800138000")
    pop = desktop.window.pop
    assert pop.stack.currentIndex() == 1
    assert pop.caller_label.text() == "13800138000"
    assert pop.region_value.text() == "Beijing"
    assert pop.customer_name.text() == "张伟"
    assert pop.customer_company.text() == "华为技术"
    assert pop.queue_value.text() == "销售 Sales"
    assert pop.ivr_value.text() == "1"
    assert pop.history_model.rowCount() >= 5
    assert pop.history_model.index(0, 2).data()  # the agent of an earlier call

    desktop.window.softphone.answer_button.click()
    acd = live_server.services.acd  # type: ignore[union-attr]
    live_server.call(acd.agent_answered(call_id, "1002"))
    run_until(loop, lambda: desktop.calls.phase == "on_call", what="on call")
    assert desktop.window.softphone.hang_up_button.isEnabled()
    desktop.window.softphone.hang_up_button.click()
    live_server.call(acd.agent_hung_up(call_id))
    run_until(
        loop,
        lambda: desktop.calls.phase == "wrap_up" and desktop.state.status == "wrap_up",
        what="wrap-up",
    )
    panel = desktop.window.wrap_up_panel
    assert panel.isVisible()
    assert desktop.window.state_bar.extend_button.isVisible()

    combo = panel.ui.dispositionCombo
    combo.setCurrentIndex(combo.findData("sale"))
    panel.ui.noteEdit.setPlainText("买了两台 — two units")
    panel.ui.saveButton.click()
    run_until(
        loop,
        lambda: live_server.get(f"/calls/{call_id}")["disposition"] == "sale",
        what="disposition on the server",
    )
    record = live_server.get(f"/calls/{call_id}")
    assert record["note"] == "买了两台 — two units"
    assert not panel.isVisible()

    ends = desktop.state.state.wrap_up_ends_at
    desktop.window.state_bar.extend_button.click()
    run_until(loop, lambda: desktop.state.state.wrap_up_ends_at > ends, what="extended")
    desktop.window.state_bar.finish_button.click()
    run_until(loop, lambda: desktop.state.status == "ready", what="ready after finish")
    assert _server_state(live_server)["state"] == "ready"


def test_unknown_caller_gets_a_prefilled_new_customer_form(
    loop: Any, desktop: Any, live_server: LiveServer
) -> None:
    sign_in(loop, desktop, live_server)
    _ready(loop, desktop)
    _offer(loop, desktop, live_server, "+12125550100")
    pop = desktop.window.pop
    assert pop.customer_name.text() == "Unknown caller"
    assert pop.region_value.text() == "New York, NY"
    pop.customer_button.click()
    form = pop.customer_form
    assert form.isVisible() and form.ui.phonesEdit.text() == "+12125550100"
    form.ui.nameEdit.setText("Jane Roe")
    form.ui.companyEdit.setText("Roe & Co")
    form.ui.saveButton.click()
    run_until(loop, lambda: pop.customer_name.text() == "Jane Roe", what="customer saved")
    found = live_server.get("/customers?phone=%2B12125550100")["customers"]
    assert [c["name"] for c in found] == ["Jane Roe"]
    assert found[0]["company"] == "Roe & Co"


def test_not_ready_reason_changes_while_not_ready_and_hides_system_reasons(
    loop: Any, desktop: Any, live_server: LiveServer
) -> None:
    """Issue 11, item 12: no need to go Ready (and risk a call) to change the reason."""
    sign_in(loop, desktop, live_server)
    bar = desktop.window.state_bar
    assert desktop.state.status == "not_ready"
    assert bar.not_ready_button.isEnabled()
    reasons = {a.data(): a for a in bar.reason_menu.actions()}
    assert not {"no_answer", "server_restart", "forced", "login"} & set(reasons)
    reasons["lunch"].trigger()
    run_until(loop, lambda: bar.badge.text() == "Not ready · Lunch", what="lunch")
    reasons = {a.data(): a for a in bar.reason_menu.actions()}
    assert reasons["lunch"].isChecked() and not reasons["training"].isChecked()
    reasons["training"].trigger()
    run_until(loop, lambda: bar.badge.text() == "Not ready · Training", what="training")
    assert _server_state(live_server)["reason"] == "training"
    tray = desktop.integration.tray
    assert not {"no_answer", "server_restart", "forced"} & {c for c, _ in tray.reasons}

"""Issue 21: when the system takes an agent out of routing because the softphone is
unreachable, the agent's state bar says so ("Phone offline" / "话机离线") and the agent
cannot pick that reason; the agent is ready again when the phone registers."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from server_stub.telephony.phone_watch import PhoneWatch
from tests.desktop.conftest import LiveServer, run_until, sign_in

pytestmark = pytest.mark.ui


def phone_checker(server: LiveServer) -> Callable[[set[str]], None]:
    """Rounds of the server's phone watch, each with the registrations given."""
    assert server.services is not None
    registered: set[str] = set()

    async def read() -> dict[str, str]:
        return {agent_id: f"sip:{agent_id}@phone c1 1" for agent_id in registered}

    watch = PhoneWatch(server.services.agents, read, lambda: True)

    def check(now: set[str]) -> None:
        registered.clear()
        registered.update(now)
        server.call(watch.check())

    return check


def test_state_bar_shows_phone_offline_in_both_languages(
    loop: Any, desktop: Any, live_server: LiveServer, tmp_path: Path
) -> None:
    out = Path(os.environ.get("FAULT_SCREENSHOTS", "") or tmp_path)
    sign_in(loop, desktop, live_server)
    window = desktop.window
    bar = window.state_bar
    bar.ready_button.click()
    run_until(loop, lambda: desktop.state.status == "ready", what="ready")

    phone_check = phone_checker(live_server)
    phone_check(set())
    run_until(
        loop,
        lambda: bar.badge.text() == "Not ready · Phone offline",
        what="phone offline on the badge",
    )
    assert "phone_offline" not in {a.data() for a in bar.reason_menu.actions()}
    window.resize(1366, 768)
    assert window.grab().save(str(out / "phone_offline_en.png"))
    window.language_actions["zh_CN"].trigger()
    run_until(loop, lambda: bar.badge.text() == "置忙 · 话机离线", what="Chinese badge")
    assert window.grab().save(str(out / "phone_offline_zh_CN.png"))
    window.language_actions["en"].trigger()

    phone_check({"1002"})
    run_until(loop, lambda: bar.badge.text() == "Ready", what="ready again")

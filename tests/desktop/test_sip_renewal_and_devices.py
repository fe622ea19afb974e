"""Issue 12 on the desktop: short-lived SIP credentials renewed while signed in (and not
after sign-out); the desktop's device ID lets the right password through a lock-out that
someone else caused from the same address."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from server_stub.security.tokens import hash_token
from tests.desktop.conftest import LiveServer, run_until, sign_in

pytestmark = pytest.mark.ui


def _expiry(username: str) -> int:
    return int(username.split(":", 1)[0])


def test_sip_credentials_are_renewed_while_signed_in_and_not_after(
    loop: asyncio.AbstractEventLoop, desktop: Any, live_server: LiveServer
) -> None:
    assert live_server.services is not None
    live_server.services.config.sip_credentials_ttl_seconds = 2  # renewed every ~1 s
    desktop.session.renew_min_s = 0.3
    sign_in(loop, desktop, live_server)
    phone = desktop.softphone
    first = phone.settings.username
    run_until(loop, lambda: len(phone.renewals) >= 2, what="two renewals")
    assert _expiry(phone.renewals[-1]) > _expiry(first)
    assert phone.settings.username == phone.renewals[-1]
    assert desktop.session.login.sip.username == phone.renewals[-1]

    desktop.window.sign_out_action.trigger()
    run_until(
        loop,
        lambda: desktop.window.pages.currentWidget() is desktop.window.sign_in,
        what="sign-in page",
    )
    count = len(phone.renewals)
    loop.run_until_complete(asyncio.sleep(1.5))
    assert len(phone.renewals) == count


def test_the_desktop_gets_through_a_lock_out_someone_else_caused(
    loop: asyncio.AbstractEventLoop, desktop: Any, live_server: LiveServer
) -> None:
    sign_in(loop, desktop, live_server)  # the agent's own desktop, once
    device = desktop.session.settings.device_id
    assert len(device) >= 16
    assert desktop.session.settings_store.load().device_id == device  # kept on disk
    assert live_server.services is not None
    assert live_server.services.runner.run_sync(
        lambda s: s.is_known_device("1002", hash_token(device))
    )
    desktop.window.sign_out_action.trigger()
    run_until(
        loop,
        lambda: desktop.window.pages.currentWidget() is desktop.window.sign_in,
        what="sign-in page",
    )

    with httpx.Client(base_url=live_server.url + "/api/v1") as attacker:  # same address
        for _ in range(10):
            attacker.post("/auth/login", json={"agent_id": "1002", "password": "guess"})
        locked = attacker.post("/auth/login", json={"agent_id": "1002", "password": "demo"})
    assert locked.status_code == 429
    sign_in(loop, desktop, live_server)  # the lock-out lasts minutes; sign_in waits 15 s
    assert desktop.window.pages.currentWidget() is desktop.window.workspace

"""URL pop on the desktop (pytest-qt, the whole desktop against the live test server): the
CRM page opens with the call's fields at ring, or only once the call is answered. The OS
edge, QDesktopServices.openUrl, is replaced to capture the URL."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from server_stub import demo
from tests.desktop.conftest import LiveServer, run, run_until

TEMPLATE = "https://crm.example/pop?ani={ani}&call={call_id}&queue={queue}&agent={agent_id}"


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    urls: list[str] = []

    def open_url(url: QUrl) -> bool:
        urls.append(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    return urls


def _set_pop(server: LiveServer, pop_on: str) -> None:
    with httpx.Client(base_url=server.url + "/api/v1") as client:
        token = client.post(
            "/auth/login", json={"agent_id": "9000", "password": demo.DEMO_PASSWORD}
        ).json()["token"]
        r = client.patch(
            "/admin/queues/sales",
            headers={"Authorization": f"Bearer {token}"},
            json={"pop_url": TEMPLATE, "pop_on": pop_on},
        )
        assert r.status_code == 200, r.text


def _sign_in_ready(loop: Any, server: LiveServer, desktop: Any) -> None:
    session = desktop.session
    assert run(loop, session.sign_in_async(server.url, "1002", demo.DEMO_PASSWORD, False))
    run_until(loop, lambda: session.connected, what="the event stream")
    assert session.client is not None
    run(loop, session.client.set_state("ready"))


def _ring(server: LiveServer, ani: str) -> str:
    assert server.services is not None
    acd = server.services.acd
    call = server.call(acd.call_arrived(ani, "4008001000"))
    server.call(acd.enqueue(call.id, "sales"))
    return str(call.id)


def test_the_crm_page_opens_when_the_phone_rings(
    loop: Any, live_server: LiveServer, desktop: Any, opened: list[str]
) -> None:
    _set_pop(live_server, "ring")
    _sign_in_ready(loop, live_server, desktop)
    call_id = _ring(live_server, "+86 138-0013-8000")
    run_until(loop, lambda: opened, what="the URL pop")
    (url,) = opened
    parts = urlsplit(url)
    assert (parts.scheme, parts.netloc, parts.path) == ("https", "crm.example", "/pop")
    assert parse_qs(parts.query) == {
        "ani": ["+86 138-0013-8000"],
        "call": [call_id],
        "queue": ["sales"],
        "agent": ["1002"],
    }
    assert "ani=%2B86%20138-0013-8000" in url  # encoded, not left to the browser to guess


def test_at_answer_it_waits_for_the_answer(
    loop: Any, live_server: LiveServer, desktop: Any, opened: list[str]
) -> None:
    _set_pop(live_server, "answer")
    _sign_in_ready(loop, live_server, desktop)
    call_id = _ring(live_server, "13800138000")
    run_until(loop, lambda: desktop.calls.call_id == call_id, what="the offer on the desktop")
    assert opened == []  # ringing: not yet
    assert live_server.services is not None
    live_server.call(live_server.services.acd.agent_answered(call_id, "1002"))
    run_until(loop, lambda: opened, what="the URL pop at answer")
    assert parse_qs(urlsplit(opened[0]).query)["call"] == [call_id]

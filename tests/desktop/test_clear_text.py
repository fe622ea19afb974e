"""Issue 11, item 14: no clipped or raw text. The sign-in card's "Remember me" fits in
both languages; a Chinese window never shows the server's English hint for
administrators ("start the server with --trunk HOST:PORT") when a dial has no line."""

from __future__ import annotations

import re
from typing import Any

import pytest

from server_stub.errors import Unavailable
from tests.desktop.conftest import LiveServer, run_until, sign_in

pytestmark = pytest.mark.ui


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_remember_me_is_not_clipped(loop: Any, desktop: Any, language: str) -> None:
    desktop.translations.set_language(language)
    ui = desktop.window.sign_in.ui
    run_until(
        loop,
        lambda: ui.signInButton.text() == ("登录(&I)" if language == "zh_CN" else "Sign &in"),
        what=language,
    )
    desktop.window.resize(1366, 768)
    loop.run_until_complete(_settle())
    check = ui.rememberCheck
    assert check.width() >= check.sizeHint().width(), (check.text(), check.width())
    assert check.toolTip()  # where the password is kept, in a tooltip


async def _settle() -> None:
    import asyncio

    await asyncio.sleep(0.1)


def test_no_trunk_is_said_in_the_window_language(
    loop: Any, desktop: Any, live_server: LiveServer
) -> None:
    async def no_trunk(*_args: Any) -> None:
        raise Unavailable(
            "no SIP trunk for calls to numbers: start the server with --trunk HOST:PORT",
            missing="trunk",
        )

    live_server.control.dial = no_trunk  # type: ignore[method-assign]
    sign_in(loop, desktop, live_server)
    desktop.window.language_actions["zh_CN"].trigger()
    messages: list[str] = []
    desktop.calls.message.connect(messages.append)
    desktop.calls.dial("13900139000")
    run_until(loop, lambda: messages, what="the dial failure")
    assert "--trunk" not in messages[0] and "trunk" not in messages[0].lower()
    assert "13900139000" in messages[0]
    assert not re.search("[A-Za-z]{3,}", messages[0]), messages[0]  # all of it in Chinese

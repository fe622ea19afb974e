"""The URL pop in the Admin tab's queue and number editors (real coordinator): the admin
types a template, saves it, the server keeps it; a bad one shows the server's field error.
Rendered at 1366×768 in English and Chinese (WEBHOOK_SCREENSHOTS=dir keeps the PNGs)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QComboBox, QLineEdit, QScrollArea, QWidget

from agent_desktop.admin.pages import WebhooksPage
from agent_desktop.i18n import Translations
from tests.admin_tab.test_screenshots import loaded_tab, shoot, signed_in
from tests.desktop.conftest import LiveServer, run, run_until
from tests.support.webhook_receiver import Receiver

pytestmark = pytest.mark.ui
TEMPLATE = "https://crm.example/pop?ani={ani}&call={call_id}&queue={queue}"


def _scroll_to(widget: QWidget) -> None:
    """The queue form is long: bring the URL pop fields into view for the picture."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if parent is not None:
        parent.ensureWidgetVisible(widget)


def test_admin_sets_a_queues_url_pop_and_sees_bad_ones_refused(
    qtbot: Any, loop: Any, live_server: LiveServer, tmp_path: Path
) -> None:
    out = Path(os.environ.get("WEBHOOK_SCREENSHOTS", "") or tmp_path)
    admin = signed_in(loop, live_server, "9000")
    translations = Translations()
    try:
        tab = loaded_tab(qtbot, loop, admin, "admin")
        queues, dids = tab.page["queues"], tab.page["dids"]
        tab.pages.setCurrentWidget(queues)
        queues.select("sales")
        url = queues.form.editors["pop_url"]
        when = queues.form.editors["pop_on"]
        assert isinstance(url, QLineEdit) and isinstance(when, QComboBox)
        url.setText("https://crm.example/pop?ani={caller}")
        queues.save_button.click()
        error = queues.form.errors["pop_url"]
        run_until(loop, error.isVisible, what="the server's field error")
        assert "{caller}" in error.text()
        url.setText(TEMPLATE)
        when.setCurrentIndex(when.findData("answer"))
        queues.save_button.click()
        saved = lambda: live_server.get("/admin/queues/sales", "9000")  # noqa: E731
        run_until(loop, lambda: saved()["pop_url"] == TEMPLATE, what="the saved URL pop")
        assert saved()["pop_on"] == "answer"
        for code in ("en", "zh_CN"):
            assert translations.set_language(code)
            qtbot.wait(50)  # let LanguageChange reach every widget (not an assertion)
            tab.pages.setCurrentWidget(queues)
            queues.select("sales")
            _scroll_to(when)
            shoot(tab, out, f"url_pop_queue_{code}")
            tab.pages.setCurrentWidget(dids)
            dids.select("4008001000")
            shoot(tab, out, f"url_pop_number_{code}")
        assert queues.form.labels["pop_url"].text().startswith("CRM 弹屏网址")
        assert when.currentText() == "接听时"
    finally:
        translations.set_language("en")
        run(loop, admin.close())


def test_admin_adds_a_webhook_in_the_admin_tab(
    qtbot: Any, loop: Any, live_server: LiveServer, tmp_path: Path
) -> None:
    out = Path(os.environ.get("WEBHOOK_SCREENSHOTS", "") or tmp_path)
    admin = signed_in(loop, live_server, "9000")
    translations = Translations()
    receiver = Receiver().start()
    try:
        tab = loaded_tab(qtbot, loop, admin, "admin")
        page = tab.page["webhooks"]
        tab.pages.setCurrentWidget(page)
        page.start_new()
        url = page.form.editors["url"]
        secret = page.form.editors["secret"]
        assert isinstance(url, QLineEdit) and isinstance(secret, QLineEdit)
        url.setText(receiver.url)
        secret.setText("short")
        page.save_button.click()
        error = page.form.errors["secret"]
        run_until(loop, error.isVisible, what="the server's field error")
        secret.setText("a-long-secret-for-the-crm")
        page.save_button.click()
        hooks = lambda: live_server.get("/admin/webhooks", "9000")  # noqa: E731
        run_until(loop, lambda: len(hooks()) == 1, what="the saved webhook")
        (hook,) = hooks()
        assert hook["url"] == receiver.url
        assert hook["events"] == sorted(
            ["call_offered", "call_answered", "call_ended", "disposition_saved"]
        )
        assert hook["secret_hint"] == "…-crm"
        page.select(str(hook["id"]))
        assert isinstance(page, WebhooksPage) and page.test_button.isEnabled()
        page.test_button.click()
        run_until(loop, lambda: receiver.received, what="the test event at the receiver")
        assert receiver.received[0].type == "webhook_test"
        assert receiver.received[0].signed_by("a-long-secret-for-the-crm")
        run_until(loop, lambda: "HTTP 200" in tab.message_label.text(), what="the answer shown")
        for code in ("en", "zh_CN"):
            assert translations.set_language(code)
            qtbot.wait(50)  # let LanguageChange reach every widget (not an assertion)
            page.select(str(hook["id"]))
            shoot(tab, out, f"webhooks_{code}")
    finally:
        receiver.stop()
        translations.set_language("en")
        run(loop, admin.close())

"""The KB panel against a real server over HTTP: search as you type, article view,
click-to-dial, editing, safe rendering; screenshots in English and Chinese."""

from __future__ import annotations

import asyncio
import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import qasync
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QInputMethodEvent, QTextCursor

from agent_desktop.kb.api import httpx_transport
from agent_desktop.kb.panel import KnowledgePanel
from tests.kb.uiserver import ThreadedServer, run_until

pytestmark = pytest.mark.ui
REPO = Path(__file__).resolve().parents[2]
SCREENSHOTS = REPO / "docs" / "screenshots"


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ThreadedServer]:
    server = ThreadedServer(tmp_path_factory.mktemp("kb-ui"))
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def loop(qapp: Any) -> Iterator[asyncio.AbstractEventLoop]:
    # One qasync loop for the module: creating and closing one per test crashed Qt.
    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    yield loop
    loop.close()
    asyncio.set_event_loop(None)


def make_panel(
    qtbot: Any,
    loop: asyncio.AbstractEventLoop,
    live: ThreadedServer,
    agent_id: str = "1001",
    **kwargs: Any,
) -> KnowledgePanel:
    client = httpx.AsyncClient(base_url=live.base_url, timeout=10)
    panel = KnowledgePanel(httpx_transport(client, live.token(agent_id)), **kwargs)
    panel.resize(1000, 640)
    panel.show()

    def close_client() -> None:
        panel.presenter.close()
        loop.run_until_complete(client.aclose())

    qtbot.addWidget(panel, before_close_func=lambda _w: close_client())
    return panel


def type_text(qtbot: Any, widget: Any, text: str) -> None:
    """Type like a user: keys for ASCII, input-method commits (as a Chinese IME sends)
    for the rest (QTest cannot synthesise key events for non-ASCII characters)."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            event = QInputMethodEvent()
            event.setCommitString(ch)
            QCoreApplication.sendEvent(widget, event)


def label_html(panel: KnowledgePanel, row: int) -> str:
    return panel.results.itemWidget(panel.results.item(row)).text()  # type: ignore[union-attr]


def label_texts(panel: KnowledgePanel) -> list[str]:
    out = []
    for row in range(panel.results.count()):
        widget = panel.results.itemWidget(panel.results.item(row))
        out.append(re.sub(r"<[^>]+>", "", widget.text()))  # type: ignore[union-attr]
    return out


def test_typing_a_query_shows_highlighted_results(qtbot: Any, loop: Any, live: Any) -> None:
    panel = make_panel(qtbot, loop, live)
    type_text(qtbot, panel.search_edit, "退款")
    run_until(loop, lambda: panel.results.count() > 0)
    texts = label_texts(panel)
    assert any("退款政策" in t for t in texts)
    assert all("background-color:#ffe58a" in label_html(panel, i) for i in range(2))
    assert "退款" in panel.results_label.text()
    type_text(qtbot, panel.search_edit, "政策")  # now "退款政策": one result, newest query wins
    run_until(loop, lambda: panel.results.count() == 1)
    panel.results.setCurrentRow(0)
    run_until(loop, lambda: panel.article is not None)
    assert panel.title_label.text() == "退款政策"
    assert not panel.edit_button.isVisible() and not panel.new_button.isVisible()


def _fragment_formats(panel: KnowledgePanel) -> Iterator[Any]:
    block = panel.browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            yield it.fragment().charFormat()
            it += 1
        block = block.next()


def _anchor_position(panel: KnowledgePanel, href: str) -> Any:
    doc = panel.browser.document()
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().anchorHref() == href:
                cursor = QTextCursor(doc)
                cursor.setPosition(fragment.position() + 1)
                return panel.browser.cursorRect(cursor).center()
            it += 1
        block = block.next()
    raise AssertionError(f"no link {href}")


def test_clicking_a_phone_number_requests_a_dial(qtbot: Any, loop: Any, live: Any) -> None:
    panel = make_panel(qtbot, loop, live)
    panel.presenter.open_article(1)  # 退款政策: "请转接售后专线 400-800-2000"
    run_until(loop, lambda: panel.article is not None)
    pos = _anchor_position(panel, "dial:4008002000")
    with qtbot.waitSignal(panel.dial_requested, timeout=5000) as signal:
        qtbot.mouseClick(panel.browser.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert signal.args == ["4008002000"]


def test_suggestions_and_category_tree(qtbot: Any, loop: Any, live: Any) -> None:
    panel = make_panel(qtbot, loop, live)
    panel.refresh()
    run_until(loop, lambda: panel.tree.topLevelItemCount() > 0)
    refunds = panel.tree.topLevelItem(0).child(0)  # type: ignore[union-attr]
    assert refunds.text(0).startswith("退款 Refunds")
    panel.show_suggestions("support", "2,1")
    run_until(loop, lambda: panel.results.count() > 0)
    assert "如何查询退款进度" in label_texts(panel)[0]
    assert "(10)" in panel.results_label.text() or "Suggested" in panel.results_label.text()


def test_lead_creates_an_article_and_rendering_stays_safe(qtbot: Any, loop: Any, live: Any) -> None:
    panel = make_panel(qtbot, loop, live, agent_id="9001", can_edit=True)
    panel.refresh()
    run_until(loop, lambda: bool(panel.categories))
    assert panel.new_button.isVisible()
    panel.new_button.click()
    editor = panel.editor
    assert editor is not None
    editor.title_edit.setText("安全测试 Safety test")
    editor.tags_edit.setText("测试, test")
    editor.queues_edit.setText("support")
    editor.body_edit.setPlainText(
        "<script>alert(1)</script>\n\n<img src=http://127.0.0.1:9/x.png>"
        "\n\n![t](http://127.0.0.1:9/t.gif) 热线 400-800-1000"
    )
    loaded: list[Any] = []
    panel.browser.loadResource = lambda *a: loaded.append(a)  # type: ignore[method-assign]
    editor.buttons.accepted.emit()
    run_until(loop, lambda: panel.article is not None and panel.article.title.startswith("安全"))
    html = panel.browser.toHtml()
    assert "<script" not in html and "<img" not in html
    formats = list(_fragment_formats(panel))
    assert not any(f.isImageFormat() for f in formats)
    assert {f.anchorHref() for f in formats if f.isAnchor()} == {"dial:4008001000"}
    assert "&lt;script&gt;" in html and 'href="dial:4008001000"' in html
    assert loaded == []
    assert panel.edit_button.isVisible() and panel.editor is None
    # the new article is searchable at once
    type_text(qtbot, panel.search_edit, "安全测试")
    run_until(loop, lambda: panel.results.count() == 1)


def test_agent_cannot_save_even_if_the_editor_is_forced_open(
    qtbot: Any, loop: Any, live: Any
) -> None:
    panel = make_panel(qtbot, loop, live, agent_id="1002")
    errors: list[str] = []
    panel.presenter.failed.connect(lambda what, msg: errors.append(what))
    panel._open_editor(None)
    assert panel.editor is not None
    panel.editor.title_edit.setText("x")
    panel.editor.buttons.accepted.emit()
    run_until(loop, lambda: bool(errors))
    assert errors == ["save"] and "may not" in panel.editor.error_label.text()


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_screenshots(qtbot: Any, loop: Any, live: Any, tmp_path: Path, language: str) -> None:
    translator = QTranslator()
    if language != "en":
        assert translator.load(str(REPO / "resources" / "i18n" / f"agent_desktop_{language}.qm"))
        QCoreApplication.installTranslator(translator)
    try:
        panel = make_panel(qtbot, loop, live, agent_id="9001", can_edit=True)
        panel.refresh()
        query = "退款" if language != "en" else "refund"
        type_text(qtbot, panel.search_edit, query)
        run_until(loop, lambda: panel.results.count() > 0 and panel.tree.topLevelItemCount() > 0)
        panel.results.setCurrentRow(0)
        run_until(loop, lambda: panel.article is not None)
        if language != "en":
            assert panel.edit_button.text() == "编辑"
        out = tmp_path / f"kb_{language}.png"
        assert panel.grab().save(str(out))
        if os.environ.get("KB_SCREENSHOTS"):
            SCREENSHOTS.mkdir(parents=True, exist_ok=True)
            shutil.copy(out, SCREENSHOTS / out.name)
    finally:
        QCoreApplication.removeTranslator(translator)

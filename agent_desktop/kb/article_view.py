"""Article view: a QTextBrowser that loads nothing and turns dial links into a signal."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QTextBrowser, QWidget

from agent_desktop.kb.markdown import DIAL_SCHEME, render_markdown

ARTICLE_CSS = """
h2, h3, h4 { margin-top: 10px; margin-bottom: 4px; }
p, li { line-height: 140%; }
a { color: #0b5cad; text-decoration: underline; }
code, pre { font-family: monospace; background-color: #f2f2f2; }
blockquote { color: #555555; margin-left: 12px; }
"""


class ArticleBrowser(QTextBrowser):
    """Renders only what `render_markdown` produced; fetches no resource of any kind."""

    dial_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.document().setDefaultStyleSheet(ARTICLE_CSS)
        self.anchorClicked.connect(self._on_anchor_clicked)

    def loadResource(self, kind: int, url: QUrl | str) -> Any:  # Qt override
        return None  # no images, style sheets or anything else, local or remote

    def show_markdown(self, markdown: str) -> None:
        self.setHtml(render_markdown(markdown))

    def _on_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() == DIAL_SCHEME and url.path():
            self.dial_requested.emit(url.path())

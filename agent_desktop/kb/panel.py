"""KnowledgePanel: search box, category tree, result list with snippets, article view.

Self-contained: the main window creates it with its async transport and embeds it.
`dial_requested(number)` fires when a phone number in an article is clicked.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.kb.api import KbApi, Transport
from agent_desktop.kb.article_view import ArticleBrowser
from agent_desktop.kb.editor import ArticleEditor
from agent_desktop.kb.markdown import snippet_html
from agent_desktop.kb.presenter import KnowledgePresenter
from agent_desktop.protocol.kb import KbArticle, KbArticleInput, KbCategory, KbSearchHit

ID_ROLE = Qt.ItemDataRole.UserRole
COMPACT_WIDTH = 640  # px; below it the article view is laid out under the results


class ResultItem(QLabel):
    """One result: title and snippet as restricted rich text (see `snippet_html`)."""

    def __init__(
        self, title_html: str, snippet: str, tags: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.setOpenExternalLinks(False)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.setContentsMargins(6, 4, 6, 4)
        text = f"<b>{snippet_html(title_html)}</b>"
        if snippet:
            text += f'<br><span style="color:#333333">{snippet_html(snippet)}</span>'
        if tags:
            text += f'<br><span style="color:#2a6f97">{tags}</span>'
        self.setText(text)


class KnowledgePanel(QWidget):
    dial_requested = Signal(str)
    play_requested = Signal(str)  # voice snippet id: play it to the caller

    def __init__(
        self,
        transport: Transport,
        *,
        can_edit: bool = False,
        queue: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.presenter = KnowledgePresenter(KbApi(transport), queue, self)
        self.can_edit = can_edit
        self.article: KbArticle | None = None
        self.categories: list[KbCategory] = []
        self.editor: ArticleEditor | None = None
        self._results_kind = "search"
        self._results_context = ""
        self.play_enabled = False
        self.play_buttons: dict[str, QPushButton] = {}
        self._build()
        self._connect()
        self.retranslate()

    # --- layout ------------------------------------------------------------------------

    def _build(self) -> None:
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.new_button = QPushButton()
        self.new_button.setVisible(self.can_edit)
        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.new_button)

        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.results_label = QLabel()
        self.results_label.setTextFormat(Qt.TextFormat.PlainText)
        self.results = QListWidget()
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # A light selection keeps the dark snippet text and the yellow highlights readable.
        self.results.setStyleSheet(
            "QListWidget::item:selected { background: #d6e6f8; }"
            "QListWidget::item:selected:!active { background: #e4edf7; }"
        )
        left = self.left_splitter = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.tree)
        results_box = QWidget()
        box = QVBoxLayout(results_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.results_label)
        box.addWidget(self.results, 1)
        left.addWidget(results_box)
        left.setSizes([160, 340])

        self.title_label = QLabel()
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_label.setWordWrap(True)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title_label.setFont(font)
        self.meta_label = QLabel()
        self.meta_label.setTextFormat(Qt.TextFormat.PlainText)
        self.meta_label.setWordWrap(True)
        self.meta_label.setStyleSheet("color: #555555")
        self.edit_button = QPushButton()
        self.delete_button = QPushButton()
        buttons = QHBoxLayout()
        buttons.addWidget(self.meta_label, 1)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        self.browser = ArticleBrowser()
        # Voice snippets (语音知识库): one row per audio attachment, "Play to caller".
        self.snippets_box = QWidget()
        self.snippets_box.setObjectName("snippetsBox")
        self.snippets_layout = QVBoxLayout(self.snippets_box)
        self.snippets_layout.setContentsMargins(0, 4, 0, 4)
        self.snippets_title = QLabel()
        self.snippets_title.setStyleSheet("font-weight: bold")
        self.snippets_layout.addWidget(self.snippets_title)
        self.snippets_box.hide()
        article_box = QWidget()
        right = QVBoxLayout(article_box)
        right.setContentsMargins(6, 0, 0, 0)
        right.addWidget(self.title_label)
        right.addLayout(buttons)
        right.addWidget(self.snippets_box)
        right.addWidget(self.browser, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(article_box)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([300, 500])
        self.status_label = QLabel()
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setStyleSheet("color: #b00020")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.status_label)
        self._show_article_buttons()

    def _connect(self) -> None:
        p = self.presenter
        self.search_edit.textChanged.connect(p.set_query)
        self.search_edit.returnPressed.connect(p.search_now)
        self.tree.itemClicked.connect(self._on_tree_item_clicked)
        self.results.currentItemChanged.connect(self._on_results_current_item_changed)
        self.browser.dial_requested.connect(self.dial_requested)
        self.new_button.clicked.connect(lambda: self._open_editor(None))
        self.edit_button.clicked.connect(lambda: self._open_editor(self.article))
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        p.categories_changed.connect(self._on_categories_changed)
        p.results_changed.connect(self._on_results_changed)
        p.article_shown.connect(self._on_article_shown)
        p.article_saved.connect(self._on_article_saved)
        p.article_deleted.connect(self._on_article_deleted)
        p.failed.connect(self._on_failed)

    def retranslate(self) -> None:
        self.search_edit.setPlaceholderText(self.tr("Search the knowledge base…"))
        self.new_button.setText(self.tr("New article"))
        self.edit_button.setText(self.tr("Edit"))
        self.delete_button.setText(self.tr("Delete"))
        self.tree.setAccessibleName(self.tr("Categories"))
        self.results.setAccessibleName(self.tr("Results"))
        self.browser.setAccessibleName(self.tr("Article"))
        self.snippets_title.setText(self.tr("Voice snippets"))
        for button in self.play_buttons.values():
            button.setText(self.tr("Play to caller"))
        self._update_play_tooltips()
        if self.article is None:
            self.title_label.setText(self.tr("Knowledge base"))
            self.meta_label.setText(self.tr("Search or pick a category."))
        else:
            self._show_meta(self.article)
        self._update_results_label()

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt override
        """Narrow (a side dock): the article goes below the results instead of beside."""
        super().resizeEvent(event)
        narrow = event.size().width() < COMPACT_WIDTH
        orientation = Qt.Orientation.Vertical if narrow else Qt.Orientation.Horizontal
        if self.splitter.orientation() != orientation:
            self.splitter.setOrientation(orientation)
            if narrow:
                self.left_splitter.setSizes([110, 250])
                self.splitter.setSizes([360, 400])
            else:
                self.left_splitter.setSizes([160, 340])
                self.splitter.setSizes([300, 500])

    # --- public ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Load the category tree (call once the panel is shown and signed in)."""
        self.presenter.load_categories()

    def show_suggestions(self, queue: str | None, ivr_path: str | None) -> None:
        """Articles for the current call; the main window calls this on `call_offered`."""
        self.presenter.show_suggestions(queue, ivr_path)

    # --- presenter → view --------------------------------------------------------------

    def _on_categories_changed(self, categories: list[KbCategory]) -> None:
        self.categories = categories
        self.tree.clear()

        def add(parent: QTreeWidget | QTreeWidgetItem, node: KbCategory) -> None:
            item = QTreeWidgetItem(
                [f"{node.name} ({node.article_count})" if node.article_count else node.name]
            )
            item.setData(0, ID_ROLE, node.id)
            if isinstance(parent, QTreeWidget):
                parent.addTopLevelItem(item)
            else:
                parent.addChild(item)
            for child in node.children:
                add(item, child)

        for node in categories:
            add(self.tree, node)
        self.tree.expandAll()

    def _on_results_changed(self, kind: str, items: list[Any]) -> None:
        self._results_kind = kind
        if kind == "search":
            self._results_context = self.search_edit.text().strip()
        self.results.clear()
        scrollbar = self.results.verticalScrollBar().sizeHint().width()
        width = max(self.results.width() - scrollbar - 6, 120)
        for entry in items:
            if isinstance(entry, KbSearchHit):
                label = ResultItem(entry.title_html, entry.snippet_html, _tag_line(entry.tags))
            else:  # a summary (category listing, suggestions): title and tags
                label = ResultItem(_escape(entry.title), "", _tag_line(entry.tags))
            item = QListWidgetItem()
            item.setData(ID_ROLE, entry.id)
            label.setFixedWidth(width)
            item.setSizeHint(label.sizeHint().expandedTo(label.minimumSizeHint()))
            label.setMinimumWidth(0)
            label.setMaximumWidth(16777215)
            self.results.addItem(item)
            self.results.setItemWidget(item, label)
        self._update_results_label()

    def _update_results_label(self) -> None:
        n = self.results.count()
        if self._results_kind == "suggestions":
            text = self.tr("Suggested for this call (%n)", "", n)
        elif self._results_kind == "category":
            text = self.tr("%n article(s) in this category", "", n)
        elif not self._results_context:
            text = self.tr("Type to search (Chinese or English)")
        elif n == 0:
            text = self.tr("No articles found for “%1”").replace("%1", self._results_context)
        else:
            text = self.tr("%n result(s) for “%1”", "", n).replace("%1", self._results_context)
        self.results_label.setText(text)

    def _on_article_shown(self, article: KbArticle) -> None:
        self.article = article
        self.title_label.setText(article.title)
        self._show_meta(article)
        self.browser.show_markdown(article.body)
        self._show_article_buttons()
        self._show_snippets(article)

    # --- voice snippets ----------------------------------------------------------------

    def _show_snippets(self, article: KbArticle | None) -> None:
        while self.snippets_layout.count() > 1:  # keep the title
            item = self.snippets_layout.takeAt(1)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.play_buttons = {}
        audio = [a for a in (article.attachments if article else []) if a.kind == "audio"]
        for attachment in audio:
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            label = QLabel(_snippet_label(attachment.title, attachment.duration_seconds))
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            button = QPushButton(self.tr("Play to caller"))
            button.setObjectName("playSnippetButton")
            button.setEnabled(self.play_enabled)
            button.clicked.connect(lambda _=False, i=attachment.id: self.play_requested.emit(i))
            line.addWidget(label, 1)
            line.addWidget(button)
            self.snippets_layout.addWidget(row)
            self.play_buttons[attachment.id] = button
        self.snippets_box.setVisible(bool(audio))
        self._update_play_tooltips()

    def set_play_enabled(self, enabled: bool) -> None:
        """ "Play to caller" works only while the agent is on an answered call."""
        self.play_enabled = enabled
        for button in self.play_buttons.values():
            button.setEnabled(enabled)
        self._update_play_tooltips()

    def _update_play_tooltips(self) -> None:
        tip = (
            self.tr("Play this recording to the caller (you hear it too)")
            if self.play_enabled
            else self.tr("Available while you are on an answered call")
        )
        for button in self.play_buttons.values():
            button.setToolTip(tip)

    def show_play_result(self, text: str, error: bool) -> None:
        """The outcome of a "Play to caller" (errors in red, as the panel's other errors)."""
        self.status_label.setStyleSheet("color: #b00020" if error else "color: #1a7f37")
        self.status_label.setText(text)

    def _show_meta(self, article: KbArticle) -> None:
        parts = [" / ".join(article.category_path)] if article.category_path else []
        if article.tags:
            parts.append(self.tr("Tags: %1").replace("%1", ", ".join(article.tags)))
        parts.append(self.tr("Version %1").replace("%1", str(article.version)))
        self.meta_label.setText("  ·  ".join(parts))

    def _show_article_buttons(self) -> None:
        for button in (self.edit_button, self.delete_button):
            button.setVisible(self.can_edit and self.article is not None)

    def _on_article_saved(self, article: KbArticle) -> None:
        if self.editor is not None:
            self.editor.accept()
            self.editor = None
        self.status_label.clear()

    def _on_article_deleted(self, article_id: int) -> None:
        if self.article is not None and self.article.id == article_id:
            self.article = None
            self.browser.clear()
            self._show_article_buttons()
            self._show_snippets(None)
            self.retranslate()
        for row in range(self.results.count()):
            item = self.results.item(row)
            if item is not None and item.data(ID_ROLE) == article_id:
                self.results.takeItem(row)
                break

    def _on_failed(self, what: str, message: str) -> None:
        if what == "save" and self.editor is not None:
            self.editor.show_error(message)
            return
        self.status_label.setStyleSheet("color: #b00020")
        self.status_label.setText(message)

    # --- view → presenter --------------------------------------------------------------

    def _on_tree_item_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        self._results_context = item.text(0)
        self.presenter.open_category(int(item.data(0, ID_ROLE)))

    def _on_results_current_item_changed(
        self, current: QListWidgetItem | None, _previous: QListWidgetItem | None
    ) -> None:
        if current is not None:
            self.presenter.open_article(int(current.data(ID_ROLE)))

    def _open_editor(self, article: KbArticle | None) -> None:
        self.editor = ArticleEditor(self.categories, article, self)
        self.editor.submitted.connect(self._on_editor_submitted)
        self.editor.open()

    def _on_editor_submitted(self, article_id: int, data: KbArticleInput) -> None:
        self.presenter.save_article(article_id or None, data)

    def _on_delete_button_clicked(self) -> None:
        if self.article is None:
            return
        article_id = self.article.id
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete article"),
            self.tr("Delete “%1”? Its edit history is kept.").replace("%1", self.article.title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.finished.connect(lambda result: self._on_delete_answered(result, article_id))
        box.open()  # not exec(): no nested event loop under qasync
        self._confirm_box = box

    def _on_delete_answered(self, result: int, article_id: int) -> None:
        if result == QMessageBox.StandardButton.Yes:
            self.presenter.delete_article(article_id)

    def closeEvent(self, event: Any) -> None:  # Qt override
        self.presenter.close()
        super().closeEvent(event)


def _snippet_label(title: str, seconds: float | None) -> str:
    if seconds is None:
        return title
    whole = max(0, round(seconds))
    return f"{title} ({whole // 60}:{whole % 60:02d})"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _tag_line(tags: list[str]) -> str:
    return _escape("  ".join(f"#{t}" for t in tags))

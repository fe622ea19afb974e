"""Article editor for leads and admins: title, category, tags, queues, IVR paths, body."""

from __future__ import annotations

from pydantic import ValidationError
from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.protocol.kb import KbArticle, KbArticleInput, KbCategory


def _split(text: str) -> list[str]:
    return [p.strip() for p in text.replace("，", ",").split(",") if p.strip()]


class ArticleEditor(QDialog):
    """Opened with `open()` (never `exec()`: no nested loop under qasync). Emits
    `submitted(article_id or 0 for a new one, KbArticleInput)`; the panel saves it."""

    submitted = Signal(int, object)

    def __init__(
        self,
        categories: list[KbCategory],
        article: KbArticle | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.article_id = article.id if article else 0
        self.title_edit = QLineEdit()
        self.category_box = QComboBox()
        self.category_box.addItem("—", None)
        self._add_categories(categories, 0)
        self.tags_edit = QLineEdit()
        self.queues_edit = QLineEdit()
        self.ivr_edit = QLineEdit()
        self.body_edit = QPlainTextEdit()
        self.body_edit.setMinimumHeight(220)
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b00020")
        self.error_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout()
        self._labels = [QLabel() for _ in range(6)]
        for label, field in zip(
            self._labels,
            (
                self.title_edit,
                self.category_box,
                self.tags_edit,
                self.queues_edit,
                self.ivr_edit,
                self.body_edit,
            ),
            strict=True,
        ):
            self.form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        if article is not None:
            self.title_edit.setText(article.title)
            self.category_box.setCurrentIndex(
                max(0, self.category_box.findData(article.category_id))
            )
            self.tags_edit.setText(", ".join(article.tags))
            self.queues_edit.setText(", ".join(article.queues))
            self.ivr_edit.setText(", ".join(p.replace(",", ">") for p in article.ivr_paths))
            self.body_edit.setPlainText(article.body)
        self.resize(560, 520)
        self.retranslate()

    def _add_categories(self, nodes: list[KbCategory], depth: int) -> None:
        for node in nodes:
            self.category_box.addItem("    " * depth + node.name, node.id)
            self._add_categories(node.children, depth + 1)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit article") if self.article_id else self.tr("New article"))
        for label, text in zip(
            self._labels,
            (
                self.tr("Title"),
                self.tr("Category"),
                self.tr("Tags"),
                self.tr("Queues"),
                self.tr("IVR paths"),
                self.tr("Body (Markdown)"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.tags_edit.setPlaceholderText(self.tr("comma separated, e.g. refund, 退款"))
        self.queues_edit.setPlaceholderText(self.tr("empty = every queue"))
        self.ivr_edit.setPlaceholderText(self.tr("digit paths, e.g. 2>1"))

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.buttons.setEnabled(True)

    def _on_buttons_accepted(self) -> None:
        try:
            data = KbArticleInput(
                title=self.title_edit.text(),
                body=self.body_edit.toPlainText(),
                category_id=self.category_box.currentData(),
                tags=_split(self.tags_edit.text()),
                queues=_split(self.queues_edit.text()),
                ivr_paths=_split(self.ivr_edit.text()),
            )
        except ValidationError as exc:
            self.show_error(
                "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
            )
            return
        self.error_label.clear()
        self.buttons.setEnabled(False)  # until the panel reports saved or failed
        self.submitted.emit(self.article_id, data)

"""AdminTab: the admin's (and, read-only, a lead's) tab: one page per collection, the
presenter's messages on top. Embed with `AdminTab(presenter, tasks)`."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from agent_desktop.admin.page import ResourcePage
from agent_desktop.admin.pages import AgentsPage, PromptsPage, WebhooksPage
from agent_desktop.admin.presenter import AdminPresenter
from agent_desktop.presenters.tasks import TaskRunner
from agent_desktop.views.style import message_style


class AdminTab(QWidget):
    """Pages in the order of FEATURES.md §8: agents, teams, queues, numbers, codes,
    dispositions, prompts, roles (a lead sees agents, teams and queues)."""

    def __init__(
        self, presenter: AdminPresenter, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("adminTab")
        self.presenter = presenter
        self.message_label = QLabel()
        self.message_label.setObjectName("subtitleLabel")
        self._hint = presenter.read_only  # the read-only hint shows until a message
        self.pages = QTabWidget()
        self.page: dict[str, ResourcePage] = {}
        self.extra: list[QWidget] = []  # pages of other slices (the flow editor), `add_page`
        for spec in presenter.specs:
            if spec.name == "agents":
                page: ResourcePage = AgentsPage(presenter, tasks)
            elif spec.name == "prompts":
                page = PromptsPage(presenter)
            elif spec.name == "webhooks":
                page = WebhooksPage(presenter)
            else:
                page = ResourcePage(spec, presenter)
            self.page[spec.name] = page
            self.pages.addTab(page, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_label)
        layout.addWidget(self.pages, 1)
        presenter.message.connect(self._on_presenter_message)
        self.pages.currentChanged.connect(self._on_pages_current_changed)
        self.retranslate()

    def add_page(self, page: QWidget) -> None:
        """A page of another slice; its `title()` names the tab (re-read on retranslate)."""
        self.extra.append(page)
        self.pages.addTab(page, page.title())  # type: ignore[attr-defined]

    def _on_pages_current_changed(self, _index: int) -> None:
        """A message was about the page left behind (saved, deleted, not saved): clear it;
        a lead's read-only hint stays."""
        if not self._hint:
            self.message_label.clear()
            self.message_label.setStyleSheet("")

    def show_message(self, text: str, error: bool) -> None:
        self._on_presenter_message(text, error)

    def _on_presenter_message(self, text: str, error: bool) -> None:
        self._hint = False
        self.message_label.setStyleSheet(message_style(error))
        self.message_label.setText(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        if not self._hint:
            self.message_label.clear()  # said in the previous language
        self._hint = self.presenter.read_only
        for index, spec in enumerate(self.presenter.specs):
            self.pages.setTabText(index, self.presenter.texts.resource(spec.name))
        for page in self.extra:
            self.pages.setTabText(self.pages.indexOf(page), page.title())  # type: ignore[attr-defined]
        if self._hint:
            self.message_label.setStyleSheet("")
            self.message_label.setText(self.tr("Read-only: ask an administrator for changes."))

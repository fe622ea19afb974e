"""Sign-ins page of the supervisor tab: failed sign-ins and lock-outs, with Refresh."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from agent_desktop.supervisor.live_page import make_table
from agent_desktop.supervisor.proxies import SortProxy
from agent_desktop.supervisor.sign_ins import SignInsPresenter


class SignInsPage(QWidget):
    """The last day's sign-in attempts, newest first; loaded when shown and on Refresh."""

    def __init__(self, presenter: SignInsPresenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(presenter.model)
        self.table = make_table(self.proxy)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.horizontalHeader().setStretchLastSection(True)  # the page's whole width
        self.note_label = QLabel()
        self.note_label.setWordWrap(True)
        self.status_label = QLabel()
        self.refresh_button = QPushButton()
        top = QHBoxLayout()
        top.addWidget(self.note_label, 1)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status_label)
        self.refresh_button.clicked.connect(self._on_refresh_button_clicked)
        presenter.loaded.connect(self._on_presenter_loaded)
        presenter.failed.connect(self.status_label.setText)
        self._count = 0
        self.retranslate()

    def showEvent(self, event: object) -> None:
        self.presenter.refresh()
        super().showEvent(event)  # type: ignore[arg-type]

    def _on_refresh_button_clicked(self) -> None:
        self.presenter.refresh()

    def _on_presenter_loaded(self, count: int) -> None:
        self._count = count
        self.status_label.setText(
            self.tr("Attempts in the last 24 hours: %1").replace("%1", str(count))
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.refresh_button.setText(self.tr("Refresh"))
        self.note_label.setText(
            self.tr(
                "Failed sign-ins lock out one agent ID at one address for a while; colleagues "
                "at the same address and the agent's own desktop are not affected."
            )
        )
        self.presenter.model.retranslate()
        self._on_presenter_loaded(self._count)

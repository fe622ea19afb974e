"""The agents' campaign bar under the state bar: the running campaigns I may join, Join
and Leave, and which campaign I am in. Hidden when there is nothing to join."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from agent_desktop.campaigns.labels import mode_label
from agent_desktop.campaigns.presenter import AgentCampaigns


class CampaignBar(QFrame):
    def __init__(self, presenter: AgentCampaigns, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("campaignBar")
        self.setStyleSheet(
            "QFrame#campaignBar { background: #f1f8ee; border: 1px solid #9cc98a;"
            " border-radius: 6px; }"
        )
        self.presenter = presenter
        self.title = QLabel(self)
        self.combo = QComboBox(self)
        self.combo.setMinimumContentsLength(24)
        self.join_button = QPushButton(self)
        self.leave_button = QPushButton(self)
        self.status_label = QLabel(self)
        self.refresh_button = QPushButton(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.combo)
        layout.addWidget(self.join_button)
        layout.addWidget(self.status_label, 1)
        layout.addWidget(self.leave_button)
        layout.addWidget(self.refresh_button)
        self.join_button.clicked.connect(self._on_join_button_clicked)
        self.leave_button.clicked.connect(presenter.leave)
        self.refresh_button.clicked.connect(presenter.load)
        presenter.changed.connect(self.refresh_view)
        self.retranslate()

    def refresh_view(self) -> None:
        p = self.presenter
        keep = self.combo.currentData()
        self.combo.clear()
        for c in p.joinable:
            self.combo.addItem(f"{c.name} · {mode_label(c.mode)}", c.id)
        if keep is not None and self.combo.findData(keep) >= 0:
            self.combo.setCurrentIndex(self.combo.findData(keep))
        joined = p.joined
        if joined is not None:
            self.status_label.setText(
                self.tr("In campaign: %1 (%2)")
                .replace("%1", joined.name)
                .replace("%2", mode_label(joined.mode))
            )
        else:
            self.status_label.setText("" if p.joinable else self.tr("No campaign is running."))
        self.join_button.setEnabled(
            bool(p.joinable) and (joined is None or self.combo.currentData() != joined.id)
        )
        self.leave_button.setVisible(joined is not None)
        self.setVisible(bool(p.joinable) or joined is not None)

    def _on_join_button_clicked(self) -> None:
        campaign_id = self.combo.currentData()
        if campaign_id is not None:
            self.presenter.join(int(campaign_id))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Outbound campaign:"))
        self.join_button.setText(self.tr("Join"))
        self.leave_button.setText(self.tr("Leave"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.refresh_view()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

"""SupervisorTab: the lead's tab (wallboard and recordings) over a SupervisorPresenter."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from agent_desktop.supervisor.live_page import LivePage
from agent_desktop.supervisor.presenter import SupervisorPresenter
from agent_desktop.supervisor.recordings_page import RecordingsPage


class SupervisorTab(QWidget):
    """Embed with `SupervisorTab(presenter, language=lambda: translations.language)`."""

    def __init__(self, presenter: SupervisorPresenter,
                 language: Callable[[], str] = lambda: "en",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("supervisorTab")
        self.presenter = presenter
        self.mask_check = QCheckBox()
        self.mask_check.setChecked(presenter.preferences.mask_numbers)
        self.message_label = QLabel()
        self.message_label.setObjectName("subtitleLabel")
        self.live = LivePage(presenter, language)
        self.recordings = RecordingsPage(presenter.recordings, language)
        self.pages = QTabWidget()
        self.pages.addTab(self.live, "")
        self.pages.addTab(self.recordings, "")
        # messages and the mask switch ride in the tab bar's corner: a row of their own
        # cost the tables ~30 px at 768 px high
        corner = QWidget()
        top = QHBoxLayout(corner)
        top.setContentsMargins(0, 0, 4, 0)
        top.addWidget(self.message_label, 1)
        top.addWidget(self.mask_check)
        self.pages.setCornerWidget(corner, Qt.Corner.TopRightCorner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.pages, 1)
        self.mask_check.toggled.connect(presenter.set_mask_numbers)
        presenter.message.connect(self._on_presenter_message)
        presenter.mask_changed.connect(self._on_mask_changed)
        self.retranslate()

    def _on_presenter_message(self, text: str, error: bool) -> None:
        self.message_label.setStyleSheet("color: #cf222e;" if error else "color: #1a7f37;")
        self.message_label.setText(text)

    def _on_mask_changed(self, mask: bool) -> None:
        self.mask_check.blockSignals(True)
        self.mask_check.setChecked(mask)
        self.mask_check.blockSignals(False)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.pages.setTabText(0, self.tr("Live"))
        self.pages.setTabText(1, self.tr("Recordings"))
        self.mask_check.setText(self.tr("Mask numbers"))
        self.mask_check.setToolTip(self.tr("Show caller numbers as 138****8000 "
                                           "(saved for you on this computer)"))

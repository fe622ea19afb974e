"""SupervisorTab: the lead's tab (wallboard, recordings, sign-ins) over a SupervisorPresenter."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from agent_desktop.supervisor.live_page import LivePage
from agent_desktop.supervisor.presenter import SupervisorPresenter
from agent_desktop.supervisor.recordings_page import RecordingsPage
from agent_desktop.supervisor.sign_ins_page import SignInsPage
from agent_desktop.views.style import message_style


class SupervisorTab(QWidget):
    """Embed with `SupervisorTab(presenter, language=lambda: translations.language)`."""

    def __init__(
        self,
        presenter: SupervisorPresenter,
        language: Callable[[], str] = lambda: "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("supervisorTab")
        self.presenter = presenter
        self.mask_check = QCheckBox()
        self.mask_check.setChecked(presenter.preferences.mask_numbers)
        self.message_label = QLabel()
        self.message_label.setObjectName("subtitleLabel")
        # faults the server reports (/health): red across the tab until they clear
        self.alarm_label = QLabel()
        self.alarm_label.setObjectName("alarmBanner")
        self.alarm_label.setWordWrap(True)
        self.alarm_label.hide()
        self.live = LivePage(presenter, language)
        self.recordings = RecordingsPage(presenter.recordings, language)
        self.sign_ins = SignInsPage(presenter.sign_ins)
        self.pages = QTabWidget()
        self.pages.addTab(self.live, "")
        self.pages.addTab(self.recordings, "")
        self.pages.addTab(self.sign_ins, "")
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
        layout.addWidget(self.alarm_label)
        layout.addWidget(self.pages, 1)
        self.mask_check.toggled.connect(presenter.set_mask_numbers)
        presenter.message.connect(self._on_presenter_message)
        presenter.mask_changed.connect(self._on_mask_changed)
        presenter.alarms_changed.connect(lambda _alarms: self._render_alarms())
        self.retranslate()

    def _on_presenter_message(self, text: str, error: bool) -> None:
        self.message_label.setStyleSheet(message_style(error))
        self.message_label.setText(text)

    def _on_mask_changed(self, mask: bool) -> None:
        self.mask_check.blockSignals(True)
        self.mask_check.setChecked(mask)
        self.mask_check.blockSignals(False)

    def _alarm_text(self, check: str, detail: str) -> str:
        names = {
            "recordings": self.tr("Recordings are not being saved"),
            "sip_edge": self.tr("SIP edge down: calls cannot reach agents"),
            "database": self.tr("Database busy: changes are held back"),
            "media_workers": self.tr("No media workers: calls cannot be answered"),
        }
        return self.tr("%1 (%2)").replace("%1", names.get(check, check)).replace("%2", detail)

    def _render_alarms(self) -> None:
        alarms = self.presenter.alarms
        self.alarm_label.setVisible(bool(alarms))
        lines = [self._alarm_text(check, detail) for check, detail in sorted(alarms.items())]
        self.alarm_label.setText(self.tr("Alarm: %1").replace("%1", "\n".join(lines)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.pages.setTabText(0, self.tr("Live"))
        self.pages.setTabText(1, self.tr("Recordings"))
        self.pages.setTabText(2, self.tr("Sign-ins"))
        self.mask_check.setText(self.tr("Mask numbers"))
        self._render_alarms()
        self.mask_check.setToolTip(
            self.tr("Show caller numbers as 138****8000 (saved for you on this computer)")
        )

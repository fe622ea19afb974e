"""Wrap-up panel (话后整理): disposition code and summary note for the call just ended."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from agent_desktop.i18n import Translations
from agent_desktop.presenters.wrap_up import WrapUpPresenter
from agent_desktop.views.generated.ui_wrap_up import Ui_WrapUpForm


class WrapUpPanel(QFrame):
    """Visible while a call waits for its disposition; saving stores it in the outbox."""

    def __init__(
        self, presenter: WrapUpPresenter, translations: Translations, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self._presenter = presenter
        self._translations = translations
        self.form = QWidget(self)
        self.ui = Ui_WrapUpForm()
        self.ui.setupUi(self.form)
        self.ui.headingLabel.setObjectName("sectionTitle")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        layout.addWidget(self.form)
        self.ui.saveButton.clicked.connect(self._on_save_button_clicked)
        presenter.call_changed.connect(self._on_call_changed)
        presenter.dispositions_changed.connect(lambda _d: self._fill_dispositions())
        presenter.error.connect(self.ui.statusLabel.setText)
        translations.language_changed.connect(lambda _c: self._fill_dispositions())
        self.setVisible(bool(presenter.call_id))

    def _fill_dispositions(self) -> None:
        combo = self.ui.dispositionCombo
        current = combo.currentData()
        combo.clear()
        combo.addItem(self.tr("— choose —"), "")
        zh = self._translations.language == "zh_CN"
        for item in self._presenter.dispositions:
            combo.addItem(item.label_zh if zh else item.label_en, item.code)
        index = combo.findData(current)
        combo.setCurrentIndex(max(0, index))

    def _on_call_changed(self, call_id: str) -> None:
        if call_id:
            self.ui.noteEdit.clear()
            self._fill_dispositions()
            self.ui.dispositionCombo.setCurrentIndex(0)
            self.ui.statusLabel.clear()
            self._show_required()
        self.setVisible(bool(call_id))

    def _show_required(self) -> None:
        """ "Disposition (required)" when the call's queue needs one before wrap-up ends."""
        required = self._presenter.required
        self.ui.dispositionLabel.setText(
            self.tr("&Disposition (required):") if required else self.tr("&Disposition:")
        )
        self.ui.dispositionCombo.setToolTip(
            self.tr("This queue needs a disposition before you can finish wrap-up.")
            if required
            else ""
        )

    def _on_save_button_clicked(self) -> None:
        self._presenter.submit(
            str(self.ui.dispositionCombo.currentData() or ""), self.ui.noteEdit.toPlainText()
        )

    def retranslate_ui(self) -> None:
        self.ui.retranslateUi(self.form)
        self._fill_dispositions()
        self._show_required()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

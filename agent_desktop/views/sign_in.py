"""Sign-in page: server address, agent ID, password, remember me, language, errors."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from agent_desktop.i18n import LANGUAGES, Translations
from agent_desktop.presenters.session import SessionPresenter
from agent_desktop.views.generated.ui_sign_in import Ui_SignInForm


class SignInPage(QWidget):
    """A centred card with the Designer form; hands the fields to the session presenter."""

    def __init__(
        self, session: SessionPresenter, translations: Translations, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._translations = translations
        self.card = QFrame(self)
        self.card.setObjectName("signInCard")
        self.card.setFixedWidth(500)
        self.ui = Ui_SignInForm()
        self.ui.setupUi(self.card)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(self.card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        for code, name in LANGUAGES.items():
            self.ui.languageCombo.addItem(name, code)
        settings = session.settings
        self.ui.serverEdit.setText(settings.server_url)
        self.ui.agentEdit.setText(settings.agent_id)
        self.ui.rememberCheck.setChecked(settings.remember)
        self._fill_remembered()
        self._sync_language_combo(translations.language)
        self.ui.errorLabel.hide()

        self.ui.signInButton.clicked.connect(self._on_sign_in_clicked)
        self.ui.passwordEdit.returnPressed.connect(self._on_sign_in_clicked)
        self.ui.agentEdit.editingFinished.connect(self._fill_remembered)
        self.ui.languageCombo.currentIndexChanged.connect(self._on_language_combo_changed)
        translations.language_changed.connect(self._sync_language_combo)
        session.busy_changed.connect(self._on_session_busy)
        session.sign_in_failed.connect(self.show_error)
        session.signed_out.connect(self._on_signed_out)

    def _fill_remembered(self) -> None:
        if self.ui.passwordEdit.text():
            return
        password = self._session.remembered_password(
            self.ui.serverEdit.text(), self.ui.agentEdit.text()
        )
        self.ui.passwordEdit.setText(password)

    def _on_sign_in_clicked(self) -> None:
        self.ui.errorLabel.hide()
        self._session.sign_in(
            self.ui.serverEdit.text(),
            self.ui.agentEdit.text(),
            self.ui.passwordEdit.text(),
            self.ui.rememberCheck.isChecked(),
        )

    def _on_session_busy(self, busy: bool) -> None:
        self.ui.signInButton.setEnabled(not busy)
        self._busy = busy
        self.retranslate_ui()

    def show_error(self, message: str) -> None:
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.setVisible(bool(message))

    def _on_signed_out(self, message: str) -> None:
        if not self._session.settings.remember:
            self.ui.passwordEdit.clear()
        self.show_error(message)

    def _on_language_combo_changed(self, _index: int) -> None:
        self._translations.set_language(str(self.ui.languageCombo.currentData()))

    def _sync_language_combo(self, code: str) -> None:
        index = self.ui.languageCombo.findData(code)
        if index >= 0 and index != self.ui.languageCombo.currentIndex():
            self.ui.languageCombo.blockSignals(True)
            self.ui.languageCombo.setCurrentIndex(index)
            self.ui.languageCombo.blockSignals(False)

    def retranslate_ui(self) -> None:
        self.ui.retranslateUi(self.card)
        if getattr(self, "_busy", False):
            self.ui.signInButton.setText(self.tr("Signing in…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

"""The pages with more than a table and a form: agents (bulk import, password reset) and
prompts (upload a WAV or MP3, listen back)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from agent_desktop.admin.dialogs import ImportDialog
from agent_desktop.admin.form import ERROR_STYLE
from agent_desktop.admin.importer import ImportPresenter
from agent_desktop.admin.page import ResourcePage
from agent_desktop.admin.presenter import AdminPresenter
from agent_desktop.admin.resources import AGENTS, PROMPTS, WEBHOOKS
from agent_desktop.presenters.tasks import TaskRunner
from agent_desktop.supervisor.player import RecordingPlayer


class AgentsPage(ResourcePage):
    """Agents, plus Import… (CSV/Excel with a row-error preview) and Reset password…."""

    def __init__(
        self, presenter: AdminPresenter, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        self.import_button = QPushButton()
        self.export_button = QPushButton()
        self.reset_button = QPushButton()
        super().__init__(AGENTS, presenter, parent)
        self.file_dialog: QFileDialog | None = None
        self._tasks = tasks
        self.import_dialog: ImportDialog | None = None
        self.info_box: QMessageBox | None = None
        self.reset_button.setEnabled(False)
        self.tools.insertWidget(2, self.import_button)
        self.tools.insertWidget(3, self.export_button)
        self.tools.addWidget(self.reset_button)
        for widget in (self.import_button, self.export_button, self.reset_button):
            widget.setVisible(presenter.can_edit("agents"))
        self.import_button.clicked.connect(self.open_import)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.reset_button.clicked.connect(self._on_reset_button_clicked)
        presenter.password_reset.connect(self._on_presenter_password_reset)

    def selection_changed(self, key: str | None) -> None:
        self.reset_button.setEnabled(key is not None)

    def open_import(self) -> ImportDialog:
        importer = ImportPresenter(self.presenter.api, self._tasks, self.presenter.texts)
        importer.done.connect(lambda _counts: self._on_imported())
        dialog = ImportDialog(importer, self)
        importer.setParent(dialog)
        self.import_dialog = dialog
        dialog.open()
        return dialog

    def _on_imported(self) -> None:
        self.presenter.reload("agents")
        self.presenter.reload_related("agents")

    def _on_export_button_clicked(self) -> None:
        dialog = QFileDialog(self, self.tr("Export agents"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters([self.tr("CSV (*.csv)"), self.tr("Excel (*.xlsx)")])
        dialog.setDefaultSuffix("csv")
        dialog.selectFile("agents.csv")
        dialog.fileSelected.connect(lambda name: self.presenter.export_agents(Path(name)))
        self.file_dialog = dialog
        dialog.open()

    def _on_reset_button_clicked(self) -> None:
        key = self.selected_key()
        if key is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Please confirm"),
            self.tr(
                "Reset the password of %1? The server makes a new one, "
                "and %1 must change it at the next sign-in."
            ).replace("%1", key),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.accepted.connect(lambda: self.presenter.reset_password(key))
        self.confirm_box = box
        box.open()

    def _on_presenter_password_reset(self, agent_id: str, password: str) -> None:
        if not password:
            return
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Password reset"),
            self.tr(
                "New password of %1: %2\nGive it to them in person; they "
                "choose their own at the next sign-in."
            )
            .replace("%1", agent_id)
            .replace("%2", password),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setTextInteractionFlags(box.textInteractionFlags())
        self.info_box = box
        box.open()

    def retranslate(self) -> None:
        super().retranslate()
        self.import_button.setText(self.tr("&Import…"))
        self.export_button.setText(self.tr("E&xport…"))
        self.reset_button.setText(self.tr("Reset password…"))


class PromptsPage(ResourcePage):
    """Prompts: a file row in the form (Save uploads it) and a player to listen back."""

    def __init__(self, presenter: AdminPresenter, parent: QWidget | None = None) -> None:
        super().__init__(PROMPTS, presenter, parent)
        self.file_dialog: QFileDialog | None = None
        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.browse_button = QPushButton()
        row = QHBoxLayout()
        row.addWidget(self.file_edit, 1)
        row.addWidget(self.browse_button)
        self.file_label = QLabel()
        self.file_error = QLabel()
        self.file_error.setStyleSheet(ERROR_STYLE)
        self.file_error.setWordWrap(True)
        self.file_error.hide()
        self.form.add_row(self.file_label, row, self.file_error)
        self.form.errors["file"] = self.file_error
        self.player = RecordingPlayer()
        self.play_button = QPushButton()
        self.play_button.setEnabled(False)
        self.tools.addWidget(self.play_button)
        self.layout().addWidget(self.player)  # type: ignore[union-attr]
        self.browse_button.setVisible(presenter.can_edit("prompts"))
        self.browse_button.clicked.connect(self._on_browse_button_clicked)
        self.play_button.clicked.connect(self._on_play_button_clicked)
        presenter.prompt_ready.connect(self._on_presenter_prompt_ready)
        self.retranslate()

    def selection_changed(self, key: str | None) -> None:
        self.play_button.setEnabled(key is not None)
        if hasattr(self, "file_edit"):
            self.file_edit.clear()

    def save(self) -> None:
        self.form.clear_errors()
        path = self.file_edit.text()
        if not path:
            self.form.show_errors({"file": self.tr("Choose a WAV or MP3 file.")})
            return
        name = self.form.values().get("name") or ""
        self.presenter.upload_prompt(str(name), Path(path))

    def choose_file(self, path: Path) -> None:
        self.file_edit.setText(str(path))
        name_edit = self.form.editors["name"]
        if isinstance(name_edit, QLineEdit) and name_edit.isEnabled() and not name_edit.text():
            name_edit.setText(path.stem)

    def _on_browse_button_clicked(self) -> None:
        dialog = QFileDialog(self, self.tr("Choose a prompt"))
        dialog.setNameFilters([self.tr("Audio (*.wav *.mp3)")])
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda name: self.choose_file(Path(name)))
        self.file_dialog = dialog
        dialog.open()

    def _on_play_button_clicked(self) -> None:
        key = self.selected_key()
        if key is not None:
            self.presenter.fetch_prompt(key)

    def _on_presenter_prompt_ready(self, name: str, path: str) -> None:
        self.player.load(path, name)
        self.player.player.play()

    def retranslate(self) -> None:
        super().retranslate()
        if hasattr(self, "file_label"):
            self.file_label.setText(self.presenter.texts.label("file", required=True))
            self.browse_button.setText(self.tr("Choose…"))
            self.file_edit.setPlaceholderText(self.tr("WAV or MP3; converted for calls"))
            self.play_button.setText(self.tr("Listen"))


class WebhooksPage(ResourcePage):
    """Webhooks, plus Send test (a `webhook_test` event now; the answer in the message)."""

    def __init__(self, presenter: AdminPresenter, parent: QWidget | None = None) -> None:
        self.test_button = QPushButton()
        super().__init__(WEBHOOKS, presenter, parent)
        self.test_button.setEnabled(False)
        self.tools.addWidget(self.test_button)
        self.test_button.setVisible(presenter.can_edit("webhooks"))
        self.test_button.clicked.connect(self._on_test_button_clicked)

    def selection_changed(self, key: str | None) -> None:
        self.test_button.setEnabled(key is not None)

    def _on_test_button_clicked(self) -> None:
        key = self.selected_key()
        if key is not None:
            self.presenter.test_webhook(key)

    def retranslate(self) -> None:
        super().retranslate()
        self.test_button.setText(self.tr("Send test"))

"""The Designer dialogs of the Admin tab: change your password (also the forced change
after a reset) and the bulk agent import with its row-error preview. Opened with
`open()`, never `exec()` (qasync)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from agent_desktop.admin.form import ERROR_STYLE
from agent_desktop.admin.importer import ImportPresenter
from agent_desktop.admin.password import PasswordPresenter
from agent_desktop.supervisor.live_page import fit_columns, make_table
from agent_desktop.supervisor.proxies import SortProxy
from agent_desktop.views.generated.ui_agent_import import Ui_AgentImportForm
from agent_desktop.views.generated.ui_change_password import Ui_ChangePasswordForm


class PasswordDialog(QDialog):
    """Current, new and repeated password; errors under the field they are about.
    `forced=True`: the password was reset, so the intro says it must be changed now."""

    def __init__(
        self, presenter: PasswordPresenter, forced: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.forced = forced
        self.ui = Ui_ChangePasswordForm()
        self.ui.setupUi(self)
        self.errors = {
            "old_password": self.ui.oldError,
            "new_password": self.ui.newError,
            "confirm": self.ui.confirmError,
        }
        for label in self.errors.values():
            label.setStyleSheet(ERROR_STYLE)
            label.hide()
        self.ui.saveButton.clicked.connect(self._on_save_button_clicked)
        self.ui.cancelButton.clicked.connect(self.reject)
        self.ui.confirmEdit.returnPressed.connect(self._on_save_button_clicked)
        presenter.field_errors.connect(self.show_errors)
        presenter.changed.connect(self.accept)
        presenter.busy_changed.connect(lambda busy: self.ui.saveButton.setEnabled(not busy))
        self.setMinimumWidth(440)
        self.retranslate()

    def _on_save_button_clicked(self) -> None:
        self.show_errors({})
        self.presenter.change(
            self.ui.oldEdit.text(), self.ui.newEdit.text(), self.ui.confirmEdit.text()
        )

    def show_errors(self, errors: dict[str, str]) -> None:
        for name, label in self.errors.items():
            label.setText(errors.get(name, ""))
            label.setVisible(name in errors)
        edits = {
            "old_password": self.ui.oldEdit,
            "new_password": self.ui.newEdit,
            "confirm": self.ui.confirmEdit,
        }
        first = next((edits[n] for n in edits if n in errors), None)
        if first is not None:
            first.setFocus()
            first.selectAll()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.setWindowTitle(self.tr("Change password"))
        if self.forced:
            self.ui.introLabel.setText(
                self.tr(
                    "Your password was reset by an administrator. Choose a new one to go on; "
                    "cancelling signs you out."
                )
            )
            self.ui.cancelButton.setText(self.tr("Sign out"))


class ImportDialog(QDialog):
    """Choose a file, see its rows, import; refused rows turn red with the reason."""

    def __init__(self, presenter: ImportPresenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.ui = Ui_AgentImportForm()
        self.ui.setupUi(self)
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(presenter.model)
        table = make_table(self.proxy)  # the project's table look, in the form's place
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        layout = self.ui.outerLayout
        position = layout.indexOf(self.ui.previewTable)
        layout.removeWidget(self.ui.previewTable)
        self.ui.previewTable.deleteLater()
        layout.insertWidget(position, table, 1)
        self.table = table
        self.file_dialog: QFileDialog | None = None
        self.ui.saveButton.setEnabled(False)
        self.ui.browseButton.clicked.connect(self._on_browse_button_clicked)
        self.ui.saveButton.clicked.connect(self._on_save_button_clicked)
        self.ui.closeButton.clicked.connect(self.reject)
        presenter.previewed.connect(self._on_presenter_previewed)
        presenter.message.connect(self._on_presenter_message)
        presenter.refused.connect(lambda _n: fit_columns(self.table))
        # a row's problems, one per line, wrap in the Problem column instead of being cut
        self.proxy.modelReset.connect(self._fit_rows)
        self.proxy.layoutChanged.connect(self._fit_rows)
        presenter.done.connect(self._on_presenter_done)
        self.passwords_label = QLabel()
        self.passwords_edit = QPlainTextEdit()
        self.passwords_edit.setReadOnly(True)
        self.passwords_edit.setMaximumHeight(110)
        below = layout.indexOf(self.ui.summaryLabel) + 1  # under the summary
        for offset, widget in enumerate((self.passwords_label, self.passwords_edit)):
            widget.hide()
            layout.insertWidget(below + offset, widget)
        self.resize(960, 560)
        self.retranslate()

    def open_file(self, path: Path) -> None:
        self.ui.fileEdit.setText(str(path))
        self.presenter.open_file(path)

    def _on_browse_button_clicked(self) -> None:
        dialog = QFileDialog(self, self.tr("Choose the agents file"))
        dialog.setNameFilters([self.tr("Agent lists (*.csv *.xlsx)")])
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda name: self.open_file(Path(name)))
        self.file_dialog = dialog
        dialog.open()

    def _on_presenter_previewed(self, rows: int) -> None:
        self.ui.saveButton.setEnabled(self.presenter.path is not None)
        self.ui.summaryLabel.setStyleSheet("")
        self.ui.summaryLabel.setText(
            self.tr("Rows in the file: %n. Import checks every row first.", "", rows)
            if rows
            else self.tr("The server reads this file when you import it.")
        )

    def _fit_rows(self) -> None:
        """Rows as tall as their problems (after the columns have their widths)."""
        header = self.table.horizontalHeader()
        last = header.count() - 1
        if last > 0:
            header.setSectionResizeMode(last, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.table.resizeRowsToContents()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if hasattr(self, "table"):  # not during setupUi
            self._fit_rows()

    def _on_presenter_done(self, _result: object) -> None:
        self.ui.saveButton.setEnabled(False)
        passwords = self.presenter.passwords
        self.passwords_edit.setPlainText(
            "\n".join(f"{agent}\t{password}" for agent, password in passwords.items())
        )
        for widget in (self.passwords_label, self.passwords_edit):
            widget.setVisible(bool(passwords))

    def _on_presenter_message(self, text: str, error: bool) -> None:
        self.ui.summaryLabel.setStyleSheet(ERROR_STYLE if error else "color: #1a7f37;")
        self.ui.summaryLabel.setText(text)

    def _on_save_button_clicked(self) -> None:
        self.presenter.submit(self.ui.skipBadCheck.isChecked())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.setWindowTitle(self.tr("Import agents"))
        self.passwords_label.setText(
            self.tr("Generated passwords (shown only now: copy them and hand them out in person):")
        )
        self.presenter.model.retranslate()
        self._fit_rows()  # the problems' length changed with the language
        if self.presenter.model.bad_lines:
            self.ui.summaryLabel.setText(self.presenter.refused_text())

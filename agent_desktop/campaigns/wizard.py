"""The leads' wizard to create a campaign: what it is (name, mode, queue, caller ID,
message, script), its rules (calling hours per weekday, retries per result, dispositions,
drop ceiling), then its contact list: a dry run lists the rows the server refuses before
the real import (which imports all rows or none).

The campaign is created (as a draft) when the rules page is left; the contacts page then
imports into it. A refused creation (422) stays on the rules page with the server's
message."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from agent_desktop.campaigns.labels import mode_label
from agent_desktop.campaigns.models import (
    MODES,
    RESULTS,
    WEEKDAYS,
    Campaign,
    CampaignInput,
    ImportReport,
    RetryRule,
    RowError,
)
from agent_desktop.campaigns.presenter import LeadCampaigns

# (attempts in all, minutes apart) per result, as the server's defaults
DEFAULT_TRIES = {"busy": (3, 10), "no_answer": (3, 30), "failed": (2, 15), "machine": (1, 60)}


class BasicsPage(QWizardPage):
    def __init__(self, queues: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name_edit = QLineEdit(self)
        self.mode_combo = QComboBox(self)
        for mode in MODES:
            self.mode_combo.addItem("", mode)
        self.queue_combo = QComboBox(self)
        self.queue_combo.setEditable(True)
        self.queue_combo.addItems(queues)
        self.caller_id_edit = QLineEdit(self)
        self.transfer_combo = QComboBox(self)
        self.transfer_combo.setEditable(True)
        self.transfer_combo.addItems(["", *queues])
        self.message_edit = QPlainTextEdit(self)
        self.message_edit.setMaximumHeight(60)
        self.script_edit = QPlainTextEdit(self)
        self.form = QFormLayout(self)
        self.names = [QLabel(self) for _ in range(7)]
        for label, field in zip(
            self.names,
            (
                self.name_edit,
                self.mode_combo,
                self.queue_combo,
                self.caller_id_edit,
                self.transfer_combo,
                self.message_edit,
                self.script_edit,
            ),
            strict=True,
        ):
            self.form.addRow(label, field)
        self.name_edit.textChanged.connect(lambda _t: self.completeChanged.emit())
        self.retranslate()

    def isComplete(self) -> bool:
        return bool(self.name_edit.text().strip() and self.queue_combo.currentText().strip())

    def retranslate(self) -> None:
        self.setTitle(self.tr("New campaign"))
        self.setSubTitle(self.tr("What the campaign is and who takes its calls."))
        texts = (
            self.tr("Name:"),
            self.tr("Mode:"),
            self.tr("Queue:"),
            self.tr("Caller ID:"),
            self.tr("Key 1 transfers to:"),
            self.tr("Message:"),
            self.tr("Script:"),
        )
        for label, text in zip(self.names, texts, strict=True):
            label.setText(text)
        for i in range(self.mode_combo.count()):
            self.mode_combo.setItemText(i, mode_label(str(self.mode_combo.itemData(i))))
        self.caller_id_edit.setPlaceholderText(self.tr("the number customers see"))
        self.message_edit.setPlaceholderText(
            self.tr("Played by IVR broadcast, and to a customer no agent was free for")
        )
        self.script_edit.setPlaceholderText(self.tr("What agents say; shown beside the call"))


class RulesPage(QWizardPage):
    def __init__(self, presenter: LeadCampaigns, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.hours_title = QLabel(self)
        self.hours_title.setObjectName("sectionTitle")
        hours = QGridLayout()
        self.day_checks: dict[str, QCheckBox] = {}
        self.day_from: dict[str, QTimeEdit] = {}
        self.day_to: dict[str, QTimeEdit] = {}
        for row, day in enumerate(WEEKDAYS):
            check = QCheckBox(self)
            check.setChecked(day not in ("sat", "sun"))
            start, end = QTimeEdit(QTime(9, 0), self), QTimeEdit(QTime(18, 0), self)
            start.setDisplayFormat("HH:mm")
            end.setDisplayFormat("HH:mm")
            self.day_checks[day], self.day_from[day], self.day_to[day] = check, start, end
            hours.addWidget(check, row // 2, (row % 2) * 3)
            hours.addWidget(start, row // 2, (row % 2) * 3 + 1)
            hours.addWidget(end, row // 2, (row % 2) * 3 + 2)
        self.retry_title = QLabel(self)
        self.retry_title.setObjectName("sectionTitle")
        retry = QGridLayout()
        self.retry_names: dict[str, QLabel] = {}
        self.retry_max: dict[str, QSpinBox] = {}
        self.retry_spacing: dict[str, QSpinBox] = {}
        self.retry_head = (QLabel(self), QLabel(self))
        retry.addWidget(self.retry_head[0], 0, 1)
        retry.addWidget(self.retry_head[1], 0, 2)
        for row, result in enumerate(RESULTS, start=1):
            name, tries, spacing = QLabel(self), QSpinBox(self), QSpinBox(self)
            tries.setRange(1, 20)  # attempts in all, the first included
            tries.setValue(DEFAULT_TRIES[result][0])
            spacing.setRange(1, 7 * 24 * 60)
            spacing.setValue(DEFAULT_TRIES[result][1])
            self.retry_names[result], self.retry_max[result] = name, tries
            self.retry_spacing[result] = spacing
            retry.addWidget(name, row, 0)
            retry.addWidget(tries, row, 1)
            retry.addWidget(spacing, row, 2)
        self.dispositions_edit = QLineEdit(self)
        self.ceiling_spin = QDoubleSpinBox(self)
        self.ceiling_spin.setRange(0.0, 100.0)
        self.ceiling_spin.setDecimals(1)
        self.ceiling_spin.setSuffix(" %")
        self.ceiling_spin.setValue(3.0)
        self.dispositions_name, self.ceiling_name = QLabel(self), QLabel(self)
        # predictive and broadcast calls: which numbers they may reach, machines
        self.permission_combo = QComboBox(self)
        self.permission_name = QLabel(self)
        self.amd_check, self.machine_message_check = QCheckBox(self), QCheckBox(self)
        self.machine_message_check.setEnabled(False)
        self.amd_check.toggled.connect(self.machine_message_check.setEnabled)
        machines = QHBoxLayout()
        machines.addWidget(self.amd_check)
        machines.addWidget(self.machine_message_check)
        machines.addStretch(1)
        form = QFormLayout()
        form.addRow(self.dispositions_name, self.dispositions_edit)
        form.addRow(self.ceiling_name, self.ceiling_spin)
        form.addRow(self.permission_name, self.permission_combo)
        form.addRow(machines)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hours_title)
        layout.addLayout(hours)
        layout.addWidget(self.retry_title)
        layout.addLayout(retry)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Rules"))
        self.setSubTitle(self.tr("When it may call, how often it tries again, how calls end."))
        self.hours_title.setText(self.tr("Calling hours (nothing is dialled outside them)"))
        days = (
            self.tr("Monday"),
            self.tr("Tuesday"),
            self.tr("Wednesday"),
            self.tr("Thursday"),
            self.tr("Friday"),
            self.tr("Saturday"),
            self.tr("Sunday"),
        )
        for day, text in zip(WEEKDAYS, days, strict=True):
            self.day_checks[day].setText(text)
        self.retry_title.setText(self.tr("Retries"))
        self.retry_head[0].setText(self.tr("Tries at most"))
        self.retry_head[1].setText(self.tr("Minutes apart"))
        results = (self.tr("Busy"), self.tr("No answer"), self.tr("Failed"), self.tr("Machine"))
        for result, text in zip(RESULTS, results, strict=True):
            self.retry_names[result].setText(text)
        if not self.dispositions_edit.text():
            self.dispositions_edit.setText(
                ", ".join(
                    (
                        self.tr("sale"),
                        self.tr("no interest"),
                        self.tr("call back"),
                        self.tr("wrong number"),
                    )
                )
            )
        self.dispositions_name.setText(self.tr("Dispositions (comma-separated):"))
        self.ceiling_name.setText(self.tr("Drop rate ceiling (predictive):"))
        self.permission_name.setText(self.tr("Numbers it may call (predictive, broadcast):"))
        chosen = self.permission_combo.currentData()
        self.permission_combo.clear()
        for text, scope in (
            (self.tr("As its agents may dial"), None),
            (self.tr("Local only"), "local"),
            (self.tr("Local and long distance"), "national"),
            (self.tr("Also international"), "international"),
        ):
            self.permission_combo.addItem(text, scope)
        self.permission_combo.setCurrentIndex(max(0, self.permission_combo.findData(chosen)))
        self.amd_check.setText(self.tr("Detect answering machines (predictive, broadcast)"))
        self.machine_message_check.setText(self.tr("Leave the message on a machine"))

    def hours(self) -> dict[str, list[list[str]]]:
        return {
            day: [
                [
                    self.day_from[day].time().toString("HH:mm"),
                    self.day_to[day].time().toString("HH:mm"),
                ]
            ]
            for day in WEEKDAYS
            if self.day_checks[day].isChecked()
        }

    def validatePage(self) -> bool:
        wizard = self.wizard()
        if not isinstance(wizard, CampaignWizard):
            return True
        if wizard.campaign is not None:
            return True
        for day in WEEKDAYS:
            if self.day_checks[day].isChecked() and (
                self.day_from[day].time() >= self.day_to[day].time()
            ):
                self.error_label.setText(
                    self.tr("%1: the calling hours end before they start.").replace(
                        "%1", self.day_checks[day].text()
                    )
                )
                return False
        text = self.dispositions_edit.text().replace("，", ",")
        dispositions = [d.strip() for d in text.split(",") if d.strip()]
        if not dispositions:
            self.error_label.setText(self.tr("Give at least one disposition."))
            return False
        self.error_label.setText(self.tr("Creating the campaign…"))
        wizard.submit(self.hours(), dispositions)
        return False  # the wizard moves on when the server has created it


class ContactsPage(QWizardPage):
    def __init__(self, presenter: LeadCampaigns, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.path: Path | None = None
        self.created_label = QLabel(self)
        self.created_label.setWordWrap(True)
        self.file_label = QLabel(self)
        self.file_label.setWordWrap(True)
        self.choose_button = QPushButton(self)
        self.number_edit, self.name_edit = QLineEdit(self), QLineEdit(self)
        self.number_name, self.name_name = QLabel(self), QLabel(self)
        self.check_button = QPushButton(self)
        self.import_button = QPushButton(self)
        self.import_button.setObjectName("primary")
        self.report_label = QLabel(self)
        self.report_label.setWordWrap(True)
        self.errors_list = QListWidget(self)
        self.imported_report: ImportReport | None = None
        row = QHBoxLayout()
        row.addWidget(self.file_label, 1)
        row.addWidget(self.choose_button)
        form = QFormLayout()
        form.addRow(self.number_name, self.number_edit)
        form.addRow(self.name_name, self.name_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.created_label)
        layout.addLayout(row)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.report_label)
        layout.addWidget(self.errors_list, 1)
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.check_button.clicked.connect(lambda: self._send(True))
        self.import_button.clicked.connect(lambda: self._send(False))
        presenter.checked.connect(self.show_check)
        presenter.imported.connect(self.show_import)
        self.retranslate()
        self._enable()

    def set_file(self, path: Path) -> None:
        self.path = path
        self.imported_report = None
        self.file_label.setText(str(path))
        self.report_label.clear()
        self.errors_list.clear()
        self._enable()

    def mapping(self) -> dict[str, str]:
        out = {}
        if self.number_edit.text().strip():
            out["number"] = self.number_edit.text().strip()
        if self.name_edit.text().strip():
            out["name"] = self.name_edit.text().strip()
        return out

    def _campaign(self) -> Campaign | None:
        wizard = self.wizard()
        return wizard.campaign if isinstance(wizard, CampaignWizard) else None

    def _enable(self) -> None:
        ready = self.path is not None and self.imported_report is None
        self.check_button.setEnabled(ready)
        self.import_button.setEnabled(ready)

    def _send(self, dry_run: bool) -> None:
        campaign = self._campaign()
        if campaign is None or self.path is None:
            return
        self.report_label.setText(self.tr("Checking…") if dry_run else self.tr("Importing…"))
        self.errors_list.clear()
        self.presenter.import_contacts(campaign.id, self.path, self.mapping(), dry_run)

    def _show_rows(self, rows: list[RowError]) -> None:
        self.errors_list.clear()
        for r in rows:
            self.errors_list.addItem(
                self.tr("Row %1: %2").replace("%1", str(r.row)).replace("%2", r.error)
                if r.row
                else r.error
            )

    def _counts(self, report: ImportReport, done: bool = False) -> str:
        text = (
            self.tr("%1 imported, %2 duplicates, %3 invalid numbers")
            if done
            else self.tr("%1 to import, %2 duplicates, %3 invalid numbers")
        )
        return (
            text.replace("%1", str(report.imported))
            .replace("%2", str(report.duplicates))
            .replace("%3", str(report.invalid))
        )

    def show_check(self, report: ImportReport | None, rows: list[RowError]) -> None:
        if report is None or rows:
            self.report_label.setText(
                self.tr("%1 rows would be refused; nothing was imported.").replace(
                    "%1", str(len(rows))
                )
            )
        else:
            self.report_label.setText(
                self.tr("Check passed: %1").replace("%1", self._counts(report))
            )
        self._show_rows(rows)

    def show_import(self, report: ImportReport | None, rows: list[RowError]) -> None:
        if report is None:
            self.report_label.setText(
                self.tr("Import refused (%1 bad rows); nothing was imported.").replace(
                    "%1", str(len(rows))
                )
            )
        else:
            self.imported_report = report
            self.report_label.setText(
                self.tr("Imported: %1").replace("%1", self._counts(report, True))
            )
        self._show_rows(rows)
        self._enable()

    def _on_choose_button_clicked(self) -> None:
        name, _chosen = QFileDialog.getOpenFileName(
            self, self.tr("Contact list"), "", self.tr("Contact lists (*.csv *.xlsx)")
        )
        if name:
            self.set_file(Path(name))

    def initializePage(self) -> None:
        campaign = self._campaign()
        if campaign is not None:
            self.created_label.setText(
                self.tr(
                    "Campaign %1 is created as a draft. Add its contacts, then start it."
                ).replace("%1", campaign.name)
            )

    def retranslate(self) -> None:
        self.setTitle(self.tr("Contacts"))
        self.setSubTitle(
            self.tr(
                "A CSV or Excel file; check it first: bad rows are listed, nothing half-imported."
            )
        )
        if self.path is None:
            self.file_label.setText(self.tr("No file chosen."))
        self.choose_button.setText(self.tr("Choose file…"))
        self.number_name.setText(self.tr("Number column:"))
        self.name_name.setText(self.tr("Name column:"))
        self.number_edit.setPlaceholderText(self.tr("by its header: number, phone or 电话"))
        self.name_edit.setPlaceholderText(self.tr("by its header: name or 姓名"))
        self.check_button.setText(self.tr("Check file"))
        self.import_button.setText(self.tr("Import"))
        self.initializePage()


class CampaignWizard(QWizard):
    def __init__(
        self, presenter: LeadCampaigns, queues: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.campaign: Campaign | None = None
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.basics = BasicsPage(queues, self)
        self.rules = RulesPage(presenter, self)
        self.contacts = ContactsPage(presenter, self)
        self.addPage(self.basics)
        self.addPage(self.rules)
        self.addPage(self.contacts)
        self.resize(760, 600)
        presenter.created.connect(self._on_created)
        presenter.failed.connect(self._on_failed)
        self.retranslate()

    def body(self, hours: dict[str, list[list[str]]], dispositions: list[str]) -> CampaignInput:
        b, r = self.basics, self.rules
        return CampaignInput(
            name=b.name_edit.text().strip(),
            mode=b.mode_combo.currentData(),
            queue=b.queue_combo.currentText().strip(),
            caller_id=b.caller_id_edit.text().strip(),
            hours=hours,
            retry={
                result: RetryRule(
                    max=r.retry_max[result].value(),
                    spacing_s=r.retry_spacing[result].value() * 60,
                )
                for result in RESULTS
            },
            dispositions=dispositions,
            script=b.script_edit.toPlainText().strip(),
            message=b.message_edit.toPlainText().strip(),
            drop_ceiling=round(r.ceiling_spin.value() / 100, 4),
            transfer_queue=b.transfer_combo.currentText().strip() or None,
            permission=r.permission_combo.currentData(),
            amd=r.amd_check.isChecked(),
            machine_message=r.amd_check.isChecked() and r.machine_message_check.isChecked(),
        )

    def submit(self, hours: dict[str, list[list[str]]], dispositions: list[str]) -> None:
        self.presenter.create(self.body(hours, dispositions))

    def _on_created(self, campaign: Campaign) -> None:
        if self.campaign is not None or self.currentPage() is not self.rules:
            return
        self.campaign = campaign
        self.rules.error_label.clear()
        self.basics.setEnabled(False)
        self.rules.setEnabled(False)
        self.next()

    def _on_failed(self, message: str) -> None:
        if self.campaign is None and self.currentPage() is self.rules:
            self.rules.error_label.setText(message)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New campaign"))
        self.basics.retranslate()
        self.rules.retranslate()
        self.contacts.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

"""QA scoring-form editor (admins): one table row per item, grouped into sections by the
Section column; saving a form that evaluations used makes a new version on the server."""

from __future__ import annotations

from pydantic import ValidationError
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.cti import CtiError
from agent_desktop.protocol.qa import QaForm, QaFormInput, QaItem, QaSection
from agent_desktop.qa.presenter import QaPresenter, error_text

COLUMNS = (
    "section",
    "section_weight",
    "key",
    "label",
    "kind",
    "max_points",
    "weight",
    "critical",
    "na_allowed",
)
_CHECKS = (COLUMNS.index("critical"), COLUMNS.index("na_allowed"))


class FormsEditor(QWidget):
    """Forms on the left, the selected (or a new) form's items on the right."""

    def __init__(self, presenter: QaPresenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.form_id: int | None = None
        self.shown: QaForm | None = None
        self.form_list = QListWidget()
        self.form_list.setMaximumWidth(260)
        self.new_button = QPushButton()
        self.name_edit = QLineEdit()
        self.description_edit = QLineEdit()
        self.version_label = QLabel()
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COLUMNS.index("label"), QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveButton")
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        left = QVBoxLayout()
        left.addWidget(self.form_list, 1)
        left.addWidget(self.new_button)
        self.name_label, self.description_label = QLabel(), QLabel()
        self.name_label.setBuddy(self.name_edit)
        self.description_label.setBuddy(self.description_edit)
        self.fields = QFormLayout()
        self.fields.addRow(self.name_label, self.name_edit)
        self.fields.addRow(self.description_label, self.description_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.version_label)
        buttons.addWidget(self.save_button)
        right = QVBoxLayout()
        right.addLayout(self.fields)
        right.addWidget(self.table, 1)
        right.addLayout(buttons)
        right.addWidget(self.status_label)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left)
        layout.addLayout(right, 1)
        self.form_list.itemClicked.connect(self._on_form_list_clicked)
        self.new_button.clicked.connect(self.new_form)
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        presenter.forms_loaded.connect(self._render_forms)
        presenter.form_saved.connect(self._on_form_saved)
        presenter.failed.connect(self.status_label.setText)
        self.retranslate()
        self.new_form()

    # -- forms list -------------------------------------------------------------------
    def _render_forms(self) -> None:
        self.form_list.clear()
        for form in self.presenter.forms:
            entry = QListWidgetItem(f"{form.name} (v{form.version})")
            entry.setData(Qt.ItemDataRole.UserRole, form.id)
            self.form_list.addItem(entry)
            if form.id == self.form_id:
                entry.setSelected(True)

    def _on_form_list_clicked(self, entry: QListWidgetItem) -> None:
        self.presenter.spawn(self._load(int(entry.data(Qt.ItemDataRole.UserRole))), "qa-form-edit")

    async def _load(self, form_id: int) -> None:
        try:
            self.show_form(await self.presenter.form(form_id))
        except CtiError as exc:
            self.status_label.setText(error_text(exc))

    def show_form(self, form: QaForm) -> None:
        self.form_id = form.id
        self.shown = form
        self.name_edit.setText(form.name)
        self.description_edit.setText(form.description)
        self._render_version()
        self.table.setRowCount(0)
        for section in form.sections:
            for item in section.items:
                self.add_row(section.title, section.weight, item)

    def _render_version(self) -> None:
        form = self.shown
        if form is None:
            self.version_label.setText(self.tr("New form"))
        else:
            self.version_label.setText(
                self.tr("Version %1, used by %2 evaluation(s)")
                .replace("%1", str(form.version))
                .replace("%2", str(form.evaluations))
            )

    def new_form(self) -> None:
        self.form_id = None
        self.shown = None
        self.name_edit.clear()
        self.description_edit.clear()
        self._render_version()
        self.table.setRowCount(0)
        self.add_row()

    # -- rows -------------------------------------------------------------------------
    def add_row(
        self, section: str = "", section_weight: float = 1.0, item: QaItem | None = None
    ) -> None:
        row = self.table.rowCount()
        if item is None and row:  # a new item continues the section above
            above = self.table.item(row - 1, 0)
            section = above.text() if above else section
        self.table.insertRow(row)
        values = [
            section,
            f"{section_weight:g}",
            item.key if item else "",
            item.label if item else "",
            "",
            str(item.max_points if item else 5),
            f"{item.weight:g}" if item else "1",
        ]
        for column, text in enumerate(values):
            if COLUMNS[column] != "kind":
                self.table.setItem(row, column, QTableWidgetItem(text))
        kind = QComboBox()
        kind.addItem(self.tr("Points"), "points")
        kind.addItem(self.tr("Yes / no"), "yes_no")
        kind.setCurrentIndex(max(0, kind.findData(item.kind if item else "points")))
        self.table.setCellWidget(row, COLUMNS.index("kind"), kind)
        for column, on in zip(
            _CHECKS,
            (item.critical if item else False, item.na_allowed if item else True),
            strict=True,
        ):
            check = QTableWidgetItem()
            check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            check.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            self.table.setItem(row, column, check)

    def _on_remove_button_clicked(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for row in rows or [self.table.rowCount() - 1]:
            if row >= 0:
                self.table.removeRow(row)

    def _text(self, row: int, name: str) -> str:
        cell = self.table.item(row, COLUMNS.index(name))
        return cell.text().strip() if cell else ""

    def _number(self, row: int, name: str) -> float:
        try:
            return float(self._text(row, name))
        except ValueError:
            raise ValueError(
                self.tr("Row %1: %2 must be a number")
                .replace("%1", str(row + 1))
                .replace("%2", self._header(name))
            ) from None

    def _header(self, name: str) -> str:
        item = self.table.horizontalHeaderItem(COLUMNS.index(name))
        return item.text() if item else name

    def form_input(self) -> QaFormInput:
        """The table as a form body; raises ValueError (or ValidationError) when invalid."""
        sections: list[QaSection] = []
        grouped: dict[str, tuple[float, list[QaItem]]] = {}
        for row in range(self.table.rowCount()):
            title = self._text(row, "section") or self.tr("General")
            kind = self.table.cellWidget(row, COLUMNS.index("kind"))
            checks = [self.table.item(row, c) for c in _CHECKS]
            item = QaItem(
                key=self._text(row, "key") or f"item{row + 1}",
                label=self._text(row, "label"),
                kind=kind.currentData() if isinstance(kind, QComboBox) else "points",
                max_points=int(self._number(row, "max_points")),
                weight=self._number(row, "weight"),
                critical=bool(checks[0] and checks[0].checkState() == Qt.CheckState.Checked),
                na_allowed=bool(checks[1] and checks[1].checkState() == Qt.CheckState.Checked),
            )
            weight, items = grouped.setdefault(title, (self._number(row, "section_weight"), []))
            items.append(item)
        for title, (weight, items) in grouped.items():
            sections.append(QaSection(title=title, weight=weight, items=items))
        return QaFormInput(
            name=self.name_edit.text(), sections=sections, description=self.description_edit.text()
        )

    def _on_save_button_clicked(self) -> None:
        try:
            body = self.form_input()
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first.get("loc", ()))
            self.status_label.setText(
                self.tr("Not saved: %1").replace("%1", f"{where} {first.get('msg', '')}".strip())
            )
            return
        except ValueError as exc:
            self.status_label.setText(self.tr("Not saved: %1").replace("%1", str(exc)))
            return
        self.status_label.setText(self.tr("Saving…"))
        self.presenter.save_form(self.form_id, body)

    def _on_form_saved(self, form: QaForm) -> None:
        self.show_form(form)
        self.status_label.setText(
            self.tr("%1 saved as version %2.")
            .replace("%1", form.name)
            .replace("%2", str(form.version))
        )

    # -- i18n -------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Section"),
                self.tr("Section weight"),
                self.tr("Key"),
                self.tr("Item"),
                self.tr("Kind"),
                self.tr("Max points"),
                self.tr("Weight"),
                self.tr("Critical"),
                self.tr("N/A allowed"),
            ]
        )
        self.name_label.setText(self.tr("&Name:"))
        self.description_label.setText(self.tr("&Description:"))
        self._render_version()
        self.new_button.setText(self.tr("New form"))
        self.add_button.setText(self.tr("Add item"))
        self.remove_button.setText(self.tr("Remove item"))
        self.save_button.setText(self.tr("&Save form"))
        for row in range(self.table.rowCount()):
            kind = self.table.cellWidget(row, COLUMNS.index("kind"))
            if isinstance(kind, QComboBox):
                kind.setItemText(0, self.tr("Points"))
                kind.setItemText(1, self.tr("Yes / no"))

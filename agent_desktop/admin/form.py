"""ResourceForm: the edit form of one admin collection, built from its `ResourceSpec`;
each field has its error line right under it, where the server's 4xx field error goes."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.admin.editors import PermissionsEditor, SkillsEditor
from agent_desktop.admin.presenter import AdminPresenter
from agent_desktop.admin.resources import FieldSpec, ResourceSpec
from agent_desktop.views.style import message_style

ERROR_STYLE = message_style(error=True)
Editor = QLineEdit | QSpinBox | QCheckBox | QComboBox | SkillsEditor | PermissionsEditor


class ResourceForm(QWidget):
    """`edit(row)` shows a row (None = a new one); `values()` reads the editors back."""

    def __init__(
        self, spec: ResourceSpec, presenter: AdminPresenter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.spec = spec
        self.presenter = presenter
        self.texts = presenter.texts
        self.key: str | None = None  # the row being edited (None = creating)
        self.locked = False  # built-in or not ours to change: shown read-only
        self.layout_ = QFormLayout(self)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.general_error = QLabel()
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self.layout_.addRow(self.general_error)
        self.labels: dict[str, QLabel] = {}
        self.editors: dict[str, Editor] = {}
        self.errors: dict[str, QLabel] = {}
        self.cells: dict[QLabel, QWidget] = {}
        for field in spec.fields:
            self._add(field)
        self.retranslate()

    def _add(self, field: FieldSpec) -> None:
        editor = _editor(field)
        editor.setObjectName(f"{field.name}Editor")
        label = QLabel()
        label.setBuddy(editor)
        error = QLabel()
        error.setObjectName(f"{field.name}Error")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        self.add_row(label, editor, error)
        self.labels[field.name], self.editors[field.name] = label, editor
        self.errors[field.name] = error

    def add_row(self, label: QLabel, editor: QWidget | QLayout, error: QLabel) -> QWidget:
        """A form row whose error line sits right under the editor (no gap when hidden)."""
        cell = QWidget()
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if isinstance(editor, QLayout):
            column.addLayout(editor)
        else:
            column.addWidget(editor)
        column.addWidget(error)
        self.layout_.addRow(label, cell)
        self.cells[label] = cell
        return cell

    # -- filling ------------------------------------------------------------------------------
    def refresh_choices(self) -> None:
        """Reload the choices that come from other collections (queues, teams, roles)."""
        for field in self.spec.fields:
            editor = self.editors[field.name]
            if field.kind == "ref" and isinstance(editor, QComboBox):
                current = editor.currentData()
                editor.clear()
                if field.optional_choice:
                    editor.addItem(self.texts.none(), "")
                for key in self.presenter.choices(field.ref) or list(field.choices):
                    editor.addItem(self.texts.value(key) if field.ref == "roles" else key, key)
                index = editor.findData(current)
                editor.setCurrentIndex(max(index, 0))
            elif field.kind == "skills" and isinstance(editor, SkillsEditor):
                editor.set_queues(
                    [
                        (key, self.presenter.choice_label(field.ref, key))
                        for key in self.presenter.choices(field.ref)
                    ]
                )

    def edit(self, row: dict[str, Any] | None) -> None:
        """Show `row` (None: a new one); a built-in row (roles) is shown, not edited."""
        self.clear_errors()
        self.locked = bool(row and row.get("builtin")) or not self.presenter.can_edit(
            self.spec.name
        )
        self.refresh_choices()
        self.key = None if row is None else self.spec.key_of(row)
        for field in self.spec.fields:
            editor = self.editors[field.name]
            value = field.default if row is None else row.get(field.name)
            _set(editor, field, value)
            fixed = field.create_only and row is not None
            editor.setEnabled(not fixed and not self.locked)
            if field.kind == "password" or field.name == "must_change_password":
                label = self.labels[field.name]
                label.setVisible(row is None)  # set at creation; reset from the table
                self.cells[label].setVisible(row is None)

    def values(self) -> dict[str, Any]:
        return {f.name: _get(self.editors[f.name], f) for f in self.spec.fields}

    # -- errors -------------------------------------------------------------------------------
    def show_errors(self, errors: dict[str, str]) -> None:
        """Each message under its field; those naming no field of this form on top."""
        self.clear_errors()
        others = []
        for name, message in errors.items():
            label = self.errors.get(name)
            if label is None:
                others.append(
                    f"{self.texts.field(name, self.spec.name)}: {message}" if name else message
                )
                continue
            label.setText(message)
            label.show()
        if others:
            self.general_error.setText("\n".join(others))
            self.general_error.show()
        first = next((self.editors[n] for n in errors if n in self.editors), None)
        if first is not None:
            first.setFocus()

    def clear_errors(self) -> None:
        for label in (*self.errors.values(), self.general_error):
            label.clear()
            label.hide()

    def retranslate(self) -> None:
        for field in self.spec.fields:
            self.labels[field.name].setText(
                self.texts.label(field.name, field.required, self.spec.name)
            )
            editor = self.editors[field.name]
            if field.kind == "choice" and isinstance(editor, QComboBox):
                for i in range(editor.count()):
                    editor.setItemText(i, self.texts.value(str(editor.itemData(i))))
            elif field.kind == "permissions" and isinstance(editor, PermissionsEditor):
                editor.set_labels(
                    self.texts.permission if field.name == "permissions" else self.texts.value
                )
            elif field.kind == "skills" and isinstance(editor, SkillsEditor):
                editor.setHorizontalHeaderLabels([self.texts.field("queue"), self.tr("Level")])
            elif field.kind == "password" and isinstance(editor, QLineEdit):
                editor.setPlaceholderText(self.tr("empty: the server makes one"))
            elif field.name == "caller_id" and isinstance(editor, QLineEdit):
                editor.setPlaceholderText(self.tr("the queue's number when empty"))
        self.refresh_choices()  # "(none)" and role names in the new language


def _editor(field: FieldSpec) -> Editor:
    if field.kind == "number":
        spin = QSpinBox()
        spin.setRange(field.minimum, field.maximum)
        return spin
    if field.kind == "bool":
        return QCheckBox()
    if field.kind == "choice":
        combo = QComboBox()
        for choice in field.choices:
            combo.addItem(choice, choice)
        return combo
    if field.kind == "ref":
        return QComboBox()
    if field.kind == "skills":
        return SkillsEditor()
    if field.kind == "permissions":
        return PermissionsEditor(field.choices)
    edit = QLineEdit()
    if field.kind == "password":
        edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def _set(editor: Editor, field: FieldSpec, value: Any) -> None:
    if isinstance(editor, QSpinBox):
        editor.setValue(int(value) if isinstance(value, int | float) else field.minimum)
    elif isinstance(editor, QCheckBox):
        editor.setChecked(bool(value))
    elif isinstance(editor, QComboBox):
        index = editor.findData("" if value is None else str(value))
        if index < 0 and value:  # a value the choices do not have (yet): keep it
            editor.addItem(str(value), str(value))
            index = editor.count() - 1
        editor.setCurrentIndex(max(index, 0))
    elif isinstance(editor, SkillsEditor | PermissionsEditor):
        editor.set_value(value)
    else:
        editor.setText("" if value is None else str(value))
        editor.setCursorPosition(0)  # a long value (a URL) shows its start


def _get(editor: Editor, field: FieldSpec) -> Any:
    if isinstance(editor, QSpinBox):
        return editor.value()
    if isinstance(editor, QCheckBox):
        return editor.isChecked()
    if isinstance(editor, QComboBox):
        return editor.currentData() or ""
    if isinstance(editor, SkillsEditor | PermissionsEditor):
        return editor.value()
    return editor.text()

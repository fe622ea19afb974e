"""ResourcePage: one admin collection as a searchable table with its form beside it
(new, save, delete with confirmation); subclasses add the agents' import and password
reset and the prompts' upload and listen-back."""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.admin.form import ResourceForm
from agent_desktop.admin.models import ResourceModel
from agent_desktop.admin.presenter import AdminPresenter
from agent_desktop.admin.resources import ResourceSpec
from agent_desktop.supervisor.live_page import fit_columns, make_table
from agent_desktop.supervisor.proxies import SortProxy
from agent_desktop.supervisor.table_base import KEY_ROLE


class SearchProxy(SortProxy):
    """Keeps the rows with the search text in any of their values (case-insensitive)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text = ""

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = text.strip().casefold()
        self.endFilterChange(SortProxy.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        return (
            not self._text
            or not isinstance(model, ResourceModel)
            or self._text in model.text_of(source_row)
        )


class ResourcePage(QWidget):
    """Table (left) and form (right) of one collection; read-only for leads."""

    def __init__(
        self, spec: ResourceSpec, presenter: AdminPresenter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.spec = spec
        self.presenter = presenter
        self.model = presenter.models[spec.name]
        self.confirm_box: QMessageBox | None = None
        self.proxy = SearchProxy(self)
        self.proxy.setSourceModel(self.model)
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.new_button = QPushButton()
        self.delete_button = QPushButton()
        self.delete_button.setEnabled(False)
        self.refresh_button = QPushButton()
        self.tools = QHBoxLayout()
        self.tools.addWidget(self.search_edit, 1)
        self.tools.addWidget(self.refresh_button)
        self.tools.addWidget(self.new_button)
        self.tools.addWidget(self.delete_button)
        self.table = make_table(self.proxy)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.count_label = QLabel()
        self.count_label.setObjectName("subtitleLabel")
        self.form_title = QLabel()
        self.form_title.setObjectName("sectionTitle")
        self.form = ResourceForm(spec, presenter)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setStyleSheet(
            "QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }"
        )  # the card's white shows
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveButton")
        self.cancel_button = QPushButton()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        self.form_panel = QWidget()
        self.form_panel.setObjectName("card")
        form_layout = QVBoxLayout(self.form_panel)
        form_layout.addWidget(self.form_title)
        form_layout.addWidget(scroll, 1)
        form_layout.addLayout(buttons)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(self.tools)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count_label)
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.form_panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([780, 520])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        read_only = not presenter.can_edit(spec.name)
        for widget in (self.new_button, self.delete_button, self.save_button, self.cancel_button):
            widget.setVisible(not read_only)
        self._connect()
        self.retranslate()
        self.form.edit(None)
        self._render_title()
        fit_columns(self.table)

    _kept_key: str | None = None
    _keep_form = False

    def _connect(self) -> None:
        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self.new_button.clicked.connect(self.start_new)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.refresh_button.clicked.connect(lambda: self.presenter.reload(self.spec.name))
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self._on_selection_changed()
        )
        self.proxy.rowsInserted.connect(lambda *_: self._render_count())
        self.proxy.rowsRemoved.connect(lambda *_: self._render_count())
        self.proxy.modelReset.connect(self._render_count)
        self.proxy.modelAboutToBeReset.connect(self._remember_selection)
        self.proxy.modelReset.connect(self._restore_selection)
        self.presenter.field_errors.connect(self._on_presenter_field_errors)
        self.presenter.saved.connect(self._on_presenter_saved)
        self.presenter.loaded.connect(lambda _name: self.form.refresh_choices())

    # -- selection ----------------------------------------------------------------------------
    def selected_key(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return str(rows[0].data(KEY_ROLE)) if rows else None

    def select(self, key: str) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if str(index.data(KEY_ROLE)) == key:
                self.table.selectionModel().select(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.table.scrollTo(index)
                return

    def _remember_selection(self) -> None:
        self._kept_key = self.selected_key()

    def _restore_selection(self) -> None:
        """A reload (another admin's change, or the list this save touched) resets the model,
        which drops the selection silently: select the same row again, leaving the form (and
        whatever the admin is typing in it) as it is."""
        key, self._kept_key = self._kept_key, None
        if key is not None and self.model.get(key) is not None:
            self._keep_form = True
            try:
                self.select(key)
            finally:
                self._keep_form = False

    def _on_selection_changed(self) -> None:
        key = self.selected_key()
        if not (self._keep_form and key == self.form.key):
            self.form.edit(self.model.get(key) if key is not None else None)
        self.delete_button.setEnabled(key is not None and not self.form.locked)
        editable = self.presenter.can_edit(self.spec.name) and not self.form.locked
        self.save_button.setVisible(editable)
        self.cancel_button.setVisible(editable)
        self._render_title()
        self.selection_changed(key)

    def selection_changed(self, key: str | None) -> None:
        """Hook for subclasses (enable their row buttons)."""

    def start_new(self) -> None:
        self.table.clearSelection()
        # A reload (model reset) drops the selection without selectionChanged: clearing
        # an empty selection then says nothing either, so set the row buttons here.
        self._on_selection_changed()
        first = next(iter(self.form.editors.values()))
        first.setFocus()

    # -- actions ------------------------------------------------------------------------------
    def save(self) -> None:
        self.form.clear_errors()
        self.presenter.save(self.spec.name, self.form.key, self.form.values())

    def _on_cancel_button_clicked(self) -> None:
        self._on_selection_changed()

    def _on_delete_button_clicked(self) -> None:
        key = self.selected_key()
        if key is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Please confirm"),
            self.tr("Delete %1? This cannot be undone.").replace("%1", key),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.accepted.connect(lambda: self.presenter.delete(self.spec.name, key))
        self.confirm_box = box
        box.open()  # never exec() under qasync

    def _on_presenter_field_errors(self, name: str, errors: dict[str, str]) -> None:
        if name == self.spec.name:
            self.form.show_errors(errors)

    def _on_presenter_saved(self, name: str, key: str) -> None:
        if name == self.spec.name:
            self.form.clear_errors()
            self.select(key)

    def _on_search_edit_text_changed(self, text: str) -> None:
        self.proxy.set_text(text)

    # -- texts --------------------------------------------------------------------------------
    def _render_title(self) -> None:
        key = self.form.key
        if self.form.locked and key is not None:
            text = key
        elif key is None:
            text = self.tr("New")
        else:
            text = self.tr("Edit %1").replace("%1", key)
        self.form_title.setText(text)

    def _render_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        text = self.tr("%1 of %2 shown") if shown != total else self.tr("%2 in all")
        self.count_label.setText(text.replace("%1", str(shown)).replace("%2", str(total)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.search_edit.setPlaceholderText(self.tr("Search…"))
        self.new_button.setText(self.tr("&New"))
        self.delete_button.setText(self.tr("Delete…"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.save_button.setText(self.tr("&Save"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.model.retranslate()
        self.form.retranslate()
        self._render_title()
        self._render_count()

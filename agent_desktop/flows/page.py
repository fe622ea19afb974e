"""FlowsPage: the flow editor (IVR designer) widget: the flow's nodes as a tree (problems
marked on their node), a form for the selected node with pickers for prompts, queues,
agents, time groups and target nodes, Save / Publish, and a simulate panel."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.flows import nodes as kinds
from agent_desktop.flows.presenter import FlowsPresenter

PROBLEM = QColor("#b3261e")
FIELD_NAMES = {name for fields in kinds.FIELDS.values() for name, _ in fields}


class FlowsPage(QWidget):
    def __init__(self, presenter: FlowsPresenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("flowsPage")
        self.presenter = presenter
        self._node: str | None = None  # the node in the form
        self._editors: dict[str, tuple[str, QLineEdit | QComboBox]] = {}
        # top: which flow, its versions, new / save / publish
        self.flow_box = QComboBox()
        self.version_label = QLabel()
        self.new_id = QLineEdit()
        self.new_button = QPushButton()
        self.save_button = QPushButton()
        self.publish_button = QPushButton()
        self.version_box = QComboBox()  # the version Publish publishes (an older: rollback)
        top = QHBoxLayout()
        top.addWidget(self.flow_box)
        top.addWidget(self.version_label)
        top.addStretch(1)
        top.addWidget(self.new_id)
        top.addWidget(self.new_button)
        top.addWidget(self.save_button)
        top.addWidget(self.version_box)
        top.addWidget(self.publish_button)
        # left: the tree and node actions
        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.kind_box = QComboBox()
        self.node_id = QLineEdit()
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.start_button = QPushButton()
        actions = QHBoxLayout()
        actions.addWidget(self.kind_box)
        actions.addWidget(self.node_id)
        actions.addWidget(self.add_button)
        more = QHBoxLayout()
        more.addWidget(self.start_button)
        more.addWidget(self.remove_button)
        more.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tree, 1)
        left_layout.addLayout(actions)
        left_layout.addLayout(more)
        # right: the node's form and the simulate panel
        self.node_box = QGroupBox()
        self.form = QFormLayout(self.node_box)
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet(f"color: {PROBLEM.name()}")
        self.apply_button = QPushButton()
        self.override_box = QGroupBox()  # 强制处理: force a time group's state
        self.group_box = QComboBox()
        self.state_box = QComboBox()
        self.force_button = QPushButton()
        self.lift_button = QPushButton()
        self.override_label = QLabel()
        self.override_label.setWordWrap(True)
        forced = QHBoxLayout()
        forced.addWidget(self.group_box)
        forced.addWidget(self.state_box)
        forced.addWidget(self.force_button)
        forced.addWidget(self.lift_button)
        override_layout = QVBoxLayout(self.override_box)
        override_layout.addLayout(forced)
        override_layout.addWidget(self.override_label)
        self.simulate_box = QGroupBox()
        self.ani = QLineEdit("13800138000")
        self.at = QLineEdit()
        self.keys = QLineEdit()
        self.simulate_button = QPushButton()
        self.result = QPlainTextEdit()
        self.result.setReadOnly(True)
        sim = QFormLayout(self.simulate_box)
        self.ani_label, self.at_label, self.keys_label = QLabel(), QLabel(), QLabel()
        sim.addRow(self.ani_label, self.ani)
        sim.addRow(self.at_label, self.at)
        sim.addRow(self.keys_label, self.keys)
        sim.addRow(self.simulate_button)
        sim.addRow(self.result)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.node_box)
        right_layout.addWidget(self.problem_label)
        right_layout.addWidget(self.apply_button, 0, Qt.AlignmentFlag.AlignRight)
        right_layout.addWidget(self.override_box)
        right_layout.addWidget(self.simulate_box, 1)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        # wiring
        self.flow_box.activated.connect(self._on_flow_box_activated)
        self.new_button.clicked.connect(self._on_new_button_clicked)
        self.save_button.clicked.connect(presenter.save)
        self.publish_button.clicked.connect(self._on_publish_button_clicked)
        self.force_button.clicked.connect(self._on_force_button_clicked)
        self.lift_button.clicked.connect(self._on_lift_button_clicked)
        presenter.overrides_changed.connect(self._on_overrides_changed)
        self.tree.currentItemChanged.connect(self._on_tree_current_item_changed)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.start_button.clicked.connect(self._on_start_button_clicked)
        self.apply_button.clicked.connect(self._on_apply_button_clicked)
        self.simulate_button.clicked.connect(self._on_simulate_button_clicked)
        presenter.flows_loaded.connect(self._on_flows_loaded)
        presenter.document_changed.connect(self._on_document_changed)
        presenter.problems_changed.connect(self._on_document_changed)
        presenter.simulated.connect(self._on_simulated)
        self.retranslate()
        self._on_document_changed()

    # --- presenter -> view ---------------------------------------------------------------

    def _on_flows_loaded(self) -> None:
        self.flow_box.clear()
        for flow in self.presenter.flows:
            self.flow_box.addItem(f"{flow['name']} ({flow['id']})", flow["id"])

    def _on_overrides_changed(self) -> None:
        group = self.group_box.currentText()
        self.group_box.clear()
        self.group_box.addItems(self.presenter.choices.get("group", []))
        if group:
            self.group_box.setCurrentText(group)
        states = {
            "open": self.tr("Open"),
            "closed": self.tr("Closed"),
            "holiday": self.tr("Holiday"),
        }
        lines = [
            self.tr("%1 forced: %2")
            .replace("%1", str(o.get("time_group")))
            .replace("%2", states.get(str(o.get("state")), str(o.get("state"))))
            for o in self.presenter.overrides
        ]
        self.override_label.setText("\n".join(lines) or self.tr("No time group is forced."))

    def _on_document_changed(self) -> None:
        current = self.presenter.current
        if current is not None:
            self.version_box.clear()
            for version in reversed(current.get("versions") or []):
                number = int(version["version"])
                text = self.tr("Version %1").replace("%1", str(number))
                if number == current.get("published_version"):
                    text += self.tr(" (published)")
                self.version_box.addItem(text, number)
            index = self.flow_box.findData(current["id"])
            if index >= 0:
                self.flow_box.setCurrentIndex(index)
            self.version_label.setText(
                self.tr("Version %1 · published %2 · numbers %3")
                .replace("%1", str(current.get("latest_version")))
                .replace("%2", str(current.get("published_version") or "–"))
                .replace("%3", ", ".join(current.get("dids") or []) or "–")
                + (self.tr(" · not saved") if self.presenter.dirty else "")
            )
        self._fill_tree()
        flow_problems = self.presenter.problems.get("", [])
        self.problem_label.setText("\n".join(flow_problems))
        if self._node is not None and self._node in self.presenter.nodes():
            self._show_node(self._node)
        else:
            self._show_node(None)

    def _fill_tree(self) -> None:
        keep = self._node
        self.tree.blockSignals(True)
        self.tree.clear()
        items: list[QTreeWidgetItem] = []
        nodes = self.presenter.nodes()
        start = self.presenter.document.get("start")
        selected: QTreeWidgetItem | None = None
        for row in kinds.tree(self.presenter.document):
            node = nodes.get(row.node, {})
            kind = str(node.get("type", "?"))
            name = ("↩ " if row.repeat else "") + row.node + (" ★" if row.node == start else "")
            via = self.field_text(row.via) if row.via in FIELD_NAMES else row.via
            item = QTreeWidgetItem([name, self.kind_text(kind), via])
            item.setData(0, Qt.ItemDataRole.UserRole, row.node)
            problems = self.presenter.problems.get(row.node)
            if problems:
                for column in range(3):
                    item.setForeground(column, QBrush(PROBLEM))
                item.setText(0, "⚠ " + name)
                item.setToolTip(0, "\n".join(problems))
            if row.parent < 0:
                self.tree.addTopLevelItem(item)
            else:
                items[row.parent].addChild(item)
            items.append(item)
            if row.node == keep and not row.repeat and selected is None:
                selected = item
        self.tree.expandAll()
        for column in range(3):
            self.tree.resizeColumnToContents(column)
        if selected is not None:
            self.tree.setCurrentItem(selected)
        self.tree.blockSignals(False)

    def _show_node(self, node_id: str | None) -> None:
        self._node = node_id
        while self.form.rowCount():
            self.form.removeRow(0)
        self._editors = {}
        enabled = node_id is not None
        self.apply_button.setEnabled(enabled)
        self.remove_button.setEnabled(enabled)
        self.start_button.setEnabled(enabled)
        if node_id is None:
            self.node_box.setTitle(self.tr("Node"))
            return
        node = self.presenter.nodes().get(node_id, {})
        kind = str(node.get("type"))
        self.node_box.setTitle(
            self.tr("Node %1: %2").replace("%1", node_id).replace("%2", self.kind_text(kind))
        )
        for name, field_kind in kinds.FIELDS.get(kind, []):
            editor = self._editor(field_kind, node.get(name))
            self._editors[name] = (field_kind, editor)
            self.form.addRow(self.field_text(name), editor)
        problems = self.presenter.problems.get(node_id, []) + self.presenter.problems.get("", [])
        self.problem_label.setText("\n".join(problems))

    def _editor(self, field_kind: str, value: Any) -> QLineEdit | QComboBox:
        picks = self.presenter.choices.get(field_kind)
        if field_kind == "node":
            picks = sorted(self.presenter.nodes())
        if picks is None:
            text = (
                kinds.keys_text(value)
                if field_kind == "keys"
                else ("" if value is None else str(value))
            )
            line = QLineEdit(text)
            if field_kind == "keys":
                line.setPlaceholderText("1=sales; 2=support_menu")
            return line
        box = QComboBox()
        box.setEditable(True)
        box.addItem("")
        box.addItems(picks)
        box.setCurrentText("" if value is None else str(value))
        return box

    def _on_simulated(self, result: dict[str, Any]) -> None:
        lines = [self.tr("Version %1").replace("%1", str(result.get("version")))]
        for number, step in enumerate(result.get("steps") or [], start=1):
            extra = ", ".join(
                f"{k}={' '.join(map(str, v)) if isinstance(v, list) else v}"
                for k, v in step.items()
                if k not in ("node", "type")
            )
            lines.append(
                f"{number}. {step.get('node')} ({self.kind_text(str(step.get('type')))})"
                + (f": {extra}" if extra else "")
            )
        outcome = result.get("outcome") or {}
        detail = ", ".join(f"{k}={v}" for k, v in outcome.items() if k != "type")
        lines.append(
            self.tr("Outcome: %1").replace("%1", f"{outcome.get('type')} {detail}".strip())
        )
        if result.get("satisfaction") is not None:
            lines.append(self.tr("Satisfaction: %1").replace("%1", str(result["satisfaction"])))
        self.result.setPlainText("\n".join(lines))

    # --- view -> presenter ---------------------------------------------------------------

    def _on_flow_box_activated(self, index: int) -> None:
        flow_id = self.flow_box.itemData(index)
        if flow_id:
            self._node = None
            self.presenter.select(str(flow_id))

    def _on_publish_button_clicked(self) -> None:
        version = self.version_box.currentData()
        self.presenter.publish_latest(int(version) if version else None)

    def _on_force_button_clicked(self) -> None:
        group = self.group_box.currentText()
        if group:
            self.presenter.force(group, str(self.state_box.currentData()))

    def _on_lift_button_clicked(self) -> None:
        group = self.group_box.currentText()
        if group:
            self.presenter.force(group, None)

    def _on_new_button_clicked(self) -> None:
        flow_id = self.new_id.text().strip()
        if flow_id:
            self.presenter.new_flow(flow_id, flow_id)
            self.new_id.clear()

    def _on_tree_current_item_changed(self, item: QTreeWidgetItem | None, _old: Any) -> None:
        node = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        self._show_node(str(node) if node in self.presenter.nodes() else None)

    def _on_add_button_clicked(self) -> None:
        node_id = self.node_id.text().strip()
        if self.presenter.add_node(node_id, str(self.kind_box.currentData())):
            self.node_id.clear()
            self._node = node_id
            self._on_document_changed()

    def _on_remove_button_clicked(self) -> None:
        if self._node is not None:
            node, self._node = self._node, None
            self.presenter.remove_node(node)

    def _on_start_button_clicked(self) -> None:
        if self._node is not None:
            self.presenter.set_start(self._node)

    def _on_apply_button_clicked(self) -> None:
        if self._node is None:
            return
        node: dict[str, Any] = {"type": self.presenter.nodes()[self._node]["type"]}
        label = self.presenter.nodes()[self._node].get("label")
        if label:
            node["label"] = label
        for name, (field_kind, editor) in self._editors.items():
            text = editor.text() if isinstance(editor, QLineEdit) else editor.currentText()
            node[name] = kinds.parse_value(field_kind, text)
        self.presenter.set_node(self._node, node)

    def _on_simulate_button_clicked(self) -> None:
        keys = [k.strip() for k in self.keys.text().split(",")]
        digits = [] if keys == [""] else keys
        self.presenter.simulate(self.ani.text().strip(), self.at.text().strip() or None, digits)

    # --- words ---------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def title(self) -> str:
        return self.tr("Flows")

    def retranslate(self) -> None:
        self.new_id.setPlaceholderText(self.tr("new flow id"))
        self.new_button.setText(self.tr("New flow"))
        self.save_button.setText(self.tr("Save"))
        self.publish_button.setText(self.tr("Publish"))
        self.tree.setHeaderLabels([self.tr("Node"), self.tr("Type"), self.tr("Key / branch")])
        current = self.kind_box.currentIndex()
        self.kind_box.clear()
        for kind in kinds.KINDS:
            self.kind_box.addItem(self.kind_text(kind), kind)
        self.kind_box.setCurrentIndex(max(current, 0))
        self.node_id.setPlaceholderText(self.tr("node id"))
        self.add_button.setText(self.tr("Add node"))
        self.remove_button.setText(self.tr("Delete node"))
        self.start_button.setText(self.tr("Make start"))
        self.apply_button.setText(self.tr("Apply"))
        self.simulate_box.setTitle(self.tr("Simulate a call"))
        self.override_box.setTitle(self.tr("Force a time group (强制处理)"))
        state = self.state_box.currentIndex()
        self.state_box.clear()
        self.state_box.addItem(self.tr("Open"), "open")
        self.state_box.addItem(self.tr("Closed"), "closed")
        self.state_box.addItem(self.tr("Holiday"), "holiday")
        self.state_box.setCurrentIndex(max(state, 0))
        self.force_button.setText(self.tr("Force"))
        self.lift_button.setText(self.tr("Lift"))
        self._on_overrides_changed()
        self.ani_label.setText(self.tr("Caller number"))
        self.at_label.setText(self.tr("At"))
        self.at.setPlaceholderText(self.tr("now, or 2026-10-01T10:00:00+08:00"))
        self.keys_label.setText(self.tr("Keys"))
        self.keys.setPlaceholderText(self.tr("one input per comma: 2, 1"))
        self.simulate_button.setText(self.tr("Simulate"))
        self._on_document_changed()

    def kind_text(self, kind: str) -> str:
        words = {
            "play": self.tr("Play prompt"),
            "menu": self.tr("Menu"),
            "collect": self.tr("Collect digits"),
            "survey": self.tr("Satisfaction survey"),
            "time": self.tr("Time condition"),
            "lookup": self.tr("HTTP look-up"),
            "area": self.tr("Area (number prefix or place)"),
            "queue": self.tr("Queue"),
            "dial": self.tr("Dial agent or queue"),
            "voicemail": self.tr("Voicemail"),
            "callback": self.tr("Callback request"),
            "forward": self.tr("Forward to number"),
            "hangup": self.tr("Hang up"),
        }
        return words.get(kind, kind)

    def field_text(self, name: str) -> str:
        words = {
            "prompt": self.tr("Prompt"),
            "next": self.tr("Next"),
            "choices": self.tr("Choices"),
            "timeout": self.tr("Time-out (s)"),
            "retries": self.tr("Retries"),
            "invalid_prompt": self.tr("Invalid-key prompt"),
            "default": self.tr("Default"),
            "variable": self.tr("Variable"),
            "min_length": self.tr("Min. length"),
            "max_length": self.tr("Max. length"),
            "terminator": self.tr("Terminator"),
            "pattern": self.tr("Pattern"),
            "invalid": self.tr("If invalid"),
            "thanks_prompt": self.tr("Thanks prompt"),
            "noted_prompt": self.tr("Confirmation prompt"),
            "group": self.tr("Time group"),
            "open": self.tr("Open"),
            "closed": self.tr("Closed"),
            "holiday": self.tr("Holiday"),
            "url": self.tr("URL"),
            "field": self.tr("Answer field"),
            "branches": self.tr("Branches"),
            "queue": self.tr("Queue"),
            "agent": self.tr("Agent ID"),
            "box": self.tr("Mailbox"),
            "max_seconds": self.tr("Max. seconds"),
            "number": self.tr("Number"),
            "survey": self.tr("Survey after the call"),
        }
        return words.get(name, name)

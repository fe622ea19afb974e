"""Field editors the Designer cannot know in advance: skills (queues with levels) and
permissions (a checklist), each with `value()` / `set_value()`."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)


class SkillsEditor(QTableWidget):
    """One row per queue: tick it to give the skill, set its level (1 = first tier)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 2, parent)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setMinimumHeight(110)
        self.setMaximumHeight(150)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def set_queues(self, queues: list[tuple[str, str]]) -> None:
        """The queues to offer, as (ID, display name): the name shown, the ID its tooltip."""
        current = {s["queue"]: s["level"] for s in self.value()}
        self.setRowCount(0)
        for queue, label in queues:
            self._add(queue, current.get(queue), label)

    def _add(self, queue: str, level: int | None, label: str | None = None) -> None:
        row = self.rowCount()
        self.insertRow(row)
        item = QTableWidgetItem(label or queue)
        item.setData(Qt.ItemDataRole.UserRole, queue)
        item.setToolTip(queue)
        item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        item.setCheckState(Qt.CheckState.Checked if level else Qt.CheckState.Unchecked)
        self.setItem(row, 0, item)
        spin = QSpinBox()
        spin.setRange(1, 9)
        spin.setValue(level or 1)
        self.setCellWidget(row, 1, spin)

    def value(self) -> list[dict[str, Any]]:
        skills = []
        for row in range(self.rowCount()):
            item = self.item(row, 0)
            spin = self.cellWidget(row, 1)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                level = spin.value() if isinstance(spin, QSpinBox) else 1
                skills.append({"queue": str(item.data(Qt.ItemDataRole.UserRole)), "level": level})
        return skills

    def set_value(self, skills: Any) -> None:
        wanted = {}
        for skill in skills or []:
            if isinstance(skill, dict) and "queue" in skill:
                wanted[str(skill["queue"])] = int(skill.get("level") or 1)
            elif isinstance(skill, str):
                wanted[skill] = 1
        known: list[tuple[str, str]] = []
        for row in range(self.rowCount()):
            item = self.item(row, 0)
            if item is not None:
                known.append((str(item.data(Qt.ItemDataRole.UserRole)), item.text()))
        ids = {queue for queue, _ in known}
        self.setRowCount(0)
        for queue, label in known + [(q, q) for q in wanted if q not in ids]:
            self._add(queue, wanted.get(queue), label)


class PermissionsEditor(QListWidget):
    """Named permissions as checkboxes; `set_labels` translates them."""

    def __init__(self, names: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for name in names:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.addItem(item)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def sizeHint(self) -> QSize:
        """As tall as its items, measured with the font in use now."""
        rows = sum(self.sizeHintForRow(i) for i in range(self.count()))
        return QSize(super().sizeHint().width(), rows + 2 * self.frameWidth() + 2)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def _items(self) -> list[QListWidgetItem]:
        return [self.item(i) for i in range(self.count())]

    def set_labels(self, label: Any) -> None:
        for item in self._items():
            item.setText(label(item.data(Qt.ItemDataRole.UserRole)))
        self.updateGeometry()  # Chinese rows are taller than Latin ones

    def value(self) -> list[str]:
        return [
            item.data(Qt.ItemDataRole.UserRole)
            for item in self._items()
            if item.checkState() == Qt.CheckState.Checked
        ]

    def set_value(self, names: Any) -> None:
        chosen = set(names or [])
        for item in self._items():
            item.setCheckState(
                Qt.CheckState.Checked
                if item.data(Qt.ItemDataRole.UserRole) in chosen
                else Qt.CheckState.Unchecked
            )

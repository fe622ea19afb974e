"""A form's items with an answer box each (yes / no / points / N/A; ★ marks critical
items): the score panel's and a reviewer's amendment of a disputed evaluation."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from agent_desktop.protocol.qa import QaAnswer, QaForm, QaItem

UNANSWERED = None


class AnswerSheet(QTreeWidget):
    """`set_form(form)`, then `answers()` (item key -> value) once `complete()`."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form: QaForm | None = None
        self.boxes: dict[str, QComboBox] = {}
        self.setColumnCount(2)
        self.setRootIsDecorated(False)
        self.setWordWrap(True)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(1, 110)
        self.retranslate()

    def set_form(self, form: QaForm | None) -> None:
        self.form = form
        self._render()

    def answers(self) -> dict[str, float | str]:
        return {
            key: box.currentData()
            for key, box in self.boxes.items()
            if box.currentData() is not UNANSWERED
        }

    def complete(self) -> bool:
        return len(self.answers()) == len(self.boxes) > 0

    def set_answers(self, answers: list[QaAnswer]) -> None:
        for answer in answers:
            box = self.boxes.get(answer.item)
            if box is not None:
                box.setCurrentIndex(max(0, box.findData(answer.value)))

    def clear_answers(self) -> None:
        for box in self.boxes.values():
            box.setCurrentIndex(0)

    def _box(self, item: QaItem) -> QComboBox:
        box = QComboBox()
        box.addItem("—", UNANSWERED)
        if item.kind == "yes_no":
            box.addItem(self.tr("Yes"), "yes")
            box.addItem(self.tr("No"), "no")
        else:
            for points in range(item.max_points, -1, -1):
                box.addItem(str(points), float(points))
        if item.na_allowed:
            box.addItem(self.tr("N/A"), "na")
        box.currentIndexChanged.connect(lambda _i: self.changed.emit())
        return box

    def _render(self) -> None:
        kept = {key: box.currentIndex() for key, box in self.boxes.items()}
        self.clear()
        self.boxes = {}
        if self.form is not None:
            bold = QFont(self.font())
            bold.setBold(True)
            for section in self.form.sections:
                head = QTreeWidgetItem(
                    [
                        self.tr("%1 (weight %2)")
                        .replace("%1", section.title)
                        .replace("%2", f"{section.weight:g}")
                    ]
                )
                head.setFont(0, bold)
                self.addTopLevelItem(head)
                head.setFirstColumnSpanned(True)
                for item in section.items:
                    row = QTreeWidgetItem([item.label + (" ★" if item.critical else "")])
                    row.setToolTip(0, self._tip(item))
                    self.addTopLevelItem(row)
                    box = self._box(item)
                    self.setItemWidget(row, 1, box)
                    self.boxes[item.key] = box
            for key, index in kept.items():
                if key in self.boxes:
                    self.boxes[key].setCurrentIndex(index)
        self.changed.emit()

    def _tip(self, item: QaItem) -> str:
        tip = self.tr("Weight %1").replace("%1", f"{item.weight:g}")
        if item.critical:
            tip += "\n" + self.tr("Critical: failing it makes the whole score 0")
        return tip

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setHeaderLabels([self.tr("Item"), self.tr("Answer")])
        self._render()

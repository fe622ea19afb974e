"""Header sort arrows that point the way people read them: ▲ ascending, ▼ descending
(newest first shows ▼). Qt draws them the other way round (its `SortUp` means descending)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHeaderView, QProxyStyle, QStyle, QStyleOption, QStyleOptionHeader

_UP, _DOWN = QStyleOptionHeader.SortIndicator.SortUp, QStyleOptionHeader.SortIndicator.SortDown


class SortArrowStyle(QProxyStyle):
    """The application's style, with header sort arrows flipped."""

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: Any,
        widget: Any = None,
    ) -> None:
        if (
            element == QStyle.PrimitiveElement.PE_IndicatorHeaderArrow
            and isinstance(option, QStyleOptionHeader)
            and option.sortIndicator in (_UP, _DOWN)
        ):
            flipped = QStyleOptionHeader(option)
            flipped.sortIndicator = _DOWN if option.sortIndicator == _UP else _UP
            option = flipped
        super().drawPrimitive(element, option, painter, widget)


def use_reading_arrows(header: QHeaderView) -> None:
    """Give `header` the flipped arrows (the header owns the style)."""
    style = SortArrowStyle()
    style.setParent(header)
    header.setStyle(style)

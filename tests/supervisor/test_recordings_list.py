"""The recordings list shows both numbers of a call (a failed outbound attempt: the hotline
calling the customer) and a sort arrow that points down for newest first."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from agent_desktop.cti import CtiClient
from agent_desktop.supervisor.presenter import SupervisorPresenter
from agent_desktop.supervisor.tab import SupervisorTab
from agent_desktop.views.style import STYLESHEET
from server_stub import demo
from tests.desktop.conftest import LiveServer
from tests.supervisor.conftest import run, run_until

pytestmark = pytest.mark.ui


def _arrow_points_down(image: QImage, left: int, right: int) -> bool:
    """True for ▼: in the arrow's box, the widest row of dark pixels is above the narrowest."""
    widths = []
    for y in range(image.height()):
        dark = sum(1 for x in range(left, right) if QColor(image.pixel(x, y)).lightness() < 160)
        if dark:
            widths.append(dark)
    assert len(widths) >= 3, "no sort arrow drawn"
    return widths[0] > widths[-1]


def test_failed_outbound_attempt_shows_caller_and_called_and_newest_first_arrow(
    qtbot: Any, loop: Any, supervisor: SupervisorPresenter, live_server: LiveServer
) -> None:
    agent = CtiClient(live_server.url)
    run(loop, agent.login("1002", demo.DEMO_PASSWORD))
    try:
        record = run(loop, agent.dial("13512345678"))
        acd = live_server.services.acd  # type: ignore[union-attr]
        live_server.call(acd.agent_hung_up(record.id, "agent_no_answer"))  # nobody picked up
    finally:
        run(loop, agent.close())
    tab = SupervisorTab(supervisor, language=lambda: "en")
    tab.setStyleSheet(STYLESHEET)
    qtbot.addWidget(tab)
    tab.resize(1366, 768)
    tab.show()
    page = tab.recordings
    tab.pages.setCurrentIndex(1)
    page.number_edit.setText("13512345678")
    page.search_button.click()
    model = supervisor.recordings.model
    run_until(loop, lambda: model.rowCount() == 1, what="the outbound attempt")
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert headers == ["Started", "Caller", "Called"]
    assert model.index(0, 1).data() == record.ani  # the hotline's caller ID
    assert model.index(0, 2).data() == "13512345678"  # the customer it called

    header = page.table.horizontalHeader()
    assert header.sortIndicatorSection() == 0
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder  # newest first
    image = header.grab().toImage()
    section = header.sectionViewportPosition(0), header.sectionSize(0)
    left = section[0] + section[1] - 22  # the arrow sits at the section's right edge
    assert _arrow_points_down(image, left, section[0] + section[1] - 2)

"""The softphone is pumped by a 10 ms QTimer on the GUI thread; events arrive there."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QTimer

from agent_desktop.softphone import IncomingCall
from agent_desktop.softphone.fake import FakeSoftphone

pytestmark = pytest.mark.ui


def test_events_reach_subscribers_on_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    phone = FakeSoftphone()
    seen: list[tuple[object, threading.Thread]] = []
    phone.subscribe(lambda e: seen.append((e, threading.current_thread())))
    timer = QTimer()
    timer.timeout.connect(phone.pump)
    timer.start(10)
    worker = threading.Thread(target=phone.simulate_incoming_call)  # any thread may post
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(seen), timeout=2000)
    timer.stop()
    event, thread = seen[0]
    assert isinstance(event, IncomingCall)
    assert thread is threading.main_thread()

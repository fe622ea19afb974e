"""Python's cyclic garbage collection, kept on the GUI thread and out of Qt's event dispatch.

The interpreter runs a collection in whichever thread happens to allocate past the
threshold: a pjsua2 callback thread, an executor thread, the in-process test server's
thread. A collection there can destroy Qt objects caught in reference cycles (a presenter
and its lambdas, a socket notifier held by an exception's frame) from the wrong thread,
or destroy widgets in the middle of a paint on the GUI thread: Qt then crashes later, in
its own event processing, far from the cause. The desktop turns automatic collection off
and collects here instead, from a GUI-thread timer, with the interpreter's own thresholds
(a well-known pattern of Qt applications in Python: calibre, pyqtgraph). See also
agent_desktop/protocol/collection.py.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

from agent_desktop.protocol.collection import collect_due

INTERVAL_MS = 250


class MainThreadCollector(QObject):
    """Owns the timer; `start()` turns automatic collection off, `stop()` back on."""

    def __init__(self, interval_ms: int = INTERVAL_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(collect_due)

    def start(self) -> None:
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()
        gc.collect()

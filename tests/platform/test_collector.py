"""Garbage collection stays on the GUI thread (agent_desktop/platform/collector.py)."""

from __future__ import annotations

import gc
import threading
import weakref
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QObject

from agent_desktop.platform.collector import MainThreadCollector
from agent_desktop.protocol.collection import collect_due


class _Holder(QObject):
    """A Qt object in a reference cycle, as a presenter with its own lambdas is."""

    def __init__(self) -> None:
        super().__init__()
        self.me = self


_kept: list[Any] = []  # what the thread allocated, alive until the test ends


def _allocate_past_the_threshold() -> None:
    for _ in range(gc.get_threshold()[0] * 20):
        _kept.append([])


@pytest.fixture
def automatic_gc() -> Iterator[None]:
    """This test decides: automatic collection on, as a plain interpreter has it."""
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def _dropped_holder(finalized_on: list[str]) -> None:
    holder = _Holder()
    weakref.finalize(holder, lambda: finalized_on.append(threading.current_thread().name))
    del holder  # unreachable, but only the cycle collector can free it


def _allocate_in_a_thread() -> None:
    thread = threading.Thread(target=_allocate_past_the_threshold, name="pjsua-like")
    thread.start()
    thread.join()


@pytest.fixture(autouse=True)
def _forget_the_allocations() -> Iterator[None]:
    yield
    _kept.clear()


def test_without_the_collector_another_thread_frees_gui_objects(
    qapp: Any, automatic_gc: None
) -> None:
    """What the collector prevents: a thread that allocates collects the GUI's garbage."""
    gc.collect()
    finalized_on: list[str] = []
    _dropped_holder(finalized_on)
    _allocate_in_a_thread()
    assert finalized_on == ["pjsua-like"]


def test_with_the_collector_only_the_gui_thread_frees_them(qapp: Any, automatic_gc: None) -> None:
    collector = MainThreadCollector(interval_ms=10)
    collector.start()
    try:
        assert not gc.isenabled()
        gc.collect()
        finalized_on: list[str] = []
        _dropped_holder(finalized_on)
        _allocate_in_a_thread()
        assert finalized_on == []  # still waiting for the GUI thread
        deadline = 200
        while not finalized_on and deadline:
            qapp.processEvents()  # the collector's timer collects what is due
            threading.Event().wait(0.01)
            deadline -= 1
        assert finalized_on == [threading.current_thread().name]
    finally:
        collector.stop()
    assert gc.isenabled()


def test_collect_due_follows_the_interpreters_thresholds(automatic_gc: None) -> None:
    gc.disable()
    gc.collect()
    assert collect_due() == 0  # nothing allocated since: nothing due
    finalized: list[bool] = []
    for _ in range(gc.get_threshold()[0] + 1):
        cycle: list[Any] = []
        cycle.append(cycle)
    holder = _Holder()
    weakref.finalize(holder, lambda: finalized.append(True))
    del holder
    assert collect_due() > 0 and finalized == [True]

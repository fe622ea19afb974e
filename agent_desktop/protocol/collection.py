"""Python's cyclic garbage collection on one chosen thread (shared by desktop and server).

The interpreter collects in whichever thread allocates past a threshold. In a process
where pjsua2 or Qt objects may sit in reference cycles, that can be a thread that must
not destroy them: a pjmedia clock thread, a PortAudio callback, an executor, a test's
in-process server. Such processes turn automatic collection off (`gc.disable()`) and call
`collect_due()` often from the thread that owns those objects: the desktop's GUI thread
(agent_desktop/platform/collector.py), a media worker's pjsua2 owner thread
(server_stub/media/engine.py).
"""

from __future__ import annotations

import gc


def collect_due() -> int:
    """Collect the oldest generation whose count passed its threshold, as the interpreter
    would have by now; returns what `gc.collect` found (0 when nothing was due)."""
    counts = gc.get_count()
    thresholds = gc.get_threshold()
    for generation in (2, 1, 0):
        if thresholds[generation] and counts[generation] > thresholds[generation]:
            return gc.collect(generation)
    return 0

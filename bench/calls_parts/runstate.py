"""Run-wide switches of the calls benchmark, set by main(), and note() for --verbose."""

from __future__ import annotations

import time
from dataclasses import dataclass


@dataclass
class RunState:
    verbose: bool = False  # --verbose: print the phases of a step
    failed: bool = False  # a step failed or the run broke: keep the product's logs


RUN = RunState()


def note(msg: str) -> None:
    if RUN.verbose:
        print(f"  [{time.strftime('%H:%M:%S')}] {msg}", flush=True)

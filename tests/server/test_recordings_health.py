"""RecordingsHealth (issue 21): the recordings check from folder states and outcomes."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from server_stub.recordings.health import RecordingsHealth


def test_check_follows_folder_and_outcomes(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    health = RecordingsHealth(tmp_path / "rec", recording_now=lambda: ["c7"])
    assert health.check() == "ok"
    health.recording_failed("c1", "partial: only 3.0 s of 9 s written")
    assert health.check() == "failed: call c1: partial: only 3.0 s of 9 s written"
    health.recording_complete()  # the next good recording clears it
    assert health.check() == "ok"

    health.min_free_bytes = 1 << 62  # no disk is that large: full
    with caplog.at_level(logging.ERROR):
        assert health.check().startswith("disk full: ")
        assert health.check().startswith("disk full: ")
    errors = [
        r.getMessage()
        for r in caplog.records
        if r.levelno == logging.ERROR and r.getMessage().startswith("recordings:")
    ]
    assert len(errors) == 1 and "calls being recorded now: c7" in errors[0]  # once, not per check

    health.min_free_bytes = 0
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    health.folder = blocked / "rec"
    assert health.check().startswith("unwritable: ")
    health.folder = tmp_path / "rec"
    assert health.check() == "ok"

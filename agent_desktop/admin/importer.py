"""ImportPresenter: bulk agent import. A CSV is read locally for the preview; the server
checks every row and either imports all (201 with counts) or none (422 with the bad rows,
shown on their lines in the preview). Signals out, no widgets."""

from __future__ import annotations

import csv
import io
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from agent_desktop.admin.api import AdminApi
from agent_desktop.admin.errors import reason, row_error, row_errors
from agent_desktop.admin.models import ImportModel, ImportRow
from agent_desktop.admin.texts import AdminTexts
from agent_desktop.cti import CtiError
from agent_desktop.presenters.tasks import TaskRunner
from agent_desktop.protocol.admin import MAX_IMPORT_BYTES

log = logging.getLogger(__name__)


def read_csv(path: Path) -> tuple[list[str], list[ImportRow]]:
    """Header and rows of a whole CSV (UTF-8, with or without BOM; GBK as a fallback)."""
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise ValueError("not UTF-8 or GBK text")
    reader = csv.reader(io.StringIO(text))
    header = next(reader, [])
    rows = [ImportRow(reader.line_num, cells) for cells in reader if any(c.strip() for c in cells)]
    return header, rows


class ImportPresenter(QObject):
    """`open_file(path)` previews it; `submit()` sends it; `done` or `refused` follows."""

    previewed = Signal(int)  # data rows shown
    done = Signal(object)  # the server's ImportResult: counts, skipped rows, passwords
    refused = Signal(int)  # bad rows (0 = refused for another reason: see `message`)
    message = Signal(str, bool)

    def __init__(
        self, api: AdminApi, tasks: TaskRunner, texts: AdminTexts, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.api = api
        self._tasks = tasks
        self.texts = texts
        self.model = ImportModel(texts, self)
        self.path: Path | None = None
        self.passwords: dict[str, str] = {}  # agent id → generated password (shown once)

    def open_file(self, path: Path) -> bool:
        self.path = path
        try:
            size = path.stat().st_size
        except OSError:
            size = 0  # reading it below says why
        if size > MAX_IMPORT_BYTES:  # refused whole: the server would refuse it too
            self.path = None
            self.model.load([], [])
            self.message.emit(
                self.tr(
                    "%1 is too large (%2 MB): an import file may be at "
                    "most %3 MB. Split it into smaller files."
                )
                .replace("%1", path.name)
                .replace("%2", f"{size / 2**20:.1f}")
                .replace("%3", str(MAX_IMPORT_BYTES // 2**20)),
                True,
            )
            return False
        if path.suffix.lower() != ".csv":  # an Excel file: the server reads it
            self.model.load([], [])
            self.previewed.emit(0)
            return True
        try:
            header, rows = read_csv(path)
        except (OSError, ValueError) as exc:
            self.path = None
            self.model.load([], [])
            self.message.emit(
                self.tr("Cannot read %1: %2").replace("%1", path.name).replace("%2", str(exc)), True
            )
            return False
        self.model.load(header, rows)
        self.previewed.emit(len(rows))
        return True

    def refused_text(self) -> str:
        """What the summary says while rows are marked bad (re-read on a language switch)."""
        return self.tr(
            "Nothing imported. Rows to fix: %n (in red below).", "", len(self.model.bad_lines)
        )

    def submit(self, skip_bad: bool = False) -> None:
        self._tasks.spawn(self.submit_async(skip_bad), "admin-import")

    async def submit_async(self, skip_bad: bool = False) -> dict[str, Any] | None:
        if self.path is None:
            self.message.emit(self.tr("Choose a CSV or Excel file first."), True)
            return None
        try:
            counts = await self.api.import_agents(self.path, skip_bad)
        except OSError as exc:
            self.message.emit(str(exc), True)
            return None
        except CtiError as exc:
            errors = row_errors(exc)
            self.model.mark(errors)
            if errors:
                text = self.refused_text()
            else:
                text = self.tr("Nothing imported: %1").replace("%1", reason(exc))
            self.message.emit(text, True)
            self.refused.emit(len({e.line for e in errors}))
            return None
        skipped = [row_error(e, int(e["line"])) for e in counts.get("errors") or []]
        self.model.mark(skipped)
        self.passwords = {str(k): str(v) for k, v in (counts.get("passwords") or {}).items()}
        log.info(
            "admin: imported agents from %s: %s new, %s updated, %s skipped",
            self.path.name,
            counts.get("created", 0),
            counts.get("updated", 0),
            counts.get("skipped", 0),
        )  # never the generated passwords
        self.done.emit(counts)
        self.message.emit(
            self.tr("Imported: %1 new, %2 updated, %3 skipped.")
            .replace("%1", str(counts.get("created", 0)))
            .replace("%2", str(counts.get("updated", 0)))
            .replace("%3", str(counts.get("skipped", 0))),
            False,
        )
        return counts

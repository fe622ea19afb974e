"""ReportsApi against the contract server in memory: JSON, CSV and XLSX streamed to a file
that reads back, and nothing left behind when the server refuses, drops or is cancelled."""

from __future__ import annotations

import asyncio
import csv
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from agent_desktop.cti import ApiError, CtiClient, ServerUnreachable
from agent_desktop.reports.api import ReportsApi
from tests.desktop.conftest import run
from tests.reports_tab.fake_server import FakeReportsServer

PARAMS = {"from": "2026-12-07T00:00:00", "to": "2026-12-08T00:00:00", "group_by": "hour"}


@pytest.fixture
def api(loop: Any, server: FakeReportsServer) -> Any:
    client = CtiClient("http://reports.test", transport=server.transport)
    yield ReportsApi(client)
    run(loop, client.close())


def test_catalogue_and_report(loop: Any, api: ReportsApi) -> None:
    catalogue = run(loop, api.catalogue())
    assert catalogue.timezone == "Asia/Shanghai"
    assert [r.name for r in catalogue.reports][:3] == ["agents", "queues", "traffic"]
    result = run(loop, api.report("traffic", PARAMS))
    assert result.group_by == "hour" and len(result.rows) == 12
    assert result.totals is not None and result.totals["offered"] == 120


def test_csv_export_reads_back_with_its_bom(
    loop: Any, api: ReportsApi, server: FakeReportsServer, tmp_path: Path
) -> None:
    seen: list[tuple[int, int | None]] = []
    target = tmp_path / "traffic.csv"
    size = run(
        loop,
        api.export(
            "traffic", PARAMS, "csv", target, lambda done, total: seen.append((done, total))
        ),
    )
    data = target.read_bytes()
    assert size == len(data) and data.startswith(b"\xef\xbb\xbf")
    assert seen[-1] == (size, size)
    rows = list(csv.reader(data.decode("utf-8-sig").splitlines()))
    expected = server.result("traffic", PARAMS)
    assert rows[0] == [c["label"] for c in expected["columns"]]
    assert [int(r[1]) for r in rows[1:]] == [r["offered"] for r in expected["rows"]]
    assert server.requests[-1].url.params["format"] == "csv"
    assert not (tmp_path / "traffic.csv.part").exists()


def test_xlsx_export_reads_back(
    loop: Any, api: ReportsApi, server: FakeReportsServer, tmp_path: Path
) -> None:
    target = tmp_path / "traffic.xlsx"
    run(loop, api.export("traffic", PARAMS, "xlsx", target))
    sheet = load_workbook(target).active
    values = [list(row) for row in sheet.iter_rows(values_only=True)]
    expected = server.result("traffic", PARAMS)
    assert values[0] == [c["label"] for c in expected["columns"]]
    for got, row in zip(values[1:], expected["rows"], strict=True):
        assert got[0] == row["hour"]  # Excel keeps 15 digits: the rest compared as such
        assert got[1:] == pytest.approx([row[c["key"]] for c in expected["columns"][1:]], rel=1e-12)


def test_refused_export_leaves_no_file(
    loop: Any, api: ReportsApi, server: FakeReportsServer, tmp_path: Path
) -> None:
    server.fail["traffic"] = (422, "range_too_large", "at most 366 days")
    target = tmp_path / "t.xlsx"
    with pytest.raises(ApiError) as caught:
        run(loop, api.export("traffic", PARAMS, "xlsx", target))
    assert (caught.value.status, caught.value.error_id) == (422, "range_too_large")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["wav"]


def test_dropped_connection_removes_the_partial_file(
    loop: Any, api: ReportsApi, server: FakeReportsServer, tmp_path: Path
) -> None:
    server.broken_export = True
    server.calls = server.calls * 20  # more than one chunk
    with pytest.raises(ServerUnreachable):
        run(loop, api.export("calls", {**PARAMS, "group_by": ""}, "csv", tmp_path / "c.csv"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["wav"]


def test_cancelled_export_removes_the_partial_file(
    loop: Any, api: ReportsApi, server: FakeReportsServer, tmp_path: Path
) -> None:
    server.slow_export = True  # 4 KB every 50 ms; the client writes 64 KB at a time
    server.calls = server.calls * 20
    written: list[int] = []

    async def cancel_midway() -> None:
        task = asyncio.ensure_future(
            api.export(
                "calls",
                PARAMS,
                "csv",
                tmp_path / "c.csv",
                lambda done, _total: written.append(done),
            )
        )
        while not written:
            await asyncio.sleep(0.01)
        assert (tmp_path / "c.csv.part").exists()
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    run(loop, cancel_midway())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["wav"]


def test_unknown_format_is_refused_before_asking(
    loop: Any, api: ReportsApi, tmp_path: Path
) -> None:
    with pytest.raises(ValueError, match="pdf"):
        run(loop, api.export("traffic", PARAMS, "pdf", tmp_path / "x.pdf"))

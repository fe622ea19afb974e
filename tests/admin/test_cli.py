"""`callcenter-server init`, `import agents` and `export agents` as an operator runs them."""

from __future__ import annotations

import os
import pty
import select
import sys
import time
from pathlib import Path

import pytest
from openpyxl import load_workbook

from server_stub.__main__ import main
from server_stub.security.passwords import Passwords
from server_stub.store import SqliteStore


def _init(tmp_path: Path, password: str = "Start-here-1") -> Path:
    secret = tmp_path / "admin.pw"
    secret.write_text(password + "\n")
    data = tmp_path / "centre"
    assert (
        main(
            [
                "init",
                "--data-dir",
                str(data),
                "--admin-id",
                "8000",
                "--admin-password-file",
                str(secret),
            ]
        )
        == 0
    )
    return data


def test_init_creates_an_admin_and_says_what_next(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = _init(tmp_path)
    out = capsys.readouterr().out
    assert f"callcenter-server run --data-dir {data}" in out and "Start-here-1" not in out
    assert "import agents" in out
    store = SqliteStore(data / "callcenter.db")
    try:
        admin = store.get_agent("8000")
        assert admin is not None and admin["role"] == "admin"
        assert Passwords().verify(admin["password_hash"], "Start-here-1")
        assert {r["code"] for r in store.list_reason_codes()} >= {"no_answer", "forced"}
        assert store.list_queues() == [] and store.list_dids() == []
    finally:
        store.close()
    # A second init on the same directory is refused; nothing changes.
    secret = tmp_path / "other.pw"
    secret.write_text("Another-pass-2\n")
    assert (
        main(
            [
                "init",
                "--data-dir",
                str(data),
                "--admin-id",
                "8001",
                "--admin-password-file",
                str(secret),
            ]
        )
        == 1
    )
    assert "already has agents" in capsys.readouterr().err


@pytest.mark.parametrize("password,why", [("short", "at least 8"), ("x8000xyzw", "agent ID")])
def test_init_refuses_weak_passwords(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], password: str, why: str
) -> None:
    secret = tmp_path / "admin.pw"
    secret.write_text(password)
    assert (
        main(
            [
                "init",
                "--data-dir",
                str(tmp_path / "c"),
                "--admin-id",
                "8000",
                "--admin-password-file",
                str(secret),
            ]
        )
        == 2
    )
    assert why in capsys.readouterr().err
    assert not (tmp_path / "c" / "callcenter.db").exists()


def test_init_asks_on_a_terminal_without_echo(tmp_path: Path) -> None:
    pid, fd = pty.fork()
    if pid == 0:  # the child: the command as typed on a terminal
        os.execv(
            sys.executable,
            [
                sys.executable,
                "-m",
                "server_stub",
                "init",
                "--data-dir",
                str(tmp_path / "c"),
                "--admin-id",
                "8000",
            ],
        )
    seen = b""

    def read_until(marker: bytes) -> None:
        nonlocal seen
        deadline = time.monotonic() + 60
        while marker not in seen and time.monotonic() < deadline:
            if select.select([fd], [], [], 0.5)[0]:
                try:
                    seen += os.read(fd, 1024)
                except OSError:
                    return

    read_until(b"Password for admin 8000:")
    os.write(fd, b"Typed-secret-9\n")
    read_until(b"Again:")
    os.write(fd, b"Typed-secret-9\n")
    read_until(b"callcenter-server run")
    _, status = os.waitpid(pid, 0)
    os.close(fd)
    assert os.waitstatus_to_exitcode(status) == 0, seen
    assert b"Typed-secret-9" not in seen
    store = SqliteStore(tmp_path / "c" / "callcenter.db")
    try:
        row = store.get_agent("8000")
        assert row is not None and Passwords().verify(row["password_hash"], "Typed-secret-9")
    finally:
        store.close()


def test_import_and_export_agents(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = _init(tmp_path)
    store = SqliteStore(data / "callcenter.db")
    store.upsert_queue({"name": "billing", "display_name": "Billing"})
    store.close()
    bad = tmp_path / "agents.csv"
    bad.write_text(
        "agent_id,name,role,queues,password\n"
        "2001,王芳,agent,billing:1,Wang-Fang-pw1\n"
        "2002,Bad,,sales,\n",
        encoding="utf-8",
    )
    assert main(["import", "agents", str(bad), "--data-dir", str(data)]) == 1
    err = capsys.readouterr().err
    assert "agents.csv:3: queues: unknown queue 'sales'" in err and "nothing was written" in err
    store = SqliteStore(data / "callcenter.db")
    assert store.get_agent("2001") is None
    store.close()
    assert main(["import", "agents", str(bad), "--data-dir", str(data), "--skip-bad"]) == 0
    assert "1 agents created, 0 updated, 1 rows skipped" in capsys.readouterr().out
    out = tmp_path / "all.xlsx"
    assert main(["export", "agents", str(out), "--data-dir", str(data)]) == 0
    rows = list(load_workbook(out).worksheets[0].iter_rows(values_only=True))
    assert [r[:5] for r in rows[1:]] == [
        ("2001", "王芳", "agent", None, "billing:1"),
        ("8000", "Administrator", "admin", None, None),
    ]


def test_import_refuses_a_directory_a_server_runs_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A running server would not know agents written behind its back (they could not sign
    in until a restart): the command says to import through the server instead."""
    from server_stub.data_lock import DataDirLock

    data = _init(tmp_path)
    source = tmp_path / "agents.csv"
    source.write_text("agent_id,name,password\n2001,王芳,Wang-Fang-pw1\n", encoding="utf-8")
    lock = DataDirLock(data)  # what `run` holds while it runs
    lock.acquire()
    try:
        assert main(["import", "agents", str(source), "--data-dir", str(data)]) == 1
        err = capsys.readouterr().err
        assert f"(pid {os.getpid()}) is running on {data}" in err
        assert "/api/v1/admin/import/agents" in err
        store = SqliteStore(data / "callcenter.db")
        assert store.get_agent("2001") is None  # nothing written
        store.close()
    finally:
        lock.release()
    assert main(["import", "agents", str(source), "--data-dir", str(data)]) == 0
    assert "1 agents created" in capsys.readouterr().out

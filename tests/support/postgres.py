"""A throwaway PostgreSQL cluster for tests: `initdb` + `pg_ctl` on a Unix socket in a
temporary directory (no TCP port), run as `nobody` when the tests run as root (PostgreSQL
refuses root). Debian's `postgresql` package provides the binaries; `.ci/setup` installs it."""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import psycopg


def find_bin_dir() -> Path | None:
    """The newest PostgreSQL server's bin directory (Debian: /usr/lib/postgresql/N/bin)."""
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: int(Path(p).parent.parent.name),
    )
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


@dataclass
class Cluster:
    bin_dir: Path
    root: Path  # holds data/ and the socket
    _as: list[str]
    _made: set[str] = field(default_factory=set)

    @property
    def socket_dir(self) -> Path:
        return self.root

    def url(self, database: str) -> str:
        return f"postgresql://postgres@/{database}?host={self.socket_dir}"

    def create_database(self, name: str, template: str = "template0") -> str:
        """A new database, a copy of `template` (default: empty); its URL."""
        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
            conn.execute(f'CREATE DATABASE "{name}" ENCODING \'UTF8\' TEMPLATE "{template}"')
        return self.url(name)

    def migrated_template(self) -> str:
        """The name of a database holding the store's schema (made once), to copy from."""
        name = "store_schema"
        if name not in self._made:
            from server_stub.store.postgres import PostgresStore

            PostgresStore(self.create_database(name)).close()
            self._made.add(name)
        return name

    def stop(self) -> None:
        subprocess.run(
            [
                *self._as,
                str(self.bin_dir / "pg_ctl"),
                "-D",
                str(self.root / "data"),
                "-m",
                "immediate",
                "stop",
            ],
            capture_output=True,
            check=False,
        )
        shutil.rmtree(self.root, ignore_errors=True)


def start_cluster(bin_dir: Path) -> Cluster:
    """initdb + start, trust authentication on the socket only; raises with PostgreSQL's
    own output when it does not come up."""
    root = Path(tempfile.mkdtemp(prefix="pgt-"))  # short: a socket path has ~100 bytes
    run_as: list[str] = []
    if os.geteuid() == 0:
        shutil.chown(root, "nobody")
        run_as = ["runuser", "-u", "nobody", "--"]
    data = root / "data"
    env = dict(os.environ, LC_ALL="C.UTF-8")
    subprocess.run(
        [
            *run_as,
            str(bin_dir / "initdb"),
            "-D",
            str(data),
            "-U",
            "postgres",
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--no-sync",
        ],
        capture_output=True,
        check=True,
        env=env,
    )
    options = (
        f"-c listen_addresses='' -c unix_socket_directories={root} -c fsync=off "
        "-c synchronous_commit=off -c full_page_writes=off -c max_connections=40"
    )
    done = subprocess.run(
        [
            *run_as,
            str(bin_dir / "pg_ctl"),
            "-D",
            str(data),
            "-o",
            options,
            "-l",
            str(root / "log"),
            "-w",
            "-t",
            "30",
            "start",
        ],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    if done.returncode != 0:
        log = (root / "log").read_text() if (root / "log").exists() else ""
        raise RuntimeError(f"PostgreSQL did not start: {done.stdout}{done.stderr}{log}")
    return Cluster(bin_dir, root, run_as)

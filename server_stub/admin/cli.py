"""The operator's commands around a data directory: `init` (an empty centre with one
admin), `import agents FILE` and `export agents FILE` (CSV or XLSX)."""

from __future__ import annotations

import argparse
import getpass
import sys
import time
from pathlib import Path

from agent_desktop.protocol.admin import ID_PATTERN
from server_stub.admin import imports
from server_stub.admin.bootstrap import AlreadyInitialised, init_centre
from server_stub.admin.centre import plan_import, write_import
from server_stub.auth.policy import generate_password, password_problem
from server_stub.config import ServerConfig, default_data_dir
from server_stub.data_lock import running_server
from server_stub.errors import ServiceError
from server_stub.security.passwords import Passwords
from server_stub.store import SqliteStore, open_store
from server_stub.store.dialect import database_url


def _database_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--database",
        metavar="URL",
        type=database_url,
        default=None,
        help="the centre's PostgreSQL database (postgresql://user@host/db) when it does "
        "not keep its records in SQLite in --data-dir",
    )


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    init = sub.add_parser(
        "init",
        help="create an empty centre with one admin (then: run, without --demo)",
        description="Create an empty call centre in --data-dir with one admin account. The "
        "password comes from --admin-password-file (first line; '-' reads standard "
        "input) or is asked for on the terminal (not echoed). At least 8 "
        "characters, not containing the admin ID.",
    )
    init.add_argument(
        "--data-dir",
        type=Path,
        default=default_data_dir(),
        help="where the centre's database lives (default: %(default)s)",
    )
    _database_option(init)
    init.add_argument("--admin-id", required=True, help="the admin's sign-in ID, e.g. 8000")
    init.add_argument("--admin-name", default="Administrator", help="shown in the desktop")
    init.add_argument(
        "--admin-password-file",
        metavar="FILE",
        help="file whose first line is the admin password ('-': stdin)",
    )
    for verb, helptext in (
        ("import", "add or update agents from a CSV or XLSX file"),
        ("export", "write every agent to a CSV or XLSX file"),
    ):
        parser = sub.add_parser(
            verb,
            help=helptext,
            description=f"{helptext.capitalize()}. Columns: agent_id, name, "
            "role, team, queues (billing:1;sales:2), password "
            "(blank or 'generate': made for you), "
            "outbound_caller_id. See docs/administration.md.",
        )
        parser.add_argument("what", choices=["agents"])
        parser.add_argument("file", type=Path, help="FILE.csv or FILE.xlsx")
        parser.add_argument(
            "--data-dir",
            type=Path,
            default=default_data_dir(),
            help="the centre's data directory (default: %(default)s)",
        )
        _database_option(parser)
        if verb == "import":
            parser.add_argument(
                "--skip-bad",
                action="store_true",
                help="write the good rows even when some rows are bad",
            )

    migrate = sub.add_parser(
        "migrate-store",
        help="copy a SQLite centre's records into an empty PostgreSQL database",
        description="Copy every table of the SQLite store in --from (a data directory, or "
        "its callcenter.db) into the PostgreSQL database --to, keeping ids; sequences "
        "continue after the highest id. The server must be stopped; the target must "
        "hold no records yet (its schema is created). Then run with --database URL. "
        "See docs/deployment.md.",
    )
    migrate.add_argument("--from", dest="source", type=Path, required=True, metavar="DIR")
    migrate.add_argument("--to", dest="target", type=database_url, required=True, metavar="URL")


def run(args: argparse.Namespace) -> int:
    if args.command == "migrate-store":
        return _migrate_store(args)
    if args.command == "init":
        return _init(args)
    if args.command == "import":
        return _import(args)
    return _export(args)


def _fail(message: str, code: int = 2) -> int:
    print(f"callcenter-server: {message}", file=sys.stderr)
    return code


def _read_password(args: argparse.Namespace) -> str | None:
    if args.admin_password_file == "-":
        return sys.stdin.readline().rstrip("\r\n")
    if args.admin_password_file:
        path = Path(args.admin_password_file)
        if not path.is_file():
            return None
        lines = path.read_text(encoding="utf-8").splitlines()
        return lines[0] if lines else ""
    if not sys.stdin.isatty():
        return None
    first = getpass.getpass(f"Password for admin {args.admin_id}: ")
    if getpass.getpass("Again: ") != first:
        print("callcenter-server: the two passwords differ", file=sys.stderr)
        return None
    return first


def _init(args: argparse.Namespace) -> int:
    import re

    if not re.match(ID_PATTERN, args.admin_id):
        return _fail("--admin-id: 1-32 letters, digits, _ . - (e.g. 8000)")
    password = _read_password(args)
    if password is None:
        return _fail(
            "give the admin password with --admin-password-file FILE (or run on a "
            "terminal to be asked for it)"
        )
    problem = password_problem(args.admin_id, password)
    if problem:
        return _fail(f"admin password refused: {problem}")
    config = ServerConfig(data_dir=args.data_dir, database=args.database)
    config.data_dir.mkdir(parents=True, exist_ok=True)
    try:
        store = open_store(config.store_target)
    except Exception as exc:  # psycopg.OperationalError: cannot connect
        return _fail(f"{config.store_label}: {exc}".strip(), 1)
    try:
        init_centre(store, Passwords(), args.admin_id, password, args.admin_name, time.time())
    except AlreadyInitialised as exc:
        return _fail(f"{config.data_dir}: {exc}", 1)
    finally:
        store.close()
    where = str(config.data_dir)
    print(f"""A new call centre is ready in {where} with admin {args.admin_id}.

Next:
  1. Start it:         callcenter-server run --data-dir {where}
  2. Sign in as {args.admin_id} in the agent desktop (Admin tab) or with the API
     (docs/administration.md), then create: queues, inbound numbers (DIDs) that point
     at them, teams with their leads, agents with their queues (skills).
  3. Many agents at once: Admin tab → Agents → Import… (or POST
     /api/v1/admin/import/agents); columns: agent_id, name, role, team, queues, password.
     With the server stopped: callcenter-server import agents agents.xlsx --data-dir {where}
  4. For remote agents: --tls-certfile/--tls-keyfile and --sip-tls-port (docs/operations.md).""")
    return 0


def _store(args: argparse.Namespace) -> SqliteStore | None:
    config = ServerConfig(data_dir=args.data_dir, database=args.database)
    if config.database is None and not config.database_path.is_file():
        return None
    return open_store(config.store_target)


def _migrate_store(args: argparse.Namespace) -> int:
    from server_stub.store.move import MoveError, move_sqlite_to_postgres

    source = args.source / "callcenter.db" if args.source.is_dir() else args.source
    if not source.is_file():
        return _fail(f"{args.source}: no SQLite centre here (no callcenter.db)")
    running = running_server(source.parent)
    if running is not None:
        return _fail(
            f"a callcenter-server (pid {running or 'unknown'}) is running on "
            f"{source.parent}: stop it first",
            1,
        )
    try:
        counts = move_sqlite_to_postgres(source, args.target, print)
    except MoveError as exc:
        return _fail(str(exc), 1)
    print(
        f"moved {sum(counts.values())} rows in {len(counts)} tables; start the server "
        f"with: callcenter-server run --data-dir {source.parent} --database URL"
    )
    return 0


def _import(args: argparse.Namespace) -> int:
    if not args.file.is_file():
        return _fail(f"{args.file}: no such file")
    running = running_server(args.data_dir)
    if running is not None:  # it would not know the agents: they could not sign in
        return _fail(
            f"a callcenter-server (pid {running or 'unknown'}) is running on {args.data_dir}: "
            "import through it instead (Admin tab → Agents → Import…, or POST "
            "/api/v1/admin/import/agents), which applies the agents at once; or stop it first",
            1,
        )
    store = _store(args)
    if store is None:
        return _fail(f"{args.data_dir}: no centre here (run callcenter-server init first)")
    try:
        table = imports.read_table(args.file.read_bytes(), args.file.name)
        result, rows = plan_import(store, table)
        for e in result.errors:
            print(f"{args.file.name}:{e.line}: {e.field}: {e.message}", file=sys.stderr)
        if result.errors and not args.skip_bad:
            return _fail(
                f"{len({e.line for e in result.errors})} rows have errors; nothing "
                "was written (fix them, or --skip-bad to write the good rows)",
                1,
            )
        passwords = Passwords()
        existing = {a["agent_id"] for a in store.list_agents()}
        hashes = {}
        for row in rows:
            if row.password is None and row.agent_id in existing:
                continue
            password = row.password or result.passwords.setdefault(
                row.agent_id, generate_password()
            )
            hashes[row.agent_id] = passwords.hash(password)
        write_import(store, rows, hashes, time.time(), None)
    except ServiceError as exc:
        return _fail(f"{args.file}: {exc.message}", 1)
    finally:
        store.close()
    print(
        f"{result.created} agents created, {result.updated} updated, {result.skipped} rows skipped"
    )
    for agent_id, password in sorted(result.passwords.items()):
        print(f"  generated password for {agent_id}: {password}")
    return 0


def _export(args: argparse.Namespace) -> int:
    store = _store(args)
    if store is None:
        return _fail(f"{args.data_dir}: no centre here")
    try:
        table = imports.export_table(store.list_agents(), store.list_members())
    finally:
        store.close()
    xlsx = args.file.suffix.lower() == ".xlsx"
    args.file.write_bytes(imports.to_xlsx(table) if xlsx else imports.to_csv(table))
    print(f"{len(table) - 1} agents written to {args.file}")
    return 0

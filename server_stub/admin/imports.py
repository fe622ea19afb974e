"""Agent lists in and out as CSV or Excel (XLSX): a header row, one agent per row.

Columns (English or Chinese headers): agent_id/工号, name/姓名, role/角色, team/班组,
queues/技能组 (`billing:1;sales:2`, level 1 if left out), password/密码 (blank or
`generate`: the server makes one), outbound_caller_id/外呼主叫. Checking a row needs the
centre's queues, teams and roles; nothing here writes.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from agent_desktop.protocol.admin import ID_PATTERN, NUMBER_PATTERN, ImportRowError
from server_stub.auth.policy import RULES, password_rule, rule_params
from server_stub.errors import InvalidInput

COLUMNS = ("agent_id", "name", "role", "team", "queues", "password", "outbound_caller_id")
_ALIASES = {
    "工号": "agent_id",
    "座席号": "agent_id",
    "姓名": "name",
    "角色": "role",
    "班组": "team",
    "部门": "team",
    "技能组": "queues",
    "队列": "queues",
    "密码": "password",
    "外呼主叫": "outbound_caller_id",
    "id": "agent_id",
}
MAX_ROWS = 5000


class BadImportFile(InvalidInput):
    error_id = "bad_import_file"


@dataclass
class ImportRow:
    line: int
    agent_id: str
    name: str
    role: str
    team: str | None
    skills: list[dict[str, Any]]
    password: str | None  # None: generate
    outbound_caller_id: str | None
    errors: list[ImportRowError] = field(default_factory=list)


def read_table(data: bytes, filename: str) -> list[tuple[int, dict[str, str]]]:
    """(line, {column: text}) for every non-empty row; the header is line 1."""
    if filename.lower().endswith(".xlsx") or data[:2] == b"PK":
        rows = _xlsx_rows(data)
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            try:
                text = data.decode("gb18030")  # Excel's CSV on Chinese Windows
            except UnicodeDecodeError as exc:
                raise BadImportFile(
                    "the file is neither UTF-8 nor GB18030 text", field="file"
                ) from exc
        rows = list(csv.reader(io.StringIO(text)))
    if not rows:
        raise BadImportFile("the file is empty: it needs a header row", field="file")
    header = [_column(h) for h in rows[0]]
    missing = [c for c in ("agent_id", "name") if c not in header]
    if missing:
        raise BadImportFile(
            f"the header row lacks {', '.join(missing)}", field="file", columns=missing
        )
    if len(rows) - 1 > MAX_ROWS:
        raise BadImportFile(f"at most {MAX_ROWS} agents per file", field="file")
    out = []
    for index, cells in enumerate(rows[1:], start=2):
        values = {
            h: (cells[i] if i < len(cells) else "").strip()
            for i, h in enumerate(header)
            if h in COLUMNS
        }
        if any(values.values()):
            out.append((index, values))
    return out


def _column(text: str) -> str:
    key = str(text or "").strip().lower().replace(" ", "_")
    return _ALIASES.get(key, key)


def _xlsx_rows(data: bytes) -> list[list[str]]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise BadImportFile(
            "the file is not a readable Excel (.xlsx) workbook", field="file"
        ) from exc
    sheet = book.worksheets[0]
    rows = [
        ["" if v is None else _cell(v) for v in row] for row in sheet.iter_rows(values_only=True)
    ]
    book.close()
    return rows


def _cell(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # Excel stores 2001 as 2001.0
    return str(value)


def check_rows(
    table: Sequence[tuple[int, Mapping[str, str]]],
    queues: Iterable[str],
    teams: Iterable[str],
    roles: Iterable[str],
) -> list[ImportRow]:
    """Every row with its problems (an empty `errors` list: the row can be written)."""
    queue_set, team_set, role_set = set(queues), set(teams), set(roles)
    seen: dict[str, int] = {}
    out = []
    for line, v in table:
        errors: list[ImportRowError] = []

        def bad(
            column: str,
            message: str,
            error_id: str,
            line: int = line,
            errors: list[ImportRowError] = errors,
            **params: str,
        ) -> None:
            errors.append(
                ImportRowError(
                    line=line, field=column, message=message, error_id=error_id, params=params
                )
            )

        agent_id = v.get("agent_id", "")
        if not re.match(ID_PATTERN, agent_id):
            bad(
                "agent_id",
                "an agent ID is 1-32 letters, digits, _ . - (e.g. 2001)",
                "import_bad_agent_id",
            )
        elif agent_id in seen:
            bad(
                "agent_id",
                f"agent {agent_id} is also on line {seen[agent_id]}",
                "import_duplicate_agent",
                agent_id=agent_id,
                other_line=str(seen[agent_id]),
            )
        else:
            seen[agent_id] = line
        name = v.get("name", "")
        if not name or len(name) > 100:
            bad("name", "a name is 1-100 characters", "import_bad_name")
        role = v.get("role") or "agent"
        if role not in role_set:
            roles = ", ".join(sorted(role_set))
            bad(
                "role",
                f"unknown role {role!r} (one of {roles})",
                "import_unknown_role",
                role=role,
                roles=roles,
            )
        team = v.get("team") or None
        if team is not None and team not in team_set:
            bad("team", f"unknown team {team!r}", "import_unknown_team", team=team)
        skills: list[dict[str, Any]] = []
        for part in filter(None, (p.strip() for p in re.split(r"[;,，；]", v.get("queues", "")))):
            queue, _, level_text = part.partition(":")
            queue = queue.strip()
            level = int(level_text) if level_text.strip().isdigit() else None
            if level_text and (level is None or not 1 <= level <= 9):
                bad("queues", f"level of {queue!r} must be 1-9", "import_bad_level", queue=queue)
            elif queue not in queue_set:
                bad("queues", f"unknown queue {queue!r}", "import_unknown_queue", queue=queue)
            elif any(s["queue"] == queue for s in skills):
                bad("queues", f"queue {queue!r} twice", "import_queue_twice", queue=queue)
            else:
                skills.append({"queue": queue, "level": level or 1, "position": 1})
        password: str | None = v.get("password") or None
        if password is not None and password.lower() == "generate":
            password = None
        if password is not None:
            rule = password_rule(agent_id, password)
            if rule is not None:
                bad(
                    "password",
                    RULES[rule],
                    "weak_password",
                    rule=rule,
                    min_length=rule_params(rule)["min_length"],
                )
        caller_id = v.get("outbound_caller_id") or None
        if caller_id is not None and not re.match(NUMBER_PATTERN, caller_id):
            bad("outbound_caller_id", "a caller ID is 2-32 digits", "import_bad_caller_id")
        out.append(ImportRow(line, agent_id, name, role, team, skills, password, caller_id, errors))
    return out


def export_table(
    agents: Sequence[Mapping[str, Any]], members: Sequence[Mapping[str, Any]]
) -> list[list[str]]:
    """Header plus one row per agent (no passwords), readable by `read_table`."""
    rows = [list(COLUMNS)]
    for a in agents:
        skills = ";".join(
            f"{m['queue']}:{m['level']}" for m in members if m["agent_id"] == a["agent_id"]
        )
        rows.append(
            [
                a["agent_id"],
                a["name"],
                a.get("role_name") or a["role"],
                a["team"] or "",
                skills,
                "",
                a.get("outbound_caller_id") or "",
            ]
        )
    return rows


def to_csv(rows: Sequence[Sequence[str]]) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    return buffer.getvalue().encode("utf-8-sig")  # the BOM makes Excel read UTF-8


def to_xlsx(rows: Sequence[Sequence[str]]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "agents"
    for row in rows:  # control characters cannot be stored in a worksheet: left out
        sheet.append([ILLEGAL_CHARACTERS_RE.sub("", cell) for cell in row])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()

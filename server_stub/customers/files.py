"""Customer lists in and out as CSV or Excel (XLSX), with column mapping.

Import: a header row, one customer per row. Each column maps to a target: `name`,
`company`, `phones` and `tags` (several separated by `;`), `notes`, `owner` (an agent ID,
blank: the shared pool) or `custom.<key>` (a custom field); the default mapping matches
headers by name, in English or Chinese, and by custom field key or label. Every row is
checked first; one bad row and nothing is written (the answer lists each line and reason).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from agent_desktop.protocol.crm import CustomField
from server_stub.customers.fields import check_values, export_value
from server_stub.customers.service import normalize_phone
from server_stub.errors import InvalidInput, ServiceError

MAX_ROWS = 50_000
TARGETS = ("name", "company", "phones", "tags", "notes", "owner")
_ALIASES = {
    "姓名": "name",
    "客户名称": "name",
    "公司": "company",
    "单位": "company",
    "phone": "phones",
    "电话": "phones",
    "手机": "phones",
    "号码": "phones",
    "标签": "tags",
    "备注": "notes",
    "note": "notes",
    "归属": "owner",
    "owner_id": "owner",
    "负责人": "owner",
}


class BadCustomerFile(InvalidInput):
    error_id = "bad_import_file"


class ImportRejected(ServiceError):
    """Some rows are bad: `errors` lists them; nothing was written."""

    error_id = "import_rejected"
    status = 422

    def __init__(self, errors: list[dict[str, Any]]) -> None:
        super().__init__(f"{len(errors)} row(s) are bad: nothing was imported")
        self.errors = errors


@dataclass
class ImportedRow:
    line: int
    row: dict[str, Any]
    phones: list[str]
    owner: str | None


def read_rows(data: bytes, filename: str) -> list[list[str]]:
    """The cells of the first sheet (XLSX) or of the CSV (UTF-8 or GB18030)."""
    if filename.lower().endswith(".xlsx") or data[:2] == b"PK":
        return _xlsx_rows(data)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("gb18030")  # Excel's CSV on Chinese Windows
        except UnicodeDecodeError as exc:
            raise BadCustomerFile(
                "the file is neither UTF-8 nor GB18030 text", field="file"
            ) from exc
    try:
        return list(csv.reader(io.StringIO(text)))
    except csv.Error as exc:
        raise BadCustomerFile(f"not a CSV file: {exc}", field="file") from exc


def _xlsx_rows(data: bytes) -> list[list[str]]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise BadCustomerFile(
            "the file is not a readable Excel (.xlsx) workbook", field="file"
        ) from exc
    rows = [
        ["" if v is None else _cell(v) for v in row]
        for row in book.worksheets[0].iter_rows(values_only=True)
    ]
    book.close()
    return rows


def _cell(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if hasattr(value, "date") and hasattr(value, "isoformat"):
        return str(value.date().isoformat())  # an Excel date cell
    return str(value)


def default_mapping(header: Sequence[str], fields: Sequence[CustomField]) -> dict[str, str]:
    """Header text -> target, for the headers that name one."""
    by_label = {}
    for f in fields:
        for name in (f.key, f.label, f.label_zh):
            if name:
                by_label[name.strip().lower()] = f"custom.{f.key}"
    out = {}
    for text in header:
        key = text.strip().lower()
        target = _ALIASES.get(key, key)
        if target in TARGETS:
            out[text] = target
        elif key in by_label:
            out[text] = by_label[key]
    return out


def check_import(
    table: list[list[str]],
    mapping: Mapping[str, str] | None,
    fields: Sequence[CustomField],
    agents: set[str],
) -> list[ImportedRow]:
    """Every row as a customer to write, or ImportRejected listing every bad row."""
    if not table or not any(c.strip() for c in table[0]):
        raise BadCustomerFile("the file is empty: it needs a header row", field="file")
    header = [c.strip() for c in table[0]]
    if len(table) - 1 > MAX_ROWS:
        raise BadCustomerFile(f"at most {MAX_ROWS} customers per file", field="file")
    chosen = dict(mapping) if mapping is not None else default_mapping(header, fields)
    keys = {f.key for f in fields}
    for column, target in chosen.items():
        if column not in header:
            raise BadCustomerFile(f"no column {column!r} in the file", field="mapping")
        if target and target not in TARGETS and target.removeprefix("custom.") not in keys:
            raise BadCustomerFile(f"cannot map {column!r} to {target!r}", field="mapping")
    if "name" not in chosen.values():
        raise BadCustomerFile("no column is mapped to the name", field="mapping")
    out: list[ImportedRow] = []
    errors: list[dict[str, Any]] = []
    for line, cells in enumerate(table[1:], start=2):
        values: dict[str, str] = {}
        for index, column in enumerate(header):
            goal = chosen.get(column)
            if goal and index < len(cells):
                values[goal] = cells[index].strip()
        if not any(values.values()):
            continue  # a blank line
        try:
            out.append(_row(line, values, fields, agents))
        except InvalidInput as exc:
            errors.append(
                {"line": line, "field": exc.details.get("field", ""), "message": exc.message}
            )
    if errors:
        raise ImportRejected(errors)
    return out


def _split(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"[;；,，]", text) if p.strip()]


def _row(
    line: int, values: dict[str, str], fields: Sequence[CustomField], agents: set[str]
) -> ImportedRow:
    name = values.get("name", "")
    if not name:
        raise InvalidInput("the name is empty", field="name")
    if len(name) > 200:
        raise InvalidInput("the name is longer than 200 characters", field="name")
    try:
        phones = [normalize_phone(p) for p in _split(values.get("phones", ""))]
    except InvalidInput as exc:
        raise InvalidInput(exc.message, field="phones") from None
    owner = values.get("owner") or None
    if owner is not None and owner not in agents:
        raise InvalidInput(f"no agent {owner!r}", field="owner")
    custom_raw = {
        k.removeprefix("custom."): v for k, v in values.items() if k.startswith("custom.")
    }
    custom = check_values(custom_raw, fields)
    row = {
        "name": name,
        "company": values.get("company") or None,
        "tags": _split(values.get("tags", ""))[:50],
        "notes": values.get("notes", "")[:10_000],
        "custom": custom,
        "owner_id": owner,
    }
    return ImportedRow(line, row, phones, owner)


def export_table(
    rows: Sequence[Mapping[str, Any]], fields: Sequence[CustomField]
) -> list[list[str]]:
    header = ["name", "company", "phones", "tags", "owner", "notes"]
    header += [f.label for f in fields]
    out = [header]
    for r in rows:
        out.append(
            [
                r["name"],
                r.get("company") or "",
                ";".join(r.get("phones", [])),
                ";".join(r.get("tags", [])),
                r.get("owner_id") or "",
                r.get("notes") or "",
                *[export_value(r["custom"].get(f.key)) for f in fields],
            ]
        )
    return out

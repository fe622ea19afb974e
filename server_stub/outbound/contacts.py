"""Contact-list import (名单导入): CSV or XLSX, columns mapped by a mapping or by their
header names, numbers normalised with phonenumbers (default region CN). Pure: the whole
file is checked and every bad row reported before anything is stored."""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import phonenumbers

MAX_ROWS = 100_000
# Header names recognised without a mapping (lower-cased, spaces trimmed).
NUMBER_HEADERS = ("number", "phone", "mobile", "tel", "电话", "号码", "手机", "手机号", "电话号码")
NAME_HEADERS = ("name", "姓名", "名字", "客户名称")


class ImportFailed(ValueError):
    """The file cannot be read at all (not CSV/XLSX, no number column, empty)."""


@dataclass
class Parsed:
    rows: list[dict[str, Any]] = field(default_factory=list)  # number, name, fields
    errors: list[dict[str, Any]] = field(default_factory=list)  # row (1-based, header=1)
    duplicates: int = 0


def normalise_number(raw: str, region: str = "CN") -> str:
    """A dialable number: national digits for numbers of `region` (13800138000,
    01088886666), E.164 for others (+442079460000). ValueError when not a valid number."""
    text = str(raw).strip()
    if not text:
        raise ValueError("empty number")
    if text.startswith("00"):
        text = "+" + text[2:]
    try:
        parsed = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException as exc:
        raise ValueError(f"not a phone number: {raw!r} ({exc})") from None
    if not phonenumbers.is_valid_number(parsed):
        raise ValueError(f"not a valid phone number: {raw!r}")
    if phonenumbers.region_code_for_number(parsed) == region:
        national = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
        return "".join(ch for ch in national if ch.isdigit())
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def read_table(data: bytes, filename: str) -> list[list[str]]:
    """The file's rows as text cells (first row: headers). XLSX by its name or its ZIP
    signature, else CSV (UTF-8 with or without BOM, else GB18030)."""
    if not data.strip():
        raise ImportFailed("the file is empty")
    is_xlsx = filename.lower().endswith((".xlsx", ".xlsm")) or data[:2] == b"PK"
    if is_xlsx:
        return _read_xlsx(data)
    if b"\x00" in data[:4096]:
        raise ImportFailed("the file is neither CSV text nor an XLSX workbook")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("gb18030")
        except UnicodeDecodeError:
            raise ImportFailed("the CSV file is neither UTF-8 nor GB18030 text") from None
    try:
        sample = text[:4096]
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t") if sample else csv.excel
    except csv.Error:
        dialect = csv.excel
    try:
        return [[c.strip() for c in row] for row in csv.reader(io.StringIO(text), dialect)]
    except csv.Error as exc:
        raise ImportFailed(f"broken CSV: {exc}") from None


def _read_xlsx(data: bytes) -> list[list[str]]:
    import openpyxl  # only for XLSX files

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise ImportFailed(f"broken XLSX workbook: {exc}") from None
    try:
        sheet = book.worksheets[0]
        out: list[list[str]] = []
        for values in sheet.iter_rows(values_only=True):
            out.append([_cell(v) for v in values])
            if len(out) > MAX_ROWS + 1:
                break
        return out
    finally:
        book.close()


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # Excel keeps phone numbers typed as numbers as floats
    return str(value).strip()


def parse_contacts(
    table: Sequence[Sequence[str]],
    mapping: Mapping[str, str] | None = None,
    region: str = "CN",
    known: set[str] | None = None,
) -> Parsed:
    """Check every row: number present and valid, not twice in the file nor already in
    the campaign (`known`: duplicates, counted, not errors). Other columns go to `fields`."""
    rows = [list(r) for r in table if any(str(c).strip() for c in r)]
    if not rows:
        raise ImportFailed("the file is empty")
    headers = [str(h).strip() for h in rows[0]]
    if len(rows) == 1:
        raise ImportFailed("the list is empty: a header row and no contacts")
    if len(rows) - 1 > MAX_ROWS:
        raise ImportFailed(f"too many rows: at most {MAX_ROWS} contacts per import")
    lower = [h.lower() for h in headers]
    mapping = dict(mapping or {})
    for key, column in mapping.items():
        if column not in headers:
            raise ImportFailed(f"mapping: column {column!r} (for {key}) is not in the file")

    def find(names: Sequence[str]) -> int | None:
        for name in names:
            if name in lower:
                return lower.index(name)
        return None

    number_col = headers.index(mapping["number"]) if "number" in mapping else find(NUMBER_HEADERS)
    if number_col is None:
        raise ImportFailed(
            'no number column: name it number/phone/电话 or map it (mapping {"number": "<column>"})'
        )
    name_col = headers.index(mapping["name"]) if "name" in mapping else find(NAME_HEADERS)
    extra = {k: headers.index(v) for k, v in mapping.items() if k not in ("number", "name")}
    taken = {number_col, name_col, *extra.values()}
    for index, header in enumerate(headers):
        if index not in taken and header:
            extra[header] = index
    out = Parsed()
    seen = set(known or ())
    for offset, row in enumerate(rows[1:], start=2):
        cell = row[number_col] if number_col < len(row) else ""
        try:
            number = normalise_number(cell, region)
        except ValueError as exc:
            out.errors.append({"row": offset, "error": str(exc)})
            continue
        if number in seen:
            out.duplicates += 1
            continue
        seen.add(number)
        name = row[name_col] if name_col is not None and name_col < len(row) else ""
        fields = {k: row[i] for k, i in extra.items() if i < len(row) and row[i] != ""}
        out.rows.append({"number": number, "name": name, "fields": fields})
    return out

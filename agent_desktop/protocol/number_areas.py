"""The number-area table (号码归属地) under `/api/v1/admin/number-areas`, for area routing.

`GET` lists the imported rows and the built-in ones; `GET ?number=` looks one number up;
`POST /import` loads CSV lines `prefix,province,city`, all or none; `DELETE` removes every
imported row (the built-in ones stay). The rules are in docs/flows.md and
`server_stub/domain/number_areas.py`.
"""

from __future__ import annotations

from pydantic import Field

from agent_desktop.protocol.models import Request, Response

__all__ = [
    "NumberArea",
    "NumberAreaImport",
    "NumberAreaImportResult",
    "NumberAreaLookup",
    "NumberAreas",
]


class NumberArea(Response):
    prefix: str
    province: str
    city: str = ""
    source: str  # "imported" or "builtin"


class NumberAreas(Response):
    imported: list[NumberArea]
    builtin: list[NumberArea]


class NumberAreaLookup(Response):
    number: str
    area: NumberArea | None


class NumberAreaImport(Request):
    """CSV text, one row a line: `prefix,province,city` (a first line starting with
    `prefix` is a header; blank lines and lines starting with `#` are skipped). `replace`
    first removes every imported row."""

    csv: str = Field(max_length=20_000_000)
    replace: bool = False


class NumberAreaImportResult(Response):
    added: int
    lines: int
    replaced: bool
    total: int

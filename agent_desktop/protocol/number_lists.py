"""Black and white lists of numbers (黑白名单) under `/api/v1/admin/number-lists`.

`GET` lists every entry; `POST` adds one; `PUT /{id}` changes one; `DELETE /{id}` removes
one; `POST /import` adds many from CSV lines (`number,list,direction,note`), all or none.
A `number` is an exact number (`13800138000`) or a prefix (号段) ending in `*` (`170*`).
The rules are in docs/flows.md and `server_stub/domain/number_lists.py`.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from agent_desktop.protocol.models import Request, Response

__all__ = [
    "NumberListEntry",
    "NumberListImport",
    "NumberListImportResult",
    "NumberListInput",
]


class NumberListInput(Request):
    list: Literal["black", "white"] = "black"
    number: str = Field(min_length=1, max_length=32)
    direction: Literal["inbound", "outbound", "both"] = "both"
    note: str = Field(default="", max_length=200)


class NumberListEntry(Response):
    id: int
    list: str
    number: str
    direction: str
    note: str = ""
    created_by: str | None = None
    created_at: float


class NumberListImport(Request):
    """CSV text, one entry a line: `number[,list[,direction[,note]]]` (defaults black,
    both); blank lines and lines starting with `#` are skipped. `replace` first removes
    every entry."""

    csv: str = Field(max_length=2_000_000)
    replace: bool = False


class NumberListImportResult(Response):
    added: int
    lines: int
    replaced: bool

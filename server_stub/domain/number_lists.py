"""Black and white lists of numbers (黑白名单), pure: which entry, if any, blocks a call.

An entry names an exact number (`13800138000`) or a number segment (号段) as a prefix with
a trailing `*` (`170*`), for inbound calls (the caller's number), outbound calls (the
number dialled) or both. A number is **blocked** when a blacklist entry of its direction
matches it and no whitelist entry of that direction does: the whitelist carves exceptions
out of the blacklist (block `170*`, allow `17012345678`). Numbers compare as digits with a
leading `+86`/`0086` dropped, so `+86 138-0013-8000` matches `13800138000`.

`is_blocked(entries, number, direction)` is the one rule; the server's in-memory lists
(`server_stub.flows.number_lists.NumberListService.is_blocked`) and telephony use it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

ListKind = Literal["black", "white"]
Direction = Literal["inbound", "outbound", "both"]
LISTS: tuple[str, ...] = ("black", "white")
DIRECTIONS: tuple[str, ...] = ("inbound", "outbound", "both")
# An entry as admins write it: 3-20 digits (exact), or 1-20 digits then `*` (prefix).
PATTERN = r"^\+?[0-9]{1,20}\*?$"
_PATTERN = re.compile(PATTERN)


class BadEntry(ValueError):
    """An entry that is not a number or a prefix, or names an unknown list/direction."""


def digits(number: str | None) -> str:
    """The number as compared: digits only, a leading +86 / 0086 dropped."""
    if not number:
        return ""
    raw = re.sub(r"[\s\-().]", "", number)
    if raw.startswith("+"):
        raw = raw[1:]
        if raw.startswith("86"):
            raw = raw[2:]
    elif raw.startswith("0086"):
        raw = raw[4:]
    return raw if raw.isdigit() else ""


def normalize_pattern(pattern: str) -> str:
    """`+86 170*` → `170*`; raises BadEntry for anything else than a number or prefix."""
    compact = re.sub(r"[\s\-().]", "", pattern or "")
    if not _PATTERN.match(compact):
        raise BadEntry(
            f"not a number or a prefix ending in '*': {pattern!r} "
            "(3-20 digits, or 1-20 digits then *)"
        )
    prefix = compact.endswith("*")
    number = digits(compact.rstrip("*"))
    if not number or (not prefix and len(number) < 3):
        raise BadEntry(f"not a number or a prefix ending in '*': {pattern!r}")
    return number + ("*" if prefix else "")


@dataclass(frozen=True)
class Entry:
    id: int
    list: str  # black | white
    number: str  # normalized: digits, with a trailing * for a prefix
    direction: str  # inbound | outbound | both
    note: str = ""

    @property
    def prefix(self) -> bool:
        return self.number.endswith("*")

    def matches(self, number: str, direction: str) -> bool:
        if self.direction not in (direction, "both"):
            return False
        if self.prefix:
            return number.startswith(self.number[:-1])
        return number == self.number


def check_entry(kind: str, number: str, direction: str) -> str:
    """The normalized number of a valid entry; BadEntry says what is wrong."""
    if kind not in LISTS:
        raise BadEntry(f"list must be one of {', '.join(LISTS)}, not {kind!r}")
    if direction not in DIRECTIONS:
        raise BadEntry(f"direction must be one of {', '.join(DIRECTIONS)}, not {direction!r}")
    return normalize_pattern(number)


def is_blocked(entries: Iterable[Entry], number: str | None, direction: str) -> Entry | None:
    """The blacklist entry that blocks `number` for `direction` ("inbound" or "outbound"),
    the most specific one; None when the call may go on (no blacklist entry matches, or a
    whitelist entry does). A withheld or non-numeric number is never blocked."""
    if direction not in ("inbound", "outbound"):
        raise ValueError(f"direction must be inbound or outbound, not {direction!r}")
    wanted = digits(number)
    if not wanted:
        return None
    hits = [e for e in entries if e.matches(wanted, direction)]
    if any(e.list == "white" for e in hits):
        return None
    black = [e for e in hits if e.list == "black"]
    if not black:
        return None
    # exact before prefix, longer prefix before shorter
    return max(black, key=lambda e: (not e.prefix, len(e.number)))


class NumberLists:
    """An immutable snapshot of the entries, checked without the database."""

    def __init__(self, entries: Iterable[Entry] = ()) -> None:
        self.entries: tuple[Entry, ...] = tuple(entries)

    def is_blocked(self, number: str | None, direction: str) -> Entry | None:
        return is_blocked(self.entries, number, direction)


def parse_csv_line(line: str) -> tuple[str, str, str, str]:
    """`number[,list[,direction[,note]]]` → (list, number, direction, note); defaults black,
    both. Raises BadEntry."""
    parts = [p.strip() for p in line.split(",", 3)]
    number = parts[0]
    kind = (parts[1] if len(parts) > 1 and parts[1] else "black").lower()
    direction = (parts[2] if len(parts) > 2 and parts[2] else "both").lower()
    note = parts[3] if len(parts) > 3 else ""
    if len(note) > 200:
        raise BadEntry("note longer than 200 characters")
    return kind, check_entry(kind, number, direction), direction, note

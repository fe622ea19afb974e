"""Read caller (ANI), dialled number (DNIS) and headers from a raw SIP INVITE (pure)."""

from __future__ import annotations

import re

_USER = re.compile(r"sips?:([^@;>\s]+)@")
_COMPACT = {"f": "From", "t": "To", "i": "Call-ID", "m": "Contact", "v": "Via"}


def parse_invite(whole_msg: str) -> tuple[str, str, dict[str, str]]:
    """(ANI, DNIS, headers) from a raw INVITE; duplicate headers are joined with ', '."""
    head = whole_msg.replace("\r\n", "\n").split("\n\n", 1)[0]
    lines = head.split("\n")
    request_line, last = lines[0], None
    headers: dict[str, str] = {}
    for line in lines[1:]:
        if line[:1] in (" ", "\t") and last:
            headers[last] += " " + line.strip()
            continue
        name, sep, value = line.partition(":")
        if not sep:
            continue
        name = _COMPACT.get(name.strip(), name.strip())
        value = value.strip()
        headers[name] = f"{headers[name]}, {value}" if name in headers else value
        last = name
    lower = {k.lower(): v for k, v in headers.items()}
    ani = _USER.search(lower.get("from", ""))
    parts = request_line.split()
    dnis = _USER.search(parts[1] + "@") if len(parts) > 1 else None
    return (ani.group(1) if ani else "", dnis.group(1) if dnis else "", headers)


MAX_URI = 256  # request URI (bytes), as the edge enforces
MAX_NUMBER = 32  # digits of a dialled number
MAX_HEADER = 1024  # one header line


def screen_invite(whole_msg: str) -> tuple[int, str] | None:
    """A final 4xx (code, reason) for an INVITE this worker will not take, else None.

    The edge refuses these first; the worker checks again so that nothing which reaches
    it waits unanswered (an unanswered INVITE makes the edge fail over and mark workers
    inactive one after another)."""
    head = whole_msg.replace("\r\n", "\n").split("\n\n", 1)[0]
    lines = head.split("\n")
    parts = lines[0].split()
    if len(parts) != 3:
        return 400, "Bad Request Line"
    if len(parts[1]) > MAX_URI:
        return 414, "Request-URI Too Long"
    user = _USER.search(parts[1] + "@")
    if user is not None and len(user.group(1)) > MAX_NUMBER:
        return 484, "Address Incomplete"
    if any(len(line) > MAX_HEADER for line in lines[1:]):
        return 400, "Header Too Long"
    return None

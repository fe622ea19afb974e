"""SDP edits the softphone makes to its own offers and answers (no pjsua2 here)."""

from __future__ import annotations


def with_ptime(sdp: str, ptime_ms: int) -> str:
    """`sdp` with `a=ptime:<ptime_ms>` in each audio section that has no ptime yet.

    a=ptime is the packet time this side wants to receive (RFC 4566); pjmedia on the
    other end (the media worker) then sends that packet time on this leg only.
    """
    if ptime_ms <= 0:
        return sdp
    newline = "\r\n" if "\r\n" in sdp else "\n"
    lines = sdp.split(newline)
    trailing = lines and lines[-1] == ""
    if trailing:
        lines.pop()
    out: list[str] = []
    audio = has_ptime = False

    def close_section() -> None:
        if audio and not has_ptime:
            out.append(f"a=ptime:{ptime_ms}")

    for line in lines:
        if line.startswith("m="):
            close_section()
            audio, has_ptime = line.startswith("m=audio "), False
        elif line.startswith("a=ptime:"):
            has_ptime = True
        out.append(line)
    close_section()
    return newline.join(out) + (newline if trailing else "")

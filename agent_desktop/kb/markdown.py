"""Safe Markdown → HTML for KB articles: a restricted subset, everything else escaped.

Output tags: h2-h4, p, ul, ol, li, b, i, code, pre, blockquote, hr, br, and
`<a href="dial:DIGITS">` for phone numbers. No raw HTML, no images, no remote links
(a web link shows its text and address as plain text). No Qt here: tested on its own.
"""

from __future__ import annotations

import html
import re

DIAL_SCHEME = "dial"

# Phone numbers: 7+ digits with optional +, spaces and dashes (400-800-1000,
# +86 21 6666 8888, 138 0013 8000), or a 5-digit service number (95588, 12315).
_PHONE = re.compile(
    r"(?<![\w.:/\-+])(\+?\d(?:[ \-]?\d){6,14}|9[56]\d{3}|123\d{2})(?![\w:/\-]|\.\d)"
)
_CODE_SPAN = re.compile(r"`([^`\n]+)`")
_LINK = re.compile(r"(!?)\[([^\]\n]*)\]\(([^)\s]*)\)")
_BOLD = re.compile(r"\*\*(.+?)\*\*|__(.+?)__")
_ITALIC = re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?!\w)|(?<!\w)_(?!\s)(.+?)(?<!\s)_(?!\w)")
_HOLE = re.compile("\x00(\\d+)\x00")


def phone_digits(text: str) -> str:
    return re.sub(r"[^\d+]", "", text)


def linkify_phones(escaped: str) -> str:
    """Wrap phone numbers of already-escaped text in dial links."""
    return _PHONE.sub(
        lambda m: f'<a href="{DIAL_SCHEME}:{phone_digits(m.group(1))}">{m.group(1)}</a>', escaped
    )


def _inline(text: str) -> str:
    holes: list[str] = []

    def hole(fragment: str) -> str:
        holes.append(fragment)
        return f"\x00{len(holes) - 1}\x00"

    text = _CODE_SPAN.sub(lambda m: hole(f"<code>{html.escape(m.group(1))}</code>"), text)

    def link(m: re.Match[str]) -> str:
        image, label, target = m.group(1), m.group(2), m.group(3)
        if image:
            return hole(html.escape(f"[{label or 'image'}]"))
        if target.lower().startswith(("tel:", "callto:", "sip:")):
            digits = phone_digits(target.split(":", 1)[1])
            if digits:
                return hole(f'<a href="{DIAL_SCHEME}:{digits}">{html.escape(label or digits)}</a>')
        # Other links are shown, not followed: no remote content in the article view.
        shown = html.escape(label) + (f" ({html.escape(target)})" if target else "")
        return hole(shown)

    text = _LINK.sub(link, text)
    text = linkify_phones(html.escape(text))
    text = _BOLD.sub(lambda m: f"<b>{m.group(1) or m.group(2)}</b>", text)
    text = _ITALIC.sub(lambda m: f"<i>{m.group(1) or m.group(2)}</i>", text)
    return _HOLE.sub(lambda m: holes[int(m.group(1))], text)


_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_BULLET = re.compile(r"^\s{0,3}[-*+]\s+(.*)$")
_NUMBER = re.compile(r"^\s{0,3}\d{1,9}[.)]\s+(.*)$")
_QUOTE = re.compile(r"^\s{0,3}>\s?(.*)$")
_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")


def render_markdown(markdown: str) -> str:
    """The article body as restricted HTML (see the module docstring)."""
    lines = markdown.replace("\x00", "").replace("\r\n", "\n").split("\n")
    out: list[str] = []
    paragraph: list[str] = []
    list_tag: str | None = None
    i = 0

    def flush() -> None:
        nonlocal list_tag
        if paragraph:
            out.append("<p>" + "<br>".join(_inline(p) for p in paragraph) + "</p>")
            paragraph.clear()
        if list_tag:
            out.append(f"</{list_tag}>")
            list_tag = None

    while i < len(lines):
        line = lines[i]
        if line.strip().startswith("```"):
            flush()
            code: list[str] = []
            i += 1
            while i < len(lines) and not lines[i].strip().startswith("```"):
                code.append(lines[i])
                i += 1
            out.append("<pre>" + html.escape("\n".join(code)) + "</pre>")
        elif not line.strip():
            flush()
        elif m := _HEADING.match(line):
            flush()
            level = min(len(m.group(1)) + 1, 4)
            out.append(f"<h{level}>{_inline(m.group(2))}</h{level}>")
        elif _RULE.match(line):
            flush()
            out.append("<hr>")
        elif (m := _BULLET.match(line)) or (n := _NUMBER.match(line)):
            tag = "ul" if m else "ol"
            item = (m or n).group(1)  # type: ignore[union-attr]
            if paragraph or list_tag != tag:
                flush()
                out.append(f"<{tag}>")
                list_tag = tag
            out.append(f"<li>{_inline(item)}</li>")
        elif m := _QUOTE.match(line):
            flush()
            out.append(f"<blockquote>{_inline(m.group(1))}</blockquote>")
        else:
            if list_tag:
                flush()
            paragraph.append(line.strip())
        i += 1
    flush()
    return "\n".join(out)


_MARK = re.compile(r"(</?mark>)")
HIGHLIGHT_STYLE = "background-color:#ffe58a;color:#000000"


def snippet_html(server_html: str) -> str:
    """A server snippet for a Qt rich-text label: `<mark>` becomes a highlight span and
    any other `<` or `>` is escaped, so even a misbehaving server cannot inject markup."""
    out: list[str] = []
    depth = 0
    for piece in _MARK.split(server_html):
        if piece == "<mark>" and depth == 0:
            out.append(f'<span style="{HIGHLIGHT_STYLE}">')
            depth = 1
        elif piece == "</mark>" and depth == 1:
            out.append("</span>")
            depth = 0
        else:
            out.append(piece.replace("<", "&lt;").replace(">", "&gt;"))
    if depth:
        out.append("</span>")
    return "".join(out)

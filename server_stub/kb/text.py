"""Text helpers of KB search: CJK bigram expansion, FTS5 query building, safe snippets."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

# CJK ideographs, kana, hangul and full-width forms: scripts written without spaces.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
_CJK_RUN = re.compile(f"[{_CJK}]+")
_CJK_CHAR = re.compile(f"[{_CJK}]")
TRIGRAM_MIN = 3  # the trigram tokenizer cannot match anything shorter

MARK_OPEN, MARK_CLOSE = "<mark>", "</mark>"


def expand_bigrams(text: str) -> str:
    """Text for the short-query index: each CJK run becomes its overlapping bigrams plus
    its last character ("退款政策" → "退款 款政 政策 策"), so a 2-character query is one
    token and a 1-character query is a prefix of some token. Other text is unchanged."""

    def run(match: re.Match[str]) -> str:
        s = match.group(0)
        grams = [s[i : i + 2] for i in range(len(s) - 1)] + [s[-1]]
        return " " + " ".join(grams) + " "

    return _CJK_RUN.sub(run, text)


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _short_tokens(term: str) -> list[str]:
    return re.findall(r"[^\W_]+", expand_bigrams(term))


@dataclass(frozen=True)
class Query:
    """A user query split for the two indexes; both parts must match (AND)."""

    text: str
    long_terms: tuple[str, ...]  # ≥ 3 characters: trigram index, substring match
    short_terms: tuple[str, ...]  # 1-2 characters: bigram/word index, token or prefix match

    @property
    def empty(self) -> bool:
        return not self.long_terms and not self.short_terms

    @property
    def highlight_terms(self) -> list[str]:
        return [*self.long_terms, *self.short_terms]

    def trigram_parts(self) -> list[str]:
        return [_quote(t) for t in self.long_terms]

    def trigram_match(self) -> str:
        return " AND ".join(self.trigram_parts())

    def short_match(self) -> str:
        return " AND ".join(self.short_parts())

    def short_parts(self) -> list[str]:
        parts = []
        for term in self.short_terms:
            tokens = _short_tokens(term)
            if not tokens:
                continue
            # A 2-character CJK term is one whole bigram token: "退款", not the phrase
            # "退款 款" * its expansion spells (same rows, same bm25, since the bigram 退款 is
            # always followed by a token starting with 款, but the prefix merges every 款…
            # token: 2-3 times slower). Anything else is a prefix.
            if len(term) == 2 and _CJK_RUN.fullmatch(term):
                parts.append(_quote(term))
                continue
            parts.append(_quote(" ".join(tokens)) + " *")
        return parts

    def relaxed_match(self) -> str:
        """Any bigram of the long CJK terms and any word of the rest (OR): a second pass for
        long questions that are not a substring of any article ("怎么办理退款")."""
        return " OR ".join(self.relaxed_parts())

    def relaxed_parts(self) -> list[str]:
        tokens: list[str] = []
        for term in self.highlight_terms:
            tokens.extend(t for t in _short_tokens(term) if len(t) >= 2 or not _CJK_CHAR.match(t))
        return [_quote(t) for t in dict.fromkeys(tokens)]

    def relaxed_terms(self) -> list[str]:
        out: list[str] = []
        for term in self.highlight_terms:
            out.extend(t for t in _short_tokens(term) if len(t) >= 2)
        return out


def parse_query(text: str) -> Query:
    """Whitespace separates terms; quotes and FTS5 operators are taken literally."""
    terms = [t for t in re.split(r"\s+", text.strip()) if t.strip('"*^():')]
    terms = [t.strip('"*^():') for t in terms]
    long_terms = tuple(t for t in terms if len(t) >= TRIGRAM_MIN)
    # Only terms the short index can tokenise: "_" or "-" alone made an empty FTS5
    # MATCH (a syntax error, a 500) before issue 12.
    short_terms = tuple(t for t in terms if len(t) < TRIGRAM_MIN and _short_tokens(t))
    return Query(text.strip(), long_terms, short_terms)


_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_SYNTAX = re.compile(r"(^|\n)\s{0,3}(#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)|[*_`~]{1,3}")


def plain_text(markdown: str) -> str:
    """Markdown without its markup, whitespace collapsed: the text a snippet is cut from."""
    text = _MD_LINK.sub(r"\1", markdown)
    text = _MD_SYNTAX.sub(" ", text)
    return re.sub(r"\s+", " ", text).strip()


def highlight(text: str, terms: list[str]) -> str:
    """Escape `text` for HTML and wrap case-insensitive matches of `terms` in <mark>.

    Matching runs on the raw text and every piece is escaped on its own, so nothing of the
    text can ever become markup: the only tags in the output are the <mark> pairs."""
    words = sorted({t for t in terms if t}, key=len, reverse=True)
    if not words:
        return html.escape(text, quote=False)
    pattern = re.compile("|".join(re.escape(w) for w in words), re.IGNORECASE)
    out: list[str] = []
    pos = 0
    for m in pattern.finditer(text):
        out.append(html.escape(text[pos : m.start()], quote=False))
        out.append(MARK_OPEN + html.escape(m.group(0), quote=False) + MARK_CLOSE)
        pos = m.end()
    out.append(html.escape(text[pos:], quote=False))
    return "".join(out)


def snippet(markdown: str, terms: list[str], width: int = 120) -> str:
    """About `width` characters of plain text around the first match, highlighted."""
    text = plain_text(markdown)
    lowered = text.lower()
    positions = [p for p in (lowered.find(t.lower()) for t in terms if t) if p >= 0]
    start = max(0, min(positions) - width // 3) if positions else 0
    end = min(len(text), start + width)
    piece = text[start:end]
    return ("…" if start else "") + highlight(piece, terms) + ("…" if end < len(text) else "")


def in_title_or_tags(parts: list[str]) -> str:
    """An FTS5 query for rows with any of `parts` (phrases) in the title or tags columns."""
    return "{title tags} : (" + " OR ".join(parts) + ")"

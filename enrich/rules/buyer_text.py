"""The buyer's own words as the commerce finders read them: which segments speak for
him, and the text split into lines and clauses with offsets (so evidence points back)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..document import Document, Segment

#: Boundaries for Latin codes that may touch CJK text ("FOB寧波", "PSEマーク") or
#: punctuation, but not other Latin letters or digits ("CEO", "EB-CD18").
LEFT = r"(?<![A-Za-z0-9])"
RIGHT = r"(?![A-Za-z0-9])"

_CLAUSE_END = re.compile(r"[.!?;](?=\s|$)|[。！？；\n]")
_LIST_ITEM = re.compile(r"\s*(?:[-–—•*·・●▪>]|\d{1,2}[.)、](?!\d))")
_KANA = re.compile(r"[\u3040-\u30ff]")


def commerce_segments(
    doc: Document, *, subject: bool = True, signature: bool = False
) -> list[Segment]:
    """Subject, new text, (signature,) attachments: never the quoted history."""
    out = []
    for seg in doc.segments():
        if not seg.text.strip():
            continue
        if (seg.kind == "subject" and not subject) or (seg.kind == "signature" and not signature):
            continue
        out.append(seg)
    return out


def line_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every line of ``text`` (end excludes the newline)."""
    spans, start = [], 0
    for match in re.finditer("\n", text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def sentence_spans(text: str) -> Iterator[tuple[int, int]]:
    """Sentences (or lines, in lists) of ``text``; wrapped lines of one sentence stay
    apart only where a line ends the sentence."""
    start = 0
    for match in _CLAUSE_END.finditer(text):
        end = match.end()
        if match.group() == "\n" and not _line_ends_sentence(text, match.start()):
            continue
        if text[start:end].strip():
            yield start, end
        start = end
    if text[start:].strip():
        yield start, len(text)


def _line_ends_sentence(text: str, newline: int) -> bool:
    """A newline ends a sentence at a blank line, before a list item, or after a short line."""
    rest = text[newline + 1 : newline + 4]
    line_start = text.rfind("\n", 0, newline) + 1
    return (
        not rest.strip(" \t")
        or rest.startswith("\n")
        or _LIST_ITEM.match(text, newline + 1) is not None
        or newline - line_start < 40
    )


def line_around(text: str, start: int, end: int, reach: int = 300) -> tuple[int, int]:
    """Span of the line holding ``text[start:end]`` (at most ``reach`` characters either
    side, so long lines cost no more than short ones)."""
    left = text.rfind("\n", max(0, start - reach), start) + 1 or max(0, start - reach)
    right = text.find("\n", end, end + reach)
    return left, right if right >= 0 else min(len(text), end + reach)


def has_kana(text: str) -> bool:
    """Japanese kana in ``text`` (¥ is then yen, not yuan)."""
    return _KANA.search(text) is not None


def mostly_upper(text: str) -> bool:
    """True for shouted text ("PLEASE SEND SAMPLE"), where capitals are not codes."""
    letters = [ch for ch in text if ch.isalpha()]
    latin = [ch for ch in letters if ch.isascii()]
    if len(latin) < 12 or len(latin) < len(letters) / 2:
        return False  # capitals in Chinese or Russian text are codes
    return sum(ch.isupper() for ch in latin) / len(latin) > 0.7

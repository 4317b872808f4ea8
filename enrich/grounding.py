"""Grounding: a value that identifies a person or company must occur in the message.

``locate(field, value, doc)`` finds where a value is written (emails and websites
case-insensitively, phones by their digits whatever the spacing, names after
normalising case, width and punctuation) and returns the evidence, or None.
``ground(lead, doc)`` drops every ungrounded contact value, whichever extractor
produced it, and flags the lead with what was dropped.
"""

from __future__ import annotations

import re
import unicodedata

import phonenumbers

from .document import Document, Evidence, Segment
from .lead import GROUNDED_FIELDS, Lead

_NAME_CHAR = re.compile(r"[\w&]", re.UNICODE)


def _segments(doc: Document) -> list[Segment]:
    return [*doc.segments(), *doc.header_segments()]


def _normalised(text: str, keep: re.Pattern[str]) -> tuple[str, list[int]]:
    """Text reduced to the characters ``keep`` matches (case-folded, NFKC), and for each
    kept character its offset in the original."""
    chars: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        folded = unicodedata.normalize("NFKC", ch).casefold()
        for piece in folded:
            if keep.match(piece):
                chars.append(piece)
                index.append(i)
    return "".join(chars), index


def _find_normalised(value: str, keep: re.Pattern[str], doc: Document) -> Evidence | None:
    needle, _ = _normalised(value, keep)
    if not needle:
        return None
    for segment in _segments(doc):
        haystack, index = _normalised(segment.text, keep)
        at = haystack.find(needle)
        if at >= 0:
            return segment.evidence(index[at], index[at + len(needle) - 1] + 1)
    return None


def _find_casefold(value: str, doc: Document) -> Evidence | None:
    needle = value.casefold()
    for segment in _segments(doc):
        at = segment.text.casefold().find(needle)
        if at >= 0 and len(segment.text.casefold()) == len(segment.text):
            return segment.evidence(at, at + len(value))
    return _find_normalised(value, re.compile(r"\S"), doc)


def _phone_forms(value: str) -> list[str]:
    """Digit strings under which a phone may be written: international and national."""
    digits = re.sub(r"\D", "", value)
    forms = [digits]
    try:
        number = phonenumbers.parse(value if value.startswith("+") else f"+{digits}")
        national = str(number.national_number)
        forms += [national, "0" + national]
    except phonenumbers.NumberParseException:
        pass
    return [f for f in forms if len(f) >= 6]


def _find_phone(value: str, doc: Document) -> Evidence | None:
    digit = re.compile(r"\d")
    for form in _phone_forms(value):
        for segment in _segments(doc):
            haystack, index = _normalised(segment.text, digit)
            for match in re.finditer(re.escape(form), haystack):
                first, last = index[match.start()], index[match.end() - 1]
                # A whole number, not digits inside a longer one (an order number...).
                before = segment.text[first - 1] if first else ""
                after = segment.text[last + 1] if last + 1 < len(segment.text) else ""
                if before.isdigit() or after.isdigit():
                    continue
                return segment.evidence(first, last + 1)
    return None


def locate(field: str, value: str, doc: Document) -> Evidence | None:
    """Return where ``value`` of ``field`` is written in the message, or None."""
    if not value:
        return None
    if field == "phone":
        return _find_phone(value, doc)
    if field in ("email", "website"):
        return _find_casefold(value, doc)
    return _find_normalised(value, _NAME_CHAR, doc)


def ground(lead: Lead, doc: Document) -> Lead:
    """Drop contact values that do not occur in the message; flag what was dropped."""
    for field in GROUNDED_FIELDS:
        value = getattr(lead, field)
        if not value:
            continue
        evidence = locate(field, value, doc)
        if evidence is None:
            setattr(lead, field, None)
            lead.evidence.pop(field, None)
            lead.confidence.pop(field, None)
            source = lead.extractor.pop(field, "unknown")
            lead.flags.append(f"dropped ungrounded {field} {value!r} from {source}")
        elif not lead.evidence.get(field):
            lead.evidence[field] = [evidence]
    return lead

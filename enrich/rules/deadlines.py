"""By when the buyer needs the quote or the goods: an explicit calendar date only.

A date (numeric, ISO, CJK ``年月日``, or with a month name in one of a dozen languages)
counts when a deadline word stands right before it ("before", "no later than", "antes
del", "bis spätestens", "до", "قبل") or right after it ("前", "までに", "tarihine
kadar"). A date without a year takes its next occurrence on or after the message date;
a past date (a signature's, an order's, a birth date) is no deadline, and relative
phrases ("ASAP", "within two weeks", "end of November") give nothing.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date, timedelta

from ..document import Candidate, Document
from .buyer_text import commerce_segments

MAX_CANDIDATES = 10
_MONTH_NAMES = {
    1: "january jan enero janeiro janvier januar jänner gennaio januari января январь "
    "stycznia styczeń ocak يناير",
    2: "february feb febrero fevereiro février fevrier februar febbraio februari февраля "
    "февраль lutego luty şubat subat فبراير",
    3: "march mar marzo março marco mars märz maerz maart marta март marca marzec mart مارس",
    4: "april apr abril avril aprile апреля апрель kwietnia kwiecień nisan أبريل ابريل إبريل",
    5: "may mayo maio mai maggio mei мая май maja maj mayıs mayis مايو",
    6: "june jun junio junho juin juni giugno июня июнь czerwca czerwiec haziran يونيو",
    7: "july jul julio julho juillet juli luglio июля июль lipca lipiec temmuz يوليو",
    8: "august aug agosto août aout augustus августа август sierpnia sierpień ağustos "
    "agustos أغسطس اغسطس",
    9: "september sep sept septiembre setiembre setembro septembre settembre сентября "
    "сентябрь września wrzesień eylül eylul سبتمبر",
    10: "october oct octubre outubro octobre oktober ottobre oktober октября октябрь "
    "października październik ekim أكتوبر اكتوبر",
    11: "november nov noviembre novembro novembre listopada listopad kasım kasim ноября "
    "ноябрь نوفمبر",
    12: "december dec diciembre dezembro décembre decembre dezember dicembre декабря "
    "декабрь grudnia grudzień aralık aralik ديسمبر",
}
MONTHS = {name: number for number, names in _MONTH_NAMES.items() for name in names.split()}
_MONTH = "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True))
_YEAR = r"(?P<y>20\d{2})"

_DATES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "ymd",
        re.compile(
            rf"(?<!\d){_YEAR}\s*[-/.年년]\s*(?P<m>\d{{1,2}})\s*[-/.月월]\s*(?P<d>\d{{1,2}})\s*[日号號일]?(?![\d/])"
        ),
    ),
    ("md", re.compile(r"(?<![\d年])(?P<m>\d{1,2})\s*[月월]\s*(?P<d>\d{1,2})\s*[日号號일]")),
    (
        "dmy",
        re.compile(
            r"(?<![\d.,/])(?P<a>\d{1,2})([./-])(?P<b>\d{1,2})\2(?P<y>(?:20)?\d{2})(?![\d]|[./-]\d)"
        ),
    ),
    ("dm.", re.compile(r"(?<![\d.,/])(?P<a>\d{1,2})\.(?P<b>\d{1,2})\.(?![\d])")),
    ("dm/", re.compile(r"(?<![\d.,/])(?P<a>\d{1,2})/(?P<b>\d{1,2})(?![\d/%])")),
    (
        "d month",
        re.compile(
            rf"(?<![\d.,])(?P<d>[0-3]?\d)(?:st|nd|rd|th|er|º|°|\.)?[\s\-/]*(?:de\s+|of\s+)?"
            rf"(?P<month>{_MONTH})\.?(?![^\W\d_])(?:,?[\s\-/]*(?:de\s+|del\s+)?{_YEAR}(?!\d))?",
            re.IGNORECASE,
        ),
    ),
    (
        "month d",
        re.compile(
            rf"(?<![^\W\d_])(?P<month>{_MONTH})\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:])"
            rf"(?:,?\s*{_YEAR}(?!\d))?",
            re.IGNORECASE,
        ),
    ),
)
_CUE_BEFORE = re.compile(
    r"(?:\bbefore|\bby|\buntil|\btill|\bno\s+later\s+than|\bnot\s+later\s+than|\blatest"
    r"|\bdeadline|\bdue(?:\s+date)?|\bprior\s+to|\bon\s+or\s+before|\bdelivery\s+date"
    r"|\bship(?:ment|ping)?\s+date|\bclosing\s+date|\bETA|\bETD|\bantes\s+del?|\ba\s+más\s+tardar"
    r"|\bhasta\s+el|\bfecha\s+l[íi]mite|\bplazo|\baté(?:\s+o)?|\bprazo|\bbis(?:\s+zum|\s+spätestens)?"
    r"|\bspätestens|\bvor\s+dem|\btermin|\bfrist|\bavant\s+le|\bd'ici\s+le|\bau\s+plus\s+tard"
    r"|\bjusqu'au|\bentro(?:\s+il)?|\bprima\s+del|\bscadenza|\buiterlijk|\bvóór|\bдо|\bк"
    r"|\bне\s+позднее|\bсрок\w*|\bdo|\bprzed|\bnajpóźniej|\ben\s+geç|\bsebelum"
    r"|\bpaling\s+lambat|\btrước(?:\s+ngày)?)(?![^\W\d_])"
    r"|قبل|بحلول|حتى|موعد|交期|截止(?:日期)?|最晚|期限|納期|締切",
    re.IGNORECASE,
)
# What may stand between a deadline word and its date ("bis spätestens", "before the").
_GAP = re.compile(
    r"[\s:：,]*(?:(?:the|on|is|be|of|le|el|la|il|den|dem|der|zum|du|da|de|del|al|o|a|am|by"
    r"|spätestens|einschließlich|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?"
    r"|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\.?,?\s+){0,2}",
    re.IGNORECASE,
)
_CUE_AFTER = re.compile(
    r"\s*(?:前|之前|以前|为止|為止|までに|まで|迄|tarihine\s+kadar|tarihinden\s+önce"
    r"|'?[a-zıe]{0,3}\s+kadar|전|까지|이전)",
    re.IGNORECASE,
)
# "from 10 November until 20 November": a period, not a deadline.
_RANGE_CUE = re.compile(r"until|till|bis|hasta|até|jusqu|до|do", re.IGNORECASE)
_RANGE_START = re.compile(r"\b(?:from|von|desde|du|dal|od|с)\s+[^.\n]{0,20}\d", re.IGNORECASE)
# Dates of absences, trips and fairs.
_AWAY = re.compile(
    r"out\s+of\s+(?:the\s+)?office|vacation|holiday|on\s+leave|abwesend|nicht\s+im\s+büro"
    r"|urlaub|ausente|fuera\s+de\s+la\s+oficina|congé|отпуск|休假|不在|休暇|canton\s+fair"
    r"|\bfair\b|exhibition|\bvisit|\btrip\b|travel|feria|messe|выставк|展会|广交会|廣交會",
    re.IGNORECASE,
)


def find_deadline(doc: Document, *, reference: date) -> list[Candidate]:
    """ISO dates by which the buyer needs the quote or goods, surest first."""
    out: list[Candidate] = []
    seen: set[str] = set()
    for seg in commerce_segments(doc):
        text = seg.text
        taken = bytearray(len(text) + 1)
        cue_ends = [m.end() for m in _CUE_BEFORE.finditer(text) if not _ends_a_period(text, m)]
        for kind, pattern in _DATES:
            for m in pattern.finditer(text):
                if taken.find(1, m.start(), m.end()) != -1:
                    continue
                taken[m.start() : m.end()] = b"\1" * (m.end() - m.start())
                if not (_cued(text, cue_ends, m.start()) or _CUE_AFTER.match(text, m.end())):
                    continue
                if _AWAY.search(text, max(0, m.start() - 120), m.end() + 40):
                    continue
                found = _resolve(kind, m, reference, strict=kind == "dm/")
                if found is None:
                    continue
                day, confidence = found
                if day.isoformat() in seen:
                    continue
                seen.add(day.isoformat())
                evidence = seg.evidence(m.start(), m.end())
                out.append(Candidate("deadline", day.isoformat(), evidence, confidence, kind))
                if len(out) >= MAX_CANDIDATES:
                    return sorted(out, key=lambda c: -c.confidence)
    return sorted(out, key=lambda c: -c.confidence)


def _ends_a_period(text: str, cue: re.Match[str]) -> bool:
    """ "from 10 November until ...": the cue closes a period, it sets no deadline."""
    return bool(_RANGE_CUE.match(cue.group())) and (
        _RANGE_START.search(text, max(0, cue.start() - 40), cue.start()) is not None
    )


def _cued(text: str, cue_ends: list[int], start: int) -> bool:
    """A deadline word ends right before ``start`` (allowing "the", "spätestens"...)."""
    i = bisect_right(cue_ends, start) - 1
    return (
        i >= 0
        and start - cue_ends[i] <= 40
        and _GAP.fullmatch(text, cue_ends[i], start) is not None
    )


def _resolve(
    kind: str, m: re.Match[str], reference: date, *, strict: bool
) -> tuple[date, float] | None:
    """The calendar date a match names (and how sure), or None if invalid or past."""
    groups = m.groupdict()
    year = int(groups["y"]) if groups.get("y") else None
    if year is not None and year < 100:
        year += 2000
    if kind in ("ymd", "md", "d month", "month d"):
        month = int(groups["m"]) if groups.get("m") else _month_number(groups["month"])
        if month is None:
            return None
        options = [(month, int(groups["d"]))]
    else:
        a, b = int(groups["a"]), int(groups["b"])
        options = [(b, a), (a, b)] if a != b else [(b, a)]
        options = [(mo, d) for mo, d in options if mo <= 12 and d <= 31]
        if strict and len(options) != 1:
            return None
    results = []
    for month, day in options:
        found = _on_or_after(year, month, day, reference)
        if found is not None:
            results.append(found)
    if not results:
        return None
    confidence = 0.8 if len(options) == 1 else 0.6
    return results[0], confidence


def _month_number(name: str) -> int | None:
    # "EKİM".lower() keeps the dot of İ as a combining mark; the regex matched it as "i".
    return MONTHS.get(name.lower().replace("\u0307", ""))


def _on_or_after(year: int | None, month: int, day: int, reference: date) -> date | None:
    try:
        if year is not None:
            found = date(year, month, day)
            return found if reference <= found <= reference + timedelta(days=3 * 366) else None
        found = date(reference.year, month, day)
        return found if found >= reference else date(reference.year + 1, month, day)
    except ValueError:
        return None

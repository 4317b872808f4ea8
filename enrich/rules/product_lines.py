"""Reading one product out of a list item, a labelled value or a sentence.

The order quantity is the ``number + unit`` that is labelled ("Qty: 500 pcs"), set off
by a dash or colon ("... - 5000 pcs"), closes the item, or opens it ("500 sets of ...");
numbers inside a name ("Screwdriver set 6pcs", "5m x 19mm", "(2個入り)") are not, nor
are sample, MOQ or packing quantities. The name is the text before that quantity (or
after "500 sets of"), trimmed of intro words and cut to a short noun phrase.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from ..document import Candidate, Segment
from . import product_words as w
from .amounts import Money, Quantity, find_money, find_quantities
from .amounts import unit_of as unit_named
from .sample_request import SAMPLE_WORD

_WINDOW = 200  # characters around a quantity that can belong to it


@dataclass(slots=True)
class ProductDraft:
    """A product being read, with the span of its evidence in ``segment``."""

    segment: Segment
    start: int
    end: int
    name: str
    quantity: float | None = None
    unit: str | None = None
    price: float | None = None
    currency: str | None = None
    confidence: float = 0.8
    rule: str = "list item"

    def candidate(self) -> Candidate:
        """The contract's product object as a candidate, with the evidence span."""
        quantity = self.quantity
        if quantity is not None and quantity.is_integer():
            quantity = int(quantity)
        value = {
            "name": self.name,
            "quantity": quantity,
            "unit": self.unit,
            "target_price": self.price,
            "currency": self.currency if self.price is not None else None,
        }
        evidence = self.segment.evidence(self.start, self.end)
        return Candidate("products", value, evidence, self.confidence, self.rule)


def read_item(
    seg: Segment,
    start: int,
    end: int,
    currency: str | None,
    *,
    text: str | None = None,
    plain: bool = False,
) -> ProductDraft | None:
    """The product in ``seg.text[start:end]`` (a list item, a labelled value) or in
    ``text`` (a table row re-joined), or None when no product name is there. A ``plain``
    line (no bullet) must set its quantity off and read like a name, not a sentence."""
    if text is None:
        text = seg.text[start:end].replace("\n", " ")
    quantity, name_end, name_start = _order_quantity(text, 2 if plain else 1)
    if plain and (quantity is None or len(text) - quantity.end > 40):
        return None  # a sentence that happens to hold a quantity
    price = target_price(text, quantity)
    if quantity is not None and name_start is not None:  # "500 sets of cordless drills"
        stop = w.ITEM_NAME_STOP.search(text, name_start)
        raw = text[name_start : stop.start() if stop else len(text)]
    else:
        cut = [name_end if quantity is not None else len(text)]
        if (cue := w.TARGET_CUE.search(text)) is not None:
            cut.append(cue.start())
        if price is not None:
            cut.append(price.start)
        raw = text[: min(cut)]
    name = clean_name(raw)
    if not valid_name(name) or (plain and w.PLAIN_NAME_STOP.search(name)):
        return None
    if plain and re.search(r"[.!?。！？]\s", name):
        return None
    draft = ProductDraft(seg, start, end, short_name(name))
    if quantity is not None:
        draft.quantity, draft.unit = quantity.value, quantity.unit
    if price is not None:
        draft.price, draft.currency = price.value, price.currency or currency
    return draft


def _order_quantity(text: str, min_rank: float) -> tuple[Quantity | None, int, int | None]:
    """The order quantity of an item, where its name ends, and (for "500 pcs of X") where
    the name starts."""
    best: tuple[float, int] | None = None
    chosen: tuple[Quantity, int, int | None] | None = None
    candidates = 0
    not_an_order = NotAnOrder(text)
    for q in find_quantities(text):
        before, after = text[max(0, q.start - _WINDOW) : q.start], text[q.end : q.end + _WINDOW]
        if _in_parentheses(before) or not_an_order(q):
            continue
        label = w.QTY_LABEL_BEFORE.search(before[-40:])
        rank: float
        if label is not None:
            rank, name_end = 3, q.start - len(before[-40:]) + label.start()
        elif set_off(before) or before.rstrip()[-1:] in (",", "，"):
            rank = 2 if set_off(before) else 1.5  # a dash or colon sets off more than a comma
            name_end = q.start - len(before) + len(before.rstrip().rstrip(w.SEPARATORS).rstrip())
        elif w.END_AFTER.match(after):
            rank, name_end = 1, q.start
        else:
            rank, name_end = 0, q.start
        name_start = None
        if q.start < _WINDOW and not before.strip() and (of := w.OF_AFTER.match(after)):
            rank, name_start = 2, q.end + of.end()
        if q.weak and (rank < 2 or not w.END_AFTER.match(after)):
            continue
        if rank >= min_rank:
            candidates += 1
            if best is None or (rank, q.start) >= best:
                best, chosen = (rank, q.start), (q, name_end, name_start)
    if chosen is None or (min_rank > 1 and candidates > 1):
        return None, len(text), None
    return chosen


def set_off(before: str) -> bool:
    """The quantity follows a dash, colon, "qty" or a Japanese particle (or opens the text)."""
    stripped = before.rstrip()
    return not stripped or w.SEPARATOR_BEFORE.search(stripped[-5:]) is not None


def _in_parentheses(before: str) -> bool:
    return before.count("(") > before.count(")") or before.count("（") > before.count("）")


class NotAnOrder:
    """Samples, MOQ, packing, stock: quantities of ``text`` that are not the order's.
    Their words are found once per text, so checking many quantities stays linear."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.samples = [m.start() for m in SAMPLE_WORD.finditer(text)]
        self.others = [m.start() for m in w.NOT_ORDER.finditer(text)]

    def __call__(self, q: Quantity) -> bool:
        if _any_in(self.samples, q.start - 40, q.end + 40):
            return True
        left_window = self.text[max(0, q.start - _WINDOW) : q.start]
        left = max((m.end() for m in w.CLAUSE_MARK.finditer(left_window)), default=0)
        right = w.CLAUSE_END.search(self.text, q.end, q.end + _WINDOW)
        clause_start = q.start - len(left_window) + left
        return _any_in(self.others, clause_start, right.start() if right else q.end + _WINDOW)


def _any_in(positions: list[int], low: int, high: int) -> bool:
    i = bisect_left(positions, low)
    return i < len(positions) and positions[i] < high


def target_price(text: str, quantity: Quantity | None) -> Money | None:
    """The price the buyer proposes in ``text``: after a target word, or "at $X"."""
    money = [m for m in find_money(text) if not w.RANGE_AFTER.match(text, m.end)]
    for cue in w.TARGET_CUE.finditer(text):
        for m in money:
            if 0 <= m.start - cue.end() <= 40:
                return m
    for m in money:
        before = text[max(0, m.start - 40) : m.start]
        if w.SUPPLIER_PRICE.search(before):
            continue
        at = w.AT_BEFORE.search(before)
        per_unit = w.PER_UNIT_AFTER.match(text, m.end)
        if at or (per_unit and quantity is not None and m.start > quantity.start):
            return m
    return None


def read_sentence(
    seg: Segment, start: int, end: int, currency: str | None, lone: list[tuple[Quantity, bool]]
) -> list[ProductDraft]:
    """Products named in a sentence of running text. A quantity standing alone ("Quantity
    is 3000 sets each", "Miktar: 2.000 adet") goes to ``lone``, flagged when it is "each"."""
    text = seg.text[start:end].replace("\n", " ")
    out: list[ProductDraft] = []
    previous_end = 0
    not_an_order = NotAnOrder(text)
    for q in find_quantities(text):
        if q.start < previous_end or not_an_order(q):
            continue
        window_start = max(previous_end, q.start - _WINDOW)
        before, after = text[window_start : q.start], text[q.end : q.end + _WINDOW]
        if _in_parentheses(before):
            continue
        label = w.QTY_LABEL_BEFORE.search(before[-40:])
        label_at = q.start - len(before[-40:]) + label.start() if label else q.start
        if label and not text[window_start:label_at].strip():
            lone.append((q, w.EACH.match(after) is not None))
            continue
        opens = w.JOINER.fullmatch(before) is not None or w.VERB_BEFORE.search(before[-30:])
        of = w.OF_AFTER.match(after)
        name_after = of or (re.match(r"\s*", after) if opens else None)
        first = r"\w" if of else r"[^\W\d_]"  # "500 pcs of 9W LED bulbs", "order 500 pcs LED"
        if name_after is not None and re.match(first, after[name_after.end() :]):
            tail = after[name_after.end() :]
            stop = w.NAME_AFTER_STOP.search(tail)
            raw = tail[: stop.start() if stop else len(tail)]
            raw_start = q.end + name_after.end()
        else:
            if not (label or set_off(before) or w.END_AFTER.match(after)):
                continue
            region = text[window_start:label_at].rstrip().rstrip(w.SEPARATORS).rstrip()
            cut = max((m.end() for m in w.INTRO.finditer(region)), default=0)
            raw, raw_start = region[cut:], window_start + cut
        if q.weak and not (label or set_off(before)):
            continue  # "5 m" is a length unless set off as the order quantity
        name = clean_name(raw)
        if not valid_name(name) or w.SENTENCE_STOP.search(name) or len(name.split()) > 8:
            continue
        draft = ProductDraft(seg, 0, 0, short_name(name), q.value, q.unit, rule="sentence")
        draft.confidence = 0.6
        own_end = max(q.end, raw_start + len(raw))
        following = find_quantities(text[own_end : own_end + _WINDOW])
        own_text = text[own_end : own_end + (following[0].start if following else _WINDOW)]
        price = target_price(own_text, None)
        if price is not None:
            draft.price, draft.currency = price.value, price.currency or currency
        draft.start = start + min(q.start, raw_start + len(raw) - len(raw.lstrip()))
        draft.end = start + own_end + (price.end if price else 0)
        out.append(draft)
        previous_end = own_end
    return out


def clean_name(raw: str) -> str:
    """The name as written, without surrounding separators, labels and articles."""
    name = re.sub(r"\s+", " ", raw).strip()
    name = re.sub(r"[\s\-–—:：,，;=|~*]+$", "", name)
    name = re.sub(rf"\s*(?:{w.QTY_LABEL})\.?$", "", name, flags=re.IGNORECASE)
    name = re.sub(r"[をがはの]$", "", name.rstrip(" -–—:：,，"))
    name = w.TRAILING_APPROX.sub("", name)
    while (junk := w.LEADING_JUNK.match(name)) is not None:
        name = name[junk.end() :]
    return name.strip(" -–—:：,，")


def valid_name(name: str) -> bool:
    """A product name, not a label, a spec line, an order, a sample or a stray word."""
    return (
        2 <= len(name) <= 160
        and len(re.findall(r"[^\W\d_]", name)) >= 2
        and w.BAD_NAME.match(name) is None
        and w.SPEC_NAME.search(name) is None
        and w.ORDER_NAME.search(name) is None
        and SAMPLE_WORD.search(name) is None
        and unit_named(name) is None
        and "@" not in name
        and "http" not in name.lower()
    )


def short_name(name: str) -> str:
    """The name up to a top-level comma once it is long enough (specs follow commas)."""
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(name):
        if ch in "(（[":
            depth += 1
        elif ch in ")）]":
            depth -= 1
        elif depth == 0 and (ch == "，" or (ch == "," and name[i + 1 : i + 2] == " ")):
            parts.append(name[start:i])
            start = i + 1
    parts.append(name[start:])
    short = parts[0].strip()
    for part in parts[1:]:
        if len(short) + len(part) + 1 > 50:
            break
        short = f"{short},{part}" if part.startswith(" ") else f"{short}, {part}"
    return short if len(short) <= 100 else short[:100].rsplit(" ", 1)[0]

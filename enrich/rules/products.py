"""What the buyer wants: products with quantity, unit and the price he proposes.

Buyers list products in a few shapes, read here in this order, each line used once:
tables (``product_tables``), labelled blocks ("Product: ..." / "Quantity: ..." as B2B
platforms and Japanese buyers write them), list items (bullets or numbers, with wrapped
continuation lines) and finally sentences ("we need 500 sets of cordless drills at USD
21.50/set"); ``product_lines`` reads one item or sentence. Only a price the buyer
proposes is a target price: one after a target word of any language, or "at $X" in his
own list; "your price", totals and budgets are not. A target-price sentence apart from
the list ("Our target is $15 for the 100W and $25 for the 200W") is shared out over the
products in order when the counts agree, and "Quantity is 3000 sets each" gives its
quantity to every listed product.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from ..document import Candidate, Document, Segment
from . import product_words as w
from .amounts import Money, Quantity, currency_in, find_money, find_quantities, parse_number
from .amounts import unit_of as unit_named
from .buyer_text import commerce_segments, line_spans, sentence_spans
from .product_lines import ProductDraft, clean_name, read_item, read_sentence, valid_name
from .product_tables import Table, is_rule, split_cells

#: More than this is a catalogue or a price list, not an inquiry: keep the first ones.
MAX_PRODUCTS = 60


def find_products(doc: Document) -> list[Candidate]:
    """One candidate per requested product (name, quantity, unit, target price, currency)."""
    segments = commerce_segments(doc, subject=False)
    currency = _document_currency(segments)
    products: list[ProductDraft] = []
    notes: list[list[Money]] = []
    lone: list[Quantity] = []
    for seg in segments:
        reader = _SegmentReader(seg, currency)
        products += reader.read()
        notes += reader.notes
        lone += [q for q, is_each in reader.lone if not is_each]
        if len(products) > MAX_PRODUCTS:
            break
    if not products:
        products = _from_subject(doc.subject_segment(), lone, currency)
    _share_out_prices(products, notes)
    return [p.candidate() for p in _dedupe(products[:MAX_PRODUCTS])]


@dataclass
class _SegmentReader:
    seg: Segment
    currency: str | None
    notes: list[list[Money]] = field(default_factory=list)  # target prices said apart
    bare: list[ProductDraft] = field(default_factory=list)  # list items without quantity
    lone: list[tuple[Quantity, bool]] = field(default_factory=list)  # "Quantity: 500 pcs"

    def __post_init__(self) -> None:
        self.text = self.seg.text
        self.lines = line_spans(self.text)
        self.used = bytearray(len(self.lines))  # lines already read as a product

    def read(self) -> list[ProductDraft]:
        found = self._tables() + self._labelled() + self._items()
        found += self._plain_lines() + self._sentences()
        found.sort(key=lambda p: p.start)
        each = [q for q, is_each in self.lone if is_each]
        if each and not any(p.quantity for p in found):
            for p in found or self.bare:
                p.quantity, p.unit = each[0].value, each[0].unit
            found = found or self.bare
        return found

    def _line(self, i: int) -> str:
        return self.text[self.lines[i][0] : self.lines[i][1]]

    def _draft(self, first: int, last: int, rule: str) -> ProductDraft:
        return ProductDraft(self.seg, self.lines[first][0], self.lines[last][1], "", rule=rule)

    def _tables(self) -> list[ProductDraft]:
        out: list[ProductDraft] = []
        i = 0
        while i < len(self.lines):
            table = Table.from_header(self._line(i))
            i += 1
            if table is None:
                continue
            self.used[i - 1] = 1
            while i < len(self.lines) and self._line(i).strip():
                line = self._line(i)
                if not is_rule(line):
                    if len(split_cells(line, table.kind)[1]) < 2:
                        break
                    row = table.read_row(self._draft(i, i, "table row"), line, self.currency)
                    if row is None:  # a total, a note: left to the other readers
                        i += 1
                        continue
                    out.append(row)
                self.used[i] = 1
                i += 1
        return out

    def _labelled(self) -> list[ProductDraft]:
        out = []
        for i in range(len(self.lines)):
            m = w.NAME_LINE.match(self._line(i))
            if self.used[i] or m is None:
                continue
            item = read_item(self.seg, self.lines[i][0] + m.end(), self.lines[i][1], self.currency)
            value = self._line(i)[m.end() :].strip()
            if item is None or (item.quantity is not None and not value.startswith(item.name)):
                # "Product: 50kg PP Woven Bag, laminated": after a label the whole value is
                # the name (a weight or size inside it is not the order quantity); the
                # quantity comes from its own "Quantity:" line.
                name = clean_name(value)
                if not valid_name(name):
                    continue
                start = self.lines[i][0] + m.end() + self._line(i)[m.end() :].find(value)
                item = ProductDraft(self.seg, start, start + len(value), name)
            item.rule, item.confidence = "labelled fields", 0.85
            self.used[i] = 1
            for j in range(i + 1, min(i + 6, len(self.lines))):
                line = self._line(j)
                if not line.strip() or self.used[j] or w.NAME_LINE.match(line):
                    break
                if (label := w.FIELD_LABEL.match(line)) is not None:
                    self.used[j] = 1
                    item.end = self.lines[j][1]
                    self._read_field(item, label.lastgroup, line[label.end() :])
            out.append(item)
        return out

    def _read_field(self, item: ProductDraft, label: str | None, value: str) -> None:
        if label == "qty":
            if quantities := find_quantities(value):
                item.quantity, item.unit = quantities[0].value, quantities[0].unit
            else:
                item.quantity = parse_number(value.strip().split(" ")[0])
        elif label == "unit":
            item.unit = unit_named(value) or item.unit
        elif money := find_money(value):
            item.price, item.currency = money[0].value, money[0].currency or self.currency

    def _items(self) -> list[ProductDraft]:
        out = []
        i = 0
        while i < len(self.lines):
            bullet = w.BULLET.match(self._line(i))
            if self.used[i] or bullet is None:
                i += 1
                continue
            j = self._item_end(i)
            start, end = self.lines[i][0] + bullet.end(), self.lines[j - 1][1]
            item = read_item(self.seg, start, end, self.currency)
            if item is not None and item.quantity is not None:
                out.append(item)
                self.used[i:j] = b"\1" * (j - i)
            elif item is not None and item.price is None:
                self.bare.append(item)
            i = j
        return out

    def _item_end(self, i: int) -> int:
        """The line after a list item that starts on line ``i`` (wrapped lines, indented
        quantity or price lines belong to it)."""
        line = self._line(i)
        indent = len(line) - len(line.lstrip())
        j = i + 1
        while j < len(self.lines) and not self.used[j] and j - i < 8:
            nxt = self._line(j)
            deeper = len(nxt) - len(nxt.lstrip()) > indent
            if not nxt.strip() or not (deeper or w.FIELD_LINE.match(nxt)):
                break
            if not deeper and len(find_money(nxt)) > 1:
                break  # "Target price: A $3, B $4" speaks for the whole list
            if (sub := w.BULLET.match(nxt)) is not None:
                alone = read_item(self.seg, self.lines[j][0] + sub.end(), self.lines[j][1], None)
                if alone is not None and alone.quantity is not None:
                    break  # a nested list of products, not a continuation
            j += 1
        return j

    def _plain_lines(self) -> list[ProductDraft]:
        """Lines without a bullet that read "name - quantity" ("Gate valve DN50  100 pcs")."""
        out = []
        for i, (start, end) in enumerate(self.lines):
            if self.used[i] or not 3 < end - start <= 160 or not self._starts_line(i):
                continue
            item = read_item(self.seg, start, end, self.currency, plain=True)
            if item is not None:
                item.rule = "plain line"
                out.append(item)
                self.used[i] = 1
        return out

    def _starts_line(self, i: int) -> bool:
        """Line ``i`` is not the wrapped end of a sentence begun above it."""
        previous = self._line(i - 1).rstrip() if i else ""
        return not previous or bool(self.used[i - 1]) or previous[-1] in ":.!?;)：。！？；）"

    def _sentences(self) -> list[ProductDraft]:
        out: list[ProductDraft] = []
        used_chars = bytearray(len(self.text) + 1)
        for i, (start, end) in enumerate(self.lines):
            if self.used[i]:
                used_chars[start : end + 1] = b"\1" * (end + 1 - start)
        for start, end in sentence_spans(self.text):
            if used_chars.find(1, start, end) != -1:
                continue
            found = read_sentence(self.seg, start, end, self.currency, self.lone)
            out += found
            cue = w.TARGET_CUE.search(self.text, start, end)
            prices = find_money(self.text[cue.end() : end]) if cue else []
            if prices and not any(p.price is not None for p in found):
                self.notes.append(prices)
            if len(out) > MAX_PRODUCTS:
                break
        return out


def _from_subject(
    subject: Segment, lone: list[Quantity], currency: str | None
) -> list[ProductDraft]:
    """The product a subject names: a platform's "BuyLead: Angle Grinder 850W - 200 Piece",
    or "RFQ: LED panel 60x60" with one "Quantity: 2000 pcs" in the text."""
    start = len(subject.text) - len(w.SUBJECT_PREFIX.sub("", subject.text))
    item = read_item(subject, start, len(subject.text), currency)
    if item is not None and item.quantity is not None:
        return [item]
    named = w.SUBJECT_PRODUCT.match(subject.text)
    if named is None or len(lone) != 1:
        return []
    item = read_item(subject, named.start("name"), named.end("name"), currency)
    if item is None or item.quantity is not None:
        return []
    item.quantity, item.unit = lone[0].value, lone[0].unit
    item.rule, item.confidence = "subject and quantity", 0.5
    return [item]


def _document_currency(segments: list[Segment]) -> str | None:
    """A currency the buyer sets for all prices ("Currency: USD", "prices ... in USD")."""
    for seg in segments:
        if (m := w.DOC_CURRENCY.search(seg.text)) is not None:
            written = m.group(1) or m.group(2)
            if found := currency_in(written):
                return found
            lowered = written.lower()
            if lowered.startswith("us"):
                return "USD"
            if lowered.startswith("euro"):
                return "EUR"
    return None


def _share_out_prices(products: list[ProductDraft], notes: list[list[Money]]) -> None:
    """Give target prices said apart from the list to the products without one, in order,
    when there are as many prices as such products (or one price and one product)."""
    for prices in notes:
        waiting = [p for p in products if p.price is None]
        if not waiting:
            return
        if len(prices) == len(waiting) or len(prices) == 1 == len(products):
            for p, money in zip(waiting, prices, strict=False):
                p.price, p.currency = money.value, money.currency or p.currency


def _dedupe(products: list[ProductDraft]) -> list[ProductDraft]:
    """Drop a product read twice (body and attachment, subject and body)."""
    out: list[ProductDraft] = []
    for p in products:
        twin = next(
            (
                o
                for o in out
                if (p.quantity is None or o.quantity is None or p.quantity == o.quantity)
                and fuzz.token_set_ratio(p.name, o.name, processor=default_process) >= 90
            ),
            None,
        )
        if twin is None:
            out.append(p)
        elif _filled(p) > _filled(twin):
            out[out.index(twin)] = p
    return out


def _filled(p: ProductDraft) -> int:
    return sum(v is not None for v in (p.quantity, p.unit, p.price))

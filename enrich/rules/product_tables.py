"""Product tables: a header row naming the item and quantity columns (in any of the
inquiry languages), then one product per row. Cells are split by ``|`` (spreadsheets
and Word tables as the harvester renders them, Markdown), tab, comma (CSV, quotes
respected) or runs of two or more spaces (aligned plain text)."""

from __future__ import annotations

import csv
import re

from . import product_words as w
from .amounts import currency_in, find_money, find_quantities, parse_number
from .amounts import unit_of as unit_named
from .product_lines import ProductDraft, clean_name, read_item, short_name, valid_name

_CELL_SPLIT = re.compile(r"\s{2,}|\t")
_RULE_LINE = re.compile(r"[\s|:\-+=]*")
_INDEX_HEADER = re.compile(
    r"(?:no\.?|#|line|item\s*(?:no\.?|#|number)|s/?n|sr\.?|sl\.?|pos\.?|nr\.?|№|序号|序號|項次"
    r"|番号|n[°º])",
    re.IGNORECASE,
)
_HEADER_KEYS = {
    "description": r"desc\w*|descripci[óo]n|descrição|beschreibung|описание|açıklama|mô tả",
    "name": w.NAME_LABEL + r"|name|items?|products?",
    "qty": w.QTY_LABEL,
    "unit": r"units?|uom|unidad|unidade|einheit|ед\.?(?:\s*изм\.?)?|единица|单位|單位|birim",
    "price": rf"(?:{w.TARGET_CUE.pattern})\w*(?:[\s(].*)?",
    "currency": r"currency|curr|moneda|moeda|währung|валюта|币种|幣別|通貨|devise|valuta",
}
_HEADER_CELL = {
    role: re.compile(rf"(?:{pattern})\.?(?:\s*\((?P<paren>.*)\))?", re.IGNORECASE)
    for role, pattern in _HEADER_KEYS.items()
}


class Table:
    """A product table's layout, read from its header row."""

    def __init__(
        self, kind: str, columns: dict[str, int], count: int, currency: str | None, unit: str | None
    ):
        self.kind, self.columns, self.count = kind, columns, count
        self.currency, self.unit = currency, unit  # from the header: "Target USD", "Qty (pcs)"

    @classmethod
    def from_header(cls, line: str) -> Table | None:
        """The table whose header is ``line``, or None when it is no product header."""
        kind, cells = split_cells(line)
        if len(cells) < 2 or (kind == "," and _reads_like_prose(line, cells)):
            return None
        columns: dict[str, int] = {}
        unit = None
        for index, cell in enumerate(cells):
            text = re.sub(r"[\s_]+", " ", cell.strip().lower()).strip(" :")
            if not text or len(text) > 40 or _INDEX_HEADER.fullmatch(text):
                continue
            for role, pattern in _HEADER_CELL.items():
                if role not in columns and (m := pattern.fullmatch(text)):
                    columns[role] = index
                    if role == "qty" and m["paren"]:
                        unit = unit_named(m["paren"])
                    break
        if "qty" not in columns or not ({"name", "description"} & set(columns)):
            return None
        name = columns.get("name")
        if "description" in columns and name is not None and re.fullmatch(r"items?", cells[name]):
            del columns["name"]  # "Item | Description": the item column holds codes
        currency = currency_in(cells[columns["price"]]) if "price" in columns else None
        return cls(kind, columns, len(cells), currency, unit)

    def read_row(self, draft: ProductDraft, line: str, currency: str | None) -> ProductDraft | None:
        """Fill ``draft`` (spanning the row) from ``line``; None if the row is no product."""
        cells = split_cells(line, self.kind)[1]
        if len(cells) < 2:
            return None
        if self.kind != " ":
            cells += [""] * (self.count - len(cells))
        if len(cells) != self.count:
            return _loose_row(draft, cells, currency)
        col = self.columns
        names = [cells[col[k]] for k in ("name", "description") if k in col]
        name = clean_name(" ".join(c for c in names if c and not re.fullmatch(r"[\d.\s]*", c)))
        if not valid_name(name):
            return None
        draft.name, draft.rule, draft.confidence = short_name(name), "table row", 0.85
        quantities = find_quantities(cells[col["qty"]])
        if quantities:
            draft.quantity, draft.unit = quantities[0].value, quantities[0].unit
        else:
            draft.quantity = parse_number(cells[col["qty"]].strip())
        if "unit" in col:
            draft.unit = unit_named(cells[col["unit"]]) or draft.unit
        draft.unit = draft.unit or (self.unit if draft.quantity is not None else None)
        if "price" in col:
            money = find_money(cells[col["price"]])
            draft.price = money[0].value if money else parse_number(cells[col["price"]].strip())
            draft.currency = money[0].currency if money else None
            if "currency" in col:
                draft.currency = currency_in(cells[col["currency"]]) or draft.currency
            draft.currency = draft.currency or self.currency or currency
        return draft


def split_cells(line: str, kind: str | None = None) -> tuple[str, list[str]]:
    """Split a table line by ``|``, tab, comma (CSV) or runs of spaces."""
    if kind is None:
        kind = (
            "|" if "|" in line else "\t" if "\t" in line else "," if line.count(",") >= 2 else " "
        )
    if kind == "|":
        return kind, [c.strip() for c in line.strip().strip("|").split("|")]
    if kind == ",":
        return kind, [c.strip() for c in next(csv.reader([line]), [])]
    return kind, [c for c in _CELL_SPLIT.split(line.strip()) if c]


def _reads_like_prose(line: str, cells: list[str]) -> bool:
    """ "Please send product, quantity, price and lead time." is a sentence, not a header."""
    return line.rstrip().endswith((".", "?", "!")) or any(len(c.split()) > 3 for c in cells)


def is_rule(line: str) -> bool:
    """A Markdown table rule (``|---|---|``)."""
    return _RULE_LINE.fullmatch(line) is not None


def _loose_row(draft: ProductDraft, cells: list[str], currency: str | None) -> ProductDraft | None:
    """A row whose cells do not line up with the header: read it as a list item."""
    if re.fullmatch(r"\d{1,3}\.?", cells[0]):
        cells = cells[1:]
    joined = ""
    for i, cell in enumerate(cells):
        glue = " " if i and unit_named(cell) and parse_number(cells[i - 1]) else " - "
        joined = f"{joined}{glue}{cell}" if i else cell
    read = read_item(draft.segment, draft.start, draft.end, currency, text=joined)
    if read is not None:
        read.rule = "table row"
    return read

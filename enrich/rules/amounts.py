"""Numbers, order quantities with their unit, and money, as buyers write them.

``1,000`` ``1.000`` ``1 000`` (thousands in three conventions) ``9,80`` (decimal
comma), ``5k pcs``, ``2 x 40HQ``; units of many languages mapped to the contract's
(spec/lead-fields.md): pcs, sets, kg, m, tons, containers, cartons, pairs, rolls, boxes;
currencies written as symbols, codes or words mapped to ISO 4217.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .buyer_text import has_kana

# A number not glued to a model code ("EB-CD18", "A60", "1-10V"): thousands grouped by
# comma, dot or (thin) space, or plain digits with an optional decimal part.
NUMBER = (
    r"(?<![A-Za-z0-9\u00C0-\u024F\u0400-\u04FF.,/])(?<![\w]-)"
    r"(?:\d{1,3}(?:(?:,\d{3})+|(?:\.\d{3})+|(?:[ \u00a0\u202f]\d{3})+)(?:[.,]\d{1,2})?(?!\d)"
    r"|\d+(?:[.,]\d+)?)"
)

# Unit words per contract unit. Latin words must not run on into a longer word;
# CJK counters must not start a longer word ("个月" months, "支付" pay, "米色" beige).
_AFTER_WORD = r"(?![A-Za-z\u00C0-\u024F\u0400-\u04FF])"
UNIT_PATTERNS: dict[str, str] = {
    "pcs": (
        r"(?:piece/pieces|pieces?|pcs?\.?|pces?|units?|nos\.?|st(?:ü|ue)ck|stk\.?|stck"
        r"|шт\.?|штук[аи]?|unidades|unidad|uds?\.?|piezas?|pzas?\.?|peças|peça|pçs|pecas"
        r"|adet|pi[eè]ces?|pezzi|szt\.?|sztuk[ai]?|قطعة|قطع|chiếc|cái|buah)"
        + _AFTER_WORD
        + r"|(?:個|个|件|台|只|支|顆|颗|片|把|盏|盞|条|條|枚|点|點|本|瓶)"
        + r"(?![月入装裝付持要是有能柜櫃周日])"
    ),
    "sets": (
        r"(?:sets?|juegos?|jogos?|sätze|satz|takım|комплект(?:ов|а|ы)?|набор(?:ов|а|ы)?)"
        + _AFTER_WORD
        + r"|套(?!餐)|セット"
    ),
    "kg": r"(?:kgs?|kilos?|kilograms?|kilogrammes?|кг)" + _AFTER_WORD + r"|公斤|千克",
    "m": r"(?:m|meters?|metres?|mtrs?|metros?|mètres?|metri|м|метр(?:ов|а)?)"
    + _AFTER_WORD
    + r"|米(?!色)",
    "tons": r"(?:metric\s+tons?|tons?|tonnes?|t|mt|тонн(?:а|ы)?|т|toneladas?|tonnen)"
    + _AFTER_WORD
    + r"|吨|噸",
    "containers": r"(?:containers?|cntrs?|fcl|contenedor(?:es)?|contêineres|konteyner"
    r"|контейнер(?:ов|а|ы)?)" + _AFTER_WORD + r"|[个個]?[柜櫃]",
    "cartons": r"(?:cartons?|ctns?\.?|kartons?)" + _AFTER_WORD + r"|纸箱|紙箱",
    "pairs": r"(?:pairs?|prs|pares|paar|çift|пар[аы]?|زوج|أزواج)"
    + _AFTER_WORD
    + r"|[双雙对對](?![方于於])|ペア|足",
    "rolls": r"(?:rolls?|rollos?|rollen|rulo|рулон(?:ов|а|ы)?)" + _AFTER_WORD + r"|[卷巻]",
    "boxes": r"(?:boxes|box|cajas?|caixas?|kutu|bo[iî]tes?|scatole|коробк[аи]|коробок)"
    + _AFTER_WORD
    + r"|[箱盒]",
}
#: Units that are also spec values ("5m cable", "3t jack"): trusted only where the
#: quantity is labelled or set off as the order quantity.
WEAK_UNITS = frozenset({"m", "м", "t", "т", "mt", "点", "點"})

_UNIT_ALTERNATION = "|".join(f"(?P<{unit}>{pattern})" for unit, pattern in UNIT_PATTERNS.items())
QUANTITY = re.compile(
    rf"(?P<number>{NUMBER})(?P<kilo>\s?[kK](?=\s?[^\W\d_]))?[ \u00a0\u202f]?"
    rf"(?:{_UNIT_ALTERNATION})",
    re.IGNORECASE,
)
_UNIT_ONLY = re.compile(rf"\s*(?:{_UNIT_ALTERNATION})\s*\.?\s*", re.IGNORECASE)
# "2 x 40HQ", "1x20'GP", "3 X 40ft", "1 x 40ft container", "2 forty-foot containers".
_BOX = r"(?:20|40|45)\s?(?:['’′]\s?|ft\s?|feet\s?|foot\s?)?"
CONTAINERS = re.compile(
    rf"(?P<number>{NUMBER})(?:\s?[xX×*]\s?{_BOX}(?:HQ|HC|GP|DC|OT|RF|FCL|(?<=['’′t])(?![A-Za-z]))"
    rf"(?:\s?(?:containers?|cntrs?)\b)?|\s(?:{_BOX}(?:HQ|HC|GP|DC)?|(?:twenty|forty)[\s-]?"
    r"(?:foot|feet|ft))\s?(?i:containers?|cntrs?)\b)",
)

_CODES = (
    "USD|EUR|GBP|CNY|RMB|JPY|AUD|CAD|SGD|HKD|TWD|BRL|INR|RUB|TRY|PLN|AED|SAR|CHF|SEK|NOK|DKK"
    "|MXN|CLP|COP|PEN|ARS|ZAR|NGN|KES|EGP|MYR|THB|IDR|PHP|VND|KRW|NZD|CZK|HUF|RON|UAH|KZT|QAR"
    "|KWD|OMR|BHD|ILS|PKR|BDT"
)
_CODE_SET = frozenset(_CODES.split("|"))
_SYMBOLS = {
    "$": "USD", "us$": "USD", "u$s": "USD", "us $": "USD", "a$": "AUD", "au$": "AUD",
    "c$": "CAD", "s$": "SGD", "hk$": "HKD", "nt$": "TWD", "r$": "BRL", "mx$": "MXN",
    "€": "EUR", "£": "GBP", "₹": "INR", "rs": "INR", "rs.": "INR", "₽": "RUB", "₺": "TRY",
    "tl": "TRY", "zł": "PLN", "元": "CNY", "人民币": "CNY", "美元": "USD", "美金": "USD",
    "米ドル": "USD", "ドル": "USD", "円": "JPY", "日元": "JPY", "欧元": "EUR", "ユーロ": "EUR",
    "英镑": "GBP", "dollar": "USD", "dollars": "USD", "dólares": "USD", "dolares": "USD",
    "dólar": "USD", "euro": "EUR", "euros": "EUR", "евро": "EUR", "دولار": "USD",
    "يورو": "EUR", "ريال": "SAR", "درهم": "AED",
}  # fmt: skip
_BEFORE = (
    r"(?:US\s?\$|U\$S|[ACSR]\$|AU\$|HK\$|NT\$|MX\$|\$|€|£|¥|￥|₹|₽|₺|Rs\.?(?=\s?\d)"
    rf"|(?<![A-Za-z])(?-i:{_CODES})(?![A-Za-z]))"
)
_AFTER = (
    rf"(?:(?<![A-Za-z])(?-i:{_CODES}|TL)(?![A-Za-z])|\$|€|£|₽|₺|zł"
    r"|人民币|元|美元|美金|米ドル|ドル|円|日元|欧元|ユーロ|英镑"
    r"|(?:dollars?|dólares|dolares|dólar|euros?|евро|долл(?:\.|ар(?:а|ов)?)?|руб(?:\.|лей|ля)?"
    r"|دولار|يورو|ريال|درهم)(?![A-Za-z\u0400-\u04FF]))"
)
MONEY = re.compile(
    rf"(?P<before>{_BEFORE})\s?(?P<n1>{NUMBER})|(?P<n2>{NUMBER})\s?(?P<after>{_AFTER})",
    re.IGNORECASE,
)
_CURRENCY_WORD = re.compile(rf"(?<![A-Za-z])(?:{_CODES})(?![A-Za-z])|[$€£¥￥]")


# Full-width ASCII ("５００台", "ＵＳＤ") read as ASCII; one character for one, so offsets hold.
_FULL_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}


@dataclass(frozen=True, slots=True)
class Quantity:
    start: int
    end: int
    value: float
    unit: str | None
    weak: bool = False


@dataclass(frozen=True, slots=True)
class Money:
    start: int
    end: int
    value: float
    currency: str | None


def parse_number(text: str) -> float | None:
    """``1,000`` ``1.000`` ``1 000`` -> 1000; ``9,80`` -> 9.8; ``0.125`` -> 0.125."""
    s = re.sub(r"[ \u00a0\u202f]", "", text)
    if not s or not s[0].isdigit():
        return None
    if "," in s and "." in s:
        decimal = "," if s.rfind(",") > s.rfind(".") else "."
        s = s.replace("." if decimal == "," else ",", "").replace(decimal, ".")
    elif "," in s or "." in s:
        sep = "," if "," in s else "."
        parts = s.split(sep)
        thousands = len(parts) > 2 or (len(parts[1]) == 3 and parts[0] != "0")
        s = s.replace(sep, "") if thousands else s.replace(sep, ".")
    try:
        return float(s)
    except ValueError:
        return None


def find_quantities(text: str) -> list[Quantity]:
    """Every ``number + unit`` (and ``2 x 40HQ``) in ``text``, in order."""
    text = text.translate(_FULL_WIDTH)
    found: list[Quantity] = []
    for m in CONTAINERS.finditer(text):
        if (value := parse_number(m["number"])) is not None:
            found.append(Quantity(m.start(), m.end(), value, "containers"))
    containers = list(found)
    for m in QUANTITY.finditer(text):
        if containers and any(q.start <= m.start() < q.end for q in containers):
            continue
        value = parse_number(m["number"])
        if value is None or value <= 0:
            continue
        if m["kilo"]:
            if value >= 1000:
                continue
            value *= 1000
        unit = _matched_unit(m)
        word = (m[unit] or "").lower().rstrip(".") if unit else ""
        found.append(Quantity(m.start(), m.end(), value, unit, word in WEAK_UNITS))
    return sorted(found, key=lambda q: q.start)


def unit_of(text: str) -> str | None:
    """The contract unit a cell or word names ("Piece/Pieces" -> pcs), or None."""
    m = _UNIT_ONLY.fullmatch(text)
    return _matched_unit(m) if m else None


def _matched_unit(m: re.Match[str]) -> str | None:
    return next((unit for unit in UNIT_PATTERNS if m[unit] is not None), None)


def find_money(text: str) -> list[Money]:
    """Every amount with a currency in ``text``, in order."""
    text = text.translate(_FULL_WIDTH)
    out = []
    for m in MONEY.finditer(text):
        number, symbol = (m["n1"], m["before"]) if m["n1"] else (m["n2"], m["after"])
        value = parse_number(number)
        if value is not None and value > 0:
            out.append(Money(m.start(), m.end(), value, currency_of(symbol, text)))
    return out


def currency_of(symbol: str, context: str = "") -> str | None:
    """ISO 4217 for a symbol, code or word; ¥ is yen beside Japanese kana, else yuan."""
    key = re.sub(r"\s+", " ", symbol.strip()).lower()
    if key in ("¥", "￥"):
        return "JPY" if has_kana(context) else "CNY"
    if key.startswith("долл"):
        return "USD"
    if key.startswith("руб"):
        return "RUB"
    if key.upper() in _CODE_SET:
        return "CNY" if key == "rmb" else key.upper()
    return _SYMBOLS.get(key)


def currency_in(text: str) -> str | None:
    """The currency a header or note names ("Target USD", "target_price_usd", "(€)")."""
    for m in _CURRENCY_WORD.finditer(text.replace("_", " ").upper()):
        return currency_of(m.group(), text)
    return None

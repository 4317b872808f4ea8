"""On which terms the buyer wants to buy: Incoterm, destination and payment terms.

Incoterms are three-letter codes (or their long names in several languages) with
guards against look-alikes (a Spanish tax id "CIF: B12345678", "21 CFR", the UK
"FCA"). The place after a C- or D-term (CIF, CFR, CPT, CIP, DAP, DPU, DDP) is where the
goods go; the place after FOB, FCA, FAS or EXW is where they leave, so never a
destination. Payment terms map bank transfer, letter of credit and the rest, in many
languages, to the contract's short forms; a term on a "Payment:" line outranks one
mentioned in passing (a PayPal for the sample fee).
"""

from __future__ import annotations

import re
from functools import cache

import pycountry

from ..document import Candidate, Document, Segment
from .buyer_text import LEFT, RIGHT, commerce_segments, line_around

MAX_CANDIDATES = 10
_CODE = re.compile(
    rf"{LEFT}(?P<code>EXW|FCA|FAS|FOB|CFR|CIF|CPT|CIP|DAP|DPU|DDP|C\s?&\s?F|CNF|C\+F)"
    rf"(?:{RIGHT}|(?=-\d))|{LEFT}(?P<lower>[Ff]ob|[Cc]if|[Ee]xw|[Dd]dp|[Cc]nf){RIGHT}"
)
_WORDS = {
    "EXW": r"ex[\s-]?works?|ex[\s-]?factory|franco\s+f[áa]brica|franco\s+fabbrica|ab\s+werk"
    r"|d[ée]part\s+usine|франко[\s-]завод|工厂交货|工廠交貨|出厂价",
    "FOB": r"free\s+on\s+board|离岸价|ФОБ",
    "CIF": r"cost,?\s+insurance,?\s+(?:and|&)\s+freight|到岸价|СИФ",
    "CFR": r"cost\s+(?:and|&)\s+freight|成本加运费",
    "DDP": r"delivered\s+duty\s+paid",
    "DAP": r"delivered\s+at\s+place",
    "FCA": r"free\s+carrier",
    "CPT": r"carriage\s+paid\s+to",
    "CIP": r"carriage\s+(?:and|&)\s+insurance\s+paid(?:\s+to)?",
    "FAS": r"free\s+alongside\s+ship",
}
_WORD = re.compile(
    "|".join(f"(?P<{code}>{pattern})" for code, pattern in _WORDS.items()), re.IGNORECASE
)
_TERMS_CONTEXT = re.compile(
    r"price|prices|quot\w*|term|terms|incoterms?|basis|precio|preço|preis|цена|услови\w*|"
    r"condi\w+|bedingung\w*|teslim|条款|條款|条件|价格|價格|貿易条件|شروط",
    re.IGNORECASE,
)
# Look-alikes: a Spanish tax id, US federal regulations, the UK Financial Conduct Authority.
_NOT_INCOTERM = re.compile(
    r"CIF\s*[:.]?\s*[A-Z]?-?\d{6}|\b\d+\s*CFR\s*(?:Part\s*)?\d|FCA\s+(?:regulated|authori[sz]ed"
    r"|registered|FRN|number)"
    r"|(?:by|the)\s+FCA\b"
)
_PLACE_LATIN = (
    r"[A-ZÀ-ÞĀ-Ž][\w'’\-]+(?:[ \t]+(?:(?:de|del|da|do|di|la|le|am|an|upon|on|of|al|el|sur)"
    r"[ \t]+)?[A-ZÀ-ÞĀ-Ž][\w'’\-]+){0,3}"
)
_PLACE = (
    rf"(?P<place>{_PLACE_LATIN}|[А-ЯЁ][а-яёА-ЯЁ\-]+(?:[ \t-][А-ЯЁ][а-яёА-ЯЁ\-]+){{0,2}}"
    r"|[\u0621-\u064A]{2,}|[\u3400-\u9fff\u30a0-\u30ff]{2,12})"
    r"(?P<alias>\s?[（(](?:[A-ZÀ-ÞА-ЯЁ\u3400-\u9fff][^()（）\n]{1,28})[)）])?"
)
_PLACE_NEXT = re.compile(rf"[ \t]*{_PLACE_LATIN}")
_AFTER_TERM = re.compile(
    rf"{LEFT}(?:CIF|CFR|CPT|CIP|DAP|DPU|DDP|C\s?&\s?F|CNF)(?:{RIGHT}|(?=[\u3400-\u9fff]))"
    r"[ \t]*[:：]?[ \t]*(?:(?:price|prices|rate|basis)\s+(?:to|for|at)\s+)?(?:port\s+(?:of\s+)?)?"
    rf"{_PLACE}"
)
_LABELLED = re.compile(
    r"(?:(?i:destination(?:\s+port)?|port\s+of\s+(?:destination|discharge|delivery)|discharge\s+port"
    r"|final\s+destination|puerto\s+de\s+destino|destino(?:\s+(?:puerto|a|al))?|porto\s+de\s+destino"
    r"|bestimmungs(?:hafen|ort)|zielhafen|lieferort|порт\s+назначения|пункт\s+назначения"
    r"|место\s+доставки|目的港|目的地|卸货港|卸貨港|仕向港|仕向地|port\s+de\s+destination"
    r"|varış\s+limanı|teslim\s+yeri|ميناء\s+الوصول|ميناء\s+الوجهة|ship\s+to)|\bPOD\b)"
    rf"(?i:\s+(?:is|será|ist|est))?[ \t]*[:：=]?[ \t]*{_PLACE}",
)
_PHRASE = re.compile(
    r"(?i:deliver(?:y|ed)?\s+to|ship(?:ped|ping|ment)?\s+to|lieferung\s+nach|доставка\s+(?:в|до)"
    r"|env[íi]o(?:\s+mar[íi]timo)?\s+a|envio(?:\s+mar[íi]timo)?\s+para"
    rf"|entrega\s+(?:en|em)|livraison\s+à|consegna\s+a)[ \t]+{_PLACE}",
)
_NOT_PLACE = re.compile(
    r"(?:price|prices|port|terms?|incoterms?|basis|please|and|or|the|our|your|any|main|nearest"
    r"|best|usd|eur|gbp|rmb|cny|we|i|us|by|from|in|to|for|with|china|asap|total|payment"
    r"|january|february|march|april|may|june|july|august|september|october|november"
    r"|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|door|warehouse"
    r"|address|site|office|customer|cliente|store|country|city|region|area|market|mr|mrs|ms|dr"
    r"|europe|asia|africa|america|oceania|worldwide)$",
    re.IGNORECASE,
)
# Countries that are one port city: "CIF Singapore" names a destination.
_CITY_STATES = frozenset(
    ("singapore", "hong kong", "macau", "macao", "djibouti", "kuwait", "panama", "monaco")
)
_PAYMENT = {
    "T/T": rf"{LEFT}T/T{RIGHT}|telegraphic\s+transfer|wire\s+transfer|bank\s+(?:transfer|wire)"
    r"|transferencia(?:\s+bancaria)?|transferência(?:\s+bancária)?|überweisung|virement"
    r"|bonifico|przelew\w*|банковск\w+\s+перевод\w*|电汇|電匯|銀行振込|送金|havale"
    r"|تحويل\s+بنكي|حوالة\s+بنكية",
    "L/C": rf"{LEFT}L/C{RIGHT}|letters?\s+of\s+credit|carta\s+de\s+cr[ée]dito"
    r"|crédito\s+documentário|akkreditiv\w*|аккредитив\w*|信用证|信用狀|信用状"
    r"|lettre\s+de\s+crédit|crédit\s+documentaire|akreditif\w*|اعتماد\s+مستندي|akredytyw\w*"
    r"|lettera\s+di\s+credito",
    "D/P": rf"{LEFT}D/P{RIGHT}|documents?\s+against\s+payment|付款交单",
    "D/A": rf"{LEFT}D/A{RIGHT}|documents?\s+against\s+acceptance|承兑交单",
    "PayPal": r"\bpay\s?pal\b",
    "Western Union": r"\bwestern\s+union\b",
    "O/A": rf"{LEFT}O/A{RIGHT}|\bopen\s+account\b",
    "Trade Assurance": r"\btrade\s+assurance\b|信保订单",
}
_PAYMENT_RE = re.compile(
    "|".join(f"(?P<p{i}>{pattern})" for i, pattern in enumerate(_PAYMENT.values())), re.IGNORECASE
)
# Bare "TT" / "LC" only where payment is being talked about.
_BARE_PAYMENT = re.compile(
    rf"(?:(?:pay\w*|by|via|terms?|through)\s+(?:\d+\s?%\s+)?(?:by\s+)?)(?P<code>TT|LC){RIGHT}"
    rf"|{LEFT}(?P<code2>TT|LC)\s+(?:at\s+sight|payment|deposit|in\s+advance|\d+\s?%|usance)"
)
_PAYMENT_LINE = re.compile(
    r"payment|\bpay\b|\bpaid\b|pago|pagamento|zahlung|оплат\w*|付款|支払|ödeme|płatność"
    r"|paiement|الدفع|condiciones\s+de\s+pago|forma\s+de\s+pago",
    re.IGNORECASE,
)
_SAMPLE_FEE = re.compile(r"sample|样品|樣品|サンプル|muestra|muster|образ", re.IGNORECASE)


def find_incoterm(doc: Document) -> list[Candidate]:
    """Incoterms 2020 codes the buyer names, surest (with a price/terms word) first."""
    out = []
    for seg in commerce_segments(doc, signature=True):
        for m in _CODE.finditer(seg.text):
            code = _normalise_code(m["code"] or m["lower"])
            near = seg.text[max(0, m.start() - 25) : m.end() + 25]
            if _NOT_INCOTERM.search(near):
                continue
            place = _AFTER_TERM.match(seg.text, m.start()) or _PLACE_NEXT.match(seg.text, m.end())
            context = _TERMS_CONTEXT.search(near) is not None
            if m["lower"] and not context:
                continue
            confidence = 0.9 if context or place else 0.7
            out.append(_candidate("incoterm", code, seg, m.start(), m.end(), confidence, "code"))
        for m in _WORD.finditer(seg.text):
            code = next(c for c in _WORDS if m[c])
            out.append(_candidate("incoterm", code, seg, m.start(), m.end(), 0.85, "term name"))
    return _ranked(out)


def _normalise_code(code: str) -> str:
    code = re.sub(r"\s", "", code).upper()
    return "CFR" if code in ("C&F", "CNF", "C+F") else code


def find_destination(doc: Document) -> list[Candidate]:
    """Where the goods go: a labelled destination port, the place after a C/D Incoterm,
    "delivery to X"; never the place after FOB/FCA/FAS/EXW (that is the origin)."""
    out = []
    for seg in commerce_segments(doc, signature=True):
        for pattern, confidence, rule in (
            (_LABELLED, 0.9, "labelled destination"),
            (_AFTER_TERM, 0.85, "place after C/D term"),
            (_PHRASE, 0.6, "delivery phrase"),
        ):
            for m in pattern.finditer(seg.text):
                if rule == "place after C/D term" and _NOT_INCOTERM.search(m.group()):
                    continue
                place = _clean_place(m["place"])
                if place is None:
                    continue
                end = m.start("place") + len(place)
                value = place
                if m["alias"] and place == m["place"]:
                    end = m.end("alias")
                    value = " ".join(seg.text[m.start("place") : end].split())
                out.append(
                    _candidate("destination", value, seg, m.start("place"), end, confidence, rule)
                )
    return _ranked(out)


def _clean_place(place: str) -> str | None:
    words = place.split()
    while words and _NOT_PLACE.match(words[-1].strip(".,")):
        words.pop()
    if not words or _NOT_PLACE.match(words[0].strip(".,")) or words[0].isdigit():
        return None
    cleaned = " ".join(words).rstrip(".,")
    if re.fullmatch(r"[A-Z]{3}", cleaned) or len(cleaned) < 2 or _is_country(cleaned):
        return None
    return cleaned


@cache
def _is_country(name: str) -> bool:
    """A country is not a port or city of delivery ("ship to Germany")."""
    if name.upper() in ("USA", "UK", "UAE", "KSA", "EU", "US", "PRC"):
        return True
    if name.lower() in _CITY_STATES:
        return False
    try:
        pycountry.countries.lookup(name)
    except LookupError:
        return False
    return True


def find_payment_terms(doc: Document) -> list[Candidate]:
    """Payment terms in the contract's short forms; a "Payment:" line outranks a mention."""
    out = []
    names = list(_PAYMENT)
    for seg in commerce_segments(doc, signature=True):
        hits = [(m, names[int((m.lastgroup or "p0")[1:])]) for m in _PAYMENT_RE.finditer(seg.text)]
        hits += [
            (m, "T/T" if (m["code"] or m["code2"]) == "TT" else "L/C")
            for m in _BARE_PAYMENT.finditer(seg.text)
        ]
        for m, value in sorted(hits, key=lambda hit: hit[0].start()):
            left, right = line_around(seg.text, m.start(), m.end())
            line = seg.text[left:right]
            clause = re.split(r"[,，;；]", seg.text[left : m.start()])[-1] + m.group()
            confidence = 0.9 if _PAYMENT_LINE.search(line) else 0.7
            if _SAMPLE_FEE.search(clause) or (
                value in ("PayPal", "Western Union") and _SAMPLE_FEE.search(line)
            ):
                confidence = 0.4
            out.append(
                _candidate("payment_terms", value, seg, m.start(), m.end(), confidence, "payment")
            )
    return _ranked(out)


def _candidate(
    field: str, value: str, seg: Segment, start: int, end: int, confidence: float, rule: str
) -> Candidate:
    return Candidate(field, value, seg.evidence(start, end), confidence, rule)


def _ranked(candidates: list[Candidate]) -> list[Candidate]:
    """Surest first; among equals the earliest (subject, then text order)."""
    return sorted(candidates, key=lambda c: -c.confidence)[:MAX_CANDIDATES]

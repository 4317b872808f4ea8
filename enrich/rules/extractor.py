"""The offline rules extractor: runs every finder and picks the buyer's value per field.

Each finder returns candidates with evidence and a confidence; here the best one wins,
with the preferences that make it the *buyer's* value: Reply-To over From, a phone over
a WhatsApp number, a country named by the buyer over one inferred from his phone or
domain. Messages that are not inquiries keep only their category and language.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from ..document import Candidate, Document
from ..lead import Lead, Product
from .category import classify
from .commerce import (
    find_certifications,
    find_deadline,
    find_destination,
    find_incoterm,
    find_payment_terms,
    find_products,
    find_sample_request,
)
from .contacts import (
    country_from_domain,
    country_from_phone,
    find_countries,
    find_emails,
    find_phones,
    find_websites,
)
from .language import detect_language
from .people import find_companies, find_contact_names, find_titles

# Latent needs: what a buyer who writes this may want next (for the communication log).
LATENT_NEEDS = (
    (
        ("oem", "private label", "our logo", "our brand", "custom logo", "贴牌"),
        "private label / OEM packaging",
    ),
    (("distributor", "exclusive", "agency", "sole agent"), "distribution or exclusivity terms"),
    (("spare part", "accessor", "battery", "batteries", "charger"), "spare parts and accessories"),
    (("catalog", "catalogue", "price list", "full range"), "the wider product range"),
    (("certificate", "certification", "test report"), "certification documents"),
)


def _best(candidates: Iterable[Candidate], field: str | None = None) -> Candidate | None:
    pool = [c for c in candidates if field is None or c.field == field]
    return max(pool, key=lambda c: c.confidence) if pool else None


def _take(lead: Lead, field: str, candidate: Candidate | None, value: object = None) -> None:
    if candidate is None:
        return
    setattr(lead, field, candidate.value if value is None else value)
    lead.evidence[field] = [candidate.evidence] if candidate.evidence else []
    lead.confidence[field] = candidate.confidence
    lead.extractor[field] = f"rules:{candidate.rule}"


def document_to_read(doc: Document) -> tuple[Document, bool]:
    """The message to extract from: the forwarded one when a colleague forwards a buyer's
    mail with a short note ("customer wrote to me, please follow up"), else ``doc``.
    Returns it and whether it is the forwarded one."""
    forwarded = doc.forwarded()
    if forwarded is None or len(doc.new_text.strip()) > 600 or find_products(doc):
        return doc, False
    return forwarded, True


def extract_rules(doc: Document, *, reference: date) -> Lead:
    """Return the lead the rules find in ``doc`` (not yet grounded)."""
    verdict = classify(doc)
    language, _ = detect_language(doc)
    lead = Lead(
        category=verdict.category,
        language=language,  # type: ignore[arg-type]
        category_reasons=list(verdict.reasons),
    )
    lead.extractor["category"] = lead.extractor["language"] = "rules"
    if verdict.category != "inquiry":
        return lead

    _take(lead, "email", _best(find_emails(doc)))
    _take(lead, "company_name", _best(find_companies(doc)))
    _take(lead, "contact_name", _best(find_contact_names(doc)))
    _take(lead, "contact_title", _best(find_titles(doc)))
    _take(lead, "website", _best(find_websites(doc)))

    countries = find_countries(doc)
    hints = [c.value for c in sorted(countries, key=lambda c: -c.confidence)]
    domain = (lead.email or "").rpartition("@")[2] or (lead.website or "")
    if domain and (cc := country_from_domain(domain)):
        hints.append(cc)
    phones = find_phones(doc, region_hints=hints)
    phone = _best(phones, "phone") or _best(phones, "whatsapp")
    _take(lead, "phone", phone)

    country = _best(countries)
    if country is not None and country.confidence >= 0.7:
        _take(lead, "country", country)  # labelled, or in the buyer's address or signature
    elif lead.phone and (cc := country_from_phone(lead.phone)):
        lead.country, lead.extractor["country"] = cc, "rules:phone prefix"
        lead.evidence["country"] = lead.evidence.get("phone", [])
        lead.confidence["country"] = 0.5
    elif country is not None and country.confidence >= 0.5:
        _take(lead, "country", country)  # named in the text ("we are a distributor in Peru")
    elif domain and (cc := country_from_domain(domain)):
        lead.country, lead.extractor["country"] = cc, "rules:country-code domain"
        lead.confidence["country"] = 0.4

    products = _without_echoes(find_products(doc))
    if products:
        lead.products = [Product(**c.value) for c in products]
        lead.evidence["products"] = [c.evidence for c in products if c.evidence]
        lead.extractor["products"] = "rules"
    if not _ALTERNATIVE_TERMS.search(doc.live_text()):
        # "EXW or FOB", "both EXW and FOB prices": the buyer has not chosen one; picking
        # one would be a guess.
        _take(lead, "incoterm", _best(find_incoterm(doc)))
    _take(lead, "destination", _best(find_destination(doc)))
    _take(lead, "payment_terms", _best(find_payment_terms(doc)))
    certifications = find_certifications(doc)
    if certifications:
        lead.certifications = list(dict.fromkeys(str(c.value) for c in certifications))
        lead.evidence["certifications"] = [c.evidence for c in certifications if c.evidence]
        lead.extractor["certifications"] = "rules"
    sample = _best(find_sample_request(doc))
    if sample is not None and sample.value:
        _take(lead, "sample_request", sample, True)
    _take(lead, "deadline", _best(find_deadline(doc, reference=reference)))
    lead.needs_summary = needs_summary(lead)
    lead.latent_needs = latent_needs(doc)
    return lead


_TERM = r"(?:EXW|FCA|FAS|FOB|CFR|CNF|C&F|CIF|CPT|CIP|DAP|DPU|DDP)"
_ALTERNATIVE_TERMS = re.compile(
    rf"\b{_TERM}\s*(?:or|and|/|&|o|y|e|ou|et|oder|und|oraz|lub|или|и|veya|ve|或|或者|和|及|및|か)"
    rf"\s*{_TERM}\b"
    rf"|\beither\s+{_TERM}\b"
)


def _without_echoes(products: list[Candidate]) -> list[Candidate]:
    """Drop a product named without a quantity when the buyer itemises it elsewhere.

    Platform notifications repeat the listing's title ("Product: Stainless Steel Gate
    Valve") above the buyer's own itemised request ("SS316 gate valve 4": 120 pcs"); the
    title is not another product.
    """
    counted = [c for c in products if c.value.get("quantity") is not None]
    if not counted:
        return products
    kept: list[Candidate] = []
    for c in products:
        if c.value.get("quantity") is None and any(
            _same_product_family(c.value["name"], other.value["name"]) for other in counted
        ):
            continue
        # The same item twice (the listing's fields, then the buyer's sentence): same
        # quantity and unit, overlapping name.
        if any(
            (k.value.get("quantity"), k.value.get("unit"))
            == (c.value.get("quantity"), c.value.get("unit"))
            and _same_item(c.value["name"], k.value["name"])
            for k in kept
        ):
            continue
        kept.append(c)
    return kept


def _same_product_family(a: str, b: str) -> bool:
    words_a = {w for w in default_process(a).split() if len(w) > 2}
    words_b = {w for w in default_process(b).split() if len(w) > 2}
    return (
        len(words_a & words_b) >= 2 or fuzz.token_set_ratio(a, b, processor=default_process) >= 60
    )


def _stems(name: str) -> set[str]:
    return {w.rstrip("s") for w in default_process(name).split() if len(w) > 2}


def _same_item(a: str, b: str) -> bool:
    """Two names for one item: one's words within the other's ("PP woven bags" and "50kg PP
    Woven Bag for Grain"), or near-identical text (names without spaces, as in Chinese)."""
    words_a, words_b = _stems(a), _stems(b)
    if words_a and words_b and (words_a <= words_b or words_b <= words_a):
        return True
    return fuzz.ratio(a, b, processor=default_process) >= 90


def needs_summary(lead: Lead) -> str | None:
    """One line for the communication log: what the buyer asked for, on which terms."""
    items = []
    for p in lead.products:
        qty = f"{p.quantity:g} {p.unit or ''} ".replace("  ", " ") if p.quantity else ""
        price = f" at {p.target_price:g} {p.currency or ''}/unit".rstrip() if p.target_price else ""
        items.append(f"{qty}{p.name}{price}".strip())
    terms = " ".join(x for x in (lead.incoterm, lead.destination) if x)
    extras = [
        x
        for x in (
            terms,
            lead.payment_terms and f"payment {lead.payment_terms}",
            lead.sample_request and "samples requested",
            lead.certifications and "needs " + ", ".join(lead.certifications),
            lead.deadline and f"by {lead.deadline}",
        )
        if x
    ]
    if not items and not extras:
        return None
    head = ["Asks for " + ", ".join(items)] if items else []
    return "; ".join([*head, *extras])


def latent_needs(doc: Document) -> str | None:
    """What the buyer may want next, from what he mentions; None when nothing suggests it."""
    text = doc.live_text().lower()
    found = [need for words, need in LATENT_NEEDS if any(w in text for w in words)]
    return "; ".join(found) or None

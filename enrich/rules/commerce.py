"""What the buyer wants and on which terms: products, Incoterm, destination, payment
terms, certifications, sample request and deadline, found offline.

Hand written because no offline library does this: NER models know persons and places,
not "2.000 Stück ... Zielpreis 9,80 €", "CIF 巴生港", "L/C一覧払い" or "Образцы пока не
нужны", and the buyers write in a dozen languages. Each finder is a small set of
precompiled patterns (linear, no nested quantifiers over free text) over the segments
that speak for the buyer (subject, new text, signature, attachment texts; never the
quoted history) and returns ``Candidate`` objects whose evidence quotes the exact text
(``segment.evidence(start, end)``), so every value can be shown beside its source. They
lean to precision: a value the text does not state is worse than none.

The finders live in modules of their own and are gathered here:

- ``products``: tables (``product_tables``), labelled blocks, list items and sentences
  (``product_lines``, vocabulary in ``product_words``) -> name, quantity, unit, target
  price, currency; numbers, units and money in ``amounts``;
- ``terms``: Incoterm, destination (the place after a C/D term, never after FOB/EXW),
  payment terms;
- ``certifications``: requested codes (CE, ROHS, SASO, EAC...);
- ``sample_request``: whether samples are asked for (with negation);
- ``deadlines``: the explicit date by which quote or goods are needed;
- ``buyer_text``: which segments speak for the buyer, lines and sentences with offsets.

Signatures are read for Incoterm, destination and payment terms only: a signature's
"ISO 9001 certified", dates and addresses are the writer's, not his requirements.
"""

from __future__ import annotations

from .certifications import find_certifications
from .deadlines import find_deadline
from .products import find_products
from .sample_request import find_sample_request
from .terms import find_destination, find_incoterm, find_payment_terms

__all__ = [
    "find_certifications",
    "find_deadline",
    "find_destination",
    "find_incoterm",
    "find_payment_terms",
    "find_products",
    "find_sample_request",
]

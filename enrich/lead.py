"""``Lead``: the extraction contract (spec/lead-fields.md) with evidence for every value."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

from .document import Evidence

Category = Literal["inquiry", "spam", "phishing", "notification", "other"]
Unit = Literal["pcs", "sets", "kg", "m", "tons", "containers", "cartons", "pairs", "rolls", "boxes"]
INCOTERMS = ("EXW", "FCA", "FAS", "FOB", "CFR", "CIF", "CPT", "CIP", "DAP", "DPU", "DDP")
UNITS: tuple[str, ...] = (
    "pcs",
    "sets",
    "kg",
    "m",
    "tons",
    "containers",
    "cartons",
    "pairs",
    "rolls",
    "boxes",
)
CONTRACT_FIELDS = (
    "category",
    "company_name",
    "contact_name",
    "contact_title",
    "email",
    "phone",
    "country",
    "website",
    "products",
    "incoterm",
    "destination",
    "payment_terms",
    "sample_request",
    "certifications",
    "deadline",
    "language",
)
#: Values that identify a person or company: each must occur in the source text.
GROUNDED_FIELDS = ("company_name", "contact_name", "email", "phone", "website")


class Product(BaseModel):
    name: str
    quantity: float | None = None
    unit: Unit | None = None
    target_price: float | None = None
    currency: str | None = None


class Lead(BaseModel):
    """One inquiry's extracted fields (the contract), plus evidence, confidence, provenance."""

    category: Category = "inquiry"
    company_name: str | None = None
    contact_name: str | None = None
    contact_title: str | None = None
    email: str | None = None
    phone: str | None = None
    country: str | None = None
    website: str | None = None
    products: list[Product] = Field(default_factory=list)
    incoterm: str | None = None
    destination: str | None = None
    payment_terms: str | None = None
    sample_request: bool = False
    certifications: list[str] = Field(default_factory=list)
    deadline: str | None = None
    language: str = "en"

    needs_summary: str | None = None
    latent_needs: str | None = None
    category_reasons: list[str] = Field(default_factory=list)
    evidence: dict[str, list[Evidence]] = Field(default_factory=dict)
    confidence: dict[str, float] = Field(default_factory=dict)
    extractor: dict[str, str] = Field(default_factory=dict)
    flags: list[str] = Field(default_factory=list)

    def contract(self) -> dict[str, Any]:
        """Return exactly the contract's fields, as JSON-ready data."""
        data = self.model_dump(mode="json", include=set(CONTRACT_FIELDS))
        return {name: data[name] for name in CONTRACT_FIELDS}

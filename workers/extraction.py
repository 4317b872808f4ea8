"""Extraction wired to the store and the settings: inquiry -> lead in the review queue."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
from sqlalchemy.orm import Session

from crm_store.models import Inquiry, InquiryStatus
from crm_store.repo.inquiries import set_inquiry_status
from crm_store.repo.leads import store_extracted_lead
from crm_store.repo.llm_cache import StoreLlmCache
from enrich.document import Document
from enrich.extract import Extraction, extract_lead
from enrich.lead import Lead
from enrich.llm import LlmExtractor, load_prompt, make_client
from enrich.rules.contacts import is_free_mail
from enrich.website import WebsiteEnricher
from harvester.model import RawInquiry
from harvester.parse import parse_message
from harvester.reply import split_reply

from . import context
from .exceptions import ConfigError

_llm_clients: dict[tuple[str | None, str, float], Any] = {}


def _close_clients() -> None:
    while _llm_clients:
        _llm_clients.popitem()[1].close()
    while _website_enrichers:
        _website_enrichers.popitem()[1].client.close()


context.on_reset(_close_clients)


def llm_configured() -> bool:
    """True when an LLM endpoint is configured (a model name at least)."""
    return bool(context.settings().llm_model)


def llm_extractor(session: Session | None = None) -> LlmExtractor:
    """Return the configured LLM extractor (client reused per process), cached in the store."""
    s = context.settings()
    if not s.llm_model:
        raise ConfigError(
            "no LLM configured: set TRADELEAD_LLM_MODEL (and "
            "TRADELEAD_LLM_BASE_URL, TRADELEAD_LLM_API_KEY)"
        )
    key = (s.llm_base_url, s.llm_model, s.llm_timeout_seconds)
    if key not in _llm_clients:
        api_key = s.llm_api_key.get_secret_value() if s.llm_api_key else None
        _llm_clients[key] = make_client(
            base_url=s.llm_base_url, api_key=api_key, timeout=s.llm_timeout_seconds
        )
    prompt = load_prompt()
    cache = (
        StoreLlmCache(session, model=s.llm_model, prompt_version=prompt.version)
        if session is not None
        else None
    )
    return LlmExtractor(_llm_clients[key], model=s.llm_model, prompt=prompt, cache=cache)


def extract_stored_inquiry(session: Session, inquiry: Inquiry) -> Extraction | None:
    """Make (or refresh) the lead of a parsed inquiry and mark it processed."""
    if inquiry.parsed is None:
        return None
    doc = Document.from_parsed(inquiry.parsed)
    llm = llm_extractor(session) if llm_configured() else None
    extraction = extract_lead(
        doc, reference=inquiry.received_at.date(), llm=llm, content_key=inquiry.content_hash
    )
    lead = extraction.lead
    website = enrich_from_website(lead) if context.settings().enrich_websites else None
    store_extracted_lead(
        session,
        inquiry_id=inquiry.id,
        fields=lead.contract(),
        evidence={k: [e.model_dump() for e in v] for k, v in lead.evidence.items()},
        flags={
            "flags": lead.flags,
            "category_reasons": lead.category_reasons,
            "confidence": lead.confidence,
            "extractors": lead.extractor,
            "disagreements": extraction.disagreements,
            "website": website,
        },
        extractor=extraction.extractor,
        extractor_version=extraction.version,
        prompt_version=extraction.prompt_version,
        llm_model=extraction.model if extraction.extractor != "rules" else None,
        prompt_tokens=extraction.prompt_tokens,
        completion_tokens=extraction.completion_tokens,
        needs_summary=lead.needs_summary,
        latent_needs=lead.latent_needs,
        owner_id=inquiry.owner_id,
    )
    set_inquiry_status(session, inquiry, InquiryStatus.PROCESSED)
    return extraction


_website_enrichers: dict[float, WebsiteEnricher] = {}


def enrich_from_website(lead: Lead) -> dict[str, Any] | None:
    """Fill a missing company name or country from the buyer's website; return what the
    site said (for the lead's record), or None when there is no site to read."""
    domain = lead.website or (lead.email or "").rpartition("@")[2]
    if not domain or is_free_mail(domain):
        return None
    timeout = context.settings().website_timeout_seconds
    if timeout not in _website_enrichers:
        _website_enrichers[timeout] = WebsiteEnricher(httpx.Client(timeout=timeout))
    info = _website_enrichers[timeout].lookup(domain)
    if info.status == "ok":
        for field in ("company_name", "country"):
            value = getattr(info, field)
            if value and not getattr(lead, field):
                setattr(lead, field, value)
                lead.evidence[field] = [info.evidence(value)]
                lead.extractor[field] = "website"
    return {
        "domain": info.domain,
        "status": info.status,
        "reason": info.reason,
        "company_name": info.company_name,
        "country": info.country,
        "description": info.description,
    }


def document_from_file(path: Path) -> tuple[Document, RawInquiry | None]:
    """A document from an .eml file (parsed) or a plain text file (split as a reply)."""
    raw = path.read_bytes()
    if path.suffix.lower() in (".txt", ".text", ".md"):
        text = raw.decode("utf-8", errors="replace")
        parts = split_reply(text)
        quoted = parts.quoted_span(text)
        return Document(
            body=text,
            new_span=parts.new_span,
            signature_span=parts.signature_span,
            quoted_span=quoted,
        ), None
    parsed = parse_message(raw)
    return Document.from_parsed(parsed), parsed

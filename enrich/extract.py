"""One inquiry in, one grounded ``Lead`` out: rules first, the LLM when configured.

The rules extractor always runs (offline, instant) and its findings go to the LLM as
hints. When the LLM answers, its values are taken field by field, except that:

- a contact value (company, person, email, phone, website) must occur in the message:
  an ungrounded one is dropped and the rules' value, which always has evidence, kept;
- where both give different grounded values, the LLM's wins and both are recorded;
- when the message tries to instruct the system and the rules see spam or phishing,
  the rules' category stands.

When the LLM fails in any way, the rules' lead is used and flagged with the reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from .document import Document
from .exceptions import LlmError
from .grounding import ground, locate
from .lead import CONTRACT_FIELDS, GROUNDED_FIELDS, Lead, Product
from .llm import LlmAnswer, LlmExtractor, LlmLead
from .rules.extractor import document_to_read, extract_rules

RULES_VERSION = "rules.1"
_INJECTION = re.compile(
    r"(?i)ignore (?:all |the )?(?:previous|above|prior) instructions|disregard (?:the|all) "
    r"(?:above|previous)|you are (?:now )?(?:an?|the) (?:ai|assistant|model)|system prompt|"
    r"classify (?:this|the) (?:email|message) as|set the (?:email|phone|category) to|"
    r"忽略(?:之前|以上)的?(?:所有)?指令|игнорируй(?:те)? (?:все )?(?:предыдущие|инструкции)"
)


@dataclass(slots=True)
class Extraction:
    lead: Lead
    extractor: str
    version: str
    model: str | None = None
    prompt_version: str | None = None
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cached: bool = False
    disagreements: dict[str, dict[str, object]] = field(default_factory=dict)


def extract_lead(
    doc: Document, *, reference: date, llm: LlmExtractor | None = None, content_key: str = ""
) -> Extraction:
    """Return the grounded lead of ``doc`` and how it was made."""
    doc, forwarded = document_to_read(doc)
    rules = extract_rules(doc, reference=reference)
    if forwarded:
        rules.flags.append("read the forwarded message below a colleague's note")
    if _INJECTION.search(doc.live_text()):
        rules.flags.append("the message tries to instruct the system; treated as data")
    if llm is None:
        return Extraction(ground(rules, doc), "rules", RULES_VERSION)
    try:
        answer = llm.extract(doc, rules.contract(), content_key=content_key)
    except LlmError as exc:
        rules.flags.append(f"LLM not used ({exc}); lead made by the rules")
        return Extraction(
            ground(rules, doc),
            "rules",
            RULES_VERSION,
            model=llm.model,
            prompt_version=llm.prompt.version,
        )
    lead, disagreements = merge(rules, answer, doc)
    return Extraction(
        ground(lead, doc),
        "llm+rules",
        RULES_VERSION,
        model=answer.model,
        prompt_version=answer.prompt_version,
        prompt_tokens=answer.prompt_tokens,
        completion_tokens=answer.completion_tokens,
        cached=answer.mode == "cache",
        disagreements=disagreements,
    )


def merge(
    rules: Lead, answer: LlmAnswer, doc: Document
) -> tuple[Lead, dict[str, dict[str, object]]]:
    """Combine the rules' lead and the LLM's answer (see the module docstring)."""
    llm: LlmLead = answer.lead
    lead = rules.model_copy(deep=True)
    disagreements: dict[str, dict[str, object]] = {}
    injected = any("instruct the system" in f for f in rules.flags)
    for name in CONTRACT_FIELDS:
        ours, theirs = getattr(rules, name), getattr(llm, name)
        if name == "products":
            theirs = [Product(**p.model_dump()) for p in llm.products]
        if name == "category" and injected and ours in ("spam", "phishing") and theirs != ours:
            disagreements[name] = {"rules": ours, "llm": theirs, "kept": "rules"}
            continue
        if name in GROUNDED_FIELDS and theirs and not locate(name, str(theirs), doc):
            lead.flags.append(f"dropped ungrounded {name} {theirs!r} from llm")
            disagreements[name] = {"rules": ours, "llm": theirs, "kept": "rules"}
            continue
        if _same(ours, theirs):
            lead.extractor[name] = "rules+llm"
            continue
        disagreements[name] = {"rules": _plain(ours), "llm": _plain(theirs), "kept": "llm"}
        setattr(lead, name, theirs)
        lead.extractor[name] = "llm"
        lead.evidence.pop(name, None)
        lead.confidence.pop(name, None)
    lead.needs_summary = llm.needs_summary or rules.needs_summary
    lead.latent_needs = llm.latent_needs or rules.latent_needs
    if lead.category != "inquiry":
        _clear_lead_fields(lead)
    return lead, disagreements


def _same(a: object, b: object) -> bool:
    if isinstance(a, str) and isinstance(b, str):
        return a.casefold().strip() == b.casefold().strip()
    if isinstance(a, list) and isinstance(b, list):
        return [_plain(x) for x in a] == [_plain(x) for x in b]
    return a == b


def _plain(value: object) -> object:
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if hasattr(value, "model_dump"):
        return value.model_dump()
    return value


def _clear_lead_fields(lead: Lead) -> None:
    """Only inquiries carry lead fields (the contract)."""
    for name in CONTRACT_FIELDS:
        if name in ("category", "language"):
            continue
        default = Lead.model_fields[name].get_default(call_default_factory=True)
        setattr(lead, name, default)
        lead.evidence.pop(name, None)

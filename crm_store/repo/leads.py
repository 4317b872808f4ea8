"""Leads in the review queue and the three decisions a rep takes on them.

- **accept**: a new customer (company, contact, communication log entry, requested
  products) is made from the lead's fields;
- **merge**: the lead is added to an existing customer (a new contact only when the
  buyer's email or phone is not known there yet), and the merge is recorded;
- **reject**: spam, phishing or not a buyer; kept with the reason.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..exceptions import Conflict, NotFound, PermissionDenied
from ..models import (
    Channel,
    Company,
    Contact,
    ContactKind,
    ContactPoint,
    Inquiry,
    Interaction,
    Lead,
    LeadStatus,
    MergeHistory,
    RequestedProduct,
    Tier,
    User,
    utcnow,
)
from .access import lead_scope, sees_all
from .audit import record, snapshot
from .companies import E164, EMAIL, add_contact, create_company, get_company


@dataclass(frozen=True, slots=True)
class LeadFilter:
    statuses: tuple[LeadStatus, ...] = ()
    countries: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    text: str | None = None


def create_lead(
    session: Session,
    *,
    inquiry_id: int | None,
    fields: dict[str, Any],
    extractor: str,
    evidence: dict[str, Any] | None = None,
    flags: dict[str, Any] | None = None,
    owner_id: int | None = None,
    **extra: Any,
) -> tuple[Lead, bool]:
    """Store the lead of one inquiry unless it exists; return it and whether it is new."""
    if inquiry_id is not None:
        existing = session.scalar(select(Lead).where(Lead.inquiry_id == inquiry_id))
        if existing is not None:
            return existing, False
    lead = Lead(
        inquiry_id=inquiry_id,
        fields=fields,
        evidence=evidence or {},
        flags=flags or {},
        extractor=extractor,
        owner_id=owner_id,
        category=fields.get("category") or "inquiry",
        company_name=fields.get("company_name"),
        contact_name=fields.get("contact_name"),
        email=(fields.get("email") or None) and str(fields["email"]).lower(),
        country=fields.get("country"),
        **extra,
    )
    try:
        with session.begin_nested():
            session.add(lead)
            session.flush()
    except IntegrityError:
        winner = session.scalar(select(Lead).where(Lead.inquiry_id == inquiry_id))
        if winner is None:
            raise
        return winner, False
    return lead, True


def store_extracted_lead(
    session: Session, *, inquiry_id: int, fields: dict[str, Any], **extra: Any
) -> tuple[Lead, bool]:
    """Create the lead of an inquiry, or refresh it while it still awaits review.

    A lead a rep has decided is never changed by re-extraction. Returns the lead and
    whether it was created (False: refreshed or left alone).
    """
    lead, created = create_lead(session, inquiry_id=inquiry_id, fields=fields, **extra)
    if created or lead.status is not LeadStatus.PENDING_REVIEW:
        return lead, created
    lead.fields = fields
    lead.category = fields.get("category") or "inquiry"
    lead.company_name = fields.get("company_name")
    lead.contact_name = fields.get("contact_name")
    lead.email = (fields.get("email") or None) and str(fields["email"]).lower()
    lead.country = fields.get("country")
    for key, value in extra.items():
        setattr(lead, key, value)
    session.flush()
    return lead, False


def _lead_query(actor: User) -> Select[Any]:
    return select(Lead).outerjoin(Company, Company.id == Lead.company_id).where(lead_scope(actor))


def list_leads(
    session: Session, actor: User, flt: LeadFilter | None = None, *, limit: int | None = None
) -> list[Lead]:
    """Return the leads the actor may see, oldest pending first (the review order)."""
    flt = flt or LeadFilter()
    stmt = _lead_query(actor).order_by(Lead.created_at, Lead.id)
    if flt.statuses:
        stmt = stmt.where(Lead.status.in_(flt.statuses))
    if flt.countries:
        stmt = stmt.where(Lead.country.in_([c.upper() for c in flt.countries]))
    if flt.categories:
        stmt = stmt.where(Lead.category.in_(flt.categories))
    if flt.text:
        pattern = f"%{flt.text.lower()}%"
        stmt = stmt.where(
            func.lower(func.coalesce(Lead.company_name, "")).like(pattern)
            | func.lower(func.coalesce(Lead.contact_name, "")).like(pattern)
            | func.lower(func.coalesce(Lead.email, "")).like(pattern)
        )
    if limit is not None:
        stmt = stmt.limit(limit)
    return list(session.scalars(stmt))


def get_lead(session: Session, actor: User, lead_id: int) -> Lead:
    """Return a visible lead or raise ``NotFound``."""
    lead = session.scalar(_lead_query(actor).where(Lead.id == lead_id))
    if lead is None:
        raise NotFound(f"no lead {lead_id} that {actor.username} can see")
    return lead


def _pending(session: Session, lead: Lead) -> None:
    if lead.status is not LeadStatus.PENDING_REVIEW:
        who = session.get(User, lead.reviewer_id) if lead.reviewer_id else None
        by = f" by {who.username}" if who else ""
        raise Conflict(f"lead {lead.id} was already {lead.status.value}{by}")


def _decide(lead: Lead, actor: User, status: LeadStatus, note: str | None) -> None:
    lead.status = status
    lead.reviewer_id = actor.id
    lead.decided_at = utcnow()
    lead.decision_note = note


def _decimal(value: Any) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


def _channel(inquiry: Inquiry | None) -> Channel:
    source = inquiry.source if inquiry else "email"
    try:
        return Channel(source)
    except ValueError:
        return Channel.OTHER


def _log_interaction(
    session: Session, actor: User, lead: Lead, company: Company, contact: Contact | None
) -> Interaction:
    fields = lead.fields
    products = fields.get("products") or []
    needs = "; ".join(
        " ".join(str(x) for x in (p.get("quantity"), p.get("unit"), p.get("name")) if x)
        for p in products
    )
    interaction = Interaction(
        company_id=company.id,
        contact_id=contact.id if contact else None,
        lead_id=lead.id,
        rep_id=actor.id,
        channel=_channel(lead.inquiry),
        occurred_at=lead.inquiry.received_at if lead.inquiry else lead.created_at,
        summary=lead.needs_summary or (lead.inquiry.subject if lead.inquiry else None),
        explicit_needs=needs or None,
        latent_needs=lead.latent_needs,
    )
    session.add(interaction)
    session.flush()
    for p in products:
        if not p.get("name"):
            continue
        session.add(
            RequestedProduct(
                company_id=company.id,
                lead_id=lead.id,
                interaction_id=interaction.id,
                name=str(p["name"])[:300],
                quantity=_decimal(p.get("quantity")),
                unit=p.get("unit"),
                target_price=_decimal(p.get("target_price")),
                currency=p.get("currency"),
            )
        )
    session.flush()
    return interaction


def _contact_values(fields: dict[str, Any]) -> tuple[list[str], list[str]]:
    email = (fields.get("email") or "").strip().lower()
    phone = (fields.get("phone") or "").strip()
    return ([email] if EMAIL.match(email) else []), ([phone] if E164.match(phone) else [])


def accept_lead(
    session: Session,
    actor: User,
    lead_id: int,
    *,
    owner_id: int | None = None,
    note: str | None = None,
) -> Company:
    """Make a new customer from a pending lead and return the company."""
    lead = get_lead(session, actor, lead_id)
    _pending(session, lead)
    f = lead.fields
    emails, phones = _contact_values(f)
    name = f.get("company_name") or f.get("contact_name") or (emails[0] if emails else None)
    if not name:
        raise Conflict(f"lead {lead.id} has no company, contact or email to make a customer of")
    if owner_id is None:
        owner_id = lead.owner_id if sees_all(actor) else actor.id
    company = create_company(
        session,
        actor,
        name=name,
        country=f.get("country"),
        website_domain=f.get("website"),
        tier=Tier.POTENTIAL,
        source=lead.inquiry.source if lead.inquiry else "lead",
        owner_id=owner_id,
    )
    contact = None
    if f.get("contact_name") or emails or phones:
        contact = add_contact(
            session,
            actor,
            company.id,
            name=f.get("contact_name") or (emails[0].split("@")[0] if emails else name),
            title=f.get("contact_title"),
            language=f.get("language"),
            is_primary=True,
            emails=emails,
            phones=phones,
        )
    _log_interaction(session, actor, lead, company, contact)
    before = snapshot(lead, ["status", "company_id"])
    lead.company_id = company.id
    _decide(lead, actor, LeadStatus.ACCEPTED, note)
    session.flush()
    record(
        session,
        actor,
        "lead.accept",
        lead,
        before=before,
        after=snapshot(lead, ["status", "company_id"]),
    )
    return company


def _find_contact(company: Company, emails: list[str], phones: list[str]) -> Contact | None:
    wanted = {(ContactKind.EMAIL, e) for e in emails} | {(ContactKind.PHONE, p) for p in phones}
    for contact in company.contacts:
        if any((p.kind, p.value) in wanted for p in contact.points):
            return contact
    return None


def merge_lead(
    session: Session, actor: User, lead_id: int, company_id: int, *, note: str | None = None
) -> Company:
    """Add a pending lead to an existing customer the actor may see; return the company."""
    lead = get_lead(session, actor, lead_id)
    _pending(session, lead)
    company = get_company(session, actor, company_id)
    f = lead.fields
    emails, phones = _contact_values(f)
    contact = _find_contact(company, emails, phones)
    created_contact = None
    if contact is None and (f.get("contact_name") or emails or phones):
        contact = created_contact = add_contact(
            session,
            actor,
            company.id,
            name=f.get("contact_name") or (emails[0].split("@")[0] if emails else company.name),
            title=f.get("contact_title"),
            language=f.get("language"),
            emails=emails,
            phones=phones,
        )
    elif contact is not None:
        known = {p.value for p in contact.points}
        contact.points.extend(
            ContactPoint(kind=k, value=v)
            for k, values in ((ContactKind.EMAIL, emails), (ContactKind.PHONE, phones))
            for v in values
            if v not in known
        )
    interaction = _log_interaction(session, actor, lead, company, contact)
    before = snapshot(lead, ["status", "company_id"])
    lead.company_id = company.id
    _decide(lead, actor, LeadStatus.MERGED, note)
    session.add(
        MergeHistory(
            entity="lead",
            survivor_id=company.id,
            lead_id=lead.id,
            actor_id=actor.id,
            reasons={"note": note} if note else {},
            snapshot={
                "created_contact_id": created_contact.id if created_contact else None,
                "interaction_id": interaction.id,
                "lead_before": before,
            },
        )
    )
    session.flush()
    record(
        session,
        actor,
        "lead.merge",
        lead,
        before=before,
        after=snapshot(lead, ["status", "company_id"]),
    )
    return company


def reject_lead(session: Session, actor: User, lead_id: int, *, note: str | None = None) -> Lead:
    """Reject a pending lead (spam, phishing, not a buyer) and return it."""
    lead = get_lead(session, actor, lead_id)
    _pending(session, lead)
    before = snapshot(lead, ["status"])
    _decide(lead, actor, LeadStatus.REJECTED, note)
    session.flush()
    record(session, actor, "lead.reject", lead, before=before, after=snapshot(lead, ["status"]))
    return lead


def assign_lead(session: Session, actor: User, lead_id: int, owner_id: int) -> Lead:
    """Give a lead to a rep (managers and admins only) and return it."""
    if not sees_all(actor):
        raise PermissionDenied("only a manager can assign leads")
    lead = get_lead(session, actor, lead_id)
    if session.get(User, owner_id) is None:
        raise NotFound(f"no user with id {owner_id}")
    before = snapshot(lead, ["owner_id"])
    lead.owner_id = owner_id
    session.flush()
    record(session, actor, "lead.assign", lead, before=before, after={"owner_id": owner_id})
    return lead

"""Companies and their contacts, seen through the acting user's scope."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, func, insert, select
from sqlalchemy.orm import Session, aliased, selectinload

from ..exceptions import Conflict, NotFound, PermissionDenied
from ..models import (
    AuditLog,
    Company,
    CompanyStatus,
    Contact,
    ContactKind,
    ContactPoint,
    Order,
    Tier,
    User,
)
from .access import company_scope, sees_all
from .audit import apply_changes, record, snapshot

E164 = re.compile(r"^\+[1-9]\d{6,14}$")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")

#: Company fields a user may set through ``create_company`` / ``update_company``.
EDITABLE_COMPANY_FIELDS = frozenset(
    {
        "name",
        "name_native",
        "name_en",
        "legal_form",
        "industry",
        "founded_year",
        "employees",
        "annual_revenue",
        "revenue_currency",
        "country",
        "city",
        "address",
        "website_domain",
        "tier",
        "status",
        "owner_id",
        "source",
        "custom_fields",
        "notes",
    }
)

SORT_KEYS = ("name", "country", "tier", "owner", "last_order", "created")


@dataclass(frozen=True, slots=True)
class CompanyFilter:
    """Filters of the customer list; every given one must hold."""

    countries: tuple[str, ...] = ()
    tiers: tuple[Tier, ...] = ()
    statuses: tuple[CompanyStatus, ...] = ()
    owner: str | None = None
    name_contains: str | None = None
    last_order_before: date | None = None
    last_order_after: date | None = None


def last_order_subquery() -> Any:
    """Return the correlated ``max(order_date)`` of the company in the outer query."""
    return (
        select(func.max(Order.order_date))
        .where(Order.company_id == Company.id)
        .correlate(Company)
        .scalar_subquery()
    )


def _company_listing(actor: User, flt: CompanyFilter, sort: str) -> Select[Any]:
    owner = aliased(User)
    narrowed = not sees_all(actor) or any(
        (flt.countries, flt.tiers, flt.statuses, flt.owner, flt.name_contains)
    )
    if (
        flt.last_order_before
        or flt.last_order_after
        or (sort.lstrip("-") == "last_order" and not narrowed)
    ):
        # Filtering on the last order, or sorting all companies by it, needs every
        # company's value: one grouped pass over orders beats a correlated lookup per
        # company (2-4x at 100k companies, bench/store.py).
        grouped = (
            select(Order.company_id, func.max(Order.order_date).label("last_order"))
            .group_by(Order.company_id)
            .subquery()
        )
        last_order = grouped.c.last_order
        stmt = select(Company, last_order, owner.username.label("owner")).outerjoin(
            grouped, grouped.c.company_id == Company.id
        )
    else:
        # Otherwise only the page's (or the narrowed set's) companies need a lookup.
        last_order = last_order_subquery().label("last_order")
        stmt = select(Company, last_order, owner.username.label("owner"))
    stmt = stmt.outerjoin(owner, owner.id == Company.owner_id).where(company_scope(actor))
    if flt.countries:
        stmt = stmt.where(Company.country.in_([c.upper() for c in flt.countries]))
    if flt.tiers:
        stmt = stmt.where(Company.tier.in_(flt.tiers))
    if flt.statuses:
        stmt = stmt.where(Company.status.in_(flt.statuses))
    if flt.owner:
        stmt = stmt.where(owner.username == flt.owner.lower())
    if flt.name_contains:
        pattern = f"%{flt.name_contains.lower()}%"
        stmt = stmt.where(
            func.lower(Company.name).like(pattern)
            | func.lower(func.coalesce(Company.name_en, "")).like(pattern)
            | func.coalesce(Company.name_native, "").like(f"%{flt.name_contains}%")
        )
    if flt.last_order_before:
        stmt = stmt.where(last_order < flt.last_order_before)
    if flt.last_order_after:
        stmt = stmt.where(last_order >= flt.last_order_after)
    descending = sort.startswith("-")
    key = sort.lstrip("-")
    columns = {
        "name": func.lower(Company.name),
        "country": Company.country,
        "tier": Company.tier,
        "owner": owner.username,
        "last_order": last_order,
        "created": Company.created_at,
    }
    if key not in columns:
        raise Conflict(f"cannot sort by {key!r}; choose one of {', '.join(SORT_KEYS)}")
    column = columns[key]
    ordering = column.desc().nulls_last() if descending else column.asc().nulls_last()
    return stmt.order_by(ordering, Company.id)


def list_companies(
    session: Session,
    actor: User,
    flt: CompanyFilter | None = None,
    *,
    sort: str = "name",
    limit: int | None = None,
) -> list[tuple[Company, date | None, str | None]]:
    """Return ``(company, last order date, owner username)`` rows the actor may see."""
    stmt = _company_listing(actor, flt or CompanyFilter(), sort)
    if limit is not None:
        stmt = stmt.limit(limit)
    return [(row[0], row[1], row[2]) for row in session.execute(stmt)]


def count_companies(session: Session, actor: User, flt: CompanyFilter | None = None) -> int:
    """Return how many companies match, within the actor's scope."""
    inner = _company_listing(actor, flt or CompanyFilter(), "name").order_by(None).subquery()
    return session.scalar(select(func.count()).select_from(inner)) or 0


def get_company(session: Session, actor: User, company_id: int) -> Company:
    """Return the company, with contacts loaded, or raise ``NotFound`` if not visible."""
    company = session.scalar(
        select(Company)
        .options(selectinload(Company.contacts).selectinload(Contact.points))
        .where(Company.id == company_id, company_scope(actor))
    )
    if company is None:
        raise NotFound(f"no company {company_id} that {actor.username} can see")
    return company


def _check_owner_change(session: Session, actor: User, owner_id: int | None) -> None:
    if sees_all(actor):
        if owner_id is not None and session.get(User, owner_id) is None:
            raise NotFound(f"no user with id {owner_id}")
        return
    if owner_id != actor.id:
        raise PermissionDenied("a rep cannot give a company to someone else; ask a manager")


def _clean_company_fields(fields: dict[str, Any]) -> dict[str, Any]:
    unknown = set(fields) - EDITABLE_COMPANY_FIELDS
    if unknown:
        raise Conflict(f"unknown company field(s): {', '.join(sorted(unknown))}")
    if "country" in fields and fields["country"] is not None:
        country = str(fields["country"]).upper()
        if not re.fullmatch(r"[A-Z]{2}", country):
            raise Conflict(f"country must be an ISO 3166-1 alpha-2 code, not {country!r}")
        fields["country"] = country
    if "tier" in fields:
        fields["tier"] = Tier(fields["tier"])
    if "status" in fields:
        fields["status"] = CompanyStatus(fields["status"])
    return fields


def create_company(session: Session, actor: User, **fields: Any) -> Company:
    """Create a company (owned by the acting rep unless a manager says otherwise)."""
    fields = _clean_company_fields(fields)
    fields.setdefault("owner_id", None if sees_all(actor) else actor.id)
    _check_owner_change(session, actor, fields["owner_id"])
    company = Company(**fields)
    session.add(company)
    session.flush()
    record(session, actor, "company.create", company, after=snapshot(company))
    return company


def bulk_insert_companies(
    session: Session, actor: User, rows: list[dict[str, Any]], *, batch: int = 5000
) -> int:
    """Insert many companies at once (imports); audited as one entry; return the count.

    Rows are validated like ``create_company``; a rep's rows are owned by him.
    """
    cleaned = []
    for row in rows:
        fields = _clean_company_fields(dict(row))
        fields.setdefault("owner_id", None if sees_all(actor) else actor.id)
        if not sees_all(actor) and fields["owner_id"] != actor.id:
            raise PermissionDenied("a rep cannot import companies for someone else")
        fields.setdefault("custom_fields", {})
        cleaned.append(fields)
    for start in range(0, len(cleaned), batch):
        session.execute(insert(Company), cleaned[start : start + batch])
    session.add(
        AuditLog(
            actor_id=actor.id,
            action="company.bulk_create",
            entity="companies",
            after={"count": len(cleaned)},
        )
    )
    session.flush()
    return len(cleaned)


def update_company(session: Session, actor: User, company_id: int, **changes: Any) -> Company:
    """Apply ``changes`` to a visible company, audited, and return it."""
    company = get_company(session, actor, company_id)
    changes = _clean_company_fields(changes)
    if "owner_id" in changes:
        _check_owner_change(session, actor, changes["owner_id"])
    apply_changes(session, actor, "company.update", company, changes)
    return company


def list_contacts(session: Session, actor: User, company_id: int | None = None) -> list[Contact]:
    """Return the contacts of the companies the actor may see (optionally of one company)."""
    stmt = (
        select(Contact)
        .join(Company, Company.id == Contact.company_id)
        .options(selectinload(Contact.points))
        .where(company_scope(actor))
        .order_by(Contact.company_id, Contact.id)
    )
    if company_id is not None:
        stmt = stmt.where(Contact.company_id == company_id)
    return list(session.scalars(stmt))


def get_contact(session: Session, actor: User, contact_id: int) -> Contact:
    """Return a contact of a visible company or raise ``NotFound``."""
    contact = session.scalar(
        select(Contact)
        .join(Company, Company.id == Contact.company_id)
        .options(selectinload(Contact.points))
        .where(Contact.id == contact_id, company_scope(actor))
    )
    if contact is None:
        raise NotFound(f"no contact {contact_id} that {actor.username} can see")
    return contact


def _points(kind: ContactKind, values: Iterable[str]) -> list[ContactPoint]:
    points = []
    for raw in values:
        value = raw.strip()
        if kind is ContactKind.EMAIL:
            value = value.lower()
            if not EMAIL.match(value):
                raise Conflict(f"{raw!r} is not an email address")
        elif kind in (ContactKind.PHONE, ContactKind.WHATSAPP) and not E164.match(value):
            raise Conflict(f"{raw!r} is not an E.164 phone number (like +46701234567)")
        points.append(ContactPoint(kind=kind, value=value))
    return points


def add_contact(
    session: Session,
    actor: User,
    company_id: int,
    *,
    name: str,
    emails: Iterable[str] = (),
    phones: Iterable[str] = (),
    whatsapp: Iterable[str] = (),
    wechat: Iterable[str] = (),
    skype: Iterable[str] = (),
    **fields: Any,
) -> Contact:
    """Add a contact to a visible company and return it."""
    company = get_company(session, actor, company_id)
    contact = Contact(company=company, name=name, **fields)
    for kind, values in (
        (ContactKind.EMAIL, emails),
        (ContactKind.PHONE, phones),
        (ContactKind.WHATSAPP, whatsapp),
        (ContactKind.WECHAT, wechat),
        (ContactKind.SKYPE, skype),
    ):
        contact.points.extend(_points(kind, dict.fromkeys(values)))
    session.add(contact)
    session.flush()
    after = snapshot(contact) | {"points": [[p.kind.value, p.value] for p in contact.points]}
    record(session, actor, "contact.create", contact, after=after)
    return contact


def update_contact(session: Session, actor: User, contact_id: int, **changes: Any) -> Contact:
    """Change name, title, birthday or language of a visible contact and return it."""
    allowed = {"name", "title", "birthday", "language", "is_primary"}
    if set(changes) - allowed:
        raise Conflict(f"unknown contact field(s): {', '.join(sorted(set(changes) - allowed))}")
    contact = get_contact(session, actor, contact_id)
    apply_changes(session, actor, "contact.update", contact, changes)
    return contact

"""The embedded demo: a fresh SQLite database with demo users, about 200 customers with
years of orders, and the bundled sample mailbox harvested through the queue spine.

Idempotent: run again on the same folder, it adds nothing and reports the same counts.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crm_store import migrate
from crm_store.engine import transaction
from crm_store.models import (
    Company,
    Contact,
    Inquiry,
    Lead,
    Order,
    Payment,
    Role,
    User,
)
from crm_store.repo.users import count_users, create_user

from . import context
from .demo_data import populate_customers
from .harvesting import HarvestReport, harvest_messages, scan_paths

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "inquiries"
DEMO_PASSWORD = "demo"
DEMO_USERS = (
    ("admin", Role.ADMIN, "Admin"),
    ("mei", Role.MANAGER, "Mei Chen"),
    ("anna", Role.REP, "Anna Zhou"),
    ("kevin", Role.REP, "Kevin Li"),
)


@dataclass(slots=True)
class DemoSummary:
    database_url: str
    seeded_now: bool
    harvest: HarvestReport
    counts: dict[str, int] = field(default_factory=dict)
    tiers: dict[str, int] = field(default_factory=dict)
    inquiry_status: dict[str, int] = field(default_factory=dict)
    platforms: dict[str, int] = field(default_factory=dict)
    leads: dict[str, int] = field(default_factory=dict)
    lead_rows: list[dict[str, object]] = field(default_factory=list)
    upcoming_birthdays: list[str] = field(default_factory=list)


def _count(session: Session, column: object) -> int:
    return session.scalar(select(func.count(column))) or 0  # type: ignore[arg-type]


def _summarise(session: Session, summary: DemoSummary, today: date) -> None:
    summary.counts = {
        "users": _count(session, User.id),
        "companies": _count(session, Company.id),
        "contacts": _count(session, Contact.id),
        "orders": _count(session, Order.id),
        "overdue payments": session.scalar(
            select(func.count(Payment.id)).where(
                Payment.paid_at.is_(None), Payment.due_date < today
            )
        )
        or 0,
        "inquiries": _count(session, Inquiry.id),
    }
    summary.tiers = {
        t.value: n
        for t, n in session.execute(select(Company.tier, func.count()).group_by(Company.tier))
    }
    summary.platforms = {
        str(p): n
        for p, n in session.execute(
            select(Inquiry.platform, func.count())
            .where(Inquiry.platform.is_not(None))
            .group_by(Inquiry.platform)
        )
    }
    summary.leads = {
        str(c): n
        for c, n in session.execute(select(Lead.category, func.count()).group_by(Lead.category))
    }
    summary.lead_rows = [
        {
            "id": lead.id,
            "company": lead.company_name,
            "contact": lead.contact_name,
            "country": lead.country,
            "products": "; ".join(str(p.get("name")) for p in lead.fields.get("products") or []),
            "extractor": lead.extractor,
        }
        for lead in session.scalars(
            select(Lead).where(Lead.category == "inquiry").order_by(Lead.id).limit(12)
        )
    ]
    summary.inquiry_status = {
        s.value: n
        for s, n in session.execute(select(Inquiry.status, func.count()).group_by(Inquiry.status))
    }
    soon = {(today + timedelta(days=d)).strftime("%m-%d") for d in range(15)}
    upcoming = [
        (c.birthday.strftime("%m-%d"), c.name)
        for c in session.scalars(select(Contact).where(Contact.birthday.is_not(None)))
        if c.birthday and c.birthday.strftime("%m-%d") in soon
    ]
    # Sorted by days from today, so a new year's birthdays come after December's.
    order = {(today + timedelta(days=d)).strftime("%m-%d"): d for d in range(15)}
    summary.upcoming_birthdays = [
        f"{name} (in {order[md]} days)" for md, name in sorted(upcoming, key=lambda x: order[x[0]])
    ]


def run_demo(
    folder: Path, *, fresh: bool = False, samples: Path = SAMPLES, today: date | None = None
) -> DemoSummary:
    """Build (or reuse) the demo database in ``folder`` and return what is in it."""
    today = today or date.today()
    folder = folder.expanduser().resolve()
    if fresh and folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True, exist_ok=True)
    url = f"sqlite:///{folder / 'tradelead.db'}"
    os.environ["TRADELEAD_DATABASE_URL"] = url
    # The demo always runs inline: no Redis, no worker, one process.
    context.configure(database_url=url, redis_url=None)
    engine = context.engine()
    migrate.upgrade(engine)
    seeded_now = False
    with transaction(context.sessions()) as session:
        if not count_users(session):
            admin = None
            for username, role, name in DEMO_USERS:
                created = create_user(
                    session,
                    admin,
                    username=username,
                    role=role,
                    full_name=name,
                    password=DEMO_PASSWORD,
                    email=f"{username}@everbright-tools.cn",
                )
                admin = admin or created
        if not _count(session, Company.id):
            reps = list(
                session.scalars(select(User).where(User.role == Role.REP).order_by(User.id))
            )
            populate_customers(session, owners=reps, today=today)
            seeded_now = True
    messages, _skipped = scan_paths([samples])
    report = harvest_messages(messages)
    summary = DemoSummary(database_url=url, seeded_now=seeded_now, harvest=report)
    with transaction(context.sessions()) as session:
        _summarise(session, summary, today)
    return summary

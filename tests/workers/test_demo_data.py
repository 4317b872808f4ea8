"""The demo customers: the same seed and day give the same data, the data looks like a real
exporter's customer table, and seeding is fast enough for the demo to feel instant."""

from __future__ import annotations

import re
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import create_engine, event, func, select
from sqlalchemy.orm import Session, selectinload

from crm_store.models import (
    Base,
    Company,
    CompanyStatus,
    Contact,
    ContactKind,
    ContactPoint,
    CreditAssessment,
    Interaction,
    Order,
    OrderLine,
    Payment,
    Role,
    Tier,
    User,
)
from workers.demo_data import DemoCounts, populate_customers

TODAY = date(2026, 11, 28)
E164 = re.compile(r"^\+[1-9]\d{6,14}$")
NON_LATIN_MARKETS = {"RU", "JP", "KR", "AE", "SA", "EG", "TH", "HK"}


@dataclass
class Seeded:
    session: Session
    reps: list[User]
    counts: DemoCounts
    seconds: float


def _foreign_keys_on(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.execute("PRAGMA foreign_keys=ON")


def _seed(**kwargs: Any) -> Seeded:
    """Populate a fresh in-memory database with two reps and the demo customers."""
    engine = create_engine("sqlite://")
    event.listen(engine, "connect", _foreign_keys_on)
    Base.metadata.create_all(engine)
    session = Session(engine)
    reps = [User(username="anna", role=Role.REP), User(username="kevin", role=Role.REP)]
    session.add_all(reps)
    session.flush()
    start = time.perf_counter()
    counts = populate_customers(session, owners=reps, today=TODAY, **kwargs)
    return Seeded(session, reps, counts, time.perf_counter() - start)


@pytest.fixture(scope="module")
def seeded() -> Iterator[Seeded]:
    result = _seed()
    yield result
    result.session.close()


def _snapshot(session: Session) -> list[list[tuple[Any, ...]]]:
    """Every generated table's rows that matter, in id order."""
    queries = [
        select(
            Company.id,
            Company.name,
            Company.country,
            Company.tier,
            Company.owner_id,
            Company.website_domain,
            Company.annual_revenue,
            Company.created_at,
        ),
        select(Contact.id, Contact.company_id, Contact.name, Contact.birthday),
        select(ContactPoint.id, ContactPoint.contact_id, ContactPoint.kind, ContactPoint.value),
        select(
            Order.id,
            Order.company_id,
            Order.number,
            Order.order_date,
            Order.amount,
            Order.due_date,
            Order.delivered_on,
        ),
        select(
            OrderLine.id, OrderLine.order_id, OrderLine.sku, OrderLine.quantity, OrderLine.amount
        ),
        select(Payment.id, Payment.order_id, Payment.amount, Payment.due_date, Payment.paid_at),
        select(
            CreditAssessment.id,
            CreditAssessment.company_id,
            CreditAssessment.rating,
            CreditAssessment.credit_limit,
        ),
        select(
            Interaction.id, Interaction.company_id, Interaction.occurred_at, Interaction.summary
        ),
    ]
    return [
        [tuple(row) for row in session.execute(q.order_by(q.selected_columns[0]))] for q in queries
    ]


def test_same_seed_and_day_give_identical_data(seeded: Seeded) -> None:
    again = _seed()
    try:
        assert again.counts == seeded.counts
        assert _snapshot(again.session) == _snapshot(seeded.session)
    finally:
        again.session.close()


def test_another_seed_gives_other_customers() -> None:
    one, other = _seed(seed=1, n_companies=15), _seed(seed=2, n_companies=15)
    names = [
        list(s.session.scalars(select(Company.name).order_by(Company.id))) for s in (one, other)
    ]
    assert len(names[0]) == 15
    assert names[0] != names[1]


def test_flushes_but_never_commits() -> None:
    result = _seed(n_companies=10)
    assert result.session.scalar(select(func.count(Company.id))) == 10
    result.session.rollback()
    assert result.session.scalar(select(func.count(Company.id))) == 0


def test_counts_are_sane_and_match_the_database(seeded: Seeded) -> None:
    counts, session = seeded.counts, seeded.session
    assert counts.companies == 200
    assert 200 <= counts.contacts <= 600
    assert counts.orders >= 1500
    assert counts.orders < counts.order_lines <= 4 * counts.orders
    assert counts.orders < counts.payments <= 2 * counts.orders
    assert 5 <= counts.overdue_payments <= 10
    assert 50 <= counts.credit_assessments <= 140
    assert 200 <= counts.interactions <= 1000
    for model, expected in [
        (Company, counts.companies),
        (Contact, counts.contacts),
        (Order, counts.orders),
        (OrderLine, counts.order_lines),
        (Payment, counts.payments),
        (CreditAssessment, counts.credit_assessments),
        (Interaction, counts.interactions),
    ]:
        assert session.scalar(select(func.count()).select_from(model)) == expected


def test_tiers_statuses_and_owners_are_spread(seeded: Seeded) -> None:
    companies = list(seeded.session.scalars(select(Company)))
    tiers = Counter(c.tier for c in companies)
    assert tiers == {Tier.VIP: 10, Tier.KEY: 30, Tier.ORDINARY: 100, Tier.POTENTIAL: 60}
    statuses = Counter(c.status for c in companies)
    assert statuses[CompanyStatus.BLACKLISTED] == 2
    assert 5 <= statuses[CompanyStatus.DORMANT] <= 25
    owners = Counter(c.owner_id for c in companies)
    assert all(owners[rep.id] >= 70 for rep in seeded.reps)
    assert owners[None] <= 20
    assert len({c.country for c in companies}) >= 20


def test_prospects_have_no_orders_and_dormant_buyers_none_for_a_year(seeded: Seeded) -> None:
    last_order = dict(
        seeded.session.execute(
            select(Order.company_id, func.max(Order.order_date)).group_by(Order.company_id)
        ).all()
    )
    for company in seeded.session.scalars(select(Company)):
        if company.tier is Tier.POTENTIAL:
            assert company.id not in last_order
        elif company.status is CompanyStatus.DORMANT:
            assert last_order[company.id] < TODAY - timedelta(days=365)
        elif company.status is CompanyStatus.BLACKLISTED:
            assert last_order[company.id] < TODAY - timedelta(days=180)
        else:
            assert last_order[company.id] > TODAY - timedelta(days=200)


def test_phones_are_e164_and_emails_lower_case(seeded: Seeded) -> None:
    points = list(seeded.session.scalars(select(ContactPoint)))
    phones = [p.value for p in points if p.kind in (ContactKind.PHONE, ContactKind.WHATSAPP)]
    emails = [p.value for p in points if p.kind is ContactKind.EMAIL]
    assert len(phones) >= 200
    assert [p for p in phones if not E164.match(p)] == []
    assert len(emails) == seeded.counts.contacts
    assert [e for e in emails if e != e.lower() or not e.isascii() or e.count("@") != 1] == []
    assert len(set(emails)) == len(emails)


def test_each_company_has_one_primary_contact_and_native_names_where_needed(
    seeded: Seeded,
) -> None:
    companies = seeded.session.scalars(select(Company).options(selectinload(Company.contacts)))
    for company in companies:
        assert [c.is_primary for c in company.contacts].count(True) == 1
        if company.country in NON_LATIN_MARKETS:
            assert company.name_native and not company.name_native.isascii()
        assert company.legal_form and company.website_domain


def test_every_order_amount_is_the_sum_of_its_lines_and_of_its_payments(seeded: Seeded) -> None:
    orders = seeded.session.scalars(
        select(Order).options(selectinload(Order.lines), selectinload(Order.payments))
    )
    for order in orders:
        assert 1 <= len(order.lines) <= 4
        assert order.amount == sum(line.amount for line in order.lines)
        assert order.amount == sum(payment.amount for payment in order.payments)
        assert order.order_date <= TODAY
        assert re.fullmatch(rf"EB-{order.order_date.year}-\d{{5}}", order.number)


def test_a_handful_of_recent_payments_are_overdue(seeded: Seeded) -> None:
    overdue = list(
        seeded.session.scalars(
            select(Payment).where(Payment.paid_at.is_(None), Payment.due_date < TODAY)
        )
    )
    assert len(overdue) == seeded.counts.overdue_payments
    assert all(p.due_date >= TODAY - timedelta(days=90) for p in overdue)
    last_paid = seeded.session.scalar(select(func.max(Payment.paid_at)))
    assert last_paid is not None and last_paid.date() < TODAY


def test_some_birthdays_fall_in_the_next_two_weeks(seeded: Seeded) -> None:
    soon = {(TODAY + timedelta(days=d)).strftime("%m-%d") for d in range(1, 15)}
    birthdays = [
        c.birthday
        for c in seeded.session.scalars(select(Contact).where(Contact.birthday.is_not(None)))
    ]
    assert 0.3 * seeded.counts.contacts <= len(birthdays) <= 0.5 * seeded.counts.contacts
    assert sum(1 for b in birthdays if b and b.strftime("%m-%d") in soon) >= 5

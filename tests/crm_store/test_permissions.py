"""A rep sees and changes only his own customers; managers see all; admins manage users.

Every repository function that reads or changes a company, contact, order, payment,
credit assessment, lead or inquiry is tried by the wrong rep, on SQLite and PostgreSQL.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from crm_store.exceptions import NotFound, PermissionDenied
from crm_store.models import Company, Contact, Inquiry, Lead, Order, Role
from crm_store.repo import companies, inquiries, leads, orders, users
from tests.conftest import People


@dataclass
class Book:
    """Each rep's company with a contact, an order with a payment, a lead and an inquiry."""

    company: Company
    contact: Contact
    order: Order
    lead: Lead
    inquiry: Inquiry


def _book(session: Session, people: People, rep_name: str, n: int) -> Book:
    rep = getattr(people, rep_name)
    company = companies.create_company(
        session, rep, name=f"{rep_name.title()} Buyer GmbH", country="DE"
    )
    contact = companies.add_contact(
        session,
        rep,
        company.id,
        name=f"Buyer {n}",
        emails=[f"b{n}@buyer{n}.de"],
        phones=[f"+4930123456{n}"],
    )
    order = orders.add_order(
        session,
        rep,
        company.id,
        number=f"EB-{n}",
        order_date=date(2026, 1, n),
        amount=Decimal("1000.00"),
        currency="USD",
        incoterm="FOB",
        payments=[{"amount": Decimal("1000.00"), "currency": "USD", "due_date": date(2026, 2, n)}],
    )
    orders.add_credit_assessment(session, rep, company.id, rating="B", source="internal")
    stored = inquiries.store_inquiry(
        session,
        source="email",
        natural_ref=f"<m{n}@x>",
        raw=f"Subject: {n}\n\nhi".encode(),
        received_at=datetime(2026, 11, 1, tzinfo=UTC),
        owner_id=rep.id,
    )
    lead, _ = leads.create_lead(
        session,
        inquiry_id=stored.inquiry.id,
        extractor="rules",
        owner_id=rep.id,
        fields={"company_name": f"New {n} Ltd", "email": f"x{n}@new{n}.com", "country": "GB"},
    )
    return Book(company, contact, order, lead, stored.inquiry)


@pytest.fixture
def books(session: Session, people: People) -> dict[str, Book]:
    return {"anna": _book(session, people, "anna", 1), "kevin": _book(session, people, "kevin", 2)}


def test_rep_cannot_list_another_reps_companies(session, people, books):
    seen = {c.id for c, _, _ in companies.list_companies(session, people.anna)}
    assert seen == {books["anna"].company.id}
    assert companies.count_companies(session, people.anna) == 1


def test_rep_cannot_read_another_reps_company(session, people, books):
    with pytest.raises(NotFound):
        companies.get_company(session, people.anna, books["kevin"].company.id)


def test_rep_cannot_change_another_reps_company(session, people, books):
    with pytest.raises(NotFound):
        companies.update_company(session, people.anna, books["kevin"].company.id, tier="vip")
    assert books["kevin"].company.tier.value == "potential"


def test_rep_cannot_give_away_or_take_a_company(session, people, books):
    with pytest.raises(PermissionDenied):
        companies.update_company(
            session, people.anna, books["anna"].company.id, owner_id=people.kevin.id
        )
    with pytest.raises(PermissionDenied):
        companies.create_company(session, people.anna, name="Sneaky", owner_id=people.kevin.id)


def test_rep_cannot_list_another_reps_contacts(session, people, books):
    assert [c.id for c in companies.list_contacts(session, people.anna)] == [
        books["anna"].contact.id
    ]
    assert companies.list_contacts(session, people.anna, books["kevin"].company.id) == []


def test_rep_cannot_read_another_reps_contact(session, people, books):
    with pytest.raises(NotFound):
        companies.get_contact(session, people.anna, books["kevin"].contact.id)


def test_rep_cannot_change_another_reps_contact(session, people, books):
    with pytest.raises(NotFound):
        companies.update_contact(session, people.anna, books["kevin"].contact.id, title="CEO")
    with pytest.raises(NotFound):
        companies.add_contact(session, people.anna, books["kevin"].company.id, name="Intruder")


def test_rep_cannot_list_another_reps_orders(session, people, books):
    assert [o.id for o in orders.list_orders(session, people.anna)] == [books["anna"].order.id]
    assert orders.list_orders(session, people.anna, company_id=books["kevin"].company.id) == []


def test_rep_cannot_read_another_reps_order(session, people, books):
    with pytest.raises(NotFound):
        orders.get_order(session, people.anna, books["kevin"].order.id)
    with pytest.raises(NotFound):
        orders.list_credit_assessments(session, people.anna, books["kevin"].company.id)


def test_rep_cannot_change_another_reps_order(session, people, books):
    kevin_order = books["kevin"].order
    with pytest.raises(NotFound):
        orders.update_order(session, people.anna, kevin_order.id, quality_issue=True)
    with pytest.raises(NotFound):
        orders.add_order(
            session,
            people.anna,
            books["kevin"].company.id,
            number="X-1",
            order_date=date(2026, 3, 1),
            amount=Decimal(1),
            currency="USD",
        )
    with pytest.raises(NotFound):
        orders.record_payment(
            session, people.anna, kevin_order.payments[0].id, paid_at=datetime.now(UTC)
        )
    with pytest.raises(NotFound):
        orders.add_credit_assessment(session, people.anna, books["kevin"].company.id, rating="D")


def test_rep_cannot_list_another_reps_leads(session, people, books):
    assert [lead.id for lead in leads.list_leads(session, people.anna)] == [books["anna"].lead.id]


def test_rep_cannot_read_another_reps_lead(session, people, books):
    with pytest.raises(NotFound):
        leads.get_lead(session, people.anna, books["kevin"].lead.id)


def test_rep_cannot_change_another_reps_lead(session, people, books):
    kevin_lead = books["kevin"].lead.id
    with pytest.raises(NotFound):
        leads.accept_lead(session, people.anna, kevin_lead)
    with pytest.raises(NotFound):
        leads.reject_lead(session, people.anna, kevin_lead, note="mine now")
    with pytest.raises(NotFound):
        leads.merge_lead(session, people.anna, kevin_lead, books["anna"].company.id)
    with pytest.raises(NotFound):  # his own lead into someone else's customer
        leads.merge_lead(session, people.anna, books["anna"].lead.id, books["kevin"].company.id)
    with pytest.raises(PermissionDenied):
        leads.assign_lead(session, people.anna, books["anna"].lead.id, people.kevin.id)
    assert books["kevin"].lead.status.value == "pending_review"


def test_rep_sees_leads_of_his_companies_even_if_assigned_elsewhere(session, people, books):
    lead = books["kevin"].lead
    lead.company_id = books["anna"].company.id
    session.flush()
    assert leads.get_lead(session, people.anna, lead.id).id == lead.id
    with pytest.raises(NotFound):
        leads.get_lead(session, people.kevin, lead.id)


def test_rep_cannot_list_or_read_another_reps_inquiries(session, people, books):
    assert [i.id for i in inquiries.list_inquiries(session, people.anna)] == [
        books["anna"].inquiry.id
    ]
    with pytest.raises(NotFound):
        inquiries.get_inquiry(session, people.anna, books["kevin"].inquiry.id)


def test_manager_reads_and_changes_every_customer(session, people, books):
    seen = {c.id for c, _, _ in companies.list_companies(session, people.manager)}
    assert seen == {books["anna"].company.id, books["kevin"].company.id}
    assert len(orders.list_orders(session, people.manager)) == 2
    assert len(leads.list_leads(session, people.manager)) == 2
    companies.update_company(
        session, people.manager, books["kevin"].company.id, owner_id=people.anna.id
    )
    assert {c.id for c, _, _ in companies.list_companies(session, people.anna)} == {
        books["anna"].company.id,
        books["kevin"].company.id,
    }


def test_only_admin_manages_users(session, people):
    for actor in (people.manager, people.anna):
        with pytest.raises(PermissionDenied):
            users.create_user(session, actor, username="eve", role=Role.REP)
        with pytest.raises(PermissionDenied):
            users.set_active(session, actor, "kevin", False)
    with pytest.raises(PermissionDenied):
        users.list_users(session, people.anna)
    created = users.create_user(session, people.admin, username="eve", role=Role.REP)
    assert created.username in {u.username for u in users.list_users(session, people.manager)}


def test_first_user_must_be_an_admin_and_only_the_first(session, people):
    with pytest.raises(PermissionDenied):
        users.create_user(session, None, username="late", role=Role.ADMIN)


def test_deactivated_rep_can_do_nothing(session, people, books):
    users.set_active(session, people.admin, "anna", False)
    with pytest.raises(PermissionDenied):
        companies.list_companies(session, people.anna)
    with pytest.raises(PermissionDenied):
        leads.list_leads(session, people.anna)


def test_every_change_is_audited(session, people, books):
    from sqlalchemy import select

    from crm_store.models import AuditLog

    companies.update_company(session, people.anna, books["anna"].company.id, tier="key")
    entry = session.scalars(select(AuditLog).where(AuditLog.action == "company.update")).one()
    assert entry.actor_id == people.anna.id
    assert entry.before == {"tier": "potential"} and entry.after == {"tier": "key"}

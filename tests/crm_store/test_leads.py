"""The three decisions on a lead: accept, merge, reject."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from crm_store.exceptions import Conflict
from crm_store.models import ContactKind, Interaction, LeadStatus, MergeHistory, RequestedProduct
from crm_store.repo import companies, inquiries, leads

FIELDS = {
    "category": "inquiry",
    "company_name": "Nordic Tools AB",
    "contact_name": "Lars Eriksson",
    "contact_title": "Purchasing Manager",
    "email": "Lars@NordicTools.se",
    "phone": "+46701234567",
    "country": "SE",
    "website": "nordictools.se",
    "language": "en",
    "products": [
        {
            "name": "cordless drill 18V",
            "quantity": 500,
            "unit": "pcs",
            "target_price": 21.5,
            "currency": "USD",
        }
    ],
}


@pytest.fixture
def lead(session, people):
    stored = inquiries.store_inquiry(
        session,
        source="email",
        natural_ref="<rfq-1@nordictools.se>",
        raw=b"Subject: RFQ\n\nx",
        received_at=datetime(2026, 11, 2, 8, 30, tzinfo=UTC),
        subject="RFQ drills",
        owner_id=people.anna.id,
    )
    made, created = leads.create_lead(
        session,
        inquiry_id=stored.inquiry.id,
        fields=FIELDS,
        extractor="rules",
        owner_id=people.anna.id,
        needs_summary="500 cordless drills, FOB Ningbo",
    )
    assert created
    return made


def test_create_lead_is_idempotent_per_inquiry(session, lead):
    again, created = leads.create_lead(
        session, inquiry_id=lead.inquiry_id, fields={}, extractor="rules"
    )
    assert (again.id, created) == (lead.id, False)


def test_accept_makes_a_customer_with_contact_log_and_products(session, people, lead):
    company = leads.accept_lead(session, people.anna, lead.id)
    assert (company.name, company.country, company.website_domain, company.owner_id) == (
        "Nordic Tools AB",
        "SE",
        "nordictools.se",
        people.anna.id,
    )
    [contact] = companies.get_company(session, people.anna, company.id).contacts
    assert contact.values(ContactKind.EMAIL) == ["lars@nordictools.se"]
    assert contact.values(ContactKind.PHONE) == ["+46701234567"]
    log = session.scalars(select(Interaction).where(Interaction.company_id == company.id)).one()
    assert log.summary == "500 cordless drills, FOB Ningbo"
    assert log.occurred_at == datetime(2026, 11, 2, 8, 30, tzinfo=UTC)
    product = session.scalars(select(RequestedProduct)).one()
    assert (product.name, int(product.quantity), product.currency) == (
        "cordless drill 18V",
        500,
        "USD",
    )
    assert (lead.status, lead.reviewer_id, lead.company_id) == (
        LeadStatus.ACCEPTED,
        people.anna.id,
        company.id,
    )


def test_merge_reuses_the_known_contact_and_records_history(session, people, lead):
    existing = companies.create_company(
        session, people.anna, name="Nordic Tools Sweden", country="SE"
    )
    known = companies.add_contact(
        session, people.anna, existing.id, name="L. Eriksson", emails=["lars@nordictools.se"]
    )
    merged_into = leads.merge_lead(session, people.anna, lead.id, existing.id, note="same buyer")
    assert merged_into.id == existing.id
    assert [c.id for c in companies.list_contacts(session, people.anna, existing.id)] == [known.id]
    assert "+46701234567" in known.values(ContactKind.PHONE)
    history = session.scalars(select(MergeHistory)).one()
    assert (history.survivor_id, history.lead_id, history.snapshot["created_contact_id"]) == (
        existing.id,
        lead.id,
        None,
    )
    assert lead.status is LeadStatus.MERGED


def test_reject_keeps_the_reason_and_a_decided_lead_cannot_be_decided_again(session, people, lead):
    leads.reject_lead(session, people.anna, lead.id, note="spam")
    assert (lead.status, lead.decision_note) == (LeadStatus.REJECTED, "spam")
    with pytest.raises(Conflict, match="already rejected by anna"):
        leads.accept_lead(session, people.anna, lead.id)


def test_manager_accepting_an_unassigned_lead_chooses_the_owner(session, people):
    made, _ = leads.create_lead(
        session, inquiry_id=None, fields={"email": "a@b.com"}, extractor="rules"
    )
    assert leads.list_leads(session, people.anna) == []
    company = leads.accept_lead(session, people.manager, made.id, owner_id=people.kevin.id)
    assert company.owner_id == people.kevin.id and company.name == "a@b.com"

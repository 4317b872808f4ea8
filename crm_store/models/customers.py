"""Companies, their contacts and the communication log: the customer information table."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import ForeignKey, Index, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import (
    Base,
    Channel,
    CompanyStatus,
    ContactKind,
    Direction,
    Tier,
    str_enum,
    utcnow,
)


class Company(Base):
    __tablename__ = "companies"
    __table_args__ = (Index(None, "owner_id", "country"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), index=True)
    name_native: Mapped[str | None] = mapped_column(String(300))
    name_en: Mapped[str | None] = mapped_column(String(300))
    legal_form: Mapped[str | None] = mapped_column(String(60))
    industry: Mapped[str | None] = mapped_column(String(120))
    founded_year: Mapped[int | None]
    employees: Mapped[int | None]
    annual_revenue: Mapped[Decimal | None] = mapped_column(Numeric(18, 2))
    revenue_currency: Mapped[str | None] = mapped_column(String(3))
    country: Mapped[str | None] = mapped_column(String(2), index=True)
    city: Mapped[str | None] = mapped_column(String(120))
    address: Mapped[str | None] = mapped_column(Text)
    website_domain: Mapped[str | None] = mapped_column(String(253), index=True)
    tier: Mapped[Tier] = mapped_column(str_enum(Tier), default=Tier.POTENTIAL, index=True)
    status: Mapped[CompanyStatus] = mapped_column(
        str_enum(CompanyStatus), default=CompanyStatus.ACTIVE
    )
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    source: Mapped[str | None] = mapped_column(String(60))
    custom_fields: Mapped[dict[str, Any]] = mapped_column(default=dict)
    notes: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    contacts: Mapped[list[Contact]] = relationship(
        back_populates="company", cascade="all, delete-orphan", order_by="Contact.id"
    )

    def __repr__(self) -> str:
        return f"<Company {self.id} {self.name!r}>"


class Contact(Base):
    __tablename__ = "contacts"

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(
        ForeignKey("companies.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str | None] = mapped_column(String(200))
    birthday: Mapped[date | None]
    language: Mapped[str | None] = mapped_column(String(8))
    is_primary: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    company: Mapped[Company] = relationship(back_populates="contacts")
    points: Mapped[list[ContactPoint]] = relationship(
        back_populates="contact", cascade="all, delete-orphan", order_by="ContactPoint.id"
    )

    def values(self, kind: ContactKind) -> list[str]:
        """Return this contact's values of one kind (emails, E.164 phones, ...)."""
        return [p.value for p in self.points if p.kind == kind]


class ContactPoint(Base):
    """One way to reach a contact: an email, an E.164 phone, WhatsApp, WeChat or Skype id.

    A row per value (rather than lists on the contact) so that "who has this email or
    phone" is an index lookup, which matching leads to customers depends on.
    """

    __tablename__ = "contact_points"
    __table_args__ = (
        UniqueConstraint("contact_id", "kind", "value"),
        Index(None, "kind", "value"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    kind: Mapped[ContactKind] = mapped_column(str_enum(ContactKind))
    value: Mapped[str] = mapped_column(String(320))
    label: Mapped[str | None] = mapped_column(String(40))

    contact: Mapped[Contact] = relationship(back_populates="points")


class Interaction(Base):
    """One entry of the communication log (沟通记录)."""

    __tablename__ = "interactions"
    __table_args__ = (Index(None, "company_id", "occurred_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id", ondelete="CASCADE"))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"))
    lead_id: Mapped[int | None] = mapped_column(ForeignKey("leads.id", ondelete="SET NULL"))
    rep_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    channel: Mapped[Channel] = mapped_column(str_enum(Channel))
    direction: Mapped[Direction] = mapped_column(str_enum(Direction), default=Direction.INBOUND)
    occurred_at: Mapped[datetime]
    summary: Mapped[str | None] = mapped_column(Text)
    explicit_needs: Mapped[str | None] = mapped_column(Text)
    latent_needs: Mapped[str | None] = mapped_column(Text)
    solution: Mapped[str | None] = mapped_column(Text)
    follow_up_result: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class RequestedProduct(Base):
    """A product a buyer asked for, with quantity and target price when stated."""

    __tablename__ = "requested_products"

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int | None] = mapped_column(
        ForeignKey("companies.id", ondelete="CASCADE"), index=True
    )
    lead_id: Mapped[int | None] = mapped_column(
        ForeignKey("leads.id", ondelete="CASCADE"), index=True
    )
    interaction_id: Mapped[int | None] = mapped_column(
        ForeignKey("interactions.id", ondelete="SET NULL")
    )
    name: Mapped[str] = mapped_column(String(300))
    quantity: Mapped[Decimal | None] = mapped_column(Numeric(18, 3))
    unit: Mapped[str | None] = mapped_column(String(20))
    target_price: Mapped[Decimal | None] = mapped_column(Numeric(18, 4))
    currency: Mapped[str | None] = mapped_column(String(3))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class CreditAssessment(Base):
    """Credit risk of a customer: rating, where it came from, disputes, country/FX risk."""

    __tablename__ = "credit_assessments"

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(
        ForeignKey("companies.id", ondelete="CASCADE"), index=True
    )
    assessed_at: Mapped[datetime] = mapped_column(default=utcnow)
    rating: Mapped[str] = mapped_column(String(20))
    source: Mapped[str | None] = mapped_column(String(120))
    credit_limit: Mapped[Decimal | None] = mapped_column(Numeric(18, 2))
    currency: Mapped[str | None] = mapped_column(String(3))
    disputes: Mapped[str | None] = mapped_column(Text)
    country_risk_note: Mapped[str | None] = mapped_column(Text)
    fx_risk_note: Mapped[str | None] = mapped_column(Text)
    mitigations: Mapped[str | None] = mapped_column(Text)

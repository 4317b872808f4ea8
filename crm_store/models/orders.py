"""Orders, their lines and the payments against them."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, DeliveryStatus, Incoterm, PaymentTerms, str_enum, utcnow


class Order(Base):
    __tablename__ = "orders"
    __table_args__ = (Index(None, "company_id", "order_date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id", ondelete="CASCADE"))
    number: Mapped[str] = mapped_column(String(60), unique=True)
    order_date: Mapped[date]
    amount: Mapped[Decimal] = mapped_column(Numeric(18, 2))
    currency: Mapped[str] = mapped_column(String(3))
    incoterm: Mapped[Incoterm | None] = mapped_column(str_enum(Incoterm))
    incoterm_place: Mapped[str | None] = mapped_column(String(120))
    payment_terms: Mapped[PaymentTerms | None] = mapped_column(str_enum(PaymentTerms))
    payment_terms_note: Mapped[str | None] = mapped_column(String(200))
    due_date: Mapped[date | None]
    delivery_status: Mapped[DeliveryStatus] = mapped_column(
        str_enum(DeliveryStatus), default=DeliveryStatus.PENDING
    )
    delivered_on: Mapped[date | None]
    quality_issue: Mapped[bool] = mapped_column(default=False)
    quality_note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    lines: Mapped[list[OrderLine]] = relationship(
        back_populates="order", cascade="all, delete-orphan", order_by="OrderLine.id"
    )
    payments: Mapped[list[Payment]] = relationship(
        back_populates="order", cascade="all, delete-orphan", order_by="Payment.due_date"
    )


class OrderLine(Base):
    __tablename__ = "order_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    product: Mapped[str] = mapped_column(String(300))
    product_line: Mapped[str | None] = mapped_column(String(120))
    sku: Mapped[str | None] = mapped_column(String(60))
    quantity: Mapped[Decimal] = mapped_column(Numeric(18, 3))
    unit: Mapped[str | None] = mapped_column(String(20))
    unit_price: Mapped[Decimal] = mapped_column(Numeric(18, 4))
    amount: Mapped[Decimal] = mapped_column(Numeric(18, 2))

    order: Mapped[Order] = relationship(back_populates="lines")


class Payment(Base):
    __tablename__ = "payments"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    amount: Mapped[Decimal] = mapped_column(Numeric(18, 2))
    currency: Mapped[str] = mapped_column(String(3))
    due_date: Mapped[date]
    paid_at: Mapped[datetime | None]
    method: Mapped[str | None] = mapped_column(String(40))

    order: Mapped[Order] = relationship(back_populates="payments")

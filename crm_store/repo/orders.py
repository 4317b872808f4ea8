"""Orders, payments and credit assessments, seen through the acting user's scope."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from ..exceptions import Conflict, NotFound
from ..models import (
    Company,
    CreditAssessment,
    DeliveryStatus,
    Incoterm,
    Order,
    OrderLine,
    Payment,
    PaymentTerms,
    User,
)
from .access import company_scope
from .audit import apply_changes, record, snapshot
from .companies import get_company

ORDER_FIELDS = frozenset(
    {
        "order_date",
        "amount",
        "currency",
        "incoterm",
        "incoterm_place",
        "payment_terms",
        "payment_terms_note",
        "due_date",
        "delivery_status",
        "delivered_on",
        "quality_issue",
        "quality_note",
    }
)


def _clean_order_fields(fields: dict[str, Any]) -> dict[str, Any]:
    unknown = set(fields) - ORDER_FIELDS
    if unknown:
        raise Conflict(f"unknown order field(s): {', '.join(sorted(unknown))}")
    if fields.get("incoterm") is not None:
        fields["incoterm"] = Incoterm(str(fields["incoterm"]).upper())
    if fields.get("payment_terms") is not None:
        fields["payment_terms"] = PaymentTerms(fields["payment_terms"])
    if fields.get("delivery_status") is not None:
        fields["delivery_status"] = DeliveryStatus(fields["delivery_status"])
    if fields.get("currency") is not None:
        fields["currency"] = str(fields["currency"]).upper()
    return fields


def add_order(
    session: Session,
    actor: User,
    company_id: int,
    *,
    number: str,
    lines: Iterable[dict[str, Any]] = (),
    payments: Iterable[dict[str, Any]] = (),
    **fields: Any,
) -> Order:
    """Add an order with its lines and payment schedule to a visible company."""
    company = get_company(session, actor, company_id)
    order = Order(company_id=company.id, number=number, **_clean_order_fields(fields))
    order.lines = [OrderLine(**line) for line in lines]
    order.payments = [Payment(**p) for p in payments]
    session.add(order)
    try:
        with session.begin_nested():
            session.flush()
    except IntegrityError as exc:
        raise Conflict(f"order number {number!r} already exists") from exc
    record(session, actor, "order.create", order, after=snapshot(order))
    return order


def list_orders(
    session: Session,
    actor: User,
    *,
    company_id: int | None = None,
    since: date | None = None,
) -> list[Order]:
    """Return the orders of the companies the actor may see, newest first."""
    stmt = (
        select(Order)
        .join(Company, Company.id == Order.company_id)
        .where(company_scope(actor))
        .order_by(Order.order_date.desc(), Order.id.desc())
    )
    if company_id is not None:
        stmt = stmt.where(Order.company_id == company_id)
    if since is not None:
        stmt = stmt.where(Order.order_date >= since)
    return list(session.scalars(stmt))


def get_order(session: Session, actor: User, order_id: int) -> Order:
    """Return a visible order with its lines and payments, or raise ``NotFound``."""
    order = session.scalar(
        select(Order)
        .join(Company, Company.id == Order.company_id)
        .options(selectinload(Order.lines), selectinload(Order.payments))
        .where(Order.id == order_id, company_scope(actor))
    )
    if order is None:
        raise NotFound(f"no order {order_id} that {actor.username} can see")
    return order


def update_order(session: Session, actor: User, order_id: int, **changes: Any) -> Order:
    """Apply ``changes`` to a visible order, audited, and return it."""
    order = get_order(session, actor, order_id)
    changes = _clean_order_fields(changes)
    apply_changes(session, actor, "order.update", order, changes)
    return order


def record_payment(
    session: Session, actor: User, payment_id: int, *, paid_at: Any, amount: Decimal | None = None
) -> Payment:
    """Mark a payment of a visible order as paid and return it."""
    payment = session.scalar(
        select(Payment)
        .join(Order, Order.id == Payment.order_id)
        .join(Company, Company.id == Order.company_id)
        .where(Payment.id == payment_id, company_scope(actor))
    )
    if payment is None:
        raise NotFound(f"no payment {payment_id} that {actor.username} can see")
    before = snapshot(payment, ["paid_at", "amount"])
    payment.paid_at = paid_at
    if amount is not None:
        payment.amount = amount
    session.flush()
    record(
        session,
        actor,
        "payment.paid",
        payment,
        before=before,
        after=snapshot(payment, ["paid_at", "amount"]),
    )
    return payment


def add_credit_assessment(
    session: Session, actor: User, company_id: int, **fields: Any
) -> CreditAssessment:
    """Record a credit assessment of a visible company and return it."""
    company = get_company(session, actor, company_id)
    assessment = CreditAssessment(company_id=company.id, **fields)
    session.add(assessment)
    session.flush()
    record(session, actor, "credit.create", assessment, after=snapshot(assessment))
    return assessment


def list_credit_assessments(
    session: Session, actor: User, company_id: int
) -> list[CreditAssessment]:
    """Return the credit assessments of a visible company, newest first."""
    get_company(session, actor, company_id)
    return list(
        session.scalars(
            select(CreditAssessment)
            .where(CreditAssessment.company_id == company_id)
            .order_by(CreditAssessment.assessed_at.desc())
        )
    )

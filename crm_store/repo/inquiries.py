"""Inquiries: storing harvested messages once, byte for byte, and reading them back."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, defer

from ..exceptions import NotFound
from ..models import Inquiry, InquiryStatus, User, utcnow
from .access import inquiry_scope


@dataclass(frozen=True, slots=True)
class StoredInquiry:
    inquiry: Inquiry
    created: bool


def content_hash(raw: bytes) -> str:
    """Return the SHA-256 hex digest that identifies a message's bytes."""
    return hashlib.sha256(raw).hexdigest()


def _find(session: Session, source: str, ref: str) -> Inquiry | None:
    return session.scalar(
        select(Inquiry).where(Inquiry.source == source, Inquiry.source_ref == ref)
    )


def store_inquiry(
    session: Session,
    *,
    source: str,
    natural_ref: str | None,
    raw: bytes,
    received_at: datetime,
    origin: str | None = None,
    subject: str | None = None,
    sender: str | None = None,
    owner_id: int | None = None,
) -> StoredInquiry:
    """Store one raw message unless it is already there; return it and whether it is new.

    The identity is ``(source, natural_ref)`` (a Message-ID, a platform inquiry id) or the
    content hash when there is none. Two different messages that share a natural ref
    (mailers do reuse Message-IDs) are both kept: the second gets the hash appended.
    Safe against a concurrent writer storing the same message: the unique constraint
    decides, and the loser returns the winner's row.
    """
    digest = content_hash(raw)
    ref = (natural_ref or "").strip()[:400] or f"sha256:{digest}"
    existing = _find(session, source, ref)
    if existing is not None and existing.content_hash != digest:
        ref = f"{ref}#sha256:{digest[:16]}"
        existing = _find(session, source, ref)
    if existing is not None:
        return StoredInquiry(existing, False)
    inquiry = Inquiry(
        source=source,
        source_ref=ref,
        origin=origin,
        received_at=received_at,
        content_hash=digest,
        raw=raw,
        raw_size=len(raw),
        subject=subject,
        sender=sender,
        owner_id=owner_id,
        status=InquiryStatus.NEW,
    )
    try:
        with session.begin_nested():
            session.add(inquiry)
            session.flush()
    except IntegrityError:
        winner = _find(session, source, ref)
        if winner is None:
            raise
        return StoredInquiry(winner, False)
    return StoredInquiry(inquiry, True)


def list_inquiries(
    session: Session,
    actor: User,
    *,
    statuses: tuple[InquiryStatus, ...] = (),
    source: str | None = None,
    since: datetime | None = None,
    limit: int | None = None,
) -> list[Inquiry]:
    """Return the inquiries the actor may see, newest first, without their raw bytes."""
    stmt = (
        select(Inquiry)
        .options(defer(Inquiry.raw))
        .where(inquiry_scope(actor))
        .order_by(Inquiry.received_at.desc(), Inquiry.id.desc())
    )
    if statuses:
        stmt = stmt.where(Inquiry.status.in_(statuses))
    if source:
        stmt = stmt.where(Inquiry.source == source)
    if since:
        stmt = stmt.where(Inquiry.received_at >= since)
    if limit is not None:
        stmt = stmt.limit(limit)
    return list(session.scalars(stmt))


def count_inquiries_by_status(session: Session, actor: User) -> dict[InquiryStatus, int]:
    """Return how many visible inquiries are in each status."""
    rows = session.execute(
        select(Inquiry.status, func.count()).where(inquiry_scope(actor)).group_by(Inquiry.status)
    )
    return {status: n for status, n in rows}


def get_inquiry(session: Session, actor: User, inquiry_id: int) -> Inquiry:
    """Return a visible inquiry (raw bytes included) or raise ``NotFound``."""
    inquiry = session.scalar(select(Inquiry).where(Inquiry.id == inquiry_id, inquiry_scope(actor)))
    if inquiry is None:
        raise NotFound(f"no inquiry {inquiry_id} that {actor.username} can see")
    return inquiry


def record_parse(
    session: Session,
    inquiry: Inquiry,
    parsed: dict[str, Any],
    *,
    subject: str | None,
    sender: str | None,
    platform: str | None,
    platform_ref: str | None,
) -> Inquiry:
    """Keep the parsed view of an inquiry; it waits (status new) for the extraction step."""
    inquiry.parsed = parsed
    inquiry.parsed_at = utcnow()
    inquiry.subject = (subject or inquiry.subject or "")[:2000] or None
    inquiry.sender = (sender or inquiry.sender or "")[:512] or None
    inquiry.platform = platform
    inquiry.platform_ref = (platform_ref or "")[:120] or None
    inquiry.status = InquiryStatus.NEW
    inquiry.error = None
    session.flush()
    return inquiry


def set_inquiry_status(
    session: Session, inquiry: Inquiry, status: InquiryStatus, error: str | None = None
) -> Inquiry:
    """Move an inquiry to ``status`` (with the error text when it failed) and return it."""
    inquiry.status = status
    inquiry.error = error
    if status in (InquiryStatus.FAILED, InquiryStatus.QUARANTINED):
        inquiry.attempts += 1
    session.flush()
    return inquiry

"""Storing a harvested message: raw bytes first, with just enough header data to list it."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy.orm import Session

from crm_store.repo.inquiries import StoredInquiry, store_inquiry

from .envelope import read_envelope


def store_raw_message(
    session: Session,
    raw: bytes,
    *,
    source: str = "email",
    origin: str | None = None,
    owner_id: int | None = None,
    received_fallback: datetime | None = None,
) -> StoredInquiry:
    """Store ``raw`` as an inquiry (idempotent on Message-ID or content hash); return it."""
    envelope = read_envelope(raw)
    return store_inquiry(
        session,
        source=source,
        natural_ref=envelope.message_id,
        raw=raw,
        received_at=envelope.received_at or received_fallback or datetime.now(UTC),
        origin=origin,
        subject=envelope.subject,
        sender=envelope.sender,
        owner_id=owner_id,
    )

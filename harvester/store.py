"""Storing harvested messages: raw bytes first, then the parsed view beside them."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from sqlalchemy.orm import Session

from crm_store.models import Inquiry, InquiryStatus
from crm_store.repo.cursors import advance_cursor
from crm_store.repo.inquiries import StoredInquiry, record_parse, set_inquiry_status, store_inquiry

from .envelope import read_envelope
from .exceptions import ParseError
from .imap import FetchedMessage
from .model import RawInquiry
from .parse import parse_message


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


def store_fetched_batch(
    session: Session,
    *,
    account: str,
    folder: str,
    uidvalidity: int,
    last_uid: int,
    messages: Sequence[FetchedMessage],
    owner_id: int | None = None,
) -> list[int]:
    """Store one IMAP batch and move the folder's cursor; return the ids of new inquiries.

    Both happen in the caller's transaction, so a crash leaves either the whole batch
    with its cursor or neither.
    """
    new_ids = []
    for message in messages:
        stored = store_raw_message(
            session,
            message.raw,
            origin=f"imap:{account}/{folder};uidvalidity={uidvalidity};uid={message.uid}",
            owner_id=owner_id,
            received_fallback=message.internaldate,
        )
        if stored.created:
            new_ids.append(stored.inquiry.id)
    advance_cursor(
        session, account, folder, uidvalidity=uidvalidity, last_uid=last_uid, stored=len(new_ids)
    )
    return new_ids


def parse_stored_inquiry(session: Session, inquiry: Inquiry) -> RawInquiry | None:
    """Parse an inquiry's raw bytes and keep the result; quarantine it if parsing fails."""
    try:
        parsed = parse_message(inquiry.raw, fallback_date=inquiry.received_at)
    except ParseError as exc:
        set_inquiry_status(session, inquiry, InquiryStatus.QUARANTINED, str(exc))
        return None
    record_parse(
        session,
        inquiry,
        parsed.model_dump(mode="json"),
        subject=parsed.subject,
        sender=str(parsed.sender) if parsed.sender else None,
        platform=parsed.platform,
        platform_ref=parsed.platform_ref,
    )
    return parsed

"""Jobs: thin, idempotent, ids in. Each opens its own session, calls one service
function, commits, and returns something small. Declared with ``@job`` (queue, timeout,
retries) and run through ``workers.queue.enqueue``."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from crm_store.engine import transaction
from crm_store.exceptions import NotFound
from crm_store.models import Inquiry, User
from harvester.files import MessageRef, read_message
from harvester.store import parse_stored_inquiry, store_raw_message

from .context import sessions
from .extraction import extract_stored_inquiry
from .mailboxes import sync_mailbox
from .queue import enqueue, job


@job("harvest", timeout=120)
def store_message_file(
    path: str, start: int | None = None, end: int | None = None, owner: str | None = None
) -> dict[str, Any]:
    """Store the message at ``path`` (or its ``[start, end)`` bytes), then parse it."""
    ref = MessageRef(path, start, end)
    raw = read_message(ref)
    try:
        mtime = datetime.fromtimestamp(os.stat(path).st_mtime, UTC)
    except OSError:
        mtime = None
    with transaction(sessions()) as session:
        owner_id = None
        if owner:
            owner_id = session.scalar(select(User.id).where(User.username == owner))
            if owner_id is None:
                raise NotFound(f"no user {owner!r} to own harvested mail")
        stored = store_raw_message(
            session,
            raw,
            origin=f"file:{ref}",
            owner_id=owner_id,
            received_fallback=mtime if start is None else None,
        )
        inquiry_id, created = stored.inquiry.id, stored.created
    if created:
        enqueue(parse_inquiry, inquiry_id)
    return {"inquiry_id": inquiry_id, "created": created}


@job("harvest", timeout=120)
def parse_inquiry(inquiry_id: int) -> dict[str, Any]:
    """Parse a stored inquiry's raw bytes (quarantined with why if that fails), then hand
    it to extraction."""
    with transaction(sessions()) as session:
        inquiry = session.get(Inquiry, inquiry_id)
        if inquiry is None:
            raise NotFound(f"no inquiry {inquiry_id}")
        parsed = parse_stored_inquiry(session, inquiry)
        result = {
            "inquiry_id": inquiry_id,
            "status": inquiry.status.value,
            "platform": parsed.platform if parsed else None,
            "error": inquiry.error,
        }
    if parsed is not None:
        enqueue(extract_inquiry, inquiry_id)
    return result


@job("extract", timeout=600, retries=(30, 120, 600))
def extract_inquiry(inquiry_id: int) -> dict[str, Any]:
    """Make the lead of a parsed inquiry (rules, and the LLM when configured)."""
    with transaction(sessions()) as session:
        inquiry = session.get(Inquiry, inquiry_id)
        if inquiry is None:
            raise NotFound(f"no inquiry {inquiry_id}")
        extraction = extract_stored_inquiry(session, inquiry)
        if extraction is None:
            return {"inquiry_id": inquiry_id, "lead": None, "reason": "not parsed"}
        return {
            "inquiry_id": inquiry_id,
            "category": extraction.lead.category,
            "extractor": extraction.extractor,
            "flags": extraction.lead.flags,
        }


@job("harvest", timeout=3600, retries=(60, 300, 900))
def harvest_mailbox(account: str) -> dict[str, Any]:
    """Fetch new mail of one configured IMAP account (never twice at once)."""
    return sync_mailbox(account, on_new_inquiry=enqueue_parse).as_dict()


def enqueue_parse(inquiry_id: int) -> None:
    """Hand a newly stored inquiry to the ``parse_inquiry`` job."""
    enqueue(parse_inquiry, inquiry_id)

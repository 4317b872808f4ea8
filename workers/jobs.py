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
from crm_store.models import User
from harvester.files import MessageRef, read_message
from harvester.store import store_raw_message

from .context import sessions
from .queue import job


@job("harvest", timeout=120)
def store_message_file(
    path: str, start: int | None = None, end: int | None = None, owner: str | None = None
) -> dict[str, Any]:
    """Store the message at ``path`` (or its ``[start, end)`` bytes) as an inquiry."""
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
        return {"inquiry_id": stored.inquiry.id, "created": stored.created}

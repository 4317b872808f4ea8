"""The few header values needed to store a message before it is parsed in full.

Only what identifies and lists a message: Message-ID, subject, sender and the time it
was received. Tolerant by design: a header that cannot be decoded gives None, never an
exception, because the raw bytes must be stored whatever state they are in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from email.message import Message
from email.parser import BytesHeaderParser
from email.policy import compat32

from .charsets import decode_header_value
from .dates import header_date, received_date

_MESSAGE_ID = re.compile(r"<[^<>\s]+>")


@dataclass(frozen=True, slots=True)
class Envelope:
    message_id: str | None
    subject: str | None
    sender: str | None
    received_at: datetime | None


def _decoded(msg: Message, name: str) -> str | None:
    value = msg.get(name)
    if value is None:
        return None
    return decode_header_value(value)[:1000] or None


def read_envelope(raw: bytes) -> Envelope:
    """Return the Message-ID, subject, sender and receipt time found in ``raw``'s headers."""
    try:
        msg = BytesHeaderParser(policy=compat32).parsebytes(raw)
    except Exception:
        return Envelope(None, None, None, None)
    mid = _decoded(msg, "Message-ID")
    match = _MESSAGE_ID.search(mid or "")
    message_id = match.group(0) if match else (mid.strip() if mid else None)
    return Envelope(
        message_id=message_id or None,
        subject=_decoded(msg, "Subject"),
        sender=_decoded(msg, "From"),
        received_at=received_date(msg) or header_date(str(msg.get("Date") or "")),
    )

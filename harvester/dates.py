"""Dates from mail headers, tolerant of the malformed ones mailers write."""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import Message
from email.utils import parsedate_to_datetime


def header_date(value: str | None) -> datetime | None:
    """Return an RFC 5322 date as UTC, or None when it is missing, malformed or absurd."""
    if not value:
        return None
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if parsed is None:
        return None
    try:
        parsed = (parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)).astimezone(UTC)
    except (OverflowError, ValueError):
        return None
    return parsed if 1990 <= parsed.year <= 2100 else None


def received_date(msg: Message) -> datetime | None:
    """Return when the nearest server took the message (the first dated Received header)."""
    for received in msg.get_all("Received") or []:
        parsed = header_date(str(received).rpartition(";")[2].strip())
        if parsed is not None:
            return parsed
    return None

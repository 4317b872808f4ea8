"""IMAP sync cursors: the last UID stored per account and folder, under a UIDVALIDITY."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import MailboxCursor


def get_cursor(session: Session, account: str, folder: str) -> MailboxCursor | None:
    """Return the cursor of one folder, or None before its first sync."""
    return session.scalar(
        select(MailboxCursor).where(
            MailboxCursor.account == account, MailboxCursor.folder == folder
        )
    )


def advance_cursor(
    session: Session, account: str, folder: str, *, uidvalidity: int, last_uid: int, stored: int
) -> MailboxCursor:
    """Record that UIDs up to ``last_uid`` are stored; a new UIDVALIDITY starts over."""
    cursor = get_cursor(session, account, folder)
    if cursor is None:
        cursor = MailboxCursor(
            account=account, folder=folder, uidvalidity=uidvalidity, last_uid=0, messages=0
        )
        session.add(cursor)
    if cursor.uidvalidity != uidvalidity:
        cursor.uidvalidity, cursor.last_uid = uidvalidity, 0
    cursor.last_uid = max(cursor.last_uid, last_uid)
    cursor.messages += stored
    session.flush()
    return cursor


def list_cursors(session: Session, account: str | None = None) -> list[MailboxCursor]:
    """Return the cursors (of one account, or all), by account and folder."""
    stmt = select(MailboxCursor).order_by(MailboxCursor.account, MailboxCursor.folder)
    if account:
        stmt = stmt.where(MailboxCursor.account == account)
    return list(session.scalars(stmt))

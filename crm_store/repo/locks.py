"""Leases that keep one job per key running at a time, on any engine and any machine.

A lock row holds the holder's name and an expiry; a holder that dies leaves a lease
that simply runs out, so no lock is ever stuck. Long jobs renew their lease as they go.
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..models import JobLock, utcnow


def acquire_lock(session: Session, name: str, holder: str, ttl: timedelta) -> str | None:
    """Take the lease ``name`` for ``holder``; return None on success, else the current holder.

    Commit right after, so that other processes see the lease.
    """
    now = utcnow()
    taken = session.execute(
        update(JobLock)
        .where(JobLock.name == name, (JobLock.expires_at < now) | (JobLock.holder == holder))
        .values(holder=holder, acquired_at=now, expires_at=now + ttl)
        .execution_options(synchronize_session=False)
    )
    if taken.rowcount:  # type: ignore[attr-defined]
        return None
    try:
        with session.begin_nested():
            session.add(JobLock(name=name, holder=holder, acquired_at=now, expires_at=now + ttl))
            session.flush()
    except IntegrityError:
        current = session.scalar(select(JobLock.holder).where(JobLock.name == name))
        return current or "another worker"
    return None


def renew_lock(session: Session, name: str, holder: str, ttl: timedelta) -> bool:
    """Extend the lease if ``holder`` still has it; return whether it does."""
    result = session.execute(
        update(JobLock)
        .where(JobLock.name == name, JobLock.holder == holder)
        .values(expires_at=utcnow() + ttl)
        .execution_options(synchronize_session=False)
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


def release_lock(session: Session, name: str, holder: str) -> None:
    """Give the lease back (nothing happens if someone else holds it now)."""
    session.execute(delete(JobLock).where(JobLock.name == name, JobLock.holder == holder))

"""Audit log entries and the JSON snapshots they hold."""

from __future__ import annotations

import enum
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from ..models import AuditLog, Base, User


def to_jsonable(value: Any) -> Any:
    """Return ``value`` in a form JSON can hold (dates ISO, decimals as strings)."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    if isinstance(value, dict):
        return {k: to_jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_jsonable(v) for v in value]
    return value


def snapshot(obj: Base, fields: list[str] | None = None) -> dict[str, Any]:
    """Return the column values of ``obj`` (or only ``fields``) as a JSON-able dict."""
    columns = [c.key for c in inspect(obj).mapper.column_attrs]
    keys = [k for k in columns if fields is None or k in fields]
    return {k: to_jsonable(getattr(obj, k)) for k in keys if k != "raw"}


def record(
    session: Session,
    actor: User | None,
    action: str,
    obj: Base,
    *,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> AuditLog:
    """Add one audit entry for ``action`` on ``obj`` and return it (flushed, not committed)."""
    entry = AuditLog(
        actor_id=actor.id if actor else None,
        action=action,
        entity=obj.__tablename__,
        entity_id=getattr(obj, "id", None),
        before=before,
        after=after,
    )
    session.add(entry)
    session.flush()
    return entry


def apply_changes(
    session: Session, actor: User, action: str, obj: Base, changes: dict[str, Any]
) -> None:
    """Set ``changes`` on ``obj``, flush, and audit the values before and after."""
    before = snapshot(obj, list(changes))
    for key, value in changes.items():
        setattr(obj, key, value)
    session.flush()
    record(session, actor, action, obj, before=before, after=snapshot(obj, list(changes)))

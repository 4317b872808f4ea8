"""Who may see and change what, as SQL filters that every repository query applies.

- a **rep** reads and changes only the companies he owns, and their contacts, orders,
  payments, credit assessments and leads; a lead not yet tied to a company is his when it
  is assigned to him; an inquiry is his when it came in through his mailbox;
- a **manager** reads and changes every customer record and assigns owners;
- an **admin** does what a manager does and also manages users.

Records outside a rep's scope look exactly like records that do not exist
(``NotFound``), so ids cannot be probed.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, and_, or_, true

from ..exceptions import PermissionDenied
from ..models import Company, Inquiry, Lead, Role, User


def ensure_active(actor: User) -> None:
    """Raise ``PermissionDenied`` if the acting user has been deactivated."""
    if not actor.is_active:
        raise PermissionDenied(f"user {actor.username!r} is deactivated")


def require_role(actor: User, *roles: Role) -> None:
    """Raise ``PermissionDenied`` unless the acting user has one of ``roles``."""
    ensure_active(actor)
    if actor.role not in roles:
        allowed = " or ".join(r.value for r in roles)
        raise PermissionDenied(f"{actor.username} is a {actor.role.value}; this needs {allowed}")


def sees_all(actor: User) -> bool:
    """Return True when the actor reads every customer (managers and admins)."""
    ensure_active(actor)
    return actor.role in (Role.MANAGER, Role.ADMIN)


def company_scope(actor: User) -> ColumnElement[bool]:
    """Return the WHERE clause limiting ``Company`` rows to the actor's."""
    return true() if sees_all(actor) else Company.owner_id == actor.id


def lead_scope(actor: User) -> ColumnElement[bool]:
    """Return the WHERE clause for ``Lead`` rows; the query must outer-join ``Company``."""
    if sees_all(actor):
        return true()
    return or_(
        Company.owner_id == actor.id,
        and_(Lead.company_id.is_(None), Lead.owner_id == actor.id),
    )


def inquiry_scope(actor: User) -> ColumnElement[bool]:
    """Return the WHERE clause limiting ``Inquiry`` rows to the actor's mailboxes."""
    return true() if sees_all(actor) else Inquiry.owner_id == actor.id

"""Users: creation, listing, passwords (argon2), activation."""

from __future__ import annotations

import re

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..exceptions import Conflict, NotFound, PermissionDenied
from ..models import Role, User
from .access import require_role
from .audit import record, snapshot

_hasher = PasswordHasher()
_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")


def hash_password(password: str) -> str:
    """Return the argon2id hash of ``password``."""
    return _hasher.hash(password)


def verify_password(user: User, password: str) -> bool:
    """Return True when ``password`` matches the user's stored hash."""
    if not user.password_hash:
        return False
    try:
        return _hasher.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def count_users(session: Session) -> int:
    """Return how many users exist."""
    return session.scalar(select(func.count(User.id))) or 0


def create_user(
    session: Session,
    actor: User | None,
    *,
    username: str,
    role: Role,
    password: str | None = None,
    full_name: str | None = None,
    email: str | None = None,
) -> User:
    """Create and return a user; only an admin may, except the very first user (an admin)."""
    if actor is None:
        if count_users(session):
            raise PermissionDenied("only an admin can add users")
        if role is not Role.ADMIN:
            raise PermissionDenied("the first user must be an admin")
    else:
        require_role(actor, Role.ADMIN)
    username = username.strip().lower()
    if not _USERNAME.match(username):
        raise Conflict(
            f"username {username!r} must be 2-64 characters of a-z, 0-9, '.', '_' or '-'"
        )
    if session.scalar(select(User.id).where(User.username == username)):
        raise Conflict(f"user {username!r} already exists")
    user = User(
        username=username,
        role=role,
        full_name=full_name,
        email=email,
        password_hash=hash_password(password) if password else None,
    )
    session.add(user)
    session.flush()
    record(session, actor, "user.create", user, after=snapshot(user, ["username", "role"]))
    return user


def get_user_by_name(session: Session, username: str) -> User:
    """Return the user called ``username`` or raise ``NotFound``."""
    user = session.scalar(select(User).where(User.username == username.strip().lower()))
    if user is None:
        raise NotFound(f"no user {username!r}")
    return user


def list_users(session: Session, actor: User) -> list[User]:
    """Return all users, for managers and admins."""
    require_role(actor, Role.MANAGER, Role.ADMIN)
    return list(session.scalars(select(User).order_by(User.username)))


def set_active(session: Session, actor: User, username: str, active: bool) -> User:
    """Activate or deactivate a user (admin only) and return it."""
    require_role(actor, Role.ADMIN)
    user = get_user_by_name(session, username)
    before = snapshot(user, ["is_active"])
    user.is_active = active
    session.flush()
    record(session, actor, "user.set_active", user, before=before, after={"is_active": active})
    return user

"""``users add/list/deactivate``."""

from __future__ import annotations

from typing import Annotated, Any

import typer
from rich.table import Table

from crm_store.models import Role
from crm_store.repo.users import create_user, list_users, set_active

from .common import (
    JsonOption,
    UserOption,
    acting_user,
    console,
    new_app,
    print_json_lines,
    session_scope,
)
from .setup_cmds import read_password

users_app = new_app("Manage users: reps, managers and admins (admins only).")


@users_app.command("add")
def users_add(
    username: Annotated[str, typer.Argument(help="Login name (a-z, 0-9, '.', '_', '-').")],
    role: Annotated[Role, typer.Option(help="rep, manager or admin.")] = Role.REP,
    full_name: Annotated[str | None, typer.Option(help="Name shown to others.")] = None,
    email: Annotated[str | None, typer.Option(help="Work email.")] = None,
    password_stdin: Annotated[
        bool, typer.Option("--password-stdin", help="Read the password from stdin.")
    ] = False,
    user: UserOption = None,
) -> None:
    """Add a user (you must be an admin)."""
    with session_scope() as session:
        actor = acting_user(session, user)
        password = read_password(password_stdin, prompt=f"Password for {username}")
        created = create_user(
            session,
            actor,
            username=username,
            role=role,
            password=password,
            full_name=full_name,
            email=email,
        )
        console.print(
            f"Added {created.role.value} [bold]{created.username}[/]"
            f"{'' if password else ' (no password: cannot log in to the web app yet)'}."
        )


@users_app.command("list")
def users_list(as_json: JsonOption = False, user: UserOption = None) -> None:
    """List users (managers and admins)."""
    with session_scope() as session:
        users = list_users(session, acting_user(session, user))
        rows: list[dict[str, Any]] = [
            {
                "id": u.id,
                "username": u.username,
                "role": u.role.value,
                "full_name": u.full_name,
                "email": u.email,
                "active": u.is_active,
                "created_at": u.created_at,
            }
            for u in users
        ]
    if as_json:
        print_json_lines(rows)
        return
    table = Table("id", "username", "role", "name", "email", "active")
    for r in rows:
        table.add_row(
            str(r["id"]),
            r["username"],
            r["role"],
            r["full_name"] or "",
            r["email"] or "",
            "yes" if r["active"] else "no",
        )
    console.print(table)


@users_app.command("deactivate")
def users_deactivate(
    username: Annotated[str, typer.Argument(help="User to deactivate.")],
    user: UserOption = None,
) -> None:
    """Deactivate a user: they can no longer act (admins only)."""
    with session_scope() as session:
        target = set_active(session, acting_user(session, user), username, False)
        console.print(f"{target.username} deactivated.")

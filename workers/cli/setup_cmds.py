"""``init``, ``db ...`` and ``config show``."""

from __future__ import annotations

import json
import os
import sys
from typing import Annotated, Any

import typer
from pydantic import SecretStr
from rich.table import Table

from crm_store import migrate
from crm_store.engine import display_url, transaction
from crm_store.models import Role
from crm_store.repo.users import count_users, create_user

from .. import context
from ..settings import config_file_path
from .common import console, err_console, new_app

db_app = new_app("Create, upgrade and check the database schema (Alembic).")
config_app = new_app("Show the effective settings.")


def read_password(from_stdin: bool, *, prompt: str = "Password") -> str | None:
    """Return a password from stdin (one line), a hidden prompt on a terminal, or None."""
    if from_stdin:
        line = sys.stdin.readline().rstrip("\r\n")
        return line or None
    if sys.stdin.isatty():
        value: str = typer.prompt(prompt, hide_input=True, confirmation_prompt=True)
        return value
    return None


def init(
    admin: Annotated[
        str | None, typer.Option(help="Create this admin user if none exists.")
    ] = None,
    password_stdin: Annotated[
        bool, typer.Option("--password-stdin", help="Read the admin's password from stdin.")
    ] = False,
) -> None:
    """Create or upgrade the database and, on a new one, the first admin user."""
    engine = context.engine()
    migrate.upgrade(engine)
    console.print(
        f"Database ready at [bold]{display_url(engine.url)}[/] "
        f"(schema {migrate.current_revision(engine)})."
    )
    with transaction(context.sessions()) as session:
        if count_users(session):
            if admin:
                console.print("Users exist already; add more with `tradelead users add`.")
            return
        if not admin:
            console.print("No users yet: run `tradelead init --admin NAME` to create the admin.")
            return
        password = read_password(password_stdin, prompt=f"Password for {admin}")
        user = create_user(session, None, username=admin, role=Role.ADMIN, password=password)
        console.print(
            f"Admin [bold]{user.username}[/] created. Act as it with "
            f"`export TRADELEAD_USER={user.username}`."
        )


@db_app.command("upgrade")
def db_upgrade(
    revision: Annotated[str, typer.Argument(help="Target revision.")] = "head",
) -> None:
    """Upgrade the schema to REVISION (default: the newest)."""
    engine = context.engine()
    migrate.upgrade(engine, revision)
    console.print(f"{display_url(engine.url)} is at schema {migrate.current_revision(engine)}.")


@db_app.command("downgrade")
def db_downgrade(
    revision: Annotated[str, typer.Argument(help="Target revision; 'base' drops everything.")],
    yes: Annotated[bool, typer.Option("--yes", help="Do not ask for confirmation.")] = False,
) -> None:
    """Downgrade the schema to REVISION (data in dropped tables is lost)."""
    engine = context.engine()
    if not yes:
        typer.confirm(f"Downgrade {display_url(engine.url)} to {revision}?", abort=True)
    migrate.downgrade(engine, revision)
    console.print(
        f"{display_url(engine.url)} is at schema "
        f"{migrate.current_revision(engine) or 'base (empty)'}."
    )


@db_app.command("current")
def db_current() -> None:
    """Print the schema revision of the database and of this code."""
    engine = context.engine()
    console.print(
        f"database: {migrate.current_revision(engine) or 'empty'}  code: {migrate.head_revision()}"
    )


@db_app.command("check")
def db_check() -> None:
    """Fail unless the database is at the newest schema and matches the models."""
    engine = context.engine()
    context.ensure_schema_current(engine)
    differences = migrate.drift(engine)
    if differences:
        for diff in differences:
            err_console.print(f"drift: {diff}")
        raise typer.Exit(1)
    console.print("Schema is current and matches the models.")


def _masked(value: Any) -> Any:
    if isinstance(value, SecretStr):
        return "********" if value.get_secret_value() else None
    if isinstance(value, list):
        return [_masked(v) for v in value]
    if isinstance(value, dict):
        return {k: _masked(v) for k, v in value.items()}
    return value


def effective_settings() -> dict[str, Any]:
    """Return the effective settings as plain data with every secret masked."""
    s = context.settings()
    data: dict[str, Any] = {k: _masked(getattr(s, k)) for k in type(s).model_fields}
    data["database_url"] = display_url(s.database_url)
    data["shared_dir"] = str(s.shared_dir)
    for key, accounts in (("mailboxes", s.mailboxes), ("platforms", s.platforms)):
        data[key] = [
            a.model_dump(mode="json")
            | {"password": f"{'set' if a.password() else 'NOT SET'} (${a.password_variable})"}
            for a in accounts
        ]
    return data


@config_app.command("show")
def config_show(
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    """Print the effective settings (environment over tradelead.toml), secrets masked."""
    data = effective_settings()
    if as_json:
        print(json.dumps(data, ensure_ascii=False, default=str))
        return
    source = config_file_path()
    table = Table(
        title=f"tradelead settings (file: {source or 'none'}; environment TRADELEAD_* overrides)"
    )
    table.add_column("setting", style="bold")
    table.add_column("value")
    table.add_column("environment variable", style="dim")
    for key, value in data.items():
        shown = (
            json.dumps(value, ensure_ascii=False, default=str)
            if isinstance(value, list | dict)
            else str(value)
        )
        env = f"TRADELEAD_{key.upper()}"
        if key == "llm_api_key":
            env += " or OPENAI_API_KEY"
        marker = " (set)" if os.environ.get(f"TRADELEAD_{key.upper()}") else ""
        table.add_row(key, shown, env + marker)
    console.print(table)

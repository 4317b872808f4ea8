"""What every command shares: consoles, the acting user, JSON lines, error translation."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Annotated, Any, NoReturn

import typer
from rich.console import Console
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session
from typer.core import TyperGroup

from crm_store.engine import transaction
from crm_store.exceptions import NotFound
from crm_store.models import User
from crm_store.repo.audit import to_jsonable
from crm_store.repo.users import get_user_by_name
from tradelead.errors import TradeleadError

from .. import context
from ..exceptions import NotAuthenticated

console = Console()
err_console = Console(stderr=True)

UserOption = Annotated[
    str | None,
    typer.Option(
        "--user", "-u", help="Act as this user (default: TRADELEAD_USER).", show_default=False
    ),
]
JsonOption = Annotated[
    bool,
    typer.Option("--json", help="Print every matching row as one JSON object per line."),
]
LimitOption = Annotated[
    int | None,
    typer.Option(
        "--limit",
        "-n",
        min=1,
        help="Show at most N rows (tables default to 50; --json prints all).",
    ),
]


def fail(message: str, code: int = 1) -> NoReturn:
    """Print ``error: message`` as one line on stderr and exit with ``code``."""
    sys.stderr.write(f"error: {' '.join(message.split())}\n")
    sys.stderr.flush()
    raise typer.Exit(code)


class TradeleadGroup(TyperGroup):
    """Turns the product's own errors into one line on stderr and exit status 1."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except TradeleadError as exc:
            fail(str(exc))
        except SQLAlchemyError as exc:
            reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
            fail(f"database error: {reason}")


def new_app(help_text: str) -> typer.Typer:
    """Return a Typer (sub)app with our error handling and help conventions."""
    return typer.Typer(
        cls=TradeleadGroup,
        help=help_text,
        no_args_is_help=True,
        pretty_exceptions_enable=False,
        rich_markup_mode="rich",
        context_settings={"help_option_names": ["-h", "--help"]},
    )


@contextmanager
def session_scope(*, check_schema: bool = True) -> Iterator[Session]:
    """Yield a session in one transaction on the configured, migrated database."""
    if check_schema:
        context.ensure_schema_current()
    with transaction(context.sessions()) as session:
        yield session


def acting_user(session: Session, name: str | None) -> User:
    """Return the user named by ``--user`` or TRADELEAD_USER, or fail with a hint."""
    name = name or context.settings().user
    if not name:
        raise NotAuthenticated(
            "say who is acting: --user NAME or TRADELEAD_USER=NAME (see `tradelead users list`)"
        )
    try:
        return get_user_by_name(session, name)
    except NotFound as exc:
        raise NotAuthenticated(f"no user {name!r}; see `tradelead users list`") from exc


def print_json_lines(rows: Iterable[dict[str, Any]]) -> int:
    """Print each row as one JSON object per line on stdout; return how many."""
    count = 0
    out = sys.stdout
    for row in rows:
        out.write(json.dumps(to_jsonable(row), ensure_ascii=False, sort_keys=False) + "\n")
        count += 1
    out.flush()
    return count


def split_values(values: list[str] | None) -> tuple[str, ...]:
    """Return option values split on commas: ``--country DE,FR --country SE``."""
    return tuple(v.strip() for raw in values or [] for v in raw.split(",") if v.strip())

"""The ``tradelead`` command: thin commands over library code (the composition root)."""

from __future__ import annotations

import typer

from .common import new_app
from .customers_cmds import customers_app
from .demo_cmds import demo
from .extract_cmds import extract, llm_app
from .harvest_cmds import harvest_app
from .inquiries_cmds import inquiries_app
from .leads_cmds import leads_app
from .setup_cmds import config_app, db_app, init
from .users_cmds import users_app
from .worker_cmds import worker

app = new_app(
    "tradelead: buyer inquiries in, reviewed customers and next actions out.\n\n"
    "Settings come from TRADELEAD_* variables and ./tradelead.toml "
    "(see `tradelead config show`)."
)
app.command()(init)
app.command()(demo)
app.command()(worker)
app.command()(extract)
app.add_typer(db_app, name="db")
app.add_typer(config_app, name="config")
app.add_typer(users_app, name="users")
app.add_typer(harvest_app, name="harvest")
app.add_typer(inquiries_app, name="inquiries")
app.add_typer(leads_app, name="leads")
app.add_typer(customers_app, name="customers")
app.add_typer(llm_app, name="llm")


def main() -> None:
    """Entry point of the ``tradelead`` console script."""
    app(prog_name="tradelead")


__all__ = ["app", "main", "typer"]

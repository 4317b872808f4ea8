"""``demo``: the whole pipeline on the bundled samples, with the embedded defaults."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer
from rich.panel import Panel
from rich.table import Table

from .common import console


def demo(
    folder: Annotated[Path, typer.Option(help="Where the demo database lives.")] = Path(
        "tradelead-demo"
    ),
    fresh: Annotated[bool, typer.Option(help="Delete the demo folder first.")] = False,
    samples: Annotated[
        Path | None,
        typer.Option(help="Mailbox to harvest (default: the bundled samples/inquiries)."),
    ] = None,
) -> None:
    """Build the demo database (users, ~200 customers, the sample mailbox) and summarise it."""
    # Imported here: the demo's data pools are not needed by any other command.
    from ..demo import DEMO_PASSWORD, DEMO_USERS, SAMPLES, run_demo

    samples = samples or SAMPLES
    summary = run_demo(folder, fresh=fresh, samples=samples)
    h = summary.harvest
    table = Table("", "count", title="tradelead demo", show_header=False)
    for key, value in summary.counts.items():
        table.add_row(key, str(value))
    table.add_row("tiers", ", ".join(f"{k} {v}" for k, v in sorted(summary.tiers.items())))
    table.add_row(
        "inquiries by status",
        ", ".join(f"{k} {v}" for k, v in sorted(summary.inquiry_status.items())),
    )
    if summary.platforms:
        table.add_row(
            "platform notifications",
            ", ".join(f"{k} {v}" for k, v in sorted(summary.platforms.items())),
        )
    if summary.leads:
        table.add_row(
            "leads by category", ", ".join(f"{k} {v}" for k, v in sorted(summary.leads.items()))
        )
    console.print(table)
    if summary.lead_rows:
        leads = Table(
            "lead",
            "company",
            "contact",
            "country",
            "products",
            title="leads made from the sample mailbox (first 12 inquiries)",
        )
        for row in summary.lead_rows:
            leads.add_row(
                str(row["id"]),
                str(row["company"] or ""),
                str(row["contact"] or ""),
                str(row["country"] or ""),
                str(row["products"])[:50],
            )
        console.print(leads)
    console.print(
        f"Harvested {h.found} sample messages from {samples} through the queue spine "
        f"(inline): {h.new} new, {h.already} already stored; each parsed and made into a "
        "lead by the offline rules extractor."
        + ("" if summary.seeded_now else " Customers were already seeded; nothing re-added.")
    )
    if summary.upcoming_birthdays:
        console.print(
            "Birthdays in the next two weeks: " + "; ".join(summary.upcoming_birthdays[:5])
        )
    users = ", ".join(f"{u} ({r.value})" for u, r, _ in DEMO_USERS)
    console.print(
        Panel(
            f"export TRADELEAD_DATABASE_URL={summary.database_url}\n"
            "export TRADELEAD_USER=mei\n\n"
            "tradelead customers list --tier vip --sort -last_order\n"
            "tradelead inquiries list\n"
            "tradelead leads list\n\n"
            f"users: {users}\npassword (all): {DEMO_PASSWORD}",
            title="use the demo data",
        )
    )
    if os.environ.get("DEMO_SERVE", "1") != "0":
        console.print("(The review web app is not built yet: nothing to serve, exiting.)")

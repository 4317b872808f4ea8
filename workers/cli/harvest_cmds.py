"""``harvest files`` and ``inquiries list/show``."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from crm_store.models import InquiryStatus
from crm_store.repo.inquiries import get_inquiry, list_inquiries
from crm_store.repo.users import get_user_by_name

from .. import context
from ..harvesting import harvest_messages, scan_paths
from .common import (
    JsonOption,
    LimitOption,
    UserOption,
    acting_user,
    console,
    err_console,
    new_app,
    print_json_lines,
    session_scope,
)

harvest_app = new_app("Collect inquiries from message files and mailboxes.")
inquiries_app = new_app("Look at harvested inquiries.")


@harvest_app.command("files")
def harvest_files(
    paths: Annotated[
        list[str],
        typer.Argument(
            help=".eml files, mbox files, Maildir folders or folders of those.", show_default=False
        ),
    ],
    owner: Annotated[
        str | None, typer.Option(help="Rep whose mailbox these are (owns the inquiries).")
    ] = None,
) -> None:
    """Store every message found in PATHS as an inquiry (again: nothing is added twice)."""
    messages, skipped = scan_paths(paths)
    with session_scope() as session:
        if owner:
            get_user_by_name(session, owner)
    queued = bool(context.settings().redis_url)
    with Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err_console,
        transient=True,
    ) as progress:
        task = progress.add_task("enqueuing" if queued else "storing", total=len(messages))
        report = harvest_messages(
            messages, owner=owner, on_message=lambda _ref: progress.advance(task)
        )
    for path, reason in skipped:
        err_console.print(f"skipped {path}: {reason}")
    if queued:
        console.print(
            f"{report.found} messages found; {report.enqueued} jobs enqueued on "
            "queue 'harvest' (run `tradelead worker`)."
        )
    else:
        console.print(
            f"{report.found} messages found: {report.new} new inquiries, "
            f"{report.already} already stored, {len(skipped)} files skipped."
        )


def _inquiry_row(inq) -> dict:  # type: ignore[no-untyped-def]
    return {
        "id": inq.id,
        "received_at": inq.received_at,
        "status": inq.status.value,
        "source": inq.source,
        "source_ref": inq.source_ref,
        "sender": inq.sender,
        "subject": inq.subject,
        "size": inq.raw_size,
        "error": inq.error,
        "origin": inq.origin,
    }


@inquiries_app.command("list")
def inquiries_list(
    status: Annotated[
        list[InquiryStatus] | None, typer.Option(help="Only these statuses (repeatable).")
    ] = None,
    limit: LimitOption = None,
    as_json: JsonOption = False,
    user: UserOption = None,
) -> None:
    """List inquiries, newest first."""
    with session_scope() as session:
        actor = acting_user(session, user)
        rows = [
            _inquiry_row(i)
            for i in list_inquiries(
                session,
                actor,
                statuses=tuple(status or ()),
                limit=limit if (limit or as_json) else 50,
            )
        ]
    if as_json:
        print_json_lines(rows)
        return
    table = Table("id", "received", "status", "from", "subject", "size")
    for r in rows:
        table.add_row(
            str(r["id"]),
            r["received_at"].strftime("%Y-%m-%d %H:%M"),
            r["status"],
            (r["sender"] or "")[:40],
            (r["subject"] or "")[:60],
            str(r["size"]),
        )
    console.print(table)


@inquiries_app.command("show")
def inquiries_show(
    inquiry_id: Annotated[int, typer.Argument(help="Inquiry id.")],
    raw: Annotated[bool, typer.Option("--raw", help="Print the raw message bytes.")] = False,
    as_json: JsonOption = False,
    user: UserOption = None,
) -> None:
    """Show one inquiry: what was stored and, with --raw, the message as received."""
    with session_scope() as session:
        inquiry = get_inquiry(session, acting_user(session, user), inquiry_id)
        row = _inquiry_row(inquiry)
        data = inquiry.raw
    if as_json:
        print_json_lines([row])
        return
    if raw:
        typer.echo(data.decode("utf-8", errors="replace"))
        return
    table = Table(show_header=False)
    for key, value in row.items():
        table.add_row(key, "" if value is None else str(value))
    console.print(table)
    header_block = data.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]
    console.print(header_block.decode("utf-8", errors="replace"), markup=False, highlight=False)

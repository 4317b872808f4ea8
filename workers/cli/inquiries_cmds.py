"""``inquiries list/show/retry``."""

from __future__ import annotations

from typing import Annotated, Any

import typer
from rich.panel import Panel
from rich.table import Table

from crm_store.models import Inquiry, InquiryStatus
from crm_store.repo.inquiries import get_inquiry, list_inquiries

from .. import jobs
from ..queue import enqueue
from .common import (
    JsonOption,
    LimitOption,
    UserOption,
    acting_user,
    console,
    new_app,
    print_json_lines,
    session_scope,
)

inquiries_app = new_app("Look at harvested inquiries, and parse quarantined ones again.")


def inquiry_row(inquiry: Inquiry) -> dict[str, Any]:
    """Return an inquiry (without its raw bytes) as plain data."""
    return {
        "id": inquiry.id,
        "received_at": inquiry.received_at,
        "status": inquiry.status.value,
        "source": inquiry.source,
        "source_ref": inquiry.source_ref,
        "sender": inquiry.sender,
        "subject": inquiry.subject,
        "platform": inquiry.platform,
        "platform_ref": inquiry.platform_ref,
        "size": inquiry.raw_size,
        "error": inquiry.error,
        "origin": inquiry.origin,
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
            inquiry_row(i)
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
    table = Table("id", "received", "status", "from", "subject", "platform")
    for r in rows:
        table.add_row(
            str(r["id"]),
            r["received_at"].strftime("%Y-%m-%d %H:%M"),
            r["status"] + (f": {r['error'][:40]}" if r["error"] else ""),
            (r["sender"] or "")[:40],
            (r["subject"] or "")[:60],
            r["platform"] or "",
        )
    console.print(table)


@inquiries_app.command("show")
def inquiries_show(
    inquiry_id: Annotated[int, typer.Argument(help="Inquiry id.")],
    raw: Annotated[bool, typer.Option("--raw", help="Print the raw message as received.")] = False,
    as_json: JsonOption = False,
    user: UserOption = None,
) -> None:
    """Show one inquiry: the parsed view (sender, text, reply split, attachments) and the
    raw headers; --raw prints the message as received."""
    with session_scope() as session:
        inquiry = get_inquiry(session, acting_user(session, user), inquiry_id)
        row = inquiry_row(inquiry) | {"parsed": inquiry.parsed}
        data = inquiry.raw
    if as_json:
        print_json_lines([row])
        return
    if raw:
        typer.echo(data.decode("utf-8", errors="replace"))
        return
    _print_parsed(row)
    header_block = data.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]
    console.print(
        Panel(header_block.decode("utf-8", errors="replace"), title="raw headers"),
        markup=False,
        highlight=False,
    )


def _print_parsed(row: dict[str, Any]) -> None:
    table = Table(show_header=False, title=f"inquiry {row['id']} ({row['status']})")
    for key in ("received_at", "source_ref", "origin", "platform", "platform_ref", "error"):
        if row[key] is not None:
            table.add_row(key, str(row[key]))
    parsed = row["parsed"]
    if not parsed:
        console.print(table)
        console.print("Not parsed yet" + (" (quarantined)." if row["error"] else "."))
        return
    for key in ("subject", "date", "date_source", "message_id"):
        table.add_row(key, str(parsed.get(key) or ""))
    for key in ("sender", "reply_to", "to", "cc"):
        value = parsed.get(key)
        items = value if isinstance(value, list) else [value] if value else []
        table.add_row(
            key, ", ".join(f"{a.get('name') or ''} <{a.get('email') or ''}>".strip() for a in items)
        )
    for attachment in parsed.get("attachments", []):
        table.add_row(
            "attachment",
            f"{attachment['filename']} ({attachment['content_type']}, "
            f"{attachment['size']} bytes){' text extracted' if attachment['text'] else ''}",
        )
    if parsed.get("notes"):
        table.add_row("notes", "; ".join(parsed["notes"]))
    console.print(table)
    text = parsed.get("text") or ""
    new = parsed.get("new_span") or [0, len(text)]
    console.print(
        Panel(text[new[0] : new[1]].strip() or "(empty)", title="new text"),
        markup=False,
        highlight=False,
    )
    if parsed.get("signature_span"):
        s, e = parsed["signature_span"]
        console.print(Panel(text[s:e].strip(), title="signature"), markup=False, highlight=False)
    if parsed.get("quoted_span"):
        s, e = parsed["quoted_span"]
        console.print(f"(quoted history: {e - s} characters)")


@inquiries_app.command("retry")
def inquiries_retry(
    quarantined: Annotated[
        bool, typer.Option("--quarantined", help="Parse every quarantined inquiry again.")
    ] = False,
    ids: Annotated[list[int] | None, typer.Argument(help="Inquiry ids to parse again.")] = None,
    user: UserOption = None,
) -> None:
    """Parse inquiries again (after a fix): the quarantined ones, or those given by id."""
    if not quarantined and not ids:
        raise typer.BadParameter("give inquiry ids or --quarantined", param_hint="IDS")
    with session_scope() as session:
        actor = acting_user(session, user)
        targets = [get_inquiry(session, actor, i).id for i in ids or []]
        if quarantined:
            targets += [
                i.id for i in list_inquiries(session, actor, statuses=(InquiryStatus.QUARANTINED,))
            ]
    outcomes: dict[str, int] = {}
    enqueued = 0
    for inquiry_id in dict.fromkeys(targets):
        done = enqueue(jobs.parse_inquiry, inquiry_id)
        if done.inline:
            outcomes[done.result["status"]] = outcomes.get(done.result["status"], 0) + 1
        else:
            enqueued += 1
    if enqueued:
        console.print(f"{enqueued} inquiries enqueued for parsing.")
    else:
        summary = ", ".join(f"{n} {status}" for status, n in sorted(outcomes.items()))
        console.print(f"{len(targets)} inquiries parsed again: {summary or 'none'}.")

"""``leads list/show/accept/merge/reject``: the reps' review queue on the command line."""

from __future__ import annotations

from typing import Annotated, Any

import typer
from rich.panel import Panel
from rich.table import Table

from crm_store.models import Lead, LeadStatus
from crm_store.repo.leads import (
    LeadFilter,
    accept_lead,
    get_lead,
    list_leads,
    merge_lead,
    reject_lead,
)
from crm_store.repo.users import get_user_by_name

from .common import (
    JsonOption,
    LimitOption,
    UserOption,
    acting_user,
    console,
    new_app,
    print_json_lines,
    session_scope,
    split_values,
)

leads_app = new_app("Review suggested leads: accept as a new customer, merge or reject.")


def lead_row(lead: Lead) -> dict[str, Any]:
    """Return a lead as plain data (the --json form)."""
    return {
        "id": lead.id,
        "status": lead.status.value,
        "category": lead.category,
        "company_name": lead.company_name,
        "contact_name": lead.contact_name,
        "email": lead.email,
        "country": lead.country,
        "inquiry_id": lead.inquiry_id,
        "company_id": lead.company_id,
        "owner_id": lead.owner_id,
        "extractor": lead.extractor,
        "prompt_version": lead.prompt_version,
        "fields": lead.fields,
        "evidence": lead.evidence,
        "flags": lead.flags,
        "candidates": lead.candidates,
        "needs_summary": lead.needs_summary,
        "latent_needs": lead.latent_needs,
        "created_at": lead.created_at,
        "decided_at": lead.decided_at,
        "decision_note": lead.decision_note,
    }


def _number(value: object) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


def _products(lead: Lead) -> str:
    items = lead.fields.get("products") or []
    return "; ".join(
        " ".join(_number(p.get(k)) for k in ("quantity", "unit", "name") if p.get(k)) for p in items
    )


def _evidence(items: list[dict[str, Any]] | None) -> str:
    """Where values were read: the quoted text and its place ("body 863-878")."""
    return "; ".join(
        f"“{e.get('quote', '')[:40]}” ({e.get('source')} {e.get('start')}–{e.get('end')})"
        for e in items or []
    )


@leads_app.command("list")
def leads_list(
    status: Annotated[
        list[LeadStatus] | None,
        typer.Option(help="Only these statuses (repeatable; default pending_review)."),
    ] = None,
    all_statuses: Annotated[bool, typer.Option("--all", help="Every status.")] = False,
    country: Annotated[list[str] | None, typer.Option(help="ISO-2 codes, e.g. DE,FR.")] = None,
    category: Annotated[
        list[str] | None, typer.Option(help="inquiry, spam, phishing, notification, other.")
    ] = None,
    search: Annotated[str | None, typer.Option(help="Text in company, contact or email.")] = None,
    limit: LimitOption = None,
    as_json: JsonOption = False,
    user: UserOption = None,
) -> None:
    """List leads in review order (oldest pending first)."""
    statuses = () if all_statuses else tuple(status or (LeadStatus.PENDING_REVIEW,))
    flt = LeadFilter(
        statuses=statuses,
        countries=split_values(country),
        categories=split_values(category),
        text=search,
    )
    with session_scope() as session:
        leads = list_leads(
            session, acting_user(session, user), flt, limit=limit if (limit or as_json) else 50
        )
        rows = [lead_row(lead) | {"products": _products(lead)} for lead in leads]
    if as_json:
        print_json_lines(rows)
        return
    table = Table(
        "id", "created", "status", "category", "company", "contact", "email", "country", "products"
    )
    for r in rows:
        table.add_row(
            str(r["id"]),
            r["created_at"].strftime("%Y-%m-%d"),
            r["status"],
            r["category"],
            r["company_name"] or "",
            r["contact_name"] or "",
            r["email"] or "",
            r["country"] or "",
            r["products"][:50],
        )
    console.print(table)
    if not rows:
        console.print("No leads match.")


@leads_app.command("show")
def leads_show(
    lead_id: Annotated[int, typer.Argument(help="Lead id.")],
    as_json: JsonOption = False,
    user: UserOption = None,
) -> None:
    """Show a lead's fields with the text each came from, and its match candidates."""
    with session_scope() as session:
        lead = get_lead(session, acting_user(session, user), lead_id)
        row = lead_row(lead)
    if as_json:
        print_json_lines([row])
        return
    table = Table("field", "value", "evidence", title=f"lead {lead_id} ({row['status']})")
    for key, value in row["fields"].items():
        table.add_row(
            key, "" if value in (None, [], "") else str(value), _evidence(row["evidence"].get(key))
        )
    console.print(table)
    if row["candidates"]:
        console.print(Panel(str(row["candidates"]), title="match candidates"))
    if row["flags"]:
        console.print(Panel(str(row["flags"]), title="flags"))


@leads_app.command("accept")
def leads_accept(
    lead_id: Annotated[int, typer.Argument(help="Lead id.")],
    owner: Annotated[str | None, typer.Option(help="Rep to own the new customer.")] = None,
    note: Annotated[str | None, typer.Option(help="Why, for the record.")] = None,
    user: UserOption = None,
) -> None:
    """Accept a lead as a new customer."""
    with session_scope() as session:
        actor = acting_user(session, user)
        owner_id = get_user_by_name(session, owner).id if owner else None
        company = accept_lead(session, actor, lead_id, owner_id=owner_id, note=note)
        console.print(f"Lead {lead_id} accepted: new customer {company.id} {company.name!r}.")


@leads_app.command("merge")
def leads_merge(
    lead_id: Annotated[int, typer.Argument(help="Lead id.")],
    into: Annotated[int, typer.Option("--into", help="Id of the existing customer.")],
    note: Annotated[str | None, typer.Option(help="Why, for the record.")] = None,
    user: UserOption = None,
) -> None:
    """Merge a lead into an existing customer."""
    with session_scope() as session:
        company = merge_lead(session, acting_user(session, user), lead_id, into, note=note)
        console.print(f"Lead {lead_id} merged into customer {company.id} {company.name!r}.")


@leads_app.command("reject")
def leads_reject(
    lead_id: Annotated[int, typer.Argument(help="Lead id.")],
    reason: Annotated[str | None, typer.Option(help="spam, phishing, not a buyer...")] = None,
    user: UserOption = None,
) -> None:
    """Reject a lead (spam, phishing, not a buyer)."""
    with session_scope() as session:
        reject_lead(session, acting_user(session, user), lead_id, note=reason)
        console.print(f"Lead {lead_id} rejected.")

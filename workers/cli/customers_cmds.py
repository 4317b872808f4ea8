"""``customers list/show``."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

import typer
from rich.table import Table

from crm_store.models import Company, CompanyStatus, ContactKind, Tier
from crm_store.repo.companies import SORT_KEYS, CompanyFilter, get_company, list_companies
from crm_store.repo.orders import list_orders

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

customers_app = new_app("Customers: the customer information table.")


def company_row(company: Company, last_order: date | None, owner: str | None) -> dict[str, Any]:
    """Return a company as plain data (the --json form)."""
    return {
        "id": company.id,
        "name": company.name,
        "name_native": company.name_native,
        "name_en": company.name_en,
        "country": company.country,
        "city": company.city,
        "tier": company.tier.value,
        "status": company.status.value,
        "owner": owner,
        "last_order": last_order,
        "industry": company.industry,
        "website": company.website_domain,
        "source": company.source,
        "custom_fields": company.custom_fields,
    }


@customers_app.command("list")
def customers_list(
    country: Annotated[list[str] | None, typer.Option(help="ISO-2 codes, e.g. DE,FR.")] = None,
    tier: Annotated[list[Tier] | None, typer.Option(help="vip, key, ordinary, potential.")] = None,
    status: Annotated[
        list[CompanyStatus] | None, typer.Option(help="active, dormant, blacklisted.")
    ] = None,
    owner: Annotated[str | None, typer.Option(help="Owning rep's username.")] = None,
    search: Annotated[str | None, typer.Option(help="Text in the company's names.")] = None,
    last_order_before: Annotated[
        str | None, typer.Option(help="Last order before this date (YYYY-MM-DD).")
    ] = None,
    last_order_after: Annotated[
        str | None, typer.Option(help="Last order on or after this date (YYYY-MM-DD).")
    ] = None,
    sort: Annotated[
        str, typer.Option(help=f"One of {', '.join(SORT_KEYS)}; prefix '-' for descending.")
    ] = "name",
    limit: LimitOption = None,
    as_json: JsonOption = False,
    user: UserOption = None,
) -> None:
    """List customers with filters and sort."""
    flt = CompanyFilter(
        countries=split_values(country),
        tiers=tuple(tier or ()),
        statuses=tuple(status or ()),
        owner=owner,
        name_contains=search,
        last_order_before=_date(last_order_before, "--last-order-before"),
        last_order_after=_date(last_order_after, "--last-order-after"),
    )
    with session_scope() as session:
        rows = [
            company_row(*r)
            for r in list_companies(
                session,
                acting_user(session, user),
                flt,
                sort=sort,
                limit=limit if (limit or as_json) else 50,
            )
        ]
    if as_json:
        print_json_lines(rows)
        return
    table = Table("id", "company", "country", "tier", "status", "owner", "last order")
    for r in rows:
        table.add_row(
            str(r["id"]),
            r["name"],
            r["country"] or "",
            r["tier"],
            r["status"],
            r["owner"] or "",
            str(r["last_order"] or ""),
        )
    console.print(table)


def _date(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise typer.BadParameter(
            f"{value!r} is not a date like 2026-01-31", param_hint=option
        ) from exc


@customers_app.command("show")
def customers_show(
    company_id: Annotated[int, typer.Argument(help="Customer id.")],
    as_json: JsonOption = False,
    user: UserOption = None,
) -> None:
    """Show one customer with contacts and recent orders."""
    with session_scope() as session:
        actor = acting_user(session, user)
        company = get_company(session, actor, company_id)
        orders = list_orders(session, actor, company_id=company_id)
        row = company_row(company, orders[0].order_date if orders else None, None)
        row["contacts"] = [
            {
                "name": c.name,
                "title": c.title,
                "language": c.language,
                "emails": c.values(ContactKind.EMAIL),
                "phones": c.values(ContactKind.PHONE),
            }
            for c in company.contacts
        ]
        row["orders"] = [
            {
                "number": o.number,
                "date": o.order_date,
                "amount": o.amount,
                "currency": o.currency,
                "incoterm": o.incoterm and o.incoterm.value,
                "payment_terms": o.payment_terms and o.payment_terms.value,
            }
            for o in orders[:10]
        ]
    if as_json:
        print_json_lines([row])
        return
    console.print(f"[bold]{row['name']}[/] ({row['country']}, {row['tier']}, {row['status']})")
    contacts = Table("contact", "title", "emails", "phones", title="contacts")
    for c in row["contacts"]:
        contacts.add_row(
            c["name"], c["title"] or "", ", ".join(c["emails"]), ", ".join(c["phones"])
        )
    console.print(contacts)
    orders_table = Table("order", "date", "amount", "incoterm", "payment", title="recent orders")
    for o in row["orders"]:
        orders_table.add_row(
            o["number"],
            str(o["date"]),
            f"{o['amount']} {o['currency']}",
            o["incoterm"] or "",
            o["payment_terms"] or "",
        )
    console.print(orders_table)

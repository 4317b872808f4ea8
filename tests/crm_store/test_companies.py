"""The customer list: both ways of computing the last order agree."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from crm_store.repo.companies import CompanyFilter, create_company, list_companies
from crm_store.repo.orders import add_order


def test_last_order_is_the_same_whether_grouped_or_looked_up(session, people):
    start = date(2025, 1, 1)
    for n in range(12):
        owner = people.anna if n % 2 else people.kevin
        company = create_company(session, owner, name=f"C{n:02}", country="DE" if n % 3 else "FR")
        for k in range(n % 4):
            add_order(
                session,
                owner,
                company.id,
                number=f"N{n}-{k}",
                order_date=start + timedelta(days=17 * n + 40 * k),
                amount=Decimal(10),
                currency="USD",
            )
    grouped = {
        c.name: last for c, last, _ in list_companies(session, people.manager, sort="-last_order")
    }
    looked_up = {
        c.name: last for c, last, _ in list_companies(session, people.manager, sort="name")
    }
    assert grouped == looked_up
    ordered = [
        c.name
        for c, _, _ in list_companies(
            session, people.manager, CompanyFilter(countries=("DE",)), sort="-last_order"
        )
    ]
    expected = sorted(
        (n for n in grouped if n in {f"C{i:02}" for i in range(12) if i % 3}),
        key=lambda n: (grouped[n] is None, -(grouped[n] or start).toordinal(), n),
    )
    assert ordered == expected

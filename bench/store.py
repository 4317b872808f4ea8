"""Store benchmark: bulk insert of companies (with order history) and the filtered,
sorted customer list that reps and managers open all day, at 10k and 100k companies,
on SQLite and PostgreSQL.

    .venv/bin/python bench/store.py [--sizes 10000 100000] [--engines sqlite postgresql]

Prints one JSON line per measurement. PostgreSQL is reached at TRADELEAD_TEST_PG_URL
(default postgresql://postgres@127.0.0.1:5432/test); each run creates and drops a
database of its own there. There is no peer: the figures are tracked over time in
bench/README.md.
"""

from __future__ import annotations

import sys
from pathlib import Path

# bench/email.py is named like the standard library's ``email`` package: keep this folder
# off the import path so that ``import email`` (done by many libraries) finds the real one.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

import argparse
import json
import os
import random
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import insert, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from crm_store import migrate
from crm_store.engine import make_engine, make_session_factory
from crm_store.models import Company, Order, Role, Tier, User
from crm_store.repo.companies import (
    CompanyFilter,
    bulk_insert_companies,
    count_companies,
    list_companies,
)
from crm_store.repo.users import create_user

COUNTRIES = [
    "US",
    "DE",
    "GB",
    "FR",
    "ES",
    "IT",
    "NL",
    "PL",
    "SE",
    "RU",
    "TR",
    "AE",
    "SA",
    "IN",
    "VN",
    "TH",
    "MY",
    "ID",
    "AU",
    "BR",
    "MX",
    "CL",
    "NG",
    "ZA",
    "JP",
]
TIERS = [Tier.VIP] * 5 + [Tier.KEY] * 15 + [Tier.ORDINARY] * 50 + [Tier.POTENTIAL] * 30
ORDERS_PER_COMPANY = 3


def emit(**fields: Any) -> None:
    print(json.dumps({"bench": "store", **fields}), flush=True)


@contextmanager
def database(engine_name: str, pg_url: str) -> Iterator[str]:
    if engine_name == "sqlite":
        with tempfile.TemporaryDirectory() as tmp:
            yield f"sqlite:///{tmp}/bench.db"
        return
    name = f"tradelead_bench_{uuid.uuid4().hex[:8]}"
    admin = make_engine(pg_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(pg_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def company_rows(n: int, owners: list[int], rng: random.Random) -> list[dict[str, Any]]:
    return [
        {
            "name": f"Buyer {i:06d} {rng.choice(['GmbH', 'Ltd', 'LLC', 'S.L.', 'AB'])}",
            "country": rng.choice(COUNTRIES),
            "tier": rng.choice(TIERS),
            "owner_id": rng.choice(owners),
            "website_domain": f"buyer{i}.example",
        }
        for i in range(n)
    ]


def timed(fn: Callable[[], Any], repeat: int) -> tuple[list[float], Any]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return times, result


def run(engine_name: str, size: int, pg_url: str, repeat: int) -> None:
    rng = random.Random(size)
    with database(engine_name, pg_url) as url:
        engine = make_engine(url)
        migrate.upgrade(engine)
        factory = make_session_factory(engine)
        with factory.begin() as s:
            admin = create_user(s, None, username="admin", role=Role.ADMIN)
            manager = create_user(s, admin, username="mei", role=Role.MANAGER)
            reps = [create_user(s, admin, username=f"rep{i}", role=Role.REP) for i in range(10)]
            ids = {"manager": manager.id, "rep": reps[0].id}
            owners = [r.id for r in reps]
        rows = company_rows(size, owners, rng)

        start = time.perf_counter()
        with factory.begin() as s:
            bulk_insert_companies(s, s.get(User, ids["manager"]), rows)
        seconds = time.perf_counter() - start
        emit(
            engine=engine_name,
            companies=size,
            op="bulk_insert_companies",
            rows=size,
            seconds=round(seconds, 3),
            rows_per_s=round(size / seconds),
        )

        start = time.perf_counter()
        with factory.begin() as s:
            company_ids = s.scalars(select(Company.id)).all()
            today = date(2026, 11, 28)
            order_rows = [
                {
                    "company_id": cid,
                    "number": f"EB-{cid}-{k}",
                    "order_date": today - timedelta(days=rng.randint(1, 1000)),
                    "amount": Decimal(rng.randint(1000, 90000)),
                    "currency": "USD",
                }
                for cid in company_ids
                for k in range(ORDERS_PER_COMPANY)
            ]
            for i in range(0, len(order_rows), 5000):
                s.execute(insert(Order), order_rows[i : i + 5000])
        seconds = time.perf_counter() - start
        emit(
            engine=engine_name,
            companies=size,
            op="bulk_insert_orders",
            rows=len(order_rows),
            seconds=round(seconds, 3),
            rows_per_s=round(len(order_rows) / seconds),
        )
        if engine_name == "postgresql":
            with engine.begin() as conn:
                conn.execute(text("ANALYZE"))

        queries = {
            "list_manager_DE_key+vip_by_last_order": (
                "manager",
                CompanyFilter(countries=("DE",), tiers=(Tier.KEY, Tier.VIP)),
                "-last_order",
            ),
            "list_rep_own_by_name": ("rep", CompanyFilter(), "name"),
            "list_manager_search_name": ("manager", CompanyFilter(name_contains="00042"), "name"),
            "list_manager_dormant_last_order_before": (
                "manager",
                CompanyFilter(last_order_before=date(2026, 6, 1)),
                "-last_order",
            ),
        }
        for label, (who, flt, sort) in queries.items():
            with Session(engine) as s:
                actor = s.get(User, ids[who])
                assert actor is not None
                times, result = timed(
                    lambda s=s, actor=actor, flt=flt, sort=sort: list_companies(
                        s, actor, flt, sort=sort, limit=50
                    ),
                    repeat,
                )
                total = count_companies(s, actor, flt)
            emit(
                engine=engine_name,
                companies=size,
                op=label,
                page=len(result),
                matching=total,
                p50_ms=round(statistics.median(times) * 1000, 2),
                p95_ms=round(sorted(times)[int(0.95 * (len(times) - 1))] * 1000, 2),
            )
        engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument(
        "--engines", nargs="+", default=["sqlite", "postgresql"], choices=["sqlite", "postgresql"]
    )
    parser.add_argument(
        "--pg-url",
        default=os.environ.get(
            "TRADELEAD_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/test"
        ),
    )
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    for engine_name in args.engines:
        for size in args.sizes:
            run(engine_name, size, args.pg_url, args.repeat)


if __name__ == "__main__":
    main()

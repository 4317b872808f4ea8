"""Deterministic demo customers of Ningbo Everbright Tools Co., Ltd. for the embedded demo.

``populate_customers`` adds buyer companies from about thirty export markets with their
contacts, two to three years of orders with lines and payments, credit assessments and a
communication log. Every value is drawn from one ``random.Random(seed)`` and ``today``,
so the same seed and day give the same rows (and, on a fresh database, the same ids).
The pools of names, cities, products and texts live in ``demo_pools``.
"""

from __future__ import annotations

import math
import random
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy.orm import Session

from crm_store.models import (
    Channel,
    Company,
    CompanyStatus,
    Contact,
    ContactKind,
    ContactPoint,
    CreditAssessment,
    DeliveryStatus,
    Incoterm,
    Interaction,
    Order,
    OrderLine,
    Payment,
    PaymentTerms,
    Tier,
    User,
)

from . import demo_pools as pools
from .demo_pools import City, Market, Product, Touch

CENT = Decimal("0.01")


@dataclass(frozen=True)
class _TierPlan:
    share: float  # of all companies
    cycle: tuple[int, int]  # days between orders
    scale: float  # order quantities relative to an ordinary buyer's
    price: float  # price factor: big buyers get a discount
    employees: tuple[int, int]


TIER_PLANS = {
    Tier.VIP: _TierPlan(0.05, (25, 45), 3.0, 0.93, (80, 3000)),
    Tier.KEY: _TierPlan(0.15, (35, 70), 1.8, 0.96, (20, 800)),
    Tier.ORDINARY: _TierPlan(0.50, (45, 110), 1.0, 1.0, (5, 250)),
    Tier.POTENTIAL: _TierPlan(0.30, (0, 0), 1.0, 1.0, (3, 300)),  # prospects: no orders
}
_FOLD = str.maketrans({"ß": "ss", "ł": "l", "Ł": "L", "ı": "i", "đ": "d", "Đ": "D", "ø": "o"})
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


@dataclass(frozen=True)
class DemoCounts:
    companies: int
    contacts: int
    orders: int
    order_lines: int
    payments: int
    overdue_payments: int
    credit_assessments: int
    interactions: int


@dataclass
class _Customer:
    """What the generator decided about one company before writing its history."""

    company: Company
    market: Market
    city: City
    tier: Tier
    industry: str
    since: date  # first contact
    first_channel: Channel
    products: list[Product]
    currency: str
    price_factor: float
    incoterm: Incoterm
    incoterm_place: str
    terms: PaymentTerms
    terms_note: str
    slow_payer: bool
    first_order: date | None
    cycle_days: int
    last_order_by: date | None = None  # dormant and blacklisted buyers stopped ordering
    orders: list[Order] = field(default_factory=list)


def populate_customers(
    session: Session,
    *,
    owners: Sequence[User],
    today: date,
    seed: int = 20261128,
    n_companies: int = 200,
) -> DemoCounts:
    """Add demo companies with contacts, order history, payments, credit assessments and a
    communication log; flush, never commit; return the counts."""
    rng = random.Random(seed)
    session.flush()  # the owners need their ids
    owner_ids = [owner.id for owner in owners]
    customers = _plan_customers(rng, n_companies, owner_ids, today)
    session.add_all([c.company for c in customers])
    session.flush()  # orders, credit and the log refer to company and contact ids
    orders = _write_orders(rng, customers, today)
    overdue = _leave_overdue(rng, orders, today)
    credits = [a for c in customers if (a := _assess_credit(rng, c, today)) is not None]
    log = [entry for c in customers for entry in _log_interactions(rng, c, today, overdue)]
    session.add_all([*orders, *credits, *log])
    session.flush()
    return DemoCounts(
        companies=len(customers),
        contacts=sum(len(c.company.contacts) for c in customers),
        orders=len(orders),
        order_lines=sum(len(o.lines) for o in orders),
        payments=sum(len(o.payments) for o in orders),
        overdue_payments=len(overdue),
        credit_assessments=len(credits),
        interactions=len(log),
    )


# -- companies and contacts ------------------------------------------------------------


def _plan_customers(
    rng: random.Random, n: int, owner_ids: list[int], today: date
) -> list[_Customer]:
    tiers: list[Tier] = [
        t
        for t, plan in TIER_PLANS.items()
        if t is not Tier.POTENTIAL
        for _ in range(round(n * plan.share))
    ]
    tiers += [Tier.POTENTIAL] * (n - len(tiers))
    rng.shuffle(tiers)
    taken: set[str] = set()  # names, domains, emails and phones already handed out
    customers = [
        _plan_customer(rng, market, tier, owner_ids, today, taken)
        for market, tier in zip(_market_deck(rng, n), tiers, strict=True)
    ]
    _retire_some(rng, customers, today)
    _birthdays_soon(rng, customers, today)
    return customers


def _market_deck(rng: random.Random, n: int) -> list[Market]:
    """Return ``n`` markets in proportion to their weights (largest remainders), shuffled."""
    total = sum(m.weight for m in pools.MARKETS)
    quotas = [(n * m.weight / total, m) for m in pools.MARKETS]
    deck = [m for quota, m in quotas for _ in range(int(quota))]
    by_remainder = sorted(quotas, key=lambda qm: qm[0] - int(qm[0]), reverse=True)
    deck += [m for _, m in by_remainder[: n - len(deck)]]
    rng.shuffle(deck)
    return deck


def _plan_customer(
    rng: random.Random,
    market: Market,
    tier: Tier,
    owner_ids: list[int],
    today: date,
    taken: set[str],
) -> _Customer:
    city = rng.choice(market.cities)
    industry = rng.choices(list(pools.INDUSTRIES), [w for w, _ in pools.INDUSTRIES.values()])[0]
    source, _, channel = rng.choices(pools.SOURCES, [w for _, w, _ in pools.SOURCES])[0]
    first_order, since = _history_start(rng, tier, today)
    if source == "Canton Fair":
        since = _canton_fair_before(rng, since)
    company = _company(rng, market, city, tier, industry, source, since, today, taken)
    company.owner_id = rng.choice(owner_ids) if owner_ids and rng.random() >= 0.05 else None
    company.contacts = _contacts(rng, market, city, company.website_domain or "", since, taken)
    products = _product_range(rng, tier, industry)
    incoterm, place = _incoterm(rng, city, industry)
    terms, note = _payment_terms(rng, market, tier, first_order, today)
    if rng.random() < 0.7:
        company.notes = rng.choice(pools.NOTES).format(
            cert=market.cert, primary=company.contacts[0].name, line=products[0].line
        )
    return _Customer(
        company=company,
        market=market,
        city=city,
        tier=tier,
        industry=industry,
        since=since,
        first_channel=channel,
        products=products,
        currency=rng.choice(market.currencies),
        price_factor=TIER_PLANS[tier].price * rng.uniform(0.97, 1.04),
        incoterm=incoterm,
        incoterm_place=place,
        terms=terms,
        terms_note=note,
        slow_payer=rng.random() < (0.5 if market.risk_note else 0.1),
        first_order=first_order,
        cycle_days=rng.randint(*TIER_PLANS[tier].cycle),
    )


def _history_start(rng: random.Random, tier: Tier, today: date) -> tuple[date | None, date]:
    """Return the first order date (None for prospects) and the date of first contact."""
    if tier is Tier.POTENTIAL:
        return None, today - timedelta(days=rng.randint(2, 540))
    newcomer = tier is not Tier.VIP and rng.random() < 0.2
    first = today - timedelta(days=rng.randint(90, 540) if newcomer else rng.randint(730, 1080))
    first = _weekday(first)
    return first, first - timedelta(days=rng.randint(20, 150))


def _canton_fair_before(rng: random.Random, day: date) -> date:
    """Return a day of the last Canton Fair phase 1 (hardware, tools, lighting) before ``day``."""
    for year in (day.year, day.year - 1):
        for month in (10, 4):
            fair = date(year, month, 15 + rng.randint(0, 4))
            if fair <= day:
                return fair
    return day


def _company(
    rng: random.Random,
    market: Market,
    city: City,
    tier: Tier,
    industry: str,
    source: str,
    since: date,
    today: date,
    taken: set[str],
) -> Company:
    name, native, english, form_label, base = _company_name(rng, market, city, taken)
    low, high = TIER_PLANS[tier].employees
    employees = round(math.exp(rng.uniform(math.log(low), math.log(high))))
    revenue = employees * rng.uniform(120_000, 450_000) * market.per_usd
    street = rng.choice(market.streets).format(
        b=rng.randint(1, 30), n=rng.randint(1, 180), nnn=rng.randint(100, 9899)
    )
    created = _at(rng, since)
    return Company(
        name=name,
        name_native=native,
        name_en=english,
        legal_form=form_label,
        industry=industry,
        employees=employees,
        founded_year=rng.randint(2010 if industry == "e-commerce seller" else 1965, today.year - 3),
        annual_revenue=Decimal(f"{revenue:.3g}").quantize(CENT),
        revenue_currency=market.local_currency,
        country=market.code,
        city=city.name,
        address=market.address.format(street=street, postcode=city.postcode, city=city.name),
        website_domain=_domain(rng, market, base, taken),
        tier=tier,
        status=CompanyStatus.ACTIVE,
        source=source,
        custom_fields=_custom_fields(rng, market, city),
        created_at=created,
        updated_at=created,
    )


def _company_name(
    rng: random.Random, market: Market, city: City, taken: set[str]
) -> tuple[str, str | None, str, str, str]:
    """Return name, native name, English name, legal form and the Latin base name."""
    for attempt in range(40):
        form = rng.choice(market.forms)
        native_base: str | None = None
        if market.native:
            native_base, base = rng.choice(market.native)
        else:
            base = rng.choice(market.patterns).format(
                stem=rng.choice(market.stems),
                kind=rng.choice(market.kinds),
                last=rng.choice(market.last),
            )
        if attempt >= 30:  # the pool is used up: a namesake, set apart by its city
            base = f"{base} {city.name}"
        if form.latin.format(base) not in taken:
            break
    taken.add(form.latin.format(base))
    native = form.native.format(native_base) if form.native and native_base else None
    english = (form.english or form.latin).format(base)
    return form.latin.format(base), native, english, form.label, base


def _domain(rng: random.Random, market: Market, base: str, taken: set[str]) -> str:
    words = re.findall(r"[a-z0-9]+", _ascii(base, market).lower())
    stem = "".join(words) if len("".join(words)) <= 18 else "-".join(words[:2])
    tld = rng.choice(market.tlds)
    candidates = [stem, f"{stem}-group", f"{stem}-trade", *(f"{stem}{n}" for n in range(2, 99))]
    domain = next(f"{c}.{tld}" for c in candidates if f"{c}.{tld}" not in taken)
    taken.add(domain)
    return domain


def _custom_fields(rng: random.Random, market: Market, city: City) -> dict[str, str]:
    fields: dict[str, str] = {}
    if rng.random() < 0.4:
        fields["preferred_port"] = city.port
    for key, choices in pools.CUSTOM_FIELD_CHOICES.items():
        if rng.random() < 0.2:
            fields[key] = rng.choice(choices)
    if rng.random() < 0.25:
        fields["certifications"] = market.cert
    return fields


def _contacts(
    rng: random.Random, market: Market, city: City, domain: str, since: date, taken: set[str]
) -> list[Contact]:
    contacts: list[Contact] = []
    for i in range(rng.choices((1, 2, 3), (45, 35, 20))[0]):
        first, last = _person(rng, market)
        while any(c.name == f"{first} {last}" for c in contacts):
            first, last = _person(rng, market)
        birthday = None
        if rng.random() < 0.4:
            birthday = date(
                since.year - rng.randint(28, 60), rng.randint(1, 12), rng.randint(1, 28)
            )
        contact = Contact(
            name=f"{first} {last}",
            title=rng.choice(pools.OTHER_TITLES if i else pools.PRIMARY_TITLES),
            birthday=birthday,
            language=rng.choice(market.languages),
            is_primary=i == 0,
            created_at=_at(rng, since + timedelta(days=rng.randint(0, 60) if i else 0)),
        )
        contact.points = _contact_points(rng, market, city, domain, first, last, taken)
        contacts.append(contact)
    return contacts


def _person(rng: random.Random, market: Market) -> tuple[str, str]:
    first, last = rng.choice(market.first), rng.choice(market.last)
    if first in market.female:
        for ending, feminine in market.feminine:
            if last.endswith(ending):
                return first, last[: -len(ending)] + feminine
    return first, last


def _contact_points(
    rng: random.Random,
    market: Market,
    city: City,
    domain: str,
    first: str,
    last: str,
    taken: set[str],
) -> list[ContactPoint]:
    email, label = _email(rng, market, domain, _slug(first, market), _slug(last, market), taken)
    points = [ContactPoint(kind=ContactKind.EMAIL, value=email, label=label)]
    if rng.random() < 0.92:
        phone = _phone(rng, market, city, taken)
        points.append(ContactPoint(kind=ContactKind.PHONE, value=phone, label="mobile"))
        if rng.random() < market.whatsapp:
            points.append(ContactPoint(kind=ContactKind.WHATSAPP, value=phone))
    handle = f"{_slug(first, market)}{_slug(last, market)}{rng.randint(10, 99)}"
    if rng.random() < market.wechat:
        wechat = f"wxid_{rng.getrandbits(56):014x}" if rng.random() < 0.4 else handle
        points.append(ContactPoint(kind=ContactKind.WECHAT, value=wechat))
    if rng.random() < market.skype:
        skype = f"live:.cid.{rng.getrandbits(64):016x}" if rng.random() < 0.5 else handle
        points.append(ContactPoint(kind=ContactKind.SKYPE, value=skype))
    return points


def _email(
    rng: random.Random, market: Market, domain: str, first: str, last: str, taken: set[str]
) -> tuple[str, str]:
    """Return a lower-case address at the company domain (or a free mailbox) and its label."""
    if rng.random() < 0.15:
        host, label = rng.choice(market.free_mail), "personal"
        local = (
            str(rng.randint(10**7, 10**10))
            if host in ("qq.com", "163.com")
            else rng.choice((f"{first}.{last}", f"{first}{last}{rng.randint(1, 99)}"))
        )
    else:
        host, label = domain, "work"
        local = rng.choice((f"{first}.{last}", f"{first}.{last}", first, f"{first[0]}{last}"))
    email, n = f"{local}@{host}", 1
    while email in taken:
        n += 1
        email = f"{local}{n}@{host}"
    taken.add(email)
    return email, label


def _phone(rng: random.Random, market: Market, city: City, taken: set[str]) -> str:
    """Return an E.164 number: country code, then a city area or mobile prefix, then digits."""
    prefix = city.area or rng.choice(market.mobile)
    while True:
        rest = market.nsn - len(prefix)
        digits = str(rng.randint(2, 9)) + "".join(str(rng.randrange(10)) for _ in range(rest - 1))
        phone = f"+{market.dial}{prefix}{digits}"
        if phone not in taken:
            taken.add(phone)
            return phone


def _retire_some(rng: random.Random, customers: list[_Customer], today: date) -> None:
    """Make two long-standing buyers blacklisted and about 6% dormant (no orders for a year)."""
    veterans = [
        c
        for c in customers
        if c.first_order and c.tier is not Tier.VIP and c.first_order < today - timedelta(days=700)
    ]
    picks = rng.sample(veterans, k=min(len(veterans), 2 + round(len(customers) * 0.06)))
    for i, c in enumerate(picks):
        if i < 2:
            c.last_order_by = today - timedelta(days=rng.randint(240, 420))
            c.company.status = CompanyStatus.BLACKLISTED
            c.slow_payer = True
            c.company.notes = (
                f"Blacklisted {c.last_order_by:%b %Y}: held the balance for three months over "
                "alleged defects, no inspection report. Prepayment only, manager approval."
            )
        else:
            c.last_order_by = today - timedelta(days=rng.randint(400, 640))
            c.company.status = CompanyStatus.DORMANT


def _birthdays_soon(rng: random.Random, customers: list[_Customer], today: date) -> None:
    """Move a handful of birthdays into the two weeks after ``today``."""
    with_birthday = [p for c in customers for p in c.company.contacts if p.birthday]
    for contact in rng.sample(with_birthday, k=min(len(with_birthday), rng.randint(5, 8))):
        soon = today + timedelta(days=rng.randint(1, 14))
        if (soon.month, soon.day) == (2, 29):
            soon -= timedelta(days=1)
        assert contact.birthday is not None
        contact.birthday = contact.birthday.replace(month=soon.month, day=soon.day)


# -- what and how they buy -------------------------------------------------------------


def _product_range(rng: random.Random, tier: Tier, industry: str) -> list[Product]:
    lines = pools.INDUSTRIES[industry][1]
    wanted = rng.randint(2, 3) if tier in (Tier.VIP, Tier.KEY) else rng.randint(1, 2)
    chosen = rng.sample(lines, k=min(wanted, len(lines)))
    skus = [p for p in pools.PRODUCTS if p.line in chosen]
    return rng.sample(skus, k=min(len(skus), rng.randint(3, 7)))


def _incoterm(rng: random.Random, city: City, industry: str) -> tuple[Incoterm, str]:
    if industry == "e-commerce seller" and rng.random() < 0.4:
        return Incoterm.DDP, f"{city.name} (Amazon FBA)"
    incoterm = rng.choices(
        (Incoterm.FOB, Incoterm.CIF, Incoterm.CFR, Incoterm.EXW, Incoterm.DAP, Incoterm.DDP),
        (64, 13, 8, 6, 5, 4),
    )[0]
    if incoterm is Incoterm.FOB:
        return incoterm, rng.choice(("Ningbo", "Ningbo", "Ningbo", "Shanghai"))
    if incoterm in (Incoterm.CIF, Incoterm.CFR):
        return incoterm, city.port
    return incoterm, "Yuyao, Ningbo (factory)" if incoterm is Incoterm.EXW else city.name


def _payment_terms(
    rng: random.Random, market: Market, tier: Tier, first_order: date | None, today: date
) -> tuple[PaymentTerms, str]:
    long_standing = first_order is not None and first_order < today - timedelta(days=700)
    if rng.random() < market.lc_share:
        terms = PaymentTerms.LC
    elif tier is Tier.VIP and long_standing and rng.random() < 0.6:
        terms = PaymentTerms.OA
    elif rng.random() < 0.06:
        terms = PaymentTerms.DP
    else:
        notes = [note for note, _ in pools.TT_NOTES]
        return PaymentTerms.TT, rng.choices(notes, [w for _, w in pools.TT_NOTES])[0]
    return terms, pools.TERMS_NOTES[terms]


# -- orders and payments ---------------------------------------------------------------


def _write_orders(rng: random.Random, customers: list[_Customer], today: date) -> list[Order]:
    """Build every order, numbered per year in date order (EB-2025-00123)."""
    planned = sorted(
        (day, i) for i, c in enumerate(customers) for day in _order_days(rng, c, today)
    )
    per_year: dict[int, int] = {}
    orders = []
    for day, i in planned:
        per_year[day.year] = per_year.get(day.year, 0) + 1
        order = _order(rng, customers[i], day, f"EB-{day.year}-{per_year[day.year]:05d}", today)
        customers[i].orders.append(order)
        orders.append(order)
    return orders


def _order_days(rng: random.Random, c: _Customer, today: date) -> list[date]:
    if c.first_order is None:
        return []
    stop = min(today, c.last_order_by or today)
    days, day = [], c.first_order
    while day <= stop:
        days.append(day)
        gap = c.cycle_days * rng.uniform(0.75, 1.3)
        if c.industry in pools.RETAIL_INDUSTRIES and 7 <= day.month <= 10:
            gap *= 0.7
        day = _after_new_year(rng, _weekday(day + timedelta(days=round(gap))))
    return days


def _after_new_year(rng: random.Random, day: date) -> date:
    """Most buyers wait out the Chinese New Year factory shutdown (late Jan to mid Feb)."""
    in_holiday = (day.month, day.day) >= (1, 22) and (day.month, day.day) <= (2, 20)
    if in_holiday and rng.random() < 0.7:
        return _weekday(date(day.year, 2, 21) + timedelta(days=rng.randint(0, 14)))
    return day


def _order(rng: random.Random, c: _Customer, day: date, number: str, today: date) -> Order:
    lines = _order_lines(rng, c, day, today)
    amount = sum((line.amount for line in lines), Decimal(0))
    promised = day + timedelta(days=rng.randint(25, 45))
    late = rng.random() < 0.1
    shipped = promised + timedelta(days=rng.randint(4, 21) if late else -rng.randint(0, 3))
    done = shipped <= today
    status = DeliveryStatus.PENDING
    if done:
        status = DeliveryStatus.LATE if late else DeliveryStatus.ON_TIME
    quality = done and rng.random() < 0.03
    payments = _payments(rng, c, day, shipped, amount, today)
    return Order(
        company_id=c.company.id,
        number=number,
        order_date=day,
        amount=amount,
        currency=c.currency,
        incoterm=c.incoterm,
        incoterm_place=c.incoterm_place,
        payment_terms=c.terms,
        payment_terms_note=c.terms_note,
        due_date=max(p.due_date for p in payments),
        delivery_status=status,
        delivered_on=shipped if done else None,
        quality_issue=quality,
        quality_note=_quality_note(rng, lines[0]) if quality else None,
        created_at=_at(rng, day),
        lines=lines,
        payments=payments,
    )


def _order_lines(rng: random.Random, c: _Customer, day: date, today: date) -> list[OrderLine]:
    scale = TIER_PLANS[c.tier].scale * rng.uniform(0.7, 1.3)
    if c.industry in pools.RETAIL_INDUSTRIES and 7 <= day.month <= 10:
        scale *= 1.3
    # List prices rise about 2.5% a year; the customer's price holds within a year.
    factor = pools.PER_USD[c.currency] * c.price_factor * (1 + 0.025 * (day.year - today.year))
    lines = []
    for p in rng.sample(c.products, k=min(len(c.products), rng.choice((1, 2, 2, 3, 3, 4)))):
        cartons = max(1, round(rng.randint(p.min_qty, p.max_qty) * scale / p.pack))
        quantity = Decimal(cartons * p.pack)
        price = Decimal(f"{p.usd * factor:.2f}")
        lines.append(
            OrderLine(
                product=p.name,
                product_line=p.line,
                sku=p.sku,
                quantity=quantity,
                unit=p.unit,
                unit_price=price,
                amount=(quantity * price).quantize(CENT),
            )
        )
    return lines


def _quality_note(rng: random.Random, line: OrderLine) -> str:
    qty = int(line.quantity)
    return rng.choice(pools.QUALITY_NOTES).format(
        n=max(3, round(qty * rng.uniform(0.005, 0.03))),
        qty=qty,
        pct=round(rng.uniform(1.5, 4.5), 1),
    )


def _payments(
    rng: random.Random, c: _Customer, day: date, shipped: date, amount: Decimal, today: date
) -> list[Payment]:
    if c.terms is PaymentTerms.TT and c.terms_note.startswith("30%"):
        deposit = (amount * Decimal("0.3")).quantize(CENT)
        balance_due = shipped + timedelta(days=5 if "B/L" in c.terms_note else -3)
        plan = [(deposit, day + timedelta(days=7)), (amount - deposit, balance_due)]
    else:
        plan = [(amount, shipped + timedelta(days=pools.DUE_AFTER_SHIPMENT[c.terms]))]
    return [
        Payment(
            amount=part,
            currency=c.currency,
            due_date=due,
            method=pools.PAYMENT_METHODS[c.terms],
            paid_at=_paid_at(rng, due, today, c.slow_payer),
        )
        for part, due in plan
    ]


def _paid_at(rng: random.Random, due: date, today: date, slow: bool) -> datetime | None:
    """Return when a payment arrived; None while it is not yet due (overdue ones come later)."""
    paid = due + timedelta(days=rng.randint(-6, 3) + (rng.randint(0, 12) if slow else 0))
    if paid >= today:
        if due >= today:
            return None
        paid = due + timedelta(days=rng.randint(0, (today - due).days - 1))
    return _at(rng, paid)


def _leave_overdue(rng: random.Random, orders: list[Order], today: date) -> list[Order]:
    """Leave the final payment of a handful of recent orders unpaid past its due date."""
    recent = [
        o
        for o in orders
        if o.payments[-1].paid_at is not None
        and today - timedelta(days=75) <= o.payments[-1].due_date < today
    ]
    picks = rng.sample(recent, k=min(len(recent), rng.randint(6, 9)))
    for order in picks:
        order.payments[-1].paid_at = None
    return picks


# -- credit and the communication log --------------------------------------------------


def _assess_credit(rng: random.Random, c: _Customer, today: date) -> CreditAssessment | None:
    blacklisted = c.company.status is CompanyStatus.BLACKLISTED
    if not c.orders or (not blacklisted and c.tier is not Tier.VIP and rng.random() > 0.6):
        return None
    source = rng.choices(list(pools.RATING_SCALES), pools.RATING_SOURCE_WEIGHTS)[0]
    scale = pools.RATING_SCALES[source]
    risk = {Tier.VIP: 0.0, Tier.KEY: 0.2}.get(c.tier, 0.4) + rng.uniform(0, 0.3)
    risk += 0.3 if c.market.risk_note else 0.0
    grade = len(scale) - 1 if blacklisted else min(len(scale) - 2, int(risk * (len(scale) - 1)))
    recent = c.orders[-5:]
    typical = float(sum(o.amount for o in recent)) / len(recent)
    limit = 0 if blacklisted else round(typical * rng.uniform(1.5, 3.5) / 5000 + 1) * 5000
    disputes = [f"{o.number}: {o.quality_note} Resolved." for o in c.orders if o.quality_issue]
    if blacklisted:
        disputes.append(
            f"{c.orders[-1].number}: balance held three months over alleged "
            "defects; no inspection report. Relationship ended."
        )
    elif rng.random() < 0.08:
        disputes.append(
            f"{rng.choice(c.orders).number}: claimed 2 cartons short; loading "
            "photos showed the full count. Claim withdrawn."
        )
    mitigation = pools.MITIGATIONS[c.terms]
    if blacklisted:
        mitigation = "No new orders; 100% prepayment if ever resumed, manager approval."
    elif grade >= len(scale) // 2:
        mitigation += " Sinosure cover requested before raising the limit."
    return CreditAssessment(
        company_id=c.company.id,
        assessed_at=_at(rng, today - timedelta(rng.randint(5, 380))),
        rating=scale[grade],
        source=source,
        credit_limit=Decimal(limit).quantize(CENT),
        currency=c.currency,
        disputes=" ".join(disputes) or None,
        country_risk_note=c.market.risk_note,
        fx_risk_note=c.market.fx_note,
        mitigations=mitigation,
    )


def _log_interactions(
    rng: random.Random, c: _Customer, today: date, overdue: list[Order]
) -> list[Interaction]:
    """Return 1-5 log entries: the first contact, then follow-ups, complaints and reminders."""
    first = {Channel.TRADE_SHOW: pools.FIRST_MEETING}.get(c.first_channel, pools.FIRST_INQUIRY)
    if c.company.source == "cold email":
        first = pools.FIRST_COLD
    planned: list[tuple[date, Touch, Order | None]] = [(c.since, first, None)]
    wanted = rng.randint(1, 5)
    for o in [o for o in c.orders if o.quality_issue][:1]:
        assert o.delivered_on is not None
        planned.append((o.delivered_on + timedelta(days=rng.randint(20, 45)), pools.COMPLAINT, o))
    for o in [o for o in overdue if o in c.orders]:
        reminded = o.payments[-1].due_date + timedelta(days=rng.randint(2, 20))
        planned.append((reminded, pools.PAYMENT_REMINDER, o))
    extra = max(0, wanted - len(planned))
    if c.orders:
        for touch in rng.sample(pools.CUSTOMER_TOUCHES, k=min(extra, 5)):
            o = rng.choice(c.orders)
            planned.append((o.order_date + timedelta(days=rng.randint(-25, 40)), touch, o))
    else:  # a prospect is quoted, chased, then sent samples, in that order
        for touch in pools.PROSPECT_TOUCHES[:extra]:
            planned.append((planned[-1][0] + timedelta(days=rng.randint(3, 30)), touch, None))
    entries = [(min(max(day, c.since), today), touch, o) for day, touch, o in planned[:5]]
    return [
        _interaction(rng, c, day, touch, o, today)
        for day, touch, o in sorted(entries, key=lambda e: e[0])
    ]


def _interaction(
    rng: random.Random, c: _Customer, day: date, touch: Touch, order: Order | None, today: date
) -> Interaction:
    product = c.products[0]  # what a prospect asked about first
    qty = rng.randint(product.min_qty, product.max_qty) // 100 * 100
    if order is not None:  # talk about what that order was mostly for
        product = next(p for p in c.products if p.sku == order.lines[0].sku)
        qty = int(order.lines[0].quantity)
    contacts = c.company.contacts
    contact = contacts[0] if rng.random() < 0.6 else rng.choice(contacts)
    show = rng.choice(pools.TRADE_SHOWS.get(product.line.split()[0], pools.TRADE_SHOWS["tools"]))
    if c.company.source == "Canton Fair":
        show = "Canton Fair (phase 1)"
    context = {
        "product": product.name,
        "line": product.line,
        "unit": product.unit,
        "qty": f"{qty:,}",
        "port": c.city.port,
        "cert": c.market.cert,
        "currency": c.currency,
        "price": f"{product.usd * pools.PER_USD[c.currency] * 0.97:.2f}",
        "show": show,
        "order": order.number if order else "",
        "quality": order.quality_note if order else "",
    }
    occurred = _at(rng, day)
    follow_up: str | None = rng.choice(touch.follow_ups)
    if today - day < timedelta(days=7):
        follow_up = None  # too recent: the outcome is still open

    def fill(text: str | None) -> str | None:
        return text.format(**context) if text else None

    return Interaction(
        company_id=c.company.id,
        contact_id=contact.id,
        rep_id=c.company.owner_id,
        channel=rng.choice(touch.channels or (c.first_channel,)),
        direction=touch.direction,
        occurred_at=occurred,
        summary=fill(touch.summary),
        explicit_needs=fill(touch.explicit),
        latent_needs=fill(touch.latent),
        solution=fill(touch.solution),
        follow_up_result=fill(follow_up),
        created_at=occurred,
    )


# -- small helpers -------------------------------------------------------------------


def _at(rng: random.Random, day: date) -> datetime:
    """Return a time on ``day`` during the Ningbo office day, in UTC."""
    return datetime.combine(day, time(rng.randint(0, 10), rng.randint(0, 59)), tzinfo=UTC)


def _weekday(day: date) -> date:
    return day + timedelta(days=7 - day.weekday()) if day.weekday() >= 5 else day


def _ascii(text: str, market: Market) -> str:
    if market.code == "DE":
        text = text.translate(_UMLAUTS)
    folded = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return folded.encode("ascii", "ignore").decode()


def _slug(text: str, market: Market) -> str:
    return re.sub(r"[^a-z0-9]", "", _ascii(text, market).lower())

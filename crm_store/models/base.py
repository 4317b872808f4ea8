"""Declarative base, shared column types and the enumerations of the customer table."""

from __future__ import annotations

import enum
from datetime import UTC, datetime
from typing import Any, ClassVar

from sqlalchemy import JSON, DateTime, Enum, MetaData
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.types import TypeDecorator

# Deterministic constraint names keep Alembic migrations identical on SQLite and PostgreSQL.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    """Return the current time, timezone-aware in UTC."""
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """A timestamp stored in UTC and always returned timezone-aware.

    SQLite keeps no zone, so without this a value read back would be naive on one
    engine and aware on the other.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value!r}: pass a timezone-aware value")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


JSONType = JSON().with_variant(JSONB(), "postgresql")


def str_enum(enum_cls: type[enum.Enum]) -> Enum:
    """Store an enum by value as a plain string column (no native type, easy migrations)."""
    return Enum(
        enum_cls,
        native_enum=False,
        create_constraint=False,
        length=max(len(m.value) for m in enum_cls),
        values_callable=lambda cls: [m.value for m in cls],
        validate_strings=True,
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UTCDateTime(),
        dict[str, Any]: JSONType,
    }


class Role(enum.StrEnum):
    REP = "rep"
    MANAGER = "manager"
    ADMIN = "admin"


class Tier(enum.StrEnum):
    VIP = "vip"
    KEY = "key"
    ORDINARY = "ordinary"
    POTENTIAL = "potential"


class CompanyStatus(enum.StrEnum):
    ACTIVE = "active"
    DORMANT = "dormant"
    BLACKLISTED = "blacklisted"


class ContactKind(enum.StrEnum):
    EMAIL = "email"
    PHONE = "phone"
    WHATSAPP = "whatsapp"
    WECHAT = "wechat"
    SKYPE = "skype"


class Channel(enum.StrEnum):
    EMAIL = "email"
    ALIBABA = "alibaba"
    MADE_IN_CHINA = "made_in_china"
    GLOBAL_SOURCES = "global_sources"
    INDIAMART = "indiamart"
    WEB_FORM = "web_form"
    PHONE = "phone"
    WHATSAPP = "whatsapp"
    WECHAT = "wechat"
    MEETING = "meeting"
    TRADE_SHOW = "trade_show"
    OTHER = "other"


class Direction(enum.StrEnum):
    INBOUND = "inbound"
    OUTBOUND = "outbound"


class PaymentTerms(enum.StrEnum):
    TT = "T/T"
    LC = "L/C"
    DP = "D/P"
    DA = "D/A"
    OA = "O/A"
    OTHER = "other"


class Incoterm(enum.StrEnum):
    EXW = "EXW"
    FCA = "FCA"
    FAS = "FAS"
    FOB = "FOB"
    CFR = "CFR"
    CIF = "CIF"
    CPT = "CPT"
    CIP = "CIP"
    DAP = "DAP"
    DPU = "DPU"
    DDP = "DDP"


class DeliveryStatus(enum.StrEnum):
    PENDING = "pending"
    ON_TIME = "on_time"
    LATE = "late"


class InquiryStatus(enum.StrEnum):
    NEW = "new"
    PROCESSED = "processed"
    FAILED = "failed"
    QUARANTINED = "quarantined"


class LeadStatus(enum.StrEnum):
    PENDING_REVIEW = "pending_review"
    ACCEPTED = "accepted"
    MERGED = "merged"
    REJECTED = "rejected"


class ActionStatus(enum.StrEnum):
    OPEN = "open"
    DONE = "done"
    SNOOZED = "snoozed"
    DISMISSED = "dismissed"

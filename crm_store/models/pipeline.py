"""The pipeline's own records: inquiries as harvested, leads as extracted, and what the
predictor and the merge step produce."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import BigInteger, ForeignKey, Index, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import ActionStatus, Base, InquiryStatus, LeadStatus, str_enum, utcnow


class Inquiry(Base):
    """One harvested message, kept byte for byte before anything parses it.

    ``source`` is the kind of message (``email``, ``alibaba``, ``web_form``...) and
    ``source_ref`` its identity within that kind (the Message-ID, or ``sha256:<hash>``
    when there is none), so the same mail reached through IMAP and through an .eml
    export is stored once. ``origin`` says where this copy was read from.
    """

    __tablename__ = "inquiries"
    __table_args__ = (
        UniqueConstraint("source", "source_ref"),
        Index(None, "status", "received_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[str] = mapped_column(String(40))
    source_ref: Mapped[str] = mapped_column(String(512))
    origin: Mapped[str | None] = mapped_column(Text)
    received_at: Mapped[datetime]
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    raw: Mapped[bytes] = mapped_column(LargeBinary)
    raw_size: Mapped[int]
    subject: Mapped[str | None] = mapped_column(Text)
    sender: Mapped[str | None] = mapped_column(String(512))
    platform: Mapped[str | None] = mapped_column(String(40))
    platform_ref: Mapped[str | None] = mapped_column(String(120))
    parsed: Mapped[dict[str, Any] | None]
    parsed_at: Mapped[datetime | None]
    status: Mapped[InquiryStatus] = mapped_column(
        str_enum(InquiryStatus), default=InquiryStatus.NEW
    )
    error: Mapped[str | None] = mapped_column(Text)
    attempts: Mapped[int] = mapped_column(default=0)
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    def __repr__(self) -> str:
        return f"<Inquiry {self.id} {self.source}:{self.source_ref} {self.status}>"


class MailboxCursor(Base):
    """How far an IMAP folder has been harvested: the last UID stored under a UIDVALIDITY."""

    __tablename__ = "mailbox_cursors"
    __table_args__ = (UniqueConstraint("account", "folder"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    account: Mapped[str] = mapped_column(String(120))
    folder: Mapped[str] = mapped_column(String(500))
    uidvalidity: Mapped[int] = mapped_column(BigInteger)
    last_uid: Mapped[int] = mapped_column(BigInteger, default=0)
    messages: Mapped[int] = mapped_column(default=0)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class LlmCacheEntry(Base):
    """An LLM answer kept by content, model and prompt version: re-processing is free."""

    __tablename__ = "llm_cache"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    model: Mapped[str] = mapped_column(String(120))
    prompt_version: Mapped[str] = mapped_column(String(40))
    answer: Mapped[dict[str, Any]]
    prompt_tokens: Mapped[int] = mapped_column(default=0)
    completion_tokens: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class JobLock(Base):
    """A lease that keeps one job per key running at a time, across processes and machines."""

    __tablename__ = "job_locks"

    name: Mapped[str] = mapped_column(String(200), primary_key=True)
    holder: Mapped[str] = mapped_column(String(200))
    acquired_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]


class Lead(Base):
    """The fields extracted from one inquiry, waiting for (or after) a rep's decision.

    ``fields`` holds the extraction contract (spec/lead-fields.md) as one JSON object;
    a few of its values are copied into columns so the review queue can filter on them.
    A lead is visible to a rep when its company is his, or, before it has a company,
    when the lead itself is assigned to him.
    """

    __tablename__ = "leads"
    __table_args__ = (Index(None, "status", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    inquiry_id: Mapped[int | None] = mapped_column(
        ForeignKey("inquiries.id", ondelete="SET NULL"), unique=True
    )
    category: Mapped[str] = mapped_column(String(20), default="inquiry")
    company_name: Mapped[str | None] = mapped_column(String(300))
    contact_name: Mapped[str | None] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(320), index=True)
    country: Mapped[str | None] = mapped_column(String(2))
    fields: Mapped[dict[str, Any]] = mapped_column(default=dict)
    evidence: Mapped[dict[str, Any]] = mapped_column(default=dict)
    flags: Mapped[dict[str, Any]] = mapped_column(default=dict)
    needs_summary: Mapped[str | None] = mapped_column(Text)
    latent_needs: Mapped[str | None] = mapped_column(Text)
    extractor: Mapped[str] = mapped_column(String(60))
    extractor_version: Mapped[str | None] = mapped_column(String(40))
    prompt_version: Mapped[str | None] = mapped_column(String(40))
    llm_model: Mapped[str | None] = mapped_column(String(120))
    prompt_tokens: Mapped[int] = mapped_column(default=0)
    completion_tokens: Mapped[int] = mapped_column(default=0)
    candidates: Mapped[dict[str, Any]] = mapped_column(default=dict)
    company_id: Mapped[int | None] = mapped_column(
        ForeignKey("companies.id", ondelete="SET NULL"), index=True
    )
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), index=True
    )
    status: Mapped[LeadStatus] = mapped_column(
        str_enum(LeadStatus), default=LeadStatus.PENDING_REVIEW
    )
    reviewer_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    decided_at: Mapped[datetime | None]
    decision_note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    inquiry: Mapped[Inquiry | None] = relationship()


class ReorderForecast(Base):
    __tablename__ = "reorder_forecasts"
    __table_args__ = (UniqueConstraint("company_id", "product_line"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id", ondelete="CASCADE"))
    product_line: Mapped[str | None] = mapped_column(String(120))
    computed_at: Mapped[datetime] = mapped_column(default=utcnow)
    model: Mapped[str] = mapped_column(String(60))
    horizon_days: Mapped[int]
    expected_orders: Mapped[float]
    next_order_date: Mapped[date | None] = mapped_column(index=True)
    interval_low: Mapped[date | None]
    interval_high: Mapped[date | None]
    p_active: Mapped[float]
    inputs: Mapped[dict[str, Any]] = mapped_column(default=dict)


class NextAction(Base):
    """A suggested step for a rep; ``dedupe_key`` keeps a dismissed action from returning."""

    __tablename__ = "next_actions"
    __table_args__ = (Index(None, "rep_id", "status", "due_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    dedupe_key: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(60))
    rep_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    company_id: Mapped[int | None] = mapped_column(ForeignKey("companies.id", ondelete="CASCADE"))
    lead_id: Mapped[int | None] = mapped_column(ForeignKey("leads.id", ondelete="CASCADE"))
    reason: Mapped[str] = mapped_column(Text)
    due_at: Mapped[datetime]
    priority: Mapped[int] = mapped_column(default=0)
    status: Mapped[ActionStatus] = mapped_column(str_enum(ActionStatus), default=ActionStatus.OPEN)
    snoozed_until: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class MergeHistory(Base):
    """One merge of a record into a survivor, with the snapshot that ``unmerge`` restores."""

    __tablename__ = "merge_history"

    id: Mapped[int] = mapped_column(primary_key=True)
    entity: Mapped[str] = mapped_column(String(40), default="company")
    survivor_id: Mapped[int] = mapped_column(index=True)
    merged_id: Mapped[int | None] = mapped_column(index=True)
    lead_id: Mapped[int | None] = mapped_column(ForeignKey("leads.id", ondelete="SET NULL"))
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    merged_at: Mapped[datetime] = mapped_column(default=utcnow)
    reasons: Mapped[dict[str, Any]] = mapped_column(default=dict)
    snapshot: Mapped[dict[str, Any]] = mapped_column(default=dict)
    undone_at: Mapped[datetime | None]

"""Storing harvested messages: raw bytes kept, once, whatever the route."""

from __future__ import annotations

import threading
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crm_store.models import Inquiry, InquiryStatus
from crm_store.repo.inquiries import content_hash, set_inquiry_status, store_inquiry

WHEN = datetime(2026, 11, 3, tzinfo=UTC)


def _store(session, raw: bytes, ref: str | None, origin: str = "file:a"):
    return store_inquiry(
        session, source="email", natural_ref=ref, raw=raw, received_at=WHEN, origin=origin
    )


def test_raw_bytes_are_kept_exactly(session):
    raw = b"Subject: =?gb2312?B?yc+6ow==?=\r\n\r\n\xc4\xe3\xba\xc3\x00\xff"
    stored = _store(session, raw, "<a@x>")
    session.expire_all()
    again = session.get(Inquiry, stored.inquiry.id)
    assert again.raw == raw and again.raw_size == len(raw)
    assert again.content_hash == content_hash(raw) and again.status is InquiryStatus.NEW


def test_same_message_id_from_another_route_is_not_stored_twice(session):
    first = _store(session, b"Subject: a\n\nbody", "<a@x>", origin="file:/x.eml")
    second = _store(session, b"Subject: a\n\nbody", "<a@x>", origin="imap:sales/INBOX")
    assert first.created and not second.created
    assert second.inquiry.id == first.inquiry.id


def test_message_without_id_is_identified_by_content_hash(session):
    first = _store(session, b"Subject: no id\n\nbody", None)
    again = _store(session, b"Subject: no id\n\nbody", None)
    other = _store(session, b"Subject: no id\n\nother body", None)
    assert first.created and not again.created and other.created
    assert first.inquiry.source_ref == "sha256:" + content_hash(b"Subject: no id\n\nbody")


def test_reused_message_id_with_different_content_keeps_both(session):
    first = _store(session, b"Subject: one\n\n1", "<dup@x>")
    second = _store(session, b"Subject: two\n\n2", "<dup@x>")
    third = _store(session, b"Subject: two\n\n2", "<dup@x>")
    assert first.created and second.created and not third.created
    assert second.inquiry.source_ref.startswith("<dup@x>#sha256:")
    assert session.scalar(select(func.count(Inquiry.id))) == 2


def test_failed_status_keeps_error_and_counts_attempts(session):
    stored = _store(session, b"Subject: x\n\n", "<f@x>")
    set_inquiry_status(session, stored.inquiry, InquiryStatus.QUARANTINED, "bad boundary")
    assert (stored.inquiry.error, stored.inquiry.attempts) == ("bad boundary", 1)


def test_concurrent_writers_store_one_row(engine):
    """Two sessions racing on the same message: the unique constraint decides."""
    raw = f"Subject: race {engine.dialect.name}\n\n{datetime.now(UTC)}".encode()
    ref = f"<race-{content_hash(raw)[:12]}@x>"
    barrier = threading.Barrier(2)
    results = []

    def writer() -> None:
        with Session(engine) as s, s.begin():
            barrier.wait()
            results.append(_store(s, raw, ref))

    threads = [threading.Thread(target=writer) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    try:
        with Session(engine) as s:
            assert s.scalar(select(func.count()).where(Inquiry.source_ref == ref)) == 1
        assert sorted(r.created for r in results) == [False, True]
    finally:
        with Session(engine) as s, s.begin():
            s.execute(Inquiry.__table__.delete().where(Inquiry.source_ref == ref))

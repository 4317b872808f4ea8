"""The real-world corpora, read in place from ../shared (skipped when it is absent).

- ``corpora/emails``: 416 messages from other projects' test suites (broken boundaries,
  bad charsets, huge headers, spam): each one stored, then parsed or quarantined with a
  reason; as many out as in; no exception escapes.
- ``corpora/inquiries/dev``: the parser's text keeps the buyer's message: every labelled
  product can be found in it.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from rapidfuzz import fuzz
from sqlalchemy import func, select

from crm_store.models import Inquiry, InquiryStatus
from harvester.parse import parse_message
from harvester.store import parse_stored_inquiry, store_raw_message


def manifest(shared: Path) -> list[Path]:
    root = shared / "corpora" / "emails"
    lines = (root / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()[1:]
    return [root / line.split("\t")[0] for line in lines if line.strip()]


def test_every_corpus_message_is_stored_and_parsed_or_quarantined(session, shared_dir):
    files = manifest(shared_dir)
    assert len(files) == 416
    for path in files:
        stored = store_raw_message(session, path.read_bytes(), origin=f"file:{path}")
        parse_stored_inquiry(session, stored.inquiry)
    inquiries = session.scalars(select(Inquiry)).all()
    raws = {i.raw for i in inquiries}
    assert raws == {p.read_bytes() for p in files}  # nothing lost, byte for byte
    by_status = dict(
        session.execute(select(Inquiry.status, func.count()).group_by(Inquiry.status)).all()
    )
    assert set(by_status) <= {InquiryStatus.NEW, InquiryStatus.QUARANTINED}
    quarantined = [i for i in inquiries if i.status is InquiryStatus.QUARANTINED]
    assert all(i.error and i.parsed is None for i in quarantined)
    assert all(i.parsed is not None for i in inquiries if i.status is InquiryStatus.NEW)
    assert len(quarantined) <= 5, [(i.origin, i.error) for i in quarantined]


def _tokens(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def _found(name: str, text: str) -> bool:
    """All words of the product name occur in the text (plurals and small typos allowed)."""
    if not name.isascii():
        return fuzz.partial_ratio(name.casefold(), text.casefold()) >= 80
    words = set(_tokens(text))
    return all(
        any(fuzz.ratio(token, word) >= 80 for word in words)
        for token in _tokens(name)
        if len(token) > 1
    )


def test_parser_keeps_the_buyers_message_on_the_dev_inquiries(shared_dir):
    root = shared_dir / "corpora" / "inquiries" / "dev"
    checked = 0
    for eml in sorted(root.glob("*.eml")):
        label = json.loads(eml.with_suffix(".json").read_text(encoding="utf-8"))
        parsed = parse_message(eml.read_bytes())
        text = "\n".join([parsed.new_text, *(a.text or "" for a in parsed.attachments)])
        for product in label.get("products") or []:
            assert _found(product["name"], text), (eml.name, product["name"], text[:500])
            checked += 1
    assert checked >= 30

"""``parse_message(raw) -> RawInquiry``: a pure, tolerant MIME parser for inquiries.

Built on the standard library's ``email`` package in its lenient ``compat32`` mode
(it never refuses bytes), with our own charset handling (``charsets``), HTML to text
with links kept (inscriptis), the reply split (``reply``), attachment text
(``attachments``) and platform recognition (``platforms``). Anything unexpected inside
becomes ``ParseError`` with a one-line reason, so the caller can quarantine the message.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import Message
from email.parser import BytesParser
from email.policy import compat32
from email.utils import getaddresses

from .attachments import extract_text
from .charsets import decode_bytes, decode_header_value
from .dates import header_date, received_date
from .exceptions import ParseError
from .html_text import html_to_text
from .model import Address, Attachment, RawInquiry
from .platforms import platform_of, platform_reference
from .reply import split_reply

MAX_DEPTH = 40
MAX_ATTACHMENT_TEXTS = 20
MAX_HEADER_CHARS = 4000
_MESSAGE_ID = re.compile(r"<[^<>\s]+>")
_BLANK_RUNS = re.compile(r"\n{3,}")
_TRAILING_SPACE = re.compile(r"[ \t]+\n")


@dataclass
class _Walk:
    bodies: list[tuple[str, str]] = field(default_factory=list)  # (kind, text)
    attachments: list[Attachment] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def parse_message(raw: bytes, *, fallback_date: datetime | None = None) -> RawInquiry:
    """Return the parsed view of one raw message; raise ``ParseError`` if that fails."""
    try:
        return _parse(raw, fallback_date)
    except ParseError:
        raise
    except RecursionError as exc:
        raise ParseError("message nested too deeply to parse") from exc
    except Exception as exc:
        first = str(exc).strip().splitlines()[0][:200] if str(exc).strip() else ""
        raise ParseError(f"cannot parse message: {type(exc).__name__}: {first}") from exc


def _parse(raw: bytes, fallback_date: datetime | None) -> RawInquiry:
    if not raw.strip():
        raise ParseError("empty message")
    msg = BytesParser(policy=compat32).parsebytes(raw)
    headers = [(name, decode_header_value(value)[:MAX_HEADER_CHARS]) for name, value in msg.items()]
    walk = _Walk()
    walk.notes.extend(type(d).__name__ for d in msg.defects)
    _collect(msg, walk, depth=0)
    text, text_source = _body_text(walk)
    parts = split_reply(text)
    quoted_span = parts.quoted_span(text)
    sender = _first(_addresses(msg, "From")) or _first(_addresses(msg, "Sender"))
    date, date_source = _date(msg, fallback_date)
    message_id, synthesised = _message_id(msg, raw)
    subject = decode_header_value(msg["Subject"]) if msg["Subject"] is not None else None
    platform = platform_of(sender.email if sender else None)
    return RawInquiry(
        message_id=message_id,
        message_id_synthesised=synthesised,
        subject=subject or None,
        sender=sender,
        reply_to=_addresses(msg, "Reply-To"),
        to=_addresses(msg, "To"),
        cc=_addresses(msg, "Cc"),
        date=date,
        date_source=date_source,
        text=text,
        text_source=text_source,
        new_span=parts.new_span,
        signature_span=parts.signature_span,
        quoted_span=quoted_span,
        attachments=walk.attachments,
        platform=platform,
        platform_ref=platform_reference(subject, text) if platform else None,
        notes=list(dict.fromkeys(walk.notes)),
        headers=headers,
    )


def _collect(part: Message, walk: _Walk, depth: int) -> None:
    if depth > MAX_DEPTH:
        walk.notes.append(f"parts nested deeper than {MAX_DEPTH} were skipped")
        return
    walk.notes.extend(type(d).__name__ for d in part.defects if depth)
    if part.is_multipart():
        children = [c for c in part.get_payload() if isinstance(c, Message)]
        if part.get_content_type() == "multipart/alternative" and children:
            children = [_best_alternative(children)]
        for child in children:
            _collect(child, walk, depth + 1)
        return
    maintype, subtype = part.get_content_maintype(), part.get_content_subtype()
    if maintype in ("multipart", "message"):
        # The boundary was never found (or the part is empty): its bytes are the body.
        decoded = decode_bytes(_payload(part), part.get_param("charset"))  # type: ignore[arg-type]
        walk.bodies.append(("plain", decoded.text))
        walk.notes.append(f"{part.get_content_type()} without parts; body kept as text")
        return
    filename = _filename(part)
    disposition = part.get_content_disposition()
    if (
        maintype == "text"
        and subtype in ("plain", "html")
        and disposition != "attachment"
        and not filename
    ):
        payload = _payload(part)
        if subtype == "html":
            decoded = decode_bytes(payload, part.get_content_charset() or _meta_charset(payload))
            walk.bodies.append(("html", html_to_text(decoded.text)))
        else:
            decoded = decode_bytes(payload, part.get_content_charset())
            walk.bodies.append(("plain", decoded.text))
        if decoded.note:
            walk.notes.append(f"text/{subtype}: {decoded.note}")
        return
    _attachment(part, filename, disposition, walk)


def _best_alternative(children: list[Message]) -> Message:
    """Prefer a non-empty text/plain alternative, then HTML, then whatever comes last."""
    for child in children:
        if child.get_content_type() == "text/plain" and _payload(child).strip():
            return child
    for child in reversed(children):
        if child.get_content_type() == "text/html" or child.is_multipart():
            return child
    return children[-1]


def _attachment(part: Message, filename: str | None, disposition: str | None, walk: _Walk) -> None:
    data = _payload(part)
    attachment = Attachment(
        filename=filename,
        content_type=part.get_content_type(),
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        inline=disposition == "inline",
    )
    if (
        len([a for a in walk.attachments if a.text is not None]) < MAX_ATTACHMENT_TEXTS
        and part.get_content_maintype() != "image"
    ):
        extracted = extract_text(data, content_type=attachment.content_type, filename=filename)
        attachment.text = extracted.text
        attachment.text_note = extracted.reason
        attachment.truncated = extracted.truncated
    walk.attachments.append(attachment)


def _payload(part: Message) -> bytes:
    try:
        data = part.get_payload(decode=True)
    except Exception:
        data = None
    if isinstance(data, bytes):
        return data
    raw = part.get_payload()
    return raw.encode("utf-8", "surrogateescape") if isinstance(raw, str) else b""


def _filename(part: Message) -> str | None:
    try:
        name = part.get_filename()
    except Exception:
        name = None
    return decode_header_value(name) if name else None


def _meta_charset(html: bytes) -> str | None:
    match = re.search(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_.:-]+)", html[:4096], re.I)
    return match.group(1).decode("ascii") if match else None


def _normalise(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    text = _TRAILING_SPACE.sub("\n", text)
    return _BLANK_RUNS.sub("\n\n", text).strip("\n")


def _body_text(walk: _Walk) -> tuple[str, str]:
    if not walk.bodies:
        return "", "none"
    kinds = {kind for kind, _ in walk.bodies}
    text = "\n\n".join(_normalise(t) for _, t in walk.bodies if t.strip())
    return text, "plain" if kinds == {"plain"} else "html"


def _addresses(msg: Message, name: str) -> list[Address]:
    values = msg.get_all(name) or []
    decoded = [decode_header_value(v) for v in values]
    result = []
    for display_raw, email_raw in getaddresses(decoded):
        email = email_raw.strip().strip("<>").lower() if "@" in email_raw else ""
        display = display_raw.strip().strip('"').strip() or None
        if email or display:
            result.append(Address(name=display, email=email or None))
    return result


def _first(addresses: list[Address]) -> Address | None:
    return addresses[0] if addresses else None


def _date(msg: Message, fallback: datetime | None) -> tuple[datetime, str]:
    parsed = header_date(decode_header_value(msg["Date"]) if msg["Date"] else None)
    if parsed:
        return parsed, "date"
    parsed = received_date(msg)
    if parsed:
        return parsed, "received"
    return (fallback or datetime.now(UTC)), "fallback"


def _message_id(msg: Message, raw: bytes) -> tuple[str, bool]:
    value = decode_header_value(msg["Message-ID"]) if msg["Message-ID"] else ""
    match = _MESSAGE_ID.search(value)
    if match:
        return match.group(0), False
    if value.strip():
        return value.strip()[:400], False
    return f"<{hashlib.sha256(raw).hexdigest()[:40]}@tradelead.invalid>", True

"""What an extractor reads: the parsed inquiry as text segments, and where a value came from.

Evidence points into the texts the harvester produced: ``source="body"`` offsets are
into ``RawInquiry.text``; ``subject`` into the subject; ``from`` / ``reply_to`` into
the header rendered as ``Name <email>``; ``attachment:NAME`` into that attachment's
extracted text. Quoted history is not a segment: only what the sender wrote now (and
his signature and attachments) can speak for him.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel


class Evidence(BaseModel):
    """Where a value was read: the source text, character offsets into it, and the quote."""

    source: str
    start: int
    end: int
    quote: str


@dataclass(frozen=True, slots=True)
class Segment:
    """A piece of text to search, and where it sits in its source (for evidence)."""

    source: str
    text: str
    offset: int = 0
    kind: str = "text"  # "new", "signature", "subject", "header", "attachment"

    def evidence(self, start: int, end: int) -> Evidence:
        """Return evidence for ``text[start:end]`` of this segment."""
        return Evidence(
            source=self.source,
            start=self.offset + start,
            end=self.offset + end,
            quote=self.text[start:end],
        )

    def finditer(self, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
        return pattern.finditer(self.text)


@dataclass(frozen=True, slots=True)
class Candidate:
    """One value an extractor found for a field, with its evidence and how sure it is."""

    field: str
    value: Any
    evidence: Evidence | None
    confidence: float
    rule: str


@dataclass(slots=True)
class Document:
    """An inquiry as extractors see it."""

    body: str = ""
    new_span: tuple[int, int] = (0, 0)
    signature_span: tuple[int, int] | None = None
    quoted_span: tuple[int, int] | None = None
    subject: str = ""
    sender_name: str | None = None
    sender_email: str | None = None
    reply_to: list[tuple[str | None, str]] = field(default_factory=list)
    platform: str | None = None
    platform_ref: str | None = None
    attachments: list[tuple[str, str]] = field(default_factory=list)  # (filename, text)
    headers: list[tuple[str, str]] = field(default_factory=list)  # decoded, in order

    @classmethod
    def from_text(cls, text: str, *, subject: str = "") -> Document:
        """A document from plain text (a .txt inquiry, a web form), all of it new."""
        return cls(body=text, new_span=(0, len(text)), subject=subject)

    @classmethod
    def from_parts(cls, new: str, signature: str = "", quoted: str = "", **fields: Any) -> Document:
        """A document laid out as the harvester lays one out: the new text, then the
        signature, then the quoted history, each a blank line apart."""
        body, signature_span, quoted_span = new, None, None
        if signature:
            body += "\n\n"
            signature_span = (len(body), len(body) + len(signature))
            body += signature
        if quoted:
            body += "\n\n"
            quoted_span = (len(body), len(body) + len(quoted))
            body += quoted
        return cls(
            body=body,
            new_span=(0, len(new)),
            signature_span=signature_span,
            quoted_span=quoted_span,
            **fields,
        )

    @classmethod
    def from_parsed(cls, parsed: Any) -> Document:
        """A document from a ``harvester.model.RawInquiry`` (or its JSON dump)."""
        data = parsed if isinstance(parsed, dict) else parsed.model_dump(mode="json")
        sender = data.get("sender") or {}
        return cls(
            body=data.get("text") or "",
            new_span=tuple(data.get("new_span") or (0, len(data.get("text") or ""))),
            signature_span=_span(data.get("signature_span")),
            quoted_span=_span(data.get("quoted_span")),
            subject=data.get("subject") or "",
            sender_name=sender.get("name"),
            sender_email=sender.get("email"),
            reply_to=[
                (a.get("name"), a["email"]) for a in data.get("reply_to") or [] if a.get("email")
            ],
            platform=data.get("platform"),
            platform_ref=data.get("platform_ref"),
            attachments=[
                (a.get("filename") or "attachment", a["text"])
                for a in data.get("attachments") or []
                if a.get("text")
            ],
            headers=[(str(k), str(v)) for k, v in data.get("headers") or []],
        )

    def header(self, name: str) -> str | None:
        """Return the first header called ``name`` (case-insensitive), or None."""
        wanted = name.lower()
        return next((v for k, v in self.headers if k.lower() == wanted), None)

    @property
    def new_text(self) -> str:
        return self.body[self.new_span[0] : self.new_span[1]]

    @property
    def signature(self) -> str:
        if self.signature_span is None:
            return ""
        return self.body[self.signature_span[0] : self.signature_span[1]]

    def new(self) -> Segment:
        return Segment("body", self.new_text, self.new_span[0], "new")

    def signature_segment(self) -> Segment | None:
        if self.signature_span is None:
            return None
        return Segment("body", self.signature, self.signature_span[0], "signature")

    def subject_segment(self) -> Segment:
        return Segment("subject", self.subject, 0, "subject")

    def header_segments(self) -> list[Segment]:
        """``From`` and ``Reply-To`` rendered as ``Name <email>`` (evidence for addresses)."""
        out = []
        if self.sender_email or self.sender_name:
            out.append(Segment("from", _address(self.sender_name, self.sender_email), 0, "header"))
        for name, email in self.reply_to:
            out.append(Segment("reply_to", _address(name, email), 0, "header"))
        return out

    def attachment_segments(self) -> list[Segment]:
        return [
            Segment(f"attachment:{name}", text, 0, "attachment") for name, text in self.attachments
        ]

    def segments(self) -> list[Segment]:
        """Every segment that speaks for the sender: subject, new text, signature,
        attachments (not the quoted history, not the headers)."""
        out = [self.subject_segment(), self.new()]
        if (sig := self.signature_segment()) is not None:
            out.append(sig)
        return out + self.attachment_segments()

    def forwarded(self) -> Document | None:
        """The forwarded message below a short note ("FYI, please follow up"), as a
        document of its own (same body, so evidence offsets stay valid), or None."""
        if self.quoted_span is None:
            return None
        start, end = self.quoted_span
        quoted = self.body[start:end]
        marker = _FORWARD_MARKER.match(quoted)
        if marker is None:
            return None
        at = start + marker.end()
        header_end = self.body.find("\n\n", at)
        if header_end < 0 or header_end > end:
            return None
        headers = dict(
            (m.group(1).lower(), m.group(2).strip())
            for m in _HEADER_LINE.finditer(self.body[at:header_end])
        )
        name, email = _sender(
            headers.get("from")
            or headers.get("von")
            or headers.get("发件人")
            or headers.get("de")
            or ""
        )
        return Document(
            body=self.body,
            new_span=(header_end + 2, end),
            subject=headers.get("subject") or headers.get("主题") or self.subject,
            sender_name=name,
            sender_email=email,
            attachments=self.attachments,
        )

    def live_text(self) -> str:
        """Subject, new text, signature and attachments as one string (for classifiers)."""
        return "\n\n".join(s.text for s in self.segments() if s.text)


_FORWARD_MARKER = re.compile(
    r"\s*(?:-{3,}\s*(?:Forwarded message|Weitergeleitete Nachricht|Message transféré|"
    r"Mensaje reenviado|Mensagem encaminhada|Пересылаемое сообщение|转发邮件信息|"
    r"轉寄郵件|転送されたメッセージ)\s*-{3,}|Begin forwarded message:)\s*\n",
    re.I,
)
_HEADER_LINE = re.compile(
    r"^\s*\*?(From|Von|De|发件人|Date|Sent|Subject|主题|To)\*?\s*[:：]\s*(.*)$", re.M | re.I
)
_ADDRESS = re.compile(r"[^<>@\s]+@[^<>\s]+")


def _sender(value: str) -> tuple[str | None, str | None]:
    """``("Name", "email")`` from ``Name <email>`` or a bare address."""
    match = _ADDRESS.search(value)
    if match is None:
        return (value.strip().strip('"') or None), None
    name = value[: match.start()].strip().strip('<"').strip()
    return (name or None), match.group(0).strip("<>").lower()


def _span(value: Any) -> tuple[int, int] | None:
    return (int(value[0]), int(value[1])) if value else None


def _address(name: str | None, email: str | None) -> str:
    if name and email:
        return f"{name} <{email}>"
    return email or name or ""

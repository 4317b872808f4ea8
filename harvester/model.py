"""``RawInquiry``: one message as the harvester hands it to the enrich step."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class Address(BaseModel):
    model_config = ConfigDict(frozen=True)

    name: str | None = None
    email: str | None = None

    def __str__(self) -> str:
        if self.name and self.email:
            return f"{self.name} <{self.email}>"
        return self.email or self.name or ""


class Attachment(BaseModel):
    filename: str | None
    content_type: str
    size: int
    sha256: str
    inline: bool = False
    text: str | None = None
    text_note: str | None = None
    truncated: bool = False


class RawInquiry(BaseModel):
    """A parsed message: headers decoded, the best text body, the reply split, attachments.

    ``text`` is the whole readable body; ``new_span`` and ``signature_span`` are character
    offsets into it, so an extractor can cite the evidence for each value it finds.
    """

    message_id: str
    message_id_synthesised: bool = False
    subject: str | None = None
    sender: Address | None = None
    reply_to: list[Address] = Field(default_factory=list)
    to: list[Address] = Field(default_factory=list)
    cc: list[Address] = Field(default_factory=list)
    date: datetime
    date_source: Literal["date", "received", "fallback"]
    text: str = ""
    text_source: Literal["plain", "html", "none"] = "none"
    new_span: tuple[int, int] = (0, 0)
    signature_span: tuple[int, int] | None = None
    quoted_span: tuple[int, int] | None = None
    attachments: list[Attachment] = Field(default_factory=list)
    platform: str | None = None
    platform_ref: str | None = None
    notes: list[str] = Field(default_factory=list)
    headers: list[tuple[str, str]] = Field(default_factory=list)

    @property
    def new_text(self) -> str:
        """Return what the sender wrote now, without quoted history and signature."""
        return self.text[self.new_span[0] : self.new_span[1]].strip()

    @property
    def signature(self) -> str | None:
        """Return the sender's signature block, if one was found."""
        if self.signature_span is None:
            return None
        return self.text[self.signature_span[0] : self.signature_span[1]].strip()

    @property
    def quoted(self) -> str | None:
        """Return the quoted history, if any."""
        if self.quoted_span is None:
            return None
        return self.text[self.quoted_span[0] : self.quoted_span[1]]

"""Plain text from small email attachments, so an RFQ sent as a file can be read too.

``extract_text(data, content_type=..., filename=...)`` returns an ``AttachmentText``:
the text, or None and a one-line reason (too large, unsupported type, encrypted PDF,
corrupt file). It never raises for bad input, because attachments come from strangers
and one broken file must not stop a mailbox import.

The kind is decided from the bytes first (``%PDF``, a zip holding ``xl/workbook.xml`` or
``word/document.xml``, the OLE header of old .xls/.doc), then the file extension, then
the content type: mail clients often send ``application/octet-stream``, and Windows
labels .csv files ``application/vnd.ms-excel``. The libraries are the pure-Python ones
already needed elsewhere: pypdf, openpyxl (read-only, cached values instead of
formulas) and python-docx; old binary Office files are refused rather than adding a
converter. Zips are checked for bombs from their central directory before any library
opens them; output stops at ``max_chars`` so a huge sheet is never read to the end.
"""

from __future__ import annotations

import io
import logging
import warnings
import zipfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time

import docx
import openpyxl
from docx.table import Table
from pypdf import PdfReader
from pypdf.errors import DependencyError

from .charsets import decode_bytes

MAX_UNZIPPED_BYTES = 50_000_000
# Deflate tops out near 1000:1; real sheets and documents stay far below 200:1.
MAX_ZIP_RATIO = 200
MAX_PDF_PAGES = 50

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_EXTENSION_KINDS = {
    ".pdf": "PDF",
    ".xlsx": "XLSX",
    ".xlsm": "XLSX",
    ".docx": "DOCX",
    ".txt": "text",
    ".csv": "text",
    ".tsv": "text",
}
_MIME_KINDS = {
    "application/pdf": "PDF",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "XLSX",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "DOCX",
}
_NOISY_LOGGERS = ("pypdf", "openpyxl", "docx")


@dataclass(frozen=True, slots=True)
class AttachmentText:
    """Text of one attachment, or None and the reason it was not extracted."""

    text: str | None
    reason: str | None
    truncated: bool = False


class _NotExtracted(Exception):
    """Raised inside an extractor to give up with a reason of our own."""


def extract_text(
    data: bytes,
    *,
    content_type: str | None,
    filename: str | None,
    max_bytes: int = 5_000_000,
    max_chars: int = 50_000,
) -> AttachmentText:
    """Return the attachment's text (at most ``max_chars``), or None and the reason why not."""
    if len(data) > max_bytes:
        return AttachmentText(None, f"too large ({len(data)} bytes)")
    declared = _declared_kind(content_type, filename)
    # Only opening a zip can fail before the kind is known.
    kind = declared if declared in ("XLSX", "DOCX") else "zip"
    try:
        kind = _detect_kind(data, declared, content_type, filename)
        with _quiet_libraries():
            pieces, separator, cut = _EXTRACTORS[kind](data)
            text, truncated = _join_capped(pieces, separator, max_chars)
    except _NotExtracted as exc:
        return AttachmentText(None, str(exc))
    except Exception as exc:  # pypdf, openpyxl and docx raise many unrelated kinds
        name = type(exc).__name__
        if name.islower():  # zlib.error, struct.error: the module says more than "error"
            name = f"{type(exc).__module__}.{name}"
        first_line = (str(exc).strip().splitlines() or [""])[0][:200]
        detail = f"{name}: {first_line}" if first_line else name
        return AttachmentText(None, f"corrupt {kind}: {detail}")
    # PostgreSQL text columns refuse NUL characters.
    text = text.replace("\x00", "")
    if not text.strip():
        return AttachmentText(None, "no text found")
    return AttachmentText(text, None, truncated or cut)


def _declared_kind(content_type: str | None, filename: str | None) -> str | None:
    # The extension wins over the content type: it is what the sender's program saved.
    name = (filename or "").strip().lower()
    extension = name[name.rfind(".") :] if "." in name else ""
    mime = (content_type or "").split(";", 1)[0].strip().lower()
    if extension in _EXTENSION_KINDS:
        return _EXTENSION_KINDS[extension]
    if mime in _MIME_KINDS:
        return _MIME_KINDS[mime]
    return "text" if mime.startswith("text/") else None


def _detect_kind(
    data: bytes, declared: str | None, content_type: str | None, filename: str | None
) -> str:
    head = data[:1024]
    if head.lstrip().startswith(b"%PDF-") or (declared == "PDF" and b"%PDF-" in head):
        return "PDF"
    if data.startswith(_OLE_MAGIC):
        raise _NotExtracted(
            "unsupported type: old binary Office file (.xls/.doc) or password-protected "
            f"{_describe(content_type, filename)}"
        )
    if data.startswith(b"PK\x03\x04") or declared in ("XLSX", "DOCX"):
        return _zip_kind(data)
    if declared is not None:
        return declared
    raise _NotExtracted(f"unsupported type: {_describe(content_type, filename)}")


def _describe(content_type: str | None, filename: str | None) -> str:
    mime = (content_type or "unknown").split(";", 1)[0].strip()
    return f"{mime} ({filename})" if filename else mime


def _zip_kind(data: bytes) -> str:
    """Return XLSX or DOCX for an Office zip that is safe to open; raise otherwise."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = archive.infolist()
    names = {member.filename for member in members}
    if "xl/workbook.xml" in names:
        kind = "XLSX"
    elif "word/document.xml" in names:
        kind = "DOCX"
    else:
        raise _NotExtracted("unsupported type: zip archive that is not XLSX or DOCX")
    # zipfile stops each member at its declared size, so these numbers bound the work.
    total = sum(member.file_size for member in members)
    if total > MAX_UNZIPPED_BYTES:
        raise _NotExtracted(f"too large unzipped ({total} bytes)")
    for member in members:
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > 1_000_000 and ratio > MAX_ZIP_RATIO:
            raise _NotExtracted(f"zip bomb suspected ({member.filename} unzips {ratio:.0f}:1)")
    return kind


@contextmanager
def _quiet_libraries() -> Iterator[None]:
    # Their warnings about malformed input would fail a run under filterwarnings=error
    # and fill worker logs; the reason we return already says what was wrong.
    loggers = [logging.getLogger(name) for name in _NOISY_LOGGERS]
    levels = [logger.level for logger in loggers]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for logger in loggers:
            logger.setLevel(logging.CRITICAL)
        try:
            yield
        finally:
            for logger, level in zip(loggers, levels, strict=True):
                logger.setLevel(level)


def _join_capped(pieces: Iterable[str], separator: str, max_chars: int) -> tuple[str, bool]:
    """Join pieces, stop reading as soon as ``max_chars`` is passed; return (text, cut)."""
    kept: list[str] = []
    size = 0
    for piece in pieces:
        size += len(piece) + (len(separator) if kept else 0)
        kept.append(piece)
        if size > max_chars:
            return separator.join(kept)[:max_chars], True
    return separator.join(kept), False


# Each extractor returns (pieces read lazily, their separator, whether input was skipped).
_Pieces = tuple[Iterator[str], str, bool]


def _pdf_pages(data: bytes) -> _Pieces:
    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted:
        try:
            unlocked = reader.decrypt("")
        except DependencyError:
            raise _NotExtracted("encrypted PDF (AES, not supported)") from None
        if not unlocked:
            raise _NotExtracted("encrypted PDF")

    count = len(reader.pages)
    pages = (
        (reader.pages[number].extract_text() or "").rstrip()
        for number in range(min(count, MAX_PDF_PAGES))
    )
    return pages, "\n\n", count > MAX_PDF_PAGES


def _xlsx_lines(data: bytes) -> _Pieces:
    def lines() -> Iterator[str]:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        try:
            for sheet in workbook.worksheets:
                yield f"# Sheet: {sheet.title}"
                for row in sheet.iter_rows(values_only=True):
                    cells = [_cell_text(value) for value in row]
                    while cells and not cells[-1]:
                        cells.pop()
                    if cells:
                        yield " | ".join(cells)
        finally:
            workbook.close()

    return lines(), "\n", False


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(" ")
    if isinstance(value, date | time):
        return value.isoformat()
    return " ".join(str(value).split())


def _docx_lines(data: bytes) -> _Pieces:
    def lines() -> Iterator[str]:
        document = docx.Document(io.BytesIO(data))
        for block in document.iter_inner_content():
            if isinstance(block, Table):
                yield from _table_lines(block)
            elif block.text.strip():
                yield block.text.strip()

    return lines(), "\n", False


def _table_lines(table: Table) -> Iterator[str]:
    for row in table.rows:
        cells: list[str] = []
        previous = None
        for cell in row.cells:
            # A merged cell is returned once per grid column it spans; keep it once.
            if cell._tc is not previous:
                cells.append(" ".join(cell.text.split()))
            previous = cell._tc
        if any(cells):
            yield " | ".join(cells)


def _decoded_text(data: bytes) -> _Pieces:
    text = decode_bytes(data, None).text
    return iter([text.replace("\r\n", "\n").replace("\r", "\n")]), "", False


_EXTRACTORS = {"PDF": _pdf_pages, "XLSX": _xlsx_lines, "DOCX": _docx_lines, "text": _decoded_text}

"""Messages on disk: single .eml files, mbox files, Maildir folders and plain folders.

``find_messages(path)`` checks a path and lists the messages in it as ``MessageRef``
(a file, or a byte range of an mbox), so the caller can hand each one to a job and
show progress; ``read_message(ref)`` returns its bytes exactly as stored. The mbox
splitter is ours rather than ``mailbox.mbox`` because we need each message's byte
range (to read one message without reparsing the whole file in every job) and the
bytes untouched.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .exceptions import NotAnEmail, SourceNotFound, SourceUnreadable

SNIFF_BYTES = 64 * 1024
_HEADER_LINE = re.compile(rb"^[\x21-\x39\x3b-\x7e]{1,100}[ \t]*:")
_COMMON_HEADERS = re.compile(
    rb"^(from|to|cc|subject|date|message-id|received|return-path|mime-version|"
    rb"content-type|delivered-to|reply-to|sender|x-[\w-]+)[ \t]*:",
    re.IGNORECASE | re.MULTILINE,
)


@dataclass(frozen=True, slots=True)
class MessageRef:
    """Where one message lives: a whole file, or the ``[start, end)`` bytes of an mbox."""

    path: str
    start: int | None = None
    end: int | None = None
    in_mailbox: bool = False

    def __str__(self) -> str:
        return self.path if self.start is None else f"{self.path}@{self.start}"


@dataclass(slots=True)
class Scan:
    """The messages found under a path, and the files skipped with their reason."""

    messages: list[MessageRef] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)


def _strip_bom(head: bytes) -> bytes:
    return head[3:] if head.startswith(b"\xef\xbb\xbf") else head


def looks_like_message(head: bytes) -> bool:
    """Return True when bytes start like an RFC 5322 message (a header block)."""
    head = _strip_bom(head).lstrip(b" \t\r\n")
    if not _HEADER_LINE.match(head):
        return False
    header_block = re.split(rb"\r?\n\r?\n", head, maxsplit=1)[0]
    return _COMMON_HEADERS.search(header_block) is not None


def looks_like_mbox(head: bytes) -> bool:
    """Return True when bytes start with an mbox ``From `` separator line."""
    return _strip_bom(head).startswith(b"From ") and b"\n" in head[:4096]


def _read_head(path: Path) -> bytes:
    try:
        with path.open("rb") as fh:
            return fh.read(SNIFF_BYTES)
    except PermissionError as exc:
        raise SourceUnreadable(f"cannot read {path}: permission denied") from exc
    except OSError as exc:
        raise SourceUnreadable(f"cannot read {path}: {exc.strerror or exc}") from exc


def split_mbox(path: Path) -> Iterator[tuple[int, int]]:
    """Yield the ``(start, end)`` byte range of each message in an mbox file.

    A message starts after a ``From `` line that opens the file or follows an empty
    line; the range excludes that separator line and the blank line before the next.
    """
    try:
        fh = path.open("rb")
    except OSError as exc:
        raise SourceUnreadable(f"cannot read {path}: {exc.strerror or exc}") from exc
    with fh:
        start: int | None = None
        offset = 0
        previous_start = 0
        previous_blank = True
        for line in fh:
            if previous_blank and line.startswith(b"From "):
                if start is not None:
                    yield start, previous_start
                start = offset + len(line)
            previous_blank = line in (b"\n", b"\r\n")
            previous_start = offset
            offset += len(line)
        if start is not None:
            yield start, offset


def _maildir_files(folder: Path) -> list[Path]:
    files: list[Path] = []
    for sub in ("new", "cur"):
        part = folder / sub
        if part.is_dir():
            files.extend(
                p for p in sorted(part.iterdir()) if p.is_file() and not p.name.startswith(".")
            )
    return files


def is_maildir(folder: Path) -> bool:
    """Return True when ``folder`` has the ``cur``/``new`` layout of a Maildir."""
    return (folder / "cur").is_dir() or (folder / "new").is_dir()


def _scan_file(path: Path, scan: Scan, *, explicit: bool, in_mailbox: bool) -> None:
    head = _read_head(path)
    if in_mailbox:
        # A Maildir entry is a message by definition: stored even if it looks broken.
        scan.messages.append(MessageRef(str(path), in_mailbox=True))
    elif looks_like_mbox(head):
        scan.messages.extend(
            MessageRef(str(path), start, end, in_mailbox=True) for start, end in split_mbox(path)
        )
    elif looks_like_message(head):
        scan.messages.append(MessageRef(str(path)))
    elif explicit:
        raise NotAnEmail(f"{path} is not an email message (.eml) nor an mbox file")
    else:
        scan.skipped.append((str(path), "not an email message"))


def _check_folder(folder: Path) -> None:
    if not os.access(folder, os.R_OK | os.X_OK):
        raise SourceUnreadable(f"cannot read folder {folder}: permission denied")


def find_messages(path: str | Path) -> Scan:
    """Return the messages under ``path``: an .eml file, an mbox, a Maildir or a folder.

    Raises ``SourceNotFound``, ``SourceUnreadable`` or ``NotAnEmail`` (for a file named
    directly) with a one-line reason. Inside plain folders, files that are not mail are
    skipped and listed; inside a Maildir every entry is a message.
    """
    root = Path(path).expanduser()
    try:
        exists = root.exists()
    except OSError as exc:
        raise SourceUnreadable(f"cannot read {root}: {exc.strerror or exc}") from exc
    if not exists:
        raise SourceNotFound(f"no such file or folder: {root}")
    scan = Scan()
    if root.is_file():
        _scan_file(root, scan, explicit=True, in_mailbox=False)
        return scan
    if not root.is_dir():
        raise NotAnEmail(f"{root} is neither a file nor a folder")
    _check_folder(root)
    if is_maildir(root):
        for entry in _maildir_files(root):
            _scan_file(entry, scan, explicit=False, in_mailbox=True)
        return scan
    for dirpath, dirnames, filenames in os.walk(root, onerror=_raise_unreadable):
        here = Path(dirpath)
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for d in list(dirnames):
            if is_maildir(here / d):
                dirnames.remove(d)
                _check_folder(here / d)
                for entry in _maildir_files(here / d):
                    _scan_file(entry, scan, explicit=False, in_mailbox=True)
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            file = here / name
            if file.is_file():
                _scan_file(file, scan, explicit=False, in_mailbox=False)
    return scan


def _raise_unreadable(exc: OSError) -> None:
    raise SourceUnreadable(f"cannot read folder {exc.filename}: {exc.strerror or exc}") from exc


def read_message(ref: MessageRef) -> bytes:
    """Return the bytes of one message exactly as they are on disk."""
    try:
        with open(ref.path, "rb") as fh:
            if ref.start is None:
                return fh.read()
            fh.seek(ref.start)
            return fh.read((ref.end or ref.start) - ref.start)
    except FileNotFoundError as exc:
        raise SourceNotFound(f"message file vanished: {ref.path}") from exc
    except OSError as exc:
        raise SourceUnreadable(f"cannot read {ref.path}: {exc.strerror or exc}") from exc

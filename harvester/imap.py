"""Fetching mail over IMAP (imapclient): incremental by UID, read-only, resumable.

``sync_account`` walks the watched folders of one account. Per folder it selects
read-only (EXAMINE) and fetches with ``BODY.PEEK[]``, so no message is ever marked as
read; it asks only for UIDs above the folder's cursor (``cursor_of``), in batches
bounded by count and by bytes (so memory stays flat whatever the mailbox size), and
hands each batch to ``store_batch``, which stores the messages and advances the cursor
in one transaction. A dropped connection is reopened and the folder resumed from the
cursor: nothing is lost and, since storage is idempotent, nothing is doubled. When
UIDVALIDITY changes (the folder was recreated) the folder is read again from the start.
Parsing is not done here: see ``parse``.
"""

from __future__ import annotations

import contextlib
import imaplib
import logging
import re
import ssl
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from fnmatch import fnmatchcase
from typing import Any, Literal

from imapclient import IMAPClient
from imapclient.exceptions import LoginError

from .exceptions import ImapAuthError, ImapConnectError, ImapError

log = logging.getLogger(__name__)

UID_WINDOW = 2000
DROPPED = (imaplib.IMAP4.abort, OSError, EOFError)


@dataclass(frozen=True, slots=True)
class ImapAccount:
    name: str
    host: str
    port: int
    username: str
    password: str = field(repr=False)
    security: Literal["tls", "starttls", "none"] = "tls"
    folders: tuple[str, ...] = ("INBOX",)
    exclude_folders: tuple[str, ...] = ()
    since: date | None = None
    timeout: float = 60.0
    max_reconnects: int = 5


@dataclass(frozen=True, slots=True)
class FetchedMessage:
    folder: str
    uidvalidity: int
    uid: int
    raw: bytes
    internaldate: datetime | None


@dataclass(frozen=True, slots=True)
class Cursor:
    uidvalidity: int
    last_uid: int


@dataclass(slots=True)
class SyncReport:
    folders: dict[str, int] = field(default_factory=dict)
    fetched: int = 0
    stored_new: int = 0
    reconnects: int = 0
    uidvalidity_resets: list[str] = field(default_factory=list)


CursorOf = Callable[[str], Cursor | None]
StoreBatch = Callable[[str, int, int, list[FetchedMessage]], int]


def connect(account: ImapAccount) -> IMAPClient:
    """Return a logged-in client, or raise ``ImapConnectError`` / ``ImapAuthError``."""
    where = f"{account.host}:{account.port}"
    try:
        client = IMAPClient(
            account.host, port=account.port, ssl=account.security == "tls", timeout=account.timeout
        )
        if account.security == "starttls":
            client.starttls(ssl.create_default_context())
    except (OSError, imaplib.IMAP4.error) as exc:
        reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        raise ImapConnectError(f"cannot connect to IMAP server {where}: {reason}") from exc
    client.normalise_times = False
    try:
        client.login(account.username, account.password)
    except LoginError as exc:
        _close(client)
        reason = exc.args[0] if exc.args else ""
        if isinstance(reason, bytes):
            reason = reason.decode("utf-8", "replace")
        # imapclient hands over the server's bytes already passed through str()
        text = re.sub(r"^b(['\"])(.*)\1$", r"\2", str(reason).strip()) or "login refused"
        raise ImapAuthError(f"IMAP login failed for {account.username} at {where}: {text}") from exc
    except DROPPED as exc:
        _close(client)
        raise ImapConnectError(f"IMAP server {where} closed the connection at login") from exc
    return client


def _close(client: IMAPClient) -> None:
    # Closing must never fail: the connection may already be gone.
    try:
        client.logout()
    except Exception:
        with contextlib.suppress(Exception):
            client.shutdown()


def watched_folders(client: IMAPClient, account: ImapAccount) -> list[str]:
    """Return the folders to sync: those matching ``folders`` and not ``exclude_folders``."""
    names = []
    for flags, _delimiter, name in client.list_folders():
        if b"\\Noselect" in flags or b"\\NonExistent" in flags:
            continue
        names.append(name if isinstance(name, str) else name.decode("utf-8", "replace"))
    chosen = [n for n in names if any(fnmatchcase(n, pattern) for pattern in account.folders)]
    return [n for n in chosen if not any(fnmatchcase(n, p) for p in account.exclude_folders)]


def _batches(sizes: dict[int, int], max_count: int, max_bytes: int) -> Iterator[list[int]]:
    batch: list[int] = []
    total = 0
    for uid in sorted(sizes):
        if batch and (len(batch) >= max_count or total + sizes[uid] > max_bytes):
            yield batch
            batch, total = [], 0
        batch.append(uid)
        total += sizes[uid]
    if batch:
        yield batch


def _fetch(
    client: IMAPClient, folder: str, uidvalidity: int, uids: Sequence[int]
) -> list[FetchedMessage]:
    data = client.fetch(uids, [b"BODY.PEEK[]", b"INTERNALDATE"])
    messages = []
    for uid in sorted(data):
        item = data[uid]
        raw = item.get(b"BODY[]")
        if raw is None:
            continue  # expunged between SEARCH and FETCH
        when = item.get(b"INTERNALDATE")
        if isinstance(when, datetime) and when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        messages.append(FetchedMessage(folder, uidvalidity, uid, bytes(raw), when))
    return messages


@dataclass(slots=True)
class _Sync:
    """One account's sync: the callbacks, the limits and the running report."""

    account: ImapAccount
    cursor_of: CursorOf
    store_batch: StoreBatch
    batch_count: int
    batch_bytes: int
    on_folder: Callable[[str, int], None] | None
    report: SyncReport = field(default_factory=SyncReport)

    def folder(self, client: IMAPClient, folder: str) -> None:
        status = client.select_folder(folder, readonly=True)
        uidvalidity = int(status[b"UIDVALIDITY"])
        uidnext = int(status.get(b"UIDNEXT") or 0) or None
        last_uid = self._last_uid(folder, uidvalidity)
        if self.on_folder:
            exists = int(status.get(b"EXISTS") or 0)
            pending = exists if last_uid == 0 or uidnext is None else uidnext - 1 - last_uid
            self.on_folder(folder, max(0, min(exists, pending)))
        for low, high in _uid_windows(last_uid, uidnext):
            criteria: list[Any] = ["UID", f"{low}:{high or '*'}"]
            if self.account.since and last_uid == 0:
                criteria += ["SINCE", self.account.since]
            # UID n:* always matches the highest UID, even when nothing is newer.
            uids = sorted(uid for uid in client.search(criteria) if low <= uid <= (high or uid))
            if not uids:
                continue
            fetched = client.fetch(uids, [b"RFC822.SIZE"])
            wanted = set(uids)
            sizes = {
                uid: int(item.get(b"RFC822.SIZE", 0))
                for uid, item in fetched.items()
                if uid in wanted
            }
            for batch in _batches(sizes, self.batch_count, self.batch_bytes):
                messages = _fetch(client, folder, uidvalidity, batch)
                self.report.stored_new += self.store_batch(
                    folder, uidvalidity, max(batch), messages
                )
                self.report.fetched += len(messages)
                self.report.folders[folder] = self.report.folders.get(folder, 0) + len(messages)

    def _last_uid(self, folder: str, uidvalidity: int) -> int:
        cursor = self.cursor_of(folder)
        if cursor is None:
            return 0
        if cursor.uidvalidity == uidvalidity:
            return cursor.last_uid
        if folder not in self.report.uidvalidity_resets:
            self.report.uidvalidity_resets.append(folder)
            log.warning(
                "%s/%s: UIDVALIDITY changed, reading the folder again", self.account.name, folder
            )
        return 0


def _uid_windows(last_uid: int, uidnext: int | None) -> Iterator[tuple[int, int | None]]:
    """Yield UID ranges ``(low, high)`` of at most ``UID_WINDOW`` above ``last_uid``;
    ``high`` None means no upper bound.

    Searching a window at a time keeps each SEARCH answer, each FETCH command (servers
    limit line length) and our memory bounded, however big the folder.
    """
    if uidnext is None:
        yield last_uid + 1, None
        return
    for start in range(last_uid + 1, uidnext, UID_WINDOW):
        yield start, min(start + UID_WINDOW, uidnext) - 1
    yield max(uidnext, last_uid + 1), None  # what arrived since SELECT


def sync_account(
    account: ImapAccount,
    *,
    cursor_of: CursorOf,
    store_batch: StoreBatch,
    batch_count: int = 200,
    batch_bytes: int = 16 * 1024 * 1024,
    max_reconnects: int | None = None,
    on_folder: Callable[[str, int], None] | None = None,
    backoff: Callable[[int], float] = lambda attempt: min(30.0, 0.5 * 2**attempt),
) -> SyncReport:
    """Fetch every new message of the account's watched folders into ``store_batch``.

    ``store_batch(folder, uidvalidity, last_uid, messages)`` must store the messages
    and move the folder's cursor to ``last_uid`` atomically, and return how many were new.
    ``on_folder(folder, n)`` is told how many messages a folder has to fetch.
    """
    sync = _Sync(account, cursor_of, store_batch, batch_count, batch_bytes, on_folder)
    max_reconnects = account.max_reconnects if max_reconnects is None else max_reconnects
    client = connect(account)
    try:
        for folder in watched_folders(client, account):
            attempt = 0
            while True:
                try:
                    sync.folder(client, folder)
                    break
                except DROPPED as exc:
                    attempt += 1
                    if attempt > max_reconnects:
                        raise ImapConnectError(
                            f"IMAP connection to {account.host}:{account.port} kept dropping "
                            f"({attempt - 1} reconnects) in {folder}: {exc}"
                        ) from exc
                    log.warning(
                        "%s: connection dropped in %s (%s); reconnecting", account.name, folder, exc
                    )
                    _close(client)
                    time.sleep(backoff(attempt - 1))
                    client = connect(account)
                    sync.report.reconnects += 1
                except imaplib.IMAP4.error as exc:
                    raise ImapError(f"IMAP error in {account.name}/{folder}: {exc}") from exc
    finally:
        _close(client)
    return sync.report

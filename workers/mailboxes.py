"""Syncing configured IMAP mailboxes into inquiries, one account at a time (a lease).

``sync_mailbox`` is what the ``harvest_mailbox`` job and ``tradelead harvest imap`` run:
it takes the account's lease (so the same account never syncs twice at once, on any
machine), fetches new mail, stores each batch with its cursor in one transaction, and
hands every new inquiry to the ``parse_inquiry`` job.
"""

from __future__ import annotations

import os
import socket
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import select

from crm_store.engine import transaction
from crm_store.exceptions import NotFound
from crm_store.models import User
from crm_store.repo.cursors import get_cursor
from crm_store.repo.locks import acquire_lock, release_lock, renew_lock
from harvester.exceptions import ImapError
from harvester.imap import Cursor, FetchedMessage, ImapAccount, sync_account
from harvester.store import store_fetched_batch

from . import context
from .exceptions import ConfigError
from .settings import MailboxSettings

LEASE = timedelta(minutes=10)


@dataclass(frozen=True, slots=True)
class MailboxResult:
    account: str
    fetched: int = 0
    new: int = 0
    reconnects: int = 0
    uidvalidity_resets: tuple[str, ...] = ()
    skipped: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "account": self.account,
            "fetched": self.fetched,
            "new": self.new,
            "reconnects": self.reconnects,
            "uidvalidity_resets": list(self.uidvalidity_resets),
            "skipped": self.skipped,
        }


def imap_account(box: MailboxSettings) -> ImapAccount:
    """Return the fetcher's view of a configured mailbox; its password must be set."""
    password = box.password()
    if password is None:
        raise ConfigError(f"mailbox {box.name!r}: set its password in ${box.password_variable}")
    return ImapAccount(
        name=box.name,
        host=box.host,
        port=box.port,
        username=box.username,
        password=password.get_secret_value(),
        security=box.security,
        folders=tuple(box.folders),
        exclude_folders=tuple(box.exclude_folders),
        since=box.since,
        max_reconnects=box.max_reconnects,
    )


def _owner_id(username: str | None) -> int | None:
    if not username:
        return None
    with transaction(context.sessions()) as session:
        owner = session.scalar(select(User.id).where(User.username == username.lower()))
    if owner is None:
        raise NotFound(f"mailbox owner {username!r} is not a user")
    return owner


def sync_mailbox(
    name: str,
    *,
    on_new_inquiry: Callable[[int], None],
    on_folder: Callable[[str, int], None] | None = None,
    on_stored: Callable[[int], None] | None = None,
) -> MailboxResult:
    """Sync one configured mailbox and return what happened (or why it was skipped).

    ``on_new_inquiry`` gets the id of each new inquiry once its batch is committed (the
    job enqueues parsing there); ``on_folder`` and ``on_stored`` report progress.
    """
    box = context.settings().mailbox(name)
    account = imap_account(box)
    owner_id = _owner_id(box.owner)
    lock, holder = f"imap:{name}", f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
    factory = context.sessions()
    with transaction(factory) as session:
        busy = acquire_lock(session, lock, holder, LEASE)
    if busy:
        return MailboxResult(name, skipped=f"already being synced by {busy}")

    def cursor_of(folder: str) -> Cursor | None:
        with factory() as session:
            cursor = get_cursor(session, name, folder)
            return Cursor(cursor.uidvalidity, cursor.last_uid) if cursor else None

    def store_batch(
        folder: str, uidvalidity: int, last_uid: int, messages: list[FetchedMessage]
    ) -> int:
        with transaction(factory) as session:
            if not renew_lock(session, lock, holder, LEASE):
                raise ImapError(f"lost the lease on mailbox {name!r}; another worker took over")
            new_ids = store_fetched_batch(
                session,
                account=name,
                folder=folder,
                uidvalidity=uidvalidity,
                last_uid=last_uid,
                messages=messages,
                owner_id=owner_id,
            )
        for inquiry_id in new_ids:
            on_new_inquiry(inquiry_id)
        if on_stored:
            on_stored(len(messages))
        return len(new_ids)

    try:
        report = sync_account(
            account, cursor_of=cursor_of, store_batch=store_batch, on_folder=on_folder
        )
    finally:
        with transaction(factory) as session:
            release_lock(session, lock, holder)
    return MailboxResult(
        name, report.fetched, report.stored_new, report.reconnects, tuple(report.uidvalidity_resets)
    )

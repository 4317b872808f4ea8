"""Fixtures for the IMAP harvester: one Dovecot per test session, a fresh account per
test, and a proxy that drops connections on cue. See ``imap_server``."""

from __future__ import annotations

import itertools
import secrets
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest

from .imap_server import Dovecot, FlakyProxy, dovecot_binary

_account_numbers = itertools.count(1)


@dataclass(frozen=True, slots=True)
class ImapTestAccount:
    host: str
    port: int
    user: str
    password: str = field(repr=False)


@pytest.fixture(scope="session")
def dovecot() -> Iterator[Dovecot]:
    """A Dovecot on 127.0.0.1 for the whole session (skips when not installed)."""
    if dovecot_binary() is None:
        pytest.skip("dovecot not installed: apt-get install dovecot-imapd")
    server = Dovecot().start()
    try:
        yield server
    finally:
        # Killing the group is immediate; SIGTERM would cost ~1-3 s for nothing here.
        server.stop(graceful=False)


@pytest.fixture
def imap_account(dovecot: Dovecot) -> ImapTestAccount:
    """A new user with an empty mailbox on the session's Dovecot."""
    user = f"user{next(_account_numbers)}-{secrets.token_hex(3)}"
    password = secrets.token_urlsafe(12)
    dovecot.add_user(user, password)
    return ImapTestAccount(host=dovecot.host, port=dovecot.port, user=user, password=password)


@pytest.fixture
def flaky_proxy(dovecot: Dovecot) -> Iterator[FlakyProxy]:
    """A proxy in front of the session's Dovecot; connect to its host and port."""
    with FlakyProxy(dovecot.host, dovecot.port) as proxy:
        yield proxy

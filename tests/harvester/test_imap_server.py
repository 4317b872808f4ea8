"""The IMAP test server itself: Dovecot answers, accounts work at once, the helpers
return the UIDs Dovecot assigned, and the proxy drops connections when told to."""

from __future__ import annotations

import imaplib
import socket
from datetime import UTC, datetime

import pytest
from imapclient import IMAPClient
from imapclient.exceptions import LoginError

from .conftest import ImapTestAccount
from .imap_server import Dovecot, FlakyProxy, closed_port, dovecot_binary


def message(subject: str, body_bytes: int = 100) -> bytes:
    lines = ["x" * 76] * max(1, body_bytes // 78)
    head = f"From: buyer@example.com\r\nTo: sales@example.com\r\nSubject: {subject}\r\n\r\n"
    return (head + "\r\n".join(lines) + "\r\n").encode()


def login(account: ImapTestAccount, port: int | None = None) -> IMAPClient:
    client = IMAPClient(account.host, port or account.port, ssl=False, timeout=10)
    try:
        client.login(account.user, account.password)
    except BaseException:
        client.shutdown()
        raise
    return client


def subjects(client: IMAPClient, folder: str) -> dict[int, str]:
    client.select_folder(folder, readonly=True)
    fetched = client.fetch(client.search("ALL"), ["BODY.PEEK[HEADER.FIELDS (SUBJECT)]"])
    return {
        uid: data[b"BODY[HEADER.FIELDS (SUBJECT)]"].decode().strip().removeprefix("Subject: ")
        for uid, data in fetched.items()
    }


def test_server_greets(dovecot: Dovecot) -> None:
    with socket.create_connection((dovecot.host, dovecot.port), timeout=5) as sock:
        greeting = sock.recv(512)
    assert greeting.startswith(b"* OK")
    assert b"IMAP4rev1" in greeting


def test_fresh_account_logs_in_to_an_empty_inbox(imap_account: ImapTestAccount) -> None:
    with login(imap_account) as client:
        assert client.select_folder("INBOX")[b"EXISTS"] == 0


def test_users_added_while_running_can_log_in_at_once(dovecot: Dovecot) -> None:
    # A passwd-file would refuse users added within a second of the previous login.
    for n in range(3):
        dovecot.add_user(f"newcomer{n}", "secret")
        with IMAPClient(dovecot.host, dovecot.port, ssl=False, timeout=10) as client:
            client.login(f"newcomer{n}", "secret")


@pytest.mark.parametrize("who", ["wrong password", "unknown user"])
def test_bad_credentials_are_rejected(imap_account: ImapTestAccount, who: str) -> None:
    user = imap_account.user if who == "wrong password" else "nobody-here"
    with (
        IMAPClient(imap_account.host, imap_account.port, ssl=False, timeout=10) as client,
        pytest.raises(LoginError, match="AUTHENTICATIONFAILED"),
    ):
        client.login(user, "not-the-password")


def test_append_returns_increasing_uids(dovecot: Dovecot, imap_account: ImapTestAccount) -> None:
    when = datetime(2024, 3, 1, 9, 30, tzinfo=UTC)
    uids = [dovecot.append(imap_account.user, "INBOX", message(f"m{n}")) for n in range(3)]
    flagged = dovecot.append(
        imap_account.user, "Leads/2024", message("old"), flags=[b"\\Seen"], when=when
    )

    assert uids == [1, 2, 3]
    assert flagged == 1
    assert dovecot.message_count(imap_account.user, "INBOX") == 3
    with login(imap_account) as client:
        assert subjects(client, "INBOX") == {1: "m0", 2: "m1", 3: "m2"}
        client.select_folder("Leads/2024", readonly=True)
        data = client.fetch([flagged], ["FLAGS", "INTERNALDATE"])[flagged]
    assert b"\\Seen" in data[b"FLAGS"]
    assert data[b"INTERNALDATE"].astimezone(UTC) == when


@pytest.mark.parametrize("method", ["append_many", "deliver_many"])
def test_bulk_loading_keeps_order(
    dovecot: Dovecot, imap_account: ImapTestAccount, method: str
) -> None:
    load = getattr(dovecot, method)
    first = load(imap_account.user, "Bulk", (message(f"a{n}") for n in range(300)))
    second = load(imap_account.user, "Bulk", [message("b0"), message("b1")])

    assert first == list(range(1, 301))
    assert second == [301, 302]
    with login(imap_account) as client:
        got = subjects(client, "Bulk")
    assert [got[uid] for uid in first[:3] + second] == ["a0", "a1", "a2", "b0", "b1"]
    assert got[300] == "a299"


@pytest.mark.parametrize("folder", ["INBOX", "Leads"])
def test_recreate_folder_changes_uidvalidity(
    dovecot: Dovecot, imap_account: ImapTestAccount, folder: str
) -> None:
    dovecot.append_many(imap_account.user, folder, [message("old")] * 2)
    seen = [dovecot.uidvalidity(imap_account.user, folder)]
    for _ in range(2):  # twice within a second: Dovecot must still hand out a new value
        dovecot.recreate_folder(imap_account.user, folder)
        seen.append(dovecot.uidvalidity(imap_account.user, folder))

    assert len(set(seen)) == 3
    assert dovecot.message_count(imap_account.user, folder) == 0
    assert dovecot.append(imap_account.user, folder, message("new")) == 1


def test_proxy_cuts_the_connection_after_the_set_bytes(flaky_proxy: FlakyProxy) -> None:
    flaky_proxy.cut_after(10)
    with socket.create_connection((flaky_proxy.host, flaky_proxy.port), timeout=5) as sock:
        received = b""
        with pytest.raises(ConnectionResetError):
            while chunk := sock.recv(100):
                received += chunk
    assert received == b"* OK [CAPA"
    assert (flaky_proxy.connections, flaky_proxy.cuts) == (1, 1)


def test_proxy_drops_a_connection_mid_fetch_then_heals(
    dovecot: Dovecot, imap_account: ImapTestAccount, flaky_proxy: FlakyProxy
) -> None:
    big = message("big", body_bytes=200_000)
    uid = dovecot.append(imap_account.user, "INBOX", big)
    flaky_proxy.cut_after(50_000)  # login and SELECT take ~2 KB: this lands in the FETCH

    with login(imap_account, flaky_proxy.port) as client:
        client.select_folder("INBOX", readonly=True)
        with pytest.raises((imaplib.IMAP4.abort, OSError)):
            client.fetch([uid], ["BODY.PEEK[]"])
    flaky_proxy.heal()
    with login(imap_account, flaky_proxy.port) as client:
        client.select_folder("INBOX", readonly=True)
        body = client.fetch([uid], ["BODY.PEEK[]"])[uid][b"BODY[]"]

    assert body == big
    assert (flaky_proxy.connections, flaky_proxy.cuts) == (2, 1)


def test_proxy_cuts_only_as_many_connections_as_asked(
    imap_account: ImapTestAccount, flaky_proxy: FlakyProxy
) -> None:
    flaky_proxy.cut_after(0, times=1)
    with pytest.raises((imaplib.IMAP4.abort, OSError)):
        login(imap_account, flaky_proxy.port)
    with login(imap_account, flaky_proxy.port) as client:
        assert client.noop()
        flaky_proxy.drop_all()
        with pytest.raises((imaplib.IMAP4.abort, OSError)):
            client.noop()
    assert flaky_proxy.connections == 2


def test_closed_port_refuses_connections() -> None:
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", closed_port()), timeout=5).close()


@pytest.mark.skipif(
    dovecot_binary() is None, reason="dovecot not installed: apt-get install dovecot-imapd"
)
def test_stop_shuts_the_server_down_and_removes_its_files() -> None:
    with Dovecot() as server:
        server.add_user("someone", "pw")
        assert server.append("someone", "INBOX", message("hello")) == 1
        port, directory = server.port, server.dir
    assert directory is not None and not directory.exists()
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection((server.host, port), timeout=5).close()

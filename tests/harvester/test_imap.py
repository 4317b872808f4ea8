"""IMAP harvesting against a real Dovecot: incremental, read-only, resumable, one at a time."""

from __future__ import annotations

import os
import threading
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from imapclient import IMAPClient
from sqlalchemy import func, select

from crm_store import migrate
from crm_store.engine import make_engine, transaction
from crm_store.models import Inquiry, InquiryStatus, MailboxCursor
from crm_store.repo.locks import acquire_lock
from tests.conftest import SHARED, run_tradelead
from workers import context, jobs
from workers.mailboxes import sync_mailbox

from .imap_server import closed_port


def message(n: int, *, body: str = "Please quote 500 pcs of cordless drills.") -> bytes:
    """A small buyer inquiry with a unique Message-ID."""
    return (
        f"From: Buyer {n} <buyer{n}@example{n % 7}.de>\r\nTo: sales@everbright-tools.cn\r\n"
        f"Subject: RFQ {n}\r\nDate: Tue, 03 Nov 2026 09:{n % 60:02}:00 +0100\r\n"
        f"Message-ID: <rfq-{n}@example.de>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        f"Hello,\r\n{body} (#{n})\r\n\r\nBest regards,\r\nBuyer {n}\r\n"
    ).encode()


@pytest.fixture
def mailbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, imap_account):
    """Settings with one mailbox ``box`` on the test Dovecot and a fresh SQLite database.

    Returns ``configure(**mailbox_fields)`` to change the mailbox (port, folders...).
    """
    url = f"sqlite:///{tmp_path / 'imap.db'}"
    engine = make_engine(url)
    migrate.upgrade(engine)
    engine.dispose()
    monkeypatch.setenv("TRADELEAD_DATABASE_URL", url)
    monkeypatch.setenv("TRADELEAD_IMAP_PASSWORD_BOX", imap_account.password)

    def configure(**fields: object) -> None:
        box = {
            "name": "box",
            "host": imap_account.host,
            "port": imap_account.port,
            "security": "none",
            "username": imap_account.user,
        } | fields
        lines = ["[[mailboxes]]"] + [f"{k} = {_toml(v)}" for k, v in box.items()]
        (tmp_path / "tradelead.toml").write_text("\n".join(lines) + "\n")
        monkeypatch.setenv("TRADELEAD_CONFIG", str(tmp_path / "tradelead.toml"))
        context.reset()

    configure()
    return configure


def _toml(value: object) -> str:
    if isinstance(value, str):
        return f'"{value}"'
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def sync(**kwargs):
    return sync_mailbox("box", on_new_inquiry=jobs.enqueue_parse, **kwargs)


def count(status: InquiryStatus | None = None) -> int:
    with transaction(context.sessions()) as s:
        stmt = select(func.count(Inquiry.id))
        if status:
            stmt = stmt.where(Inquiry.status == status)
        return s.scalar(stmt) or 0


def test_sync_stores_and_parses_then_fetches_only_new_mail(dovecot, imap_account, mailbox):
    dovecot.append_many(imap_account.user, "INBOX", [message(n) for n in range(300)])
    first = sync()
    assert (first.fetched, first.new) == (300, 300)
    assert count() == 300 and count(InquiryStatus.PROCESSED) == 300  # parsed, lead made
    with transaction(context.sessions()) as s:
        parsed = s.scalars(select(Inquiry).where(Inquiry.source_ref == "<rfq-7@example.de>")).one()
        assert "500 pcs of cordless drills. (#7)" in parsed.parsed["text"]
        assert parsed.origin.startswith("imap:box/INBOX;uidvalidity=")
    dovecot.append_many(imap_account.user, "INBOX", [message(n) for n in range(300, 320)])
    second = sync()
    assert (second.fetched, second.new) == (20, 20) and count() == 320
    assert (sync().fetched, count()) == (0, 320)


def test_mail_is_never_marked_as_read(dovecot, imap_account, mailbox):
    dovecot.append_many(imap_account.user, "INBOX", [message(n) for n in range(5)])
    sync()
    with dovecot.connect(imap_account.user) as client:
        client.select_folder("INBOX", readonly=True)
        flags = client.get_flags(client.search(["ALL"]))
    assert flags and all(b"\\Seen" not in f for f in flags.values())


def test_uidvalidity_change_rereads_the_folder_without_duplicates(dovecot, imap_account, mailbox):
    dovecot.append_many(imap_account.user, "Sales", [message(n) for n in range(40)])
    mailbox(folders=["Sales"])
    assert sync().new == 40
    dovecot.recreate_folder(imap_account.user, "Sales")
    dovecot.append_many(imap_account.user, "Sales", [message(n) for n in range(50)])
    again = sync()
    assert again.uidvalidity_resets == ("Sales",)
    assert (again.fetched, again.new, count()) == (50, 10, 50)
    with transaction(context.sessions()) as s:
        cursor = s.scalars(select(MailboxCursor)).one()
        assert cursor.uidvalidity == dovecot.uidvalidity(imap_account.user, "Sales")


def test_dropped_connection_mid_fetch_resumes_without_loss_or_doubles(
    dovecot, imap_account, mailbox, flaky_proxy
):
    raws = [message(n, body="x" * 2000) for n in range(600)]
    dovecot.append_many(imap_account.user, "INBOX", raws)
    mailbox(host=flaky_proxy.host, port=flaky_proxy.port)
    # The first FETCH of bodies (200 messages of ~2.3 kB) is cut in its middle, twice.
    flaky_proxy.cut_after(250_000, times=2)
    result = sync()
    assert flaky_proxy.cuts == 2 and result.reconnects == 2
    assert count() == 600
    with transaction(context.sessions()) as s:
        refs = s.scalars(select(Inquiry.source_ref)).all()
    assert sorted(refs) == sorted(f"<rfq-{n}@example.de>" for n in range(600))


def test_connection_that_keeps_dropping_gives_up_with_one_clear_error(
    dovecot, imap_account, mailbox, flaky_proxy, monkeypatch
):
    from harvester.exceptions import ImapConnectError

    dovecot.append_many(imap_account.user, "INBOX", [message(n) for n in range(50)])
    mailbox(host=flaky_proxy.host, port=flaky_proxy.port, max_reconnects=1)
    flaky_proxy.cut_after(2_000)
    with pytest.raises(ImapConnectError, match="kept dropping"):
        sync_mailbox("box", on_new_inquiry=jobs.enqueue_parse)


def _env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k.startswith("TRADELEAD_")}


def test_wrong_password_is_one_clear_error(imap_account, mailbox, monkeypatch):
    monkeypatch.setenv("TRADELEAD_IMAP_PASSWORD_BOX", "wrong")
    done = run_tradelead("harvest", "imap", "box", env=_env())
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines() == [
        f"error: IMAP login failed for {imap_account.user} at 127.0.0.1:{imap_account.port}: "
        "[AUTHENTICATIONFAILED] Authentication failed."
    ]


def test_unreachable_host_is_one_clear_error(mailbox):
    port = closed_port()
    mailbox(port=port)
    done = run_tradelead("harvest", "imap", env=_env())
    assert done.returncode == 1 and "Traceback" not in done.stderr
    [line] = done.stderr.strip().splitlines()
    assert line.startswith(f"error: cannot connect to IMAP server 127.0.0.1:{port}:")


def test_missing_password_and_unknown_mailbox_are_clear(mailbox, monkeypatch):
    monkeypatch.delenv("TRADELEAD_IMAP_PASSWORD_BOX")
    done = run_tradelead("harvest", "imap", "box", env=_env())
    assert "error: mailbox 'box': set its password in $TRADELEAD_IMAP_PASSWORD_BOX" in done.stderr
    done = run_tradelead("harvest", "imap", "nope", env=_env())
    assert "error: no mailbox 'nope' in the settings (box)" in done.stderr


def test_cli_shows_progress_and_a_summary(dovecot, imap_account, mailbox):
    dovecot.append_many(imap_account.user, "INBOX", [message(n) for n in range(30)])
    done = run_tradelead("harvest", "imap", env=_env())
    assert done.returncode == 0, done.stderr
    assert "box: 30 messages fetched, 30 new inquiries." in done.stdout


def test_the_same_account_never_syncs_twice_at_once(dovecot, imap_account, mailbox):
    dovecot.append_many(imap_account.user, "INBOX", [message(n) for n in range(5)])
    with transaction(context.sessions()) as s:
        assert acquire_lock(s, "imap:box", "worker-a:1", timedelta(minutes=5)) is None
    result = sync()
    assert result.skipped == "already being synced by worker-a:1" and count() == 0
    with transaction(context.sessions()) as s:  # an expired lease does not block
        acquire_lock(s, "imap:box", "worker-a:1", timedelta(seconds=-1))
    assert sync().new == 5


def test_different_accounts_sync_concurrently(
    dovecot, imap_account, mailbox, tmp_path, monkeypatch
):
    second_user = imap_account.user + "b"
    dovecot.add_user(second_user, imap_account.password)
    dovecot.append_many(imap_account.user, "INBOX", [message(n) for n in range(100)])
    dovecot.append_many(second_user, "INBOX", [message(n) for n in range(100, 200)])
    monkeypatch.setenv("TRADELEAD_IMAP_PASSWORD_BOX2", imap_account.password)
    config = Path(os.environ["TRADELEAD_CONFIG"])
    config.write_text(
        config.read_text()
        + "\n".join(
            [
                "[[mailboxes]]",
                'name = "box2"',
                f'host = "{imap_account.host}"',
                f"port = {imap_account.port}",
                'security = "none"',
                f'username = "{second_user}"',
                "",
            ]
        )
    )
    context.reset()
    results = {}

    def run(name: str) -> None:
        results[name] = sync_mailbox(name, on_new_inquiry=jobs.enqueue_parse)

    threads = [threading.Thread(target=run, args=(n,)) for n in ("box", "box2")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results["box"].new == 100 and results["box2"].new == 100 and count() == 200


def test_since_date_and_folder_filters(dovecot, imap_account, mailbox):
    old = datetime(2025, 1, 10, tzinfo=UTC)
    dovecot.append(imap_account.user, "INBOX", message(1), when=old)
    dovecot.append(imap_account.user, "INBOX", message(2))
    dovecot.append(imap_account.user, "Sales/EU", message(3))
    dovecot.append(imap_account.user, "Sales/Private", message(4))
    dovecot.append(imap_account.user, "Personal", message(5))
    mailbox(folders=["INBOX", "Sales/*"], exclude_folders=["Sales/Private"], since=date(2026, 1, 1))
    result = sync()
    assert sorted(result.uidvalidity_resets) == [] and result.new == 2
    with transaction(context.sessions()) as s:
        assert sorted(s.scalars(select(Inquiry.source_ref))) == [
            "<rfq-2@example.de>",
            "<rfq-3@example.de>",
        ]


def test_corpus_through_imap_count_in_equals_count_out(dovecot, imap_account, mailbox):
    """APPEND every message of the real-world corpus, then sync: all stored, all parsed
    or quarantined."""
    root = SHARED / "corpora" / "emails"
    if not (root / "MANIFEST.tsv").is_file():
        pytest.skip(f"shared corpora not found at {SHARED}")
    files = [
        root / line.split("\t")[0]
        for line in (root / "MANIFEST.tsv").read_text().splitlines()[1:]
        if line.strip()
    ]
    accepted = 0
    with dovecot.connect(imap_account.user) as client:
        for path in files:
            try:
                client.append("INBOX", path.read_bytes())
                accepted += 1
            except IMAPClient.Error:
                pass  # the server refuses a few (bare NULs...): they never reach a mailbox
    assert accepted >= 400
    result = sync()
    assert result.fetched == accepted
    # Identical copies in the corpus collapse into one inquiry; nothing else may.
    with transaction(context.sessions()) as s:
        hashes = s.scalars(select(Inquiry.content_hash)).all()
        statuses = dict(
            s.execute(select(Inquiry.status, func.count()).group_by(Inquiry.status)).all()
        )
    assert len(hashes) == len(set(hashes)) == result.new
    assert set(statuses) <= {InquiryStatus.PROCESSED, InquiryStatus.QUARANTINED}


def test_harvest_mailbox_job_runs_on_rq_workers(
    dovecot, imap_account, mailbox, redis_url, monkeypatch
):
    dovecot.append_many(imap_account.user, "INBOX", [message(n) for n in range(25)])
    monkeypatch.setenv("TRADELEAD_REDIS_URL", redis_url)
    enqueued = run_tradelead("harvest", "imap", env=_env())
    assert enqueued.returncode == 0 and "box: job" in enqueued.stdout, enqueued.stderr
    worked = run_tradelead("worker", "--burst", "--queue", "harvest", env=_env())
    assert worked.returncode == 0, worked.stderr
    monkeypatch.delenv("TRADELEAD_REDIS_URL")
    context.reset()
    assert count() == 25 and count(InquiryStatus.NEW) == 25
    with transaction(context.sessions()) as s:
        assert s.scalar(select(func.count()).where(Inquiry.parsed.is_(None))) == 0

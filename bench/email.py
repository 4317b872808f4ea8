"""Email benchmark: parse throughput on the real-world corpus, and IMAP sync from a
local Dovecot (fetch and store raw; then with parsing too), with peak memory.

    .venv/bin/python bench/email.py [--messages 10000] [--engines sqlite postgresql]

Prints one JSON line per measurement. Needs ../shared (the corpus and nothing else is
read from it) and Dovecot (`apt-get install dovecot-imapd`); PostgreSQL at
TRADELEAD_TEST_PG_URL. Each sync runs in a child process so that its peak RSS is its
own. Targets (issue 3): parsing >= 300 messages/s on one core; sync >= 500 messages/s
with peak memory < 300 MB whatever the mailbox size.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# This file is named like the standard library's ``email`` package, which the parser
# imports later: keep the script's own folder off the import path.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("TRADELEAD_SHARED_DIR", REPO.parent / "shared"))
PG_URL = os.environ.get("TRADELEAD_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/test")


def emit(**fields: object) -> None:
    print(json.dumps({"bench": "email", **fields}), flush=True)


def corpus() -> list[bytes]:
    root = SHARED / "corpora" / "emails"
    lines = (root / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()[1:]
    return [(root / line.split("\t")[0]).read_bytes() for line in lines if line.strip()]


def bench_parse(rounds: int) -> None:
    from harvester.exceptions import ParseError
    from harvester.parse import parse_message

    messages = corpus()
    quarantined = 0
    start = time.process_time()
    for _ in range(rounds):
        for raw in messages:
            try:
                parse_message(raw)
            except ParseError:
                quarantined += 1
    seconds = time.process_time() - start
    n = len(messages) * rounds
    emit(
        op="parse_corpus",
        messages=n,
        distinct=len(messages),
        quarantined=quarantined // rounds,
        cpu_seconds=round(seconds, 2),
        messages_per_s=round(n / seconds),
        target_per_s=300,
    )


_MID = re.compile(rb"^Message-ID:.*?\r?\n(?![ \t])", re.IGNORECASE | re.MULTILINE | re.DOTALL)


def mailbox_messages(count: int) -> list[bytes]:
    """``count`` realistic inquiries: the bundled samples with fresh Message-IDs."""
    samples = sorted((REPO / "samples" / "inquiries").glob("*.eml"))
    bodies = [_MID.sub(b"", path.read_bytes(), count=1) for path in samples]
    return [
        b"Message-ID: <bench-%d@tradelead.test>\r\n" % n + bodies[n % len(bodies)]
        for n in range(count)
    ]


def bench_sync(count: int, engines: list[str]) -> None:
    sys.path.insert(0, str(REPO))
    from tests.harvester.imap_server import Dovecot

    with Dovecot() as server, tempfile.TemporaryDirectory() as tmp:
        server.add_user("bench", "bench-pw")
        raws = mailbox_messages(count)
        start = time.perf_counter()
        server.deliver_many("bench", "INBOX", raws)
        emit(
            op="load_dovecot",
            messages=count,
            mb=round(sum(map(len, raws)) / 1e6, 1),
            seconds=round(time.perf_counter() - start, 1),
        )
        config = Path(tmp) / "tradelead.toml"
        config.write_text(
            f'[[mailboxes]]\nname = "bench"\nhost = "{server.host}"\n'
            f'port = {server.port}\nsecurity = "none"\nusername = "bench"\n'
        )
        for engine in engines:
            for parse in (False, True):
                url = _database(engine, tmp, parse)
                env = {
                    **os.environ,
                    "TRADELEAD_CONFIG": str(config),
                    "TRADELEAD_IMAP_PASSWORD_BENCH": "bench-pw",
                    "TRADELEAD_DATABASE_URL": url,
                }
                env.pop("TRADELEAD_REDIS_URL", None)
                child = subprocess.run(
                    [
                        sys.executable,
                        __file__,
                        "--child-sync",
                        "--parse" if parse else "--no-parse",
                    ],
                    env=env,
                    capture_output=True,
                    text=True,
                )
                if child.returncode:
                    raise SystemExit(f"sync child failed:\n{child.stderr[-3000:]}")
                result = json.loads(child.stdout.strip().splitlines()[-1])
                emit(
                    op="imap_sync_and_parse" if parse else "imap_sync_store_raw",
                    engine=engine,
                    **result,
                    target_per_s=500,
                    target_peak_mb=300,
                )


def _database(engine: str, tmp: str, parse: bool) -> str:
    sys.path.insert(0, str(REPO))
    from crm_store import migrate
    from crm_store.engine import make_engine

    if engine == "sqlite":
        url = f"sqlite:///{tmp}/sync-{int(parse)}.db"
    else:
        import uuid

        from sqlalchemy import text
        from sqlalchemy.engine import make_url

        name = f"tradelead_bench_{uuid.uuid4().hex[:8]}"
        admin = make_engine(PG_URL, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        admin.dispose()
        url = make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    engine_ = make_engine(url)
    migrate.upgrade(engine_)
    engine_.dispose()
    return url


def _peak_rss_mb() -> float:
    """This process's own peak RSS: VmHWM starts afresh at exec, unlike ru_maxrss, which
    Linux carries over from the parent that forked us."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child_sync(parse: bool) -> None:
    from workers import jobs
    from workers.mailboxes import sync_mailbox

    trace = os.environ.get("BENCH_TRACE_RSS")
    done = [0]

    def stored(n: int) -> None:
        done[0] += n
        if trace and done[0] % 5000 < n:
            rss = int(Path("/proc/self/statm").read_text().split()[1]) * 4096 / 1e6
            print(f"{done[0]} messages: rss {rss:.0f} MB", file=sys.stderr, flush=True)

    start = time.perf_counter()
    result = sync_mailbox(
        "bench",
        on_new_inquiry=jobs.enqueue_parse if parse else (lambda _id: None),
        on_stored=stored,
    )
    seconds = time.perf_counter() - start
    peak_mb = _peak_rss_mb()
    print(
        json.dumps(
            {
                "messages": result.fetched,
                "new": result.new,
                "seconds": round(seconds, 2),
                "messages_per_s": round(result.fetched / seconds),
                "peak_rss_mb": round(peak_mb),
            }
        )
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, nargs="+", default=[10_000])
    parser.add_argument(
        "--engines", nargs="+", default=["sqlite", "postgresql"], choices=["sqlite", "postgresql"]
    )
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--skip-parse", action="store_true")
    parser.add_argument("--child-sync", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--parse", dest="parse", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--no-parse", dest="parse", action="store_false", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_sync:
        child_sync(args.parse)
        return
    if not args.skip_parse:
        bench_parse(args.rounds)
    for count in args.messages:
        bench_sync(count, args.engines)


if __name__ == "__main__":
    main()

"""Shared fixtures: databases on SQLite and PostgreSQL, per-test rolled-back sessions,
users of each role, Redis, the CLI environment and the shared corpora.

PostgreSQL runs when TRADELEAD_TEST_PG_URL is set (CI sets it): each test session gets
a database of its own on that server, dropped at the end. Redis tests run when
TRADELEAD_TEST_REDIS_URL is set and flush their database number before each test.
"""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from crm_store import migrate
from crm_store.engine import make_engine
from crm_store.models import Role, User
from crm_store.repo.users import create_user
from workers import context

PG_URL = os.environ.get("TRADELEAD_TEST_PG_URL")
REDIS_URL = os.environ.get("TRADELEAD_TEST_REDIS_URL")
REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("TRADELEAD_SHARED_DIR", REPO.parent / "shared")).resolve()

ENGINES = ["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)]


@pytest.fixture(autouse=True)
def _isolated_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """Each test starts with no TRADELEAD_* settings of the developer's and a clean context."""
    for key in list(os.environ):
        if key.startswith("TRADELEAD_") and not key.startswith("TRADELEAD_TEST_"):
            monkeypatch.delenv(key)
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.chdir(tmp_path)
    context.reset()
    yield
    context.reset()


def create_pg_database() -> str:
    """Create a fresh database on the test PostgreSQL server and return its URL."""
    assert PG_URL
    name = f"tradelead_test_{uuid.uuid4().hex[:10]}"
    admin = make_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return make_url(PG_URL).set(database=name).render_as_string(hide_password=False)


def drop_pg_database(url: str) -> None:
    """Drop a database made by ``create_pg_database``."""
    assert PG_URL
    admin = make_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{make_url(url).database}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(scope="session")
def database_urls(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """One migrated database per engine for the whole test session."""
    urls = {"sqlite": f"sqlite:///{tmp_path_factory.mktemp('db') / 'test.db'}"}
    if PG_URL:
        urls["postgresql"] = create_pg_database()
    for url in urls.values():
        engine = make_engine(url)
        migrate.upgrade(engine)
        engine.dispose()
    yield urls
    if "postgresql" in urls:
        drop_pg_database(urls["postgresql"])


@pytest.fixture(scope="session")
def engines(database_urls: dict[str, str]) -> Iterator[dict[str, Engine]]:
    made = {name: make_engine(url) for name, url in database_urls.items()}
    yield made
    for engine in made.values():
        engine.dispose()


@pytest.fixture(params=ENGINES)
def engine(request: pytest.FixtureRequest, engines: dict[str, Engine]) -> Engine:
    """The migrated engine of each backend in turn (PostgreSQL only when configured)."""
    if request.param not in engines:
        pytest.skip("PostgreSQL not configured: set TRADELEAD_TEST_PG_URL")
    return engines[request.param]


@pytest.fixture
def session(engine: Engine) -> Iterator[Session]:
    """A session inside a transaction that is rolled back after the test."""
    connection = engine.connect()
    outer = connection.begin()
    db = Session(bind=connection, join_transaction_mode="create_savepoint", expire_on_commit=False)
    try:
        yield db
    finally:
        db.close()
        outer.rollback()
        connection.close()


class People:
    """One user of each role, plus a second rep."""

    def __init__(self, session: Session) -> None:
        self.admin = create_user(session, None, username="root", role=Role.ADMIN, password="pw")
        self.manager = create_user(session, self.admin, username="mei", role=Role.MANAGER)
        self.anna = create_user(session, self.admin, username="anna", role=Role.REP)
        self.kevin = create_user(session, self.admin, username="kevin", role=Role.REP)

    def all(self) -> list[User]:
        return [self.admin, self.manager, self.anna, self.kevin]


@pytest.fixture
def people(session: Session) -> People:
    return People(session)


@pytest.fixture
def shared_dir() -> Path:
    """The shared corpora beside the checkout; tests that need them skip without them."""
    if not (SHARED / "corpora").is_dir():
        pytest.skip(f"shared corpora not found at {SHARED} (set TRADELEAD_SHARED_DIR)")
    return SHARED


@pytest.fixture
def redis_url() -> str:
    """A real Redis for queue tests, its database flushed first."""
    if not REDIS_URL:
        pytest.skip("Redis not configured: set TRADELEAD_TEST_REDIS_URL")
    from redis import Redis

    conn = Redis.from_url(REDIS_URL)
    conn.flushdb()
    conn.close()
    return REDIS_URL


def run_tradelead(
    *args: str,
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
    prefix: list[str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run the ``tradelead`` command as a real process, with only the given TRADELEAD_*
    settings (none of the developer's), and return what it did."""
    full = {k: v for k, v in os.environ.items() if not k.startswith("TRADELEAD_")}
    full.update(env or {})
    return subprocess.run(
        [*(prefix or []), sys.executable, "-m", "workers.cli", *args],
        env=full,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
    )

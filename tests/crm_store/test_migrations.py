"""Alembic: up, down to nothing, up again, and no drift from the models, on both engines."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, inspect

from crm_store import migrate
from crm_store.engine import make_engine
from crm_store.models import Base
from tests.conftest import PG_URL, create_pg_database, drop_pg_database


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def empty_engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    if request.param == "sqlite":
        engine = make_engine(f"sqlite:///{tmp_path / 'm.db'}")
        yield engine
        engine.dispose()
        return
    if not PG_URL:
        pytest.skip("PostgreSQL not configured: set TRADELEAD_TEST_PG_URL")
    url = create_pg_database()
    engine = make_engine(url)
    yield engine
    engine.dispose()
    drop_pg_database(url)


def _tables(engine: Engine) -> set[str]:
    return set(inspect(engine).get_table_names()) - {"alembic_version"}


def test_upgrade_downgrade_upgrade_without_drift(empty_engine):
    assert migrate.current_revision(empty_engine) is None
    migrate.upgrade(empty_engine)
    assert _tables(empty_engine) == set(Base.metadata.tables)
    assert migrate.drift(empty_engine) == []
    migrate.downgrade(empty_engine, "base")
    assert _tables(empty_engine) == set()
    assert migrate.current_revision(empty_engine) is None
    migrate.upgrade(empty_engine)
    assert migrate.current_revision(empty_engine) == migrate.head_revision()
    assert migrate.drift(empty_engine) == []


def test_sqlite_runs_with_wal_and_foreign_keys(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'p.db'}")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    engine.dispose()


def test_alembic_command_line_round_trip_and_check(empty_engine):
    """The plain ``alembic`` commands from the checkout work against TRADELEAD_DATABASE_URL."""
    import os
    import subprocess
    import sys

    from tests.conftest import REPO

    url = empty_engine.url.render_as_string(hide_password=False)
    env = {**os.environ, "TRADELEAD_DATABASE_URL": url}
    for args in (
        ["upgrade", "head"],
        ["check"],
        ["downgrade", "base"],
        ["upgrade", "head"],
        ["check"],
    ):
        done = subprocess.run(
            [sys.executable, "-m", "alembic", *args],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, f"alembic {' '.join(args)}: {done.stderr}"
    assert "No new upgrade operations detected" in done.stdout + done.stderr

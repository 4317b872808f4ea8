"""The queue spine: inline without Redis, rq with it, and real worker processes."""

from __future__ import annotations

from pathlib import Path

import pytest
from redis import Redis
from rq import Queue
from rq.job import Job, JobStatus
from sqlalchemy import func, select

from crm_store import migrate
from crm_store.engine import make_engine
from crm_store.models import Inquiry
from tests.conftest import PG_URL, create_pg_database, drop_pg_database, run_tradelead
from workers import context, jobs
from workers.queue import enqueue, job, spec_of

from .conftest import write_eml


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def database_url(request, tmp_path: Path):
    """A fresh, migrated database of each engine, named by TRADELEAD_DATABASE_URL."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'q.db'}"
    elif PG_URL:
        url = create_pg_database()
    else:
        pytest.skip("PostgreSQL not configured: set TRADELEAD_TEST_PG_URL")
    engine = make_engine(url)
    migrate.upgrade(engine)
    engine.dispose()
    yield url
    context.reset()
    if request.param == "postgresql":
        drop_pg_database(url)


def _count(url: str) -> int:
    engine = make_engine(url)
    with engine.connect() as conn:
        n = conn.scalar(select(func.count(Inquiry.id)))
    engine.dispose()
    return n or 0


def test_enqueue_runs_inline_without_redis(database_url, monkeypatch, tmp_path):
    monkeypatch.setenv("TRADELEAD_DATABASE_URL", database_url)
    context.reset()
    eml = write_eml(tmp_path / "a.eml", 1)
    done = enqueue(jobs.store_message_file, str(eml))
    assert done.inline and done.job_id is None and done.result["created"] is True
    again = enqueue(jobs.store_message_file, str(eml))
    assert again.result == {"inquiry_id": done.result["inquiry_id"], "created": False}


def test_only_declared_jobs_can_be_enqueued():
    def not_a_job() -> None: ...

    with pytest.raises(TypeError, match="not declared with @job"):
        enqueue(not_a_job)
    with pytest.raises(ValueError, match="unknown queue"):
        job("nonsense")


def test_enqueue_on_redis_declares_queue_timeout_and_retries(redis_url, monkeypatch, tmp_path):
    monkeypatch.setenv("TRADELEAD_REDIS_URL", redis_url)
    context.reset()
    done = enqueue(jobs.store_message_file, str(tmp_path / "a.eml"))
    assert not done.inline and done.job_id
    rq_job = Job.fetch(done.job_id, connection=Redis.from_url(redis_url))
    spec = spec_of(jobs.store_message_file)
    assert (rq_job.origin, rq_job.timeout, rq_job.retries_left) == (
        "harvest",
        spec.timeout,
        len(spec.retries),
    )
    assert rq_job.args == (str(tmp_path / "a.eml"),)


def test_worker_process_stores_harvested_messages_once(database_url, redis_url, tmp_path):
    """Harvest enqueues on Redis; a real `tradelead worker` stores; twice adds nothing."""
    maildir = tmp_path / "Maildir"
    for sub in ("cur", "new", "tmp"):
        (maildir / sub).mkdir(parents=True)
    for n in range(12):
        write_eml(maildir / "new" / f"17000000{n:02}.M{n}.host", n, message_id=n % 3 != 0)
    env = {"TRADELEAD_DATABASE_URL": database_url, "TRADELEAD_REDIS_URL": redis_url}
    for _ in range(2):
        harvested = run_tradelead("harvest", "files", str(maildir), env=env)
        assert harvested.returncode == 0, harvested.stderr
        assert "12 jobs enqueued" in harvested.stdout
        worked = run_tradelead("worker", "--burst", "--queue", "harvest", env=env)
        assert worked.returncode == 0, worked.stderr
        assert _count(database_url) == 12
    queue = Queue("harvest", connection=Redis.from_url(redis_url))
    assert queue.count == 0 and queue.failed_job_registry.count == 0


def test_failing_job_is_kept_for_retry_with_its_error(database_url, redis_url, tmp_path):
    env = {"TRADELEAD_DATABASE_URL": database_url, "TRADELEAD_REDIS_URL": redis_url}
    eml = write_eml(tmp_path / "gone.eml", 1)
    assert run_tradelead("harvest", "files", str(eml), env=env).returncode == 0
    eml.unlink()  # the file vanishes before a worker gets to it
    worked = run_tradelead("worker", "--burst", "--queue", "harvest", env=env)
    assert worked.returncode == 0
    assert "message file vanished" in worked.stderr + worked.stdout
    conn = Redis.from_url(redis_url)
    queue = Queue("harvest", connection=conn)
    [job_id] = queue.scheduled_job_registry.get_job_ids()
    rq_job = Job.fetch(job_id, connection=conn)
    assert rq_job.get_status() == JobStatus.SCHEDULED and rq_job.retries_left == 2
    assert _count(database_url) == 0

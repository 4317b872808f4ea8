"""The queue spine: ``enqueue(job, *ids)`` runs a job on rq when ``TRADELEAD_REDIS_URL``
is set, and inline in the calling process otherwise.

Each job declares its queue, timeout and retries once, with ``@job(...)``; the seam
applies them at enqueue time (rq ``Retry``), so job bodies never loop on failure. One
queue per stage keeps slow stages (LLM calls) from holding back harvesting.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any, ParamSpec, TypeVar

from redis import Redis
from redis.exceptions import RedisError
from rq import Queue, Retry

from .context import settings
from .exceptions import QueueUnavailable

P = ParamSpec("P")
R = TypeVar("R")

QUEUES = ("harvest", "extract", "match", "predict", "default")


@dataclass(frozen=True, slots=True)
class JobSpec:
    queue: str = "default"
    timeout: int | None = None
    retries: tuple[int, ...] = (10, 60, 300)


@dataclass(frozen=True, slots=True)
class Enqueued:
    """What ``enqueue`` did: the rq job id, or the inline result."""

    job_id: str | None
    inline: bool
    result: Any = None


def job(
    queue: str = "default", *, timeout: int | None = None, retries: tuple[int, ...] = (10, 60, 300)
) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Declare a function a job of ``queue``, with its timeout and retry intervals."""
    if queue not in QUEUES:
        raise ValueError(f"unknown queue {queue!r}")

    def mark(func: Callable[P, R]) -> Callable[P, R]:
        func.__tradelead_job__ = JobSpec(queue, timeout, retries)  # type: ignore[attr-defined]
        return func

    return mark


def spec_of(func: Callable[..., Any]) -> JobSpec:
    """Return the ``JobSpec`` declared with ``@job``; undeclared functions are refused."""
    spec = getattr(func, "__tradelead_job__", None)
    if spec is None:
        raise TypeError(f"{func.__qualname__} is not declared with @job")
    return spec


@cache
def redis_connection(url: str) -> Redis:
    """Return a Redis connection for ``url`` after checking that it answers."""
    try:
        conn = Redis.from_url(url, socket_connect_timeout=3, socket_timeout=30)
        conn.ping()
    except (RedisError, ValueError) as exc:
        redis_connection.cache_clear()
        raise QueueUnavailable(f"cannot connect to Redis at {_mask(url)}: {exc}") from exc
    return conn


def _mask(url: str) -> str:
    if "@" in url and ":" in url.split("@", 1)[0].split("//", 1)[-1]:
        scheme, rest = url.split("//", 1)
        creds, host = rest.split("@", 1)
        return f"{scheme}//{creds.split(':', 1)[0]}:***@{host}"
    return url


def get_queue(name: str, url: str | None = None) -> Queue:
    """Return the rq queue ``name`` on the configured (or given) Redis."""
    url = url or settings().redis_url
    if not url:
        raise QueueUnavailable("no Redis configured: set TRADELEAD_REDIS_URL")
    return Queue(name, connection=redis_connection(url))


def enqueue(func: Callable[..., Any], *ids: Any) -> Enqueued:
    """Run ``func(*ids)`` on its rq queue, or inline when no Redis is configured."""
    spec = spec_of(func)
    url = settings().redis_url
    if not url:
        return Enqueued(job_id=None, inline=True, result=func(*ids))
    queue = get_queue(spec.queue, url)
    try:
        rq_job = queue.enqueue(
            func,
            *ids,
            job_timeout=spec.timeout or settings().job_timeout_seconds,
            retry=Retry(max=len(spec.retries), interval=list(spec.retries))
            if spec.retries
            else None,
            failure_ttl=30 * 24 * 3600,
        )
    except RedisError as exc:
        raise QueueUnavailable(f"cannot enqueue on Redis at {_mask(url)}: {exc}") from exc
    return Enqueued(job_id=rq_job.id, inline=False)

"""``worker``: an rq worker with the scheduler, on the configured Redis."""

from __future__ import annotations

from typing import Annotated

import typer
from rq import Worker

from .. import context
from ..exceptions import QueueUnavailable
from ..queue import QUEUES, get_queue
from .common import console


def worker(
    queue: Annotated[
        list[str] | None,
        typer.Option(
            "--queue",
            "-q",
            help=f"Queues to work, in priority order (default: {', '.join(QUEUES)}).",
        ),
    ] = None,
    burst: Annotated[bool, typer.Option(help="Stop when the queues are empty.")] = False,
    name: Annotated[str | None, typer.Option(help="Worker name (default: host and pid).")] = None,
) -> None:
    """Run an rq worker (with the scheduler) on TRADELEAD_REDIS_URL."""
    url = context.settings().redis_url
    if not url:
        raise QueueUnavailable(
            "no Redis configured: set TRADELEAD_REDIS_URL (without it, jobs run inline in "
            "the command that starts them and no worker is needed)"
        )
    names = queue or list(QUEUES)
    unknown = [q for q in names if q not in QUEUES]
    if unknown:
        raise typer.BadParameter(
            f"unknown queue(s) {', '.join(unknown)}; known: {', '.join(QUEUES)}",
            param_hint="--queue",
        )
    context.ensure_schema_current()
    queues = [get_queue(q, url) for q in names]
    # Work horses are forked per job: they must not inherit the parent's DB connections.
    context.dispose_engines()
    console.print(f"worker on {', '.join(names)}" + (" (burst)" if burst else ""))
    Worker(queues, connection=queues[0].connection, name=name).work(
        burst=burst, with_scheduler=True
    )

"""``harvest files`` and ``harvest imap``."""

from __future__ import annotations

from functools import partial
from typing import Annotated

import typer
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)

from crm_store.repo.users import get_user_by_name

from .. import context, jobs
from ..exceptions import ConfigError
from ..harvesting import harvest_messages, scan_paths
from ..mailboxes import sync_mailbox
from ..queue import enqueue
from .common import console, err_console, new_app, session_scope

harvest_app = new_app("Collect inquiries from message files and mailboxes.")


def _progress() -> Progress:
    return Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err_console,
        transient=True,
    )


@harvest_app.command("files")
def harvest_files(
    paths: Annotated[
        list[str],
        typer.Argument(
            help=".eml files, mbox files, Maildir folders or folders of those.", show_default=False
        ),
    ],
    owner: Annotated[
        str | None, typer.Option(help="Rep whose mailbox these are (owns the inquiries).")
    ] = None,
) -> None:
    """Store every message found in PATHS as an inquiry (again: nothing is added twice)."""
    messages, skipped = scan_paths(paths)
    with session_scope() as session:
        if owner:
            get_user_by_name(session, owner)
    queued = bool(context.settings().redis_url)
    with _progress() as progress:
        task = progress.add_task("enqueuing" if queued else "storing", total=len(messages))
        report = harvest_messages(
            messages, owner=owner, on_message=lambda _ref: progress.advance(task)
        )
    for path, reason in skipped:
        err_console.print(f"skipped {path}: {reason}")
    if queued:
        console.print(
            f"{report.found} messages found; {report.enqueued} jobs enqueued on "
            "queue 'harvest' (run `tradelead worker`)."
        )
    else:
        console.print(
            f"{report.found} messages found: {report.new} new inquiries, "
            f"{report.already} already stored, {len(skipped)} files skipped."
        )


def _folder_started(progress: Progress, task: TaskID, name: str, folder: str, total: int) -> None:
    progress.update(task, description=f"{name}/{folder}", total=total, completed=0)


@harvest_app.command("imap")
def harvest_imap(
    account: Annotated[
        str | None, typer.Argument(help="Mailbox name from the settings (default: all).")
    ] = None,
) -> None:
    """Fetch new mail from the configured IMAP mailboxes (never marks mail as read)."""
    settings = context.settings()
    names = [account] if account else [box.name for box in settings.mailboxes]
    if not names:
        raise ConfigError("no mailboxes configured: add [[mailboxes]] to tradelead.toml")
    for name in names:
        settings.mailbox(name)
    context.ensure_schema_current()
    if settings.redis_url:
        for name in names:
            done = enqueue(jobs.harvest_mailbox, name)
            console.print(f"{name}: job {done.job_id} enqueued on queue 'harvest'.")
        return
    for name in names:
        with _progress() as progress:
            task = progress.add_task(f"{name}: connecting", total=None)
            result = sync_mailbox(
                name,
                on_new_inquiry=jobs.enqueue_parse,
                on_folder=partial(_folder_started, progress, task, name),
                on_stored=partial(progress.advance, task),
            )
        if result.skipped:
            console.print(f"{name}: skipped, {result.skipped}.")
            continue
        resets = (
            f"; UIDVALIDITY changed in {', '.join(result.uidvalidity_resets)}"
            if result.uidvalidity_resets
            else ""
        )
        again = f"; {result.reconnects} reconnects" if result.reconnects else ""
        console.print(
            f"{name}: {result.fetched} messages fetched, {result.new} new inquiries{resets}{again}."
        )

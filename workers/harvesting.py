"""Harvesting message files through the queue spine (used by the CLI and the demo)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from harvester.files import MessageRef, find_messages

from . import jobs
from .queue import enqueue


@dataclass(slots=True)
class HarvestReport:
    """What a harvest of files did; ``new``/``already`` are known only when run inline."""

    found: int = 0
    new: int = 0
    already: int = 0
    enqueued: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    inquiry_ids: list[int] = field(default_factory=list)


def scan_paths(paths: Sequence[str | Path]) -> tuple[list[MessageRef], list[tuple[str, str]]]:
    """Check every path and list its messages; raises on the first bad path, before any work."""
    messages: list[MessageRef] = []
    skipped: list[tuple[str, str]] = []
    for path in paths:
        scan = find_messages(path)
        messages.extend(scan.messages)
        skipped.extend(scan.skipped)
    return messages, skipped


def harvest_messages(
    messages: Sequence[MessageRef],
    *,
    owner: str | None = None,
    on_message: Callable[[MessageRef], None] | None = None,
) -> HarvestReport:
    """Store each message through the ``store_message_file`` job and report the outcome."""
    report = HarvestReport(found=len(messages))
    for ref in messages:
        done = enqueue(jobs.store_message_file, ref.path, ref.start, ref.end, owner)
        if done.inline:
            report.inquiry_ids.append(done.result["inquiry_id"])
            if done.result["created"]:
                report.new += 1
            else:
                report.already += 1
        else:
            report.enqueued += 1
        if on_message:
            on_message(ref)
    return report

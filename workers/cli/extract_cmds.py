"""``extract`` (files to contract JSON) and ``llm usage``."""

from __future__ import annotations

import json
import os
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from crm_store.repo.llm_cache import token_usage
from enrich.extract import extract_lead
from harvester.exceptions import SourceNotFound

from ..extraction import document_from_file, llm_extractor
from .common import console, err_console, new_app, session_scope
from .harvest_cmds import _progress

llm_app = new_app("The LLM extractor: token usage.")


def extract(
    paths: Annotated[
        list[Path],
        typer.Argument(
            help=".eml or .txt inquiries, or folders of them.", show_default=False, exists=False
        ),
    ],
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for <stem>.json files.")],
    llm: Annotated[bool, typer.Option("--llm", help="Also ask the configured LLM.")] = False,
) -> None:
    """Extract the lead of each file into OUT/<stem>.json (the contract format)."""
    files: list[Path] = []
    for path in paths:
        if not path.exists():
            raise SourceNotFound(f"no such file or folder: {path}")
        if path.is_dir():
            files += sorted(
                p for p in path.iterdir() if p.suffix.lower() in (".eml", ".txt") and p.is_file()
            )
        else:
            files.append(path)
    out.mkdir(parents=True, exist_ok=True)
    extractor = llm_extractor() if llm else None
    categories: Counter[str] = Counter()
    flagged = 0
    with _progress() as progress:
        task = progress.add_task("extracting", total=len(files))
        for path in files:
            doc, parsed = document_from_file(path)
            when = parsed.date if parsed else datetime.fromtimestamp(os.stat(path).st_mtime, UTC)
            result = extract_lead(doc, reference=when.date(), llm=extractor, content_key=path.name)
            (out / f"{path.stem}.json").write_text(
                json.dumps(result.lead.contract(), ensure_ascii=False, indent=1) + "\n",
                encoding="utf-8",
            )
            categories[result.lead.category] += 1
            flagged += bool(result.lead.flags)
            progress.advance(task)
    summary = ", ".join(f"{n} {c}" for c, n in categories.most_common())
    console.print(
        f"{len(files)} files -> {out}: {summary or 'nothing'}"
        + (f"; {flagged} flagged" if flagged else "")
        + "."
    )
    if not files:
        err_console.print("no .eml or .txt files found")


@llm_app.command("usage")
def llm_usage() -> None:
    """Tokens spent by the LLM extractor, by model and prompt version."""
    with session_scope() as session:
        rows = token_usage(session)
    table = Table("model", "prompt", "leads", "prompt tokens", "completion tokens")
    for model, prompt, leads, prompt_tokens, completion_tokens in rows:
        table.add_row(model, prompt, str(leads), f"{prompt_tokens:,}", f"{completion_tokens:,}")
    console.print(table if rows else "No lead has been made with an LLM yet.")

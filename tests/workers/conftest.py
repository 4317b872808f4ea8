"""The CLI on a fresh SQLite database, driven in-process with Click's runner."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import typer
from click.testing import CliRunner, Result

from workers import context
from workers.cli import app

Invoke = Callable[..., Result]


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Invoke:
    """Return ``invoke(*args, input=None, ok=True)`` on an initialised database with users
    root (admin), mei (manager), anna and kevin (reps)."""
    monkeypatch.setenv("TRADELEAD_DATABASE_URL", f"sqlite:///{tmp_path / 'cli.db'}")
    context.reset()
    runner = CliRunner()
    command = typer.main.get_command(app)

    def invoke(*args: str, input: str | None = None, ok: bool = True) -> Result:
        result = runner.invoke(command, list(args), input=input, catch_exceptions=False)
        if ok:
            assert result.exit_code == 0, f"{args}: {result.output}{result.stderr}"
        return result

    invoke("init", "--admin", "root", "--password-stdin", input="s3cret\n")
    for name, role in (("mei", "manager"), ("anna", "rep"), ("kevin", "rep")):
        invoke("users", "add", name, "--role", role, "-u", "root")
    return invoke


def write_eml(path: Path, n: int, *, message_id: bool = True, body: str = "Please quote") -> Path:
    """Write a small valid message and return its path."""
    mid = f"Message-ID: <m{n}@buyer.example>\n" if message_id else ""
    text = (
        f"From: Buyer {n} <b{n}@buyer.example>\nTo: sales@everbright-tools.cn\n"
        f"Subject: RFQ {n}\nDate: Mon, 2 Nov 2026 10:0{n % 10}:00 +0100\n{mid}\n{body} {n}\n"
    )
    path.write_bytes(text.encode())
    return path

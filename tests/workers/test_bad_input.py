"""Bad input from the command line: one line on stderr, a non-zero exit, no traceback.

Run as real processes (the installed ``tradelead`` entry point), as a user would.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from tests.conftest import run_tradelead

run = run_tradelead


def assert_one_line_error(done: subprocess.CompletedProcess[str], expected: str) -> None:
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert done.returncode != 0, done.stdout
    assert "Traceback" not in done.stderr + done.stdout
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("error: ") and expected in lines[0], lines[0]


@pytest.fixture
def db_env(tmp_path: Path) -> dict[str, str]:
    env = {"TRADELEAD_DATABASE_URL": f"sqlite:///{tmp_path / 't.db'}"}
    done = run("init", env=env, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    return env


def test_missing_file(db_env, tmp_path):
    done = run("harvest", "files", str(tmp_path / "nope.eml"), env=db_env, cwd=tmp_path)
    assert_one_line_error(done, "no such file or folder")


def test_non_email_file(db_env, tmp_path):
    png = tmp_path / "logo.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    done = run("harvest", "files", str(png), env=db_env, cwd=tmp_path)
    assert_one_line_error(done, "is not an email message")


def test_unreadable_folder(db_env, tmp_path):
    outer = Path(tempfile.mkdtemp(prefix="tradelead-test-"))  # traversable by everyone
    outer.chmod(0o755)
    folder = outer / "locked"
    folder.mkdir()
    (folder / "a.eml").write_bytes(b"From: a@b\nSubject: x\n\nbody\n")
    folder.chmod(0)
    prefix = None
    if os.geteuid() == 0:  # root reads anything: drop to nobody for this command
        setpriv = shutil.which("setpriv")
        if not setpriv:
            pytest.skip("running as root without setpriv to drop privileges")
        prefix = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]
    try:
        done = run("harvest", "files", str(folder), env=db_env, cwd=outer, prefix=prefix)
    finally:
        folder.chmod(0o755)
        shutil.rmtree(outer)
    assert_one_line_error(done, "cannot read folder")


def test_database_that_cannot_connect(tmp_path):
    env = {"TRADELEAD_DATABASE_URL": "postgresql://nobody@127.0.0.1:1/none"}
    done = run("customers", "list", "-u", "x", env=env, cwd=tmp_path)
    assert_one_line_error(
        done, "cannot connect to database postgresql+psycopg://nobody@127.0.0.1:1"
    )


def test_database_folder_missing(tmp_path):
    env = {"TRADELEAD_DATABASE_URL": f"sqlite:///{tmp_path}/no/such/dir/t.db"}
    assert_one_line_error(run("init", env=env, cwd=tmp_path), "folder")


def test_database_not_initialised(tmp_path):
    env = {"TRADELEAD_DATABASE_URL": f"sqlite:///{tmp_path / 'empty.db'}"}
    assert_one_line_error(
        run("leads", "list", "-u", "x", env=env, cwd=tmp_path), "run `tradelead init`"
    )


def test_redis_that_cannot_connect(db_env, tmp_path):
    eml = tmp_path / "a.eml"
    eml.write_bytes(b"From: a@b.com\nSubject: x\nMessage-ID: <a@b>\n\nbody\n")
    env = db_env | {"TRADELEAD_REDIS_URL": "redis://127.0.0.1:1/0"}
    assert_one_line_error(
        run("harvest", "files", str(eml), env=env, cwd=tmp_path),
        "cannot connect to Redis at redis://127.0.0.1:1/0",
    )
    assert_one_line_error(
        run("worker", "--burst", env=env, cwd=tmp_path), "cannot connect to Redis"
    )


def test_no_acting_user(db_env, tmp_path):
    assert_one_line_error(run("customers", "list", env=db_env, cwd=tmp_path), "say who is acting")


def test_invalid_setting(tmp_path):
    env = {"TRADELEAD_TIMEZONE": "Mars/Olympus"}
    assert_one_line_error(run("config", "show", env=env, cwd=tmp_path), "unknown time zone")


def test_broken_config_file(tmp_path):
    (tmp_path / "tradelead.toml").write_text("[llm\nmodel = 1\n")
    assert_one_line_error(run("config", "show", cwd=tmp_path), "is not valid TOML")

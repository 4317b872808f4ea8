"""Process-wide settings, engine and session factory, built once per process and per URL.

Jobs run in rq worker processes on any machine, so they look these up here rather than
receiving them as arguments (a job's arguments are ids only).
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from crm_store import migrate
from crm_store.engine import display_url, make_engine, make_session_factory
from crm_store.exceptions import DatabaseUnavailable

from .settings import Settings, load_settings

_settings: Settings | None = None


def settings() -> Settings:
    """Return the effective settings of this process (read once, then kept)."""
    global _settings
    if _settings is None:
        _settings = load_settings()
    return _settings


def configure(**overrides: object) -> Settings:
    """Replace this process's settings with the environment's plus ``overrides``."""
    global _settings
    reset()
    _settings = load_settings(**overrides)
    return _settings


_engines: dict[str, Engine] = {}


def engine_for(url: str) -> Engine:
    """Return the (cached) engine for ``url``, connecting once to fail early and clearly."""
    if url not in _engines:
        _engines[url] = make_engine(url)
    return _engines[url]


def engine() -> Engine:
    """Return the engine of the configured database."""
    return engine_for(settings().database_url)


def sessions() -> sessionmaker[Session]:
    """Return a session factory bound to the configured database."""
    return make_session_factory(engine())


def ensure_schema_current(eng: Engine | None = None) -> None:
    """Raise ``DatabaseUnavailable`` unless the database is migrated to this code's head."""
    eng = eng or engine()
    current, head = migrate.current_revision(eng), migrate.head_revision()
    if current == head:
        return
    where = display_url(eng.url)
    if current is None:
        raise DatabaseUnavailable(f"database {where} is empty: run `tradelead init` first")
    raise DatabaseUnavailable(
        f"database {where} is at schema {current}, this code needs {head}: "
        "run `tradelead db upgrade`"
    )


def dispose_engines() -> None:
    """Close and forget every engine (before forking, or after the URL changed)."""
    while _engines:
        _engines.popitem()[1].dispose()


_reset_hooks: list[Callable[[], None]] = []


def on_reset(hook: Callable[[], None]) -> None:
    """Call ``hook`` whenever the context is reset (to close other per-process clients)."""
    _reset_hooks.append(hook)


def reset() -> None:
    """Forget cached settings, engines and clients (after the environment changed)."""
    global _settings
    _settings = None
    dispose_engines()
    for hook in _reset_hooks:
        hook()

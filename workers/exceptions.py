"""Errors of the composition root (see ``tradelead.errors`` for the whole tree)."""

from tradelead.errors import TradeleadError


class WorkerError(TradeleadError):
    """Base of errors raised by workers, settings and the CLI."""


class ConfigError(WorkerError):
    """Settings are missing, malformed, or a secret was put where it must not be."""


class QueueUnavailable(WorkerError):
    """The Redis URL is wrong or the server does not answer."""


class NotAuthenticated(WorkerError):
    """The command needs to know which user is acting."""

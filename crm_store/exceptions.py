"""Errors raised by the store (see ``tradelead.errors`` for the whole tree)."""

from tradelead.errors import TradeleadError


class StoreError(TradeleadError):
    """Base of store errors."""


class DatabaseUnavailable(StoreError):
    """The database URL is wrong or the server does not answer."""


class NotFound(StoreError):
    """No such record, or none that the acting user may see (the two look the same)."""


class PermissionDenied(StoreError):
    """The acting user's role does not allow the operation."""


class Conflict(StoreError):
    """The change clashes with the current state (a duplicate, a decided lead...)."""

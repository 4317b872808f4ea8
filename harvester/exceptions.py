"""Errors raised while collecting messages (see ``tradelead.errors`` for the whole tree)."""

from tradelead.errors import TradeleadError


class HarvestError(TradeleadError):
    """Base of harvesting errors."""


class SourceNotFound(HarvestError):
    """A file or folder named as a source does not exist."""


class SourceUnreadable(HarvestError):
    """A file or folder exists but cannot be read (permissions, I/O error)."""


class NotAnEmail(HarvestError):
    """A file named as a message is not an email message nor an mbox."""

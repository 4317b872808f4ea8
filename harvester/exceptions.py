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


class ParseError(HarvestError):
    """A message could not be parsed; it is kept, quarantined with this reason."""


class ImapError(HarvestError):
    """Talking to an IMAP server failed (see the subclasses)."""


class ImapConnectError(ImapError):
    """The IMAP server cannot be reached or the connection broke beyond retrying."""


class ImapAuthError(ImapError):
    """The IMAP server refused the login."""

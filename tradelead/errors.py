"""Root of the tradelead error tree.

Every package has its own ``exceptions.py`` whose base class derives from
:class:`TradeleadError`; the CLI and the web app catch this one class and show its
message as one line, never a traceback::

    TradeleadError
    ├── crm_store.exceptions.StoreError
    │   ├── DatabaseUnavailable
    │   ├── NotFound
    │   ├── PermissionDenied
    │   └── Conflict
    ├── harvester.exceptions.HarvestError
    │   ├── SourceNotFound
    │   ├── SourceUnreadable
    │   └── NotAnEmail
    └── workers.exceptions.WorkerError
        ├── ConfigError
        ├── QueueUnavailable
        └── NotAuthenticated
"""


class TradeleadError(Exception):
    """Base of every error the product raises on purpose; ``str()`` is the user message."""

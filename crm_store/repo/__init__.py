"""Repository functions: each takes the session and the acting user, flushes, never commits.

The caller (a job, a CLI command, a request handler) owns the transaction. Scope rules
are in :mod:`crm_store.repo.access`.
"""

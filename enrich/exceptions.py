"""Errors of the enrich step (see ``tradelead.errors`` for the whole tree)::

EnrichError
└── LlmError              the LLM could not give a usable answer; rules take over
    ├── LlmUnavailable    timeout, connection error, 429 or 5xx after retries
    └── LlmBadAnswer      invalid JSON, schema violation, refusal, no structured output
"""

from tradelead.errors import TradeleadError


class EnrichError(TradeleadError):
    """Base of enrich errors."""


class LlmError(EnrichError):
    """The LLM path failed; the message says why in a few words."""


class LlmUnavailable(LlmError):
    """The endpoint did not answer in time or kept failing."""


class LlmBadAnswer(LlmError):
    """The endpoint answered, but not with a usable lead."""

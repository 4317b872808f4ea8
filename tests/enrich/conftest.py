"""Fixtures for the enrich tests: an OpenAI-compatible stub server per test (see
``llm_stub``) and an ``openai`` client pointed at it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from openai import OpenAI

from .llm_stub import LlmStub


@pytest.fixture
def llm_stub() -> Iterator[LlmStub]:
    """A fresh stub on 127.0.0.1 (starts in about a millisecond); re-raises a serving crash."""
    with LlmStub() as stub:
        yield stub
    if stub.errors:
        raise stub.errors[0]


@pytest.fixture
def llm_client(llm_stub: LlmStub) -> Iterator[OpenAI]:
    """An ``OpenAI`` client on ``llm_stub`` with no retries and a 5 s timeout."""
    with OpenAI(base_url=llm_stub.base_url, api_key="test", max_retries=0, timeout=5) as client:
        yield client

"""The LLM answer cache, kept in the store so every worker shares it."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..models import Lead, LlmCacheEntry


class StoreLlmCache:
    """``enrich.llm.LlmCache`` on the store: answers by key, shared across workers."""

    def __init__(self, session: Session, *, model: str, prompt_version: str) -> None:
        self.session = session
        self.model = model
        self.prompt_version = prompt_version

    def get(self, key: str) -> dict[str, Any] | None:
        entry = self.session.get(LlmCacheEntry, key)
        return dict(entry.answer) if entry is not None else None

    def put(
        self, key: str, answer: dict[str, Any], prompt_tokens: int, completion_tokens: int
    ) -> None:
        try:
            with self.session.begin_nested():
                self.session.add(
                    LlmCacheEntry(
                        key=key,
                        model=self.model,
                        prompt_version=self.prompt_version,
                        answer=answer,
                        prompt_tokens=prompt_tokens,
                        completion_tokens=completion_tokens,
                    )
                )
                self.session.flush()
        except IntegrityError:
            pass  # another worker cached the same answer first


def token_usage(session: Session) -> list[tuple[str, str, int, int, int]]:
    """Return ``(model, prompt version, leads, prompt tokens, completion tokens)`` rows."""
    rows = session.execute(
        select(
            Lead.llm_model,
            Lead.prompt_version,
            func.count(Lead.id),
            func.coalesce(func.sum(Lead.prompt_tokens), 0),
            func.coalesce(func.sum(Lead.completion_tokens), 0),
        )
        .where(Lead.llm_model.is_not(None))
        .group_by(Lead.llm_model, Lead.prompt_version)
        .order_by(Lead.llm_model, Lead.prompt_version)
    )
    return [(m or "", p or "", n, pt, ct) for m, p, n, pt, ct in rows]

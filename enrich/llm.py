"""LLM extraction through any OpenAI-compatible endpoint (OpenAI, DeepSeek, Qwen, Ollama,
vLLM...) with the ``openai`` client, whose ``base_url`` points anywhere.

The client is passed in (tests hand in one pointed at a local server). The answer is
asked for as structured output (JSON schema built from ``LlmLead``); an endpoint that
does not support that is asked again in JSON mode with the schema in the prompt; any
other failure raises ``LlmError`` so the caller keeps the rules' lead and flags it.
The inquiry goes into the prompt as quoted data that must never be obeyed; the rules'
findings go in as hints. Answers are cached by content, model and prompt version.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Protocol

import openai
from openai import OpenAI
from pydantic import BaseModel, ConfigDict, ValidationError

from .document import Document
from .exceptions import LlmBadAnswer, LlmUnavailable
from .lead import Category, Unit

PROMPTS_DIR = Path(__file__).resolve().parent.parent / "prompts"
DEFAULT_PROMPT = "extract_lead.v1"
MAX_INQUIRY_CHARS = 24_000


class LlmProduct(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    quantity: float | None
    unit: Unit | None
    target_price: float | None
    currency: str | None


class LlmLead(BaseModel):
    """What the model must return: the contract's fields plus the buyer's needs."""

    model_config = ConfigDict(extra="forbid")

    category: Category
    company_name: str | None
    contact_name: str | None
    contact_title: str | None
    email: str | None
    phone: str | None
    country: str | None
    website: str | None
    products: list[LlmProduct]
    incoterm: str | None
    destination: str | None
    payment_terms: str | None
    sample_request: bool
    certifications: list[str]
    deadline: str | None
    language: str
    needs_summary: str | None
    latent_needs: str | None


@dataclass(frozen=True, slots=True)
class Prompt:
    version: str
    system: str
    user_template: str


@dataclass(frozen=True, slots=True)
class LlmAnswer:
    lead: LlmLead
    model: str
    prompt_version: str
    mode: str  # "json_schema", "json_object" or "cache"
    prompt_tokens: int = 0
    completion_tokens: int = 0


class LlmCache(Protocol):
    """Where answers are kept, by key (the store implements it)."""

    def get(self, key: str) -> dict[str, Any] | None: ...

    def put(
        self, key: str, answer: dict[str, Any], prompt_tokens: int, completion_tokens: int
    ) -> None: ...


@cache
def load_prompt(name: str = DEFAULT_PROMPT) -> Prompt:
    """Return a prompt template from ``prompts/`` (its file name is its version)."""
    path = PROMPTS_DIR / f"{name}.md"
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise LlmBadAnswer(f"prompt {name} not found at {path}") from exc
    lines = [line for line in text.splitlines() if not line.startswith("<!--")]
    system, _, user = "\n".join(lines).partition("=== USER ===")
    return Prompt(version=name, system=system.strip(), user_template=user.strip())


def render_inquiry(doc: Document) -> str:
    """Return the inquiry as the quoted block of the prompt (closing tags defused)."""
    parts = [f"Subject: {doc.subject}"]
    if doc.sender_email or doc.sender_name:
        parts.append(f"From: {doc.sender_name or ''} <{doc.sender_email or ''}>".strip())
    for name, email in doc.reply_to:
        parts.append(f"Reply-To: {name or ''} <{email}>".strip())
    if doc.platform:
        parts.append(f"Platform: {doc.platform} (inquiry id {doc.platform_ref or 'unknown'})")
    parts += ["", doc.new_text.strip()]
    if doc.signature.strip():
        parts += ["", "-- signature --", doc.signature.strip()]
    for name, text in doc.attachments:
        parts += ["", f"-- attachment {name} --", text.strip()]
    text = "\n".join(parts)[:MAX_INQUIRY_CHARS]
    return text.replace("</inquiry>", "</ inquiry>").replace("<inquiry>", "< inquiry>")


def cache_key(content_key: str, model: str, prompt_version: str) -> str:
    """Return the cache key of one inquiry's answer from one model and prompt."""
    return hashlib.sha256(f"{content_key}\0{model}\0{prompt_version}".encode()).hexdigest()


class LlmExtractor:
    """Asks one model, through one client, for the lead of each inquiry."""

    def __init__(
        self,
        client: OpenAI,
        *,
        model: str,
        prompt: Prompt | None = None,
        cache: LlmCache | None = None,
    ) -> None:
        self.client = client
        self.model = model
        self.prompt = prompt or load_prompt()
        self.cache = cache

    def extract(self, doc: Document, hints: dict[str, Any], *, content_key: str) -> LlmAnswer:
        """Return the model's lead for ``doc``; raise ``LlmError`` if there is none to use."""
        key = cache_key(content_key, self.model, self.prompt.version)
        if self.cache is not None and (hit := self.cache.get(key)) is not None:
            return LlmAnswer(LlmLead.model_validate(hit), self.model, self.prompt.version, "cache")
        messages: list[Any] = [
            {"role": "system", "content": self.prompt.system},
            {
                "role": "user",
                "content": self.prompt.user_template.format(
                    inquiry=render_inquiry(doc), hints=json.dumps(hints, ensure_ascii=False)
                ),
            },
        ]
        try:
            answer = self._structured(messages)
        except _NoStructuredOutput:
            answer = self._json_mode(messages)
        if self.cache is not None:
            self.cache.put(
                key,
                answer.lead.model_dump(mode="json"),
                answer.prompt_tokens,
                answer.completion_tokens,
            )
        return answer

    def _structured(self, messages: list[Any]) -> LlmAnswer:
        try:
            completion = self.client.chat.completions.parse(
                model=self.model,
                messages=messages,
                response_format=LlmLead,
                temperature=0,
            )
        except openai.BadRequestError as exc:
            if "response_format" in str(exc) or "json_schema" in str(exc):
                raise _NoStructuredOutput from exc
            raise LlmBadAnswer(f"endpoint refused the request: {_short(exc)}") from exc
        except (openai.LengthFinishReasonError, openai.ContentFilterFinishReasonError) as exc:
            raise LlmBadAnswer(f"answer cut off: {type(exc).__name__}") from exc
        except (ValidationError, ValueError) as exc:
            raise LlmBadAnswer(f"answer does not fit the schema: {_short(exc)}") from exc
        except openai.APIError as exc:
            raise _unavailable(exc) from exc
        message = completion.choices[0].message
        if message.refusal:
            raise LlmBadAnswer(f"model refused: {message.refusal[:200]}")
        if message.parsed is None:
            raise LlmBadAnswer("empty answer")
        return self._answer(message.parsed, completion.usage, "json_schema")

    def _json_mode(self, messages: list[Any]) -> LlmAnswer:
        schema = json.dumps(LlmLead.model_json_schema(), ensure_ascii=False)
        system = messages[0]["content"] + (
            "\n\nAnswer with one JSON object only, following this JSON schema:\n" + schema
        )
        try:
            completion = self.client.chat.completions.create(
                model=self.model,
                messages=[{"role": "system", "content": system}, messages[1]],
                response_format={"type": "json_object"},
                temperature=0,
            )
        except openai.BadRequestError as exc:
            raise LlmBadAnswer(
                f"endpoint supports neither structured output nor JSON mode: {_short(exc)}"
            ) from exc
        except openai.APIError as exc:
            raise _unavailable(exc) from exc
        message = completion.choices[0].message
        if message.refusal:
            raise LlmBadAnswer(f"model refused: {message.refusal[:200]}")
        try:
            lead = LlmLead.model_validate_json(_json_object(message.content or ""))
        except (ValidationError, ValueError) as exc:
            raise LlmBadAnswer(f"answer is not a valid lead: {_short(exc)}") from exc
        return self._answer(lead, completion.usage, "json_object")

    def _answer(self, lead: LlmLead, usage: Any, mode: str) -> LlmAnswer:
        return LlmAnswer(
            lead,
            self.model,
            self.prompt.version,
            mode,
            getattr(usage, "prompt_tokens", 0) or 0,
            getattr(usage, "completion_tokens", 0) or 0,
        )


class _NoStructuredOutput(Exception):
    pass


def _json_object(content: str) -> str:
    """The JSON object in an answer, tolerating code fences around it."""
    text = content.strip()
    if text.startswith("```"):
        text = text.strip("`").removeprefix("json").strip()
    json.loads(text)  # raises ValueError with a useful message
    return text


def _short(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text[:200]


def _unavailable(exc: openai.APIError) -> LlmUnavailable:
    if isinstance(exc, openai.APITimeoutError):
        return LlmUnavailable("LLM endpoint timed out")
    if isinstance(exc, openai.APIConnectionError):
        return LlmUnavailable("cannot reach the LLM endpoint")
    if isinstance(exc, openai.RateLimitError):
        return LlmUnavailable("LLM endpoint rate limit (429) persisted after retries")
    if isinstance(exc, openai.APIStatusError):
        return LlmUnavailable(f"LLM endpoint error {exc.status_code}: {_short(exc)}")
    return LlmUnavailable(f"LLM call failed: {_short(exc)}")


def make_client(
    *, base_url: str | None, api_key: str | None, timeout: float, max_retries: int = 2
) -> OpenAI:
    """Return an ``openai`` client for any OpenAI-compatible endpoint."""
    return OpenAI(
        base_url=base_url, api_key=api_key or "not-needed", timeout=timeout, max_retries=max_retries
    )

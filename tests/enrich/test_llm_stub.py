"""The LLM stub speaks OpenAI's chat completions API well enough for the real ``openai``
client: replies, structured-output parsing, errors and retries, timeouts, refusals,
endpoints without json_schema support and dropped connections."""

from __future__ import annotations

import socket
import threading
import time
from typing import Any

import openai
import pydantic
import pytest
from openai import OpenAI
from pydantic import BaseModel

from .llm_stub import CHAT_PATH, MODELS_PATH, LlmStub, delay, error, reply

MESSAGES: list[Any] = [{"role": "user", "content": "Extract the buyer: Acme Ltd wants 500 pcs."}]


class Buyer(BaseModel):
    company_name: str
    quantity: int | None = None


def ask(client: OpenAI, **kwargs: Any) -> Any:
    return client.chat.completions.create(model="gpt-test", messages=MESSAGES, **kwargs)


def parse(client: OpenAI, **kwargs: Any) -> Any:
    return client.chat.completions.parse(
        model="gpt-test", messages=MESSAGES, response_format=Buyer, **kwargs
    )


def test_create_returns_the_scripted_reply_and_records_the_request(
    llm_stub: LlmStub, llm_client: OpenAI
) -> None:
    llm_stub.reply("Acme Ltd", usage=(12, 3))

    completion = ask(llm_client, temperature=0)

    assert completion.object == "chat.completion"
    assert completion.model == "gpt-test"
    assert completion.choices[0].message.role == "assistant"
    assert completion.choices[0].message.content == "Acme Ltd"
    assert completion.choices[0].finish_reason == "stop"
    assert (completion.usage.prompt_tokens, completion.usage.completion_tokens) == (12, 3)
    assert completion.usage.total_tokens == 15
    assert completion._request_id.startswith("req_")
    (received,) = llm_stub.requests
    assert received.body["messages"] == MESSAGES
    assert received.body["temperature"] == 0
    assert received.headers["authorization"] == "Bearer test"
    assert llm_stub.calls == {CHAT_PATH: 1}


def test_parse_builds_a_strict_json_schema_and_parses_a_dict_reply(
    llm_stub: LlmStub, llm_client: OpenAI
) -> None:
    llm_stub.reply({"company_name": "Acme Ltd", "quantity": 500})

    completion = parse(llm_client)

    assert completion.choices[0].message.parsed == Buyer(company_name="Acme Ltd", quantity=500)
    sent = llm_stub.requests[0].body["response_format"]
    assert sent["type"] == "json_schema"
    assert sent["json_schema"]["name"] == "Buyer"
    assert sent["json_schema"]["strict"] is True
    # Strict mode: every field required (optional ones as nullable), nothing extra.
    assert sent["json_schema"]["schema"]["required"] == ["company_name", "quantity"]
    assert sent["json_schema"]["schema"]["additionalProperties"] is False


def test_429_is_retried_after_the_servers_retry_after(
    llm_stub: LlmStub, llm_client: OpenAI
) -> None:
    llm_stub.error(429, retry_after=0.15).error(429, retry_after=0.15).reply("Acme Ltd")

    started = time.monotonic()
    completion = ask(llm_client.with_options(max_retries=2))
    elapsed = time.monotonic() - started

    assert completion.choices[0].message.content == "Acme Ltd"
    # 2 x 0.15 s asked for; the client's own backoff would take at least 1.1 s.
    assert 0.28 <= elapsed < 1.0
    retry_counts = [r.headers["x-stainless-retry-count"] for r in llm_stub.requests]
    assert retry_counts == ["0", "1", "2"]


def test_server_errors_raise_the_matching_openai_errors(
    llm_stub: LlmStub, llm_client: OpenAI
) -> None:
    llm_stub.error(500)
    llm_stub.error(
        400,
        body={"error": {"message": "bad model", "type": "invalid_request_error", "code": "x"}},
    )

    with pytest.raises(openai.InternalServerError):
        ask(llm_client)
    with pytest.raises(openai.BadRequestError, match="bad model") as raised:
        ask(llm_client)
    assert raised.value.code == "x"


def test_a_slow_answer_times_out_and_the_server_keeps_serving(
    llm_stub: LlmStub, llm_client: OpenAI
) -> None:
    llm_stub.delay(0.3, then=reply("too late")).reply("on time")

    with pytest.raises(openai.APITimeoutError):
        ask(llm_client, timeout=0.1)
    assert ask(llm_client).choices[0].message.content == "on time"
    # The late answer goes to a client that has hung up; serving must carry on quietly.
    while llm_stub.in_flight:
        time.sleep(0.01)
    assert llm_stub.errors == []


def test_a_delay_without_then_answers_from_the_responder(llm_stub: LlmStub) -> None:
    llm_stub.responder = lambda request: "from the responder"
    llm_stub.delay(0.05)

    with OpenAI(base_url=llm_stub.base_url, api_key="test", max_retries=0, timeout=5) as client:
        assert ask(client).choices[0].message.content == "from the responder"


def test_a_refusal_surfaces_as_message_refusal(llm_stub: LlmStub, llm_client: OpenAI) -> None:
    llm_stub.refusal("I can't help with that.")

    message = parse(llm_client).choices[0].message

    assert message.refusal == "I can't help with that."
    assert message.content is None
    assert message.parsed is None


def test_without_structured_outputs_json_schema_is_refused_but_json_object_works(
    llm_stub: LlmStub, llm_client: OpenAI
) -> None:
    llm_stub.structured_output = False
    llm_stub.reply({"company_name": "Acme Ltd"})

    with pytest.raises(openai.BadRequestError, match="json_schema") as raised:
        parse(llm_client)
    assert raised.value.param == "response_format"
    assert llm_stub.pending == 1  # the refusal did not use up the scripted reply

    completion = ask(llm_client, response_format={"type": "json_object"})
    assert Buyer.model_validate_json(completion.choices[0].message.content) == Buyer(
        company_name="Acme Ltd"
    )


def test_a_dropped_connection_is_a_connection_error_and_is_retried(
    llm_stub: LlmStub, llm_client: OpenAI
) -> None:
    llm_stub.drop_connection()
    with pytest.raises(openai.APIConnectionError):
        ask(llm_client)

    llm_stub.drop_connection().reply("second try")
    completion = ask(llm_client.with_options(max_retries=1))
    assert completion.choices[0].message.content == "second try"
    assert llm_stub.calls[CHAT_PATH] == 3


def test_invalid_json_comes_back_as_text_and_fails_parse(
    llm_stub: LlmStub, llm_client: OpenAI
) -> None:
    llm_stub.invalid_json().invalid_json()

    assert ask(llm_client).choices[0].message.content.startswith("Sure! Here is the JSON")
    with pytest.raises(pydantic.ValidationError):
        parse(llm_client)


def test_the_responder_answers_from_a_table_once_the_script_is_used_up(
    llm_stub: LlmStub, llm_client: OpenAI
) -> None:
    answers = {"Acme": {"company_name": "Acme Ltd"}, "Globex": {"company_name": "Globex"}}

    def by_company(request: dict[str, Any]) -> Any:
        prompt = request["messages"][-1]["content"]
        return next((a for key, a in answers.items() if key in prompt), error(404))

    llm_stub.responder = by_company
    llm_stub.reply({"company_name": "scripted"})

    assert parse(llm_client).choices[0].message.parsed.company_name == "scripted"
    assert parse(llm_client).choices[0].message.parsed.company_name == "Acme Ltd"


def test_an_unscripted_request_fails_at_once_even_with_retries(
    llm_stub: LlmStub, llm_client: OpenAI
) -> None:
    with pytest.raises(openai.InternalServerError, match="no scripted response"):
        ask(llm_client.with_options(max_retries=2))
    assert llm_stub.calls[CHAT_PATH] == 1


def test_models_lists_the_configured_model(llm_stub: LlmStub, llm_client: OpenAI) -> None:
    assert [m.id for m in llm_client.models.list()] == ["stub-model"]
    assert llm_stub.calls == {MODELS_PATH: 1}


def test_reset_forgets_requests_script_and_modes(llm_stub: LlmStub, llm_client: OpenAI) -> None:
    llm_stub.reply("used").reply("left over")
    llm_stub.structured_output = False
    ask(llm_client)

    llm_stub.reset()

    assert (llm_stub.requests, llm_stub.calls, llm_stub.pending) == ([], {}, 0)
    assert llm_stub.structured_output is True
    with pytest.raises(openai.InternalServerError):
        ask(llm_client)


def test_a_responder_bug_is_a_500_and_is_kept_for_the_test() -> None:
    def broken(request: dict[str, Any]) -> Any:
        raise KeyError("oops")

    with LlmStub() as stub:
        stub.responder = broken
        client = OpenAI(base_url=stub.base_url, api_key="test", max_retries=0, timeout=5)
        with client, pytest.raises(openai.InternalServerError, match="KeyError"):
            ask(client)
    assert [type(e) for e in stub.errors] == [KeyError]


def test_stop_cuts_idle_and_delayed_connections_and_leaves_no_threads() -> None:
    threads_before = set(threading.enumerate())
    stub = LlmStub().start()
    port = int(stub.base_url.rsplit(":", 1)[1].split("/")[0])
    idle = OpenAI(base_url=stub.base_url, api_key="test", max_retries=0, timeout=5)
    waiting = OpenAI(base_url=stub.base_url, api_key="test", max_retries=0, timeout=5)
    with idle, waiting:
        stub.reply("kept alive").script(delay(30))
        ask(idle)  # its connection stays open, idle, in the client's pool
        failures: list[Exception] = []

        def ask_and_keep_failure() -> None:
            try:
                ask(waiting)
            except Exception as exc:
                failures.append(exc)

        asking = threading.Thread(target=ask_and_keep_failure)
        asking.start()
        while stub.in_flight < 1:
            time.sleep(0.01)

        stopping = threading.Thread(target=stub.stop, daemon=True)
        stopping.start()
        stopping.join(timeout=2)
        assert not stopping.is_alive(), "stop() hangs on open connections"
        asking.join()
        assert [type(e) for e in failures] == [openai.APIConnectionError]
        # Checked while the idle client still holds its connection open.
        assert set(threading.enumerate()) == threads_before

    assert stub.errors == []
    with pytest.raises(ConnectionRefusedError), socket.create_connection(("127.0.0.1", port)):
        pass

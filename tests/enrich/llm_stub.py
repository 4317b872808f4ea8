"""A real OpenAI-compatible chat completions server on 127.0.0.1, scripted per test.

``LlmStub`` answers ``POST /v1/chat/completions`` and ``GET /v1/models`` like OpenAI's API.
Each chat request consumes one step from a queue; when the queue is empty the
``responder`` answers (by default a 500 "no scripted response", so a test notices)::

    with LlmStub() as stub:
        stub.error(429, retry_after=0.2).reply({"company_name": "Acme"})
        client = OpenAI(base_url=stub.base_url, api_key="test", max_retries=2)

Steps are built by the module functions (``reply``, ``error``, ``delay``,
``invalid_json``, ``refusal``, ``drop_connection``) and queued with ``stub.script(...)``
or with the stub methods of the same names, which return the stub for chaining.
``stub.structured_output = False`` is a mode, not a step: every request asking for
``response_format.type == "json_schema"`` gets the 400 of an endpoint without
structured outputs, without consuming a step, and other requests are answered as usual.
Exceptions raised while serving (a responder bug, a crash) are kept in ``stub.errors``.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import socket
import sys
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any

from pydantic import BaseModel

HOST = "127.0.0.1"
CHAT_PATH = "/v1/chat/completions"
MODELS_PATH = "/v1/models"
INVALID_JSON_TEXT = "Sure! Here is the JSON: {oops"
ERROR_TYPES = {
    400: ("invalid_request_error", None, "Invalid request."),
    401: ("invalid_request_error", "invalid_api_key", "Incorrect API key provided."),
    404: ("invalid_request_error", "model_not_found", "The model does not exist."),
    429: ("requests", "rate_limit_exceeded", "Rate limit reached for requests."),
    500: ("server_error", None, "The server had an error while processing your request."),
    503: ("server_error", None, "The engine is currently overloaded, please try again later."),
}


@dataclass(frozen=True, slots=True)
class Reply:
    content: str | None
    usage: tuple[int, int] | None = None
    finish_reason: str = "stop"
    refusal: str | None = None


@dataclass(frozen=True, slots=True)
class Error:
    status: int
    body: dict[str, Any]
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Delay:
    seconds: float
    then: Step | None = None


@dataclass(frozen=True, slots=True)
class Drop:
    pass


Step = Reply | Error | Delay | Drop
Responder = Callable[[dict[str, Any]], "str | Mapping[str, Any] | BaseModel | Step"]

#: What an endpoint without structured outputs answers to ``json_schema``.
NO_STRUCTURED_OUTPUT = Error(
    400,
    {
        "error": {
            "message": "response_format json_schema is not supported",
            "type": "invalid_request_error",
            "param": "response_format",
            "code": None,
        }
    },
)


@dataclass(frozen=True, slots=True)
class ReceivedRequest:
    """One request as the stub received it; ``headers`` have lower-case names."""

    method: str
    path: str
    headers: dict[str, str]
    body: Any


def reply(
    content: str | Mapping[str, Any] | list[Any] | BaseModel,
    *,
    usage: tuple[int, int] | None = None,
    finish_reason: str = "stop",
) -> Reply:
    """Return a normal answer; a dict, list or pydantic model is JSON-encoded into ``content``."""
    return Reply(_as_text(content), usage, finish_reason)


def error(
    status: int,
    *,
    retry_after: float | None = None,
    body: dict[str, Any] | None = None,
    message: str | None = None,
    headers: Mapping[str, str] | None = None,
) -> Error:
    """Return an HTTP error with an OpenAI-style body, and ``retry-after``(``-ms``) if given."""
    if body is None:
        kind, code, default = ERROR_TYPES.get(status, ("api_error", None, "Error."))
        body = {"error": {"message": message or default, "type": kind, "param": None, "code": code}}
    sent = dict(headers or {})
    if retry_after is not None:
        sent["retry-after"] = f"{retry_after:g}"
        sent["retry-after-ms"] = str(round(retry_after * 1000))
    return Error(status, body, sent)


def delay(seconds: float, then: Step | None = None) -> Delay:
    """Return a step that waits ``seconds``, then answers ``then`` (else the responder)."""
    return Delay(seconds, then)


def invalid_json(text: str = INVALID_JSON_TEXT) -> Reply:
    """Return an answer whose content is not JSON."""
    return Reply(text)


def refusal(text: str = "I'm sorry, I can't help with that.") -> Reply:
    """Return an answer with ``content`` None and ``refusal`` set, as structured outputs do."""
    return Reply(None, refusal=text)


def drop_connection() -> Drop:
    """Return a step that closes the connection without sending a response."""
    return Drop()


def no_scripted_response(request: dict[str, Any]) -> Error:
    """The default responder: a 500 the openai client is told not to retry."""
    return error(
        500,
        message="llm_stub: no scripted response for this request",
        headers={"x-should-retry": "false"},
    )


def _as_text(content: str | Mapping[str, Any] | list[Any] | BaseModel) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, BaseModel):
        return content.model_dump_json()
    return json.dumps(content, ensure_ascii=False)


def _estimate_tokens(text: str) -> int:
    return max(1, len(text) // 4)


class LlmStub:
    """An OpenAI-compatible server on 127.0.0.1 answering from a script; see the module doc."""

    def __init__(self, model: str = "stub-model") -> None:
        self.model = model
        self.responder: Responder = no_scripted_response
        self.structured_output = True
        self.errors: list[BaseException] = []
        self._steps: deque[Step] = deque()
        self._requests: list[ReceivedRequest] = []
        self._calls: Counter[str] = Counter()
        self._in_flight = 0
        self._lock = threading.Lock()
        self._ids = itertools.count(1)
        self._stopping = threading.Event()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    # Lifecycle

    def start(self) -> LlmStub:
        """Start serving on a free port and return self."""
        assert self._server is None, "already started"
        self._stopping.clear()
        self._server = _Server((HOST, 0), _Handler, self)
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving, cut open connections and join every thread."""
        server, thread = self._server, self._thread
        if server is None or thread is None:
            return
        self._stopping.set()  # wakes handlers sleeping in a delay step
        server.shutdown()
        thread.join()
        server.close()
        self._server = self._thread = None

    def __enter__(self) -> LlmStub:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # What tests read

    @property
    def base_url(self) -> str:
        """Return ``http://127.0.0.1:PORT/v1``, the client's ``base_url``."""
        assert self._server is not None, "not started"
        return f"http://{HOST}:{self._server.server_address[1]}/v1"

    @property
    def requests(self) -> list[ReceivedRequest]:
        """Return a copy of the requests received so far, oldest first."""
        with self._lock:
            return list(self._requests)

    @property
    def calls(self) -> Counter[str]:
        """Return how many requests each path received, e.g. ``calls["/v1/chat/completions"]``."""
        with self._lock:
            return Counter(self._calls)

    @property
    def pending(self) -> int:
        """Return how many scripted steps are still queued."""
        with self._lock:
            return len(self._steps)

    @property
    def in_flight(self) -> int:
        """Return how many requests are being answered now (a delay step counts until it ends)."""
        with self._lock:
            return self._in_flight

    def reset(self) -> None:
        """Forget requests, steps, errors and the responder; structured outputs on again."""
        with self._lock:
            self._steps.clear()
            self._requests.clear()
            self._calls.clear()
            self.errors.clear()
            self.responder = no_scripted_response
            self.structured_output = True

    # Scripting

    def script(self, *steps: Step) -> LlmStub:
        """Queue steps, one per coming chat request, and return self."""
        with self._lock:
            self._steps.extend(steps)
        return self

    def reply(
        self,
        content: str | Mapping[str, Any] | list[Any] | BaseModel,
        *,
        usage: tuple[int, int] | None = None,
        finish_reason: str = "stop",
    ) -> LlmStub:
        return self.script(reply(content, usage=usage, finish_reason=finish_reason))

    def error(
        self,
        status: int,
        *,
        retry_after: float | None = None,
        body: dict[str, Any] | None = None,
        message: str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> LlmStub:
        return self.script(
            error(status, retry_after=retry_after, body=body, message=message, headers=headers)
        )

    def delay(self, seconds: float, then: Step | None = None) -> LlmStub:
        return self.script(delay(seconds, then))

    def invalid_json(self, text: str = INVALID_JSON_TEXT) -> LlmStub:
        return self.script(invalid_json(text))

    def refusal(self, text: str = "I'm sorry, I can't help with that.") -> LlmStub:
        return self.script(refusal(text))

    def drop_connection(self) -> LlmStub:
        return self.script(drop_connection())

    # Serving (called from handler threads)

    def _record(self, request: ReceivedRequest) -> None:
        with self._lock:
            self._requests.append(request)
            self._calls[request.path] += 1
            self._in_flight += 1

    def _done(self) -> None:
        with self._lock:
            self._in_flight -= 1

    def _next_step(self, body: dict[str, Any]) -> Step:
        fmt = body.get("response_format")
        wants_schema = isinstance(fmt, dict) and fmt.get("type") == "json_schema"
        if wants_schema and not self.structured_output:
            return NO_STRUCTURED_OUTPUT
        with self._lock:
            if self._steps:
                return self._steps.popleft()
        return self._respond(body)

    def _respond(self, body: dict[str, Any]) -> Step:
        answer = self.responder(body)
        if isinstance(answer, Reply | Error | Delay | Drop):
            return answer
        return reply(answer)

    def _completion(self, body: dict[str, Any], step: Reply) -> dict[str, Any]:
        if step.usage is None:
            prompt = _estimate_tokens(json.dumps(body.get("messages", [])))
            completion = _estimate_tokens(step.content or step.refusal or "")
        else:
            prompt, completion = step.usage
        return {
            "id": f"chatcmpl-stub{next(self._ids)}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": body.get("model", self.model),
            "choices": [
                {
                    "index": 0,
                    "message": {
                        "role": "assistant",
                        "content": step.content,
                        "refusal": step.refusal,
                        "annotations": [],
                    },
                    "logprobs": None,
                    "finish_reason": step.finish_reason,
                }
            ],
            "usage": {
                "prompt_tokens": prompt,
                "completion_tokens": completion,
                "total_tokens": prompt + completion,
            },
            "service_tier": "default",
            "system_fingerprint": None,
        }

    def _models(self) -> dict[str, Any]:
        entry = {"id": self.model, "object": "model", "created": 0, "owned_by": "llm-stub"}
        return {"object": "list", "data": [entry]}


class _Server(ThreadingHTTPServer):
    """Keeps its connections and their threads, so ``close`` can cut and join them all."""

    def __init__(self, address: tuple[str, int], handler: type[_Handler], stub: LlmStub) -> None:
        self.stub = stub
        self.connections: set[socket.socket] = set()
        self.threads: list[threading.Thread] = []
        self.connections_lock = threading.Lock()
        super().__init__(address, handler)

    def process_request(self, request: Any, client_address: Any) -> None:
        # Daemon threads, so a stub never stopped cannot hang the interpreter; but the
        # mixin only joins non-daemon ones, hence the list of our own.
        thread = threading.Thread(
            target=self.process_request_thread, args=(request, client_address), daemon=True
        )
        with self.connections_lock:
            self.connections.add(request)
            self.threads = [t for t in self.threads if t.is_alive()]
            self.threads.append(thread)
        thread.start()

    def shutdown_request(self, request: Any) -> None:
        with self.connections_lock:
            self.connections.discard(request)
        super().shutdown_request(request)

    def close(self, timeout: float = 5.0) -> None:
        """Close the listening socket, cut every connection and join its thread."""
        self.server_close()
        with self.connections_lock:
            for conn in self.connections:
                # shutdown, not close: the handler thread owns the socket and closes it.
                with contextlib.suppress(OSError):
                    conn.shutdown(socket.SHUT_RDWR)
            threads = list(self.threads)
        for thread in threads:
            thread.join(timeout)
            if thread.is_alive():
                self.stub.errors.append(RuntimeError(f"llm_stub: {thread.name} did not stop"))

    def handle_error(self, request: Any, client_address: Any) -> None:
        exc = sys.exc_info()[1]
        if exc is not None and not isinstance(exc, ConnectionError):
            self.stub.errors.append(exc)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as the openai client expects
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        self._handle(None)

    def do_POST(self) -> None:
        self._handle(self._read_body())

    def _read_body(self) -> bytes:
        length = int(self.headers.get("content-length") or 0)
        return self.rfile.read(length) if length else b""

    def _handle(self, raw: bytes | None) -> None:
        stub = self.server.stub
        path = self.path.split("?", 1)[0]
        try:
            body = json.loads(raw) if raw else None
        except ValueError:
            body = raw.decode("utf-8", "replace") if raw else None
        headers = {name.lower(): value for name, value in self.headers.items()}
        stub._record(ReceivedRequest(self.command, path, headers, body))
        try:
            self._answer(stub, path, body)
        except ConnectionError:
            self.close_connection = True  # the client went away (timed out); nothing to do
        except Exception as exc:
            stub.errors.append(exc)
            self.close_connection = True
            with contextlib.suppress(ConnectionError):
                self._send(500, error(500, message=f"llm_stub crashed: {exc!r}").body)
        finally:
            stub._done()

    def _answer(self, stub: LlmStub, path: str, body: Any) -> None:
        if self.command == "GET" and path == MODELS_PATH:
            return self._send(200, stub._models())
        if self.command != "POST" or path != CHAT_PATH:
            invalid_url = {
                "message": f"Invalid URL ({self.command} {path})",
                "type": "invalid_request_error",
            }
            return self._send(404, {"error": {**invalid_url, "param": None, "code": None}})
        if not isinstance(body, dict) or "messages" not in body or "model" not in body:
            msg = "llm_stub: body must be a JSON object with model and messages"
            return self._send(400, error(400, message=msg).body)
        if body.get("stream"):
            return self._send(400, error(400, message="llm_stub: streaming not supported").body)
        step = stub._next_step(body)
        while isinstance(step, Delay):
            if stub._stopping.wait(step.seconds):
                self.close_connection = True
                return None
            step = step.then if step.then is not None else stub._respond(body)
        if isinstance(step, Drop):
            self.close_connection = True
            return None
        if isinstance(step, Error):
            return self._send(step.status, step.body, step.headers)
        return self._send(200, stub._completion(body, step))

    def _send(self, status: int, payload: Any, headers: Mapping[str, str] | None = None) -> None:
        data = json.dumps(payload, ensure_ascii=False).encode()
        self.send_response(status)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(data)))
        self.send_header("x-request-id", f"req_stub{next(self.server.stub._ids)}")
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

"""Extraction benchmark: `tradelead extract` on the labelled dev inquiries, scored by
../shared/bench/score_extraction.py; rules extractor speed; and the LLM path through the
whole stack (prompt, schema, parse, grounding, merge) with a local OpenAI-compatible
stub that serves the labels as its answers.

    .venv/bin/python bench/extraction.py [--corpus ../shared/corpora/inquiries/dev]

Also scores the rules on our own independent labelled sets (``samples/validation*``,
written by people who never saw the rules) as a second view of generalisation.
Prints one JSON line per measurement. Targets (issue 4), offline rules: micro-F1 >= 0.80,
category accuracy >= 0.90, spam+phishing recall >= 0.95, zero hallucinations, >= 50
inquiries/s on one core; LLM path with correct answers: micro-F1 1.0. No peer.
"""

from __future__ import annotations

import sys
from pathlib import Path

# bench/email.py is named like the standard library's ``email`` package: keep this folder
# off the import path so that ``import email`` (done by many libraries) finds the real one.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("TRADELEAD_SHARED_DIR", REPO.parent / "shared"))
SCORER = SHARED / "bench" / "score_extraction.py"


def emit(**fields: object) -> None:
    print(json.dumps({"bench": "extraction", **fields}), flush=True)


def score(labels: Path, predictions: Path) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, str(SCORER), str(labels), str(predictions)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def run_cli(corpus: Path, out: Path, *, llm: bool, env: dict[str, str]) -> float:
    args = [sys.executable, "-m", "workers.cli", "extract", str(corpus), "--out", str(out)]
    start = time.perf_counter()
    subprocess.run(
        args + (["--llm"] if llm else []), env=env, check=True, capture_output=True, text=True
    )
    return time.perf_counter() - start


def rules_speed(corpus: Path, rounds: int) -> tuple[int, float]:
    """Inquiries per CPU second of the rules extractor alone (parsing excluded)."""
    from enrich.document import Document
    from enrich.extract import extract_lead
    from harvester.parse import parse_message

    docs = [
        Document.from_parsed(parse_message(p.read_bytes())) for p in sorted(corpus.glob("*.eml"))
    ]
    start = time.process_time()
    for _ in range(rounds):
        for doc in docs:
            extract_lead(doc, reference=date(2026, 1, 1))
    return len(docs) * rounds, time.process_time() - start


def llm_stub_answering_labels(corpus: Path):  # type: ignore[no-untyped-def]
    """A stub whose answer to each inquiry is its label (found by the quoted subject)."""
    sys.path.insert(0, str(REPO))
    from harvester.parse import parse_message
    from tests.enrich.llm_stub import LlmStub

    by_subject = {}
    for eml in sorted(corpus.glob("*.eml")):
        parsed = parse_message(eml.read_bytes())
        label = json.loads(eml.with_suffix(".json").read_text(encoding="utf-8"))
        by_subject[parsed.subject or ""] = label | {"needs_summary": None, "latent_needs": None}

    def responder(body: dict) -> dict:  # type: ignore[type-arg]
        user = body["messages"][-1]["content"]
        subject = re.search(r"^Subject: (.*)$", user, re.M)
        return by_subject[subject.group(1) if subject else ""]

    stub = LlmStub(model="label-oracle")
    stub.responder = responder
    return stub


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=SHARED / "corpora/inquiries/dev")
    parser.add_argument(
        "--also",
        type=Path,
        nargs="*",
        default=[REPO / "samples" / "validation", REPO / "samples" / "validation2"],
        help="more labelled folders to score the rules on (our own independent sets)",
    )
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    corpus = args.corpus.resolve()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TRADELEAD_", "OPENAI_"))}
    with tempfile.TemporaryDirectory() as tmp:
        seconds = run_cli(corpus, Path(tmp) / "rules", llm=False, env=env)
        result = score(corpus, Path(tmp) / "rules")
        emit(
            op="rules",
            corpus=str(corpus.name),
            cli_seconds=round(seconds, 2),
            **result,
            targets={
                "micro_f1": 0.80,
                "category_accuracy": 0.90,
                "spam_recall": 0.95,
                "hallucinations": 0,
            },
        )
        for extra in args.also:
            if not any(extra.glob("*.json")):
                continue
            run_cli(extra, Path(tmp) / extra.name, llm=False, env=env)
            emit(op="rules", corpus=extra.name, **score(extra, Path(tmp) / extra.name))
        n, cpu = rules_speed(corpus, args.rounds)
        emit(
            op="rules_speed",
            inquiries=n,
            cpu_seconds=round(cpu, 2),
            inquiries_per_s=round(n / cpu),
            target_per_s=50,
        )
        with llm_stub_answering_labels(corpus) as stub:
            llm_env = env | {
                "TRADELEAD_LLM_BASE_URL": stub.base_url,
                "TRADELEAD_LLM_MODEL": stub.model,
                "TRADELEAD_LLM_API_KEY": "bench",
            }
            seconds = run_cli(corpus, Path(tmp) / "llm", llm=True, env=llm_env)
            result = score(corpus, Path(tmp) / "llm")
            emit(
                op="llm_stub_with_correct_answers",
                cli_seconds=round(seconds, 2),
                requests=stub.calls["/v1/chat/completions"],
                **result,
                targets={"micro_f1": 1.0},
            )


if __name__ == "__main__":
    main()

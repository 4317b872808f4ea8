"""Extraction from the command line and in the pipeline: files to contract JSON, and
harvested mail to leads in the review queue (rules offline, the LLM when configured)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.enrich.llm_stub import LlmStub
from workers import context

from .conftest import write_eml

BODY = (
    "Dear Sir,\n\nWe are an importer of hand tools in Sweden and need 500 pcs of "
    "18V cordless drills, CIF Gothenburg, payment by T/T. Please send a sample.\n\n"
    "Best regards,\nLars Eriksson\nPurchasing Manager\nNordic Tools AB\n"
    "Tel: +46 70 123 45 67\nwww.nordictools.se\n"
)


def test_extract_writes_one_contract_file_per_input(cli, tmp_path: Path):
    (tmp_path / "in").mkdir()
    write_eml(tmp_path / "in" / "a.eml", 1, body=BODY)
    (tmp_path / "in" / "b.txt").write_text(BODY.replace("Lars Eriksson", "Karin Berg"))
    (tmp_path / "in" / "ignored.pdf").write_bytes(b"%PDF-1.4")
    result = cli("extract", str(tmp_path / "in"), "--out", str(tmp_path / "out"))
    assert "2 files" in result.output
    a = json.loads((tmp_path / "out" / "a.json").read_text())
    b = json.loads((tmp_path / "out" / "b.json").read_text())
    assert list(a) == [
        "category",
        "company_name",
        "contact_name",
        "contact_title",
        "email",
        "phone",
        "country",
        "website",
        "products",
        "incoterm",
        "destination",
        "payment_terms",
        "sample_request",
        "certifications",
        "deadline",
        "language",
    ]
    assert (a["category"], a["company_name"], a["phone"], a["incoterm"]) == (
        "inquiry",
        "Nordic Tools AB",
        "+46701234567",
        "CIF",
    )
    assert b["contact_name"] == "Karin Berg" and b["email"] is None


def test_extract_missing_path_is_one_clear_error(cli, tmp_path: Path):
    result = cli("extract", str(tmp_path / "nope"), "--out", str(tmp_path / "o"), ok=False)
    assert result.exit_code == 1 and "no such file or folder" in result.stderr


def test_harvested_mail_becomes_a_lead_with_evidence(cli, tmp_path: Path):
    cli("harvest", "files", str(write_eml(tmp_path / "a.eml", 1, body=BODY)))
    [lead] = [
        json.loads(line) for line in cli("leads", "list", "--json", "-u", "mei").output.splitlines()
    ]
    assert (lead["company_name"], lead["country"], lead["extractor"]) == (
        "Nordic Tools AB",
        "SE",
        "rules",
    )
    evidence = lead["evidence"]["company_name"][0]
    assert evidence["quote"] == "Nordic Tools AB" and evidence["source"] == "body"
    [inquiry] = [
        json.loads(line)
        for line in cli("inquiries", "list", "--json", "-u", "mei").output.splitlines()
    ]
    assert inquiry["status"] == "processed"


def test_configured_llm_makes_the_lead_and_its_tokens_are_counted(cli, tmp_path: Path, monkeypatch):
    with LlmStub(model="qwen-test") as stub:
        stub.responder = lambda body: {
            "category": "inquiry",
            "company_name": "Nordic Tools AB",
            "contact_name": "Lars Eriksson",
            "contact_title": "Purchasing Manager",
            "email": "b1@buyer.example",
            "phone": "+46701234567",
            "country": "SE",
            "website": "nordictools.se",
            "products": [],
            "incoterm": "CIF",
            "destination": "Gothenburg",
            "payment_terms": "T/T",
            "sample_request": True,
            "certifications": [],
            "deadline": None,
            "language": "en",
            "needs_summary": "500 drills CIF Gothenburg",
            "latent_needs": "spare batteries",
        }
        monkeypatch.setenv("TRADELEAD_LLM_BASE_URL", stub.base_url)
        monkeypatch.setenv("TRADELEAD_LLM_MODEL", "qwen-test")
        monkeypatch.setenv("TRADELEAD_LLM_API_KEY", "sk-test")
        context.reset()
        cli("harvest", "files", str(write_eml(tmp_path / "a.eml", 1, body=BODY)))
        assert stub.calls["/v1/chat/completions"] == 1
    [lead] = [
        json.loads(line) for line in cli("leads", "list", "--json", "-u", "mei").output.splitlines()
    ]
    assert lead["extractor"] == "llm+rules" and lead["prompt_version"] == "extract_lead.v1"
    assert lead["fields"]["destination"] == "Gothenburg"
    assert lead["latent_needs"] == "spare batteries"
    usage = cli("llm", "usage").output
    assert "qwen-test" in usage and "extract_lead.v1" in usage


def test_reextraction_is_answered_from_the_llm_cache(cli, tmp_path: Path, monkeypatch):
    from crm_store.engine import transaction
    from crm_store.models import Inquiry
    from workers.extraction import extract_stored_inquiry

    with LlmStub(model="cached-model") as stub:
        stub.responder = lambda body: {
            "category": "inquiry",
            "company_name": "Nordic Tools AB",
            "contact_name": None,
            "contact_title": None,
            "email": None,
            "phone": None,
            "country": "SE",
            "website": None,
            "products": [],
            "incoterm": None,
            "destination": None,
            "payment_terms": None,
            "sample_request": False,
            "certifications": [],
            "deadline": None,
            "language": "en",
            "needs_summary": None,
            "latent_needs": None,
        }
        monkeypatch.setenv("TRADELEAD_LLM_BASE_URL", stub.base_url)
        monkeypatch.setenv("TRADELEAD_LLM_MODEL", "cached-model")
        context.reset()
        cli("harvest", "files", str(write_eml(tmp_path / "a.eml", 1, body=BODY)))
        with transaction(context.sessions()) as session:
            inquiry = session.query(Inquiry).one()
            again = extract_stored_inquiry(session, inquiry)
        assert stub.calls["/v1/chat/completions"] == 1
    assert again is not None and again.cached and again.lead.company_name == "Nordic Tools AB"

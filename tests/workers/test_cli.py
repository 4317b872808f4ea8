"""The tradelead command end to end on SQLite: setup, users, harvesting, lists, leads."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import typer

from crm_store.engine import transaction
from crm_store.repo import companies, leads, orders
from crm_store.repo.users import get_user_by_name
from workers import context
from workers.cli import app

from .conftest import write_eml


def _commands(command, path: str = "tradelead"):
    yield path, command
    if hasattr(command, "commands"):
        for name, sub in command.commands.items():
            yield from _commands(sub, f"{path} {name}")


def test_every_command_and_option_has_help():
    undocumented = []
    for path, command in _commands(typer.main.get_command(app)):
        if not (command.help or "").strip():
            undocumented.append(path)
        for param in command.params:
            if (
                param.param_type_name == "option"
                and not (param.help or "").strip()
                and param.name != "help"
            ):
                undocumented.append(f"{path} {param.opts[0]}")
            if param.param_type_name == "argument" and not getattr(param, "help", None):
                undocumented.append(f"{path} {param.name.upper()}")
    assert undocumented == []


def _json_lines(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_harvest_files_stores_eml_mbox_and_maildir_once(cli, tmp_path: Path):
    eml = write_eml(tmp_path / "one.eml", 1)
    mbox = tmp_path / "box.mbox"
    mbox.write_bytes(
        b"".join(
            b"From b@x Mon Nov  2 10:00:00 2026\n"
            + write_eml(tmp_path / f"t{n}", n).read_bytes()
            + b"\n"
            for n in (2, 3)
        )
    )
    maildir = tmp_path / "Maildir"
    for sub in ("cur", "new", "tmp"):
        (maildir / sub).mkdir(parents=True)
    write_eml(maildir / "new" / "1700000000.M1.host", 4)
    write_eml(maildir / "cur" / "1700000001.M2.host:2,S", 5, message_id=False)
    first = cli("harvest", "files", str(eml), str(mbox), str(maildir))
    assert "5 messages found: 5 new inquiries, 0 already stored" in first.output
    again = cli("harvest", "files", str(eml), str(mbox), str(maildir))
    assert "5 messages found: 0 new inquiries, 5 already stored" in again.output
    rows = _json_lines(cli("inquiries", "list", "--json", "-u", "mei").output)
    assert sorted(r["subject"] for r in rows) == [f"RFQ {n}" for n in range(1, 6)]
    assert {r["status"] for r in rows} == {"processed"}  # parsed and made into leads


def test_list_json_prints_every_row_without_paging(cli, tmp_path: Path):
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(70):
        write_eml(folder / f"{n:03}.eml", n)
    cli("harvest", "files", str(folder))
    assert len(_json_lines(cli("inquiries", "list", "--json", "-u", "mei").output)) == 70
    table = cli("inquiries", "list", "-u", "mei", "--limit", "5").output
    assert table.count("RFQ") == 5


def test_inquiries_show_prints_headers_and_raw(cli, tmp_path: Path):
    cli("harvest", "files", str(write_eml(tmp_path / "a.eml", 7)))
    [row] = _json_lines(cli("inquiries", "list", "--json", "-u", "mei").output)
    shown = cli("inquiries", "show", str(row["id"]), "-u", "mei").output
    assert "Message-ID: <m7@buyer.example>" in shown
    raw = cli("inquiries", "show", str(row["id"]), "--raw", "-u", "mei").output
    assert "Please quote 7" in raw


def _seed_customers():
    with transaction(context.sessions()) as s:
        anna, kevin = get_user_by_name(s, "anna"), get_user_by_name(s, "kevin")
        for name, country, tier, owner, last in (
            ("Alpha Tools GmbH", "DE", "vip", anna, date(2026, 10, 1)),
            ("Beta Hardware S.L.", "ES", "key", anna, date(2025, 3, 1)),
            ("Gamma Import AB", "SE", "vip", kevin, date(2026, 6, 1)),
            ("Delta Trading LLC", "US", "ordinary", kevin, None),
        ):
            c = companies.create_company(s, owner, name=name, country=country, tier=tier)
            if last:
                orders.add_order(
                    s,
                    owner,
                    c.id,
                    number=f"EB-{name[:4]}",
                    order_date=last,
                    amount=Decimal(100),
                    currency="USD",
                )


def test_customers_list_filters_and_sorts(cli):
    _seed_customers()
    rows = _json_lines(
        cli(
            "customers", "list", "--json", "-u", "mei", "--tier", "vip", "--sort", "-last_order"
        ).output
    )
    assert [r["name"] for r in rows] == ["Alpha Tools GmbH", "Gamma Import AB"]
    rows = _json_lines(
        cli(
            "customers", "list", "--json", "-u", "mei", "--country", "ES,US", "--sort", "last_order"
        ).output
    )
    assert [r["name"] for r in rows] == ["Beta Hardware S.L.", "Delta Trading LLC"]
    rows = _json_lines(cli("customers", "list", "--json", "-u", "anna").output)
    assert [r["name"] for r in rows] == ["Alpha Tools GmbH", "Beta Hardware S.L."]
    rows = _json_lines(
        cli(
            "customers",
            "list",
            "--json",
            "-u",
            "mei",
            "--owner",
            "kevin",
            "--last-order-before",
            "2026-07-01",
        ).output
    )
    assert [r["name"] for r in rows] == ["Gamma Import AB"]
    assert "Alpha Tools GmbH" in cli("customers", "list", "-u", "anna").output


def test_leads_review_from_the_command_line(cli):
    _seed_customers()
    with transaction(context.sessions()) as s:
        anna = get_user_by_name(s, "anna")
        ids = [
            leads.create_lead(
                s,
                inquiry_id=None,
                extractor="rules",
                owner_id=anna.id,
                fields={
                    "company_name": f"Lead {n} Ltd",
                    "country": "GB",
                    "email": f"l{n}@lead{n}.co.uk",
                },
            )[0].id
            for n in range(3)
        ]
        alpha = companies.list_companies(s, anna, companies.CompanyFilter(name_contains="alpha"))[
            0
        ][0].id
    listed = _json_lines(cli("leads", "list", "--json", "-u", "anna").output)
    assert [r["id"] for r in listed] == ids
    assert "Lead 0 Ltd" in cli("leads", "show", str(ids[0]), "-u", "anna").output
    assert "new customer" in cli("leads", "accept", str(ids[0]), "-u", "anna").output
    assert (
        "merged into customer"
        in cli("leads", "merge", str(ids[1]), "--into", str(alpha), "-u", "anna").output
    )
    cli("leads", "reject", str(ids[2]), "--reason", "spam", "-u", "anna")
    statuses = {
        r["id"]: r["status"]
        for r in _json_lines(cli("leads", "list", "--all", "--json", "-u", "anna").output)
    }
    assert statuses == {ids[0]: "accepted", ids[1]: "merged", ids[2]: "rejected"}
    denied = cli("leads", "accept", str(ids[0]), "-u", "kevin", ok=False)
    assert denied.exit_code == 1 and f"no lead {ids[0]} that kevin can see" in denied.stderr


def test_users_add_needs_an_admin(cli):
    result = cli("users", "add", "eve", "-u", "anna", ok=False)
    assert result.exit_code == 1 and "this needs admin" in result.stderr
    names = [
        r["username"] for r in _json_lines(cli("users", "list", "--json", "-u", "root").output)
    ]
    assert names == ["anna", "kevin", "mei", "root"]


def test_config_show_masks_secrets(cli, monkeypatch, tmp_path: Path):
    monkeypatch.setenv("TRADELEAD_LLM_API_KEY", "sk-very-secret")
    monkeypatch.setenv("TRADELEAD_IMAP_PASSWORD_SALES", "hunter2")
    (tmp_path / "tradelead.toml").write_text(
        '[llm]\nmodel = "qwen-plus"\n\n[[mailboxes]]\nname = "sales"\n'
        'host = "imap.example.com"\nusername = "sales@everbright-tools.cn"\n'
    )
    monkeypatch.chdir(tmp_path)
    context.reset()
    data = json.loads(cli("config", "show", "--json").output)
    assert data["llm_model"] == "qwen-plus" and data["llm_api_key"] == "********"
    assert data["mailboxes"][0]["password"] == "set ($TRADELEAD_IMAP_PASSWORD_SALES)"
    text = cli("config", "show").output
    assert "sk-very-secret" not in text and "hunter2" not in text


def test_config_file_with_a_secret_is_refused(cli, monkeypatch, tmp_path: Path):
    (tmp_path / "tradelead.toml").write_text('[llm]\napi_key = "sk-oops"\n')
    monkeypatch.chdir(tmp_path)
    context.reset()
    result = cli("config", "show", ok=False)
    assert result.exit_code == 1
    assert "'llm.api_key' is a secret" in result.stderr and "sk-oops" not in result.stderr


def test_quarantined_inquiries_are_parsed_again_on_retry(cli, tmp_path: Path):
    from crm_store.models import Inquiry, InquiryStatus

    nested = b"".join(
        b"Content-Type: multipart/mixed; boundary=b%d\n\n--b%d\n" % (i, i) for i in range(3000)
    )
    (tmp_path / "deep.eml").write_bytes(b"From: x@y.com\nSubject: deep\n" + nested)
    cli("harvest", "files", str(tmp_path / "deep.eml"), str(write_eml(tmp_path / "ok.eml", 1)))
    rows = {
        r["subject"]: r for r in _json_lines(cli("inquiries", "list", "--json", "-u", "mei").output)
    }
    assert rows["deep"]["status"] == "quarantined" and "nested" in rows["deep"]["error"]
    assert rows["RFQ 1"]["status"] == "processed"
    shown = cli("inquiries", "show", str(rows["deep"]["id"]), "-u", "mei").output
    assert "quarantined" in shown and "Not parsed yet" in shown
    # As if a parser fix had landed: the good one was wrongly quarantined before.
    with transaction(context.sessions()) as s:
        s.get(Inquiry, rows["RFQ 1"]["id"]).status = InquiryStatus.QUARANTINED
    result = cli("inquiries", "retry", "--quarantined", "-u", "mei").output
    assert "2 inquiries parsed again: 1 new, 1 quarantined." in result

"""Website enrichment against a real local web server (never the internet)."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from enrich.website import WebsiteEnricher

HOME = """<html lang="sv"><head><title>Home | Nordic Tools</title>
<meta name="description" content="Swedish importer of power tools since 1998.">
<script type="application/ld+json">{"@type": "Organization", "name": "Nordic Tools AB",
 "address": {"@type": "PostalAddress", "addressCountry": "Sweden"}}</script>
</head><body>Welcome</body></html>"""

SITES: dict[str, dict[str, tuple[int, str, str]]] = {
    "nordictools.se": {
        "/robots.txt": (200, "text/plain", "User-agent: *\nAllow: /\n"),
        "/": (200, "text/html; charset=utf-8", HOME),
    },
    "private.de": {
        "/robots.txt": (200, "text/plain", "User-agent: *\nDisallow: /\n"),
        "/": (200, "text/html", "<title>Secret GmbH</title>"),
    },
    "norobots.es": {
        "/robots.txt": (404, "text/plain", "not found"),
        "/": (200, "text/html", "<title>Ferreteria Sol S.L.</title>"),
    },
    "broken.fr": {"/robots.txt": (503, "text/plain", "down"), "/": (200, "text/html", "x")},
    "pdf.it": {"/robots.txt": (404, "text/plain", ""), "/": (200, "application/pdf", "%PDF")},
    "huge.com": {
        "/robots.txt": (404, "text/plain", ""),
        "/": (200, "text/html", "<title>Huge Trading LLC</title>" + "x" * 2_000_000),
    },
}


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        _, domain, *rest = self.path.split("/", 2)
        self.server.hits.append(self.path)  # type: ignore[attr-defined]
        status, ctype, body = SITES.get(domain, {}).get(
            "/" + "".join(rest), (404, "text/plain", "")
        )
        data = body.encode()
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(data)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def web() -> Iterator[ThreadingHTTPServer]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.hits = []  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()
    thread.join()


@pytest.fixture
def enricher(web: ThreadingHTTPServer) -> Iterator[WebsiteEnricher]:
    port = web.server_address[1]
    with httpx.Client(timeout=2) as client:
        yield WebsiteEnricher(
            client, url_for=lambda d: f"http://127.0.0.1:{port}/{d}", max_bytes=64_000
        )


def test_reads_company_country_and_description_once(enricher, web):
    info = enricher.lookup("nordictools.se")
    assert (info.status, info.company_name, info.country) == ("ok", "Nordic Tools AB", "SE")
    assert info.description == "Swedish importer of power tools since 1998."
    hits = len(web.hits)
    assert enricher.lookup("NordicTools.se") == info and len(web.hits) == hits  # cached


def test_robots_txt_is_obeyed(enricher, web):
    info = enricher.lookup("private.de")
    assert info.status == "blocked" and "robots.txt" in info.reason
    assert "/private.de/" not in web.hits
    assert enricher.lookup("norobots.es").company_name == "Ferreteria Sol S.L."
    assert enricher.lookup("broken.fr").status == "blocked"


def test_free_mail_and_platform_domains_are_never_fetched(enricher, web):
    for domain in ("gmail.com", "qq.com", "alibaba.com", "yandex.ru"):
        assert enricher.lookup(domain).status == "skipped"
    assert web.hits == []


def test_size_cap_and_non_html_and_unreachable(enricher):
    assert enricher.lookup("huge.com").company_name == "Huge Trading LLC"
    assert enricher.lookup("pdf.it").status == "error"
    with httpx.Client(timeout=1) as client:
        dead = WebsiteEnricher(client, url_for=lambda d: "http://127.0.0.1:9")
        info = dead.lookup("nowhere.com")
    assert info.status == "blocked" and "unreachable" in info.reason

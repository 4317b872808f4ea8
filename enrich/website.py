"""Company website enrichment (optional, off by default): read the buyer's home page to
fill a missing company name and country, and a one-line description.

The ``httpx.Client`` is passed in. Polite and bounded: robots.txt is read first and
obeyed (RFC 9309: a 4xx robots.txt allows everything, a 5xx or network error forbids
crawling), every request has a timeout, the page is read up to a size cap, free-mail
and platform domains are never fetched, and results are cached per domain.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, MutableMapping
from dataclasses import dataclass
from urllib.robotparser import RobotFileParser

import httpx
import pycountry
from lxml import html as lxml_html

from .document import Evidence
from .rules.contacts import country_from_domain

USER_AGENT = "tradelead/0.1 (buyer website enrichment; respects robots.txt)"
NEVER_FETCH = re.compile(
    r"(?:^|\.)(?:gmail|googlemail|outlook|hotmail|live|yahoo|icloud|aol|qq|163|126|sina|"
    r"yandex|mail|gmx|web|alibaba|made-in-china|globalsources|indiamart|facebook|linkedin)\."
)


@dataclass(frozen=True, slots=True)
class SiteInfo:
    domain: str
    status: str  # "ok", "skipped", "blocked" (robots.txt) or "error"
    reason: str | None = None
    company_name: str | None = None
    country: str | None = None
    description: str | None = None
    url: str | None = None

    def evidence(self, value: str) -> Evidence:
        """Evidence pointing at the page a value was read from."""
        return Evidence(source=f"website:{self.url}", start=0, end=len(value), quote=value)


class WebsiteEnricher:
    """Looks up buyer websites, one fetch per domain (cached)."""

    def __init__(
        self,
        client: httpx.Client,
        *,
        url_for: Callable[[str], str] | None = None,
        max_bytes: int = 512_000,
        cache: MutableMapping[str, SiteInfo] | None = None,
    ) -> None:
        self.client = client
        self.url_for = url_for or (lambda domain: f"https://{domain}")
        self.max_bytes = max_bytes
        self.cache: MutableMapping[str, SiteInfo] = {} if cache is None else cache

    def lookup(self, domain: str) -> SiteInfo:
        """Return what the home page of ``domain`` says (never raises)."""
        domain = domain.strip().lower()
        if domain in self.cache:
            return self.cache[domain]
        info = self._lookup(domain)
        self.cache[domain] = info
        return info

    def _lookup(self, domain: str) -> SiteInfo:
        if not domain or NEVER_FETCH.search(domain + "."):
            return SiteInfo(domain, "skipped", "free-mail or platform domain")
        base = self.url_for(domain).rstrip("/")
        allowed, reason = self._robots_allow(base)
        if not allowed:
            return SiteInfo(domain, "blocked", reason)
        try:
            page = self._get_capped(base + "/")
        except httpx.HTTPError as exc:
            return SiteInfo(domain, "error", f"{type(exc).__name__}: {exc}"[:200])
        if page is None:
            return SiteInfo(domain, "error", "not an HTML page")
        return read_home_page(domain, base + "/", page)

    def _robots_allow(self, base: str) -> tuple[bool, str | None]:
        try:
            response = self.client.get(base + "/robots.txt", headers={"User-Agent": USER_AGENT})
        except httpx.HTTPError as exc:
            return False, f"robots.txt unreachable ({type(exc).__name__})"
        if response.status_code >= 500:
            return False, f"robots.txt answered {response.status_code}"
        if response.status_code >= 400:
            return True, None
        parser = RobotFileParser()
        parser.parse(response.text[:100_000].splitlines())
        if not parser.can_fetch(USER_AGENT, base + "/"):
            return False, "robots.txt disallows the home page"
        return True, None

    def _get_capped(self, url: str) -> str | None:
        with self.client.stream(
            "GET", url, headers={"User-Agent": USER_AGENT}, follow_redirects=True
        ) as response:
            response.raise_for_status()
            if "html" not in response.headers.get("content-type", "html"):
                return None
            body = bytearray()
            for chunk in response.iter_bytes():
                body += chunk
                if len(body) >= self.max_bytes:
                    break
            return bytes(body[: self.max_bytes]).decode(
                response.encoding or "utf-8", errors="replace"
            )


def read_home_page(domain: str, url: str, page: str) -> SiteInfo:
    """Company name, country and description from a home page's metadata."""
    try:
        tree = lxml_html.fromstring(page)
    except (ValueError, lxml_html.etree.ParserError):
        return SiteInfo(domain, "error", "unreadable HTML", url=url)
    meta = {
        (m.get("property") or m.get("name") or "").lower(): (m.get("content") or "").strip()
        for m in tree.iter("meta")
    }
    org = _json_ld_organization(tree)
    name = org.get("name") or meta.get("og:site_name") or _title_name(tree)
    raw_address = org.get("address")
    address: dict[str, object] = raw_address if isinstance(raw_address, dict) else {}
    country = address.get("addressCountry")
    if isinstance(country, dict):
        country = country.get("name")
    description = meta.get("description") or meta.get("og:description") or None
    return SiteInfo(
        domain,
        "ok",
        None,
        company_name=(str(name).strip()[:200] or None) if name else None,
        country=_country(country, domain),
        description=description[:300] if description else None,
        url=url,
    )


def _country(value: object, domain: str) -> str | None:
    """ISO-2 from the page's stated address country, else from the domain's ccTLD."""
    if value:
        try:
            return str(pycountry.countries.lookup(str(value).strip()).alpha_2)
        except LookupError:
            pass
    return country_from_domain(domain)


def _json_ld_organization(tree: lxml_html.HtmlElement) -> dict[str, object]:
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        for item in data if isinstance(data, list) else [data]:
            if isinstance(item, dict) and str(item.get("@type", "")).endswith(
                ("Organization", "Corporation", "LocalBusiness", "Store")
            ):
                return item
    return {}


def _title_name(tree: lxml_html.HtmlElement) -> str | None:
    title = tree.findtext(".//title") or ""
    parts = [p.strip() for p in re.split(r"\s[|\-–—:]\s", title) if p.strip()]
    return parts[-1] if len(parts) > 1 else (parts[0] if parts else None)

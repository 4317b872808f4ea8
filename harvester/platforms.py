"""Recognising notification mail from B2B platforms and the platform's own inquiry id.

A platform is recognised only by the registrable domain of the sender (so
``alibaba-supplier-center.com`` phishing does not pass for Alibaba.com), using
tldextract's bundled public suffix list, never fetched at run time.
"""

from __future__ import annotations

import re
from functools import cache

import tldextract

PLATFORM_DOMAINS = {
    "alibaba.com": "alibaba",
    "alibaba-inc.com": "alibaba",
    "made-in-china.com": "made_in_china",
    "globalsources.com": "global_sources",
    "indiamart.com": "indiamart",
}

# "Inquiry ID: 10487651209", "Inquiry No.: MIC-INQ-2610-583920", "BuyLead ID: 41829573",
# "RFQ No. 12345", "询盘编号：123456"
_REF = re.compile(
    r"(?:inquiry|enquiry|buy\s*lead|rfq|询盘|詢盤)\s*(?:id|no\.?|number|#|编号|編號|号)?"
    r"\s*[:：#]?\s*([A-Z0-9][A-Z0-9-]{3,40})",
    re.IGNORECASE,
)


@cache
def _extractor() -> tldextract.TLDExtract:
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


def registrable_domain(host: str) -> str | None:
    """Return the registrable domain of a host name (``mail.buyer.co.uk`` -> ``buyer.co.uk``)."""
    host = host.strip().strip(".").lower()
    if not host:
        return None
    return _extractor()(host).top_domain_under_public_suffix or None


def platform_of(sender_email: str | None) -> str | None:
    """Return the platform whose domain sent this mail, or None."""
    if not sender_email or "@" not in sender_email:
        return None
    domain = registrable_domain(sender_email.rsplit("@", 1)[1])
    return PLATFORM_DOMAINS.get(domain or "")


def platform_reference(*texts: str | None) -> str | None:
    """Return the platform's inquiry id found in the subject or body, or None."""
    for text in texts:
        if not text:
            continue
        for match in _REF.finditer(text):
            ref = match.group(1)
            if any(ch.isdigit() for ch in ref):
                return ref
    return None

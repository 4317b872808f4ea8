"""What kind of mail this is: inquiry, spam, phishing, notification or other.

Hand-written weighted rules rather than a trained model: they run offline, need no
labelled corpus (we have a few dozen samples, not thousands), and every decision can
be explained to a sales rep ("link text shows alibaba.com but points to ...").
Each signal adds a weight to one category with a human-readable reason; the highest
score wins, and ties go to the more dangerous category (phishing, spam, inquiry,
notification, other) because letting a scam through costs more than a second look.
"other" starts one point ahead, so a mail needs a real signal to be anything else.

Signals, by source (the phrases live in ``category_words``):

- headers: auto-reply markers (``Auto-Submitted``, ``X-Autoreply``), bulk mail
  (``List-Unsubscribe``, ``Precedence: bulk``), bounces (Mailer-Daemon,
  ``multipart/report``), failed SPF, a reply to a message we sent (``In-Reply-To``);
- sender: a brand in the display name (Alibaba, Made-in-China, DHL, Microsoft, a bank)
  while the sender's registrable domain is not the brand's; lookalike domains
  (``alibaba-supplier-center.com``, ``crescentgu1fbank.com``). Platforms are
  recognised by registrable domain only, as in ``harvester.platforms``;
- links (``[text](url)``, as the harvester renders HTML): text showing one domain and a
  target on another, targets embedding a brand (``alibaba.com.verify-center.top``),
  bare IP addresses, a "file" that opens a web page;
- words in the languages buyers and spammers write: credential and urgency lures, SEO
  and list offers, fake invoices, a seller pitching, a buyer asking for a price,
  out-of-office text, reply chatter.

Only what the sender wrote now is read (subject, new text, signature, attachments),
never the quoted history, which holds our own quotation and would read as a pitch.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import parse_qs, urlsplit

from enrich.document import Document
from harvester.platforms import platform_of
from harvester.platforms import registrable_domain as _registrable_domain

from . import category_words as words
from .category_words import BRANDS, Brand, Rule

CATEGORIES = ("inquiry", "spam", "phishing", "notification", "other")
_TIE_ORDER = ("phishing", "spam", "inquiry", "notification", "other")
BASELINE_OTHER = 1.0
# Below this length a new text that thanks or acknowledges is chatter, not a request;
# CJK says in 50 characters what Latin scripts say in 300.
CHATTER_MAX_CHARS = 300
CHATTER_MAX_CJK_CHARS = 50

_LINK = re.compile(
    r"\[([^\]\n]{0,300})\]\(((?:https?|mailto):[^)\s]+)\)"
    r"|(?<![(\[\w/])((?:https?://|www\.)[^\s)\]>\"'<]+)",
    re.IGNORECASE,
)
_HOST_IN_TEXT = re.compile(r"(?:https?://)?(?:[\w-]+\.)+[a-z]{2,}(?=[/:?#]|$|\s)", re.IGNORECASE)
_IP_HOST = re.compile(r"^\d{1,3}(?:\.\d{1,3}){3}$")
_FILE_NAME = re.compile(r"\.(pdf|xlsx?|docx?|zip|rar|csv|jpg|png)\s*$", re.IGNORECASE)
_DIGIT_FOR_LETTER = re.compile(r"[a-z][0135][a-z]")
_RISKY_ATTACHMENT = re.compile(
    r"(?:payment|remittance|swift|invoice|proforma|statement|receipt|shipping|dhl|awb|bank|"
    r"transfer|水单|付款|发票)[^/]*\.(?:html?|shtml|exe|scr|js|vbs|iso|img|zip|rar|7z|lnk)$",
    re.IGNORECASE,
)
_SPF_FAILED = re.compile(r"\bspf=(?:fail|softfail)\b", re.IGNORECASE)
_AUTH_FAILED = re.compile(r"\b(?:spf|dkim|dmarc)=(?:fail|softfail)\b", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
# Digits and pairs that pass for letters: crescentgu1fbank, micr0soft, rnicrosoft.
_HOMOGLYPHS = str.maketrans({"0": "o", "1": "l", "3": "e", "5": "s"})


@dataclass(frozen=True, slots=True)
class CategoryResult:
    """The category, the reasons that led to it, and each category's score."""

    category: str
    reasons: list[str]
    scores: dict[str, float]


@dataclass(slots=True)
class _Scores:
    values: dict[str, float] = field(default_factory=lambda: dict.fromkeys(CATEGORIES, 0.0))
    reasons: list[tuple[str, float, str]] = field(default_factory=list)

    def add(self, category: str, weight: float, reason: str) -> None:
        self.values[category] += weight
        self.reasons.append((category, weight, reason))

    def match(self, rule: Rule, text: str) -> bool:
        """Add ``rule`` if it matches ``text``, quoting what matched; return whether it did."""
        found = rule.find(text)
        if found is not None:
            self.add(rule.category, rule.weight, f'{rule.reason} ("{found}")')
        return found is not None


@dataclass(frozen=True, slots=True)
class _Sender:
    domain: str | None
    platform: str | None
    brand: Brand | None  # the brand whose own (authenticated) domain sent this
    ours: str | None  # our domain, the recipient's


def classify(doc: Document) -> CategoryResult:
    """Return the mail's category with the reasons for it and every category's score."""
    sender = _Sender(
        domain=_domain_of(doc.sender_email),
        platform=doc.platform or platform_of(doc.sender_email),
        brand=_official_brand(_domain_of(doc.sender_email)) if not _auth_failed(doc) else None,
        ours=_recipient_domain(doc),
    )
    text = _flatten(doc.live_text() + "\n" + " ".join(name for name, _ in doc.attachments))
    scores = _Scores()
    _header_signals(doc, scores, sender)
    _sender_signals(doc, scores, sender, text)
    _link_signals(doc, scores, sender)
    lures = sum(scores.match(rule, text) for rule in words.PHISHING_RULES)
    for rule in words.SPAM_RULES + words.INQUIRY_RULES:
        scores.match(rule, text)
    scores.match(words.BUYER_SIGNATURE, _flatten(doc.signature or doc.new_text[-400:]))
    _pitch_signals(doc, scores, text)
    _platform_signals(doc, scores, sender)
    scores.match(words.NOTIFICATION_WORDING, text)
    scores.match(words.SAMPLES_RECEIVED, text)
    if _NO_REPLY.fullmatch((doc.sender_email or "").split("@")[0]) and not sender.platform:
        scores.add("notification", 2.0, f"sent from a no-reply address {doc.sender_email}")
    _reply_signals(doc, scores, sender)

    if sender.brand is not None and scores.values["phishing"] > 0:
        # The brand's own authenticated domain: its security notices are real.
        cut = round(scores.values["phishing"] * 0.75, 2)
        scores.add("phishing", -cut, f"sent from the brand's own domain {sender.domain}")
    if lures >= 2 and scores.values["phishing"] >= 3.0:
        scores.add("phishing", 1.0, "several lures together")
    return _decide(scores)


_NO_REPLY = re.compile(
    r"(?i)no[-_.]?reply|do[-_.]?not[-_.]?reply|notices?|notifications?|"
    r"system|alerts?"
)


def _decide(scores: _Scores) -> CategoryResult:
    values = {name: round(value, 2) for name, value in scores.values.items()}
    values["other"] = round(values["other"] + BASELINE_OTHER, 2)
    category = max(CATEGORIES, key=lambda name: (values[name], -_TIE_ORDER.index(name)))
    reasons = [reason for cat, weight, reason in scores.reasons if cat == category and weight > 0]
    if not reasons:
        reasons = ["no strong sign of an inquiry, a scam or system mail"]
    return CategoryResult(category=category, reasons=list(dict.fromkeys(reasons)), scores=values)


def _header_signals(doc: Document, scores: _Scores, sender: _Sender) -> None:
    auto = (doc.header("Auto-Submitted") or "").strip().lower()
    if auto.startswith("auto-replied"):
        scores.add("other", 4.0, f"auto-reply header Auto-Submitted: {auto}")
    elif auto and auto != "no":
        scores.add("notification", 1.5, f"automated mail header Auto-Submitted: {auto}")
    for name in ("X-Autoreply", "X-Autorespond", "X-Auto-Reply"):
        if value := doc.header(name):
            scores.add("other", 4.0, f"auto-reply header {name}: {value}")
    precedence = (doc.header("Precedence") or "").strip().lower()
    if precedence == "auto_reply":
        scores.add("other", 3.0, "auto-reply header Precedence: auto_reply")
    scores.match(words.AUTO_REPLY_SUBJECT, doc.subject.strip())
    bulk = [name for name in ("List-Unsubscribe", "List-Id") if doc.header(name)]
    if precedence in ("bulk", "list", "junk"):
        bulk.append(f"Precedence: {precedence}")
    if bulk:
        category = "notification" if sender.platform else "spam"
        scores.add(category, 1.5, "bulk-mail headers " + ", ".join(bulk))
    local = (doc.sender_email or "").split("@")[0].lower()
    if (
        local in ("mailer-daemon", "postmaster")
        or "multipart/report" in (doc.header("Content-Type") or "").lower()
    ):
        # A bounce carries our own mail inside: whatever that says, this is system mail.
        origin = doc.sender_email or "the mail system"
        scores.add("notification", 10.0, f"delivery status notification from {origin}")
    else:
        scores.match(words.BOUNCE_SUBJECT, doc.subject)
    if _SPF_FAILED.search(doc.header("Authentication-Results") or ""):
        scores.add("phishing", 0.5, "sender failed the SPF check")


def _sender_signals(doc: Document, scores: _Scores, sender: _Sender, text: str) -> None:
    name, domain = doc.sender_name or "", sender.domain
    origin = domain or "an unknown domain"
    local = (doc.sender_email or "").split("@")[0].lower()
    for brand in BRANDS:
        if sender.brand is brand:
            continue
        if brand.mention.search(name):
            reason = f'sender name "{name}" claims {brand.name} but the mail comes from {origin}'
            if domain in brand.domains:
                reason = f'sender name "{name}" claims {brand.name} but failed authentication'
            scores.add("phishing", 2.5, reason)
            break
        if brand.mention.search(doc.subject) and words.ACCOUNT_SUBJECT.search(doc.subject):
            scores.add(
                "phishing", 1.5, f"subject speaks for {brand.name} but the mail comes from {origin}"
            )
            break
        if any(token in local.replace(".", "").replace("-", "") for token in brand.tokens):
            scores.add("phishing", 1.5, f"sender address {doc.sender_email} names {brand.name}")
            break
    if domain:
        if (imitated := _imitated_brand(domain)) is not None:
            main = imitated.domains[0]
            scores.add("phishing", 2.5, f"sender domain {domain} imitates {imitated.name} ({main})")
        elif _DIGIT_FOR_LETTER.search(domain.split(".")[0]):
            scores.add("phishing", 0.5, f"sender domain {domain} has a digit in place of a letter")
    if words.BANK.search(name) and words.PAYMENT_WORDS.search(text):
        scores.add("phishing", 1.0, f'sender name "{name}" claims to be a bank')
    for _, email in doc.reply_to[:1]:
        reply_domain = _domain_of(email)
        own_form = domain is not None and domain == sender.ours  # our website's contact form
        elsewhere = bool(reply_domain and domain and reply_domain != domain)
        # Replies diverted elsewhere (not a buyer on free mail giving his company address).
        diverted = reply_domain in words.FREE_MAIL or domain not in words.FREE_MAIL
        if elsewhere and diverted and not sender.platform and not own_form:
            scores.add("spam", 0.5, f"replies go to another domain ({reply_domain})")
            scores.add("phishing", 0.5, f"replies go to another domain ({reply_domain})")
    for filename, _ in doc.attachments:
        if _RISKY_ATTACHMENT.search(filename):
            scores.add("phishing", 2.5, f"payment-style attachment that opens a page ({filename})")
            break


def _link_signals(doc: Document, scores: _Scores, sender: _Sender) -> None:
    text = "\n".join(segment.text for segment in doc.segments())
    given: set[str] = set()

    def once(weight: float, reason: str) -> None:
        if reason not in given:
            given.add(reason)
            scores.add("phishing", weight, reason)

    for match in _LINK.finditer(text):
        label = (match.group(1) or "").strip() if match.group(2) else ""
        target = match.group(2) or match.group(3)
        host = _host_of(target)
        domain = host if host and _IP_HOST.match(host) else _registrable(host or "")
        if not host or not domain:
            continue
        file = _FILE_NAME.search(label)
        if file and not urlsplit(target).path.lower().endswith("." + file.group(1).lower()):
            once(2.0, f'link shows a file "{label[:40]}" but opens a web page on {domain}')
        if _IP_HOST.match(host):
            once(1.5, f"link points to a bare IP address ({host})")
            continue
        shown = _HOST_IN_TEXT.search(label)
        shown_domain = _registrable(_host_of(shown.group(0)) or "") if shown else None
        mismatch = bool(shown_domain) and shown_domain != domain
        if mismatch and not _same_owner(shown_domain or "", domain):
            reason = f"link text shows {shown_domain} but points to {domain}"
            once(_mismatch_weight(shown_domain or "", domain), reason)
        elif label and not shown:
            for brand in BRANDS:
                if brand.mention.search(label) and domain not in brand.domains:
                    once(2.0, f"link named {brand.name} points to {domain}")
        if (imitated := _imitated_brand(host)) is not None:
            once(2.5, f"link to lookalike domain {domain} (imitates {imitated.name})")
        if sender.domain and domain != sender.domain and _looks(domain) == _looks(sender.domain):
            once(2.5, f"sender domain {sender.domain} imitates {domain} seen in the mail")
        risky = domain.rsplit(".", 1)[-1] in words.RISKY_TLDS
        if label and words.CREDENTIAL_LINK_TEXT.find(label) and (imitated or risky or mismatch):
            once(1.0, f'login-style link "{label[:40]}" to {domain}')
        if risky:
            once(0.5, f"link to a throwaway-style domain ({domain})")
        if label and words.ORDER_LINK_TEXT.find(label):
            once(1.0, f'link "{label[:40]}" opens the order on {domain}')


def _mismatch_weight(shown: str, target: str) -> float:
    """How deceptive a link is whose text shows one domain and whose target is another."""
    if target in words.SHORTENERS or target in words.REDIRECTORS:
        return 1.0  # hidden behind a shortener or a click tracker rather than disguised
    if shown.split(".")[0].replace("-", "") == target.split(".")[0].replace("-", ""):
        return 1.0  # the same name under another suffix: companies own several
    return 3.0


def _pitch_signals(doc: Document, scores: _Scores, text: str) -> None:
    phrase = words.SELLER_PITCH.find(text)
    if phrase is None:
        return
    scores.add("other", words.SELLER_PITCH.weight, f'{words.SELLER_PITCH.reason} ("{phrase}")')
    # A pitch for goods we cannot place counts as junk: it outweighs "other" with its head
    # start, so only a pitch for what a factory buys (SUPPLIER_GOODS) is a supplier pitch.
    junk = words.SELLER_PITCH.weight + BASELINE_OTHER + 0.5
    scores.add("spam", junk, f'unsolicited sales pitch ("{phrase}")')
    scores.match(words.SUPPLIER_GOODS, text)
    scores.match(words.UNRELATED_GOODS, text)
    if words.PURCHASER_GREETING.find(_flatten(doc.new_text)):
        scores.add("spam", 0.5, "greets our purchasing department")
        scores.add("other", 0.5, "greets our purchasing department")
    if words.OWN_PRICES.search(text):
        scores.add("other", 1.0, "quotes its own prices")
        scores.add("spam", 1.0, "quotes its own prices")


def _platform_signals(doc: Document, scores: _Scores, sender: _Sender) -> None:
    if sender.platform is None:
        if sender.brand is not None and scores.values["inquiry"] < 2:
            scores.add("notification", 1.5, f"system mail from {sender.brand.name}'s own domain")
        return
    body = doc.new_text
    announces = words.PLATFORM_INQUIRY.search(doc.subject) or words.PLATFORM_INQUIRY.search(body)
    fields = sorted({_field_name(m.group(0)) for m in words.BUYER_FIELDS.finditer(body)})
    if announces and len(fields) >= 2:
        reason = f"{sender.platform} notification carrying a buyer's inquiry ({', '.join(fields)})"
        scores.add("inquiry", 4.0, reason)
        return
    if not announces and scores.values["inquiry"] > 0:
        # Platform newsletters talk about buyers and prices; only a relayed request counts.
        scores.add(
            "inquiry", -scores.values["inquiry"], f"{sender.platform}'s words, not a buyer's"
        )
    scores.add(
        "notification", 3.0, f"mail from the {sender.platform} platform with no buyer content"
    )


def _reply_signals(doc: Document, scores: _Scores, sender: _Sender) -> None:
    new = _flatten(doc.new_text)
    limit = CHATTER_MAX_CJK_CHARS if len(_CJK.findall(new)) * 3 > len(new) else CHATTER_MAX_CHARS
    if len(new) < limit and scores.values["inquiry"] < 1:
        scores.match(words.CHATTER, new)
    scores.match(words.OUT_OF_OFFICE, _flatten(doc.subject + "\n" + doc.new_text))
    thread = " ".join(filter(None, (doc.header("In-Reply-To"), doc.header("References"))))
    if sender.ours and re.search(rf"@(?:[\w-]+\.)*{re.escape(sender.ours)}>", thread, re.I):
        scores.add("inquiry", 0.5, f"answers a mail sent from {sender.ours}")
        if scores.values["phishing"] > 0:
            # Scammers cannot know our message ids; a real thread makes lures less likely.
            cut = min(1.5, scores.values["phishing"])
            scores.add("phishing", -cut, f"answers a mail sent from {sender.ours}")


def _field_name(line: str) -> str:
    return re.split(r"[:：]", line, maxsplit=1)[0].strip().lower()


def _recipient_domain(doc: Document) -> str | None:
    for name in ("Delivered-To", "X-Original-To", "To"):
        value = doc.header(name)
        if value and (m := re.search(r"@([\w.-]+)", value)):
            return _registrable(m.group(1))
    return None


def _official_brand(domain: str | None) -> Brand | None:
    """The brand this registrable domain belongs to (free-mail domains belong to no one)."""
    if not domain or domain in words.FREE_MAIL:
        return None
    return next((brand for brand in BRANDS if domain in brand.domains), None)


@lru_cache(maxsize=4096)
def _imitated_brand(host: str) -> Brand | None:
    """The brand a host borrows without being it (alibaba.com.verify.top, dhl-parcel.com)."""
    domain = _registrable(host) or host
    if domain in words.FREE_MAIL:
        return None
    name, _, suffix = domain.partition(".")
    if suffix.rsplit(".", 1)[-1] not in words.RISKY_TLDS and any(name in b.tokens for b in BRANDS):
        return None  # the brand's name under a country suffix (dhl.fr): not a lookalike
    skeleton = _skeleton(host)
    labels = re.split(r"[.\-]", host.lower())
    for brand in BRANDS:
        if domain in brand.domains:
            continue
        for token in brand.tokens:
            if (len(token) >= 5 and token in skeleton) or any(x.startswith(token) for x in labels):
                return brand
    return None


def _looks(name: str) -> str:
    """A domain as the eye reads it: digits as letters, rn as m, vv as w."""
    return name.lower().translate(_HOMOGLYPHS).replace("rn", "m").replace("vv", "w")


def _skeleton(name: str) -> str:
    """What a domain spells without dots and hyphens (made-in-china-x.cc: madeinchinaxcc)."""
    return re.sub(r"[.\-_]", "", _looks(name))


def _same_owner(first: str, second: str) -> bool:
    """Two domains of one brand (alibaba.com, alibaba-inc.com), or a link wrapper."""
    return any(first in brand.domains and second in brand.domains for brand in BRANDS)


def _host_of(url: str) -> str | None:
    url = url.strip().rstrip(".,;")
    if url.lower().startswith("mailto:"):
        return url.split("@")[-1].split("?")[0].lower() or None
    if not re.match(r"^[a-z]+://", url, re.IGNORECASE):
        url = "http://" + url
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
    except ValueError:
        return None
    if any(host == r or host.endswith("." + r) for r in words.REDIRECTORS):
        query = parse_qs(parts.query)
        inner = next((v[0] for k, v in query.items() if k.lower() in ("url", "u", "q")), None)
        if inner and inner.startswith("http"):
            return _host_of(inner)
    return host or None


@lru_cache(maxsize=4096)
def _registrable(host: str) -> str | None:
    return _registrable_domain(host) if host else None


def _domain_of(email: str | None) -> str | None:
    if not email or "@" not in email:
        return None
    return _registrable(email.rsplit("@", 1)[1].lower())


def _auth_failed(doc: Document) -> bool:
    return bool(_AUTH_FAILED.search(doc.header("Authentication-Results") or ""))


def _flatten(text: str) -> str:
    return _SPACES.sub(" ", text.replace("\u2019", "'")).strip()

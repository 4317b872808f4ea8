"""The buyer's contact fields: email, phone / WhatsApp, website and country, offline.

Every finder reads only what speaks for the sender (``Document.segments()``: subject, new
text, signature, attachments; plus the From / Reply-To headers for addresses), never the
quoted history, and returns ``Candidate``s with the exact characters as evidence, best
first (equal confidence: document order, headers before text).

* Emails: Reply-To, From, then addresses in the text ("E-mail: x@y", mailto links).
  No-reply, bounce, form-mailer and B2B-platform relay addresses are dropped: they are
  never the buyer.
* Phones: numbers after a label (Tel, Mob, WhatsApp, 电话, Тел, جوال ... in many
  languages), bare international numbers (+CC ...), and lines that hold nothing but a
  number. A number without its country code is read only with a region: a country named
  on its line, the caller's ``region_hints``, or the (NXX) NXX-XXXX shape only North
  America uses. phonenumbers validates; a labelled +CC number that is only *possible*
  is kept with less confidence. Fax numbers are claimed and dropped, so they never come
  back as bare numbers. Order numbers, dates, prices and IBANs never reach the parser
  because only labelled, +CC or stand-alone numbers are read.
* Websites: URLs, www.* hosts, labelled domains ("Web: x.com") and stand-alone domain
  lines, reduced to the registrable domain (tldextract's bundled suffix list, offline);
  platform, social, link-shortener, file-sharing and free-mail domains are skipped, and
  a platform notification's own links with them.
* Countries: see ``countries`` (re-exported here).

Confidence scale: Reply-To 0.95; a labelled value or a header 0.9 (From drops to 0.7
when a different Reply-To is given: the From is then a shared or system mailbox); a
value in the signature 0.8; in the subject, new text or attachments 0.6; a labelled +CC
number that phonenumbers finds possible but not valid 0.7; values inferred from a phone
prefix or ccTLD (``country_from_phone``, ``country_from_domain``) are the caller's, at
0.4. A website whose domain is the sender's mail domain gains 0.1 (at most 0.9).

Hand-written: the label words, the free-mail / platform / social domain lists and the
no-reply local parts. phonenumbers, pycountry and tldextract know numbers, countries and
domain suffixes, but not which words label a phone in a Turkish signature or which
domains are webmail.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache

import phonenumbers

from harvester.platforms import PLATFORM_DOMAINS, registrable_domain

from ..document import Candidate, Document, Segment
from .countries import country_from_domain, country_from_phone, find_countries, mentions

__all__ = [
    "FREE_MAIL_DOMAINS",
    "country_from_domain",
    "country_from_phone",
    "find_countries",
    "find_emails",
    "find_phones",
    "find_websites",
    "is_free_mail",
]

REPLY_TO, LABELLED, POSSIBLE, SIGNATURE, TEXT = 0.95, 0.9, 0.7, 0.8, 0.6


def _words(*lines: str) -> frozenset[str]:
    """A table written as space-separated words (domain lists read better that way)."""
    return frozenset(" ".join(lines).split())


FREE_MAIL_DOMAINS = _words(
    # global and US
    "gmail.com googlemail.com outlook.com hotmail.com live.com msn.com yahoo.com ymail.com "
    "rocketmail.com aol.com icloud.com me.com mac.com protonmail.com proton.me pm.me zoho.com "
    "zohomail.com mail.com email.com usa.com post.com consultant.com engineer.com myself.com "
    "inbox.com fastmail.com fastmail.fm hushmail.com tutanota.com tuta.io gmx.com gmx.net "
    "comcast.net verizon.net att.net sbcglobal.net bellsouth.net cox.net charter.net "
    "earthlink.net juno.com lycos.com excite.com "
    # Europe
    "hotmail.co.uk hotmail.fr hotmail.de hotmail.it hotmail.es hotmail.nl hotmail.be "
    "hotmail.se hotmail.dk hotmail.no hotmail.fi hotmail.gr hotmail.com.tr outlook.fr "
    "outlook.de outlook.es outlook.it live.co.uk live.fr live.de live.it live.nl live.be "
    "live.se live.dk live.no yahoo.co.uk yahoo.fr yahoo.de yahoo.es yahoo.it yahoo.gr "
    "btinternet.com sky.com virginmedia.com talktalk.net ntlworld.com blueyonder.co.uk "
    "eircom.net gmx.de gmx.at gmx.ch gmx.fr web.de t-online.de freenet.de arcor.de mail.de "
    "posteo.de orange.fr wanadoo.fr free.fr laposte.net sfr.fr neuf.fr libero.it "
    "virgilio.it tiscali.it alice.it tin.it email.it ziggo.nl kpnmail.nl planet.nl home.nl "
    "hetnet.nl telenet.be skynet.be bluewin.ch hispeed.ch chello.at aon.at telia.com "
    "online.no sapo.pt seznam.cz centrum.cz email.cz wp.pl o2.pl onet.pl interia.pl op.pl "
    "gazeta.pl tlen.pl abv.bg mail.bg freemail.hu citromail.hu mynet.com "
    # Russia and CIS
    "yandex.ru yandex.com yandex.kz yandex.by yandex.ua ya.ru mail.ru inbox.ru list.ru bk.ru "
    "rambler.ru ukr.net i.ua meta.ua tut.by mail.kz "
    # China, Taiwan, Hong Kong
    "qq.com foxmail.com 163.com 126.com yeah.net sina.com sina.cn sohu.com aliyun.com "
    "139.com 189.cn wo.cn 21cn.com tom.com live.cn hinet.net pchome.com.tw seed.net.tw "
    "yahoo.com.tw yahoo.com.hk netvigator.com "
    # rest of Asia and Oceania
    "naver.com hanmail.net daum.net nate.com yahoo.co.jp nifty.com biglobe.ne.jp ocn.ne.jp "
    "docomo.ne.jp ezweb.ne.jp softbank.ne.jp rediffmail.com rediff.com sify.com "
    "indiatimes.com vsnl.net vsnl.com yahoo.co.in yahoo.in outlook.in hotmail.in zoho.in "
    "singnet.com.sg pacific.net.sg yahoo.com.sg streamyx.com tm.net.my yahoo.com.my "
    "yahoo.co.id yahoo.com.ph yahoo.co.th hotmail.co.th yahoo.com.vn vnn.vn "
    "bigpond.com bigpond.net.au optusnet.com.au yahoo.com.au xtra.co.nz "
    # Americas
    "uol.com.br bol.com.br terra.com.br ig.com.br globo.com r7.com yahoo.com.br "
    "hotmail.com.br outlook.com.br yahoo.com.ar hotmail.com.ar yahoo.com.mx hotmail.com.mx "
    "prodigy.net.mx yahoo.ca live.ca shaw.ca rogers.com sympatico.ca videotron.ca "
    # Middle East and Africa
    "emirates.net.ae eim.ae omantel.net.om qatar.net.qa link.net tedata.net.eg menara.ma "
    "topnet.tn yahoo.com.eg",
)
# Webmail brands under any country suffix ("hotmail.com.ar", "yahoo.co.kr").
FREE_MAIL_BRANDS = _words(
    "gmail googlemail hotmail outlook live yahoo ymail aol msn yandex gmx icloud"
)
PLATFORM_MAIL_DOMAINS = frozenset(PLATFORM_DOMAINS) | _words(
    "alibaba.com alibaba-inc.com aliexpress.com 1688.com alicdn.com made-in-china.com "
    "globalsources.com indiamart.com tradeindia.com exportersindia.com ec21.com ecplaza.net "
    "tradekey.com dhgate.com go4worldbusiness.com hktdc.com tradewheel.com",
)
# Domains that are never the buyer's own site.
NOT_A_BUYER_SITE = PLATFORM_MAIL_DOMAINS | _words(
    # social networks and messengers
    "facebook.com fb.com fb.me instagram.com linkedin.com twitter.com x.com youtube.com "
    "youtu.be tiktok.com pinterest.com vk.com ok.ru weibo.com wechat.com whatsapp.com "
    "wa.me t.me telegram.me telegram.org line.me viber.com skype.com zalo.me kakao.com "
    "snapchat.com reddit.com tumblr.com medium.com threads.net xing.com "
    # link shorteners
    "bit.ly tinyurl.com goo.gl ow.ly is.gd buff.ly rebrand.ly cutt.ly shorturl.at tiny.cc "
    "t.ly rb.gy s.id dwz.cn url.cn t.co lnkd.in linktr.ee "
    # file sharing, maps, office suites, carriers, payment, mail tooling
    "google.com apple.com microsoft.com office.com sharepoint.com live.com dropbox.com "
    "wetransfer.com we.tl box.com mega.nz baidu.com onedrive.com 1drv.ms aka.ms zoom.us "
    "mailchimp.com list-manage.com sendgrid.net hubspot.com amazonaws.com cloudfront.net "
    "w3.org schema.org wikipedia.org dhl.com fedex.com ups.com paypal.com",
)
FILE_SUFFIXES = _words("pdf doc docx xls xlsx csv txt jpg jpeg png gif zip rar mov mp4")

_SYSTEM_LOCAL = re.compile(
    r"(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|mailer[-_.]?daemon|postmaster|bounces?|"
    r"wordpress|www-data|apache|nobody|notifications?|inquiry[-_.]?reply|reply|relay|"
    r"forms?|web[-_.]?forms?|website|contact[-_.]?form)"
    r"(?:[-_.+].*)?",
    re.IGNORECASE,
)
_EMAIL = re.compile(
    r"(?<![\w.%+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,24}(?![\w-])"
)
_EMAIL_LABEL = re.compile(
    r"(?i)(?:e-?mail(?: address)?|correo(?: electr[oó]nico)?|e-posta|почта|эл\.? ?почта"
    r"|邮箱|郵箱|电子邮件|電子郵件|メール|البريد(?: الإلكتروني)?|\bE)\s*[:：]\s*\(?$"
)

# Phone labels by kind. Words need word boundaries; CJK words and symbols do not.
_PHONE_WORDS = {
    "phone": ("tel", "tél", "telephone", "téléphone", "phone", "ph", "fone", "telefone",
              "teléfono", "telefono", "telefon", "telefoon", "tlf", "tfno", "telp", "office",
              "direct", "landline", "тел", "телефон", "تلفون", "هاتف", "الهاتف", "điện thoại",
              "đt"),
    "mobile": ("mob", "mobile", "mobil", "móvil", "movil", "cel", "cell", "cellphone",
               "celular", "cellulare", "portable", "port", "handy", "gsm", "cep", "kom",
               "komórka", "telemóvel", "telemovel", "моб", "мобильный", "сот", "сотовый",
               "جوال", "الجوال", "موبايل", "di động"),
    "messenger": ("whatsapp", "whats app", "wechat", "viber", "zalo", "telegram",
                  "botim", "واتساب", "واتس", "вотсап", "ватсап", "вацап"),
    "fax": ("fax", "telefax", "faks", "télécopie", "факс", "فاكس"),
}  # fmt: skip
_PHONE_SYMBOLS = {
    "phone": ("电话", "電話", "座机", "联系电话", "聯絡電話", "電話番号", "전화",
              "☎", "☏", "📞", "✆"),
    "mobile": ("手机", "手機", "携帯", "携帯電話", "휴대폰", "핸드폰", "📱"),
    "messenger": ("微信",),
    "fax": ("传真", "傳真", "ファックス", "ファクス", "팩스"),
}  # fmt: skip
# Case-sensitive abbreviations; all but LINE need a colon ("M: +44 ...", not "WA 6000").
_PHONE_SHORT = {"T": "phone", "P": "phone", "M": "mobile", "HP": "mobile", "WA": "messenger",
                "LINE": "messenger", "F": "fax"}  # fmt: skip
_KIND = {w: k for table in (_PHONE_WORDS, _PHONE_SYMBOLS) for k, ws in table.items() for w in ws}


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_LABEL_TOKEN = (
    rf"(?:(?<![^\W_])(?:{_alternation(w for ws in _PHONE_WORDS.values() for w in ws)})"
    r"(?![^\W\d_])\.?"
    rf"|(?:{_alternation(w for ws in _PHONE_SYMBOLS.values() for w in ws)})"
    rf"|(?<![^\W_])(?-i:{_alternation(_PHONE_SHORT)})(?![^\W_]))"
)
_LABEL_SPLIT = re.compile(r"[ \t]*[/|&,、+][ \t]*")
_NUMBER = r"\(?(?:\+|00)?[ \t]?\(?\d(?:[ \t\u00a0.\-()]{0,3}\d){6,16}"
_LABELLED_PHONE = re.compile(
    rf"(?i)(?P<label>{_LABEL_TOKEN}(?:[ \t]*[/|&,、+][ \t]*{_LABEL_TOKEN})*)"
    r"(?:[ \t]*(?:no\.?|nr\.?|number|num|#|号码?|號碼?|番号|номер))?"
    rf"[ \t]*(?P<colon>[:：=]?)[ \t\-–]*(?P<number>{_NUMBER})"
)
_INTERNATIONAL = re.compile(r"(?<![\w+])(?P<number>\(?\+[ \t]?\d(?:[ \t\u00a0.\-()]{0,3}\d){6,16})")
_NUMBER_LINE = re.compile(rf"(?m)^[ \t]*(?:{_NUMBER})(?:[ \t]*[|,/][ \t]*(?:{_NUMBER}))*[ \t]*$")
_NUMBER_IN_LINE = re.compile(_NUMBER)
_FULLWIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
_NANP = re.compile(r"\(?[2-9]\d{2}\)?[ .\-]?[2-9]\d{2}[ .\-]\d{4}")
# A date (with or without a time after it) is never a phone: "2026-11-05 14", "16.10.2026".
_DATE = re.compile(r"\d{4}[./\-]\d{1,2}[./\-]\d{1,2}\b|\d{1,2}[./\-]\d{1,2}[./\-](?:19|20)\d{2}\b")
# Brazil's postcode ("CEP: 04543-011") shares its label with Turkish "Cep:" (mobile).
_CEP = re.compile(r"\d{5}-\d{3}")
_FAX_BEFORE = re.compile(r"(?i)(?:fax|faks|факс|传真|傳真|فاكس)[^\n\d+]{0,25}$")
_MESSENGER_AFTER = re.compile(r"(?i)[ \t]*[(/][ \t]*(?:whats ?app|wa|viber|wechat|zalo|telegram)\b")

_URL = re.compile(r"(?i)\bhttps?://(?:[^\s/@]+@)?(?P<host>[a-z0-9][a-z0-9.-]*\.[a-z]{2,24})\b")
_WWW = re.compile(r"(?i)(?<![\w.@/-])(?P<host>www\d?\.(?:[a-z0-9-]+\.)+[a-z]{2,24})(?![\w-])")
_WEB_LABEL = re.compile(
    r"(?i)(?<![^\W\d_])(?:web(?:site|page)?|site(?: web)?|sitio(?: web)?|p[aá]gina(?: web)?"
    r"|home ?page|url|internet|сайт|веб-сайт|网站|網站|网址|網址|官网|官網|ホームページ"
    r"|ウェブサイト|الموقع(?: الإلكتروني)?|web sitesi|strona(?: www)?|trang web)\s*[:：]\s*"
    r"(?:https?://)?(?P<host>(?:[a-z0-9-]+\.)+[a-z]{2,24})(?![\w-])"
)
_DOMAIN_LINE = re.compile(r"(?im)^[ \t]*(?P<host>(?:[a-z0-9-]+\.)+[a-z]{2,24})[ \t]*/?[ \t]*$")


class _Pool:
    """Keeps the best candidate per (field, value), remembering the order they were found."""

    def __init__(self) -> None:
        self._best: dict[tuple[str, str], tuple[int, Candidate]] = {}

    def add(self, field: str, value: str, seg: Segment, span: tuple[int, int],
            confidence: float, rule: str) -> None:  # fmt: skip
        key = (field, value)
        held = self._best.get(key)
        if held is None or confidence > held[1].confidence:
            order = held[0] if held else len(self._best)
            self._best[key] = (
                order,
                Candidate(field, value, seg.evidence(*span), confidence, rule),
            )

    def ranked(self) -> list[Candidate]:
        return [c for _, c in sorted(self._best.values(), key=lambda t: (-t[1].confidence, t[0]))]


def _confidence(seg: Segment) -> float:
    return SIGNATURE if seg.kind == "signature" else TEXT


def _line(text: str, start: int, end: int) -> str:
    return text[text.rfind("\n", 0, start) + 1 : (text.find("\n", end) + 1 or len(text) + 1) - 1]


# ---------------------------------------------------------------- emails


@cache
def _registrable(host: str) -> str | None:
    return registrable_domain(host)


def is_free_mail(domain: str) -> bool:
    """True for webmail domains (gmail.com, hotmail.com.ar, qq.com ...)."""
    reg = _registrable(domain) or domain.lower()
    return reg in FREE_MAIL_DOMAINS or reg.split(".")[0] in FREE_MAIL_BRANDS


def _is_system_address(address: str) -> bool:
    """No-reply, bounce, form-mailer, platform relay or placeholder addresses."""
    local, _, domain = address.lower().rpartition("@")
    reg = _registrable(domain)
    if reg is None or reg in PLATFORM_MAIL_DOMAINS or reg.startswith("example."):
        return True
    return _SYSTEM_LOCAL.fullmatch(local) is not None


def find_emails(doc: Document) -> list[Candidate]:
    """Return the buyer's email addresses (lower-case), Reply-To first; system addresses dropped."""
    pool = _Pool()
    headers = sorted(doc.header_segments(), key=lambda s: s.source != "reply_to")
    reply_to = {e.lower() for _, e in doc.reply_to if not _is_system_address(e)}
    for seg in headers:
        for m in _EMAIL.finditer(seg.text):
            address = m.group().lower()
            if _is_system_address(address):
                continue
            if seg.source == "reply_to":
                pool.add("email", address, seg, m.span(), REPLY_TO, "reply_to")
            else:
                demoted = reply_to and address not in reply_to
                pool.add("email", address, seg, m.span(), POSSIBLE if demoted else LABELLED, "from")
    for seg in doc.segments():
        for m in _EMAIL.finditer(seg.text):
            address = m.group().lower()
            if _is_system_address(address):
                continue
            before = seg.text[max(0, m.start() - 30) : m.start()]
            if _EMAIL_LABEL.search(before):
                pool.add("email", address, seg, m.span(), LABELLED, "label")
            elif before.lower().endswith("mailto:"):
                pool.add("email", address, seg, m.span(), _confidence(seg), "mailto")
            else:
                rule = "signature" if seg.kind == "signature" else "text"
                pool.add("email", address, seg, m.span(), _confidence(seg), rule)
    return pool.ranked()


# ---------------------------------------------------------------- phones


def _parse_phone(raw: str, regions: Sequence[str], *, labelled: bool) -> tuple[str, bool] | None:
    """Return (E.164, valid) for a number as written, or None when it is no phone number."""
    text = re.sub(r"^\(\s*(\+|00)(\d+)\s*\)", r"\1\2 ", raw.strip())  # "(+34) 961 ..."
    if text.startswith("00"):
        text = "+" + text[2:]
    international = text.startswith("+")
    if not international and (_DATE.match(text) or _CEP.fullmatch(text)):
        return None
    tries: list[str | None] = [None] if international else list(dict.fromkeys(regions))
    if not international and _NANP.fullmatch(text) and "US" not in tries:
        tries.append("US")
    possible = None
    for region in tries:
        try:
            number = phonenumbers.parse(text, region)
        except phonenumbers.NumberParseException:
            continue
        e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        if phonenumbers.is_valid_number(number):
            return e164, True
        # only a number carrying its own country code may fall back to "possible"
        if labelled and international and phonenumbers.is_possible_number(number):
            possible = possible or e164
    return (possible, False) if possible else None


def _regions(text: str, start: int, end: int, hints: Sequence[str]) -> list[str]:
    """A country named on the number's line first, then the caller's hints."""
    return [code for *_, code, _ in mentions(_line(text, start, end))] + list(hints)


def _number_span(m: re.Match[str], group: str | int) -> tuple[int, int]:
    """The number's span without the blank the pattern may take in front of it."""
    start, end = m.span(group)
    return start + len(m.group(group)) - len(m.group(group).lstrip(" \t")), end


def find_phones(doc: Document, *, region_hints: Sequence[str] = ()) -> list[Candidate]:
    """Return phone ("phone") and WhatsApp-style ("whatsapp") numbers as E.164, best first."""
    hints = [h.upper() for h in region_hints if len(h) == 2]
    pool = _Pool()
    for seg in doc.segments():
        # full-width "ＴＥＬ：０３－１２３４" read as ASCII; one character for one, so
        # offsets (and evidence) stay those of the original text
        text, claimed = seg.text.translate(_FULLWIDTH), []
        for m in _LABELLED_PHONE.finditer(text):
            span = _number_span(m, "number")
            claimed.append(span)
            tokens = [t.rstrip(".") for t in _LABEL_SPLIT.split(m.group("label"))]
            kinds = {_PHONE_SHORT.get(t) or _KIND.get(t.lower(), "phone") for t in tokens}
            if kinds == {"fax"}:
                continue
            if not m.group("colon") and all(t in _PHONE_SHORT and t != "LINE" for t in tokens):
                continue
            raw = text[span[0] : span[1]]
            parsed = _parse_phone(raw, _regions(text, *span, hints), labelled=True)
            if parsed is None:
                continue
            e164, valid = parsed
            confidence = LABELLED if valid else POSSIBLE
            messenger = "messenger" in kinds or _MESSENGER_AFTER.match(text, span[1])
            if kinds - {"messenger", "fax"} or not messenger:
                pool.add("phone", e164, seg, span, confidence, "label")
            if messenger:
                pool.add("whatsapp", e164, seg, span, confidence, "label")
        for m in _INTERNATIONAL.finditer(text):
            span = _number_span(m, "number")
            if any(a < span[1] and span[0] < b for a, b in claimed):
                continue
            if _FAX_BEFORE.search(text, max(0, span[0] - 30), span[0]):
                continue
            claimed.append(span)
            parsed = _parse_phone(text[span[0] : span[1]], (), labelled=False)
            if parsed is not None:
                rule = "signature" if seg.kind == "signature" else "international"
                pool.add("phone", parsed[0], seg, span, _confidence(seg), rule)
        if doc.platform is None:
            _numbers_on_own_line(seg, claimed, hints, pool)
    return pool.ranked()


def _numbers_on_own_line(seg: Segment, claimed: list[tuple[int, int]], hints: Sequence[str],
                         pool: _Pool) -> None:  # fmt: skip
    """Signature lines that hold only numbers ("(909) 555-0148", "06-6543-2187 | ...")."""
    text = seg.text.translate(_FULLWIDTH)
    for line in _NUMBER_LINE.finditer(text):
        for m in _NUMBER_IN_LINE.finditer(text, line.start(), line.end()):
            span = _number_span(m, 0)
            raw = text[span[0] : span[1]]
            if any(a < span[1] and span[0] < b for a, b in claimed) or raw.isdigit():
                continue  # a plain digit run is an order or account number, not a phone
            parsed = _parse_phone(raw, _regions(text, *span, hints), labelled=False)
            if parsed is not None:
                pool.add("phone", parsed[0], seg, span, _confidence(seg), "number_line")


# ---------------------------------------------------------------- websites


def _sender_domains(doc: Document) -> tuple[set[str], set[str]]:
    """(the buyer's mail domains, domains of system senders such as a form mailer)."""
    own: set[str] = set()
    system: set[str] = set()
    addresses = [doc.sender_email or ""] + [e for _, e in doc.reply_to]
    for address in filter(None, addresses):
        reg = _registrable(address.rpartition("@")[2])
        if reg:
            (system if _is_system_address(address) else own).add(reg)
    return own, system - own


def find_websites(doc: Document) -> list[Candidate]:
    """Return the buyer's website as registrable domains ("nordictools.se"), best first."""
    own, system = _sender_domains(doc)
    skip = NOT_A_BUYER_SITE | system
    pool = _Pool()
    for seg in doc.segments():
        found: list[tuple[re.Match[str], float, str]] = [
            (m, LABELLED, "label") for m in _WEB_LABEL.finditer(seg.text)
        ]
        if doc.platform is None:  # a notification's links are the platform's
            rule = "signature" if seg.kind == "signature" else "text"
            for pattern in (_URL, _WWW, _DOMAIN_LINE):
                found += [(m, _confidence(seg), rule) for m in pattern.finditer(seg.text)]
        for m, confidence, rule in found:
            host = m.group("host").lower()
            domain = _registrable(host)
            if (
                not domain
                or domain in skip
                or host.rpartition(".")[2] in FILE_SUFFIXES
                or is_free_mail(domain)
            ):
                continue
            if domain in own:
                confidence = max(confidence, min(LABELLED, confidence + 0.1))
            pool.add("website", domain, seg, m.span("host"), confidence, rule)
    return pool.ranked()

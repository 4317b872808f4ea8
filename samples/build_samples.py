#!/usr/bin/env python3
"""Build the bundled demo mailbox ``samples/inquiries/``.

This script writes 38 raw RFC 5322 messages (``NN-short-slug.eml``) as they
would sit in the mailbox of an invented Chinese export manufacturer,
"Ningbo Everbright Tools Co., Ltd." (power tools, LED lighting, hardware,
solar garden lights; sales@everbright-tools.cn, reps anna.zhou@ and
kevin.li@everbright-tools.cn). It also writes
``samples/inquiries/labels.jsonl`` (one hand-assigned label per file, in the
field names of the lead-fields extraction contract) and ``samples/README.md``
(a table of the files).

Everything in the messages is invented: people, companies, domains, phone
numbers, inquiry ids. Phone numbers follow the numbering format of their
country; US, UK and Australian numbers come from the ranges those countries
reserve for fiction. IP addresses come from the documentation ranges, except
for the Google relays that deliver the Gmail messages.

The output is deterministic: dates, Message-IDs, MTA queue ids and MIME
boundaries are fixed, so a rerun gives byte-identical files. Files use LF line
endings, as a Maildir delivery agent stores them. Rerun from the repository
root with plain Python 3 (standard library only):

    python3 samples/build_samples.py

The messages are authored in MESSAGES below, in delivery order; their file
numbers follow that order.
"""

import base64
import datetime as dt
import hashlib
import html
import json
import pathlib
from email import base64mime, quoprimime, utils

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE / "inquiries"
MX = "mx1.everbright-tools.cn"
CST = dt.timezone(dt.timedelta(hours=8))

# --------------------------------------------------------------------------
# MIME building helpers (hand assembled so that every byte is under control)
# --------------------------------------------------------------------------

_Q_SAFE = set(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!*+-/")


def _codec(charset):
    return {"unicode-1-1-utf-7": "utf-7"}.get(charset.lower(), charset.lower())


def _q_encode(raw):
    out = []
    for byte in raw:
        if byte == 0x20:
            out.append("_")
        elif byte in _Q_SAFE:
            out.append(chr(byte))
        else:
            out.append("=%02X" % byte)
    return "".join(out)


def ew(text, charset, enc="B"):
    """RFC 2047 encoded words for ``text``, each at most 75 characters.

    The text is split on character boundaries and each chunk is encoded on
    its own, so stateful charsets (ISO-2022-JP) stay valid per word.
    """

    def word(chunk):
        raw = chunk.encode(_codec(charset))
        payload = base64.b64encode(raw).decode("ascii") if enc == "B" else _q_encode(raw)
        return "=?%s?%s?%s?=" % (charset, enc, payload)

    words, chunk = [], ""
    for ch in text:
        if chunk and len(word(chunk + ch)) > 75:
            words.append(word(chunk))
            chunk = ch
        else:
            chunk += ch
    if chunk:
        words.append(word(chunk))
    return " ".join(words)


def hdr(text, charset="utf-8", enc="B"):
    """Header text: ASCII passes through, anything else becomes encoded words."""
    if text.isascii():
        return text
    return ew(text, charset, enc)


def addr(name, email, charset="utf-8", enc="B"):
    if not name:
        return email
    if name.isascii():
        return utils.formataddr((name, email))
    return "%s <%s>" % (ew(name, charset, enc), email)


def fold(name, value):
    """Fold one header field at spaces to keep lines within 78 characters."""
    if "\n" in value:  # already folded by the author
        return "%s: %s" % (name, value)
    line = name + ":"
    lines = []
    for token in value.split(" "):
        if len(line) + 1 + len(token) > 78 and line.strip() and not line.endswith(":"):
            lines.append(line)
            line = " " + token
        else:
            line += " " + token
    lines.append(line)
    return "\n".join(lines)


class Part:
    """One MIME entity: header fields and the encoded body bytes."""

    def __init__(self, headers, body, text=None, children=(), desc=""):
        self.headers = headers          # list of (name, value)
        self.body = body                # bytes, already transfer-encoded
        self.text = text                # decoded text of a text part (for checks)
        self.children = list(children)
        self.desc = desc                # short structure description

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()


def _encode_body(raw, cte):
    if cte == "base64":
        return base64mime.body_encode(raw).encode("ascii")
    if cte == "quoted-printable":
        return quoprimime.body_encode(raw.decode("latin-1")).encode("ascii")
    if cte == "7bit":
        raw.decode("ascii")  # must be ASCII
        return raw
    if cte == "8bit":
        return raw
    raise ValueError(cte)


def text(content, subtype="plain", charset="utf-8", cte="base64", quote=True,
         flowed=False, extra=()):
    if not content.endswith("\n"):
        content += "\n"
    raw = content.encode(_codec(charset))
    body = _encode_body(raw, cte)
    if not body.endswith(b"\n"):
        body += b"\n"
    cs = '"%s"' % charset if quote else charset
    ctype = "text/%s; charset=%s" % (subtype, cs)
    if flowed:
        ctype += "; format=flowed"
    headers = [("Content-Type", ctype), ("Content-Transfer-Encoding", cte)]
    headers.extend(extra)
    short = {"base64": "b64", "quoted-printable": "QP"}.get(cte, cte)
    return Part(headers, body, text=content, desc="text/%s %s %s" % (subtype, charset, short))


def attachment(data, ctype, filename, charset=None):
    params = "%s; charset=%s; name=\"%s\"" % (ctype, charset, filename) if charset else \
        "%s; name=\"%s\"" % (ctype, filename)
    headers = [
        ("Content-Type", params),
        ("Content-Disposition", 'attachment; filename="%s"' % filename),
        ("Content-Transfer-Encoding", "base64"),
    ]
    body = base64mime.body_encode(data).encode("ascii")
    decoded = data.decode(_codec(charset)) if charset else None
    return Part(headers, body, text=decoded, desc="attachment %s (%s)" % (filename, ctype))


def multipart(subtype, boundary, parts, preamble="This is a multi-part message in MIME format."):
    chunks = []
    if preamble:
        chunks.append(preamble.encode("ascii") + b"\n")
    for part in parts:
        chunks.append(b"\n--" + boundary.encode("ascii") + b"\n")
        chunks.append(_header_block(part.headers))
        chunks.append(b"\n")
        chunks.append(part.body)
    chunks.append(b"\n--" + boundary.encode("ascii") + b"--\n")
    headers = [("Content-Type", 'multipart/%s;\n\tboundary="%s"' % (subtype, boundary))]
    desc = "multipart/%s[%s]" % (subtype, ", ".join(p.desc for p in parts))
    return Part(headers, b"".join(chunks), children=parts, desc=desc)


def _header_block(headers):
    lines = [fold(name, value) for name, value in headers]
    block = "\n".join(lines) + "\n"
    return block.encode("ascii")  # header fields must be 7-bit


def html_from_plain(content, font="Arial,sans-serif", charset="utf-8"):
    """A plausible HTML alternative for a plain text body ('>' becomes blockquote)."""

    def render(lines):
        out, i = [], 0
        while i < len(lines):
            if lines[i].startswith(">"):
                quoted = []
                while i < len(lines) and lines[i].startswith(">"):
                    rest = lines[i][1:]
                    quoted.append(rest[1:] if rest.startswith(" ") else rest)
                    i += 1
                out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid '
                           '#ccc;padding-left:1ex">\n' + render(quoted) + "\n</blockquote>")
            else:
                out.append(html.escape(lines[i], quote=False) + "<br>")
                i += 1
        return "\n".join(out)

    body = render(content.rstrip("\n").split("\n"))
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; '
            'charset=%s">\n</head>\n<body>\n<div style="font-family:%s;font-size:10pt">\n'
            "%s\n</div>\n</body>\n</html>\n" % (charset, font, body))


def _qid(seed, n=10):
    return hashlib.sha256(seed.encode("utf-8")).hexdigest()[:n].upper()


def tz(hours, minutes=0):
    return dt.timezone(dt.timedelta(hours=hours, minutes=minutes))


def rfcdate(when, zone_name=None):
    s = utils.format_datetime(when)
    return "%s (%s)" % (s, zone_name) if zone_name else s


def delivery(slug, rcpt, when, relay, ip, mail_from, spf="pass", dkim=None,
             submit=None, delay=None):
    """Trace and authentication fields added on the way to the mailbox.

    ``submit`` is the sender-side hop: (by_host, with_proto, from_clause or None).
    """
    digest = int(_qid(slug + "delay", 4), 16)
    delay = delay if delay is not None else 3 + digest % 40
    arrived = (when + dt.timedelta(seconds=delay)).astimezone(CST)
    domain = mail_from.rsplit("@", 1)[-1] if "@" in mail_from else None
    fields = [
        ("Return-Path", "<%s>" % mail_from),
        ("Delivered-To", rcpt),
        ("Received", "from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id 4%s\n\t"
                     "for <%s>; %s" % (relay, relay, ip, MX, _qid(slug, 11), rcpt,
                                        rfcdate(arrived, "CST"))),
    ]
    if domain:
        auth = "%s;\n\tspf=%s smtp.mailfrom=%s" % (MX, spf, domain)
    else:  # null reverse-path (auto-replies): SPF is checked on the HELO name
        auth = "%s;\n\tspf=%s smtp.helo=%s" % (MX, spf, relay)
    if dkim:
        auth += ";\n\tdkim=pass header.d=%s" % dkim
    elif spf != "pass":
        auth += ";\n\tdkim=none"
    fields.append(("Authentication-Results", auth))
    if submit:
        by_host, proto, from_clause = submit
        sent = when + dt.timedelta(seconds=1)
        src = "from %s\n\tby %s" % (from_clause, by_host) if from_clause else "by %s" % by_host
        fields.append(("Received", "%s with %s id %s;\n\t%s" % (
            src, proto, _qid(slug + "submit", 12), rfcdate(sent))))
    return fields


def P(name, quantity=None, unit=None, price=None, currency=None):
    return {"name": name, "quantity": quantity, "unit": unit,
            "target_price": price, "currency": currency}


def lead(company=None, contact=None, title=None, email=None, phone=None, country=None,
         website=None, products=(), incoterm=None, destination=None, payment=None,
         sample=False, certs=(), deadline=None):
    return {
        "company_name": company, "contact_name": contact, "contact_title": title,
        "email": email, "phone": phone, "country": country, "website": website,
        "products": list(products), "incoterm": incoterm, "destination": destination,
        "payment_terms": payment, "sample_request": sample,
        "certifications": list(certs), "deadline": deadline,
    }


NO_LEAD = lead()


def message(slug, when, headers, root, category, language, charset, notes,
            label=NO_LEAD, trace=()):
    return {
        "slug": slug, "when": when, "headers": list(trace) + list(headers),
        "root": root, "category": category, "language": language,
        "charset": charset, "notes": notes, "label": label,
    }


def render(msg):
    """The message as bytes: trace + header fields, MIME-Version, root entity."""
    fields = list(msg["headers"]) + [("MIME-Version", "1.0")] + list(msg["root"].headers)
    return _header_block(fields) + b"\n" + msg["root"].body


# --------------------------------------------------------------------------
# The mailbox
# --------------------------------------------------------------------------

SALES = "sales@everbright-tools.cn"
ANNA = "anna.zhou@everbright-tools.cn"
KEVIN = "kevin.li@everbright-tools.cn"
SALES_TO = addr("Ningbo Everbright Tools Co., Ltd.", SALES)


def build_messages():
    M = []

    # 01 ----------------------------------------------------------------- Alibaba
    when = dt.datetime(2026, 10, 1, 14, 3, 51, tzinfo=CST)
    plain = """\
Dear Anna Zhou,

You have received a new inquiry on Alibaba.com.

Buyer: Andrés Gómez
Country/Region: Colombia
Product: Solar Wall Light 100 LED PIR Motion Sensor Outdoor Waterproof
Quantity: 2000 Piece/Pieces
Inquiry ID: 10487651209
Received: 2026-10-01 14:03 (GMT+8)

Message preview:
"Hello, I am interested in your product. Please send me price list and catalog ..."

Reply within 24 hours to improve your response rate:
https://message.alibaba.com/message/messenger.htm#/inquiry/10487651209

Please do not reply to this email. This mailbox is not monitored.
Alibaba.com Singapore E-Commerce Private Limited
"""
    htmlbody = """\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="margin:0;background:#f5f5f5">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif;font-size:14px;color:#333">
<tr><td style="background:#ff6a00;color:#fff;padding:16px;font-size:20px">Alibaba.com</td></tr>
<tr><td style="padding:20px">
<p>Dear Anna Zhou,</p>
<p>You have received a <b>new inquiry</b> on Alibaba.com.</p>
<table cellpadding="4" style="font-size:14px">
<tr><td style="color:#999">Buyer</td><td>Andrés Gómez</td></tr>
<tr><td style="color:#999">Country/Region</td><td>Colombia</td></tr>
<tr><td style="color:#999">Product</td><td>Solar Wall Light 100 LED PIR Motion Sensor Outdoor Waterproof</td></tr>
<tr><td style="color:#999">Quantity</td><td>2000 Piece/Pieces</td></tr>
<tr><td style="color:#999">Inquiry ID</td><td>10487651209</td></tr>
</table>
<p style="color:#666">&quot;Hello, I am interested in your product. Please send me price list and catalog ...&quot;</p>
<p><a href="https://message.alibaba.com/message/messenger.htm#/inquiry/10487651209" style="background:#ff6a00;color:#fff;padding:10px 24px;text-decoration:none">Reply Now</a></p>
<p style="font-size:12px;color:#999">Please do not reply to this email. This mailbox is not monitored.<br>
Alibaba.com Singapore E-Commerce Private Limited</p>
</td></tr></table>
</body></html>
"""
    M.append(message(
        "alibaba-new-inquiry", when,
        [("From", addr("Alibaba.com", "no-reply@notice.alibaba.com")),
         ("To", addr("Anna Zhou", ANNA)),
         ("Subject", hdr("You have a new inquiry from Andrés Gómez (Colombia)", "UTF-8", "Q")),
         ("Date", rfcdate(when)),
         ("Message-ID", "<20261001140351.10487651209.inq@notice.alibaba.com>"),
         ("X-Alibaba-Mail-Type", "inquiry_notify")],
        multipart("alternative", "----=_Part_52817_1048765.1790834631000",
                  [text(plain, "plain", "UTF-8", "base64"),
                   text(htmlbody, "html", "UTF-8", "base64")], preamble=None),
        "notification", "en", "utf-8",
        "Alibaba.com new-inquiry notice from no-reply address, no Reply-To; buyer email not disclosed; inquiry id 10487651209",
        lead(contact="Andrés Gómez", country="CO",
             products=[P("Solar Wall Light 100 LED PIR Motion Sensor Outdoor Waterproof", 2000, "pcs")]),
        trace=delivery("alibaba-new-inquiry", ANNA, when, "out-mail-sg.notice.alibaba.com",
                       "198.51.100.61", "bounce-inq@notice.alibaba.com",
                       dkim="notice.alibaba.com")))

    # 02 ----------------------------------------------------------------- Sweden
    when = dt.datetime(2026, 10, 5, 9, 14, 23, tzinfo=tz(2))
    body = """\
Dear Sir/Madam,

We are a Swedish wholesaler of hand and power tools for professional users and
hardware stores in Sweden and Finland. We found your company on your website and
are interested in your 18V brushless range.

Please quote for:

1. EB-CD18 cordless drill 18V, 2 x 2.0Ah battery + charger in BMC case
   - 500 pcs, target USD 28.50/pc
2. EB-ID18 impact driver 18V, body only
   - 300 pcs, target USD 17.00/pc

Price FOB Ningbo please, destination port is Gothenburg.
Our normal payment is T/T 30% deposit, 70% against copy of B/L.
All goods must have CE and GS, and the manual in Swedish and Finnish (we send
the text).

Could you send 2 pcs samples of each to our office in Göteborg? We pay the
courier with our DHL account.

Please send your quotation before 15 November 2026, we place the spring orders
then.

Med vänliga hälsningar / Best regards

Johan Lindqvist
Purchasing Manager
Skärgård Verktyg AB
Importgatan 14, 422 46 Hisings Backa, Sweden
Tel: +46 31 742 18 60
Mobile/WhatsApp: +46 70 418 26 93
www.skargardverktyg.se
"""
    M.append(message(
        "cordless-drills-sweden", when,
        [("From", addr("Johan Lindqvist", "johan.lindqvist@skargardverktyg.se")),
         ("To", SALES),
         ("Subject", hdr("RFQ: 18V cordless drill / impact driver - Skärgård Verktyg AB", "UTF-8", "Q")),
         ("Date", rfcdate(when)),
         ("Message-ID", "<3f9c1e2a-7b44-4d0e-9a51-6c2d8e0b7f13@skargardverktyg.se>"),
         ("User-Agent", "Mozilla Thunderbird"),
         ("Content-Language", "en-GB")],
        text(body, "plain", "UTF-8", "quoted-printable", quote=False),
        "inquiry", "en", "utf-8",
        "full signature block (title, AB, phone, WhatsApp, website); Swedish letters in subject and signature",
        lead(company="Skärgård Verktyg AB", contact="Johan Lindqvist", title="Purchasing Manager",
             email="johan.lindqvist@skargardverktyg.se", phone="+46317421860", country="SE",
             website="skargardverktyg.se",
             products=[P("EB-CD18 cordless drill 18V", 500, "pcs", 28.5, "USD"),
                       P("EB-ID18 impact driver 18V", 300, "pcs", 17.0, "USD")],
             incoterm="FOB", destination="Gothenburg", payment="T/T", sample=True,
             certs=["CE", "GS"], deadline="2026-11-15"),
        trace=delivery("cordless-drills-sweden", SALES, when, "mail.skargardverktyg.se",
                       "198.51.100.23", "johan.lindqvist@skargardverktyg.se",
                       dkim="skargardverktyg.se",
                       submit=("mail.skargardverktyg.se (Postfix)", "ESMTPSA",
                               "[192.168.10.41] (unknown [203.0.113.14])"))))

    # 03 ----------------------------------------------------------------- USA, Gmail
    when = dt.datetime(2026, 10, 6, 19, 48, 30, tzinfo=tz(-7))
    us_first_id = "<CAK7vXq3Rz0_bM2pT8yQf1nWcE5hJ4dU9sLa6oGiYk+3xPvNq@mail.gmail.com>"
    body = """\
Hi,

saw your solar wall lights on your site. I run purchasing for a home improvement
distributor in California (Brennan Supply Co. LLC).

Looking for:
- solar motion sensor wall light, 100 LED, 3 modes - 5000 pcs
- solar pathway lights, stainless - 16,000 pcs

Need pricing DDP Los Angeles and lead time. Product must be FCC compliant.

I'm on my personal email for now, our IT is moving servers. Will write from the
company address soon.

Thanks
Mike Brennan
Brennan Supply Co. LLC
(909) 555-0148
"""
    M.append(message(
        "solar-lights-usa-gmail", when,
        [("From", addr("Mike Brennan", "mikebrennan.tools@gmail.com")),
         ("To", SALES),
         ("Subject", "solar lights quote"),
         ("Date", rfcdate(when)),
         ("Message-ID", us_first_id)],
        multipart("alternative", "000000000000a41f7c0613e5b2c8",
                  [text(body, "plain", "UTF-8", "7bit", quote=False),
                   text('<div dir="ltr">' + html.escape(body.rstrip("\n"), quote=False)
                        .replace("\n", "<br>") + "</div>\n", "html", "UTF-8", "7bit",
                        quote=False)], preamble=None),
        "inquiry", "en", "utf-8",
        "first contact from personal Gmail; same buyer writes again from corporate domain in 17-reorder-solar-lights-usa (dedupe pair)",
        lead(company="Brennan Supply Co. LLC", contact="Mike Brennan",
             email="mikebrennan.tools@gmail.com", phone="+19095550148", country="US",
             products=[P("solar motion sensor wall light, 100 LED", 5000, "pcs"),
                       P("solar pathway lights, stainless", 16000, "pcs")],
             incoterm="DDP", destination="Los Angeles", certs=["FCC"]),
        trace=delivery("solar-lights-usa-gmail", SALES, when, "mail-ej1-f54.google.com",
                       "209.85.218.54", "mikebrennan.tools@gmail.com", dkim="gmail.com",
                       submit=("2002:a17:907:7b8c:b0:a9e:41d2:5c07", "SMTP", None))))

    # 04 ----------------------------------------------------------------- Germany
    when = dt.datetime(2026, 10, 7, 10, 22, 5, tzinfo=tz(2))
    body = """\
Sehr geehrte Damen und Herren,

wir sind ein Großhändler für Beleuchtung und Elektroinstallationsmaterial mit Sitz
in Hamburg und beliefern Elektriker und Facility-Manager in Norddeutschland.

Für ein Projekt (Bürogebäude) benötigen wir ein Angebot über:

- LED-Panel 600x600 mm, 40 W, 4000 K, UGR<19, weißer Rahmen – 2.000 Stück
- Aufbaurahmen für obiges Panel – 2.000 Stück

Unser Zielpreis liegt bei 9,80 € pro Panel und 2,10 € pro Aufbaurahmen,
jeweils CIF Hamburg.
Die Ware muss CE- und RoHS-konform sein.
Zahlung: 30 % Anzahlung per T/T, Rest gegen B/L-Kopie.

Bitte senden Sie uns Ihr Angebot mit Datenblatt und Lieferzeit bis spätestens
16.10.2026. Die Ware sollte bis Mitte Dezember in Hamburg sein.

Mit freundlichen Grüßen

Sabine Krüger
Einkauf
Hanselicht Handelsgesellschaft mbH
Billstraße 112, 20539 Hamburg
Tel. +49 40 38617720
www.hanselicht-handel.de
"""
    M.append(message(
        "led-panels-germany", when,
        [("From", addr("Sabine Krüger", "s.krueger@hanselicht-handel.de", "windows-1252", "Q")),
         ("To", SALES),
         ("Subject", hdr("Anfrage LED-Panels 600x600 – Angebot bis 16.10.", "windows-1252", "Q")),
         ("Date", rfcdate(when)),
         ("Message-ID", "<000a01dc3f2e$7c1b9e40$7452dac0$@hanselicht-handel.de>"),
         ("X-Mailer", "Microsoft Outlook 16.0"),
         ("Thread-Index", "AdxPLnwb5NsDgJ1UQ3O0T2v1kL8aQw=="),
         ("Content-Language", "de")],
        text(body, "plain", "windows-1252", "quoted-printable"),
        "inquiry", "de", "windows-1252",
        "German; euro sign and en dash are windows-1252-only bytes (0x80, 0x96); '2.000 Stück' uses German thousands separator",
        lead(company="Hanselicht Handelsgesellschaft mbH", contact="Sabine Krüger",
             title="Einkauf", email="s.krueger@hanselicht-handel.de", phone="+494038617720",
             country="DE", website="hanselicht-handel.de",
             products=[P("LED-Panel 600x600 mm, 40 W", 2000, "pcs", 9.8, "EUR"),
                       P("Aufbaurahmen", 2000, "pcs", 2.1, "EUR")],
             incoterm="CIF", destination="Hamburg", payment="T/T",
             certs=["CE", "ROHS"], deadline="2026-10-16"),
        trace=delivery("led-panels-germany", SALES, when, "mout.hanselicht-handel.de",
                       "198.51.100.112", "s.krueger@hanselicht-handel.de",
                       dkim="hanselicht-handel.de",
                       submit=("mout.hanselicht-handel.de", "ESMTPSA",
                               "HLPC017 ([203.0.113.201])"))))

    # 05 ----------------------------------------------------------------- spam SEO
    when = dt.datetime(2026, 10, 8, 6, 31, 12, tzinfo=tz(5, 30))
    body = """\
Hi Team,

I was checking your website everbright-tools.cn and found that it is not
ranking on Google first page for important keywords like "cordless drill
manufacturer", "LED panel light supplier" and "solar garden light factory".

Your competitors are getting 300+ buyer leads every month from Google while
your website have many technical errors (slow loading, missing meta tags,
no backlinks, not mobile friendly).

We are a team of 45 certified SEO experts. We can bring your website on
Google 1st page within 90 days, guaranteed. Our packages start from only
USD 299/month, no setup fee.

If you are interested, reply "YES" and I will send you a FREE website audit
report and price list.

Best Regards,
Jessica Miller
Senior SEO Consultant
RankUp SEO Solutions

If you don't want to receive further emails, please reply "NO".
"""
    M.append(message(
        "seo-offer", when,
        [("From", addr("Jessica Miller", "jessica@rankupseo-solutions.net")),
         ("Reply-To", "jessicamiller.seoteam@gmail.com"),
         ("To", SALES),
         ("Subject", "Re: everbright-tools.cn - Google 1st page ranking proposal"),
         ("Date", rfcdate(when)),
         ("Message-ID", "<a81d3c0f5e6b49e2b7d0@rankupseo-solutions.net>")],
        text(body, "plain", "us-ascii", "7bit", quote=False),
        "spam", "en", "us-ascii",
        "SEO offer with fake 'Re:' subject and Reply-To to a Gmail address; pure ASCII",
        trace=delivery("seo-offer", SALES, when, "smtp14.bulkmail-relay.net", "192.0.2.77",
                       "bounce-7731@rankupseo-solutions.net", spf="neutral")))

    # 06 ----------------------------------------------------------------- Spain
    when = dt.datetime(2026, 10, 9, 12, 5, 40, tzinfo=tz(2))
    body = """\
Estimados señores:

Somos JardínLuz Distribuciones, S.L., distribuidor de iluminación exterior y
artículos de jardín para grandes superficies y tiendas de bricolaje en España
y Portugal.

Estamos interesados en los siguientes artículos de su catálogo:

1) Foco solar de pared con sensor PIR, 100 LED (modelo EB-SW100): 3.000 unidades
   Precio objetivo: 3,20 USD/ud.
2) Estaca solar de jardín, acero inoxidable, luz cálida (EB-GS01): 10.000 unidades
   Precio objetivo: 0,85 USD/ud.

Necesitamos precio CIF Valencia, con embalaje individual en caja de color con
código EAN.
Forma de pago: carta de crédito (L/C) a 60 días.
Los productos deben cumplir CE y RoHS.

¿Pueden enviarnos 3 muestras de cada modelo antes de confirmar el pedido?
La mercancía debe estar en nuestro almacén antes del 1 de marzo de 2027.

Quedamos a la espera de su respuesta.

Un saludo,

Javier Ortega Ruiz
Responsable de Compras
JardínLuz Distribuciones, S.L.
Polígono Industrial Fuente del Jarro, C/ Ciudad de Sevilla 23
46988 Paterna (Valencia)
Tel.: +34 961 32 47 80
www.jardinluz.es
"""
    M.append(message(
        "solar-garden-lights-spain", when,
        [("From", addr("Javier Ortega Ruiz", "compras@jardinluz.es")),
         ("To", SALES),
         ("Subject", hdr("Solicitud de cotización - luces solares de jardín", "ISO-8859-1", "Q")),
         ("Date", rfcdate(when)),
         ("Message-ID", "<5a2e91c4.1c69fb81.3e7d.04b2@jardinluz.es>"),
         ("X-Mailer", "Zimbra 10.0.8_GA_4611 (ZimbraWebClient - GC129 (Win)/10.0.8_GA_4611)")],
        text(body, "plain", "ISO-8859-1", "quoted-printable", quote=False),
        "inquiry", "es", "iso-8859-1",
        "Spanish; role address compras@ with person in signature; deadline as 'antes del 1 de marzo de 2027'",
        lead(company="JardínLuz Distribuciones, S.L.", contact="Javier Ortega Ruiz",
             title="Responsable de Compras", email="compras@jardinluz.es",
             phone="+34961324780", country="ES", website="jardinluz.es",
             products=[P("Foco solar de pared con sensor PIR, 100 LED", 3000, "pcs", 3.2, "USD"),
                       P("Estaca solar de jardín", 10000, "pcs", 0.85, "USD")],
             incoterm="CIF", destination="Valencia", payment="L/C", sample=True,
             certs=["CE", "ROHS"], deadline="2027-03-01"),
        trace=delivery("solar-garden-lights-spain", SALES, when, "mta02.jardinluz.es",
                       "198.51.100.46", "compras@jardinluz.es", dkim="jardinluz.es",
                       submit=("mta02.jardinluz.es (Postfix)", "LMTP", None))))

    # 07 ----------------------------------------------------------------- phishing Alibaba
    when = dt.datetime(2026, 10, 12, 3, 17, 44, tzinfo=tz(0))
    htmlbody = """\
<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">
<div style="max-width:600px;margin:auto;border:1px solid #eee">
<div style="background:#ff6a00;padding:14px 20px;color:#ffffff;font-size:22px;font-weight:bold">Alibaba.com</div>
<div style="padding:20px">
<p>Dear Supplier,</p>
<p>Our security system detected an unusual sign-in to your Alibaba.com Gold Supplier account
<b>everbright-tools</b> from a new device (IP 185.xx.xx.14, Lagos, Nigeria).</p>
<p>To protect your storefront, your account has been <b style="color:#d00">temporarily restricted</b>.
Buyers cannot send you new inquiries until you verify your account information.</p>
<p>Please verify within <b>24 hours</b>, otherwise your account and all product listings will be
suspended permanently.</p>
<p style="text-align:center;margin:28px 0">
<a href="http://alibaba.com.supplier-verify-center.top/login/?acc=everbright-tools&amp;t=8f2c1e907a"
 style="background:#ff6a00;color:#fff;padding:12px 30px;text-decoration:none;border-radius:4px">Verify My Account</a></p>
<p>Or copy this link: <a href="http://alibaba.com.supplier-verify-center.top/login/?acc=everbright-tools&amp;t=8f2c1e907a">https://login.alibaba.com/verify?acc=everbright-tools</a></p>
<p>Thank you for your cooperation.<br>Alibaba.com Account Security Team</p>
</div>
<div style="background:#f7f7f7;padding:12px 20px;font-size:11px;color:#999">
This is an automatically generated email, please do not reply.<br>
© 1999-2026 Alibaba.com. All rights reserved.</div>
</div>
</body>
</html>
"""
    M.append(message(
        "alibaba-verify-account", when,
        [("From", addr("Alibaba.com Security", "security@alibaba-supplier-center.com")),
         ("To", SALES),
         ("Subject", "[Action Required] Your Alibaba.com account has been restricted - verify within 24 hours"),
         ("Date", rfcdate(when)),
         ("Message-ID", "<1760239064.512837@vps-4d21.cloudnet-host.xyz>"),
         ("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)")],
        text(htmlbody, "html", "utf-8", "quoted-printable"),
        "phishing", "en", "utf-8",
        "fake Alibaba 'verify your account'; sender domain alibaba-supplier-center.com; link text shows login.alibaba.com but href goes to alibaba.com.supplier-verify-center.top; SPF softfail",
        trace=delivery("alibaba-verify-account", SALES, when, "vps-4d21.cloudnet-host.xyz",
                       "192.0.2.144", "www-data@vps-4d21.cloudnet-host.xyz", spf="softfail")))

    # 08 ----------------------------------------------------------------- Mexico (HTML only)
    when = dt.datetime(2026, 10, 13, 18, 40, 2, tzinfo=tz(-6))
    htmlbody = """\
<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Buenas tardes,</p>
<p>Mi nombre es Rodrigo Salinas, gerente de compras de <b>Ferretera Máxima de Occidente, S.A. de C.V.</b>,
distribuidora de herrajes y ferretería en Guadalajara, Jalisco.</p>
<p>Les solicitamos cotización de los siguientes productos:</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#dde4ee"><th>Producto</th><th>Cantidad</th><th>Precio objetivo</th></tr>
<tr><td>Bisagra de cazoleta 35 mm con cierre suave (soft close), niquelada</td><td>20,000 piezas</td><td>USD 0.28 / pieza</td></tr>
<tr><td>Corredera telescópica de extensión total 45 mm x 450 mm</td><td>5,000 pares</td><td>USD 2.15 / par</td></tr>
</table>
<p>Precio <b>FOB Ningbo</b>, puerto de destino Manzanillo, Colima.<br>
Forma de pago: T/T, 30% de anticipo y 70% contra copia del B/L.<br>
Favor de enviarnos muestras de ambos productos (podemos pagar el envío con nuestra cuenta FedEx).</p>
<p>Necesitamos la cotización a más tardar el <b>23 de octubre de 2026</b>, ya que presentaremos el proyecto a nuestro cliente.</p>
<p>Saludos cordiales,</p>
<p style="color:#1f3864">Ing. Rodrigo Salinas<br>
Gerente de Compras<br>
Ferretera Máxima de Occidente, S.A. de C.V.<br>
Av. Lázaro Cárdenas 2870, Col. Jardines del Bosque, Guadalajara, Jal.<br>
Tel. +52 33 3812 4590 &nbsp;|&nbsp; WhatsApp +52 33 1456 7821<br>
<a href="https://www.ferremax-occidente.com.mx">www.ferremax-occidente.com.mx</a></p>
</body>
</html>
"""
    M.append(message(
        "hinges-slides-mexico", when,
        [("From", addr("Ing. Rodrigo Salinas", "rsalinas@ferremax-occidente.com.mx")),
         ("To", SALES),
         ("Subject", hdr("Cotización bisagras y correderas para cajón – Ferremax", "UTF-8", "B")),
         ("Date", rfcdate(when)),
         ("Message-ID", "<SJ0PR13MB5861B2E47C0A9F3D1E6A8C41D4A92@SJ0PR13MB5861.namprd13.prod.outlook.com>"),
         ("Content-Language", "es-MX")],
        text(htmlbody, "html", "utf-8", "base64"),
        "inquiry", "es", "utf-8",
        "HTML-only body with a product table; pieces/pairs units; 'Ing.' honorific in display name",
        lead(company="Ferretera Máxima de Occidente, S.A. de C.V.", contact="Rodrigo Salinas",
             title="Gerente de Compras", email="rsalinas@ferremax-occidente.com.mx",
             phone="+523338124590", country="MX", website="ferremax-occidente.com.mx",
             products=[P("Bisagra de cazoleta 35 mm con cierre suave", 20000, "pcs", 0.28, "USD"),
                       P("Corredera telescópica de extensión total 45 mm x 450 mm", 5000, "pairs", 2.15, "USD")],
             incoterm="FOB", destination="Manzanillo", payment="T/T", sample=True,
             deadline="2026-10-23"),
        trace=delivery("hinges-slides-mexico", SALES, when,
                       "mail-dm6nam12on2071.outbound.protection.outlook.com", "198.51.100.207",
                       "rsalinas@ferremax-occidente.com.mx", dkim="ferremax-occidente.com.mx",
                       submit=("SJ0PR13MB5861.namprd13.prod.outlook.com", "HTTPS", None))))

    # 09 ----------------------------------------------------------------- Brazil
    when = dt.datetime(2026, 10, 14, 10, 10, 18, tzinfo=tz(-3))
    body = """\
Prezados,

Boa tarde. Sou comprador da Ferramentas Bandeirante Comércio e Importação Ltda.,
importadora de ferramentas elétricas em São Paulo.

Gostaríamos de receber cotação para:

- Esmerilhadeira angular 4 1/2" (115 mm) 850 W, 220 V, plugue padrão brasileiro
  (NBR 14136) - 2.400 peças - preço alvo US$ 11,50 por peça
- Disco de corte 4 1/2" para metal - 50.000 peças - preço alvo US$ 0,12 por peça

Condição: CIF Santos.
Pagamento: 30% antecipado via T/T e 70% contra cópia do BL.
O produto precisa de certificação INMETRO; por favor informar se vocês já
possuem o certificado ou se podem fazer o processo junto com nosso OCP.

Precisamos da proposta até 30/10/2026.

Atenciosamente,

Marcelo Antunes
Comprador Sênior
Ferramentas Bandeirante Comércio e Importação Ltda.
Av. Presidente Wilson, 2150 - Ipiranga - São Paulo/SP
Fone: +55 11 2063-4471 | Cel/WhatsApp: +55 11 98742-3316
www.ferramentas-bandeirante.com.br
"""
    M.append(message(
        "angle-grinders-brazil", when,
        [("From", addr("Marcelo Antunes", "marcelo@ferramentas-bandeirante.com.br")),
         ("To", SALES),
         ("Subject", hdr('Cotação esmerilhadeira angular 4 1/2" 220V', "ISO-8859-1", "Q")),
         ("Date", rfcdate(when)),
         ("Message-ID", "<e3b7a2d1c0f94e8a@ferramentas-bandeirante.com.br>"),
         ("X-Mailer", "Roundcube Webmail/1.6.9")],
        text(body, "plain", "ISO-8859-1", "quoted-printable"),
        "inquiry", "pt", "iso-8859-1",
        "Portuguese; INMETRO certification; deadline as dd/mm/yyyy",
        lead(company="Ferramentas Bandeirante Comércio e Importação Ltda.",
             contact="Marcelo Antunes", title="Comprador Sênior",
             email="marcelo@ferramentas-bandeirante.com.br", phone="+551120634471",
             country="BR", website="ferramentas-bandeirante.com.br",
             products=[P('Esmerilhadeira angular 4 1/2" (115 mm) 850 W', 2400, "pcs", 11.5, "USD"),
                       P('Disco de corte 4 1/2" para metal', 50000, "pcs", 0.12, "USD")],
             incoterm="CIF", destination="Santos", payment="T/T",
             certs=["INMETRO"], deadline="2026-10-30"),
        trace=delivery("angle-grinders-brazil", SALES, when, "smtp.ferramentas-bandeirante.com.br",
                       "198.51.100.155", "marcelo@ferramentas-bandeirante.com.br",
                       dkim="ferramentas-bandeirante.com.br",
                       submit=("smtp.ferramentas-bandeirante.com.br (Postfix)", "ESMTPA",
                               "webmail.ferramentas-bandeirante.com.br (localhost [127.0.0.1])"))))

    # 10 ----------------------------------------------------------------- Russia, KOI8-R
    when = dt.datetime(2026, 10, 15, 11, 30, 9, tzinfo=tz(3))
    body = """\
Добрый день!

Меня зовут Дмитрий Соколов, я менеджер по закупкам компании ООО "Светотехника-М"
(Москва). Мы занимаемся поставками освещения для муниципальных проектов.

Просим рассчитать стоимость:
1. Светильник уличный светодиодный 100 Вт, IP66, 5000K - 1 200 шт.
2. Светильник уличный светодиодный 150 Вт, IP66, 5000K - 600 шт.

Целевая цена: 100 Вт - 24 USD/шт., 150 Вт - 33 USD/шт.
Условия поставки: DAP Москва (через Забайкальск или морем через Санкт-Петербург,
предложите вариант).
Оплата: 100% T/T после инспекции товара перед отгрузкой.
Обязателен сертификат ЕАС (EAC), паспорт изделия на русском языке.

Также просим выслать по 1 образцу каждой модели.
Коммерческое предложение нужно до 28 октября 2026 г.

С уважением,
Дмитрий Соколов
Менеджер по закупкам
ООО "Светотехника-М"
тел.: +7 (495) 786-42-19
моб./WhatsApp: +7 916 235-78-04
www.svetotekhnika-msk.ru
"""
    M.append(message(
        "street-lights-russia", when,
        [("From", addr("Дмитрий Соколов", "d.sokolov@svetotekhnika-msk.ru", "KOI8-R", "B")),
         ("To", SALES),
         ("Subject", hdr("Запрос цены: уличные светодиодные светильники 100/150 Вт", "KOI8-R", "B")),
         ("Date", rfcdate(when)),
         ("Message-ID", "<1571906327.20261015113009@svetotekhnika-msk.ru>"),
         ("X-Mailer", "The Bat! (v10.4.4) Professional")],
        text(body, "plain", "KOI8-R", "8bit", quote=False),
        "inquiry", "ru", "koi8-r",
        "Russian in KOI8-R with 8bit transfer encoding; EAC; quantity '1 200' with space separator",
        lead(company='ООО "Светотехника-М"', contact="Дмитрий Соколов",
             title="Менеджер по закупкам", email="d.sokolov@svetotekhnika-msk.ru",
             phone="+74957864219", country="RU", website="svetotekhnika-msk.ru",
             products=[P("Светильник уличный светодиодный 100 Вт", 1200, "pcs", 24.0, "USD"),
                       P("Светильник уличный светодиодный 150 Вт", 600, "pcs", 33.0, "USD")],
             incoterm="DAP", destination="Москва", payment="T/T", sample=True,
             certs=["EAC"], deadline="2026-10-28"),
        trace=delivery("street-lights-russia", SALES, when, "mx.svetotekhnika-msk.ru",
                       "198.51.100.95", "d.sokolov@svetotekhnika-msk.ru",
                       dkim="svetotekhnika-msk.ru",
                       submit=("mx.svetotekhnika-msk.ru (Exim 4.97)", "esmtpsa",
                               "[203.0.113.58] (port=50412 helo=[192.168.0.104])"))))

    # 11 ----------------------------------------------------------------- Made-in-China
    when = dt.datetime(2026, 10, 16, 9, 12, 37, tzinfo=CST)
    plain = """\
Dear Kevin Li,

You have a new inquiry on Made-in-China.com.

Inquiry No.: MIC-INQ-2610-583920
Buyer: Ahmed Hassan
Company: Nile Power Trading Co.
Country: Egypt
Product: 100W LED Flood Light IP65 Outdoor SMD Floodlight
Purchase Quantity: 500 Pieces

Message:
Dear supplier, please send me your best price and delivery time for this item.
[Log in to view the full message]

For your safety, please reply through Made-in-China.com Message Center:
https://membercenter.made-in-china.com/messagecenter.do?xcase=inquiryDetail&id=MIC-INQ-2610-583920

This email was sent by Made-in-China.com. Replies to this address are relayed
to the buyer's inbox on the platform.
"""
    M.append(message(
        "made-in-china-inquiry", when,
        [("From", addr("Made-in-China.com", "noreply@made-in-china.com")),
         ("Reply-To", "inquiry-reply+8d41c2f0a9e3@relay.made-in-china.com"),
         ("To", addr("Kevin Li", KEVIN)),
         ("Subject", "[Made-in-China.com] New Inquiry from Ahmed Hassan (Egypt) - 100W LED Flood Light"),
         ("Date", rfcdate(when)),
         ("Message-ID", "<MIC-INQ-2610-583920.1760577157@mail.made-in-china.com>")],
        multipart("alternative", "=_mic_b7f3c90a21d84e55",
                  [text(plain, "plain", "utf-8", "quoted-printable"),
                   text(html_from_plain(plain), "html", "utf-8", "quoted-printable")],
                  preamble=None),
        "notification", "en", "utf-8",
        "Made-in-China.com inquiry notice; Reply-To is a masked platform relay, so no buyer email; inquiry no. MIC-INQ-2610-583920",
        lead(company="Nile Power Trading Co.", contact="Ahmed Hassan", country="EG",
             products=[P("100W LED Flood Light IP65 Outdoor SMD Floodlight", 500, "pcs")]),
        trace=delivery("made-in-china-inquiry", KEVIN, when, "smtp-out3.made-in-china.com",
                       "198.51.100.88", "bounce@mail.made-in-china.com",
                       dkim="made-in-china.com")))

    # 12 ----------------------------------------------------------------- Kazakhstan, cp1251
    when = dt.datetime(2026, 10, 19, 14, 5, 51, tzinfo=tz(5))
    body = """\
Здравствуйте!

Компания ТОО «СтройМарт Казахстан» — оптовый поставщик инструмента и
хозтоваров в Алматы и регионах. Просим выслать коммерческое предложение:

— Набор инструментов 108 предметов в пластиковом кейсе — 800 наборов,
  целевая цена 14,50 USD за набор;
— Набор отвёрток 32 в 1 с трещоткой — 3 000 шт., целевая цена 1,90 USD/шт.

Условия поставки: CPT Алматы (автотранспортом через Хоргос).
Оплата: T/T, 50% предоплата, 50% перед отгрузкой.
Необходим сертификат соответствия ТР ТС / ЕАЭС (EAC).

Пришлите, пожалуйста, прайс и фото упаковки. Образцы пока не нужны.

С уважением,
Айгерим Нурланова
Специалист отдела закупок
ТОО «СтройМарт Казахстан»
г. Алматы, пр. Райымбека, 348
Тел.: +7 727 355 40 18
WhatsApp: +7 701 482 91 76
stroymart.kz
"""
    M.append(message(
        "tool-sets-kazakhstan", when,
        [("From", addr("Айгерим Нурланова", "a.nurlanova@stroymart.kz", "windows-1251", "B")),
         ("To", SALES),
         ("Subject", hdr("Наборы инструментов — запрос КП", "windows-1251", "B")),
         ("Date", rfcdate(when)),
         ("Message-ID", "<1760864751.893412.a.nurlanova@stroymart.kz>"),
         ("X-Mailer", "Microsoft Outlook 16.0")],
        text(body, "plain", "windows-1251", "base64"),
        "inquiry", "ru", "windows-1251",
        "Russian from Kazakhstan in windows-1251 base64; guillemets and em dashes are cp1251-only bytes; 'samples not needed' (sample_request false)",
        lead(company="ТОО «СтройМарт Казахстан»", contact="Айгерим Нурланова",
             title="Специалист отдела закупок", email="a.nurlanova@stroymart.kz",
             phone="+77273554018", country="KZ", website="stroymart.kz",
             products=[P("Набор инструментов 108 предметов", 800, "sets", 14.5, "USD"),
                       P("Набор отвёрток 32 в 1", 3000, "pcs", 1.9, "USD")],
             incoterm="CPT", destination="Алматы", payment="T/T", sample=False,
             certs=["EAC"]),
        trace=delivery("tool-sets-kazakhstan", SALES, when, "mail.stroymart.kz",
                       "198.51.100.174", "a.nurlanova@stroymart.kz", dkim="stroymart.kz",
                       submit=("mail.stroymart.kz", "ESMTPSA", "SM-PC14 ([203.0.113.90])"))))

    # 13 ----------------------------------------------------------------- Saudi Arabia
    when = dt.datetime(2026, 10, 20, 9, 45, 16, tzinfo=tz(3))
    body = """\
السلام عليكم ورحمة الله وبركاته،

نحن شركة النور للتجارة والإنارة المحدودة، موزع معتمد لمنتجات الإنارة في المملكة العربية السعودية.
نرغب في الحصول على عرض سعر للمنتجات التالية:

١- كشاف LED يعمل بالطاقة الشمسية 200 واط مع ريموت - الكمية 1500 قطعة - السعر المستهدف 18 دولار أمريكي للقطعة
٢- كشاف LED يعمل بالطاقة الشمسية 300 واط مع ريموت - الكمية 1000 قطعة - السعر المستهدف 24 دولار أمريكي للقطعة

شروط التسليم: CFR جدة
طريقة الدفع: اعتماد مستندي (L/C) عند الاطلاع
يجب أن تكون المنتجات مطابقة لمتطلبات هيئة المواصفات SASO مع شهادة مطابقة عبر منصة سابر.
نرجو إرسال عينة واحدة من كل موديل للفحص.

نرجو إرسال العرض قبل 5 نوفمبر 2026.

مع التحية،
محمد العتيبي
مدير المشتريات
شركة النور للتجارة والإنارة المحدودة
جدة - المملكة العربية السعودية
جوال / واتساب: +966 55 318 7402
www.alnoor-lighting.com.sa
"""
    htmlbody = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                '</head>\n<body dir="rtl" style="font-family:Tahoma,Arial;font-size:12pt">\n'
                + "\n".join("<div>%s</div>" % (html.escape(line, quote=False) or "<br>")
                            for line in body.rstrip("\n").split("\n"))
                + "\n</body></html>\n")
    M.append(message(
        "solar-floodlights-saudi", when,
        [("From", addr("محمد العتيبي", "m.alotaibi@alnoor-lighting.com.sa", "UTF-8", "B")),
         ("To", SALES),
         ("Subject", hdr("طلب عرض سعر - كشافات LED تعمل بالطاقة الشمسية", "UTF-8", "B")),
         ("Date", rfcdate(when)),
         ("Message-ID", "<DB8P191MB1462C7E0A3B9F24D6E81C5A0E2952@DB8P191MB1462.EURP191.PROD.OUTLOOK.COM>"),
         ("Content-Language", "ar-SA")],
        multipart("alternative", "_000_DB8P191MB1462C7E0A3B9F24D6E81C5A0E2952DB8P191MB1462EURP_",
                  [text(body, "plain", "utf-8", "base64"),
                   text(htmlbody, "html", "utf-8", "base64")], preamble=None),
        "inquiry", "ar", "utf-8",
        "Arabic, right-to-left HTML alternative; SASO/SABER; Arabic-Indic list numbers, Western digits for quantities",
        lead(company="شركة النور للتجارة والإنارة المحدودة", contact="محمد العتيبي",
             title="مدير المشتريات", email="m.alotaibi@alnoor-lighting.com.sa",
             phone="+966553187402", country="SA", website="alnoor-lighting.com.sa",
             products=[P("كشاف LED يعمل بالطاقة الشمسية 200 واط", 1500, "pcs", 18.0, "USD"),
                       P("كشاف LED يعمل بالطاقة الشمسية 300 واط", 1000, "pcs", 24.0, "USD")],
             incoterm="CFR", destination="جدة", payment="L/C", sample=True,
             certs=["SASO"], deadline="2026-11-05"),
        trace=delivery("solar-floodlights-saudi", SALES, when,
                       "mail-am6eur05on2102.outbound.protection.outlook.com", "198.51.100.102",
                       "m.alotaibi@alnoor-lighting.com.sa", dkim="alnoor-lighting.com.sa",
                       submit=("DB8P191MB1462.EURP191.PROD.OUTLOOK.COM", "HTTPS", None))))

    # 14 ----------------------------------------------------------------- spam: buyer lists
    when = dt.datetime(2026, 10, 20, 22, 8, 33, tzinfo=tz(-4))
    htmlbody = """\
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>2026 Importers Database</title></head>
<body style="margin:0;background:#eef2f7;font-family:Verdana,Arial,sans-serif">
<table width="640" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#0b3d91;color:#fff;padding:24px;font-size:26px;text-align:center">
2026 VERIFIED IMPORTERS DATABASE<br><span style="font-size:16px">1.8 Million Buyers &bull; 190 Countries &bull; Updated Monthly</span></td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:1.6">
<p>Dear Exporter,</p>
<p>Stop waiting for inquiries! Get <b>direct contact details</b> of real importers who are buying
<b>power tools, LED lighting, hardware and solar products</b> right now:</p>
<ul>
<li>Company name, contact person, job title</li>
<li>Direct email &amp; mobile / WhatsApp numbers</li>
<li>HS code, shipment volume and last import date (customs data)</li>
</ul>
<p style="font-size:18px;color:#c00"><b>Special price this week: USD 199 for all countries (was USD 1,299) – 85% OFF!</b></p>
<p style="text-align:center"><a href="http://globalbuyers-data.com/order?src=em1020" style="background:#f39c12;color:#fff;padding:12px 28px;text-decoration:none;font-size:16px">DOWNLOAD FREE SAMPLE</a></p>
<p>Payment by PayPal, Western Union or USDT. Instant delivery in Excel format.</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#888">You received this email because your company is listed in public B2B directories.
<a href="http://globalbuyers-data.com/unsubscribe?e=sales%40everbright-tools.cn">Unsubscribe</a></td></tr>
</table>
</body></html>
"""
    M.append(message(
        "importer-database-offer", when,
        [("From", addr("Global Buyers Data", "offers@globalbuyers-data.com")),
         ("To", SALES),
         ("Subject", hdr("2026 Verified Importers Database – 1.8 Million Buyers – 85% OFF", "UTF-8", "Q")),
         ("Date", rfcdate(when)),
         ("Message-ID", "<20261021020833.7f3a91c5d2@globalbuyers-data.com>"),
         ("List-Unsubscribe", "<mailto:unsubscribe@globalbuyers-data.com?subject=unsubscribe>"),
         ("Precedence", "bulk")],
        text(htmlbody, "html", "utf-8", "quoted-printable"),
        "spam", "en", "utf-8",
        "marketing-list offer (importer database); HTML only; bulk headers",
        trace=delivery("importer-database-offer", SALES, when, "mta7.sendgrid-mailer.net",
                       "192.0.2.201", "bounces+4412@globalbuyers-data.com", spf="pass")))

    # 15 ----------------------------------------------------------------- UAE, Reply-To
    when = dt.datetime(2026, 10, 21, 16, 20, 45, tzinfo=tz(4))
    body = """\
Dear Anna,

Good day.

Further to our meeting at the Canton Fair last week, we have a warehouse lighting
project in Dubai South and request your best offer for the following:

  Item                                                 Qty        Target price
  LED UFO high bay 150W, 160 lm/W, IP65, 1-10V dimming  800 pcs    USD 21.00/pc
  LED UFO high bay 200W, same specification             400 pcs    USD 27.50/pc

Terms: CIF Jebel Ali
Payment: D/P at sight through our bank
Certification: CE and RoHS, 5 years warranty.

The goods must be on site by 15 December 2026, so please include your best
production lead time.

Kindly reply to me directly (Rahul) as our procurement mailbox is shared.

Best regards,

Rahul Menon
Procurement Engineer
Gulfstar General Trading FZE
Jebel Ali Free Zone, Dubai, UAE
T: +971 4 881 2375 | M: +971 50 627 4418
www.gulfstar-trading.ae
"""
    M.append(message(
        "high-bay-uae-replyto", when,
        [("From", addr("Gulfstar Procurement", "procurement@gulfstar-trading.ae")),
         ("Reply-To", addr("Rahul Menon", "rahul.menon@gulfstar-trading.ae")),
         ("To", addr("Anna Zhou", ANNA)),
         ("Cc", SALES),
         ("Subject", "Enquiry - LED high bay 150W & 200W for warehouse project / Jebel Ali"),
         ("Date", rfcdate(when)),
         ("Message-ID", "<PAXPR06MB7741F3A9D20C5E18B47A3E62C1B2A@PAXPR06MB7741.eurprd06.prod.outlook.com>"),
         ("Content-Language", "en-US")],
        multipart("alternative", "_000_PAXPR06MB7741F3A9D20C5E18B47A3E62C1B2APAXPR06MB7741eurp_",
                  [text(body, "plain", "us-ascii", "quoted-printable"),
                   text(html_from_plain(body, "Calibri,Arial,sans-serif", "us-ascii"), "html", "us-ascii",
                        "quoted-printable")], preamble=None),
        "inquiry", "en", "us-ascii",
        "shared procurement@ mailbox in From, Reply-To names the buyer (label email = Reply-To); table in plain text",
        lead(company="Gulfstar General Trading FZE", contact="Rahul Menon",
             title="Procurement Engineer", email="rahul.menon@gulfstar-trading.ae",
             phone="+97148812375", country="AE", website="gulfstar-trading.ae",
             products=[P("LED UFO high bay 150W", 800, "pcs", 21.0, "USD"),
                       P("LED UFO high bay 200W", 400, "pcs", 27.5, "USD")],
             incoterm="CIF", destination="Jebel Ali", payment="D/P",
             certs=["CE", "ROHS"], deadline="2026-12-15"),
        trace=delivery("high-bay-uae-replyto", ANNA, when,
                       "mail-db8eur06on2118.outbound.protection.outlook.com", "198.51.100.118",
                       "procurement@gulfstar-trading.ae", dkim="gulfstar-trading.ae",
                       submit=("PAXPR06MB7741.eurprd06.prod.outlook.com", "HTTPS", None))))

    # 16 ----------------------------------------------------------------- Turkey
    when = dt.datetime(2026, 10, 22, 11, 15, 3, tzinfo=tz(3))
    body = """\
Merhaba,

Anadolu Hırdavat ve Yapı Malzemeleri Ticaret A.Ş. olarak İstanbul'da hırdavat
toptan satışı yapıyoruz. Aşağıdaki ürünler için fiyat teklifinizi rica ederiz:

1. Pirinç asma kilit 40 mm, 3 anahtarlı - 12.000 adet, hedef fiyat 0,95 USD/adet
2. Paslanmaz çelik kapı menteşesi 4"x3" - 8.000 çift, hedef fiyat 1,10 USD/çift

Teslim şekli: CIF Ambarlı (İstanbul)
Ödeme: T/T, %30 avans, %70 konşimento kopyası karşılığı
Ürünlerin CE ve TSE belgeli olması gerekmektedir.

Her üründen 2'şer adet numune gönderebilir misiniz?
Teklifinizi 6 Kasım 2026 tarihine kadar bekliyoruz.

Saygılarımızla,

Emre Yıldız
Satın Alma Uzmanı
Anadolu Hırdavat ve Yapı Malzemeleri Ticaret A.Ş.
Perpa Ticaret Merkezi B Blok Kat 7, Şişli / İstanbul
Tel: +90 212 320 45 67
Mobil: +90 532 614 28 90
www.anadoluhirdavat.com.tr
"""
    M.append(message(
        "padlocks-hinges-turkey", when,
        [("From", addr("Emre Yıldız", "emre.yildiz@anadoluhirdavat.com.tr", "ISO-8859-9", "Q")),
         ("To", SALES),
         ("Subject", hdr("Fiyat teklifi talebi - asma kilit ve kapı menteşesi", "ISO-8859-9", "Q")),
         ("Date", rfcdate(when)),
         ("Message-ID", "<7c2f0d4b-1e9a-4a63-b5d8-2f61e03c9a77@anadoluhirdavat.com.tr>"),
         ("User-Agent", "Mozilla Thunderbird")],
        text(body, "plain", "ISO-8859-9", "quoted-printable", quote=False),
        "inquiry", "tr", "iso-8859-9",
        "Turkish in ISO-8859-9 (dotless i, s-cedilla, g-breve); hinges quoted in pairs ('çift')",
        lead(company="Anadolu Hırdavat ve Yapı Malzemeleri Ticaret A.Ş.", contact="Emre Yıldız",
             title="Satın Alma Uzmanı", email="emre.yildiz@anadoluhirdavat.com.tr",
             phone="+902123204567", country="TR", website="anadoluhirdavat.com.tr",
             products=[P("Pirinç asma kilit 40 mm", 12000, "pcs", 0.95, "USD"),
                       P('Paslanmaz çelik kapı menteşesi 4"x3"', 8000, "pairs", 1.1, "USD")],
             incoterm="CIF", destination="Ambarlı", payment="T/T", sample=True,
             certs=["CE", "TSE"], deadline="2026-11-06"),
        trace=delivery("padlocks-hinges-turkey", SALES, when, "mail.anadoluhirdavat.com.tr",
                       "198.51.100.133", "emre.yildiz@anadoluhirdavat.com.tr",
                       dkim="anadoluhirdavat.com.tr",
                       submit=("mail.anadoluhirdavat.com.tr (Postfix)", "ESMTPSA",
                               "[10.20.1.57] (unknown [203.0.113.145])"))))

    # 17 ----------------------------------------------------------------- USA, corporate reply
    when = dt.datetime(2026, 10, 22, 8, 12, 26, tzinfo=tz(-7))
    kevin_reply_id = "<b2e0f6d1-4c8a-4f3e-9d27-5a1c3e8b0f42@everbright-tools.cn>"
    body = """\
Hi Kevin,

Thanks for the quote and the video. Switching to my work email now.

Your price for the EB-SW100 at USD 4.10 DDP Los Angeles is too high for us. We
can do USD 3.65/pc if we increase the order to 8,000 pcs. For the pathway
lights, 16,000 pcs at USD 1.05 is OK.

Payment would be T/T, 30% deposit and 70% before shipment.

Please send 2 samples of the wall light with the new PIR sensor to our
warehouse in Ontario, CA – we’ll pay FedEx. Also please confirm you have the
FCC Part 15 report.

We need the goods in our LA warehouse before February 12, 2027 for the spring
promo.

Best,
Mike Brennan
Purchasing Director
Brennan Supply Co. LLC
4120 E Airport Dr, Ontario, CA 91761
Office: (909) 555-0148 | Cell: (909) 555-0173
www.brennansupply.com

On Thu, Oct 8, 2026 at 7:15 PM Kevin Li <kevin.li@everbright-tools.cn> wrote:
> Dear Mike,
>
> Thank you for your inquiry. Please find our offer DDP Los Angeles:
> 1. EB-SW100 solar wall light, 100 LED, PIR: USD 4.10/pc, MOQ 3000 pcs
> 2. EB-SP08 solar pathway light, stainless: USD 1.05/pc
> Lead time 35 days after deposit. FCC report available.
>
> Best regards,
> Kevin Li
> Sales Manager | Ningbo Everbright Tools Co., Ltd.
>
> On Wed, Oct 7, 2026 at 10:48 AM Mike Brennan <mikebrennan.tools@gmail.com> wrote:
>> Hi,
>>
>> saw your solar wall lights on your site. I run purchasing for a home
>> improvement distributor in California (Brennan Supply Co. LLC).
>> [...]
"""
    M.append(message(
        "reorder-solar-lights-usa", when,
        [("From", addr("Mike Brennan", "mike.brennan@brennansupply.com")),
         ("To", addr("Kevin Li", KEVIN)),
         ("Subject", "Re: solar lights quote"),
         ("Date", rfcdate(when)),
         ("Message-ID", "<CAJ2nLw8p_T4rVqZ0eH6kYc+1sGd9mXo3uB7fNiQa5RtWzE2vjg@mail.gmail.com>"),
         ("In-Reply-To", kevin_reply_id),
         ("References", "%s\n %s" % (us_first_id, kevin_reply_id))],
        multipart("alternative", "0000000000003c9e1f0614a7d2b3",
                  [text(body, "plain", "UTF-8", "quoted-printable"),
                   text(html_from_plain(body), "html", "UTF-8", "quoted-printable")],
                  preamble=None),
        "inquiry", "en", "utf-8",
        "reply with quoted history ('On ... wrote:', two levels); same buyer as 03 but from corporate domain (dedupe pair); label only the new text",
        lead(company="Brennan Supply Co. LLC", contact="Mike Brennan", title="Purchasing Director",
             email="mike.brennan@brennansupply.com", phone="+19095550148", country="US",
             website="brennansupply.com",
             products=[P("EB-SW100 solar wall light", 8000, "pcs", 3.65, "USD"),
                       P("pathway lights", 16000, "pcs", 1.05, "USD")],
             incoterm="DDP", destination="Los Angeles", payment="T/T", sample=True,
             certs=["FCC"], deadline="2027-02-12"),
        trace=delivery("reorder-solar-lights-usa", KEVIN, when, "mail-pj1-f41.google.com",
                       "209.85.216.41", "mike.brennan@brennansupply.com",
                       dkim="brennansupply.com",
                       submit=("2002:a17:90b:3e86:b0:2e2:c4f1:77aa", "SMTP", None))))

    # 18 ----------------------------------------------------------------- phishing Made-in-China (zh)
    when = dt.datetime(2026, 10, 23, 4, 51, 9, tzinfo=CST)
    htmlbody = """\
<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'Microsoft YaHei',SimSun,sans-serif;font-size:14px">
<div style="width:620px;margin:0 auto;border:1px solid #ddd">
<div style="background:#d7000f;color:#fff;padding:12px 18px;font-size:20px">中国制造网 Made-in-China.com</div>
<div style="padding:18px;line-height:1.8">
<p>尊敬的会员：您好！</p>
<p>系统检测到您的账户 <b>everbright-tools</b> 于 2026年10月23日 03:12 在异地（尼日利亚 拉各斯）登录，存在被盗风险。</p>
<p>为保障您的账户及询盘安全，您的账户已被临时冻结。请在 <b style="color:#d7000f">48小时内</b> 点击下方链接完成身份验证，
逾期未验证的账户将被永久关闭，所有产品信息将下线，买家询盘将无法接收。</p>
<p style="text-align:center"><a href="http://made-in-china.com.member-verify.cc/login.html?uid=everbright-tools" style="background:#d7000f;color:#fff;padding:10px 30px;text-decoration:none">立即验证</a></p>
<p>如按钮无法点击，请复制以下链接到浏览器打开：<br>
<a href="http://made-in-china.com.member-verify.cc/login.html?uid=everbright-tools">https://membercenter.made-in-china.com/verify</a></p>
<p>中国制造网 会员服务中心<br>客服热线：400-XXX-XXXX</p>
</div>
<div style="background:#f4f4f4;padding:10px 18px;font-size:12px;color:#999">此邮件由系统自动发出，请勿直接回复。</div>
</div>
</body>
</html>
"""
    M.append(message(
        "made-in-china-account-phish", when,
        [("From", addr("中国制造网 会员服务", "service@made-in-china-member.cc", "UTF-8", "B")),
         ("To", SALES),
         ("Subject", hdr("【中国制造网】您的会员账户存在异常，请于48小时内完成验证", "UTF-8", "B")),
         ("Date", rfcdate(when)),
         ("Message-ID", "<20261023045109.E41C2@made-in-china-member.cc>")],
        text(htmlbody, "html", "utf-8", "base64"),
        "phishing", "zh", "utf-8",
        "fake Made-in-China.com account freeze in Chinese; sender domain made-in-china-member.cc; href to made-in-china.com.member-verify.cc; SPF fail",
        trace=delivery("made-in-china-account-phish", SALES, when, "unknown.hostbrr-vps.net",
                       "192.0.2.19", "service@made-in-china-member.cc", spf="fail")))

    # 19 ----------------------------------------------------------------- Japan, ISO-2022-JP
    when = dt.datetime(2026, 10, 26, 10, 5, 42, tzinfo=tz(9))
    body = """\
Ningbo Everbright Tools Co., Ltd.
営業ご担当者様

突然のご連絡失礼いたします。
ひかり商事株式会社 購買部の佐藤と申します。
弊社は大阪を拠点に、ホームセンター向けにLED照明の卸売を行っております。

貴社ウェブサイトを拝見し、下記製品のお見積りをお願いしたくご連絡いたしました。

・LED電球 A60 9W E26口金 昼光色 6500K
　数量：20,000個　希望単価：0.62米ドル
・LED電球 A60 9W E26口金 電球色 2700K
　数量：10,000個　希望単価：0.62米ドル

貿易条件：FOB寧波（仕向港：大阪港）
支払条件：T/T（船積み後30日）
PSEマーク（電気用品安全法）の取得が必須となります。

まずは各色5個ずつサンプルをお送りいただけますでしょうか。
お見積りは11月6日までにいただけますと幸いです。

何卒よろしくお願い申し上げます。

────────────────────
ひかり商事株式会社
購買部 課長
佐藤 健一
〒550-0013 大阪市西区新町2-4-11
TEL：06-6543-2187　FAX：06-6543-2188
URL：https://www.hikari-shoji.co.jp
────────────────────
"""
    M.append(message(
        "led-bulbs-japan-iso2022jp", when,
        [("From", addr("佐藤 健一", "k.sato@hikari-shoji.co.jp", "ISO-2022-JP", "B")),
         ("To", SALES),
         ("Subject", hdr("LED電球のお見積り依頼（E26口金）", "ISO-2022-JP", "B")),
         ("Date", rfcdate(when)),
         ("Message-ID", "<20261026100542.8A3F.4E2C9B71@hikari-shoji.co.jp>"),
         ("X-Mailer", "Becky! ver. 2.81.04 [ja]")],
        text(body, "plain", "ISO-2022-JP", "7bit", quote=False),
        "inquiry", "ja", "iso-2022-jp",
        "Japanese in ISO-2022-JP (7bit); PSE; deadline '11月6日' without year (2026 from context); 購買部 課長 as title",
        lead(company="ひかり商事株式会社", contact="佐藤 健一", title="購買部 課長",
             email="k.sato@hikari-shoji.co.jp", phone="+81665432187", country="JP",
             website="hikari-shoji.co.jp",
             products=[P("LED電球 A60 9W E26口金 昼光色 6500K", 20000, "pcs", 0.62, "USD"),
                       P("LED電球 A60 9W E26口金 電球色 2700K", 10000, "pcs", 0.62, "USD")],
             incoterm="FOB", destination="大阪港", payment="T/T", sample=True,
             certs=["PSE"], deadline="2026-11-06"),
        trace=delivery("led-bulbs-japan-iso2022jp", SALES, when, "smtp.hikari-shoji.co.jp",
                       "198.51.100.189", "k.sato@hikari-shoji.co.jp", dkim="hikari-shoji.co.jp",
                       submit=("smtp.hikari-shoji.co.jp (Postfix)", "ESMTPA",
                               "HS-PC22 (unknown [203.0.113.171])"))))

    # 20 ----------------------------------------------------------------- UK, Outlook reply
    when = dt.datetime(2026, 10, 26, 14, 32, 7, tzinfo=tz(0))
    anna_quote_id = "<a7d4c2e9-0b61-4f8e-8c3a-91e5d7f02b68@everbright-tools.cn>"
    body = """\
Hi Anna,

Thanks for the quotation. We’ve reviewed it with our sales team and would like
to go ahead with a trial order, subject to price:

- 50W LED floodlight, IP65, 4000K, black – 1,500 pcs at £6.20 (your price £6.85)
- 100W LED floodlight, IP65, 4000K, black – 800 pcs at £11.40

CIF Felixstowe. Payment 30% deposit by T/T, 70% against copy B/L as per your
quote. Products must be UKCA and CE marked, with 1m H07RN-F cable.

Please can you send one sample of each by DHL before we sign off?
We’d need the goods shipped no later than 30 November 2026.

Kind regards,

Oliver Hartley
Buying Manager
Hartley & Sons Trade Supplies Ltd
Unit 7, Brookfield Industrial Estate, Leeds LS11 5QR
T: +44 113 496 0815
M: +44 7700 900462
www.hartleyandsons-trade.co.uk

-----Original Message-----
From: Anna Zhou <anna.zhou@everbright-tools.cn>
Sent: 23 October 2026 09:17
To: Oliver Hartley <o.hartley@hartleyandsons-trade.co.uk>
Subject: Quotation EB-Q2610-118 - LED flood lights

Dear Oliver,

Thanks for your inquiry. Please see our quotation, CIF Felixstowe:

50W LED floodlight IP65 4000K, black: GBP 6.85/pc
100W LED floodlight IP65 4000K, black: GBP 12.10/pc

Payment: 30% T/T deposit, 70% against B/L copy. Delivery: 30-35 days.
Samples are free, courier cost on buyer’s account.

Best regards,
Anna Zhou
Sales Manager – Ningbo Everbright Tools Co., Ltd.
Tel: +86 574 8812 3456 | WhatsApp: +86 139 5742 8816
"""
    M.append(message(
        "floodlights-uk-outlook-reply", when,
        [("From", addr("Oliver Hartley", "o.hartley@hartleyandsons-trade.co.uk")),
         ("To", addr("Anna Zhou", ANNA)),
         ("Subject", "RE: Quotation EB-Q2610-118 - LED flood lights"),
         ("Date", rfcdate(when)),
         ("Message-ID", "<LO4P265MB6012A3F27D9C1E04B58E2A71B9C32@LO4P265MB6012.GBRP265.PROD.OUTLOOK.COM>"),
         ("In-Reply-To", anna_quote_id),
         ("References", anna_quote_id),
         ("Thread-Topic", "Quotation EB-Q2610-118 - LED flood lights"),
         ("Thread-Index", "AQHdRCbFq0x2m7JeQkS5fW9oXr1nZQ=="),
         ("Content-Language", "en-GB")],
        multipart("alternative", "_000_LO4P265MB6012A3F27D9C1E04B58E2A71B9C32LO4P265MB6012GBRP_",
                  [text(body, "plain", "windows-1252", "quoted-printable"),
                   text(html_from_plain(body, "Aptos,Calibri,sans-serif", "windows-1252"), "html",
                        "windows-1252", "quoted-printable")], preamble=None),
        "inquiry", "en", "windows-1252",
        "Outlook reply with '-----Original Message-----' history; pound sign, curly apostrophe and en dash in windows-1252; counter-offer prices are the target prices",
        lead(company="Hartley & Sons Trade Supplies Ltd", contact="Oliver Hartley",
             title="Buying Manager", email="o.hartley@hartleyandsons-trade.co.uk",
             phone="+441134960815", country="GB", website="hartleyandsons-trade.co.uk",
             products=[P("50W LED floodlight", 1500, "pcs", 6.2, "GBP"),
                       P("100W LED floodlight", 800, "pcs", 11.4, "GBP")],
             incoterm="CIF", destination="Felixstowe", payment="T/T", sample=True,
             certs=["UKCA", "CE"], deadline="2026-11-30"),
        trace=delivery("floodlights-uk-outlook-reply", ANNA, when,
                       "mail-lo4gbr01on2093.outbound.protection.outlook.com", "198.51.100.93",
                       "o.hartley@hartleyandsons-trade.co.uk",
                       dkim="hartleyandsons-trade.co.uk",
                       submit=("LO4P265MB6012.GBRP265.PROD.OUTLOOK.COM", "HTTPS", None))))

    # 21 ----------------------------------------------------------------- Poland
    when = dt.datetime(2026, 10, 27, 9, 5, 19, tzinfo=tz(1))
    body = """\
Dzień dobry,

nazywam się Paweł Wiśniewski i odpowiadam za zakupy w firmie Bałtykon Sp. z o.o.
z Gdańska. Jesteśmy dystrybutorem narzędzi i oświetlenia roboczego dla
budownictwa.

Prosimy o ofertę na:
1. Naświetlacz LED akumulatorowy 20 W, 2000 lm, IP54, ładowanie USB-C
   - 2 500 szt., cena docelowa 7,40 EUR/szt.
2. Lampa warsztatowa LED 10 W z magnesem i hakiem
   - 4 000 szt., cena docelowa 3,10 EUR/szt.

Warunki dostawy: CIF Gdańsk.
Płatność: przelew T/T, 30% zaliczki, 70% przed wysyłką.
Wymagane: CE, RoHS oraz instrukcja w języku polskim.

Prosimy o przesłanie próbek (po 2 szt. z każdego modelu), koszt kuriera
pokryjemy. Ofertę potrzebujemy do 9 listopada 2026 r.

Z poważaniem
Paweł Wiśniewski
Kierownik Działu Zakupów
Bałtykon Sp. z o.o.
ul. Marynarki Polskiej 71, 80-557 Gdańsk
tel. +48 58 342 17 65
kom. +48 601 274 583
www.baltykon.pl
"""
    M.append(message(
        "work-lights-poland", when,
        [("From", addr("Paweł Wiśniewski", "p.wisniewski@baltykon.pl", "ISO-8859-2", "Q")),
         ("To", SALES),
         ("Subject", hdr("Zapytanie ofertowe - naświetlacze LED i lampy warsztatowe", "ISO-8859-2", "Q")),
         ("Date", rfcdate(when)),
         ("Message-ID", "<c91e5a7f-3b20-48d6-a4f1-0e7b9d2c6a55@baltykon.pl>"),
         ("User-Agent", "Mozilla Thunderbird")],
        text(body, "plain", "ISO-8859-2", "quoted-printable", quote=False),
        "inquiry", "pl", "iso-8859-2",
        "Polish in ISO-8859-2; 'szt.' = pcs; quantities with space thousands separator",
        lead(company="Bałtykon Sp. z o.o.", contact="Paweł Wiśniewski",
             title="Kierownik Działu Zakupów", email="p.wisniewski@baltykon.pl",
             phone="+48583421765", country="PL", website="baltykon.pl",
             products=[P("Naświetlacz LED akumulatorowy 20 W", 2500, "pcs", 7.4, "EUR"),
                       P("Lampa warsztatowa LED 10 W z magnesem", 4000, "pcs", 3.1, "EUR")],
             incoterm="CIF", destination="Gdańsk", payment="T/T", sample=True,
             certs=["CE", "ROHS"], deadline="2026-11-09"),
        trace=delivery("work-lights-poland", SALES, when, "smtp.baltykon.pl", "198.51.100.58",
                       "p.wisniewski@baltykon.pl", dkim="baltykon.pl",
                       submit=("smtp.baltykon.pl (Postfix)", "ESMTPSA",
                               "[192.168.1.33] (host-203-0-113-66.baltykon.pl [203.0.113.66])"))))

    # 22 ----------------------------------------------------------------- Global Sources
    when = dt.datetime(2026, 10, 28, 21, 40, 14, tzinfo=CST)
    plain = """\
Dear Supplier,

A buyer has sent you a new inquiry on Global Sources.

Inquiry reference: GS-INQ-7731920456
Buyer name: Daniel Tremblay
Company: Tremblay Éclairage Inc.
Country/Region: Canada
Buyer email: d*******@t*********.ca (visible after you reply on Global Sources)
Product: LED Panel Light 600x600mm 40W, 4000K, CCT selectable
Order quantity: 3,000 Units

Reply now: https://www.globalsources.com/supplier-center/inquiries/GS-INQ-7731920456

Tip: suppliers who reply within 12 hours are 3x more likely to win the order.

This is a system message from Global Sources. Please do not reply to this email.
"""
    M.append(message(
        "global-sources-inquiry", when,
        [("From", addr("Global Sources", "no-reply@globalsources.com")),
         ("To", SALES),
         ("Subject", "New inquiry for LED Panel Light 600x600mm 40W from Canada (GS-INQ-7731920456)"),
         ("Date", rfcdate(when)),
         ("Message-ID", "<0100019a2c7f3e41-8d2b6c15-4a7e-4f0b-b9c3-7e21d5a08f64-000000@email.globalsources.com>")],
        multipart("alternative", "----=_NextPart_GS_7731920456",
                  [text(plain, "plain", "UTF-8", "quoted-printable"),
                   text(html_from_plain(plain), "html", "UTF-8", "quoted-printable")],
                  preamble=None),
        "notification", "en", "utf-8",
        "Global Sources inquiry notice; buyer email masked, no Reply-To; 'Units' counted as pcs",
        lead(company="Tremblay Éclairage Inc.", contact="Daniel Tremblay", country="CA",
             products=[P("LED Panel Light 600x600mm 40W", 3000, "pcs")]),
        trace=delivery("global-sources-inquiry", SALES, when, "a48-112.smtp-out.email.globalsources.com",
                       "198.51.100.48", "bounce@email.globalsources.com",
                       dkim="globalsources.com")))

    # 23 ----------------------------------------------------------------- Taiwan, Big5
    when = dt.datetime(2026, 10, 29, 14, 20, 55, tzinfo=tz(8))
    body = """\
您好：

我們是台中的宏泰五金股份有限公司，主要經營家具五金的進出口與批發。
在貴公司網站上看到抽屜滑軌產品，想請您報價以下品項：

1. 三節式滾珠滑軌 45mm x 400mm（冷軋鋼，鍍鋅）
   數量：6,000 對，目標價：每對 1.85 美元
2. 緩衝鉸鏈 35mm 杯徑
   數量：30,000 個，目標價：每個 0.26 美元

交易條件：FOB 寧波，目的港：台中港
付款方式：T/T 30% 訂金，70% 見提單副本付清
請先寄樣品各 10 個，快遞費用由我們支付。
請於 2026 年 11 月 10 日前提供報價，謝謝。

林志明 Jimmy Lin
採購經理
宏泰五金股份有限公司
台中市西屯區工業區三十八路 158 號
電話：+886 4 2359 6871
LINE / WhatsApp：+886 932 458 716
www.hongtai-hw.com.tw
"""
    M.append(message(
        "drawer-slides-taiwan-big5", when,
        [("From", addr("林志明", "jm.lin@hongtai-hw.com.tw", "Big5", "B")),
         ("To", SALES),
         ("Subject", hdr("詢價：三節式滑軌及緩衝鉸鏈", "Big5", "B")),
         ("Date", rfcdate(when)),
         ("Message-ID", "<002301dc47c5$9e4a1b80$dade5280$@hongtai-hw.com.tw>"),
         ("X-Mailer", "Microsoft Outlook 16.0")],
        text(body, "plain", "big5", "base64"),
        "inquiry", "zh", "big5",
        "Traditional Chinese in Big5 base64; slides in pairs (對); name also given in English",
        lead(company="宏泰五金股份有限公司", contact="林志明", title="採購經理",
             email="jm.lin@hongtai-hw.com.tw", phone="+886423596871", country="TW",
             website="hongtai-hw.com.tw",
             products=[P("三節式滾珠滑軌 45mm x 400mm", 6000, "pairs", 1.85, "USD"),
                       P("緩衝鉸鏈 35mm 杯徑", 30000, "pcs", 0.26, "USD")],
             incoterm="FOB", destination="台中港", payment="T/T", sample=True,
             deadline="2026-11-10"),
        trace=delivery("drawer-slides-taiwan-big5", SALES, when, "ms1.hongtai-hw.com.tw",
                       "198.51.100.166", "jm.lin@hongtai-hw.com.tw", dkim="hongtai-hw.com.tw",
                       submit=("ms1.hongtai-hw.com.tw", "ESMTPA", "HT-PC08 ([203.0.113.129])"))))

    # 24 ----------------------------------------------------------------- Malaysia, GB2312
    when = dt.datetime(2026, 10, 30, 11, 5, 28, tzinfo=tz(8))
    body = """\
安娜你好，

我是马来西亚联发五金贸易有限公司（Lianfa Hardware Trading Sdn. Bhd.）的采购陈伟杰。
上个月在广交会上拿了你们的目录，现在有以下需求，请报价：

1. 太阳能草坪灯（不锈钢，暖光）EB-GS01：8000 支，目标价 0.80 美元/支
2. LED 球泡灯 A60 12W E27 白光：15000 个，目标价 0.75 美元/个

价格请报 CIF 巴生港（Port Klang）。
付款方式：T/T，30%定金，余款见提单复印件付清。
LED 灯泡需要有 SIRIM 认证，请确认贵司是否可以提供。
如可以，请先寄两个样品到我们吉隆坡的办公室。
我们希望在 2026年11月20日 前确定供应商。

谢谢！

陈伟杰
采购主管
联发五金贸易有限公司
Lianfa Hardware Trading Sdn. Bhd.
电话：+60 3-5882 4716
手机/WhatsApp：+60 12-387 5521
网站：www.lianfa-hardware.com.my
"""
    M.append(message(
        "solar-lawn-bulbs-malaysia-gb2312", when,
        [("From", addr("陈伟杰", "weijie.chen@lianfa-hardware.com.my", "GB2312", "B")),
         ("To", addr("Anna Zhou", ANNA)),
         ("Subject", hdr("询价：太阳能草坪灯和LED球泡灯", "GB2312", "B")),
         ("Date", rfcdate(when)),
         ("Message-ID", "<202610301105282718463@lianfa-hardware.com.my>"),
         ("X-Mailer", "Foxmail 7.2.25.228[cn]")],
        text(body, "plain", "GB2312", "base64"),
        "inquiry", "zh", "gb2312",
        "Simplified Chinese in GB2312 base64 from a Malaysian buyer; company given in Chinese and English (label uses the legal English name)",
        lead(company="Lianfa Hardware Trading Sdn. Bhd.", contact="陈伟杰", title="采购主管",
             email="weijie.chen@lianfa-hardware.com.my", phone="+60358824716", country="MY",
             website="lianfa-hardware.com.my",
             products=[P("太阳能草坪灯（不锈钢，暖光）EB-GS01", 8000, "pcs", 0.8, "USD"),
                       P("LED 球泡灯 A60 12W E27 白光", 15000, "pcs", 0.75, "USD")],
             incoterm="CIF", destination="Port Klang", payment="T/T", sample=True,
             certs=["SIRIM"], deadline="2026-11-20"),
        trace=delivery("solar-lawn-bulbs-malaysia-gb2312", ANNA, when, "mail.lianfa-hardware.com.my",
                       "198.51.100.214", "weijie.chen@lianfa-hardware.com.my",
                       dkim="lianfa-hardware.com.my",
                       submit=("mail.lianfa-hardware.com.my", "ESMTPA",
                               "LF-PC03 (unknown [203.0.113.35])"))))

    # 25 ----------------------------------------------------------------- out of office
    when = dt.datetime(2026, 10, 30, 9, 2, 11, tzinfo=tz(1))
    followup_id = "<e5c81b3a-62d7-4f09-b4a1-7d3f0e9c2a16@everbright-tools.cn>"
    body = """\
Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 06.11.2026 nicht im
Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht
weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an unser Einkaufsteam:
einkauf@hanselicht-handel.de, Tel. +49 40 38617700.

Dear Sir or Madam,

thank you for your message. I am out of the office until 6 November 2026
inclusive. For urgent matters please contact einkauf@hanselicht-handel.de.

Mit freundlichen Grüßen / Best regards
Sabine Krüger
Hanselicht Handelsgesellschaft mbH
"""
    M.append(message(
        "out-of-office-germany", when,
        [("From", addr("Krüger, Sabine", "s.krueger@hanselicht-handel.de", "utf-8", "B")),
         ("To", addr("Anna Zhou", ANNA)),
         ("Subject", "Automatische Antwort: AW: Angebot EB-Q2610-097 LED-Panel 600x600 - Nachfrage"),
         ("Date", rfcdate(when)),
         ("Message-ID", "<8b1e4f0c6a2d4e7f9c3b5a1d0e2f4c6b@hanselicht-handel.de>"),
         ("In-Reply-To", followup_id),
         ("References", followup_id),
         ("Auto-Submitted", "auto-replied"),
         ("X-Auto-Response-Suppress", "All"),
         ("Content-Language", "de-DE")],
        text(body, "plain", "utf-8", "base64"),
        "other", "de", "utf-8",
        "out-of-office auto-reply (Auto-Submitted: auto-replied) from the buyer of 04; German and English; no inquiry content",
        trace=delivery("out-of-office-germany", ANNA, when, "mout.hanselicht-handel.de",
                       "198.51.100.112", "", dkim="hanselicht-handel.de")))

    # 26 ----------------------------------------------------------------- Nigeria
    when = dt.datetime(2026, 10, 31, 13, 22, 47, tzinfo=tz(1))
    body = """\
Good day sir/ma,

My name is Chukwuemeka Okafor, CEO of Emeka Okafor Global Ventures Ltd, we are
importer of solar product and electricals in Lagos Nigeria. We see your product
on internet and we are interested.

Kindly send me your best price for below items:

1. All in one solar street light 100W with pole bracket - 500pcs
2. All in one solar street light 200W - 300pcs
3. Solar flood light 300W - 1000pcs

Our target price is $15 for the 100W, $25 for the 200W and $22 for the flood
light 300W. Price should be CIF Lagos (Apapa port). We pay by T/T, 50% deposit
and balance before loading.

Product must have SONCAP certificate because of clearing in Nigeria.
Also i need sample of the 100W first to show my customer, i will pay the DHL.

Reply urgent, we want to place order before end of November.

Thanks and God bless.

Chukwuemeka Okafor (CEO)
Emeka Okafor Global Ventures Ltd
14 Ojuelegba Road, Surulere, Lagos, Nigeria.
Tel/WhatsApp: +234 803 562 7184
"""
    M.append(message(
        "solar-street-lights-nigeria", when,
        [("From", addr("CHUKWUEMEKA OKAFOR", "emekaokafor.ventures@gmail.com")),
         ("To", SALES),
         ("Subject", "REQUEST FOR QUOTATION ALL IN ONE SOLAR STREET LIGHT"),
         ("Date", rfcdate(when)),
         ("Message-ID", "<CAPz4Hn0+Qd7sWkL2mXb9eYtR1vFjU6aC3oGhN8iKpZr5wEqT2A@mail.gmail.com>")],
        multipart("alternative", "000000000000f2b81c0613f9c4a7",
                  [text(body, "plain", "UTF-8", "7bit", quote=False),
                   text('<div dir="ltr">' + html.escape(body.rstrip("\n"), quote=False)
                        .replace("\n", "<br>") + "</div>\n", "html", "UTF-8", "7bit",
                        quote=False)], preamble=None),
        "inquiry", "en", "utf-8",
        "broken English from Gmail, all-caps display name and subject; SONCAP; 'before end of November' is not an explicit date",
        lead(company="Emeka Okafor Global Ventures Ltd", contact="Chukwuemeka Okafor",
             title="CEO", email="emekaokafor.ventures@gmail.com", phone="+2348035627184",
             country="NG",
             products=[P("All in one solar street light 100W", 500, "pcs", 15.0, "USD"),
                       P("All in one solar street light 200W", 300, "pcs", 25.0, "USD"),
                       P("Solar flood light 300W", 1000, "pcs", 22.0, "USD")],
             incoterm="CIF", destination="Lagos", payment="T/T", sample=True,
             certs=["SONCAP"]),
        trace=delivery("solar-street-lights-nigeria", SALES, when, "mail-wm1-f49.google.com",
                       "209.85.128.49", "emekaokafor.ventures@gmail.com", dkim="gmail.com",
                       submit=("2002:a05:600c:4f11:b0:431:5e3d:88c2", "SMTP", None))))

    # 27 ----------------------------------------------------------------- India, contact form, NO Message-ID
    when = dt.datetime(2026, 11, 1, 22, 47, 9, tzinfo=CST)
    body = """\
New submission from contact form

Name: Priya Raghavan
Company: Shree Ganesh Electricals Pvt. Ltd.
Email: priya.raghavan@shreeganesh-electricals.in
Phone: +91 98201 47356
Country: India
Product interest: LED Lighting

Message:
Hello, we are electrical distributor in Mumbai supplying to contractors. Need
quotation for LED batten 20W 4ft qty 10000 pcs and LED downlight 12W round
recessed qty 6000 pcs. Target price for batten is USD 1.35 and downlight USD
1.10. BIS registration (IS 16102) is compulsory for import in India, please
confirm you have BIS R-number. Price CIF Nhava Sheva (JNPT), payment by LC at
sight. Kindly share catalogue and price latest by 12 Nov 2026. Thank you 🙏

--
This e-mail was sent from a contact form on Ningbo Everbright Tools Co., Ltd.
(https://www.everbright-tools.cn)
Submitted: 2026-11-01 22:47:09 | IP: 203.0.113.87
"""
    M.append(message(
        "contact-form-india-no-msgid", when,
        [("From", addr("Everbright Website", "wordpress@everbright-tools.cn")),
         ("Reply-To", addr("Priya Raghavan", "priya.raghavan@shreeganesh-electricals.in")),
         ("To", SALES),
         ("Subject", "[Everbright Tools] New submission from contact form"),
         ("Date", rfcdate(when)),
         ("X-Mailer", "WPMailSMTP/Mailer/smtp 4.1.1")],
        text(body, "plain", "UTF-8", "8bit", quote=False),
        "inquiry", "en", "utf-8",
        "website contact-form forward, buyer in Reply-To and form fields (no website stated); deliberately NO Message-ID header (exercises hash-based idempotency); UTF-8 8bit with an emoji",
        lead(company="Shree Ganesh Electricals Pvt. Ltd.", contact="Priya Raghavan",
             email="priya.raghavan@shreeganesh-electricals.in", phone="+919820147356",
             country="IN",
             products=[P("LED batten 20W 4ft", 10000, "pcs", 1.35, "USD"),
                       P("LED downlight 12W round recessed", 6000, "pcs", 1.1, "USD")],
             incoterm="CIF", destination="Nhava Sheva", payment="L/C",
             certs=["BIS"], deadline="2026-11-12"),
        trace=delivery("contact-form-india-no-msgid", SALES, when, "web01.everbright-tools.cn",
                       "203.0.113.10", "wordpress@everbright-tools.cn", dkim=None, delay=1)))

    # 28 ----------------------------------------------------------------- Singapore, GBK
    when = dt.datetime(2026, 11, 2, 9, 40, 36, tzinfo=tz(8))
    body = """\
Kevin 您好，

我是新加坡南洋建材私人有限公司（Nanyang Buildmart Pte. Ltd.）的采购经理李喆。
我司主要做建材和五金工具批发，客户以本地承包商和五金店为主。

现有以下采购需求，请报价：

1. 角磨机 EB-AG125，125mm，1010W，英规插头（BS 1363）
   数量：600 台，目标价：USD 13.20/台
2. 冲击钻 EB-ID13，13mm，750W，英规插头
   数量：400 台，目标价：USD 15.80/台

贸易条款：CIF Singapore
付款方式：T/T，30%预付，70%见提单副本
认证：需要 CE 认证。
样品：请各寄 1 台样品，样品费和运费我们可以用 PayPal 支付。
交期：希望货物在 2026年12月18日 前到港。

谢谢，期待您的回复！

李喆 (Li Zhe)
采购经理
Nanyang Buildmart Pte. Ltd.
Tel: +65 6748 3921
Mobile/WhatsApp: +65 9127 4460
www.nanyang-buildmart.com.sg
"""
    M.append(message(
        "grinders-drills-singapore-gbk", when,
        [("From", addr("李喆", "lizhe@nanyang-buildmart.com.sg", "GBK", "B")),
         ("To", addr("Kevin Li", KEVIN)),
         ("Subject", hdr("关于角磨机和冲击钻的采购询价", "GBK", "B")),
         ("Date", rfcdate(when)),
         ("Message-ID", "<tencent_6E8F2B1A9C4D7E05F3A2B1C8@qq-exmail-sg.nanyang-buildmart.com.sg>"),
         ("X-Mailer", "Foxmail 7.2.25.375[cn]")],
        multipart("alternative", "----=_NextPart_6726A4F4_0B3E7C10_5D2A91E8",
                  [text(body, "plain", "GBK", "base64"),
                   text(html_from_plain(body, "'Microsoft YaHei',SimSun", "gbk"), "html", "GBK",
                        "base64")]),
        "inquiry", "zh", "gbk",
        "Simplified Chinese in GBK; buyer's given name 喆 is outside GB2312 (decoding as GB2312 fails); PayPal only for sample fees",
        lead(company="Nanyang Buildmart Pte. Ltd.", contact="李喆", title="采购经理",
             email="lizhe@nanyang-buildmart.com.sg", phone="+6567483921", country="SG",
             website="nanyang-buildmart.com.sg",
             products=[P("角磨机 EB-AG125", 600, "pcs", 13.2, "USD"),
                       P("冲击钻 EB-ID13", 400, "pcs", 15.8, "USD")],
             incoterm="CIF", destination="Singapore", payment="T/T", sample=True,
             certs=["CE"], deadline="2026-12-18"),
        trace=delivery("grinders-drills-singapore-gbk", KEVIN, when,
                       "smtpbgsg2.nanyang-buildmart.com.sg", "198.51.100.226",
                       "lizhe@nanyang-buildmart.com.sg", dkim="nanyang-buildmart.com.sg")))

    # 29 ----------------------------------------------------------------- Vietnam, CSV attachment
    when = dt.datetime(2026, 11, 3, 10, 30, 4, tzinfo=tz(7))
    body = """\
Dear Everbright team,

Please find attached our RFQ list for Q1 2027 (CSV file, 5 items).
Kindly quote your best price CIF Hai Phong and the lead time for each item.

Payment: T/T 30% deposit, 70% before shipment.
We also need 1 sample of the 12V cordless drill for testing.
Please send your quotation before 13/11/2026.

Best regards,
Nguyễn Văn Hùng (Mr.)
Import Manager
Kim Long Trading Co., Ltd (Công ty TNHH Thương mại Kim Long)
No. 45 Lạch Tray, Ngô Quyền, Hải Phòng, Vietnam
Tel: +84 225 3745 218
Zalo/WhatsApp: +84 912 604 385
www.kimlong-trading.vn
"""
    csv_data = """\
item_no,description,qty,unit,target_price_usd,ghi_chu
1,Cordless drill 12V with 1 battery,600,pcs,14.80,màu cam/đen
2,Hammer drill 13mm 710W,400,pcs,12.50,
3,Claw hammer 16oz fiberglass handle,3000,pcs,1.60,
4,Tape measure 5m x 19mm,5000,pcs,0.55,in logo Kim Long
5,"Screwdriver set 6pcs, CR-V",2000,sets,1.20,vỉ treo
""".replace("\n", "\r\n").encode("utf-8")
    M.append(message(
        "rfq-csv-vietnam", when,
        [("From", addr("Nguyễn Văn Hùng", "hung.nguyen@kimlong-trading.vn", "UTF-8", "B")),
         ("To", SALES),
         ("Subject", "RFQ hardware & tools Q1 2027 - Kim Long Trading (list attached)"),
         ("Date", rfcdate(when)),
         ("Message-ID", "<6f2a8d41-93b7-4c5e-a0d2-1b8e7f3c9d04@kimlong-trading.vn>"),
         ("User-Agent", "Mozilla Thunderbird")],
        multipart("mixed", "------------7Kq2vB9xR4mT1pLw8ZcN0sYd",
                  [text(body, "plain", "UTF-8", "quoted-printable", quote=False, flowed=True),
                   attachment(csv_data, "text/csv", "RFQ_KimLong_Q1-2027.csv", "UTF-8")]),
        "inquiry", "en", "utf-8",
        "multipart/mixed with a base64 CSV RFQ (UTF-8, CRLF rows, Vietnamese notes column); products come from the attachment",
        lead(company="Kim Long Trading Co., Ltd", contact="Nguyễn Văn Hùng", title="Import Manager",
             email="hung.nguyen@kimlong-trading.vn", phone="+842253745218", country="VN",
             website="kimlong-trading.vn",
             products=[P("Cordless drill 12V with 1 battery", 600, "pcs", 14.8, "USD"),
                       P("Hammer drill 13mm 710W", 400, "pcs", 12.5, "USD"),
                       P("Claw hammer 16oz fiberglass handle", 3000, "pcs", 1.6, "USD"),
                       P("Tape measure 5m x 19mm", 5000, "pcs", 0.55, "USD"),
                       P("Screwdriver set 6pcs, CR-V", 2000, "sets", 1.2, "USD")],
             incoterm="CIF", destination="Hai Phong", payment="T/T", sample=True,
             deadline="2026-11-13"),
        trace=delivery("rfq-csv-vietnam", SALES, when, "mail.kimlong-trading.vn",
                       "198.51.100.71", "hung.nguyen@kimlong-trading.vn",
                       dkim="kimlong-trading.vn",
                       submit=("mail.kimlong-trading.vn (Postfix)", "ESMTPSA",
                               "[192.168.1.20] (unknown [203.0.113.77])"))))

    # 30 ----------------------------------------------------------------- Japan, Shift_JIS
    when = dt.datetime(2026, 11, 4, 15, 30, 12, tzinfo=tz(9))
    body = """\
ご担当者様

はじめまして。
株式会社ソラノガーデン 商品部の田中と申します。
弊社はガーデニング用品の通信販売を行っております。

来春の販売に向けて、ソーラーガーデンライトの仕入先を探しております。
下記の条件でお見積りをいただけますでしょうか。

品名：ソーラーストリングライト 50球 電球色
数量：5,000セット
希望単価：2.80米ドル

品名：ソーラースポットライト（2個入り）
数量：3,000箱
希望単価：4.50米ドル

貿易条件：CIF東京
支払方法：L/C一覧払い
RoHS対応品であることが条件です。
納期：2027年2月15日までに東京港着を希望します。

サンプルは有償でも構いませんので、各1点お送りください。

よろしくお願いいたします。

株式会社ソラノガーデン
商品部 バイヤー
田中 美咲
〒151-0053 東京都渋谷区代々木3-22-7
TEL 03-5321-8864
https://www.sorano-garden.jp
"""
    M.append(message(
        "solar-string-lights-japan-sjis", when,
        [("From", addr("田中 美咲", "tanaka@sorano-garden.jp", "ISO-2022-JP", "B")),
         ("To", SALES),
         ("Subject", hdr("ソーラーガーデンライトのお見積りについて", "ISO-2022-JP", "B")),
         ("Date", rfcdate(when)),
         ("Message-ID", "<TYCP286MB2174E3B09A1F5C62D8E47B91C2D52@TYCP286MB2174.JPNP286.PROD.OUTLOOK.COM>"),
         ("Content-Language", "ja-JP")],
        text(body, "plain", "Shift_JIS", "base64"),
        "inquiry", "ja", "shift_jis",
        "Japanese body in Shift_JIS base64 while the header words are ISO-2022-JP (common mix); sets and boxes units",
        lead(company="株式会社ソラノガーデン", contact="田中 美咲", title="商品部 バイヤー",
             email="tanaka@sorano-garden.jp", phone="+81353218864", country="JP",
             website="sorano-garden.jp",
             products=[P("ソーラーストリングライト 50球 電球色", 5000, "sets", 2.8, "USD"),
                       P("ソーラースポットライト（2個入り）", 3000, "boxes", 4.5, "USD")],
             incoterm="CIF", destination="東京", payment="L/C", sample=True,
             certs=["ROHS"], deadline="2027-02-15"),
        trace=delivery("solar-string-lights-japan-sjis", SALES, when,
                       "mail-os0jpn01on2061.outbound.protection.outlook.com", "198.51.100.61",
                       "tanaka@sorano-garden.jp", dkim="sorano-garden.jp",
                       submit=("TYCP286MB2174.JPNP286.PROD.OUTLOOK.COM", "HTTPS", None))))

    # 31 ----------------------------------------------------------------- Chile
    when = dt.datetime(2026, 11, 4, 11, 50, 27, tzinfo=tz(-3))
    body = """\
Hola, buenos días:

Les escribo de Comercial Ferretera Andina SpA, importador de ferretería e
iluminación con sucursales en Santiago y Concepción.

Necesitamos cotizar lo siguiente:

- Ampolleta LED A60 9W E27 luz fría: 30.000 unidades, precio objetivo US$ 0,48 c/u
- Foco proyector LED 50W IP65: 1.200 unidades, precio objetivo US$ 5,90 c/u

Incoterm: FOB Ningbo, destino puerto San Antonio.
Pago: carta de crédito irrevocable a la vista.
Los productos deben contar con certificación SEC para poder ingresar a Chile.
¿Es posible recibir muestras de ambos productos?

Necesitamos la mercadería en bodega antes del 15 de enero de 2027.

Saludos cordiales,

Camila Fuentes Araya
Jefa de Importaciones
Comercial Ferretera Andina SpA
Av. Américo Vespucio 1501, Quilicura, Santiago
+56 2 2948 3170 | +56 9 8412 6637
www.ferreteriaandina.cl
"""
    M.append(message(
        "led-bulbs-chile", when,
        [("From", addr("Camila Fuentes", "cfuentes@ferreteriaandina.cl")),
         ("To", SALES),
         ("Subject", hdr("Cotización ampolletas LED y focos proyectores", "UTF-8", "Q")),
         ("Date", rfcdate(when)),
         ("Message-ID", "<CAM8yKq1w+RtZ3pD0xVb7nJc4sEhL9fA2oGiU6mQk5TzYr1NwBg@mail.gmail.com>")],
        multipart("alternative", "0000000000008d5a210614b3e9f7",
                  [text(body, "plain", "UTF-8", "quoted-printable"),
                   text(html_from_plain(body), "html", "UTF-8", "quoted-printable")],
                  preamble=None),
        "inquiry", "es", "utf-8",
        "Chilean Spanish (ampolleta, bodega), Google Workspace multipart/alternative UTF-8 QP; SEC certification; SpA",
        lead(company="Comercial Ferretera Andina SpA", contact="Camila Fuentes Araya",
             title="Jefa de Importaciones", email="cfuentes@ferreteriaandina.cl",
             phone="+56229483170", country="CL", website="ferreteriaandina.cl",
             products=[P("Ampolleta LED A60 9W E27 luz fría", 30000, "pcs", 0.48, "USD"),
                       P("Foco proyector LED 50W IP65", 1200, "pcs", 5.9, "USD")],
             incoterm="FOB", destination="San Antonio", payment="L/C", sample=True,
             certs=["SEC"], deadline="2027-01-15"),
        trace=delivery("led-bulbs-chile", SALES, when, "mail-qt1-f172.google.com",
                       "209.85.160.172", "cfuentes@ferreteriaandina.cl",
                       dkim="ferreteriaandina.cl",
                       submit=("2002:ac8:5a4e:0:b0:460:8c1d:2f3a", "SMTP", None))))

    # 32 ----------------------------------------------------------------- Australia, txt attachment
    when = dt.datetime(2026, 11, 5, 16, 5, 48, tzinfo=tz(11))
    body = """\
Hi Anna,

As discussed on WhatsApp, attached is our RFQ for the solar garden range for
our spring 2027 catalogue.

Key points:
- Prices CIF Melbourne, in USD
- Payment T/T 30% deposit, 70% against copy B/L
- RCM marking where applicable (chargers/adaptors)
- 2 samples of each line please
- Quote due 20 November 2026

Cheers,
Sarah Mitchell
Category Buyer - Outdoor & Garden
Outback Hardware Supplies Pty Ltd
12 Fulton Drive, Derrimut VIC 3026
P: (03) 5550 4821
M: 0491 570 158
outbackhardware.com.au
"""
    rfq_txt = """\
OUTBACK HARDWARE SUPPLIES PTY LTD - REQUEST FOR QUOTATION
RFQ no: RFQ-2611-04                       Date: 05/11/2026
Supplier: Ningbo Everbright Tools Co., Ltd.
Incoterm: CIF Melbourne                   Currency: USD

Line  Description                                  Qty    Unit  Target USD
1     Solar fence light 8 LED black (2 pack)       6000   sets  3.10
2     Solar festoon string light 10m, 20 bulbs     4000   pcs   6.80
3     Solar spotlight 400lm with remote            2500   pcs   7.40

Quote due: 20/11/2026
Payment: T/T 30% deposit, 70% against copy B/L
Compliance: RCM where applicable, IP65 minimum, AS/NZS plug on adaptors
Samples: 2 pcs per line, courier on our FedEx account
""".replace("\n", "\r\n").encode("ascii")
    M.append(message(
        "rfq-txt-australia", when,
        [("From", addr("Sarah Mitchell", "sarah.mitchell@outbackhardware.com.au")),
         ("To", addr("Anna Zhou", ANNA)),
         ("Subject", "RFQ-2611-04 solar garden lighting range - Outback Hardware"),
         ("Date", rfcdate(when)),
         ("Message-ID", "<ME3PR01MB8124D6A1F07E92C3B5D48E27A4F12@ME3PR01MB8124.ausprd01.prod.outlook.com>"),
         ("Content-Language", "en-AU")],
        multipart("mixed", "_004_ME3PR01MB8124D6A1F07E92C3B5D48E27A4F12ME3PR01MB8124ausp_",
                  [text(body, "plain", "us-ascii", "7bit"),
                   attachment(rfq_txt, "text/plain", "RFQ-2611-04.txt", "us-ascii")]),
        "inquiry", "en", "us-ascii",
        "multipart/mixed with a base64 plain-text RFQ attachment; products only in the attachment; Australian phone numbers from the fiction ranges",
        lead(company="Outback Hardware Supplies Pty Ltd", contact="Sarah Mitchell",
             title="Category Buyer - Outdoor & Garden",
             email="sarah.mitchell@outbackhardware.com.au", phone="+61355504821",
             country="AU", website="outbackhardware.com.au",
             products=[P("Solar fence light 8 LED black (2 pack)", 6000, "sets", 3.1, "USD"),
                       P("Solar festoon string light 10m, 20 bulbs", 4000, "pcs", 6.8, "USD"),
                       P("Solar spotlight 400lm with remote", 2500, "pcs", 7.4, "USD")],
             incoterm="CIF", destination="Melbourne", payment="T/T", sample=True,
             certs=["RCM"], deadline="2026-11-20"),
        trace=delivery("rfq-txt-australia", ANNA, when,
                       "mail-sy4aus01on2121.outbound.protection.outlook.com", "198.51.100.121",
                       "sarah.mitchell@outbackhardware.com.au",
                       dkim="outbackhardware.com.au",
                       submit=("ME3PR01MB8124.ausprd01.prod.outlook.com", "HTTPS", None))))

    # 33 ----------------------------------------------------------------- France
    when = dt.datetime(2026, 11, 6, 10, 18, 33, tzinfo=tz(1))
    body = """\
Bonjour,

Je suis acheteuse chez Outillage Provence SAS, distributeur d'outillage
électroportatif pour les professionnels du bâtiment dans le sud de la France.

Nous souhaitons recevoir votre meilleure offre pour :

- Scie circulaire 185 mm 1400 W (réf. EB-CS185) : 700 pièces,
  prix cible 23,50 € la pièce
- Meuleuse d'angle 125 mm 900 W (réf. EB-AG125) : 1 500 pièces,
  prix cible 10,90 € la pièce

Conditions : DAP Marseille.
Paiement : virement (T/T) 30 % à la commande, solde avant expédition.
Le marquage CE est obligatoire, avec notice en français.

Pourriez-vous nous faire parvenir un échantillon de chaque modèle ?
Nous devons valider le fournisseur avant le 27 novembre 2026.

Cordialement,

Claire Dubois
Acheteuse Outillage
Outillage Provence SAS
ZI Les Estroublans, 13127 Vitrolles
Tél. : +33 4 42 15 63 90
Port. : +33 6 71 28 45 03
www.outillage-provence.fr
"""
    M.append(message(
        "circular-saws-france", when,
        [("From", addr("Claire Dubois", "c.dubois@outillage-provence.fr")),
         ("To", SALES),
         ("Subject", hdr("Demande de devis : scies circulaires et meuleuses d'angle - réf. EB-CS185 / EB-AG125", "ISO-8859-15", "Q")),
         ("Date", rfcdate(when)),
         ("Message-ID", "<1866314125.4821937.1793956713052.JavaMail.zimbra@outillage-provence.fr>"),
         ("X-Mailer", "Zimbra 9.0.0_GA_4546 (ZimbraWebClient - FF132 (Linux)/9.0.0_GA_4546)")],
        text(body, "plain", "ISO-8859-15", "quoted-printable"),
        "inquiry", "fr", "iso-8859-15",
        "French in ISO-8859-15 (euro sign at 0xA4, not the ISO-8859-1 currency sign)",
        lead(company="Outillage Provence SAS", contact="Claire Dubois", title="Acheteuse Outillage",
             email="c.dubois@outillage-provence.fr", phone="+33442156390", country="FR",
             website="outillage-provence.fr",
             products=[P("Scie circulaire 185 mm 1400 W", 700, "pcs", 23.5, "EUR"),
                       P("Meuleuse d'angle 125 mm 900 W", 1500, "pcs", 10.9, "EUR")],
             incoterm="DAP", destination="Marseille", payment="T/T", sample=True,
             certs=["CE"], deadline="2026-11-27"),
        trace=delivery("circular-saws-france", SALES, when, "zmta.outillage-provence.fr",
                       "198.51.100.137", "c.dubois@outillage-provence.fr",
                       dkim="outillage-provence.fr",
                       submit=("zmta.outillage-provence.fr (Postfix)", "ESMTP",
                               "zstore1.outillage-provence.fr (localhost [127.0.0.1])"))))

    # 34 ----------------------------------------------------------------- spam: fapiao (GB2312)
    when = dt.datetime(2026, 11, 10, 8, 14, 2, tzinfo=CST)
    body = """\
您好！

本公司为深圳市大型商贸公司，因进项较多，现有部分发票可优惠对外代开，
点数低，可先验票后付款，真票保证，网上可查。

可开类别：增值税专用发票、增值税普通发票、运输业、建筑安装业、
广告业、服务业、餐饮业等各类发票。

联系人：张先生
电话/微信：139 5821 7746
QQ：2851934760

此邮件为自动发送，如有打扰，敬请谅解！
"""
    M.append(message(
        "invoice-spam-gb2312", when,
        [("From", addr("张先生", "zhangxs0815@szhy-maoyi.com", "GB2312", "B")),
         ("To", SALES),
         ("Subject", hdr("您好！代开各地正规发票，可验证后付款", "GB2312", "B")),
         ("Date", rfcdate(when)),
         ("Message-ID", "<20261110081402024317@szhy-maoyi.com>"),
         ("X-Mailer", "Foxmail 6.15.201[cn]")],
        text(body, "plain", "gb2312", "base64"),
        "spam", "zh", "gb2312",
        "classic Chinese 代开发票 (fake invoice) spam in GB2312 base64",
        trace=delivery("invoice-spam-gb2312", SALES, when, "unknown", "192.0.2.233",
                       "zhangxs0815@szhy-maoyi.com", spf="none")))

    # 35 ----------------------------------------------------------------- IndiaMART
    when = dt.datetime(2026, 11, 12, 13, 46, 55, tzinfo=tz(5, 30))
    plain = """\
Dear Ningbo Everbright Tools Co., Ltd.,

You have received a new BuyLead on IndiaMART.

BuyLead ID: 41829573
Requirement: Angle Grinder 4 inch 850W
Quantity: 200 Piece
Probable Order Value: Rs. 50,000 to 1 Lakh
Buyer: Rajesh Kumar
Location: Ludhiana, Punjab, India
Mobile: +91-98XXXXXX21 (Verified)
Email: Available on purchase

Purchase this BuyLead to view full contact details:
https://seller.indiamart.com/bltxn/?blid=41829573

Regards,
Team IndiaMART
This is a system generated email. Please do not reply.
"""
    M.append(message(
        "indiamart-buylead", when,
        [("From", addr("IndiaMART", "buyleads@indiamart.com")),
         ("To", SALES),
         ("Subject", "BuyLead: Angle Grinder 4 inch 850W - 200 Piece - Ludhiana"),
         ("Date", rfcdate(when)),
         ("Message-ID", "<41829573.1794474415@mailer.indiamart.com>")],
        text(plain, "plain", "UTF-8", "quoted-printable"),
        "notification", "en", "utf-8",
        "IndiaMART BuyLead notice; phone masked (+91-98XXXXXX21) so phone is null; buyer location is not a delivery destination",
        lead(contact="Rajesh Kumar", country="IN",
             products=[P("Angle Grinder 4 inch 850W", 200, "pcs")]),
        trace=delivery("indiamart-buylead", SALES, when, "mailer3.indiamart.com", "198.51.100.31",
                       "bounce@mailer.indiamart.com", dkim="indiamart.com")))

    # 36 ----------------------------------------------------------------- phishing bank
    when = dt.datetime(2026, 11, 16, 7, 38, 20, tzinfo=tz(4))
    plain = """\
Dear Valued Beneficiary,

Please be informed that our customer AL MANAR GENERAL TRADING LLC has
instructed a SWIFT transfer in your favour:

Beneficiary: NINGBO EVERBRIGHT TOOLS CO., LTD.
Amount: USD 48,620.00
Reference: CGB/TT/2611/0458 (INV EB2610-233)
Value date: 16 November 2026

Due to enhanced compliance checks, the funds are on hold until the
beneficiary confirms the receiving account. Please view the MT103 copy and
confirm your bank details on our secure portal within 48 hours:

https://www.crescentgulfbank.com/tradeservices/mt103?ref=CGB-TT-2611-0458

Failure to confirm will result in the payment being returned to the remitter.

Trade Services Department
Crescent Gulf Bank PJSC
"""
    htmlbody = """\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:13px">
<table width="620" style="border-top:4px solid #00594f"><tr><td style="padding:16px">
<p style="font-size:18px;color:#00594f"><b>Crescent Gulf Bank</b> &ndash; Payment Advice</p>
<p>Dear Valued Beneficiary,</p>
<p>Please be informed that our customer <b>AL MANAR GENERAL TRADING LLC</b> has instructed a SWIFT transfer in your favour:</p>
<table cellpadding="4" style="font-size:13px;border:1px solid #ccc">
<tr><td>Beneficiary</td><td>NINGBO EVERBRIGHT TOOLS CO., LTD.</td></tr>
<tr><td>Amount</td><td><b>USD 48,620.00</b></td></tr>
<tr><td>Reference</td><td>CGB/TT/2611/0458 (INV EB2610-233)</td></tr>
<tr><td>Value date</td><td>16 November 2026</td></tr>
</table>
<p>Due to enhanced compliance checks, the funds are on hold until the beneficiary confirms the receiving account.
Please view the MT103 copy and confirm your bank details on our secure portal within 48 hours:</p>
<p><a href="http://crescentgu1fbank.com-secure.docs-portal.net/mt103/view?ref=CGB-TT-2611-0458">https://www.crescentgulfbank.com/tradeservices/mt103?ref=CGB-TT-2611-0458</a></p>
<p>Failure to confirm will result in the payment being returned to the remitter.</p>
<p>Trade Services Department<br>Crescent Gulf Bank PJSC</p>
</td></tr></table>
</body></html>
"""
    M.append(message(
        "bank-payment-advice-phish", when,
        [("From", addr("Crescent Gulf Bank - Trade Services", "tradeservices@crescentgu1fbank.com")),
         ("Reply-To", "cgb.remittance.desk@protonmail-box.net"),
         ("To", SALES),
         ("Subject", "Payment Advice: USD 48,620.00 remitted to your account (Ref CGB/TT/2611/0458)"),
         ("Date", rfcdate(when)),
         ("Message-ID", "<9c3f1a7e20b84d61.1794800300@crescentgu1fbank.com>")],
        multipart("alternative", "b1_9c3f1a7e20b84d61a0e5",
                  [text(plain, "plain", "utf-8", "quoted-printable"),
                   text(htmlbody, "html", "utf-8", "quoted-printable")], preamble=None),
        "phishing", "en", "utf-8",
        "fake bank payment notice; sender domain crescentgu1fbank.com (digit 1 for l); link text shows crescentgulfbank.com, href goes to crescentgu1fbank.com-secure.docs-portal.net; Reply-To to a third domain",
        trace=delivery("bank-payment-advice-phish", SALES, when, "mx-out.docs-portal.net",
                       "192.0.2.58", "tradeservices@crescentgu1fbank.com", spf="pass")))

    # 37 ----------------------------------------------------------------- supplier pitch (GB18030)
    when = dt.datetime(2026, 11, 19, 10, 26, 40, tzinfo=CST)
    body = """\
贵公司采购负责人您好：

我是深圳市锐能新能源科技有限公司的销售经理王磊。我们专业生产动力型锂离子电芯，
主要供应电动工具、园林工具和储能行业。

看到贵司生产18V锂电电钻和冲击扳手，我们可以提供：
- 21700 动力电芯 4000mAh 35A 放电，单价 RMB 9.60/颗（含税）
- 18650 动力电芯 2500mAh 20A 放电，单价 RMB 6.20/颗（含税）
- 5串2并电池包定制（含BMS和外壳）

产品已通过 UN38.3、IEC 62133 认证，可免费提供 10 颗样品测试。
月产能 300 万颗，交期 15 天，老客户可月结 30 天。

如有需要请随时联系，谢谢！

王磊  销售经理
深圳市锐能新能源科技有限公司
☎ 0755-2891 6624
手机/微信：139 2846 7315
地址：深圳市龙岗区宝龙街道宝龙五路 18 号
网址：www.ruineng-cell.cn
"""
    M.append(message(
        "battery-cells-supplier-pitch", when,
        [("From", addr("王磊", "wanglei@ruineng-cell.cn", "GB18030", "B")),
         ("To", SALES),
         ("Subject", hdr("电动工具专用21700/18650锂电芯，厂家直供，免费送样", "GB18030", "B")),
         ("Date", rfcdate(when)),
         ("Message-ID", "<202611191026403651298@ruineng-cell.cn>"),
         ("X-Mailer", "Foxmail 7.2.25.375[cn]")],
        text(body, "plain", "GB18030", "base64"),
        "other", "zh", "gb18030",
        "supplier pitching raw materials (lithium cells) to the manufacturer, not a buyer; GB18030 with a 4-byte sequence (telephone sign)",
        trace=delivery("battery-cells-supplier-pitch", SALES, when, "smtp.ruineng-cell.cn",
                       "198.51.100.240", "wanglei@ruineng-cell.cn", dkim="ruineng-cell.cn")))

    # 38 ----------------------------------------------------------------- spam: cashew
    when = dt.datetime(2026, 11, 24, 9, 3, 15, tzinfo=tz(7))
    body = """\
Dear Purchasing Manager,

Greetings from Golden Harvest Agro Export!

We are a leading exporter of premium Vietnamese cashew nuts and spices, based
in Bình Phước and Hồ Chí Minh City, with 15 years of export experience to
Europe, the Middle East and China.

This month we are offering:
- Cashew kernels W240 / W320 - USD 6,850 per MT, FOB Ho Chi Minh City
- Black pepper 500 g/l - USD 5,200 per MT
- Cassia / cinnamon split - USD 2,950 per MT

Free samples are available by courier. Please let us know your requirement
and we will send you our full price list and certificates (HACCP, ISO 22000).

Best regards,
Ms. Tran Thi Mai
Sales Executive
Golden Harvest Agro Export JSC
"""
    M.append(message(
        "cashew-offer-spam", when,
        [("From", addr("Golden Harvest Agro Export", "sales01@goldenharvest-agro.com")),
         ("To", SALES),
         ("Subject", "Premium cashew kernels W240 / W320 - best price November 2026"),
         ("Date", rfcdate(when)),
         ("Message-ID", "<20261124090315.5B7E1F@goldenharvest-agro.com>"),
         ("Precedence", "bulk")],
        text(body, "plain", "UTF-8", "quoted-printable"),
        "spam", "en", "utf-8",
        "unrelated product offer (food commodities) to a tools manufacturer; mentions samples, FOB and prices but is not an inquiry",
        trace=delivery("cashew-offer-spam", SALES, when, "smtp.goldenharvest-agro.com",
                       "192.0.2.95", "sales01@goldenharvest-agro.com", spf="pass")))

    # numbering and sanity -------------------------------------------------
    lo = dt.datetime(2026, 10, 1, tzinfo=CST)
    hi = dt.datetime(2026, 11, 28, tzinfo=CST)
    previous = lo
    for number, msg in enumerate(M, 1):
        assert lo <= msg["when"] < hi, msg["slug"]
        assert msg["when"] >= previous, ("out of delivery order", msg["slug"])
        previous = msg["when"]
        msg["file"] = "%02d-%s.eml" % (number, msg["slug"])
    return M


# --------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------

LABEL_KEYS = ("company_name", "contact_name", "contact_title", "email", "phone", "country",
              "website", "products", "incoterm", "destination", "payment_terms",
              "sample_request", "certifications", "deadline")


def label_record(msg):
    record = {"file": msg["file"], "category": msg["category"], "language": msg["language"],
              "charset": msg["charset"], "notes": msg["notes"]}
    for key in LABEL_KEYS:
        record[key] = msg["label"][key]
    return record


def readme(messages):
    counts = {}
    for msg in messages:
        counts[msg["category"]] = counts.get(msg["category"], 0) + 1
    summary = ", ".join("%d %s" % (counts[c], c) for c in
                        ("inquiry", "spam", "phishing", "notification", "other") if c in counts)
    lines = [
        "# Demo mailbox",
        "",
        "`inquiries/` holds %d raw RFC 5322 messages (%s) as received by the" % (len(messages), summary),
        "invented exporter *Ningbo Everbright Tools Co., Ltd.* (sales@everbright-tools.cn).",
        "All people, companies, domains and numbers are invented.",
        "`inquiries/labels.jsonl` has one hand-assigned label per file: category, language,",
        "charset, notes and the lead fields of `spec/lead-fields.md` (null or empty when",
        "the text does not state them). Platform notifications carry the buyer fields the",
        "platform discloses (never its no-reply or relay address); spam, phishing and",
        "other messages have every lead field empty. Files use LF line endings, as a",
        "Maildir delivery stores them.",
        "",
        "The files are generated; edit `build_samples.py` and rerun it rather than editing",
        "the `.eml` files (reruns are byte-identical):",
        "",
        "    python3 samples/build_samples.py",
        "",
        "| file | category | language | charset | structure |",
        "|---|---|---|---|---|",
    ]
    for msg in messages:
        lines.append("| %s | %s | %s | %s | %s |" % (
            msg["file"], msg["category"], msg["language"], msg["charset"],
            msg["root"].desc.replace("|", "/")))
    return "\n".join(lines) + "\n"


def main():
    messages = build_messages()
    OUT.mkdir(parents=True, exist_ok=True)
    wanted = {msg["file"] for msg in messages}
    for stale in OUT.glob("*.eml"):
        if stale.name not in wanted:
            stale.unlink()
    for msg in messages:
        (OUT / msg["file"]).write_bytes(render(msg))
    with open(OUT / "labels.jsonl", "w", encoding="utf-8", newline="\n") as fh:
        for msg in messages:
            fh.write(json.dumps(label_record(msg), ensure_ascii=False) + "\n")
    (HERE / "README.md").write_text(readme(messages), encoding="utf-8", newline="\n")
    print("wrote %d messages, labels.jsonl and README.md" % len(messages))


if __name__ == "__main__":
    main()

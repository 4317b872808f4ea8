#!/usr/bin/env python3
"""Build the independent validation set: val-NNN.eml + val-NNN.json.

Run:  python samples/validation/build.py   (writes next to this script)

Deterministic: fixed dates (2026-09-01 .. 2026-11-25), Message-IDs, MIME
boundaries and Received ids, so a rebuild is byte-identical.  Messages are
assembled with the stdlib ``email`` package only (compat32 Message objects so
that header charsets, transfer encodings and boundaries stay exactly as a
real mail client would have sent them).

All people, companies, domains and phone numbers are invented.  The exporter
side (recipients) are invented Chinese manufacturers; the labels describe the
buyer (see README.md and /work/shared/spec/lead-fields.md).
"""
from __future__ import annotations

import datetime as dt
import html
import io
import json
import textwrap
from pathlib import Path

from email import base64mime, quoprimime
from email import charset as _charset
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.policy import compat32
from email.utils import format_datetime, formataddr

OUT = Path(__file__).resolve().parent

# Shift_JIS mail keeps Shift_JIS in headers too (the stdlib default would
# convert to ISO-2022-JP); gbk/euc-kr/windows-125x use the stdlib defaults.
_charset.add_charset("shift_jis", _charset.BASE64, _charset.BASE64)

FIELDS = [
    "category", "company_name", "contact_name", "contact_title", "email",
    "phone", "country", "website", "products", "incoterm", "destination",
    "payment_terms", "sample_request", "certifications", "deadline", "language",
]


# ------------------------------------------------------------------ helpers

def tz(hours: float) -> dt.timezone:
    return dt.timezone(dt.timedelta(minutes=int(hours * 60)))


CN = tz(8)


def T(s: str) -> str:
    """Dedent a triple-quoted body; keeps inner blank lines."""
    return textwrap.dedent(s).lstrip("\n")


def addr(name: str | None, address: str, cs: str = "utf-8") -> str:
    if not name:
        return address
    if name.isascii():
        return formataddr((name, address))
    return formataddr((name, address), charset=cs)


def hdr(value: str, cs: str):
    return value if value.isascii() else Header(value, cs)


def text_part(text: str, subtype: str = "plain", cs: str = "utf-8",
              cte: str = "quoted-printable", label: str | None = None,
              extra: list[tuple[str, str]] | None = None,
              format_flowed: bool = False) -> Message:
    """One text/* leaf, encoded by hand so bytes are exactly in charset `cs`."""
    raw = text.encode(cs)  # strict: every character must exist in the charset
    p = Message()
    params = f'; charset="{label or cs}"'
    if format_flowed:
        params += "; format=flowed"
    p["Content-Type"] = f"text/{subtype}{params}"
    p["Content-Transfer-Encoding"] = cte
    for k, v in extra or []:
        p[k] = v
    if cte == "base64":
        p.set_payload(base64mime.body_encode(raw.replace(b"\n", b"\r\n")))
    elif cte == "quoted-printable":
        p.set_payload(quoprimime.body_encode(raw.decode("latin-1")))
    elif cte in ("7bit", "8bit"):
        if cte == "7bit":
            raw.decode("ascii")
        p.set_payload(raw.decode("ascii", "surrogateescape"))
    else:
        raise ValueError(cte)
    return p


def multipart(subtype: str, parts: list[Message], boundary: str,
              params: str = "", preamble: str | None = None) -> Message:
    m = Message()
    m["Content-Type"] = f'multipart/{subtype}{params}; boundary="{boundary}"'
    for p in parts:
        m.attach(p)
    if preamble:
        m.preamble = preamble
    return m


def html_doc(inner: str, cs: str, style: str = "outlook") -> str:
    if style == "gmail":
        return f'<div dir="ltr">{inner}</div>\n'
    head = (f'<html>\n<head>\n<meta http-equiv="Content-Type" '
            f'content="text/html; charset={cs}">\n</head>\n')
    if style == "outlook":
        return (head + '<body lang="EN-US" link="#0563C1" vlink="#954F72">\n'
                '<div class="WordSection1">\n' + inner + '</div>\n</body>\n</html>\n')
    return head + "<body>\n" + inner + "</body>\n</html>\n"


def lines_html(text: str, style: str = "outlook") -> str:
    """Plain text -> the HTML a mail client would produce for it."""
    out = []
    for line in text.rstrip("\n").split("\n"):
        esc = html.escape(line, quote=False).replace("  ", "&nbsp; ")
        if style == "outlook":
            out.append(f'<p class="MsoNormal">{esc or "&nbsp;"}<o:p></o:p></p>')
        elif style == "gmail":
            out.append(f"{esc}<br>" if esc else "<br>")
        else:
            out.append(f"<div>{esc or '<br>'}</div>")
    return "\n".join(out) + "\n"


def alternative(text: str, cs: str, boundary: str, style: str = "outlook",
                cte: str = "quoted-printable", html_body: str | None = None,
                plain_cte: str | None = None) -> Message:
    inner = html_body if html_body is not None else lines_html(text, style)
    return multipart("alternative", [
        text_part(text, "plain", cs, plain_cte or cte),
        text_part(html_doc(inner, cs, style), "html", cs, cte),
    ], boundary)


def received(frm_host: str, ip: str, to_addr: str, date: dt.datetime, qid: str,
             delay_s: int = 3) -> str:
    mx = "mx." + to_addr.split("@", 1)[1]
    when = (date + dt.timedelta(seconds=delay_s)).astimezone(CN)
    return (f"from {frm_host} ({frm_host} [{ip}]) by {mx} (Postfix) with ESMTPS "
            f"id {qid} for <{to_addr}>; {format_datetime(when)}")


def P(name, quantity=None, unit=None, target_price=None, currency=None) -> dict:
    return {"name": name, "quantity": quantity, "unit": unit,
            "target_price": target_price, "currency": currency}


def label(category: str, language: str, **kw) -> dict:
    d = {f: None for f in FIELDS}
    d.update(products=[], certifications=[], sample_request=False)
    d.update(category=category, language=language)
    unknown = set(kw) - set(FIELDS)
    if unknown:
        raise KeyError(unknown)
    d.update(kw)
    return {f: d[f] for f in FIELDS}


MESSAGES: list[dict] = []


def msg(n: int, *, date: dt.datetime, frm: str, to: str, subject: str, msgid: str,
        body: Message, lab: dict, hcs: str = "utf-8", reply_to: str | None = None,
        cc: str | None = None, extra: list[tuple[str, str]] | None = None,
        rcv: tuple[str, str] | None = None, return_path: str | None = None,
        rcpt: str | None = None) -> None:
    MESSAGES.append(dict(n=n, date=date, frm=frm, to=to, subject=subject, msgid=msgid,
                         body=body, lab=lab, hcs=hcs, reply_to=reply_to, cc=cc,
                         extra=extra or [], rcv=rcv, return_path=return_path, rcpt=rcpt))


def render(spec: dict) -> bytes:
    m = Message()
    to_first = spec["to"].split(",")[0]
    to_addr = to_first[to_first.find("<") + 1:to_first.rfind(">")] if "<" in to_first else to_first.strip()
    to_addr = spec["rcpt"] or to_addr
    if spec["return_path"]:
        m["Return-Path"] = spec["return_path"]
    if spec["rcv"]:
        host, ip = spec["rcv"]
        m["Received"] = received(host, ip, to_addr, spec["date"], f"4{spec['n']:03d}Q{spec['n'] * 7919 % 100000:05d}Zb")
    m["From"] = spec["frm"]
    m["To"] = spec["to"]
    if spec["cc"]:
        m["Cc"] = spec["cc"]
    if spec["reply_to"]:
        m["Reply-To"] = spec["reply_to"]
    m["Subject"] = hdr(spec["subject"], spec["hcs"])
    m["Date"] = format_datetime(spec["date"])
    m["Message-ID"] = spec["msgid"]
    for k, v in spec["extra"]:
        m[k] = v
    m["MIME-Version"] = "1.0"
    body = spec["body"]
    for k, v in body.items():
        m[k] = v
    m._payload = body._payload  # raw (8bit bytes stay surrogate-escaped)
    m.preamble = body.preamble
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False,
                   policy=compat32.clone(linesep="\r\n", max_line_length=78)).flatten(m)
    return buf.getvalue()


# =================================================================== messages

# ---------------------------------------------------------------- val-001 KE
msg(1,
    date=dt.datetime(2026, 9, 1, 9, 14, 22, tzinfo=tz(3)),
    frm=addr("Peter Kamau", "p.kamau@rafikiplumbing.co.ke"),
    to="sales@qiantong-valve.com",
    subject="RFQ - Brass ball valves and gate valves / CIF Mombasa",
    msgid="<20260901061422.5A1C2E0F11@mail.rafikiplumbing.co.ke>",
    rcv=("mail.rafikiplumbing.co.ke", "197.248.16.42"),
    extra=[("X-Mailer", "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - GC118 (Win)/9.0.0_GA_4583)")],
    body=text_part(T("""
        Dear Sir/Madam,

        Good day. We are a plumbing and hardware distributor based in Nairobi with
        branches in Mombasa and Kisumu. We got your contact from the Canton Fair
        catalogue (Ningbo pavilion) and would like to get your best offer for:

        1. Brass ball valve 1/2", full bore, PN25  - 6,000 pcs
        2. Brass ball valve 3/4", full bore, PN25  - 4,000 pcs
        3. Cast iron gate valve DN80, flanged PN16 - 250 pcs

        Please quote CIF Mombasa. Kindly also indicate lead time and packing
        details (pcs per carton, carton size and gross weight).

        Our payment terms are T/T, 30% deposit and balance against copy of B/L.
        Please send your ISO 9001 certificate and material test reports for the
        brass (CW617N or better) together with the offer.

        Regards,

        Peter Kamau
        Procurement Officer
        Rafiki Plumbing Supplies Ltd
        Enterprise Road, Industrial Area
        P.O. Box 45120-00100, Nairobi, Kenya
        Tel: +254 722 418 903
        Fax: +254 20 653 4418
        www.rafikiplumbing.co.ke
        """), cs="us-ascii", cte="7bit"),
    lab=label("inquiry", "en",
              company_name="Rafiki Plumbing Supplies Ltd", contact_name="Peter Kamau",
              contact_title="Procurement Officer", email="p.kamau@rafikiplumbing.co.ke",
              phone="+254722418903", country="KE", website="rafikiplumbing.co.ke",
              products=[P('Brass ball valve 1/2"', 6000, "pcs"),
                        P('Brass ball valve 3/4"', 4000, "pcs"),
                        P("Cast iron gate valve DN80", 250, "pcs")],
              incoterm="CIF", destination="Mombasa", payment_terms="T/T",
              certifications=["ISO9001"]))

# ---------------------------------------------------------------- val-002 spam SEO
msg(2,
    date=dt.datetime(2026, 9, 2, 3, 41, 9, tzinfo=tz(-4)),
    frm=addr("Ryan Mathews", "rankpro.digital.ryan@gmail.com"),
    to="export@jinfeng-kitchen.com",
    subject="Re: Website Ranking on Google - jinfeng-kitchen.com",
    msgid="<CAM7x+Qe9rT0kVbH2Lm4pZ1n8WdYs3fA@mail.gmail.com>",
    rcv=("mail-pl1-f171.google.com", "209.85.214.171"),
    body=text_part(T("""
        Hi Team,

        I was going through your website jinfeng-kitchen.com and noticed that it is
        not ranking on the first page of Google for keywords like "stainless steel
        cookware manufacturer" or "kitchenware supplier China".

        We are a team of 45+ SEO experts and we can bring your website to the 1st
        page of Google, Bing and Yahoo within 90 days with 100% white-hat methods:

        - Keyword research & on-page optimisation
        - High DA backlinks (DA 50+), guest posts
        - Google Business Profile & local SEO
        - Monthly ranking report

        Packages start from USD 199/month only. Would you like to see our previous
        work and a FREE website audit report?

        Just reply with "YES" and I will send the proposal.

        Best Regards,
        Ryan Mathews
        Digital Marketing Consultant
        WhatsApp: +1 (646) 862-3390

        If you do not want to receive this email, reply "unsubscribe".
        """), cs="utf-8", cte="7bit"),
    lab=label("spam", "en"))

# ---------------------------------------------------------------- val-003 EG web form (HTML only)
_eg_rows = [
    ("Name", "Mohamed Abdelrahman"),
    ("Company", "Nile Homeware Trading S.A.E."),
    ("Email", "m.abdelrahman@nilehomeware.com.eg"),
    ("Phone", "+20 100 234 5871"),
    ("Country", "Egypt"),
    ("Product Interested", "Stainless Steel Cookware Set"),
    ("Message", "Hello, we are importer of kitchenware in Egypt since 2009, supplying "
                "hypermarkets in Cairo and Alexandria.<br>\nWe need 12-piece stainless "
                "steel cookware set with glass lid and induction bottom, 2,400 sets for "
                "first order, our brand on the color box.<br>\nOur target price is USD "
                "18.50/set CIF Alexandria. Payment by L/C at sight.<br>\nPlease send "
                "catalog and price list. Thanks"),
]
_eg_html = ('<p>You have a new submission from the <b>Contact Us</b> form on '
            '<a href="https://www.jinfeng-kitchen.com/contact/">www.jinfeng-kitchen.com</a>.</p>\n'
            '<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;'
            'font-family:Arial,sans-serif;font-size:13px">\n'
            + "".join(f'<tr><td style="background:#f2f2f2"><b>{k}</b></td><td>{v}</td></tr>\n'
                      for k, v in _eg_rows)
            + '</table>\n<p style="color:#888;font-size:11px">Submitted on: 2026/09/03 11:42:07 '
              '| Form ID: 20260903-1142-0317 | IP: 41.33.187.206<br>\n'
              'Page URL: https://www.jinfeng-kitchen.com/contact/</p>\n')
msg(3,
    date=dt.datetime(2026, 9, 3, 11, 42, 9, tzinfo=CN),
    frm=addr("Jinfeng Kitchenware Website", "wordpress@jinfeng-kitchen.com"),
    to="export@jinfeng-kitchen.com",
    reply_to=addr("Mohamed Abdelrahman", "m.abdelrahman@nilehomeware.com.eg"),
    subject="[Jinfeng Kitchenware] New inquiry from Contact Us form",
    msgid="<a3f19c0d5be24e0b8f1c2d7e9a640317@www.jinfeng-kitchen.com>",
    extra=[("X-Mailer", "WPMailSMTP/Mailer/smtp 4.1.1")],
    body=text_part(html_doc(_eg_html, "UTF-8", "plain"), "html", "utf-8",
                   "quoted-printable", label="UTF-8"),
    lab=label("inquiry", "en",
              company_name="Nile Homeware Trading S.A.E.", contact_name="Mohamed Abdelrahman",
              email="m.abdelrahman@nilehomeware.com.eg", phone="+201002345871", country="EG",
              products=[P("12-piece stainless steel cookware set", 2400, "sets", 18.5, "USD")],
              incoterm="CIF", destination="Alexandria", payment_terms="L/C"))

# ---------------------------------------------------------------- val-004 PE es ISO-8859-1
msg(4,
    date=dt.datetime(2026, 9, 4, 10, 5, 51, tzinfo=tz(-5)),
    frm=addr("Rosa Elena Quispe", "rquispe@ciclosandinos.com.pe"),
    to="sales@lufengbike.com",
    subject="Solicitud de cotización - bicicletas MTB aro 29 / CIF Callao",
    hcs="iso-8859-1",
    msgid="<000a01dd3c7e$5b2f8c40$118ea4c0$@ciclosandinos.com.pe>",
    rcv=("mail.ciclosandinos.com.pe", "190.117.52.8"),
    extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "es-pe")],
    body=text_part(T("""
        Estimados señores:

        Reciban un cordial saludo desde Lima. Somos una empresa importadora y
        distribuidora de bicicletas con 14 años en el mercado peruano y estamos
        buscando un nuevo proveedor en China para la temporada 2027.

        Solicitamos cotización para:

        - Bicicleta MTB aro 29, cuadro de aluminio, 21 velocidades, frenos de disco
          mecánicos: 1.500 unidades (negro/rojo y gris/azul, 50% cada color)
        - Bicicleta infantil aro 16 con rueditas: 800 unidades

        Precio objetivo para la MTB: USD 92,00 por unidad, CIF Callao.
        Forma de pago: carta de crédito a 60 días.

        Por favor envíen la cotización antes del 18 de septiembre, incluyendo el
        tiempo de producción y la cantidad por contenedor de 40HQ (CKD 85%).

        Atentamente,

        Rosa Elena Quispe Mamani
        Jefa de Compras
        Ciclos Andinos S.A.C.
        Av. Nicolás Ayllón 2890, Ate - Lima, Perú
        Telf.: (01) 326-4471
        """), cs="iso-8859-1", cte="quoted-printable"),
    lab=label("inquiry", "es",
              company_name="Ciclos Andinos S.A.C.", contact_name="Rosa Elena Quispe Mamani",
              contact_title="Jefa de Compras", email="rquispe@ciclosandinos.com.pe",
              phone="+5113264471", country="PE",
              products=[P("Bicicleta MTB aro 29", 1500, "pcs", 92, "USD"),
                        P("Bicicleta infantil aro 16", 800, "pcs")],
              incoterm="CIF", destination="Callao", payment_terms="L/C",
              deadline="2026-09-18"))

# ---------------------------------------------------------------- val-005 PH gmail + website
_ph = T("""
    Hi Hongbo team,

    Good afternoon! I'm Maricel from Island Pack Corporation here in Cebu. We
    supply food packaging to coffee shops and restaurants around Visayas and
    Mindanao. I saw your booth photos on your website and I would like to ask
    for quotation on below items:

    - 12oz double wall paper cup with our logo (2 colors) - 50,000 pcs
    - kraft paper bowl 750ml with PP lid - 3k pcs (trial order)
    - 8oz single wall hot cup, plain white - 20k pcs

    Can you give us price CIF Cebu? Also can you send free samples of the
    bowl first? We will pay the courier.

    Please include your MOQ for printed cups. Our company site is
    www.islandpack.com.ph for your reference.

    Thank you and God bless!

    Maricel Dela Cruz
    Purchasing Supervisor
    Island Pack Corporation
    Mandaue City, Cebu, Philippines
    Mobile: 0917 842 5136
    """)
msg(5,
    date=dt.datetime(2026, 9, 5, 14, 27, 3, tzinfo=tz(8)),
    frm=addr("Maricel Dela Cruz", "maricel.delacruz.ipc@gmail.com"),
    to="sales@hongbopack.com",
    subject="Inquiry - paper cups and kraft bowls for our cafe clients",
    msgid="<CAF3k9vR2dQ8m+TxWw0Y5pLh7eJc1Zb4uNq@mail.gmail.com>",
    rcv=("mail-pj1-f48.google.com", "209.85.216.48"),
    body=alternative(_ph, "UTF-8", "000000000000b71e2a0623f4c5d1", style="gmail"),
    lab=label("inquiry", "en",
              company_name="Island Pack Corporation", contact_name="Maricel Dela Cruz",
              contact_title="Purchasing Supervisor", email="maricel.delacruz.ipc@gmail.com",
              phone="+639178425136", country="PH", website="islandpack.com.ph",
              products=[P("12oz double wall paper cup", 50000, "pcs"),
                        P("kraft paper bowl 750ml with PP lid", 3000, "pcs"),
                        P("8oz single wall hot cup", 20000, "pcs")],
              incoterm="CIF", destination="Cebu", sample_request=True))

# ---------------------------------------------------------------- val-006 BD reply (quoted supplier offer)
msg(6,
    date=dt.datetime(2026, 9, 7, 18, 52, 40, tzinfo=tz(6)),
    frm=addr("Md. Rafiqul Islam", "rafiq@meghnaapparels.com.bd"),
    to=addr("Lily Zhang", "lily@yaruitex.com"),
    subject="Re: Quotation - 100% cotton twill 3/1 and poly lining / Yarui Textile",
    msgid="<CAHk2p7Wz1+Jd4vQ9mR3xL8bT0sEy6uF5c@mail.gmail.com>",
    extra=[("In-Reply-To", "<6f1d2c34-9a8b-4e7f-b2c1-0d5e3f8a9b21@yaruitex.com>"),
           ("References", "<6f1d2c34-9a8b-4e7f-b2c1-0d5e3f8a9b21@yaruitex.com>")],
    rcv=("mail-oi1-f182.google.com", "209.85.167.182"),
    body=text_part(T("""
        Dear Lily,

        Thanks for your quick offer. Price of cotton twill is bit high compare to
        other mills in Keqiao. Our target price is USD 1.65/m for the twill, if
        you can match this we can place order this month.

        Final quantity:
        Cotton twill 3/1, 16x12/108x56, 58/60", dyed khaki - 45,000 m
        Polyester taffeta lining 190T, black - 300 rolls (100 m per roll)

        Shipment CFR Chittagong. Payment by L/C at sight, through BRAC Bank.
        Fabric must be REACH compliant (azo free) and we need lab dips + 2 m
        hanger samples before bulk.

        Best regards
        Md. Rafiqul Islam
        Merchandising Manager
        Meghna Apparels Ltd.
        House 27, Road 4, Sector 7, Uttara, Dhaka-1230, Bangladesh
        Cell: +880 1711-548236

        On Mon, 7 Sept 2026 at 08:15, Lily Zhang <lily@yaruitex.com> wrote:
        > Dear Mr. Rafiq,
        >
        > Thank you for your inquiry. Please find our best price as below:
        > 1) 100% cotton twill 3/1 16x12/108x56 58/60", dyed: USD 1.92/m FOB Ningbo,
        >    MOQ 5,000 m per color
        > 2) Polyester taffeta 190T lining: USD 0.38/m, 100 m/roll
        > Lead time 25-30 days after lab dip approval. Payment T/T 30% deposit.
        >
        > Best regards,
        > Lily Zhang
        > Sales Manager
        > Shaoxing Yarui Textile Co., Ltd.
        > No. 88 Keqiao Textile Avenue, Shaoxing, Zhejiang, China
        > Tel: +86 575 8412 6630  Mob/WeChat: +86 138 5752 0419
        > www.yaruitex.com
        """), cs="UTF-8", cte="quoted-printable"),
    lab=label("inquiry", "en",
              company_name="Meghna Apparels Ltd.", contact_name="Md. Rafiqul Islam",
              contact_title="Merchandising Manager", email="rafiq@meghnaapparels.com.bd",
              phone="+8801711548236", country="BD",
              products=[P("Cotton twill 3/1", 45000, "m", 1.65, "USD"),
                        P("Polyester taffeta lining 190T", 300, "rolls")],
              incoterm="CFR", destination="Chittagong", payment_terms="L/C",
              sample_request=True, certifications=["REACH"]))

# ---------------------------------------------------------------- val-007 phishing Alibaba lookalike
_ph_ali = """\
<table width="600" align="center" cellpadding="0" cellspacing="0" style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<tr><td style="background:#ff6a00;padding:14px;color:#fff;font-size:20px"><b>Alibaba.com</b></td></tr>
<tr><td style="padding:20px">
<p>Dear Member,</p>
<p>We detected an unusual sign-in to your supplier account from a new device
(IP 185.220.101.34, Lagos, Nigeria) on 08/09/2026.</p>
<p>You also have <b>3 unread buyer inquiries</b> (Mr. Jason Miller, USA - order value
USD 86,400) waiting in your Message Center. They will be <b>deleted</b> if your account is
not verified.</p>
<p>To protect your account, please verify your login information within <b>24 hours</b>,
otherwise your account and product listings will be suspended.</p>
<p style="text-align:center"><a href="http://alibaba.com.member-verify-login.top/signin?id=839201"
style="background:#ff6a00;color:#fff;padding:10px 30px;text-decoration:none">Verify My Account</a></p>
<p>Thank you for your cooperation.<br>Alibaba.com Trust &amp; Safety Team</p>
</td></tr>
<tr><td style="font-size:11px;color:#999;padding:10px">This is an automated message, please do not reply.
&copy; 1999-2026 Alibaba.com. All rights reserved.</td></tr>
</table>
"""
msg(7,
    date=dt.datetime(2026, 9, 8, 2, 13, 55, tzinfo=tz(0)),
    frm=addr("Alibaba.com Security", "security@alibaba-notice-center.com"),
    to="sales@qiantong-valve.com",
    subject="[Action Required] Your supplier account will be suspended within 24 hours",
    msgid="<20260908021355.79C1A3B2@alibaba-notice-center.com>",
    rcv=("vps-7731.hostingly.top", "45.141.84.120"),
    body=text_part(html_doc(_ph_ali, "utf-8", "plain"), "html", "utf-8", "base64"),
    lab=label("phishing", "en"))

# ---------------------------------------------------------------- val-008 IL table (alternative)
_il_plain = T("""
    Hello,

    We are Galil Garden & Leisure Ltd., a garden furniture importer with 11 retail
    stores in the north of Israel. Please quote your best prices for the items
    below, FOB Yantian, shipping to Haifa port.

    Item                                    Qty          Target price
    Aluminium dining chair, stackable       1,200 pcs    USD 21.00
    Aluminium table 160x90 cm               200 pcs      USD 78.00
    Rope sofa set 4 seater (2+1+1+table)    150 sets     USD 390.00
    Parasol 3 m with crank, beige           300 pcs      -

    All items in anthracite powder coating, cushions in grey olefin fabric.
    We would like 1 sample chair by courier before the order (we pay courier).
    Payment: 30% T/T advance, 70% T/T against B/L copy.

    Best regards,
    Yael Ben-David
    Import Manager
    Galil Garden & Leisure Ltd.
    HaHistadrut Blvd 55, Haifa, Israel
    Tel: +972-4-842-1937
    """)
_il_rows = [("Aluminium dining chair, stackable", "1,200 pcs", "USD 21.00"),
            ("Aluminium table 160x90 cm", "200 pcs", "USD 78.00"),
            ("Rope sofa set 4 seater (2+1+1+table)", "150 sets", "USD 390.00"),
            ("Parasol 3 m with crank, beige", "300 pcs", "-")]
_il_html = (
    '<p class="MsoNormal">Hello,</p>\n<p class="MsoNormal">&nbsp;</p>\n'
    '<p class="MsoNormal">We are Galil Garden &amp; Leisure Ltd., a garden furniture importer with 11 retail '
    'stores in the north of Israel. Please quote your best prices for the items below, '
    '<b>FOB Yantian, shipping to Haifa port</b>.</p>\n<p class="MsoNormal">&nbsp;</p>\n'
    '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">\n'
    '<tr><td><b>Item</b></td><td><b>Qty</b></td><td><b>Target price</b></td></tr>\n'
    + "".join(f"<tr><td>{html.escape(a)}</td><td>{b}</td><td>{c}</td></tr>\n" for a, b, c in _il_rows)
    + '</table>\n<p class="MsoNormal">&nbsp;</p>\n'
    + lines_html(_il_plain.split("Parasol 3 m with crank, beige           300 pcs      -\n\n", 1)[1])
)
msg(8,
    date=dt.datetime(2026, 9, 9, 16, 8, 31, tzinfo=tz(3)),
    frm=addr("Yael Ben-David", "yael@galilgarden.co.il"),
    to="export@mubai-furniture.com",
    subject="RFQ outdoor furniture - season 2027",
    msgid="<DB9PR06MB7344F1A2C3D4E5B6A7C8D9E0F1A2B3C4D5@DB9PR06MB7344.eurprd06.prod.outlook.com>",
    rcv=("EUR05-DB8-obe.outbound.protection.outlook.com", "40.107.20.91"),
    extra=[("Thread-Topic", "RFQ outdoor furniture - season 2027"),
           ("Thread-Index", "AdtBc3kQ7Zp1L0mWQ5+8hJxX2vYnPw=="),
           ("Content-Language", "en-US")],
    body=alternative(_il_plain, "us-ascii", "_000_DB9PR06MB7344F1A2C3D4E5B6A7C8D9E0F1A2B3C4D5DB9PR06MB7344_",
                     html_body=_il_html, plain_cte="7bit"),
    lab=label("inquiry", "en",
              company_name="Galil Garden & Leisure Ltd.", contact_name="Yael Ben-David",
              contact_title="Import Manager", email="yael@galilgarden.co.il",
              phone="+97248421937", country="IL",
              products=[P("Aluminium dining chair, stackable", 1200, "pcs", 21, "USD"),
                        P("Aluminium table 160x90 cm", 200, "pcs", 78, "USD"),
                        P("Rope sofa set 4 seater", 150, "sets", 390, "USD"),
                        P("Parasol 3 m with crank", 300, "pcs")],
              incoterm="FOB", destination="Haifa", payment_terms="T/T", sample_request=True))

# ---------------------------------------------------------------- val-009 RO iso-8859-2
msg(9,
    date=dt.datetime(2026, 9, 10, 11, 31, 2, tzinfo=tz(3)),
    frm=addr("Ştefan Munteanu", "stefan.munteanu@mobilart-design.ro", "iso-8859-2"),
    to="info@xinhe-hardware.com",
    subject="Inquiry drawer slides & concealed hinges",
    hcs="iso-8859-2",
    msgid="<5f0b8e21-7c4a-4d19-a3e6-2b9d1c0e7f44@mobilart-design.ro>",
    rcv=("smtp.mobilart-design.ro", "89.36.112.75"),
    extra=[("User-Agent", "Mozilla Thunderbird")],
    body=text_part(T("""
        Hello Mrs. Chen,

        My name is Stefan Munteanu, I am responsible with acquisitions at SC Mobilart
        Design SRL, we are manufacturer of kitchen furniture in Timişoara, Romania,
        about 180 employees. Until now we buy hardware from Germany and Turkey but
        the prices grow very much, so we want to test one supplier from China.

        We need following:
        - Ball bearing drawer slides 450 mm, 45 mm width, full extension: 20.000 pairs
        - Ball bearing drawer slides 500 mm, 45 mm width, full extension: 8.000 pairs
        - Soft close concealed hinge, 35 mm cup, clip-on: 60.000 pcs

        Please give price DAP Timişoara, transport by train is also OK for us.
        Payment: T/T 30% advance, rest before shipment.
        Please send 10 pcs samples of each for testing in our factory.
        We need the goods in our factory until 15 December.

        Best regards,
        Ştefan Munteanu
        Purchasing Specialist
        SC Mobilart Design SRL
        Calea Buziaşului 112, 300693 Timişoara, Romania
        Tel. +40 256 294 718
        Fax +40 256 294 719
        """), cs="iso-8859-2", cte="quoted-printable", format_flowed=False),
    lab=label("inquiry", "en",
              company_name="SC Mobilart Design SRL", contact_name="Ştefan Munteanu",
              contact_title="Purchasing Specialist", email="stefan.munteanu@mobilart-design.ro",
              phone="+40256294718", country="RO",
              products=[P("Ball bearing drawer slides 450 mm", 20000, "pairs"),
                        P("Ball bearing drawer slides 500 mm", 8000, "pairs"),
                        P("Soft close concealed hinge", 60000, "pcs")],
              incoterm="DAP", destination="Timişoara", payment_terms="T/T",
              sample_request=True, deadline="2026-12-15"))

# ---------------------------------------------------------------- val-010 NL iso-8859-15
msg(10,
    date=dt.datetime(2026, 9, 11, 9, 2, 47, tzinfo=tz(2)),
    frm=addr("Joost van der Meulen", "j.vandermeulen@vdmtweewielers.nl"),
    to="sales@lufengbike.com",
    subject="Offerteaanvraag fietsonderdelen",
    msgid="<001201dd3d1b$8a5e2f10$9f1a8d30$@vdmtweewielers.nl>",
    rcv=("mail.vdmtweewielers.nl", "85.17.201.63"),
    extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "nl")],
    body=text_part(T("""
        Geachte heer/mevrouw,

        Via Made-in-China kwamen wij uw bedrijf in Tianjin tegen. Wij zijn een
        groothandel in fietsonderdelen en accessoires in Zwolle en leveren aan
        ruim 300 fietsenwinkels in Nederland en België.

        Graag ontvangen wij een offerte voor:

        - Fietsmand voor, staal, zwart gecoat, met snelsluiting: 2.400 stuks
        - Dubbele standaard 26-28 inch, aluminium: 3.000 stuks
        - Spatbordset 28 inch, kunststof: 1.500 sets

        Onze richtprijs voor de fietsmand is € 6,80 per stuk.
        Graag levering DAP Zwolle, betaling per bankoverschrijving (30% vooraf,
        rest vóór verzending). Alle producten moeten REACH-conform zijn.
        Wilt u ook een monster van de fietsmand en de standaard meesturen?

        Wij ontvangen uw offerte graag uiterlijk 2 oktober.

        Met vriendelijke groet,

        Joost van der Meulen
        Inkoper
        Van der Meulen Tweewielers B.V.
        Voorsterweg 41, 8042 AB Zwolle
        T +31 (0)38 421 6650
        www.vdmtweewielers.nl
        """), cs="iso-8859-15", cte="quoted-printable"),
    lab=label("inquiry", "nl",
              company_name="Van der Meulen Tweewielers B.V.", contact_name="Joost van der Meulen",
              contact_title="Inkoper", email="j.vandermeulen@vdmtweewielers.nl",
              phone="+31384216650", country="NL", website="vdmtweewielers.nl",
              products=[P("Fietsmand voor", 2400, "pcs", 6.8, "EUR"),
                        P("Dubbele standaard 26-28 inch", 3000, "pcs"),
                        P("Spatbordset 28 inch", 1500, "sets")],
              incoterm="DAP", destination="Zwolle", payment_terms="T/T",
              sample_request=True, certifications=["REACH"], deadline="2026-10-02"))

# ---------------------------------------------------------------- val-011 spam lists
_list_plain = T("""
    Dear Business Owner,

    Looking for NEW BUYERS for your products? Our 2026 Global Importers Database
    is now available:

    * 3.2 million verified importers & distributors in 190 countries
    * Kitchenware / furniture / auto parts / textiles importers, sorted by HS code
    * Company name, contact person, title, direct email, phone & WhatsApp
    * Updated monthly from customs import records (Bill of Lading data)

    Example: "Kitchenware importers - Germany: 4,812 contacts", "Auto parts
    buyers - Nigeria: 2,307 contacts", "Furniture importers - UAE: 1,965 contacts".

    SPECIAL OFFER this week only: any 3 countries for USD 99 (normal price USD 299).
    Payment by PayPal or Western Union. Instant download after payment.

    Reply to this email or WhatsApp us: +44 7520 618390

    Global Trade Data Team

    To unsubscribe, reply with REMOVE in the subject line.
    """)
msg(11,
    date=dt.datetime(2026, 9, 12, 22, 18, 4, tzinfo=tz(1)),
    frm=addr("Global Importers Data", "offers@tradeleads-database.biz"),
    to="undisclosed-recipients:;",
    rcpt="export@mubai-furniture.com",
    reply_to="globaldata.sales2026@gmail.com",
    subject="2026 Verified Importers Database - 3.2 Million Buyers (USA, EU, Africa, Middle East)",
    msgid="<b1c44f0e8e7a1f3d92a55c1e6d0b7a19@tradeleads-database.biz>",
    rcv=("srv14.bulkmailer-eu.net", "193.233.48.19"),
    extra=[("Precedence", "bulk"), ("List-Unsubscribe", "<mailto:remove@tradeleads-database.biz>")],
    body=alternative(_list_plain, "utf-8", "b1_7a3e0c95f1d248b6a0e4c3f2d1b09a88", style="div",
                     plain_cte="7bit"),
    lab=label("spam", "en"))

# ---------------------------------------------------------------- val-012 IT windows-1252 8bit
_it = T("""
    Buongiorno,

    siamo Arredi Bertoli S.r.l., distributore di arredo per bar, ristoranti e
    hotel con sede a Reggio Emilia. Abbiamo visto le vostre sedie in
    polipropilene alla fiera di Guangzhou e vorremmo ricevere la vostra
    migliore offerta per:

    - sedia impilabile in polipropilene con fibra di vetro, simile al vostro
      art. MB-2217, colori bianco, antracite e salvia: 2x40HQ
    - tavolino bistrot piano HPL 70x70, base in ghisa: 400 pezzi

    Il nostro prezzo target per la sedia è 14,50 € al pezzo, resa CIF La Spezia.
    Le sedie devono essere certificate EN 16139 (livello 1) per uso contract:
    vi chiediamo copia del rapporto di prova.

    Pagamento: 30% anticipato con bonifico, saldo contro copia B/L.
    Ci servirebbe un campione della sedia (colore salvia) entro fine mese.

    Cordiali saluti,

    Giulia Ferraresi
    Responsabile Acquisti
    Arredi Bertoli S.r.l.
    Via Emilia Ovest 1180 – 42124 Reggio Emilia (RE)
    Tel. +39 0522 381 947
    www.arredibertoli.it
    """)
msg(12,
    date=dt.datetime(2026, 9, 14, 10, 21, 15, tzinfo=tz(2)),
    frm=addr("Giulia Ferraresi", "acquisti@arredibertoli.it"),
    to="export@mubai-furniture.com",
    subject="Richiesta offerta sedie impilabili – 2x40HQ",
    hcs="windows-1252",
    msgid="<007501dd3f8a$c4e1b0a0$4ea511e0$@arredibertoli.it>",
    rcv=("smtp.arredibertoli.it", "93.63.211.40"),
    extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "it")],
    body=alternative(_it, "windows-1252", "----=_NextPart_000_0076_01DD3F8A.C4E23E40",
                     plain_cte="8bit", cte="quoted-printable"),
    lab=label("inquiry", "it",
              company_name="Arredi Bertoli S.r.l.", contact_name="Giulia Ferraresi",
              contact_title="Responsabile Acquisti", email="acquisti@arredibertoli.it",
              phone="+390522381947", country="IT", website="arredibertoli.it",
              products=[P("sedia impilabile in polipropilene", 2, "containers", 14.5, "EUR"),
                        P("tavolino bistrot piano HPL 70x70", 400, "pcs")],
              incoterm="CIF", destination="La Spezia", payment_terms="T/T",
              sample_request=True, certifications=["EN16139"]))

# ---------------------------------------------------------------- val-013 CA web form (plain)
msg(13,
    date=dt.datetime(2026, 9, 15, 21, 4, 38, tzinfo=CN),
    frm=addr("Tieyi Cast Iron Website", "forms@tieyi-castiron.com"),
    to="sales@tieyi-castiron.com",
    reply_to="bmacleod@northernhearth.ca",
    subject="New contact form submission: Pre-seasoned cast iron - private label",
    msgid="<form-20260915-130438-7c21@tieyi-castiron.com>",
    body=text_part(T("""
        You have received a new message from the contact form on www.tieyi-castiron.com

        Name:      Brandon MacLeod
        Company:   Northern Hearth Kitchen Supply Inc.
        E-mail:    bmacleod@northernhearth.ca
        Phone:     905-671-2284
        Country:   Canada
        Subject:   Pre-seasoned cast iron - private label

        Message:
        Hi there, we are a Canadian kitchen retailer (14 stores in Ontario plus an
        online shop) looking for a private label partner for cast iron cookware.
        Initial order would be:
         - 10" pre-seasoned skillet: 3,000 units
         - 5.5 qt enamelled dutch oven with lid: 1,200 units
        Please quote DDP Mississauga, ON (our DC). Coatings must be FDA food-contact
        compliant. Could you send 2 samples of each? We need the first delivery in
        our DC before March 1, 2027.

        --
        This e-mail was sent from the contact form on Tieyi Cast Iron Cookware
        (https://www.tieyi-castiron.com). Sender IP: 99.231.48.17
        """), cs="us-ascii", cte="7bit"),
    lab=label("inquiry", "en",
              company_name="Northern Hearth Kitchen Supply Inc.", contact_name="Brandon MacLeod",
              email="bmacleod@northernhearth.ca", phone="+19056712284", country="CA",
              products=[P('10" pre-seasoned skillet', 3000, "pcs"),
                        P("5.5 qt enamelled dutch oven with lid", 1200, "pcs")],
              incoterm="DDP", destination="Mississauga", sample_request=True,
              certifications=["FDA"], deadline="2027-03-01"))

# ---------------------------------------------------------------- val-014 ZA Reply-To
msg(14,
    date=dt.datetime(2026, 9, 16, 13, 47, 20, tzinfo=tz(2)),
    frm=addr("Thandiwe Nkosi", "thandiwe.nkosi@sunvolt-electrical.co.za"),
    reply_to=addr("Sunvolt Procurement", "procurement@sunvolt-electrical.co.za"),
    to="sales@ghlighting-zs.com",
    subject="Request for quotation: solar modules + LED floodlights (Durban)",
    msgid="<PA4P190MB1218A6B5C4D3E2F1A0B9C8D7E6F5A4B3@PA4P190MB1218.EURP190.PROD.OUTLOOK.COM>",
    rcv=("ZAF01-JNB-obe.outbound.protection.outlook.com", "40.107.160.64"),
    extra=[("X-MS-Has-Attach", ""), ("Content-Language", "en-ZA")],
    body=alternative(T("""
        Good day,

        Sunvolt Electrical (Pty) Ltd is an electrical wholesaler in Johannesburg. We
        are busy with a tender for a mine in Limpopo and need pricing on:

        a) Mono PERC solar module 550 W, 144 half-cell - 1 440 pcs
        b) LED floodlight 200 W, IP66, 5000K - 320 pcs
        c) LED high bay 150 W, UFO type - 500 pcs

        Our target price for the floodlight is USD 24.00 each. Modules must be
        IEC 61215 and IEC 61730 certified (please attach certificates); the
        luminaires need CE.

        Please quote CIF Durban, payment via letter of credit. The tender closes
        on 30 September, so we need your quotation before 25 September.
        Kindly send all correspondence to procurement@sunvolt-electrical.co.za so
        that my colleagues can also follow up.

        Kind regards
        Thandiwe Nkosi
        Senior Buyer
        Sunvolt Electrical (Pty) Ltd
        14 Electron Avenue, Isando, Kempton Park, 1600
        Tel: 011 974 5520
        """), "us-ascii", "_000_PA4P190MB1218A6B5C4D3E2F1A0B9C8D7E6F5A4B3PA4P190MB1218EURP_",
        plain_cte="7bit"),
    lab=label("inquiry", "en",
              company_name="Sunvolt Electrical (Pty) Ltd", contact_name="Thandiwe Nkosi",
              contact_title="Senior Buyer", email="procurement@sunvolt-electrical.co.za",
              phone="+27119745520", country="ZA",
              products=[P("Mono PERC solar module 550 W", 1440, "pcs"),
                        P("LED floodlight 200 W", 320, "pcs", 24, "USD"),
                        P("LED high bay 150 W", 500, "pcs")],
              incoterm="CIF", destination="Durban", payment_terms="L/C",
              certifications=["IEC61215", "IEC61730", "CE"], deadline="2026-09-25"))

# ---------------------------------------------------------------- val-015 phishing DHL
_dhl = """\
<div style="font-family:Arial,Helvetica,sans-serif;font-size:14px;max-width:620px">
<div style="background:#ffcc00;padding:12px"><span style="color:#d40511;font-size:24px;font-weight:bold;font-style:italic">DHL</span>
<span style="float:right;font-size:12px">Express</span></div>
<p>Dear Customer,</p>
<p>Your shipment <b>AWB 4829 1173 06</b> from Hong Kong has arrived at our facility but is
<b>on hold</b> because the import duty of <b>USD 2.99</b> has not been paid.</p>
<table cellpadding="4" style="font-size:13px">
<tr><td>Waybill:</td><td>4829117306</td></tr>
<tr><td>Status:</td><td style="color:#d40511">Held - duties unpaid</td></tr>
<tr><td>Delivery attempt:</td><td>17/09/2026</td></tr>
</table>
<p>To release your parcel please confirm your details and pay the outstanding amount. To
view the commercial invoice you must sign in with your e-mail address and password.</p>
<p><a href="https://dhl-parcel-release.com/track/?awb=4829117306&amp;u=c2FsZXNA"
style="background:#d40511;color:#fff;padding:10px 24px;text-decoration:none">Release shipment</a></p>
<p>If the duty is not paid within 48 hours the shipment will be returned to sender.</p>
<p>Kind regards,<br>DHL Express Customer Service</p>
<p style="font-size:11px;color:#777">&copy; 2026 DHL International GmbH. All rights reserved.</p>
</div>
"""
msg(15,
    date=dt.datetime(2026, 9, 17, 7, 55, 12, tzinfo=tz(0)),
    frm=addr("DHL Express", "noreply@dhl-express-tracking.info"),
    to="sales@ghlighting-zs.com",
    subject="DHL: Your shipment 4829 1173 06 is on hold - import duty unpaid",
    msgid="<0102018a4e7f9b31-5c2d9e11-8f4a-4b7e-a0c3-9d1e2f3a4b5c-000000@dhl-express-tracking.info>",
    rcv=("mta-ord-07.sendsrv.info", "172.245.19.88"),
    body=text_part(html_doc(_dhl, "utf-8", "plain"), "html", "utf-8", "quoted-printable"),
    lab=label("phishing", "en"))

# ---------------------------------------------------------------- val-016 MA fr HTML only iso-8859-1
_ma = T("""
    Bonjour Madame, Monsieur,

    Nous sommes la société Atlas Sanitaire SARL, importateur et distributeur de
    matériel sanitaire à Casablanca. Nous avons reçu votre catalogue par
    l'intermédiaire de notre agent à Ningbo.

    Merci de nous faire votre meilleure offre pour :
    - Robinet d'arrêt laiton 1/2" chromé : 10\u00a0000 pièces
    - Mitigeur lavabo monocommande, cartouche céramique 35 mm : 2\u00a0500 pièces
    - Vanne à boisseau sphérique laiton 1" PN 40 : 4\u00a0000 pièces

    Prix CFR Casablanca s'il vous plaît. Notre mode de paiement habituel est la
    remise documentaire (documents contre paiement) à vue.
    Merci de joindre les fiches techniques et de nous envoyer deux échantillons
    du mitigeur.

    Cordialement,

    Youssef El Amrani
    Directeur des Achats
    Atlas Sanitaire SARL
    47, rue Ibnou Majid El Bahar, Casablanca
    Tél : +212 522 44 71 86 - Fax : +212 522 44 71 90
    """)
msg(16,
    date=dt.datetime(2026, 9, 18, 15, 12, 44, tzinfo=tz(1)),
    frm=addr("Youssef El Amrani", "y.elamrani@atlas-sanitaire.ma"),
    to="sales@qiantong-valve.com",
    subject="Demande de prix - robinetterie et vannes laiton",
    msgid="<1726668764.84213.1@webmail.atlas-sanitaire.ma>",
    rcv=("webmail.atlas-sanitaire.ma", "105.159.248.3"),
    extra=[("User-Agent", "Roundcube Webmail/1.6.7")],
    body=text_part(html_doc(lines_html(_ma, "div"), "ISO-8859-1", "plain"), "html",
                   "iso-8859-1", "quoted-printable", label="ISO-8859-1"),
    lab=label("inquiry", "fr",
              company_name="Atlas Sanitaire SARL", contact_name="Youssef El Amrani",
              contact_title="Directeur des Achats", email="y.elamrani@atlas-sanitaire.ma",
              phone="+212522447186", country="MA",
              products=[P("Robinet d'arrêt laiton 1/2\" chromé", 10000, "pcs"),
                        P("Mitigeur lavabo monocommande", 2500, "pcs"),
                        P("Vanne à boisseau sphérique laiton 1\"", 4000, "pcs")],
              incoterm="CFR", destination="Casablanca", payment_terms="D/P",
              sample_request=True))

# ---------------------------------------------------------------- val-017 RU koi8-r
msg(17,
    date=dt.datetime(2026, 9, 19, 12, 30, 6, tzinfo=tz(7)),
    frm=addr("Ольга Смирнова", "o.smirnova@posuda-sibir.ru", "koi8-r"),
    to="export@jinfeng-kitchen.com",
    subject="Запрос цены - сковороды с антипригарным покрытием",
    hcs="koi8-r",
    msgid="<1847291726723806@mail.posuda-sibir.ru>",
    rcv=("mail.posuda-sibir.ru", "91.203.144.27"),
    body=text_part(T("""
        Добрый день!

        Компания ООО "Посуда Сибири" (г. Новосибирск) занимается оптовой продажей
        посуды в Сибири и на Урале. Нас интересует прямое сотрудничество с вашей
        фабрикой в Янцзяне.

        Просим рассчитать стоимость:
        1. Сковорода алюминиевая литая 24 см с антипригарным покрытием - 3000 шт.
        2. Сковорода литая 28 см, индукционное дно - 2000 шт.
        3. Сотейник 26 см со стеклянной крышкой - 1200 шт.

        Целевая цена на сковороду 24 см - 4,20 USD за штуку.
        Условия поставки: DAP Новосибирск. Оплата: банковский перевод (T/T).
        Продукция должна иметь декларацию соответствия ЕАС (ТР ТС 005/2011).
        Просим также выслать образцы (по 1 шт.) на наш адрес.

        Коммерческое предложение просим направить до 30.09.2026.

        С уважением,
        Ольга Смирнова
        менеджер по закупкам
        ООО "Посуда Сибири"
        630049, г. Новосибирск, ул. Станционная, 38
        тел.: 8 (383) 212-45-67
        """), cs="koi8-r", cte="8bit"),
    lab=label("inquiry", "ru",
              company_name='ООО "Посуда Сибири"', contact_name="Ольга Смирнова",
              contact_title="менеджер по закупкам", email="o.smirnova@posuda-sibir.ru",
              phone="+73832124567", country="RU",
              products=[P("Сковорода алюминиевая литая 24 см", 3000, "pcs", 4.2, "USD"),
                        P("Сковорода литая 28 см", 2000, "pcs"),
                        P("Сотейник 26 см", 1200, "pcs")],
              incoterm="DAP", destination="Новосибирск", payment_terms="T/T",
              sample_request=True, certifications=["EAC"], deadline="2026-09-30"))

# ---------------------------------------------------------------- val-018 UA forwarded by exporter colleague
msg(18,
    date=dt.datetime(2026, 9, 21, 8, 46, 13, tzinfo=CN),
    frm=addr("王芳", "wangfang@tongda-pipe.com"),
    to=addr("Kevin Liu", "kevin@tongda-pipe.com"),
    subject="Fw: Inquiry PE fittings for irrigation - Odesa",
    msgid="<202609210846130398217@tongda-pipe.com>",
    extra=[("X-Mailer", "Foxmail 7.2.25.254[cn]")],
    body=text_part(T("""
        Kevin，

        这个乌克兰客户发到我邮箱了，你跟进一下，今天内报价给他。

        王芳 | 外贸部
        余姚通达管业有限公司
        电话：+86 574 6258 3316

        ---------- Forwarded message ---------
        From: Oleksandr Kovalenko <o.kovalenko@agropolyv.com.ua>
        Date: Sun, Sep 20, 2026 at 6:42 PM
        Subject: Inquiry PE fittings for irrigation - Odesa
        To: <wangfang@tongda-pipe.com>

        Dear Sirs,

        We are importer of irrigation equipment for farmers in south Ukraine (Odesa,
        Mykolaiv, Kherson regions). We are looking for manufacturer of compression
        fittings and drip irrigation parts.

        Please send price for:
        - PP compression coupling 32 mm - 15,000 pcs
        - PP compression elbow 32 mm - 8,000 pcs
        - Drip tape 16 mm, emitter spacing 20 cm - 400 rolls (1000 m/roll)

        Price FOB Ningbo please, destination port Constanta (Romania).
        Payment T/T. Do you have ISO 9001 certificate?

        Thank you,
        Oleksandr Kovalenko
        Head of Procurement
        Agropolyv LLC
        Odesa, Ukraine
        +380 48 734 2190
        """), cs="utf-8", cte="base64"),
    lab=label("inquiry", "en",
              company_name="Agropolyv LLC", contact_name="Oleksandr Kovalenko",
              contact_title="Head of Procurement", email="o.kovalenko@agropolyv.com.ua",
              phone="+380487342190", country="UA",
              products=[P("PP compression coupling 32 mm", 15000, "pcs"),
                        P("PP compression elbow 32 mm", 8000, "pcs"),
                        P("Drip tape 16 mm", 400, "rolls")],
              incoterm="FOB", destination="Constanta", payment_terms="T/T",
              certifications=["ISO9001"]))

# ---------------------------------------------------------------- val-019 notification: policy newsletter
_pol = T("""
    Dear Alibaba.com Member,

    To keep Alibaba.com a trusted marketplace, we are updating our Product
    Listing Policy. The changes take effect on October 15, 2026.

    What is changing:
    1. Listings whose displayed price differs from the actual transaction price
       by more than 50% will be ranked lower in search results.
    2. Products that need certification in the destination market (e.g. CE,
       FCC, UL) must show valid certificate documents in the Certifications
       section of the listing.
    3. Duplicate listings of identical products will be removed without notice.

    Please review your product listings before the effective date. You can
    check their status in My Alibaba > Products > Manage Products.

    Thank you for your continued support.
    Alibaba.com Rules Center

    This is an automatically generated email. Please do not reply.
    """)
msg(19,
    date=dt.datetime(2026, 9, 22, 10, 0, 3, tzinfo=CN),
    frm=addr("Alibaba.com", "notice@notice.alibaba.com"),
    to="sales@hongbopack.com",
    subject="Important update: Product Listing Policy changes effective October 15, 2026",
    msgid="<edm.20260922100003.4412987@notice.alibaba.com>",
    rcv=("out-190.notice.alibaba.com", "47.246.137.190"),
    extra=[("Precedence", "bulk")],
    body=alternative(_pol, "UTF-8", "----=_Part_4412987_1830945126.1790042403000", style="div",
                     plain_cte="7bit"),
    lab=label("notification", "en"))

# ---------------------------------------------------------------- val-020 TH WhatsApp only
msg(20,
    date=dt.datetime(2026, 9, 23, 20, 16, 59, tzinfo=tz(7)),
    frm=addr("somchai p", "somchai.pkr@hotmail.com"),
    to="sales@hongbopack.com",
    subject="need price food container",
    msgid="<TYZPR04MB5921E3D0B7A1C8F4A2D6B9E1C0F3A5D7@TYZPR04MB5921.apcprd04.prod.outlook.com>",
    rcv=("APC01-TYZ-obe.outbound.protection.outlook.com", "40.107.255.77"),
    body=text_part(T("""
        hello

        i need PP food container 500ml with lid, microwave ok, clear, 100,000 pcs
        and PP food container 750ml same type 50,000 pcs. for my shop in Bangkok
        (wholesale to restaurant)

        pls send price CIF Bangkok and MOQ. if price ok i order next month.

        pls contact me whatsapp +66 81 937 2204, i not check email often

        somchai
        """), cs="utf-8", cte="7bit"),
    lab=label("inquiry", "en",
              contact_name="somchai", email="somchai.pkr@hotmail.com", phone="+66819372204",
              country="TH",
              products=[P("PP food container 500ml with lid", 100000, "pcs"),
                        P("PP food container 750ml", 50000, "pcs")],
              incoterm="CIF", destination="Bangkok"))

# ---------------------------------------------------------------- val-021 Made-in-China.com notification (ID)
_mic = T("""
    Dear Supplier,

    You have received a new inquiry on Made-in-China.com.

    Inquiry No.: 2609241573806
    Product: Stainless Steel Gate Valve

    Buyer Information
    Name: Mr. Hendra Wijaya
    Company: PT Sinar Baja Teknik
    Country/Region: Indonesia
    E-mail: hen***@***.co.id (shown after you reply)
    Tel: +62-21-****-8841

    Message:
    Dear sir, we need stainless steel gate valves for a palm oil mill project:
    - SS316 gate valve 4", flanged ANSI 150#: 120 pcs
    - SS316 gate valve 6", flanged ANSI 150#: 60 pcs
    Please quote CIF Jakarta with delivery time. Mill test certificate required.

    Reply to this inquiry: https://membercenter.made-in-china.com/inquiry/2609241573806

    This email was sent by Made-in-China.com. Please do not reply directly.
    """)
msg(21,
    date=dt.datetime(2026, 9, 24, 16, 39, 27, tzinfo=CN),
    frm=addr("Made-in-China.com", "service@made-in-china.com"),
    to="sales@qiantong-valve.com",
    subject="New Inquiry: Stainless Steel Gate Valve - from Indonesia",
    msgid="<20260924163927.2609241573806.inquiry@made-in-china.com>",
    rcv=("mta12.made-in-china.com", "116.211.149.22"),
    body=alternative(_mic, "UTF-8", "----=_Part_287731_96618845.1790239167000", style="div",
                     plain_cte="7bit"),
    lab=label("inquiry", "en",
              company_name="PT Sinar Baja Teknik", contact_name="Hendra Wijaya", country="ID",
              products=[P('SS316 gate valve 4"', 120, "pcs"),
                        P('SS316 gate valve 6"', 60, "pcs")],
              incoterm="CIF", destination="Jakarta"))

# ---------------------------------------------------------------- val-022 KR euc-kr
msg(22,
    date=dt.datetime(2026, 9, 25, 10, 8, 41, tzinfo=tz(9)),
    frm=addr("김민준", "mj.kim@hanbit-trade.co.kr", "euc-kr"),
    to="export@mubai-furniture.com",
    subject="캠핑 의자 및 테이블 견적 요청",
    hcs="euc-kr",
    msgid="<20260925010841.a5K3mQ9tRzWv0x@hanbit-trade.co.kr>",
    rcv=("mail.hanbit-trade.co.kr", "211.45.137.82"),
    body=text_part(T("""
        안녕하세요.

        저희는 서울에 있는 아웃도어 용품 수입 유통 회사 한빛무역(주)입니다.
        귀사의 캠핑 가구를 보고 연락드립니다. 아래 품목의 견적을 부탁드립니다.

        1. 접이식 캠핑 의자 (알루미늄 프레임, 600D 옥스포드) - 2,000개
        2. 롤 테이블 90x60cm - 500개
        3. 릴렉스 체어 (하이백) - 800개

        캠핑 의자의 목표 단가는 개당 USD 11.50 입니다.
        가격 조건은 FOB 칭다오로 부탁드리며, 도착항은 부산입니다.
        결제는 T/T 선금 30%, 잔금 70% 선적 전 조건을 희망합니다.
        본 주문 전에 샘플을 각 1개씩 보내주시기 바랍니다.

        10월 10일까지 견적서를 보내주시면 감사하겠습니다.

        감사합니다.

        김민준 과장
        한빛무역(주) 해외구매팀
        서울특별시 금천구 가산디지털2로 98
        Tel: 02-2108-4471 / Fax: 02-2108-4472
        """), cs="euc-kr", cte="base64", label="euc-kr"),
    lab=label("inquiry", "ko",
              company_name="한빛무역(주)", contact_name="김민준", contact_title="과장",
              email="mj.kim@hanbit-trade.co.kr", phone="+82221084471", country="KR",
              products=[P("접이식 캠핑 의자", 2000, "pcs", 11.5, "USD"),
                        P("롤 테이블 90x60cm", 500, "pcs"),
                        P("릴렉스 체어", 800, "pcs")],
              incoterm="FOB", destination="부산", payment_terms="T/T",
              sample_request=True, deadline="2026-10-10"))

# ---------------------------------------------------------------- val-023 JP Shift_JIS
msg(23,
    date=dt.datetime(2026, 9, 26, 11, 3, 18, tzinfo=tz(9)),
    frm=addr("佐藤 健一", "k.sato@sunrise-shoji.co.jp", "shift_jis"),
    to="export@jinfeng-kitchen.com",
    subject="ステンレス弁当箱のお見積り依頼",
    hcs="shift_jis",
    msgid="<202609261103.KS0926A7@sunrise-shoji.co.jp>",
    rcv=("smtp.sunrise-shoji.co.jp", "210.148.77.15"),
    extra=[("X-Mailer", "Becky! ver. 2.81.05")],
    body=text_part(T("""
        ご担当者様

        突然のご連絡失礼いたします。
        株式会社サンライズ商事の佐藤と申します。
        弊社は大阪でキッチン用品・生活雑貨の輸入卸を行っております。
        貴社ホームページを拝見し、お見積りをお願いしたくご連絡いたしました。

        【品目】
        1. ステンレス製弁当箱 2段 800ml（シリコンパッキン付き）　5,000個
        2. ステンレス製 保温マグ 350ml　3,000個

        【条件】
        ・価格条件：CIF大阪
        ・支払条件：T/T
        ・日本の食品衛生法の検査に対応できること

        まずはサンプルを各2個お送りいただけますでしょうか。
        お見積りは10月16日までにいただけますと幸いです。

        何卒よろしくお願い申し上げます。

        ――――――――――――――――
        株式会社サンライズ商事
        営業部 課長　佐藤 健一
        〒550-0012 大阪市西区立売堀2-5-18
        TEL: 06-6538-2714　FAX: 06-6538-2715
        ――――――――――――――――
        """), cs="shift_jis", cte="base64", label="Shift_JIS"),
    lab=label("inquiry", "ja",
              company_name="株式会社サンライズ商事", contact_name="佐藤 健一", contact_title="課長",
              email="k.sato@sunrise-shoji.co.jp", phone="+81665382714", country="JP",
              products=[P("ステンレス製弁当箱 2段 800ml", 5000, "pcs"),
                        P("ステンレス製 保温マグ 350ml", 3000, "pcs")],
              incoterm="CIF", destination="大阪", payment_terms="T/T",
              sample_request=True, deadline="2026-10-16"))

# ---------------------------------------------------------------- val-024 spam zh gb2312 (fake invoices)
msg(24,
    date=dt.datetime(2026, 9, 28, 3, 12, 40, tzinfo=CN),
    frm=addr("陈经理", "fp8837@kf-service88.cn", "gb2312"),
    to="sales@lufengbike.com",
    subject="您好！代开各类发票，点数优惠，可先验票",
    hcs="gb2312",
    msgid="<20260928031240.8837.fp@kf-service88.cn>",
    rcv=("kf-service88.cn", "103.77.241.16"),
    body=text_part(T("""
        您好！

        本公司长期代开全国各地增值税专用发票、普通发票、运输发票、
        海关进口增值税缴款书等，点数优惠，量大从优，可先验票后付款。

        诚信合作，长期有效，欢迎来电咨询！

        联系人：陈经理
        电话/微信：139 2874 6615
        QQ：2837746612

        （如有打扰，敬请谅解）
        """), cs="gb2312", cte="base64"),
    lab=label("spam", "zh"))

# ---------------------------------------------------------------- val-025 TR windows-1254
msg(25,
    date=dt.datetime(2026, 9, 29, 9, 44, 2, tzinfo=tz(3)),
    frm=addr("Mehmet Yılmazer", "mehmet.yilmazer@akdenizdisticaret.com.tr", "windows-1254"),
    to="sales@lufengbike.com",
    subject="Fiyat teklifi talebi - bisiklet lastiği ve iç lastik",
    hcs="windows-1254",
    msgid="<000001dd4fd2$1b7e3a60$5279af20$@akdenizdisticaret.com.tr>",
    rcv=("mail.akdenizdisticaret.com.tr", "88.255.96.41"),
    extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "tr")],
    body=text_part(T("""
        Merhaba,

        Firmamız Mersin'de bisiklet yedek parça ithalatı ve toptan satışı
        yapmaktadır. Çin'deki mevcut tedarikçimizi değiştirmek istiyoruz ve
        aşağıdaki ürünler için fiyat teklifinizi rica ediyoruz:

        - Bisiklet dış lastiği 26x1.95, siyah: 3.000 adet
        - Bisiklet dış lastiği 29x2.10, siyah: 2.000 adet
        - İç lastik 26", Schrader valf: 6.000 adet

        Teslim şekli CIF Mersin, ödeme akreditif (L/C) ile olacaktır.
        Ürünlerin ISO 9001 sertifikalı bir fabrikada üretilmesi gerekmektedir.
        Teklifinizi 15 Ekim 2026 tarihine kadar bekliyoruz.

        Saygılarımızla,

        Mehmet Yılmazer
        Satın Alma Müdürü
        Akdeniz Dış Ticaret Ltd. Şti.
        Camiişerif Mah. 5214 Sok. No:7, Akdeniz / Mersin
        Tel: +90 324 238 45 67
        """), cs="windows-1254", cte="quoted-printable"),
    lab=label("inquiry", "tr",
              company_name="Akdeniz Dış Ticaret Ltd. Şti.", contact_name="Mehmet Yılmazer",
              contact_title="Satın Alma Müdürü", email="mehmet.yilmazer@akdenizdisticaret.com.tr",
              phone="+903242384567", country="TR",
              products=[P("Bisiklet dış lastiği 26x1.95", 3000, "pcs"),
                        P("Bisiklet dış lastiği 29x2.10", 2000, "pcs"),
                        P('İç lastik 26"', 6000, "pcs")],
              incoterm="CIF", destination="Mersin", payment_terms="L/C",
              certifications=["ISO9001"], deadline="2026-10-15"))

# ---------------------------------------------------------------- val-026 AE ar windows-1256
_ae = T("""
    السادة المحترمين،

    تحية طيبة وبعد،

    نحن شركة النور للأثاث المكتبي ذ.م.م في دبي، ونرغب في الحصول على عرض سعر
    للمنتجات التالية:

    1- كرسي مكتب شبكي بظهر عالٍ مع مسند رأس: 600 قطعة
    2- كرسي زوار بدون عجلات: 400 قطعة
    3- طاولة اجتماعات 240 × 120 سم: 25 قطعة

    السعر المستهدف لكرسي المكتب الشبكي هو 145 درهم إماراتي (AED) للقطعة.
    الشحن: CIF جبل علي، والدفع عن طريق تحويل بنكي (30% مقدماً والباقي مقابل صورة بوليصة الشحن).
    نرجو إرسال عينة واحدة من كرسي المكتب قبل تأكيد الطلب.

    مع خالص الشكر،

    خالد المنصوري
    مدير المشتريات
    شركة النور للأثاث المكتبي ذ.م.م
    دبي، الإمارات العربية المتحدة
    هاتف: \u200e+971 4 338 6120
    """)
_ae_html = "".join(
    f'<p class="MsoNormal" dir="RTL" style="text-align:right">{html.escape(l, quote=False) or "&nbsp;"}</p>\n'
    for l in _ae.rstrip("\n").split("\n"))
msg(26,
    date=dt.datetime(2026, 9, 30, 11, 26, 35, tzinfo=tz(4)),
    frm=addr("خالد المنصوري", "khaled@alnoor-furniture.ae", "windows-1256"),
    to="export@mubai-furniture.com",
    subject="طلب عرض سعر - كراسي مكتب",
    hcs="windows-1256",
    msgid="<002401dd50b7$9e3a1f70$dab05e50$@alnoor-furniture.ae>",
    rcv=("mail.alnoor-furniture.ae", "94.200.156.19"),
    extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ar-ae")],
    body=alternative(_ae, "windows-1256", "----=_NextPart_000_0025_01DD50B7.9E3A1F70",
                     html_body=_ae_html),
    lab=label("inquiry", "ar",
              company_name="شركة النور للأثاث المكتبي ذ.م.م", contact_name="خالد المنصوري",
              contact_title="مدير المشتريات", email="khaled@alnoor-furniture.ae",
              phone="+97143386120", country="AE",
              products=[P("كرسي مكتب شبكي بظهر عالٍ", 600, "pcs", 145, "AED"),
                        P("كرسي زوار بدون عجلات", 400, "pcs"),
                        P("طاولة اجتماعات 240 × 120 سم", 25, "pcs")],
              incoterm="CIF", destination="جبل علي", payment_terms="T/T",
              sample_request=True))

# ---------------------------------------------------------------- val-027 QA Outlook reply
_qa_new = T("""
    Hi Tina,

    Thank you for the catalogue and price list. After discussion with our chef
    team we would like a quotation for the following for our new central kitchen:

    1. Roll top chafing dish 9 L, 18/8 stainless steel (your HL-CD901) - 120 sets
    2. Gastronorm pan GN 1/1 x 65 mm, 0.8 mm - 1,500 pcs
    3. Gastronorm pan GN 1/2 x 100 mm - 800 pcs

    Please quote DDP Doha (our warehouse in Industrial Area, Street 24). All items
    must be NSF approved, please share the certificate.
    We need the goods delivered not later than 15th December 2026 because of the
    opening.

    Regards,
    Sanjeev Menon
    Procurement Executive
    Pearl Coast Catering Services W.L.L.
    P.O. Box 24117, Doha, Qatar
    Tel: +974 4431 2786 | Fax: +974 4431 2790
    """)
_qa_old = T("""
    From: Tina Huang <tina@hengli-ss.com>
    Sent: Wednesday, September 30, 2026 4:18 PM
    To: Sanjeev Menon <sanjeev.m@pearlcoastcatering.com>
    Subject: Catalogue - Hengli buffet & catering equipment

    Dear Sanjeev,

    Nice to meet you at HOTELEX Shanghai. Attached is our 2026 catalogue, EXW prices:
    HL-CD901 roll top chafing dish 9L: USD 46.80/set
    GN 1/1 x 65 mm, 0.8 mm: USD 5.20/pc; GN 1/2 x 100 mm: USD 3.90/pc

    Best regards,
    Tina Huang
    Export Sales
    Chaozhou Hengli Stainless Steel Products Co., Ltd.
    Tel: +86 768 6823 5541  WhatsApp: +86 135 0268 7712
    www.hengli-ss.com
    """)
_qa_html = (lines_html(_qa_new)
            + '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
            + lines_html(_qa_old) + "</div>\n")
msg(27,
    date=dt.datetime(2026, 10, 1, 9, 37, 50, tzinfo=tz(3)),
    frm=addr("Sanjeev Menon", "sanjeev.m@pearlcoastcatering.com"),
    to=addr("Tina Huang", "tina@hengli-ss.com"),
    subject="RE: Catalogue - Hengli buffet & catering equipment",
    msgid="<AS8PR02MB9017C6D5E4F3A2B1C0D9E8F7A6B5C4D3@AS8PR02MB9017.eurprd02.prod.outlook.com>",
    rcv=("EUR02-AM0-obe.outbound.protection.outlook.com", "40.107.247.50"),
    extra=[("In-Reply-To", "<tencent_8C2F9A1E4B7D3C6A5F0E1D2C@qq.com>"),
           ("References", "<tencent_8C2F9A1E4B7D3C6A5F0E1D2C@qq.com>"),
           ("Thread-Topic", "Catalogue - Hengli buffet & catering equipment"),
           ("Content-Language", "en-GB")],
    body=alternative(_qa_new + "\n" + _qa_old, "utf-8",
                     "_000_AS8PR02MB9017C6D5E4F3A2B1C0D9E8F7A6B5C4D3AS8PR02MB9017eurp_",
                     html_body=_qa_html),
    lab=label("inquiry", "en",
              company_name="Pearl Coast Catering Services W.L.L.", contact_name="Sanjeev Menon",
              contact_title="Procurement Executive", email="sanjeev.m@pearlcoastcatering.com",
              phone="+97444312786", country="QA",
              products=[P("Roll top chafing dish 9 L", 120, "sets"),
                        P("Gastronorm pan GN 1/1 x 65 mm", 1500, "pcs"),
                        P("Gastronorm pan GN 1/2 x 100 mm", 800, "pcs")],
              incoterm="DDP", destination="Doha", certifications=["NSF"],
              deadline="2026-12-15"))

# ---------------------------------------------------------------- val-028 Alibaba.com inquiry notification (GH)
_ali = T("""
    Hello Shenzhen Hongbo Packaging Co., Ltd.,

    You have received a new inquiry from a buyer on Alibaba.com.

    Product: 50kg PP Woven Bag for Grain, Laminated
    Quantity: 100000 Pieces

    Buyer: Kofi Asante-Boateng
    Company: Asante Agro Commodities Ltd
    Country/Region: Ghana
    Email: ko****@****.com.gh   Phone: +233 ** *** 4418
    (Contact details are visible after you reply in Message Center.)

    Message:
    Hi, I need 50kg PP woven bags for cocoa and maize, laminated, 2 colors print
    one side, size 60x100 cm. Quantity 100,000 pieces. Please quote CFR Tema.
    We can pay by Trade Assurance. Send a sample bag with your price.

    Reply now: https://message.alibaba.com/msgsend/contact.htm?inquiryId=3107782641

    Alibaba.com, 969 West Wen Yi Road, Yu Hang District, Hangzhou, China
    """)
msg(28,
    date=dt.datetime(2026, 10, 2, 22, 5, 14, tzinfo=CN),
    frm=addr("Alibaba.com", "notice@notice.alibaba.com"),
    to="sales@hongbopack.com",
    subject="You have a new inquiry: 50kg PP Woven Bag for Grain, Laminated",
    msgid="<inquiry.3107782641.1790949914@notice.alibaba.com>",
    rcv=("out-191.notice.alibaba.com", "47.246.137.191"),
    body=alternative(_ali, "UTF-8", "----=_Part_3107782641_77220.1790949914000", style="div",
                     plain_cte="7bit"),
    lab=label("inquiry", "en",
              company_name="Asante Agro Commodities Ltd", contact_name="Kofi Asante-Boateng",
              country="GH",
              products=[P("50kg PP Woven Bag", 100000, "pcs")],
              incoterm="CFR", destination="Tema", payment_terms="Trade Assurance",
              sample_request=True))

# ---------------------------------------------------------------- val-029 DSN bounce
_dsn_text = T("""
    This is the mail system at host mail.hongbopack.com.

    I'm sorry to have to inform you that your message could not
    be delivered to one or more recipients. It's attached below.

    For further assistance, please send mail to postmaster.

    If you do so, please include this problem report. You can
    delete your own text from the attached returned message.

                       The mail system

    <purchasing@andespack-bolivia.com.bo>: host
        mx1.andespack-bolivia.com.bo[190.181.23.14] said: 550 5.1.1
        <purchasing@andespack-bolivia.com.bo>: Recipient address rejected: User
        unknown in virtual mailbox table (in reply to RCPT TO command)
    """)
_b1 = Message()
_b1["Reporting-MTA"] = "dns; mail.hongbopack.com"
_b1["X-Postfix-Queue-ID"] = "4Q8Wc31Zr2z9sHk"
_b1["X-Postfix-Sender"] = "rfc822; sales@hongbopack.com"
_b1["Arrival-Date"] = "Mon, 5 Oct 2026 10:02:11 +0800 (CST)"
_b2 = Message()
_b2["Final-Recipient"] = "rfc822; purchasing@andespack-bolivia.com.bo"
_b2["Original-Recipient"] = "rfc822;purchasing@andespack-bolivia.com.bo"
_b2["Action"] = "failed"
_b2["Status"] = "5.1.1"
_b2["Remote-MTA"] = "dns; mx1.andespack-bolivia.com.bo"
_b2["Diagnostic-Code"] = ("smtp; 550 5.1.1 <purchasing@andespack-bolivia.com.bo>: Recipient "
                          "address rejected: User unknown in virtual mailbox table")
_ds = Message()
_ds["Content-Description"] = "Delivery report"
_ds["Content-Type"] = "message/delivery-status"
_ds.attach(_b1)
_ds.attach(_b2)
_hdrs = text_part(T("""
    Return-Path: <sales@hongbopack.com>
    From: "Anna Xu" <sales@hongbopack.com>
    To: purchasing@andespack-bolivia.com.bo
    Subject: Quotation HB-Q-261005 - PP food containers 500ml / 750ml
    Date: Mon, 5 Oct 2026 10:02:05 +0800
    Message-ID: <20261005100205.HBQ261005@hongbopack.com>
    MIME-Version: 1.0
    Content-Type: multipart/mixed; boundary="----=_Part_88231_1023.1791165725"
    """), "rfc822-headers", "us-ascii", "7bit",
    extra=[("Content-Description", "Undelivered Message Headers")])
_notice = text_part(_dsn_text, "plain", "us-ascii", "7bit",
                    extra=[("Content-Description", "Notification")])
msg(29,
    date=dt.datetime(2026, 10, 5, 10, 2, 14, tzinfo=CN),
    frm=addr("Mail Delivery System", "MAILER-DAEMON@mail.hongbopack.com"),
    to="sales@hongbopack.com",
    subject="Undelivered Mail Returned to Sender",
    msgid="<20261005020214.3F1B42A0C7@mail.hongbopack.com>",
    return_path="<>",
    extra=[("Auto-Submitted", "auto-replied")],
    body=multipart("report", [_notice, _ds, _hdrs], "4Q8Wc31Zr2z9sHk.1791165734/mail.hongbopack.com",
                   params="; report-type=delivery-status",
                   preamble="This is a MIME-encapsulated message."),
    lab=label("notification", "en"))

# ---------------------------------------------------------------- val-030 IndiaMART notification (IN)
_im = T("""
    Dear Lufeng Bicycle,

    You have received a new BuyLead for "Bicycle Freewheel" through IndiaMART.

    Enquiry Details
    Product Name : Bicycle Freewheel 18T Single Speed
    Quantity     : 5000 Piece
    Approx. Order Value : Rs. 4 to 5 Lakh
    Purpose      : Resale
    Requirement  : Need 18T single speed freewheel, zinc plated, for roadster
                   cycles. Sample required before order. Please share price CIF
                   Nhava Sheva.

    Buyer Details
    Name     : Gurpreet Singh Sandhu
    Company  : Sandhu Cycle Industries
    Location : Ludhiana, Punjab, India
    Mobile   : +91-98XXXXXX45 (Verified)
    Email    : gs*****@gmail.com (Verified)

    Reply now to view full contact details: https://seller.indiamart.com/bltxn/?enq=88213047

    Team IndiaMART
    """)
msg(30,
    date=dt.datetime(2026, 10, 7, 12, 14, 9, tzinfo=tz(5.5)),
    frm=addr("IndiaMART", "buyleads@indiamart.com"),
    to="sales@lufengbike.com",
    subject="Buyer enquiry for Bicycle Freewheel from Ludhiana, Punjab",
    msgid="<88213047.20261007121409.bl@indiamart.com>",
    rcv=("mailer2.indiamart.com", "103.231.78.42"),
    body=alternative(_im, "UTF-8", "=_im_5f2c8e1a9b3d4077", style="div", plain_cte="7bit"),
    lab=label("inquiry", "en",
              company_name="Sandhu Cycle Industries", contact_name="Gurpreet Singh Sandhu",
              country="IN",
              products=[P("Bicycle Freewheel 18T Single Speed", 5000, "pcs")],
              incoterm="CIF", destination="Nhava Sheva", sample_request=True))

# ---------------------------------------------------------------- val-031 OOO (de)
msg(31,
    date=dt.datetime(2026, 10, 9, 8, 1, 7, tzinfo=tz(2)),
    frm=addr("Sabine Krüger", "s.krueger@hansen-armaturen.de", "iso-8859-1"),
    to="sales@qiantong-valve.com",
    subject="Automatische Antwort: AW: Angebot Kugelhähne DN15-DN50",
    hcs="iso-8859-1",
    msgid="<e3b1a9c0-5d2f-4b8e-9a71-0c6d4f2e8b13@hansen-armaturen.de>",
    rcv=("mail.hansen-armaturen.de", "212.114.250.36"),
    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
           ("Content-Language", "de-DE")],
    body=text_part(T("""
        Vielen Dank für Ihre Nachricht.

        Ich bin vom 05.10. bis einschließlich 16.10.2026 nicht im Büro und habe
        nur eingeschränkt Zugriff auf meine E-Mails. Ihre Nachricht wird nicht
        weitergeleitet.

        In dringenden Fällen wenden Sie sich bitte an meinen Kollegen
        Herrn Thomas Brandt, Tel. +49 40 548921-23, t.brandt@hansen-armaturen.de.

        Mit freundlichen Grüßen
        Sabine Krüger
        Einkauf
        Hansen Armaturen GmbH
        """), cs="iso-8859-1", cte="quoted-printable"),
    lab=label("other", "de"))

# ---------------------------------------------------------------- val-032 AT de table, EXW, fax
_at = T("""
    Sehr geehrte Damen und Herren,

    wir sind ein Großhändler für Sanitär- und Heizungstechnik mit Sitz in Graz
    und beliefern Installateure in der Steiermark und in Kärnten. Auf der Suche
    nach einem zusätzlichen Lieferanten sind wir auf Ihre Firma in Ningbo
    gestoßen. Bitte senden Sie uns Ihr Angebot für folgende Artikel:

    Pos.  Artikel                                    Menge         Zielpreis
    1     Messing-Kugelhahn DN15, IG/IG, PN 25       5.000 Stück   EUR 2,10
    2     Messing-Kugelhahn DN20, IG/IG, PN 25       3.000 Stück   EUR 2,95
    3     Heizkörperventil Eckform 1/2", vernickelt  2.500 Stück   -
    4     Rücklaufverschraubung 1/2"                 2.500 Stück   -

    Preise bitte EXW Ningbo, die Abholung organisiert unsere Spedition.
    Alle Artikel müssen CE-gekennzeichnet und REACH-konform sein; bitte
    Prüfzeugnisse mitsenden. Zahlungsbedingung: 30 % Anzahlung per
    Überweisung, Rest vor Verladung.

    Wir benötigen Ihr Angebot bis spätestens 30.10.2026.

    Mit freundlichen Grüßen

    Florian Hofbauer
    Einkaufsleiter
    Alpen Sanitärtechnik GmbH
    Conrad-von-Hötzendorf-Straße 88, 8010 Graz, Österreich
    Tel. +43 316 471902
    Fax +43 316 471902-9
    www.alpen-sanitaer.at
    """)
_at_rows = [("1", "Messing-Kugelhahn DN15, IG/IG, PN 25", "5.000 Stück", "EUR 2,10"),
            ("2", "Messing-Kugelhahn DN20, IG/IG, PN 25", "3.000 Stück", "EUR 2,95"),
            ("3", 'Heizkörperventil Eckform 1/2", vernickelt', "2.500 Stück", "-"),
            ("4", 'Rücklaufverschraubung 1/2"', "2.500 Stück", "-")]
_at_head, _at_tail = _at.split("Pos.  Artikel")[0], _at.split('2.500 Stück   -\n\n')[-1]
_at_html = (lines_html(_at_head)
            + '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="3" '
              'style="border-collapse:collapse">\n'
            + "<tr><td><b>Pos.</b></td><td><b>Artikel</b></td><td><b>Menge</b></td>"
              "<td><b>Zielpreis</b></td></tr>\n"
            + "".join(f"<tr><td>{a}</td><td>{html.escape(b, quote=False)}</td><td>{c}</td>"
                      f"<td>{d}</td></tr>\n" for a, b, c, d in _at_rows)
            + "</table>\n" + lines_html("\n" + _at_tail))
msg(32,
    date=dt.datetime(2026, 10, 12, 14, 55, 30, tzinfo=tz(2)),
    frm=addr("Florian Hofbauer", "f.hofbauer@alpen-sanitaer.at"),
    to="sales@qiantong-valve.com",
    subject="Anfrage: Messing-Kugelhähne und Heizkörperventile",
    hcs="iso-8859-1",
    msgid="<VI1PR08MB5360B2A4C6E8D0F1A3B5C7D9E1F2A4B6@VI1PR08MB5360.eurprd08.prod.outlook.com>",
    rcv=("EUR04-VI1-obe.outbound.protection.outlook.com", "40.107.8.112"),
    extra=[("Content-Language", "de-AT")],
    body=alternative(_at, "iso-8859-1",
                     "_000_VI1PR08MB5360B2A4C6E8D0F1A3B5C7D9E1F2A4B6VI1PR08MB5360eurp_",
                     html_body=_at_html),
    lab=label("inquiry", "de",
              company_name="Alpen Sanitärtechnik GmbH", contact_name="Florian Hofbauer",
              contact_title="Einkaufsleiter", email="f.hofbauer@alpen-sanitaer.at",
              phone="+43316471902", country="AT", website="alpen-sanitaer.at",
              products=[P("Messing-Kugelhahn DN15", 5000, "pcs", 2.1, "EUR"),
                        P("Messing-Kugelhahn DN20", 3000, "pcs", 2.95, "EUR"),
                        P('Heizkörperventil Eckform 1/2"', 2500, "pcs"),
                        P('Rücklaufverschraubung 1/2"', 2500, "pcs")],
              incoterm="EXW", payment_terms="T/T", certifications=["CE", "REACH"],
              deadline="2026-10-30"))

# ---------------------------------------------------------------- val-033 phishing bank lookalike
_bank_plain = T("""
    Dear Valued Customer,

    This is to inform you that a payment has been remitted to your account.

    Payment Reference : HK-TT-20261014-88213
    Amount            : USD 48,750.00
    Value Date        : 14 Oct 2026
    Ordering Customer : MERIDIAN IMPORTS LLC

    The beneficiary bank requires confirmation before the funds are credited.
    Please view the attached SWIFT MT103 copy and confirm receipt by signing in
    with your company e-mail address and password:

    https://hsbc-payment-advice.com.secure-docs.xyz/mt103/view?ref=88213

    Unconfirmed payments are returned to the remitter after 48 hours.

    Regards,
    Global Payments Advising
    HSBC Trade Services
    """)
msg(33,
    date=dt.datetime(2026, 10, 14, 6, 33, 21, tzinfo=tz(0)),
    frm=addr("HSBC Payment Advice", "advice@hsbc-paymentadvice.com"),
    to="sales@kaisheng-autoparts.com",
    subject="Payment Advice - Ref HK-TT-20261014-88213 (USD 48,750.00)",
    msgid="<20261014063321.88213.advice@hsbc-paymentadvice.com>",
    rcv=("smtp.hsbc-paymentadvice.com", "185.234.72.61"),
    body=alternative(_bank_plain, "us-ascii", "==BOUNDARY_88213_6a1f", style="div", plain_cte="7bit",
                     cte="7bit"),
    lab=label("phishing", "en"))

# ---------------------------------------------------------------- val-034 NG FOB Shanghai to Lagos, numbers
msg(34,
    date=dt.datetime(2026, 10, 16, 11, 8, 3, tzinfo=tz(1)),
    frm=addr("Chukwuemeka Obi", "emeka@obimotorspares.com.ng"),
    to=addr("Jack Zheng", "sales@kaisheng-autoparts.com"),
    subject="Repeat order + new items - PO 2026/1016-0803",
    msgid="<7a9c2e10-4f3b-4d8a-b6e1-9c0d2f5a8e31@obimotorspares.com.ng>",
    rcv=("mail.obimotorspares.com.ng", "102.89.44.150"),
    body=text_part(T("""
        Dear Jack,

        Greetings from Lagos. Thank you for the last shipment (your PI No.
        KS-20260714-0355, B/L dated 2026-08-21), goods arrived in good condition.

        We want to place a repeat order and add new items. Please send proforma
        invoice FOB Shanghai, to Lagos (Apapa port):

        1. Front brake pads Toyota Corolla, OEM 04465-02220 - 4,000 sets
        2. Front brake pads Toyota Camry, OEM 04465-33450 - 2,500 sets
        3. Shock absorber front, Honda Accord 2008-2012, OEM 51605-TA0-A02 - 600 pcs
        4. Oil filter 90915-YZZE1 - 10,000 pcs

        Our target for the Corolla pads is USD 3.40 per set, same as last order.
        Payment as usual T/T 30% deposit, balance against copy of B/L.
        Our PO number is 2026/1016-0803, please mention it on the PI and cartons.

        Best regards,
        Chukwuemeka Obi
        Managing Director
        Obi Motor Spares Nigeria Ltd.
        17 Ladipo Street, Mushin, Lagos
        Tel: +234 803 412 7765
        """), cs="utf-8", cte="7bit"),
    lab=label("inquiry", "en",
              company_name="Obi Motor Spares Nigeria Ltd.", contact_name="Chukwuemeka Obi",
              contact_title="Managing Director", email="emeka@obimotorspares.com.ng",
              phone="+2348034127765", country="NG",
              products=[P("Front brake pads Toyota Corolla", 4000, "sets", 3.4, "USD"),
                        P("Front brake pads Toyota Camry", 2500, "sets"),
                        P("Shock absorber front, Honda Accord", 600, "pcs"),
                        P("Oil filter 90915-YZZE1", 10000, "pcs")],
              incoterm="FOB", destination="Lagos", payment_terms="T/T"))

# ---------------------------------------------------------------- val-035 forwarder pitch (zh, GBK)
msg(35,
    date=dt.datetime(2026, 10, 20, 9, 30, 0, tzinfo=CN),
    frm=addr("深圳环宇通国际物流-李先生", "sales03@szhyt-logistics.com", "gbk"),
    to="sales@hongbopack.com",
    subject="【运价更新】11月深圳/宁波出口海运价格 - 拉各斯/杰贝阿里/卡亚俄",
    hcs="gbk",
    msgid="<202610200930001234567@szhyt-logistics.com>",
    rcv=("smtp.szhyt-logistics.com", "120.79.33.214"),
    extra=[("X-Mailer", "Foxmail 7.2.25.254[cn]")],
    body=text_part(T("""
        尊敬的外贸经理您好！

        我是深圳环宇通国际物流有限公司的小李，我司专注中国至非洲、中东、南美的
        海运整柜及拼箱业务，以下是11月最新运价（美元，仅供参考）：

        深圳/蛇口 -> 拉各斯(Apapa)    40HQ  USD 2,950
        宁波 -> 杰贝阿里              40HQ  USD 1,280
        上海 -> 卡亚俄(Callao)        40HQ  USD 2,150
        拼箱 深圳 -> 蒙巴萨           USD 65/CBM

        可提供双清包税到门（DDP）服务，一票一报，代办报关报检、产地证。
        如有货物需要出运，欢迎随时联系！

        李先生
        手机/微信：+86 138 2653 7409
        电话：0755-2598 6634
        深圳环宇通国际物流有限公司
        """), cs="gbk", cte="8bit", label="GBK"),
    lab=label("other", "zh"))

# ---------------------------------------------------------------- val-036 "thanks, received" (es)
msg(36,
    date=dt.datetime(2026, 10, 23, 17, 45, 12, tzinfo=tz(-6)),
    frm=addr("Alejandro Treviño", "atrevino@ferremaxnorte.com.mx", "iso-8859-1"),
    to=addr("Sandy Wu", "sandy@qiantong-valve.com"),
    subject="RE: Quotation QT-2610-118 brass valves / Ferremax",
    hcs="iso-8859-1",
    msgid="<000d01dd6338$2f4c9e80$8de5db80$@ferremaxnorte.com.mx>",
    rcv=("mail.ferremaxnorte.com.mx", "201.174.22.91"),
    extra=[("In-Reply-To", "<20261022091204.QT2610118@qiantong-valve.com>"),
           ("X-Mailer", "Microsoft Outlook 16.0")],
    body=text_part(T("""
        Hola Sandy,

        Recibido, muchas gracias. Lo reviso con dirección y le confirmo la
        próxima semana.

        Saludos,
        Alejandro

        Ing. Alejandro Treviño Garza
        Gerente de Compras
        Ferremax del Norte S.A. de C.V.
        Monterrey, N.L., México
        Tel. +52 81 8345 2290

        -----Mensaje original-----
        De: Sandy Wu <sandy@qiantong-valve.com>
        Enviado el: jueves, 22 de octubre de 2026 09:12
        Para: atrevino@ferremaxnorte.com.mx
        Asunto: Quotation QT-2610-118 brass valves / Ferremax

        Dear Alejandro,
        Please find attached our quotation QT-2610-118:
        - Brass ball valve 1/2" PN25: USD 1.86/pc FOB Ningbo, 8,000 pcs
        - Brass ball valve 3/4" PN25: USD 2.64/pc FOB Ningbo, 5,000 pcs
        Validity: 30 days. Payment: T/T 30/70.

        Best regards,
        Sandy Wu
        Ningbo Qiantong Valve Co., Ltd.
        Tel: +86 574 8772 9051
        """), cs="iso-8859-1", cte="quoted-printable"),
    lab=label("other", "es"))

# ---------------------------------------------------------------- val-037 customer newsletter greeting (pt)
_pt_news = T("""
    Prezados parceiros da Jinfeng,

    Mais um ano de muito trabalho está chegando ao fim e, em nome de toda a
    equipe da Casa Forte Utilidades, queremos agradecer pela parceria e pela
    qualidade dos produtos entregues em 2026.

    Algumas novidades por aqui:
    - inauguramos o nosso novo centro de distribuição em Joinville (SC);
    - chegamos a 42 lojas próprias no Sul e Sudeste do Brasil;
    - a linha de panelas inox foi a mais vendida da nossa Black Friday.

    Desejamos a todos muita saúde e sucesso, e esperamos revê-los na Feira de
    Cantão em abril!

    Um grande abraço,

    Fernanda Albuquerque
    Gerente de Importação
    Casa Forte Utilidades Domésticas Ltda.
    +55 47 3433-8120 | www.casaforte-utilidades.com.br
    """)
msg(37,
    date=dt.datetime(2026, 10, 27, 15, 20, 0, tzinfo=tz(-3)),
    frm=addr("Fernanda Albuquerque", "fernanda@casaforte-utilidades.com.br"),
    to="export@jinfeng-kitchen.com",
    subject="Obrigado pela parceria em 2026! Novidades da Casa Forte",
    hcs="utf-8",
    msgid="<CAPq1x7mL2vQk9Zt3Rw8Hn0Yb5Uf4Jc6Ds@mail.gmail.com>",
    rcv=("mail-yw1-f173.google.com", "209.85.128.173"),
    body=alternative(_pt_news, "UTF-8", "000000000000d41c5a0626b3e8f2", style="gmail",
                     cte="quoted-printable"),
    lab=label("other", "pt"))

# ---------------------------------------------------------------- val-038 TW zh Big5
msg(38,
    date=dt.datetime(2026, 11, 4, 10, 12, 33, tzinfo=CN),
    frm=addr("林志明", "cm.lin@yongsheng-trading.com.tw", "big5"),
    to="sales@lufengbike.com",
    subject="詢價：機械碟煞組 / 鋁合金花鼓",
    hcs="big5",
    msgid="<000601dd6dc2$4a7b3e10$df71ba30$@yongsheng-trading.com.tw>",
    rcv=("ms21.hinet.yongsheng-trading.com.tw", "61.220.43.198"),
    extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "zh-tw")],
    body=text_part(T("""
        您好，

        我們是台中的自行車零件貿易商永盛貿易股份有限公司，主要供應東南亞及歐洲的組裝廠。
        經朋友介紹，得知貴公司在天津生產自行車零件，想請您報價以下產品：

        1. 機械碟煞組（前後、含160mm碟盤）：5,000套
        2. 鋁合金前花鼓 32H，快拆：8,000個
        3. 鋁合金後花鼓 32H，8/9/10速卡式：8,000個

        報價條件：FOB 天津，付款方式為T/T。
        碟煞組的目標價是每套 USD 6.80。
        請先寄樣品各2套/個到台中，運費我們可以支付。
        另外想了解貴公司在深圳是否有倉庫？

        謝謝！

        林志明 經理
        永盛貿易股份有限公司
        台中市西屯區工業區一路58號
        電話：(04) 2359-1786
        傳真：(04) 2359-1787
        """), cs="big5", cte="8bit"),
    lab=label("inquiry", "zh",
              company_name="永盛貿易股份有限公司", contact_name="林志明", contact_title="經理",
              email="cm.lin@yongsheng-trading.com.tw", phone="+886423591786", country="TW",
              products=[P("機械碟煞組", 5000, "sets", 6.8, "USD"),
                        P("鋁合金前花鼓 32H", 8000, "pcs"),
                        P("鋁合金後花鼓 32H", 8000, "pcs")],
              incoterm="FOB", payment_terms="T/T", sample_request=True))

# ---------------------------------------------------------------- val-039 GB request only in CSV attachment
_gb_body = T("""
    Hi Lily,

    Hope all is well in Shaoxing. Please see the attached RFQ file for our AW27
    kitchen textiles range and send your best prices by 20 November.

    Many thanks,
    Harriet

    Harriet Pemberton
    Senior Buyer
    Brightwell Home Ltd
    Unit 4, Calder Park, Wakefield WF2 7AW, United Kingdom
    T: +44 1924 268513
    """)
_gb_csv = T("""
    item_code,description,material,size,colour,quantity,unit,target_price_gbp,incoterm,port
    BH-TT-01,Tea towel waffle weave,100% cotton,50x70 cm,sage/cream,24000,pcs,0.62,FOB,Ningbo
    BH-AP-02,Kitchen apron with pocket,cotton canvas,70x85 cm,navy,6000,pcs,2.35,FOB,Ningbo
    BH-OG-03,Double oven glove,cotton/polyester,90x18 cm,charcoal,8000,pcs,1.48,FOB,Ningbo
    """)
_csv = text_part(_gb_csv, "csv", "utf-8", "base64",
                 extra=[("Content-Disposition", 'attachment; filename="RFQ_BH-AW27-014.csv"')])
_csv.replace_header("Content-Type", 'text/csv; charset="utf-8"; name="RFQ_BH-AW27-014.csv"')
msg(39,
    date=dt.datetime(2026, 11, 12, 9, 41, 26, tzinfo=tz(0)),
    frm=addr("Harriet Pemberton", "harriet.pemberton@brightwellhome.co.uk"),
    to=addr("Lily Zhang", "lily@yaruitex.com"),
    subject="RFQ BH-AW27-014 - kitchen textiles",
    msgid="<LO2P265MB5112F0E1D2C3B4A5968778695A4B3C2D@LO2P265MB5112.GBRP265.PROD.OUTLOOK.COM>",
    rcv=("GBR01-LO2-obe.outbound.protection.outlook.com", "40.107.20.124"),
    extra=[("X-MS-Has-Attach", "yes"), ("Content-Language", "en-GB")],
    body=multipart("mixed", [
        alternative(_gb_body, "us-ascii", "_000_LO2P265MB5112F0E1D2C3B4A5968778695A4B3C2DLO2P265MB5112GBRP_",
                    plain_cte="7bit"),
        _csv], "_004_LO2P265MB5112F0E1D2C3B4A5968778695A4B3C2DLO2P265MB5112GBRP_"),
    lab=label("inquiry", "en",
              company_name="Brightwell Home Ltd", contact_name="Harriet Pemberton",
              contact_title="Senior Buyer", email="harriet.pemberton@brightwellhome.co.uk",
              phone="+441924268513", country="GB",
              products=[P("Tea towel waffle weave", 24000, "pcs", 0.62, "GBP"),
                        P("Kitchen apron with pocket", 6000, "pcs", 2.35, "GBP"),
                        P("Double oven glove", 8000, "pcs", 1.48, "GBP")],
              incoterm="FOB", deadline="2026-11-20"))

# ---------------------------------------------------------------- val-040 AO pt
msg(40,
    date=dt.datetime(2026, 11, 25, 14, 3, 57, tzinfo=tz(1)),
    frm=addr("Edson Manuel Tavares", "edson.tavares@kimbundu-comercial.co.ao"),
    to="export@jinfeng-kitchen.com",
    subject="Pedido de cotação - panelas de alumínio e faqueiros",
    msgid="<b7e20f1c93a44d5e8c61f0a2d3b4c5e6@kimbundu-comercial.co.ao>",
    rcv=("mail.kimbundu-comercial.co.ao", "197.149.90.36"),
    extra=[("User-Agent", "Microsoft-MacOutlook/16.89.24091630")],
    body=text_part(T("""
        Boa tarde,

        Somos a Kimbundu Comercial, Lda., empresa angolana de importação e
        distribuição de utensílios domésticos, com lojas em Luanda, Benguela e
        Huambo.

        Gostaríamos de receber a vossa melhor proposta para os seguintes artigos:

        - Panela de alumínio polido com tampa, 28 cm: 6.000 unidades
        - Conjunto de panelas de alumínio (5 peças): 1.200 conjuntos
        - Faqueiro inox 24 peças em caixa: 2.000 conjuntos

        Condições: CIF Luanda, pagamento por carta de crédito irrevogável.
        O nosso preço alvo para a panela de 28 cm é de USD 3,90 por unidade.
        Precisamos da mercadoria em Luanda até 31 de janeiro de 2027.

        Agradecemos o envio de catálogo e, se possível, amostras da panela de 28 cm.

        Com os melhores cumprimentos,

        Edson Manuel Tavares
        Director Comercial
        Kimbundu Comercial, Lda.
        Rua Rainha Ginga n.º 74, Luanda, Angola
        Tel.: +244 923 418 657
        """), cs="utf-8", cte="base64"),
    lab=label("inquiry", "pt",
              company_name="Kimbundu Comercial, Lda.", contact_name="Edson Manuel Tavares",
              contact_title="Director Comercial", email="edson.tavares@kimbundu-comercial.co.ao",
              phone="+244923418657", country="AO",
              products=[P("Panela de alumínio polido com tampa, 28 cm", 6000, "pcs", 3.9, "USD"),
                        P("Conjunto de panelas de alumínio (5 peças)", 1200, "sets"),
                        P("Faqueiro inox 24 peças", 2000, "sets")],
              incoterm="CIF", destination="Luanda", payment_terms="L/C",
              sample_request=True, deadline="2027-01-31"))


# ------------------------------------------------------------------ main

def main() -> int:
    seen = set()
    for spec in MESSAGES:
        n = spec["n"]
        if n in seen:
            raise SystemExit(f"duplicate number {n}")
        seen.add(n)
        stem = OUT / f"val-{n:03d}"
        stem.with_suffix(".eml").write_bytes(render(spec))
        stem.with_suffix(".json").write_text(
            json.dumps(spec["lab"], ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {len(MESSAGES)} messages to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

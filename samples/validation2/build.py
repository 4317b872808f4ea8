#!/usr/bin/env python3
"""Build validation set 2: 40 labelled inbound e-mails (v2-NNN.eml + v2-NNN.json).

Run from anywhere: ``python samples/validation2/build.py``. Output is written next
to this file and is byte-for-byte deterministic (fixed dates, Message-IDs,
boundaries, Received lines). Only the standard library ``email`` package builds the
messages; every text part is encoded strictly in the charset it declares, so a
character the charset cannot hold stops the build instead of being replaced.

The labels below were written by hand from the message text and the contract in
shared/spec/lead-fields.md, independently of the extraction rules. Do not edit a
label to match what an extractor returns; fix a label only when it contradicts the
contract or the message.
"""
from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path
from email import base64mime, quoprimime
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.policy import compat32
from email.utils import format_datetime, formataddr

HERE = Path(__file__).resolve().parent
POLICY = compat32.clone(linesep="\r\n")

FIELDS = [
    "category", "company_name", "contact_name", "contact_title", "email",
    "phone", "country", "website", "products", "incoterm", "destination",
    "payment_terms", "sample_request", "certifications", "deadline", "language",
]


# ------------------------------------------------------------------ labels

def P(name, quantity=None, unit=None, target_price=None, currency=None):
    """One requested product in contract form."""
    return {"name": name, "quantity": quantity, "unit": unit,
            "target_price": target_price, "currency": currency}


def lead(language, **values):
    """Label of an inquiry: every field present, in contract order."""
    out = {f: None for f in FIELDS}
    out.update(category="inquiry", products=[], sample_request=False,
               certifications=[], language=language)
    unknown = set(values) - set(FIELDS)
    if unknown:
        raise ValueError(f"unknown label fields {unknown}")
    out.update(values)
    return out


def no_lead(category, language):
    """Label of a non-inquiry: only category and language carry a value."""
    out = {f: None for f in FIELDS}
    out.update(category=category, products=[], sample_request=False,
               certifications=[], language=language)
    return out


# ------------------------------------------------------------------ MIME helpers

def when(month, day, hour, minute, tz_minutes, second=0):
    return dt.datetime(2026, month, day, hour, minute, second,
                       tzinfo=dt.timezone(dt.timedelta(minutes=tz_minutes)))


def addr(name, address, charset="utf-8"):
    return formataddr((name, address), charset=charset) if name else address


def text_part(body, subtype="plain", charset="utf-8", cte="quoted-printable"):
    """A text/* leaf whose payload is ``body`` encoded strictly in ``charset``."""
    raw = body.encode(charset)  # strict on purpose
    part = Message()
    part["Content-Type"] = f'text/{subtype}; charset="{charset}"'
    part["Content-Transfer-Encoding"] = cte
    if cte == "base64":
        payload = base64mime.body_encode(raw)
    elif cte == "quoted-printable":
        payload = quoprimime.body_encode(raw.decode("latin-1"))
    elif cte in ("7bit", "8bit"):
        if cte == "7bit":
            raw.decode("ascii")
        payload = raw.decode("ascii", "surrogateescape")
    else:
        raise ValueError(cte)
    part.set_payload(payload)
    return part


def multipart(subtype, boundary, parts, **params):
    extra = "".join(f'; {k.replace("_", "-")}="{v}"' for k, v in params.items())
    m = Message()
    m["Content-Type"] = f'multipart/{subtype}; boundary="{boundary}"{extra}'
    for p in parts:
        m.attach(p)
    m.preamble = "This is a multi-part message in MIME format."
    return m


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def to_html(text, charset, font="Calibri, Arial, sans-serif"):
    """The HTML twin a mail client writes for a plain-text body."""
    paras = []
    for block in text.strip("\n").split("\n\n"):
        paras.append("<p>" + "<br>\n".join(esc(line) for line in block.split("\n")) + "</p>")
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
            f'</head>\n<body><div style="font-family: {font}; font-size: 11pt;">\n'
            + "\n".join(paras) + "\n</div></body></html>\n")


def received(spec, n):
    if "received" in spec:
        return spec["received"]
    sender_domain = spec["from"][1].split("@")[1]
    rcpt = spec["to"][0][1]
    mx = "mx1." + rcpt.split("@")[1]
    arrived = spec["date"].astimezone(dt.timezone(dt.timedelta(hours=8))) + dt.timedelta(seconds=5 + n % 7)
    ip = f"198.51.100.{20 + n}"
    qid = f"{(n * 2654435761) % 16**10:010X}"
    host = spec.get("relay", "mail." + sender_domain)
    return (f"from {host} ({host} [{ip}]) by {mx} (Postfix) with ESMTPS id {qid} "
            f"for <{rcpt}>; {format_datetime(arrived)}")


def build_message(spec, n):
    body = spec["body"]
    hcs = spec.get("hcharset", "utf-8")
    msg = Message()
    msg["Return-Path"] = f"<{spec.get('envelope', spec['from'][1])}>"
    msg["Received"] = received(spec, n)
    msg["From"] = addr(*spec["from"], charset=hcs)
    msg["To"] = ", ".join(addr(nm, a, hcs) for nm, a in spec["to"])
    if spec.get("cc"):
        msg["Cc"] = ", ".join(addr(nm, a, hcs) for nm, a in spec["cc"])
    if spec.get("reply_to"):
        msg["Reply-To"] = addr(*spec["reply_to"], charset=hcs)
    subject = spec["subject"]
    msg["Subject"] = subject if subject.isascii() else Header(subject, hcs, header_name="Subject")
    msg["Date"] = format_datetime(spec["date"])
    domain = spec.get("msgid_domain", spec["from"][1].split("@")[1])
    msg["Message-ID"] = f"<{spec['date']:%Y%m%d%H%M%S}.{(n * 40503) % 16**6:06X}.v2{n:03d}@{domain}>"
    for name, value in spec.get("headers", []):
        msg[name] = value
    msg["MIME-Version"] = "1.0"
    for name, value in body.items():
        msg[name] = value
    msg.set_payload(body._payload)  # raw: get_payload() would decode 8bit text
    msg.preamble = body.preamble
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=POLICY).flatten(msg)
    return buf.getvalue()


# ------------------------------------------------------------------ the messages
# Recipients are invented Chinese manufacturers:
#   info@brightlux-led.com      Zhongshan Brightlux Lighting Co., Ltd.
#   sales@nbhengda-pump.com     Ningbo Hengda Pump Co., Ltd.
#   export@jinrui-tools.com     Yongkang Jinrui Hardware Tools Co., Ltd.
#   sales@wavecell-cable.com    Shenzhen Wavecell Cable Co., Ltd.
#   sales@coolwind-appliance.com Foshan Coolwind Appliance Co., Ltd.
# "quoted" marks where quoted history begins (only the text above it is the
# sender's own); it is documentation for reviewers and is not written out.

MESSAGES: dict[int, dict] = {}


def message(n, **spec):
    MESSAGES[n] = spec


# 001 inquiry, en, US: products he does not want (panels), FOB origin + destination
t001 = """\
Hello Brightlux team,

We are an electrical wholesaler in Omaha, Nebraska, supplying contractors across the Midwest. We already buy our LED panels and troffers from another factory and are happy with them, so please do not quote panels this time.

What we need now is floodlights for a warehouse and parking-lot project:

1) 300 pcs  150W LED floodlight, 5000K, IP66, 0-10V dimmable
2) 120 pcs  50W LED floodlight with photocell, 4000K

Please quote FOB Ningbo. Destination port will be Long Beach; our forwarder handles the rest.
Both models must be UL listed and DLC qualified.
Payment: 30% T/T deposit, balance against copy of B/L.

Please also send 2 samples of the 150W model so our engineer can check the UL file and the driver.

Thanks and regards,

Derek Holloway
Purchasing Manager
Prairie Beam Electrical Supply, Inc.
4410 S 108th St, Omaha, NE 68137, USA
Tel: +1 (402) 555-0148
www.prairiebeam-supply.com
"""
message(
    1, date=when(8, 3, 9, 14, -300),
    **{"from": ("Derek Holloway", "dholloway@prairiebeam-supply.com")},
    to=[("", "info@brightlux-led.com")],
    subject="RFQ - LED floodlights for warehouse project",
    headers=[("X-Mailer", "Microsoft Outlook 16.0")],
    body=multipart("alternative", "----=_NextPart_v2_001_0A1B", [
        text_part(t001),
        text_part(to_html(t001, "utf-8"), "html"),
    ]),
    label=lead(
        "en", company_name="Prairie Beam Electrical Supply, Inc.", contact_name="Derek Holloway",
        contact_title="Purchasing Manager", email="dholloway@prairiebeam-supply.com",
        phone="+14025550148", country="US", website="prairiebeam-supply.com",
        products=[P("150W LED floodlight", 300, "pcs"), P("50W LED floodlight", 120, "pcs")],
        incoterm="FOB", destination="Long Beach", payment_terms="T/T", sample_request=True,
        certifications=["UL", "DLC"]),
)

# 002 other, en: a competing factory's sales pitch with prices and a full signature
t002 = """\
Dear Purchasing Manager,

Glad to hear you are on the market for LED lights. This is Amy from Shenzhen Huaxin LED Technology Co., Ltd., a professional manufacturer of LED lighting since 2009, 12 production lines, BSCI audited.

Our hot items this month:
- 600x600 LED panel light 40W, 4000lm: USD 6.20/pc
- 150W UFO high bay light, Meanwell driver: USD 18.50/pc
- 50W LED floodlight IP65: USD 5.30/pc

MOQ 100 pcs, CE RoHS certified, free samples available, delivery 15 days. Price is FOB Shenzhen, T/T or L/C.

If any interest, pls feel free to contact me. Catalogue and price list will be sent upon request.

Best regards
Amy Chen
Sales Manager
Shenzhen Huaxin LED Technology Co., Ltd.
Tel/WhatsApp: +86 139 2847 5561
Web: www.hx-ledtech.com
"""
message(
    2, date=when(8, 3, 10, 2, 480),
    **{"from": ("Amy Chen", "amy@hx-ledtech.com")},
    to=[("", "info@brightlux-led.com")],
    subject="Re: LED lights supplier - factory price",
    headers=[("X-Mailer", "Foxmail 7.2.25.228[cn]")],
    body=text_part(t002, cte="7bit"),
    label=no_lead("other", "en"),
)

# 003 inquiry, es, MX: own brands mentioned (Pedrollo, Truper), target prices, deadline
t003 = """\
Estimados señores:

Somos Hidroagrícola del Bajío, S.A. de C.V., distribuidores de equipos de riego y bombeo en el Bajío. Actualmente vendemos bombas de las marcas Pedrollo y Truper, pero buscamos un fabricante directo para nuestra marca propia.

Les solicitamos cotización de los siguientes artículos:

1. Bomba sumergible de 4 pulgadas, 1.5 HP, 220 V, 60 Hz: 200 piezas
2. Bomba periférica 0.5 HP, 127 V: 350 piezas

Nuestro precio objetivo es de USD 78.00 por pieza para la bomba sumergible y de USD 21.50 por pieza para la periférica.

Favor de cotizar CIF Manzanillo. Forma de pago: T/T, 30% de anticipo y 70% contra copia del B/L.
Necesitamos la mercancía en nuestro almacén a más tardar el 30 de noviembre de 2026.

También les pedimos enviar una muestra de cada modelo; el flete de las muestras lo pagamos con nuestra cuenta DHL.

Saludos cordiales,

Lucía Fernández Ortega
Jefa de Compras
Hidroagrícola del Bajío, S.A. de C.V.
Av. Tecnológico 1450, Celaya, Gto., México
Tel. +52 461 612 3490
"""
message(
    3, date=when(8, 6, 11, 2, -360),
    **{"from": ("Lucía Fernández Ortega", "compras@hidroagricola-bajio.com.mx")},
    hcharset="iso-8859-1",
    to=[("", "sales@nbhengda-pump.com")],
    subject="Solicitud de cotización - bombas sumergibles y periféricas",
    headers=[("X-Mailer", "Microsoft Outlook 16.0")],
    body=text_part(t003, charset="iso-8859-1"),
    label=lead(
        "es", company_name="Hidroagrícola del Bajío, S.A. de C.V.",
        contact_name="Lucía Fernández Ortega", contact_title="Jefa de Compras",
        email="compras@hidroagricola-bajio.com.mx", phone="+524616123490", country="MX",
        products=[P("Bomba sumergible de 4 pulgadas", 200, "pcs", 78.0, "USD"),
                  P("Bomba periférica 0.5 HP", 350, "pcs", 21.5, "USD")],
        incoterm="CIF", destination="Manzanillo", payment_terms="T/T", sample_request=True,
        deadline="2026-11-30"),
)

# 004 inquiry, pt, BR, HTML only: samples already received, "1.500" thousands, FOB two ports
h004 = """\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body style="font-family: Arial, sans-serif; font-size: 10pt;">
<p>Bom dia, Sr. Wang,</p>
<p>Recebemos na sexta-feira as amostras que vocês enviaram pela FedEx e a qualidade foi aprovada pela nossa engenharia. Não precisamos de novas amostras.</p>
<p>Por favor, enviem o preço para o primeiro pedido:</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse: collapse;">
<tr><th>Item</th><th>Descrição</th><th>Quantidade</th></tr>
<tr><td>1</td><td>Jogo de chaves combinadas 12 peças</td><td>1.500 jogos</td></tr>
<tr><td>2</td><td>Alicate universal 8&quot;</td><td>3.000 peças</td></tr>
<tr><td>3</td><td>Alicate de corte diagonal 6&quot;</td><td>2.000 peças</td></tr>
</table>
<p>Condição: FOB Ningbo ou Xangai. Destino final: porto de Santos.<br>
Pagamento: carta de crédito (L/C) à vista.<br>
A fábrica precisa ter certificação ISO 9001.</p>
<p>Atenciosamente,</p>
<p><b>Rafael Nogueira</b><br>
Comprador Sênior<br>
Casa Forte Ferramentas Ltda.<br>
Rua Voluntários da Pátria, 2210 – São Paulo/SP – Brasil<br>
Tel.: +55 11 3456-7812<br>
<a href="https://www.casaforte-ferramentas.com.br">www.casaforte-ferramentas.com.br</a></p>
</body></html>
"""
message(
    4, date=when(8, 10, 9, 37, -180),
    **{"from": ("Rafael Nogueira", "rafael.nogueira@casaforte-ferramentas.com.br")},
    hcharset="windows-1252",
    to=[("", "export@jinrui-tools.com")],
    subject="Cotação - jogos de chaves e alicates",
    headers=[("X-Mailer", "Microsoft Outlook 16.0")],
    body=text_part(h004, "html", "windows-1252"),
    label=lead(
        "pt", company_name="Casa Forte Ferramentas Ltda.", contact_name="Rafael Nogueira",
        contact_title="Comprador Sênior", email="rafael.nogueira@casaforte-ferramentas.com.br",
        phone="+551134567812", country="BR", website="casaforte-ferramentas.com.br",
        products=[P("Jogo de chaves combinadas 12 peças", 1500, "sets"),
                  P('Alicate universal 8"', 3000, "pcs"),
                  P('Alicate de corte diagonal 6"', 2000, "pcs")],
        incoterm="FOB", destination="Santos", payment_terms="L/C", sample_request=False,
        certifications=["ISO9001"]),
)

# 005 spam, en: trade-fair invitation with booth numbers and prices
t005 = """\
Dear Exhibitor,

Global Sourcing Expo Dubai 2027 will take place on 16-18 March 2027 at the Dubai Exhibition Centre.
We are pleased to offer your company a prime booth in the China Manufacturing Pavilion:

  Hall 3, Booth 3-B17 (9 sqm, shell scheme) - USD 3,900
  Hall 3, Booth 3-C02 (18 sqm, corner) - USD 7,200

Meet more than 12,000 pre-registered buyers from 90 countries looking for pumps, lighting, tools and home appliances. Early-bird discount of 15% ends 30 September 2026.

Reserve your booth today: https://www.gse-expo-events.com/booking?ref=CN2027

Contact: Ms. Hana Saleh, Exhibitor Relations
Tel +971 4 555 0190, WhatsApp +971 55 555 0143

To unsubscribe, reply with REMOVE in the subject line.
"""
message(
    5, date=when(8, 12, 8, 0, 240),
    **{"from": ("GSE 2027 Exhibitor Services", "exhibit@gse-expo-events.com")},
    to=[("", "info@brightlux-led.com")],
    subject="Invitation to exhibit: Global Sourcing Expo Dubai 2027 (Booth 3-B17 still available)",
    headers=[("List-Unsubscribe", "<mailto:remove@gse-expo-events.com>"),
             ("Precedence", "bulk")],
    body=multipart("alternative", "b1_v2_005_7d3c", [
        text_part(t005),
        text_part(to_html(t005, "utf-8", "Verdana, sans-serif"), "html"),
    ]),
    label=no_lead("spam", "en"),
)

# 006 inquiry, de, DE: dealer of Makita/Bosch/Metabo in signature, fax, national phone
t006 = """\
Sehr geehrte Damen und Herren,

wir sind ein Werkzeugfachhandel mit drei Filialen in Ostwestfalen und suchen für unsere Eigenmarke einen zuverlässigen Hersteller. Bitte senden Sie uns Ihr Angebot über:

Pos. 1: 500 Stück Akku-Bohrschrauber 18 V, mit 2 Akkus 2,0 Ah und Ladegerät, im Koffer
Pos. 2: 300 Stück Winkelschleifer 125 mm, 900 W

Lieferbedingung: CIF Hamburg
Zahlung: 30 % Anzahlung per T/T, Rest vor Verschiffung
CE-Kennzeichnung und GS-Zeichen sind Pflicht, außerdem RoHS-Konformität.

Bitte schicken Sie uns vorab je ein Muster beider Artikel an unten stehende Adresse.
Ihr Angebot benötigen wir bis spätestens 15.09.2026.

Mit freundlichen Grüßen

Markus Brandt
Einkaufsleiter

Brandt Werkzeughandel GmbH & Co. KG
Fachhändler für Makita, Bosch und Metabo
Herforder Str. 211, 33609 Bielefeld
Tel. 0521 9876 5432
Fax 0521 9876 5433
www.brandt-werkzeughandel.de
"""
message(
    6, date=when(8, 14, 8, 45, 120),
    **{"from": ("Markus Brandt", "m.brandt@brandt-werkzeughandel.de")},
    hcharset="iso-8859-1",
    to=[("", "export@jinrui-tools.com")],
    subject="Anfrage Akku-Bohrschrauber und Winkelschleifer",
    headers=[("User-Agent", "Mozilla Thunderbird")],
    body=text_part(t006, charset="iso-8859-1", cte="8bit"),
    label=lead(
        "de", company_name="Brandt Werkzeughandel GmbH & Co. KG", contact_name="Markus Brandt",
        contact_title="Einkaufsleiter", email="m.brandt@brandt-werkzeughandel.de",
        phone="+4952198765432", country="DE", website="brandt-werkzeughandel.de",
        products=[P("Akku-Bohrschrauber 18 V", 500, "pcs"), P("Winkelschleifer 125 mm", 300, "pcs")],
        incoterm="CIF", destination="Hamburg", payment_terms="T/T", sample_request=True,
        certifications=["CE", "GS", "ROHS"], deadline="2026-09-15"),
)

# 007 inquiry, en, IN: B2B platform notification, contacts masked, platform's own phone
t007 = """\
Dear Zhongshan Brightlux Lighting Co., Ltd.,

You have received a new inquiry on TradeBridge Global.

Inquiry ID: TBG-IQ-88120457
Product: All in One Solar Street Light 60W
Quantity: 1,500 Pieces
Buyer: Mr. Rajesh Iyer
Company: Sunrise Infra Projects Pvt. Ltd.
Country/Region: India
Email: r*****@sunrise*****.in (visible after you reply)
Mobile: +91 98*** ***10 (visible after you reply)

Message from buyer:
----------------------------------------------------------------
Hello, we need 1500 pcs of 60W all-in-one solar street light for a municipal tender in Pune. Please quote CIF Nhava Sheva, payment by LC at sight. Lights must have BIS certificate. Tender closes on 18 Sep 2026, so kindly send your best price before 10 Sep 2026. Please share datasheet and IES file also.
----------------------------------------------------------------

Reply within 24 hours to improve your response rate:
https://www.tradebridge-global.com/inquiry/TBG-IQ-88120457

TradeBridge Global Ltd. | Unit 1203, 12/F, Harbour Centre, 25 Harbour Road, Wan Chai, Hong Kong | Tel +852 3001 2345
You received this email because you are a Gold Supplier member. Manage notifications: https://www.tradebridge-global.com/settings
"""
message(
    7, date=when(8, 18, 14, 26, 480),
    **{"from": ("TradeBridge Global", "noreply@notice.tradebridge-global.com")},
    envelope="bounce-iq88120457@notice.tradebridge-global.com",
    relay="smtp-out3.notice.tradebridge-global.com",
    to=[("", "info@brightlux-led.com")],
    subject="New inquiry from India: All in One Solar Street Light 60W",
    headers=[("X-TBG-Mail-Type", "inquiry-notification")],
    body=multipart("alternative", "=_tbg_v2_007_e41f", [
        text_part(t007),
        text_part(to_html(t007, "utf-8", "Helvetica, Arial, sans-serif"), "html"),
    ]),
    label=lead(
        "en", company_name="Sunrise Infra Projects Pvt. Ltd.", contact_name="Rajesh Iyer",
        country="IN", products=[P("All in One Solar Street Light 60W", 1500, "pcs")],
        incoterm="CIF", destination="Nhava Sheva", payment_terms="L/C",
        certifications=["BIS"], deadline="2026-09-10"),
)

# 008 other, es: existing customer announces the balance payment, asks to ship
t008 = """\
Hola Jenny,

Te informo que hoy realizamos la transferencia del saldo (70 %) de la proforma BL-2026-0815 por USD 18.640,00. Adjunto el comprobante MT103.

Por favor embarquen los 2.000 paneles LED 60x60 y las 1.500 lámparas de emergencia en el buque del 12 de septiembre hacia Buenaventura, y nos envían el B/L por correo apenas lo tengan.

Gracias y saludos,

Andrés Gutiérrez
Jefe de Importaciones
Distrilumen S.A.S.
Cali, Colombia
Tel. +57 602 485 3320

El mié, 19 ago 2026 a las 10:05, Jenny Liu (<jenny@brightlux-led.com>) escribió:
> Dear Andrés,
> Your order is ready. Please arrange the 70% balance of USD 18,640.00 so that we can book the vessel of 12 Sep.
> Best regards,
> Jenny Liu
> Zhongshan Brightlux Lighting Co., Ltd.
"""
message(
    8, date=when(8, 21, 16, 48, -300),
    **{"from": ("Andrés Gutiérrez", "agutierrez@distrilumen.com.co")},
    to=[("Jenny Liu", "jenny@brightlux-led.com")],
    subject="RE: PI BL-2026-0815 - saldo pendiente",
    headers=[("In-Reply-To", "<20260819100512.5A0C@brightlux-led.com>"),
             ("References", "<20260819100512.5A0C@brightlux-led.com>")],
    quoted="El mié, 19 ago 2026",
    body=text_part(t008),
    label=no_lead("other", "es"),
)

# 009 inquiry, ru, RU (KOI8-R): freight forwarder's company and phone, trunk prefix 8
t009 = """\
Добрый день!

Компания ООО "ТеплоТрейд" (г. Екатеринбург) занимается оптовыми поставками отопительного оборудования. Просим рассчитать стоимость следующих позиций:

1) Циркуляционный насос 25-60/180 - 1000 шт.
2) Циркуляционный насос 32-80/180 - 400 шт.

Условия поставки: CIF Санкт-Петербург.
Целевая цена по первой позиции: 23 USD за штуку.
Оплата: T/T, 30% предоплата, 70% после получения копии коносамента.
Для таможенного оформления обязателен сертификат EAC.
Образцы не нужны, эти модели нам знакомы.

По вопросам логистики можно связаться с нашим экспедитором ООО "Балт Логистик", тел. +7 812 335-12-90.

С уважением,
Андрей Соколов
менеджер по закупкам
ООО "ТеплоТрейд"
620014, г. Екатеринбург, ул. Малышева, 51
тел.: 8 (343) 287-44-19
"""
message(
    9, date=when(8, 24, 10, 31, 300),
    **{"from": ("Андрей Соколов", "a.sokolov@teplo-trade.ru")},
    hcharset="koi8-r",
    to=[("", "sales@nbhengda-pump.com")],
    subject="Запрос цены: циркуляционные насосы",
    headers=[("X-Mailer", "Mail.Ru Mailer 1.0")],
    body=text_part(t009, charset="koi8-r", cte="base64"),
    label=lead(
        "ru", company_name='ООО "ТеплоТрейд"', contact_name="Андрей Соколов",
        contact_title="менеджер по закупкам", email="a.sokolov@teplo-trade.ru",
        phone="+73432874419", country="RU",
        products=[P("Циркуляционный насос 25-60/180", 1000, "pcs", 23, "USD"),
                  P("Циркуляционный насос 32-80/180", 400, "pcs")],
        incoterm="CIF", destination="Санкт-Петербург", payment_terms="T/T",
        certifications=["EAC"]),
)

# 010 inquiry, en, CA: reply; supplier catalogue, prices, terms and signature quoted below
t010 = """\
Hi Lily,

Thanks for the catalogue. Out of the list below we are only interested in the booster pump for now.

Please quote 250 pcs of the HBP-370 booster pump with pressure tank, shipped CIF Montreal. CSA certification is mandatory for us. Our target is USD 62.00 per unit.

No samples needed, our technician already tested this model at the show in Toronto.

Best regards,
Sophie

Sophie Tremblay | Product Manager
Northshore HVAC Distribution Inc.
T +1 514 555 0187

On Tue, Aug 25, 2026 at 10:12 AM Lily Zhang <lily@nbhengda-pump.com> wrote:
> Dear Sophie,
>
> Please find our 2026 catalogue attached. Main items:
> - HCP-25 circulation pump, USD 24.50
> - HBP-370 booster pump with tank, USD 68.00
> - HSP-4 submersible borehole pump, USD 96.00
> MOQ 100 pcs, FOB Ningbo, 30% T/T deposit. Samples available free of charge.
>
> Best regards,
> Lily Zhang
> Sales Manager | Ningbo Hengda Pump Co., Ltd.
> Tel/WhatsApp: +86 138 5741 2290
> www.nbhengda-pump.com
"""
message(
    10, date=when(8, 27, 9, 5, -240),
    **{"from": ("Sophie Tremblay", "sophie@northshore-hvac.ca")},
    to=[("Lily Zhang", "lily@nbhengda-pump.com")],
    subject="Re: Hengda pumps catalogue 2026 and price list",
    headers=[("In-Reply-To", "<CAF7q2026082510120041@nbhengda-pump.com>"),
             ("References", "<CAF7q2026082510120041@nbhengda-pump.com>")],
    quoted="On Tue, Aug 25, 2026",
    body=text_part(t010),
    label=lead(
        "en", company_name="Northshore HVAC Distribution Inc.", contact_name="Sophie Tremblay",
        contact_title="Product Manager", email="sophie@northshore-hvac.ca", phone="+15145550187",
        country="CA", products=[P("HBP-370 booster pump", 250, "pcs", 62.0, "USD")],
        incoterm="CIF", destination="Montreal", certifications=["CSA"]),
)

# 011 phishing, en: "purchase order" only visible after logging in on a fake portal
t011 = """\
Dear Sir/Madam,

Good day. We got your contact from your website and we are interested in your products. Our purchase order PO-88215 for 3x40HQ containers (LED floodlights and LED panel lights) has been approved by our management.

For security reasons the order specifications, quantities and target prices are uploaded on our secured procurement portal. Kindly log in with your company email and email password to view and confirm the order:

https://almansoori-procurement.secure-docview.com/portal/login?po=88215

Please confirm within 24 hours, otherwise the order will be allocated to another supplier.

Best regards,
Khalid Al Mansoori
Procurement Officer
Al Mansoori Gulf Trading LLC
Abu Dhabi, UAE
+971 2 555 0117
"""
message(
    11, date=when(8, 30, 7, 12, 240),
    **{"from": ("Khalid Al Mansoori - Purchasing", "purchase@almansoori-gulftrade.com")},
    reply_to=("Khalid Al Mansoori", "khalid.procurement@quickmail-box.net"),
    to=[("", "info@brightlux-led.com")],
    subject="Purchase Order PO-88215 / 3x40HQ - please confirm",
    body=text_part(t011, cte="7bit"),
    label=no_lead("phishing", "en"),
)

# 012 inquiry, ar, SA (windows-1256): SASO, CFR Jeddah, national mobile number
t012 = """\
السلام عليكم ورحمة الله وبركاته،

نحن شركة النخيل للتجارة المحدودة، موزع للأجهزة المنزلية في الرياض. نرجو تزويدنا بعرض سعر للمنتجات التالية:

1- مكيف سبليت 24000 BTU: عدد 600 جهاز
2- مكيف شباك 18000 BTU: عدد 250 جهاز

السعر المستهدف للمكيف السبليت هو 310 دولار أمريكي للجهاز الواحد.
الشحن: CFR جدة.
الدفع: اعتماد مستندي (L/C) غير قابل للإلغاء.
يجب أن تكون جميع الأجهزة حاصلة على شهادة SASO وملصق كفاءة الطاقة.
نرجو إرسال عينة واحدة من كل موديل للفحص.
نحتاج وصول البضاعة إلى جدة قبل 20 ديسمبر 2026.

وتفضلوا بقبول فائق الاحترام،

محمد العتيبي
مدير المشتريات
شركة النخيل للتجارة المحدودة
الرياض، المملكة العربية السعودية
جوال: 0553817246
"""
message(
    12, date=when(9, 2, 11, 40, 180),
    **{"from": ("محمد العتيبي", "m.alotaibi@alnakheel-trading.com.sa")},
    hcharset="windows-1256",
    to=[("", "sales@coolwind-appliance.com")],
    subject="طلب عرض سعر - مكيفات سبليت وشباك",
    headers=[("X-Mailer", "Microsoft Outlook 16.0")],
    body=text_part(t012, charset="windows-1256"),
    label=lead(
        "ar", company_name="شركة النخيل للتجارة المحدودة", contact_name="محمد العتيبي",
        contact_title="مدير المشتريات", email="m.alotaibi@alnakheel-trading.com.sa",
        phone="+966553817246", country="SA",
        products=[P("مكيف سبليت 24000 BTU", 600, "pcs", 310, "USD"),
                  P("مكيف شباك 18000 BTU", 250, "pcs")],
        incoterm="CFR", destination="جدة", payment_terms="L/C", sample_request=True,
        certifications=["SASO"], deadline="2026-12-20"),
)

# 013 inquiry, en, GB: first name only, company only in the e-mail domain, fair in Hong Kong
t013 = """\
Hi,

Saw your stand at the Hong Kong lighting fair in April. Can you do me a price on 5,000 metres of 24V COB LED strip, 3000K, and 500 pcs of 100W 24V drivers to go with it?

Needs to be UKCA marked. Ideally delivered DDP to our unit in Bristol.

Cheers,
Tom

Sent from my iPhone
"""
message(
    13, date=when(9, 5, 18, 22, 60),
    **{"from": ("Tom", "tom@harbourlightingco.co.uk")},
    to=[("", "info@brightlux-led.com")],
    subject="LED strip pricing",
    headers=[("X-Mailer", "iPhone Mail (21G93)")],
    body=text_part(t013, cte="7bit"),
    label=lead(
        "en", contact_name="Tom", email="tom@harbourlightingco.co.uk", country="GB",
        products=[P("24V COB LED strip", 5000, "m"), P("100W 24V drivers", 500, "pcs")],
        incoterm="DDP", destination="Bristol", certifications=["UKCA"]),
)

# 014 notification, en: bounce of our own quotation (products and prices in the attached original)
t014 = """\
This is the mail system at host mx1.brightlux-led.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<m.moreau@lakeside-electrique.ca>: host mx.lakeside-electrique.ca[203.0.113.88]
    said: 550 5.1.1 <m.moreau@lakeside-electrique.ca>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO
    command)
"""
t014_orig = """\
Dear Mr. Moreau,

Thank you for your inquiry. Please find our quotation below:

- 150W LED floodlight IP66, 5000K: 300 pcs, USD 21.40/pc
- 100W LED floodlight IP66, 5000K: 200 pcs, USD 15.80/pc

FOB Ningbo, 30% T/T deposit, delivery 25 days. Free samples available.

Best regards,
Jenny Liu
Sales Manager
Zhongshan Brightlux Lighting Co., Ltd.
Tel: +86 760 8822 6610
"""


def _bounce():
    orig = Message()
    orig["From"] = "Jenny Liu <jenny@brightlux-led.com>"
    orig["To"] = "Mathieu Moreau <m.moreau@lakeside-electrique.ca>"
    orig["Subject"] = "Quotation: LED floodlights 150W / 100W"
    orig["Date"] = "Tue, 8 Sep 2026 10:02:11 +0800"
    orig["Message-ID"] = "<20260908100211.44D1@brightlux-led.com>"
    orig["MIME-Version"] = "1.0"
    inner = text_part(t014_orig)
    for k, v in inner.items():
        orig[k] = v
    orig.set_payload(inner.get_payload())

    per_msg = Message()
    per_msg["Reporting-MTA"] = "dns; mx1.brightlux-led.com"
    per_msg["X-Postfix-Queue-ID"] = "3C9E21A0F7"
    per_msg["X-Postfix-Sender"] = "rfc822; jenny@brightlux-led.com"
    per_msg["Arrival-Date"] = "Tue,  8 Sep 2026 10:02:12 +0800 (CST)"
    per_rcpt = Message()
    per_rcpt["Final-Recipient"] = "rfc822; m.moreau@lakeside-electrique.ca"
    per_rcpt["Original-Recipient"] = "rfc822;m.moreau@lakeside-electrique.ca"
    per_rcpt["Action"] = "failed"
    per_rcpt["Status"] = "5.1.1"
    per_rcpt["Remote-MTA"] = "dns; mx.lakeside-electrique.ca"
    per_rcpt["Diagnostic-Code"] = ("smtp; 550 5.1.1 <m.moreau@lakeside-electrique.ca>: Recipient "
                                   "address rejected: User unknown in virtual mailbox table")
    status = Message()
    status["Content-Description"] = "Delivery report"
    status["Content-Type"] = "message/delivery-status"
    status.set_payload([per_msg, per_rcpt])

    returned = Message()
    returned["Content-Description"] = "Undelivered Message"
    returned["Content-Type"] = "message/rfc822"
    returned.set_payload([orig])

    notice = text_part(t014, charset="us-ascii", cte="7bit")
    notice["Content-Description"] = "Notification"
    m = multipart("report", "3C9E21A0F7.1788832935/mx1.brightlux-led.com",
                  [notice, status, returned], report_type="delivery-status")
    m.preamble = "This is a MIME-encapsulated message."
    return m


message(
    14, date=when(9, 8, 10, 2, 480, 15),
    **{"from": ("Mail Delivery System", "MAILER-DAEMON@mx1.brightlux-led.com")},
    envelope="",
    received="by mx1.brightlux-led.com (Postfix) id 08A708A7AE; Tue,  8 Sep 2026 10:02:15 +0800 (CST)",
    to=[("", "jenny@brightlux-led.com")],
    subject="Undelivered Mail Returned to Sender",
    headers=[("Auto-Submitted", "auto-replied")],
    body=_bounce(),
    label=no_lead("notification", "en"),
)

# 015 inquiry, fr, MA (ISO-8859-15): liaison office in Paris, euro sign, decimal comma
t015 = """\
Bonjour Madame, Monsieur,

Suite à notre visite de votre stand au salon Light + Building de Francfort, nous souhaitons recevoir votre meilleure offre pour :

- 2 000 réglettes LED étanches 1,2 m 36 W
- 800 hublots LED 18 W IP65

Merci de nous faire une offre CFR Casablanca.
Notre prix cible pour la réglette est de 4,80 € la pièce.
Paiement : 30 % à la commande par virement T/T, solde à réception des documents.
Les produits doivent être conformes CE et RoHS.
Nous n'avons pas besoin d'échantillons pour le moment, nous connaissons déjà votre qualité.

Cordialement,

Youssef El Amrani
Responsable Achats
Atlas Éclairage SARL
Siège : 112, boulevard Zerktouni, Casablanca, Maroc
Bureau de liaison : 14, rue de la Roquette, 75011 Paris, France
Tél. : +212 522 47 83 16
"""
message(
    15, date=when(9, 11, 10, 15, 60),
    **{"from": ("Youssef El Amrani", "y.elamrani@atlas-eclairage.ma")},
    hcharset="iso-8859-15",
    to=[("", "info@brightlux-led.com")],
    subject="Demande de prix - réglettes LED et hublots",
    headers=[("X-Mailer", "Microsoft Outlook 16.0")],
    body=text_part(t015, charset="iso-8859-15"),
    label=lead(
        "fr", company_name="Atlas Éclairage SARL", contact_name="Youssef El Amrani",
        contact_title="Responsable Achats", email="y.elamrani@atlas-eclairage.ma",
        phone="+212522478316", country="MA",
        products=[P("réglettes LED étanches", 2000, "pcs", 4.8, "EUR"),
                  P("hublots LED 18 W", 800, "pcs")],
        incoterm="CFR", destination="Casablanca", payment_terms="T/T",
        certifications=["CE", "ROHS"]),
)

# 016 inquiry, tr, TR (ISO-8859-9): rolls and metres, a past delivery date
t016 = """\
Merhaba,

Ege Yapı Market A.Ş. olarak İzmir'de elektrik ve yapı malzemeleri satıyoruz. Aşağıdaki ürünler için fiyat teklifinizi rica ederiz:

1. Cat6 UTP kablo, 305 m makara: 1.200 makara
2. H07V-K 2,5 mm² kablo: 50.000 metre

Teslim şekli: FOB Shenzhen, varış limanı Mersin.
Ödeme: akreditif (L/C).
Ürünlerde CE ve TSE belgesi şarttır.
Her üründen birer numune gönderebilir misiniz?

Not: Önceki tedarikçimizden aldığımız kablolar 15 Mart 2026 tarihinde teslim edilecekti ama iki ay gecikti. Bu yüzden teslim süresine çok dikkat ediyoruz.

Saygılarımızla,

Emre Yıldız
Satın Alma Uzmanı
Ege Yapı Market A.Ş.
Tel: +90 232 445 67 89
"""
message(
    16, date=when(9, 14, 13, 50, 180),
    **{"from": ("Emre Yıldız", "emre.yildiz@egeyapi-market.com.tr")},
    hcharset="iso-8859-9",
    to=[("", "sales@wavecell-cable.com")],
    subject="Fiyat teklifi talebi: Cat6 ve H07V-K kablo",
    headers=[("X-Mailer", "Microsoft Outlook 16.0")],
    body=text_part(t016, charset="iso-8859-9"),
    label=lead(
        "tr", company_name="Ege Yapı Market A.Ş.", contact_name="Emre Yıldız",
        contact_title="Satın Alma Uzmanı", email="emre.yildiz@egeyapi-market.com.tr",
        phone="+902324456789", country="TR",
        products=[P("Cat6 UTP kablo", 1200, "rolls"), P("H07V-K 2,5 mm² kablo", 50000, "m")],
        incoterm="FOB", destination="Mersin", payment_terms="L/C", sample_request=True,
        certifications=["CE", "TSE"]),
)

# 017 other, de: out-of-office with a colleague's phone and e-mail
t017 = """\
Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 02.10.2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an meinen Kollegen Herrn Thomas Weber, Tel. +49 711 555 8420, E-Mail t.weber@kaltenbach-sanitaer.de.

Mit freundlichen Grüßen
Sabine Krüger
Einkauf
Kaltenbach Sanitärtechnik GmbH
"""
message(
    17, date=when(9, 17, 4, 3, 120),
    **{"from": ("Sabine Krüger", "s.krueger@kaltenbach-sanitaer.de")},
    to=[("Lily Zhang", "lily@nbhengda-pump.com")],
    subject="Automatische Antwort: Angebot HD-2026-118 Druckerhöhungsanlagen",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
             ("In-Reply-To", "<20260917100233.7B21@nbhengda-pump.com>")],
    body=text_part(t017),
    label=no_lead("other", "de"),
)

# 018 inquiry, zh, TW (Big5): tubes bought elsewhere, FOB Shenzhen, Keelung
t018 = """\
您好：

我們是台灣的照明經銷商「新意電業股份有限公司」。今年的 LED 燈管我們已經向其他工廠採購，這次不需要報燈管。

這次需要報價的產品如下：
1. LED 崁燈 12W（開孔 15cm）：3,000 個
2. LED 軌道燈 30W：800 個

請報 FOB 深圳 價格，目的港：基隆。
崁燈的目標價為每個 USD 3.20。
付款方式：T/T，30% 訂金，70% 出貨前付清。
產品須通過 BSMI 商品檢驗。
請先寄兩個崁燈樣品給我們測試。
請於 2026年9月30日 前回覆報價。

謝謝！

陳志明
採購經理
新意電業股份有限公司
電話：(02) 2758-3416
台北市信義區松仁路 100 號 8 樓
"""
message(
    18, date=when(9, 21, 15, 8, 480),
    **{"from": ("陳志明", "chenzm@hsinyi-elec.com.tw")},
    hcharset="big5",
    to=[("", "info@brightlux-led.com")],
    subject="詢價：LED 崁燈及軌道燈",
    headers=[("X-Mailer", "Microsoft Outlook 16.0")],
    body=text_part(t018, charset="big5", cte="base64"),
    label=lead(
        "zh", company_name="新意電業股份有限公司", contact_name="陳志明", contact_title="採購經理",
        email="chenzm@hsinyi-elec.com.tw", phone="+886227583416", country="TW",
        products=[P("LED 崁燈 12W", 3000, "pcs", 3.2, "USD"), P("LED 軌道燈 30W", 800, "pcs")],
        incoterm="FOB", destination="基隆", payment_terms="T/T", sample_request=True,
        certifications=["BSMI"], deadline="2026-09-30"),
)

# 019 inquiry, en, NG: web contact form, Reply-To, WhatsApp only, total budget, our own website
t019 = """\
You have a new message from the contact form at https://www.brightlux-led.com/contact-us/

Name: Chinedu Okafor
Company: Greatfield Electricals Nig. Ltd
Email: chinedu.okafor@gmail.com
Phone / WhatsApp: +234 803 555 0172
Country: Nigeria
Product of interest: Solar Flood Light

Message:
Good day sir, i am interested on your solar flood light 200w. i need 400pcs for a estate project in Lekki. my total budget for the lights is USD 20,000. pls send me your best price CIF Lagos and how many days for production. payment will be T/T. thanks and God bless

--
This e-mail was sent from a contact form on Brightlux Lighting (https://www.brightlux-led.com)
Sender IP: 203.0.113.54
"""
message(
    19, date=when(9, 23, 19, 41, 60),
    **{"from": ("Brightlux Lighting", "wordpress@brightlux-led.com")},
    relay="web1.brightlux-led.com",
    reply_to=("Chinedu Okafor", "chinedu.okafor@gmail.com"),
    to=[("", "info@brightlux-led.com")],
    subject="[Brightlux Lighting] New enquiry from Chinedu Okafor",
    headers=[("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)")],
    body=text_part(t019, cte="7bit"),
    label=lead(
        "en", company_name="Greatfield Electricals Nig. Ltd", contact_name="Chinedu Okafor",
        email="chinedu.okafor@gmail.com", phone="+2348035550172", country="NG",
        products=[P("solar flood light 200w", 400, "pcs")],
        incoterm="CIF", destination="Lagos", payment_terms="T/T"),
)

# 020 spam, en: SEO offer claiming "we have buyers for your products"
t020 = """\
Hi Team,

I was checking your website and noticed you are not ranking on Google for "submersible pump manufacturer", "circulation pump factory" and 18 other keywords your buyers search every day.

We have buyers for your products! Last month our clients received 40+ genuine inquiries from USA, UK, UAE and Australia.

Our Export SEO package:
 - 25 keywords on page 1 of Google in 90 days
 - Buyer lead list (500 verified importers of pumps)
 - Price: USD 299/month, first month 50% off

Reply "YES" and I will send you a free website audit report.

Regards,
Rahul Sharma
Senior SEO Consultant
LeadBoost Digital
+91 99 5555 0182

If you do not wish to receive further emails, reply "NO".
"""
message(
    20, date=when(9, 26, 12, 30, 330),
    **{"from": ("Rahul | Growth Team", "rahul@leadboost-digital.in")},
    to=[("", "sales@nbhengda-pump.com")],
    subject="We have buyers for your products",
    body=text_part(t020, cte="7bit"),
    label=no_lead("spam", "en"),
)

# 021 inquiry, ja, JP (Shift_JIS): yen target price, fax beside phone, dated arrival
t021 = """\
ご担当者様

はじめてご連絡いたします。
丸中商事株式会社 資材調達部の佐藤と申します。
貴社ウェブサイトを拝見し、下記製品の見積をお願いしたくご連絡いたしました。

1. ステンレス製渦巻ポンプ 0.75kW：200台
2. 水中汚水ポンプ 0.4kW：150台

・希望価格：ステンレス製渦巻ポンプ 1台あたり 18,000円
・取引条件：CIF 横浜
・支払条件：T/T
・納期：2026年11月20日 横浜港着
・PSE適合品であること

評価用のサンプルを各1台お送りいただけますでしょうか。

何卒よろしくお願いいたします。

──────────────────
丸中商事株式会社
資材調達部 課長
佐藤 健一
〒550-0005 大阪市西区西本町1-4-15
TEL: 06-6543-2187
FAX: 06-6543-2188
──────────────────
"""
message(
    21, date=when(9, 29, 10, 20, 540),
    **{"from": ("佐藤 健一", "k.sato@marunaka-shoji.co.jp")},
    hcharset="shift_jis",
    to=[("", "sales@nbhengda-pump.com")],
    subject="見積依頼：ステンレス製渦巻ポンプ他",
    headers=[("X-Mailer", "Microsoft Outlook 16.0")],
    body=text_part(t021, charset="shift_jis", cte="base64"),
    label=lead(
        "ja", company_name="丸中商事株式会社", contact_name="佐藤 健一", contact_title="資材調達部 課長",
        email="k.sato@marunaka-shoji.co.jp", phone="+81665432187", country="JP",
        products=[P("ステンレス製渦巻ポンプ 0.75kW", 200, "pcs", 18000, "JPY"),
                  P("水中汚水ポンプ 0.4kW", 150, "pcs")],
        incoterm="CIF", destination="横浜", payment_terms="T/T", sample_request=True,
        certifications=["PSE"], deadline="2026-11-20"),
)

# 022 inquiry, en, CL: forwarded internally by the supplier's own salesman; "FOB price", no place
t022 = """\
Hi team,

This inquiry came to my personal mailbox while I was on leave. Please reply to the customer directly and send him our quotation this week.

Thanks,
Kevin Wu
Jinrui Tools | Tel +86 579 8712 3366

---------- Forwarded message ---------
From: Matías Rojas <mrojas@ferreteria-andes.cl>
Date: Mon, Sep 28, 2026 at 4:51 PM
Subject: Inquiry hand tools
To: <kevin.wu@jinrui-tools.com>

Dear Kevin,

Nice to meet you at the Canton Fair in April. As discussed at your booth, please send us your price for:

- Claw hammer 16 oz with fiberglass handle: 3,000 pcs
- Tape measure 5 m x 19 mm: 6,000 pcs

Please quote FOB price; we work with our own forwarder.
Payment: T/T, 30% advance and 70% against copy of BL.
We would also like to receive 2 pcs of each item as samples.

Best regards,

Matías Rojas
Gerente de Compras
Ferretería Andes SpA
Av. Vicuña Mackenna 3210, Santiago, Chile
+56 2 2783 4410
www.ferreteria-andes.cl
"""
message(
    22, date=when(10, 1, 8, 55, 480),
    **{"from": ("Kevin Wu", "kevin.wu@jinrui-tools.com")},
    to=[("Export Sales", "export@jinrui-tools.com")],
    subject="Fw: Inquiry hand tools - Ferretería Andes",
    headers=[("X-Mailer", "Foxmail 7.2.25.228[cn]")],
    body=text_part(t022),
    label=lead(
        "en", company_name="Ferretería Andes SpA", contact_name="Matías Rojas",
        contact_title="Gerente de Compras", email="mrojas@ferreteria-andes.cl",
        phone="+56227834410", country="CL", website="ferreteria-andes.cl",
        products=[P("Claw hammer 16 oz", 3000, "pcs"), P("Tape measure 5 m", 6000, "pcs")],
        incoterm="FOB", payment_terms="T/T", sample_request=True),
)

# 023 notification, en: platform says a product listing was approved
t023 = """\
Dear Ningbo Hengda Pump Co., Ltd.,

Good news! The following product listing has passed our quality review and is now visible to buyers:

Product: Stainless Steel Centrifugal Pump 0.75kW
Product ID: 6631208841
Category: Machinery > Pumps > Centrifugal Pumps
Approved on: 2026-10-04

Tips to get more inquiries:
- Add at least 6 product photos and a video
- Fill in the price range and MOQ (e.g. 100 pieces)
- Reply to buyer messages within 24 hours

View your listing: https://www.tradebridge-global.com/supplier/products/6631208841

TradeBridge Global Ltd. | Hong Kong | Tel +852 3001 2345
This is an automated message. Please do not reply.
"""
message(
    23, date=when(10, 4, 11, 0, 480, 2),
    **{"from": ("TradeBridge Global", "noreply@notice.tradebridge-global.com")},
    envelope="bounce-prd6631208841@notice.tradebridge-global.com",
    relay="smtp-out1.notice.tradebridge-global.com",
    to=[("", "sales@nbhengda-pump.com")],
    subject="Your product listing has been approved (ID 6631208841)",
    headers=[("X-TBG-Mail-Type", "product-review")],
    body=multipart("alternative", "=_tbg_v2_023_91ac", [
        text_part(t023),
        text_part(to_html(t023, "utf-8", "Helvetica, Arial, sans-serif"), "html"),
    ]),
    label=no_lead("notification", "en"),
)

# 024 inquiry, ko, KR (EUC-KR): assistant writes for her director, CEO visits the booth,
#     manager in Cc, samples explicitly not wanted
t024 = """\
안녕하세요.

저는 한빛산업(주) 구매부 박상우 이사님의 비서 이지은입니다. 이사님을 대신하여 연락드리며, 견적서는 저에게 회신해 주시기 바랍니다.

요청 품목은 아래와 같습니다.
1. 충전 드릴 20V: 1,000대
2. 108피스 공구 세트: 500세트

- 조건: FOB 닝보, 도착항 부산
- 결제: L/C at sight
- 한국 KC 인증이 반드시 필요합니다.

참고로 김대호 대표님께서 이번 10월 광저우 캔톤페어 기간에 귀사 부스를 직접 방문하실 예정입니다. 샘플은 그때 부스에서 확인하겠으니 따로 보내지 않으셔도 됩니다.

감사합니다.

이지은 드림
비서 / 구매부
한빛산업(주)
서울특별시 강남구 테헤란로 311
Tel. 02-3471-8826
"""
message(
    24, date=when(10, 7, 14, 12, 540),
    **{"from": ("이지은", "jieun.lee@hanbit-ind.co.kr")},
    hcharset="euc-kr",
    to=[("", "export@jinrui-tools.com")],
    cc=[("박상우", "swpark@hanbit-ind.co.kr")],
    subject="[견적요청] 충전 드릴 및 공구 세트 - 한빛산업",
    headers=[("X-Mailer", "Microsoft Outlook 16.0")],
    body=text_part(t024, charset="euc-kr", cte="base64"),
    label=lead(
        "ko", company_name="한빛산업(주)", contact_name="이지은", contact_title="비서",
        email="jieun.lee@hanbit-ind.co.kr", phone="+82234718826", country="KR",
        products=[P("충전 드릴 20V", 1000, "pcs"), P("108피스 공구 세트", 500, "sets")],
        incoterm="FOB", destination="부산", payment_terms="L/C", certifications=["KC"]),
)

# 025 inquiry, en, AU, HTML only: "EXW and FOB" alternatives, AUD target, dated offer
h025 = """\
<!DOCTYPE html>
<html><head><meta charset="utf-8"></head>
<body>
<div style="font-family: Aptos, Calibri, sans-serif; font-size: 11pt;">
<div>Hi Coolwind team,</div>
<div><br></div>
<div>We are Coastal Home Appliances Pty Ltd, a retailer with 14 stores in south-east Queensland. Please quote the following for our winter 2027 range:</div>
<div><br></div>
<table style="border-collapse: collapse;" border="1" cellpadding="5">
<thead><tr><th>Item</th><th>Qty</th><th>Target price</th></tr></thead>
<tbody>
<tr><td>Oil-filled radiator 2400W, 11 fin, with timer</td><td>1,200 units</td><td>AUD 45.00</td></tr>
<tr><td>Dehumidifier 20L/day</td><td>600 units</td><td>open</td></tr>
</tbody>
</table>
<div><br></div>
<div>Could you give us both EXW and FOB Foshan prices? We are still comparing freight options. Delivery will be to Brisbane.</div>
<div>All products need SAA approval and RCM marking for the Australian market.</div>
<div>Payment would be T/T, 30% deposit.</div>
<div>Please send one sample of each model to our office, and please send your offer by 23 October 2026.</div>
<div><br></div>
<div>Thanks,</div>
<div><br></div>
<div><b>Priya Nair</b><br>
Category Buyer<br>
Coastal Home Appliances Pty Ltd<br>
Ph: (07) 3180 4420<br>
<a href="https://coastalhome.com.au">coastalhome.com.au</a></div>
</div>
</body></html>
"""
message(
    25, date=when(10, 9, 9, 47, 600),
    **{"from": ("Priya Nair", "priya.nair@coastalhome.com.au")},
    to=[("", "sales@coolwind-appliance.com")],
    subject="Quote request – oil heaters & dehumidifiers (AW27)",
    headers=[("X-Mailer", "Microsoft Outlook 16.0")],
    body=text_part(h025, "html"),
    label=lead(
        "en", company_name="Coastal Home Appliances Pty Ltd", contact_name="Priya Nair",
        contact_title="Category Buyer", email="priya.nair@coastalhome.com.au",
        phone="+61731804420", country="AU", website="coastalhome.com.au",
        products=[P("Oil-filled radiator 2400W", 1200, "pcs", 45.0, "AUD"),
                  P("Dehumidifier 20L/day", 600, "pcs")],
        destination="Brisbane", payment_terms="T/T", sample_request=True,
        certifications=["SAA", "RCM"], deadline="2026-10-23"),
)

# 026 phishing, en, HTML only: fake DHL duty invoice
h026 = """\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0; background:#f2f2f2;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff; font-family: Arial, sans-serif; font-size: 14px;">
<tr><td style="background:#ffcc00; padding:16px;"><b style="color:#d40511; font-size:22px;">DHL</b> <span style="color:#d40511;">EXPRESS</span></td></tr>
<tr><td style="padding:20px;">
<p>Dear Customer,</p>
<p>Your shipment <b>AWB 4471221058</b> is on hold at our Guangzhou facility because of unpaid import duty and handling fees of <b>USD 3.85</b>.</p>
<p>Please download your invoice and complete the payment within 48 hours. Otherwise the parcel will be returned to the sender.</p>
<p style="text-align:center;"><a href="https://dhl-invoice-center.com/pay/7710483926?awb=4471221058" style="background:#d40511; color:#ffffff; padding:10px 24px; text-decoration:none;">Download invoice &amp; pay</a></p>
<p>Invoice number: 7710483926<br>Amount due: USD 3.85</p>
<p>Thank you for shipping with DHL Express.</p>
</td></tr>
<tr><td style="padding:12px; font-size:11px; color:#777777;">&copy; 2026 DHL International GmbH. All rights reserved.</td></tr>
</table>
</body></html>
"""
message(
    26, date=when(10, 13, 3, 18, 0),
    **{"from": ("DHL Express", "noreply@dhl-invoice-center.com")},
    to=[("", "info@brightlux-led.com")],
    subject="DHL Express: Invoice 7710483926 – payment required for shipment 4471221058",
    body=text_part(h026, "html", cte="base64"),
    label=no_lead("phishing", "en"),
)

# 027 inquiry, vi, VN: the buyer sent his own sample, office phone beside Zalo, website stated
t027 = """\
Kính gửi Quý công ty,

Công ty Cổ phần Thương mại Minh Phát là nhà phân phối đồ điện gia dụng tại Hà Nội. Chúng tôi cần báo giá các sản phẩm sau:

- Quạt đứng 16 inch: 2.000 chiếc
- Quạt trần 56 inch có đèn: 400 chiếc

Giá mục tiêu cho quạt đứng là 9,5 USD/chiếc.
Điều kiện giao hàng: CIF Hải Phòng.
Thanh toán: T/T, đặt cọc 30%.
Chúng tôi đã gửi mẫu quạt đứng của chúng tôi qua DHL (AWB 5820 4471 93) để Quý công ty sản xuất theo mẫu.
Vui lòng gửi báo giá trước ngày 30/10/2026.

Trân trọng,

Nguyễn Thị Thu Hà
Trưởng phòng Xuất nhập khẩu
Công ty Cổ phần Thương mại Minh Phát
Số 18 Trần Duy Hưng, Cầu Giấy, Hà Nội
ĐT: 024 3856 7721
Website: www.minhphat-jsc.vn
"""
message(
    27, date=when(10, 16, 16, 5, 420),
    **{"from": ("Nguyễn Thị Thu Hà", "thuha.nguyen@minhphat-jsc.vn")},
    to=[("", "sales@coolwind-appliance.com")],
    subject="Yêu cầu báo giá quạt điện - Minh Phát",
    body=multipart("alternative", "000000000000v2027a5f0e", [
        text_part(t027, cte="base64"),
        text_part(to_html(t027, "UTF-8", "Arial, sans-serif"), "html", cte="base64"),
    ]),
    label=lead(
        "vi", company_name="Công ty Cổ phần Thương mại Minh Phát",
        contact_name="Nguyễn Thị Thu Hà", contact_title="Trưởng phòng Xuất nhập khẩu",
        email="thuha.nguyen@minhphat-jsc.vn", phone="+842438567721", country="VN",
        website="minhphat-jsc.vn",
        products=[P("Quạt đứng 16 inch", 2000, "pcs", 9.5, "USD"), P("Quạt trần 56 inch", 400, "pcs")],
        incoterm="CIF", destination="Hải Phòng", payment_terms="T/T", deadline="2026-10-30"),
)

# 028 inquiry, en, PK: PO number shaped like a Pakistani mobile, past delivery date, C&F
t028 = """\
Dear Mr. Chen,

Hope you are doing well. Our previous order against PO No. 923004471122 was delivered on 12 June 2026 and our customers are satisfied with the quality.

Now we are interested to import below new items:

1) Self priming jet pump 1 HP - 800 Nos
2) Pressure control switch - 1500 Nos

Kindly quote your best price C&F Karachi. Payment will be L/C at sight as before. No sample is required as we already know your quality.

Please send the proforma invoice at earliest so we can open the L/C.

Regards,

Usman Tariq
Import Manager
Indus Flow Engineering (Pvt.) Ltd.
42-B, Gulberg III, Lahore, Pakistan
Ph: +92 42 3587 6610
"""
message(
    28, date=when(10, 19, 11, 34, 300),
    **{"from": ("Usman Tariq", "usman@indusflow-pk.com")},
    to=[("Mr. Chen", "sales@nbhengda-pump.com")],
    subject="New items inquiry / Ref. PO No. 923004471122",
    body=text_part(t028, cte="7bit"),
    label=lead(
        "en", company_name="Indus Flow Engineering (Pvt.) Ltd.", contact_name="Usman Tariq",
        contact_title="Import Manager", email="usman@indusflow-pk.com", phone="+924235876610",
        country="PK",
        products=[P("Self priming jet pump 1 HP", 800, "pcs"), P("Pressure control switch", 1500, "pcs")],
        incoterm="CFR", destination="Karachi", payment_terms="L/C"),
)

# 029 other, en: customer asks for next year's price list, no concrete request
t029 = """\
Hi Lily,

Hope all is well in Ningbo. As every year, could you please update your price list for 2027 when you have a moment? No rush - we are still working through the circulation pumps and booster pumps from the last container, so we do not plan a new order before Q1.

Please also let us know if the copper price is going to change the motor prices.

Say hello to Mr. Wang.

Groeten,
Pieter de Vries
Inkoper | De Vries Installatiegroothandel B.V.
+31 10 555 2291
"""
message(
    29, date=when(10, 22, 15, 27, 120),
    **{"from": ("Pieter de Vries", "pieter@vriesgroothandel.nl")},
    to=[("Lily Zhang", "lily@nbhengda-pump.com")],
    subject="Price list 2027",
    headers=[("X-Mailer", "Microsoft Outlook 16.0")],
    body=text_part(t029, cte="7bit"),
    label=no_lead("other", "en"),
)

# 030 inquiry, pl, PL (ISO-8859-2): "EXW and FOB" alternatives, samples not needed
t030 = """\
Dzień dobry,

firma ELMAX Hurtownia Elektryczna Sp. z o.o. z Poznania prosi o przygotowanie oferty na następujące produkty:

1. Przewód YDY 3x2,5 mm2 450/750 V: 20 000 metrów
2. Listwa zasilająca 5 gniazd z wyłącznikiem, 3 m: 4 000 sztuk

Cena docelowa listwy zasilającej: 3,60 EUR/szt.
Proszę o podanie cen w dwóch wariantach: EXW oraz FOB Szanghaj. Port docelowy: Gdańsk.
Płatność: przelew T/T, 50% zaliczki.
Wymagane są certyfikaty CE, RoHS i REACH.
Próbek nie potrzebujemy - znamy już Państwa jakość z targów.

Z poważaniem
Katarzyna Wójcik
Specjalista ds. zakupów
ELMAX Hurtownia Elektryczna Sp. z o.o.
ul. Głogowska 148, 60-243 Poznań
tel. +48 61 842 73 15
www.elmax-hurt.pl
"""
message(
    30, date=when(10, 26, 9, 3, 60),
    **{"from": ("Katarzyna Wójcik", "k.wojcik@elmax-hurt.pl")},
    hcharset="iso-8859-2",
    to=[("", "sales@wavecell-cable.com")],
    subject="Zapytanie ofertowe - przewody i listwy zasilające",
    headers=[("User-Agent", "Mozilla Thunderbird")],
    body=text_part(t030, charset="iso-8859-2"),
    label=lead(
        "pl", company_name="ELMAX Hurtownia Elektryczna Sp. z o.o.", contact_name="Katarzyna Wójcik",
        contact_title="Specjalista ds. zakupów", email="k.wojcik@elmax-hurt.pl",
        phone="+48618427315", country="PL", website="elmax-hurt.pl",
        products=[P("Przewód YDY 3x2,5 mm2", 20000, "m"),
                  P("Listwa zasilająca 5 gniazd", 4000, "pcs", 3.6, "EUR")],
        destination="Gdańsk", payment_terms="T/T", certifications=["CE", "ROHS", "REACH"]),
)

# 031 inquiry, en, AE: branch office in Kenya, goods to Mombasa, buyer is in Dubai
t031 = """\
Dear Sir/Madam,

Desert Rose General Trading L.L.C. is supplying electrical materials for a 240-unit housing project managed by our branch office in Nairobi, Kenya. Kindly quote your best price for:

1. Armoured cable 4x16 mm2 SWA, PVC sheathed - 12,000 m
2. Perforated cable tray 300x50 mm, 3 m length, hot-dip galvanized - 2,500 pcs

Shipment: CIF Mombasa
Payment: L/C at sight
The cables must come with KEBS certificate.
Please also advise the production lead time.

Best regards,

Faisal Rahman
Procurement Engineer
Desert Rose General Trading L.L.C.
P.O. Box 51873, Deira, Dubai, U.A.E.
Kenya branch office: 4th Floor, Mombasa Road Plaza, Nairobi, Kenya
Tel: +971 4 223 6140
"""
message(
    31, date=when(10, 28, 10, 10, 240),
    **{"from": ("Faisal Rahman", "faisal@desertrose-gt.ae")},
    to=[("", "sales@wavecell-cable.com")],
    subject="Enquiry: armoured cable and cable trays for Kenya project",
    headers=[("X-Mailer", "Microsoft Outlook 16.0")],
    body=text_part(t031, cte="7bit"),
    label=lead(
        "en", company_name="Desert Rose General Trading L.L.C.", contact_name="Faisal Rahman",
        contact_title="Procurement Engineer", email="faisal@desertrose-gt.ae", phone="+97142236140",
        country="AE",
        products=[P("Armoured cable 4x16 mm2 SWA", 12000, "m"),
                  P("Perforated cable tray 300x50 mm", 2500, "pcs")],
        incoterm="CIF", destination="Mombasa", payment_terms="L/C", certifications=["KEBS"]),
)

# 032 phishing, zh (GBK, 8bit): mailbox "verification"
t032 = """\
尊敬的邮箱用户 sales@coolwind-appliance.com：

系统检测到您的邮箱存储空间已使用 98%，并且账户存在异常登录。为保证正常收发外贸询盘邮件，请在 24 小时内完成账户验证，否则邮箱将被停用，所有邮件将无法恢复。

立即验证：http://mail-verify.coolwind-appliance.com.secure-login-cn.com/verify?user=sales

请使用您当前的邮箱账号和密码登录验证。

此邮件由系统自动发送，请勿直接回复。
邮件系统管理中心
"""
message(
    32, date=when(10, 31, 2, 44, 480),
    **{"from": ("邮箱安全中心", "security@mailbox-verify-center.com")},
    hcharset="gbk",
    to=[("", "sales@coolwind-appliance.com")],
    subject="【系统通知】您的企业邮箱即将停用，请立即验证",
    body=text_part(t032, charset="gbk", cte="8bit"),
    label=no_lead("phishing", "zh"),
)

# 033 inquiry, en, PH: title-only sign-off, RFQ number shaped like a date
t033 = """\
Good day!

Islaverde Builders Corporation is requesting a quotation for the following items to be used in our Cebu project (RFQ No. 2026-1120):

Item 1: Concrete vibrator, 1.5 kW, with 38 mm poker - 40 units
Item 2: Cordless impact wrench 18V - 150 units

Terms: CIF Cebu
Payment: T/T
Kindly indicate the delivery lead time and warranty. Quotation must be valid for at least 60 days.
Deadline for submission of quotation: November 16, 2026.

Thank you and God bless.

Sourcing Manager
Islaverde Builders Corporation
Tel. (032) 416 7725
Mandaue City, Cebu, Philippines
"""
message(
    33, date=when(11, 3, 8, 20, 480),
    **{"from": ("Procurement - Islaverde", "procurement@islaverde-builders.com.ph")},
    to=[("", "export@jinrui-tools.com")],
    subject="Request for Quotation - RFQ No. 2026-1120",
    body=text_part(t033, cte="7bit"),
    label=lead(
        "en", company_name="Islaverde Builders Corporation", contact_title="Sourcing Manager",
        email="procurement@islaverde-builders.com.ph", phone="+63324167725", country="PH",
        products=[P("Concrete vibrator", 40, "pcs"), P("Cordless impact wrench 18V", 150, "pcs")],
        incoterm="CIF", destination="Cebu", payment_terms="T/T", deadline="2026-11-16"),
)

# 034 inquiry, en, SE: colleagues in Cc, competitor's price and FOB port, open account
t034 = """\
Hello,

I am writing on behalf of Nordvärme Installation AB. I copy my colleague Anna Berg, who handles our logistics, and Erik Sandberg from our technical department.

We are looking for a second source for air-to-water heat pump water heaters, 200 L tank. We need 180 units for a first order, later about 600 units per year.

For your information, your competitor in Zhejiang offers USD 410 per unit FOB Shanghai for a similar model, so please keep your offer competitive.

We would need the goods delivered DAP Gothenburg. A CE declaration of conformity is required.
Payment terms: open account 30 days after delivery.
Please send one sample unit to our warehouse in Mölndal for testing.

Kind regards

Johan Lindqvist
Head of Purchasing
Nordvärme Installation AB
Tel +46 31 555 48 20
nordvarme.se
"""
message(
    34, date=when(11, 6, 13, 2, 60),
    **{"from": ("Johan Lindqvist", "johan.lindqvist@nordvarme.se")},
    to=[("", "sales@coolwind-appliance.com")],
    cc=[("Anna Berg", "anna.berg@nordvarme.se"), ("Erik Sandberg", "erik.sandberg@nordvarme.se")],
    subject="Heat pump water heaters - request for offer",
    headers=[("X-Mailer", "Microsoft Outlook 16.0")],
    body=text_part(t034),
    label=lead(
        "en", company_name="Nordvärme Installation AB", contact_name="Johan Lindqvist",
        contact_title="Head of Purchasing", email="johan.lindqvist@nordvarme.se",
        phone="+46315554820", country="SE", website="nordvarme.se",
        products=[P("air-to-water heat pump water heaters", 180, "pcs")],
        incoterm="DAP", destination="Gothenburg", payment_terms="O/A", sample_request=True,
        certifications=["CE"]),
)

# 035 spam, ru (windows-1251): freight forwarder's advertisement
t035 = """\
Здравствуйте!

Компания ООО «ТрансАзия Логистик» предлагает доставку грузов из Китая в Россию и страны СНГ:

• Ж/д контейнер 40HQ Нинбо – Москва: от 4 300 USD, срок 18–22 дня
• Морем через Владивосток: от 3 100 USD
• Таможенное оформление «под ключ», сертификаты EAC

Работаем с поставщиками насосов, электротехники и инструмента. Ответим на все вопросы по WhatsApp/WeChat.

С уважением,
Ирина Ковалева
менеджер по развитию
ООО «ТрансАзия Логистик»
Тел.: +7 495 555-31-07
www.transasia-logistik.ru
"""
message(
    35, date=when(11, 9, 6, 15, 180),
    **{"from": ("ТрансАзия Логистик", "sales@transasia-logistik.ru")},
    hcharset="windows-1251",
    to=[("", "sales@nbhengda-pump.com")],
    subject="Доставка грузов из Китая в Россию от 18 дней",
    headers=[("Precedence", "bulk")],
    body=text_part(t035, charset="windows-1251"),
    label=no_lead("spam", "ru"),
)

# 036 inquiry, en, GH: free-mail sender names his company address; clearing agent's phone
t036 = """\
Dear Sales,

I am writing from my private email because our office mail server is down this week. Please send your reply and the proforma invoice to my company email: k.mensah@volta-energy.com.gh

We are interested in:
- Solar home system 300W (panel, battery, inverter and 4 bulbs): 250 sets
- 9W DC LED bulb: 1,000 pcs as spare parts

Shipment: CIF Tema. Our clearing agent is Seaways Clearing Ltd (Mr. Kofi Asante, +233 30 221 5567), you can contact him for shipping documents.
Payment: T/T.

Regards,
Kwame Mensah
Managing Director
Volta Energy Solutions Ltd
Spintex Road, Accra, Ghana
Tel: +233 24 555 8190
"""
message(
    36, date=when(11, 12, 10, 48, 0),
    **{"from": ("Kwame Mensah", "kmensah.ghana@gmail.com")},
    relay="mail-sor-f41.google.com",
    to=[("", "info@brightlux-led.com")],
    subject="Inquiry for solar home systems",
    body=text_part(t036, cte="7bit"),
    label=lead(
        "en", company_name="Volta Energy Solutions Ltd", contact_name="Kwame Mensah",
        contact_title="Managing Director", email="k.mensah@volta-energy.com.gh",
        phone="+233245558190", country="GH",
        products=[P("Solar home system 300W", 250, "sets"), P("9W DC LED bulb", 1000, "pcs")],
        incoterm="CIF", destination="Tema", payment_terms="T/T"),
)

# 037 other, fr (windows-1252): samples received, feedback later; our quotation quoted below
t037 = """\
Bonjour Jenny,

Nous avons bien reçu aujourd’hui les trois échantillons de hublots LED, merci. Nos essais en laboratoire (photométrie et IP65) prendront environ trois semaines ; je reviendrai vers vous avec nos commentaires, et avec une commande si tout est conforme.

Bonne journée,

Claire Dubois
Chef de produit éclairage
Lumenord SAS
59000 Lille – France
Tél. +33 3 20 55 41 87

-----Message d'origine-----
De : Jenny Liu <jenny@brightlux-led.com>
Envoyé : jeudi 5 novembre 2026 10:20
À : Claire Dubois <c.dubois@lumenord.fr>
Objet : Samples of LED bulkhead light

Dear Claire,

As requested, we have sent 3 samples of the 18W IP65 LED bulkhead light by DHL, AWB 6120 4471 83. Our price for 5,000 pcs is USD 3.95/pc FOB Ningbo.

Best regards,
Jenny Liu
Sales Manager
Zhongshan Brightlux Lighting Co., Ltd.
Tel: +86 760 8822 6610
"""
message(
    37, date=when(11, 16, 17, 26, 60),
    **{"from": ("Claire Dubois", "c.dubois@lumenord.fr")},
    hcharset="windows-1252",
    to=[("Jenny Liu", "jenny@brightlux-led.com")],
    subject="RE: Samples of LED bulkhead light",
    headers=[("X-Mailer", "Microsoft Outlook 16.0"),
             ("In-Reply-To", "<20261105102003.19F2@brightlux-led.com>")],
    quoted="-----Message d'origine-----",
    body=text_part(t037, charset="windows-1252"),
    label=no_lead("other", "fr"),
)

# 038 inquiry, en, IL: samples already received, logo printing, goods date, FOB + destination
t038 = """\
Hi Jason,

We received your samples of the 1.7 L glass electric kettle and the 2-slice toaster last week. Quality is fine, only the kettle lid needs a stronger hinge.

Please send us your updated quotation for:
- Glass electric kettle 1.7 L (with reinforced hinge): 2,400 pcs
- 2-slice toaster: 1,200 pcs
Both with our logo printed on the body and on the gift box.

Our target price for the kettle is USD 7.80/pc.
Terms: FOB Xiamen, payment T/T. The goods must arrive at our Haifa warehouse by 31 January 2027.
Approvals needed: CE and SII (Israeli Standard).
No further samples are needed.

Best,
Noa Levi
Sourcing Lead
Galil Home Ltd.
+972 4 855 3021
www.galilhome.co.il
"""
message(
    38, date=when(11, 18, 12, 9, 120),
    **{"from": ("Noa Levi", "noa@galilhome.co.il")},
    to=[("Jason", "sales@coolwind-appliance.com")],
    subject="Kettle + toaster - updated quotation please",
    body=text_part(t038, cte="7bit"),
    label=lead(
        "en", company_name="Galil Home Ltd.", contact_name="Noa Levi", contact_title="Sourcing Lead",
        email="noa@galilhome.co.il", phone="+97248553021", country="IL", website="galilhome.co.il",
        products=[P("Glass electric kettle 1.7 L", 2400, "pcs", 7.8, "USD"),
                  P("2-slice toaster", 1200, "pcs")],
        incoterm="FOB", destination="Haifa", payment_terms="T/T",
        certifications=["CE", "SII"], deadline="2027-01-31"),
)

# 039 notification, zh, HTML only: platform weekly statistics
h039 = """\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family: 'Microsoft YaHei', SimSun, sans-serif; font-size: 14px;">
<p>尊敬的 佛山酷风电器有限公司：</p>
<p>以下是您店铺上周（11月14日-11月20日）的运营数据：</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse: collapse;">
<tr><th>指标</th><th>上周</th><th>环比</th></tr>
<tr><td>曝光量</td><td>12,340</td><td>+8%</td></tr>
<tr><td>访客数</td><td>1,026</td><td>+3%</td></tr>
<tr><td>询盘数</td><td>18</td><td>-2</td></tr>
<tr><td>询盘回复率</td><td>94%</td><td>+1%</td></tr>
</table>
<p>热门搜索词：电风扇、除湿机、油汀取暖器</p>
<p>建议：为“除湿机 20L/天”补充产品视频，可提升约 15% 的点击率。</p>
<p><a href="https://seller.tradebridge-global.com/report/weekly">登录卖家中心查看详情</a></p>
<p style="color:#888888; font-size:12px;">本邮件为系统自动发送，请勿回复。TradeBridge Global 卖家服务中心</p>
</body></html>
"""
message(
    39, date=when(11, 21, 9, 0, 480, 4),
    **{"from": ("TradeBridge Global 卖家中心", "noreply@notice.tradebridge-global.com")},
    envelope="bounce-weekly@notice.tradebridge-global.com",
    relay="smtp-out2.notice.tradebridge-global.com",
    to=[("", "sales@coolwind-appliance.com")],
    subject="【周报】您的店铺上周数据概览（11月14日-11月20日）",
    headers=[("X-TBG-Mail-Type", "weekly-report")],
    body=text_part(h039, "html", cte="base64"),
    label=no_lead("notification", "zh"),
)

# 040 inquiry, zh, MY (GB2312): fans bought elsewhere, 台 and 套, Port Klang
t040 = """\
您好！

我司 Sinar Jaya Trading Sdn. Bhd. 是马来西亚吉隆坡的小家电批发商。电风扇我们一直向其他工厂采购，这次不需要报价风扇。

本次询价产品如下：
1. 电饭煲 1.8L：1500台
2. 电磁炉 2000W：800台
3. 不锈钢锅具套装（5件套）：600套

电饭煲目标价：每台 11.5 美元。
请报 CIF 巴生港 价格，付款方式为信用证（L/C）。
产品需要有 SIRIM 认证。
请先寄样品：电饭煲和电磁炉各一台。

谢谢！

林美玲
采购主管
Sinar Jaya Trading Sdn. Bhd.
电话：+60 3-7865 4412
"""
message(
    40, date=when(11, 24, 15, 33, 480),
    **{"from": ("林美玲", "meiling.lim@sinarjaya.com.my")},
    hcharset="gb2312",
    to=[("", "sales@coolwind-appliance.com")],
    subject="询价：电饭煲、电磁炉及锅具套装",
    headers=[("X-Mailer", "Foxmail 7.2.25.228[cn]")],
    body=text_part(t040, charset="gb2312", cte="base64"),
    label=lead(
        "zh", company_name="Sinar Jaya Trading Sdn. Bhd.", contact_name="林美玲", contact_title="采购主管",
        email="meiling.lim@sinarjaya.com.my", phone="+60378654412", country="MY",
        products=[P("电饭煲 1.8L", 1500, "pcs", 11.5, "USD"), P("电磁炉 2000W", 800, "pcs"),
                  P("不锈钢锅具套装", 600, "sets")],
        incoterm="CIF", destination="巴生港", payment_terms="L/C", sample_request=True,
        certifications=["SIRIM"]),
)


# ------------------------------------------------------------------ output

def main() -> None:
    counts: dict[str, int] = {}
    for n, spec in sorted(MESSAGES.items()):
        stem = f"v2-{n:03d}"
        (HERE / f"{stem}.eml").write_bytes(build_message(spec, n))
        lab = spec["label"]
        assert list(lab) == FIELDS, stem
        (HERE / f"{stem}.json").write_text(
            json.dumps(lab, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        counts[lab["category"]] = counts.get(lab["category"], 0) + 1
    print(f"wrote {len(MESSAGES)} messages: {dict(sorted(counts.items()))}")


if __name__ == "__main__":
    main()

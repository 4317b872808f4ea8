"""The contact finders: email, phone / WhatsApp, website and country, on fixtures in the
buyers' languages (with the traps real inquiries set) and on every labelled sample."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from enrich.document import Candidate, Document
from enrich.rules.contacts import (
    FREE_MAIL_DOMAINS,
    country_from_domain,
    country_from_phone,
    find_countries,
    find_emails,
    find_phones,
    find_websites,
)
from harvester.parse import parse_message

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "inquiries"


def mail(
    new: str,
    signature: str = "",
    *,
    quoted: str = "",
    subject: str = "",
    sender: str | None = None,
    reply_to: tuple[str, ...] = (),
    platform: str | None = None,
    attachments: tuple[tuple[str, str], ...] = (),
) -> Document:
    """A document laid out as the harvester does: new text, signature, quoted history."""
    return Document.from_parts(
        new,
        signature,
        quoted,
        subject=subject,
        sender_email=sender,
        reply_to=[(None, r) for r in reply_to],
        platform=platform,
        attachments=list(attachments),
    )


def values(candidates: list[Candidate], field: str | None = None) -> list[str]:
    return [c.value for c in candidates if field is None or c.field == field]


def quote(candidates: list[Candidate], value: str) -> str:
    evidence = next(c.evidence for c in candidates if c.value == value)
    assert evidence is not None
    return evidence.quote


def assert_evidence_exact(doc: Document, candidates: list[Candidate]) -> None:
    """Every candidate's evidence points at exactly its quote in the source text."""
    sources = {"body": doc.body, "subject": doc.subject}
    sources |= {s.source: s.text for s in doc.header_segments()}
    sources |= {f"attachment:{name}": text for name, text in doc.attachments}
    for c in candidates:
        assert c.evidence is not None
        text = sources[c.evidence.source]
        assert text[c.evidence.start : c.evidence.end] == c.evidence.quote


# ---------------------------------------------------------------- emails


def test_reply_to_outranks_a_shared_from_mailbox() -> None:
    doc = mail(
        "Please reply to me directly.",
        sender="procurement@gulfstar-trading.ae",
        reply_to=("Rahul.Menon@Gulfstar-Trading.ae",),
    )
    found = find_emails(doc)
    assert values(found) == ["rahul.menon@gulfstar-trading.ae", "procurement@gulfstar-trading.ae"]
    assert [c.rule for c in found] == ["reply_to", "from"]
    assert found[0].confidence > found[1].confidence
    assert_evidence_exact(doc, found)


def test_platform_relay_and_no_reply_addresses_are_never_the_buyer() -> None:
    doc = mail(
        "Buyer: Ahmed Hassan\nBuyer email: Ahmed@NilePower.com.eg\n"
        "Bounces go to bounces+8812@mailer.example-esp.com, mailer-daemon@mx.nilepower.com.eg\n"
        "Alibaba support: service@alibaba.com",
        sender="noreply@made-in-china.com",
        reply_to=("inquiry-reply+8d41c2f0a9e3@relay.made-in-china.com",),
        platform="made_in_china",
    )
    found = find_emails(doc)
    assert values(found) == ["ahmed@nilepower.com.eg"]
    assert found[0].rule == "label"
    assert quote(found, "ahmed@nilepower.com.eg") == "Ahmed@NilePower.com.eg"


@pytest.mark.parametrize(
    ("line", "address"),
    [
        ("Correo electrónico: compras@ferreteria-andina.cl", "compras@ferreteria-andina.cl"),
        ("E-posta: emre@anadoluhirdavat.com.tr", "emre@anadoluhirdavat.com.tr"),
        ("邮箱：weijie.chen@lianfa-hardware.com.my", "weijie.chen@lianfa-hardware.com.my"),
        ("Эл. почта: a.nurlanova@stroymart.kz", "a.nurlanova@stroymart.kz"),
        ("メール：k.sato@hikari-shoji.co.jp", "k.sato@hikari-shoji.co.jp"),
        (
            "البريد الإلكتروني: m.alotaibi@alnoor-lighting.com.sa",
            "m.alotaibi@alnoor-lighting.com.sa",
        ),
        ("E-Mail: S.Krueger@Hanselicht-Handel.de", "s.krueger@hanselicht-handel.de"),
    ],
)
def test_labelled_addresses_in_many_languages(line: str, address: str) -> None:
    doc = mail("Bitte um Angebot.", f"Regards\n{line}")
    found = find_emails(doc)
    assert values(found) == [address]
    assert found[0].rule == "label" and found[0].confidence == 0.9
    assert_evidence_exact(doc, found)


def test_from_keeps_its_rank_when_the_reply_to_is_a_relay() -> None:
    doc = mail(
        "Hi", sender="buyer@x-trade.com", reply_to=("inquiry-reply+1@relay.made-in-china.com",)
    )
    assert [(c.value, c.confidence) for c in find_emails(doc)] == [("buyer@x-trade.com", 0.9)]


def test_mailto_link_and_signature_address() -> None:
    doc = mail(
        "Write to [our buying office](mailto:Einkauf@Hanselicht-Handel.de).", "j.doe@x-trade.de"
    )
    found = find_emails(doc)
    assert values(found) == ["j.doe@x-trade.de", "einkauf@hanselicht-handel.de"]
    assert [c.rule for c in found] == ["signature", "mailto"]


def test_masked_cid_and_quoted_addresses_are_not_read() -> None:
    doc = mail(
        "Buyer email: d*******@t*********.ca\n[cid:image001.png@01DA2B3C.4D5E6F70]",
        quoted="> Anna Zhou\n> sales@everbright-tools.cn",
    )
    assert find_emails(doc) == []


def test_free_mail_table_covers_the_usual_webmail() -> None:
    for domain in ("gmail.com", "qq.com", "163.com", "yandex.ru", "mail.ru", "uol.com.br"):
        assert domain in FREE_MAIL_DOMAINS


# ---------------------------------------------------------------- phones


@pytest.mark.parametrize(
    ("signature", "hints", "expected"),
    [
        ("Teléfono: +34 912 345 678\nMóvil: +34 612 345 678", (), ["+34912345678", "+34612345678"]),
        (
            "Telefone: +55 11 3456-7890\nCelular: (11) 98765-4321",
            ("BR",),
            ["+551134567890", "+5511987654321"],
        ),
        ("Telefon: 040 3861 7720", ("DE",), ["+494038617720"]),
        ("Тел.: 8 (495) 123-45-67", ("RU",), ["+74951234567"]),
        ("هاتف: +966 11 234 5678\nجوال: 050 123 4567", ("SA",), ["+966112345678", "+966501234567"]),
        ("电话：021-6234 5678\n手机：138 1234 5678", ("CN",), ["+862162345678", "+8613812345678"]),
        (
            "電話：03-1234-5678　FAX：03-1234-5679\n携帯：090-1234-5678",
            ("JP",),
            ["+81312345678", "+819012345678"],
        ),
        (
            "Tel: +90 212 123 45 67\nCep: 0532 123 45 67",
            ("TR",),
            ["+902121234567", "+905321234567"],
        ),
        ("Tel: +44 20 7946 0958 | M: +44 7700 900462", (), ["+442079460958", "+447700900462"]),
        ("Office: (312) 555-0147", (), ["+13125550147"]),
        ("Tel: (+34) 961 32 47 80", (), ["+34961324780"]),
        (
            "Tél. : 04.42.15.63.90\nPort. : 06 71 28 45 03",
            ("FR",),
            ["+33442156390", "+33671284503"],
        ),
        (
            "ＴＥＬ：０３－１２３４－５６７８　ＦＡＸ：０３－１２３４－５６７９",
            ("JP",),
            ["+81312345678"],
        ),
        ("tel. 0086 574 8765 4321", (), ["+8657487654321"]),
    ],
)
def test_labelled_numbers_in_many_languages(
    signature: str, hints: tuple[str, ...], expected: list[str]
) -> None:
    doc = mail("Please quote.", signature)
    found = find_phones(doc, region_hints=hints)
    assert values(found, "phone") == expected
    assert all(c.rule == "label" for c in found)
    assert_evidence_exact(doc, found)


def test_evidence_is_the_number_as_written() -> None:
    doc = mail("Hola", "Tel.: +34 961 32 47 80\nwww.jardinluz.es")
    (phone,) = find_phones(doc)
    assert (phone.value, phone.evidence and phone.evidence.quote) == (
        "+34961324780",
        "+34 961 32 47 80",
    )


def test_a_number_only_possible_keeps_less_confidence_and_needs_a_label() -> None:
    labelled = find_phones(mail("Hi", "M: +44 7700 900462"))
    assert [(c.value, c.confidence) for c in labelled] == [("+447700900462", 0.7)]
    assert find_phones(mail("Call me on +44 7700 900462 tomorrow")) == []


def test_whatsapp_numbers_are_their_own_field() -> None:
    doc = mail("Reply urgent", "WhatsApp: +234 803 555 0192")
    assert [(c.field, c.value) for c in find_phones(doc)] == [("whatsapp", "+2348035550192")]
    both = find_phones(mail("Hi", "Tel/WhatsApp: +234 803 555 0192"))
    assert sorted(c.field for c in both) == ["phone", "whatsapp"]
    after = find_phones(mail("Hi", "Mobile: +971 50 123 4567 (WhatsApp)"))
    assert sorted(c.field for c in after) == ["phone", "whatsapp"]
    zalo = find_phones(mail("Hi", "Zalo/WhatsApp: +84 28 3823 4567"))
    assert [c.field for c in zalo] == ["whatsapp"]


def test_fax_numbers_are_dropped_but_tel_fax_lines_are_phones() -> None:
    doc = mail(
        "Hi",
        "Fax: +49 40 1234 5678\n传真：+86 574 8765 4321\n"
        "Fax number (head office): +20 2 2345 6789\nTelefax +44 20 7946 0958",
    )
    assert find_phones(doc) == []
    assert values(find_phones(mail("Hi", "Tel/Fax: +49 40 1234 5678"))) == ["+494012345678"]


def test_order_numbers_dates_prices_postcodes_and_ibans_are_not_phones() -> None:
    doc = mail(
        "Order No. 4500123456, PO: 2026-1123, Inquiry ID: 10487651209\n"
        "Date: 2026-10-01 14:03, delivery 16.10.2026\n"
        "Price USD 12,500.00 for 10000 pcs, 1 200 000 pcs next year\n"
        "20539 Hamburg\nIBAN: DE89 3704 0044 0532 0130 00\nSWIFT: COBADEFFXXX\n"
        "T: 2026-11-05 14:30\nVessel IMO 9811000, CEP: 04543-011\n"
        "4500123456\n"
        "Mobile: +91-98XXXXXX21 (Verified)",
    )
    assert find_phones(doc, region_hints=("DE", "US", "CN", "IN")) == []


def test_national_numbers_need_a_region() -> None:
    doc = mail("Hallo", "Telefon: 040 3861 7720")
    assert find_phones(doc) == []
    assert values(find_phones(doc, region_hints=["de"])) == ["+494038617720"]
    on_line = mail("Hallo", "Billstraße 112, 20539 Hamburg, Germany · Tel. 040 38617720")
    assert values(find_phones(on_line)) == ["+494038617720"]


def test_numbers_standing_alone_on_a_signature_line() -> None:
    doc = mail(
        "よろしくお願いいたします。",
        "株式会社ソラノガーデン\n03-5321-8864\n〒151-0053 東京都渋谷区",
    )
    found = find_phones(doc, region_hints=["JP"])
    assert [(c.value, c.rule) for c in found] == [("+81353218864", "number_line")]
    nanp = find_phones(mail("Thanks\nMike Brennan\nBrennan Supply Co. LLC\n(909) 555-0148"))
    assert values(nanp) == ["+19095550148"]
    # the (NXX) NXX-XXXX shape is not read as North American when a hint fits
    kenya = find_phones(mail("Asante", "Tel: 0722 123 456"), region_hints=["KE"])
    assert values(kenya) == ["+254722123456"]


def test_bare_international_numbers_and_the_quoted_history() -> None:
    doc = mail(
        "You can call me on +254 722 123 456 any time.",
        "+56 2 2948 3170 | +56 9 8412 6637",
        quoted="> Anna Zhou | Tel: +86 574 8765 4321",
    )
    found = find_phones(doc)
    assert values(found) == ["+56229483170", "+56984126637", "+254722123456"]
    assert [c.confidence for c in found] == [0.8, 0.8, 0.6]


def test_platform_notification_numbers() -> None:
    doc = mail(
        "Buyer: Rajesh Kumar\nMobile: +91 98201 47356\nBuyLead ID: 41829573\n41829573",
        platform="indiamart",
    )
    assert values(find_phones(doc, region_hints=["IN"])) == ["+919820147356"]


# ---------------------------------------------------------------- websites


def test_websites_reduce_to_the_registrable_domain() -> None:
    doc = mail(
        "See https://shop.Hartley-Trade.co.uk/en/catalogue?id=3 for our range.",
        "Johan Lindqvist\nwww.skargardverktyg.se\nWeb: nordictools.se\nstroymart.kz",
    )
    found = find_websites(doc)
    assert values(found) == [
        "nordictools.se",
        "skargardverktyg.se",
        "stroymart.kz",
        "hartley-trade.co.uk",
    ]
    assert quote(found, "skargardverktyg.se") == "www.skargardverktyg.se"
    assert quote(found, "hartley-trade.co.uk") == "shop.Hartley-Trade.co.uk"
    assert_evidence_exact(doc, found)


@pytest.mark.parametrize(
    "line",
    [
        "网站：www.lianfa-hardware.com.my",
        "Сайт: lianfa-hardware.com.my",
        "Sitio web: lianfa-hardware.com.my",
        "URL：https://www.lianfa-hardware.com.my",
        "ホームページ：lianfa-hardware.com.my",
    ],
)
def test_labelled_websites_in_many_languages(line: str) -> None:
    found = find_websites(mail("Hi", line))
    assert [(c.value, c.rule) for c in found] == [("lianfa-hardware.com.my", "label")]


def test_social_shortener_platform_and_free_mail_domains_are_skipped() -> None:
    doc = mail(
        "Our shop: https://nordictools.en.alibaba.com/product/1.html\n"
        "https://www.facebook.com/nordictools https://bit.ly/3xYz https://wa.me/46701234567\n"
        "www.linkedin.com/company/nordic www.gmail.com https://www.dropbox.com/s/abc\n"
        "catalogue.pdf\nmikebrennan.tools@gmail.com\ninfo@nordictools.se",
    )
    assert find_websites(doc) == []


def test_platform_notification_links_are_the_platforms() -> None:
    doc = mail(
        "Reply: https://message.alibaba.com/message/messenger.htm\n"
        "Tracking: https://click.mailservice-esp.com/x?u=1\n"
        "Website: www.buyer-imports.co.ke",
        platform="alibaba",
    )
    assert values(find_websites(doc)) == ["buyer-imports.co.ke"]


def test_form_mailer_domain_is_not_the_buyers_site() -> None:
    doc = mail(
        "Name: Priya Raghavan\nEmail: priya@shreeganesh-electricals.in",
        "--\nThis e-mail was sent from a contact form on (https://www.everbright-tools.cn)",
        sender="wordpress@everbright-tools.cn",
        reply_to=("priya@shreeganesh-electricals.in",),
    )
    assert find_websites(doc) == []


def test_the_senders_own_domain_gains_confidence() -> None:
    doc = mail("Visit www.brennansupply.com or www.other-shop.com", sender="mike@brennansupply.com")
    found = find_websites(doc)
    assert values(found) == ["brennansupply.com", "other-shop.com"]
    assert found[0].confidence > found[1].confidence


# ---------------------------------------------------------------- countries


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ("Country: Kenya", "KE"),
        ("Country/Region: Saudi Arabia", "SA"),
        ("País: Chile", "CL"),
        ("Страна: Россия", "RU"),
        ("国家：马来西亚", "MY"),
        ("国家/地区：沙特阿拉伯", "SA"),
        ("Ülke: Türkiye", "TR"),
        ("البلد: مصر", "EG"),
        ("Land: Deutschland", "DE"),
        ("Country: US", "US"),
        ("Location: Ludhiana, Punjab, India", "IN"),
        ("Country: China", "CN"),
    ],
)
def test_labelled_country_lines(line: str, code: str) -> None:
    doc = mail(f"New submission\n{line}\nMessage: need price")
    found = find_countries(doc)
    assert values(found) == [code]
    assert (found[0].rule, found[0].confidence) == ("label", 0.9)
    assert_evidence_exact(doc, found)


@pytest.mark.parametrize(
    ("signature", "code", "quoted"),
    [
        ("Importgatan 14, 422 46 Hisings Backa, Sweden", "SE", "Sweden"),
        ("Billstraße 112, 20539 Hamburg, Deutschland", "DE", "Deutschland"),
        ("Av. Paulista 1000 - São Paulo - SP, Brasil", "BR", "Brasil"),
        ("جدة - المملكة العربية السعودية", "SA", "المملكة العربية السعودية"),
        ("Jebel Ali Free Zone, Dubai, UAE", "AE", "UAE"),
        ("No. 45 Lạch Tray, Hải Phòng, Vietnam", "VN", "Vietnam"),
        ("Perpa Ticaret Merkezi, Şişli / İstanbul, Türkiye", "TR", "Türkiye"),
        ("ТОО «СтройМарт Казахстан»", "KZ", "Казахстан"),
    ],
)
def test_signature_and_address_lines(signature: str, code: str, quoted: str) -> None:
    found = find_countries(mail("Please quote.", signature))
    assert values(found) == [code]
    assert quote(found, code) == quoted
    assert found[0].confidence == 0.8


def test_mentions_in_the_text_in_many_languages() -> None:
    cases = {
        "We are a Swedish wholesaler for customers in Sweden and Finland.": ["SE", "FI"],
        "Somos distribuidores en España y Portugal.": ["ES", "PT"],
        "Wir sind ein Großhändler in Österreich.": ["AT"],
        "Компания из Казахстана, работаем и в России.": ["KZ", "RU"],
        "نحن شركة في السعودية والإمارات": ["SA", "AE"],
        "我是马来西亚联发五金贸易有限公司的采购。": ["MY"],
        "弊社は日本の会社で、アメリカにも支店があります。": ["JP", "US"],
        "Somos importadores de Perú.": ["PE"],
        "İthalatçı firmayız, Almanya ve Türkiye'de depolarımız var.": ["DE", "TR"],
        "Jesteśmy dystrybutorem z Polska.": ["PL"],
    }
    for text, codes in cases.items():
        found = find_countries(mail(text))
        assert values(found) == codes, text
        assert all(c.confidence == 0.6 for c in found)


def test_china_is_the_suppliers_country_unless_the_buyer_says_so() -> None:
    supplier = mail(
        "We found your factory in China. Price FOB Shenzhen, China please.\n"
        "Made in China label, 中国制造, bone china mugs.\nPort of loading: Ningbo, China",
        subject="Inquiry to China supplier",
    )
    assert find_countries(supplier) == []
    buyer = mail("Please quote.", "Wang Wei\nTianhe District, Guangzhou, China")
    assert values(find_countries(buyer)) == ["CN"]
    hong_kong = mail("Please quote.", "Tony Chan\nNathan Road, Kowloon, Hong Kong, China")
    assert values(find_countries(hong_kong)) == ["HK"]


def test_names_that_are_also_words_people_or_states() -> None:
    assert find_countries(mail("Please quote turkey feathers, 500 kg.")) == []
    assert find_countries(mail("Turkey Breast 20 kg cartons, Chile Peppers 10 kg")) == []
    assert find_countries(mail("Thanks,\nChad", "Jordan Smith\nPurchasing Manager")) == []
    assert find_countries(mail("Our warehouse is in New Mexico and New Jersey.")) == []
    assert find_countries(mail("CONTACT US today. UK plug and USA standard needed.")) == []
    assert values(find_countries(mail("We are importers in Turkey."))) == ["TR"]
    assert values(find_countries(mail("Importamos a Chile desde 1998."))) == ["CL"]


def test_word_boundaries() -> None:
    text = "Norddeutschland, Indiana, IndiaMART, woman, Omaha, Romania, Nigeria, Guinea-Bissau"
    assert set(values(find_countries(mail(text)))) == {"RO", "NG", "GW"}
    assert values(find_countries(mail("We sell in Papua New Guinea."))) == ["PG"]


def test_platform_notification_text_speaks_for_the_platform() -> None:
    doc = mail(
        "Buyer: Andrés Gómez\nCountry/Region: Colombia\n"
        "Alibaba.com Singapore E-Commerce Private Limited",
        subject="You have a new inquiry from Andrés Gómez (Colombia)",
        platform="alibaba",
    )
    found = find_countries(doc)
    assert [(c.value, c.confidence) for c in found] == [("CO", 0.9), ("SG", 0.3)]


def test_quoted_history_is_not_read_for_countries() -> None:
    doc = mail("Thanks, see below.", quoted="> Anna Zhou\n> Ningbo, Zhejiang, China\n> Germany")
    assert find_countries(doc) == []


@pytest.mark.parametrize(
    ("number", "code"),
    [
        ("+46317421860", "SE"),
        ("+14165550199", "CA"),
        ("+19095550148", "US"),
        ("+77273554018", "KZ"),
        ("+74957864219", "RU"),
        ("+80012345678", None),
        ("not a number", None),
    ],
)
def test_country_from_phone(number: str, code: str | None) -> None:
    assert country_from_phone(number) == code


@pytest.mark.parametrize(
    ("domain", "code"),
    [
        ("nordictools.se", "SE"),
        ("hartleyandsons-trade.co.uk", "GB"),
        ("ferramentas-bandeirante.com.br", "BR"),
        ("k.sato@hikari-shoji.co.jp", "JP"),
        ("brennansupply.com", None),
        ("startup.co", None),
        ("tools.io", None),
        ("brand.me", None),
        ("shop.tv", None),
        ("model.ai", None),
        ("europe-trade.eu", None),
    ],
)
def test_country_from_domain(domain: str, code: str | None) -> None:
    assert country_from_domain(domain) == code


# ---------------------------------------------------------------- the labelled samples


def _sample_documents() -> list[tuple[dict[str, object], Document]]:
    labels = [json.loads(line) for line in (SAMPLES / "labels.jsonl").read_text().splitlines()]
    return [
        (label, Document.from_parsed(parse_message((SAMPLES / str(label["file"])).read_bytes())))
        for label in labels
    ]


def _contact_candidates(doc: Document) -> dict[str, list[str]]:
    """All candidate values per contract field, the way the extractor combines the finders."""
    emails, websites, countries = find_emails(doc), find_websites(doc), find_countries(doc)
    hints = [c.value for c in countries] + [
        code for c in emails[:1] + websites[:1] if (code := country_from_domain(c.value))
    ]
    phones = find_phones(doc, region_hints=hints)
    phone_values = values(phones, "phone") or values(phones, "whatsapp")
    inferred = [country_from_phone(v) for v in values(phones)]
    inferred += [country_from_domain(v) for v in values(emails) + values(websites)]
    return {
        "email": values(emails),
        "phone": phone_values,
        "website": values(websites),
        "country": values(countries) + [c for c in inferred if c],
    }


def test_labelled_contacts_of_every_sample_are_among_the_candidates() -> None:
    """Recall over the inquiry samples (and the buyer countries notifications disclose)."""
    found = total = top = 0
    misses = []
    for label, doc in _sample_documents():
        if label["category"] not in ("inquiry", "notification"):
            continue
        candidates = _contact_candidates(doc)
        for field in ("email", "phone", "website", "country"):
            if label[field] is None:
                continue
            total += 1
            if label[field] in candidates[field]:
                found += 1
                top += candidates[field][0] == label[field]
            else:
                misses.append((label["file"], field, label[field], candidates[field]))
    assert total >= 100
    assert misses == []
    assert top == found


def test_inquiry_samples_have_no_invented_website_or_email() -> None:
    """Where a sample's label says the buyer gave no website, none is found."""
    for label, doc in _sample_documents():
        if label["category"] == "inquiry" and label["website"] is None:
            assert find_websites(doc) == [], label["file"]

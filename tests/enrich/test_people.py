"""Company names, contact names and job titles, in several languages."""

from __future__ import annotations

import pytest

from enrich.document import Document
from enrich.rules.people import find_companies, find_contact_names, find_titles, looks_like_person


def signed(new: str, signature: str, **kwargs: object) -> Document:
    text = new + "\n\n" + signature
    return Document(
        body=text, new_span=(0, len(new)), signature_span=(len(new) + 2, len(text)), **kwargs
    )  # type: ignore[arg-type]


def best(candidates):
    return max(candidates, key=lambda c: c.confidence).value if candidates else None


@pytest.mark.parametrize(
    ("signature", "company", "name", "title"),
    [
        (
            "Best regards,\nLars Eriksson\nPurchasing Manager\nNordic Tools AB\n"
            "Tel +46 70 123 45 67",
            "Nordic Tools AB",
            "Lars Eriksson",
            "Purchasing Manager",
        ),
        (
            "Mit freundlichen Grüßen\n\nSabine Krüger\nEinkauf\nLichtwerk Handelsgesellschaft mbH",
            "Lichtwerk Handelsgesellschaft mbH",
            "Sabine Krüger",
            "Einkauf",
        ),
        (
            "Saludos cordiales,\nJavier Ortega Ruiz\nResponsable de Compras\n"
            "LuzSol Distribuciones, S.L.",
            "LuzSol Distribuciones, S.L.",
            "Javier Ortega Ruiz",
            "Responsable de Compras",
        ),
        (
            "С уважением,\nДмитрий Соколов\nМенеджер по закупкам\nООО «Светотехника»",
            "ООО «Светотехника»",
            "Дмитрий Соколов",
            "Менеджер по закупкам",
        ),
        (
            "此致\n敬礼\n王磊\n采购经理\n深圳市华光照明有限公司",
            "深圳市华光照明有限公司",
            "王磊",
            "采购经理",
        ),
        (
            "Atenciosamente,\nMarcelo Antunes\nComprador Sênior\nFerragens Sul Comércio Ltda.",
            "Ferragens Sul Comércio Ltda.",
            "Marcelo Antunes",
            "Comprador Sênior",
        ),
        (
            "Saygılarımla,\nEmre Yıldız\nSatın Alma Uzmanı\nAnadolu Yapı Malzemeleri A.Ş.",
            "Anadolu Yapı Malzemeleri A.Ş.",
            "Emre Yıldız",
            "Satın Alma Uzmanı",
        ),
    ],
)
def test_signature_block(signature, company, name, title):
    doc = signed("Please quote 500 pcs.", signature)
    assert best(find_companies(doc)) == company
    assert best(find_contact_names(doc)) == name
    assert best(find_titles(doc)) == title


def test_labelled_lines_of_a_contact_form():
    text = (
        "New submission from contact form\nName: Priya Raghavan\nCompany: Shree Ganesh "
        "Electricals Pvt. Ltd.\nPosition: Head of Procurement\nMessage: need 200 pcs"
    )
    doc = Document.from_text(text)
    assert best(find_companies(doc)) == "Shree Ganesh Electricals Pvt. Ltd."
    assert best(find_contact_names(doc)) == "Priya Raghavan"
    assert best(find_titles(doc)) == "Head of Procurement"


def test_self_introduction_and_evidence_offsets():
    text = "Good day,\nMy name is Chukwuemeka Obi, CEO of Obi & Sons Auto Parts Ltd in Lagos."
    doc = Document.from_text(text)
    name = max(find_contact_names(doc), key=lambda c: c.confidence)
    assert name.value == "Chukwuemeka Obi"
    assert text[name.evidence.start : name.evidence.end] == "Chukwuemeka Obi"
    assert best(find_companies(doc)) == "Obi & Sons Auto Parts Ltd"


def test_the_addressee_and_the_platform_are_not_the_buyer():
    doc = Document.from_text(
        "Dear Ningbo Everbright Tools Co., Ltd.,\nA buyer sent you an inquiry.\n\n"
        "Alibaba.com Singapore E-Commerce Private Limited"
    )
    assert find_companies(doc) == []


def test_teams_and_phrases_are_not_people():
    assert not looks_like_person("Sales Department")
    assert not looks_like_person("Kim Long Trading Co.")
    assert not looks_like_person("Best Regards")
    assert looks_like_person("Nguyễn Văn Hùng") and looks_like_person("佐藤 健一")


def test_a_colleagues_forward_is_read_below_the_note():
    from datetime import date

    from enrich.extract import extract_lead

    note = (
        "Kevin,\n\n这个客户发到我邮箱了，你跟进一下。\n\n王芳 | 外贸部\n电话：+86 574 6258 3316\n\n"
    )
    forwarded = (
        "---------- Forwarded message ---------\n"
        "From: Oleksandr Kovalenko <o.kovalenko@agropolyv.com.ua>\n"
        "Subject: Inquiry PE fittings\n\n"
        "Dear Sirs,\nPlease send price for:\n- PP compression coupling 32 mm - 15,000 pcs\n"
        "Price FOB Ningbo please.\n\nThank you,\nOleksandr Kovalenko\nHead of Procurement\n"
        "Agropolyv LLC\nOdesa, Ukraine\n+380 48 734 2190\n"
    )
    text = note + forwarded
    doc = Document(
        body=text,
        new_span=(0, len(note) - 2),
        quoted_span=(len(note), len(text)),
        sender_name="王芳",
        sender_email="wangfang@tongda-pipe.com",
    )
    lead = extract_lead(doc, reference=date(2026, 9, 21)).lead
    assert (lead.email, lead.phone, lead.country) == (
        "o.kovalenko@agropolyv.com.ua",
        "+380487342190",
        "UA",
    )
    assert lead.company_name == "Agropolyv LLC" and lead.products[0].quantity == 15000
    assert any("forwarded" in flag for flag in lead.flags)


@pytest.mark.parametrize(
    "text",
    [
        "Please quote 500 pcs of angle grinders, both EXW and FOB Foshan prices.",
        "Proszę o ceny 500 szt. szlifierek w dwóch wariantach: EXW oraz FOB Szanghaj.",
        "Need 500 pcs of angle grinders, price FOB or CIF please.",
    ],
)
def test_alternative_incoterms_are_not_a_choice(text):
    from datetime import date

    from enrich.extract import extract_lead

    lead = extract_lead(Document.from_text(text), reference=date(2026, 10, 1)).lead
    assert lead.category == "inquiry" and lead.incoterm is None

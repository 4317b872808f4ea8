"""detect_language on our labelled samples and on short mails in the languages buyers use."""

from __future__ import annotations

import json
from email.message import EmailMessage
from pathlib import Path

import pytest

from enrich.document import Document
from enrich.rules.language import LANGUAGES, detect_language, identify
from harvester.parse import parse_message

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "inquiries"


def mail(sender: str, subject: str, body: str) -> Document:
    """A Document parsed from a plain-text message."""
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "sales@everbright-tools.cn"
    msg["Subject"] = subject
    msg["Message-ID"] = "<lang-1@example.test>"
    msg.set_content(body)
    return Document.from_parsed(parse_message(msg.as_bytes()))


# (expected, subject, body): what buyers really write, often short and full of codes.
BUYER_TEXTS = [
    ("en", "price?", "Hi, how much for 1000 pcs solar garden light FOB Ningbo? thanks"),
    (
        "en",
        "REQUEST FOR QUOTATION",
        "PLEASE SEND YOUR BEST PRICE FOR 500PCS SOLAR STREET LIGHT 100W CIF LAGOS",
    ),
    ("zh", "询价", "你好，我们需要采购LED工作灯20W 2000个，请报FOB宁波含包装的价格，谢谢。"),
    (
        "zh",
        "EB-AG125 角磨机",
        "EB-AG125 125mm 1010W BS1363 plug, 600台, USD 13.20, CIF Singapore, 请确认交期",
    ),
    ("zh", "詢價", "您好，請報價以下產品：三節式滑軌 45mm x 400mm，數量 6,000 對。"),
    (
        "ja",
        "見積依頼",
        "LEDワークライト 20W を 3,000個 検討しております。FOB寧波でのお見積りをお願いいたします。",
    ),
    ("ja", "発注の件", "電動工具 500台 納期 12月15日 価格表 送付願います"),
    (
        "ko",
        "견적 요청",
        "안녕하세요, LED 투광등 100W 2000개 견적 부탁드립니다. FOB 닝보 가격으로 보내주세요.",
    ),
    (
        "ru",
        "Запрос цены",
        "Добрый день! Прошу прислать цену на шуруповёрт EB-CD18 18V, 600 шт, FOB Ningbo.",
    ),
    (
        "uk",
        "Запит ціни",
        "Доброго дня! Просимо надіслати ціну на ліхтарі LED 50W, 1000 шт. Дякуємо, чекаємо на "
        "відповідь.",
    ),
    (
        "ar",
        "طلب عرض سعر",
        "مرحبا، نرغب في شراء 1000 قطعة LED Flood Light 100W. نرجو إرسال أفضل سعر CIF Dammam.",
    ),
    (
        "he",
        "בקשה להצעת מחיר",
        "שלום, אנחנו מעוניינים ב-500 יחידות של פנס סולארי. נא לשלוח הצעת מחיר FOB.",
    ),
    ("th", "ขอใบเสนอราคา", "สวัสดีครับ สนใจไฟโซล่าเซลล์ 200W จำนวน 500 ชุด รบกวนส่งใบเสนอราคาด้วยครับ"),
    ("hi", "कोटेशन", "नमस्ते, हमें 500 सोलर लाइट चाहिए। कृपया कीमत और डिलीवरी का समय बताएं।"),
    (
        "es",
        "Cotización",
        "Buenos días, necesitamos 2.000 unidades de linterna recargable. Favor enviar cotización "
        "FOB.",
    ),
    (
        "pt",
        "Cotação",
        "Bom dia, gostaríamos de receber cotação para 500 unidades da lanterna solar. Obrigado.",
    ),
    (
        "de",
        "Anfrage",
        "Sehr geehrte Damen und Herren, bitte senden Sie uns ein Angebot für 1.500 Stück "
        "Bohrschrauber.",
    ),
    (
        "fr",
        "Demande de prix",
        "Bonjour, nous souhaitons acheter 400 projecteurs solaires. Merci de nous envoyer un "
        "devis.",
    ),
    (
        "tr",
        "Teklif",
        "Merhaba, 18V akülü matkap için 1.000 adet fiyat teklifinizi rica ederiz. Saygılarımızla.",
    ),
    (
        "it",
        "Richiesta preventivo",
        "Buongiorno, vorremmo ricevere un preventivo per 800 pezzi di faretti LED. Grazie mille.",
    ),
    (
        "pl",
        "Zapytanie",
        "Dzień dobry, prosimy o ofertę na 2 500 szt. naświetlaczy LED. Z poważaniem.",
    ),
    (
        "nl",
        "Offerte",
        "Goedemiddag, wij willen graag een offerte ontvangen voor 600 stuks LED-bouwlampen. Met "
        "vriendelijke groet.",
    ),
    (
        "vi",
        "Báo giá",
        "Chào anh, bên em cần báo giá 1000 bộ đèn năng lượng mặt trời, giao hàng tại cảng Hải "
        "Phòng.",
    ),
    (
        "id",
        "Penawaran harga",
        "Selamat siang, kami ingin meminta penawaran harga untuk 500 unit lampu tenaga surya. "
        "Terima kasih banyak.",
    ),
]


@pytest.mark.parametrize(
    ("expected", "subject", "body"),
    BUYER_TEXTS,
    ids=[f"{t[0]}-{i}" for i, t in enumerate(BUYER_TEXTS)],
)
def test_buyer_language(expected: str, subject: str, body: str) -> None:
    language, confidence = detect_language(mail("Buyer <buyer@example.com>", subject, body))
    assert language == expected
    assert 0.0 < confidence <= 1.0


def test_samples_match_their_labels() -> None:
    labels = [
        json.loads(line) for line in (SAMPLES / "labels.jsonl").read_text().splitlines() if line
    ]
    wrong = []
    for label in labels:
        doc = Document.from_parsed(parse_message((SAMPLES / label["file"]).read_bytes()))
        language, _ = detect_language(doc)
        if language != label["language"]:
            wrong.append((label["file"], label["language"], language))
    assert wrong == []


def test_quoted_history_does_not_count() -> None:
    body = (
        "Hi Kevin, price is OK for us, please send the PI for 8,000 pcs and we will pay the "
        "deposit.\n\n"
        "On Thu, Oct 8, 2026 at 7:15 PM 李凯 <kevin.li@everbright-tools.cn> wrote:\n"
        "> 您好，附件是我们的报价单，请查收。如有任何问题请随时联系我们。谢谢！\n"
        "> 宁波永辉工具有限公司 销售部 李凯 电话 手机 微信 均可联系\n"
    )
    assert detect_language(mail("Mike <mike@brennansupply.com>", "Re: 报价", body))[0] == "en"


def test_short_text_falls_back_to_the_subject() -> None:
    doc = mail(
        "Sabine <s.krueger@hanselicht-handel.de>",
        "Anfrage für LED-Panels und Aufbaurahmen, bitte",
        "Danke!",
    )
    assert detect_language(doc)[0] == "de"


def test_platform_relays_a_buyer_message_in_its_language() -> None:
    body = (
        "Dear Supplier,\nYou have a new inquiry on Made-in-China.com.\nBuyer: Diego Rojas\n"
        "Product: Solar Street Light 100W\nPurchase Quantity: 800 Pieces\n\nMessage:\n"
        "Buenos días, necesito precio CIF Callao y tiempo de entrega para este producto. "
        "Gracias.\n\n"
        "For your safety, please reply through Made-in-China.com Message Center.\n"
    )
    doc = mail(
        "Made-in-China.com <noreply@made-in-china.com>", "New Inquiry from Diego Rojas (Peru)", body
    )
    assert detect_language(doc)[0] == "es"


def test_an_inline_message_label_takes_only_its_line() -> None:
    body = (
        "您好，\n您有一条新询盘。\n买家：Omar Haddad\n产品：太阳能壁灯\n"
        "留言：Please send your best price CIF Aqaba\n请登录阿里卖家后台回复买家。"
    )
    doc = mail("阿里巴巴 <no-reply@notice.alibaba.com>", "您有一条新询盘", body)
    assert detect_language(doc)[0] == "en"


def test_a_relayed_message_is_read_only_for_platform_mail() -> None:
    body = (
        "Dear Anna,\nplease see below what our client in Lima wrote to us yesterday.\n\n"
        "Message:\nBuenos días, necesito precio CIF.\n"
    )
    assert detect_language(mail("Tom <tom@agent-uk.co.uk>", "FW: client", body))[0] == "en"


def test_platform_without_a_clear_message_keeps_the_notification_language() -> None:
    body = (
        "Dear Supplier,\nA buyer has sent you a new inquiry on Global Sources.\nBuyer name: Jean "
        "Tremblay\n"
        "Message:\nPrix?\n\nReply now on Global Sources. Please do not reply to this email.\n"
    )
    doc = mail("Global Sources <no-reply@globalsources.com>", "New inquiry from Canada", body)
    assert detect_language(doc)[0] == "en"


def test_links_addresses_and_numbers_are_ignored() -> None:
    body = (
        "Здравствуйте! Просим выслать "
        "цены.\nhttps://www.example-shop.com/catalog/led-floodlight-100w\n"
        "ivan@example-shop.com +7 916 235-78-04 EB-FL100 100W IP66 5000K 1200 pcs"
    )
    assert detect_language(mail("Ivan <ivan@example-shop.com>", "", body))[0] == "ru"


def test_chinese_by_script_japanese_by_kana() -> None:
    assert identify("电动工具专用锂电芯")[0] == "zh"
    assert identify("電動工具用のリチウム電池")[0] == "ja"
    assert identify("手机・平板电脑配件")[0] == "zh"  # the katakana middle dot is not kana


def test_nothing_to_read_gives_the_default() -> None:
    assert detect_language(Document.from_text("")) == ("en", 0.0)
    assert detect_language(Document.from_text("https://example.com 12345 +86 574 8812 3456")) == (
        "en",
        0.0,
    )


def test_answers_only_in_the_buyer_languages() -> None:
    for text in (
        "Hyvää päivää, tarvitsemme tarjouksen",
        "Dobrý den, potřebujeme nabídku",
        "Hej, vi behöver en offert",
    ):
        assert identify(text)[0] in LANGUAGES

"""split_reply: new message, signature and quoted history, with exact offsets, in many languages."""

from __future__ import annotations

from pathlib import Path

import pytest

from harvester.reply import ReplyParts, split_reply


def split(text: str) -> ReplyParts:
    """split_reply, checking the offsets every caller relies on."""
    parts = split_reply(text)
    start, end = parts.new_span
    assert text[start:end].strip() == parts.new == parts.new.strip()
    if parts.signature is None:
        assert parts.signature_span is None
    else:
        assert parts.signature_span is not None
        start, end = parts.signature_span
        assert text[start:end].strip() == parts.signature
    return parts


def test_english_gmail_reply() -> None:
    text = (
        "Hi Lily,\n\nPlease quote 2000 pcs of model LX-20, FOB Ningbo.\n\n"
        "Best regards,\nJohn Carter\nPurchasing Manager | Carter Supplies Ltd\n"
        "Tel: +1 415 555 0134\nwww.cartersupplies.com\n\n"
        "On Tue, Mar 2, 2021 at 9:15 AM Lily Wang <lily@ningbo-lights.cn>\nwrote:\n\n"
        "> Dear John,\n> Thank you for your interest in our lights.\n"
    )
    parts = split(text)
    assert parts.new == "Hi Lily,\n\nPlease quote 2000 pcs of model LX-20, FOB Ningbo."
    assert parts.signature is not None
    assert parts.signature.startswith("Best regards,\nJohn Carter")
    assert parts.signature.endswith("www.cartersupplies.com")
    assert parts.quoted is not None
    assert parts.quoted.startswith("On Tue, Mar 2, 2021")
    assert parts.quoted.endswith("> Thank you for your interest in our lights.")


def test_outlook_original_message() -> None:
    text = (
        "Dear Lily,\r\n\r\nWe accept the price. Please send the PI.\r\n\r\n"
        "Thanks and regards\r\nAhmed Khan\r\nAl Noor Trading LLC, Dubai\r\n\r\n"
        "-----Original Message-----\r\nFrom: Lily Wang [mailto:lily@ningbo-lights.cn]\r\n"
        "Sent: Tuesday, March 2, 2021 9:15 AM\r\nTo: Ahmed Khan\r\nSubject: Quotation\r\n\r\n"
        "Dear Ahmed,\r\nPlease find our quotation attached.\r\n\r\nBest regards\r\nLily\r\n"
    )
    parts = split(text)
    assert parts.new == "Dear Lily,\r\n\r\nWe accept the price. Please send the PI."
    assert parts.signature == "Thanks and regards\r\nAhmed Khan\r\nAl Noor Trading LLC, Dubai"
    assert parts.quoted is not None
    assert parts.quoted.startswith("-----Original Message-----")
    assert "Please find our quotation attached." in parts.quoted


def test_german_outlook_header_block_without_separator() -> None:
    text = (
        "Hallo Frau Wang,\n\nbitte senden Sie uns ein Angebot für 500 Stück.\n\n"
        "Mit freundlichen Grüßen\nHans Müller\nEinkauf\nMüller GmbH\nTel. +49 89 1234567\n\n"
        "Von: Lily Wang <lily@ningbo-lights.cn>\nGesendet: Dienstag, 2. März 2021 09:15\n"
        "An: Hans Müller <h.mueller@mueller-gmbh.de>\nBetreff: Katalog\n\n"
        "Sehr geehrter Herr Müller,\nanbei unser Katalog.\n"
    )
    parts = split(text)
    assert parts.new == "Hallo Frau Wang,\n\nbitte senden Sie uns ein Angebot für 500 Stück."
    assert parts.signature is not None
    assert parts.signature.startswith("Mit freundlichen Grüßen\nHans Müller")
    assert parts.signature.endswith("Tel. +49 89 1234567")
    assert parts.quoted is not None
    assert parts.quoted.startswith("Von: Lily Wang")


def test_qq_mail_reply_with_chinese_signature() -> None:
    text = (
        "王经理您好：\n\n请报一下 LED 面板灯 600x600 的价格，数量 3000 套，含税到上海。\n\n"
        "谢谢！\n李强\n采购部\n上海明远贸易有限公司\n电话：021-5888 1234\n手机：138 1234 5678\n\n"
        "------------------ 原始邮件 ------------------\n"
        '发件人: "王芳"<wangfang@ningbo-lights.cn>;\n发送时间: 2021年3月2日(星期二) 上午9:15\n'
        '收件人: "李强"<liqiang@mingyuan.com>;\n主题: 产品目录\n\n'
        "李先生您好，附件是我们的产品目录。\n"
    )
    parts = split(text)
    assert (
        parts.new
        == "王经理您好：\n\n请报一下 LED 面板灯 600x600 的价格，数量 3000 套，含税到上海。"
    )
    assert parts.signature is not None
    assert parts.signature.startswith("谢谢！\n李强")
    assert "电话：021-5888 1234" in parts.signature
    assert parts.signature.endswith("手机：138 1234 5678")
    assert parts.quoted is not None
    assert parts.quoted.startswith("------------------ 原始邮件")


def test_spanish_reply_header_and_closing() -> None:
    text = (
        "Hola Lily,\n\nNecesitamos 800 unidades del modelo LX-20 para abril.\n\n"
        "Saludos cordiales,\nJuan Pérez\nImportaciones Pérez S.A.\n\n"
        "El mar, 2 mar 2021 a las 9:15, Lily Wang (<lily@ningbo-lights.cn>) escribió:\n\n"
        "> Estimado Juan,\n> gracias por su consulta.\n"
    )
    parts = split(text)
    assert parts.new == "Hola Lily,\n\nNecesitamos 800 unidades del modelo LX-20 para abril."
    assert parts.signature == "Saludos cordiales,\nJuan Pérez\nImportaciones Pérez S.A."
    assert parts.quoted is not None
    assert parts.quoted.startswith("El mar, 2 mar 2021")


def test_russian_closing_and_reply_header() -> None:
    text = (
        "Здравствуйте, Лили!\n\nПришлите, пожалуйста, прайс-лист на светильники.\n\n"
        "С уважением,\nИван Петров\nООО «Светлый дом»\nТел.: +7 495 123-45-67\n\n"
        "02.03.2021 9:15, Lily Wang пишет:\n> Уважаемый Иван,\n> спасибо за интерес.\n"
    )
    parts = split(text)
    assert parts.new == "Здравствуйте, Лили!\n\nПришлите, пожалуйста, прайс-лист на светильники."
    assert parts.signature == "С уважением,\nИван Петров\nООО «Светлый дом»\nТел.: +7 495 123-45-67"
    assert parts.quoted is not None
    assert parts.quoted.startswith("02.03.2021 9:15, Lily Wang пишет:")


def test_japanese_closing() -> None:
    text = (
        "株式会社寧波ライト\n王様\n\nお世話になっております。\nLX-20を500台、見積もりをお願いできますでしょうか。\n\n"
        "よろしくお願いいたします。\n\n山田太郎\n株式会社ヤマダ商事 購買部\nTEL: 03-1234-5678\n"
    )
    parts = split(text)
    assert parts.new.endswith("LX-20を500台、見積もりをお願いできますでしょうか。")
    assert parts.new.startswith("株式会社寧波ライト")
    assert (
        parts.signature
        == "よろしくお願いいたします。\n\n山田太郎\n株式会社ヤマダ商事 購買部\nTEL: 03-1234-5678"
    )
    assert parts.quoted is None


@pytest.mark.parametrize(
    "header",
    [
        "Le mar. 2 mars 2021 à 09:15, Lily Wang <lily@ningbo-lights.cn> a écrit :",
        "Em ter., 2 de mar. de 2021 às 09:15, Lily Wang <lily@ningbo-lights.cn> escreveu:",
        "Il giorno mar 2 mar 2021 alle ore 09:15 Lily Wang <lily@ningbo-lights.cn> ha scritto:",
        "Op di 2 mrt 2021 om 09:15 schreef Lily Wang <lily@ningbo-lights.cn>:",
        "Am 02.03.2021 um 09:15 schrieb Lily Wang <lily@ningbo-lights.cn>:",
        "Lily Wang <lily@ningbo-lights.cn>, 2 Mar 2021 Sal, 09:15 tarihinde şunu yazdı:",
        "2021年3月2日(火) 9:15 Lily Wang <lily@ningbo-lights.cn>:",
        "2021/03/02 9:15、Lily Wang さんは書きました:",
        "Lily Wang <lily@ningbo-lights.cn> 于2021年3月2日周二 上午9:15写道：",
        "在 2021/3/2 9:15, Lily Wang 寫道:",
        "вт, 2 мар. 2021 г. в 9:15, Lily Wang <lily@ningbo-lights.cn>:",
        "On 2 Mar 2021, at 09:15,\nLily Wang <lily@ningbo-lights.cn> wrote:",
    ],
)
def test_reply_headers_in_many_languages(header: str) -> None:
    text = f"Please quote 500 pcs of LX-20.\n\n{header}\nDear buyer, here is our catalogue.\n"
    parts = split(text)
    assert parts.new == "Please quote 500 pcs of LX-20."
    assert parts.quoted == f"{header}\nDear buyer, here is our catalogue."


@pytest.mark.parametrize(
    "marker",
    [
        "----- Original Message -----",
        "-----原始邮件-----",
        "-----Ursprüngliche Nachricht-----",
        "-----Message d'origine-----",
        "-----Mensaje original-----",
        "-----Исходное сообщение-----",
        "________________________________\nFrom: Lily Wang\nSent: Tuesday, March 2, 2021",
        "De : Lily Wang\nEnvoyé : mardi 2 mars 2021 09:15",
        "De: Lily Wang\nEnviado: martes, 2 de marzo de 2021 9:15",
        "От: Lily Wang\nОтправлено: 2 марта 2021 г. 9:15",
        "发件人：Lily Wang\n发送时间：2021年3月2日 9:15",
    ],
)
def test_outlook_separators_and_header_blocks(marker: str) -> None:
    text = f"Please quote 500 pcs of LX-20.\n\n{marker}\nTo: buyer\n\nHere is our catalogue.\n"
    parts = split(text)
    assert parts.new == "Please quote 500 pcs of LX-20."
    assert parts.quoted is not None
    assert parts.quoted.startswith(marker.splitlines()[0])


def test_route_in_from_to_lines_is_not_a_header_block() -> None:
    text = "Dear Lily,\nPlease quote sea freight:\nFrom: Hamburg\nTo: Ningbo\n2 x 40HQ in May.\n"
    parts = split(text)
    assert parts.new == text.strip()
    assert parts.quoted is None


def test_angle_bracket_quote_without_header() -> None:
    text = "Yes, 1200 pcs is fine.\n\n> Can you take 1200 pcs?\n> Our MOQ is 1000.\n"
    parts = split(text)
    assert parts.new == "Yes, 1200 pcs is fine."
    assert parts.quoted == "> Can you take 1200 pcs?\n> Our MOQ is 1000."


def test_lone_greater_than_line_is_not_a_quote() -> None:
    text = "Please quote for the following quantity:\n> 1000 pcs\n"
    assert split(text).new == text.strip()


def test_answer_below_quote_is_kept() -> None:
    text = (
        "On Tue, Mar 2, 2021 at 9:15 AM Lily <lily@ningbo-lights.cn> wrote:\n"
        "> What quantity do you need?\n> And which colour?\n\n"
        "3000 pcs, white.\n\nRegards,\nTom\n"
    )
    parts = split(text)
    assert parts.new == "3000 pcs, white."
    assert parts.signature == "Regards,\nTom"
    assert parts.quoted is not None
    assert parts.quoted.startswith("On Tue, Mar 2, 2021")


def test_inline_answers_keep_everything_between_them() -> None:
    text = (
        "> Quantity?\n> Per month?\n\n5000 pcs\n\n> Colour?\n> Any logo?\n\nBlack, with our logo.\n"
    )
    parts = split(text)
    assert parts.new == "5000 pcs\n\n> Colour?\n> Any logo?\n\nBlack, with our logo."
    assert parts.quoted == "> Quantity?\n> Per month?"


def test_bare_forward_returns_the_forwarded_message() -> None:
    text = (
        "\n\n---------- Forwarded message ---------\n"
        "From: John Carter <john@cartersupplies.com>\nDate: Tue, Mar 2, 2021 at 9:15 AM\n"
        "Subject: Inquiry LX-20\nTo: <sales@ningbo-lights.cn>,\n <lily@ningbo-lights.cn>\n\n\n"
        "Dear Sir,\nWe need 2000 pcs of LX-20. Please send your best price.\n\n"
        "Best regards\nJohn Carter\n"
    )
    parts = split(text)
    assert parts.new == "Dear Sir,\nWe need 2000 pcs of LX-20. Please send your best price."
    assert parts.signature == "Best regards\nJohn Carter"
    assert parts.quoted is None


def test_bare_forward_from_a_phone() -> None:
    text = (
        "Sent from my iPhone\n\nBegin forwarded message:\n\n"
        "From: Ahmed Khan <ahmed@alnoor.ae>\nDate: 2 March 2021 at 09:15:00 GST\n"
        "Subject: Price request\n\nPlease send prices for LX-20 and LX-30.\n"
    )
    assert split(text).new == "Please send prices for LX-20 and LX-30."


def test_forward_with_a_note_keeps_the_note_as_new() -> None:
    text = (
        "Lily, please handle this buyer.\n\n-------- 转发邮件信息 --------\n"
        "发件人：John Carter <john@cartersupplies.com>\n主题：Inquiry\n\nWe need 2000 pcs.\n"
    )
    parts = split(text)
    assert parts.new == "Lily, please handle this buyer."
    assert parts.quoted is not None
    assert parts.quoted.endswith("We need 2000 pcs.")


def test_closing_in_the_middle_of_a_long_message_is_not_a_signature() -> None:
    items = "".join(
        f"{n}. LED panel model P-{n}0, 600x600 mm, 40 W, 4000 K, 500 pcs\n" for n in range(1, 15)
    )
    text = (
        "Dear Lily,\n\nRegards\n\nOur purchasing team sent us the list below, please quote:\n"
        f"{items}\nDelivery to Hamburg, payment 30% deposit.\n"
    )
    parts = split(text)
    assert parts.new == text.strip()
    assert parts.signature is None


def test_closing_followed_by_a_request_is_not_a_signature() -> None:
    text = "您好！\n附件是图纸。\n谢谢！\n请尽快报价。\n张伟\n"
    parts = split(text)
    assert parts.new == text.strip()
    assert parts.signature is None


@pytest.mark.parametrize(
    "text",
    [
        "Hi Lily,\n\nBest regards\nWe need 500 pcs of LX-20 delivered by May.\n",
        "Please quote:\n--\nItem A 500 pcs\nItem B 300 pcs\n",
        "Hi,\nwe need 100 pcs.\n\nRegards,\nJohn\n\nP.S. Also quote LX-30\n",
    ],
)
def test_signature_marker_followed_by_part_of_the_request_is_not_split(text: str) -> None:
    parts = split(text)
    assert parts.new == text.strip()
    assert parts.signature is None


def test_greeting_on_the_first_line_is_not_a_signature() -> None:
    text = "Saludos,\nnecesito cotización de 500 unidades.\n"
    assert split(text).new == text.strip()


def test_standard_signature_delimiter() -> None:
    text = (
        "Please send the catalogue -- the new one.\n\n-- \nMaria Rossi\nRossi Srl\n+39 02 1234567\n"
    )
    parts = split(text)
    assert parts.new == "Please send the catalogue -- the new one."
    assert parts.signature == "-- \nMaria Rossi\nRossi Srl\n+39 02 1234567"


@pytest.mark.parametrize(
    "footer",
    [
        "Sent from my iPhone",
        "发自我的iPhone",
        "Von meinem iPhone gesendet",
        "Enviado desde mi iPhone",
        "Get Outlook for Android",
    ],
)
def test_mobile_footer_is_signature(footer: str) -> None:
    parts = split(f"Need 300 pcs by May.\n\n{footer}\n")
    assert parts.new == "Need 300 pcs by May."
    assert parts.signature == footer


@pytest.mark.parametrize(
    "text", ["", "  \n\n", "Please quote 500 pcs.\nThanks a lot for your help."]
)
def test_nothing_recognised(text: str) -> None:
    parts = split(text)
    assert parts == ReplyParts(text.strip(), None, None, parts.new_span, None)


def test_reply_parser_corpus(shared_dir: Path) -> None:
    folder = shared_dir / "corpora" / "emails" / "email-reply-parser"
    if not folder.is_dir():
        pytest.skip(f"email-reply-parser bodies not found at {folder}")
    # Bytes decoded as they are (CRLF kept), so offsets are checked on the real text.
    bodies = {p.name: p.read_bytes().decode("utf-8") for p in folder.glob("*.txt")}
    assert len(bodies) > 20
    parts = {name: split(text) for name, text in bodies.items()}

    assert parts["email_1_3.txt"].new == (
        "Oh thanks.\n\nHaving the function would be great.\n\n-Abhishek Kona"
    )
    # Bottom-posted answer: the sender's text below the quote stays in `new`.
    assert parts["email_1_2.txt"].new.startswith("Hi,\nOn Tue, 2011-03-01")
    assert "You can list the keys for the bucket" in parts["email_1_2.txt"].new
    assert (
        parts["email_1_8.txt"].new
        == "I will reply under this one\n\n>\n> okay?\n>\n\nand under this."
    )
    assert parts["email_1_8.txt"].signature == "--\nHey there, this is my signature"
    assert parts["email_1_7.txt"].new == ":+1:"
    assert parts["email_gmail.txt"].new == "This is a test for inbox replying to a github message."
    assert parts["email_2_1.txt"].new == "Outlook with a reply"
    assert parts["email_2_2.txt"].new == "Outlook with a reply directly above line"
    assert parts["email_headers_no_delimiter.txt"].new == "And another reply!"
    assert parts["email_one_is_not_on.txt"].new.endswith("Locally (on development), when I run...")
    assert parts["email_iPhone.txt"].signature == "Sent from my iPhone"
    assert parts["email_sent_from_my_not_signature.txt"].signature is None
    assert parts["email_sig_delimiter_in_middle_of_line.txt"].signature is None
    assert parts["correct_sig.txt"].signature == "-- \nrick"
    assert parts["pathological.txt"].new.endswith("as soon as I\nget back to a computer.")

"""parse_message on small messages the team writes, one feature at a time."""

from __future__ import annotations

import base64
from datetime import UTC, datetime

import pytest

from harvester.exceptions import ParseError
from harvester.parse import parse_message

HEAD = (
    "From: Buyer <buyer@example.de>\r\nTo: sales@everbright-tools.cn\r\n"
    "Subject: RFQ\r\nDate: Tue, 03 Nov 2026 09:15:00 +0100\r\n"
    "Message-ID: <rfq-1@example.de>\r\nMIME-Version: 1.0\r\n"
)


def plain(body: bytes, charset: str | None, *, cte: str = "8bit", head: str = HEAD) -> bytes:
    ctype = "text/plain" + (f"; charset={charset}" if charset else "")
    return (
        head + f"Content-Type: {ctype}\r\nContent-Transfer-Encoding: {cte}\r\n\r\n"
    ).encode() + body


@pytest.mark.parametrize(
    ("text", "encoding", "label"),
    [
        ("您好，我们需要角磨机500台，喆", "gbk", "gb2312"),  # GB2312 label on GBK bytes
        ("您好，我们需要角磨机500台", "utf-8", "gb2312"),  # GB2312 label on UTF-8 bytes
        ("您好，我們需要角磨機500台，請報價", "big5", "big5"),
        ("您好，我們需要角磨機500台，請報價", "big5", None),  # missing charset
        ("お世話になっております。見積もりをお願いします", "iso2022_jp", "iso-2022-jp"),
        ("お世話になっております。見積もりをお願いします", "iso2022_jp", None),
        ("Добрый день! Просим выслать цены на шуруповёрты", "koi8-r", "koi8-r"),
        ("Добрый день! Просим выслать цены на шуруповёрты", "koi8-r", "windows-1251"),
        ("Добрый день! Просим выслать цены на шуруповёрты", "cp1251", "us-ascii"),
        ("Grüße aus München: Preis 5 € je Stück", "cp1252", "iso-8859-1"),
        ("Dzień dobry, proszę o ofertę na szlifierki", "iso8859_2", "iso-8859-2"),
    ],
)
def test_body_is_decoded_even_when_mislabelled(text, encoding, label):
    parsed = parse_message(plain(text.encode(encoding), label))
    assert parsed.text == text and parsed.text_source == "plain"


def test_headers_are_decoded_and_broken_words_tolerated():
    name = base64.b64encode("李雷".encode("gb2312")).decode()
    head = (
        f"From: =?gb2312?B?{name}?= <lilei@ruineng.cn>\r\n"
        "Reply-To: =?utf-8?Q?Andr=C3=A9s_G=C3=B3mez?= <andres@ferreteria.co>\r\n"
        "To: sales@everbright-tools.cn, =?utf-8?B?5byg5LiJ?= <zhang@everbright-tools.cn>\r\n"
        "Subject: =?utf-8?B?6K+i5Lu3?= angle grinder =?utf-8?B?broken===?=\r\n"
        "Date: Tue, 03 Nov 2026 09:15:00 +0100\r\nMessage-ID: <h@x>\r\n"
    )
    parsed = parse_message(plain(b"hello", "us-ascii", head=head))
    assert parsed.sender.name == "李雷" and parsed.sender.email == "lilei@ruineng.cn"
    assert parsed.reply_to[0].name == "Andrés Gómez"
    assert [a.email for a in parsed.to] == [
        "sales@everbright-tools.cn",
        "zhang@everbright-tools.cn",
    ]
    assert parsed.subject.startswith("询价 angle grinder")


def test_raw_8bit_headers_are_detected():
    head = "From: \u674e\u96f7 <lilei@ruineng.cn>\r\nSubject: \u8be2\u4ef7\r\nMessage-ID: <r@x>\r\n"
    raw = head.encode("gbk") + b"Content-Type: text/plain\r\n\r\nhello"
    parsed = parse_message(raw)
    assert parsed.sender.name == "李雷" and parsed.subject == "询价"


def test_date_falls_back_to_received_then_to_the_given_time():
    no_date = HEAD.replace("Date: Tue, 03 Nov 2026 09:15:00 +0100\r\n", "")
    received = "Received: from mx.example.de by mx.everbright; Wed, 04 Nov 2026 10:00:00 +0800\r\n"
    parsed = parse_message(plain(b"x", None, head=received + no_date))
    assert (parsed.date, parsed.date_source) == (
        datetime(2026, 11, 4, 2, 0, tzinfo=UTC),
        "received",
    )
    fallback = datetime(2026, 11, 5, tzinfo=UTC)
    bad = HEAD.replace("Tue, 03 Nov 2026 09:15:00 +0100", "yesterday-ish")
    parsed = parse_message(plain(b"x", None, head=bad), fallback_date=fallback)
    assert (parsed.date, parsed.date_source) == (fallback, "fallback")


def test_missing_message_id_is_synthesised_from_the_content():
    head = HEAD.replace("Message-ID: <rfq-1@example.de>\r\n", "")
    one, two = (
        parse_message(plain(b"a", None, head=head)),
        parse_message(plain(b"b", None, head=head)),
    )
    assert one.message_id_synthesised and one.message_id.endswith("@tradelead.invalid>")
    assert one.message_id != two.message_id
    assert parse_message(plain(b"a", None, head=head)).message_id == one.message_id


def _alternative(plain_text: str | None, html: str) -> bytes:
    parts = []
    if plain_text is not None:
        parts.append(f"--B\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{plain_text}\r\n")
    parts.append(f"--B\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{html}\r\n")
    return (
        HEAD
        + 'Content-Type: multipart/alternative; boundary="B"\r\n\r\n'
        + "".join(parts)
        + "--B--\r\n"
    ).encode()


def test_plain_text_is_preferred_in_alternatives():
    parsed = parse_message(_alternative("Plain body", "<p>HTML body</p>"))
    assert parsed.text == "Plain body" and parsed.text_source == "plain"


def test_html_only_becomes_readable_text_with_links():
    html = (
        "<html><body><p>Dear Sir,</p><p>Please quote <b>500 pcs</b> of the "
        '<a href="https://shop.example.de/p/123">angle grinder</a>.</p>'
        "<table><tr><td>Qty</td><td>500</td></tr></table></body></html>"
    )
    parsed = parse_message(_alternative(None, html))
    assert parsed.text_source == "html"
    assert "Please quote 500 pcs of the [angle grinder](https://shop.example.de/p/123)." in (
        parsed.text
    )
    assert "Qty" in parsed.text and "<" not in parsed.text


def test_empty_plain_alternative_falls_back_to_html():
    parsed = parse_message(_alternative("  ", "<p>Real content here</p>"))
    assert parsed.text == "Real content here"


def test_attachments_are_listed_with_hash_and_text():
    csv = "Product,Quantity\r\n角磨机,500\r\n".encode("gbk")
    raw = (
        HEAD + 'Content-Type: multipart/mixed; boundary="M"\r\n\r\n'
        "--M\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nSee the attached list.\r\n"
        '--M\r\nContent-Type: application/octet-stream; name="rfq.csv"\r\n'
        'Content-Disposition: attachment; filename="rfq.csv"\r\n'
        "Content-Transfer-Encoding: base64\r\n\r\n"
        + base64.b64encode(csv).decode()
        + "\r\n--M--\r\n"
    ).encode()
    parsed = parse_message(raw)
    [attachment] = parsed.attachments
    assert (attachment.filename, attachment.size) == ("rfq.csv", len(csv))
    assert len(attachment.sha256) == 64 and "角磨机,500" in attachment.text
    assert parsed.text == "See the attached list."


def test_reply_is_split_from_quoted_history_keeping_the_signature():
    body = (
        "Hi Anna,\r\n\r\nPlease add 200 pcs of the 18V drill to the order.\r\n\r\n"
        "Best regards,\r\nLars Eriksson\r\nPurchasing Manager, Nordic Tools AB\r\n"
        "Tel: +46 70 123 45 67\r\n\r\n"
        "On Mon, 2 Nov 2026 at 10:00, Anna Zhou <anna.zhou@everbright-tools.cn> wrote:\r\n"
        "> Dear Lars,\r\n> our offer is attached.\r\n"
    )
    parsed = parse_message(plain(body.encode(), "utf-8"))
    assert parsed.new_text.startswith("Hi Anna,") and "200 pcs" in parsed.new_text
    assert "our offer" not in parsed.new_text
    assert "+46 70 123 45 67" in parsed.signature and "Lars Eriksson" in parsed.signature
    assert parsed.quoted.startswith("On Mon, 2 Nov 2026")


def test_platform_notification_is_tagged_and_lookalike_is_not():
    head = HEAD.replace("Buyer <buyer@example.de>", '"Alibaba.com" <no-reply@notice.alibaba.com>')
    parsed = parse_message(plain(b"Buyer: X\nInquiry ID: 10487651209\n", "utf-8", head=head))
    assert (parsed.platform, parsed.platform_ref) == ("alibaba", "10487651209")
    fake = HEAD.replace("Buyer <buyer@example.de>", "<security@alibaba-supplier-center.com>")
    parsed = parse_message(plain(b"Inquiry ID: 10487651209\n", "utf-8", head=fake))
    assert parsed.platform is None and parsed.platform_ref is None


def test_forwarded_message_body_is_kept():
    inner = (
        b"From: buyer@example.fr\r\nSubject: Devis\r\nContent-Type: text/plain; "
        b"charset=iso-8859-1\r\n\r\nBonjour, merci de nous envoyer un devis pour 300 "
        b"perceuses. Cordialement\r\n"
    )
    raw = (
        (
            HEAD + 'Content-Type: multipart/mixed; boundary="F"\r\n\r\n'
            "--F\r\nContent-Type: text/plain\r\n\r\nFYI, from our website.\r\n"
            "--F\r\nContent-Type: message/rfc822\r\n\r\n"
        ).encode()
        + inner
        + b"\r\n--F--\r\n"
    )
    parsed = parse_message(raw)
    assert "FYI, from our website." in parsed.text and "300 perceuses" in parsed.text


def test_structural_defects_are_noted_not_fatal():
    raw = (
        HEAD + 'Content-Type: multipart/mixed; boundary="NEVER"\r\n\r\n'
        "--WRONG\r\nContent-Type: text/plain\r\n\r\nThe body is still here.\r\n"
    ).encode()
    parsed = parse_message(raw)
    assert "The body is still here." in parsed.text
    assert any("Boundary" in note for note in parsed.notes)


def test_empty_input_is_a_parse_error():
    with pytest.raises(ParseError, match="empty message"):
        parse_message(b"  \r\n")

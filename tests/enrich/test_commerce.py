"""The commerce finders (products, Incoterm, destination, payment terms, certifications,
sample request, deadline) on hand-written inquiries in the buyers' languages, with the
traps real mail sets, and on every labelled sample (per-field precision and recall)."""

from __future__ import annotations

import json
import time
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from enrich.document import Candidate, Document
from enrich.rules.commerce import (
    find_certifications,
    find_deadline,
    find_destination,
    find_incoterm,
    find_payment_terms,
    find_products,
    find_sample_request,
)
from harvester.parse import parse_message

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "inquiries"
REFERENCE = date(2026, 10, 5)


def mail(
    new: str,
    *,
    subject: str = "",
    signature: str = "",
    quoted: str = "",
    attachments: tuple[tuple[str, str], ...] = (),
) -> Document:
    """A document laid out as the harvester does: new text, signature, quoted history."""
    return Document.from_parts(
        new, signature, quoted, subject=subject, attachments=list(attachments)
    )


def products(text: str, **kwargs: Any) -> list[dict[str, Any]]:
    return [c.value for c in find_products(mail(text, **kwargs))]


def best(candidates: list[Candidate]) -> Any:
    return max(candidates, key=lambda c: c.confidence).value if candidates else None


def product(
    name: str,
    quantity: float | None = None,
    unit: str | None = None,
    price: float | None = None,
    currency: str | None = None,
) -> dict[str, Any]:
    return {
        "name": name,
        "quantity": quantity,
        "unit": unit,
        "target_price": price,
        "currency": currency,
    }


def assert_evidence_exact(doc: Document, candidates: list[Candidate]) -> None:
    """Every evidence quote is the text at its offsets in its source."""
    sources = {"body": doc.body, "subject": doc.subject}
    sources.update({f"attachment:{name}": text for name, text in doc.attachments})
    for c in candidates:
        assert c.evidence is not None
        ev = c.evidence
        assert sources[ev.source][ev.start : ev.end] == ev.quote, c


# --------------------------------------------------------------------------- products


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Looking for:\n- solar motion sensor wall light, 100 LED, 3 modes - 5000 pcs\n"
            "- solar pathway lights, stainless - 16,000 pcs\n",
            [
                product("solar motion sensor wall light, 100 LED, 3 modes", 5000, "pcs"),
                product("solar pathway lights, stainless", 16000, "pcs"),
            ],
            id="en-bullets",
        ),
        pytest.param(
            "Please quote for:\n\n1. EB-CD18 cordless drill 18V, 2 x 2.0Ah battery + charger\n"
            "   - 500 pcs, target USD 28.50/pc\n2. EB-ID18 impact driver 18V, body only\n"
            "   - 300 pcs, target USD 17.00/pc\n",
            [
                product("EB-CD18 cordless drill 18V", 500, "pcs", 28.5, "USD"),
                product("EB-ID18 impact driver 18V, body only", 300, "pcs", 17.0, "USD"),
            ],
            id="en-numbered-with-continuation",
        ),
        pytest.param(
            "Hello,\nwe need 500 sets of cordless drills at USD 21.50/set and 300 sets of "
            "impact drivers.\n",
            [
                product("cordless drills", 500, "sets", 21.5, "USD"),
                product("impact drivers", 300, "sets"),
            ],
            id="en-sentence-quantity-first",
        ),
        pytest.param(
            "We are interested in the following items:\n- Solar wall light 100 LED\n"
            "- Solar garden light 10 LED\n\nQuantity is 3000 sets each. Price FOB Shenzhen.",
            [
                product("Solar wall light 100 LED", 3000, "sets"),
                product("Solar garden light 10 LED", 3000, "sets"),
            ],
            id="en-each",
        ),
        pytest.param(
            "Buyer: Andrés Gómez\nProduct: Solar Wall Light 100 LED PIR Motion Sensor\n"
            "Quantity: 2000 Piece/Pieces\nInquiry ID: 10487651209\n",
            [product("Solar Wall Light 100 LED PIR Motion Sensor", 2000, "pcs")],
            id="platform-notification",
        ),
        pytest.param(
            "Model: EB-123 solar wall lamp\nQty: 5k pcs\nTarget price: $3.20\n",
            [product("EB-123 solar wall lamp", 5000, "pcs", 3.2, "USD")],
            id="labelled-block-5k",
        ),
        pytest.param(
            "Necesitamos 1.000 unidades de lámparas LED de 9W, precio objetivo 0,45 USD c/u.",
            [product("lámparas LED de 9W", 1000, "pcs", 0.45, "USD")],
            id="es-unidades-de",
        ),
        pytest.param(
            "Wir benötigen 500 Stück LED-Panels 60x60 cm, Zielpreis 8,50 € pro Stück.",
            [product("LED-Panels 60x60 cm", 500, "pcs", 8.5, "EUR")],
            id="de-stueck",
        ),
        pytest.param(
            "- LED-Panel 600x600 mm, 40 W, 4000 K – 2.000 Stück\n- Aufbaurahmen – 2.000 Stück\n\n"
            "Unser Zielpreis liegt bei 9,80 € pro Panel und 2,10 € pro Aufbaurahmen.",
            [
                product("LED-Panel 600x600 mm, 40 W, 4000 K", 2000, "pcs", 9.8, "EUR"),
                product("Aufbaurahmen", 2000, "pcs", 2.1, "EUR"),
            ],
            id="de-target-prices-apart",
        ),
        pytest.param(
            "Здравствуйте! Нужна партия 200 шт прожекторов 50 Вт. Доставка в Новосибирск.",
            [product("прожекторов 50 Вт", 200, "pcs")],
            id="ru-partiya",
        ),
        pytest.param(
            "— Набор инструментов 108 предметов — 800 наборов, целевая цена 14,50 USD за набор;\n"
            "— Набор отвёрток 32 в 1 — 3 000 шт., целевая цена 1,90 USD/шт.\n",
            [
                product("Набор инструментов 108 предметов", 800, "sets", 14.5, "USD"),
                product("Набор отвёрток 32 в 1", 3000, "pcs", 1.9, "USD"),
            ],
            id="ru-list",
        ),
        pytest.param(
            "您好，我们需要角磨机 500台，冲击钻 300台。目的港：釜山。",
            [product("角磨机", 500, "pcs"), product("冲击钻", 300, "pcs")],
            id="zh-sentence",
        ),
        pytest.param(
            "1、太阳能路灯 100W，数量 500 套，目标价 45 美元/套\n2、太阳能路灯 200W，数量 300 套\n",
            [
                product("太阳能路灯 100W", 500, "sets", 45.0, "USD"),
                product("太阳能路灯 200W", 300, "sets"),
            ],
            id="zh-list",
        ),
        pytest.param(
            "LED電球を300個注文したいです。",
            [product("LED電球", 300, "pcs")],
            id="ja-ko",
        ),
        pytest.param(
            "品名：ソーラースポットライト（2個入り）\n数量：3,000箱\n希望単価：4.50米ドル\n",
            [product("ソーラースポットライト（2個入り）", 3000, "boxes", 4.5, "USD")],
            id="ja-labelled-block",
        ),
        pytest.param(
            "・ステンレスボトル 500ml　1,000本\n・ステンレスボトル 750ml　500本\n"
            "希望単価：500mlは3ドル、750mlは4ドル\n",
            [
                product("ステンレスボトル 500ml", 1000, "pcs", 3.0, "USD"),
                product("ステンレスボトル 750ml", 500, "pcs", 4.0, "USD"),
            ],
            id="ja-bullets-prices-apart",
        ),
        pytest.param(
            "١- كشاف LED يعمل بالطاقة الشمسية 200 واط - الكمية 1500 قطعة - السعر المستهدف 18 "
            "دولار أمريكي للقطعة\n",
            [product("كشاف LED يعمل بالطاقة الشمسية 200 واط", 1500, "pcs", 18.0, "USD")],
            id="ar-list",
        ),
        pytest.param(
            '1. Paslanmaz çelik kapı menteşesi 4"x3" - 8.000 çift, hedef fiyat 1,10 USD/çift\n',
            [product('Paslanmaz çelik kapı menteşesi 4"x3"', 8000, "pairs", 1.1, "USD")],
            id="tr-pairs",
        ),
        pytest.param(
            "Precisamos de 2.000 peças de lanternas LED recarregáveis. Preço alvo: US$ 3,50.",
            [product("lanternas LED recarregáveis", 2000, "pcs", 3.5, "USD")],
            id="pt-pecas-de",
        ),
        pytest.param(
            "- Scie circulaire 185 mm 1400 W : 700 pièces,\n  prix cible 23,50 € la pièce\n",
            [product("Scie circulaire 185 mm 1400 W", 700, "pcs", 23.5, "EUR")],
            id="fr-wrapped-item",
        ),
        pytest.param(
            "Please quote 2 x 40HQ of ceramic floor tiles 60x60, C&F Dammam.",
            [product("ceramic floor tiles 60x60", 2, "containers")],
            id="containers",
        ),
        pytest.param(
            "Dear Sirs,\nPlease offer:\na) Ball valve DN15 PN16 brass  500 pcs\n"
            "b) Gate valve DN50  100 pcs\nPrices EXW.",
            [
                product("Ball valve DN15 PN16 brass", 500, "pcs"),
                product("Gate valve DN50", 100, "pcs"),
            ],
            id="lettered-items",
        ),
        pytest.param(
            "Our requirement:\nGarden hose 1/2 inch, 30m, green - 2,000 rolls\n"
            "Garden hose 3/4 inch, 50m - 1,000 rolls\n",
            [
                product("Garden hose 1/2 inch, 30m, green", 2000, "rolls"),
                product("Garden hose 3/4 inch, 50m", 1000, "rolls"),
            ],
            id="plain-lines-with-lengths",
        ),
        pytest.param(
            "Buongiorno,\nvorremmo un'offerta per:\n"
            "- Trapano avvitatore 18V - 500 pezzi, prezzo obiettivo 25,00 EUR/pz\n"
            "- Smerigliatrice angolare 115 mm - 800 pezzi\n",
            [
                product("Trapano avvitatore 18V", 500, "pcs", 25.0, "EUR"),
                product("Smerigliatrice angolare 115 mm", 800, "pcs"),
            ],
            id="it-list",
        ),
        pytest.param(
            "Item 1: Solar panel 450W, Qty: 200 pcs, Target: USD 95\n"
            "Item 2: Inverter 5kW, Qty: 50 pcs, Target: USD 480\n",
            [
                product("Solar panel 450W", 200, "pcs", 95.0, "USD"),
                product("Inverter 5kW", 50, "pcs", 480.0, "USD"),
            ],
            id="item-n-qty-target",
        ),
        pytest.param(
            "Please quote 1000pcs LED bulbs 9W and 500pcs LED tubes.",
            [product("LED bulbs 9W", 1000, "pcs"), product("LED tubes", 500, "pcs")],
            id="en-quote-quantity-first",
        ),
        pytest.param(
            "We would like to order 500 units of Model A and 300 units of Model B.",
            [product("Model A", 500, "pcs"), product("Model B", 300, "pcs")],
            id="en-units-of",
        ),
        pytest.param(
            "We need 1 x 40ft container of PVC pipes.",
            [product("PVC pipes", 1, "containers")],
            id="one-container-of",
        ),
        pytest.param(
            "求购：\n电钻 ５００台，目标价 ＵＳＤ １２\n",
            [product("电钻", 500, "pcs", 12.0, "USD")],
            id="zh-full-width",
        ),
        pytest.param(
            "١- مكيف سبليت 18000 وحدة - الكمية ١٥٠٠ قطعة\n",
            [product("مكيف سبليت 18000 وحدة", 1500, "pcs")],
            id="ar-indic-digits",
        ),
        pytest.param(
            "- LED bulb 9W - 1000 pcs, target price USD 3-4/pc\n",
            [product("LED bulb 9W", 1000, "pcs")],
            id="price-range-is-no-target",
        ),
        pytest.param(
            "Kindly quote your best price for 3,000 pcs of 9W LED bulbs B22 and 1,500 pcs of "
            "18W LED tubes T8 1.2m.\nShipment to Mombasa port.",
            [
                product("9W LED bulbs B22", 3000, "pcs"),
                product("18W LED tubes T8 1.2m", 1500, "pcs"),
            ],
            id="en-names-starting-with-digits",
        ),
        pytest.param(
            "We want the portable power station 1000W, 50 units for testing the market, if good "
            "we order 1 container every month.",
            [product("portable power station 1000W", 50, "pcs")],
            id="trial-quantity-not-the-forecast",
        ),
    ],
)
def test_products_in_many_shapes_and_languages(text: str, expected: list[dict[str, Any]]) -> None:
    assert products(text) == expected


def test_a_table_with_a_header_row_gives_one_product_per_row() -> None:
    text = (
        "Item                                        Qty        Target price\n"
        "LED UFO high bay 150W, 160 lm/W, IP65        800 pcs    USD 21.00/pc\n"
        "LED UFO high bay 200W, same specification    400 pcs    USD 27.50/pc\n"
    )
    assert products(text) == [
        product("LED UFO high bay 150W, 160 lm/W, IP65", 800, "pcs", 21.0, "USD"),
        product("LED UFO high bay 200W, same specification", 400, "pcs", 27.5, "USD"),
    ]


def test_pipe_and_markdown_tables_skip_index_columns_and_take_the_header_currency() -> None:
    text = (
        "| No. | Description | Qty | Unit | Target Price (USD) |\n"
        "|---|---|---|---|---|\n"
        "| 1 | LED bulb 9W E27 | 10000 | pcs | 0.45 |\n"
        "| 2 | LED tube T8 18W | 5000 | pcs | 1.20 |\n"
    )
    assert products(text) == [
        product("LED bulb 9W E27", 10000, "pcs", 0.45, "USD"),
        product("LED tube T8 18W", 5000, "pcs", 1.2, "USD"),
    ]


def test_a_csv_attachment_is_read_and_its_evidence_points_into_it() -> None:
    csv_text = (
        "item_no,description,qty,unit,target_price_usd,note\n"
        "1,Cordless drill 12V with 1 battery,600,pcs,14.80,orange\n"
        '2,"Screwdriver set 6pcs, CR-V",2000,sets,1.20,\n'
    )
    doc = mail("Please find attached our RFQ.", attachments=(("rfq.csv", csv_text),))
    found = find_products(doc)
    assert [c.value for c in found] == [
        product("Cordless drill 12V with 1 battery", 600, "pcs", 14.8, "USD"),
        product("Screwdriver set 6pcs, CR-V", 2000, "sets", 1.2, "USD"),
    ]
    assert {c.evidence.source for c in found if c.evidence} == {"attachment:rfq.csv"}
    assert_evidence_exact(doc, found)


def test_a_spreadsheet_rendering_with_title_rows_and_a_total_row() -> None:
    xlsx_text = (
        "# Sheet: RFQ\nCompany: ABC Trading | | Date: 2026-10-01\n"
        "No | Description | Qty | Unit | Target Price (USD) | Remark\n"
        "1 | Hammer drill 800W | 600 | pcs | 18.5 |\n"
        "2 | Angle grinder 115mm | 1200 | pcs | 9.8 | with case\n"
        "Total | | 1800 | | |\n"
    )
    assert products(xlsx_text) == [
        product("Hammer drill 800W", 600, "pcs", 18.5, "USD"),
        product("Angle grinder 115mm", 1200, "pcs", 9.8, "USD"),
    ]


def test_a_target_price_said_apart_is_shared_out_in_order() -> None:
    text = (
        "1. All in one solar street light 100W with pole bracket - 500pcs\n"
        "2. All in one solar street light 200W - 300pcs\n\n"
        "Our target price is $15 for the 100W and $25 for the 200W."
    )
    found = products(text)
    assert [(p["target_price"], p["currency"]) for p in found] == [(15.0, "USD"), (25.0, "USD")]


@pytest.mark.parametrize(
    "text",
    [
        "Your price of USD 4.10 for the solar light is too high.\n- solar light - 1000 pcs\n",
        "- solar light - 1000 pcs (your last price USD 3.90)\n",
        "- solar light - 1000 pcs\nOur budget is USD 50,000 in total.\n",
    ],
    ids=["supplier-price", "your-last-price", "budget"],
)
def test_a_supplier_price_or_a_budget_is_not_a_target_price(text: str) -> None:
    assert products(text) == [product("solar light", 1000, "pcs")]


@pytest.mark.parametrize(
    "text",
    [
        "Could you send 2 pcs samples of each to our office?",
        "MOQ 500 pcs is fine for us.",
        "Packing: 10 pcs per polybag, 50 pcs per carton.",
        "Cable length: 1.5 m\nNet weight: 25 kg\n",
        "We sold 5,000 pcs of garden hoses last year.",
        "We have 20 years experience and 3 stores. Our warehouse is 5000 m2.",
        "Hello, we are electrical distributor in Mumbai supplying to contractors.",
        "Order forecast for 2027:\nQ1: 2 x 40HQ\nQ2: 3 x 40HQ\n",
        "Quantité estimée : 4 000 pièces par an, première commande 1 000 pièces.",
        "Dear Sir, please send me your catalogue and price list.",
    ],
)
def test_quantities_that_are_not_an_order_give_no_product(text: str) -> None:
    assert products(text) == []


def test_quoted_history_is_not_read() -> None:
    doc = mail(
        "Thanks, we will come back to you.",
        quoted="> 1. EB-SW100 solar wall light, 100 LED: USD 4.10/pc, MOQ 3000 pcs\n"
        "> - solar pathway light - 5000 pcs",
    )
    assert find_products(doc) == []


def test_a_platform_subject_names_the_product_when_the_body_does_not() -> None:
    doc = mail(
        "You have received a new BuyLead.\nLocation: Ludhiana",
        subject="BuyLead: Angle Grinder 4 inch 850W - 200 Piece - Ludhiana",
    )
    assert [c.value for c in find_products(doc)] == [
        product("Angle Grinder 4 inch 850W", 200, "pcs")
    ]
    form = mail("Name: John\nCountry: Kenya\nQuantity: 500 pcs\n", subject="Inquiry for PVC hose")
    assert [c.value for c in find_products(form)] == [product("PVC hose", 500, "pcs")]
    unnamed = mail("Quantity: 500 pcs\n", subject="Inquiry from John Smith")
    assert find_products(unnamed) == []


def test_product_evidence_quotes_the_line_exactly() -> None:
    new = "Hi,\n\n- solar light 100W - 500 pcs, target USD 12.50/pc\n- flood light - 20 pcs\n"
    doc = mail(new, signature="Best regards\nTom")
    found = find_products(doc)
    assert [c.evidence.quote for c in found if c.evidence] == [
        "solar light 100W - 500 pcs, target USD 12.50/pc",
        "flood light - 20 pcs",
    ]
    assert_evidence_exact(doc, found)


# --------------------------------------------------------------------------- incoterm


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Price FOB Ningbo please, destination port is Gothenburg.", "FOB"),
        ("Need pricing DDP Los Angeles and lead time.", "DDP"),
        ("Please quote C&F Dammam.", "CFR"),
        ("Our price basis is CNF Chittagong.", "CFR"),
        ("Ex Works Shenzhen is fine.", "EXW"),
        ("Precio franco fábrica, por favor.", "EXW"),
        ("We prefer fob price.", "FOB"),
        ("Условия поставки: DAP Москва.", "DAP"),
        ("貿易条件：FOB寧波（仕向港：大阪港）", "FOB"),
        ("价格请报 CIF 巴生港（Port Klang）。", "CIF"),
        ("Quote on a delivered duty paid basis to our warehouse.", "DDP"),
    ],
)
def test_incoterm(text: str, expected: str) -> None:
    assert best(find_incoterm(mail(text))) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Compras Hogar S.L. - CIF: B-12345678",
        "Must comply with FDA 21 CFR 177.2600.",
        "We are an FCA regulated firm in London.",
        "Please send your best price and catalog.",
    ],
)
def test_incoterm_look_alikes_are_not_incoterms(text: str) -> None:
    assert find_incoterm(mail(text)) == []


# --------------------------------------------------------------------------- destination


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Please quote CIF Hamburg.", "Hamburg"),
        ("Need pricing DDP Los Angeles and lead time.", "Los Angeles"),
        ("Price FOB Ningbo please, destination port is Gothenburg.", "Gothenburg"),
        ("Precio FOB Ningbo, puerto de destino Manzanillo, Colima.", "Manzanillo"),
        ("Port of discharge: Chittagong", "Chittagong"),
        ("Shipping to USA. Destination port: Jebel Ali", "Jebel Ali"),
        ("Also CIF price to Jeddah port.", "Jeddah"),
        ("Entrega en Bogotá. Pago: transferencia bancaria.", "Bogotá"),
        ("Lieferung nach Wien. Zahlung per Überweisung.", "Wien"),
        ("Доставка в Новосибирск.", "Новосибирск"),
        ("Shipment to Mombasa port. Please advise lead time.", "Mombasa"),
        ("Условия поставки: DAP Москва (через Забайкальск, предложите вариант).", "Москва"),
        ("شروط التسليم: CFR جدة", "جدة"),
        ("交易条件：FOB 寧波，目的港：台中港", "台中港"),
        ("貿易条件：CIF東京", "東京"),
        ("Price should be CIF Lagos (Apapa port).", "Lagos (Apapa port)"),
        ("Trade terms: CIF Singapore", "Singapore"),
    ],
)
def test_destination(text: str, expected: str) -> None:
    assert best(find_destination(mail(text))) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Price FOB Ningbo please.",
        "Ex Works Shenzhen is fine, FCA Shanghai also.",
        "CIF any main port in EU.",
        "Shipping to USA, delivery to Germany.",
        "Please ship to our warehouse in time.",
        "Compras Hogar S.L. - CIF: B-12345678",
        "Destination Country: Nigeria",
        "Delivery to: Mr. John Smith",
    ],
)
def test_no_destination_from_an_origin_a_country_or_a_lower_case_phrase(text: str) -> None:
    assert find_destination(mail(text)) == []


# --------------------------------------------------------------------------- payment


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Payment: 30% deposit by T/T, balance against B/L copy.", "T/T"),
        ("payment: 30% TT deposit, balance against BL copy", "T/T"),
        ("We pay by wire transfer.", "T/T"),
        ("Forma de pago: transferencia bancaria.", "T/T"),
        ("Zahlung per Überweisung.", "T/T"),
        ("付款方式：电汇，30%定金。", "T/T"),
        ("Paiement : virement (T/T) 30 % à la commande.", "T/T"),
        ("Forma de pago: carta de crédito (L/C) a 60 días.", "L/C"),
        ("Price CIF Nhava Sheva, payment by LC at sight.", "L/C"),
        ("Zahlung per Akkreditiv.", "L/C"),
        ("Оплата аккредитивом.", "L/C"),
        ("付款方式：信用证", "L/C"),
        ("Payment: D/P at sight through our bank", "D/P"),
        ("Terms: documents against acceptance 90 days", "D/A"),
        ("Payment: O/A 60 days", "O/A"),
        ("We pay via PayPal.", "PayPal"),
        ("Payment by Western Union.", "Western Union"),
        ("Please make it a Trade Assurance order.", "Trade Assurance"),
        (
            "付款方式：T/T，30%预付\n样品：请各寄 1 台样品，样品费和运费我们可以用 PayPal 支付。",
            "T/T",
        ),
    ],
)
def test_payment_terms(text: str, expected: str) -> None:
    assert best(find_payment_terms(mail(text))) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Please send 2 pcs samples against copy of B/L.",
        "The LCD screen must be 7 inch, TT-100 model.",
    ],
)
def test_no_payment_terms_from_look_alikes(text: str) -> None:
    assert find_payment_terms(mail(text)) == []


# --------------------------------------------------------------------------- certifications


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("All goods must have CE and GS, and the manual in Swedish.", {"CE", "GS"}),
        ("Die Ware muss CE- und RoHS-konform sein.", {"CE", "ROHS"}),
        ("Obligatorio: certificado SEC para Chile.", {"SEC"}),
        ("Обязателен сертификат ЕАС (EAC).", {"EAC"}),
        ("Ürünlerin CE ve TSE belgeli olması gerekmektedir.", {"CE", "TSE"}),
        ("PSEマーク（電気用品安全法）の取得が必須となります。", {"PSE"}),
        ("BIS registration (IS 16102) is compulsory for import in India.", {"BIS"}),
        ("Products must be UKCA and CE marked.", {"UKCA", "CE"}),
        ("Certificates: CE, FCC, RoHS.", {"CE", "FCC", "ROHS"}),
        ("Do you have ISO 9001? Modules need IEC 61215 and TÜV.", {"ISO9001", "IEC61215", "TUV"}),
        ("Product must have SONCAP certificate because of clearing in Nigeria.", {"SONCAP"}),
        ("LED 灯泡需要有 SIRIM 认证。", {"SIRIM"}),
        ("No need CE. KEBS certificate is required.", {"KEBS"}),
    ],
)
def test_certifications(text: str, expected: set[str]) -> None:
    assert {c.value for c in find_certifications(mail(text))} == expected


@pytest.mark.parametrize(
    "text",
    [
        "Our CEO will visit the Canton Fair.",
        "Inquiry reference: GS-INQ-7731920456",
        "We distribute in GCC countries and East Africa.",
        "PLEASE REACH US ON WHATSAPP, WE NEED GOOD PRICE FOR UL SIZE.",
        "ul. Marynarki Polskiej 71, 80-557 Gdańsk",
        "ISO 9001:2015 certified company",
        "This email is confidential. ISO 9001:2015 Certified.",
        "We are a manufacturer of LED lights with CE, RoHS and UL certificates.",
        "CE is not required for this market.",
    ],
)
def test_no_certification_from_capitals_own_claims_or_negation(text: str) -> None:
    assert find_certifications(mail(text)) == []


# --------------------------------------------------------------------------- samples


@pytest.mark.parametrize(
    "text",
    [
        "Could you send 2 pcs samples of each to our office in Göteborg?",
        "¿Pueden enviarnos 3 muestras de cada modelo antes de confirmar el pedido?",
        "Favor enviar amostras.",
        "Bitte senden Sie uns zwei Muster.",
        "Также просим выслать по 1 образцу каждой модели.",
        "请先寄样品各 10 个，快递费用由我们支付。",
        "まずは各色5個ずつサンプルをお送りいただけますでしょうか。",
        "Her üründen 2'şer adet numune gönderebilir misiniz?",
        "Pourriez-vous nous faire parvenir un échantillon de chaque modèle ?",
        "Potete inviarci un campione?",
        "نرجو إرسال عينة واحدة من كل موديل للفحص.",
        "Prosimy o przesłanie próbek (po 2 szt. z każdego modelu).",
        "Samples: 2 pcs per line, courier on our FedEx account",
        "Could you send us free samples? We will cover shipping.",
        "Please send samples without logo.",
        "Enviar muestras sin logo, por favor.",
    ],
)
def test_sample_request(text: str) -> None:
    assert best(find_sample_request(mail(text))) is True


@pytest.mark.parametrize(
    "text",
    [
        "No samples needed, please quote directly.",
        "Пришлите, пожалуйста, прайс. Образцы пока не нужны.",
        "Muster benötigen wir nicht.",
        "不需要样品。",
        "サンプルは不要です。",
        "The samples you sent last month are OK.",
        "We will send you our sample for reference.",
        "Please produce as per the sample.",
        "Free samples available. Contact us for price list.",
        "[DOWNLOAD FREE SAMPLE](http://example.com/order)",
        "Please send the price list. The market needs certain models.",
        "هذه المنتجات معينة للسوق السعودي.",
        "We will order without samples.",
        "Attached is a sample photo of the product we need.",
        "La tabla muestra los precios del año pasado.",
        "Stoff mit Muster und Farbe nach Wahl.",
    ],
)
def test_no_sample_request_when_negated_or_not_asked(text: str) -> None:
    assert find_sample_request(mail(text)) == []


# --------------------------------------------------------------------------- deadline


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Please send your quotation before 15 November 2026.", "2026-11-15"),
        ("We need the goods by 31st March.", "2027-03-31"),
        ("Deadline: 2026-12-15", "2026-12-15"),
        ("We need them before February 12, 2027 for the promo.", "2027-02-12"),
        ("Please quote before 11/15/2026.", "2026-11-15"),
        ("Quote due: 20/11/2026", "2026-11-20"),
        ("La mercancía debe estar antes del 15 de enero.", "2027-01-15"),
        ("Necesitamos la cotización a más tardar el 23 de octubre de 2026.", "2026-10-23"),
        ("Angebot bitte bis zum 20.12.2026.", "2026-12-20"),
        ("Angebot bis 16.10.", "2026-10-16"),
        ("Коммерческое предложение нужно до 15 декабря.", "2026-12-15"),
        ("12月20日前报价。", "2026-12-20"),
        ("2027年1月10日までにお見積りください。", "2027-01-10"),
        ("请于 2026 年 11 月 10 日前提供报价。", "2026-11-10"),
        ("Teklifinizi 6 Kasım 2026 tarihine kadar bekliyoruz.", "2026-11-06"),
        ("نرجو إرسال العرض قبل 5 نوفمبر 2026.", "2026-11-05"),
        ("Ofertę potrzebujemy do 9 listopada 2026 r.", "2026-11-09"),
        ("Nous devons valider le fournisseur avant le 27 novembre 2026.", "2026-11-27"),
        ("Precisamos da proposta até 30/10/2026.", "2026-10-30"),
        ("Deadline: 15-Dec-2026", "2026-12-15"),
        ("TEKLİFİNİZİ 6 EKİM 2027 TARİHİNE KADAR BEKLİYORUZ.", "2027-10-06"),
        ("We need the PI before Friday 20 November.", "2026-11-20"),
    ],
)
def test_deadline(text: str, expected: str) -> None:
    assert best(find_deadline(mail(text), reference=REFERENCE)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "We need the goods ASAP, within 2 weeks, by the end of this month.",
        "We want to place order before end of November.",
        "My date of birth is 12.03.1985 and our order dated 2026-09-01 was delivered.",
        "Received: 2026-10-01 14:03 (GMT+8)",
        "I am out of the office until 6 November 2026.",
        "Please deliver before 1 March 2025.",
        "Please reply by 5/11.",
        "Payment 30/70 by T/T.",
        "I will be in China from 10 Nov until 20 Nov 2026.",
        "We will visit the Canton Fair before 20 October 2026.",
    ],
)
def test_no_deadline_from_relative_past_or_unrelated_dates(text: str) -> None:
    assert find_deadline(mail(text), reference=REFERENCE) == []


def test_a_deadline_in_the_signature_or_quoted_history_is_not_read() -> None:
    doc = mail(
        "Please quote.", signature="Valid until 30 November 2026", quoted="> before 1 Dec 2026"
    )
    assert find_deadline(doc, reference=REFERENCE) == []


# --------------------------------------------------------------------------- speed


def pathological_inputs() -> dict[str, str]:
    return {
        "quantities": "5 pcs " * 17_000,
        "digits": "1" * 100_000,
        "dotted numbers": "1.000." * 16_000,
        "bullets": "- x 1 pcs\n" * 10_000,
        "codes": "CIF FOB CE GS " * 7_000,
        "capitalised words": "CIF " + "Aa " * 33_000,
        "dates": "before 1.1. " * 8_000,
        "table rows": "Item | Qty\n" + "a | 1\n" * 16_000,
        "sample words": "sample " * 14_000,
        "money": "USD 1 " * 16_000,
        "one long list line": "- " + "solar light 100W - 500 pcs, " * 3_500,
        "no spaces": "目的港：" + "港" * 99_990,
    }


@pytest.mark.parametrize("name", list(pathological_inputs()))
def test_pathological_100kb_inputs_finish_fast(name: str) -> None:
    text = pathological_inputs()[name][:100_000]
    doc = mail(text, subject=text[:200])
    started = time.perf_counter()
    run_all(doc)
    # A guard against catastrophic regex backtracking, not a speed target (see bench/).
    assert time.perf_counter() - started < 20.0


def run_all(doc: Document, reference: date = REFERENCE) -> dict[str, list[Candidate]]:
    return {
        "products": find_products(doc),
        "incoterm": find_incoterm(doc),
        "destination": find_destination(doc),
        "payment_terms": find_payment_terms(doc),
        "certifications": find_certifications(doc),
        "sample_request": find_sample_request(doc),
        "deadline": find_deadline(doc, reference=reference),
    }


# --------------------------------------------------------------------------- samples


def load_samples() -> list[tuple[dict[str, Any], Document, date]]:
    labels = [json.loads(line) for line in (SAMPLES / "labels.jsonl").read_text().splitlines()]
    out = []
    for label in labels:
        parsed = parse_message((SAMPLES / label["file"]).read_bytes())
        out.append((label, Document.from_parsed(parsed), parsed.date.date()))
    return out


def test_evidence_of_every_sample_candidate_is_exact() -> None:
    for _, doc, reference in load_samples():
        for candidates in run_all(doc, reference).values():
            assert_evidence_exact(doc, candidates)


@pytest.mark.parametrize(
    "file",
    [
        "01-alibaba-new-inquiry.eml",
        "11-made-in-china-inquiry.eml",
        "22-global-sources-inquiry.eml",
        "35-indiamart-buylead.eml",
    ],
)
def test_platform_notifications_give_the_product_and_quantity(file: str) -> None:
    label, doc, _ = next(s for s in load_samples() if s[0]["file"] == file)
    found = [c.value for c in find_products(doc)]
    (wanted,) = label["products"]
    assert len(found) == 1
    assert fuzz.token_set_ratio(found[0]["name"], wanted["name"], processor=default_process) >= 80
    assert (found[0]["quantity"], found[0]["unit"]) == (wanted["quantity"], wanted["unit"])


class Tally:
    """True/false positives and false negatives per field, scored as the bench does."""

    def __init__(self) -> None:
        self.counts: dict[str, list[int]] = {}

    def add(self, field: str, gold: Any, pred: Any, equal: bool) -> None:
        tp_fp_fn = self.counts.setdefault(field, [0, 0, 0])
        if gold is None and pred is None:
            return
        if gold is None:
            tp_fp_fn[1] += 1
        elif pred is None:
            tp_fp_fn[2] += 1
        elif equal:
            tp_fp_fn[0] += 1
        else:
            tp_fp_fn[1] += 1
            tp_fp_fn[2] += 1

    def scores(self, field: str) -> tuple[float, float, int]:
        tp, fp, fn = self.counts.get(field, [0, 0, 0])
        return (tp / (tp + fp) if tp + fp else 1.0, tp / (tp + fn) if tp + fn else 1.0, tp + fn)


def names_match(a: str, b: str, threshold: int) -> float:
    score = fuzz.token_set_ratio(a, b, processor=default_process)
    return score if score >= threshold else 0.0


def score_sample(tally: Tally, label: dict[str, Any], found: dict[str, list[Candidate]]) -> None:
    for field in ("incoterm", "payment_terms", "deadline", "destination"):
        gold, pred = label[field], best(found[field])
        if field == "destination" and gold and pred:
            tally.add(field, gold, pred, names_match(gold, pred, 90) > 0)
        else:
            tally.add(field, gold, pred, gold == pred)
    gold_sample = True if label["sample_request"] else None
    pred_sample = True if best(found["sample_request"]) else None
    tally.add("sample_request", gold_sample, pred_sample, gold_sample == pred_sample)
    gold_certs, pred_certs = (
        set(label["certifications"]),
        {c.value for c in found["certifications"]},
    )
    for code in gold_certs | pred_certs:
        gold_code = code if code in gold_certs else None
        pred_code = code if code in pred_certs else None
        tally.add("certifications", gold_code, pred_code, True)
    predicted = [c.value for c in found["products"]]
    unmatched = list(range(len(predicted)))
    for gold in label["products"]:
        scored = [(names_match(gold["name"], predicted[j]["name"], 80), j) for j in unmatched]
        score, j = max(scored, default=(0.0, -1))
        if not score:
            tally.add("products.name", True, None, False)
            for key in ("quantity", "unit", "target_price", "currency"):
                tally.add(f"products.{key}", gold[key], None, False)
            continue
        unmatched.remove(j)
        tally.add("products.name", True, True, True)
        for key in ("quantity", "unit", "target_price", "currency"):
            value = predicted[j][key]
            tally.add(f"products.{key}", gold[key], value, gold[key] == value)
    for j in unmatched:
        tally.add("products.name", None, True, False)
        for key in ("quantity", "unit", "target_price", "currency"):
            tally.add(f"products.{key}", None, predicted[j][key], False)


FLOORS = {  # precision, recall on our labelled inquiries
    "products.name": (0.9, 0.85),
    "products.quantity": (0.9, 0.85),
    "products.unit": (0.9, 0.85),
    "products.target_price": (0.9, 0.8),
    "products.currency": (0.9, 0.8),
    "incoterm": (0.9, 0.9),
    "destination": (0.9, 0.85),
    "payment_terms": (0.9, 0.9),
    "certifications": (0.85, 0.85),
    "sample_request": (0.9, 0.85),
    "deadline": (0.9, 0.85),
}


def test_precision_and_recall_on_the_labelled_inquiries(capsys: pytest.CaptureFixture[str]) -> None:
    tally = Tally()
    for label, doc, reference in load_samples():
        if label["category"] == "inquiry":
            score_sample(tally, label, run_all(doc, reference))
    lines = [f"{'field':<24}{'precision':>10}{'recall':>8}{'n':>5}"]
    for field in FLOORS:
        precision, recall, n = tally.scores(field)
        lines.append(f"{field:<24}{precision:>10.2f}{recall:>8.2f}{n:>5}")
    with capsys.disabled():
        print("\ncommerce finders on samples/inquiries (inquiries only):\n" + "\n".join(lines))
    for field, (min_precision, min_recall) in FLOORS.items():
        precision, recall, _ = tally.scores(field)
        assert precision >= min_precision, (field, precision)
        assert recall >= min_recall, (field, recall)

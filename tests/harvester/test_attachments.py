"""Text from RFQ attachments: PDF, XLSX, DOCX and CSV built in the tests, plus the
broken, hostile and unsupported files that must give a reason instead of an error."""

from __future__ import annotations

import io
import logging
import struct
import zipfile
from collections.abc import Callable
from datetime import datetime
from functools import partial

import docx
import openpyxl
import pytest
from pypdf import PdfReader, PdfWriter

from harvester.attachments import AttachmentText, extract_text

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def make_pdf(*pages: str) -> bytes:
    """A valid PDF with one Helvetica text line per page and a correct xref table."""
    count = len(pages)
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(count))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {count} >>".encode(),
    ]
    font = 3 + 2 * count
    for i, text in enumerate(pages):
        stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode("latin-1")
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {4 + 2 * i} 0 R"
            f" /Resources << /Font << /F1 {font} 0 R >> >> >>".encode()
        )
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def make_xlsx() -> bytes:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "RFQ"
    sheet.append(["Product", "Quantity", "Target price (USD)", "Delivery by"])
    sheet.append(["Cordless drill 18V", 500, 12.5, datetime(2025, 3, 1)])
    sheet.append([None, None, None, None])
    sheet.append(["Angle grinder 125mm", 1200.0, 9.0, datetime(2025, 4, 15, 9, 30)])
    notes = workbook.create_sheet("Notes")
    notes.append(["Packing: color box, 10 pcs per carton"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def make_docx() -> bytes:
    document = docx.Document()
    document.add_paragraph("Dear supplier, please quote the items below.")
    table = document.add_table(rows=2, cols=3)
    for cell, text in zip(
        table.rows[0].cells, ["Product", "Quantity", "Target price"], strict=True
    ):
        cell.text = text
    for cell, text in zip(
        table.rows[1].cells, ["Cordless drill 18V", "500", "USD 12.50"], strict=True
    ):
        cell.text = text
    document.add_paragraph("Best regards, Ana")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_pdf_text_of_every_page_separated_by_a_blank_line() -> None:
    data = make_pdf("Cordless drill 18V quantity 500 pcs", "Delivery to Rotterdam")

    result = extract_text(data, content_type="application/pdf", filename="RFQ.pdf")

    assert result == AttachmentText(
        "Cordless drill 18V quantity 500 pcs\n\nDelivery to Rotterdam", None
    )


def test_pdf_beyond_the_page_cap_is_cut_and_marked_truncated() -> None:
    data = make_pdf(*(f"Item {n}" for n in range(1, 53)))

    result = extract_text(data, content_type="application/pdf", filename="catalogue.pdf")

    assert result.text is not None
    assert result.text.endswith("Item 50")
    assert result.truncated


def test_pdf_encrypted_with_empty_user_password_is_read() -> None:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf("Quote 500 pcs"))))
    writer.encrypt(user_password="", owner_password="owner", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)

    result = extract_text(buffer.getvalue(), content_type="application/pdf", filename="q.pdf")

    assert result.text == "Quote 500 pcs"


def test_pdf_locked_with_a_password_gives_a_reason() -> None:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf("Quote 500 pcs"))))
    writer.encrypt(user_password="secret", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)

    result = extract_text(buffer.getvalue(), content_type="application/pdf", filename="q.pdf")

    assert result == AttachmentText(None, "encrypted PDF")


def test_corrupt_pdf_gives_a_reason_without_library_log_noise(
    caplog: pytest.LogCaptureFixture,
) -> None:
    data = b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 9 0 R\nstartxref\n99999\n%%EOF"

    with caplog.at_level(logging.DEBUG):
        result = extract_text(data, content_type="application/pdf", filename="RFQ.pdf")

    assert result.text is None
    assert result.reason is not None and result.reason.startswith("corrupt PDF: ")
    assert "\n" not in result.reason
    assert [r for r in caplog.records if r.name.startswith("pypdf")] == []


def test_xlsx_every_sheet_with_natural_numbers_and_iso_dates() -> None:
    result = extract_text(make_xlsx(), content_type=XLSX_TYPE, filename="RFQ.xlsx")

    assert result.text == (
        "# Sheet: RFQ\n"
        "Product | Quantity | Target price (USD) | Delivery by\n"
        "Cordless drill 18V | 500 | 12.5 | 2025-03-01\n"
        "Angle grinder 125mm | 1200 | 9 | 2025-04-15 09:30:00\n"
        "# Sheet: Notes\n"
        "Packing: color box, 10 pcs per carton"
    )
    assert result.reason is None


def test_xlsx_that_makes_openpyxl_warn_is_still_read() -> None:
    # A defined name pointing at a missing sheet, as left behind when a sheet is deleted.
    source = zipfile.ZipFile(io.BytesIO(make_xlsx()))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for member in source.infolist():
            body = source.read(member)
            if member.filename == "xl/workbook.xml":
                dangling = b'<definedName name="Prices" localSheetId="7">RFQ!$C$2</definedName>'
                body = body.replace(
                    b"<definedNames/>", b"<definedNames>%s</definedNames>" % dangling
                )
            archive.writestr(member, body)

    result = extract_text(buffer.getvalue(), content_type=XLSX_TYPE, filename="RFQ.xlsx")

    assert result.text is not None and "Cordless drill 18V | 500" in result.text


@pytest.mark.parametrize(
    ("content_type", "filename"),
    [("application/octet-stream", "RFQ.xlsx"), ("application/octet-stream", None), (None, None)],
)
def test_xlsx_recognised_by_its_bytes_when_the_mail_client_says_octet_stream(
    content_type: str | None, filename: str | None
) -> None:
    result = extract_text(make_xlsx(), content_type=content_type, filename=filename)

    assert result.text is not None and "Cordless drill 18V | 500 | 12.5" in result.text


def test_docx_paragraphs_and_tables_in_document_order() -> None:
    result = extract_text(make_docx(), content_type=DOCX_TYPE, filename="inquiry.docx")

    assert result.text == (
        "Dear supplier, please quote the items below.\n"
        "Product | Quantity | Target price\n"
        "Cordless drill 18V | 500 | USD 12.50\n"
        "Best regards, Ana"
    )


def test_csv_in_gbk_is_decoded_and_newlines_normalised() -> None:
    csv = (
        "产品,数量,目标价格\r\n"
        "无绳电钻18V,500,12.5\r\n"
        "角磨机125毫米,1200,9\r\n"
        "包装要求：彩盒，每箱十台\r\n"
    )

    result = extract_text(csv.encode("gbk"), content_type="text/csv", filename="询价单.csv")

    assert result.text == csv.replace("\r\n", "\n")


def test_csv_labelled_as_excel_by_windows_is_read_as_text() -> None:
    data = "\ufeffProduct;Quantity\r\nCordless drill;500\r\n".encode()

    result = extract_text(data, content_type="application/vnd.ms-excel", filename="rfq.csv")

    assert result.text == "Product;Quantity\nCordless drill;500\n"


def test_old_binary_xls_is_unsupported() -> None:
    data = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(2048)

    result = extract_text(data, content_type="application/vnd.ms-excel", filename="RFQ.xls")

    assert result.text is None
    assert result.reason is not None and result.reason.startswith("unsupported type: ")
    assert "RFQ.xls" in result.reason


def test_image_is_unsupported() -> None:
    result = extract_text(
        b"\x89PNG\r\n\x1a\n" + bytes(64), content_type="image/png", filename="a.png"
    )

    assert result == AttachmentText(None, "unsupported type: image/png (a.png)")


def test_truncated_xlsx_is_reported_corrupt() -> None:
    data = make_xlsx()

    result = extract_text(data[: len(data) // 2], content_type=XLSX_TYPE, filename="RFQ.xlsx")

    assert result.text is None
    assert result.reason == "corrupt XLSX: BadZipFile: File is not a zip file"


def test_xlsx_with_a_highly_compressed_member_is_refused_unopened() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", bytes(20_000_000))

    result = extract_text(buffer.getvalue(), content_type=XLSX_TYPE, filename="RFQ.xlsx")

    assert result.text is None
    assert result.reason is not None and result.reason.startswith("zip bomb suspected")


def test_xlsx_declaring_gigabytes_unzipped_is_refused_unopened() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    data = bytearray(buffer.getvalue())
    # Central directory entry: uncompressed size sits 24 bytes after its signature.
    entry = data.index(b"PK\x01\x02")
    data[entry + 24 : entry + 28] = struct.pack("<I", 3_000_000_000)

    result = extract_text(bytes(data), content_type=XLSX_TYPE, filename="RFQ.xlsx")

    assert result == AttachmentText(None, "too large unzipped (3000000000 bytes)")


def test_input_over_max_bytes_is_refused() -> None:
    result = extract_text(b"x" * 101, content_type="text/plain", filename="a.txt", max_bytes=100)

    assert result == AttachmentText(None, "too large (101 bytes)")


def test_text_longer_than_max_chars_is_cut_and_marked() -> None:
    result = extract_text(make_xlsx(), content_type=XLSX_TYPE, filename="RFQ.xlsx", max_chars=40)

    assert result == AttachmentText("# Sheet: RFQ\nProduct | Quantity | Target", None, True)


@pytest.mark.parametrize(
    ("make", "filename"),
    [(partial(make_pdf, "Cordless drill"), "a.pdf"), (make_xlsx, "a.xlsx"), (make_docx, "a.docx")],
    ids=["pdf", "xlsx", "docx"],
)
def test_truncated_or_overwritten_files_never_raise(
    make: Callable[[], bytes], filename: str
) -> None:
    data = make()
    for cut in range(0, len(data), max(1, len(data) // 12)):
        damaged = data[:cut] + b"\xff" * 32 + data[cut + 32 :]
        for sample in (data[:cut], damaged):
            result = extract_text(sample, content_type=None, filename=filename)
            assert (result.text is None) == (result.reason is not None)

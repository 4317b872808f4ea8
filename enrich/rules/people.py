"""Who is writing: the buyer's company name, contact name and job title.

Read, in order of trust, from labelled lines ("Company: ...", "Empresa: ...",
"联系人：..."), from the signature block (a name line, a title line with a job word, a
company line with a legal form), and from self-introductions in the new text ("My name
is ..., purchasing manager at ... Ltd", "Меня зовут ..."). Legal forms of many
countries make a company name recognisable; job words of many languages a title. Hand
written: no offline library reads names out of multilingual business mail.
"""

from __future__ import annotations

import re

from ..document import Candidate, Document, Segment

LEGAL_FORMS = (
    r"Co\.,?\s*Ltd\.?",
    r"Company\s+Limited",
    r"Pvt\.?\s*Ltd\.?",
    r"Pty\.?\s*Ltd\.?",
    r"Sdn\.?\s*Bhd\.?",
    r"Ltd\.?",
    r"Limited",
    r"LLC",
    r"L\.L\.C\.",
    r"LLP",
    r"Inc\.?",
    r"Incorporated",
    r"Corp\.?",
    r"Corporation",
    r"PLC",
    r"GmbH(?:\s*&\s*Co\.?\s*KG)?",
    r"mbH",
    r"UG",
    r"OHG",
    r"GbR",
    r"e\.K\.",
    r"AG",
    r"KG",
    r"AB",
    r"A/S",
    r"AS",
    r"ApS",
    r"Oy",
    r"B\.V\.",
    r"N\.V\.",
    r"BV",
    r"S\.A\.S\.?",
    r"SAS",
    r"SARL",
    r"S\.à\s*r\.l\.",
    r"S\.A\.\s*de\s*C\.V\.",
    r"S\.\s*de\s*R\.L\.(?:\s*de\s*C\.V\.)?",
    r"S\.A\.C\.?",
    r"S\.A\.",
    r"SA",
    r"S\.L\.U?\.?",
    r"SL",
    r"S\.R\.L\.",
    r"S\.r\.l\.",
    r"SRL",
    r"S\.p\.A\.",
    r"SpA",
    r"Ltda\.?",
    r"EIRELI",
    r"Sp\.\s*z\s*o\.\s*o\.",
    r"s\.r\.o\.",
    r"Kft\.?",
    r"A\.Ş\.",
    r"Ltd\.\s*Şti\.",
    r"San\.\s*ve\s*Tic\.(?:\s*Ltd\.\s*Şti\.)?",
    r"OOO",
    r"ООО",
    r"ОАО",
    r"ЗАО",
    r"АО",
    r"ПАО",
    r"TOO",
    r"ТОО",
    r"JSC",
    r"CJSC",
    r"FZE",
    r"FZCO",
    r"FZ-LLC",
    r"DMCC",
    r"W\.L\.L\.?",
    r"Est\.",
    r"Establishment",
    r"Trading\s+Est\.?",
    r"PT",
    r"Tbk",
    r"JSC",
    r"K\.K\.",
    r"株式会社",
    r"有限会社",
    r"有限公司",
    r"股份有限公司",
    r"有限责任公司",
    r"公司",
    r"商行",
    r"Group",
    r"Holdings?",
    r"Pte\.?\s*Ltd\.?",
    r"Bhd\.?",
    r"المحدودة",
    r"ذ\.م\.م",
    r"TNHH",
)


def _is_cjk(text: str) -> bool:
    return any("\u3040" <= ch <= "\u9fff" for ch in text)


_LEGAL = "|".join(sorted(LEGAL_FORMS, key=len, reverse=True))
_COMPANY_IN_TEXT = re.compile(
    rf"((?:[A-Z0-9&][\w&'’.\-]*[ \t]+){{0,6}}?[A-Z0-9][\w&'’.\-]*[ \t,]+(?:{_LEGAL}))"
    r"(?=[\s,.;:)（(]|$)"
)
_COMPANY_LINE = re.compile(rf"(?:^|\s)(?:{_LEGAL})(?:[\s,.;)]|$)")
_CJK_COMPANY = re.compile(
    r"[\u4e00-\u9fff\u3040-\u30ff]{2,30}(?:有限公司|株式会社|公司|商行|集团)"
    r"|(?:株式会社|有限会社)[\u4e00-\u9fff\u3040-\u30ffー]{2,20}"
)

COMPANY_LABELS = (
    "company",
    "company name",
    "firm",
    "organization",
    "organisation",
    "business name",
    "empresa",
    "compañía",
    "razón social",
    "firma",
    "unternehmen",
    "société",
    "entreprise",
    "компания",
    "организация",
    "şirket",
    "firma adı",
    "公司",
    "公司名称",
    "单位",
    "会社名",
    "会社",
    "社名",
    "الشركة",
    "empresa/company",
)
NAME_LABELS = (
    "name",
    "full name",
    "contact",
    "contact person",
    "contact name",
    "buyer",
    "buyer name",
    "your name",
    "nombre",
    "nombre y apellido",
    "contacto",
    "nome",
    "ansprechpartner",
    "vorname und name",
    "nom",
    "имя",
    "контактное лицо",
    "ad soyad",
    "isim",
    "联系人",
    "姓名",
    "买家",
    "担当者",
    "氏名",
    "الاسم",
)
TITLE_LABELS = (
    "title",
    "job title",
    "position",
    "designation",
    "role",
    "cargo",
    "puesto",
    "posição",
    "funktion",
    "position/funktion",
    "fonction",
    "poste",
    "должность",
    "pozisyon",
    "unvan",
    "职位",
    "职务",
    "役職",
    "المسمى الوظيفي",
)
TITLE_WORDS = (
    "manager",
    "director",
    "purchasing",
    "purchase",
    "procurement",
    "buyer",
    "sourcing",
    "import",
    "export",
    "ceo",
    "cfo",
    "coo",
    "cto",
    "owner",
    "founder",
    "president",
    "chairman",
    "head of",
    "officer",
    "supervisor",
    "engineer",
    "coordinator",
    "assistant",
    "executive",
    "partner",
    "proprietor",
    "category",
    "merchandiser",
    "agent",
    "vp",
    "vice president",
    "general manager",
    "md",
    "gerente",
    "director de",
    "jefe",
    "compras",
    "comprador",
    "encargado",
    "diretor",
    "gerente de compras",
    "einkauf",
    "einkäufer",
    "leiter",
    "leiterin",
    "geschäftsführer",
    "geschäftsführerin",
    "inhaber",
    "directeur",
    "responsable",
    "acheteur",
    "acheteuse",
    "gérant",
    "менеджер",
    "директор",
    "руководитель",
    "закупк",
    "снабжен",
    "müdür",
    "müdürü",
    "satın alma",
    "sahibi",
    "经理",
    "总监",
    "采购",
    "总经理",
    "主管",
    "老板",
    "部長",
    "課長",
    "担当",
    "社長",
    "مدير",
    "مشتريات",
    "buying",
    "специалист",
    "отдел",
    "kierownik",
    "zakup",
    "dział",
    "uzman",
    "經理",
    "採購",
    "總監",
    "主管",
    "バイヤー",
)
_TITLE_WORD = re.compile(
    # Word boundaries for alphabetic scripts only: CJK text has no spaces between words.
    "|".join(
        rf"(?<!\w){re.escape(w)}(?!\w)"
        if w.isascii()
        else rf"(?<!\w){re.escape(w)}"
        if not _is_cjk(w)
        else re.escape(w)
        for w in TITLE_WORDS
    ),
    re.I,
)
_NOT_A_NAME = re.compile(
    r"(?i)\b(?:sales|info|team|dept|department|support|service|admin|office|purchasing|"
    r"procurement|company|ltd|llc|gmbh|inc|tel|phone|fax|mobile|email|e-mail|www|http|"
    r"regards|thanks|thank|dear|hello|hi|best|kind|sincerely|website|address|street|road|"
    r"trading|co|corp|group|industries|international|global|import|export|supplies|"
    r"hardware|electric|electrical|tools|lighting|city|province|district|avenue|building|"
    r"floor|street|port|harbour|harbor)\b"
    r"|مع التحية|تحياتي|شكرا|وتفضلوا|此致|敬礼|谢谢|謝謝|祝好|顺祝|商祺|您好|よろしく|敬具"
)
_PERSON = re.compile(
    r"^(?:(?:Mr|Mrs|Ms|Dr|Eng|Sr|Sra)\.?\s+)?"
    r"(?:[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁ][\w'’.\-]+(?:\s+(?:(?:de|da|del|van|von|bin|al|el|di|la|le|dos)"
    r"\s+)?[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁ][\w'’.\-]+){1,3}|[\u4e00-\u9fff]{1,3}[ \u3000]?[\u4e00-\u9fff]{1,3}"
    r"|[\u0600-\u06ff]{2,15}(?: [\u0600-\u06ff]{2,15}){1,3})$"
)
_INTRO = re.compile(
    r"(?:my name is|i am|i'm|this is|mi nombre es|me llamo|soy|meu nome é|je m'appelle|"
    r"je suis|mein name ist|ich bin|меня зовут|я\s+—?|benim adım|adım)\s+"
    r"(?P<name>(?:[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’\-]+)(?:\s+[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’\-]+){1,2})",
    re.I,
)


_GREETING = re.compile(
    r"(?is).*(?:dear|hello|hi|attn|attention|to|estimad[oa]s?|prezad[oa]s?|sehr geehrte[rn]?|"
    r"cher|chère|уважаем\w*|尊敬的|您好)[\s,:]*\S*$|^(?:dear|hello|hi)\b"
)


def _label_pattern(labels: tuple[str, ...]) -> re.Pattern[str]:
    alternation = "|".join(re.escape(label) for label in sorted(labels, key=len, reverse=True))
    # "Name: X", or columns aligned with spaces as form mailers print them ("Name    X").
    return re.compile(
        rf"^[ \t*•-]*(?:{alternation})(?:[ \t]*[:：][ \t]*|[ \t]{{2,}})(?P<value>[^\n]{{2,120}})$",
        re.I | re.M,
    )


_COMPANY_LABEL = _label_pattern(COMPANY_LABELS)
_NAME_LABEL = _label_pattern(NAME_LABELS)
_TITLE_LABEL = _label_pattern(TITLE_LABELS)


def _labelled(
    segment: Segment, pattern: re.Pattern[str], field: str, confidence: float
) -> list[Candidate]:
    out = []
    for match in pattern.finditer(segment.text):
        value = match.group("value").strip().rstrip(",;")
        if value and not value.startswith(("http", "www.")) and "@" not in value:
            start = match.start("value")
            out.append(
                Candidate(
                    field,
                    value,
                    segment.evidence(start, start + len(value)),
                    confidence,
                    "labelled",
                )
            )
    return out


def _lines(segment: Segment) -> list[tuple[int, str]]:
    out, offset = [], 0
    for line in segment.text.splitlines(keepends=True):
        out.append((offset, line.rstrip("\r\n")))
        offset += len(line)
    return out


def _signature_lines(doc: Document) -> tuple[Segment | None, list[tuple[int, str]]]:
    segment = doc.signature_segment()
    if segment is None or not segment.text.strip():
        new = doc.new()
        lines = _lines(new)
        return new, lines[-8:]  # no signature found: the last lines often hold it
    return segment, _lines(segment)


def _clean_line(line: str) -> tuple[int, str]:
    stripped = line.lstrip(" \t*•-|")
    lead = len(line) - len(stripped)
    return lead, stripped.rstrip(" \t,;|")


_PLATFORM_NAME = re.compile(r"(?i)alibaba|made-in-china|global\s*sources|indiamart|tradekey|ec21")


def find_companies(doc: Document) -> list[Candidate]:
    """Candidates for ``company_name``: labelled, signature line with a legal form, intro.

    The B2B platforms' own names (in their notification footers) are never the buyer's.
    """
    return [c for c in _company_candidates(doc) if not _PLATFORM_NAME.search(str(c.value))]


def _company_candidates(doc: Document) -> list[Candidate]:
    out: list[Candidate] = []
    for segment in doc.segments():
        out += _labelled(segment, _COMPANY_LABEL, "company_name", 0.9)
    sig, lines = _signature_lines(doc)
    if sig is not None:
        for offset, raw in lines:
            lead, line = _clean_line(raw)
            if 3 <= len(line) <= 90 and (_COMPANY_LINE.search(line) or _CJK_COMPANY.search(line)):
                if "@" in line or re.search(r"\d{5,}", line) or len(line.split()) > 8:
                    continue  # an address, a phone line or a sentence, not a name line
                if _GREETING.match(line):
                    continue
                # "Inkoper | De Vries B.V.": the part that holds the legal form
                parts = [
                    p
                    for p in re.split(r"\s+[|•·]\s+", line)
                    if _COMPANY_LINE.search(p) or _CJK_COMPANY.search(p)
                ]
                if parts and parts[0] != line:
                    lead += line.find(parts[0])
                    line = parts[0]
                # "Kim Long Trading Co., Ltd (Công ty TNHH ...)": the name, not its gloss
                head = re.split(r"\s*[(（]", line, maxsplit=1)[0]
                if head != line and (_COMPANY_LINE.search(head) or _CJK_COMPANY.search(head)):
                    line = head
                start = offset + lead
                out.append(
                    Candidate(
                        "company_name",
                        line,
                        sig.evidence(start, start + len(line)),
                        0.8,
                        "signature",
                    )
                )
    for segment in (doc.new(), *doc.attachment_segments()):
        for match in _COMPANY_IN_TEXT.finditer(segment.text):
            value = match.group(1).strip(" ,")
            if _GREETING.match(segment.text[max(0, match.start() - 20) : match.start()] + value):
                continue  # "Dear Ningbo Everbright Tools Co., Ltd.": the addressee is us
            words = value.split()
            if len(words) < 2 or words[0].lower() in ("the", "our", "your", "a", "we", "i"):
                value = " ".join(words[1:]) if len(words) > 2 else ""
            if value and not _NOT_A_NAME.fullmatch(value):
                start = segment.text.find(value, match.start())
                out.append(
                    Candidate(
                        "company_name",
                        value,
                        segment.evidence(start, start + len(value)),
                        0.6,
                        "text",
                    )
                )
        for match in _CJK_COMPANY.finditer(segment.text):
            out.append(
                Candidate(
                    "company_name",
                    match.group(0),
                    segment.evidence(match.start(), match.end()),
                    0.6,
                    "text",
                )
            )
    return out


def looks_like_person(value: str) -> bool:
    """True when ``value`` reads like a person's name (not a team, a company or a phrase)."""
    value = value.strip()
    return (
        bool(_PERSON.match(value))
        and not _NOT_A_NAME.search(value)
        and not _COMPANY_LINE.search(value)  # "Islaverde Builders Corporation"
        and not any(ch.isdigit() for ch in value)
    )


def find_contact_names(doc: Document) -> list[Candidate]:
    """Candidates for ``contact_name``: labelled, signature name line, self-introduction,
    the sender's display name."""
    out: list[Candidate] = []
    for segment in doc.segments():
        out += [
            c
            for c in _labelled(segment, _NAME_LABEL, "contact_name", 0.9)
            if looks_like_person(c.value)
        ]
    for segment in (doc.new(),):
        for match in _INTRO.finditer(segment.text):
            name = match.group("name").strip()
            if looks_like_person(name):
                out.append(
                    Candidate(
                        "contact_name",
                        name,
                        segment.evidence(match.start("name"), match.end("name")),
                        0.8,
                        "introduction",
                    )
                )
    sig, lines = _signature_lines(doc)
    if sig is not None:
        for offset, raw in lines:
            lead, line = _clean_line(raw)
            candidate = re.split(r"\s*[|/,–—]\s*|\s+-\s+", line)[0].strip()
            if looks_like_person(candidate) and not _TITLE_WORD.search(candidate):
                start = offset + lead
                out.append(
                    Candidate(
                        "contact_name",
                        candidate,
                        sig.evidence(start, start + len(candidate)),
                        0.75,
                        "signature",
                    )
                )
    for header in doc.header_segments():
        name = header.text.split("<")[0].strip().strip('"')
        if name and looks_like_person(name) and not _TITLE_WORD.search(name):
            out.append(
                Candidate(
                    "contact_name",
                    name,
                    header.evidence(0, len(name)),
                    0.5,
                    f"{header.source} display name",
                )
            )
    return out


def find_titles(doc: Document) -> list[Candidate]:
    """Candidates for ``contact_title``: labelled, or a signature line made of job words."""
    out: list[Candidate] = []
    for segment in doc.segments():
        out += [
            c
            for c in _labelled(segment, _TITLE_LABEL, "contact_title", 0.9)
            if _TITLE_WORD.search(c.value)
        ]
    sig, lines = _signature_lines(doc)
    if sig is not None:
        for offset, raw in lines:
            lead, line = _clean_line(raw)
            label = re.match(r"^([^:：]{1,30})[:：]", line)
            if label and not _TITLE_LABEL.match(line):
                continue  # "Email: ...", "Tel: ...": another field's line
            parts = re.split(r"\s*[|,–—]\s*|\s+-\s+", line)
            for part in parts:
                part = part.strip()
                inner = re.search(r"[(（]([^)）]{2,40})[)）]", part)
                if inner and _TITLE_WORD.search(inner.group(1)):
                    part = inner.group(1).strip()
                if (
                    2 <= len(part) <= 60
                    and _TITLE_WORD.search(part)
                    and not _COMPANY_LINE.search(part)
                    and "@" not in part
                    and not any(ch.isdigit() for ch in part)
                    and len(part.split()) <= 6
                ):
                    start = offset + lead + line.find(part)
                    out.append(
                        Candidate(
                            "contact_title",
                            part,
                            sig.evidence(start, start + len(part)),
                            0.75,
                            "signature",
                        )
                    )
    return out

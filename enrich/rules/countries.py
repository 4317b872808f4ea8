"""The buyer's country: names of countries in the text, and the country of a number or domain.

Names come from pycountry (ISO 3166-1 names, common and official names) and its gettext
translations into the languages buyers write in, built once at import into one lookup
keyed by normalised words; CJK text (no spaces) is scanned by substring. On top of that,
hand-written tables: the everyday short forms and acronyms people write but ISO does not
list ("UAE", "KSA", "Russia", "Holland", "美国", "Россия"), a few Russian case endings
("из Казахстана"), and the names that are also common words, person names or US states
("Turkey", "Chad", "Jordan", "Georgia", "Chile"), which count only when labelled, ending
an address line, or after a locative word ("in Turkey"). China is special: mail here is
received by a Chinese exporter, so "China" in the text is the supplier's country ("FOB
Shenzhen, China") unless a labelled line or the buyer's signature address says it.

Confidence: a labelled line ("Country: Kenya", "País: Chile", "国家：...") 0.9; an address
line ending in the country ("Hamburg, Germany") or any mention in the signature 0.8; a
mention in the subject, new text or attachments 0.6; in a platform notification's text
(not labelled) 0.3, since there the platform speaks, not the buyer.
"""

from __future__ import annotations

import gettext
import re
import unicodedata
from collections.abc import Iterator
from itertools import pairwise

import phonenumbers
import pycountry

from ..document import Candidate, Document, Segment

LANGUAGES = (
    "es", "pt", "pt_BR", "fr", "de", "it", "nl", "pl", "ru", "uk", "tr", "ar",
    "zh_CN", "zh_TW", "zh_HK", "ja", "ko", "vi", "id", "cs", "sv", "ro",
)  # fmt: skip

# Short forms and other-language names people write that ISO 3166 (and its translations)
# does not carry under that spelling.
ALIASES: dict[str, tuple[str, ...]] = {
    "US": ("United States", "America", "Amerika", "Estados Unidos", "États-Unis", "Etats-Unis",
           "Stati Uniti", "Vereinigte Staaten", "Соединенные Штаты", "美国", "美國", "アメリカ",
           "米国", "أمريكا", "امريكا", "الولايات المتحدة", "Hoa Kỳ"),
    "GB": ("United Kingdom", "Great Britain", "Britain", "England", "Scotland", "Wales",
           "Northern Ireland", "Gran Bretaña", "Inglaterra", "Grã-Bretanha", "Angleterre",
           "Grande-Bretagne", "Großbritannien", "Inghilterra", "Великобритания", "Англия",
           "イギリス", "بريطانيا", "İngiltere", "Anglia"),
    "AE": ("United Arab Emirates", "Emirates", "Emiratos", "Emirados", "Эмираты", "阿联酋",
           "阿聯酋", "الإمارات"),
    "SA": ("Saudi Arabia", "Saudi", "Arabia Saudita", "Arabie Saoudite", "沙特", "السعودية"),
    "RU": ("Russia", "Rusia", "Rússia", "Russie", "Russland", "Россия", "Rusya", "Rosja",
           "俄罗斯", "俄羅斯", "ロシア", "روسيا"),
    "KR": ("Korea", "South Korea", "Corea del Sur", "Coreia do Sul", "Corée du Sud",
           "Südkorea", "Южная Корея", "Корея", "韩国", "韓國", "南韩", "كوريا الجنوبية",
           "Güney Kore", "Hàn Quốc"),
    "KP": ("North Korea", "Северная Корея", "朝鲜", "كوريا الشمالية"),
    "TR": ("Turkey", "Türkiye", "Turquía", "Turquie", "Türkei", "Turchia", "Турция", "土耳其",
           "トルコ", "تركيا"),
    "VN": ("Vietnam", "Viet Nam", "Việt Nam", "越南", "Вьетнам", "فيتنام"),
    "NL": ("Holland", "Netherlands", "Holanda", "Hollande", "Niederlande", "Olanda",
           "Голландия", "荷兰", "荷蘭", "オランダ", "هولندا", "Hollanda"),
    "CZ": ("Czech Republic", "Czechia"),
    "TW": ("Taiwan", "Taiwán", "Taïwan", "Tayvan", "Тайвань", "台湾", "臺灣", "台灣", "تايوان"),
    "HK": ("Hong Kong", "Hongkong", "香港"),
    "MO": ("Macau", "Macao", "澳门", "澳門"),
    "CN": ("China", "P.R. China", "PR China", "Mainland China", "People's Republic of China",
           "中国", "中國", "中华人民共和国", "中国大陆", "Китай", "الصين", "Çin", "Chine",
           "Cina", "Chiny", "Trung Quốc"),
    "CI": ("Ivory Coast",),
    "CV": ("Cape Verde",),
    "SZ": ("Swaziland",),
    "MM": ("Burma",),
    "MK": ("Macedonia",),
    "VA": ("Vatican",),
    "CD": ("DR Congo", "Congo-Kinshasa"),
    "CG": ("Congo-Brazzaville",),
    "LA": ("Laos",),
    "SY": ("Syria", "سوريا"),
    "PS": ("Palestine", "فلسطين"),
    "BN": ("Brunei",),
    "TL": ("East Timor",),
    "BA": ("Bosnia",),
    "KG": ("Kyrgyzstan", "Киргизия", "Кыргызстан"),
    "BY": ("Belarus", "Беларусь", "Белоруссия"),
    "MD": ("Молдавия",),
    "TM": ("Туркмения", "Туркменистан"),
    "AU": ("澳洲",),
    "NZ": ("纽西兰",),
    "EG": ("مصر",),
    "KW": ("الكويت",),
    "QA": ("قطر",),
    "BH": ("البحرين",),
    "OM": ("عمان",),
    "JO": ("الأردن",),
    "IQ": ("العراق",),
    "YE": ("اليمن",),
    "MA": ("المغرب",),
}  # fmt: skip

# Written only in capitals ("UAE", not "uae"; "US" is left out: "CONTACT US").
ACRONYMS = {
    "USA": "US", "U.S.A.": "US", "U.S.A": "US", "EE.UU.": "US", "EE. UU.": "US", "EEUU": "US",
    "EUA": "US", "ABD": "US", "США": "US", "UK": "GB", "U.K.": "GB", "UAE": "AE",
    "U.A.E.": "AE", "EAU": "AE", "VAE": "AE", "BAE": "AE", "ОАЭ": "AE", "KSA": "SA",
    "K.S.A.": "SA", "РФ": "RU", "PRC": "CN", "P.R.C.": "CN", "КНР": "CN", "DRC": "CD",
}  # fmt: skip

# Names that are also ordinary words, first names, places or brands ("Turkey", "Chad",
# "Georgia", "Salvador", Russian "того", Arabic "قطر" = diameter).
AMBIGUOUS = {
    "turkey", "chad", "jordan", "georgia", "jersey", "guinea", "niger", "chile", "chili",
    "panama", "mali", "togo", "granada", "maurice", "mauricio", "maurizio", "mauricia",
    "salvador", "guadalupe", "columbia", "dominica", "dominique", "reunion", "salomon",
    "norfolk", "mısır", "israel", "america", "amerika", "saudi", "suede", "indie", "inde",
    "benim", "gana", "того", "عمان", "المغرب", "مالي", "قطر",
}  # fmt: skip
# Translated names that are plain words elsewhere ("Island" is Iceland in German).
STOP = {"christmas", "island", "swiss", "państwo", "panstwo"}

# Word sequences that contain a country name but are not one (longest match wins).
BLOCKERS = (
    "New Mexico", "New Jersey", "New South Wales", "Inner Mongolia", "Guinea pig",
    "Bone China", "Fine China", "Latin America", "South America", "North America",
    "Central America", "内蒙古", "內蒙古", "中国制造", "中國製造",
)  # fmt: skip

# A locative word before an ambiguous name makes it a country ("in Turkey", "a Chile").
CUES = {
    "in", "from", "to", "of", "across", "throughout", "within", "en", "de", "desde", "a",
    "para", "em", "no", "na", "do", "da", "au", "aux", "du", "à", "aus", "nach", "di",
    "в", "из", "на", "w", "z", "في", "من",
}  # fmt: skip
# A name followed by one of these describes a product ("UK plug", "China clay").
SPEC_WORDS = {"plug", "plugs", "socket", "sockets", "standard", "type", "version", "clay"}
# ccTLDs sold mostly as generic names (.co, .io, .tv, .ai ...) or not one country (.eu).
GENERIC_CCTLDS = {
    "co", "io", "me", "tv", "cc", "ai", "fm", "ws", "to", "ly", "la", "nu", "tk", "ml", "ga",
    "cf", "gq", "vc", "sh", "st", "am", "gg", "md", "eu", "su", "ac",
}  # fmt: skip
CCTLD_EXCEPTIONS = {"uk": "GB"}

_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af\uff66-\uff9f"
_TOKEN = re.compile(
    rf"(?P<cjk>[{_CJK}]+)|(?P<word>(?:(?![{_CJK}])[^\W\d_]|[\u0300-\u036f\u064b-\u065f\u0670])+)"
)
_GAP = re.compile(r"[ \t\u00a0'’.\-&]{1,3}")
_MARKS = re.compile(r"[\u0301\u0640\u064b-\u065f\u0670]")
_PROCLITICS = set("وفبلك")
_ALEF = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ё": "е"})
_ACRONYM = re.compile(
    r"(?<![\w.])(?:"
    + "|".join(re.escape(a) for a in sorted(ACRONYMS, key=len, reverse=True))
    + r")(?![\w])"
)
_LABEL = re.compile(
    r"(?im)^[ \t>*•·\-]*(?:country(?:\s*/\s*region| or region)?|region|location|address|nation"
    r"|pa[ií]s|pays|land|[üu]lke|kraj|paese|nazione|страна|адрес|местоположение"
    r"|国家(?:\s*[/／]\s*地区|或地区)?|國家(?:\s*[/／]\s*地區)?|地区|地址|所在地|国名|国・地域"
    r"|所在国|quốc gia|địa chỉ|البلد|الدولة|العنوان|الموقع)\s*[:：]\s*(?P<value>[^\n]+)"
)
_CHINESE_REGIONS = {"HK", "TW", "MO"}
_JOINED = re.compile(r"[\s,，、()（）-]*")
_ADDRESS_TAIL = re.compile(r"[\s.,;)\]。]*$")
_ADDRESS_HEAD = re.compile(r"(?:[,，、\-–—/|]|\d{3,})\s*$")


def _norm(word: str) -> str:
    return _MARKS.sub("", unicodedata.normalize("NFC", word).casefold().translate(_ALEF))


def _key(name: str) -> str:
    return " ".join(_norm(m.group()) for m in _TOKEN.finditer(name))


def _variants(name: str) -> Iterator[str]:
    """The name, its head before ", " ("Korea, Republic of"), and outside/inside brackets."""
    yield name
    if ", " in name or "، " in name:
        yield re.split(r",|،", name, maxsplit=1)[0]
    if "(" in name:
        yield re.sub(r"\s*\(.*?\)", "", name)
        yield from re.findall(r"\((.*?)\)", name)


def _russian_cases(word: str) -> list[str]:
    """A few case forms of a one-word Russian name ("Казахстан" -> "Казахстана", ...)."""
    if word.endswith("ия"):
        return [word[:-1] + e for e in ("и", "ю", "ей")]
    if re.search("[бвгджзклмнпрстфхцчшщ]а$", word):
        return [word[:-1] + e for e in ("ы", "е", "у", "ой")]
    if word.endswith("й"):
        return [word[:-1] + e for e in ("я", "ю", "е", "ем")]
    if word.endswith("ь"):
        return [word[:-1] + "и"]
    if re.search(r"[бвгджзклмнпрстфхцчшщ]$", word):
        return [word + e for e in ("а", "у", "е", "ом")]
    return []


def _build() -> tuple[dict[str, str], dict[str, int], dict[str, str], dict[str, list[int]]]:
    """The lookups: word-key -> code, first word -> most words in a name, CJK name -> code,
    first CJK character -> name lengths (longest first). Code "" marks a blocker."""
    words: dict[str, set[str]] = {}
    cjk: dict[str, set[str]] = {}

    def add(name: str, code: str, lang: str = "") -> None:
        for variant in _variants(name):
            key = _key(variant)
            if not key:
                continue
            if re.fullmatch(f"[{_CJK}]+", key):
                cjk.setdefault(key, set()).add(code)
                continue
            # Vietnamese one-syllable names ("Mỹ", "Anh", "Nga") and other names under four
            # letters are everyday words somewhere (only Turkish "Çin" is kept, for labels).
            if (lang == "vi" and " " not in key) or (len(key) < 4 and code != "CN"):
                continue
            codes = words.setdefault(key, set())
            codes.add(code)
            if lang in ("ru", "uk") and " " not in key:
                for form in _russian_cases(key):
                    words.setdefault(form, set()).add(code)
            plain = "".join(c for c in unicodedata.normalize("NFD", key) if c.isascii())
            if len(plain) >= 5 and plain != key and re.fullmatch(r"[a-z ]+", plain):
                words.setdefault(plain, set()).add(code)

    translations = [gettext.translation("iso3166-1", pycountry.LOCALES_DIR, [lang])
                    for lang in LANGUAGES]  # fmt: skip
    for country in pycountry.countries:
        names = {getattr(country, a, None) for a in ("name", "common_name", "official_name")}
        for name in filter(None, names):
            add(name, country.alpha_2)
            for lang, tr in zip(LANGUAGES, translations, strict=True):
                if (local := tr.gettext(name)) != name:
                    add(local, country.alpha_2, lang)
    # A key that names two countries ("Congo", "Korea") is dropped unless an alias settles it.
    conflicts = {k for k, codes in words.items() if len(codes) > 1}
    conflicts |= {k for k, codes in cjk.items() if len(codes) > 1}
    for code, aliases in ALIASES.items():
        for alias in aliases:
            key = _key(alias)
            (cjk if key in cjk or re.fullmatch(f"[{_CJK}]+", key) else words)[key] = {code}
            conflicts.discard(key)
            if re.fullmatch("[а-я]+", key):
                for form in _russian_cases(key):
                    words[form] = {code}
    for blocker in BLOCKERS:
        key = _key(blocker)
        (cjk if re.fullmatch(f"[{_CJK}]+", key) else words)[key] = {""}
    dropped = conflicts | STOP
    flat = {k: next(iter(v)) for k, v in words.items() if k not in dropped}
    firsts: dict[str, int] = {}
    for key in flat:
        first, n = key.split(" ")[0], key.count(" ") + 1
        firsts[first] = max(firsts.get(first, 0), n)
    cjk_flat = {k: next(iter(v)) for k, v in cjk.items() if k not in conflicts}
    lengths: dict[str, set[int]] = {}
    for key in cjk_flat:
        lengths.setdefault(key[0], set()).add(len(key))
    return flat, firsts, cjk_flat, {c: sorted(n, reverse=True) for c, n in lengths.items()}


NAMES, _FIRSTS, CJK_NAMES, _CJK_LENGTHS = _build()
_AMBIGUOUS_KEYS = {_key(a) for a in AMBIGUOUS}


def mentions(text: str) -> Iterator[tuple[int, int, str, str]]:
    """Yield ``(start, end, alpha_2, key)`` for every country name in ``text``."""
    tokens = [(m.start(), m.end(), m.lastgroup, m.group()) for m in _TOKEN.finditer(text)]
    i = 0
    while i < len(tokens):
        start, _, kind, word = tokens[i]
        if kind == "cjk":
            yield from _cjk_mentions(word, start)
            i += 1
            continue
        first = _norm(word)
        skip = 0
        if first not in _FIRSTS and first[:1] in _PROCLITICS and first[1:] in _FIRSTS:
            first, skip = first[1:], 1  # Arabic "و" / "ب" ... written onto the name
        hit = None
        for n in range(min(_FIRSTS.get(first, 0), len(tokens) - i), 0, -1):
            group = tokens[i : i + n]
            if any(g[2] != "word" for g in group):
                continue
            if any(not _GAP.fullmatch(text[a[1] : b[0]]) for a, b in pairwise(group)):
                continue
            key = " ".join([first, *(_norm(g[3]) for g in group[1:])])
            if key in NAMES:
                hit = (group[-1][1], NAMES[key], key, n)
                break
        if hit is None:
            i += 1
            continue
        if hit[1]:
            yield start + skip, hit[0], hit[1], hit[2]
        i += hit[3]
    for m in _ACRONYM.finditer(text):
        yield m.start(), m.end(), ACRONYMS[m.group()], m.group().lower()


def _cjk_mentions(run: str, offset: int) -> Iterator[tuple[int, int, str, str]]:
    i = 0
    while i < len(run):
        for n in _CJK_LENGTHS.get(run[i], ()):
            if i + n <= len(run) and (key := run[i : i + n]) in CJK_NAMES:
                if code := CJK_NAMES[key]:
                    yield offset + i, offset + i + n, code, key
                i += n
                break
        else:
            i += 1


def _line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    return text.rfind("\n", 0, start) + 1, (text.find("\n", end) + 1 or len(text) + 1) - 1


def _previous_word(text: str, start: int) -> str:
    match = re.search(r"([^\W\d_]+)[^\w\n]*$", text[max(0, start - 30) : start])
    return match.group(1).casefold() if match else ""


def _next_word(text: str, end: int) -> str:
    match = re.match(r"[ \t\-]*([^\W\d_]+)", text[end : end + 30])
    return match.group(1).casefold() if match else ""


def _grade(seg: Segment, start: int, end: int, code: str, key: str, labelled: bool,
           platform: bool) -> tuple[float, str] | None:  # fmt: skip
    """How much a mention says about the buyer's country, and by which rule (None: nothing)."""
    text = seg.text
    if labelled:
        return 0.9, "label"
    first = text[start]
    if first.isalpha() and first.lower() != first.upper() and not first.isupper():
        return None  # "turkey feathers", "fine china": country names are capitalised
    if _next_word(text, end) in SPEC_WORDS or _previous_word(text, start) == "made":
        return None  # "UK plug", "made in Germany"
    if text[max(0, start - 7) : start].lower().endswith("made in "):
        return None
    line_start, line_end = _line_bounds(text, start, end)
    address = bool(
        _ADDRESS_TAIL.fullmatch(text[end:line_end]) and _ADDRESS_HEAD.search(text[line_start:start])
    )
    cue = _previous_word(text, start) in CUES or text[start - 1 : start] == "("
    if code == "CN" and not (seg.kind == "signature" and address):
        return None
    if key in _AMBIGUOUS_KEYS and not (address or cue):
        return None
    if platform and seg.kind != "subject":
        return 0.3, "text"
    if address:
        return 0.8, "address"
    if seg.kind == "signature":
        return 0.8, "signature"
    return 0.6, "text"


def _labelled_spans(text: str) -> list[tuple[int, int]]:
    return [m.span("value") for m in _LABEL.finditer(text)]


def find_countries(doc: Document) -> list[Candidate]:
    """Return the countries named in the inquiry as ISO 3166-1 alpha-2 candidates, best first."""
    best: dict[str, tuple[float, int, Candidate]] = {}
    order = 0
    platform = doc.platform is not None
    for seg in doc.segments():
        if not seg.text:
            continue
        labels = _labelled_spans(seg.text)
        for start, end, code, _ in _labelled_codes(seg.text, labels):
            order += 1
            _keep(best, Candidate("country", code, seg.evidence(start, end), 0.9, "label"), order)
        previous: tuple[int, str] = (-1, "")
        for start, end, code, key in sorted(mentions(seg.text)):
            labelled = any(a <= start < b for a, b in labels)
            graded = _grade(seg, start, end, code, key, labelled, platform)
            after_region = previous[1] in _CHINESE_REGIONS and _JOINED.fullmatch(
                seg.text[previous[0] : start]
            )
            previous = (end, code)
            if graded is None or (code == "CN" and after_region):
                continue  # "Kowloon, Hong Kong, China" is Hong Kong
            order += 1
            candidate = Candidate("country", code, seg.evidence(start, end), *graded)
            _keep(best, candidate, order)
    return [c for _, _, c in sorted(best.values(), key=lambda t: (-t[0], t[1]))]


def _labelled_codes(
    text: str, labels: list[tuple[int, int]]
) -> Iterator[tuple[int, int, str, str]]:
    """A labelled value that is an ISO code ("Country: DE")."""
    for a, b in labels:
        value = text[a:b].strip()
        if re.fullmatch("[A-Z]{2}", value) and pycountry.countries.get(alpha_2=value):
            start = text.index(value, a)
            yield start, start + 2, value, value.lower()


def _keep(best: dict[str, tuple[float, int, Candidate]], candidate: Candidate, order: int) -> None:
    held = best.get(candidate.value)
    if held is None or candidate.confidence > held[0]:
        best[candidate.value] = (candidate.confidence, order, candidate)


def country_from_phone(e164: str) -> str | None:
    """Return the ISO-2 region of an E.164 number, or None (non-geographic, unparsable)."""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return None
    region = phonenumbers.region_code_for_number(number)
    return region if region and region not in ("ZZ", "001") else None


def country_from_domain(domain: str) -> str | None:
    """Return the country of a country-code top-level domain ("x.co.uk" -> "GB"), else None.

    Generic TLDs and ccTLDs mostly used generically (.co, .io, .me, .tv, .ai ...) give None.
    """
    tld = domain.strip().rstrip(".").rpartition("@")[2].rpartition(".")[2].lower()
    if len(tld) != 2 or tld in GENERIC_CCTLDS:
        return None
    if tld in CCTLD_EXCEPTIONS:
        return CCTLD_EXCEPTIONS[tld]
    country = pycountry.countries.get(alpha_2=tld.upper())
    return country.alpha_2 if country else None

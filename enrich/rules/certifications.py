"""Which certifications the buyer asks for: one candidate per code (CE, ROHS, ISO9001...).

Codes that cannot be anything else (RoHS, SONCAP, INMETRO, ISO 9001) count wherever the
buyer writes them; short ones that can (GS, CB, KC, UL, BIS, SEC, GCC "countries",
REACH "reach us") only in a clause that talks about certification or names another
code. Shouted text (mostly capitals) trusts no short code on its own, and a negated
clause ("CE not required") gives nothing.
"""

from __future__ import annotations

import re

from ..document import Candidate, Document
from .buyer_text import commerce_segments, mostly_upper

# A code standing alone: not inside a word, a model or an id ("CEO", "EB-CE18", "GS-INQ-77").
_L = r"(?<![A-Za-z0-9])(?<![A-Za-z0-9][-.])"
_R = r"(?![A-Za-z0-9]|-[A-Z0-9]|\.[A-Za-z0-9])"
_NOT_REGION = r"(?!\s+(?:countries|country|region|markets?|states|member))"

# (code, pattern, strong)
CODES: tuple[tuple[str, str, bool], ...] = (
    ("CE", rf"{_L}CE{_R}", True),
    ("ROHS", rf"{_L}(?i:rohs)(?:\s?2(?:\.0)?)?{_R}", True),
    ("UL", rf"{_L}c?UL(?:us)?{_R}(?!\.)", False),
    ("FDA", rf"{_L}FDA{_R}", True),
    ("ISO9001", rf"{_L}ISO\s?9001", True),
    ("ISO14001", rf"{_L}ISO\s?14001", True),
    ("ISO13485", rf"{_L}ISO\s?13485", True),
    ("REACH", rf"{_L}REACH{_R}", False),
    ("FCC", rf"{_L}FCC{_R}", True),
    ("SASO", rf"{_L}SASO{_R}", True),
    ("GCC", rf"{_L}GCC{_R}{_NOT_REGION}", False),
    ("EAC", rf"(?<![A-Za-zА-Яа-я])[EЕ][AА][CС](?![A-Za-zА-Яа-я0-9]){_NOT_REGION}", False),
    ("SONCAP", rf"{_L}SONCAP{_R}", True),
    ("KEBS", rf"{_L}KEBS{_R}", True),
    ("PVOC", rf"{_L}PVoC{_R}|{_L}PVOC{_R}", True),
    ("BIS", rf"{_L}BIS{_R}", False),
    ("SIRIM", rf"{_L}SIRIM{_R}", True),
    ("INMETRO", rf"{_L}INMETRO{_R}", True),
    ("ANATEL", rf"{_L}ANATEL{_R}", True),
    ("PSE", rf"{_L}PSE{_R}", False),
    ("KC", rf"{_L}KC{_R}", False),
    ("RCM", rf"{_L}RCM{_R}", False),
    ("SAA", rf"{_L}SAA{_R}", False),
    ("UKCA", rf"{_L}UKCA{_R}", True),
    ("GS", rf"{_L}GS{_R}", False),
    ("TUV", rf"{_L}T[ÜU]V{_R}", True),
    ("CB", rf"{_L}CB{_R}", False),
    ("ETL", rf"{_L}ETL{_R}", False),
    ("CSA", rf"{_L}CSA{_R}", False),
    ("SEC", rf"{_L}SEC{_R}", False),
    ("TSE", rf"{_L}TSE{_R}", False),
    ("NOM", rf"{_L}NOM(?:-\d{{3}}[-A-Z0-9]*)?{_R}", False),
    ("CCC", rf"{_L}CCC{_R}", False),
    ("BSMI", rf"{_L}BSMI{_R}", True),
    ("LFGB", rf"{_L}LFGB{_R}", True),
    ("EN71", rf"{_L}EN\s?71{_R}", True),
    ("UN38.3", rf"{_L}UN\s?38\.3", True),
    ("IEC", rf"{_L}IEC\s?(?P<iec>\d{{5}}){_R}", True),
)
_CODE_RE = re.compile("|".join(f"(?P<c{i}>{p})" for i, (_, p, _) in enumerate(CODES)))
_CERT_WORDS = re.compile(
    r"certif\w*|mark(?:ing|ed|s)?\b|approv\w*|complian\w*|conform\w*|standards?\b|registration"
    r"|\breport|listed|sertifika\w*|belge\w*|сертифи\w*|декларац\w*|认证|認證|認証|证书|證書"
    r"|マーク|規格|شهادة|مطابق\w*|marcado|marcação|zertifi\w*|kennzeichnung|konform\w*|marquage"
    r"|oznakowan\w*|homolog\w*|\bnorm(?:a|e|en|s)?\b",
    re.IGNORECASE,
)
_DEMAND_WORDS = re.compile(
    r"\brequired|\bmust\b|\bneed|mandatory|compulsory|обязател\w*|необходим\w*|必須|必须|需要"
    r"|wymagan\w*|obligatori\w*|obrigatóri\w*|zorunlu|gerekli|erforderlich|benötig\w*",
    re.IGNORECASE,
)
_NEGATED = re.compile(
    r"not\s+(?:required|needed|necessary)|no\s+need|don'?t\s+need|do\s+not\s+need"
    r"|sin\s+necesidad|no\s+(?:es\s+)?necesari\w*|nicht\s+(?:erforderlich|nötig|notwendig)"
    r"|не\s+(?:требуется|нужн\w*|обязател\w*)|不需要|无需|無需|不要",
    re.IGNORECASE,
)
# The writer's own certificates (a signature line, a supplier's pitch), not a requirement.
_OWN_CERTIFICATES = re.compile(
    r"\bwe\s+are\s+(?:an?\s+)?(?:\w+\s+)?(?:manufacturer|factory|producer|supplier|exporter)s?\b"
    r"|\bour\s+(?:products?|factory|company)\s+(?:is|are|has|have)\s+(?!to\b)"
    r"|certified\s+(?:company|firm|organi[sz]ation)",
    re.IGNORECASE,
)
_CERTIFIED = re.compile(r"\bcertified\b|\bzertifiziert\b|\bcertificad[oa]\b", re.IGNORECASE)
_CLAUSE = re.compile(r"[.!?;。！？；\n]|,\s+but\b|\bbut\b|\bpero\b|\baber\b|但")


def find_certifications(doc: Document) -> list[Candidate]:
    """One candidate per certification code the buyer asks for (upper case, no spaces)."""
    found: dict[str, Candidate] = {}
    for seg in commerce_segments(doc):
        shouting = mostly_upper(seg.text)
        for start, end in _clauses(seg.text):
            clause = seg.text[start:end]
            if _NEGATED.search(clause) or _OWN_CERTIFICATES.search(clause):
                continue
            if _CERTIFIED.search(clause) and not _DEMAND_WORDS.search(clause) and "?" not in clause:
                continue  # "ISO 9001:2015 Certified." under a signature: a claim, not a demand
            hits = []
            for m in _CODE_RE.finditer(clause):
                index = int((m.lastgroup or "c0")[1:])
                code, _, strong = CODES[index]
                if code == "IEC":
                    code = f"IEC{m['iec']}"
                hits.append((m, code, strong and not shouting))
            if not hits:
                continue
            confirmed = (
                _CERT_WORDS.search(clause) is not None
                or any(strong for _, _, strong in hits)
                or (not shouting and _DEMAND_WORDS.search(clause) is not None)
            )
            for m, code, strong in hits:
                if code in found or not (strong or confirmed):
                    continue
                evidence = seg.evidence(start + m.start(), start + m.end())
                found[code] = Candidate(
                    "certifications", code, evidence, 0.85 if strong else 0.7, "code"
                )
    return list(found.values())


def _clauses(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for m in _CLAUSE.finditer(text):
        if m.group() == "." and m.end() < len(text) and not text[m.end()].isspace():
            continue  # "UN38.3", "No.5"
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return [(s, e) for s, e in out if text[s:e].strip()]

"""The news agencies a dateline can name: canonical name -> the spellings seen in print.

One table.  Patterns are regexes matched case-insensitively against the whole agency
token of a dateline (`KOMPAS.com`, `(Panjimas.com)`, `TRIBUNNEWS.COM`).  MINA's own
name also shows up with typos (`MINa`, `MlNA`, `MNA`); those are recognised by a small
edit-distance rule rather than a list (`is_mina_typo`).
"""

from __future__ import annotations

import re

MINA = "MINA"

AGENCIES: dict[str, tuple[str, ...]] = {
    MINA: (r"MINA", r"Mi'raj(?: Islamic)? News Agency", r"مينا"),
    "ANTARA": (r"ANTARA(?: ?News)?(?:\.com)?",),
    "Kompas.com": (r"Kompas(?:\.com|\.id)?",),
    "Tempo": (r"Tempo(?:\.co)?(?: Interaktif)?",),
    "Republika": (r"Republika(?:\.co\.id)?(?: Online)?", r"ROL"),
    "CNN Indonesia": (r"CNN ?Indonesia(?:\.com)?",),
    "Detik": (r"detik(?:com|news|\.com)?",),
    "Tribunnews": (r"Tribunnews(?:\.com)?", r"Tribun(?:[A-Z][a-z]+)?\.com"),
    "Panjimas": (r"Panjimas(?:\.com)?",),
    "Gontornews": (r"Gontornews(?:\.com)?",),
    "Media Indonesia": (r"MICOM", r"Media ?Indonesia(?:\.com)?", r"mediaindonesia\.com"),
    "IPOL.ID": (r"IPOL(?:\.ID)?",),
    "JPNN": (r"JPNN(?:\.com)?",),
    "Okezone": (r"Okezone(?:\.com)?",),
    "Liputan6": (r"Liputan ?6(?:\.com)?",),
    "Sindonews": (r"Sindonews(?:\.com)?", r"Sindo"),
    "Viva": (r"VIVA(?:news)?(?:\.co\.id|\.com)?",),
    "Suara": (r"Suara\.com",),
    "Kumparan": (r"kumparan(?:\.com)?",),
    "Merdeka.com": (r"Merdeka\.com",),
    "Inilah.com": (r"Inilah\.com",),
    "RMOL": (r"RMOL(?:\.id)?", r"Rakyat Merdeka Online"),
    "Jawa Pos": (r"Jawa ?Pos(?:\.com)?",),
    "Bisnis.com": (r"Bisnis\.com",),
    "Beritasatu": (r"Beritasatu(?:\.com)?",),
    "Hidayatullah": (r"Hidayatullah(?:\.com)?",),
    "Eramuslim": (r"Eramuslim(?:\.com)?",),
    "Reuters": (r"Reuters",),
    "AFP": (r"AFP", r"Agence France[- ]Presse"),
    "AP": (r"AP", r"Associated Press"),
    "Anadolu": (r"Anadolu(?: Agency)?", r"AA"),
    "WAFA": (r"WAFA",),
    "Xinhua": (r"Xinhua",),
    "Bernama": (r"Bernama",),
    "IRNA": (r"IRNA",),
    "SPA": (r"SPA", r"Saudi Press Agency"),
    "QNA": (r"QNA",),
    "KUNA": (r"KUNA",),
    "WAM": (r"WAM",),
    "Sputnik": (r"Sputnik",),
    "TASS": (r"TASS",),
    "Al Jazeera": (r"Al[- ]?Jazeera",),
    "Middle East Monitor": (r"Middle East Monitor", r"MEMO"),
    "PNN": (r"PNN",),
    "Safa": (r"Safa",),
    "Palinfo": (r"Palinfo", r"Palestinian Information Center"),
}

_COMPILED: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), name)
    for name, patterns in AGENCIES.items()
    for pattern in patterns
)

# Candidates that may be a misspelt "MINA": an M and a few letters (l, 1, | stand in for I).
MINA_TYPO_CANDIDATE = r"M[A-Za-z1|!]{1,4}"

# The regex of any agency token a dateline may carry: the table's spellings, longest first,
# then the MINA typo candidates (checked by `agency_name`).
AGENCY_PATTERN = "(?:" + "|".join(
    sorted((pattern for patterns in AGENCIES.values() for pattern in patterns), key=len, reverse=True)
) + "|" + MINA_TYPO_CANDIDATE + r")(?![\w.])"


def _edit_distance(left: str, right: str) -> int:
    previous = list(range(len(right) + 1))
    for i, left_char in enumerate(left, start=1):
        current = [i]
        for j, right_char in enumerate(right, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1,
                               previous[j - 1] + (left_char != right_char)))
        previous = current
    return previous[-1]


def is_mina_typo(token: str) -> bool:
    """`MINa`, `MlNA`, `MNA`, `Mina`: an M-word within one edit of MINA (l/1/| read as I)."""
    if not 3 <= len(token) <= 5 or token[:1] not in "Mm":
        return False
    normalized = token.upper().translate(str.maketrans({"L": "I", "1": "I", "|": "I", "!": "I"}))
    return _edit_distance(normalized, MINA) <= 1


def agency_name(token: str) -> str | None:
    """The canonical name of an agency token (`KOMPAS.com` -> `Kompas.com`), else None."""
    if not isinstance(token, str):
        return None
    token = token.strip().strip("()").strip()
    if not token or len(token) > 60:
        return None
    for pattern, name in _COMPILED:
        if pattern.fullmatch(token):
            return name
    return MINA if is_mina_typo(token) else None

"""The news agencies a dateline can name: canonical name -> the spellings seen in print.

One table.  Patterns are regexes matched case-insensitively against the whole agency
token of a dateline (`KOMPAS.com`, `(Panjimas.com)`, `TRIBUNNEWS.COM`).  A token the
table knows may carry a regional brand or a wire after it (`Antara Kalteng`,
`Antara/PRNewswire`): it still names the table's agency.

Some agencies' own pages misspell their name (`MINa`, `MlNA`, `MNA` for MINA).  Those
are recognised by a small rule rather than a list: a token within one edit of the name,
l/1/|/! read as I (`is_agency_typo`).  A site profile lists the names its text misspells
(`agency_typos`); without a profile the names in `DEFAULT_AGENCY_TYPOS` get the rule.
"""

from __future__ import annotations

import re

from crawler.parsing.regions import is_region

MINA = "MINA"

AGENCIES: dict[str, tuple[str, ...]] = {
    # The Arabic edition writes its name `مينا`, or `(معراج)` (Mi'raj) after the place.
    MINA: (r"MINA", r"Mi['’]raj(?: Islamic)? News Agency", r"مينا", r"معراج"),
    # Its older regional portals glue the region to its name: antarakepri.com, antarajatim.com.
    "ANTARA": (r"ANTARA(?: ?News)?(?:\.com)?", r"ANTARA[A-Za-z]{4,12}\.com"),
    "Kompas.com": (r"Kompas(?:\.com|\.id)?",),
    "Tempo": (r"Tempo(?:\.co)?(?: Interaktif)?",),
    "Republika": (r"Republika(?:\.co\.id)?(?: Online)?", r"ROL"),
    "CNN Indonesia": (r"CNN ?Indonesia(?:\.com)?",),
    "Detik": (r"detik(?:com|news|\.com)?",),
    # Its regional papers: TribunJatim.com, and older ones with a hyphen (Tribun-Timur.com).
    "Tribunnews": (r"Tribunnews(?:\.com)?", r"Tribun(?:-?[A-Z][a-z]+)?\.com"),
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
    "Inilah.com": (r"Inilah\.?com",),  # INILAHCOM, Jakarta -
    # RMOL's regional network writes its region glued on: RMOLBanten, RMOLJatim.
    "RMOL": (r"RMOL(?:[A-Za-z]{3,12})?(?:\.id)?", r"Rakyat Merdeka Online"),
    "Jawa Pos": (r"Jawa ?Pos(?:\.com)?",),
    "Pikiran Rakyat": (r"Pikiran ?Rakyat(?:\.com)?",),
    "Bisnis.com": (r"Bisnis\.com",),
    "Beritasatu": (r"Beritasatu(?:\.com)?",),
    # The Jakarta Post signs its own copy `(JP)` (`JAKARTA (JP): ...`, its archive's stories); its name written out
    # opens its pages' byline and time stamp (`The Jakarta Post, Jakarta | Tue, ...`), no dateline.
    "The Jakarta Post": (r"JP",),
    # The Independent Observer signs its initials before the place (`IO, Jakarta – ...`).
    "Independent Observer": (r"IO", r"(?:The )?Independent Observer", r"observerid\.com"),
    # Kantor Berita Radio (kbr.id; KBR68H before 2014).
    "KBR": (r"KBR(?:68H)?(?:\.id)?", r"Kantor Berita Radio"),
    # Radio Republik Indonesia; its newsroom signs `KBRN` (Kantor Berita Radio Nasional): `KBRN, Ambon :`.
    "RRI": (r"RRI(?:\.co\.id)?", r"KBRN", r"Radio Republik Indonesia"),
    "Hidayatullah": (r"Hidayatullah(?:\.com)?",),
    "Eramuslim": (r"Eramuslim(?:\.com)?",),
    # The wires' Arabic copy names them in Arabic letters (`مانيلا، 3 ديسمبر (رويترز) -`, `لوس أنجلوس (أ ف ب)`).
    "Reuters": (r"Reuters", r"رويترز"),
    "AFP": (r"AFP", r"Agence France[- ]Presse", r"أ ف ب", r"فرانس برس"),
    "AP": (r"AP", r"Associated Press"),
    # Germany's agency writes its name in lower case (`Berlin (dpa) – Germany and the UK ...`); `DPA` in capitals is
    # another acronym's (a data processing agreement), and `د ب أ` its Arabic initials.
    "dpa": (r"(?-i:dpa)", r"Deutsche Presse-Agentur", r"د ب أ"),
    "Anadolu": (r"Anadolu(?: Agency)?", r"AA"),
    "WAFA": (r"WAFA",),
    "Xinhua": (r"Xinhua",),
    "Bernama": (r"Bernama",),
    "IRNA": (r"IRNA",),
    # Egypt's Middle East News Agency: its acronym is one letter off MINA's, so it must be the table's own to be read as
    # itself, not as MINA mistyped (`CAIRO, March 3 (MENA) -`); its Arabic initials `(أ ش أ)`.
    "MENA": (r"MENA", r"Middle East News Agency", r"أ ش أ"),
    # The Gulf's agencies, as their Arabic copy and the papers carrying it write them (`الرياض: واس`, `أبوظبي (وام)`,
    # `(كونا)`); Qatar's `قنا` is also Qena, an Egyptian city, and stays out.
    "SPA": (r"SPA", r"Saudi Press Agency", r"واس"),
    "QNA": (r"QNA",),
    "KUNA": (r"KUNA", r"كونا"),
    "WAM": (r"WAM", r"وام"),
    "Sputnik": (r"Sputnik",),
    "TASS": (r"TASS",),
    "Al Jazeera": (r"Al[- ]?Jazeera",),
    # The Middle East Monitor signs its acronym in capitals (`LONDON (MEMO) -`, a digest's `MEMO:`); `Memo` in title case
    # is a word and the name of local papers (`Kediri, Memo – ...`, an East Java daily), read as written.
    "Middle East Monitor": (r"Middle East Monitor", r"(?-i:MEMO)"),
    "PNN": (r"PNN",),
    # Lebanon's National News Agency signs its English copy with its acronym alone before the dash (`NNA – The Gaza
    # Strip has been under ...`); in capitals only, as its name written out is any country's agency's.
    "NNA": (r"(?-i:NNA)",),
    "Safa": (r"Safa",),
    "Palinfo": (r"Palinfo", r"Palestinian Information Center"),
    # Jordan's and Syria's agencies, credited in Arabic (`--(بترا)`, `«سانا»`); `Petra` alone is the city, and
    # `sana` an Indonesian word: the Latin acronym counts in capitals only.
    "Petra": (r"بترا", r"Jordan News Agency"),
    "SANA": (r"سانا", r"Syrian Arab News Agency", r"(?-i:SANA)"),
}

_PATTERNS: tuple[tuple[str, str], ...] = tuple(
    (pattern, name) for name, patterns in AGENCIES.items() for pattern in patterns
)
# One alternation for the whole table, in its order (the first pattern matching the whole token wins): one
# regex run per token instead of one per pattern. Each alternative's group names its agency.
_TABLE = re.compile("|".join(f"(?P<a{number}>{pattern})" for number, (pattern, _) in enumerate(_PATTERNS)),
                    re.IGNORECASE)
_TABLE_NAMES = {f"a{number}": name for number, (_, name) in enumerate(_PATTERNS)}

# Without a site profile, typos are read for these names: MINA's pages (the first site)
# misspell it, and datelines of MINA copies elsewhere keep the typos.
DEFAULT_AGENCY_TYPOS: tuple[str, ...] = (MINA,)

# The aliases of a profile, hashable: ((canonical name, (regex, ...)), ...).
Aliases = tuple[tuple[str, tuple[str, ...]], ...]

# A regional brand or a wire after a known name: `Antara Kalteng`, `Antara/PRNewswire`, `ANTARA/Business Wire`.
_BRAND_OR_WIRE = re.compile(r"(?P<head>[^ /]{2,30}(?: News)?)(?: [A-Z][A-Za-z]{1,20}(?P<second> [A-Z][A-Za-z]{1,20})?"
                            r"|/[A-Za-z][\w.-]{1,30}(?: [A-Z][\w.-]{1,20}){0,2})")
_TYPO_LOOKALIKES = str.maketrans({"L": "I", "1": "I", "|": "I", "!": "I"})


def _typo_candidate(name: str) -> str:
    """The regex of tokens that may be a misspelt `name`: its first letter and a few more."""
    return rf"{re.escape(name[0])}[A-Za-z1|!]{{{max(1, len(name) - 3)},{len(name)}}}"


def agency_pattern(typos: tuple[str, ...] = DEFAULT_AGENCY_TYPOS, aliases: Aliases = ()) -> str:
    """The regex of any agency token a dateline may carry: the table's spellings and the
    aliases, longest first, then the candidates for typos of `typos` (checked by `agency_name`)."""
    spellings = [pattern for patterns in AGENCIES.values() for pattern in patterns]
    spellings += [pattern for _, patterns in aliases for pattern in patterns]
    candidates = [_typo_candidate(name) for name in typos if len(name) >= 3]
    return "(?:" + "|".join(sorted(spellings, key=len, reverse=True) + candidates) + r")(?!\w|\.\w)"


def _edit_distance(left: str, right: str) -> int:
    previous = list(range(len(right) + 1))
    for i, left_char in enumerate(left, start=1):
        current = [i]
        for j, right_char in enumerate(right, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1,
                               previous[j - 1] + (left_char != right_char)))
        previous = current
    return previous[-1]


def is_agency_typo(token: str, name: str) -> bool:
    """`MINa`, `MlNA`, `MNA`, `Mina` for MINA: a token with the name's first letter, within one
    edit of it once l/1/|/! are read as I.  Names shorter than three letters have no typos."""
    if len(name) < 3 or not len(name) - 1 <= len(token) <= len(name) + 1:
        return False
    if token[:1].upper() != name[0].upper():
        return False
    return _edit_distance(token.upper().translate(_TYPO_LOOKALIKES), name.upper()) <= 1


def is_mina_typo(token: str) -> bool:
    """`is_agency_typo` for MINA."""
    return is_agency_typo(token, MINA)


# The table's short names written in lower case by their own agency (`dpa`), read so though a short word in lower case
# is no acronym.
_LOWER_CASE_NAMES = frozenset({"dpa"})


def _table_name(token: str, aliases: Aliases) -> str | None:
    if len(token) <= 3 and token.isascii() and not token.isupper() and token not in _LOWER_CASE_NAMES:
        return None  # `ap`, `aa`: a short word, not the acronym of AP or Anadolu (Arabic has no capitals: `وام`)
    match = _TABLE.fullmatch(token)
    if match is not None:
        return _TABLE_NAMES[match.lastgroup]
    for name, patterns in aliases:
        if any(re.fullmatch(pattern, token, re.IGNORECASE) for pattern in patterns):
            return name
    return None


def agency_name(token: str, *, typos: tuple[str, ...] = DEFAULT_AGENCY_TYPOS, aliases: Aliases = ()) -> str | None:
    """The canonical name of an agency token (`KOMPAS.com` -> `Kompas.com`, `Antara Kalteng` and
    `Antara/PRNewswire` -> `ANTARA`, a typo of a name in `typos` -> that name), else None."""
    if not isinstance(token, str):
        return None
    token = token.strip().strip("()").strip()
    if not token or len(token) > 60:
        return None
    name = _table_name(token, aliases)
    if name is None:
        brand = _BRAND_OR_WIRE.fullmatch(token)
        # Two letters' initials take one word after them (`AP Photo`, `AA Turki`); two words make another outlet's
        # name that opens with the same letters (`KOTA, JP Radar Kediri— ...`: Jawa Pos's regional paper, not `JP`,
        # The Jakarta Post).
        initials_before_a_name = brand is not None and len(brand["head"]) <= 2 and brand["second"] is not None
        name = _table_name(brand["head"], aliases) if brand and not initials_before_a_name else None
    if name is None and " " in token:
        # A regional brand written in lower case (`antara sumbar`): its word must be a region's name, as `antara
        # lain` ("among others") is no brand.
        head, _, region = token.rpartition(" ")
        name = _table_name(head, aliases) if is_region(region) else None
    if name is None and token.isalpha() and token.islower():
        # Or glued to the region, as an old regional portal signed its copy (`Pekanbaru, (antarariau) - ...`): the
        # letters after a table's name must be a region's name, as `antaranya` ("among them") is a word.
        name = next((_table_name(token[:cut], aliases) for cut in range(3, len(token) - 2)
                     if is_region(token[cut:]) and _table_name(token[:cut], aliases) is not None), None)
    if name is None and "-" in token:
        # One agency's copy of another's, their names joined by a hyphen (`JAKARTA, March 1 (Bernama-Antara):`,
        # `(Bernama-QNA)`): the first carries it; the second must be a table's name or an acronym, as `KOMPAS-TV` is a
        # channel's name.
        head, _, tail = token.partition("-")
        if _table_name(head, aliases) is not None and (
                _table_name(tail, aliases) is not None or (tail.isalpha() and tail.isupper() and 3 <= len(tail) <= 5)):
            name = _table_name(head, aliases)
    if name is None and "/" in token:
        # A source credited before the agency carrying its report, joined by a slash (`Gaza City, 13 Muharram
        # 1434/27 November 2012 (Al Qassam/MINA) - ...`): the last name is the table's, the source before it a name of
        # a word or three, as `Antara/PRNewswire` (a table's name first) is read above.
        source, _, carrier = token.rpartition("/")
        if 0 < len(source.split()) <= 3 and source.replace(" ", "").replace("'", "").isalnum():
            name = _table_name(carrier.strip(), aliases)
    if name is None:
        name = next((typo for typo in typos if is_agency_typo(token, typo)), None)
    return name

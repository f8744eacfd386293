"""The dateline that opens a news text: `Al-Quds, MINA –`, `Jakarta (ANTARA) -`, `JAKARTA -`.

`parse_dateline` reads the start of an article body (plain text) and finds the dateline
even behind a photo caption or credit, or on a line below a caption or kicker, but only near
the start; a byline run into it (`Oleh <name> Jakarta (Antara) -`, an English digest's
`<name>, Jakarta – The ...`) or a reporter's credit before it on its line is not its place.
It knows the forms of
Indonesian agencies and outlets: the agency before or after the place, in parentheses or
not, with a date inside (`Jakarta, 19 Rajab 1434/29 May 2013 (MINA) –`,
`ISTANBUL, 23 Februari 2016 (Antara/PRNewswire) --`) or with its wire and no place
(`(ANTARA News/Yonhap-OANA) -`), hyphens, en/em dashes, double
hyphens, colons (`KUALA LUMPUR: ...`, `Jakarta: ...` for a place alone in capitals or a known city), the dash on
the next line, Arabic; a place with only a date
(`Jakarta, 19 Juni 2024 –`, `JAKARTA, Sabtu (27/5) -`: press releases); an outlet's logo text
(`rmol news logo`); a wire's release (`New York--(ANTARA/Business Wire)--`); behind a page's metadata stamp or a
logo's alt text run into it (` date 2022-03-28 Jerusalem, MINA –`, `mina logoJAKARTA, ...`); and an attribution
clause standing where a dateline would (`kepada Kantor Berita Politik RMOL, Sabtu (27/5)`, flagged `attribution`).

An outlet missing from the agency table is still read when it shows itself: a domain
name (`HALOSULSEL.COM, JAKARTA --`), a name in parentheses after the place
(`Jakarta (Indonesia Window) –`), an all-capitals name before an all-capitals place, a
title-case name after the place followed by a sentence.  `agency` is then the name as
written and `agency_in_table` is False.

A wrong dateline is worse than none: a place with a dash and no agency is taken only at
the very start of the text or of a line near it (a caption or a kicker above), and in title
case only when a sentence follows the dash and the word is not an ordinary sentence opener
(`Ini - itu`).

Offsets: `start`/`end` are offsets into the string given to `parse_dateline`.  HTML
entities (`&#8211;`) are decoded before matching and the offsets mapped back, so they
stay right whether or not the text still carried entities.
"""

from __future__ import annotations

import html
import re
from itertools import islice
from urllib.parse import urlsplit
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from crawler.parsing.agencies import DEFAULT_AGENCY_TYPOS, Aliases, agency_name, agency_pattern
from crawler.parsing.dateline_forms import (DOMAIN_TOKEN, NAME_START_PLACE, NAMED_OUTLET_WORD, OUTLET_WORD_TOKEN,
                                            UPPER_NAME_TOKEN, Form, forms)
from crawler.parsing.dateline_names import (
    byline_length,
    digest_byline,
    echoes_caption_label,
    glued_byline,
    glues_brand_to_place,
    glues_brand_to_city,
    headline_length,
    glues_place_in_lower_case,
    glues_province_before_place,
    is_day_word,
    is_known_place,
    is_listed_or_district,
    is_listed_place,
    is_outlet_name,
    is_place,
    is_place_name,
    joins_places,
    names_arabic_reporter,
    names_outlet_of_place,
    names_person,
    opens_sentence,
    qualified_place,
    says_outlet,
)
from crawler.parsing.date_words import weekday_number
from crawler.parsing.dates import fold, gregorian_dates, month_number, parse_date, resolve_day_month
from crawler.parsing.hijri import find_hijri
from crawler.parsing.html import STYLED_LETTERS
from crawler.parsing.places import is_district, is_gazetted, is_place_word
from crawler.parsing.regions import CITY_NAMES, is_region

__all__ = ["Dateline", "is_place_name", "parse_dateline"]

# The dateline starts within this many characters of decoded text.
_SEARCH_WINDOW = 300
# Below short lines only (a long caption, a headline, a summary's bullets, an editor's credit, a time stamp), a line may
# open the dateline further down, up to this many characters; a line longer than `_SHORT_LINE` above it is the story's
# own paragraph, and a dateline below it another story's.
_LATE_WINDOW = 600
_SHORT_LINE = 240
# A photo's credit closing a long line (`... Jakarta Utara, Selasa (8/4). (ANTARA FOTO/Andika Wahyu)`, `... (Foto:
# MPI/Jonathan)`): the line is a caption however long, no paragraph of the story, and the dateline may stand below it.
_PHOTO_CREDIT_END = re.compile(r"\((?:[A-Za-z]{2,12} ?(?:FOTO|PHOTO)|Foto|Photo)\b[^()\n]{0,80}\)[ \t\r]*\Z",
                               re.IGNORECASE)
# Or a caption's shortcode left in the text closing a long line (`[caption id="attachment_11816" ...]Rektor UIN Jakarta
# ... Rabu (29/6).[/caption]`, a WordPress page's photo): the line is the photo's caption, the dateline below it.
_CAPTION_SHORTCODE_END = re.compile(r"\[/caption\][ \t\r]*\Z", re.IGNORECASE)
# Raw characters read: enough for the window even when entities shrink on decoding.
_RAW_WINDOW = 2000
# Hijri and Gregorian halves further apart than this are a typo in the source.
_MISMATCH_DAYS = 1

_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?")

_CAPTION = re.compile(
    r"\((?:Foto|Photo|Dok|Doc|Sumber|Source|Ilustrasi|Illustration)\b[^()\n]{0,120}\)"
    r"|(?:Foto|Photo|Dok|Doc)\.? ?: ?[^\n]{0,80}?(?:(?:/ ?[A-Za-z.]{2,30}|\b[A-Z]{2,10})(?= |$)"
    # Or the credit's name in capitals closing the caption's sentence, the dateline's place after its full stop with
    # or without a space (`... akibat serangan israel. foto : MINA.Gaza, 21 Ramaadhan 1435/19 juli 2014 (MINA) –`, a
    # caption run into MINA's text, 2014): no sentence runs a capital's word into a full stop and a name's capital.
    r"|(?-i:\b[A-Z]{2,10})\.(?= ?(?-i:[A-Z][a-z])))"
    # A caption's courtesy credit closing its sentence, the dateline after it on the line (`... during a meet in
    # Singapore. Photo courtesy of BERNAMA. By Massita Ahmad SINGAPORE, June 25 (NNN-BERNAMA) — ...`, a wire's page).
    r"|(?:Foto|Photo|Picture|Pic) courtesy (?:of )?[^\n.]{1,60}\.(?= )",
    re.IGNORECASE,
)
# Credits that close their line, the dateline on the next; searched only in a text with a line break.
_CAPTION_LINE = re.compile(
    # An agency's photo credit closing its line (`... regional 2025. (ANTARA)`, `(ANTARA/Livia Kristianti)`): a
    # republished story's caption, its dateline on the next line (`Pontianak - ...`).
    rf"\((?:{agency_pattern(())})(?: ?FOTO)?(?:/[^()\n]{{1,60}})?\)(?=[ \t]*\r?\n)"
    # Or anyone's credit after the caption's full stop (`... Rabu (26/7/2017). (Pemkab Kudus)`, `... kurban.
    # (MuriaNewsCom)`).
    r"|(?<=\.) ?\([^()\n]{2,40}\)(?=[ \t]*\r?\n)"
    # A reporter's credit on a line of its own (`Peliput Alyakin`, `Liputan : Hamid Toliu`), the dateline on the next.
    r"|(?:Peliput|Liputan|Reporter|Penulis|Pewarta|Wartawan) ?:? ?[A-Z][\w.']*(?: [A-Z][\w.']*){0,4}(?=[ \t]*\r?\n)",
    re.IGNORECASE,
)
# A reporter's or editor's credit run into the dateline on one line (`Laporan wartawan Tribunnews.com, Budi Santoso
# TRIBUNNEWS.COM, JAKARTA -`, `Penulis Budi Santoso | Editor Ani JAKARTA, KOMPAS.com -`): its words, the outlet's and a
# name's in title case, are no part of the dateline after them; nor the reporter's place after a bar (`Laporan Khalidin
# | Subulussalam SERAMBINEWS.COM, SUBULUSSALAM –`), glued to the outlet's name in capitals too where the line break
# between them was lost (`| SubulussalamSERAMBINEWS.COM, ...`).
_CREDIT_RUN = re.compile(
    r"(?:(?:(?i:Laporan (?:Wartawan|Reporter)) [\w.-]+(?: [A-Z][\w.-]+)?|(?i:Penulis|Editor|Reporter|Pewarta|Wartawan)"
    r"|Laporan(?= (?:[A-Z][a-z']+ ){1,3}\|))"
    r" ?:? ?,?(?: ?- )? ?(?:[A-Z][a-z']+ ){1,4}"
    r"(?:\| ?(?:(?!(?:Editor|Penulis|Reporter|Pewarta|Wartawan|Laporan)\b)[A-Z][a-z']+(?: |(?=[A-Z]{2}))){0,2})?)+")
# A byline run into a dateline in capitals (`Oleh : Aimi Sani, Saerah Haji Abdul Ghani BANDAR SERI BEGAWAN, Rabu, 25 Mac.
# -`): the writers' names in title case, joined by commas or `dan`, are no part of it; nor an English byline's (`...
# Photo courtesy of BERNAMA. By Massita Ahmad SINGAPORE, June 25 (NNN-BERNAMA) —`, a wire's page run on one line); the
# last name may be glued to the place where the line break between them was lost (`Oleh: Saifullah JusohBESUT - ...`).
_BYLINE_RUN = re.compile(r"(?:(?i:Oleh)|By) ?:? ?[A-Z][a-z']+(?:(?:,? | dan | and | & )[A-Z][a-z']+){0,7}"
                         r"(?: |(?<=[a-z])(?=[A-Z]{3}))(?=[A-Z]{2,}[ ,])")
# A caption's sentence glued to the dateline after it, its full stop and the place in capitals with no space between
# (`... di MSNT, Gong Badak, hari ini.KUALA NERUS, 22 Oktober - Kerajaan ...`, a state portal's page): no sentence
# glues a word in capitals to its full stop but where the page's break was lost; read before a listed place only.
_GLUED_FULL_STOP = re.compile(r"(?<=[a-z]\.)(?=(?P<capitals>[A-Z][A-Z'-]{3,30}(?: [A-Z][A-Z'-]{1,30}){0,2})[ ,-])")
# Or, opening a line, into a known city in title case, a comma or the agency's parenthesis after it (`By Asyari Usman
# Jakarta, FNN -`, FNN's copy): the name's words, up to the first city's, are no part of it.
_BYLINE_BEFORE_CITY = re.compile(rf"(?m)^[ \t]*(?:Oleh|By) ?:? ?[A-Z][a-z']+(?: [A-Z][a-z']+){{0,4}}? "
                                 rf"(?=(?:{'|'.join(CITY_NAMES)}) ?[,(])")
# An English digest's byline of two writers opening a line (`Kurniawan Hari and Fabiola Desy Unidjaja, Jakarta – The
# Golkar Party ...`, `Fadli and Jon Afrizal, Batam – ...`): the names, the second of two words at least and neither a
# listed place's (`Jakarta and West Java, Indonesia –`), are no part of the place after them.
_TWO_WRITERS_BYLINE = re.compile(r"(?m)^(?P<first>(?:[A-Z][\w.'-]{0,30} ){0,3}[A-Z][\w.'-]{0,30}) and "
                                 r"(?P<second>(?:[A-Z][\w.'-]{0,30} ){1,3}[A-Z][\w.'-]{0,30}), (?=[A-Z])")
# A wire's byline run into its dateline (`By JIM GOMEZ and JOEAL CALUPITAN Associated Press PUERTO PRINCESA, Philippines
# (AP) —`, AP's copy as news sites carry it): the writers' names and the wire's name are no part of it.
_WIRE_BYLINE_RUN = re.compile(r"\bBy (?:[A-Z][\w.'-]{0,30},? (?:and )?){1,12}?(?:The )?Associated Press (?=[A-Z]{2})")
# A paragraph runs on after a dateline's dash: forty characters at least on its line, or on the next when the dash ends
# its line (`Jakarta –` above `1,240 people have been ...`), or words to the end of a text cut short (`Jakarta - Rp 5
# juta`, `Persib - Persija 2-1` on lines of their own are a list's rows).
_PARAGRAPH_RUNS_ON = re.compile(r"(?:[ \t]*\r?\n)?[^\n]{40}|[^\n]*[a-z]{3}[^\n]*\Z")
# Or a dated place's line ends before a blank line and the paragraph (`Magetan, 22 Juli 2025` over an empty line over
# `Pemerintah Desa Dukuh, Kecamatan Lembeyan, ...`, a press release's layout): a list's rows keep no blank line between.
_PARAGRAPH_BELOW = re.compile(r"[ \t]*\r?\n[ \t]*\r?\n\s{0,12}[^\n]{40}")
# Or an Arabic place's colon before its reporter's name, the rest of its line, the paragraph on the next (`الخرطوم: محمد
# بدر الدين` below the headline, above `لاحت بوادر أزمة ...`, a Sudanese paper's byline): the next line no list's row
# with its own colon (`الخرطوم: مرتفعة جدا` above `القاهرة: منخفضة ...`).
_ARABIC_REPORTER_REST = re.compile(r" {0,3}[\u0621-\u064A]{2,20}(?: [\u0621-\u064A]{2,20}){1,3}[ \t]*\r?\n[ \t]{0,12}"
                                   r"(?![^\n:]{0,30}:)[\u0621-\u064A][^\n]{40}")
# Or its dash before a credit's label, its colon and the writer's name, the rest of its line, the paragraph below
# (`رام الله- حوار: محمد العواودة` above `أكد وزير الصحة ...`, "interview:").
_ARABIC_LABELLED_REPORTER_REST = re.compile(r" {0,3}[\u0621-\u064A]{2,20} ?: ?[\u0621-\u064A]{2,20}"
                                            r"(?: [\u0621-\u064A]{2,20}){1,3}[ \t]*\r?\n\s{0,12}[\u0621-\u064A][^\n]{40}")
# Or its dash before a correspondent's name of two words (`names_arabic_reporter`), a colon after it or none, the
# paragraph on the next line (`كفرالشيخ - إسلام عمار:` above `قال الشيخ ...`, an Egyptian paper's regional credit).
_ARABIC_DASHED_REPORTER_REST = re.compile(r" {0,3}(?P<name>[\u0621-\u064A]{2,20} [\u0621-\u064A]{2,20}) ?:?[ \t]*\r?\n"
                                          r"\s{0,12}[\u0621-\u064A][^\n]{40}")
# A dash's line ending short, the next line opening anew with a capital (`Ziarah Tumpuan Utama - Mohd Fazil` above
# `Haji Mohd Fazil bertemu ...`, a state portal's headline and the story below): a headline's, where a paragraph's line
# wrapped short runs on in lower case (`TEMERLOH: Seorang` above `lelaki maut ...`, a paper's column).
_HEADLINE_LINE_END = re.compile(r"[^\n]{0,39}\n\s*[\"'“‘(]?[A-Z]")
# A date alone on the rest of the line after an outlet's name and its dash (`Jakarta Post - October 21, 2014` above the
# byline and its place, a news digest's source line): the copy's source and its date, no dateline.
_SOURCE_DATE_LINE = re.compile(r"[ \t]{0,3}(?:(?P<mon>[A-Z][a-z]{2,8})\.? \d{1,2}, (?:19|20)\d\d"
                               r"|\d{1,2} (?P<mon2>[A-Z][a-z]{2,8}) (?:19|20)\d\d)[ \t]*(?:\r?\n|\Z)")
_BREAK = re.compile(r"\n|\s{2,}|\)\s")
_MONTH_AND_DAY = re.compile(
    r"(?P<mon>[A-Za-z\u0621-\u064A]{3,9})\.? {1,3}(?P<d>\d{1,2})(?!\d)"
    r"|(?P<d2>\d{1,2}) {1,3}(?P<mon2>[A-Za-z\u0621-\u064A]{3,9})"
)
_MONTH_AND_YEAR = re.compile(r"([A-Za-z]{3,9})\.? {1,3}(?:19|20)\d\d")
# A slash of a numeric date with spaces around it (`31/12 / 2021`), or a comma for the slash before the year (`24/10,
# 2020`, `23/10 , 2020`): ANTARA's English features; the written year is the date's, not the one `base` would give.
_SPACED_SLASH = re.compile(r"(?<=\d) ?/ ?(?=\d)|(?:(?<=/\d)|(?<=/\d\d)) ?, ?(?=(?:19|20)\d\d(?!\d))")
# A day and a month in figures: `18/10`, or between spaced hyphens (`الكويت - 2 - 8 (كونا) --`, KUNA's Arabic copy).
_DAY_SLASH_MONTH = re.compile(r"(?<!\d)(?P<d>[0-3]?\d)(?:/| - )(?P<m>[01]?\d)(?![\d/])")
# The word a date part opens with, when a date follows it: a weekday or a month, else no date part.
_LEADING_WORD = re.compile(r"([A-Za-z']{3,9})\.?,? {0,3}[(\d]")


@dataclass(frozen=True, slots=True)
class Dateline:
    """A dateline as found: `raw` text (entities decoded), its parts, and its span in the input."""

    raw: str
    place: str | None
    # Canonical name when the agency table knows the token (`MINA`, `ANTARA`, `Kompas.com`),
    # else the outlet's name as written (`HALOSULSEL.COM`); None when no agency is written.
    agency: str | None
    date: date | None  # the Gregorian date; from the Hijri date when only that is written
    hijri: str | None  # the Hijri date as written (`19 Rajab 1434`)
    start: int
    end: int
    hijri_mismatch: bool = False  # Hijri and Gregorian halves disagree by more than a day
    agency_raw: str | None = None  # the agency token as written (`ANTARA News`, `Antara/PRNewswire`)
    agency_in_table: bool = False  # `agency` is a canonical name of the agency table
    # An attribution clause standing in for a dateline (`kepada Kantor Berita Politik RMOL, Sabtu (27/5)`):
    # part of a sentence, not a prefix to strip from the body.
    attribution: bool = False

    def to_dict(self) -> dict[str, str | None]:
        """The Article schema's `dateline` object."""
        return {"raw": self.raw, "place": self.place, "agency": self.agency,
                "date": self.date.isoformat() if self.date else None, "hijri": self.hijri}


def _decode(raw: str) -> tuple[str, list[int] | range]:
    """`raw` with HTML entities decoded, and for each decoded character its offset in `raw`."""
    if "&" not in raw:
        return raw, range(len(raw) + 1)  # nothing to decode: every offset is its own
    pieces: list[str] = []
    offsets: list[int] = []
    position = 0
    for match in _ENTITY.finditer(raw):
        pieces.append(raw[position:match.start()])
        offsets.extend(range(position, match.start()))
        decoded = html.unescape(match.group())
        pieces.append(decoded)
        offsets.extend([match.start()] * len(decoded))
        position = match.end()
    pieces.append(raw[position:])
    offsets.extend(range(position, len(raw) + 1))  # one past the end maps to the end
    return "".join(pieces), offsets


@dataclass(frozen=True, slots=True)
class _When:
    day: date | None
    hijri: str | None
    mismatch: bool


def _year_less_day(when: str, base: datetime | date | None) -> _When | None:
    """`Aug 29`, `18/10`: a date whose year is not written (resolved from `base` when given); `Agustus 2025`: a month
    without its day (a press release's), a date part whose day is unknown."""
    if (month_year := _MONTH_AND_YEAR.fullmatch(when.strip())) and month_number(month_year[1]) is not None:
        return _When(None, None, False)
    month_day = _MONTH_AND_DAY.search(when)
    if month_day is not None:
        month = month_number(month_day["mon"] or month_day["mon2"])
        if month is None:
            return None
        day_number = int(month_day["d"] or month_day["d2"])
    else:
        slash = _DAY_SLASH_MONTH.search(when)
        if slash is None:
            return None
        day_number, month = int(slash["d"]), int(slash["m"])
    if not (1 <= month <= 12 and 1 <= day_number <= 31):
        return None
    return _When(resolve_day_month(day_number, month, base) if base is not None else None, None, False)


def _read_when(when: str, original: str, base: datetime | date | None) -> _When | None:
    """The Gregorian and Hijri dates of a dateline's date part; None when it holds no date."""
    if (word := _LEADING_WORD.match(when)) and not is_day_word(word[1]):
        return None  # `Jakarta, Ketua (7/5) -`: a name before the date, no dateline
    hijri = find_hijri(when)
    # `31/12 / 2021`, `24/10, 2020`: a numeric date's slash spaced, or a comma before its year.
    gregorian = gregorian_dates(when) or gregorian_dates(_SPACED_SLASH.sub("/", when))
    gregorian_day = min(gregorian, key=lambda span: span.start).day if gregorian else None
    if hijri is None and gregorian_day is None:
        return _year_less_day(when, base)
    hijri_text = original[hijri[0].start():hijri[0].end()] if hijri else None
    hijri_day = hijri[1] if hijri else None
    # A Hijri date that does not exist (a typo in its year) disagrees with any Gregorian date.
    mismatch = bool(hijri and gregorian_day and (
        hijri_day is None or abs((hijri_day - gregorian_day).days) > _MISMATCH_DAYS))
    return _When(gregorian_day or hijri_day, hijri_text, mismatch)


# En, em and horizontal bar dashes; two or three hyphens.
_WRITTEN_DASHES = frozenset({"\u2013", "\u2014", "\u2015", "--", "---"})
_DASH_CHARACTERS = frozenset({"\u2013", "\u2014", "\u2015"})
_GLUED_BRAND = re.compile(r"[A-Z][a-z]{2,20}(?:[A-Z][a-z]{1,20}){1,2}")  # `MuriaNewsCom`


# An Arabic tatweel between spaces written for the dash (`جاكرتا ـ المغرب اليوم`, the Arabs Today network's copy), as
# an address's parts are joined (`الرياض ـ حي العليا`); inside a word it only stretches the word.
_SPACED_TATWEEL = re.compile(r"(?<= )\u0640(?= )")
# A site's bold or italic letters from Unicode's mathematical block (`𝐉𝐄𝐍𝐄𝐏𝐎𝐍𝐓𝐎 | 𝐆𝐓𝐍 — Badan ...`, a
# regional portal's dateline pasted in bold as characters, not set bold by markup): read as plain letters
# (`STYLED_LETTERS`, one character for one, so the offsets stay).
# ...and the small capitals a font generator sets a Malaysian portal's whole post in (`ᴘᴜᴛʀᴀᴊᴀʏᴀ – ʀᴀᴋʏᴀᴛ ᴍᴀʟᴀʏꜱɪᴀ
# ...`): Unicode gives them no plain letter (NFKC keeps them), so each is named here and read as its capital, one for
# one; there is none for X, and `ǫ` is a Navajo vowel. Three in a row make a styled word, as a phonetic spelling's
# one letter (`[ʀ]`) does not.
_SMALL_CAPITALS = str.maketrans("ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘʀꜱᴛᴜᴠᴡʏᴢ", "ABCDEFGHIJKLMNOPRSTUVWYZ")
_STYLED_OR_SMALL = {**STYLED_LETTERS, **_SMALL_CAPITALS}
_STYLED_LETTER = re.compile("[\U0001D400-\U0001D7FF]|[ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘʀꜱᴛᴜᴠᴡʏᴢ]{3}")
_SPACES = re.compile(r" {2,}")  # `Rimbo Bujang,  Tebo`: a run of spaces in a place is written as one
# A dateline between square brackets inside a line, behind a photo's credit (`... Foto: Muhammadiyah [YOGYAKARTA,
# MUHAMMADIYAH] — Jelang ...`): a place and a name in capitals, a comma between them.
_BRACKETED_DATELINE = re.compile(r"(?<!\S)\[(?=[A-Z][A-Z' -]{2,30}, ?[A-Z])")
# A photo's credit glued to a parenthesized place in capitals and its dash (ABC News's copy: `David Hume Kennerly/Getty
# Images(WASHINGTON) --Two former ...`, `iStockphoto(WASHINGTON) -- Every year ...`): the dateline opens at the parenthesis.
_CREDIT_BEFORE_PARENTHESIZED_PLACE = re.compile(r"(?<=[a-z])\((?=[A-Z][A-Z .'-]{2,30}(?:, [A-Z][a-z]{2,20}"
                                                r"(?: [A-Z][a-z]{2,20}){0,2})?\) ?--?)")
# An agency's name in square brackets for parentheses (`JAYAPURA [PAPOS]-Terkait ...`, a Papuan paper's copy), also
# after the place's comma (`Jayapura, [WAGADEI] – Para ...`, as `Bondowoso, (beritajatim.com) –` writes parentheses):
# read as the parentheses are; one character for one, so the offsets stay.
_BRACKETED_NAME = re.compile(r"(?:(?<=[A-Za-z] )|(?<=[A-Za-z], ))\[(?P<name>[A-Za-z][\w .&/-]{0,30})\]")
# A place's name of two words told by its first (`Simpang Ampek`, `Kota Baru`, `Tanjung Enim`): before an outlet's
# one word in capitals it is the dateline's place, not an outlet's name of two words (`TIMES MALANG, JAKARTA -`).
_NAME_START_PLACE = re.compile(NAME_START_PLACE)
_STOP_AFTER_WORD = re.compile(r"(?<=[^\W\d_]{4})\.$")  # `BANTEN. (Benuanews.com)-`; `D.C.` keeps its dots
# A listed place glued to the outlet's one-word name by a full stop, no space after it (a Blogger news site's
# `Padang.Editor - Dari Warung Kopi ...`): the place, then the outlet. `St.Petersburg` has no listed place before it.
_PLACE_DOT_OUTLET = re.compile(r"(?P<place>[A-Z][A-Za-z]{2,20}(?: [A-Z][A-Za-z]{2,20})?)\.(?P<outlet>[A-Z][A-Za-z]{2,20})")


def _clean_place(place: str | None) -> str | None:
    """The place without a weekday or month written after it as if it were its region (`Jakarta, Selasa -`), nor a
    full stop typed after its word (`BANTEN. (Benuanews.com)-`), its spaces single (`Rimbo Bujang,  Tebo`)."""
    if place is None:
        return None
    parts = _STOP_AFTER_WORD.sub("", _SPACES.sub(" ", place.strip(" ,"))).split(",")
    while len(parts) > 1 and is_day_word(parts[-1]):
        parts.pop()
    return ",".join(parts).strip(" ,") or None


# After an outlet's dash, a place, its comma, then a province and a lower-case word: the place opens the sentence with
# its province in apposition (`KOMPAS.com - Banyuwangi, Jawa Timur kerap menjadi ...`), no dateline's place.
_APPOSED_PROVINCE = re.compile(r" {1,6}(?P<region>[A-Z][a-z]{2,20}(?: [A-Z][a-z]{2,20}){0,2}),? [a-z]")


# A wire's place in capitals and its region or country in title case (`RAFAH, Gaza Strip (AP) The border ...`, `DEIR
# AL-BALAH, Gaza Strip (AP) Battles ...`: a news API's copy of the story, its dash dropped): the wire's house style, as a
# caption's words before a credit are not, read before a table agency's parentheses.
_WIRE_STYLE_PLACE = re.compile(r"[A-Z][A-Z'.-]{1,30}(?: [A-Z][A-Z'.-]{1,30}){0,2}, [A-Z][a-z]{2,20}(?: [A-Z][a-z]{2,20}){0,2}")


def _listed_before_province(place: str) -> bool:
    """`place` is a listed place, its province's name after it or not (`KUPANG NTT`, `Palu Sulteng`)."""
    if is_listed_place(place):
        return True
    head, _, province = place.rpartition(" ")
    return bool(head) and is_region(province) and is_listed_place(head)


def _match_at(folded: str, decoded: str, position: int, *, at_start: bool, typos: tuple[str, ...],
              aliases: Aliases, base: datetime | date | None,
              attribution_only: bool = False) -> tuple[Form, re.Match[str], _When | None] | None:
    for form in forms(typos, aliases):
        if form.start_only and not at_start or attribution_only and not form.attribution:
            continue
        match = form.pattern.match(folded, position)
        if match is None:
            continue
        groups = match.groupdict()
        token = groups.get("agency")
        if groups.get("caps_colon") and opens_sentence(token):
            continue  # `TANGERANG, PENTING: Warga ...`: a label's word in capitals before a colon, no outlet
        if groups.get("lower_brand") is not None and not glues_place_in_lower_case(token):
            continue  # `Jakarta, sebelumnya – ...`: a word in lower case after the comma is no outlet unless it glues a place
        if groups.get("glued_region") and agency_name(token, typos=typos, aliases=aliases) is None:
            continue  # `Jakarta (sumber) -`: a word in lower case in parentheses is no outlet unless it glues a region
        if token and _place_read_as_typo(token, typos, aliases):
            continue  # `MUNA – Kondisi kamtibmas di Muna ...`: a regency one letter off MINA is the place
        if (token and groups.get("place") and groups.get("sep") in ("-", "--")
                and match.start("agency") > match.start("place") and names_arabic_reporter(token)):
            continue  # `كفر الشيخ - محمد نصار`: a correspondent's credit after the place's dash, no outlet
        if token and agency_name(token, typos=typos, aliases=aliases) is None and (
                not form.unknown_outlet or not is_outlet_name(token)
                or not (form.unknown_names or DOMAIN_TOKEN.fullmatch(token)) or qualified_place(match)
                or opens_sentence(match.groupdict().get("place"))):
            continue
        if form.says_outlet and (not (says_outlet(token, alone=form.alone) or form.alone and (
                names_outlet_of_place(token) or glues_brand_to_place(token))) or opens_sentence(token)):
            continue  # `BREAKING NEWS –` opens a sentence; `KilasBandung –` names its outlet by a brand's word glued
        if (form.says_outlet and form.alone and (source := _SOURCE_DATE_LINE.match(folded, match.end())) is not None
                and month_number(source["mon"] or source["mon2"]) is not None):
            continue  # `Jakarta Post - October 21, 2014` on its line: a digest's source line, the dateline below
        if form.not_label and opens_sentence(token):
            continue
        if form.named_or_domain and not (DOMAIN_TOKEN.fullmatch(token) or says_outlet(token, alone=True)):
            continue
        if form.place_not_label and opens_sentence(match["place"]):
            continue
        if groups.get("eol") is not None and not (at_start and is_listed_or_district(match["place"])):
            continue
        if groups.get("barred") is not None and not (at_start and is_listed_or_district(match["place"])):
            continue  # `Depok (UIN Madura) |`: a bar for the dash after the parentheses, only after a place of a list
        if groups.get("nodash") is not None and not (at_start and (
                DOMAIN_TOKEN.fullmatch(token) or agency_name(token, typos=typos, aliases=aliases) is not None
                or says_outlet(token, alone=False)) and (" " not in match["place"] or is_place_name(match["place"])
                                                          or (_WIRE_STYLE_PLACE.fullmatch(match["place"])
                                                              and agency_name(token, typos=typos, aliases=aliases)))):
            continue
        if groups.get("paren_glued") is not None and not (
                at_start and (agency_name(token, typos=typos, aliases=aliases) is not None
                              or re.fullmatch(r"[A-Z]{2,5}", token) or DOMAIN_TOKEN.fullmatch(token))
                and any(is_listed_place(part.strip()) for part in match["place"].split(",")[:2])):
            # `Kyiv, Ukraine (CNN)The ...`: a sentence glued to the parentheses only after a wire of the table, a
            # broadcaster's initials or an outlet's domain (`Tapteng(harianSIB.com)Pemerintah ...`, a regional daily's
            # lead with no space on either side), and a listed city or its country before them (`Jakarta
            # (Foto)Presiden` is none)
            continue
        if groups.get("place") and "/" in match["place"] and not joins_places(match["place"]):
            continue
        if groups.get("place") and "-" in match["place"] and _pairs_places(match["place"]):
            continue  # `INDONESIA-JEPANG: Kedua negara ...`, `Jakarta-Bandung -`: a topic's label, a route
        if groups.get("place") and any(DOMAIN_TOKEN.fullmatch(word) for word in re.split(r"[ ,]+", match["place"])):
            # A domain names an outlet, never a place nor a word of one (`PIFA.CO.ID, LOKAL -`: a rubric after the
            # outlet; `Subulussalam SERAMBINEWS.COM, SUBULUSSALAM –`: a credit's place before the dateline)
            continue
        if (form.caps_after_listed and " " in token and token.isupper()
                and not is_listed_place(_place_before_region(match))):
            continue  # `MEDAN, SUMUT, HARIAN ANDALAS –`: the place before its province is the listed one
        if form.listed_head and not is_listed_place(match["head"]):
            continue
        if form.known_city and not is_known_place(match["place"]):
            continue
        if form.district_place and not is_listed_or_district(match["place"]):
            continue
        if groups.get("glued_word") and (is_listed_or_district(match["glued_word"])
                                         or fold(match["glued_word"]).casefold() == match["place"].casefold()):
            continue  # `BANYUMANIK-Semarang ...`, `BUKIT-Bukit ...`: a pair of places or a plural, no dateline
        if form.brand_of_city and not glues_brand_to_city(token):
            continue
        if form.glued_sentence and (match["place"].lower() not in _CITY_KEYS or is_place_word(match["glued_word"])
                                    or _headline_rest(folded, match.end())):
            continue
        if form.place_words and " " in (head := match["place"].split(",")[0].strip()) and not (
                is_listed_place(head) or any(is_place_word(word) for word in head.split())):
            continue
        if form.stranger_outlet and (is_place_word(token) or is_day_word(token) or opens_sentence(token)):
            continue
        if form.stranger_outlet and token.count(" ") > 1 and not says_outlet(token, alone=False):
            continue  # `Medan | Warga Kota Baru -`: three words say they are an outlet's name (`Bandar Meriah News`)
        if form.outlet_no_place and is_listed_or_district(token):
            continue
        if form.stranger_outlet and " " in token and not (
                (is_region(token.split()[-1]) and not is_place_word(token.split()[0]))
                or says_outlet(token, alone=False) or names_outlet_of_place(token)):
            # `Barometer Jatim`, `Waspada Online`: a brand's word and its province or an outlet's word; a place's word
            # before a province names the place (`Batam, Kepulauan Riau`)
            continue
        if groups.get("district") and not ((is_district(match["district"]) or is_gazetted(match["district"]))
                                           and is_listed_place(match["regency"])):
            continue
        if form.listed_place and not (groups.get("lostsep") == "," and UPPER_NAME_TOKEN.fullmatch(match["place"])
                                      ) and not is_listed_place(match["place"]):
            continue
        if form.listed_or_provinced and not _listed_before_province(match["place"]):
            continue
        if form.listed_or_provinced and (apposed := _APPOSED_PROVINCE.match(folded, match.end())) and is_region(
                apposed["region"]):
            continue  # `KOMPAS.com - Banyuwangi, Jawa Timur kerap ...`: the sentence's subject and its province
        if form.gazetted_place and not is_gazetted(match["place"]):
            continue
        if form.says_outlet and groups.get("place") and says_outlet(match["place"], alone=False):
            continue
        if (form.known_place and match["bar"] == "|" and is_listed_or_district(token)
                and is_listed_place(match["place"])):
            continue  # `CIBINONG | BOGOR –`: a district and its regency, no outlet and its place
        if form.known_place and not glues_province_before_place(token, match["place"]) and not (
                match["bar"] == "|" and token.isupper() and is_listed_place(match["place"])) and (
                match["place"].isupper() or token[1:].islower() or not (
                is_listed_place(match["place"]) or says_outlet(token, alone=False) or _GLUED_BRAND.fullmatch(token)
                or _caps_outlet_before_district(token, match["place"]))):
            continue
        if token is None and not is_place(match["place"], typos, aliases):
            continue
        if token is None and glues_brand_to_city(match["place"]):
            continue  # `SOROTMAKASSAR -- Medan.`: an outlet's name glued of a brand's word and a city's, no place
        if (token is None and groups.get("glued") and not match["place"].isupper()
                and not is_listed_or_district(match["place"].split(",")[0])):
            continue  # `Indopolitika- Gubernur ...`: a dash glued to a title-case word no list has ends a brand's name
        if token is None and echoes_caption_label(match["place"], decoded[match.end():match.end() + 240]):
            continue  # `TINJAU - Bupati ... meninjau ...`: a photo caption's label, the dateline may stand below
        if (token is None and not is_listed_or_district(match["place"].split(",")[0])
                and _ends_with_photo_credit(folded, match.end())):
            continue  # `Potret - Pagar depan ... (Foto: Triska)` above the story: a caption's label, no place
        if groups.get("wired") and (groups.get("sep") is None
                                    or agency_name(token, typos=typos, aliases=aliases) is None):
            continue  # a wire's double hyphens before the parentheses, only with a table's agency and a dash after
        if groups.get("hyphened") and groups.get("sep") is None and folded[match.start("hyphened") - 1] != ",":
            # a hyphen glued before the parentheses, only with a dash after them; after a comma the two are the dash
            # (`Bandarlampung,- (BN.Net) Rektor ...`, as `AMBON,- Tahun` writes it), the outlet in parentheses after it
            continue
        # A weekday in the region's slot is the date's own (`SHAH ALAM, AHAD, 15 Januari, 2012: Kenyataan ...`, a Malay
        # paper's copy): `_clean_place` drops it from the place.
        if groups.get("region") and not is_region(match["region"]) and not is_day_word(match["region"]):
            continue
        if groups.get("lost") is not None and not NAMED_OUTLET_WORD.fullmatch(token.split()[-1]):
            continue  # the dash lost: only a name ending with an outlet's word is told from the sentence
        if groups.get("barend") is not None and re.fullmatch(r"[A-Z][a-z]+", token):
            continue  # `Maros, Warga | Ini kabar ...`: a word alone before a bar is a sentence's
        if groups.get("sep") == "l" and token is None:
            continue  # a lower-case l for a bar is read before an outlet's name alone on its line only
        if form.dash_written and decoded[match.start("sep"):match.end("sep")] not in _WRITTEN_DASHES:
            continue
        if form.dash_character and decoded[match.start("sep")] not in _DASH_CHARACTERS:
            continue
        if (groups.get("glued") == "-" and folded[match.end():match.end() + 1].isalpha()
                and decoded[match.start("glued")] not in _WRITTEN_DASHES):
            continue  # `Kitasulsel, Makassar-Tribun ...`: one hyphen glued to two words joins them, an en or em dash not
        if groups.get("bracketed") and not is_listed_or_district(match["place"].split(",")[-1].strip()):
            continue  # `[BREAKING, NEWS]`: a label's words between brackets, no outlet and its place
        if ("dotted" in groups and not groups["dotted"] and token and agency_name(token, typos=typos, aliases=aliases) is None
                and _NAME_START_PLACE.fullmatch(token.title()) and not OUTLET_WORD_TOKEN.search(token)):
            continue  # `SIMPANG AMPEK, RELASIPUBLIK —`: two words in capitals opening as a place's name does are the place
        if groups.get("dotted") and (is_place_word(match["dotted"].split(".")[0])
                                     or is_listed_or_district(match["dotted"].replace(".", " "))):
            continue  # `KOTA.BATU, MALANG -`: a place's name, a dot typed for its space, and its region
        if (groups.get("glued_dash") and decoded[match.start("glued_dash")] not in _WRITTEN_DASHES
                and not _outlet_glued_to_opener(folded, match)):
            continue  # `Padang, Kompas-Gramedia`: one hyphen glued to two words joins them, an en or em dash not
        if not (form.dash_written or form.dash_character or form.glued_sentence) and _hyphen_in_name(folded, match):
            continue
        when = None
        if groups.get("when"):
            when = _read_when(match["when"], decoded[match.start("when"):match.end("when")], base)
            if when is None:
                continue
        elif groups.get("weekday"):
            weekday = weekday_number(match["weekday"])
            if weekday is None:
                continue  # `kepada ANTARA, Bupati.`: a word, not the day the clause states
            when = _When(_latest_weekday(weekday, base), None, False)
        elif groups.get("stated"):
            stated = parse_date(match["clock"] or match["stated"], base=base)
            when = _When(stated.date() if stated else None, None, False)
        if groups.get("stop") is not None and not (when and when.day and re.search(r"\d{4}", match["when"])):
            continue  # `KEDIRI, 9/8/2018. Momentum`: a full stop for the dash only after a date with its year
        return form, match, when
    return None


def _place_before_region(match: re.Match[str]) -> str:
    """The place's own name, without the province or country a form reads after it (`KENDAL, JATENG, BN –`)."""
    if match.groupdict().get("region"):
        return match["place"].rsplit(",", 1)[0].strip()
    return match["place"]


def _place_read_as_typo(token: str, typos: tuple[str, ...], aliases: Aliases) -> bool:
    """`token` is a listed place or district that only the typo rule reads as an agency (`MUNA`, `Muna`: a regency
    of Southeast Sulawesi one letter off MINA): the place, no misspelt agency. The table's own spellings stay agencies
    (`Mina`, a place too, is MINA as its pages write it)."""
    return (bool(typos) and is_listed_or_district(token) and agency_name(token, typos=(), aliases=aliases) is None
            and agency_name(token, typos=typos, aliases=aliases) is not None)


# The word after a hyphen glued to an outlet's name, and the lower-case word after it: the sentence's opening.
_GLUED_OPENER = re.compile(r"(?P<word>[A-Z][a-z]{1,20}) [a-z]")
_ONE_TITLE_WORD = re.compile(r"[A-Z][a-z]{2,20}")


def _outlet_glued_to_opener(folded: str, match: re.Match[str]) -> bool:
    """One hyphen glued to an outlet's one title-case word after a listed place or district and to a word that opens
    sentences (`opens_sentence`) is the dash (`Jayapura, Jubi-Salah satu penggagas ...`, `Sentani, Jubi-Dalam rangka
    ...`: a Papuan paper's copy), as no name joins such a word; `Padang, Kompas-Gramedia` stays one name, and a weekday
    or a place's word is no outlet (`Jakarta, Selasa-Menteri ...`, `Medan, Kapolda-Sumut ...`)."""
    token = match["agency"]
    opening = _GLUED_OPENER.match(folded, match.end("glued_dash"))
    return (opening is not None and opens_sentence(opening["word"]) and _ONE_TITLE_WORD.fullmatch(token) is not None
            and is_listed_or_district(match["place"])
            and not (is_place_word(token) or is_day_word(token) or opens_sentence(token)))


def _latest_weekday(weekday: int, base: date | datetime | None) -> date | None:
    """The latest day of `weekday` (0 = Monday) not after the base's day (`kepada Antara, Minggu.` in a story of a
    Monday is the day before); none without a base."""
    if base is None:
        return None
    day = base.date() if isinstance(base, datetime) else base
    return day - timedelta(days=(day.weekday() - weekday) % 7)


def _caps_outlet_before_district(token: str, place: str) -> bool:
    """`KALAMANTHANA, Tenggarong – ...`: one word in capitals that no list knows, then a district in title case (a
    regency's seat no list of regencies has): the outlet's name before its place, as a place in capitals before its
    district would be a listed place or district itself (`MEDAN, Sunggal –`, `CIBINONG, Bogor –`)."""
    return (" " not in token and token.isalpha() and token.isupper() and len(token) >= 5 and is_district(place)
            and not is_listed_or_district(token) and not is_place_word(token) and not opens_sentence(token))


# A line's end after the match.
_LINE_END = re.compile(r"[ \t]{0,3}\r?\n")


def _dated_header(match: re.Match[str], folded: str) -> bool:
    """`Maluku - 1 Januari 2026` alone on its line above the story's title and its dateline: a page's rubric and date,
    weak, as a place with no outlet whose date ends the line (`Jakarta – 14 Februari 2026` over the lead is the
    dateline when no later line opens with one)."""
    groups = match.groupdict()
    return (groups.get("agency") is None and groups.get("when") is not None and match.end("when") == match.end()
            and _LINE_END.match(folded, match.end()) is not None)


def _ends_with_photo_credit(folded: str, end: int) -> bool:
    """The line after a dateline's dash, a short one with a line below it, ends with a photo's credit (`Potret - Pagar
    depan persewaan kos muslim (Foto: Triska)`): a caption, its label no place."""
    line_break = folded.find("\n", end, end + _SHORT_LINE)
    return line_break >= 0 and _PHOTO_CREDIT_END.search(folded, end, line_break) is not None


def _hyphen_in_name(folded: str, match: re.Match[str]) -> bool:
    """The match's dash is a hyphen inside a name (`Al-Khalil`): glued to a place not in capitals
    (`JAKARTA-Ketua` is a dateline) and to the letter after it, unless an agency vouches for the dateline and the
    place is a listed one before a sentence's capitalised word (`Outlet.id, Kupang-Gubernur ...`). Arabic letters
    join no name with a hyphen (`رام الله-وكالة سند للأنباء`)."""
    groups = match.groupdict()
    if groups.get("sep") != "-" or not groups.get("place"):
        return False
    glued = match.start("sep") == match.end("place")
    after = folded[match.end("sep"):match.end("sep") + 2]
    if glued and groups.get("agency") and re.fullmatch(r"[A-Z][a-z]", after) and is_listed_place(match["place"]):
        return False
    return glued and after[:1].isalpha() and not match["place"].isupper() and not "\u0621" <= after[:1] <= "\u06D3"


# Where a dateline may begin: after a sentence inside a line, where only a table's agency in parentheses vouches for it;
# inside a line (after two spaces, `) `), where only an agency vouches for it; at a line's start; at the text's start or
# after a caption or a credit.
_AFTER_SENTENCE, _IN_LINE, _LINE_START, _TEXT_START = -1, 0, 1, 2
# Inside a lead's sentence, where an attribution clause closes it after its speaker: after a quotation that opens its
# paragraph (`"... baik-baik saja,” ujar Jamiluddin kepada Kantor Berita Politik RMOL, Minggu (5/6).`, a lead that
# quotes first), or after a comma before a name (`Begitu penilaian Komite Eksekutif ... (KAMI), Gde Siriana Yusuf,
# kepada Kantor Berita Politik RMOL, Selasa (14/9).`, a speaker's long title first), or after a comma before the clause's
# own words (`..., kata Kapolsek Taktakan, AKP Tusiran, saat dikonfirmasi melalui Kantor Berita RMOLBanten, Kamis (30/1).`:
# the speaker's title and name leave the clause more words than its lead takes). Only an attribution form is tried
# there, as a quotation's or a title's words are no dateline's, with the agency's full title (`Kantor Berita ...`), as
# a story names its own agency; and what it reads is weak: a dateline on a later line (a summary's sentence above
# `Jakarta (ANTARA) - ...`) is the story's.
_IN_SENTENCE = -2
# Or at the verb itself where the agency's full title follows it, deep in the lead's sentence after a speaker's long title
# and name (`Demikian disampaikan pengamat politik dari Universitas Mercu Buana Maksimus Ramses Lalongkoe seperti
# diberitakan Kantor Berita Politik RMOL melalui pesan singkat, Kamis (28/6).`): the words before the verb are more than
# the clause's lead takes, and only the capitalised title vouches (`seperti dikutip kantor berita AFP` cites a wire).
_VERB_BEFORE_TITLE = re.compile(r"(?<= )(?=(?:kepada|melalui|dikutip|dilansir|diberitakan|dilaporkan) Kantor Berita )")
_SPEAKER_START = re.compile(r"(?<=[a-z0-9)][,.!?][\"”]) {1,2}(?P<verb>(?=[a-z]{3,12} ))|(?<=[a-z)],) (?=[A-Z][a-z]|[a-z]{2,12} )")
# A text flattened onto one line, the story's summary before its dateline (`... katanya di Bojonegoro, Sabtu.
# Bojonegoro (Antara Jatim) - Dosen ...`): a sentence's end, then a name and a parenthesis; or a headline's last word
# in lower case, then a listed place in capitals and a parenthesis (`USDA sees recovery in Asian farm demand SINGAPORE
# (Reuters): The USDA's ...`, an archive's title run into the story; `ujar Ketua DPRD SUMUT (ANTARA) ...` names none).
# A pull-quote closed by its quotation mark may be glued to the dateline (`... meningkatkan nilai (value),"Jakarta
# (ANTARA News) - Perum ...`): the quote's end is a sentence's. An aggregator's teaser may lose its stop and space
# before the dateline (`... terus diterima hingga malam hariJakarta (ANTARA) – Deretan ...`): a lower-case word's last
# letters glued to a name's capital.
_SENTENCE_THEN_PARENTHESIS = re.compile(r"(?<=[a-z][.!?]) (?=[A-Z][a-z]+(?: [A-Z][a-z]+){0,3},? ?\()"
                                        r"|(?<=[a-z)][.!?,][\"”]) ?(?=[A-Z][a-z]+(?: [A-Z][a-z]+){0,3},? ?\()"
                                        r"|(?<=[a-z]) (?=(?P<capitals>[A-Z]{3,}(?: [A-Z]{2,}){0,2}),? ?\()"
                                        r"|(?<=[a-z]{3})(?=[A-Z][a-z]+(?: [A-Z][a-z]+){0,3},? ?\()")


# A page's metadata left as text before the body (` date 2022-03-28 Jerusalem, MINA –`, ` date 2017-03 id`): its
# publication stamp, an ISO date and a language code, is no part of the dateline after it.
_METADATA_STAMP = re.compile(r"\s{0,3}date \d{4}-\d\d(?:-\d\d)?(?: [a-z]{2})?(?=\s)")
# A site's tagline run into the dateline on its line, its last part after a bar the outlet's name that the dateline
# names again (`Papua No. 1 News Portal | Jubi Jayapura, Jubi – ...`, a page's header flattened): the tagline and the
# name before the place are no part of the dateline.
_TAGLINE_BRAND = re.compile(r"\| ?(?P<brand>[A-Z][A-Za-z0-9.]{1,30}) "
                            r"(?=(?:[A-Z][\w'-]{1,30} ){0,2}[A-Z][\w'-]{1,30} ?, ?(?P=brand)\b)")
# A kicker's or a headline's words run into a dateline in capitals on one line (`Jonas Curhat Soal Bendungan Kolhua
# KUPANG,  Rencana ...`, a blog's copy of a paper's story; `Suicide bid not crime KUWAIT CITY, Nov 28: Reacting ...`, a
# paper's list of stories; `Doa Selamat, Menutup Gendang ... dilaksanakan BANDAR SERI BEGAWAN, Selasa, 25 Januari. -`, a
# front page's; `King expresses appreciation to govt, civil servants KUALA LUMPUR: His Majesty ...`, a Malaysian paper's
# page, its dateline's colon): a line's first words, a comma after one or none, up to one ending in a lower-case letter,
# then a listed place in capitals (`dateline_names.is_listed_place`, or its first word: `KUWAIT CITY`) are no part of
# the dateline, when a capital or an agency's parenthesis follows (`Oleh karena itu JAKARTA - kota ini ...` is a sentence;
# `Kata ketua partai itu MEDAN: kami siap` too, a lower-case word after the colon).
_TITLE_WORDS_BEFORE_CAPITALS = re.compile(r"(?m)^[ \t]*(?=[A-Z])(?:[\w'’-]{1,20},? ){2,10}(?<=[a-z] )"
                                          r"(?=(?P<capitals>[A-Z][A-Z'.-]{3,30}(?: [A-Z][A-Z'.-]{1,30}){0,2})"
                                          r"(?:, {0,3}[A-Z\d]| ?\(| - ?[A-Z]|: [A-Z]))")
_LOWER_THEN_CAPITALS = re.compile(r"[a-z] [A-Z][A-Z'.-]{3}")
# A note of the story's update opening the text, in parentheses or brackets (`(Updated 2:59pm, 28 March 2009) KUALA
# LUMPUR, 28 March 2009: ...`, a Malaysian site's revised copy): the dateline after it opens the story.
_UPDATE_NOTE = re.compile(r"\s{0,3}[(\[](?i:updated?)\b[^()\[\]\n]{0,40}[)\]]")
# An outlet's domain written with its link's scheme (`https://tribratanews.polresaru.com- Polres ...`, a police desk's
# copy): the scheme is no part of the outlet's name, which the forms read after it.
_LINK_SCHEME = re.compile(r"\s{0,3}(?i:https?)://(?=[A-Za-z0-9])")
# An article's markup left on its text (a database dump's `<p>Pariaman (ANTARA) - ...`): the opening tags before the
# lead's first word are no part of its dateline.
_OPENING_TAGS = re.compile(r"\s{0,3}(?:<[A-Za-z][A-Za-z0-9]{0,9}(?: [^<>\n]{0,120})?>\s{0,3}){1,4}(?=[^<\s])")
# A logo's alt text run into the first word of the text (`mina logoJAKARTA,  October 26, 2012 (MINA) –`,
# `wimax-logoJAKARTA—PT ...`: an image's file name): no word ends in a lower-case `logo` before a capital.
_GLUED_LOGO = re.compile(r"(?<=[a-z -])logo(?=[A-Z][A-Za-z])")
# Or an image's file name, a word joined by an underscore to a run of figures, the place in capitals glued to its last
# figure (a blog's copy of muslimdaily.net's report on MINA's launch, 2012: `<the agency's name>Agency_83272343842
# JAKARTA, muslimdaily.net – ...`, no space in it): no word runs its figures into capitals after an underscore.
_FILE_NAME_REACH = 84  # the longest file name the pattern reads, and the capitals after it
_GLUED_FILE_NAME = re.compile(r"[A-Za-z][A-Za-z0-9-]{0,40}_[A-Za-z0-9_-]{0,40}?\d(?=[A-Z]{2})")
# Or a caption's credit ending in `Photo` run into the dateline's place (`... border.ALRAY PhotoGaza City, 18 Jumadil
# Awwal 1435/19 March 2014 (MINA) –`): no word ends in `Photo` before a capital and a lower-case letter.
_GLUED_PHOTO = re.compile(r"(?<=[A-Za-z ])(?:Photo|Foto)(?=[A-Z][a-z])")
# A photo caption run into the dateline, its full stop and the dateline's comma glued (`Spokesman of Gerindra, Andre
# Rosiade., Jakarta – Prabowo ...`, `... Sunday August (11/8/2019)., Jakarta – Several ...`): no sentence writes a comma
# after its full stop; an academic title does (`S.H., M.Pd.,`), a full stop inside its word.
_CAPTION_THEN_COMMA = re.compile(r"(?<=[a-z)])\., (?=[A-Z])")
_LAST_WORD = re.compile(r"\S+\Z")
_LINE_BREAK = re.compile(r"\n")
# A short line's rest after a dash, and a line below it (`SOLOPOS.COM - Panduan Informasi dan Inspirasi`).
_SHORT_LINE_REST = re.compile(rf"[ \t]*\S[^\n]{{0,{_SHORT_LINE}}}\n\s*\S")
# A headline's rest after a dash inside it (`Bobby Nasution Berharap Pasangan Prabowo – Gibran Menangkan Pilpres 2024`,
# `Indonesia - Health Ministry Reveals Names of 14 Health Facilities ...` on its line, the story below): words in capitals
# or figures, and short words in lower case (`di`, `of`), up to the line's break.
_HEADLINE_WORD = re.compile(r"[\"'“‘(]?(?:[A-Z][\w'’.,:-]*|\d[\w.,/%-]*|[a-z]{1,3})[\"'”’)?!]?")
_TITLE_WORD = re.compile(r"[\"'“‘(]?[A-Z][a-z]")


def _headline_rest(folded: str, end: int) -> bool:
    """The line after a dateline's dash is a headline's rest: up to 120 characters, then a line break, of three words
    at least in capitals, figures or short words in lower case, two of them in title case (an outlet's name in
    capitals, `COBRA BHAYANGKARA NEWS`, ends a dateline's line too)."""
    brk = folded.find("\n", end, end + 122)
    if brk < 0:
        return False
    words = folded[end:brk].split()
    return (len(words) >= 3 and all(_HEADLINE_WORD.fullmatch(word) for word in words)
            and sum(1 for word in words if _TITLE_WORD.match(word)) >= 2)


def _candidate_starts(folded: str) -> list[tuple[int, int]]:
    """Where a dateline may begin, with the kind of start (`_AFTER_SENTENCE`, `_IN_LINE`, `_LINE_START`,
    `_TEXT_START`)."""
    starts: list[tuple[int, int]] = [(0, _TEXT_START)]
    if (stamp := _METADATA_STAMP.match(folded)) is not None:
        starts.append((stamp.end(), _TEXT_START))
    if "pdate" in folded[:12].lower() and (note := _UPDATE_NOTE.match(folded)) is not None:
        starts.append((note.end(), _TEXT_START))
    if "://" in folded[:12] and (scheme := _LINK_SCHEME.match(folded)) is not None:
        starts.append((scheme.end(), _TEXT_START))
    if "<" in folded[:4] and (tags := _OPENING_TAGS.match(folded)) is not None:
        starts.append((tags.end(), _TEXT_START))
    if "logo" in folded[:_SEARCH_WINDOW]:
        # A page has one logo: a few glued ones at most are looked at, as each start costs every form a try.
        starts += [(match.end(), _TEXT_START) for match in islice(_GLUED_LOGO.finditer(folded, 0, _SEARCH_WINDOW), 3)]
    if "_" in folded[:_FILE_NAME_REACH] and (file_name := _GLUED_FILE_NAME.match(folded)) is not None:
        starts.append((file_name.end(), _TEXT_START))
    if "Photo" in folded[:_SEARCH_WINDOW] or "Foto" in folded[:_SEARCH_WINDOW]:
        starts += [(match.end(), _TEXT_START) for match in islice(_GLUED_PHOTO.finditer(folded, 0, _SEARCH_WINDOW), 3)]
    # A start is looked at within `_SEARCH_WINDOW`: what ends beyond it is not searched for.
    # The caption's and the credit's regexes are slow to try at every position: only where one of their words is.
    head = folded[:_SEARCH_WINDOW + 20].lower()
    if ("foto" in head or "photo" in head or "dok" in head or "doc" in head or "sumber" in head or "source" in head
            or "ilustrasi" in head or "illustration" in head):
        starts += [(match.end(), _TEXT_START) for match in _CAPTION.finditer(folded, 0, _SEARCH_WINDOW)]
    if ("laporan" in head or "penulis" in head or "editor" in head or "reporter" in head or "pewarta" in head
            or "wartawan" in head):
        starts += [(match.end(), _TEXT_START) for match in _CREDIT_RUN.finditer(folded, 0, _SEARCH_WINDOW)]
    if "oleh" in head or "by " in head:
        starts += [(match.end(), _TEXT_START) for match in _BYLINE_RUN.finditer(folded, 0, _SEARCH_WINDOW)]
    starts += [(match.end(), _TEXT_START) for match in _GLUED_FULL_STOP.finditer(folded, 0, _SEARCH_WINDOW)
               if is_listed_place(match["capitals"]) or is_listed_place(match["capitals"].split()[0])]
    if "oleh" in head or "by " in head:
        starts += [(match.end(), _TEXT_START) for match in _BYLINE_BEFORE_CITY.finditer(folded, 0, _SEARCH_WINDOW)]
    if " and " in head:
        starts += [(match.end(), _TEXT_START) for match in _TWO_WRITERS_BYLINE.finditer(folded, 0, _SEARCH_WINDOW)
                   if not (is_listed_place(match["first"]) or is_listed_place(match["second"]))]
    if "associated press" in head:
        starts += [(match.end(), _TEXT_START) for match in _WIRE_BYLINE_RUN.finditer(folded, 0, _SEARCH_WINDOW)]
    if "|" in head:
        starts += [(match.end(), _TEXT_START) for match in _TAGLINE_BRAND.finditer(folded, 0, _SEARCH_WINDOW)]
    if "[" in head:
        starts += [(match.start(), _LINE_START) for match in _BRACKETED_DATELINE.finditer(folded, 0, _SEARCH_WINDOW)]
    if _LOWER_THEN_CAPITALS.search(folded, 0, _SEARCH_WINDOW) is not None:  # the words' regex is slow to try per line
        starts += [(match.end(), _LINE_START)
                   for match in _TITLE_WORDS_BEFORE_CAPITALS.finditer(folded, 0, _SEARCH_WINDOW)
                   if is_listed_place(match["capitals"]) or is_listed_place(match["capitals"].split()[0])]
    if "\n" in folded:
        starts += [(match.end(), _TEXT_START) for match in _CAPTION_LINE.finditer(folded, 0, _SEARCH_WINDOW + 10)]
    # A line's start is nearly as good as the text's: what stands on the lines above it (a caption, a kicker, a credit,
    # a page's `loading...`) has no marker to be known by; a break inside a line (`  `, `) `) is no such start.
    starts += [(match.end(), _LINE_START if "\n" in match[0] else _IN_LINE)
               for match in _BREAK.finditer(folded, 0, _SEARCH_WINDOW)]
    if ".," in head:
        starts += [(match.end(), _LINE_START) for match in _CAPTION_THEN_COMMA.finditer(folded, 0, _SEARCH_WINDOW)
                   if "." not in _LAST_WORD.search(folded, 0, match.start())[0]]
    if ("kepada" in head or "kantor berita" in head or "melalui" in head or "kutip" in head or "lansir" in head
            or "diberitakan" in head or "dilaporkan" in head):
        starts += [(match.end(), _IN_SENTENCE) for match in _SPEAKER_START.finditer(folded, 0, _SEARCH_WINDOW)
                   if match["verb"] is None
                   or folded[folded.rfind("\n", 0, match.start()) + 1:match.start()].lstrip()[:1] in ("\"", "“")]
        if "kantor berita" in head:
            starts += [(match.end(), _IN_SENTENCE)
                       for match in _VERB_BEFORE_TITLE.finditer(folded, 0, _SEARCH_WINDOW)]
    if "(" in head:
        starts += [(match.start(), _TEXT_START)
                   for match in _CREDIT_BEFORE_PARENTHESIZED_PLACE.finditer(folded, 0, _SEARCH_WINDOW)]
        starts += [(match.end(), _AFTER_SENTENCE)
                   for match in _SENTENCE_THEN_PARENTHESIS.finditer(folded, 0, _SEARCH_WINDOW)
                   if match["capitals"] is None or is_listed_place(match["capitals"])]
    skipped: dict[int, int] = {}
    for position, kind in starts:
        # A list's bullet before a line (`  • TEMPO.CO, Jakarta - ...`, a page's items flattened) is no part of it.
        while position < len(folded) and folded[position] in " \t\r\n\u2022":
            position += 1
        if position < _SEARCH_WINDOW:
            skipped[position] = max(skipped.get(position, kind), kind)
    line_start = 0
    breaks = _LINE_BREAK.finditer(folded, 0, _LATE_WINDOW) if len(folded) > _SEARCH_WINDOW else ()
    for line_break in (match.start() for match in breaks):
        if line_break - line_start > _SHORT_LINE and folded[line_start:line_break].strip() and (
                _PHOTO_CREDIT_END.match(folded, max(folded.rfind("(", line_start, line_break), line_start), line_break)
                is None) and _CAPTION_SHORTCODE_END.search(folded, max(line_start, line_break - 20), line_break) is None:
            break
        line_start = line_break + 1
        position = line_start
        while position < len(folded) and folded[position] in " \t\r\n\u2022":
            position += 1
        if _SEARCH_WINDOW <= position < len(folded):
            skipped.setdefault(position, _LINE_START)
    return sorted(skipped.items())


# The known cities, in lower case: a hyphen glued to one and to a sentence's word is a dateline's dash (`Solo-Menteri`).
_CITY_KEYS = frozenset(name.lower() for name in CITY_NAMES)
# Jakarta (line break) Para kardinal ...   (Detik's layout: the dash in an element of its own, lost with it): a known
# city alone on the text's first line, or on a line below the story's title, a sentence below; read when no other
# dateline is.
_CITY_LINE = re.compile(rf"[ \t\r\n]{{0,20}}(?P<place>{'|'.join(CITY_NAMES)}|{'|'.join(CITY_NAMES).upper()})"
                        r"(?:[ \t]{0,3}(?P<sep>--|-))?[ \t]*\r?\n\s*(?=[\"'“‘(]?[A-Z0-9])")
# ...or a regency or city of the gazetteer alone on the text's first line, a paragraph running on below it (detik's
# regional desks: `Pandeglang` over `Mobil truk pengangkut semen mengalami kecelakaan ...`).
_PLACE_LINE = re.compile(r"[ \t\r\n]{0,20}(?P<place>[A-Z][a-z]{2,20}(?: [A-Z][a-z]{2,20}){0,2})[ \t]*\r?\n\s*"
                         r"(?=[\"'“‘(]?[A-Z0-9])")
# A weather widget's temperature on the line above (`27.5 C`, `31°C`): the city below it is the widget's, as a news
# theme's top bar shows the date, the temperature and the city, no dateline.
_TEMPERATURE_ABOVE = re.compile(r"(?<![^\n])[ \t]*-?\d{1,2}(?:[.,]\d{1,2})? ?°? ?[CF][ \t]*\r?\n[ \t\r\n]*\Z")


def _profile_agencies(profile: object) -> tuple[tuple[str, ...], Aliases]:
    """The agency names whose typos are read, and the extra spellings, of a site profile.

    No profile: the default typo names (`DEFAULT_AGENCY_TYPOS`) and no aliases.
    """
    if profile is None:
        return DEFAULT_AGENCY_TYPOS, ()
    typos = getattr(profile, "agency_typos", ())
    aliases = getattr(profile, "agency_aliases", {})
    typo_names = tuple(name for name in typos if isinstance(name, str)) if isinstance(typos, (tuple, list)) else ()
    alias_items: Aliases = ()
    if isinstance(aliases, Mapping):
        alias_items = tuple(
            (name, tuple(pattern for pattern in patterns if isinstance(pattern, str)))
            for name, patterns in aliases.items()
            if isinstance(name, str) and isinstance(patterns, (tuple, list))
        )
    return typo_names, alias_items


def _pairs_places(place: str) -> bool:
    """`place` is two listed places or more of one kind joined by hyphens, countries or provinces (`INDONESIA-JEPANG`)
    or cities (`Jakarta-Bandung`): a pair or a route, no one place. A regency before its province is one place
    (`Belu-NTT, Garda Indonesia |`)."""
    parts = [part.strip() for part in place.split("-")]
    if len(parts) < 2 or not all(is_listed_or_district(part) for part in parts):
        return False
    regions = [is_region(part) for part in parts]
    return all(regions) or not any(regions)


# A host's second-level labels before its country's code (`tandaseru.co.id`): the site's own name stands before them.
_SECOND_LEVEL_LABELS = frozenset({"co", "com", "or", "org", "go", "ac", "net", "web", "my", "sch", "id", "biz"})
_NAME_KEY = re.compile(r"[\W_]+")


def host_named_outlet(dateline: Dateline, url: str) -> Dateline | None:
    """`dateline` read again as its outlet's name alone when its place is one word that is the page's host's own name and
    no listed place (tandaseru.com 2025: `Tandaseru — Polres Ternate menindaklanjuti ...`), or a few words that spell
    it run together (Sinar Harapan's `SINAR HARAPAN - Harga emas jatuh lagi ...` on sinarharapan.co): the site, no
    place. None otherwise: a city's own site may date its news from the city (`Bandung –` on bandung.go.id, `BANDA
    ACEH -` on bandaacehkota.go.id)."""
    place = dateline.place
    words = place.split() if place is not None else []
    if dateline.agency is not None or not 1 <= len(words) <= _MAX_HOST_NAME_WORDS or not all(
            word.isalpha() for word in words) or is_listed_or_district(place):
        return None
    if host_name(url) != "".join(words).lower():
        return None
    return replace(dateline, place=None, agency=place, agency_raw=place)


_MAX_HOST_NAME_WORDS = 3


def host_name(url: str) -> str | None:
    """The site's own name in its host, in small letters without marks (`tandaseru` of `www.tandaseru.co.id`): the label
    before the domain's second-level and country labels; None without a host."""
    labels = (urlsplit(url).hostname or "").lower().split(".")[:-1] if isinstance(url, str) else []
    while labels and labels[-1] in _SECOND_LEVEL_LABELS and len(labels) > 1:
        labels.pop()
    return _NAME_KEY.sub("", labels[-1]) or None if labels else None


# The site's name in small letters opening the lead before a spaced dash, a capitalised sentence after it (itoday's
# `itoday - Tindakan Menteri Koordinator ...`).
_SMALL_LETTER_OUTLET = re.compile(r"(?P<name>[a-z][a-z0-9]{2,24}) {1,2}(?:--?|[–—]) (?=[\"“‘']?[A-Z])")


# ...or in its own capitals, a rubric's one or two capitalised words after it (MerahPutih 2015's `MerahPutih
# Megapolitan - Kapolri Jenderal Polisi ...`, 2016's `MerahPutih Sepak Bola - Pelatih ...` on merahputih.com).
_OUTLET_AND_RUBRIC = re.compile(r"(?P<name>[A-Z][A-Za-z0-9]{2,24})(?P<rubric>(?: [A-Z][a-z]{2,20}){1,2})"
                                r" {1,2}(?:--?|[–—]) (?=[\"“‘']?[A-Z])")


def host_named_lead(lead: str, url: str) -> Dateline | None:
    """The outlet's name in small letters opening `lead` before its dash (`_SMALL_LETTER_OUTLET`) when it is the page's
    host's own name (`itoday - Tindakan ...` on itoday.co.id), or in its own capitals before a rubric's words
    (`_OUTLET_AND_RUBRIC`): the site, no place; None otherwise, as a word in small letters and a dash open a sentence's
    aside too (`pukul - ...`), and a city's site names its parts (`Jakarta Selatan -` on jakarta.go.id)."""
    match = _SMALL_LETTER_OUTLET.match(lead)
    if match is None and (match := _OUTLET_AND_RUBRIC.match(lead)) is not None and (
            is_listed_or_district(match["rubric"].strip()) or is_listed_or_district(match["name"] + match["rubric"])):
        return None
    if match is None or host_name(url) != match["name"].lower():
        return None
    raw = lead[:match.end()].rstrip()
    return Dateline(raw, None, match["name"], None, None, 0, match.end(), agency_raw=match["name"])


def parse_dateline(text: str, *, profile: object = None, base: datetime | date | None = None) -> Dateline | None:
    """The dateline near the start of an article body, or None when there is none for sure.

    `profile` (a `SiteProfile`) may list `agency_typos` and `agency_aliases` of the site's
    own agency.  `base` (the publication time) gives the year of a year-less date in the
    dateline (`JAKARTA, 18/10 -`, `Sabtu (27/5)`); without it that date is None.
    """
    if not isinstance(text, str) or not text:
        return None
    typos, aliases = _profile_agencies(profile)
    try:
        forms(typos, aliases)
    except re.error:  # a profile's alias that is not a regex: read without the profile's spellings
        typos, aliases = DEFAULT_AGENCY_TYPOS, ()
    decoded, offsets = _decode(text[:_RAW_WINDOW])
    if not decoded.isascii() and _STYLED_LETTER.search(decoded, 0, _SEARCH_WINDOW):
        decoded = decoded.translate(_STYLED_OR_SMALL)
    folded = fold(decoded)
    if "[" in folded[:_SEARCH_WINDOW]:
        folded = _BRACKETED_NAME.sub(lambda match: f"({match['name']})", folded, count=3)
    if "\u0640" in folded:
        folded = _SPACED_TATWEEL.sub("-", folded)  # one character for one: the offsets stay
    fallback: Dateline | None = None  # a weak form's dateline, read when no later line opens with another
    fallback_caption = False  # the fallback is an outlet's name before a short line: only a place below replaces it
    starts = _candidate_starts(folded)
    for position, kind in starts:
        if fallback is not None and kind <= _IN_LINE:
            continue
        if position >= _SEARCH_WINDOW and fallback is not None:
            continue  # below the window only where nothing above reads as a dateline
        if kind == _AFTER_SENTENCE:  # only a table's agency in the parentheses ahead vouches: the forms are tried then
            opening = folded.find("(", position, position + 60)
            closing = folded.find(")", opening, opening + 45) if opening >= 0 else -1
            if closing < 0 or agency_name(folded[opening + 1:closing], typos=typos, aliases=aliases) is None:
                continue
        found = _match_at(folded, decoded, position, at_start=kind > _IN_LINE, typos=typos, aliases=aliases,
                          base=base, attribution_only=kind == _IN_SENTENCE)
        if found is None:
            continue
        form, match, when = found
        groups = match.groupdict()
        token = decoded[match.start("agency"):match.end("agency")] if groups.get("agency") else None
        if token is None and kind == _LINE_START and not _PARAGRAPH_RUNS_ON.match(folded, match.end()) and not (
                groups.get("when") and _PARAGRAPH_BELOW.match(folded, match.end())) and not (
                groups.get("sep") == ":" and _ARABIC_REPORTER_REST.match(folded, match.end())) and not (
                groups.get("sep") in ("-", "--") and _ARABIC_LABELLED_REPORTER_REST.match(folded, match.end())) and not (
                groups.get("sep") in ("-", "--") and (reporter := _ARABIC_DASHED_REPORTER_REST.match(folded, match.end()))
                and names_arabic_reporter(reporter["name"])):
            continue  # a line below the first that names a place alone opens a paragraph, not a list's row
        if (token is None and kind == _TEXT_START and groups.get("sep") in ("-", "--")
                and _HEADLINE_LINE_END.match(folded, match.end()) and not _PARAGRAPH_RUNS_ON.match(folded, match.end())
                and groups.get("place") and not is_listed_or_district(match["place"].split(",")[0].strip())):
            continue  # `Ziarah Tumpuan Utama - Mohd Fazil` above the story: a headline and its speaker, no place
        canonical = agency_name(token, typos=typos, aliases=aliases) if token else None
        if position >= _SEARCH_WINDOW and token is None and not (
                match["place"].isupper() and is_listed_place(match["place"])):
            continue  # below the window a dateline names its agency, or a listed place in capitals
        if kind == _AFTER_SENTENCE and (canonical is None or "(" not in folded[match.start():match.start("agency")]):
            continue
        # Inside a sentence only the agency's full title vouches: `“...,” kata Ahmad Fauzi kepada MINA di Kairo pada
        # Senin (14/12/2020).` is one of a body's quotes.
        if kind == _IN_SENTENCE and "Kantor Berita" not in folded[match.start():match.start("agency")]:
            continue
        start, end = match.start(), match.end()
        place = decoded[match.start("place"):match.end("place")] if groups.get("place") else None
        if place is not None and (byline := byline_length(place)):
            place, start = place[byline:], match.start("place") + byline
        if place is not None and (headline := headline_length(place)):
            place, start = place[headline:], match.start("place") + headline
        if place is not None and token is None and (glued := glued_byline(place)):
            place, start = place[glued:], match.start("place") + glued
        if (place is not None and token is None and "." in place and (glued_outlet := _PLACE_DOT_OUTLET.fullmatch(place))
                and is_listed_place(glued_outlet["place"])):
            place, token = glued_outlet["place"], glued_outlet["outlet"]
        if (place is not None and token is not None and not is_listed_place(place)
                and agency_name(place, typos=(), aliases=aliases) is not None):
            continue  # `KBR, KBR68H` above `KBR, Jakarta – ...`: a tags line naming the outlet twice, no place
        if form.attribution and place is not None and not is_listed_place(place):
            place = None  # `kepada Antara di Gedung Sate, ...`: a venue, no place the agency reported from
        if place is not None and token is None and names_person(place):
            continue  # a caption's subject and the office after the dash, no place
        if (place is not None and token is None and not place.isupper() and _headline_rest(folded, end)
                and (not is_listed_place(place) or is_region(place))):
            continue  # a headline's words about a pair (`Prabowo – Gibran Menangkan ...`) or a country's news, no place
        if place is not None and token is None and (digest := digest_byline(place, folded, end)) != 0:
            if digest is None:
                continue  # a byline alone, no place
            place, start = place[digest:], match.end("place") - len(place) + digest
        dateline = Dateline(
            raw=decoded[start:end].strip(),
            place=_clean_place(place),
            agency=canonical or token,
            date=when.day if when else None,
            hijri=when.hijri if when else None,
            start=offsets[start],
            end=offsets[end],
            hijri_mismatch=when.mismatch if when else False,
            agency_raw=token,
            agency_in_table=canonical is not None,
            attribution=form.attribution,
        )
        # A logo's alt text alone on its line may be the page's logo above the dateline: a later line's dateline wins.
        caption = form.caption_line and _SHORT_LINE_REST.match(folded, end) is not None
        weak = (form.weak or kind == _IN_SENTENCE
                or (form.weak_unlisted and not is_listed_place(_place_before_region(match)))
                or groups.get("alone") is not None or caption or _dated_header(match, folded))
        if fallback is None and weak:
            fallback, fallback_caption = dateline, caption
            continue
        if fallback is not None and (weak or form.attribution or (fallback_caption and dateline.place is None)):
            continue
        return dateline
    if fallback is not None:
        return fallback
    # Or below a heading (the story's title on a line of its own): the city alone on a later line, a paragraph running
    # on below it.
    line = _CITY_LINE.match(folded) or next(
        (found for position, kind in starts if kind == _LINE_START and (found := _CITY_LINE.match(folded, position))
         and _PARAGRAPH_RUNS_ON.match(folded, found.end())
         and not _TEMPERATURE_ABOVE.search(folded, max(0, found.start("place") - 40), found.start("place"))), None)
    if line is not None:
        end = line.end("sep") if line["sep"] else line.end("place")
        return Dateline(raw=decoded[line.start("place"):end], place=decoded[line.start("place"):line.end("place")],
                        agency=None, date=None, hijri=None, start=offsets[line.start("place")], end=offsets[end])
    if (alone := _PLACE_LINE.match(folded)) is not None and is_gazetted(alone["place"]) and (
            _PARAGRAPH_RUNS_ON.match(folded, alone.end())):
        place = decoded[alone.start("place"):alone.end("place")]
        return Dateline(raw=place, place=place, agency=None, date=None, hijri=None,
                        start=offsets[alone.start("place")], end=offsets[alone.end("place")])
    return None

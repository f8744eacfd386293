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
(`rmol news logo`); and an attribution clause standing where a dateline would
(`kepada Kantor Berita Politik RMOL, Sabtu (27/5)`, flagged `attribution`).

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
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import NamedTuple

from crawler.parsing.agencies import DEFAULT_AGENCY_TYPOS, Aliases, agency_name, agency_pattern
from crawler.parsing.dates import fold, gregorian_dates, month_number, parse_date, resolve_day_month, weekday_number
from crawler.parsing.hijri import find_hijri
from crawler.parsing.places import is_gazetted
from crawler.parsing.regions import CITY_NAMES, glues_province, is_region

# The dateline starts within this many characters of decoded text.
_SEARCH_WINDOW = 300
# Raw characters read: enough for the window even when entities shrink on decoding.
_RAW_WINDOW = 2000
# Hijri and Gregorian halves further apart than this are a typo in the source.
_MISMATCH_DAYS = 1

_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?")

_LETTER = r"A-Za-z\u00C0-\u024F"
_CAP_WORD = rf"[A-Z\u00C0-\u00DE][{_LETTER}'.]{{0,30}}(?:-[{_LETTER}']{{1,30}}){{0,3}}"
_CONNECTOR = r"(?:al|el|an|ad|as|ar|de|di|da|du|es|la|le|of|van|der|bin)"
_PLACE_PART = rf"{_CAP_WORD}(?: (?:{_CAP_WORD}|{_CONNECTOR}(?= [A-Z]))){{0,4}}"
_PLACES = rf"(?P<place>{_PLACE_PART}(?: ?, ?{_PLACE_PART}){{0,2}})"
_UPPER_WORD = r"[A-Z][A-Z'.]{1,30}(?:-[A-Z']{1,30}){0,3}"
# Four capitals at least (`RI -`, `AS -` are no datelines), or a short first word of a longer name (`DEN HAAG`,
# `NEW YORK`, `RIO DE JANEIRO`; `DPR RI` stays out).
_UPPER_NAME = (rf"(?=[A-Z'.-]{{4}}|[A-Z'.-]{{2,3}} (?:[A-Z]{{2}} )?[A-Z'.-]{{3}})"
               rf"{_UPPER_WORD}(?: {_UPPER_WORD}){{0,3}}")
_UPPER_PLACE = rf"(?P<place>{_UPPER_NAME})"
_UPPER_NAME_TOKEN = re.compile(_UPPER_NAME)
# Place names of more than one word, told from the sentence after them where a dateline lost its dash: a
# first word that is only a name's start (Banda Aceh, Kuala Lumpur, Tanjung Pinang, Pematang Siantar, New York), a
# compass or a "Raya" second word (Jakarta Pusat, Palangka Raya), a connector (Rio de Janeiro).
_NAME_STARTS = (r"(?:Banda|Bandar|Kuala|Tanjung|Pangkal|Palangka|Pematang|Kota|Pulau|Muara|Teluk|Sungai|Labuan"
                r"|Kepulauan|Kabupaten|Tel|Den|New|Los|Las|San|Santa|Sao|Abu|Hong|Sri|Port|Saint|Rio)")
_COMPOUND_PLACE = (rf"{_NAME_STARTS} {_CAP_WORD}|{_CAP_WORD} (?:Pusat|Selatan|Barat|Timur|Utara|Tengah|Raya)(?!\w)"
                   rf"|{_CAP_WORD} {_CONNECTOR} {_CAP_WORD}")
_ARABIC_WORD = r"[\u0621-\u064A\u0671-\u06D3]{2,20}"
_ARABIC_PLACE = rf"(?P<place>{_ARABIC_WORD}(?: {_ARABIC_WORD}){{0,3}})"

# Outlets the agency table does not know, by how they show themselves.
# A domain, also with a subdomain or two (`jakarta.suaramerdeka.com`, `tribratanews.polri.go.id`): Indonesia's
# second-level domains, and the newer top-level `.online` of small outlets (`AJATAPPARENG.ONLINE, PAREPARE –`).
_DOMAIN = (r"[A-Za-z][A-Za-z0-9-]{1,30}(?:\.[A-Za-z][A-Za-z0-9-]{1,30}){0,2}"
           r"\.(?i:(?:co|or|web|go|ac|sch|my|biz)\.id|com|co|id|net|org|news|tv|info|online)(?!\w|\.\w)")
_DOMAIN_TOKEN = re.compile(_DOMAIN)
# A domain's second level, no outlet's name (`SURYA.CO.ID` is no place SURYA and outlet CO.ID).
_SECOND_LEVEL = r"(?i:co|or|web|go|ac|sch|my|biz|com|net)"
_PAREN_NAME = r"[A-Z][\w.&'-]{0,30}(?:[ /][A-Z][\w.&'-]{0,30}){0,3}"  # (Indonesia Window)
_CAPS_NAME = r"[A-Z][A-Z0-9.&'-]{1,30}(?: [A-Z][A-Z0-9.&'-]{1,30}){1,2}"  # TIMES MALANG
_OUTLET_WORD = r"(?:TIMES|NEWS|POS|POST|TV|ONLINE|MEDIA|PRESS|DAILY|BERITA|KABAR|WARTA|RADAR|TRIBUN|SUARA|INFO)"
_OUTLET_WORD_TOKEN = re.compile(rf"\b{_OUTLET_WORD}\b")
# An outlet's name glued to its word (`TIMESINDONESIA`, `PRFMNEWS`, `IDXChannel`, `BeritaBintang`, `WARTABANGKA`,
# `10Berita`): a word of capitals, or of a capital and lower-case letters, or a number, that opens or closes with one of
# these (`POS` would take `POSO`, a regency; `WARTA` and three letters a journalist, `WARTAWAN`; `RAKYAT`, the people,
# closes `PEDOMANRAKYAT`).
_GLUED_OUTLET = re.compile(r"(?:TIMES|NEWS|ONLINE|CHANNEL|EKSPRES|EXPRESS|BERITA|MEDIA|RADIO)[A-Z]{2,}|WARTA[A-Z]{4,}"
                           r"|[A-Z]{2,}(?:TIMES|NEWS|ONLINE|CHANNEL|EKSPRES|EXPRESS|MEDIA|RADIO|RAKYAT)"
                           r"|(?:Times|News|Online|Channel|Berita|Media|Radio|Warta)[A-Z][a-z]{2,}"
                           r"|[A-Z][A-Za-z]{1,20}(?:Times|News|Online|Channel|Ekspres|Express|Media|Radio)"
                           r"|\d{1,4}(?:Times|News|Online|Channel|Berita|Media|Radio)")
# A name written before the place or alone that says it is an outlet: `Warta Ekonomi, Jakarta -`, `WE Online,
# Jakarta -`, `JABAR EKSPRES –`, or glued as above.
_NAMED_OUTLET = (r"(?:[A-Z]|\d{1,4}(?=[A-Z]))[A-Za-z0-9\u00C0-\u024F.&'-]{1,30}"
                 r"(?: [A-Z][A-Za-z0-9\u00C0-\u024F.&'-]{1,30}){0,2}")
# The outlet words no heading or phrase ends a line with (`Berita Terkini`, `Info Terbaru` do)...
_OUTLET_NAME_WORD = r"(?:TIMES|NEWS|POS|POST|TV|ONLINE|MEDIA|PRESS|DAILY|RADAR|TRIBUN|SUARA)"
# ...and, in a name before its place or alone, a few more (`Warta Ekonomi`, `IDX Channel`, `JABAR EKSPRES`,
# `LOMBOK INFO`).
_NAMED_OUTLET_WORD = re.compile(rf"(?i:{_OUTLET_NAME_WORD}|WARTA|CHANNEL|EKSPRES|EXPRESS|RADIO|INFO|NETWORKS?)")
# A lower-case outlet's name (`riauterkini`), read only where a form's shape vouches for it.
_LOWER_NAME = re.compile(r"[a-z][a-z0-9]{5,30}")
# A brand's two words glued, each capitalised (`NusaBali`, `BeritaSatu`), as no name of a person or place is written.
_GLUED_WORDS = r"[A-Z][a-z]{2,20}[A-Z][a-z]{2,20}(?![\w.'-])"
_GLUED_BRAND = re.compile(r"[A-Z][a-z]{2,20}(?:[A-Z][a-z]{1,20}){1,2}")  # `MuriaNewsCom`
# A brand's lower-case letter before a capital (`iNewsBanten`, `eKoran`), which no word of a sentence has.
_CAMEL_START = r"[a-z][A-Z][a-z]"
# A title-case name (`Indonesia Window`, `IDN Times`, `iNewsBanten`): a word with a lower-case letter, after at most
# one short word in capitals, so that `NTB` stays a province.
_TITLE_NAME = (rf"(?:(?:[A-Z]{{2,5}} )?[A-Z][A-Z'.]{{0,20}}[a-z]|{_CAMEL_START})[{_LETTER}'.-]{{0,30}}"
               rf"(?: {_CAP_WORD}){{0,2}}")
# Or one word in capitals after the place (`Jakarta, VOA -`, `MAKASSAR, FAJAR --`): a province or country there is
# the place's region (`Mataram, NTB -`, `MEDAN, SUMUT -`), anything else the outlet. A hyphen may end it only as the
# dateline's dash, a space after it (`HALTENG, OT- Bupati`; `Jakarta, PT-X` names no outlet). Names of up to twenty
# letters (`POHUWATO, CARAPANDANG -`, else read as a place and its region).
_ACRONYM_NAME = r"[A-Z][A-Z0-9&]{1,19}(?![\w.']|-\S)"

# The dash may sit on the next line; a domain-named outlet may end its dateline with the line.
_GAP = r"[ \t]{0,3}(?:\r?\n[ \t]{0,12})?"
_END = rf"{_GAP}(?P<sep>--|-|:|_(?= ?[A-Z]))"  # an underscore for the dash too (`Tribratanews.com _Pada ...`)
_DASH_END = rf"{_GAP}(?P<sep>--|-)"
# Where no agency vouches for the dateline, the dash stands apart: `Masjid Al-Aqsa` is no dateline.
_SPACED_DASH_END = r"(?:[ \t]{1,3}|[ \t]{0,3}\r?\n[ \t]{0,12})(?P<sep>--|-)"
# Or glued to the word before it when a space follows (`Jakarta– Polisi`, `TIMES MALANG, JAKARTA– Warga`).
_LOOSE_DASH_END = rf"(?:{_SPACED_DASH_END}|(?=-+ )(?P<glued>--|-))"
# An outlet and a dash before a numeric date are a page's time stamp (`Kompas.com - 28/12/2015, 23:20 WIB`), the
# dateline further down.
_NO_STAMP = r"(?! {0,3}\d{1,2}/\d{1,2}/\d{2,4})"
# A bar (or two) for the dash after an outlet's domain or a table agency's name, a sentence after it.
_BAR = r"[ \t]{0,3}\|{1,2}(?=[ \t]{0,3}[\"'“‘(]?[A-Z])"
_END_OR_BREAK = rf"(?:{_END}|[ \t]{{0,3}}(?=\r?\n))"
# What must follow a dateline that names no agency: a sentence (a capital), spaced or glued.
_SENTENCE_NEXT = r"(?=\s{1,12}[\"'“‘(]?[A-Z]|[A-Z][a-z])"
# A date part: starts with a digit, or a month name and a digit; stops before `(Agency)`.
_WHEN_TEXT = r"(?:\d|[A-Za-z\u0621-\u064A]{3,9}\.? {1,3}\d)[^()\n]{0,70}?"
_WHEN = rf"(?P<when>{_WHEN_TEXT})"
# Or a weekday before it: `Selasa (7/5/2024)`, `Sabtu (27/5)`, `Selasa, 7 Mei 2024` (`_read_when` checks the word).
_DATED = (rf"(?P<when>{_WHEN_TEXT}|[A-Za-z']{{3,9}},? {{0,3}}"
          r"(?:\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)|\d{1,2} [A-Za-z]{3,9} \d{4}))")
# The word a date part opens with, when a date follows it: a weekday or a month, else no date part.
_LEADING_WORD = re.compile(r"([A-Za-z']{3,9})\.?,? {0,3}[(\d]")
# What an attribution clause states after the agency: `, Sabtu (27/5)`, `, Sabtu 29 Maret 2025`,
# ` pada pukul 11.20 WIB`.
_STATED = (r"(?P<stated>,? {1,3}[A-Z][A-Za-z']{2,8},? {0,3}(?:\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)"
           r"|\d{1,2} [A-Za-z]{3,9} \d{4})| pada (?P<clock>(?:pukul|jam) \d{1,2}[.:]\d\d(?: ?(?i:WIB|WITA|WIT))?))")
_ATTRIBUTION_LEAD = r"(?:[A-Za-z]{2,12} ){0,3}?(?:Kantor Berita(?: Politik| Radio)? |(?i:kepada|dikutip|melalui) )"
# Words of the clause between the agency and the time it states (`... RMOL sesaat lalu, Senin (11/7)`, `... RMOL
# melalui pesan singkat, Kamis (28/6)`).
_ATTRIBUTION_GAP = r"(?: [a-z]{2,12}){0,3}?"


class _Form(NamedTuple):
    pattern: re.Pattern[str]
    # The agency token may be an outlet missing from the table: a domain (`HALOSULSEL.COM`), or with
    # `unknown_names` a name the form's shape vouches for (in parentheses, `TIMES MALANG`, `Jakarta, VOA -`).
    # A word the table's typo rule tried and refused (`Medan`, `Maros` for MINA) is neither.
    unknown_outlet: bool = False
    unknown_names: bool = False
    # The agency token must say it is an outlet (`_says_outlet`); with `alone`, as no phrase would: in capitals
    # or glued (`JABAR EKSPRES –`, `PRFMNEWS -`; `Media Sosial -` opens a sentence).
    says_outlet: bool = False
    alone: bool = False
    start_only: bool = False  # only at the very start of the text or after a caption
    # The place must be written in title case and be a known city, a regency or a city abroad (`is_gazetted`) or have a
    # place name's shape (`is_place_name`), unless the agency token says it is an outlet or is a brand's glued words;
    # and the agency token must be no known place: `PARBOABOA, Pematang Siantar –`, `MuriaNewsCom, Cilacap –` name
    # their outlet first, `BANDUNG, Prolite –` and `BONE BOLANGO, Humas –` their place. An outlet's name that glues a
    # province's name to another word before a listed place passes in any case (`_glues_province_before_place`).
    known_place: bool = False
    attribution: bool = False
    # The agency token, written first, must be no label or sentence opener (`Foto - JAKARTA -`).
    not_label: bool = False
    # The place must be a known city, province or country (`_is_known_place`): the form's shape alone reads words
    # that open sentences too (`PENTING. Harap ...`, `ASEAN-Korea ...`).
    known_city: bool = False
    # The dash must be written as an en or em dash or two hyphens, as no hyphenated name or word is (`ASEAN-Korea`,
    # `Al-Khalil`): the form's dash is glued to the place and to the sentence.
    dash_written: bool = False
    # An agency token of words in capitals must follow a listed place (`_is_listed_place`), else they name the place's
    # region (`SAMBAS, JEJARING KALBAR –` against `CIBINONG, JAWA BARAT –`).
    caps_after_listed: bool = False
    # The place must be a listed place (`_is_listed_place`): with the dash lost, a word of the sentence that opens after
    # the outlet's name has the shape of a place (`Provinsi Kalimantan Barat ...`).
    listed_place: bool = False
    # Read only when no later line of the window opens with a dateline of another form: a caption's or a heading's
    # label in capitals has this form's shape too (`TINJAU: ...` above `MEDAN, SUMUTPOS.CO – ...`).
    weak: bool = False


@lru_cache(maxsize=32)
def _forms(typos: tuple[str, ...], aliases: Aliases) -> tuple[_Form, ...]:
    """The dateline forms, in order of trust, with the agency spellings of one profile."""
    known = rf"(?i:{agency_pattern(typos, aliases)})"
    agency = rf"(?P<agency>{known})"
    outlet = rf"(?P<agency>{known}|{_DOMAIN})"
    in_parens = rf"\( ?(?P<agency>{known}(?:/[A-Za-z][\w.-]{{1,30}})?|{_DOMAIN}|{_PAREN_NAME}) ?\)"
    forms = (
        # Jakarta, 19 Rajab 1434/29 May 2013 (MINA) –   |   ISTANBUL, 23 Februari 2016 (Antara/PRNewswire) --   |
        # Jakarta 6/7 (ANTARA) -   (a day and month in figures need no comma)
        _Form(rf"{_PLACES} ?(?:,| -| (?=\d{{1,2}}/\d{{1,2}}(?!\d))) {{0,3}}{_WHEN} {{0,3}}{in_parens}(?:{_END})?",
              unknown_outlet=True,
              unknown_names=True),
        # Tanjung Selor (ANTARA) -   |   Jakarta (Indonesia Window) –   |   Lumajang (beritajatim.com) -   |   BANDUNG, (PR).-
        # |   Kab. Tasikmalaya ( WP ),-
        _Form(rf"{_PLACES}(?: ?,)? {{0,3}}{in_parens}[.,]?{_END}", unknown_outlet=True, unknown_names=True),
        # JAKARTA--MICOM:
        _Form(rf"{_PLACES} {{0,3}}(?:--|-) {{0,3}}{agency}{_END}"),
        # PEMATANGSIANTAR — SEGARIS.CO —   |   TARUTUNG- kabarnya.id| Polisi   |   MEDAN-kabarnya.com: Warga   (an
        # outlet's domain between dashes after the place, or a dash and a bar or a colon; a hyphen glued on both sides
        # is a name's, `TRIBUN-TIMUR.COM -`, unless it joins a place in capitals to a domain in lower case)
        _Form(rf"{_PLACES}(?: {{0,3}}-- {{0,3}}| {{0,3}}- {{1,3}}|(?<=[A-Z]{{2}})-(?=[a-z]))(?P<agency>{_DOMAIN})"
              rf"(?:{_END}|{_BAR})",
              unknown_outlet=True),
        # Al-Quds, MINA –   |   JAKARTA, KOMPAS.com -   |   Jakarta, MISTAR.ID (line break)   |
        # Ambon,MarinyoNews.Com,-   |   Taput, kabarnya.com | Warga   (a bar for the dash)
        _Form(rf"{_PLACES} ?, {{0,3}}{outlet},?(?:{_END_OR_BREAK}|{_BAR})", unknown_outlet=True),
        # TRIBUNNEWS.COM, JAKARTA -   |   TRIBUNNEWS.COM. JAKARTA -   |   Metrotvnews.com, Jakarta:   |
        # SURYA.co.id | SURABAYA -   |   REPUBLIKA.CO.ID, GIANYAR, –  (a stray comma before the dash)   |
        # PROKAL.CO, (line break) PONTIANAK-   |   TERASMALUKU.COM,-AMBON-
        _Form(rf"{outlet} ?[,.|](?:-(?=[A-Z]))?{_GAP}{_PLACES},?{_END}", unknown_outlet=True),
        # suara.com - JAKARTA -   |   KONTAN.CO.ID - JAKARTA. Harga   |   JPNN.com JAKARTA -
        _Form(rf"{outlet}(?: {{0,3}}(?:--|-) {{0,3}}| {{1,3}}){_UPPER_PLACE}(?:{_DASH_END}|\.(?= [A-Z]))",
              unknown_outlet=True),
        # MATARAM.lombokjournal.com –   |   KOTA BANDUNG.LENTERAJABAR.COM, –   |   MATARAM.LombokJournal.com ~
        # (the place in capitals glued to its outlet's domain by a full stop, a tilde for the dash)
        _Form(rf"(?P<place>(?=[A-Z]{{4}}|[A-Z]{{2,3}} [A-Z]{{3}})[A-Z]{{2,30}}(?: [A-Z]{{2,30}}){{0,2}})\."
              rf"(?P<agency>(?!{_SECOND_LEVEL}\.){_DOMAIN}),?{_GAP}(?P<sep>--|-|~)", unknown_outlet=True),
        # Liputan6.com, Jakarta Pada ... (the dash lost: the place is one word, or a name of the shapes of
        # `_COMPOUND_PLACE`: Banda Aceh, Jakarta Pusat, Rio de Janeiro)
        _Form(rf"{outlet} ?, {{0,3}}(?P<place>{_COMPOUND_PLACE}|{_CAP_WORD})(?= [A-Z])", unknown_outlet=True,
              start_only=True, listed_place=True),
        # SERANG, JinNewsOne.Com SMAN 4 ...   (the dash lost after a domain: a place in capitals and the domain vouch
        # for each other)   |   Sleman, Pdmsleman.Or.Id Majelis ...   |   Sleman. Pdmsleman.Or.Id Muhammadiyah ...
        # (or a listed place, in title case too, a comma or a full stop after it: `_match_at`)
        _Form(rf"(?P<place>[A-Z][{_LETTER}'-]{{1,30}}+(?: [A-Z][{_LETTER}'-]{{1,30}}+){{0,3}})"
              rf" ?(?P<lostsep>[,.]) {{0,3}}(?P<agency>{_DOMAIN})(?= {{1,3}}[A-Z])",
              unknown_outlet=True, start_only=True, listed_place=True),
        # rmol news logo  (a logo's alt text opening the lead)
        _Form(rf"{agency} (?i:news )?(?i:logo)(?!\w)"),
        # RMOLBanten. Banyaknya ...  (a table agency's name and a full stop opening the lead: RMOL's network)
        _Form(rf"{agency}\.(?= {{1,3}}[A-Z\"\u201c])", start_only=True),
        # MINA –   |   IPOL.ID –   |   (MINA) -   |   Kapanlagi.com -   |   Hidayatullah.com | SALAH   (a bar for the
        # dash)
        _Form(rf"\(?{outlet}\)?(?:{_END}|{_BAR}){_NO_STAMP}", unknown_outlet=True),
        # (ANTARA News/Yonhap-OANA) -   (a wire story without a place: the agency and the wire it came by)
        _Form(rf"\( ?(?P<agency>{known}/[A-Za-z][\w.-]{{1,30}}) ?\){_END}"),
        # VIVA Bisnis –   (a table agency's name and its rubric or regional brand, opening the text)
        _Form(rf"(?P<agency>{known} [A-Z][a-z]{{2,20}}(?: [A-Z][a-z]{{2,20}})?){_DASH_END}", start_only=True),
        # لامبونج، مينا –   |   جاكرتا (معراج) –   and the old long forms without comma or dash
        _Form(rf"{_ARABIC_PLACE} ?[،,]? {{0,3}}(?:(?P<when>\d[^()\n]{{0,60}}?) {{0,3}})?"
              rf"\(?(?P<agency>مينا|(?<=\()معراج(?=\)))\)?"
              rf"(?![\u0621-\u064A])(?:{_END})?"),
        # kepada Kantor Berita Politik RMOL, Sabtu (27/5)   |   kepada Kantor Berita RMOL Jatim, Senin (14/3)   (a network
        # member's region written apart from the agency's name)
        _Form(rf"{_ATTRIBUTION_LEAD}(?P<agency>{known}(?: [A-Z][a-z]{{2,20}})?){_ATTRIBUTION_GAP}{_STATED}",
              attribution=True),
        # TIMES MALANG, KUALA LUMPUR –   (a name of more words when the outlet's says it is one: else
        # `BANDA ACEH, ACEH –` would be an outlet and its province)
        _Form(rf"(?P<agency>(?=[A-Z0-9 .&'-]*\b{_OUTLET_WORD}\b){_CAPS_NAME}) ?, {{0,3}}"
              rf"(?P<place>{_UPPER_WORD}(?: {_UPPER_WORD}){{1,3}}){_LOOSE_DASH_END}",
              unknown_outlet=True, unknown_names=True, start_only=True),
        # TIMES MALANG, JAKARTA –
        _Form(rf"(?P<agency>{_CAPS_NAME}) ?, {{0,3}}(?P<place>{_UPPER_WORD}){_LOOSE_DASH_END}",
              unknown_outlet=True, unknown_names=True, start_only=True),
        # Riauterkini - PEKANBARU -   |   Kitasulsel—ENREKANG—Gubernur   |   riauterkini-PEKANBARU- Warga   (a one-word
        # name, in lower case too, then a place in capitals between dashes: a place alone would not name another
        # before it)
        _Form(rf"(?P<agency>[A-Z][A-Za-z0-9]{{2,30}}|{_LOWER_NAME.pattern}) {{0,3}}(?:--|-) {{0,3}}{_UPPER_PLACE}"
              rf" {{0,3}}(?P<sep>--|-)"
              rf"{_SENTENCE_NEXT}", unknown_outlet=True, unknown_names=True, start_only=True, not_label=True),
        # TIMESINDONESIA, MALANG –   |   Warta Ekonomi, Jakarta -   |   BORNEOMEDIA/SAMPIT –   |   Maluku News_ Ambon -
        # (a name that says it is an outlet, then the place after a comma, a slash or an underscore)
        _Form(rf"(?P<agency>{_NAMED_OUTLET}) ?[,/_] {{0,3}}(?P<place>{_PLACE_PART}){_LOOSE_DASH_END}{_SENTENCE_NEXT}",
              unknown_outlet=True, unknown_names=True, start_only=True, says_outlet=True),
        # PARBOABOA, Pematang Siantar –   |   LANGITKU NETWORKS, Makassar –   |   MuriaNewsCom, Cilacap –   |   MONITOR,
        # Sleman –   (a name in capitals or of glued words, then a known place in title case, a regency or a city abroad
        # too: the outlet before its place, as `TEMPO.CO, Jakarta -`; two names of one case are a place and its region;
        # four capitals at least, as `DPR, Jakarta -` names a body)   |   Kitasulsel, Gowa –   |   DETAKPAPUA, TUAL –
        # (or a name of one word that glues a province's name to another word, as outlets name themselves, then a
        # listed place in either case: `Cibinong, Bogor –` is a place and its regency)   |   SIDIKPOST | Kukar –   (a bar
        # for the comma; no place and its region is written with a bar between: a listed place in capitals after a name
        # in capitals and a bar is the place, `NAMAOUTLET | JAKARTA, -`)
        _Form(rf"(?P<agency>(?=[A-Z'.-]{{4}}){_UPPER_WORD}(?: {_UPPER_WORD}){{0,2}}"
              rf"|[A-Z][a-z]{{2,20}}(?:[A-Z][a-z]{{1,20}}){{1,2}}(?![\w.'-])|[A-Z][a-z]{{6,30}}(?= ?,))"
              rf" ?(?P<bar>[,|]) {{0,3}}(?P<place>{_PLACE_PART}),?{_LOOSE_DASH_END}{_SENTENCE_NEXT}",
              unknown_outlet=True, unknown_names=True, start_only=True, known_place=True),
        # Jakarta, Indonesia Window –   |   Jakarta, VOA –   |   SAMBAS, JEJARING KALBAR –   (words in capitals after a
        # listed place only: `MEDAN, SUMATERA UTARA –`, `BANDA ACEH, ACEH BESAR –` are a place and its region)
        _Form(rf"(?P<place>{_PLACE_PART}) ?, {{0,3}}(?P<agency>{_TITLE_NAME}|{_ACRONYM_NAME}|{_CAPS_NAME})"
              rf"{_LOOSE_DASH_END}{_SENTENCE_NEXT}",
              unknown_outlet=True, unknown_names=True, start_only=True, caps_after_listed=True),
        # Aceh Barat | Atjeh Terkini.id –   |   LHOKSEUMAWE | ACEH INFO –   (a bar between the place and an outlet that a
        # domain or an outlet's word names: `Mesuji Lampung | Masyarakat ...` is a place and its sentence)
        _Form(rf"{_PLACES} ?\| ?(?P<agency>(?:[A-Z][\w'-]{{1,30}} )?{_DOMAIN}"
              rf"|(?=[A-Z .&'-]*\b{_OUTLET_WORD}\b){_CAPS_NAME}){_LOOSE_DASH_END}{_SENTENCE_NEXT}",
              unknown_outlet=True, unknown_names=True, start_only=True),
        # Tondano, SULUTREVIEW (line break)   |   Simalungun,SS (line break)   (one word in capitals after the place, as
        # `Jakarta, VOA -`, ending the dateline's line)
        _Form(rf"(?P<place>{_PLACE_PART}) ?, {{0,3}}(?P<agency>{_ACRONYM_NAME})[ \t]{{0,3}}(?=\r?\n)",
              unknown_outlet=True, unknown_names=True, start_only=True),
        # Jakarta, NU Online (line break)   |   NEGARA, NusaBali (line break): a title-case name ends its line only
        # when it says it is an outlet (`Online`, `Times`, `News`...) or is a brand's two words glued (`NusaBali`):
        # `Jakarta, Indonesia`, `Jakarta, Senin` and a byline's `Acep Nazmudin, David Purba` on a line are no datelines.
        # Or the dash lost before the sentence (`Jakarta, NU Online Tidak ada ...`): then the name ends with the
        # outlet's word (`_match_at`)
        _Form(rf"(?P<place>{_PLACE_PART}) ?, {{0,3}}(?P<agency>(?=[A-Za-z .&'-]*\b(?i:{_OUTLET_NAME_WORD})\b)"
              rf"{_TITLE_NAME}|{_GLUED_WORDS})(?:[ \t]{{0,3}}(?=\r?\n)|(?P<lost>(?= [A-Z][a-z]+ [a-z]{{2}})))",
              unknown_outlet=True, unknown_names=True, start_only=True),
        # JAKARTA, 18/10 -   |   JAKARTA, Sabtu (27/5) -   |   PALEMBANG, SUMSEL 25/6 -   |   AMBON, MALUKU (28 November
        # 2019) -   (ANTARA FOTO's captions, press releases: the place's province before the date, no comma after it,
        # the date in parentheses)   |   KUALA LUMPUR, 27 Okt: Seramai   (Malay papers: a colon for the dash)
        _Form(rf"(?P<place>{_UPPER_NAME}(?:, ?(?P<region>{_UPPER_WORD}(?: {_UPPER_WORD}){{0,2}}))?)"
              rf"(?: ?, {{0,3}}| {{1,3}}(?=[\d(]))\(?{_DATED}\)?(?:{_LOOSE_DASH_END}|:(?= {{1,3}}[A-Z]))",
              start_only=True),
        # Jakarta, 7 Mei 2024 -   |   Jakarta, Selasa (7/5/2024) -   (press releases: a place in title case, vouched
        # for by the date after it and a sentence after the dash)
        _Form(rf"(?P<place>{_PLACE_PART}) ?, {{0,3}}{_DATED}{_SPACED_DASH_END}{_SENTENCE_NEXT}", start_only=True),
        # Medan, (Analisa). Ratusan warga   |   Moskow, (Analisa) (line break) Rusia dan ...   (an outlet in parentheses
        # after a comma, a full stop for the dash or the line's end, a sentence on the next line)
        _Form(rf"{_PLACES} ?, {{0,3}}\( ?(?P<agency>{_PAREN_NAME}) ?\)"
              rf"(?:\.(?= {{1,3}}[A-Z\"\u201c])|[ \t]{{0,3}}(?=\r?\n\s{{0,12}}[\"'“‘(]?[A-Z]))",
              unknown_outlet=True, unknown_names=True, start_only=True),
        # Ketapang:KM –   (a colon between the place and its outlet's acronym)
        _Form(rf"(?P<place>{_PLACE_PART}):(?P<agency>{_ACRONYM_NAME}){_LOOSE_DASH_END}{_SENTENCE_NEXT}",
              unknown_outlet=True, unknown_names=True, start_only=True),
        # JuaraNews Bandung -   (an outlet's name saying so, then a known city without a comma)
        _Form(rf"(?P<agency>[A-Z][\w.&'-]{{1,30}}) (?P<place>{_CAP_WORD}){_LOOSE_DASH_END}{_SENTENCE_NEXT}",
              unknown_outlet=True, unknown_names=True, start_only=True, says_outlet=True, alone=True, known_city=True),
        # PRFMNEWS -   |   JABAR EKSPRES –   |   IDXChannel -   |   Metro Merauke –   (an outlet alone, its name saying so,
        # or a brand's word and a listed place: `_names_outlet_of_place`)
        _Form(rf"(?P<agency>{_NAMED_OUTLET}){_LOOSE_DASH_END}{_SENTENCE_NEXT}",
              unknown_outlet=True, unknown_names=True, start_only=True, says_outlet=True, alone=True),
        # Jakarta: Pemerintah ...   |   Jakarta. A bill ...   (a city and a colon, Medcom, or a full stop, the Jakarta
        # Globe; only a known city, a label has this shape too)
        _Form(rf"(?P<place>{'|'.join(CITY_NAMES)})(?P<sep>[:.])(?= {{1,3}}[\"'“‘(]?[A-Z])", start_only=True),
        # KUALA LUMPUR: Kebakaran berlaku ...   (a place in capitals and a colon: Malaysian papers, Bernama)
        _Form(rf"{_UPPER_PLACE}(?P<sep>:)(?= {{1,3}}[\"'“‘(]?[A-Z])", start_only=True, weak=True),
        # PADANG—Di tengah   |   SOFIFI-Rabu (12/10)   |   JAMBI.Sudah dilantiknya   |   BANDUNG. Badan Nasional
        # (a known place in capitals, its dash glued to it and to the sentence, or a full stop for the dash)
        _Form(rf"{_UPPER_PLACE}(?P<sep>--|-|\.)(?= {{0,3}}[A-Z][a-z])", start_only=True, known_city=True),
        # PURWOREJO—Puluhan   |   Kupang–Polda   |   Bangka Selatan–Perkembangan   (an en or em dash glued to the place
        # and the sentence; a place in title case a known one)
        _Form(rf"{_UPPER_PLACE}(?P<sep>--|-)(?=[A-Z][a-z])", start_only=True, dash_written=True),
        _Form(rf"(?P<place>{_PLACE_PART})(?P<sep>--|-)(?=[A-Z][a-z])", start_only=True, dash_written=True,
              known_city=True),
        # MIMIKA –   |   MIMIKA– Warga   |   AMBON,- Tahun   |   BANYUWANGI, - Luka   |   DENPASAR ~ The   (a tilde
        # between spaces for the dash)
        _Form(rf"{_UPPER_PLACE}(?:,(?= ?-))?(?: {{1,3}}|(?=-+ ))(?P<sep>--|-|~(?= ))(?= |$|[A-Z][a-z])",
              start_only=True),
        # Jakarta - (Detik)   |   Mataram, NTB -   |   Jakarta– Polisi
        _Form(rf"(?P<place>{_PLACE_PART}(?: ?, ?{_PLACE_PART})?){_LOOSE_DASH_END}{_SENTENCE_NEXT}", start_only=True),
    )
    return tuple(_Form(re.compile(form.pattern), *form[1:]) for form in forms)  # type: ignore[arg-type]


_forms(DEFAULT_AGENCY_TYPOS, ())  # compiled at import, so that no call pays for it


# Words that open ordinary sentences and lists, never a place: `Ini - itu`, `Senin - Jumat`; and photo captions'
# labels (`Ilustrasi - Seorang anak ...`, `Arsip foto - ...`, `Tangkapan layar - ...`, `TEKS FOTO: ...`), and a
# credit's (`Laporan Wartawan ...`, `Humas Polres ... -`).
_NOT_PLACES = frozenset("""
ini itu dia ia kami kita saya aku mereka beliau anda namun tetapi tapi dan atau serta menurut sementara
selain oleh dalam untuk pada di ke dari yang para sebuah seorang salah hal ada tidak bukan jadi maka karena
sedangkan adapun berikut baca lihat simak foto video editor catatan update info tips cara daftar harga jadwal
berita kabar the this that but and in on at by for from with breaking live sumber keterangan penulis reporter
pewarta redaktur oleh penyunting halaman bagian perhatian pengumuman penting eksklusif exclusive hoaks hoax salah
fakta cek klarifikasi opini editorial kolom analisis wawancara terkini terbaru tanya jawab pertanyaan jawaban
kesimpulan lokasi waktu tanggal tempat peringatan disclaimer note
ilustrasi illustration arsip dokumentasi tangkapan teks laporan humas
""".split())

_CAPTION = re.compile(
    r"\((?:Foto|Photo|Dok|Doc|Sumber|Source|Ilustrasi|Illustration)\b[^()\n]{0,120}\)"
    r"|(?:Foto|Photo|Dok|Doc)\.? ?: ?[^\n]{0,80}?(?:/ ?[A-Za-z.]{2,30}|\b[A-Z]{2,10})(?= |$)",
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
# name's in title case, are no part of the dateline after them.
_CREDIT_RUN = re.compile(
    r"(?:(?:(?i:Laporan (?:Wartawan|Reporter)) [\w.-]+(?: [A-Z][\w.-]+)?|(?i:Penulis|Editor|Reporter|Pewarta|Wartawan))"
    r" ?:? ?,?(?: ?- )? ?(?:[A-Z][a-z']+ ){1,4}(?:\| ?)?)+")
# A paragraph runs on after a dateline's dash: forty characters at least on its line, or words to the end of a text
# cut short (`Jakarta - Rp 5 juta`, `Persib - Persija 2-1` on lines of their own are a list's rows).
_PARAGRAPH_RUNS_ON = re.compile(r"[^\n]{40}|[^\n]*[a-z]{3}[^\n]*\Z")
_BREAK = re.compile(r"\n|\s{2,}|\)\s")
_MONTH_AND_DAY = re.compile(
    r"(?P<mon>[A-Za-z\u0621-\u064A]{3,9})\.? {1,3}(?P<d>\d{1,2})(?!\d)"
    r"|(?P<d2>\d{1,2}) {1,3}(?P<mon2>[A-Za-z\u0621-\u064A]{3,9})"
)
_SPACED_SLASH = re.compile(r"(?<=\d) ?/ ?(?=\d)")
_DAY_SLASH_MONTH = re.compile(r"(?<!\d)(?P<d>[0-3]?\d)/(?P<m>[01]?\d)(?![\d/])")


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
    """`Aug 29`, `18/10`: a date whose year is not written (resolved from `base` when given)."""
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
    if (word := _LEADING_WORD.match(when)) and not _is_day_word(word[1]):
        return None  # `Jakarta, Ketua (7/5) -`: a name before the date, no dateline
    hijri = find_hijri(when)
    # `31/12 / 2021`: spaces around a slash of a numeric date (ANTARA's English features).
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


_PLACE_NAME = re.compile(_COMPOUND_PLACE)
_WRITTEN_DASHES = frozenset({"\u2013", "\u2014", "\u2015", "--"})  # en, em and horizontal bar dashes; two hyphens
_GLUED_CAPITAL = re.compile(r"[a-z]{3}[A-Z]")  # `MetroPalembang`; `McAllen`, `DeKalb` are places
_WORD_START = re.compile(r"\S+")
_BYLINE_WORDS = frozenset({"oleh", "by"})
# An English sentence opening after a dateline's dash (`The ...`, `An armed group ...`, `Under the ...`).
_ENGLISH_NEXT = re.compile(r"[ \t]{0,3}(?:(?:The|A|An)\b|[A-Z][a-z]+ (?:the|a|an|of|in|on|at|to|for|from|with|has|have"
                           r"|had|is|are|was|were|said|will)\b)")
_CITIES = frozenset(name.lower() for name in CITY_NAMES)


def is_place_name(name: str) -> bool:
    """`name` is a province or country, or a place name of a shape no person's name has (`Banda Aceh`, `Jakarta
    Pusat`, `Kuala Lumpur`, `Rio de Janeiro`)."""
    return is_region(name) or _PLACE_NAME.fullmatch(name.strip()) is not None


def _byline_length(place: str) -> int:
    """How much of a dateline's place is the byline glued before it (`Oleh Wuryanti Puspitasari Jakarta (Antara) -`,
    a byline element run into the lead): `Oleh` or `By`, a name, then the place, the longest known one ending the
    words (`_is_known_place`), else the last word. 0 when the place opens with no byline."""
    words = list(_WORD_START.finditer(place.split(",")[0]))
    if len(words) < 3 or words[0][0].lower() not in _BYLINE_WORDS:
        return 0
    for word in words[2:]:  # the name has one word at least
        if _is_known_place(place[word.start():].split(",")[0]):
            return word.start()
    return words[-1].start()


def _digest_byline(place: str, folded: str, end: int) -> int | None:
    """How much of a place-only dateline is the byline an English digest writes in its stead, when an English sentence
    follows the dash: a name of two words or more before a known city that is no region (`Safrin La Batu, Jakarta – The
    military ...`); None when the whole is a name in title case of two words or more that is no known place (`Len
    Garae – The Chairman ...`). 0 when the place is the place."""
    if not _ENGLISH_NEXT.match(folded, end):
        return 0
    parts = place.split(",")
    if len(parts) == 1:
        known = place.isupper() or len(place.split()) < 2 or _is_known_place(place)
        return 0 if known else None
    first, last = parts[0].strip(), parts[-1].strip()
    if (len(parts) == 2 and last.lower() in _CITIES and not is_region(last) and len(first.split()) >= 2
            and not _is_known_place(first)):
        return place.rindex(last)
    return 0


def _clean_place(place: str | None) -> str | None:
    """The place without a weekday or month written after it as if it were its region (`Jakarta, Selasa -`)."""
    if place is None:
        return None
    parts = place.strip(" ,").split(",")
    while len(parts) > 1 and _is_day_word(parts[-1]):
        parts.pop()
    return ",".join(parts).strip(" ,") or None


def _is_day_word(word: str) -> bool:
    """A weekday or a month name (`Selasa`, `Mei.`), which no place, outlet or name before a date is."""
    word = word.strip(" .").lower()
    return weekday_number(word) is not None or month_number(word) is not None


def _is_place(place: str, typos: tuple[str, ...], aliases: Aliases) -> bool:
    """A place named with no agency: not an agency, a sentence opener, a weekday or a month, nor capitals in
    words of three letters at most (`DPR RI -`, `KPK -`: acronyms of bodies), nor a brand's words glued
    (`MetroPalembang -` is an outlet) or a name with an outlet's word (`METRO ONLINE MAROS--`), nor words with a
    letter alone among them, as no place's name has (`NAMA MEDIA I KOTA.-`: a capital I for a bar)."""
    words = re.split(r"[ ,]+", place.strip(" ,"))
    first = words[0].strip(".").lower()
    if place.isupper() and all(len(word.strip(".'")) <= 3 for word in words):
        return False
    if len(words) > 1 and any(len(word.strip(".'")) == 1 for word in words):
        return False
    if _GLUED_CAPITAL.search(place):
        return False
    return (agency_name(place, typos=typos, aliases=aliases) is None and first not in _NOT_PLACES
            and not _is_day_word(first) and not _says_outlet(place, alone=False))


def _is_outlet_name(token: str) -> bool:
    """An agency token missing from the table is an outlet when it is a domain or a capitalised
    name (`iNewsBanten` too), a name glued to an outlet's word (`10Berita` too), or a lower-case word of six letters at
    least that a form's shape vouches for (`riauterkini-PEKANBARU-`), but not a weekday or a month (`(Senin)`) nor a
    short lower-case word (`ap –`)."""
    if not (_DOMAIN_TOKEN.fullmatch(token) or token[:1].isupper() or re.match(_CAMEL_START, token)
            or _LOWER_NAME.fullmatch(token) or _GLUED_OUTLET.fullmatch(token)):
        return False
    first = re.split(r"[ /.]", token.strip(), maxsplit=1)[0].lower()
    return not _is_day_word(first)


def _says_outlet(name: str, *, alone: bool) -> bool:
    """`name` says it is an outlet: a word of it glued to an outlet's word (`TIMESINDONESIA`, `IDXChannel`), or,
    unless it stands `alone`, one of its words an outlet's word (`Warta Ekonomi`, `WE Online`); alone, a name in
    capitals of two words may have that word (`JABAR EKSPRES`)."""
    words = name.split()
    if any(_GLUED_OUTLET.fullmatch(word) for word in words):
        return True
    has_word = any(_NAMED_OUTLET_WORD.fullmatch(word) for word in words)
    return has_word and (not alone or (len(words) > 1 and name.isupper()))


# Words that brand an outlet beside a place's name, no place's part (`Metro Merauke`, `BALI TRIBUNE`); `Metro` alone
# is a city (`Kota Metro`).
_BRAND_WORDS = frozenset({"metro", "tribune"})


def _names_outlet_of_place(name: str) -> bool:
    """`name` is two words, an outlet's word (`_NAMED_OUTLET_WORD`, `Metro`, `Tribune`) and a listed place, in any
    case and order: `Metro Merauke`, `BALI TRIBUNE`, `Radar Bogor` name outlets, no place. A word that is a listed
    place itself before a province is that place and its province (`Metro Lampung`)."""
    words = name.split()
    if len(words) != 2:
        return False
    for word, other in (words, words[::-1]):
        if ((word.lower() in _BRAND_WORDS or _NAMED_OUTLET_WORD.fullmatch(word)) and _is_listed_place(other)
                and not (is_region(other) and _is_listed_place(word))):
            return True
    return False


def _opens_sentence(place: str | None) -> bool:
    """The place an unknown outlet's match found is a sentence's first word (`Menurut, Ketua Umum -`), a weekday
    or a month (`Sabtu, (Analisa).`)."""
    if place is None:
        return False
    first = re.split(r"[ ,]+", place.strip(" ,"))[0].strip(".").lower()
    return first in _NOT_PLACES or _is_day_word(first)


def _is_known_place(name: str) -> bool:
    """`name` is a known city (`CITY_NAMES`, any case), a province or country, or has a place name's shape (in
    capitals too: `KOTA BANDUNG`)."""
    return (" ".join(name.split()).lower() in _CITIES or is_place_name(name)
            or (name.isupper() and is_place_name(name.title())))


def _is_listed_place(name: str) -> bool:
    """`name` is a known place (`_is_known_place`), one of Indonesia's regencies and cities or a city abroad."""
    return _is_known_place(name) or is_gazetted(name)


def _glues_province_before_place(token: str, place: str) -> bool:
    """An outlet's name that glues a province's name to another word (`Kitasulsel`, `DETAKPAPUA`) and is no listed
    place (`Balikpapan` is), before a listed place."""
    return glues_province(token) and not _is_listed_place(token) and _is_listed_place(place)


def _qualified_place(match: re.Match[str]) -> bool:
    """An unknown outlet's match that is a place and its region: `Bandung, Jawa Barat -`, `Cibinong, Bogor -`,
    `Depok, Sleman -` (a region, a known place or a listed regency where an outlet's name would follow the place),
    `MEDAN, SUMUT -` (a name in capitals before a region, with no outlet's word or domain: `TIMES MALANG, JAKARTA -`,
    `PEDOMANRAKYAT, RIAU -` stay outlets)."""
    token, place = match["agency"], match.groupdict().get("place")
    if _is_listed_place(token):
        return True
    return (place is not None and match.start("agency") < match.start("place") and is_region(place)
            and not _DOMAIN_TOKEN.search(token) and not _OUTLET_WORD_TOKEN.search(token)
            and not _says_outlet(token, alone=True))


def _match_at(folded: str, decoded: str, position: int, *, at_start: bool, typos: tuple[str, ...],
              aliases: Aliases, base: datetime | date | None) -> tuple[_Form, re.Match[str], _When | None] | None:
    for form in _forms(typos, aliases):
        if form.start_only and not at_start:
            continue
        match = form.pattern.match(folded, position)
        if match is None:
            continue
        groups = match.groupdict()
        token = groups.get("agency")
        if token and agency_name(token, typos=typos, aliases=aliases) is None and (
                not form.unknown_outlet or not _is_outlet_name(token)
                or not (form.unknown_names or _DOMAIN_TOKEN.fullmatch(token)) or _qualified_place(match)
                or _opens_sentence(match.groupdict().get("place"))):
            continue
        if form.says_outlet and (not (_says_outlet(token, alone=form.alone)
                                      or form.alone and _names_outlet_of_place(token)) or _opens_sentence(token)):
            continue  # `BREAKING NEWS –` opens a sentence
        if form.not_label and _opens_sentence(token):
            continue
        if form.caps_after_listed and " " in token and token.isupper() and not _is_listed_place(match["place"]):
            continue
        if form.known_city and not _is_known_place(match["place"]):
            continue
        if form.listed_place and not (groups.get("lostsep") == "," and _UPPER_NAME_TOKEN.fullmatch(match["place"])
                                      ) and not _is_listed_place(match["place"]):
            continue
        if form.says_outlet and groups.get("place") and _says_outlet(match["place"], alone=False):
            continue
        if form.known_place and not _glues_province_before_place(token, match["place"]) and not (
                match["bar"] == "|" and token.isupper() and _is_listed_place(match["place"])) and (
                match["place"].isupper() or token[1:].islower() or not (
                _is_listed_place(match["place"]) or _says_outlet(token, alone=False) or _GLUED_BRAND.fullmatch(token))):
            continue
        if token is None and not _is_place(match["place"], typos, aliases):
            continue
        if groups.get("region") and not is_region(match["region"]):
            continue
        if groups.get("lost") is not None and not _NAMED_OUTLET_WORD.fullmatch(token.split()[-1]):
            continue  # the dash lost: only a name ending with an outlet's word is told from the sentence
        if form.dash_written and decoded[match.start("sep"):match.end("sep")] not in _WRITTEN_DASHES:
            continue
        if not form.dash_written and _hyphen_in_name(folded, match):
            continue
        when = None
        if groups.get("when"):
            when = _read_when(match["when"], decoded[match.start("when"):match.end("when")], base)
            if when is None:
                continue
        elif groups.get("stated"):
            stated = parse_date(match["clock"] or match["stated"], base=base)
            when = _When(stated.date() if stated else None, None, False)
        return form, match, when
    return None


def _hyphen_in_name(folded: str, match: re.Match[str]) -> bool:
    """The match's dash is a hyphen inside a name (`Al-Khalil`): glued to a place not in capitals
    (`JAKARTA-Ketua` is a dateline) and to the letter after it, unless an agency vouches for the dateline and the
    place is a listed one before a sentence's capitalised word (`Outlet.id, Kupang-Gubernur ...`)."""
    groups = match.groupdict()
    if groups.get("sep") != "-" or not groups.get("place"):
        return False
    glued = match.start("sep") == match.end("place")
    after = folded[match.end("sep"):match.end("sep") + 2]
    if glued and groups.get("agency") and re.fullmatch(r"[A-Z][a-z]", after) and _is_listed_place(match["place"]):
        return False
    return glued and after[:1].isalpha() and not match["place"].isupper()


# Where a dateline may begin: inside a line (after two spaces, `) `), where only an agency vouches for it; at a line's
# start; at the text's start or after a caption or a credit.
_IN_LINE, _LINE_START, _TEXT_START = 0, 1, 2


def _candidate_starts(folded: str) -> list[tuple[int, int]]:
    """Where a dateline may begin, with the kind of start (`_IN_LINE`, `_LINE_START`, `_TEXT_START`)."""
    starts: list[tuple[int, int]] = [(0, _TEXT_START)]
    # A start is looked at within `_SEARCH_WINDOW`: what ends beyond it is not searched for.
    # The caption's and the credit's regexes are slow to try at every position: only where one of their words is.
    head = folded[:_SEARCH_WINDOW + 20].lower()
    if ("foto" in head or "photo" in head or "dok" in head or "doc" in head or "sumber" in head or "source" in head
            or "ilustrasi" in head or "illustration" in head):
        starts += [(match.end(), _TEXT_START) for match in _CAPTION.finditer(folded, 0, _SEARCH_WINDOW)]
    if ("laporan" in head or "penulis" in head or "editor" in head or "reporter" in head or "pewarta" in head
            or "wartawan" in head):
        starts += [(match.end(), _TEXT_START) for match in _CREDIT_RUN.finditer(folded, 0, _SEARCH_WINDOW)]
    if "\n" in folded:
        starts += [(match.end(), _TEXT_START) for match in _CAPTION_LINE.finditer(folded, 0, _SEARCH_WINDOW + 10)]
    # A line's start is nearly as good as the text's: what stands on the lines above it (a caption, a kicker, a credit,
    # a page's `loading...`) has no marker to be known by; a break inside a line (`  `, `) `) is no such start.
    starts += [(match.end(), _LINE_START if "\n" in match[0] else _IN_LINE)
               for match in _BREAK.finditer(folded, 0, _SEARCH_WINDOW)]
    skipped: dict[int, int] = {}
    for position, kind in starts:
        while position < len(folded) and folded[position] in " \t\r\n":
            position += 1
        if position < _SEARCH_WINDOW:
            skipped[position] = max(skipped.get(position, _IN_LINE), kind)
    return sorted(skipped.items())


# Jakarta (line break) Para kardinal ...   (Detik's layout: the dash in an element of its own, lost with it): a known
# city alone on the text's first line, a sentence below; read when no other dateline is.
_CITY_LINE = re.compile(rf"[ \t\r\n]{{0,20}}(?P<place>{'|'.join(CITY_NAMES)}|{'|'.join(CITY_NAMES).upper()})"
                        r"(?:[ \t]{0,3}(?P<sep>--|-))?[ \t]*\r?\n\s*(?=[\"'“‘(]?[A-Z0-9])")


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
        _forms(typos, aliases)
    except re.error:  # a profile's alias that is not a regex: read without the profile's spellings
        typos, aliases = DEFAULT_AGENCY_TYPOS, ()
    decoded, offsets = _decode(text[:_RAW_WINDOW])
    folded = fold(decoded)
    fallback: Dateline | None = None  # a weak form's dateline, read when no later line opens with another
    for position, kind in _candidate_starts(folded):
        if fallback is not None and kind == _IN_LINE:
            continue
        found = _match_at(folded, decoded, position, at_start=kind != _IN_LINE, typos=typos, aliases=aliases,
                          base=base)
        if found is None:
            continue
        form, match, when = found
        groups = match.groupdict()
        token = decoded[match.start("agency"):match.end("agency")] if groups.get("agency") else None
        if token is None and kind == _LINE_START and not _PARAGRAPH_RUNS_ON.match(folded, match.end()):
            continue  # a line below the first that names a place alone opens a paragraph, not a list's row
        canonical = agency_name(token, typos=typos, aliases=aliases) if token else None
        start, end = match.start(), match.end()
        place = decoded[match.start("place"):match.end("place")] if groups.get("place") else None
        if place is not None and (byline := _byline_length(place)):
            place, start = place[byline:], match.start("place") + byline
        if place is not None and token is None and (digest := _digest_byline(place, folded, end)) != 0:
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
        if fallback is None and form.weak:
            fallback = dateline
            continue
        if fallback is not None and (form.weak or form.attribution):
            continue
        return dateline
    if fallback is not None:
        return fallback
    if (line := _CITY_LINE.match(folded)) is not None:
        end = line.end("sep") if line["sep"] else line.end("place")
        return Dateline(raw=decoded[line.start("place"):end], place=decoded[line.start("place"):line.end("place")],
                        agency=None, date=None, hijri=None, start=offsets[line.start("place")], end=offsets[end])
    return None

"""The forms a dateline is written in (`Form`, `forms`: place and agency in either order, in parentheses or not, with
a date, a domain, an outlet's name, a dash, a colon or a bar), in order of trust, and the regex pieces they are built
from. `dateline.py` matches them at a text's candidate starts; `dateline_names.py` judges the names they read."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from crawler.parsing.agencies import DEFAULT_AGENCY_TYPOS, Aliases, agency_pattern
from crawler.parsing.regions import ARABIC_CITY_NAMES, ARABIC_COUNTRY_NAMES, CITY_NAMES, MALAYSIAN_CITY_NAMES

_LETTER = r"A-Za-z\u00C0-\u024F"
_CAP_WORD = rf"[A-Z\u00C0-\u00DE][{_LETTER}'.]{{0,30}}(?:-[{_LETTER}']{{1,30}}){{0,3}}"
# No `di`: Indonesian for "in", it joins a title's words to a place (`Wisata Alam di Malang -`, `Pulau Saronde di
# Gorontalo –`: a blog's title run into its text), no place's name.
_CONNECTOR = r"(?:al|el|an|ad|as|ar|de|da|du|es|la|le|of|van|der|bin)"
_PLACE_PART = rf"{_CAP_WORD}(?: (?:{_CAP_WORD}|{_CONNECTOR}(?= [A-Z]))){{0,4}}"
_PLACES = rf"(?P<place>{_PLACE_PART}(?: ?, {{0,2}}{_PLACE_PART}){{0,2}})"
# Two places joined by a slash (`SOA/NGADA, vigonews.com -`, `Jakarta/Bogor –`, `Nusa Dua/Bali –`): a story filed from
# both, or a district and its regency (`dateline_names.joins_places` judges them); read where an outlet's name follows
# the place or where the place stands alone, as the slash costs every form a try.
_SLASHED = rf"(?:/{_CAP_WORD}(?: {_CAP_WORD}){{0,2}})?"
# Or before a date and the agency in parentheses (`RAMALLAH/GAZA, July 4 (NNN-WAFA) –`: a wire's copy), the last
# name's English kind typed in lower case (`Gaza strip, 27 Sya’ban 1435/25 June 2014 (MINA) –`, MINA's English service):
# the date and the agency after it vouch for the place; after an article it is a phrase (`The strip, ...`).
_SLASHED_PLACES = (rf"(?P<place>{_PLACE_PART}{_SLASHED}(?: ?, {{0,2}}{_PLACE_PART}){{0,2}}"
                   rf"(?:(?<!\bThe)(?<!\bAn)(?<!\bA) (?:strip|city|province|regency|district)(?= ?,))?)")
# Or its region's kind in lower case after it, as English copy writes it (`Jagoi Babang, West Kalimantan province
# (Antara News) -`, ANTARA's English service), or its compass word typed in lower case (`Tulang Bawang barat (SL)-`,
# a regional paper): read before an agency's parentheses only, which vouch for the place. Or two places joined by a
# slash (`SEOUL/WASHINGTON (Reuters) - A Pentagon ...`: a wire's story filed from both, `_SLASHED`).
_KIND_PLACES = (rf"(?P<place>{_PLACE_PART}{_SLASHED}(?: ?, {{0,2}}{_PLACE_PART}){{0,2}}"
                rf"(?: (?:province|regency|district|barat|timur|utara|selatan|tengah)(?= {{0,3}}\())?)")
_UPPER_WORD = r"[A-Z][A-Z'.]{1,30}(?:-[A-Z']{1,30}){0,3}"
# A month's name or its abbreviation in capitals, Indonesian, Malay or English (`NOV`, `OGOS`, `JANUARI`).
_CAPS_MONTH = (r"(?:JAN|FEB|PEB|MAR|MAC|APR|MEI|MAY|JUN|JUL|AGU|AGS|AGT|AUG|OGO|SEP|OKT|OCT|NOV|NOP|DES|DIS|DEC)"
               r"[A-Z]{0,6}\.?")
# Four capitals at least (`RI -`, `AS -` are no datelines), or a short first word of a longer name (`DEN HAAG`,
# `NEW YORK`, `RIO DE JANEIRO`; `DPR RI` stays out).
_UPPER_NAME = (rf"(?=[A-Z'.-]{{4}}|[A-Z'.-]{{2,3}} (?:[A-Z]{{2}} )?[A-Z'.-]{{3}})"
               rf"{_UPPER_WORD}(?: {_UPPER_WORD}){{0,3}}")
_UPPER_PLACE = rf"(?P<place>{_UPPER_NAME})"
UPPER_NAME_TOKEN = re.compile(_UPPER_NAME)
# Place names of more than one word, told from the sentence after them where a dateline lost its dash: a
# first word that is only a name's start (Banda Aceh, Kuala Lumpur, Tanjung Pinang, Pematang Siantar, New York), a
# compass or a "Raya" second word (Jakarta Pusat, Palangka Raya), a connector (Rio de Janeiro).
_NAME_STARTS = (r"(?:Banda|Bandar|Kuala|Tanjung|Pangkal|Palangka|Pematang|Kota|Pulau|Muara|Teluk|Sungai|Labuan|Simpang"
                r"|Kepulauan|Kabupaten|Tel|Den|New|Los|Las|San|Santa|Sao|Abu|Hong|Sri|Port|Saint|Rio)")
NAME_START_PLACE = rf"{_NAME_STARTS} {_CAP_WORD}"  # Simpang Ampek, Tanjung Enim: told by the first word alone
COMPOUND_PLACE = (rf"{NAME_START_PLACE}|{_CAP_WORD} (?:Pusat|Selatan|Barat|Timur|Utara|Tengah|Raya)(?!\w)"
                   rf"|{_CAP_WORD} {_CONNECTOR} {_CAP_WORD}")
# The words of places abroad named with `of` (`Gulf of Aden`, `Republic of Korea`, `Kingdom of Saudi Arabia`).
_PLACE_OF_WORDS = (r"(?:Gulf|Bay|Isle|Isles|Strait|Straits|Sea|Cape|Port|Republic|Kingdom|Sultanate|State|City|Island"
                   r"|Islands|Lake|Mount|Bank)")
_ARABIC_WORD = r"[\u0621-\u064A\u0671-\u06D3]{2,20}"
_ARABIC_PLACE = rf"(?P<place>{_ARABIC_WORD}(?: {_ARABIC_WORD}){{0,3}})"
# Or a village and its regency parted by Arabic commas, as the Latin forms write `<village>, <regency>, MINA –`
# (MINA's Arabic edition, 2024: `مهاجرون، جنوب لامبونج، مينا –`, "Muhajirun, South Lampung").
_ARABIC_PLACE_PARTS = (rf"(?P<place>{_ARABIC_WORD}(?: {_ARABIC_WORD}){{0,3}}"
                       rf"(?: ?[،,] ?{_ARABIC_WORD}(?: {_ARABIC_WORD}){{0,3}}){{1,2}})")
# A place before a wire's name in Arabic: three words at most, none of them `في` ("on"), which opens the date after it
# (`أبوظبي في 14 مايو / وام /`).
_ARABIC_WIRE_PLACE = rf"(?P<place>{_ARABIC_WORD}(?: (?!في ){_ARABIC_WORD}){{0,2}})"
# A place before an Arabic outlet's name is no country: `ماليزيا – كوالالمبور` is a country and its city. A country
# named as its capital (`عمان` is Amman and Oman, `الكويت` Kuwait and its city) is the city before an outlet's name
# (`عمان- معا- طلب ...`, Ma'an's house style), the country only before a listed city (`الكويت - الجهراء` stays out).
_ARABIC_CAPITAL_COUNTRIES = tuple(name for name in ARABIC_COUNTRY_NAMES if name in ARABIC_CITY_NAMES)
_ARABIC_NO_COUNTRY = (rf"(?=[\u0621-\u064A])"
                      rf"(?!(?:{'|'.join(name for name in ARABIC_COUNTRY_NAMES if name not in ARABIC_CITY_NAMES)}) ?-)"
                      rf"(?!(?:{'|'.join(_ARABIC_CAPITAL_COUNTRIES)}) ?- ?(?:{'|'.join(ARABIC_CITY_NAMES)})(?![\u0621-\u064A]))")
# Nor is a writer's label before its dash a place (an Egyptian paper's `كتبت-زينب سعيد` over the lead, `كتب – عماد
# إبراهيم`: "wrote", a woman's `كتبت`; `حاوره`, "interviewed him"): the writer's name after it is no outlet.
_ARABIC_NO_WRITER = r"(?!(?:كتبت?|حاورت?(?:ه|ها)) ?-)"
# An Arabic outlet's last word (`عروبة الإخباري`, `لبنان اليوم`, `صدى نيوز`): a name ending so is no place; a time of
# day before `اليوم` is a time (`قال مراسل – فجر اليوم – إن`).
# A sentence opening with a reporting verb ("said", "stressed", "added": `وقال المرصد (سانا) - إن`) is no dateline's place.
_ARABIC_REPORTING_VERB = r"(?!و?(?:قال|أكد|أضاف|أوضح|ذكر|أعلن|أفاد))"
_ARABIC_OUTLET_WORD = (r"(?:(?<!فجر )(?<!صباح )(?<!مساء )(?<!ظهر )(?<!عصر )(?<!ليلة )(?<!مطلع )(?<!حتى )(?<!منذ )اليوم"
                       r"|نيوز|الإخباري|الإخبارية|الاخباري|الاخبارية|برس|بوست|تايمز|نت|أونلاين|الآن)")
# Of those, the brands' words borrowed from English ("news", "press", "post"), no sentence's: a name of three words with
# one second is an outlet's (`سكاي نيوز عربية`, "Sky News Arabia"), as `استشهد اليوم شابان` ("two young men were killed
# today") is a sentence.
ARABIC_BRAND_WORD = r"(?:نيوز|برس|بوست|تايمز|نت|أونلاين)"
# `وكالات`, "agencies", after an Arabic outlet's name: the wires it drew on too, no word of the name.
_WIRES_CREDIT = r"وكالات(?![\u0621-\u064A])"

# Outlets the agency table does not know, by how they show themselves.
# A domain, also with a subdomain or two (`jakarta.suaramerdeka.com`, `tribratanews.polri.go.id`): Indonesia's
# second-level domains, and the newer top-level names of small outlets (`AJATAPPARENG.ONLINE, PAREPARE –`,
# `SEMARANG.TOP –`: a domain named after its city is no place; `TANJUNG REDEB.NIAGA.ASIA –`, the place glued by the
# domain's dot); a name may open with figures before its letters (`90detik.com`), and its top-level name's dot be typed
# twice (`KHATULISTIWAONLINE..COM`); an underscore and a space after it are the dash typed so (`Seruan.id_ Ada ...`).
_DOMAIN = (r"(?:[A-Za-z]|\d{1,4}(?=[A-Za-z]))[A-Za-z0-9-]{1,30}(?:\.[A-Za-z][A-Za-z0-9-]{1,30}){0,2}"
           r"\.\.?(?i:(?:co|or|web|go|ac|sch|my|biz)\.id|com|co|id|net|org|news|tv|info|online|top|xyz|site|asia)"
           r"(?!(?!_ )\w|\.\w)")
DOMAIN_TOKEN = re.compile(_DOMAIN)
# Or its top-level name in lower case glued to a capital, the space after it lost with a link's end
# (`Melanesiatimes.comKota Sorong –`).
_GLUED_DOMAIN = (r"(?:[A-Za-z]|\d{1,4}(?=[A-Za-z]))[A-Za-z0-9-]{1,30}(?:\.[A-Za-z][A-Za-z0-9-]{1,30}){0,2}"
                 r"\.(?:(?:co|or|web|go|ac|sch|my|biz)\.id|com|co|id|net|org|news|tv|info|online)(?=[A-Z][a-z])")
# A domain's second level, no outlet's name (`SURYA.CO.ID` is no place SURYA and outlet CO.ID).
_SECOND_LEVEL = r"(?i:co|or|web|go|ac|sch|my|biz|com|net)"
# (Indonesia Window); a paper's copy through a network names both after a slash (`(THE STAR/ASIA NEWS NETWORK)`).
_PAREN_NAME = (r"[A-Z][\w.&'-]{0,30}(?:[ /][A-Z][\w.&'-]{0,30}){0,3}"
               r"(?:/[A-Z][\w.&'-]{0,30}(?: [A-Z][\w.&'-]{0,30}){0,2})?")
# Or a copy's sources in capitals, a spaced slash between them (`KATAKAMI / THE JAKARTA POST`).
_SOURCES = r"[A-Z][\w.&'-]{1,30}(?: ?/ ?[A-Z][\w.&'-]{1,30}| [A-Z][\w.&'-]{1,30}){0,4}"
_CAPS_NAME = r"[A-Z][A-Z0-9.&'-]{1,30}(?: [A-Z][A-Z0-9.&'-]{1,30}){1,2}"  # TIMES MALANG
_OUTLET_WORD = r"(?:TIMES|NEWS|POS|POST|TV|ONLINE|MEDIA|PRESS|DAILY|BERITA|KABAR|WARTA|RADAR|TRIBUN|SUARA|INFO)"
OUTLET_WORD_TOKEN = re.compile(rf"\b{_OUTLET_WORD}\b")
# A name written before the place or alone that says it is an outlet: `Warta Ekonomi, Jakarta -`, `WE Online,
# Jakarta -`, `JABAR EKSPRES –`, or glued (`dateline_names.py`).
_NAMED_OUTLET = (r"(?:[A-Z]|\d{1,4}(?=[A-Z]))[A-Za-z0-9\u00C0-\u024F.&'-]{1,30}"
                 r"(?: [A-Z][A-Za-z0-9\u00C0-\u024F.&'-]{1,30}){0,2}")
# The outlet words no heading or phrase ends a line with (`Berita Terkini`, `Info Terbaru` do)...
_OUTLET_NAME_WORD = r"(?:TIMES|NEWS|POS|POST|TV|ONLINE|MEDIA|PRESS|DAILY|RADAR|TRIBUN|SUARA|JURNAL)"
# ...and, in a name before its place or alone, a few more (`Warta Ekonomi`, `IDX Channel`, `JABAR EKSPRES`,
# `LOMBOK INFO`, `HARIAN MERAPI`: a daily's word), and a regional office's or a government's news desk (`DISKOMINFO
# INDRAMAYU –`, `Jatim Newsroom -`, `Kominfo, Sidoarjo -`: the regency's communication office signing its release).
NAMED_OUTLET_WORD = re.compile(rf"(?i:{_OUTLET_NAME_WORD}|WARTA|HARIAN|CHANNEL|EKSPRES|EXPRESS|RADIO|INFO|NETWORKS?"
                               r"|(?:DIS)?KOMINFO|NEWSROOM)")
# A lower-case outlet's name (`riauterkini`), read only where a form's shape vouches for it.
LOWER_NAME = re.compile(r"[a-z][a-z0-9]{5,30}")
# A brand's two words glued, each capitalised (`NusaBali`, `BeritaSatu`), as no name of a person or place is written.
_GLUED_WORDS = r"[A-Z][a-z]{2,20}[A-Z][a-z]{2,20}(?![\w.'-])"
# A brand's lower-case letter before a capital (`iNewsBanten`, `eKoran`), which no word of a sentence has.
CAMEL_START = r"[a-z][A-Z][a-z]"
# A title-case name (`Indonesia Window`, `IDN Times`, `iNewsBanten`): a word with a lower-case letter, after at most
# one short word in capitals, so that `NTB` stays a province; or after an outlet's word in capitals and that short
# word (`Cireundeu, BERITA UIN Online – Rektor ...`, a campus's news desk).
# An outlet's web address, its top-level domain after its name (`Sumut24.co`, `Kabar6.com`): a word alone has none.
_LINE_ADDRESS = r"[A-Z][A-Za-z0-9-]{1,30}(?:\.[A-Za-z]{2,3}){1,2}"
_TITLE_NAME = (rf"(?:(?:(?:{_OUTLET_WORD} )?[A-Z]{{2,5}} )?[A-Z][A-Z'.]{{0,20}}[a-z]|{CAMEL_START})[{_LETTER}'.-]{{0,30}}"
               rf"(?: {_CAP_WORD}){{0,2}}")
# Or one word in capitals after the place (`Jakarta, VOA -`, `MAKASSAR, FAJAR --`): a province or country there is
# the place's region (`Mataram, NTB -`, `MEDAN, SUMUT -`), anything else the outlet. A hyphen may end it only as the
# dateline's dash, a space after it (`HALTENG, OT- Bupati`; `Jakarta, PT-X` names no outlet). Names of up to twenty
# letters (`POHUWATO, CARAPANDANG -`, else read as a place and its region).
_ACRONYM_NAME = r"[A-Z][A-Z0-9&]{1,19}(?![\w.']|-\S)"
# Or two such words joined by a hyphen, one of them an outlet's word (`Depok, PRESISI-NEWS | Komisi ...`): no place
# and its region are joined so, and `Jakarta, PT-X` names no outlet.
_HYPHENED_OUTLET_NAME = (rf"(?=[A-Z0-9]{{0,20}}-?\b{_OUTLET_WORD}\b)"
                         r"[A-Z][A-Z0-9]{1,19}-[A-Z][A-Z0-9]{1,19}(?![\w.'-])")

# The dash may sit on the next line, and be three hyphens (`Jakarta --- Konsep ...`, a ministry's release); a
# domain-named outlet may end its dateline with the line.
_GAP = r"[ \t]{0,3}(?:\r?\n[ \t]{0,12})?"
# An underscore for the dash too (`Tribratanews.com _Pada ...`), or a tilde (`Headline.co.id, Medan ~ Sumatera ...`).
_END = rf"{_GAP}(?P<sep>---?|-|:|_(?= ?[A-Z])|~(?= {{0,3}}[A-Z]))"
# A hyphen between a word and a lower-case letter joins a compound word (`Editor-in-chief`), no dateline's dash.
_DASH_END = rf"{_GAP}(?P<sep>---?|-)(?!(?<=\w-)[a-z])"
# Where no agency vouches for the dateline, the dash stands apart: `Masjid Al-Aqsa` is no dateline. A stray semicolon
# glued after it, a space after that, is a slip of the keys (`JAKARTA, Harnasnews -; Empat menteri ...`), no sentence's.
_SPACED_DASH_END = r"(?:[ \t]{1,3}|[ \t]{0,3}\r?\n[ \t]{0,12})(?P<sep>---?|-)(?:;(?= ))?"
# Or glued to the word before it when a space follows (`Jakarta– Polisi`, `TIMES MALANG, JAKARTA– Warga`).
_LOOSE_DASH_END = rf"(?:{_SPACED_DASH_END}|(?=-+ )(?P<glued>---?|-))"
# After an outlet's name and its place, two or three hyphens glued to both words too (`MOMENTUM, Bandarlampung--Sempat
# ...`): no compound word is written with them, and the name before vouches for the dateline; or an en or em dash glued
# so (`Kitasulsel, Makassar—Tribun Timur ...`), folded to one hyphen: `dateline._match_at` wants it written as a dash.
_OUTLET_DASH_END = rf"(?:{_SPACED_DASH_END}|(?=-+ |---?[A-Z][a-z]|-[A-Z][a-z])(?P<glued>---?|-))"
# An outlet and a dash before a numeric date are a page's time stamp (`Kompas.com - 28/12/2015, 23:20 WIB`), the
# dateline further down.
_NO_STAMP = r"(?! {0,3}\d{1,2}/\d{1,2}/\d{2,4})"
# A bar (or two) for the dash after an outlet's domain or a table agency's name, a sentence after it, on the next line
# too (`Pandeglang, tnipolrinews.com |` above `Suasana ...`).
_BAR = r"[ \t]{0,3}\|{1,2}(?=[ \t]{0,3}(?:\r?\n[ \t]{0,12})?[\"'“‘(]?[A-Z])"
# ...or a capital I typed for the bar after a domain (`Jakarta, dutabangsanews.com I Ketum PDIP ...`): spaced on
# both sides, a capitalised word after it, the domain's ending before it.
_LETTER_BAR = (r"(?:(?<=\.com)|(?<=\.co)|(?<=\.id)|(?<=\.net)|(?<=\.my)|(?<=\.org)|(?<=\.COM)|(?<=\.CO)|(?<=\.ID))"
               r"[ \t]{1,3}I(?=[ \t]{1,3}[\"'“‘(]?[A-Z][a-z])")
_END_OR_BREAK = rf"(?:{_END}|[ \t]{{0,3}}(?=\r?\n))"
# What must follow a dateline that names no agency: a sentence (a capital, or a number and a word: `1,240 people ...`),
# spaced or glued; or the story's date alone closing the dateline's line (`Aswajanews, Bungkal – 14 Februari 2026` over
# the lead).
_SENTENCE_NEXT = (r"(?=\s{1,12}(?:[\"'“‘(]?[A-Z]|\d[\d.,]{0,12} [a-z]{2}|\d{1,2} [A-Z][a-z]{2,8} \d{4}[ \t]{0,3}\r?\n)"
                  r"|[A-Z][a-z])")
# A date part: starts with a digit, or a month name and a digit; stops before `(Agency)`, and before a dash between
# spaces or an en or em dash, as the dateline ends there (`KUALA TERENGGANU, 12 Januari – Pasukan ... (THT) ...`), or
# before a colon and a space, a Malay paper's dash (`SHAH ALAM, 2 Nov: The Royal Malaysian Police (PDRM) ...`: the
# sentence's body in parentheses is no agency); a clock's colon (`10:30`) stays in the date; and before a full stop
# after a figure and a space, the date's sentence ended (`Samarinda, Senin 9/1/2017. Pelaksanaan ... Ulang Tahun (HUT)
# ke 60`: the body's acronym in parentheses is no agency), as a month's short name keeps its stop (`Dec. 30`).
_WHEN_TEXT = (r"(?:\d|[A-Za-z\u0621-\u064A]{3,9}\.? {1,3}\d)"
              r"(?:[^()\n\u2013\u2014 :]|:(?! )|(?<!\d\.) (?!--? )){0,70}?")
_WHEN = rf"(?P<when>{_WHEN_TEXT})"
# Or a weekday before it: `Selasa (7/5/2024)`, `Sabtu (27/5)`, `Selasa, 7 Mei 2024`, `Thursday, October 30, 2014`,
# `Rabu, 25 Mac.` (Brunei's and Malaysia's papers: no year), `Tuesday, November 19.` (their English copy: the month
# first, a full stop for the year, or nothing before the dash: `BANDAR SERI BEGAWAN, Wednesday, September 18 - A
# delegation ...`) (`dateline.py` checks the word), or a comma before the year, as a Malay paper's copy prints
# weekday and date in capitals (`SHAH ALAM, AHAD, 15 Januari, 2012: Kenyataan ...`).
_DATED = (rf"(?P<when>{_WHEN_TEXT}|[A-Za-z']{{3,9}},? {{0,3}}"
          r"(?:\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)|\d{1,2} [A-Za-z]{3,9}(?: \d{4}|, (?:19|20)\d\d|\.?)"
          r"|[A-Z][a-z]{2,8}\.? \d{1,2}(?:,? \d{4}|\.|(?=[ \t]{1,3}-))))")
# What an attribution clause states after the agency: `, Sabtu (27/5)`, `, Sabtu 29 Maret 2025`,
# ` pada pukul 11.20 WIB`, `, pada 15 Febuari 2022`; a slash typed twice (`dikutip dari Antara, Minggu (10//5/2026)`);
# or the weekday alone before the sentence's stop, as ANTARA writes its own day (`kata ... kepada Antara, Minggu.`:
# `dateline.py` checks the word and takes the day from the base); or the day with its year and no weekday, in
# parentheses right after the agency (`dilansir dari Antara (11/11/2025)`: without the year `(3/4)` may be a
# fraction's).
_STATED = (r"(?P<stated>,? {1,3}[A-Z][A-Za-z']{2,8},? {0,3}(?:\(\d{1,2}//?\d{1,2}(?:/\d{2,4})?\)"
           r"|\d{1,2} [A-Za-z]{3,9} \d{4})| pada (?P<clock>(?:pukul|jam) \d{1,2}[.:]\d\d(?: ?(?i:WIB|WITA|WIT))?)"
           r"|, pada \d{1,2} [A-Za-z]{3,9} \d{4}|, (?P<weekday>[A-Z][a-z]{3,6})(?=[.,](?:\s|$))"
           r"| \(\d{1,2}//?\d{1,2}/\d{4}\))")
# The verb may be "reported by" and take "from" (`dikutip dari rmol.id, Minggu, 5 April 2026`, `seperti dilansir
# Antara, Rabu, 18 September 2019`: a copy citing the agency's story and its day); the speaker's name before it may
# close with a comma (`jelas Wendy Melfa, dikutip Kantor Berita RMOLLampung, Senin (1/4)`). The verb's active forms,
# "quoting" (`Mengutip Antara, Rabu (14/10), minyak ...`, `melansir Antara, Jumat (29/4/2022)`), and "as reported by"
# (`Sebagaimana diberitakan Antara, Jumat (1/4/2016), ...`, `seperti dilaporkan ANTARA, pada 15 Febuari 2022`) cite
# the agency's story as well. The preposition and the agency's full name may both follow the speaker's words
# (`demikian kata Rico Marbun kepada Kantor Berita Politik RMOL, Rabu (2/2)`: the verb and a name of two words leave
# the four words no room for the preposition).
_ATTRIBUTION_NAME = r"Kantor Berita(?: Politik| Radio)? "
_ATTRIBUTION_LEAD = (r"(?:[A-Za-z]{2,12},? ){0,4}?"
                     r"(?:(?i:kepada|melalui|(?:dikutip|dilansir|mengutip|melansir)(?: dari)?|diberitakan|dilaporkan) "
                     rf"(?:{_ATTRIBUTION_NAME})?|{_ATTRIBUTION_NAME})")
# Words of the clause between the agency and the time it states (`... RMOL sesaat lalu, Senin (11/7)`, `... RMOL
# melalui pesan singkat, Kamis (28/6)`).
_ATTRIBUTION_GAP = r"(?: [a-z]{2,12}){0,3}?"
# The place the agency reported from, after `di` (`dilansir Antara di Pontianak, Selasa (3/12)`, `dikutip Antara di
# Jakarta, Senin (23/12/2024)`, as its story's dateline, `Pontianak (ANTARA) -`, names it), a venue's words before it
# and its province after it (`kepada Antara di Kampus IPB Bogor, Jawa Barat, Senin (23/11)`), `pada` before the day
# (`dilansir Antara di Solo pada Selasa (17/12/2019)`): `dateline.py` keeps a listed place only.
_ATTRIBUTION_PLACE = (r"(?: di (?:[A-Z][A-Za-z]{1,20} ){0,2}?(?P<place>[A-Z][a-z]{2,20}(?: [A-Z][a-z]{2,20})?)"
                      r"(?:, [A-Z][a-z]{2,20}(?: [A-Z][a-z]{2,20})?)?(?: pada(?= [A-Z]))?)?")


class Form(NamedTuple):
    pattern: re.Pattern[str]
    # The agency token may be an outlet missing from the table: a domain (`HALOSULSEL.COM`), or with
    # `unknown_names` a name the form's shape vouches for (in parentheses, `TIMES MALANG`, `Jakarta, VOA -`).
    # A word the table's typo rule tried and refused (`Medan`, `Maros` for MINA) is neither.
    unknown_outlet: bool = False
    unknown_names: bool = False
    # The agency token must say it is an outlet (`says_outlet`); with `alone`, as no phrase would: in capitals
    # or glued (`JABAR EKSPRES –`, `PRFMNEWS -`; `Media Sosial -` opens a sentence).
    says_outlet: bool = False
    alone: bool = False
    start_only: bool = False  # only at the very start of the text or after a caption
    # The place must be written in title case and be a known city, a regency or a city abroad (`is_gazetted`) or have a
    # place name's shape (`is_place_name`), unless the agency token says it is an outlet or is a brand's glued words;
    # and the agency token must be no known place: `PARBOABOA, Pematang Siantar –`, `MuriaNewsCom, Cilacap –` name
    # their outlet first, `BANDUNG, Prolite –` and `BONE BOLANGO, Humas –` their place. An outlet's name that glues a
    # province's name to another word before a listed place passes in any case (`glues_province_before_place`).
    known_place: bool = False
    attribution: bool = False
    # The agency token, written first, must be no label or sentence opener (`Foto - JAKARTA -`).
    not_label: bool = False
    # The place must be a known city, province or country (`is_known_place`): the form's shape alone reads words
    # that open sentences too (`PENTING. Harap ...`, `ASEAN-Korea ...`).
    known_city: bool = False
    # The dash must be written as an en or em dash or two hyphens, as no hyphenated name or word is (`ASEAN-Korea`,
    # `Al-Khalil`): the form's dash is glued to the place and to the sentence.
    dash_written: bool = False
    # An agency token of words in capitals must follow a listed place (`is_listed_place`), else they name the place's
    # region (`SAMBAS, JEJARING KALBAR –` against `CIBINONG, JAWA BARAT –`).
    caps_after_listed: bool = False
    # The place must be a listed place (`is_listed_place`): with the dash lost, a word of the sentence that opens after
    # the outlet's name has the shape of a place (`Provinsi Kalimantan Barat ...`).
    listed_place: bool = False
    # Or a listed place with its province after it (`MENSANEWS.COM-KUPANG NTT, Setelah ...`): a district's name is an
    # ordinary word too often to stand there alone (`Merdeka`).
    listed_or_provinced: bool = False
    # The place must be one of Indonesia's regencies and cities or a city abroad (`is_gazetted`): after a table agency's
    # name a province is its bureau's brand (`Antara Jatim -`), no place.
    gazetted_place: bool = False
    # The place's first name (the `head` group, before its region) must be a listed place (`is_listed_place`).
    listed_head: bool = False
    # The agency token must be a domain or say it is an outlet as no phrase would (`says_outlet` alone).
    named_or_domain: bool = False
    # The place, in parentheses, must be no label or sentence opener, whoever the agency is (`DETIK.COM (Foto): ...`).
    place_not_label: bool = False
    # Read only when no later line of the window opens with a dateline of another form: a caption's or a heading's
    # label in capitals has this form's shape too (`TINJAU: ...` above `MEDAN, SUMUTPOS.CO – ...`).
    weak: bool = False
    # Weak when the place is no listed place (`is_listed_place`).
    weak_unlisted: bool = False
    # The place must be a listed place or one of Indonesia's districts (`is_listed_or_district`): a bar after it is a
    # heading's or a breadcrumb's too (`Berita | ...`).
    district_place: bool = False
    # The agency token must be no word of any listed place's name (`is_place_word`), no weekday or month and no
    # sentence's opener: one capitalised word after a place is an outlet only so (`Surabaya, Memorandum`).
    stranger_outlet: bool = False
    # The agency token must be no listed place nor district (`is_listed_or_district`): before a place in parentheses a
    # district names itself and its regency after it (`Cibinong (Bogor) -`), no outlet.
    outlet_no_place: bool = False
    # The agency token must glue a brand's word to a known city's name (`glues_brand_to_city`: `SOROTMAKASSAR`).
    brand_of_city: bool = False
    # A place of several words must be listed or have a word of some listed place's name (`is_place_word`: `PETALING
    # JAYA`): a caption's label in capitals has the form's shape too (`GENERASI PENERUS: Anak-anak TK ...`).
    place_words: bool = False
    # A hyphen glued to the place and to the sentence's first word is the dash (`Solo-Menteri ...`), no hyphen inside a
    # name: `_match_at` judges the word and the line after it.
    glued_sentence: bool = False
    # The outlet's name alone with a short line after its dash, a line below: a photo's caption credited to the outlet
    # (`SOLOPOS.COM - Ilustrasi ...`) may stand above the dateline, and a later line's dateline with a place wins.
    caption_line: bool = False
    # The dash must be an en or em dash as written, no two hyphens typed for one (`Tulungagung—Universitas ...`).
    dash_character: bool = False


@lru_cache(maxsize=32)
def forms(typos: tuple[str, ...], aliases: Aliases) -> tuple[Form, ...]:
    """The dateline forms, in order of trust, with the agency spellings of one profile."""
    known = rf"(?i:{agency_pattern(typos, aliases)})"
    agency = rf"(?P<agency>{known})"
    outlet = rf"(?P<agency>{known}|{_DOMAIN})"
    # A wire after the agency: `(Antara/PRNewswire)`, `(ANTARA/Business Wire)`.
    wire = r"/[A-Za-z][\w.-]{1,30}(?: [A-Z][\w.-]{1,20}){0,2}"
    # Or a regional brand in lower case (`(antara sumbar)`: `agency_name` wants a region's name after the agency), or
    # glued to the region as an old regional portal signed (`Pekanbaru, (antarariau) - Gubernur ...`: `dateline.py`
    # keeps the `glued_region` token only where `agency_name` reads a table agency and a region in it).
    in_parens = (rf"\( ?(?P<agency>{known}(?:{wire}| [a-z]{{3,12}})?|{_DOMAIN}|{_PAREN_NAME}"
                 rf"|(?P<glued_region>[a-z]{{6,30}})) ?\)")
    table = (
        # Jakarta, 19 Rajab 1434/29 May 2013 (MINA) –   |   ISTANBUL, 23 Februari 2016 (Antara/PRNewswire) --   |
        # Jakarta 6/7 (ANTARA) -   (a day and month in figures need no comma)   |   RAMALLAH/GAZA, July 4 (NNN-WAFA) –
        # |   New Delhi [India], September 4 (ANI): The ...   (ANI's copy: the country in square brackets after the city)
        # |   Al-Quds (Jerusalem), 23 Dzulqa'dah 1435/18 september 2014 (MINA) –   |   Jerusalem (Al-Quds), ...   (the
        # city's other name in parentheses in title case, no part of the place)
        Form(rf"{_SLASHED_PLACES}(?: \[[A-Z][A-Za-z]{{1,20}}(?: [A-Z][A-Za-z]{{1,20}})?\]"
             rf"| \([A-Z][a-z]{{1,20}}(?:-[A-Z][a-z]{{2,20}})?(?: [A-Z][a-z]{{2,20}}){{0,2}}\))?"
             rf" ?(?:,| -| (?=\d{{1,2}}/\d{{1,2}}(?!\d))) {{0,3}}{_WHEN} {{0,3}}{in_parens}(?:{_END})?",
              unknown_outlet=True,
              unknown_names=True),
        # MOSCOW, March 5. /TASS/. Russia's ...   (a wire's copy: the day and month closed by a full stop, the table's
        # agency between slashes)
        Form(rf"{_PLACES}, {{1,3}}(?P<when>[A-Z][a-z]{{2,8}}\.? \d{{1,2}})\. {{1,3}}/(?P<agency>{known})/\.?"
             rf"(?= {{1,3}}[\"'“‘(]?[A-Z])"),
        # SINGAPORE, Aug. 27, 2024 /PRNewswire/ --   |   NEEDHAM, Mass., Sept. 19, 2025 /PRNewswire/ --   |   LONDON, Feb. 1
        # /PRNewswire-AsiaNet / --   (a release wire's copy, as release pages carry it: the place, its state or country,
        # the date, then the wire's name between slashes and a double hyphen; the state or country is the place's, no
        # outlet, and the wire no part of the date) (the slashes looked for first: the place's words are slow to try at
        # every start)
        Form(rf"(?=[^\n/]{{6,60}}/[A-Z][A-Za-z-]{{1,41}} ?/ {{0,3}}--){_PLACES} ?, {{1,3}}"
             rf"(?P<when>[A-Z][a-z]{{2,8}}\.? \d{{1,2}}(?:, \d{{4}})?|\d{{1,2}} [A-Z][a-z]{{2,8}}(?: \d{{4}})?)"
             rf" {{1,3}}/(?P<agency>[A-Z][A-Za-z]{{1,20}}(?:-[A-Z][A-Za-z]{{1,20}})?) ?/ {{0,3}}"
             rf"(?P<sep>--)(?= )", unknown_outlet=True, unknown_names=True),
        # Tanjung Selor (ANTARA) -   |   Jakarta (Indonesia Window) –   |   Lumajang (beritajatim.com) -   |   BANDUNG, (PR).-
        # |   Kab. Tasikmalaya ( WP ),-   |   Medan (SIB) (line break) Menjelang ...   |   TENGGARONG, (KutaiRaya.com) Dinas
        # ...   |   BANYUWANGI (Warta Blambangan) Ritual ...   (the dash lost at a line's end or before the sentence,
        # only at a line's start: `_match_at` wants a listed place or a district before the line's end, an outlet's
        # domain, a table's agency or a name saying it is an outlet, and a place of one word or a place name's shape
        # before the sentence, as a caption's words before a credit are not)
        # |   New York--(ANTARA/Business Wire)--Last night ...   (a wire's press release: double hyphens on both sides,
        # a table's agency in the parentheses)   |   BATUBARA-(Membaranews.com)- Personel ...   (hyphens glued on both
        # sides, the dash after the parentheses written)   |   Simpang Empat,- (ANTARA) - Pemerintah ...   (a stray comma
        # and hyphen before the parentheses, as `AMBON,- Tahun`: the dash after them written too)   |   Depok (UIN Madura)
        # | UIN Madura turut ...   (a bar for the dash, after a listed place or a district: `_match_at`)   |   Jagoi
        # Babang, West Kalimantan province (Antara News) -   (the region's kind in lower case, `_KIND_PLACES`)   |
        # Kyiv, Ukraine (CNN)The thunder ...   (the sentence glued to the parentheses, no dash nor space: CNN's house
        # style since 2015; only a table's agency, `_match_at`)   |   TEL AVIV, Israel (AP) A ship ...   (the dash
        # dropped by a news API's copy, the sentence opening with the article `A`: `_match_at`)
        Form(rf"{_KIND_PLACES}(?: ?,| {{0,3}}(?P<wired>--))?(?P<hyphened>-(?= ?\())? {{0,3}}{in_parens}(?:[.,]?{_END}"
              rf"|(?P<eol>[ \t]{{0,3}}(?=\r?\n\s{{0,12}}[\"'“‘(]?[A-Z]))"
              rf"|(?P<nodash>(?= {{1,3}}[\"'“‘(]?[A-Z](?:[a-z]| [a-z])))"
              rf"|(?P<paren_glued>(?=[\"“]?[A-Z][a-z]))"
              rf"|(?P<barred>{_BAR}))",
              unknown_outlet=True, unknown_names=True),
        # [YOGYAKARTA, MASJIDUNA] — Pimpinan ...   |   [JAKARTA, MASJIDUNA] Penyelenggaraan ...   (a place and an outlet's
        # name in capitals between square brackets, the dash after them or none: an Islamic portal's house style; a
        # listed place first, no place's name second: `[JAKARTA, INDONESIA]` is a place and its country)
        Form(rf"\[ ?(?P<place>{_UPPER_WORD}(?: {_UPPER_WORD}){{0,2}}) ?, ?(?P<agency>{_UPPER_WORD}(?: {_UPPER_WORD}){{0,2}})"
             rf" ?\](?: {{0,3}}(?P<sep>---?|-))?(?= {{1,3}}[\"'“‘(]?[A-Z])",
             unknown_outlet=True, unknown_names=True, start_only=True, listed_place=True, outlet_no_place=True),
        # [MASJIDUNA, AUBURN, SYDNEY] — Untuk ...   (or the outlet's name first, no place's, then the place and its city,
        # the last part a listed place: `_match_at`)
        Form(rf"(?P<bracketed>\[) ?(?P<agency>{_UPPER_WORD}) ?, ?(?P<place>{_UPPER_WORD}(?: {_UPPER_WORD}){{0,2}}"
             rf"(?: ?, ?{_UPPER_WORD}(?: {_UPPER_WORD}){{0,2}})?) ?\](?: {{0,3}}(?P<sep>---?|-))?(?= {{1,3}}[\"'“‘(]?[A-Z])",
             unknown_outlet=True, unknown_names=True, start_only=True, outlet_no_place=True),
        # COTABATO CITY (Mindanao Examiner / June 27, 2013) – Ikinababahala ...   (the outlet's name and the date in the
        # parentheses, a slash between them)
        Form(rf"{_PLACES} {{0,3}}\( ?(?P<agency>{known}|{_DOMAIN}|{_PAREN_NAME}) ?/ ?"
             rf"(?P<when>[A-Z][a-z]{{2,8}}\.? \d{{1,2}}, \d{{4}}|\d{{1,2}} [A-Z][a-z]{{2,8}} \d{{4}}) ?\){_END}",
             unknown_outlet=True, unknown_names=True, not_label=True),
        # October 30, 2023—Jakarta (VNA) – The ...   |   October 19, 2010 (KATAKAMI / THE JAKARTA POST) --- President ...
        # (a copy's date written before the place, or before its sources alone, in parentheses)
        Form(rf"(?P<when>[A-Z][a-z]{{2,8}}\.? \d{{1,2}}, \d{{4}}|\d{{1,2}} [A-Z][a-z]{{2,8}} \d{{4}})"
             rf"(?: {{0,3}}--? {{0,3}}| {{1,3}})(?:(?P<place>{_PLACE_PART}) {{1,3}})?"
             rf"\( ?(?P<agency>{known}(?:{wire})?|{_DOMAIN}|{_SOURCES}) ?\) {{0,3}}(?P<sep>-{{1,3}})(?= )",
             unknown_outlet=True, unknown_names=True, start_only=True),
        # JAKARTA--MICOM:
        Form(rf"{_PLACES} {{0,3}}(?:--|-) {{0,3}}{agency}{_END}"),
        # Damas-SANA / La vice-présidente ...   |   Le Caire-SANA/ La sélection ...   (a wire's French copy: the table's
        # agency glued to the place by a hyphen and closed by a slash; the sentence's word after it, as a wire's name
        # after the slash, `Antara/PRNewswire`, runs capitals on)
        Form(rf"{_PLACES}-{agency} {{0,3}}(?P<sep>/)(?= {{0,3}}[\"'“‘«(]?[A-Z][a-z])"),
        # HONG KONG SAR – Media OutReach Newswire – 21 May 2025 – Invest ...   (a release wire's copy: the place, the
        # wire's name ending with `Newswire` and the date, each closed by a dash)
        # (the wire's name looked for first: the place's words are slow to try at every start)
        Form(rf"(?=[^\n]{{5,80}}Newswire){_PLACES} {{1,3}}- {{1,3}}"
             rf"(?P<agency>(?:[A-Z][A-Za-z]{{1,20}} ){{0,3}}Newswire) {{1,3}}- {{1,3}}"
             rf"(?P<when>\d{{1,2}} [A-Z][a-z]{{2,8}} \d{{4}}|[A-Z][a-z]{{2,8}}\.? \d{{1,2}}, \d{{4}})"
             rf" {{1,3}}(?P<sep>-)(?= )",
             unknown_outlet=True, unknown_names=True, start_only=True),
        # Jateng – Bidik-Kasusnews.com | Pati – Bupati ...   |   JATENG:Bidik-kasusnews.com Jepara – Suasana ...   |   JABAR
        # – Bogor—Bidikkasusnews.com | Wakil ...   (an outlet's province opening the line, its domain, and the listed place
        # before or after it: the province is no place of the story, `_match_at` wants a region)
        Form(rf"(?=[A-Z][A-Za-z]{{2,20}} {{0,3}}[-:])(?P<region>{_CAP_WORD}) {{0,3}}(?:--|-|:) {{0,3}}"
              rf"(?P<agency>{_DOMAIN})(?: {{0,3}}\| {{0,3}}| {{1,3}})(?P<place>{_PLACE_PART}){_LOOSE_DASH_END}"
              rf"{_SENTENCE_NEXT}", unknown_outlet=True, start_only=True, listed_place=True),
        Form(rf"(?=[A-Z][A-Za-z]{{2,20}} {{0,3}}-)(?P<region>{_CAP_WORD}) {{0,3}}(?:--|-) {{0,3}}"
              rf"(?P<place>{_CAP_WORD}(?: {_CAP_WORD})?)(?:--|-)"
              rf"(?P<agency>{_DOMAIN}){_BAR}", unknown_outlet=True, start_only=True, listed_place=True),
        # PEMATANGSIANTAR — SEGARIS.CO —   |   TARUTUNG- kabarnya.id| Polisi   |   MEDAN-kabarnya.com: Warga   (an
        # outlet's domain between dashes after the place, or a dash and a bar or a colon; a hyphen glued on both sides
        # is a name's, `TRIBUN-TIMUR.COM -`, unless it joins a place in capitals to a domain in lower case)
        Form(rf"{_PLACES}(?: {{0,3}}-- {{0,3}}| {{0,3}}- {{1,3}}|(?<=[A-Z]{{2}})-(?=[a-z]))(?P<agency>{_DOMAIN})"
              rf"(?:{_END}|{_BAR})",
              unknown_outlet=True),
        # PALEMBANG-KRSumsel.com-.Pemerintah ...   (a listed place in capitals glued by a hyphen to a domain whose name
        # turns to lower case: the case changes where the outlet's name starts, as `BANTEN-NEWS.COM` stays one name)
        Form(rf"{_UPPER_PLACE}-(?=[A-Z0-9]{{1,30}}[a-z])(?P<agency>{_DOMAIN})(?:{_END}|{_BAR})",
             unknown_outlet=True, start_only=True, listed_place=True),
        # PROBOLINGGO-PANTURA7.com, Memasuki ...   |   Rokan Hulu-Ameranews.com, Rapat ...   |   Jakarta-infontt.com-,
        # Sebagai ...   (a listed place glued by a hyphen to a domain, then a comma or a dash and the sentence: a domain's
        # own hyphen joins a brand to a place or to an outlet's word, `TRIBUN-MEDAN.com,`, `BANTEN-NEWS.COM`, or two
        # cities, `Jakarta-Bandung.com`, no listed place to a name of its own)
        Form(rf"(?=[A-Za-z ]{{2,40}}-[A-Za-z0-9]{{2,30}}\.)(?P<place>{_UPPER_NAME}|{_PLACE_PART})"
             rf"-(?!(?i:{_OUTLET_WORD}|{'|'.join(CITY_NAMES)})\.)"
             rf"(?P<agency>{_DOMAIN})(?:,(?= )| {{0,3}}(?P<sep>--|-),?)"
             rf"(?= {{0,3}}[\"'“‘(]?[A-Z][a-z])", unknown_outlet=True, start_only=True, listed_place=True),
        # (Tegal-wahdah.or.id)- Komisi ...   (or both in parentheses, the dash after them: a campus's or an Islamic
        # body's site signs so; the same domain's own hyphens stay the name's)
        Form(rf"\((?=[A-Za-z ]{{2,40}}-[A-Za-z0-9]{{2,30}}\.)(?P<place>{_PLACE_PART})"
             rf"-(?!(?i:{_OUTLET_WORD}|{'|'.join(CITY_NAMES)})\.)(?P<agency>{_DOMAIN})\) ?(?P<sep>--|-)"
             rf"(?= {{0,3}}[\"'“‘(]?[A-Z][a-z])", unknown_outlet=True, start_only=True, listed_place=True),
        # LOMBOK UTARA – lombokjurnal.com (line break) Ratusan ...   (the second dash lost with the line's end: a listed
        # place in capitals, as a page's title is written `Banjir di Jakarta - Kompas.com` on its line)
        Form(rf"{_UPPER_PLACE} {{0,3}}- {{1,3}}(?P<agency>{_DOMAIN})[ \t]{{0,3}}(?=\r?\n[ \t]{{0,12}}[\"'“‘(]?[A-Z][a-z])",
             unknown_outlet=True, listed_place=True),
        # Nias – jurnalpolisi.id (line break) Dalam rangka ...   (or a listed place in title case, alone at a line's start
        # before the dash: a page's title names its topic before the outlet, `Banjir di Jakarta - Kompas.com`, and a
        # topic's words are no listed place)
        Form(rf"(?P<place>{_CAP_WORD}(?: {_CAP_WORD}){{0,2}}) {{0,3}}- {{1,3}}(?P<agency>{_DOMAIN})[ \t]{{0,3}}"
             rf"(?=\r?\n[ \t]{{0,12}}[\"'“‘(]?[A-Z][a-z])",
             unknown_outlet=True, start_only=True, listed_place=True),
        # Ponorogo – Portalnews Madiunraya.com (line break) Rangkaian ...   |   Ponorogo – Portalnews Madiun Raya (line
        # break) Usai ...   (or an outlet's name of a few words, its first glued to an outlet's word, alone after the dash
        # on the line: a sentence after a place's dash runs on past its few words)
        Form(rf"(?P<place>{_UPPER_NAME}|{_CAP_WORD}(?: {_CAP_WORD}){{0,2}}) {{0,3}}- {{1,3}}"
             rf"(?P<agency>[A-Z][A-Za-z0-9]{{2,30}}(?: [A-Z][\w.-]{{1,30}}){{0,2}})[ \t]{{0,3}}"
             rf"(?=\r?\n\s{{0,12}}[\"'“‘(]?[A-Z][a-z])",
             unknown_outlet=True, unknown_names=True, start_only=True, listed_place=True, says_outlet=True, alone=True),
        # Surabaya - KABARPROGRESIF.COM Wakil ...   (the second dash lost before the sentence: a listed place of
        # capitalised words only, at the text's start, as a page's title is written `Harga Cabai Naik - Kompas.com`,
        # `Banjir di Jakarta - Kompas.com`)
        Form(rf"(?P<place>{_CAP_WORD}(?: {_CAP_WORD}){{0,2}}) {{0,3}}- {{1,3}}(?P<agency>{_DOMAIN})"
             rf"(?= {{1,3}}[\"'“‘(]?[A-Z][a-z])", unknown_outlet=True, start_only=True, listed_place=True),
        # Al-Quds, MINA –   |   JAKARTA, KOMPAS.com -   |   Jakarta, MISTAR.ID (line break)   |
        # Ambon,MarinyoNews.Com,-   |   Taput, kabarnya.com | Warga   (a bar for the dash)   |   Jakarta, KOMPAS.com,
        # Selasa (07/11) -   (the day after the outlet, as a government office's release writes it)   |   Mamuju,
        # 8enam.com.-Polda ...   (a stray full stop before the dash, as the stray comma)   |   Jakarta,
        # dutabangsanews.com I Ketum ...   (a capital I for the bar)   |   Bojonegoro, -Batara.news|| Sebanyak ...   (a
        # hyphen glued before the outlet, as `TERASMALUKU.COM,-AMBON-` writes one before the place)   |   Medan
        # //relasipublik.com- Kegiatan ...   (two slashes for the comma, as `CAHAYASIANG.ID // Manado –` after an outlet)
        # |   Palembang # ReformasiRI.com _ Dewan ...   (a hash between spaces for the comma, an underscore for the dash)
        Form(rf"(?P<place>{_PLACE_PART}{_SLASHED}(?: ?, {{0,2}}{_PLACE_PART}){{0,2}})(?: ?, {{0,3}}| ?// ?| # )"
             rf"(?:-(?=[A-Za-z0-9]))?{outlet}"
             rf"(?:, {{1,3}}{_DATED})?(?:,|\.(?= ?-))?(?:{_END_OR_BREAK}|{_BAR}|{_LETTER_BAR})", unknown_outlet=True),
        # TRIBUNNEWS.COM, JAKARTA -   |   TRIBUNNEWS.COM. JAKARTA -   |   Metrotvnews.com, Jakarta:   |
        # SURYA.co.id | SURABAYA -   |   REPUBLIKA.CO.ID, GIANYAR, –  (a stray comma before the dash)   |
        # PROKAL.CO, (line break) PONTIANAK-   |   TERASMALUKU.COM,-AMBON-   |   A1news.co.id | RIAU ||Kepolisian (bars for
        # the comma and the dash)   |   JPPOS.ID || Cilegon, 6 Desember 2024 – Kapolres ...   (the date after the place)   |
        # CAHAYASIANG.ID // Manado – Hari ini ...   (two slashes for the comma, as `JAKARTA//NSMTVNews.com` after a place)
        # |   JURNAL3.NET / PONOROGO – Bupati ...   (one slash and a space for the comma: glued to both, `kompas.com/
        # jakarta` is an address's path)
        Form(rf"{outlet} ?(?:[,.]|\|{{1,2}}|//|/(?= ))(?:-(?=[A-Z]))?{_GAP}{_PLACES}(?:,? {{1,3}}{_DATED})?,?"
             rf"(?:{_END}|{_BAR})", unknown_outlet=True),
        # JABARNEWS I SERDANG BEDAGAI – Bupati ...   (a capital I between spaces for the bar after an outlet's domain or a
        # name saying it is one, then a listed place and the dash: `PERANG DUNIA I BANDUNG -` names no outlet)
        Form(rf"(?P<agency>{_DOMAIN}|{_NAMED_OUTLET}) I {_UPPER_PLACE}{_LOOSE_DASH_END}{_SENTENCE_NEXT}",
             unknown_outlet=True, unknown_names=True, start_only=True, named_or_domain=True, listed_place=True),
        # Siaganews || NGAWI. Menjelang ...   (a name saying it is an outlet, not only a domain, then one or two bars
        # and a listed place, a dash or a full stop for the dash: the bars after a name keep it from reading as a
        # heading's `Berita Daerah | ...`, the listed place and the sentence after it from a menu's bar)
        Form(rf"(?P<agency>{_DOMAIN}|{_NAMED_OUTLET}) {{0,3}}\|{{1,2}} {{0,3}}(?P<place>{_PLACE_PART})"
             rf"(?:{_LOOSE_DASH_END}|\.(?= {{1,3}}[A-Z][a-z])){_SENTENCE_NEXT}", unknown_outlet=True,
             unknown_names=True, start_only=True, named_or_domain=True, listed_place=True),
        # RADARMETROPOLIS: Surabaya – Wakil ...   (an outlet's domain or a name saying it is an outlet, a colon, then a
        # listed place and the dash: the name before the colon is no place, and a label's, `UPDATE:`, no outlet)
        Form(rf"(?P<agency>{_DOMAIN}|{_NAMED_OUTLET}) ?: {{1,3}}(?P<place>{_PLACE_PART}){_LOOSE_DASH_END}"
             rf"{_SENTENCE_NEXT}", unknown_outlet=True, unknown_names=True, start_only=True, named_or_domain=True,
             listed_place=True, not_label=True),
        # suara.com - JAKARTA -   |   KONTAN.CO.ID - JAKARTA. Harga   |   JPNN.com JAKARTA -   |
        # RAKYATMALUKU.FAJAR.CO.ID — AMBON, — Kapolresta ...   (a comma left before the dash, as after a place alone)
        Form(rf"{outlet}(?: {{0,3}}(?:--|-) {{0,3}}| {{1,3}}){_UPPER_PLACE}(?:,?{_DASH_END}|\.(?= [A-Z]))",
              unknown_outlet=True),
        # Tribratanews.polri.go.id - Semarang. Kepolisian ...   |   Bandungraya.net-Soreang | Sudah ...   (or a listed
        # place or a district in title case, a full stop or a bar for the dash)   |   KONTRAS7.CO.ID - Lebak - Menanggapi
        # ...   |   TNews.com- Sulut- Gubernur ...   (or the dash itself, before a sentence, apart from the place or
        # glued to it)
        Form(rf"{outlet} {{0,3}}(?:--|-) {{0,3}}(?P<place>{_CAP_WORD})(?:\.(?= {{1,3}}[A-Z][a-z])|{_BAR}"
             rf"|{_LOOSE_DASH_END}(?= {{1,3}}[\"'“‘(]?[A-Z]))",
              unknown_outlet=True, start_only=True, district_place=True),
        # JAKARTANEWS.ID – JAKARTA: Kapolri ...   |   dutainfo.com-Jakarta: Kapolri ...   (or a colon after the place, a
        # Malay paper's dash: a listed place or a district only, as a label's colon follows a word in capitals too)
        Form(rf"{outlet} {{0,3}}(?:--|-) {{0,3}}(?P<place>{_UPPER_NAME}|{_CAP_WORD}(?: {_CAP_WORD})?)"
             rf"(?P<sep>:)(?= {{1,3}}[\"'“‘(]?[A-Z][a-z])",
              unknown_outlet=True, start_only=True, district_place=True),
        # NARASINETWORK.COM - KAB BANDUNG (line break)   |   Swaramalut.com- Halut (line break)   (the dash lost with the
        # line's end after a listed place)
        Form(rf"(?P<agency>{_DOMAIN}) {{0,3}}(?:--|-) {{0,3}}(?P<place>{_UPPER_NAME}|{_CAP_WORD})[ \t]{{0,3}}(?=\r?\n)",
              unknown_outlet=True, start_only=True, listed_place=True),
        # BAROMETER.ID (Bali): Presiden ...   |   KABARPROGRESIF.COM: (Surabaya) Pemerintah ...   |   (Palu)
        # wahdahjakarta.com– Pada ...   (the place in parentheses beside its outlet's domain, a colon or a dash after)
        Form(rf"(?P<agency>{_DOMAIN})(?: ?:)? {{0,3}}\( ?(?P<place>{_PLACE_PART}) ?\)(?: ?:)?"
              rf"(?= {{1,3}}[\"'“‘(]?[A-Z][a-z])", unknown_outlet=True, start_only=True, place_not_label=True),
        Form(rf"\( ?(?P<place>{_PLACE_PART}) ?\) {{0,3}}(?P<agency>{_DOMAIN}){_LOOSE_DASH_END}{_SENTENCE_NEXT}",
              unknown_outlet=True, start_only=True, place_not_label=True),
        # HeadlineNTB ( Mataram) - Gubernur ...   |   Beritanews (PADANG) -- Sejumlah ...   (an outlet's name of one
        # word before its place in parentheses: a listed place there only, as `Jakarta (ANTARA) -` and `Jakarta
        # (Indonesia Window) -` write the place first; a name in camel case or ending with an outlet's word, as a
        # caption's or a sentence's word has this shape too, `Bupati (Bandung) -`, `Suasana (Jakarta) -`)
        Form(rf"(?=[A-Za-z0-9]{{3,42}} \()(?P<agency>[A-Z][a-z]{{1,20}}[A-Z][A-Za-z0-9]{{0,20}}"
             rf"|[A-Z][a-z]{{2,20}}(?:news|online))"
             rf" \( ?(?P<place>{_UPPER_NAME}|{_PLACE_PART}) ?\)"
             rf"{_LOOSE_DASH_END}{_SENTENCE_NEXT}", unknown_outlet=True, unknown_names=True, start_only=True,
             listed_place=True, stranger_outlet=True, outlet_no_place=True),
        # MATARAM.lombokjournal.com –   |   KOTA BANDUNG.LENTERAJABAR.COM, –   |   MATARAM.LombokJournal.com ~
        # (the place in capitals glued to its outlet's domain by a full stop, a tilde for the dash)
        Form(rf"(?P<place>(?=[A-Z]{{4}}|[A-Z]{{2,3}} [A-Z]{{3}})[A-Z]{{2,30}}(?: [A-Z]{{2,30}}){{0,2}})\."
              rf"(?P<agency>(?!{_SECOND_LEVEL}\.){_DOMAIN}),?{_GAP}(?P<sep>--|-|~)", unknown_outlet=True),
        # Liputan6.com, Jakarta Pada ... (the dash lost: the place is one word, or a name of the shapes of
        # `COMPOUND_PLACE`: Banda Aceh, Jakarta Pusat, Rio de Janeiro)
        Form(rf"{outlet} ?, {{0,3}}(?P<place>{COMPOUND_PLACE}|{_CAP_WORD})(?= [A-Z])", unknown_outlet=True,
              start_only=True, listed_place=True),
        # SERANG, JinNewsOne.Com SMAN 4 ...   (the dash lost after a domain: a place in capitals and the domain vouch
        # for each other)   |   Sleman, Pdmsleman.Or.Id Majelis ...   |   Sleman. Pdmsleman.Or.Id Muhammadiyah ...
        # (or a listed place, in title case too, a comma or a full stop after it: `_match_at`)   |
        # JAKARTA//NSMTVNews.com Polda ...   (or two slashes glued to both, a listed place before them)   |
        # Makassar, Sigapnews.com, Banjir musiman ...   (or a comma typed for the dash after the domain, as for the
        # comma before it, a sentence's words after it: a domain's top-level name tells it from a sentence's word,
        # `Makassar, Warga, Ini ...`)
        Form(rf"(?P<place>[A-Z][{_LETTER}'-]{{1,30}}+(?: [A-Z][{_LETTER}'-]{{1,30}}+){{0,3}})"
              rf" ?(?P<lostsep>[,.]| ?//) {{0,3}}(?P<agency>{_DOMAIN})(?:\.|,(?= {{1,3}}[A-Z][a-z]{{1,30}} [a-z]))?"
              rf"(?= {{1,3}}[A-Z])",
              unknown_outlet=True, start_only=True, listed_place=True),
        # Ambon. Suara ReformasiCom. Lembaga ...   (or an outlet's name, its last word a brand's two words glued or an
        # outlet's word, a full stop for the comma before it and one for the dash after it, after a listed place:
        # `Jakarta. Suara Tembakan. Warga ...` is a headline's)
        Form(rf"(?P<place>{_PLACE_PART})\. {{1,3}}(?P<agency>(?:{_CAP_WORD} ){{0,2}}"
             rf"(?:[A-Z][a-z]{{2,20}}(?:[A-Z][a-z]{{1,20}}){{1,2}}|(?i:{_OUTLET_NAME_WORD})))\.(?= {{1,3}}[A-Z][a-z])",
             unknown_outlet=True, unknown_names=True, start_only=True, listed_place=True, not_label=True),
        # TARUMAJAYA bekasitoday.com-Puluhan ...   (a listed place or a district in capitals, its outlet's domain, then
        # the dash)   |   KEDIRI Kabaroposisi.net, – Menanggapi ...   (a stray comma before the dash, as after an outlet
        # alone: `harapanrakyat.com,- Dinas ...`)
        Form(rf"{_UPPER_PLACE} (?P<agency>{_DOMAIN}),? {{0,3}}(?P<sep>--|-)(?= {{0,3}}[\"'“‘(]?[A-Z][a-z])",
              unknown_outlet=True, start_only=True, district_place=True),
        # rmol news logo  (a logo's alt text opening the lead; alone on its line it may be the page's logo above the
        # dateline, and a dateline on a later line wins: `mina logo` over `mina logoJAKARTA,  October 26, 2012 ...`)
        Form(rf"{agency} (?i:news )?(?i:logo)(?!\w)(?P<alone>(?=[ \t]*\r?\n))?"),
        # RMOLBanten. Banyaknya ...  (a table agency's name and a full stop opening the lead: RMOL's network)
        Form(rf"{agency}\.(?= {{1,3}}[A-Z\"\u201c])", start_only=True),
        # واس - الرياض: (line break) رفع ...   (the table's agency in Arabic, a dash, then the place and a colon: a Saudi
        # paper's credit of the agency's copy, no agency alone before a sentence)
        Form(rf"(?P<agency>(?=[\u0621-\u064A]){known}) ?(?:--|-) ?{_ARABIC_WIRE_PLACE} ?(?P<sep>:)"
             rf"(?=\s{{0,12}}[\u0621-\u064A])", start_only=True),
        # واس ( رام الله ) (line break) قال ...   (or the place in parentheses after the agency, alone on its line: Okaz's
        # credit of the agency's copy)
        Form(rf"(?P<agency>(?=[\u0621-\u064A]){known}) ?\( ?{_ARABIC_WIRE_PLACE} ?\)[ \t]*"
             rf"(?=\r?\n\s{{0,12}}[\u0621-\u064A])", start_only=True),
        # Suaraindonesianews – Konawe, Kunjungan ...   |   suaraindonesianews.com – Konawe, Kunjungan ...   |
        # MENSANEWS.COM-KUPANG NTT, Setelah ...   (an outlet's domain or a name saying so, a dash, then a listed place,
        # its province after it or not, and a comma for the dash: tried before an outlet alone before its dash, which
        # would leave the place to the sentence)
        Form(rf"(?P<agency>{_DOMAIN}|{_NAMED_OUTLET}) {{0,3}}(?:--|-) {{0,3}}(?P<place>{_UPPER_NAME}|{_CAP_WORD}),"
              rf"(?= {{1,6}}[\"'“‘(]?[A-Z][a-z])", unknown_outlet=True, unknown_names=True, start_only=True,
              named_or_domain=True, listed_or_provinced=True),
        # MINA –   |   IPOL.ID –   |   (MINA) -   |   Kapanlagi.com -   |   Hidayatullah.com | SALAH   (a bar for the
        # dash)   |   harapanrakyat.com,- Dinas ...   (a stray comma before the dash)   |   [lndonesia.org] - Direktur ...
        # (a blog's copy: its domain in square brackets)
        Form(rf"[(\[]?{outlet}[)\]]?,?(?:{_END}|{_BAR}){_NO_STAMP}", unknown_outlet=True, caption_line=True),
        # GandangDewata.com, Meski tercatat ...   |   Sunandrajat.info , Pondok pesantren ...   (an outlet's domain alone, a
        # comma for the dash, the sentence after it: a capitalised word and one in lower case, as a list of domains goes
        # on with another name and `dan`, "and": `Tokopedia.com, Shopee dan ...`; a known city there is the place whose
        # dash was lost, `Kompas.com, Jakarta menjadi ...`)
        Form(rf"(?P<agency>{_DOMAIN}) ?,(?! (?:{'|'.join(CITY_NAMES)})\b)"
             rf"(?= [A-Z][a-z]{{2,20}} (?!(?:dan|atau|serta)\b)[a-z]{{2,}})",
             unknown_outlet=True, start_only=True),
        # klikdinamika.com, Senat Mahasiswa (Sema) Fakultas Dakwah IAIN Salatiga gelar ...   |   AKURAT.CO, Berita
        # Gubernur Anies Baswedan yang ...   (or a name of two to seven capitalised words or acronyms, one in
        # parentheses among them, none glued to the next word, `TEMPO.CO, JakartaKetua ...` being a city glued to the
        # sentence, before the sentence's first word in lower case, and no comma or line break soon after it: a list
        # of domains or names goes on with a comma, a reporter's byline, `Tribunnews.com, Theresia Felisiani`, ends
        # its line)
        Form(rf"(?P<agency>{_DOMAIN}) ?,(?! (?:{'|'.join(CITY_NAMES)})\b)"
             rf"(?= (?:[A-Z][a-z]{{1,20}}|[A-Z]{{2,10}})"
             rf"(?: (?:[A-Z][a-z]{{1,20}}|[A-Z]{{2,10}}|\([A-Z][A-Za-z]{{1,10}}\))){{1,6}}"
             rf" (?!(?:dan|atau|serta)\b)[a-z]{{2,}}[^\n,]{{20}})",
             unknown_outlet=True, start_only=True),
        # Tribratanewssumbabarat.com ; KA SPK II Polsek ...   (or a semicolon between spaces for the dash, as no list of
        # domains spaces it: the sentence after it, no second semicolon in it)
        Form(rf"(?P<agency>{_DOMAIN}) (?P<sep>;)(?= {{1,3}}[\"'“‘(]?[A-Z][^\n;]{{40}})", unknown_outlet=True,
             start_only=True),
        # , MINA – Pasukan ...   (a line opening with the comma after the place: the place was a link whose words
        # the page lost; the table's agency alone, no place)
        Form(rf", {{0,2}}\(?{agency}\)?{_END}{_NO_STAMP}", start_only=True),
        # , JAKARTA — Bukan kali pertama ...   (or the outlet's name lost before the comma, a listed place in capitals
        # left with its dash and the sentence)
        Form(rf", {{0,2}}{_UPPER_PLACE}{_SPACED_DASH_END}{_SENTENCE_NEXT}", start_only=True, listed_place=True),
        # (ANTARA News/Yonhap-OANA) -   (a wire story without a place: the agency and the wire it came by)
        Form(rf"\( ?(?P<agency>{known}/[A-Za-z][\w.-]{{1,30}}) ?\){_END}"),
        # [SINGAPORE] Shares ...   |   [NEW YORK] Days after ...   (the place in capitals in square brackets, a sentence
        # after: a listed place only, as a label is bracketed so too, `[UPDATE]`, `[VIDEO]`)
        Form(rf"\[{_UPPER_PLACE}\](?= {{1,3}}[\"'“‘(]?[A-Z][a-z])", start_only=True, listed_place=True),
        # (WASHINGTON) -- Two former ...   |   (RIYADH, Saudi Arabia) -- Secretary ...   (ABC News's copy: the place in
        # capitals in parentheses, its country after a comma or none, then the dash, under the photo's credit or glued
        # to it; a listed place only, as a label is parenthesized so too, `(FOTO) - ...`)
        Form(rf"\({_UPPER_PLACE}(?:, [A-Z][a-z]{{2,20}}(?: [A-Z][a-z]{{2,20}}){{0,2}})?\) ?(?P<sep>--|-)"
             rf"(?= ?[\"'“‘(]?[A-Z] ?[a-z])", start_only=True, listed_place=True),
        # Liputan6.com Jakarta -   (a table agency's name, then a listed place in title case without a comma)
        Form(rf"(?P<agency>{known}) (?P<place>{_CAP_WORD}(?: {_CAP_WORD})?){_DASH_END}", start_only=True,
             gazetted_place=True),
        # VIVA Bisnis –   (a table agency's name and its rubric or regional brand, opening the text)
        Form(rf"(?P<agency>{known} [A-Z][a-z]{{2,20}}(?: [A-Z][a-z]{{2,20}})?){_DASH_END}", start_only=True),
        # مهاجرون، جنوب لامبونج، مينا –   (a place of two or three parts parted by Arabic commas: opening the text, the
        # dash after the agency, as a sentence's clauses are parted by commas too, `أكد السفير، في حديث خاص، لوكالة مينا`)
        Form(rf"{_ARABIC_PLACE_PARTS} ?[،,] {{0,3}}(?P<agency>مينا)(?![\u0621-\u064A]){_DASH_END}", start_only=True),
        # جاكرتا، إندونيسيا اليوم — التقى ...   (a listed city, an Arabic comma and the site's own name of two words, its
        # last an outlet's, `اليوم`, `نيوز`, then the dash: Indonesia Alyoum 2025, as the Latin forms write `Jakarta,
        # tvOnenews.com -`; a place's parts after the comma end in no outlet's word)
        Form(rf"(?P<place>{'|'.join(ARABIC_CITY_NAMES)}) ?[،,] {{0,3}}(?P<agency>{_ARABIC_WORD} {_ARABIC_OUTLET_WORD})"
             rf"{_DASH_END} ?(?=[\u0621-\u064A])", unknown_outlet=True, unknown_names=True, start_only=True),
        # سيليونجسي ، بوجور (معراج)- شدد ...   (or the parts before the agency's other name in parentheses, `معراج`,
        # "Mi'raj", no comma before it: 2021, "Cileungsi, Bogor"; the parentheses vouch for the agency as the dash does)
        Form(rf"{_ARABIC_PLACE_PARTS} {{0,3}}\((?P<agency>معراج)\){_DASH_END}", start_only=True),
        # لامبونج، مينا –   |   جاكرتا (معراج) –   and the old long forms without comma or dash
        Form(rf"{_ARABIC_PLACE} ?[،,]? {{0,3}}(?:(?P<when>\d[^()\n]{{0,60}}?) {{0,3}})?"
              rf"\(?(?P<agency>مينا|(?<=\()معراج(?=\)))\)?"
              rf"(?![\u0621-\u064A])(?:{_END})?"),
        # مانيلا، 3 ديسمبر (رويترز) - أدان ...   |   لوس أنجلوس (أ ف ب) مدد ...   |   أبوظبي (وام) (line break) قال ...
        # |   أبوظبي في 14 مايو / وام / أكد ...   |   9 يونيو (رويترز) - أغلقت ...   (a wire's Arabic copy: the place, a
        # date after a comma or `في` ("on"), the table's agency in parentheses or between slashes, a dash or none before
        # the sentence; the place or the date may stand alone; a sentence quoting the wire goes on with `إن`, "that":
        # `قال مسؤولون (رويترز) إن ...`)   |   الكويت - 2 - 8 (كونا) -- مع ...   (KUNA's copy: the day and the month in
        # figures, each after a spaced hyphen)   |   رام الله (الضفة الغربية) (رويترز) - تحولت ...   (the place's region in
        # parentheses before the agency's, no part of the place)
        Form(rf"(?=[\u0621-\u064A\d])(?:{_ARABIC_WIRE_PLACE}"
             rf"(?: {{0,3}}\((?!(?:{known}) ?\)){_ARABIC_WORD}(?: {_ARABIC_WORD}){{0,2}}\))?"
             rf"(?: ?, {{0,3}}| {{1,3}}في {{1,3}}| {{0,3}}(?=[(/\d])"
             rf"| - (?=\d{{1,2}} - \d)))?"
             rf"(?:(?P<when>\d{{1,2}} {{1,3}}{_ARABIC_WORD}(?: {{1,3}}\d{{4}})?|\d{{1,2}} - \d{{1,2}}) {{0,3}})?"
             rf"[(/] ?(?=[\u0621-\u064A])(?P<agency>{known}) ?[)/](?: {{0,3}}(?P<sep>--|-))?"
             rf"(?=\s{{0,12}}(?![إأ]ن )[\u0621-\u064A])", start_only=True),
        # الرياض: واس (line break) غادر ...   (a Saudi paper's credit of the agency's copy: the place, a colon and the
        # table's agency ending the line; or the agency first, `واس - الرياض:`, tried before the agency alone)
        Form(rf"{_ARABIC_WIRE_PLACE} ?: ?(?P<agency>(?=[\u0621-\u064A]){known})[ \t]*(?=\r?\n\s{{0,12}}[\u0621-\u064A])",
             start_only=True),
        # أبوظبي (الاتحاد) (line break) أكد ...   (a paper's own name in parentheses after the place, the line ending there:
        # a name opening with the article `ال`, as papers name themselves, and no headline's label, `(فيديو)`, `(صور)`)
        Form(rf"{_ARABIC_WIRE_PLACE} {{0,3}}\( ?(?P<agency>ال[\u0621-\u064A]{{2,18}}(?: {_ARABIC_WORD})?) ?\)"
             rf"[ \t]*(?=\r?\n\s{{0,12}}[\u0621-\u064A])", unknown_outlet=True, unknown_names=True, start_only=True),
        # القاهرة: وصف سفير ...   |   إيلاف، بيروت: من يقف ...   (an Arabic paper's place and a colon, its name before
        # the place after a comma or none: a city of `ARABIC_CITY_NAMES`, as a label or a speaker's name takes a colon
        # too, `المصدر: ...`; weak, a later line's dateline wins over a heading's `القاهرة: مدينة ...`)
        Form(rf"(?:(?P<agency>{_ARABIC_WORD}(?: {_ARABIC_WORD})?) ?, {{0,3}})?"
             rf"(?P<place>{'|'.join(ARABIC_CITY_NAMES)}) ?(?P<sep>:)(?= {{0,3}}[\u0621-\u064A])",
             unknown_outlet=True, unknown_names=True, start_only=True, weak=True),
        # البحر الميت 24 ايار(بترا)–اكد ...   |   رام الله 15-1-2026 وفا- قال ...   (a place, a date and an agency other
        # than MINA, in parentheses or after a numeric date, then the dash)
        Form(rf"{_ARABIC_PLACE} {{1,3}}(?P<when>\d{{1,2}}-\d{{1,2}}-\d{{4}}(?= {{1,3}}[\u0621-\u064A])"
             rf"|\d[^()\n]{{0,40}}?(?= {{0,3}}\()) {{0,3}}(?P<open>\()?(?P<agency>{_ARABIC_WORD}(?: {_ARABIC_WORD})?)"
             rf"(?(open)\)) ?(?P<sep>--|-) ?(?=[\u0621-\u064A])",
             unknown_outlet=True, unknown_names=True, start_only=True),
        # دمشق، سوريا (CNN) -- أكدت ...   |   الرياض (واس) - قال ...   (a place, its country after an Arabic comma, then an
        # agency in parentheses, Latin initials or an Arabic name, and the dash: a wire's Arabic edition; a space may
        # pad the parentheses inside, as a site copying CNN's Arabic edition prints them: `دبي، الإمارات العربية
        # المتحدة ( CNN )-- ردت ...`)
        Form(rf"{_ARABIC_NO_COUNTRY}{_ARABIC_NO_WRITER}{_ARABIC_REPORTING_VERB}(?P<place>{_ARABIC_WORD}(?: {_ARABIC_WORD}){{0,2}}(?:[،,] ?{_ARABIC_WORD}(?: {_ARABIC_WORD}){{0,3}})?)"
             rf" {{0,2}}\( ?(?P<agency>[A-Z]{{2,8}}|{_ARABIC_WORD}(?: {_ARABIC_WORD})?) ?\) ?(?P<sep>--|-|–) ?(?=[\u0621-\u064A])",
             unknown_outlet=True, unknown_names=True, start_only=True),
        # شفق نيوز- بغداد (line break) دعت ...   |   بغداد اليوم – بغداد (line break) نفت ...   (an Arabic outlet's name,
        # its last word an outlet's, `نيوز`, `اليوم`, then the dash and the place ending its line: the outlet first, as
        # an Iraqi paper's house style writes it; the place only when a listed city, else the word is a desk's,
        # `شفق نيوز- محافظات`, "governorates", and the outlet stands alone)   |   شبكة الخامسة للأنباء - غزة (line
        # break) أعلن ...   (or a name of two or three words ending with `للأنباء`, "for news", as agencies name themselves)
        # |   شبكة معراج- القدس المحتلة (line break) من غزة ...   (or a name opened by `شبكة`, "network", the word a
        # Palestinian site names itself with, no place's; the city may be followed by `المحتلة`, "occupied", as those
        # sites write Jerusalem)
        Form(rf"(?P<agency>{_ARABIC_WORD} {_ARABIC_OUTLET_WORD}|{_ARABIC_WORD}(?: {_ARABIC_WORD})? للأنباء"
             rf"|شبكة {_ARABIC_WORD}(?: {_ARABIC_WORD})?)"
             rf" ?(?P<sep>--|-|–) {{0,2}}"
             rf"(?:(?P<place>(?:{'|'.join(ARABIC_CITY_NAMES)})(?: المحتلة)?)|{_ARABIC_WORD})[ \t]*(?=\r?\n\s{{0,12}}[\u0621-\u064A])",
             unknown_outlet=True, unknown_names=True, start_only=True),
        # القاهرة - مصراوي: (line break) شارك ...   |   غزة- المسار : استشهد ...   (an Arabic outlet's name after the
        # place's dash, closed by a colon)   |   غزة - صفا (line break) استشهد ...   |   القدس المحتلة –  قدس برس (line
        # break)   |   رام الله-وكالة سند للأنباء (line break)   (or ending its line, an agency's name of three words
        # opening with `وكالة`; not closed by a second dash, as `قال مراسل – فجر السبت – إن` is a sentence; nor by a
        # colon before a name of two to four words ending the line, a credit's label and its writer: `رام الله- حوار:
        # محمد العواودة`, "interview:")   |   أبوظبي - سكاي نيوز عربية (line break) أخفق ...   (a name of three words
        # when its second is an outlet's word: "Sky News Arabia")   |   غزة – الرسالة نت وكالات (line break) قالت ...
        # (or the outlet's name, then `وكالات`, "agencies", the wires it drew on too: no word of its name)
        Form(rf"{_ARABIC_NO_COUNTRY}{_ARABIC_NO_WRITER}(?P<place>{_ARABIC_WORD}(?: {_ARABIC_WORD})?) ?(?P<sep>--|-) {{0,2}}"
             rf"(?P<agency>وكالة {_ARABIC_WORD}(?: {_ARABIC_WORD})?"
             rf"|{_ARABIC_WORD} {ARABIC_BRAND_WORD} (?!{_WIRES_CREDIT}){_ARABIC_WORD}"
             rf"|{_ARABIC_WORD}(?: (?!{_WIRES_CREDIT}){_ARABIC_WORD})?)(?: {{1,2}}(?:\+ {{0,2}}|و)?{_WIRES_CREDIT})?"
             rf"(?: ?:(?=\s{{0,12}}[\u0621-\u064A])(?! ?{_ARABIC_WORD}(?: {_ARABIC_WORD}){{1,3}}[ \t]*\r?\n\s{{0,12}}\r?\n)"
             rf"|[ \t]*(?=\r?\n\s{{0,12}}[\u0621-\u064A]))",
             unknown_outlet=True, unknown_names=True, start_only=True),
        # غزة /سما/ (line break) استشهد ...   |   رام الله / سما / (line break) أعلنت ...   (an outlet's name between
        # slashes after the place, ending its line: a Palestinian agency's house style; a city of `ARABIC_CITY_NAMES`,
        # as a slash joins two places or two words too, `رام الله/البيرة`, and both slashes and the line's end vouch)
        Form(rf"(?P<place>{'|'.join(ARABIC_CITY_NAMES)}) {{0,2}}/ ?"
             rf"(?P<agency>{_ARABIC_WORD}(?: {_ARABIC_WORD})?) ?/[ \t]*(?=\r?\n\s{{0,12}}[\u0621-\u064A])",
             unknown_outlet=True, unknown_names=True, start_only=True),
        # رام الله / سما / قام ...   (or the sentence after the second slash on the same line, a space each side of
        # both: the name no listed city, as `رام الله / البيرة /` lists two)
        Form(rf"(?P<place>{'|'.join(ARABIC_CITY_NAMES)}) {{1,2}}/ "
             rf"(?P<agency>(?!(?:{'|'.join(ARABIC_CITY_NAMES)})(?![\u0621-\u064A])){_ARABIC_WORD}(?: {_ARABIC_WORD})?)"
             rf" / {{1,3}}(?=[\u0621-\u064A])",
             unknown_outlet=True, unknown_names=True, start_only=True),
        # أمد/ رام الله: نفى ...   |   أرض كنعان/ رام الله /استنكر ...   (an outlet's name first, the slash glued to it,
        # then a listed city and a colon or a second slash before the sentence: Palestinian sites' house styles)   |
        # أمد/ (line break) غزة: استُشهد ...   (or the name and its slash alone on the first line, the city and its colon
        # opening the next, as the same sites' newer pages print it)
        Form(rf"(?P<agency>{_ARABIC_WORD}(?: {_ARABIC_WORD})?)/(?: {{0,2}}|[ \t]*\r?\n[ \t]*)"
             rf"(?P<place>{'|'.join(ARABIC_CITY_NAMES)})"
             rf" ?(?P<sep>:|/) ?(?=[\u0621-\u064A])",
             unknown_outlet=True, unknown_names=True, start_only=True),
        # الخليل- معا- اقتحمت ...   (or each dash glued to the word before it, a house style; a sentence's aside opens
        # with a spaced dash, `قوات الاحتلال – فجر السبت- حملة`)   |   رام الله -PNN- أعلنت ...   (or a Latin agency's
        # initials glued between the dashes)   |   القدس- مراسلة معا- حوّلت ...   (or the outlet's correspondent, a man's
        # or a woman's, `مراسل`/`مراسلة`, or its translation, `ترجمة`, before its name: the outlet is the name alone)
        Form(rf"{_ARABIC_NO_COUNTRY}{_ARABIC_NO_WRITER}(?P<place>{_ARABIC_WORD}(?: {_ARABIC_WORD})?) ?(?P<sep>-)(?:(?=[A-Z]{{2,8}}-)|(?<=[\u0621-\u064A]-) )"
             rf"(?:(?:مراسلة?|ترجمة) )?(?P<agency>[A-Z]{{2,8}}|{_ARABIC_WORD}(?: {_ARABIC_WORD})?)- ?(?=[\u0621-\u064A])",
             unknown_outlet=True, unknown_names=True, start_only=True),
        # شبكة وتر - رام الله - سمحت ...   |   صدى نيوز - رام الله - عززت ...   (an Arabic outlet's name first, its last
        # word an outlet's or its first `وكالة` or `شبكة`, "agency", "network", then a listed city between dashes: a
        # Palestinian network's house style)
        Form(rf"(?P<agency>{_ARABIC_WORD} {_ARABIC_OUTLET_WORD}|(?:وكالة|شبكة) {_ARABIC_WORD}) ?(?:--|-) {{0,2}}"
             rf"(?P<place>{'|'.join(ARABIC_CITY_NAMES)}) ?(?P<sep>--|-) ?(?=[\u0621-\u064A])",
             unknown_outlet=True, unknown_names=True, start_only=True),
        # رام الله-أخبار والأعمال-تفقد ...   (both dashes glued to the words on each side, no space at all: a Palestinian
        # business site's house style; a city of `ARABIC_CITY_NAMES` only, as the spaced form's place is any word)
        Form(rf"(?P<place>{'|'.join(ARABIC_CITY_NAMES)})(?P<sep>-)(?P<agency>{_ARABIC_WORD}(?: {_ARABIC_WORD})?)-"
             rf"(?=[\u0621-\u064A])",
             unknown_outlet=True, unknown_names=True, start_only=True),
        # عروبة الإخباري – أكد ...   |   وطنا اليوم:نقل ...   (an Arabic outlet's name alone before the dash or a colon, no
        # place)   |   رام الله - صدى نيوز - عززت ...   (or after the place's dash and before a second one)   |   وكالة
        # الحوزة - خطة ...   (or `وكالة`, "agency", or `شبكة`, "network", and its name: an agency's name alone, no
        # place)   |   الوكيل الإخباري- شرعت ...   (or the dash glued to the outlet's word, a space after it; not to
        # `اليوم`, "today", as a sentence's aside closes so, `– فجر اليوم- إن`)   |   زاد الاردن الاخباري - (line break)
        # قال ...   (or a name of three words, its last an outlet's word but `اليوم`, and the dash ending the line)   |
        # صوت البلد للأنباء – (line break) يواصل ...   (or a name of two or three words ending with `للأنباء`, "for
        # news", as agencies name themselves; no reporting verb opening it, `قال مصدر للأنباء – إن` being a sentence)
        Form(rf"(?:{_ARABIC_NO_COUNTRY}{_ARABIC_NO_WRITER}(?P<place>{_ARABIC_WORD}(?: {_ARABIC_WORD})?) - )?"
             rf"(?P<agency>{_ARABIC_WORD} (?:{_ARABIC_WORD} (?!اليوم))?{_ARABIC_OUTLET_WORD}|(?:وكالة|شبكة) {_ARABIC_WORD}"
             rf"|{_ARABIC_REPORTING_VERB}{_ARABIC_WORD}(?: {_ARABIC_WORD})? للأنباء)"
             rf"(?:(?: |(?<!اليوم))(?P<sep>--|-)(?: (?=[\u0621-\u064A])|[ \t]{{0,3}}(?=\r?\n\s{{0,12}}[\u0621-\u064A]))"
             rf"| ?:(?=[\u0621-\u064A]))",
             unknown_outlet=True, unknown_names=True, start_only=True),
        # نيويورك-سانا شددت ...   (the place, a hyphen and the table's agency in Arabic, the sentence going on after a
        # space on the same line: a wire's teaser or lead run on; only the table's agency, as a place's dash followed by
        # any word is the place alone before its sentence, `جاكرتا - تم افتتاح`)
        Form(rf"{_ARABIC_NO_COUNTRY}{_ARABIC_NO_WRITER}(?P<place>{_ARABIC_WORD}(?: {_ARABIC_WORD})?) ?(?P<sep>--|-) ?"
             rf"(?P<agency>(?=[\u0621-\u064A]){known})(?![\u0621-\u064A]) (?=[\u0621-\u064A])", start_only=True),
        # جاكرتا - تم افتتاح ...   (an Arabic edition's place alone, a dash between spaces, its Arabic sentence after)
        Form(rf"{_ARABIC_NO_WRITER}(?P<place>{_ARABIC_WORD}(?: {_ARABIC_WORD})?) (?P<sep>--|-) (?=[\u0621-\u064A])",
             start_only=True),
        # إندونيسيا- جاكرتا (line break) رحب ...   |   القدس- أكد ...   (the dash glued to the place, as MINA's Arabic
        # service of 2014 wrote its country over the city: a listed country or city only, as a label takes a glued dash
        # too, `فيديو- شاهد`, `عاجل- الاحتلال`)
        Form(rf"(?P<place>{'|'.join(ARABIC_COUNTRY_NAMES + ARABIC_CITY_NAMES)})(?P<sep>--|-) (?=[\u0621-\u064A])",
             start_only=True),
        # kepada Kantor Berita Politik RMOL, Sabtu (27/5)   |   kepada Kantor Berita RMOL Jatim, Senin (14/3)   (a network
        # member's region written apart from the agency's name)   |   dilansir Antara di Pontianak, Selasa (3/12)   (the
        # place the agency reported from)   |   kepada Antara, Minggu.   (ANTARA's weekday alone)
        Form(rf"{_ATTRIBUTION_LEAD}(?P<agency>{known}(?: [A-Z][a-z]{{2,20}})?){_ATTRIBUTION_GAP}{_ATTRIBUTION_PLACE}"
             rf"{_STATED}",
              attribution=True),
        # TIMES MALANG, KUALA LUMPUR –   (a name of more words when the outlet's says it is one: else
        # `BANDA ACEH, ACEH –` would be an outlet and its province)
        Form(rf"(?P<agency>(?=[A-Z0-9 .&'-]*\b{_OUTLET_WORD}\b){_CAPS_NAME}) ?, {{0,3}}"
              rf"(?P<place>{_UPPER_WORD}(?: {_UPPER_WORD}){{1,3}}){_LOOSE_DASH_END}",
              unknown_outlet=True, unknown_names=True, start_only=True),
        # TIMES MALANG, JAKARTA –   |   SUARA.NABIRE, WAMENA -   (or two words in capitals joined by a dot, as a domain's
        # name without its top-level part: no place's name is written so, but a place's typed with a dot for the space,
        # `KOTA.BATU, MALANG -`: `dateline._match_at`)
        Form(rf"(?P<agency>{_CAPS_NAME}|(?P<dotted>[A-Z]{{3,20}}\.[A-Z]{{3,20}})) ?, {{0,3}}(?P<place>{_UPPER_WORD}){_LOOSE_DASH_END}",
              unknown_outlet=True, unknown_names=True, start_only=True),
        # SOROTMAKASSAR -- Medan. (line break) Kapolda ...   |   INILAHMEDAN - Medan: Koordinator ...   (a brand's word
        # glued to a city's name, then a dash and a listed place closed by a full stop, a comma or a colon: the outlet's
        # name before its place)
        Form(rf"(?P<agency>[A-Z]{{7,40}}) {{0,3}}(?:--|-) {{0,3}}(?P<place>{_UPPER_NAME}|{_CAP_WORD})[.,:]"
              rf"(?=\s{{1,6}}[\"'“‘(]?[A-Z][a-z])", unknown_outlet=True, unknown_names=True, start_only=True,
              listed_place=True, brand_of_city=True),
        # ZONALINENEWS – OELAMASI, Dalam rangka ...   (or a place in capitals, any: a village or a regency's seat no
        # list has, as a sentence's words after an outlet's dash are not written in capitals)
        Form(rf"(?P<agency>{_DOMAIN}|{_NAMED_OUTLET}) {{0,3}}(?:--|-) {{0,3}}(?P<place>{_UPPER_NAME}),"
              rf"(?= {{1,6}}[\"'“‘(]?[A-Z][a-z])", unknown_outlet=True, unknown_names=True, start_only=True,
              named_or_domain=True, place_not_label=True),
        # Riauterkini - PEKANBARU -   |   Kitasulsel—ENREKANG—Gubernur   |   riauterkini-PEKANBARU- Warga   (a one-word
        # name, in lower case too, then a place in capitals between dashes: a place alone would not name another
        # before it)
        Form(rf"(?P<agency>[A-Z][A-Za-z0-9]{{2,30}}|{LOWER_NAME.pattern}) {{0,3}}(?:--|-) {{0,3}}{_UPPER_PLACE}"
              rf" {{0,3}}(?P<sep>--|-)"
              rf"{_SENTENCE_NEXT}", unknown_outlet=True, unknown_names=True, start_only=True, not_label=True),
        # TIMESINDONESIA, MALANG –   |   Warta Ekonomi, Jakarta -   |   BORNEOMEDIA/SAMPIT –   |   Maluku News_ Ambon -
        # (a name that says it is an outlet, then the place after a comma, a slash or an underscore)
        Form(rf"(?P<agency>{_NAMED_OUTLET}) ?[,/_] {{0,3}}(?P<place>{_PLACE_PART}){_LOOSE_DASH_END}{_SENTENCE_NEXT}",
              unknown_outlet=True, unknown_names=True, start_only=True, says_outlet=True),
        # Balinetizen.com, Surabaya (blank line) Kepolisian ...   (an outlet's domain and the place alone on their line,
        # no dash: the line's end is the dash, as `Surabaya, Balinetizen.com` on its line reads; `_match_at` wants a
        # listed place or a district before the line's end, as a headline's words are not)
        Form(rf"(?P<agency>{_DOMAIN}) ?, {{0,3}}(?P<place>{_PLACE_PART})"
              rf"(?P<eol>[ \t]{{0,3}}(?=\r?\n\s{{0,12}}[\"'“‘(]?[A-Z][a-z]))",
              unknown_outlet=True, unknown_names=True, start_only=True),
        # Daily Mail Indonesia.net. BANDA ACEH - Komisi ...   (or a full stop for the comma after a name of words ending
        # with a domain's top-level name, then a listed place in capitals: a name of one glued word is a domain already,
        # `Dailymailindonesia.net. BANDA ACEH -`, and a sentence's full stop ends no domain)
        Form(rf"(?P<agency>{_NAMED_OUTLET})(?:(?<=\.net)|(?<=\.com)|(?<=\.id)|(?<=\.co)|(?<=\.info)|(?<=\.online))"
             rf"\. {{1,3}}{_UPPER_PLACE}{_LOOSE_DASH_END}{_SENTENCE_NEXT}",
             unknown_outlet=True, unknown_names=True, start_only=True, says_outlet=True, listed_place=True),
        # Infonusantara (PADANG) -- Sejumlah ...   |   Infonusantara.(Batam) - Dewan ...   |   Infonusantara.PADANG - Aksi
        # ...   (a name of one word that says it is an outlet, then a listed place in parentheses or after a full stop
        # glued to the name, then the dash: the outlet before its place, as infonusantara.net's copy writes it; a place
        # before its agency's parentheses, `Padang (Antara) -`, is read above)
        Form(rf"(?P<agency>[A-Z][A-Za-z]{{2,30}})(?=\.| {{0,2}}\()\.? {{0,2}}(?P<open>\( ?)?"
             rf"(?P<place>{_UPPER_NAME}|{_PLACE_PART})(?(open) ?\)){_LOOSE_DASH_END}{_SENTENCE_NEXT}",
             unknown_outlet=True, unknown_names=True, start_only=True, says_outlet=True, listed_place=True),
        # Medan, Aktual News-Kapolda ...   (a listed place, then a name that says it is an outlet, its dash glued to it and
        # to the sentence's first word)
        Form(rf"(?P<place>{_PLACE_PART}) ?, {{0,3}}(?P<agency>[A-Z][A-Za-z]{{1,30}}(?: [A-Z][A-Za-z]{{1,30}})?)"
             rf"(?P<sep>-)(?=[A-Z][a-z]{{2,30}} )", unknown_outlet=True, unknown_names=True, start_only=True,
             says_outlet=True, listed_place=True),
        # PARBOABOA, Pematang Siantar –   |   LANGITKU NETWORKS, Makassar –   |   MuriaNewsCom, Cilacap –   |   MONITOR,
        # Sleman –   (a name in capitals or of glued words, then a known place in title case, a regency or a city abroad
        # too: the outlet before its place, as `TEMPO.CO, Jakarta -`; two names of one case are a place and its region;
        # four capitals at least, as `DPR, Jakarta -` names a body)   |   Kitasulsel, Gowa –   |   DETAKPAPUA, TUAL –
        # (or a name of one word that glues a province's name to another word, as outlets name themselves, then a
        # listed place in either case: `Cibinong, Bogor –` is a place and its regency)   |   SIDIKPOST | Kukar –   (a bar
        # for the comma; no place and its region is written with a bar between: a listed place in capitals after a name
        # in capitals and a bar is the place, `NAMAOUTLET | JAKARTA, -`)   |   BRN | Malaysia –   |   IG | Sulsel –   (an
        # acronym of two or three capitals before a bar: a body's, `DPR, Jakarta -`, takes a comma)   |   MATATELINGA,
        # Medan : Kapolrestabes ...   (a colon for the dash, as `TEMPO Interaktif, Jakarta:`)   |   BORNEONEWS, Sampit '
        # Kabupaten ...   (an apostrophe between spaces, a page's en dash lost to its encoding: no sentence spaces one so)
        Form(rf"(?P<agency>(?=[A-Z'.-]{{4}}){_UPPER_WORD}(?: {_UPPER_WORD}){{0,2}}|[A-Z]{{2,3}}(?= ?\|)"
              rf"|[A-Z][a-z]{{2,20}}(?:[A-Z][a-z]{{1,20}}){{1,2}}(?![\w.'-])|[A-Z][a-z]{{6,30}}(?= ?,))"
              rf" ?(?P<bar>[,|]) {{0,3}}(?P<place>{_PLACE_PART}),?(?:{_OUTLET_DASH_END}| ?(?P<colon>:)(?= )"
              rf"| (?P<quote_dash>')(?= [A-Z][a-z]))"
              rf"{_SENTENCE_NEXT}",
              unknown_outlet=True, unknown_names=True, start_only=True, known_place=True),
        # Spirit of Aqsa, Palestina – Pasukan ...   (an outlet's name of English words joined by `of`, as no place's name
        # in Indonesia is written, then a listed place; a place abroad's words are no outlet's, `Gulf of Aden, Yaman`)
        Form(rf"(?P<agency>(?!{_PLACE_OF_WORDS} ){_CAP_WORD}(?: {_CAP_WORD})? of {_CAP_WORD}(?: {_CAP_WORD})?)"
              rf" ?, {{0,3}}(?P<place>{_PLACE_PART})"
              rf"{_LOOSE_DASH_END}{_SENTENCE_NEXT}", unknown_outlet=True, unknown_names=True, start_only=True,
              listed_place=True),
        # Jakarta, Indonesia Window –   |   Jakarta, VOA –   |   SAMBAS, JEJARING KALBAR –   (words in capitals after a
        # listed place only: `MEDAN, SUMATERA UTARA –`, `BANDA ACEH, ACEH BESAR –` are a place and its region; a place
        # no list has is weak, as a headline's words have this shape: `Gagal Rebut Adipura, Lumentut – Bastiaan ...`
        # above `MANADO-Euforia ...`)   |   Jakarta, Garda Indonesia | Gubernur ...   (a bar for the dash after a name
        # of two words or a brand's: a word alone before a bar opens a sentence, `Maros, Warga | Ini ...`)   |
        # Jakarta, BNP2TKI, Selasa (07/11) -   (the day after the name; not after an abbreviation's full stop, as
        # `GREENWICH, Conn., May 21, 1997 --` writes a state)   |   Makassar, BP2MI (10/9/2020) -   |   Sumenep, Lintas
        # Madura (30/05/2013)- Mentradisikan ...   (or its date in parentheses after a name in capitals, or of two or three
        # capitalised words, as a weekday before its date is one word: `Jakarta, Selasa (7/5/2024) -`)   |   Bandung,
        # Humas--Direktorat ...   (two hyphens glued on both sides, as no word is joined: a ministry's release)   |
        # PALEMBANG, Khatulistiwa News,- Rapat ...   (a stray comma glued before the dash, as `Ambon,MarinyoNews.Com,-`
        # writes it)   |   Bandar Lampung, Lampungnews, — Komisi ...   (or a stray comma before a dash between spaces:
        # a slip of the keys too, the dash still the dateline's end)   |   Bima NTB, Media Dinamika Global.id.–
        # Gelombang ...   (or a stray full stop, no part of the name)   |   Jayapura, Jubi / – The West ...   (or a stray
        # slash between spaces, a reporter's initials left out after it)   |   Padang, Javanusa—Wali Kota ...   (an en or em dash glued to both words, folded to one hyphen:
        # `dateline._match_at` wants it written as a dash)   |   KENDAL, JATENG, BN – Tidak ...   (the place's province
        # between the place and the outlet, part of the place as in `KENDAL, JATENG (BN) –`: `_match_at` wants a province
        # or a country there)   |   BATAM, POSMETRO: Kepala ...   (or a colon after a name in capitals, a sentence after
        # it, as Malay papers end a place with one: a label's word before it, `PENTING:`, is none; `_match_at`)
        Form(rf"(?P<place>{_PLACE_PART}(?: ?, {{0,3}}(?P<region>{_UPPER_WORD}(?: {_UPPER_WORD})?"
              rf"|[A-Z][a-z]{{2,20}}(?: [A-Z][a-z]{{2,20}})?)(?= ?,))?) ?, {{0,3}}"
              rf"(?P<agency>{_TITLE_NAME}|{_ACRONYM_NAME}|{_CAPS_NAME}"
              rf"|{_HYPHENED_OUTLET_NAME}|(?P<titled>[A-Z][a-z]{{2,20}}(?: [A-Z][a-z]{{2,20}}){{1,2}}))(?<!\.)"
              rf"(?:(?<!\.), {{1,3}}{_DATED}|(?:(?<=[A-Z0-9])|(?(titled)|(?!))) \(\d{{1,2}}/\d{{1,2}}/\d{{4}}\))?"
              rf"(?:(?:[,.](?=- )|,(?=[ \t]{{1,2}}- )| /(?= -))?(?:{_LOOSE_DASH_END}|--(?=[A-Z][a-z])|(?<!-)(?P<glued_dash>-)(?=[A-Z][a-z])"
              rf"|(?<=[A-Z0-9]{{3}})(?P<caps_colon>:)(?= {{1,3}}[A-Z][a-z]))"
              rf"{_SENTENCE_NEXT}|(?P<barend>{_BAR}))",
              unknown_outlet=True, unknown_names=True, start_only=True, caps_after_listed=True, weak_unlisted=True),
        # Aceh Barat | Atjeh Terkini.id –   |   LHOKSEUMAWE | ACEH INFO –   (a bar between the place and an outlet that a
        # domain or an outlet's word names: `Mesuji Lampung | Masyarakat ...` is a place and its sentence)   |
        # Belawan l Triknews.co l Dalam ...   (a lower-case l between spaces for each bar, as no word is written, a
        # domain between them and the second for the dash)
        Form(rf"{_PLACES} ?\| ?(?P<agency>(?:[A-Z][\w'-]{{1,30}} )?{_DOMAIN}"
              rf"|(?=[A-Z .&'-]*\b{_OUTLET_WORD}\b){_CAPS_NAME}){_LOOSE_DASH_END}{_SENTENCE_NEXT}",
              unknown_outlet=True, unknown_names=True, start_only=True),
        Form(rf"{_PLACES} l (?P<agency>{_DOMAIN}) (?P<sep>l)(?= [\"'“‘(]?[A-Z][a-z])",
              unknown_outlet=True, unknown_names=True, start_only=True),
        # MEDAN I SUMUT24.CO (line break) Kepolisian ...   (or a capital I between spaces for the bar, after a listed
        # place in capitals and before its outlet's domain, the dash lost with the line's end or written)
        Form(rf"{_UPPER_PLACE} I (?P<agency>{_DOMAIN})(?:[ \t]{{0,3}}(?=\r?\n[ \t]{{0,12}}[\"'“‘(]?[A-Z][a-z])"
             rf"|{_LOOSE_DASH_END}{_SENTENCE_NEXT})",
             unknown_outlet=True, start_only=True, listed_place=True),
        # MBELILING | Pojokbebas.com | Kasus kericuhan ...   (a bar for the comma and another for the dash around the
        # outlet's domain: a listed place or a district only, and a sentence after, no bar in it, as a breadcrumb's
        # words stand between bars too, `Berita | Kompas.com | Nasional`)
        Form(rf"{_PLACES} ?\| ?(?P<agency>{_DOMAIN}) ?(?P<sep>\|)(?= {{1,3}}[\"'“‘(]?[A-Z][^\n|]{{40}})",
              unknown_outlet=True, start_only=True, district_place=True),
        # Medan | Waspada - Kapolrestabes ...   |   Medan | BGlobal : Kapolrestabes ...   (a listed place, a bar, then an
        # outlet's name of one word, or of two glued, and a dash or a spaced colon: a sentence after a bar runs on with
        # no dash after its first word, `Mesuji Lampung | Masyarakat Desa ...`)   |   SURABAYA | Barometer Jatim – Di
        # ...   (or of two words, the second a province's name or an outlet's word: `_match_at`)   |   Pamekasan |
        # Sigap88 – Bupati ...   (the name's figures after its word)   |   Medan | Bandar Meriah News - Apresiasi ...   (or
        # of three words, the last an outlet's word: `_match_at`)
        Form(rf"(?P<place>{_PLACE_PART}) ?\| ?(?P<agency>[A-Z]{{1,2}}[a-z]{{2,20}}(?:[A-Z][a-z]{{1,20}})?\d{{0,4}}"
             rf"(?: [A-Z][A-Za-z]{{1,20}}){{0,2}})"
             rf"(?:{_LOOSE_DASH_END}|[ \t]{{1,3}}:){_SENTENCE_NEXT}",
             unknown_outlet=True, unknown_names=True, start_only=True, listed_place=True, stranger_outlet=True),
        # Kendari, gemasulawesi – Polda ...   (a listed place, a comma, then an outlet's one-word name in lower case, as
        # its domain is written without the ending, and a spaced dash: the name glues a place's or a region's name to a
        # brand's letters, `dateline_names.glues_place_in_lower_case`, as `Jakarta, sebelumnya – ...` is a phrase)
        Form(rf"(?P<place>{_PLACE_PART}) ?, {{0,3}}(?P<lower_brand>)(?P<agency>{LOWER_NAME.pattern})"
             rf"{_SPACED_DASH_END}{_SENTENCE_NEXT}",
             unknown_outlet=True, unknown_names=True, start_only=True, listed_place=True, stranger_outlet=True),
        # KEDIRI |DN – Polsek ...   (a listed place, a bar, then an outlet's initials of two or three capitals and a dash
        # between spaces: a site's short signature, as `destara.news` signs `DN`)
        Form(rf"(?P<place>{_PLACE_PART}) ?\| ?(?P<agency>[A-Z]{{2,3}}){_SPACED_DASH_END}(?= {{1,3}}[\"'“‘(]?[A-Z][a-z])",
             unknown_outlet=True, unknown_names=True, start_only=True, listed_place=True),
        # PAMEKASAN || KLIKMADURA – Menteri ...   (a listed place, a bar or two, then an outlet's name of one word in
        # capitals that says it is one, `KLIK` glued to its region: `CIBINONG | BOGOR –` is a district and its regency)
        Form(rf"(?P<place>{_PLACE_PART}) ?\|{{1,2}} ?(?P<agency>[A-Z][A-Z0-9]{{3,30}}){_LOOSE_DASH_END}{_SENTENCE_NEXT}",
             unknown_outlet=True, unknown_names=True, start_only=True, listed_place=True, says_outlet=True, alone=True),
        # Tondano, SULUTREVIEW (line break)   |   Simalungun,SS (line break)   (one word in capitals after the place, as
        # `Jakarta, VOA -`, ending the dateline's line; a place no list has is weak, as a page's labels line up so above
        # the dateline: `INTERVIU, NEWS` over `FLORESKITA.COM | Persebata ...`)
        Form(rf"(?P<place>{_PLACE_PART}) ?, {{0,3}}(?P<agency>{_ACRONYM_NAME})[ \t]{{0,3}}(?=\r?\n)",
              unknown_outlet=True, unknown_names=True, start_only=True, weak_unlisted=True),
        # Malang, Suara Gong. Harus diakui ...   (or a full stop for the dash after a name with an outlet's word, a listed
        # place or a district before it)
        Form(rf"(?P<place>{_PLACE_PART}) ?, {{0,3}}(?P<agency>(?=[A-Za-z .&'-]*\b(?i:{_OUTLET_NAME_WORD})\b){_TITLE_NAME})"
             rf"\.(?= {{1,3}}[\"'“‘(]?[A-Z][a-z])", unknown_outlet=True, unknown_names=True, start_only=True,
             district_place=True),
        # Jakarta, Humas LIPI. Pada Selasa ...   (or a public-relations desk, `Humas` and its body's acronym or name, a
        # full stop for the dash: a government institute's releases; the desk's word says it is the writer, as a
        # name after the comma and a full stop is else a sentence's)
        Form(rf"(?P<place>{_PLACE_PART}) ?, {{0,3}}(?P<agency>Humas(?: [A-Z][A-Za-z]{{1,12}}){{1,3}})"
             rf"\.(?= {{1,3}}[\"'“‘(]?[A-Z][a-z])", unknown_outlet=True, unknown_names=True, start_only=True,
             district_place=True),
        # Jakarta, NU Online (line break)   |   NEGARA, NusaBali (line break): a title-case name ends its line only
        # when it says it is an outlet (`Online`, `Times`, `News`...) or is a brand's two words glued (`NusaBali`):
        # `Jakarta, Indonesia`, `Jakarta, Senin` and a byline's `Acep Nazmudin, David Purba` on a line are no datelines.
        # Or the dash lost before the sentence (`Jakarta, NU Online Tidak ada ...`): then the name ends with the
        # outlet's word (`_match_at`). A full stop typed after the name before the break is no part of it (`Padang,Lintas
        # Media News.` above `Guna meningkatkan ...`)
        Form(rf"(?P<place>{_PLACE_PART}) ?, {{0,3}}(?P<agency>(?=[A-Za-z .&'-]*\b(?i:{_OUTLET_NAME_WORD})\b)"
              rf"{_TITLE_NAME}|{_GLUED_WORDS})(?<!\.)(?:\.?[ \t]{{0,3}}(?=\r?\n)|(?P<lost>(?= [A-Z][a-z]+ [a-z]{{2}})))",
              unknown_outlet=True, unknown_names=True, start_only=True),
        # Medan – SuaraNusantara (line break)   (or a brand's two words glued after a listed place's dash, ending its line)
        Form(rf"(?P<place>{_PLACE_PART}) {{1,3}}(?:--|-) {{1,3}}(?P<agency>{_GLUED_WORDS})[ \t]{{0,3}}"
             rf"(?=\r?\n[ \t]{{0,12}}[\"'“‘(]?[A-Z][a-z])",
             unknown_outlet=True, unknown_names=True, start_only=True, listed_place=True),
        # Surabaya, Memorandum (line break)   |   Kota Batu, Bhirawa (line break)   (or one capitalised word after a listed
        # place or a district, ending its line: `_match_at` wants a word no place's name has, as `Jakarta, Indonesia`
        # and `Jakarta, Senin` are no outlets)   |   SAMARINDA, Poskota Kaltim (line break)   (or that word and its
        # province, as `Barometer Jatim`: `Batam, Kepulauan Riau` is a place and its province)   |   Kediri, Memorandum
        # (line break) KPU Kabupaten Kediri menetapkan ...   (the lead opening with a body's acronym and a word in lower
        # case after it, as a heading in capitals has none; a blank line may stand between, as a paper's page set in
        # columns prints them: `Surabaya, Memorandum` over an empty line over `Dua residivis ...`)
        Form(rf"(?P<place>{_PLACE_PART}) ?, {{0,3}}(?P<agency>[A-Z][a-z]{{3,20}}(?: [A-Z][a-z]{{2,20}})?)[ \t]{{0,3}}"
              rf"(?=(?:\r?\n[ \t]{{0,12}}){{1,2}}(?:[\"'“‘(]?[A-Z][a-z]|[A-Z]{{2,6}} [A-Z]?[a-z]))",
              unknown_outlet=True, unknown_names=True, start_only=True, district_place=True, stranger_outlet=True),
        # Riyadh, May 25, 2019, SPA -- Saudi ...   (a table's agency after the date and a comma, no parentheses: the Saudi
        # Press Agency's copy; tried after the common forms, before a date's place alone)
        Form(rf"{_PLACES} ?, {{0,3}}{_WHEN} ?, {{0,3}}(?P<agency>{known}){_END}"),
        # JAKARTA, 18/10 -   |   JAKARTA, Sabtu (27/5) -   |   PALEMBANG, SUMSEL 25/6 -   |   AMBON, MALUKU (28 November
        # 2019) -   (ANTARA FOTO's captions, press releases: the place's province before the date, no comma after it,
        # the date in parentheses)   |   KUALA LUMPUR, 27 Okt: Seramai   (Malay papers: a colon for the dash)   |   KEDIRI,
        # 9/8/2018. Momentum ...   (a full stop for the dash after a full date in figures: `_match_at` wants its year)   |
        # KLANG, NOV 10: Selangor ...   (a month's name in capitals before the day is the date's, no region)
        Form(rf"(?P<place>{_UPPER_NAME}(?:, ?(?P<region>(?!{_CAPS_MONTH} {{1,3}}\d){_UPPER_WORD}(?: {_UPPER_WORD}){{0,2}}))?)"
              rf"(?: ?, {{0,3}}| {{1,3}}(?=[\d(]))\(?{_DATED}\)?(?:{_LOOSE_DASH_END}|:(?= {{1,3}}[A-Z])"
              rf"|(?<=\d)(?P<stop>\.)(?= {{1,3}}[A-Z][a-z]))",
              start_only=True),
        # Shah Alam, Malaysia : Inspector-General ...   (a wire's copy: a listed place in title case, its country or
        # region after a comma, then a colon for the dash, spaced or not; `Catatan, Penting:` names no listed place)
        Form(rf"(?P<place>(?P<head>{_PLACE_PART}), (?P<region>[A-Z][a-z]{{2,20}}(?: [A-Z][a-z]{{2,20}})?)) ?:"
             rf"(?= {{1,3}}[\"'“‘(]?[A-Z])", start_only=True, listed_head=True),
        # Jakarta, 7 Mei 2024 -   |   Jakarta, Selasa (7/5/2024) -   (press releases: a place in title case, vouched
        # for by the date after it and a sentence after the dash)   |   Putrajaya, 27 Mac- Perdana Menteri ...   (the
        # dash glued to the date, a space after it, as Malay papers' copies type it: a listed place only, `_match_at`)
        # |   Samarinda, Senin 9/1/2017. Pelaksanaan ...   (a full stop for the dash after a full date in figures, as a
        # provincial office's news page writes it: `_match_at` wants its year)
        Form(rf"(?P<place>{_PLACE_PART}) ?, {{0,3}}{_DATED}"
             rf"(?:{_LOOSE_DASH_END}|(?<=\d)(?P<stop>\.)(?= {{1,3}}[A-Z][a-z])){_SENTENCE_NEXT}", start_only=True),
        # Istanbul (22/1) - DPR mendesak ...   (a party's or a legislator's release: a listed place in title case, then the
        # day and month in figures in parentheses with no comma before them, the dash and a sentence; as in capitals)
        Form(rf"(?P<place>{_PLACE_PART}) {{1,3}}\((?P<when>\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?)\){_LOOSE_DASH_END}"
             rf"{_SENTENCE_NEXT}", start_only=True, listed_place=True),
        # Kuala Lumpur, Jan. 13 : The Malaysian ...   |   Klang, 09 NOV: Chief Minister ...   (a wire's or a Malay paper's
        # copy: a colon for the dash, spaced or not, as in capitals; a listed place or a Malaysian town only, as an
        # agenda's or a list's item in title case has this shape too: `Rapat, 12 Mei: ...`)
        Form(rf"(?P<place>{_PLACE_PART}) ?, {{0,3}}{_DATED} ?(?P<sep>:)(?= {{1,3}}[\"'“‘(]?[A-Z])", start_only=True,
             listed_place=True),
        Form(rf"(?P<place>{'|'.join(MALAYSIAN_CITY_NAMES)}) ?, {{0,3}}{_DATED} ?(?P<sep>:)(?= {{1,3}}[\"'“‘(]?[A-Z])",
             start_only=True),
        # Magetan, 22 Juli 2025 (line break) Pemerintah Desa ...   (or the date ending its line, the lead below it: a day,
        # a month's name and a year, as a date in figures alone on a line is a page's stamp)
        Form(rf"(?P<place>{_PLACE_PART}) ?, {{0,3}}(?P<when>\d{{1,2}} [A-Z][a-z]{{2,8}} \d{{4}})[ \t]{{0,3}}(?=\r?\n)"
             rf"{_SENTENCE_NEXT}", start_only=True),
        # PURWOKERTO, JAWA TENGAH – 17 September 2025 – Dalam rangka ...   |   Jakarta – 20 Agustus 2025 (line break)
        # Lembaga ...   (press releases: the date between dashes, or ending its line)
        Form(rf"(?P<place>{_UPPER_NAME}(?:, ?(?P<region>{_UPPER_WORD}(?: {_UPPER_WORD}){{0,2}}))?|{_PLACE_PART})"
              rf" {{1,3}}-{{1,2}} {{1,3}}{_WHEN}(?:{_SPACED_DASH_END}|[ \t]{{0,3}}(?=\r?\n)){_SENTENCE_NEXT}",
              start_only=True),
        # Jakarta, – 2 Februari 2022, Setelah ...   (or a comma after the date's year, the comma before the dash a stray
        # one, as `REPUBLIKA.CO.ID, GIANYAR, –` has: a listed place only, as a comma closes a sentence's first clause too)
        Form(rf"(?P<place>{_PLACE_PART}),? {{1,3}}-{{1,2}} {{1,3}}{_WHEN}(?<=\d{{4}}),(?= {{1,3}}[A-Z][a-z])",
              start_only=True, listed_place=True),
        # Desa Kedungbenda, Cilacap - Jum'at, 24 Januari 2025 (line break) Pemerintah Desa ...   (or a place and its
        # regency in title case, then a weekday and a full date ending the line: a village's news page)
        Form(rf"(?P<place>{_PLACE_PART}, {_PLACE_PART}) {{1,3}}- {{1,3}}(?P<when>[A-Z][a-z']{{2,8}}, "
             rf"\d{{1,2}} [A-Z][a-z]{{2,8}} \d{{4}})[ \t]{{0,3}}(?=\r?\n){_SENTENCE_NEXT}", start_only=True),
        # AMBON--MIOL: Presiden ...   (a listed place in capitals, a written dash, then the outlet's acronym and a colon:
        # Media Indonesia's online copy; a hyphen there joins a word to a body's acronym, `JAKARTA-DPR:`)
        Form(rf"{_UPPER_PLACE}(?P<sep>--|-)(?P<agency>[A-Z]{{2,10}}):(?= {{1,3}}[\"'“‘(]?[A-Z][a-z])",
             unknown_outlet=True, unknown_names=True, start_only=True, listed_place=True, dash_written=True),
        # MUSI RAWAS-LH: Sejumlah ...   |   JAKARTA-DPR: Ketua ...   (a listed place in capitals, a hyphen glued to an
        # acronym and a colon: an outlet's or a body's, no part of the place and named by none; a listed place there
        # makes a pair of places, a topic's label: `INDONESIA-JEPANG: Kedua negara ...`)
        # (the acronym and its colon looked for first: the place's words are slow to try at every start)
        Form(rf"(?=[A-Z][A-Z' .-]{{1,40}}-[A-Z]{{2,10}}:){_UPPER_PLACE}-(?P<glued_word>[A-Z]{{2,10}})(?P<sep>:)"
             rf"(?= {{1,3}}[\"'“‘(]?[A-Z][a-z])", start_only=True, listed_place=True),
        # NTT AKTUAL. KUPANG. Gubernur ...   |   NTT AKTUAL. KUPANG. KKB On The Street ...   (the dash lost after an
        # outlet's name in capitals, then the place, each closed by a full stop: a listed place, as a heading's words
        # are not; the sentence may open with an acronym before a word in title case)
        Form(rf"(?P<agency>{_CAPS_NAME})\. {{0,3}}{_UPPER_PLACE}\."
             rf"(?= {{1,3}}(?:[\"'“‘(]?[A-Z][a-z]|[A-Z]{{2,6}} [A-Z][a-z]))",
              unknown_outlet=True, unknown_names=True, start_only=True, listed_place=True),
        # Medan, (Analisa). Ratusan warga   |   Moskow, (Analisa) (line break) Rusia dan ...   (an outlet in parentheses
        # after a comma, a full stop for the dash or the line's end, a sentence on the next line)
        Form(rf"{_PLACES} ?, {{0,3}}\( ?(?P<agency>{_PAREN_NAME}) ?\)"
              rf"(?:\.(?= {{1,3}}[A-Z\"\u201c])|[ \t]{{0,3}}(?=\r?\n\s{{0,12}}[\"'“‘(]?[A-Z]))",
              unknown_outlet=True, unknown_names=True, start_only=True),
        # Ketapang:KM –   (a colon between the place and its outlet's acronym)
        Form(rf"(?P<place>{_PLACE_PART}):(?P<agency>{_ACRONYM_NAME}){_LOOSE_DASH_END}{_SENTENCE_NEXT}",
              unknown_outlet=True, unknown_names=True, start_only=True),
        # JuaraNews Bandung -   (an outlet's name saying so, then a known city without a comma)
        Form(rf"(?P<agency>[A-Z][\w.&'-]{{1,30}}) (?P<place>{_CAP_WORD}){_LOOSE_DASH_END}{_SENTENCE_NEXT}",
              unknown_outlet=True, unknown_names=True, start_only=True, says_outlet=True, alone=True, known_city=True),
        # Detiknews.id Surabaya –   (an outlet's domain, then a listed place in title case without a comma)   |
        # 75detik.com Makassar, Sulawesi Selatan – Kepolisian ...   (or with its province after a comma: `_match_at` wants
        # a region there)
        Form(rf"(?P<agency>{_DOMAIN}) (?P<place>(?P<head>{_CAP_WORD}(?: {_CAP_WORD})?)"
             rf"(?:, (?P<region>{_CAP_WORD}(?: {_CAP_WORD})?))?){_LOOSE_DASH_END}{_SENTENCE_NEXT}",
              unknown_outlet=True, start_only=True, listed_head=True),
        # Melanesiatimes.comKota Sorong – Zakarias ...   (or glued to it, the space lost with the link's end)
        Form(rf"(?P<agency>{_GLUED_DOMAIN})(?P<place>{_CAP_WORD}(?: {_CAP_WORD})?){_LOOSE_DASH_END}{_SENTENCE_NEXT}",
             unknown_outlet=True, start_only=True, listed_place=True),
        # RM.id  Rakyat Merdeka - Ada dua ...   (an outlet's domain, then its name spelled out, no listed place: the
        # domain is the agency, no place)
        Form(rf"(?P<agency>{_DOMAIN}) {{1,3}}[A-Z][a-z]{{2,20}}(?: [A-Z][a-z]{{2,20}}){{0,2}}{_LOOSE_DASH_END}{_SENTENCE_NEXT}",
              unknown_outlet=True, start_only=True),
        # SANGA.ID. Kantor Kementerian ...   (an outlet's domain alone, a full stop for the dash, as `RMOLBengkulu. ...`;
        # a sentence in title case after it)
        Form(rf"(?P<agency>{_DOMAIN})\.(?= {{1,3}}[\"'“‘(]?[A-Z][a-z]+ [^\n]{{20}})", unknown_outlet=True, start_only=True),
        # 27 July 2023; MEMO: Saudi Arabia opened ...   (a digest's copy: the date, a semicolon, then the table's agency
        # it was taken from and a colon; no place: `30 Nov 2021; NOTE: The ...` is a note)
        Form(rf"(?P<when>\d{{1,2}} [A-Z][a-z]{{2,8}} \d{{4}}); (?P<agency>{known}):(?= [\"'“‘(]?[A-Z])", start_only=True),
        # PRFMNEWS -   |   JABAR EKSPRES –   |   IDXChannel -   |   Metro Merauke –   (an outlet alone, its name saying so,
        # or a brand's word and a listed place: `names_outlet_of_place`)   |   BaliNews | The Palestinian ...   (a bar for
        # the dash)   |   NU Online Jombang, (line break) Wakil Ketua ...   (or a comma ending the line, the place left
        # out of a regional edition's dateline)
        Form(rf"(?P<agency>{_NAMED_OUTLET})(?:{_LOOSE_DASH_END}{_SENTENCE_NEXT}|{_BAR}"
             rf"|,[ \t]{{0,3}}(?=\r?\n\s{{0,12}}[\"'“‘(]?[A-Z][a-z]))",
              unknown_outlet=True, unknown_names=True, start_only=True, says_outlet=True, alone=True),
        # Jakarta: Pemerintah ...   |   Jakarta. A bill ...   (a city and a colon, Medcom, or a full stop, the Jakarta
        # Globe; only a known city, a label has this shape too)
        Form(rf"(?P<place>{'|'.join(CITY_NAMES)})(?P<sep>[:.])(?= {{1,3}}[\"'“‘(]?[A-Z])", start_only=True),
        # Kuala Lumpur: Seorang anggota ...   |   Shah Alam: Tidak hormat ...   (a Malaysian city in title case and a
        # colon, Harian Metro's house style; only a listed town, as a label takes the shape too)
        Form(rf"(?P<place>{'|'.join(MALAYSIAN_CITY_NAMES)})(?P<sep>:)(?= {{1,3}}[\"'“‘(]?[A-Z])", start_only=True),
        # KUALA LUMPUR: Kebakaran berlaku ...   (a place in capitals and a colon: Malaysian papers, Bernama; a sentence
        # after it, as no headline in capitals is: `BANJIR BESAR: WARGA MENGUNGSI`)   |   MATARAM, West Nusa Tenggara:
        # Labor ...   (the Jakarta Post's briefs: the place's province after it, `_match_at` wants a region)
        Form(rf"(?P<place>{_UPPER_NAME}(?:, ?(?P<region>[A-Z][A-Za-z]{{1,20}}(?: [A-Z][A-Za-z]{{1,20}}){{0,3}}))?)"
             rf"(?P<sep>:)(?= {{1,3}}[\"'“‘(]?[A-Z][^\n]{{0,40}}?[a-z])", start_only=True, weak=True,
             place_words=True),
        # BANGKOK : All Thai government agencies ...   (or a space before the colon, as an aggregator copies a Malaysian
        # paper: a listed place only, as a caption's label in capitals takes a spaced colon, `INGATKAN : Plt Sekdako ...`)
        # |   PARIS :French President ...   (the sentence glued to the spaced colon, as the copy lost its space)
        Form(rf"(?P<place>{_UPPER_NAME}) (?P<sep>:)(?= {{0,3}}[\"'“‘(]?[A-Z][^\n]{{0,40}}?[a-z])", start_only=True,
             weak=True, listed_place=True),
        # ABU DHABI // The striking form ...   |   DUBAI // The Burj Khalifa ...   (two slashes for the dash: the UAE
        # daily The National's house style; a sentence after them, its first words and then one in lower case, as a
        # breadcrumb's words take the slashes too, `HOME // NEWS // ...`; a listed place only, as a menu's first word in
        # capitals takes them before a sentence, `BERANDA // Berita daerah ...`)
        Form(rf"(?P<place>{_UPPER_NAME}) {{0,2}}(?P<sep>//)"
             rf"(?= {{1,3}}[\"'“‘(]?[A-Z][A-Za-z'’-]{{0,20}}(?: [A-Z][A-Za-z'’-]{{0,20}}){{0,3}} [a-z])", start_only=True,
             listed_place=True),
        # PETALING JAYA : Ibu Pejabat ...   (or a Malaysian town no list of places has, `MALAYSIAN_CITY_NAMES`, as a Malay
        # paper's copy on a blog spaces its colon)
        Form(rf"(?P<place>{'|'.join(MALAYSIAN_CITY_NAMES).upper()}) (?P<sep>:)(?= {{0,3}}[\"'“‘(]?[A-Z][^\n]{{0,40}}?[a-z])",
             start_only=True, weak=True),
        # MANADO:Malaysia will contribute ...   (or the sentence glued to the colon, as a digest copies a Malaysian paper's
        # story without its space: a listed place only, the next word in title case, as a clock's `10:30` or a label's
        # acronym, `KPK:KPU`, is no sentence)
        Form(rf"{_UPPER_PLACE}(?P<sep>:)(?=[\"'“‘(]?[A-Z][a-z][^\n]{{0,40}}?[a-z] )", start_only=True, weak=True,
             listed_place=True),
        # PADANG—Di tengah   |   SOFIFI-Rabu (12/10)   |   JAMBI.Sudah dilantiknya   |   BANDUNG. Badan Nasional   |
        # SINTANG. Bupati ...   |   JAKARTA—PT Telekomunikasi ...   (a listed place in capitals, its dash glued to it and
        # to the sentence, its first word a capital's or an acronym before a name, or a full stop for the dash)   |
        # SAWAHLUNTO….Mentri ...   |   SAWAHLUNTO...Mentri ...   (an ellipsis for the dash, no part of the place)
        Form(rf"{_UPPER_PLACE}(?<!\.)(?P<sep>--|-|\.{{1,4}}|…\.?)(?= {{0,3}}(?:[A-Z][a-z]|[A-Z]{{2,6}} [A-Z][a-z]))",
             start_only=True, listed_place=True),
        # BANYUMANIK-Untuk melestarikan ...   (a district in capitals, a hyphen glued to it and to the sentence's first
        # word: a regional paper's district desk; `_match_at` wants that word no place's and no repeat of the district's,
        # as a pair or a plural is glued so too: `BANYUMANIK-Semarang`, `BUKIT-Bukit`)
        Form(rf"{_UPPER_PLACE}(?P<sep>-)(?=(?P<glued_word>[A-Z][a-z]{{1,30}})[ ,][a-z])", start_only=True,
             district_place=True),
        # PURWOREJO—Puluhan   |   Kupang–Polda   |   Bangka Selatan–Perkembangan   (an en or em dash glued to the place
        # and the sentence; a place in title case a known one)   |   Tulungagung—Universitas Islam ...   (or a listed
        # regency's seat, as a campus's news writes its town, when the dash is an en or em dash itself: two hyphens
        # typed, `Sumenep--Warga`, may join words; no listed place after it, `Sidoarjo–Surabaya` is a route)
        Form(rf"{_UPPER_PLACE}(?P<sep>--|-)(?=[A-Z][a-z])", start_only=True, dash_written=True),
        Form(rf"(?P<place>{_PLACE_PART})(?P<sep>--|-)(?=[A-Z][a-z])", start_only=True, dash_written=True,
              known_city=True),
        Form(rf"(?P<place>{_PLACE_PART})(?P<sep>--|-)(?=(?P<glued_word>[A-Z][a-z]{{1,30}}))", start_only=True,
             dash_character=True, listed_place=True),
        # Solo-Menteri Perhubungan ...   |   Bengkulu-Pasca Tahapan ...   (a known city in title case, a hyphen glued to it
        # and to the sentence's first word: `_match_at` wants a known city (`CITY_NAMES`), that word no word of any
        # place's name and no headline's words after it, as a route or a pair is glued so too: `Jakarta-Bandung`,
        # `Indonesia-Malaysia`, `Jakarta-Merak Padat Merayap ...` on its line)
        Form(rf"(?P<place>{_CAP_WORD})(?P<sep>-)(?=(?P<glued_word>[A-Z][a-z]{{2,30}})[ ,])", start_only=True,
             known_city=True, glued_sentence=True),
        # TEMPO.CO, JakartaTransactions of ...   (the table's outlet or a domain, then a known city glued to the sentence's
        # first word, the dash lost with the element it stood in; the glued word no place's: `_match_at`)
        Form(rf"{outlet} ?, {{0,3}}(?P<place>{'|'.join(CITY_NAMES)})(?=(?P<glued_word>[A-Z][a-z]{{1,30}})[ ,])",
             start_only=True),
        # MIMIKA –   |   MIMIKA– Warga   |   AMBON,- Tahun   |   BANYUWANGI, - Luka   |   DENPASAR ~ The   (a tilde
        # between spaces for the dash)   |   BANDAR LAMPUNG,  — Pemerintah ...   (two spaces between the comma and the
        # dash: the outlet's name between them was a link the page lost)
        Form(rf"{_UPPER_PLACE}(?:,(?= {{0,2}}-))?(?: {{1,3}}|(?=-+ ))(?P<sep>--|-|~(?= ))(?= |$|[A-Z][a-z])",
              start_only=True),
        # CIBINONG | BOGOR –   (a district or a regency's seat, a bar, then its regency: `_match_at` wants a district or a
        # regency or city, and a listed place, as an outlet's name before a bar is none: `SIDIKPOST | Kukar –`)
        Form(rf"(?P<place>(?P<district>{_PLACE_PART}) ?\| ?(?P<regency>{_PLACE_PART}))"
              rf"{_LOOSE_DASH_END}{_SENTENCE_NEXT}", start_only=True),
        # Simalungun | Sebagai aparat ...   |   Cijeruk | Jurnal Bogor (line break) Cuaca ...   (a listed place or a
        # district, a bar for the dash, then a sentence running on or the outlet's name alone on its line)   |
        # Leuwiliang l Jurnal Inspirasi (line break)   (a lower-case l between spaces for the bar, as no word is written,
        # before the outlet's name only: `_match_at`)   |   Madina | Sumut24.co (line break) Bupati ...   (or the
        # outlet's web address alone on its line, digits in its name)
        Form(rf"(?P<place>{_PLACE_PART}) ?(?P<sep>\||(?<= )l(?= )) ?(?:(?P<agency>{_TITLE_NAME}|{_LINE_ADDRESS})"
             rf"[ \t]{{0,3}}(?=\r?\n)"
              rf"|(?=[\"'“‘(]?[A-Z][a-z][^\n|]{{40}}))",
              unknown_outlet=True, unknown_names=True, start_only=True, district_place=True),
        # JAKARTA, April 12 Indonesia's central bank ...   |   JAKARTA Dec 12 Indonesia's ...   (a wire's alert as news
        # sites keep it: a listed place in capitals, an English month and its day, no agency and no dash, the sentence
        # after them; no year, as `JAKARTA, 12 April 2024 -` has its dash; before a comma's form, which reads the month
        # as the sentence's first word)
        Form(rf"{_UPPER_PLACE},? (?P<when>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{{0,6}}\.? \d{{1,2}})"
             rf" (?=[A-Z][a-z'’]* [a-z])", start_only=True, listed_place=True),
        # SANGGAU, Komisi I DPRD ...   (a listed place in capitals, a comma for the dash, a sentence running on after
        # it, its first word no label's: `IPOH, Pengumuman: ...`; no district, as a heading's word in capitals has this
        # shape too: `MERDEKA, Rakyat ...`); no word before a dash, which is the place's country and the dateline's dash
        # (`MANILA, Philippines - The Commission ...`: the last form reads both)
        Form(rf"{_UPPER_PLACE},(?= {{1,3}}[\"'“‘(]?[A-Z][a-z]+ (?!-{{1,3}} )[^\n]{{40}})", start_only=True,
             listed_place=True),
        # Ngabang, (line break) Untuk mendengarkan ...   (a listed place or a district, its comma ending the line for the
        # dash)
        Form(rf"(?P<place>{_PLACE_PART}),[ \t]{{0,3}}(?=\r?\n[ \t]{{0,12}}[\"'“‘(]?[A-Z][a-z])", start_only=True,
              district_place=True),
        # Pasaman Barat PN— Di saat ...   (a listed place, its outlet's initials in capitals after a space, no comma, then
        # the dash: no place's name ends with initials; a province's or a listed place's are the place's region,
        # `Mataram NTB -`)
        Form(rf"(?P<place>{_PLACE_PART}) (?P<agency>[A-Z]{{2,4}}){_LOOSE_DASH_END}{_SENTENCE_NEXT}",
             unknown_outlet=True, unknown_names=True, start_only=True, listed_place=True, outlet_no_place=True),
        # Ciamis NUANSA POST  — Gelar ...   (or its name in capitals, two or three words, one an outlet's name's word:
        # no place's region is named so, and `BERITA TERKINI`, "latest news", is a rubric's)
        Form(rf"(?P<place>{_PLACE_PART}) (?P<agency>(?=[A-Z0-9 .&'-]*\b{_OUTLET_NAME_WORD}\b){_CAPS_NAME})"
             rf"{_LOOSE_DASH_END}{_SENTENCE_NEXT}",
             unknown_outlet=True, unknown_names=True, start_only=True, listed_place=True, outlet_no_place=True),
        # Jakarta - (Detik)   |   Mataram, NTB -   |   Jakarta– Polisi   |   Lebak, – Wakil Bupati   (a stray comma
        # before the dash, as `AMBON,- Tahun`, after a place of one part: `Koran SINAR PAGI, Kab.Garut,-` names the
        # outlet first; two spaces after it where the outlet's linked name was lost, `Bandar Lampung,  — Pemerintah`)
        Form(rf"(?P<place>{_PLACE_PART}{_SLASHED}(?: ?, ?{_PLACE_PART}{_SLASHED}(?!,))?)(?:,(?= {{0,2}}-))?{_LOOSE_DASH_END}"
              rf"{_SENTENCE_NEXT}", start_only=True),
    )
    return tuple(Form(re.compile(form.pattern), *form[1:]) for form in table)  # type: ignore[arg-type]


forms(DEFAULT_AGENCY_TYPOS, ())  # compiled at import, so that no call pays for it

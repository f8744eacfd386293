"""Who wrote an article and who edited it, as pages print it, and the codes that close its text.

* Header lines: `<Author> [Editor : <name>] - <when>`, `<when> | Oleh : <name>` (`parse_header_line`), and their
  copies inside the body.
* Printed credit blocks: `Pewarta: <name> Editor: <name> Copyright © ...`, `Penulis:`, `Reporter:`, `Reporting by`,
  `Translator:`, `Redaktur:`, `Red:`, `Redaktur & Reporter :` (`parse_credits`; labels may be empty); Tribun's
  reporter line (`Laporan Wartawan Tribunnews.com, <name>`, also run into the dateline after it), an opinion byline
  (`Oleh: <Name>*`, `Oleh <Name>`, `By <Name>, <role>`, `بقلم:`, `Catatan: <Name>`), a closing byline (`Agus
  Siswanto - 20DETIK`), a name in capitals on the last line (`ANTON SEPTIAN`) or a column's closing footnote (`*)
  Penulis adalah <Name>, <role>`); a book review's reviewer (`Peresensi : <name>`), the credits among the book's
  particulars being the book's (`names_a_book`).
* Editorial codes closing the text (`split_signature`): the site's own from its profile (MINA's `(T/RE1/P2)`), other
  outlets' (`(gil/jpnn)`, `(Cas/Isk)`, `(ful)`), credits in words (`(Tim)`, `(MC Balangan/ragil)`, `(ril humas
  pemprov sumsel/ohs)`) and a copy's source in square brackets (`[ANTARA]`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from crawler.parsing.agencies import AGENCIES, agency_name
from crawler.parsing.date_words import _SPELLED_ZONE, month_number, weekday_number
from crawler.parsing.dateline_names import is_day_word, is_label_word
from crawler.parsing.html import MAX_BLOCK_SCAN, Block, fold
from crawler.parsing.places import is_district, is_gazetted
from crawler.parsing.profile import GENERIC, SiteProfile
from crawler.parsing.regions import is_region

_APOSTROPHE = "['’‘`]"

# A reporter line: Tribun's opening the body (`Laporan Wartawan Tribunnews.com, Budi Santoso`, `Laporan Wartawan
# Tribun Medan / Tommy Simatupang`), Kompas's in the header (`Kontributor Lhokseumawe, Masriadi`), the editor's credit
# after it on the same line (`Kontributor Lhokseumawe, Masriadi | Editor: Farid Assifa`) being no part of the name.
# No outlet holds a colon: after a label's (`Reporter : Nova/Haris`, Gorontalo's province site 2023) the slash parts
# two reporters, the first no outlet.
_REPORTER_ROLES = ("wartawan", "reporter", "koresponden", "kontributor", "jurnalis")
_REPORTER_LINE = re.compile(
    rf"^(?:Laporan\s+)?(?:{'|'.join(_REPORTER_ROLES)})\s+[^,/:]{{2,60}}[,/]\s*(?P<name>[^,/()\d|:]{{3,60}}?)\s*"
    r"(?:\|\s*(?:Editor|Redaktur|Penyunting)\b[^|]{0,80})?$",
    re.IGNORECASE,
)
# ...run by a scraper into the dateline after it, the outlet named again to open the dateline (`Laporan wartawan
# Tribunnews.com, Fahdi Fahlevi TRIBUNNEWS.COM, JAKARTA - ...`, `Laporan Wartawan Grid.ID, Dwi Ayu Lestari Grid.ID -
# ...`), or the outlet that ran the copy, its domain in capitals (`Laporan Wartawan TribunKaltim.co, Margaret Sarita
# TRIBUNNEWS.COM, SANGATTA - ...`): the name is the capitalised words before it. Grid.ID (2018) parts the outlet
# from the name with a spaced dash (`Laporan Wartawan Grid.ID - Lalu Hendri Bagus Grid.ID - ...`).
_GLUED_REPORTER_LINE = re.compile(
    r"^Laporan\s+Wartawan\s+(?P<outlet>[\w.-]{2,30}(?:\s[\w.-]{2,30}){0,2})(?:\s*[,/]|\s+[-–—])\s*"
    r"(?P<name>(?-i:[A-Z])[\w'’.-]*(?:\s(?-i:[A-Z])[\w'’.-]*){0,4})\s+"
    r"(?=(?P=outlet)\b|(?-i:[A-Z][A-Z0-9-]+\.(?:COM|CO\.ID|ID|NET))\b)", re.IGNORECASE)
_MAX_GLUED_REPORTER_LINE = 200
# ...and on a line of its own (`Laporan Wartawan Grid.ID - Lalu Hendri Bagus`): capitalised words after the dash.
_DASHED_REPORTER_LINE = re.compile(
    r"^Laporan\s+Wartawan\s+[\w-]{2,30}(?:\.[\w-]{2,12}){0,2}(?:\s[\w.-]{2,30}){0,2}?\s+[-–—]\s+"
    r"(?P<name>(?-i:[A-Z])[\w'’.-]*(?:\s(?-i:[A-Z])[\w'’.-]*){1,4})\s*$", re.IGNORECASE)
# ...with no comma between the outlet and the name (Tribun's copies of Kontan: `Laporan Reporter Kontan Bidara Pink`,
# also run into the dateline: `... Bidara Pink TRIBUNNEWS.COM, JAKARTA - ...`): the outlet is then one word, a domain
# or a reporter's (a wartawan's outlet is often of two words: `Suara Merdeka`), and the name two to four capitalised
# words, unless its first is a place (`Tribun Medan`) or a word of outlets' names.
_UNSEPARATED_REPORTER_LINE = re.compile(
    r"^Laporan\s+(?:Wartawan\s+[\w-]{2,20}(?:\.[\w-]{2,12}){1,2}|Reporter\s+[\w.-]{2,30})\s+"
    r"(?P<name>(?P<first>(?-i:[A-Z])[\w'’.-]*)(?:\s(?-i:[A-Z])[\w'’.-]*){1,3})"
    r"(?:\s*$|\s+(?=(?-i:[A-Z][A-Z0-9-]+\.(?:COM|CO\.ID|ID|NET))\b))", re.IGNORECASE)
_OUTLET_NAME_WORDS = frozenset({"kota", "pos", "post", "news", "online", "times", "daily", "today"})
# ...or the outlet one word and the place it serves (Tribun's regional papers: `Laporan Wartawan Tribun Timur Edi
# Sumardi`, `Laporan Wartawan Tribun Medan Tommy Simatupang`): the second word a place, a province's short name or a
# compass point, the name's first word none of these.
_PLACE_NAMED_REPORTER_LINE = re.compile(
    r"^Laporan\s+Wartawan\s+(?-i:[A-Z])[\w-]{1,20}\s+(?P<place>(?-i:[A-Z])[\w-]{2,20})\s+"
    r"(?P<name>(?P<first>(?-i:[A-Z])[\w'’.-]*)(?:\s(?-i:[A-Z])[\w'’.-]*){1,3})"
    r"(?:\s*$|\s+(?=(?-i:[A-Z][A-Z0-9-]+\.(?:COM|CO\.ID|ID|NET))\b))", re.IGNORECASE)
_COMPASS_WORDS = frozenset({"timur", "barat", "utara", "selatan", "tengah"})
# ...or the place it was filed from after the name and "dari" (Republika's reports from the Hajj: `Laporan Jurnalis
# Republika Teguh Firmansyah dari Makkah, Arab Saudi`): the name is the capitalised words between the outlet's one word
# and "dari"; the country after the place's comma names nobody.
_FROM_PLACE_REPORTER_LINE = re.compile(
    rf"^Laporan\s+(?:{'|'.join(_REPORTER_ROLES)})\s+[\w.-]{{2,30}}\s+"
    r"(?P<name>(?-i:[A-Z])[\w'’.-]*(?:\s(?-i:[A-Z])[\w'’.-]*){1,4})\s+dari\s+(?-i:[A-Z])[^,/()\d|:]{2,40}"
    r"(?:,\s*(?-i:[A-Z])[^,/()\d|:]{2,40})?$", re.IGNORECASE)
# The site's address in capitals may open a reporter line, as it opens a dateline (a sister site's copy of Republika's
# Hajj report: `IHRAM.CO.ID, Laporan Jurnalis Republika.co.id Agung Sasongko dari Madinah, Arab Saudi`): the reporter
# line follows its comma. Only an address, in capitals, before `Laporan` (`Jakarta, Laporan keuangan ...` is a dateline).
_ADDRESS_BEFORE_REPORTER_LINE = re.compile(r"[A-Z][A-Z0-9-]{1,30}(?:\.[A-Z]{2,4}){1,2}\s*,\s*(?=Laporan\s)")
# A feature's byline on a line of its own: the reporter's name in capitals, then the place the story was written in
# (Jawa Pos's features: `AKHMAD DHANI, Palangka Raya`). A dateline is the other way round, the place in capitals and
# the outlet after it (`JAKARTA, KOMPAS.com`): the words after the comma must be a known place, those before none.
_CAPITALS_BYLINE = re.compile(r"(?P<name>[A-Z][A-Z'’-]*\.?(?:\s[A-Z][A-Z'’-]*\.?){1,4}),\s+"
                              r"(?P<place>[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2})")
_MAX_CAPITALS_BYLINE = 60
# A place in capitals split from its dateline's outlet or a caption's site (`TANJUNG PRIOK, Jakarta`, `RSUD DORIS
# SYLVANUS, Palangka Raya`): the common word a place's or a building's name opens with, a district's name, or a
# compass point or `Raya` closing it. A word of two letters is an acronym's (`KAMPUS UI`), no name's.
_PLACE_HEADS = frozenset(
    "pulau nusa tanjung teluk selat sungai kali gunung bukit danau pantai lembah kampung desa dusun kelurahan kecamatan "
    "kabupaten kota labuan tanah jalan jl jalur pasar pelabuhan bandara stasiun terminal kampus sekolah masjid masjidil "
    "gereja pura rsud rs rumah gedung istana kantor hotel lapas rutan mabes markas polres polda kodim taman alun "
    "west east north south central new port".split())
_PLACE_TAILS = frozenset("pusat selatan barat timur utara tengah raya baru city".split())
# An English byline run into the dateline in the same way (NNN's copies of Bernama: `By Massita Ahmad SINGAPORE, June 25
# (NNN-BERNAMA) — ...`): a name of words in capitals and small letters, then the dateline's place in capitals.
_GLUED_BYLINE = re.compile(r"[Bb]y\s+(?P<name>(?:[A-Z][a-z][\w.’'-]*|[A-Z]\.?)(?:\s+(?:[A-Z][a-z][\w.’'-]*|[A-Z]\.?|bin|binti))"
                           r"{1,4})\s+(?=[A-Z]{2,}(?:\s[A-Z]{2,}){0,2},)")
# ...or a place written in small letters after its capital, then the outlet and a dash after the comma (FNN's `By Asyari
# Usman Jakarta, FNN - ...`) or the month and day (ANTARA English 2008: `By Andi Abdussalam Jakarta, July 15 (ANTARA) -
# ...`): the words before the comma, the last of them a known place's, the rest the name.
_GLUED_BYLINE_WORDS = re.compile(r"[Bb]y\s+(?P<words>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){2,6}),\s+"
                                 r"(?:[\w.-]{2,30}\s*[-–—]\s"
                                 r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s+\d{1,2}\b)")
_MAX_PLACE_WORDS = 2
_WORD = re.compile(r"\S+")
_REPORTER_WORDS = ("laporan", *_REPORTER_ROLES)  # the first word of a reporter line: a cheap test before the pattern
# ...or the name first, the role after its comma (Okezone's header byline `Zulkifli Yunus , Jurnalis`): two to five
# capitalised words, the role alone after them, capitalised too (`..., jurnalis senior` runs on as a sentence).
_REPORTER_BEFORE_ROLE = re.compile(
    rf"(?P<name>[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){{1,4}})\s*,\s*"
    rf"(?:{'|'.join(role.capitalize() for role in _REPORTER_ROLES)}"
    rf"|{'|'.join(role.upper() for role in _REPORTER_ROLES)})")
_MAX_REPORTER_BEFORE_ROLE = 70
# ...or after a copy of the headline opening the text, the reporter's name after `liputan` and the contributor's role
# and outlet after it (a community outlet's lead: `Kisah di Balik Kaos ‘Editor Killer’ yang Mengejutkan, liputan
# Slamet Hariadi, kontributor PWMU.CO Lamongan.`, `Pentingnya Regenerasi di PWMU.CO, Liputan Musyrifah kontributor
# PWMU.CO`): the role word after the name makes it a credit; a headline's own words before it are no name.
_REPORTER_AFTER_HEADLINE = re.compile(
    r"[,;]\s+[Ll]iputan\s+(?P<name>[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,4}),?\s+[Kk]ontributor\s+[\w.-]{2,30}"
    r"(?:\s[A-Z][\w-]{1,30}){0,3}\.?$")
# ...or the role, the outlet and the contributor's place first, the name closing the line (`Rubrik Humor ‘Candamu’
# PWMU.CO Dapat Pujian; Liputan Kontributor PWMU.CO Gresik Sayyidah Nuriyah.`): the place must be a known one, one or
# two words, for the name after it to be told from it.
_REPORTER_AFTER_PLACE = re.compile(
    r"[,;]\s+[Ll]iputan\s+[Kk]ontributor\s+[\w.-]{2,30}\s+(?P<words>[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){1,5})\.?$")
_MAX_REPORTER_AFTER_HEADLINE = 220
_ROLE_ENDINGS = tuple(role[-5:] for role in _REPORTER_ROLES)  # a cheap test before the pattern
# Other outlets' closing codes: `(gil/jpnn)`, `(cr3/jpnn)`, `(Cas/Isk)`, the wires a story came through
# (`(reuters/antara/jpnn)`), a code and the outlet's domain (`(tmy/tribun-medan.com)`), and a source or code with the
# reporter's full name (`(Tribunnews.com/Budi Santoso)`, BeritaManado's `(***/Jenly Wenur)`), codes parted by a
# semicolon (a regency's `(fn;ekp)`); the site's own come from its profile. Two reporters may follow the code, joined by
# `dan` or `&` (Liputan6's early pages: `... melainkan hanya menonton.(RSB/Teguh Hadiprayitno dan Kukuh Ariwibowo)`).
_CODE_PART = (r"[A-Za-z][A-Za-z0-9]{1,5}|[a-z]{7,10}|[a-z][a-z0-9]{0,9}(?:-[a-z0-9]{1,10}){1,2}"  # `ks-1`, `ikp-humas`
              r"|[a-z][a-z0-9-]{1,24}(?:\.[a-z]{2,3}){1,2}")
_OTHER_SIGNATURE = (rf"(?:{_CODE_PART})(?:[/;](?:{_CODE_PART})){{1,3}}"
                    r"|(?:\*{1,3}|[A-Za-z][\w.]{1,30})/ ?[A-Z][a-z]+(?: [A-Z][a-z]+){1,3}"
                    r"(?: (?:dan|&) [A-Z][a-z]+(?: [A-Z][a-z]+){1,3})?"
                    # Codes in lower case spaced around their slash (a Detik copy's `(eds / hns)`).
                    r"|[a-z]{2,6}(?: / [a-z]{2,6}){1,3}")
_CODE_SEPARATOR = re.compile(r" ?[/;] ?")

# Printed credits: who reported and who edited, labels as printed (an empty label names nobody).
_CREDIT_LABEL = re.compile(
    # No word boundary before a label: scrapers glue credit lines (`Pewarta: Rio FeisalEditor: ...`).
    # A translated story's translator is its writer in that language (ANTARA English: `Translator: <names>`) when no
    # reporter is named before. One person may be both (JPNN: `Redaktur & Reporter : <name>`).
    r"(?:(?P<both>(?:Redaktur|Editor)\s*(?:&|dan)\s*(?:Reporter|Penulis|Pewarta))"
    # A report's label may name who filed it before the colon (Bali Kini 2026: `Laporan Reporter : Jero Ari` opening
    # the text); `Laporan Khusus :` is a rubric's.
    # A report's label may say whose it is with `oleh`, no colon after it (Suara Surabaya's header: `Laporan oleh Ika
    # Suryani Syarief`), as `by` does.
    r"|(?P<author>Laporan\s+(?:Reporter|Wartawan|Jurnalis|Kontributor|oleh)|Pewarta|Penulis|Reporter|Rep|Jurnalis|Wartawan|Kontributor|Koresponden|Correspondent|Laporan|Author"
    # A regional paper's reporter is its `Peliput` (Malut Post: `Editor : Muhammad Nur Husen` over `Peliput : <name>`),
    # or the coverage's (Carapandang Gorontalo: `Liputan : Hamid Toliu` over `POHUWATO, CARAPANDANG - ...`); coverage's
    # word inside a longer one is no label (`Lokasi peliputan: Desa Marisa`).
    r"|Kreator|Peliput|(?<!pe)Liputan|Reporting\s+by"
    # Arabic pages' `كتب:` (`wrote:`, `كتبت:` for a woman), its own word: `المكتب:` (the office) holds it. Its letter
    # first: the lookbehind runs only where one stands.
    r"|ك(?<![\u0621-\u064A]ك)تبت?"
    # ...and an interview's interviewer (`حاوره` / `حاورته`, he or she interviewed him, `حاورها`, her), the place
    # the interview was held in after it (Al-Motamar's `حاوره في صنعاء / عبد الملك الفهيدي -`): the interviewer
    # wrote it.
    r"|ح(?<![\u0621-\u064A]ح)اورت?(?:ه|ها)(?:\s+في\s+[\u0621-\u064A]{2,20}(?:\s[\u0621-\u064A]{2,20})?)?"
    # The label may be written out as a sentence's head (Aktual's `Artikel ini ditulis oleh:` over the writer's name).
    r"|Reported\s+by|Writing\s+by|Translator|Penerjemah|(?:(?:Artikel|Berita|Tulisan)\s+ini\s+)?Ditulis\s+oleh"
    r"|Dipublikasikan\s+oleh)"
    # An Arabic writer's label takes a dash for its colon too (an Egyptian paper's `كتب – عماد إبراهيم`).
    r"|(?P<editor>Editor|Redaktur|Penyunting|Red|Editing\s+by|Edited\s+by))\s*(?:[:/]\s*|(?<=by)\s+"
    # ...and after `oleh` when only a name in capitalised words follows, to the line's end, a bar or the editor's
    # label (`Laporan oleh Ika Suryani Syarief`): `Laporan oleh Bawaslu Kota Serang diterima pada Senin.` is a sentence.
    r"|(?<=oleh)\s+(?=(?-i:[A-Z])[\w'’.-]{0,20}(?:\s(?-i:[A-Z])[\w'’.-]{0,20}){0,4}\s*(?:$|\||(?:Editor|Redaktur)\b))"
    # A stray stop typed before the colon (`Pewarta:Zul Efendri<br>Editor. :Redaksi Sumbar`) is still the label's.
    r"|\.\s*:\s*"
    r"|(?<=[\u0621-\u064A])\s*[-–—]\s+"
    # A full stop for the colon after a whole label's word when only a name in capitalised words follows to the line's
    # end (MetroKendari's `Reporter. Wayan Sukanta`): `Jurnalis. Itu profesi yang dipilihnya.` is a sentence.
    r"|(?<=[a-z]{6})\.\s+(?=(?-i:[A-Z])[\w'’.-]{0,20}(?:\s(?-i:[A-Z])[\w'’.-]{0,20}){0,4}$))"
    r"|(?P<copyright>(?:copyright\s*)?(?:©|\(c\))|copyright\b)"
    # A copy's source before or after its credits ends the name before it (`Editor : Raden Armand Firdaus<br />Sumber :
    # Kompas.com`, `Sumber : Kompas.com Dipublikasikan oleh : <writer> Editor : <editor>`); alone it is no credit. So does
    # the account that put the page up (`Penulis : <writer> Publish : <account>`, an ANTARA bureau's `Pewarta :
    # Yashinta Difa Pramudyani Uploader : Admin 1`), which wrote nothing of it.
    # So does a copy's offer of the outlet's app or subscription after them (Kompas's copies: `Editor : <name>
    # Kompascom+ baca berita tanpa iklan: <url> Download aplikasi: <url>`).
    r"|(?P<source>Sumber|Source|Publish(?:er)?|Uploader|(?:[\w.]{1,30}\+\s*)?baca\s+berita\s+tanpa\s+iklan"
    r"|(?:download|unduh)\s+aplikasi\b[^:\n]{0,60}?)\s*:\s*"
    # So does another of the crew's labels, run on after the name by a scraper or on the same line (a video's `Red:
    # Sadly Rachman Videografer: Havid Al Vizki Video Editor: Fian Firatmaja`, `Editor : <name> Produser: <name>`, a
    # photo's `Penulis: <name> Foto: <name>`): the names after it are no writer's nor editor's.
    r"|(?P<crew>Produser|Producer|Videogra(?:f|ph)er|Video\s*Editor|Editor\s+Video|Kamera(?:wan|man|men)|Juru\s+Kamera"
    r"|Camera(?:man|person)|Fotografer|Photographer|(?:Pewarta\s+)?Foto|Photo|Infografis|Grafis|Ilustrasi|Ilustrator)"
    r"\s*:\s*",
    re.IGNORECASE,
)
# A wire's credits in brackets open with one (`(Reporting by Kane Wu in Hong Kong; additional reporting by ...;
# Editing by Jacqueline Wong)`): each name ends at its semicolon, a reporter's place (`in Hong Kong`) is no name. A
# campus paper's closing credit opens with a note mark (`*Reporter: Andi Gusmaniar Irnawati` under the text's `(*)`).
_CREDIT_OPENING = re.compile(r"^(?:\(\*\)\s*|\(\s*|\*{1,3}\s*)?")
_WIRE_PLACE = re.compile(r"\s+in\s+[A-Z].*$")
_MARKUP = re.compile(r"<[^<>]{0,300}>")  # raw anchor markup left as text around a name
# The outlet after its writer's name, a dash between (a Bisnis.com copy's `Penulis : Rendi Mahendra - Bisnis.com`), or
# the writer's e-mail address (`Penulis : Egenius Soda<br />(floreskoe@yahoo.com)`).
_OUTLET_AFTER_NAME = re.compile(r"\s[-–—]\s*[\w-]{2,30}(?:\.[a-z]{2,10}){1,2}\s*$"
                                r"|\s*\(?[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}\)?\s*$")
# The writer's role or outlet in brackets after the name (Tempo: `Reporter: Ahmad Rafiq (Kontributor)`), and a full stop
# closing the line after a word (`Reporter: Ahmad Sahroni.`; an initial keeps its own: `Ni Luh Made Pertiwi F.`), spaced
# from it too (Kontan: `Reporter: Bidara Pink | Editor: Handoyo .`).
_BRACKET_AFTER_NAME = re.compile(r"(?<=\w)\s*\([^()]{1,40}\)?$")
_NAME_TAIL = re.compile(r"(?<=\w\w)\s?\.$")
_MAX_CREDIT_CHARS = 400
_MAX_CREDIT_NAME_WORDS = 10
# A closing credit in words, taken only after the last sentence's end (a bracket closing a sentence is part of it):
# the writer's name or tag (`(Maria Anggelina Olo Bere)`, `(Tim)`, `(Aldo).`, `(Humas BPPT)`), a source with its
# writer (`(MC Balangan/ragil)`, `(Imam Kusnin Ahmad/Ibnu Nawawi)`, `(*/sht/app)`, `(Andri Suryandari - Humas PENS)`,
# `( Ren, Fer )`), a source (`(sumber: republika.co.id)`, `(sumber: http://suaradesa.timesindonesia.co.id )`). Each
# word is a name's (capitalised, an apostrophe in it too: `(Qur'anul Hidayat)`) or a code's: `(Selengkapnya di halaman
# 5)` is a sentence, `(Rp 5.000)` an amount.
_CREDIT_TAG = (r"[\w*][\w .,*/|&'’-]{0,60}|[Ss]umber\s*:\s*(?:https?://)?[\w .,/-]{1,60}"
               # ...or a byline's label and the writer's name (a repost's `(By Tere Liye)`, `(Oleh: <name>)`).
               r"|(?:By|Oleh)\s*:\s*[\w .'’-]{1,60}")
_MAX_CREDIT_TAG_WORDS = 6
# A wish or a prayer's word in brackets after the last sentence, the writer's own (`(Semoga)`, "hopefully"; `(Aamiin)`).
_CLOSING_WISHES = frozenset("semoga amin amiin aamiin insyaallah insya allah".split())
# ...or a writer's full name in lower case (`... kata dia. (lutfi ahmad mauludin)`): two to four words, none of them a
# sentence's little words (`(dikutip dari berbagai sumber)`, `(belum termasuk pajak)` are the text's).
_LOWER_CASE_NAME = re.compile(r"[a-z]{2,20}(?: [a-z]{2,20}){1,3}")
# ...or a press release's source in lower case and its writer's code after a slash (a regional copy's `(ril humas
# pemprov sumsel/ohs)`), or after a bar (Paradigma Bangsa's `... jelasnya.(pid polres|red)`).
_LOWER_CASE_SOURCE = re.compile(r"[a-z]{2,20}(?: [a-z]{2,20}){1,4}[/|][a-z]{2,6}")
_TAG_SEPARATOR = re.compile(r"[/|]")
# ...or a desk's code in lower case joined by a full stop to its team's word (TjahayaTimoer's `... pemeriksaan,"pungkasnya.
# (red.Tim)`): one token, which no sentence's bracket holds.
_DOTTED_CODE = re.compile(r"[a-z]{2,5}\.[A-Z][a-z]{1,10}")
# ...or a writer's code joined by a hyphen to the outlet's host, after the last word even with no mark closing it
# (Tribun Medan's `... setelah kegiatan berakhir(jun-tribun-medan.com)`): no sentence's bracket names a host so.
_CODE_AT_HOST = re.compile(r"[a-z]{2,4}-[a-z]{2,20}(?:-[a-z]{2,20}){0,3}\.(?:com|co\.id|id|net)")
SENTENCE_WORDS = frozenset(
    "yang di ke dari dan atau untuk dengan ini itu tidak belum sudah akan ada dalam pada oleh juga bisa dapat telah "
    "lihat baca selengkapnya halaman sumber foto bersambung berita artikel termasuk per hingga sampai kata ujar "
    "menurut tulis baik maupun serta seperti bagi antara".split())
# Words of the section, rubric and account names a header line may show before its time (`Nasional | Senin, ...`,
# `Berita Terkini Senin, ...`, `Admin - Senin, ...`): a name made only of them is no writer's.
SECTION_WORDS = frozenset("""
nasional internasional ekonomi bisnis keuangan finansial finance money politik hukum kriminal olahraga sport sports
bola sepakbola teknologi tekno tech techno sains otomotif oto hiburan entertainment seleb selebriti showbiz musik
film gaya hidup lifestyle kesehatan health sehat pendidikan edukasi daerah regional nusantara metro megapolitan
dunia global world opini kolom humaniora travel wisata kuliner news berita kabar warta terkini terbaru headline
headlines populer terpopuler utama pilihan peristiwa haji ramadhan religi islami khazanah foto video infografis
admin administrator redaksi newsroom desk home beranda indeks advertorial sponsored tamu picks choice
""".split())
# The reporter's name in capitals closing the article on its own line (`ANTON SEPTIAN`).
_CLOSING_NAME = re.compile(r"^[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){1,4}$")
# ...or the names of those who reported it parted by bars, one word each may be (Tempo 2013: `SYAILENDRA | SINGGIH
# SOARES` under the story); the first is named its author.
_CAPITALS_NAME = r"[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,4}"
_CLOSING_NAMES = re.compile(rf"^{_CAPITALS_NAME}(?:\s\|\s{_CAPITALS_NAME}){{1,3}}$")
# A closing byline: the writer's name, a dash and the outlet as a brand writes itself (`Agus Siswanto - 20DETIK`,
# `Rosmha Widiyani - detikTravel`, `Budi Santoso - Tribunnews.com`), the wire the pictures came from after a slash
# (a detik video's `Rahmatia Miralena/Reuters – 20DETIK`); a match line (`Persib Bandung - PSM`) is none.
_BRAND = r"(?:\d+[A-Z]{3,}|[a-z]{3,}[A-Z][A-Za-z]{2,}|[A-Za-z][\w-]{1,30}\.(?:com|co\.id|id|net))"
_CLOSING_BYLINE = re.compile(
    rf"^(?P<name>[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*){{1,4}})(?:\s*/\s*[A-Z][\w.]{{1,20}})?\s*[-–—|]\s*{_BRAND}$")
# A columnist's byline: the name, then the firm or school the writer is of, then the outlet (a detikFinance column of
# 2019: `Aidil Akbar Madjid – Aidil Akbar Madjid & Partners - detikFinance`). A firm's mark makes the middle part an
# affiliation; without one two names there are a match's sides (`Persib Bandung – Persija Jakarta - detikSport`).
_COLUMN_BYLINE = re.compile(
    r"^(?P<name>[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*){1,4})\s+[-–—]\s+(?P<affiliation>[^-–—|]{3,80}?)\s+[-–—]\s+"
    rf"{_BRAND}$")
_AFFILIATION_MARK = re.compile(r"&|\b(?:Partners|Associates|Consulting|Institute|Institut|Universitas|University"
                               r"|Foundation|Yayasan|PT|Tbk)\b")

_DAY = (
    rf"(?:Senin|Selasa|Rabu|Kamis|Jum{_APOSTROPHE}?at|Sabtu|Minggu|Ahad"
    # ...in Malay too, before its comma, a Malay blog's day heading (`Khamis, 23 Mei 2013`, `Jumaat, 24 Mei 2013`): no
    # writer's name; with no comma the word may end one (`Ahmad Jumaat 24 Mei 2013`).
    r"|(?:Isnin|Khamis|Jumaat)(?=,)"
    # ...shortened as a theme prints them (`Sab, 24 Jan 2026`, `Ming, 18 Jan 2026`).
    r"|Sen|Sel|Rab|Kam|Jum|Sab|Ming|Min"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|Mon|Tue|Wed|Thu|Fri|Sat|Sun"
    # ...in Arabic, a dash before the date (Makkah's `الجمعة - 20 نوفمبر 2020` over `Fri - 20 Nov 2020`).
    r"|الأحد|الإثنين|الاثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت)"
)
# A zone written out belongs to the time (`14:30 Waktu Indonesia Tengah`): read without it, the clock is WIB's. So
# does a numeric offset, as feeds and machine-made headers print it (`16:50:35 +0800`; an hour of at most 14:
# `16:50 - 2024` is no offset).
# ...and a machine's stamp printed as it is, its fraction of a second and `Z` for UTC (an aggregator's header:
# `2026-01-01T02:00:00.000Z`).
_CLOCK = rf"\d{{1,2}}[:.]\d{{2}}(?:[:.]\d{{2}}(?:\.\d{{1,6}})?)?(?:(?-i:Z)\b|\s*(?:WIB|WITA|WIT|MYT|SGT|(?:GMT|UTC)(?:[+-]\d{{1,4}})?|[AP]\.?M\.?|{_SPELLED_ZONE}|[+-](?:0\d|1[0-4]):?[0-5]\d)\b)*"
# MINA's Arabic edition names the Hijri month in Arabic letters, one word or two (`20 شعبان 1446`, `1 ربيع الأول 1447`).
# ...or an ISO date after the weekday (an aggregator's `Thu, 2016-03-31 12:29`), or day, month and year parted by
# dashes, the clock after a comma (Disway's `Selasa 24-09-2024,22:29 WIB`), or the month's word between the dashes
# (a citizen-news portal's opinion header: `Oleh : Danny Melani Butarbutar | 12-Feb-2018, 15:48:23 WIB`).
# ...or the year first and slashes between, only with its clock after it (detik's 2019 header: `2019/09/07 08:06:33
# WIB`); a path's `/2019/09/07/` in an address has none.
_DATE = r"(?:\d{1,2}\s+(?:[A-Za-z]{3,10}|[\u0621-\u064A]{3,8}(?:\s[\u0621-\u064A]{3,8})?)\.?,?\s+\d{4}|[A-Za-z]{3,10}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}/\d{1,2}/\d{4}|\d{1,2}-(?:\d{1,2}|[A-Za-z]{3,10})-\d{4}|\d{4}-\d{2}-\d{2}|\d{4}/\d{2}/\d{2}(?=\s+\d{1,2}:\d{2}))"
# A Javanese market day may follow the weekday (`Jumat Pahing, 25 September 2015`: Wawasan, ayosemarang).
_MARKET_DAY = r"(?:\s+(?:Legi|Pahing|Pon|Wage|Kliwon))?"
# A slash may part the date from its clock (Kontan's header: `Senin, 21 Februari 2022 / 20:57 WIB`).
_ABSOLUTE_WHEN = (
    rf"(?:{_DAY}{_MARKET_DAY}\s*(?:[,•·]|\s[-–]\s)?\s*)?{_DATE}"
    # The zone may stand before the clock as its label (The Star's `Saturday, 12 August 2017 | MYT 12:00 AM`).
    rf"(?:(?:(?<=\d\d-\d\d)(?-i:T)|\s*[-–—|,/]?\s*(?:(?:pukul|jam)\s*:?\s*|at\s+|(?-i:WIB|WITA|WIT|MYT|SGT)\s+)?){_CLOCK})?"
    # The clock first (LINE Today's `Diterbitkan 21.26, 13/04/2019`).
    rf"|{_CLOCK}\s*[-–—|,]?\s*(?:{_DAY}\s*,?\s*)?{_DATE}"
)
_RELATIVE_WHEN = (
    r"-?\d{1,4}\s+(?:sec(?:ond)?s?|min(?:ute)?s?\.?|hours?|hrs?|days?|weeks?|months?|years?|detik|menit|jam|hari|minggu"
    r"|bulan|tahun)"
    r"\s+(?:ago|yang\s+lalu|lalu)"
    # A day word keeps its clock: `Kemarin, 21:10 WIB`, `Hari ini pukul 08.15`.
    rf"|(?:kemarin|hari\s+ini|yesterday|today)(?:\s*,?\s*(?:pukul\s+|jam\s+|at\s+)?{_CLOCK})?"
    r"|baru\s+saja|just\s+now"
)
# At a word's start, or at a number glued to the name before it (`<span>Budi Santoso</span><time>12 Feb 2024 ...`
# in minified markup reads `Budi Santoso12 Feb 2024`), or at a weekday written out, capitalised, glued to the name's
# last small letter (a theme's byline: `By Devi AlamsyahSelasa, 3 Januari 2023, 08:00 WITA`).
_GLUED_WEEKDAY = (rf"(?-i:Senin|Selasa|Rabu|Kamis|Jum{_APOSTROPHE}?at|Sabtu|Minggu|Ahad"
                  r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)")
_WHEN = re.compile(rf"(?:\b|(?<=[^\W\d_])(?=\d)|(?<=(?-i:[a-z]))(?={_GLUED_WEEKDAY}))"
                   rf"(?:(?P<absolute>{_ABSOLUTE_WHEN})|(?P<relative>{_RELATIVE_WHEN}))",
                   re.IGNORECASE)
# Cheap anchors of a header time (a clock or a year; a relative word in lower-cased text):
# `_WHEN` only runs near one. Kept apart and case-sensitive: one alternation under
# IGNORECASE cost more than all the rest of a line's checks.
_NUMBER_HINT = re.compile(r"\d[:.]\d\d|[12]\d\d\d")
_WORD_HINT = re.compile(r"\b(?:ago|lalu|kemarin|hari ini|baru saja|yesterday|today|just now)\b")
# A header line ends with its clock (and zone) or its relative time: a cheap first test.
_HEADER_TAIL = re.compile(r"\d[:.]\d\d(?:\s*[A-Z]{2,4})?$|(?:ago|lalu|kemarin|saja|yesterday|now)$", re.IGNORECASE)
_HEADER_TAIL_CHARS = 16
# A header's time zone run into the label of the next time when the header's spans were flattened (Liputan6's
# `Diperbarui 16 Mar 2013, 12:59 WIBDiterbitkan 16 Mar 2013, 12:59 WIB`): a space parts them again.
_ZONE_GLUED_TO_LABEL = re.compile(r"(?<=\d WIB)(?=[A-Z][a-z])|(?<=\d WITA)(?=[A-Z][a-z])|(?<=\d WIT)(?=[A-Z][a-z])")
# What parts a header line's two labelled times once the times are taken out: separators and spaces.
_TIME_PAIR_PARTS = re.compile(r"[\s|·•,\-–—]*\|[\s|·•,\-–—]*|^[\s|·•,\-–—]+|[\s|·•,\-–—]+$")
_WHEN_REACH = 40  # how far before its anchor a header time can start (weekday, day, month)
# What joins a relative time to the date it rounds (`2 years ago on 1 October 2019`, `3 hari lalu, 12 Mei 2024`).
_DATE_AFTER_RELATIVE = re.compile(r"\s*(?:(?:on|pada)\s+|[,|·–—-]\s*)?")
# An icon font's glyph name read as text before a byline or a time (`<span class="material-symbols-outlined">
# calendar_month</span> Sab, 24 Jan 2026`): a word in snake case is no name.
ICON_NAME = re.compile(r"^[a-z]+(?:_[a-z]+)+\s+")
# An outlet's domain opening its header line (`Kompas.com`, `TRIBUNNEWS.COM`): the publisher, no writer.
_OUTLET_DOMAIN = re.compile(r"[A-Za-z][\w-]{1,30}\.(?:com|co\.id|id|net|org)", re.IGNORECASE)
# The copyright line under the editor's (ANTARA Banten 2023: `Pewarta: Lukman Hakim<br>Editor :&nbsp;<br>COPYRIGHT ©
# ANTARA 2023`, the lines joined by spaces) is no part of a name: an empty label names nobody, a name ends before it.
_COPYRIGHT_NOTICE = r"(?:copyright\b|hak\s+cipta\b|©)"
_EDITOR = re.compile(rf"\bEditor\s*:(?!\s*{_COPYRIGHT_NOTICE})\s*(?P<name>[^\n|]{{1,60}}?)"
                     rf"(?:\s+[-–—|]\s*|\s+(?={_COPYRIGHT_NOTICE})|\s*$)", re.IGNORECASE)
# A bullet of any weight parts a header's name or place from its time (The Jakarta Post: `Jakarta ● Mon, January 6,
# 2020 | 10:15 am`): no name ends in one.
_SEPARATOR_TAIL = re.compile(r"[\s\-–—|,:·•●∙◦▪]+$")
# A label naming what the time after it is (`Diterbitkan 12 Feb 2024, 10:15 WIB`, `Diperbarui: ...`, `Tanggal: ...`,
# `Waktu: ...`), a magazine's edition its date (Tempo's `Edisi 16 April 2023 | 08.14`, `Edition: Monday, April 23,
# 2018`), a date's label of two words (Nournews' `Publish Date : 10/7/2023 10:00:19 AM`, a CMS's `Last Update Date :
# 2018-08-03`): no author.
_TIME_LABEL = re.compile(
    r"(?:(?P<updated>(?:terakhir\s+)?(?:diperbarui|diperbaharui|diupdate|diubah|pembaruan|update[d]?)|last\s+updated"
    r"|(?:last\s+)?update\s+date|modified)|diterbitkan|dipublikasikan|dipublish|diposting|diunggah|terbit|tayang"
    r"|published|posted|publikasi|tanggal|tgl\.?|tarikh|(?:(?:publish(?:ed)?|post(?:ed)?|release)\s+)?date|waktu|edisi"
    r"|edition)"
    r"(?:\s+(?:pada|on|at))?[\s:|\-–—]*$", re.IGNORECASE)
# A publication's label after an update's time (`Diperbarui 11 Jun 2024 09:00 WIB | Diterbitkan 10 Jun 2024 ...`),
# just before its own time.
_PUBLISHED_LABEL = re.compile(r"\b(?:diterbitkan|dipublikasikan|dipublish|diposting|terbit|tayang|dirilis|rilis"
                              r"|published|posted)(?:\s+(?:pada|on|at))?[\s:|\-–—]*", re.IGNORECASE)
_UPDATE_LABEL = re.compile(r"\b(?:(?:terakhir\s+)?(?:diperbarui|diperbaharui|diupdate|diubah|updated|update)"
                           r"|last\s+updated)\b", re.IGNORECASE)
# A byline's label, a blog's verb with it (Blogger's `Written By <name> on <time>`, `Diposting oleh <name> pada ...`).
_AUTHOR_PREFIX = re.compile(r"^(?:(?:(?:written|posted)\s+)?by|(?:(?:ditulis|diposting|dikirim)\s+)?oleh"
                            r"|penulis|reporter|author)\s*:?\s+", re.IGNORECASE)
# The word joining a byline's name to its time (the Jakarta Globe's `By <name> on 12:23 am Jun 19, 2015`, TeropongSenayan's
# `Oleh <name> pada hari Senin, 17 Okt 2022 - 15:10:49 WIB`).
_TIME_CONNECTOR = re.compile(r"\s+(?:on|pada(?:\s+hari)?)$", re.IGNORECASE)
# The outlet a copied byline names before its label (a blog's copy of Arrahmah 2018: `Arrahmah.com Oleh Ameera Pada
# 4/09/2018 19:47`): the publisher, the name after the label the writer.
_OUTLET_BEFORE_LABEL = re.compile(r"^[A-Za-z][\w-]{1,30}\.(?:com|co\.id|id|net|org)\s+(?=(?:oleh|by)\s)", re.IGNORECASE)
_MAX_AUTHOR_WORDS = 6
# The editor's initials after the writer's name and a slash (BeritaSatu 2014: `Anselmus Bata / AB Minggu, 20 Juli 2014 |
# 10:30 WIB`; 2019: `Wisnu Bagus Prasetyo / WBP` over `November 29, 2019 | 13:06 WIB`): no part of the name.
EDITOR_INITIALS = re.compile(r"\s*/\s*[A-Z]{2,5}$")

# The outlet's name may open it, a comma after it as after a dateline's (Republika's `REPUBLIKA.CO.ID,Oleh: <name>/Jurnalis
# Republika`); a semicolon may stand for the colon (Garut News: `( Oleh ; John Doddy Hidayat )`, brackets round it all).
# The column's kind may open it, capitalised, as before a byline without its colon (Jurnal Khatulistiwa's `Editorial
# Oleh: Rudi Syahwani (Pemimpin Redaksi)`): the kind names the piece, the name after the label its writer.
_COLUMN_KIND = r"(?:Opini|Kolom|Artikel|Esai|Catatan|Editorial|Tajuk(?: Rencana)?)"
_OPINION_BYLINE = re.compile(r"^(?:(?-i:[A-Z][A-Z0-9-]+(?:\.[A-Z]{2,3}){1,2})\s*,\s*|(?-i:" + _COLUMN_KIND + r")\s+)?"
                             r"(?:Oleh|بقلم)\s*[:;]\s*(?P<rest>.*)$", re.IGNORECASE | re.DOTALL)
_BRACKETED_BYLINE = re.compile(r"^\(\s*(?P<byline>Oleh\s*[:;][^()]+?)\s*\)$", re.IGNORECASE)
# ...without its colon only when a capitalised name of two words or more is all the block holds (a column's `Oleh H.
# Dheni Kurnia`), the writer's role in brackets after it (`Oleh Feliks Tans (Dosen FKIP, Universitas Nusa Cendana,
# Kupang)`), a full stop standing for the colon (a blog's `Oleh. Rijal A. Mohammadi`): a sentence opening with `Oleh`
# (`Oleh karena itu, ...`) goes on in small letters. The writer's degrees may follow a comma (kumparan's `Oleh Muh. Asri
# Irwan, SH. MH`): each of capitals alone or a capital, a point and a short word (`S.H.`, `M.Si`, `S.Hi`). A dash
# may close the line, the dateline under it (Media Permata's `Oleh Yusrin Junaidi –`). The verb may open it, the
# column's kind before it (Tribun Jateng 2023: `Opini Ditulis Oleh Saratri Wilonoyudho (Ketua Koalisi Kependudukan Jawa
# Tengah)`). Two writers may be joined by a word (a blog's copy of Utusan 2006: `Oleh Marhaini Kamaruddin dan Rohani
# Ibrahim` over `JOHOR BAHRU 14 Ogos – ...`): both are the writers. The outlet the writer wrote for may follow, its
# domain after `untuk` and the place after it (teraspanturanews 2024: `Oleh AS Saeful Husna untuk teraspanturanews.com
# Batang Jateng`). The place the writer filed from may follow after `dari` (Republika's reports from the Hajj, copied
# over the dateline: `Oleh Erdy Nasrul dari Makkah`), and a stray comma may close the line (a Jogja portal's `Oleh
# Jatu Raya,` over its standfirst): the name is before them.
_DEGREE = r"(?:[A-Z]{1,3}|[A-Z]\.\s?[A-Z][a-z]{0,3}|Ph\.\s?D)\.?"
_BARE_OPINION_BYLINE = re.compile(rf"^(?:{_COLUMN_KIND}\s+)?(?:Ditulis\s+[Oo]leh|Oleh)\.?\s+"
                                  r"(?P<name>[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){1,5}?)"
                                  r"(?:\s(?:dan|and|&)\s(?P<second>[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){1,5}))?"
                                  rf"(?:,\s*{_DEGREE}(?:,?\s*{_DEGREE}){{0,5}})?"
                                  r"(?:\s+untuk\s+[\w-]{2,30}(?:\.[a-z]{2,10}){1,2}(?:\s+[A-Z][\w-]*){0,3})?"
                                  r"(?:\s+dari\s+[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2}(?:,\s*[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2})?)?"
                                  r"(?:\s*\([^()]{2,80}\))?\s*,?\s*\**(?:\s+[–—-])?$")
# ...or a one-word name, the byline over the dateline of a wire's feature (ANTARA 2008's `Oleh Fardah` over `Jakarta,
# 31/12 (ANTARA) - ...`): a single word tells too little alone (`Oleh Oleh` heads a page of souvenirs), so the caller
# takes it only where the dateline opens the block under it.
_LONE_WORD_BYLINE = re.compile(r"^Oleh\.?\s+(?P<name>[A-Z][a-z'’-]{2,24})\s*$")
# A labelled header byline's name, its degrees and role after commas before the time (TeropongSenayan's `Oleh Fuad
# Bawazier, PhD, mantan Menkeu, pengamat ekonomi dan kebijakan publik pada hari Senin, ...`): the name before them.
_NAME_THEN_ROLE = re.compile(rf"^(?P<name>[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){{1,4}}),\s*(?:{_DEGREE},\s*)*(?P<role>.+)$")
# A column's notes signed by their writer (Rakyat Maluku: `Catatan: Jonathan Madiuw` over the writer's role): a name of
# two words or more, capitalised, is all the block holds (an editor's note goes on in small letters: `Catatan: Artikel
# ini telah diperbarui`).
_NOTES_BYLINE = re.compile(r"^Catatan\s*:\s*(?P<name>[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){1,4})\s*$")
# A writer's label after a header line's time (a campus paper's `Sabtu, 19/11/2011 15:15 WIB | Oleh : <name>*`).
_BYLINE_AFTER_TIME = re.compile(r"^(?:Oleh|By)\s*:?\s+(?P<name>[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,5})[\s*]*$")
# The label may be written in small letters (ANTARA English 2014, the writer's line over the dateline: `by Andi
# Abdussalam`): the name's capitals make it a byline, not a sentence's words (`by the way, ...`).
_ENGLISH_BYLINE = re.compile(
    r"^[Bb]y\s*:?\s+(?P<name>[A-Z][\w.’'-]*(?:\s+(?:[A-Z][\w.’'-]*|bin|binti|al|el|de|van)){0,5})\s*(?:[,*(]|$)"
)
# A slash ends the name too: the writer's role or an editor's initials follow it (`<name>/Jurnalis Republika`); so does a
# bar, the header's next item cut off after it (Fakta Jabar 2023: `Oleh : Rosman Ochim Alazis |`).
_NAME_END = re.compile(r"\s*(?:[,*(/|]|\s-\s|$)")
# ...or the full stop after its last word when the text runs on in the same block (Analisa's `Oleh: Alda Muhsi. Banyak
# orang ...`): a word of small letters after a first name, no abbreviation that opens the next name (`Muh.`, `Prof.`).
_SENTENCE_AFTER_NAME = re.compile(r"\S\s+(?P<last>[A-Z][a-z'’]{2,})\.\s+(?=[A-Z])")
_NAME_ABBREVIATIONS = frozenset({"muh", "moh", "mhd", "abd", "drs", "dra", "prof", "ust"})
# The note mark a columnist's byline may open with, its footnote giving the writer's role (`Oleh : *) Hengky Yohanes`).
_NOTE_MARK = re.compile(r"^\*+\)?\s*")
# Co-writers listed, the last after `&` or `dan` (Kompas 2022: `Oleh: Nurvirta Monarizqa, Ingki Rinaldi, & Palupi
# Annisa Auliani`): each a name in capitals; a role after the first name (`Budi, Dosen Fakultas Hukum dan Ilmu Sosial`)
# makes none.
_NAME = r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,4}"
_CO_WRITERS = re.compile(rf"{_NAME}(?:, {_NAME}){{0,3}},? (?:&|dan|and) {_NAME}")
_ROLE_WORDS = frozenset(
    "dosen mahasiswa mahasiswi ketua wakil anggota peneliti pengamat guru direktur kepala staf alumni pegiat aktivis "
    "praktisi pemerhati penulis wartawan redaktur jurnalis sekretaris koordinator pendiri pengajar rektor dekan "
    "fakultas universitas lecturer student researcher director university faculty".split())
_MAX_BYLINE_CHARS = 300


@dataclass(frozen=True)
class HeaderByline:
    """The visible header line `<Author> [Editor : <name>] - <when>`."""

    author: str | None
    editor: str | None
    when: str
    relative: bool
    updated: bool = False  # the time is labelled as the last update (`Diperbarui 12 Feb 2024, 13:30 WIB`)
    # An update's time later in the line (`Diterbitkan 12 Feb 2024, 10:15 WIB · Diperbarui 12 Feb 2024, 13:30 WIB`).
    updated_when: str | None = None
    # The writer the update's line just above names when this line names nobody (Liputan6: `oleh <name> diperbarui
    # <time>` over `Diterbitkan <time>`): read after the byline's markup, which parts the writers it runs together.
    update_writer: str | None = None


@dataclass
class Credits:
    """The names a printed credit block gives (`Pewarta: <author>`, `Editor: <editor>`), a photo story's header
    `Fotografer: <name>`: its author when nobody else is named (a text article's photo credit is a caption), and the
    writer a closing credit in brackets names (`closing_writer`) or a name alone over the lead (`opening_name`)."""

    author: str | None = None
    editor: str | None = None
    photographer: str | None = None
    closing: str | None = None


_BRACKETED_DOMAIN = r"[A-Za-z][A-Za-z0-9-]{1,30}(?:\.(?:com|co|id|net|org|my|tv|news)){1,2}"


@lru_cache(maxsize=64)
def _signature(own_codes: tuple[str, ...]) -> re.Pattern[str]:
    codes = "|".join(f"(?:{code})" for code in (*own_codes, _OTHER_SIGNATURE))
    # `[]`, `(*)` close an article with no code; `[aji]` with a reporter's initials; `(ful)`, `(FHM)` one code in
    # one case, a single letter too (`(r)`), a reporter's number after it (Bali Post's `(kmb31)`, Malut Post's
    # `(cr-04)`); a credit in words (`_CREDIT_TAG`), spaced in its brackets too (`( Humas Polres Toba )`); a source or
    # an end mark in square brackets (a school's copy of ANTARA's `... katanya. [ANTARA]`, a story's `[*]`). A full
    # stop may follow (`(asp).`). A reporter's and an editor's codes in square brackets after the last sentence
    # (Beritajatim's `... ke Mapolres Bangkalan dengan membawa kelengkapan surat-surat. [sar/but]`) close it as
    # a single reporter's `[aji]` does; so does a desk's numbered code in square brackets, an end mark's stars after it
    # (Kabar Cianjur's `... dalam pernyataannya.[KC.05]**`), and a reporter's first name capitalised in square brackets
    # after the last sentence (a blog's `... yang saat ini masih terendam. [Roni]`), as in round ones (`(Roni)`), and
    # the outlet a blog copied the story from, its domain in square brackets (`... menjadi 3-4 jam. [kompas.com]`).
    # The pair's closing bracket may be lost at the text's very end (RMOL Jatim's `... Apa kata dunia?"
    # ungkapnya.[arf/aji`).
    return re.compile(rf"\s*(?P<raw>\((?P<codes>{codes})\)|\[\s*(?P<initials>[a-z]{{2,6}})?\s*\]|\(\*\)|\[\*\]"
                      rf"|\[(?P<square>[a-z][a-z0-9]{{1,5}}(?:/[a-z][a-z0-9]{{1,5}}){{1,3}})(?:\]|(?=\s*$))"
                      rf"|\[(?P<source>[A-Z]{{2,8}}|[A-Z][a-z]{{2,15}}|{_BRACKETED_DOMAIN})\]|\[(?P<desk>[A-Z]{{2,5}}\.\d{{1,3}})\](?=\*{{0,3}}\s*$)"
                      # A reporter's and an editor's codes of two or three small letters may be joined by a hyphen
                      # (a sports portal's `... di tanah air. (ri-zi)`); a word's halves are longer (`(pro-kontra)`).
                      rf"|\((?P<lone>[a-z]{{1,5}}(?:-?\d{{1,3}})?|[a-z]{{2,3}}-[a-z]{{2,3}}|[A-Z]{{2,5}})\)"
                      rf"|\(\s*(?P<tag>{_CREDIT_TAG})\)"
                      # ...or, with no brackets, a reporter's and an editor's initials in capitals spaced around their
                      # slash after the last sentence (Tegas's `... sudah memasuki puluhan tahun. LAN / MAN`): a
                      # sentence ends in no such pair.
                      rf"|(?<=[.!?\"”]\s)(?P<bare>[A-Z]{{2,5}}(?: / [A-Z]{{2,5}}){{1,2}})"
                      # ...or a desk's or a source's initials in capitals after a dash there (Harian Metro's copies:
                      # `... kelihatan tenang ketika dibawa polis. - SM`): no sentence opens with a dash after its stop.
                      rf"|(?<=[.!?\"”]\s)[-–—]\s?(?P<dashed>[A-Z]{{2,4}})"
                      # ...or the writers' initials in lower case and the page desk's numbered code, slashed, with no
                      # brackets after the last sentence (Koran Jakarta's `... kata Boutros Marjana. ils/rtr/P-4`):
                      # no sentence ends in a capital's dashed number after a slash.
                      rf"|(?<=[.!?\"”]\s)(?P<paged>[a-z]{{2,5}}(?:/[a-z]{{2,5}}){{0,3}}/[A-Z]-\d{{1,2}})"
                      # ...or the writers' initials in lower case, slashed, with no brackets, on a line of their own
                      # under the last sentence or after its stop (Solopos 2010: `... imbuh Subakin.` over `ant/nad`):
                      # no sentence is two or three short words in small letters joined by slashes.
                      rf"|(?:(?<=[.!?\"”]\s)|^)(?P<slashed>[a-z]{{2,5}}(?:/[a-z]{{2,5}}){{1,2}})"
                      # ...or a reporter's initials or full name in lower case, unbracketed, after the last sentence
                      # (Surabaya Post's `... di atas 200 gross ton (GT). isa`, Koran Tempo's `... tata krama
                      # jurnalistik. faidil akbar`): no sentence opens in lower case after a full stop and stays open.
                      # The stop ends a word in lower case, a number or a bracket: a speaker after a quotation (`...,"
                      # she remarked.`) or a name after an abbreviation's stop (`U.S. officials said`) is the text's,
                      # and so are words after a dotted abbreviation in small letters, whose stop ends no sentence
                      # (ANTARA English: `... departed from Halim Perdanakusuma air force base, eastern Jakarta, at
                      # 7:45 a.m. local time.`).
                      rf"|(?<=[a-z0-9)][.!?]\s)(?<!\.[a-z]\.\s)"
                      rf"(?P<lower>[a-z]{{2,6}}|[a-z]{{2,15}}(?: [a-z]{{2,15}}){{1,2}}))"
                      rf"(?:\.|(?<=\])\*{{1,3}})?\s*$")


# The marks that close a story with no code (`(*)`, `[*]`).
_END_MARKS = ("(*)", "[*]")


def split_signature(text: str, profile: SiteProfile = GENERIC) -> tuple[str, dict | None]:
    """`text` without its closing editorial code, and the code as `{raw, codes}` (or None).

    The site's own codes (`profile.signature_codes`) and other outlets' `(gil/jpnn)` count."""
    tail_start = max(0, len(text) - 80)
    match = _signature(profile.signature_codes).search(text, tail_start)
    # Asterisks may lead the code as its mark after the last sentence (Bertuahpos: `... AKP H Harahap.**(achir)`): they
    # go with it.
    before = text[: match.start()].rstrip() if match else ""
    if before.endswith("*") and (stars := len(before) - len(before.rstrip("*"))) <= 3 and (
            before[-stars - 1: -stars] in (".", "!", "?", '"', "”")):
        before = before[:-stars]
    # A word, a credit in words or one code in brackets closing a sentence is part of it (`pesawat Airbus (A320)`).
    # ...and so is a pair in square brackets: `[him/her]` in a quotation.
    alone = match is not None and (match["lone"] or match["tag"] or match["source"] or match["square"]
                                   or match["desk"] or (match["codes"] and not _CODE_SEPARATOR.search(match["codes"])))
    # A closing quotation mark ends a sentence only after its stop (`... kata dia." (Budi)`): after a quoted word the
    # bracket is the word's gloss (ANTARA Babel: `... pameran foto yang bertema "Seen" (Telah Melihat).`).
    if alone and before[-1:] in ('"', "”") and before[-2:-1] not in (".", "!", "?"):
        return text, None
    if not match or (alone and before[-1:] not in ("", ".", "!", "?", '"', "”") and not (
            match["tag"] and _CODE_AT_HOST.fullmatch(match["tag"]))
            # ...nor does the end mark before it (ANTARA 2010: `... oleh kantor berita Anadolu. (*)` over the desk's
            # `(T.A017/Z002/R009)`): both close the text.
            and not before.endswith(_END_MARKS)) or (
            match["tag"] and not _is_credit_tag(match["tag"])) or (
            # A lower-case tail of the text's little words is its own (`... tahun ini. dan seterusnya`).
            match["lower"] and not SENTENCE_WORDS.isdisjoint(match["lower"].split())) or (
            # ...and so are its words slashed (`dan/atau`).
            match["slashed"] and not SENTENCE_WORDS.isdisjoint(match["slashed"].split("/"))) or (
            # A wire after the dash is the text's source, read with the agencies (`... rawatan. - AFP`).
            match["dashed"] and agency_name(match["dashed"]) is not None):
        return text, None
    raw = match["raw"]
    if match.end("raw") < len(text.rstrip()) and agency_name(raw[1:-1]) is not None:
        return text, None  # an agency's name before the full stop is the sentence's attribution (MINA's 2012 `(MINA).`)
    slashed = match["codes"] or match["square"] or match["bare"] or match["paged"] or match["slashed"]
    codes = (_CODE_SEPARATOR.split(slashed)
             if slashed
             else [part.strip() for part in _TAG_SEPARATOR.split(match["tag"])]
             if match["tag"] else [code] if (code := match["initials"] or match["lone"] or match["source"]
                                             or match["desk"] or match["lower"] or match["dashed"]) else [])
    # A stray slash before the bracket names no code (MINA's English edition, 2023: `... detaining them.(T/R3/)`).
    codes = [code for code in codes if code]
    return before, {"raw": raw, "codes": codes}


def _is_credit_tag(tag: str) -> bool:
    """`tag` (a bracket's words closing the text) names a writer, a desk or a source (`_CREDIT_TAG`)."""
    words = tag.split()
    if len(words) == 1 and tag.lower() in _CLOSING_WISHES:
        return False  # the writer's wish closing the text (`... dia Bupati yang bertetangga. (Semoga)`): its last word
    # A photo's credit spaces its slash (`(REUTERS / Danny Moloshok)` under a caption): the caption's, not the text's.
    if _CODE_AT_HOST.fullmatch(tag) or _DOTTED_CODE.fullmatch(tag):
        return True
    if _LOWER_CASE_NAME.fullmatch(tag) or _LOWER_CASE_SOURCE.fullmatch(tag):
        return not SENTENCE_WORDS.intersection(_TAG_SEPARATOR.sub(" ", tag).split())
    # A desk's numbered codes part a number from its letters (Depok's `(JD 02/ED 01)`): a number is a code's only
    # among codes.
    coded = "/" in tag
    return tag[:6].lower() == "sumber" or len(words) <= _MAX_CREDIT_TAG_WORDS and " /" not in tag and all(
        word[0].isupper() or word[0] in "*-&" or "/" in word or (coded and len(word) <= 3 and word.isdigit())
        for word in words)


_BYLINE_LABEL_IN_TAG = re.compile(r"(?:By|Oleh)(?:\s*:\s*|\s+)(?=[A-Z])")


def closing_writer(signature: dict | None) -> str | None:
    """The writer a closing credit in words names (`split_signature`): a person's full name alone (Okezone's `(Fahmi
    Firdaus )`, a regional copy's `(Maria Anggelina Olo Bere)`, a writer's name in lower case `(lutfi ahmad mauludin)`)
    or after the source (`(Tribunnews.com/Budi Santoso)`, BeritaManado's `(***/Jenly Wenur)`); else None. One word is
    as often an outlet's name as a writer's (`(Kontan)`, `(Aldo)`), two names are a writer's and an editor's."""
    if signature is None or not signature["raw"].startswith("("):
        return None
    # A byline's label before the name is none of it (portal-islam 2022 reposting a writer's post: `... Advertorial!
    # (By Tere Liye)`).
    codes = [code[label.end():] if (label := _BYLINE_LABEL_IN_TAG.match(code)) else code
             for code in signature["codes"] if code]
    if len(codes) == 2 and not _is_full_name(codes[0]) and agency_name(codes[1]) is None:
        codes = codes[1:]
    if len(codes) == 1 and (pair := _JOINED_WRITERS.fullmatch(codes[0])) and all(
            _is_full_name(pair[side]) for side in ("first", "second")):
        return codes[0]  # two reporters, printed as the credit joins them (`(RSB/Teguh Hadiprayitno dan Kukuh Ariwibowo)`)
    if len(codes) == 1 and "-" in codes[0] and (writer := _writer_before_outlet(codes[0])) is not None:
        return writer
    return codes[0] if len(codes) == 1 and _is_full_name(codes[0]) else None


def _writer_before_outlet(code: str) -> str | None:
    """The writer's name before a hyphen and the outlet or the place the story was filed for or from (Tempo
    Interaktif's `... di Mabes polri. (Istiqomatul Hayati-Tempo News Room)`, `(Rofiqi Hasan - Tempo)`, `(Budi
    Santoso-Jakarta)`); None when what follows the hyphen is neither (`(Jean-Paul Sartre)`)."""
    head, _, tail = code.rpartition("-")
    head, tail = head.strip(" -"), tail.strip()
    if not head or not tail or not (names_an_outlet(tail) or agency_name(tail) is not None or is_gazetted(tail)
                                    or is_region(tail)):
        return None
    return head if _is_full_name(head) else None


_JOINED_WRITERS = re.compile(r"(?P<first>[^&]{4,40}?) (?:dan|&) (?P<second>[^&]{4,40})")


def _is_full_name(text: str) -> bool:
    """`text` is a person's name of two words or more, capitalised (an initial may stand for a word) or all in lower
    case, none of them an outlet's or a desk's word, nor a sentence's (`(dikutip dari berbagai sumber)`), nor a
    scripture's (`(Surat Al Baqarah)`); no place's name (`(Kabupaten Bantul)`). An initial glued by its stop to the
    name after it is a word of its own (Prioritas 2020: `... dalam beraktifitas. (M.Azhari)`); a degree's letters after
    the stop are too few for a name (`(S.Pd)`, `(M.Farm)`)."""
    text = _GLUED_INITIAL.sub(r"\1 ", text)
    words = text.split()
    if not 2 <= len(words) <= _MAX_NAME_WORDS or is_desk(text) or agency_name(text) is not None \
            or is_gazetted(text) or is_region(text) or names_a_rubric(text):
        return False  # ...nor a rubric's heading or a press release's note (`(Jumat Berkah)`, `(Siaran Pers)`)
    capitalised = all(_NAME_WORD.fullmatch(word) for word in words)
    lowered = text.islower() and not SENTENCE_WORDS.intersection(words)
    folded = {word.lower() for word in words}
    return (capitalised or lowered) and _OUTLET_WORDS.isdisjoint(folded) and _SCRIPTURE_WORDS.isdisjoint(folded) \
        and not any(agency_name(word) for word in words)


_MAX_NAME_WORDS = 4
_GLUED_INITIAL = re.compile(r"(?<![\w.])([A-Z]\.)(?=[A-Z][a-z]{4,})")
# A word of a name: an initial, or a capital and small letters (a capital inside is two names glued, NU Online's
# `(Syamsul AkbarMahbib)` for its writer and editor).
_NAME_WORD = re.compile(r"[A-Z]\.|[A-Z][a-z'’]+(?:-[A-Za-z][a-z'’]*)*")
_CAPITALS_WORD = re.compile(r"[A-Z]{2,20}!?")
# Words of outlets' and desks' names closing a copy (`(Tribun Jateng)`, `(Harian Jogja)`, `(Humas Setda)`), no writer's.
_OUTLET_WORDS = frozenset(
    "tribun radar harian suara pikiran rakyat pos post koran kabar berita warta info media sinar jawa news online "
    "utusan dateline "
    "times tv televisi radio majalah humas setda diskominfo kominfo pemkab pemkot pemprov polres polda kodim sumber "
    "dinas badan kantor kementerian "
    "foto video ilustrasi dok istimewa bersambung gazette".split())
# An outlet's name written as one word, each part capitalised (`MalaysiaGazette`, `MuriaNewsCom`).
_GLUED_NAME_PARTS = re.compile(r"[A-Z][a-z]{2,20}")
_GLUED_NAME = re.compile(r"(?:[A-Z][a-z]{2,20}){2,3}")


# ...or one word, a place's or brand's name run into an outlet's English word in small letters (Malaysia Post's `...
# penamaan calon bagi PRN di enam negeri. – Malaysiapost`).
_RUN_IN_OUTLET_NAME = re.compile(r"[A-Z][a-z]{3,20}(?:post|news|online|times|daily)")


def names_an_outlet(text: str) -> bool:
    """`text` is an outlet's name in two to four capitalised words, one of them an outlet's word (a Malay blog's copy
    closing `... agensi berita nasional, Bernama. – Malaysia Dateline`, `– Sinar Harian`), in capitals too, its brand's
    mark kept (Kosmo's `... Bukit Aman. – KOSMO! ONLINE`), or those words run together in one (Malaysia Gazette's
    `... Seksyen 283 Kanun Keseksaan. – MalaysiaGazette`, `– Malaysiapost`: `_RUN_IN_OUTLET_NAME`): no writer's."""
    if _GLUED_NAME.fullmatch(text):
        return not _OUTLET_WORDS.isdisjoint(part.lower() for part in _GLUED_NAME_PARTS.findall(text))
    if _RUN_IN_OUTLET_NAME.fullmatch(text):
        return True
    words = text.split()
    return 2 <= len(words) <= 4 and all(_NAME_WORD.fullmatch(word) or _CAPITALS_WORD.fullmatch(word) for word in words) \
        and not _OUTLET_WORDS.isdisjoint(word.lower().rstrip("!") for word in words)


# Words of a scripture's citation closing a paragraph (`(Surat Al Baqarah)`, `(Al-Qur'an Surat Al-Ikhlas)`): no
# writer's.
_SCRIPTURE_WORDS = frozenset("surat surah qur'an al-qur'an al-quran alquran quran hadits hadis".split())


@lru_cache(maxsize=1024)  # a page's header lines are read when found, when chosen and among the body's lines
def parse_header_line(line: str) -> HeaderByline | None:
    """Author, editor and time of a header line such as `Rana Setiawan - Jumat, 15 Februari 2019 - 23:14 WIB`."""
    line = ICON_NAME.sub("", fold(line[:400]))
    hint = _NUMBER_HINT.search(line) or _WORD_HINT.search(line.lower())
    match = _WHEN.search(line, max(0, hint.start() - _WHEN_REACH)) if hint else None
    if not match:
        return None
    before = line[: match.start()]
    if match["relative"] is not None and (dated := _WHEN.match(line, _DATE_AFTER_RELATIVE.match(
            line, match.end()).end())) is not None and dated["absolute"] is not None:
        match = dated  # `Published 2 years ago on 1 October 2019`: the day the relative time rounds
    editor = None
    editor_match = _EDITOR.search(before)
    if editor_match:
        editor = editor_match["name"].strip() or None
        if editor is not None and _CODE_NAME.fullmatch(editor):
            editor = None
        before = before[: editor_match.start()]
    label = _TIME_LABEL.search(before)
    if label is not None:
        before = before[: label.start()]
    byline = _OUTLET_BEFORE_LABEL.sub("", _TIME_CONNECTOR.sub("", _SEPARATOR_TAIL.sub("", before)))
    author = EDITOR_INITIALS.sub("", _AUTHOR_PREFIX.sub("", byline).strip())
    # The outlet after the writer's name, a dash between, then the time (Bisnis.com 2019: `Renat Sofie Andriani -
    # Bisnis.com 26 Agustus 2019 | 09:57 WIB`): the writer is the name before it, as in a closing byline.
    if " - " in author and (writer := closing_byline(author)) is not None:
        author = writer
    if _AUTHOR_PREFIX.match(byline) and len(author.split()) > _MAX_AUTHOR_WORDS \
            and (named := _NAME_THEN_ROLE.match(author)) \
            and not _ROLE_WORDS.isdisjoint(named["role"].lower().replace(",", " ").split()):
        author = named["name"]
    if not author or len(author.split()) > _MAX_AUTHOR_WORDS or any(c.isdigit() for c in author):
        author = None
    # Credits after the time: `SABTU, 27 MEI 2023 | 12:39 WIB | LAPORAN: <NAME>` (RMOL's AMP header), the editor's
    # after a byline's time too (InfoPublik: `Oleh Yudi Rahmat, Senin, 23 Desember 2019 | 13:13 WIB - Redaktur: Gusti
    # Andry - 605`, the page's views after a spaced dash).
    if (author is None or editor is None) and (after := line[match.end():].strip(" |-–—·•")):
        credits = _credits_after_time(after)
        if credits is not None:
            author, editor = author or credits.author, editor or credits.editor
        elif author is None and (byline := _BYLINE_AFTER_TIME.match(after)) \
                and not _names_no_writer(byline["name"], team_word=True):  # nor a rubric's (`Oleh: Harga Emas`)
            author = without_bio(byline["name"])
    if label is not None and label["updated"] is not None and (published := _PUBLISHED_LABEL.search(
            line, match.end())) is not None and (first := _WHEN.match(line, published.end())) and first["absolute"]:
        # The update's time first, the publication's after it: the line gives the publication's.
        return HeaderByline(author, editor, first.group(0).strip(), relative=False,
                            updated_when=match.group(0).strip() if match["absolute"] else None)
    update = _UPDATE_LABEL.search(line, match.end())
    later = _WHEN.search(line, update.end()) if update is not None else None
    return HeaderByline(author, editor, match.group(0).strip(), relative=match["relative"] is not None,
                        updated=label is not None and label["updated"] is not None,
                        updated_when=later.group(0).strip() if later is not None and later["absolute"] else None)


# What parts a header line's credits after its time from the rest of the line: a spaced dash or bar (`Redaktur: Gusti
# Andry - 605`: the page's views).
_AFTER_TIME_PART = re.compile(r"\s+[-–—|]\s+")
# ...or the page's views alone after the last name, a space before them (Berita Jakarta 2020: `Senin, 18 Mei 2020
# Reporter: Wuri Setyaningsih Editor: Erikyanri Maulana 1857`): no name ends in a number.
_VIEWS_AFTER_NAME = re.compile(r"(?<=[^\W\d_])\s+\d{1,7}$")


def _credits_after_time(text: str) -> Credits | None:
    """The credits a header line prints after its time (`text`): the whole of it, else its part before a spaced dash or
    bar (`Redaktur: Gusti Andry - 605`) or before the views closing it (`Editor: Erikyanri Maulana 1857`); None when
    none is a credit line."""
    credits = parse_credits(text)
    if credits is None and (part := _AFTER_TIME_PART.split(text, maxsplit=1)[0]) != text:
        credits = parse_credits(part)
    if credits is None and (part := _VIEWS_AFTER_NAME.sub("", text)) != text:
        credits = parse_credits(part)
    return credits


# A contributors' list over the text, each role before a comma and its holder after it, the writer's own role or place
# on the line under the name (BBC News Indonesia: `Penulis, Joel Guinto` over `Peranan, Singapura`, then `Penulis, Virma
# Simonette` over `Peranan, Manila`; BBC's English pages: `Author, <name>` over `Role, <role>`): the writers are the
# names after `Penulis`, each of two words or more, capitalised; a role's line names no one.
_LISTED_CONTRIBUTOR = re.compile(r"(?P<label>Penulis|Author|Peranan|Role),\s+(?P<value>\S.{0,80})")
_LISTED_WRITER = re.compile(r"[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){1,4}")
_LISTED_ROLES = ("Peranan", "Role")
MAX_LISTED_WRITERS = 4


def listed_contributor(line: str) -> tuple[str, str] | None:
    """("writer", name) for a contributors' list's writer line (`Penulis, Joel Guinto`), ("role", text) for the role
    under it (`Peranan, Singapura`), else None: a desk's, an outlet's or a role's words where the name stands name
    nobody (`Penulis, Tim BBC News Indonesia`)."""
    match = _LISTED_CONTRIBUTOR.fullmatch(line.strip()) if line[:1] in "PAR" else None
    if match is None:
        return None
    if match["label"] in _LISTED_ROLES:
        return "role", match["value"]
    name = match["value"].strip()
    words = set(name.lower().split())
    if not _LISTED_WRITER.fullmatch(name) or is_desk(name) or opens_with_role(name) or agency_name(name) is not None \
            or not _OUTLET_WORDS.isdisjoint(words):
        return None
    return "writer", name


# A writer's byline opening the text, the outlet's name after a bar, the dateline under it (a campus paper's `Nurul
# Hasanah | DETaK` over `Banda Aceh- UKM Pers DETaK lakukan ...`, a member's code in brackets after the name: `Fitrah
# Aulia Rizki [AM] | DETaK`): the name of two to five capitalised words, the outlet one word of two capitals or more
# (an acronym, a brand) or a domain, the line under it opening with a place and a dash.
_OUTLET_BYLINE = re.compile(r"(?P<name>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,4})(?: \[[A-Z]{1,4}\])? \| "
                            r"(?P<outlet>[A-Za-z]{2,20}|[\w-]{2,30}\.(?:com|co\.id|id|net))")
_DATELINE_OPENING = re.compile(r"[A-Z][\w.]*(?: [A-Z][\w.]*){0,3} ?[-–—]")
_MAX_OUTLET_BYLINE = 80
_MIN_OUTLET_CAPITALS = 2


def outlet_byline(line: str, following: str, title: str | None = None) -> str | None:
    """The writer a byline naming its outlet after a bar names (`_OUTLET_BYLINE`), or after a dash as the brand writes
    itself (`_CLOSING_BYLINE`), `following` (the next block's text) opening with the dateline, else None: a desk's, a
    place's, an outlet's or a role's words name no writer, nor do the headline's first words (`<Headline> | BRAND`,
    the page's title run over the text)."""
    if len(line) > _MAX_OUTLET_BYLINE or not _DATELINE_OPENING.match(following):
        return None
    if " | " in line and (match := _OUTLET_BYLINE.fullmatch(line)) is not None:
        outlet, name = match["outlet"], match["name"]
        if "." not in outlet and sum(letter.isupper() for letter in outlet) < _MIN_OUTLET_CAPITALS:
            return None
    # A detik story copied with its byline as the text's first paragraph (2012: `<p><strong>Mansyur Hidayat</strong> -
    # detikNews</p>` over `<p><strong>Garut</strong> - Dalam pelaksanaan ...</p>`): the brand's spelling after the
    # dash makes it a byline, as it does a closing one; a match's sides before a plain word do not (`Persib - PSM`),
    # nor does a channel's rubric whose word the brand spells again (`Hikmah Ramadhan - detikHikmah`).
    elif (match := _CLOSING_BYLINE.match(line.strip())) is not None and not any(
            len(word) > 3 and word in line.rsplit(maxsplit=1)[-1].lower() for word in match["name"].lower().split()):
        name = match["name"]
    else:
        return None
    words = set(name.lower().split())
    if is_desk(name) or agency_name(name) is not None or is_gazetted(name) or is_region(name) \
            or not (_OUTLET_WORDS.isdisjoint(words) and SENTENCE_WORDS.isdisjoint(words)
                    and _ROLE_WORDS.isdisjoint(words)) or words <= SECTION_WORDS or names_a_rubric(name) \
            or (title is not None and title.startswith(name)):
        return None  # ...nor a rubric's (`Cek Fakta | Tempo`)
    return name


# A newspaper's byline on the line opening its text, copied whole by an archive of its stories: the writer, the paper
# and the place the story was filed from, each after a comma (The Jakarta Post 2003: `Muhammad Nafik, The Jakarta
# Post, Jakarta`, `Apriadi Gunawan, The Jakarta Post, Medan`). The name is two to four capitalised words; the paper is
# a wire of the agency table or a newspaper's title, ending with the kind of paper it is; the place is a known one or
# written in capitals. A sentence listing people and a paper goes on past the place, so the line must end there.
# Two writers may be joined by `and`, and filed from two places parted by a slash (`Eva C. Komandjaja and Blontank
# Poer, The Jakarta Post, Jakarta/Surakarta`): the writers are named as a list, the places as written.
_NEWSPAPER_TITLE = re.compile(r"(?:The )?(?:[A-Z][a-z]+ ){1,3}(?:Post|Times|Globe|Star|Herald|Tribune|Daily|Gazette"
                              r"|Chronicle|Mail|Observer|Journal|News)")
_PAPER_WRITER = r"[A-Z][a-z'’-]+(?: (?:[A-Z][a-z'’-]+|[A-Z]\.)){1,3}"
_PAPER_PLACE = r"[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}|[A-Z]{3,}(?: [A-Z]{3,}){0,2}"
_PAPER_BYLINE = re.compile(rf"(?P<name>{_PAPER_WRITER})(?: (?:and|dan|&) (?P<second>{_PAPER_WRITER}))?"
                           r", (?P<paper>[A-Z][\w.'’ -]{1,40}?)"
                           rf", (?P<place>(?:{_PAPER_PLACE})(?:/(?:{_PAPER_PLACE}))?)")
_MAX_PAPER_BYLINE = 120


def paper_byline(text: str) -> tuple[str, str, str] | None:
    """The writer, the paper and the place a newspaper's byline opening the text names (`Muhammad Nafik, The Jakarta
    Post, Jakarta`), else None: a desk's, an outlet's or a place's words name no writer."""
    if len(text) > _MAX_PAPER_BYLINE or (match := _PAPER_BYLINE.fullmatch(text.strip())) is None:
        return None
    paper, place = match["paper"], match["place"]
    if not (_NEWSPAPER_TITLE.fullmatch(paper) or agency_name(paper)) or not all(
            is_gazetted(part) or is_region(part) or part.isupper() for part in place.split("/")):
        return None
    names = [name for name in (match["name"], match["second"]) if name]
    for name in names:
        words = set(name.lower().split())
        if is_desk(name) or agency_name(name) is not None or is_gazetted(name) or is_region(name) \
                or not (_OUTLET_WORDS.isdisjoint(words) and SENTENCE_WORDS.isdisjoint(words)
                        and _ROLE_WORDS.isdisjoint(words)):
            return None
    return ", ".join(names), paper, place


# The writer's name alone on the line opening the text, the lead under it (the Borneo Bulletin's `James Kon` over
# `Minister of Development ... led the planting ...`, between bars in its copies: `| Hakim Hayat |`, two writers joined
# by `&`: `James Kon & Hakim Hayat`, or by a word, a Malay blog's copy of FMT: `Faiz Zainudin dan Shahrul
# Shahabudin` over `PUTRAJAYA: ...`): two to four words of a capital and small letters (an initial may stand for one),
# or one and the initials of the father's name in capitals (`Azaraimy HH`), none a section's, a sentence's, an outlet's
# or a role's word, no place's name, and none of them named again in the lead, as the person a photo's caption names is
# (or the body an acronym after a kicker's word names: `Polemik KPK`).
_OPENING_NAME_WORDS = r"[A-Z][a-z][a-z'’-]*(?:(?: (?:[A-Z][a-z][a-z'’-]*|[A-Z]\.)){1,3}| [A-Z]{2,3})"
_OPENING_NAME = re.compile(rf"(?:\|\s*)?(?P<name>{_OPENING_NAME_WORDS})"
                           rf"(?: (?:&|dan|and) (?P<second>{_OPENING_NAME_WORDS}))?(?:\s*\|)?")
_LEAD_WORD = re.compile(r"\w+")
# A greeting's or a feature's words in title case over the lead (`Selamat Pagi`, `Jumat Berkah`, `Laporan Khusus`): a
# rubric's heading, no writer's name.
_GREETING_WORDS = frozenset({"pagi", "siang", "sore", "malam", "berkah", "khusus", "spesial", "special",
                             "edisi", "seri", "terima", "dirgahayu", "semoga", "wallahu", "wallahua'lam"})
# A weekday's whole name in a heading is a weekly rubric's (`Hikmah Jumat`, `Kajian Sabtu`); its short forms stay names'
# words (`Min`, `Sel`).
_WEEKDAY_NAMES = frozenset("senin selasa rabu kamis jumat jum'at sabtu minggu".split())
# `Selamat` greets before a time of day or a feast (`Selamat Pagi`, `Selamat Hari Raya`, `Selamat Tahun Baru`); before
# a surname it is a person's name (`Selamat Ginting`).
_GREETING = re.compile(r"\bselamat\s+(?:pagi|siang|sore|malam|hari|datang|tahun|ulang|berbuka|idul|natal|jalan"
                       r"|menunaikan|menjalankan|membaca|menyaksikan)\b")
# A rubric's, a topic's or a season's words in title case (`Tajuk Rencana`, `Bursa Transfer`, `Sepak Bola`, `Idul
# Adha`, `Bedah Buku`, `Warta Desa`): no person is named with them. Words people are named with stay out (`Hikmah`,
# `Ramadhan`, `Hari`, `Iman`, `Utama`, `Santri`, `Fitri`). An editors' pick is a rubric too (a blog's `Diary Pilihan`
# over its time line), as is the homecoming season's kicker (`Mudik Lebaran`, `Mudik 2013`). `Kota` (a city) opens a
# place's name or a blog's tagline under its masthead (`KORAN REPUBLIK`, then `Kota Sibuk` over the date), no person's.
_RUBRIC_WORDS = frozenset("""
tajuk rencana bursa transfer liga piala sepak kisah inspiratif pilkada pemilu pilpres pileg oase refleksi akhir
asal usul bedah buku resep masakan ruang publik idul adha mimbar jendela suara pembaca pojok serambi sajian
ragam duka dunia desa kampus agenda lensa pakar khutbah tausiyah sorot pahlawan lintas kemerdekaan sudut pandang
wisata tahun kuliner gaya mata pilihan mudik lebaran kota
""".split())
# An office's words (`Polres Bogor`, `Dinas Pendidikan`, `Bank Indonesia`): a heading may name the source of a press
# release, never its writer.
_OFFICE_WORDS = frozenset("polres polresta polda polsek kodim korem dinas badan kantor kementerian pemkab pemkot "
                          "pemprov humas setda diskominfo kominfo bank".split())
# An official's title, an office's or a service's short name, a role in a body's work: a regency's release closes on
# the office it came from in brackets (`... diikuti ratusan warga. (Bupati Sleman)`, `(Oleh Bupati Sleman)`,
# `(Kapolsek Depok)`, `(Puskesmas Depok)`, `(Penyuluh Agama Islam)`), no writer's name; a person is never named with
# them.
_OFFICIAL_WORDS = frozenset("""
bupati wabup walikota wawali wawalkot gubernur wagub camat sekcam lurah kades kadus sekdes sekda sekdis sekwan
kapolres kapolresta kapolrestabes kapolsek kapolda kapolri wakapolres wakapolda dandim danramil danrem danlanal danyon
pangdam kasat kasatreskrim kasatlantas kasi kasie kasubag kasubbag kabag kabid kadis kakan kakanwil kakankemenag
kajari kajati kapus menteri presiden wapres pj plt plh penjabat sekjen dirut babinsa bhabinkamtibmas
kemenag kankemenag kanwil bappeda bapenda puskesmas dinkes disdik disdikbud dispendik disdukcapil bpbd bawaslu
panwaslu panwascam dprd pemdes pemerintah sekretariat setwan kelurahan kecamatan rsud satpol damkar kejari
kejaksaan pengadilan koramil lanal lanud baznas
penyuluh pimpinan pemimpin operator pendamping relawan panitia pengurus tenaga pembina pengasuh bendahara pengawas
""".split())
# An institution's or a community's common noun opening its name: a release closes on the body it came from in brackets
# (`... diikuti ratusan santri. (Pondok Pesantren Lirboyo)`, `(Masjid Istiqlal)`, `(Kelompok Tani Makmur)`,
# `(Koperasi Merah Putih)`), no writer's name; a person is never named with them.
_INSTITUTION_WORDS = frozenset("""
masjid musala musholla mushola pesantren ponpes pondok madrasah yayasan komunitas paguyuban kelompok koperasi timnas
sekolah universitas institut politeknik fakultas himpunan ikatan persatuan asosiasi perkumpulan lembaga organisasi
posyandu gapoktan poktan bumdes
""".split())
_MAX_OPENING_NAME = 50
_MIN_LEAD_CHARS = 100
_SENTENCE_END = (".", "!", "?", '"', "”", ")")


def opening_name(line: str, following: str, title: str | None = None) -> str | None:
    """The writer the name alone opening the text names (`_OPENING_NAME`), `following` the lead under it, else None."""
    if len(line) > _MAX_OPENING_NAME or len(following) < _MIN_LEAD_CHARS or not following.rstrip().endswith(
            _SENTENCE_END) or (match := _OPENING_NAME.fullmatch(line.strip())) is None:
        return None
    names = [name for name in (match["name"], match["second"]) if name]
    if _AUTHOR_PREFIX.match(names[0]) or (title is not None and title.startswith(names[0])):
        return None  # a labelled byline (`By Sonia K.`), read as one; the headline's words
    lead_words = set(_LEAD_WORD.findall(following.lower()))
    for name in names:
        words = name.lower().split()
        if is_desk(name) or agency_name(name) is not None or is_gazetted(name) or is_region(name) \
                or names_a_rubric(name) or any(is_day_word(word) for word in words) or not (
                _OUTLET_WORDS.isdisjoint(words) and SENTENCE_WORDS.isdisjoint(words) and _ROLE_WORDS.isdisjoint(words)
                and SECTION_WORDS.isdisjoint(words) and lead_words.isdisjoint(words)):
            return None
    return ", ".join(names)


# A reporter's label printed without its colon on the line over the lead (Baubau Post 2018: `Peliput Alyakin` over
# `PASARWAJO, BP – ...`): the label names the role, the capitalised words after it the writer. A word saying what kind
# of reporter (`Wartawan Senior`, `Penulis Tamu`, `Jurnalis Warga`) names nobody, nor does one word alone after a label
# that also heads a rubric or a kind (`Jurnalis Investigasi`, `Reporter Lapangan`): only `Peliput` is a reporter's
# label alone, so only after it may the name be one word. `Liputan` heads rubrics (`Liputan Khusus`): no label here.
_BARE_REPORTER_LABEL = re.compile(r"(?P<label>Peliput|Reporter|Pewarta|Penulis|Wartawan|Jurnalis)\s+"
                                  r"(?P<name>[A-Z][a-z][a-z'’-]*(?P<more>(?: (?:[A-Z][a-z][a-z'’-]*|[A-Z]\.)){1,3})?)")
_REPORTER_KINDS = frozenset("senior tamu magang warga muda lepas junior foto video televisi lapangan daerah istana "
                            "parlemen kontributor lokal asing investigasi perempuan olahraga".split())


def unlabelled_reporter(line: str, following: str) -> str | None:
    """The writer a reporter's label without its colon names on the line over the lead (`Peliput Alyakin`), `following`
    the lead under it, else None."""
    if len(line) > _MAX_OPENING_NAME or len(following) < _MIN_LEAD_CHARS or not following.rstrip().endswith(
            _SENTENCE_END) or (match := _BARE_REPORTER_LABEL.fullmatch(line.strip())) is None:
        return None
    name = match["name"]
    words = name.lower().split()
    if is_desk(name) or agency_name(name) is not None or is_gazetted(name) or is_region(name) \
            or (match["more"] is None and (match["label"] != "Peliput" or len(name) < 3)) \
            or names_a_rubric(name) or any(is_day_word(word) for word in words) or not (
            _OUTLET_WORDS.isdisjoint(words) and SENTENCE_WORDS.isdisjoint(words) and SECTION_WORDS.isdisjoint(words)
            and _REPORTER_KINDS.isdisjoint(words)
            and set(_LEAD_WORD.findall(following.lower())).isdisjoint(words)):
        return None
    return name


# A report's label and its reporter's name with no colon, over a line giving the place it was filed from (marapipost
# 2024: `Laporan H.Bakhtiar Danau` over `Dari Bandung` over `BANDUNG, marapipost.com-Ruangan ...`): the capitalised
# words after the label are the writer's, a title's initial glued before them (`H.`, Haji) too. `Laporan` heads
# rubrics and kickers as well (`Laporan Khusus`, `Laporan Keuangan Tahunan`): only the place's line under it makes the
# line a reporter's.
_REPORT_LABEL_NAME = re.compile(r"Laporan\s+(?P<name>(?:[A-Z]\.\s?)?[A-Z][a-z][a-z'’-]*"
                                r"(?: (?:[A-Z][a-z][a-z'’-]*|[A-Z]\.)){1,3})")
_FILED_FROM_LINE = re.compile(r"Dari\s+(?P<place>[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2})")


def report_label_writer(line: str, following: str) -> str | None:
    """The writer `_REPORT_LABEL_NAME` reads on `line` when `following`, the line under it, gives the place the report
    was filed from (`Dari Bandung`); else None. A desk's, a rubric's or a place's words name nobody."""
    if len(line) > _MAX_OPENING_NAME or (match := _REPORT_LABEL_NAME.fullmatch(line.strip())) is None \
            or (place := _FILED_FROM_LINE.fullmatch(following.strip())) is None \
            or not (is_gazetted(place["place"]) or is_region(place["place"])):
        return None
    name = match["name"]
    words = name.lower().split()
    if is_desk(name) or agency_name(name) is not None or is_gazetted(name) or is_region(name) \
            or names_a_rubric(name) or any(is_day_word(word) for word in words) or not (
            _OUTLET_WORDS.isdisjoint(words) and SENTENCE_WORDS.isdisjoint(words) and SECTION_WORDS.isdisjoint(words)
            and _REPORTER_KINDS.isdisjoint(words)):
        return None
    return name


def names_a_rubric(line: str) -> bool:
    """A word of `line` is a label's, a greeting's or a rubric's (`Cek Fakta`, `Selamat Pagi`, `Kilas Daerah`, `Bursa
    Transfer`, `Hikmah Jumat`), an office's or an officer's (`Polres Bogor`, `Ketua DPRD`), an institution's (`Masjid
    Istiqlal`): a heading in title case or a source, no writer's name. A month's or a day's short name is a person's too (`Agus Siswanto`, `Juni
    Kriswanto`)."""
    lowered = line.lower()
    return _GREETING.search(lowered) is not None or any(
        (is_label_word(word) and not is_day_word(word)) or word in _GREETING_WORDS or word in _RUBRIC_WORDS
        or word in _WEEKDAY_NAMES or word in _OFFICE_WORDS or word in _OFFICIAL_WORDS or word in _ROLE_WORDS
        or word in _INSTITUTION_WORDS
        for word in lowered.split())


def reporter_name(line: str) -> str | None:
    """The reporter a reporter line names (`Laporan Wartawan Tribunnews.com, Budi Santoso`, `Kontributor
    Lhokseumawe, Masriadi`, a feature's `AKHMAD DHANI, Palangka Raya`), else None."""
    if (address := _ADDRESS_BEFORE_REPORTER_LINE.match(line)) is not None:
        line = line[address.end():]
    if not line[:12].lower().startswith(_REPORTER_WORDS):
        if len(line) <= _MAX_REPORTER_AFTER_HEADLINE and "ontributor" in line[-80:] and (
                name := _reporter_after_headline(line)) is not None:
            return None if is_desk(name) or names_a_rubric(name) or is_gazetted(name) or is_region(name) \
                or not SECTION_WORDS.isdisjoint(name.lower().split()) else name
        if len(line) <= _MAX_REPORTER_BEFORE_ROLE and line[-6:].lower().endswith(_ROLE_ENDINGS) and (
                match := _REPORTER_BEFORE_ROLE.fullmatch(line)) is not None:
            return match["name"]
        return _capitals_byline(line)
    if (match := _unseparated_reporter_line(line)) is not None:
        # Run into the dateline, whose comma a reporter line's pattern would take for the outlet's.
        return match["name"] if match.end() == len(line) else None
    if " dari " in line and (match := _FROM_PLACE_REPORTER_LINE.match(line)) is not None:
        return match["name"]
    match = _REPORTER_LINE.match(line) or _DASHED_REPORTER_LINE.match(line)
    if match is not None and " dari " in line[:match.start("name")] and (
            is_gazetted(match["name"]) or is_region(match["name"])):
        return None  # the country after the place it was filed from (`... Republika dari Makkah, Arab Saudi`)
    return match["name"] if match is not None else None


def _reporter_after_headline(line: str) -> str | None:
    """The name `_REPORTER_AFTER_HEADLINE` reads, else the one after a known place `_REPORTER_AFTER_PLACE` reads."""
    if (match := _REPORTER_AFTER_HEADLINE.search(line)) is not None:
        return match["name"]
    if (match := _REPORTER_AFTER_PLACE.search(line)) is None:
        return None
    words = match["words"].split()
    for size in (2, 1):
        if len(words) - size >= 1 and is_gazetted(" ".join(words[:size])):
            return _NAME_TAIL.sub("", " ".join(words[size:]))  # the line's stop is no part of the name
    return None


def _capitals_byline(line: str) -> str | None:
    """The reporter `_CAPITALS_BYLINE` names (as printed), when its name is no place's, outlet's nor desk's."""
    match = _CAPITALS_BYLINE.fullmatch(line) if len(line) <= _MAX_CAPITALS_BYLINE and line[:1].isupper() \
        and (line[1:2].isupper() or line[1:2] == ".") and line[-1:].islower() else None
    if match is None or not (is_gazetted(match["place"]) or is_region(match["place"])):
        return None
    name = match["name"]
    listed = name.lower().replace(".", " ").split()
    words = set(listed)
    if is_desk(name) or agency_name(name) is not None or not (_OUTLET_WORDS.isdisjoint(words)
                                                              and _ROLE_WORDS.isdisjoint(words)):
        return None
    if listed[0] in _PLACE_HEADS or listed[-1] in _PLACE_TAILS or is_district(name) \
            or any(len(word) == 2 and word[-1] != "." for word in name.split()):
        return None
    return None if any(is_gazetted(part) or is_region(part) for part in (name, *words)) else name


def _unseparated_reporter_line(text: str) -> re.Match[str] | None:
    """`_UNSEPARATED_REPORTER_LINE` where its name's first word is no place's nor a word of outlets' names, else
    `_PLACE_NAMED_REPORTER_LINE` where the outlet's second word is a place and the name's first none."""
    match = _UNSEPARATED_REPORTER_LINE.match(text)
    if match is None or match["first"].lower() in _OUTLET_NAME_WORDS or is_gazetted(match["first"]) \
            or is_region(match["first"]):
        match = _PLACE_NAMED_REPORTER_LINE.match(text)
        if match is None or not _names_a_place(match["place"]) or _names_a_place(match["first"]) \
                or match["first"].lower() in _OUTLET_NAME_WORDS:
            return None
    return match


def _names_a_place(word: str) -> bool:
    """`word` is a place's name, a province's short one (`Jabar`) or a compass point closing one (`Timur`)."""
    return word.lower() in _COMPASS_WORDS or is_gazetted(word) or is_region(word)


def glued_reporter_line(text: str) -> tuple[str, int] | None:
    """The reporter a reporter line or an English byline run into the dateline names and where the dateline starts
    (`_GLUED_REPORTER_LINE`, `_GLUED_BYLINE`), else None."""
    if text[:7].lower() == "laporan":
        head = text[:_MAX_GLUED_REPORTER_LINE]
        match = _GLUED_REPORTER_LINE.match(head) or _unseparated_reporter_line(head)
    elif text.startswith(("By ", "by ")):  # the label in small letters too (`by Andi Abdussalam Jakarta, Sept 25 ...`)
        match = _GLUED_BYLINE.match(text[:_MAX_GLUED_REPORTER_LINE])
        if match is None and (words := _GLUED_BYLINE_WORDS.match(text[:_MAX_GLUED_REPORTER_LINE])) is not None:
            return _byline_before_place(words)
    else:
        return None
    return (match["name"], match.end()) if match is not None else None


def _byline_before_place(match: re.Match[str]) -> tuple[str, int] | None:
    """The name and where the dateline starts when `_GLUED_BYLINE_WORDS` took a name of two words or more and the place
    after it (its last two words or its last one, a known place's), else None."""
    words = list(_WORD.finditer(match["words"]))
    for size in range(_MAX_PLACE_WORDS, 0, -1):
        if len(words) - size >= 2 and is_gazetted(match["words"][words[-size].start():]):
            return " ".join(word.group() for word in words[:-size]), match.start("words") + words[-size].start()
    return None


def _without_place_after_hyphen(name: str) -> str:
    """`name` without the place it was filed from glued after it with a hyphen (Cenderawasih Pos's `Laporan:
    Erianto-Jayapura`, also spaced: `Erianto - Jayapura`); a hyphen inside a name stays (`Jean-Paul`)."""
    before, _, place = name.rpartition("-")
    place, before = place.strip(), before.strip(" -")
    return before if before and place and (is_gazetted(place) or is_region(place)) else name


def parse_credits(text: str) -> Credits | None:
    """The names of a block made only of printed credits (`Pewarta: A Editor : B Copyright © X 2018`),
    None for any other text. Labels may be empty; after the copyright mark only its holder follows."""
    if len(text) > _MAX_CREDIT_CHARS:
        return None
    text = fold(text)
    start = _CREDIT_OPENING.match(text).end()
    # The first label must open the text: tried there alone before any search of the rest.
    first = _CREDIT_LABEL.match(text, start)
    if first is None or first["copyright"]:
        return None
    labels = [first, *_CREDIT_LABEL.finditer(text, first.end())]
    if (first["source"] or first["crew"]) and not any(label["author"] or label["editor"] or label["both"]
                                                      for label in labels):
        return None
    credits = Credits()
    for label, following in zip(labels, [*labels[1:], None]):
        if label["copyright"]:
            return credits
        value = text[label.end(): following.start() if following is not None else len(text)].split(";")[0]
        if label["source"] or label["crew"]:
            # No one's name: a link (`https://kmp.im/app6`) or a source's name; a sentence is no credit line's.
            if len(value.split()) > _MAX_CREDIT_NAME_WORDS:
                return None
            continue
        # `Rep: A/ Red: B`; a desk after the name is none of it (`Pewarta : <name> | Liputan <desk>`).
        name = _OUTLET_AFTER_NAME.sub("", _MARKUP.sub("", value).split(" | ")[0])
        # A note mark after the name points at the writer's role under the text (`Penulis: <name>*`).
        name = _NAME_TAIL.sub("", _BRACKET_AFTER_NAME.sub("", name.strip()).strip(" |,;/-–—)*"))
        if "-" in name:
            name = _without_place_after_hyphen(name)
        if label.group().rstrip().lower().endswith("by"):
            name = _WIRE_PLACE.sub("", name)
        if len(name.split()) > _MAX_CREDIT_NAME_WORDS or any(c.isdigit() for c in name):
            return None
        # A label this list does not know still stands after the name (`Editor: <name> Tags: banjir`, `Penulis: <name>
        # Penyelaras: <name>`): where the name ends is unknown, and a name has no colon.
        # An outlet's web address where a name would stand is the outlet's signature, no one's name, in either role
        # (Republika's amp pages 2021: `Rep: republika.id Red: republika.id`).
        if name and (is_desk(name) or _CODE_NAME.fullmatch(name) or ":" in name or _PHOTO_SERVICE.match(name)
                     or signs_for_an_agency(name) or _OUTLET_DOMAIN.fullmatch(name)):
            continue
        if name and (label["author"] or label["both"]) and credits.author is None \
                and not opens_with_role(writer := without_role(name)):
            credits.author = _listed_writers(without_bio(writer))
        if name and (label["editor"] or label["both"]) and credits.editor is None:
            credits.editor = name
    return credits


def _listed_writers(name: str) -> str:
    """`name` with its writers listed by commas when a slash parts full names (ANTARA: `Pewarta: Aditya Eko Sigit
    Wicaksono/Fitri Supratiwi`) or names of one word (an ANTARA bureau's English copy: `Pewarta : Ogen/Suharto`),
    without the publishers a slash adds after it (`Budi Santoso/Antara`, `<name>/Humas Polri`); as it is otherwise."""
    first, *rest = parts = [part.strip() for part in name.split("/")]
    if rest and all(_is_full_name(part) or _is_one_word_name(part) for part in parts):
        return ", ".join(parts)
    return first if first and rest and all(_is_publisher(part) for part in rest) else name


# The fewest letters of a one-word name beside a slash: shorter capitalised words there are desks' codes and photo
# sources (`Kiki Cahyadi/Koz`, `<name>/Ist`), no writers; nor are the longer words of a picture's source (`/Dokumentasi`).
_MIN_ONE_WORD_NAME = 4
_PICTURE_SOURCE_WORDS = frozenset("dokumentasi arsip repro file handout".split())


def _is_one_word_name(text: str) -> bool:
    """`text` is a name of one capitalised word (`Suharto`), none of an agency, an outlet, a desk or a place."""
    folded = text.lower()
    return len(text) >= _MIN_ONE_WORD_NAME and _NAME_WORD.fullmatch(text) is not None \
        and folded not in _OUTLET_WORDS and folded not in _PICTURE_SOURCE_WORDS and not _is_publisher(text) \
        and not is_gazetted(text) and not is_region(text)


def _is_publisher(text: str) -> bool:
    """`text` names an agency, an outlet (a word of outlets' names, a domain) or a desk."""
    return agency_name(text) is not None or is_desk(text) or "." in text or not _OUTLET_WORDS.isdisjoint(
        text.lower().split())


# Kompas's credit line without colons (the labels and the names in elements of their own, read as one line), in its
# header or copied as a body's first paragraph: `Penulis Kontributor Baubau, Defriatno Neke | Editor Farid Assifa`. A
# copy may run the dateline on after the editor's name (`... | Editor Khairina BAUBAU, KOMPAS.com – ...`): the name
# ends before a word in capitals.
_NAME_PART = r"(?:[A-Z][a-z][\w'’-]*|[A-Z]\.?)"
_BARE_CREDIT_LINE = re.compile(
    rf"Penulis\s+(?P<author>[^|:\d]{{3,120}}?)\s*\|\s*Editor\s+(?P<editor>{_NAME_PART}(?:\s+{_NAME_PART}){{0,5}})"
    r"(?=\s*$|\s+[A-Z]{2,}\b)")
_MAX_BARE_CREDIT_LINE = 300


def bare_credit_line(text: str) -> Credits | None:
    """The writer and editor of a credit line without colons (`_BARE_CREDIT_LINE`) opening `text`, else None; a
    contributor's role and place before the name are no part of it, nor is a desk (`Penulis Tim Redaksi`)."""
    if not text.startswith("Penulis") or (match := _BARE_CREDIT_LINE.match(text[:_MAX_BARE_CREDIT_LINE])) is None:
        return None
    author = without_role(" ".join(match["author"].split()))
    return Credits(author=None if is_desk(author) else author, editor=match["editor"])


# A book's particulars, as a review prints them over its text (`Judul : <title>` / `Penulis : <author>` / `Penerbit :
# <publisher>` / `Tebal : 280 Halaman` / `ISBN : ...`): the writer, translator and editor listed among them are the
# book's, not the review's. The reviewer has a label of their own (`Peresensi : Untung Wahyudi (UIN Sunan Ampel)`).
_BOOK_PARTICULAR = re.compile(r"(?:^|\s)(?:Penerbit|ISBN|Tebal(?:\s+Buku)?|Cetakan|Tahun\s+Terbit|Jumlah\s+Halaman"
                              r"|Judul\s+Buku)\s*:", re.IGNORECASE)
_BOOK_PARTICULARS_REACH = 6  # lines either side of a credit where the book's other particulars stand
_MAX_PARTICULAR_LINE = 200
_MIN_BOOK_PARTICULARS = 2
_REVIEWER = re.compile(r"^(?:Peresensi|Resensator|Diresensi\s+oleh)\s*:\s*(?P<name>[A-Z].{1,150})$", re.IGNORECASE)


def names_a_book(blocks: list[Block], index: int) -> bool:
    """The credit in `blocks[index]` stands among a book's particulars (`_BOOK_PARTICULAR`), two of them at least, on
    lines of their own around it or in its own block: it names the book's writer or editor, not the page's. (A
    publisher alone may be a site's imprint: `Penerbit : PT ...`.)"""
    near = blocks[max(0, index - _BOOK_PARTICULARS_REACH):index + _BOOK_PARTICULARS_REACH + 1]
    lines = sum(1 for block in near if len(block.text) <= _MAX_PARTICULAR_LINE and _BOOK_PARTICULAR.search(block.text))
    return lines >= _MIN_BOOK_PARTICULARS or len(
        _BOOK_PARTICULAR.findall(blocks[index].text[:MAX_BLOCK_SCAN])) >= _MIN_BOOK_PARTICULARS


def reviewer_name(text: str) -> str | None:
    """The writer of a book review its label names (`Peresensi : Untung Wahyudi (UIN Sunan Ampel, Surabaya)`), without
    the affiliation after the name; else None."""
    match = _REVIEWER.match(text)
    if match is None:
        return None
    name = match["name"]
    name = without_bio(name[: _NAME_END.search(name).start()].strip())
    return name if name and not is_desk(name) and not opens_with_role(name) else None


def empty_label(text: str) -> str | None:
    """The role a printed credit's label standing alone names, its name on the next line (`EDITOR :` over
    `RENI ERINA`): "author" or "editor"; None for any other text."""
    if len(text) > _MAX_LABEL_CHARS or not text.rstrip().endswith((":", "/")):
        return None
    match = _CREDIT_LABEL.fullmatch(fold(text))
    if match is None or match["copyright"] or match["source"] or match["crew"]:
        return None
    return "author" if match["author"] or match["both"] else "editor"


# A byline whose name the site left blank, the comma and the writer's role printed after the label all the same
# (MINA 2021: `Oleh: , Wartawan Kantor Berita (Mi’raj News Agency)`): no writer, and no text either. The label's colon
# and the comma right after it tell it from a sentence (`Oleh karena itu, ...`); a role ends with no sentence's stop.
_BLANK_NAME_BYLINE = re.compile(r"(?:Oleh|By|Penulis)\s*:\s*,\s*[^\s.!?,][^.!?]{0,120}", re.IGNORECASE)
_MAX_BLANK_BYLINE_CHARS = 160


def blank_name_byline(text: str) -> bool:
    """`text` is a labelled byline printed with its name left blank (`Oleh: , Wartawan Kantor Berita`)."""
    return len(text) <= _MAX_BLANK_BYLINE_CHARS and _BLANK_NAME_BYLINE.fullmatch(text.strip()) is not None


def crew_label(text: str) -> bool:
    """`text` is a crew's label standing alone, its name on the next line (a video's `Videografer:` over `Fakhtar
    Khairon Lubis`, `Video Editor:` over `Wisnu Aji Prasetiyo`): it names no writer nor editor of the text."""
    if len(text) > _MAX_LABEL_CHARS or not text.rstrip().endswith(":"):
        return False
    match = _CREDIT_LABEL.fullmatch(fold(text))
    return match is not None and match["crew"] is not None


def bare_name(text: str) -> str | None:
    """`text` when it is only a person's name (`RENI ERINA`, `Tunggul Susilo`), else None."""
    return text if len(text) <= _MAX_BARE_NAME_CHARS and _BARE_NAME.fullmatch(text) else None


# The day a story ran alone on the last line, under its writer's name (Gempak's author box: `Amri Hassan` over `Sat May
# 01 2021`): a weekday may open it, the month named before or after the day.
_DATE_UNDER_NAME = re.compile(r"(?:(?P<weekday>[A-Z][a-z]{2,8}),?\s)?(?:(?P<month>[A-Z][a-z]{2,8})\.?\s\d{1,2}"
                              r"|\d{1,2}\s(?P<month_after>[A-Z][a-z]{2,8})\.?),?\s(?:19|20)\d\d")
_MAX_DATE_UNDER_NAME = 30


def name_over_date(name_line: str, date_line: str) -> str | None:
    """The writer an author box under the text names, `name_line` a person's name of two words or more and `date_line`
    the day alone (`_DATE_UNDER_NAME`); None for a desk's, a place's, an outlet's or a label's words."""
    if len(date_line) > _MAX_DATE_UNDER_NAME or (date := _DATE_UNDER_NAME.fullmatch(date_line)) is None \
            or month_number(date["month"] or date["month_after"]) is None \
            or (date["weekday"] is not None and weekday_number(date["weekday"]) is None):
        return None
    name = bare_name(name_line)
    if name is None or " " not in name or is_desk(name) or names_a_rubric(name):
        return None
    words = {word.strip(".") for word in name.lower().split()}
    if not _OUTLET_WORDS.isdisjoint(words) or any(is_label_word(word) for word in words) \
            or is_gazetted(name) or is_region(name):
        return None
    return name


# A newsroom's roles a writer's bio may open with when the author box prints the name alone on the line over it (Suara
# Merdeka's `Borhan Abu Samah` over `Ketua Pengarang Suara Merdeka. Menjadi wartawan sejak 1993 ...`): the role comes
# first, among the bio's first words, the name left to the line above.
_NEWSROOM_ROLE_WORDS = frozenset("wartawan jurnalis redaktur pengarang editor reporter koresponden kontributor penulis "
                                 "kolumnis journalist correspondent columnist writer".split())
# ...a bio says who the writer is, and quotes no one: a paragraph of the story reporting a speech (`Penulis novel itu
# mengatakan ...`) is none.
_REPORTING_WORDS = frozenset("kata ujar ujarnya katanya mengatakan menyampaikan menjelaskan said says told".split())
_MIN_BIO_WORDS = 6


def name_over_bio(name_line: str, bio_line: str) -> str | None:
    """The writer an author box under the text names, `name_line` a person's name of two words or more and `bio_line`
    a bio of `_MIN_BIO_WORDS` words or more opening with a newsroom's role (`_NEWSROOM_ROLE_WORDS`), no credit's label
    among its first words (`Editor: <name>`) and no reporting verb; None for a desk's, a rubric's, a place's, an
    outlet's or a label's words."""
    name = bare_name(name_line)  # the cheap test first: most lines of a text are no name
    if name is None or " " not in name:
        return None
    words = bio_line.split()
    opening = [word.strip(".,;").lower() for word in words[:_MAX_WORDS_BEFORE_BIO_ROLE]]
    if len(words) < _MIN_BIO_WORDS or any(":" in word for word in words[:_MAX_WORDS_BEFORE_BIO_ROLE]) \
            or _NEWSROOM_ROLE_WORDS.isdisjoint(opening) \
            or not _REPORTING_WORDS.isdisjoint(word.strip(".,;\"'“”").lower() for word in words):
        return None
    if is_desk(name) or names_a_rubric(name):
        return None
    lowered = {word.strip(".") for word in name.lower().split()}
    if not _OUTLET_WORDS.isdisjoint(lowered) or any(is_label_word(word) for word in lowered) \
            or is_gazetted(name) or is_region(name):
        return None
    return name


def closing_plain_name(line: str) -> str | None:
    """`line` when it is a writer's name alone in title case, three words or more, closing the text (Laporannews's
    `Indah Putri Wahyuningsih` under the last paragraph), else None. Two words are left: a closing wish or a rubric reads
    so too (`Semoga Bermanfaat`); a desk's, a place's, an outlet's or a label's words are no writer's."""
    name = bare_name(line)
    if name is None or name.count(" ") < 2 or any(char.isdigit() for char in name) or is_desk(name) \
            or names_a_rubric(name) or not all(word[:1].isupper() and not word.isupper() for word in name.split()):
        return None
    words = {word.strip(".") for word in name.lower().split()}
    if not (_OUTLET_WORDS.isdisjoint(words) and _CLOSING_WISHES.isdisjoint(words) and SENTENCE_WORDS.isdisjoint(words)
            and _FUNCTION_WORDS.isdisjoint(words)) \
            or any(is_label_word(word) for word in words) or is_gazetted(name) or is_region(name):
        return None
    return name


# English words no one's name holds: a comment box's button in title case (`Add Your Comment` under `No Comment.` on a
# blog) is no writer.
_FUNCTION_WORDS = frozenset("the a an of to and or for with your my our his her their this that in on at by from "
                            "is are be".split())


_MAX_LABEL_CHARS = 30  # `Artikel ini ditulis oleh:` written out as a sentence's head
_MAX_BARE_NAME_CHARS = 60
_BARE_NAME = re.compile(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,4}")


def without_bio(name: str) -> str:
    """`name` without the role or affiliation a byline prints after it, from the first capitalised role word on
    (`Mohammad Rifqi. Mahasiswa UIN Sunan Kalijaga Yogyakarta`, `Andika Putra Pratama Mahasiswa S1 Manajemen`)."""
    words = name.split()
    for index in range(1, len(words)):
        word = words[index]
        if word[0].isupper() and word.strip(".,").lower() in _ROLE_WORDS:
            return " ".join(words[:index]).rstrip(".,")
    return name


# A columnist's bio opening with the name, the verb and the role after it (Tempo English's columns 2009: `Bramantyo
# Prijosusilo is a writer based in Ngawa, East Java.`; `<name> adalah dosen ...`). A person's role must follow within a
# few words: a topic's definition under its heading opens the same way (`Hari Santri adalah hari ...`, `Universitas
# Indonesia merupakan universitas ...`), its noun no one's role.
_BIO_VERB = re.compile(r",?\s+(?:(?:is|was)\s+(?:an?\s+|the\s+)?|(?:adalah|merupakan|ialah)\s+(?:seorang\s+)?)",
                       re.IGNORECASE)
_BIO_ROLE_WORDS = frozenset(
    "dosen mahasiswa mahasiswi ketua peneliti pengamat guru direktur alumni alumnus pegiat aktivis praktisi pemerhati "
    "penulis wartawan redaktur jurnalis pendiri pengajar rektor dekan kolumnis akademisi ekonom analis budayawan "
    "sastrawan sejarawan pengacara advokat lecturer student researcher director writer journalist columnist analyst "
    "professor fellow economist observer activist author editor reporter teacher lawyer scholar".split())
_MAX_WORDS_BEFORE_BIO_ROLE = 3  # `is a senior lecturer`, `adalah dosen`: the role within the verb's first words


def introduces_writer(name: str, line: str) -> bool:
    """`line` opens with `name` and goes on with the verb and a person's role (`_BIO_VERB`): a columnist's bio."""
    if not line.startswith(name) or (verb := _BIO_VERB.match(line, len(name))) is None:
        return False
    words = line[verb.end():].split(maxsplit=_MAX_WORDS_BEFORE_BIO_ROLE)[:_MAX_WORDS_BEFORE_BIO_ROLE]
    return any(word.strip(".,;:").lower() in _BIO_ROLE_WORDS for word in words)


def opens_with_role(name: str) -> bool:
    """`name` gives the writer's role first (a column's `Catatan : Ketua JMSI Kaltim M.Sukri`): where the role ends and
    the name begins no capital tells, so it names nobody."""
    first = name.split(maxsplit=1)[0].strip(".,").lower() if name.strip() else ""
    return first in _ROLE_WORDS


def without_role(name: str) -> str:
    """`Kontributor Lhokseumawe, Masriadi` → `Masriadi`: a role before the comma is not the name."""
    role, comma, rest = name.partition(",")
    if comma and rest.strip() and role.split()[0].lower() in _ROLES:
        return rest.strip()
    return name


# A desk, an office or the site's account signing for the story (`Penulis: Redaksi`, `Editor: Tim Redaksi`, `Oleh: Humas
# UGM`, `Penulis: Humas Pemkab Bantul`, `Reporter: Tim Liputan`, `Reporter: Admin`, `Pewarta: Adv`, the advertising desk's
# `Penulis: Iklan Bangkapos`, an office's unit: a tax office's `Penulis : Tim Seksi Hukum dan Informasi`, a fact-check
# desk: Kompas's `Tim Cek Fakta` over `Penulis`): nobody's name.
# Nor is a role and a bureau's region where a name would stand (an ANTARA bureau's `Editor: Editor Papua`); with a name
# after the comma it is a contributor's (`Kontributor Baubau, <name>`). Nor is a press-release wire's name (ANTARA's
# releases: `Editor: PR Wire`, `Pewarta: prnewswire`). Nor is a job's title in English where the name would stand
# (Tribunnews 2020: `Editor: Content Writer`; `Penulis: Staff Writer`, `Editor: Web Admin`), nor a team's name
# (`Penulis: Editorial Team`), nor an outlet's team, the outlet written as its brand writes itself after `Tim`: in small
# letters, in capitals or as its domain (a detik story's credit copied with its desk: `Reporter : Tim detikcom -
# detikFinance`; `Reporter: Tim KONTAN`, `Reporter : Tim JawaPos.com`), no surname's spelling; a particle before a
# surname stays a name's (`Tim van Gelder`).
_DESK = re.compile(r"(?:tim\s+)?(?:redaksi|admin|administrator|humas|diskominfo|kominfo|prokopim|iklan|advertorial)\b"
                   r"|tim\s+(?:liputan|peliput|penulis|wartawan|jurnalis|reporter|kreatif|media|publikasi|komunikasi"
                   r"|seksi|bidang|bagian|subbagian|unit|cek\s+fakta|pemeriksa\s+fakta)\b"
                   r"|tim\s+(?-i:(?!(?:van|von|de|der|den|du|da|di|la|le|bin|binti|al)\b)[a-z]{3,}\w*"
                   r"|[A-Z]{3,}\b|[\w-]{2,30}\.(?:com|co\.id|id|net)\b)"
                   r"|(?:tim|adv|rilis|rls)$"
                   r"|(?:editor|redaktur|penyunting|pewarta|penulis|reporter|wartawan|kontributor|koresponden|jurnalis)"
                   r"\b[^,]{0,60}$"
                   r"|(?:[\w.-]{1,20}\s){0,2}(?:\w{0,8}news)?wire$"
                   r"|(?:content|staff|guest|copy|web|news|desk|digital|editorial|managing|senior|social\s+media)\s+"
                   r"(?:writer|editor|admin|team|desk|reporter)$"
                   r"|(?:[\w.-]{1,20}\s){0,2}team$", re.IGNORECASE)


# An agency's photo service before its photographer, as a caption credits a picture (`ANTARA FOTO/<name>`, `Antara
# Foto/<name>`): a photo story's label over it (`Pewarta: ANTARA FOTO/<name>`) names the picture's maker, no writer.
_PHOTO_SERVICE = re.compile(r"[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2} (?:FOTO|Foto|PHOTO|Photo) ?/")
# A writer's or editor's code where a name would stand (`Penulis: ads | Editor: dn`): one word of two to four small
# letters names no one; nor does a longer account name in small letters opening on three consonants, as no name's word
# does (ANTARA's press-release account: `Pewarta: prwir`).
_CODE_NAME = re.compile(r"[a-z]{2,4}|[b-df-gj-np-tv-xz]{3}[a-z]{2,9}")
_MIN_AGENCY_SIGN = 3  # `ANT`: two letters are anyone's initials


def signs_for_an_agency(name: str) -> bool:
    """`name`, where a writer's name would stand, is the sign an agency puts to its copy: the first letters of a name
    the agency table spells in capitals (ANTARA English: `Reporter: ANT`; `Pewarta: Ant`), alone or before the wires
    it came through (`Pewarta: Ant/Xinhua`). The agency's whole name stays the credit it is (KBR's `AUTHOR / KBR`)."""
    if "/" in name:
        parts = [part.strip() for part in name.split("/")]
        return signs_for_an_agency(parts[0]) and all(agency_name(part) or signs_for_an_agency(part)
                                                     for part in parts[1:])
    return name.isalpha() and (name.isupper() or name.istitle()) and _MIN_AGENCY_SIGN <= len(name) \
        and any(agency.isupper() and len(agency) > len(name) and agency.startswith(name.upper()) for agency in AGENCIES)


# A local government's media centre signing for its copy where the writer's name would stand, before the region it
# serves (InfoPublik 2022: `Penulis : MC KOTA PADANG , Redaktur : Tobari`; `MC Kab. Bantul`, `MMC Kalteng`), or by its
# whole name (`Penulis: Media Center`): an office, no one's name. `MC` before a word that names no place stays a
# name's initials (`MC Hakim`); in small letters it is a surname's particle (`Mc Carthy`).
_MEDIA_CENTRE = re.compile(r"(?:(?P<initials>M?MC)|(?i:media\s+cent(?:er|re)))(?:\s+(?P<served>\S.{0,40}))?$")
_PROVINCE_WORD = re.compile(r"prov(?:insi|\.)?\s+", re.IGNORECASE)


def is_media_centre(name: str) -> bool:
    """`name` is a media centre's (`_MEDIA_CENTRE`): its whole name, or its initials before the place it serves."""
    centre = _MEDIA_CENTRE.match(name.strip(" ,"))
    if centre is None:
        return False
    if centre["served"] is None:
        return centre["initials"] is None
    served = _PROVINCE_WORD.sub("", centre["served"].strip(" ,"), count=1)
    return is_gazetted(served) or is_region(served)


def is_desk(name: str) -> bool:
    """`name` is a desk's, an office's or the site's account's (`_DESK`), a media centre's (`is_media_centre`), no
    person's."""
    return _DESK.match(name) is not None or is_media_centre(name)


_ROLES = frozenset({"kontributor", "koresponden", "wartawan", "jurnalis", "tim", "reporter", "contributor",
                    "correspondent"})


def find_editor(text: str) -> str | None:
    """`Editor : <name>` / `Editor: <name>` in a header text; a desk or a job's title where the name would stand
    names nobody (Tribunnews 2020: `Editor: Content Writer`)."""
    match = _EDITOR.search(text[:MAX_BLOCK_SCAN])
    return name if match and (name := _VIEWS_AFTER_NAME.sub("", match["name"].strip())) \
        and not _CODE_NAME.fullmatch(name) and not is_desk(name) else None


def opinion_author(block: Block, following: Block | None = None) -> str | None:
    """The writer an opinion byline opening `block` names (`Oleh: <Name>*`, `By <Name>, <role>`, `بقلم:`, `Catatan:
    <Name>`), or the `following` block when the label stands alone, the name under it (a column's `Oleh:` over `M Rodhi
    Aulia`); else None."""
    text = bracketed["byline"] if (bracketed := _BRACKETED_BYLINE.match(block.text)) else block.text
    # A labelled byline run into its text, the block longer than a byline (a KPU column's `Oleh ; Weweng Maretno,S.Sos
    # (Div Teknis Penyelenggaraan) Cilacap (03/01/2021). Gubernur Jawa Tengah ...`): its head alone is read, for a
    # capitalised name after the label; no other byline's shape runs on so.
    run_on = len(text) > _MAX_BYLINE_CHARS
    if run_on:
        text = text[:_MAX_BYLINE_CHARS]
    match = _OPINION_BYLINE.match(text)
    if run_on and (match is None or not match["rest"].lstrip(" *)")[:1].isupper()):
        return None
    if match and not match["rest"].strip() and following is not None and (name := bare_name(following.text)):
        return None if is_desk(name) else name
    # ...or the label alone without its colon, the name on the next line (Kompas.id's header: `Oleh` over `Sutta
    # Dharmasaputra` over `· 1 menit baca`): a sentence never stops at the word.
    if following is not None and text.strip().lower() == "oleh" and (name := bare_name(following.text)):
        return None if is_desk(name) else name
    if match:
        rest = match["rest"]
        for link in block.links:  # a linked name is the name, whatever text surrounds it
            if link.text and link.text in rest:
                return link.text.strip(" *,")
        rest = _NOTE_MARK.sub("", rest)
        listed = _CO_WRITERS.match(rest)
        if listed and _NAME_END.match(rest, listed.end()) and _ROLE_WORDS.isdisjoint(listed.group().lower().split()):
            return None if any(_names_no_writer(part, team_word=True) for part in _CO_WRITER_JOINS.split(
                listed.group())) else listed.group()
        end = _NAME_END.search(rest).start()
        if (sentence := _SENTENCE_AFTER_NAME.search(rest, 0, end)) \
                and sentence["last"].lower() not in _NAME_ABBREVIATIONS:
            end = sentence.end("last")
        # A closing full stop belongs to the initials before it (`Oleh : Suyono HS. *`), not to the name.
        name = without_bio(rest[:end].strip(" *")).rstrip(".")
        return name if name and not _names_no_writer(name, team_word=True) and not opens_with_role(name) else None
    if (bare := _BARE_OPINION_BYLINE.match(text)) is not None:
        name = without_bio(bare["name"])
        if bare["second"] is not None:
            second = without_bio(bare["second"])
            # Offices joined so name no writer (`Oleh Polres Bogor dan Kodim Bogor`).
            words = set(f"{name} {second}".lower().split())
            return None if any(_names_no_writer(part, team_word=True) or opens_with_role(part)
                               for part in (name, second)) or not (
                _OUTLET_WORDS.isdisjoint(words) and SENTENCE_WORDS.isdisjoint(words)) else f"{name}, {second}"
        return None if _names_no_writer(name, team_word=True) or opens_with_role(name) else name
    if (notes := _NOTES_BYLINE.match(text)) is not None:
        name, words = notes["name"], set(notes["name"].lower().split())
        return None if is_desk(name) or opens_with_role(name) or not _OUTLET_WORDS.isdisjoint(words) \
            or not SENTENCE_WORDS.isdisjoint(words) else name
    match = _ENGLISH_BYLINE.match(text)
    return match["name"].strip() if match and not _names_no_writer(match["name"]) else None


def lone_word_byline(text: str) -> str | None:
    """The one-word name a bare `Oleh <Name>` block gives (`_LONE_WORD_BYLINE`), for the caller to take where a dateline
    opens the block under it; None for a desk's, a team's or a rubric's word (`Oleh Redaksi`), an agency's, an
    outlet's or a place's name (`Oleh Antara`, `Oleh Jakarta`) or the label twice."""
    match = _LONE_WORD_BYLINE.match(text.strip())
    if match is None or match["name"].lower() == "oleh":
        return None
    name = match["name"]
    return None if _names_no_writer(name, team_word=True) or opens_with_role(name) or agency_name(name) is not None \
        or names_an_outlet(name) or is_gazetted(name) or is_region(name) else name


# A byline's label over a desk, a staff role or a rubric's heading where the name would stand (`By Staff Writer`, `By
# Special Correspondent`, `By Our Reporter`, `By: Editorial Team`, `Oleh: Khutbah Jumat`, `Oleh: Tim Kajian Ramadhan`,
# the editorial board's `بقلم: هيئة التحرير`): no writer. `Tim` is an English first name after `By` (`By Tim Lister`).
_DESK_BYLINE_WORDS = frozenset("correspondent correspondents reporter reporters bureau staff desk team editorial editors "
                               "التحرير".split())


_CO_WRITER_JOINS = re.compile(r"\s*(?:,|&|\band\b|\bdan\b)\s*")


def _names_no_writer(name: str, *, team_word: bool = False) -> bool:
    """`name`, after a byline's label, is a desk's, a staff role's or a rubric's heading (`_DESK_BYLINE_WORDS`); with
    `team_word` (an Indonesian label: `Oleh`) a name opening with `Tim` is a team's too."""
    words = name.lower().split()
    return is_desk(name) or names_a_rubric(name) or not _DESK_BYLINE_WORDS.isdisjoint(words) or (
        team_word and len(words) > 1 and words[0] == "tim")


# A headline closing on its writer's labelled byline in brackets (MINA's columns: `Usaha Mewujudkan Umat Terbaik (Oleh:
# Imaam Yakhsyallah Mansur)`). The colon makes it a byline: without it the bracket may say who did what (`Harga Naik
# (Oleh Pemerintah Pusat)`).
_HEADLINE_BYLINE = re.compile(r"\S\s*\(\s*(?:Oleh|By)\s*:\s*(?P<name>[^()]{3,80}?)\s*\)\s*$", re.IGNORECASE)
# ...or an Arabic column's headline closing on `بقلم:` ("by the pen of") and the name, no brackets round it (Dunya
# al-Watan's opinion pages: `للقدسِ كُلّ الحُبِّ بقلم: عطا الله شاهين`; Shfa 2019: `كلمة إلى من يهمه الأمر…بقلم : سمير
# الجندي`): the headline's words before the label, the colon after it and Arabic words only after it, up to five (a
# doctor's `د.` among them).
_ARABIC_HEADLINE_BYLINE = re.compile(r"[\u0621-\u064A\u064B-\u0652.…!?؟]\s*بقلم\s*:\s*"
                                     r"(?P<name>[\u0621-\u064A][\u0621-\u064A\u064B-\u0652.]*"
                                     r"(?:\s[\u0621-\u064A][\u0621-\u064A\u064B-\u0652.]*){1,4})\s*$")


def headline_byline(title: str) -> str | None:
    """The writer a headline names in brackets at its end (`<Headline> (Oleh: <Name>)`), or after an Arabic column's
    label closing it (`<Headline> بقلم: <Name>`), read as an opinion byline is; else None."""
    if match := _HEADLINE_BYLINE.search(title):
        return opinion_author(Block("Oleh: " + match["name"]))
    match = _ARABIC_HEADLINE_BYLINE.search(title)
    return opinion_author(Block("بقلم: " + match["name"])) if match else None


def closing_byline(line: str) -> str | None:
    """The writer a closing byline names (`Agus Siswanto - 20DETIK`, `Budi Santoso - Tribunnews.com`), else None; a
    rubric's heading before the outlet names nobody (`Cek Fakta - kompas.com`)."""
    match = _CLOSING_BYLINE.match(line)
    if match is None and (column := _COLUMN_BYLINE.match(line)) and _AFFILIATION_MARK.search(column["affiliation"]):
        match = column
    # ...nor does a place's (`Jawa Tengah - Tribunnews.com`, a regional page's heading).
    return match["name"] if match and not (names_a_rubric(match["name"]) or is_gazetted(match["name"])
                                           or is_region(match["name"])) else None


# A column's closing footnote naming its writer, then the writer's role after a comma (`*) Penulis adalah Benny
# Setiawan, mahasiswa fakultas Syari'ah ...`): the name is the capitalised words before the comma; a note giving only
# a role names nobody (`*Penulis adalah Ketua Himpunan ...`, `*Penulis adalah seorang ...`).
_WRITER_NOTE = re.compile(r"^\*{1,3}\)?\s*Penulis\s+adalah\s+(?P<name>[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,4})\s*,")


def closing_note_writer(line: str) -> str | None:
    """The writer a column's closing footnote names (`_WRITER_NOTE`), else None."""
    match = _WRITER_NOTE.match(line[:_MAX_BYLINE_CHARS])
    if match is None:
        return None
    name = match["name"]
    return None if is_desk(name) or not _ROLE_WORDS.isdisjoint(name.lower().split()) else name


def closing_name(line: str) -> str | None:
    """`line` when it is a reporter's name in capitals closing the article (`ANTON SEPTIAN`), else None. A rubric's or
    a greeting's words in capitals close texts too (`JUMAT BERKAH`, `TERIMA KASIH`, `SEMOGA BERMANFAAT`), as do a
    place's (`KOTA BOGOR`) and an office's or outlet's (`DINAS KESEHATAN`, `HUMAS POLRES`): no writer's."""
    if " | " in line and _CLOSING_NAMES.match(line):
        # An agency's or paper's name among them credits the copy (`AYU PRIMA SANDI | ANTARA`): the line still closes
        # the story, its author the first person.
        names = [name for name in line.split(" | ") if not (agency_name(name) or names_an_outlet(name))]
        return names[0] if names and all(_is_closing_person(name) for name in names) else None
    return line if _CLOSING_NAME.match(line) and _is_closing_person(line) else None


def _is_closing_person(line: str) -> bool:
    """Whether a name in capitals is a person's, not a rubric's, a greeting's, a place's or an office's."""
    words = {word.strip(".") for word in line.lower().split()}
    if names_a_rubric(line) or is_desk(line) or not (_OUTLET_WORDS.isdisjoint(words) and _CLOSING_WISHES.isdisjoint(
            words)) or is_gazetted(line.title()) or is_region(line.title()):
        return False
    return True


def closing_code(text: str, profile: SiteProfile, *, whole: bool = True) -> dict | None:
    """The editorial code a block consists of (`(kpl/sry)`, the site's own: ANTARA's `(C003)`), or closes when not
    `whole`; None otherwise: a lone `(foto)` is not one."""
    remaining, signature = split_signature(text, profile)
    raw = signature["raw"] if signature is not None else ""
    parted = _CODE_SEPARATOR.search(raw) is not None
    return signature if raw and not (whole and remaining) and (parted or any(c.isdigit() for c in raw)) else None


# A byline naming the outlet itself, no writer, before the update's label (Liputan6's AMP pages of 2010: `oleh Liputan6
# diperbarui 13 Des 2010, 11:03 WIB` under the summary): the header's line, its writer the desk.
# ...or naming a team's writers, their names run together where the page's links stood apart (Liputan6's 2021
# reports: `oleh Nanda Perdana PutraDelvira HutabaratMuhammad Radityo PriyasmoroYopi Makdori diperbarui 20 Agu 2021,
# 15:35 WIB` under the summary), each word capitalised: too long for one writer's name, still the header's line.
_DESK_BEFORE_UPDATE = re.compile(r"(?:oleh|by)\s+(?:[\w.-]{2,30}|(?-i:[A-Z])[\w.'’-]{1,40}(?:\s+(?-i:[A-Z])[\w.'’-]{1,40}){1,9})"
                                 r"\s+(?:terakhir\s+)?(?:diperbarui|diperbaharui|diupdate|updated)\s*:?\s*",
                                 re.IGNORECASE)


def is_header_line(text: str) -> bool:
    """A copy of the header byline inside the body container (`<Author> - <date> WIB`, `SENIN, 21 FEBRUARI 2011 |
    13:12 WIB | LAPORAN: <NAME>`)."""
    if len(text) > 160:
        return False
    if not _HEADER_TAIL.search(text[-_HEADER_TAIL_CHARS:]):
        return _is_time_then_credit(text)
    if "WIB" in text or "WIT" in text:
        text = _ZONE_GLUED_TO_LABEL.sub(" ", text)
    header = parse_header_line(text)
    if header is not None and header.updated_when is not None and _is_labelled_time_pair(text, header):
        return True
    if header is None or not text.endswith(header.when):
        return False
    prefix = text[: -len(header.when)]
    # Before the time: the byline's author, nothing, the time's own label (`Diperbarui: 28 September 2020 03:01`) or
    # the outlet's domain (Kompas's `Kompas.com - 05/10/2019, 21:15 WIB`), a full stop else being a sentence's.
    outlet = "." in prefix and _OUTLET_DOMAIN.fullmatch(prefix.strip(" -–—|")) is not None
    if header.updated and header.author is None and _DESK_BEFORE_UPDATE.fullmatch(prefix) is not None:
        return True
    return len(prefix) <= 80 and ("." not in prefix or outlet) and (
        header.author is not None or not prefix.strip(" -–—|") or _TIME_LABEL.match(prefix.strip()) is not None)


def _is_labelled_time_pair(text: str, header: HeaderByline) -> bool:
    """The line is an update's time and the publication's, each after its own label and nothing else (Liputan6's
    `Diperbarui 16 Mar 2013, 12:59 WIB Diterbitkan 16 Mar 2013, 12:59 WIB`, `Diterbitkan ... · Diperbarui ...`)."""
    rest = fold(text).replace(header.when, "|").replace(header.updated_when or header.when, "|")
    labels = [part for part in _TIME_PAIR_PARTS.split(rest) if part]
    return len(labels) == 2 and all(_TIME_LABEL.match(label) is not None for label in labels)


def _is_time_then_credit(text: str) -> bool:
    """The time opening the line and a labelled credit after it, parted by a bar (RMOL's AMP header `RABU, 19
    NOVEMBER 2025 | 14:15 WIB | LAPORAN: <NAME>`): the header's copy, the writer being the credit's."""
    if "|" not in text:
        return False
    header = parse_header_line(text)
    if header is None or header.author is None or header.relative:
        return False
    start = text.find(header.when)
    return start >= 0 and not text[:start].strip(" -–—|•") and text[start + len(header.when):].lstrip().startswith("|")


def header_line_author(text: str) -> str | None:
    """The author a copy of the header byline names (`Oleh <name> <day, date> WIB`), else None."""
    header = parse_header_line(text) if is_header_line(text) else None
    if header is None or header.author is None or _OUTLET_DOMAIN.fullmatch(header.author):
        return None
    return header.author

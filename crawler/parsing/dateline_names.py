"""What a name read where a dateline's place or agency stands is: a place (`is_place_name`, `is_known_place`,
`is_listed_place`, and a district where the form says a place stands: `is_listed_or_district`), an outlet missing from
the agency table (`is_outlet_name`, `says_outlet`), a byline run into the place, or a sentence's first word, a weekday
or a month."""

from __future__ import annotations

import re

from crawler.parsing.agencies import Aliases, agency_name
from crawler.parsing.dateline_forms import (
    ARABIC_BRAND_WORD,
    CAMEL_START,
    COMPOUND_PLACE,
    DOMAIN_TOKEN,
    LOWER_NAME,
    NAMED_OUTLET_WORD,
    OUTLET_WORD_TOKEN,
)
from crawler.parsing.dates import month_number, weekday_number
from crawler.parsing.places import is_district, is_gazetted, is_place_word
from crawler.parsing.regions import CITY_NAMES, glues_province, is_region

# An outlet's name glued to its word (`TIMESINDONESIA`, `PRFMNEWS`, `IDXChannel`, `BeritaBintang`, `WARTABANGKA`,
# `10Berita`, `MALANGVOICE`): a word of capitals, or of a capital and lower-case letters, or a number, that opens or
# closes with one of these (`POS` would take `POSO`, a regency; `WARTA` and three letters a journalist, `WARTAWAN`;
# `RAKYAT`, the people, closes `PEDOMANRAKYAT`, and `SATU`, one, `POJOKSATU`: a district's `Muara Satu` is written
# apart); or in capitals opens with a word no place's name opens with
# (`LIPUTANSBM`, `KLIKINAJA`, `INFOSEKAYU`, `RADARMETROPOLIS`, Pikiran Rakyat's network's `JURNALGAYA`; `JURNALIS`
# is a word), or in title case closes with `news`, `online`, `info`, `pos` or `post` in lower case (`Zuritnews`,
# `Muliainfo, Sulsel -`, `Merdekapos, Rokan Hulu –`: no place's name ends so after three letters; `Tapos`, a district
# of Depok, has two), or opens with `Info` or `Berita` glued to a word in lower case (infonusantara.net's
# `Infonusantara, PADANG --`: no place's name opens so; `Informasi` is a word).
_GLUED_OUTLET = re.compile(r"(?:TIMES|NEWS|ONLINE|CHANNEL|EKSPRES|EXPRESS|BERITA|MEDIA|RADIO)[A-Z]{2,}|WARTA[A-Z]{4,}"
                           r"|(?:LIPUTAN|KLIK|INFO|JURNAL(?!IS))[A-Z0-9]{2,}|RADAR[A-Z]{4,}"
                           r"|[A-Z][a-z]{2,20}(?:news|online|info|pos|post)"
                           r"|Info(?!rm)[a-z]{4,20}|Berita[a-z]{4,20}"
                           r"|[A-Z]{2,}(?:TIMES|NEWS|ONLINE|CHANNEL|EKSPRES|EXPRESS|MEDIA|RADIO|RAKYAT|VOICE|SATU)"
                           r"|(?:Times|News|Online|Channel|Berita|Media|Radio|Warta)[A-Z][a-z]{2,}"
                           r"|[A-Z][A-Za-z]{1,20}(?:Times|News|Online|Channel|Ekspres|Express|Media|Radio)"
                           r"|\d{1,4}(?:Times|News|Online|Channel|Berita|Media|Radio)"
                           # or between a brand's word and its place's, each capitalised (`TribrataNewsDelISerdang`, a
                           # police desk's site)
                           r"|[A-Z][a-z]{2,20}(?:Times|News|Online|Channel|Media)[A-Z][A-Za-z]{2,20}")

# Words that open ordinary sentences and lists, never a place: `Ini - itu`, `Senin - Jumat`, `Kemarin, ...`; and photo
# captions' labels (`Ilustrasi - Seorang anak ...`, `Arsip foto - ...`, `Tangkapan layar - ...`, `TEKS FOTO: ...`), and
# a credit's (`Laporan Wartawan ...`, `Humas Polres ... -`); a rubric's name where an outlet's dateline puts its place
# (`PIFA.CO.ID, LOKAL - ...`), and the words a caption's label in capitals opens with (`MASYARAKAT ADAT - Ketua ...`,
# `RESMIKAN KANTOR DESA - Bupati ...`, `ANGGOTA DEWAN: ...`); `rakyat`, the people, opens outlets' names
# (`Rakyat Merdeka - ...`, `Rakyat Aceh`), never a place's; and a paid or featured story's label where a dateline
# would stand (`ADVERTORIAL - ...`, `SIARAN PERS - ...`, `KILAS BALIK - ...`, `GEMPA BUMI - ...`).
_NOT_PLACES = frozenset("""
ini itu dia ia kami kita saya aku mereka beliau anda namun tetapi tapi dan atau serta menurut sementara
selain oleh dalam untuk pada di ke dari yang para sebuah seorang salah hal ada tidak bukan jadi maka karena
sedangkan adapun berikut baca lihat simak foto video editor catatan update info tips cara daftar harga jadwal
berita kabar the this that but and in on at by for from with breaking live sumber keterangan penulis reporter
pewarta redaktur oleh penyunting halaman bagian perhatian pengumuman penting eksklusif exclusive hoaks hoax salah
fakta cek klarifikasi opini editorial kolom analisis wawancara terkini terbaru tanya jawab pertanyaan jawaban
kesimpulan lokasi waktu tanggal tempat peringatan disclaimer note kemarin besok sekarang rilis
ilustrasi illustration arsip dokumentasi tangkapan teks laporan humas
lokal nasional internasional regional ekonomi bisnis olahraga hiburan politik hukum kriminal pendidikan kesehatan
teknologi otomotif semarak masyarakat warga anggota resmikan peresmian pelantikan kunjungan rapat sidang banjir
kebakaran kecelakaan tersangka korban petugas rakyat
advertorial adv pariwara siaran promosi sponsored infografis galeri kilas sekilas sorotan fokus sosok profil
ulasan resensi renungan inspirasi viral headline topik feature gempa
""".split())

# An official's title opening the words before a dash, the official's name after it (`Kabag Ops Polres Blitar Kota –
# Kompol Agus Tri mengatakan ...`, `Ketua Bawaslu Kabupaten Blitar – Nur Ida Fitria membenarkan ...`, a radio
# newsroom's lead): the office and its body's place, no dateline. Some are words of places' names too (`Kasi`, a
# district; `Kepala Batas`, a town in Penang): a listed place or district so named stays a place, and a title that is a
# place's word needs the office's body too (`Kepala Dinas Sosial Kabupaten Lebak`), three words at least.
_OFFICE_TITLES = frozenset("""
ketua wakil kepala sekretaris sekda direktur kabag kabid kasi kasubag kasubbag kasat kasatreskrim kanit kapolres
kapolresta kapolsek kapolda kadis kajari kajati dandim danrem danramil pangdam camat lurah kades sekdes bupati
walikota gubernur rektor dekan plt
""".split())
# A school's kind ends its English name (`MALIKI ISLAMIC UNIVERSITY - Rektor UIN Malang ...`, a campus site's desk
# signing its news) and opens its Indonesian or Malay one (`Universitas Brawijaya`, `Universiti Malaya`, `Institut
# Teknologi Bandung`): a campus, no place. `University Park` and `University City` open with the English word, as places'
# names do.
_SCHOOL_LAST_WORDS = frozenset({"university", "universities", "institute", "polytechnic"})
_SCHOOL_FIRST_WORDS = frozenset({"universitas", "universiti", "institut", "politeknik"})
_PLACE_NAME = re.compile(COMPOUND_PLACE)
_GLUED_CAPITAL = re.compile(r"[a-z]{3}[A-Z]")  # `MetroPalembang`; `McAllen`, `DeKalb` are places
_WORD_START = re.compile(r"\S+")
_BYLINE_WORDS = frozenset({"oleh", "by"})
# An English sentence opening after a dateline's dash (`The ...`, `An armed group ...`, `Under the ...`, `Indonesian
# police said ...`).
_ENGLISH_NEXT = re.compile(r"[ \t]{0,3}(?:(?:The|A|An|Since|After|Last|When|While|Despite|Amid|Following|According)\b"
                           r"|[A-Z][a-z]+ (?:[a-z]{2,12} )?"
                           r"(?:the|a|an|of|in|on|at|to|for|from|with|has|have|had|is|are|was|were|said|will)\b)")
# Or one opening with a name of several words (`Jakarta Governor Anies Baswedan said ...`, `President Joko Widodo's
# government has ...`): read only where a writer's name and a city stand before the dash, as a place's name alone
# before such a sentence is no byline (`Tana Toraja – Tourism Minister ... said`).
_ENGLISH_AFTER_NAMES = re.compile(r"[ \t]{0,3}(?:[A-Z][A-Za-z'’.-]{0,30} ){2,4}(?:[a-z]{2,12} )?"
                                  r"(?:the|a|an|of|in|on|at|to|for|from|with|has|have|had|is|are|was|were|said|will)\b")
_CITIES = frozenset(name.lower() for name in CITY_NAMES)


def is_place_name(name: str) -> bool:
    """`name` is a province or country, or a place name of a shape no person's name has (`Banda Aceh`, `Jakarta
    Pusat`, `Kuala Lumpur`, `Rio de Janeiro`)."""
    return is_region(name) or _PLACE_NAME.fullmatch(name.strip()) is not None


def byline_length(place: str) -> int:
    """How much of a dateline's place is the byline glued before it (`Oleh Wuryanti Puspitasari Jakarta (Antara) -`,
    a byline element run into the lead): `Oleh` or `By`, a name, then the place, the longest known one ending the
    words (`is_known_place`), else the last word. 0 when the place opens with no byline."""
    words = list(_WORD_START.finditer(place.split(",")[0]))
    if len(words) < 3 or words[0][0].lower() not in _BYLINE_WORDS:
        return 0
    for word in words[2:]:  # the name has one word at least
        if is_known_place(place[word.start():].split(",")[0]):
            return word.start()
    return words[-1].start()


# A front page's headline run into the dateline in capitals after it (`Longsor Di Sibolga, Satu Keluarga Tewas SIBOLGA
# (Waspada): ...`, a print edition's page flattened): a word in lower case, then the place in capitals.
_HEADLINE_BEFORE_CAPITALS = re.compile(r"[^\n]{0,120}?[a-z][.!?]? (?=(?P<place>[A-Z][A-Z'.-]{3,}(?: [A-Z][A-Z'.-]+){0,3})"
                                       r"(?:,|\Z))")


def headline_length(place: str) -> int:
    """How much of a dateline's place is a headline run into it: words with lower-case letters before a listed place
    written in capitals (`headline_length("Longsor Di Sibolga, Satu Keluarga Tewas SIBOLGA")` is where `SIBOLGA`
    starts), as no place's name mixes its cases so. 0 when the place opens with no headline."""
    run = _HEADLINE_BEFORE_CAPITALS.match(place)
    return run.end() if run is not None and is_listed_place(run["place"]) else 0


def digest_byline(place: str, folded: str, end: int) -> int | None:
    """How much of a place-only dateline is the byline an English digest writes in its stead, when an English sentence
    follows the dash: a name of two words or more before a known city that is no region (`Safrin La Batu, Jakarta – The
    military ...`); None when the whole is a name in title case of two words or more that is no known place (`Len
    Garae – The Chairman ...`). 0 when the place is the place."""
    english = _ENGLISH_NEXT.match(folded, end) is not None
    parts = place.split(",")
    if not (english or len(parts) == 2 and _ENGLISH_AFTER_NAMES.match(folded, end)):
        return 0
    if len(parts) == 1:
        # A city abroad of several words is no writer's name either (`Bandar Seri Begawan - A Pipe leak ...`, a
        # Brunei paper's English copy): a listed place, as `is_known_place` knows only the cities of `CITY_NAMES`.
        known = (place.isupper() or len(place.split()) < 2 or is_listed_place(place)
                 or "/" in place and joins_places(place))
        return 0 if known else None
    first, last = parts[0].strip(), parts[-1].strip()
    if (len(parts) == 2 and (last.lower() in _CITIES and not is_region(last) or "/" in last and joins_places(last))
            and len(first.split()) >= 2
            and not is_known_place(first)):
        return place.rindex(last)
    return 0

def glued_byline(place: str) -> int:
    """How much of a place-only dateline of one part is a writer's name glued before a listed place (`Victor Mambor
    Jayapura – ...`): two words or more in title case that no listed place's name has (`is_place_word`), then the place.
    0 when there is none (`Kota Baru Jakarta`, `Jakarta Pusat`)."""
    if "," in place:
        return 0
    words = list(_WORD_START.finditer(place))
    for cut in range(2, len(words)):
        head = [word[0] for word in words[:cut]]
        if not all(word[:1].isupper() and word[1:].islower() and not is_place_word(word) for word in head):
            return 0
        if is_listed_place(place[words[cut].start():]):
            return words[cut].start()
    return 0


def is_day_word(word: str) -> bool:
    """A weekday or a month name (`Selasa`, `Mei.`), which no place, outlet or name before a date is."""
    word = word.strip(" .").lower()
    return weekday_number(word) is not None or month_number(word) is not None


_TOP_LEVEL_NAMES = frozenset({"com", "co", "id", "net", "org", "info", "co.id", "or.id", "web.id", "my.id"})


def is_place(place: str, typos: tuple[str, ...], aliases: Aliases) -> bool:
    """A place named with no agency: not an agency, a sentence opener, a weekday or a month, nor capitals in
    words of three letters at most (`DPR RI -`, `KPK -`: acronyms of bodies; a listed place of several such words is
    one: `NAY PYI TAW -`), nor a brand's words glued
    (`MetroPalembang -` is an outlet) or a name with an outlet's word (`METRO ONLINE MAROS--`) or a brand's word
    beside a listed place (`Sintang Review -`, `names_outlet_of_place`) or a word no place's name has
    (`Memontum Situbondo -`, `joins_stranger_to_place`), nor words with a letter alone among them, as no place's name
    has (`NAMA MEDIA I KOTA.-`: a capital I for a bar), nor a domain with a comma for its dot (`SUARAGONG,COM –`)."""
    words = re.split(r"[ ,|]+", place.strip(" ,"))
    first = words[0].strip(".").lower()
    if place.isupper() and all(len(word.strip(".'")) <= 3 for word in words) and not (
            len(words) > 1 and is_gazetted(place)):
        return False
    if len(words) > 1 and any(len(word.strip(".'")) == 1 for word in words):
        return False
    if _GLUED_CAPITAL.search(place):
        return False
    if any(part.strip().lower() in _TOP_LEVEL_NAMES for part in place.split(",")[1:]):
        return False  # `SUARAGONG,COM –`: an outlet's domain, a comma typed for its dot
    if (first in _OFFICE_TITLES and len(words) > (2 if is_place_word(first) else 1)
            and not is_listed_or_district(place.split(",")[0].strip())):
        return False  # `Kabag Ops Polres Blitar Kota –`: an official's office, the name after the dash
    if len(words) > 1 and (words[-1].strip(".").lower() in _SCHOOL_LAST_WORDS or first in _SCHOOL_FIRST_WORDS):
        return False  # `MALIKI ISLAMIC UNIVERSITY -`: a campus's name, no place
    # A listed place that only the typo rule reads as an agency stays a place (`MUNA –`, a regency one letter off MINA).
    return ((agency_name(place, typos=typos, aliases=aliases) is None
             or (is_listed_or_district(place) and agency_name(place, typos=(), aliases=aliases) is None))
            and first not in _NOT_PLACES
            and not is_day_word(first) and not says_outlet(place, alone=False) and not names_outlet_of_place(place)
            and not joins_stranger_to_place(place.split(",")[0]))


# A name in Arabic letters, of a word or two, or an agency's of three (`وكالة سند للأنباء`), or three with a brand's
# word second (`سكاي نيوز عربية`, "Sky News Arabia"), or three ending with "news" as an adjective (`زاد الاردن
# الاخباري`, "Zad al-Urdun News"), or three ending with "for news" as agencies and networks name themselves (`شبكة
# الخامسة للأنباء`): Arabic has no capitals to tell an outlet's name by.
# A reporter's name of two Arabic words after the place's dash, as Egyptian papers credit their regional
# correspondents (`كفر الشيخ - محمد نصار`, `المنيا - جمال محمد:` over the story): no word of it opens with the article,
# as outlets' names do (`غزة- المسار :`, `اليوم السابع`), nor is an outlet's or its kind's word (`شفق نيوز`, `وكالة سند`,
# `شبكة قدس`, `سبوتنيك عربي`) or a desk's before the outlet (`القدس المحتلة - متابعة صفا`, "follow-up").
_ARABIC_NAME_WORD = re.compile(r"[\u0621-\u064A]{2,20}")
# The article, alone or after a conjunction's or a preposition's letter (`أخبار والأعمال`, "and business").
_ARABIC_ARTICLE_OPENINGS = ("ال", "وال", "فال", "بال", "كال", "لل")
_ARABIC_OUTLET_KIND_WORDS = frozenset(
    "وكالة شبكة موقع صحيفة جريدة بوابة قناة إذاعة راديو تلفزيون مجلة مركز عربي عربية نيوز برس بوست تايمز نت أونلاين"
    " متابعة خاص ترجمة تقرير تحرير".split())


def names_arabic_reporter(name: str) -> bool:
    """`name`, read where an outlet's stands after an Arabic place's dash, is a reporter's of two words."""
    words = name.split()
    return len(words) == 2 and all(_ARABIC_NAME_WORD.fullmatch(word) and not word.startswith(_ARABIC_ARTICLE_OPENINGS)
                                   and word not in _ARABIC_OUTLET_KIND_WORDS for word in words)


_ARABIC_NAME = re.compile(r"(?:وكالة )?[\u0621-\u064A\u0671-\u06D3]{2,20}(?: [\u0621-\u064A\u0671-\u06D3]{2,20})?"
                          r"|[\u0621-\u064A\u0671-\u06D3]{2,20} [\u0621-\u064A\u0671-\u06D3]{2,20} للأنباء"
                          rf"|[\u0621-\u064A\u0671-\u06D3]{{2,20}} {ARABIC_BRAND_WORD} [\u0621-\u064A\u0671-\u06D3]{{2,20}}"
                          r"|[\u0621-\u064A\u0671-\u06D3]{2,20} [\u0621-\u064A\u0671-\u06D3]{2,20} ال[إا]خباري[ةه]?")


def is_outlet_name(token: str) -> bool:
    """An agency token missing from the table is an outlet when it is a domain or a capitalised
    name (`iNewsBanten` too), a name glued to an outlet's word (`10Berita` too), or a lower-case word of six letters at
    least that a form's shape vouches for (`riauterkini-PEKANBARU-`) or an Arabic name (`القاهرة - مصراوي:`), but not
    a weekday or a month (`(Senin)`), a short lower-case word (`ap –`) nor a top-level domain's name alone
    (`SUARAGONG,COM –`: a comma typed for the domain's dot, no place and its outlet)."""
    if token.strip().lower() in _TOP_LEVEL_NAMES:
        return False
    if not (DOMAIN_TOKEN.fullmatch(token) or token[:1].isupper() or re.match(CAMEL_START, token)
            or LOWER_NAME.fullmatch(token) or _GLUED_OUTLET.fullmatch(token) or _ARABIC_NAME.fullmatch(token)):
        return False
    first = re.split(r"[ /.]", token.strip(), maxsplit=1)[0].lower()
    return not is_day_word(first)


_ACRONYM = re.compile(r"[A-Z]{2,5}")


def says_outlet(name: str, *, alone: bool) -> bool:
    """`name` says it is an outlet: a word of it glued to an outlet's word (`TIMESINDONESIA`, `IDXChannel`), or,
    unless it stands `alone`, one of its words an outlet's word (`Warta Ekonomi`, `WE Online`); alone, a name in
    capitals of two words may have that word (`JABAR EKSPRES`), and a name in any case may end with `Newsroom`, a
    desk's word no phrase ends with (`IAIN Kediri Newsroom –`, a campus's news desk; `Breaking News –` opens a
    heading)."""
    words = re.split(r"[ ,]+", name.strip(" ,"))
    if any(_GLUED_OUTLET.fullmatch(word) or names_government_site(word) for word in words):
        return True
    has_word = any(NAMED_OUTLET_WORD.fullmatch(word) for word in words)
    return has_word and (not alone or (len(words) > 1 and (name.isupper() or words[-1].lower() == "newsroom"
                                                           or _acronym_online_edition(words))))


def _acronym_online_edition(words: list[str]) -> bool:
    """`NU Online`, `NU Cilacap Online`, `NU Online Ponorogo`: a body's acronym in capitals, then `Online` among a few
    words: the web edition of the body's news, a brand no heading or phrase is (`PT Pos Indonesia –` names a firm)."""
    return (len(words) <= 4 and _ACRONYM.fullmatch(words[0]) is not None
            and any(word == "Online" for word in words[1:]))


# A place's name glued to a government's site suffix: `Tubankab`, `Makassarkota`, `Jatengprov`.
_SITE_NAME = re.compile(r"([A-Z][a-z]{2,30}?)(?:kab|kota|prov)")


def names_government_site(word: str) -> bool:
    """`word` glues a listed place or a province to `kab`, `kota` or `prov` and is no listed place or district itself:
    a regency's, a city's or a province's own site signs its copy so (`Tubankab -`, `Makassarkota, MAKASSAR,-`, as
    its domain `tubankab.go.id` is written), no place; `Limapuluhkota` is a regency's name."""
    match = _SITE_NAME.fullmatch(word)
    return (match is not None and (is_listed_place(match[1]) or is_region(match[1]))
            and not is_listed_or_district(word))


# Words that brand an outlet beside a place's name, no place's part (`Metro Merauke`, `BALI TRIBUNE`, `Sintang Review`,
# `Riau Terkini`, `Jurnal Bogor`, `Bali Kini`), or name a body whose news desk signs its copy (`Polres Sanggau`,
# `Pemkab Bogor`); `Metro` alone is a city (`Kota Metro`).
_BRAND_WORDS = frozenset({"metro", "tribune", "review", "today", "aktual", "terkini", "update", "jurnal", "kini",
                          "polres", "polresta", "polsek", "polda", "pemkab", "pemkot", "pemprov"})


# A regional office's acronym, `Dinas` shortened to `DIS` before its field's letters (`DISBUDPAR`, culture and tourism;
# `DISHUB`, transport): the office signs its release with its regency's name (`DISBUDPAR BATAM - ...`).
_OFFICE_ACRONYM = re.compile(r"DIS[A-Z]{3,9}")


def names_outlet_of_place(name: str) -> bool:
    """`name` is two words, an outlet's or a body's word (`NAMED_OUTLET_WORD`, `Metro`, `Tribune`, `Polres`, a regional
    office's acronym) and a listed place, in any case and order: `Metro Merauke`, `BALI TRIBUNE`, `Radar Bogor`,
    `Polres Sanggau`, `DISBUDPAR BATAM` name outlets and news desks, no place. A word that is a listed
    place itself before a province is that place and its province (`Metro Lampung`)."""
    words = name.split()
    if len(words) != 2:
        return False
    for word, other in (words, words[::-1]):
        if ((word.lower() in _BRAND_WORDS or NAMED_OUTLET_WORD.fullmatch(word) or _OFFICE_ACRONYM.fullmatch(word))
                and is_listed_place(other)
                and not (is_region(other) and is_listed_place(word))):
            return True
    return False


# A brand's word and a place's name glued, each capitalised (`KilasBandung`, `LensaKalbar`).
_CAMEL_BRAND_AND_PLACE = re.compile(r"([A-Z][a-z]{2,20})([A-Z][a-z]{2,20})")


def glues_brand_to_place(word: str) -> bool:
    """`word` glues a brand's word to a listed place's or a province's name after it, each capitalised (`KilasBandung`,
    `LensaKalbar`, as their domains `kilasbandungnews.com`, `lensakalbar.co.id` are written): an outlet's name alone
    before its dash, no place nor sentence. The first word must be no word of any place's name (`NusaBali` stays for
    the forms that know a brand's glued words), and the whole no listed place or district."""
    match = _CAMEL_BRAND_AND_PLACE.fullmatch(word)
    return (match is not None and (is_listed_place(match[2]) or is_region(match[2])) and not is_place_word(match[1])
            and not is_listed_or_district(word))


def glues_place_in_lower_case(word: str) -> bool:
    """`word`, one word in lower case, glues a listed place's or a region's name of four letters at least to a brand's
    three letters or more, before or after it (`gemasulawesi`, `riauterkini`, as their domains are written): an
    outlet's name, no word of a sentence (`sebelumnya`, `kemarin`). A listed place or district itself stays a place."""
    if not (7 <= len(word) <= 30 and word.isalpha() and word.islower()) or is_listed_or_district(word):
        return False
    return any((is_region(word[:cut]) or is_listed_place(word[:cut])) and len(word) - cut >= 3
               or (is_region(word[cut:]) or is_listed_place(word[cut:])) and cut >= 3
               for cut in range(3, len(word) - 2) if min(cut, len(word) - cut) >= 3 and max(cut, len(word) - cut) >= 4)


# Words that qualify a place's name in English datelines, which the gazetteer's Indonesian names do not have
# (`Gaza City`, `Central Jakarta`).
_ENGLISH_PLACE_WORDS = frozenset({"city", "town", "island", "regency", "province", "central", "north", "south", "east",
                                  "west", "greater"})


# Of those, the ones written after the place's name (`Langsa City`, `Bogor Regency`).
_ENGLISH_PLACE_SUFFIXES = frozenset({"city", "town", "regency"})


def names_person(place: str) -> bool:
    """A place-only dateline's words are a person's full name: three words or more in title case, none a word of any
    listed place's name (`is_place_word`), as a photo caption names its subject before a dash and the subject's office
    (`Muhammad Irfanudin Kuniawan – Dosen Universitas Darunnajah. Foto/Dok pribadi`). Places of two such words stay
    (`Pusuk Lestari`), as do places whose words a listed place's name has (`Bukit Kemuning Jaya`)."""
    words = place.split()
    return (len(words) >= 3 and all(word[:1].isupper() and word[1:].islower() and not is_place_word(word)
                                    for word in words) and not is_known_place(place))


def joins_stranger_to_place(name: str) -> bool:
    """`name` is two words, a listed place (`is_listed_place`) and a word that no listed place's name has
    (`is_place_word`), and together no listed place or district: an outlet's name beside the place its edition
    serves (`Memontum Situbondo`, `Kab.Bandung Qjabar`) or a body's, no place; `Solo Baru`, `Medan Johor`, `Gaza City`
    are places."""
    words = name.split()
    if len(words) != 2 or is_listed_place(name) or is_district(name):
        return False
    for word, other in (words, words[::-1]):
        if (is_listed_place(other) and not is_place_word(word)
                and word.strip(" ,.'").lower() not in _ENGLISH_PLACE_WORDS):
            return True
    return False


_LOWER_WORD = re.compile(r"(?<![\w#@/.-])[a-z]{5,}")
# The sentence after a caption's label is read this far for the label's stem.
_ECHO_WINDOW = 200


def echoes_caption_label(place: str, sentence: str) -> bool:
    """`place`, one word in capitals that no place or district is named, is a photo caption's label echoed by the
    caption after the dash (`TINJAU - Bupati ... meninjau lokasi banjir`, `KRITISI - ... mengkritisi penyusunan
    RAPBD`, `DIAMANKAN - Tersangka ... diamankan`): its stem (the word without its first letter, which a verb's prefix
    may drop: `meninjau`, `menyerahkan`) stands inside a word in lower case there. A place's name comes back
    capitalised (`PEKALONGANG - ... dari Pekalongan`). A label of two or three words is echoed word by word
    (`TANGKAP MALING - Ilustrasi petugas Damkar tangkap maling.`), each word of five letters at least, as a shorter
    stem stands inside many words."""
    words = place.split(" ")
    if (not 1 <= len(words) <= 3 or not all(word.isalpha() and word.isupper() for word in words)
            or min(map(len, words)) < 5
            or is_listed_or_district(place) or is_region(place)):
        return False
    lower_words = [word.group() for word in _LOWER_WORD.finditer(sentence, 0, _ECHO_WINDOW)]
    return all(any(word[1:].lower() in lower for lower in lower_words) for word in words)


def is_label_word(word: str) -> bool:
    """A word that opens a line as a label, a rubric, a sentence or a date does (`Laporan`, `Update`, `Sabtu`): no
    place's, no outlet's and no person's name."""
    word = word.strip(" .,").lower()
    return word in _NOT_PLACES or is_day_word(word)


def opens_sentence(place: str | None) -> bool:
    """The place an unknown outlet's match found is a sentence's first word (`Menurut, Ketua Umum -`), a weekday
    or a month (`Sabtu, (Analisa).`)."""
    if place is None:
        return False
    first = re.split(r"[ ,]+", place.strip(" ,"))[0].strip(".").lower()
    return first in _NOT_PLACES or is_day_word(first)


# Known cities' names in capitals without their spaces, longest first: a word ending with one is matched against the
# longest city it ends with (`...BANDARLAMPUNG`).
_GLUED_CITIES = tuple(sorted({name.replace(" ", "").upper() for name in CITY_NAMES}, key=len, reverse=True))


def glues_brand_to_city(word: str) -> bool:
    """`word`, one word in capitals, glues a brand's word to a known city's name after it (`SOROTMAKASSAR`, as its
    domain `sorotmakassar.com` is written): an outlet's name, no place. A word that is itself a listed place or
    district stays a place, and so does a glued place whose first part is a place's word (`BANDARLAMPUNG`,
    `KOTAMEDAN`)."""
    if not (7 <= len(word) <= 40 and word.isalpha() and word.isupper()):
        return False
    city = next((city for city in _GLUED_CITIES if word.endswith(city)), None)
    if city is None or len(word) - len(city) < 3 or is_listed_or_district(word):
        return False
    brand = word[:-len(city)]
    return not (is_place_word(brand) or is_region(brand) or is_listed_or_district(brand))


def is_known_place(name: str) -> bool:
    """`name` is a known city (`CITY_NAMES`, any case), a province or country, or has a place name's shape (in
    capitals too: `KOTA BANDUNG`)."""
    return (" ".join(name.split()).lower() in _CITIES or is_place_name(name)
            or (name.isupper() and is_place_name(name.title())))


def is_listed_place(name: str) -> bool:
    """`name` is a known place (`is_known_place`), one of Indonesia's regencies and cities or a city abroad."""
    return is_known_place(name) or is_gazetted(name)


def is_listed_or_district(name: str) -> bool:
    """`name` is a listed place (`is_listed_place`) or one of Indonesia's districts (`Cibinong`, `Lubukpakam`), its
    province after it or not (`Mesuji Lampung`): read only where a dateline's form says a place stands, as many
    districts' names are ordinary words too (`Merdeka`)."""
    if is_listed_place(name) or is_district(name):
        return True
    words = name.split()
    heads = (" ".join(words[:cut]) for cut in range(1, len(words)) if is_region(" ".join(words[cut:])))
    if any(is_listed_place(head) or is_district(head) for head in heads):
        return True
    # An English dateline's qualifier after a listed place: `Langsa City (ANN) | July ...`, `Bogor Regency`.
    return (len(words) == 2 and words[1].lower() in _ENGLISH_PLACE_SUFFIXES and words[1][:1].isupper()
            and is_listed_place(words[0]))


def joins_places(name: str) -> bool:
    """`name`'s slash joins places (`SOA/NGADA`, `Jakarta/Bogor`, `Nusa Dua/Bali`): one of them a listed place, a
    district or a region, and none of them an outlet's name (`BORNEOMEDIA/SAMPIT` names the outlet first)."""
    joined = next((part for part in name.split(",") if "/" in part), name)
    parts = [part.strip() for part in joined.split("/")]
    return (any(is_listed_or_district(part) or is_region(part) for part in parts)
            and not any(says_outlet(part, alone=True) or DOMAIN_TOKEN.search(part) for part in parts))


def glues_province_before_place(token: str, place: str) -> bool:
    """An outlet's name that glues a province's name to another word (`Kitasulsel`, `DETAKPAPUA`) and is no listed
    place (`Balikpapan` is), or a government's site name (`Makassarkota`), before a listed place."""
    return ((glues_province(token) or names_government_site(token)) and not is_listed_place(token)
            and is_listed_place(place))


def qualified_place(match: re.Match[str]) -> bool:
    """An unknown outlet's match that is a place and its region: `Bandung, Jawa Barat -`, `Cibinong, Bogor -`,
    `Depok, Sleman -` (a region, a known place or a listed regency where an outlet's name would follow the place),
    `MEDAN, SUMUT -` (a name in capitals before a region, with no outlet's word or domain: `TIMES MALANG, JAKARTA -`,
    `PEDOMANRAKYAT, RIAU -` stay outlets)."""
    token, place = match["agency"], match.groupdict().get("place")
    if match.groupdict().get("bar") == "|" or " of " in token:
        return False  # no place and its region are written with a bar between (`BRN | Malaysia –`), nor an Indonesian
        # place's name with an English `of` (`Spirit of Aqsa, Palestina –`)
    if is_listed_place(token):
        return True
    return (place is not None and match.start("agency") < match.start("place") and is_region(place)
            and not DOMAIN_TOKEN.search(token) and not OUTLET_WORD_TOKEN.search(token)
            and not says_outlet(token, alone=True))

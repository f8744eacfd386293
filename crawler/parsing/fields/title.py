"""`title`: the theme's or WordPress's headline, else the article's `<h1>` reconciled with the
declared title (`og:title`, `twitter:title`, JSON-LD `headline`, `<title>`), else the declared title.

An `<h1>` that disagrees with the declared title is a section, channel or logo heading (`Regional`, `News`) and is
passed over. The parts after the headline that name the site are cut from a title, up to three (`... - Kompas.com -
Nasional Kompas.com`, `... | Republika Online`): the profile's `site_names`, `og:site_name` (whole, also when written in
parts), the host's brand or labels (`... - Pikiran Rakyat Jateng` on jateng.pikiran-rakyat.com, `... - Gaya - Tempo` on
gaya.tempo.co, `... - Dinas ... Kota Semarang` on semarangkota.go.id, `... - Kelurahan Bugangan` on
bugangan.semarangkota.go.id, `... | South China Morning Post` by its initials on scmp.com, `... | The Jerusalem Post` on
jpost.com, `... | Borneo Post Online` on theborneopost.com, `... - The Times of India` on
timesofindia.indiatimes.com), the site's name and its tagline after a colon (`... - AL-Monitor: The Middle East's
leading independent news source since 2012`), a domain name alone (`... - Surya.co.id` on
surabaya.tribunnews.com), a brand of two letters alone (`... – DW – 02/18/2023` on dw.com) or by the name of the agency
it is the acronym of (`... - Anadolu Agency` on aa.com.tr), the site's name said twice, a section the page declares, its
URL's folders name or its words alone say before the site's name (`... | Teknologi -
Gatra`, `... - Market - Bloomberg Technoz`, `... | اقتصاد | الجزيرة نت`, `... - Opinion - Chinadaily.com.cn`) or an
outlet's topic channel (`... | Gaza News | Al Jazeera`, `... - Gaza News - Haaretz`), a tagline after the site's name,
the page of a paged article (`... - Halaman 2`, `... Halaman all`); so is the site's name alone before the headline
(`KapanLagi.com: ...`, the brand in capitals: `BERNAMA - ...`), and an old WordPress theme's blog name and
archive label (`... » Blog Archive » ...`). The scan stops at the first part from the end that names
nothing: the headline's own dashes stay (`Persib - Persija 2-1`). Of two declarations, one that is the other without a
part naming the site or a section, or that holds whole what the other cut with an ellipsis, is the headline. Entities
escaped twice and right-to-left marks are no part of a title."""

from __future__ import annotations

import html
import re
from functools import lru_cache
from urllib.parse import urlsplit

from lxml import etree

from crawler.parsing.agencies import agency_name
from crawler.parsing.html import element_text, fold
from crawler.parsing.page import Page

_H1 = etree.XPath("//h1[not(contains(@class, 'site-title')) and not(contains(@class, 'logo'))"
                  " and not(ancestor::*[contains(@class, 'logo')])]")
# Visible headlines a template writes without an `<h1>` (Republika's photo pages: `div.jdl-pic`):
# `<h2>`, `<h3>` and elements whose class contains one of these parts, outside links.
_HEADLINE_TAGS = ("h2", "h3")
_HEADLINE_CLASS_PARTS = ("title", "judul", "jdl", "headline")
_LAST_PART = re.compile(r"\s+(?:[-|–—:]|::)\s+(?P<name>[^-|–—:]{2,60})$")
# A separator between the headline and the parts naming its site: a dash, bar, colon, a theme's dot (`Judul · Digg`,
# `Judul • Site`) or a WordPress theme's guillemet (`An open letter to Netflix ... « 33 Bits of Entropy` on 33bits.org)
# with spaces around it.
_SEPARATOR = re.compile(r"\s+(?:[-|–—:·•«»]|::)\s+")
# A site's name before its tagline in `og:site_name`: `Name: tagline`, `Name - tagline`, `Name | tagline`.
_NAME_BEFORE_TAGLINE = re.compile(r"(?P<name>[^:|–—]{2,60}?)(?:\s*[:|–—]|\s+-)\s+\S")
_MAX_SITE_PARTS = 3  # `Judul - Berita Jatim - ANTARA News Jawa Timur`, `Judul - Kompas.com - Nasional Kompas.com`
_MAX_SITE_PART_CHARS = 60
# The title's last part may be the site's name, a colon and its tagline, longer than a site's part (`... - Al-Monitor:
# Independent, trusted coverage of the Middle East`, `... - AL-Monitor: The Middle East's leading independent news
# source since 2012` on al-monitor.com): the name before the colon names the site.
_NAME_COLON_TAGLINE = re.compile(r"(?P<name>[^:]{2,60}?):\s+\S.{0,100}")
# Words of outlets' names besides their host's labels: `Berita Jatim`, `Banjarmasin Post`, `Radartegal.com`.
_SITE_WORDS = ("berita", "news", "online", "post", "com", "co", "id", "net", "tv")
# A part that is a domain name alone names a site: a paper of a network by its own domain on the network's host
# (`Surya.co.id` on surabaya.tribunnews.com, `Bangkapos.com` on bangka.tribunnews.com).
_DOMAIN = re.compile(r"[a-z0-9][a-z0-9-]{1,40}(?:\.[a-z0-9-]{2,20}){0,2}\.(?:com|co\.id|id|net|org|tv|news)",
                     re.IGNORECASE)
# Sections as outlets name them between the headline and their own name when the page declares none (`... - Market
# - Bloomberg Technoz`, `... - galeri foto - tvOneNews`, an Arabic edition's `... | اقتصاد | الجزيرة نت`, an English
# paper's `... - Opinion - Chinadaily.com.cn`): one part of one or two of these words.
_SECTION_WORDS = frozenset("""
nasional internasional ekonomi bisnis keuangan finansial finance money market markets politik hukum olahraga sport
sports bola sepakbola teknologi tekno tech sains otomotif hiburan entertainment seleb showbiz lifestyle gaya hidup
kesehatan health pendidikan edukasi daerah regional nusantara metro megapolitan dunia global world opini travel
wisata kuliner news berita foto video galeri infografis
national international economy business politics science education opinion opinions
أخبار الأخبار سياسة السياسة اقتصاد الاقتصاد رياضة الرياضة ثقافة الثقافة صحة الصحة تكنولوجيا التكنولوجيا علوم العلوم
منوعات المنوعات فن الفن رأي الرأي دولي عربي تقارير
""".split())
_MAX_SECTION_WORDS = 2
# A channel of an outlet's topic before its name: a few words and `News` (`... | Gaza News | Al Jazeera`, `... | US-Israel
# war on Iran News | Al Jazeera`, `... - Gaza News - Haaretz`, `... - Israel & Jewish News - JNS`).
_NEWS_CHANNEL = re.compile(r"(?:[^\s|]+\s+){1,5}news", re.IGNORECASE)
# The headline left before such a part has this many words at least (`_is_whole`).
_MIN_HEADLINE_WORDS = 3
_SHORT_BRAND_CHARS = 2  # `DW` on dw.com: named only by a part that is the brand alone (`_site_name_cut`)
_MIN_NEWS_STEM = 5  # `Tribun` of tribunnews.com names the site; a shorter stem may be a place (the hajj's `Mina`)
_PAGE_PART = re.compile(r"(?:halaman|hal\.?|page)\s*(?:\d{1,3}|all)", re.IGNORECASE)
_MAX_FOLDERS, _MAX_FOLDER_CHARS = 6, 20  # the URL's folders read as sections
# The site's name before the headline, closed by a colon, a spaced dash or guillemet (`KapanLagi.com: Judul`).
_LEADING_PART = re.compile(r"(?P<name>.{2,60}?)(?:\s*::?|\s+[-|–—»])\s+")
_HEAD_END = re.compile(r"(?:\s*::?|\s+[-|–—»])\s+$")  # the end of a part before the headline
# WordPress's old default theme titles a post `<blog's name> » Blog Archive » <post's title>` (`Shtetl-Optimized » Blog
# Archive » P vs. NP for Dummies` on scottaaronson.blog, `Blog Archive » sccache, ...` when the blog has no name): the
# theme's archive label closes the site's part whatever the blog's name, also one its host does not say.
_THEME_ARCHIVE_LEAD = re.compile(r"(?:[^»]{1,60}\s»\s+)?blog\s+archive\s+»\s+", re.IGNORECASE)
_MIN_CORE = 0.5  # a declared title inside another is at least this share of it
_ELLIPSES = ("...", "…")
# The classes a blog template gives the post's own headline (Blogger's `<h3 class="post-title entry-title">`): only
# that headline, not any heading, may cut a blog's name off the declared title.
_POST_TITLE_CLASSES = frozenset({"post-title", "entry-title"})
# An entity left in a title escaped twice (`&amp;quot;` read as `&quot;`).
_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,6}|#[xX][0-9a-fA-F]{2,5});")
_DIRECTION_MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))
_NOT_ALNUM = re.compile(r"[\W_]+")
_WORD = re.compile(r"[^\W_]+")
# A host named by the initials of the outlet's name (`South China Morning Post` on scmp.com, `New Straits Times` on
# nst.com.my): the name has this many words at least, its article aside, as no headline's last words spell a brand.
_MIN_INITIALED_WORDS = 3
# A host named by the first letters of the outlet's name and its last word whole (`The Jerusalem Post` on jpost.com,
# `Berita Harian` on bharian.com.my, `Harian Metro` on hmetro.com.my): a brand this long at least, of a name of these
# many words, its article aside.
_MIN_ABBREVIATED_BRAND = 5
_ABBREVIATED_WORDS = (2, 3)
# The page of a paged article named after its title: `Judul - Halaman 2`, `Judul | Page 3`, `Judul (Halaman 2)`,
# Kompas's `Judul Halaman 2` and `Judul Halaman all` (the whole article on one page).
_PAGE_SUFFIX = re.compile(r"(?:\s*[-|–—:]\s*|\s*\(|\s+)(?:halaman|hal\.?|page)\s*(?:\d{1,3}|all)\)?\s*$",
                          re.IGNORECASE)
# ...which a visible headline may print too, parted by a separator (a copy of Liputan6's third page: `<h1>BMKG: Cuaca
# Jakarta Diprediksi Hujan pada Akhir Pekan, Minggu Malam 20 Juli 2025 – Page 3</h1>`); without a separator the words
# may be the headline's own, so only a separated number or `all` is cut there.
_SEPARATED_PAGE_SUFFIX = re.compile(r"\s*(?:[-|–—]\s*|\()(?:halaman|hal\.?|page)\s*(?:\d{1,3}|all)\)?\s*$",
                                    re.IGNORECASE)
# Host labels that are no brand: public suffixes and service prefixes.
_NO_BRAND = frozenset({"www", "m", "com", "co", "id", "net", "org", "or", "go", "ac", "web", "news", "en", "amp"})
_MIN_AGREEMENT = 0.6  # the shorter title is at least this share of the longer one
# A heading that opens the declared title before a separator is the headline when it is no one-word section name.
_MIN_HEADING_WORDS, _MIN_HEADING_SHARE = 3, 0.3


@lru_cache(maxsize=128)
def _site_pattern(site_names: tuple[str, ...], ignore_case: bool = True) -> re.Pattern[str] | None:
    if not site_names:
        return None
    names = "|".join(f"(?:{name})" for name in site_names)
    return re.compile(rf"(?:{names})", re.IGNORECASE if ignore_case else 0)


def _squeeze(text: str) -> str:
    return _NOT_ALNUM.sub("", text.lower())


def host_brand(url: str) -> str:
    """The host's brand label (`kompas` of regional.kompas.com), empty when none stands out."""
    try:
        labels = (urlsplit(url).hostname or "").split(".")
    except ValueError:
        return ""
    brands = [label for label in labels[:-1] if label not in _NO_BRAND]
    return brands[-1] if brands else ""


def strip_site_name(title: str, site_names: tuple[str, ...], og_site_name: str | None, url: str = "",
                    sections: tuple[str, ...] = (), strict: bool = False) -> str:
    """`title` without the site's name and the page's number (`_site_name_cut`, `_PAGE_SUFFIX`). `strict` for a
    visible headline: only what names the site outright is cut there, never a last word that merely occurs in
    its name (the place `Mina` closing `Arafah - Muzdalifah - Mina` on MINA's own pages)."""
    sections = tuple(_squeeze(section) for section in sections) + _path_sections(url)
    if (archive := _THEME_ARCHIVE_LEAD.match(title)) and archive.end() < len(title):
        title = title[archive.end():]
    title = _site_name_cut(title, site_names, og_site_name, url, sections, strict)
    return _PAGE_SUFFIX.sub("", title).strip() or title


@lru_cache(maxsize=256)
def _path_sections(url: str) -> tuple[str, ...]:
    """The URL's folders before the article's own slug, which name its section (`/bola/read/...`, `/teknologi/`)."""
    try:
        folders = urlsplit(url).path.rstrip("/").split("/")[1:-1]
    except ValueError:
        return ()
    return tuple(squeezed for folder in folders[:_MAX_FOLDERS]
                 if 2 < len(squeezed := _squeeze(folder)) <= _MAX_FOLDER_CHARS and not squeezed.isdigit())


def site_name(og_site_name: str | None, title: str, url: str = "") -> str | None:
    """`og:site_name`, or its last part when a theme wrote the whole page title there (Okezone 2015:
    `<headline> :: Okezone News`), or its first part when that is the page's host and a tagline follows
    (`BeritaManado.com: Berita Terkini Manado, Sulawesi Utara` on beritamanado.com); a URL written there is no
    name: the outlet its host's brand names, else the host (Okezone 2020: `https://economy.okezone.com/`, Okezone)."""
    if not og_site_name:
        return None
    if og_site_name.startswith(("http://", "https://")):
        try:
            host = (urlsplit(og_site_name).hostname or "").removeprefix("www.")
        except ValueError:
            return None
        return agency_name(host_brand(og_site_name)) or host or None
    match = _LAST_PART.search(og_site_name)
    if match and title and _squeeze(og_site_name[: match.start()]) == _squeeze(title):
        return match["name"].strip()
    leading = _NAME_BEFORE_TAGLINE.match(og_site_name)
    if leading and url and _squeeze(leading["name"]) in _domain_names(url):
        return leading["name"].strip()
    if url and og_site_name.islower() and og_site_name.isalpha() and _squeeze(og_site_name) not in _domain_names(url) and (
            outlet := agency_name(host_brand(url))):
        # A section's word in small letters for the site's name (Detik's `sepakbola` on sport.detik.com): the outlet
        # the host's brand names, when the agencies' table knows it.
        return outlet
    return og_site_name


@lru_cache(maxsize=256)
def _domain_names(url: str) -> tuple[str, ...]:
    """The host's brand and its domain from the brand on, squeezed (`kompas`, `kompascom` of nasional.kompas.com)."""
    brand = host_brand(url)
    if not brand:
        return ()
    try:
        labels = (urlsplit(url).hostname or "").split(".")
    except ValueError:
        return ()
    return (_squeeze(brand), _squeeze("".join(labels[labels.index(brand):])))


@lru_cache(maxsize=256)
def _brand(url: str) -> str:
    return _squeeze(host_brand(url))


# A regional government's host names its region after the place (`semarangkota.go.id`, `bogorkab.go.id`), its
# pages' titles before it: `Kota Semarang`, `Kabupaten Bogor`, `Kab. Magetan`.
_REGION_SUFFIX = re.compile(r"(?P<place>[a-z]{3,})(?P<kind>kota|kab|kabupaten)$")
_REGION_NAMES = {"kota": ("kota",), "kab": ("kabupaten", "kab"), "kabupaten": ("kabupaten", "kab")}
# The kinds of a village or district whose own site is a label of its region's host, its pages' titles closed by the
# kind and the label's name (`Kelurahan Bugangan` on bugangan.semarangkota.go.id, `KECAMATAN CIBIRU` on
# cibiru.bandung.go.id); a label may open with its kind too (`Kalurahan Karangsari` on
# desakarangsari.gunungkidulkab.go.id).
_AREA_KINDS = ("kelurahan", "kalurahan", "kecamatan", "desa")
_MIN_AREA_NAME = 4  # a shorter rest after the kind is no village's name


@lru_cache(maxsize=256)
def _brand_names(url: str) -> tuple[str, ...]:
    """The host's brand and, for a regional government's host, the region's name as its pages write it."""
    brand = _brand(url)
    region = _REGION_SUFFIX.match(brand)
    if not region:
        return (brand,) if len(brand) > 2 else ()
    return (brand, *(kind + region["place"] for kind in _REGION_NAMES[region["kind"]]))


@lru_cache(maxsize=256)
def _host_labels(url: str) -> tuple[str, ...]:
    """The host's labels that may name the site or its edition (`jatim`, `beritadiy`, `kaltimpost`, `rtarabic` of a
    two-letter brand and its edition), and the host itself, squeezed."""
    try:
        labels = (urlsplit(url).hostname or "").split(".")
    except ValueError:
        return ()
    # The whole host too: a brand of two letters is named by its host alone (`RM.ID` on rm.id).
    host = _squeeze(".".join(label for label in labels if label not in ("www", "m")))
    named = tuple(squeezed for label in labels[:-1] if label not in _NO_BRAND and len(squeezed := _squeeze(label)) > 2)
    # A `the<name>` host's outlet is named without its article, a word of outlets' names after it (`Borneo Post
    # Online` on theborneopost.com), when the name is longer than a place's a headline may end in.
    named += tuple(label[3:] for label in named if label.startswith("the") and len(label) - 3 >= _MIN_NEWS_STEM)
    # A brand of two letters is said before its edition's label (`RT Arabic` on arabic.rt.com) or a word of outlets'
    # names (`NU Online` on nu.or.id, `NU Online Jatim` on jatim.nu.or.id), too short to be looked for alone in a
    # title's words.
    brand = _brand(url)
    editions = tuple(brand + label for label in named if label != brand) if len(brand) == 2 else ()
    if len(brand) == 2:
        editions += tuple(brand + word for word in _SITE_WORDS if len(word) > 2)
    return named + editions + ((host,) if len(host) > 2 else ())


def _names_site(part: str, site_pattern: re.Pattern[str] | None, site: str, brands: tuple[str, ...],
                labels: tuple[str, ...], last: bool) -> bool:
    """`part` of a title names the site: a profile's site name, `og:site_name` or, as the title's last part, a word
    of it (`Tribun` of `Tribunnews.com`), the host's brand (`Pikiran Rakyat Jateng`), or a label of the host (`Kaltim
    Post` on kaltimpost.jawapos.com, `Berita Jatim` on a jatim.* host, `Gaya` on gaya.tempo.co). A part before
    another is read strictly, the profile's names in their case: a headline may end in the place `Mina` before the
    agency's `MINA News`. A `+` in a brand reads `plus` (`RCTI+` on rctiplus.com); as the last part, the name of a
    `<name>news` or `<name>net` host names it too (`Tribun` on tribunnews.com, `tvOne` on tvonenews.com, the agency
    `Xinhua` on xinhuanet.com), when longer than a place's name a headline may end in (the hajj's `Mina`, `Bali`), and
    so does the brand without the article of a `the<name>` host (`Iconomics` on theiconomics.com). A part opening with a `<name>news` label of the host is the outlet and its
    edition (`Tribratanews Polda Metro Jaya`); a name whose words' initials are the host's brand is the outlet's
    (`South China Morning Post` on scmp.com, `_initials`), and so is one whose first letters and last word are (`The
    Jerusalem Post` on jpost.com, `_abbreviated`)."""
    if site_pattern is not None and site_pattern.fullmatch(part):
        return True
    name = _squeeze(part.replace("+", "plus") if "+" in part else part)
    if len(name) < 3:
        return False
    if site and (site in name or (last and name in site)):
        return True
    if any(brand in name for brand in brands):
        return True
    brand = brands[0] if brands else ""
    if brand and (_initials(part) == brand or (len(brand) >= _MIN_ABBREVIATED_BRAND and _abbreviated(part) == brand)):
        return True
    if last and len(name) >= _MIN_NEWS_STEM and brand in (name + "news", name + "net", "the" + name):
        return True
    # An outlet named by a label of the host after an article the host leaves out (`The Times of India` on
    # timesofindia.indiatimes.com, `The Economic Times` on economictimes.indiatimes.com).
    bare = name[3:] if part[:4].lower() == "the " else name
    return _names_area(name, labels) or any((label in bare and _site_words(bare.replace(label, "", 1), brand, labels))
                                            or (label.endswith("news") and name.startswith(label))
                                            for label in labels)


def _names_area(name: str, labels: tuple[str, ...]) -> bool:
    """`name`, squeezed, is a village's or district's kind and the name a label of the host gives it, alone or after
    a kind of its own (`kelurahanbugangan` of `Kelurahan Bugangan` on bugangan.semarangkota.go.id, `kalurahankarangsari`
    on desakarangsari.gunungkidulkab.go.id); a kind before other words is a headline's (`Kecamatan Cibiru Banjir`)."""
    kind = next((kind for kind in _AREA_KINDS if name.startswith(kind)), "")
    place = name[len(kind):]
    if not kind or len(place) < _MIN_AREA_NAME:
        return False
    return any(label in (place, *(other + place for other in _AREA_KINDS)) for label in labels)


def _initials(part: str) -> str:
    """The initials of `part`'s words, a leading article aside (`scmp` of `South China Morning Post`, `nst` of `The
    New Straits Times`), empty for a part of fewer words than an outlet's name spelled so has."""
    words = _WORD.findall(part)
    if words and words[0].lower() == "the":
        words = words[1:]
    if len(words) < _MIN_INITIALED_WORDS:
        return ""
    return "".join(word[0] for word in words).lower()


def _abbreviated(part: str) -> str:
    """The first letters of `part`'s words and its last word whole, a leading article aside (`jpost` of `The
    Jerusalem Post`, `bharian` of `Berita Harian`), empty for a part of more or fewer words than such a name has."""
    words = _WORD.findall(part)
    if words and words[0].lower() == "the":
        words = words[1:]
    if not _ABBREVIATED_WORDS[0] <= len(words) <= _ABBREVIATED_WORDS[1]:
        return ""
    return ("".join(word[0] for word in words[:-1]) + words[-1]).lower()


def _site_words(rest: str, brand: str, labels: tuple[str, ...]) -> bool:
    """What a title part holds besides a host label is more of the site's name (`Tribun` + `Medan`, `Berita` +
    `Jatim`, `Kaltim` + `Post`), not words of a headline (`Medan` + `Terendam`)."""
    for word in (brand, *labels, *_SITE_WORDS):
        rest = rest.replace(word, "")
    return not rest or (len(rest) > 3 and brand.startswith(rest))


def _site_name_cut(title: str, site_names: tuple[str, ...], og_site_name: str | None, url: str,
                   sections: tuple[str, ...] = (), strict: bool = False) -> str:
    """The title without the parts after its headline that name the site, its edition or section, or the page
    (`Judul - Kompas.com - Nasional Kompas.com`, `Judul - Gaya - Tempo`); the very last part may be the site's
    tagline when a part before it names the site (`Judul - ANTARA News - Berita Terkini`). The headline's own
    ` - ` parts stay: the scan stops at the first part from the end that names nothing (`Persib - Persija 2-1`).
    The parts after a separator that together are `og:site_name` name the site (`Judul - Halaman Utama - ITERA`),
    and so does a last part said twice (`Judul - Oke Flores - Oke Flores`) and a host's brand of two letters said
    alone (`Judul – DW – 02/18/2023`, the page's date after it) or, last, as the agency's name it is the acronym of
    (`Judul - Anadolu Agency` on aa.com.tr, `_names_short_brand`); one part before the site's name may be
    an undeclared section (`Judul - Market - Bloomberg Technoz`, `_is_section`)."""
    site, brands, labels = _squeeze(og_site_name or ""), _brand_names(url), _host_labels(url)
    brand = brands[0] if brands else ""
    # A brand of two letters is too short to look for in a part's words, but a part that is that brand alone names
    # the site (`DW` of `... – DW – 02/18/2023` on dw.com, the page's date after it).
    short_brand = _brand(url) if len(_brand(url)) == _SHORT_BRAND_CHARS else ""
    separators = list(_SEPARATOR.finditer(title))[-_MAX_SITE_PARTS:]
    cut, end, last_part, section_cut = None, len(title), "", False
    for index, separator in enumerate(reversed(separators)):
        part, end = title[separator.end():end].strip(), separator.start()
        squeezed = _squeeze(part)
        last = not index and not strict  # the loose reading of the last part (`_names_site`)
        if not index and not strict and (tagline := _NAME_COLON_TAGLINE.fullmatch(part)) and _names_site(
                tagline["name"], _site_pattern(site_names, False), site, brands, labels, False):
            cut = separator.start()
        elif len(part) <= _MAX_SITE_PART_CHARS and (
                _PAGE_PART.fullmatch(part) or squeezed in sections
                or _names_site(part, _site_pattern(site_names, last), site, brands, labels, last)
                or _DOMAIN.fullmatch(part) or (short_brand and _names_short_brand(part, short_brand, last))
                or (index == 1 and squeezed and squeezed == last_part)
                or (index and site and _squeeze(title[separator.end():]) == site)):
            cut = separator.start()
        elif cut is not None and not section_cut and (
                _is_section(part, title[:separator.start()])
                or _is_news_channel(part, title[:separator.start()])):
            cut, section_cut = separator.start(), True
        elif index or cut is not None:
            break
        last_part = last_part or squeezed
    title = title[:cut].strip() if cut is not None else title.strip()
    leading = _LEADING_PART.match(title)
    if leading and leading.end() < len(title) and _is_site_name(leading["name"], site, brand):
        return title[leading.end():].strip()
    return title


def _names_short_brand(part: str, short_brand: str, last: bool) -> bool:
    """`part` names a site whose host's brand is two letters: it is the brand alone (`DW` of `... – DW – 02/18/2023`
    on dw.com) or, as the title's last part, the agency the agencies' table knows by those letters as its acronym,
    written by its name (`Burnt, rebuilt: Jaffna library reminds of Sri Lanka conflict - Anadolu Agency` on
    aa.com.tr). Two words those letters merely begin are a headline's own (`... - Naik Terus` on nt.com)."""
    if _squeeze(part) == short_brand:
        return True
    return last and (agency := agency_name(part)) is not None and agency == agency_name(short_brand.upper())


def _is_section(part: str, headline: str) -> bool:
    """`part`, between the headline and the site's name, is a section's name the page does not declare (`Market`,
    `galeri foto`), and the headline before it is whole without it (`_is_whole`)."""
    words = part.lower().split()
    return (0 < len(words) <= _MAX_SECTION_WORDS and all(word in _SECTION_WORDS for word in words)
            and _is_whole(headline))


def _is_news_channel(part: str, headline: str) -> bool:
    """`part`, before the site's name, is the outlet's channel of a topic (`Gaza News`, `Israel-Iran conflict News` of
    `... | Israel-Iran conflict News | Al Jazeera`, `Israel & Jewish News` of `... - Israel & Jewish News - JNS`), and
    the headline before it is whole without it, whatever its last word (`... the Strait of Hormuz, oil markets |
    Israel-Iran conflict News | Al Jazeera`)."""
    return bool(_NEWS_CHANNEL.fullmatch(part)) and _is_whole(headline, pairs_sections=False)


def _is_whole(headline: str, pairs_sections: bool = True) -> bool:
    """The headline before a section's part stands alone: words enough, not waiting for a subject after its colon,
    and, when the part may be a subject paired with its last word, not ending in a section's word written as a name
    (`Kaleidoskop: Hukum - Politik` pairs two subjects of its own; a sentence's `... for the economy - Opinion - ...`
    ends in a plain word)."""
    words = headline.split()
    return (len(words) >= _MIN_HEADLINE_WORDS and not words[-1].endswith(":")
            and not (pairs_sections and words[-1].lower() in _SECTION_WORDS and not words[-1].islower()))


def _is_site_name(part: str, site: str, brand: str) -> bool:
    """`part` is the site's name itself, nothing more (`KapanLagi.com`, `og:site_name`), not a headline's words
    holding it (`Survei Litbang Kompas`), the bare brand a headline may open with (`KPK - Polri Sepakat` on
    kpk.go.id), a host label alone (`Jakarta` on jakarta.viva.co.id) nor a word a profile's loose pattern takes
    (`Antara Dua Pilihan`: `antara` is a word of the language). The bare brand written in capitals as a masthead
    writes it is the site's name (`BERNAMA - Ulat Arkitek, Iklan Tawar ...` on bernama.com): a headline opens
    with a name in its own case (`Persib - Persija 2-1`)."""
    name = _squeeze(part)
    if len(name) <= 3 or name == site:
        return name == site and len(name) > 3
    if name == brand:
        return len(brand) > 3 and part.isupper()
    return len(brand) > 3 and brand in name and _site_words(name.replace(brand, "", 1), brand, ())


def _agrees(heading: str, declared: str) -> bool:
    """The same title, give or take a prefix or suffix (`<h1>` vs `og:title`); or the declared title is the
    heading and parts after it at a separator that no rule named (`Judul | Pusat Data Ekonomi dan Bisnis
    Indonesia`)."""
    a, b = _squeeze(heading), _squeeze(declared)
    if not a or not b:
        return False
    shorter, longer = sorted((a, b), key=len)
    if shorter in longer and len(shorter) >= _MIN_AGREEMENT * len(longer):
        return True
    return (declared.startswith(heading) and bool(_SEPARATOR.match(declared, len(heading)))
            and len(heading.split()) >= _MIN_HEADING_WORDS and len(a) >= _MIN_HEADING_SHARE * len(b))


def _declared(page: Page) -> tuple[str, str | None]:
    """The title the page declares in its metadata, the site's name cut off; of two declarations, one that is
    the other without a part at a separator is the headline (`og:title` `Kapanlagi.com: Musik - Judul` and
    `twitter:title` `Judul`)."""
    site_name, site_names, sections = page.meta.get("og:site_name"), page.profile.site_names, _sections(page)
    headline = page.jsonld.get("headline")
    candidates = [(page.meta.get("og:title"), "meta"), (page.meta.get("twitter:title"), "meta"),
                  (headline if isinstance(headline, str) else None, "jsonld")]
    candidates += [(element_text(element), "html") for element in page.index.by_tag["title"][:1]]
    site, brand = _squeeze(site_name or ""), _brand(page.url)
    section_names = tuple(_squeeze(section) for section in sections)
    declared, declared_source, as_declared = "", None, ""
    for text, source in candidates:
        if not text or not (text := fold(_plain(text))) or (declared and (text == as_declared or (
                len(text) > len(as_declared) and not declared.endswith(_ELLIPSES)))):
            continue  # none, the same declaration, or a longer one that no rule below would take
        cut = strip_site_name(text, site_names, site_name, page.url, sections)
        if not declared:
            declared, declared_source, as_declared = cut, source, text
        elif any(_within_parts(cut, other, site, brand, section_names) for other in (declared, as_declared)) or (
                _continues(cut, declared)):
            declared, declared_source = cut, source
    return declared, declared_source


def _within_parts(core: str, title: str, site: str, brand: str, sections: tuple[str, ...]) -> bool:
    """`title` is `core` with a part naming the site or a section before or after it at a separator
    (`Kapanlagi.com: Musik - Judul`, `Judul | Teknologi`)."""
    if not core or core == title or len(core) < _MIN_CORE * len(title):
        return False
    if title.startswith(core) and _SEPARATOR.match(title, len(core)):
        extra = title[len(core):]
    elif title.endswith(core) and _HEAD_END.search(title, 0, len(title) - len(core)):
        extra = title[: len(title) - len(core)]
    else:
        return False
    name = _squeeze(extra)
    return bool(name) and (name in sections or (bool(site) and site in name) or (len(brand) > 2 and brand in name))


def _continues(whole: str, cut_short: str) -> bool:
    """`cut_short` is `whole` cut off with an ellipsis (`... di Pangkalan...` of a theme's `<title>`)."""
    if not cut_short.endswith(_ELLIPSES):
        return False
    stem, squeezed = _squeeze(cut_short), _squeeze(whole)
    return len(stem) > 10 and len(squeezed) > len(stem) and squeezed.startswith(stem)


def _sections(page: Page) -> tuple[str, ...]:
    """The page's declared sections (`article:section`, JSON-LD `articleSection`), whose names a title may carry."""
    declared = page.jsonld.get("articleSection")
    names = [page.meta.get("article:section") or ""]
    names += declared.split(",") if isinstance(declared, str) else declared if isinstance(declared, list) else []
    return tuple(name.strip() for name in names if isinstance(name, str) and name.strip())


def _plain(text: str) -> str:
    """`text` with an entity escaped twice read, and without the marks that order right-to-left text (a title of an
    Arabic edition opening with U+200F): they are no characters of the headline."""
    if "&" in text and _ENTITY.search(text):
        text = html.unescape(text)
    return text if text.isascii() else text.translate(_DIRECTION_MARKS).strip()


def _headlines(page: Page) -> list[etree._Element]:
    """The page's visible headline candidates in document order (from the index: an XPath testing
    every element's class costs a millisecond on a large page)."""
    found = set(page.index.with_class_part(*_HEADLINE_CLASS_PARTS))
    found.update(page.root.iter(*_HEADLINE_TAGS))
    return [element for element in page.index.in_document_order(found)
            if element.tag != "a" and not any(ancestor.tag == "a" for ancestor in element.iterancestors())]


def title(page: Page) -> tuple[str, str | None]:
    site_name = page.meta.get("og:site_name")
    for selectors, source in page.strategies("title"):
        element = page.first(page.root, selectors)
        if element is not None and (text := _plain(element_text(element))):
            return strip_site_name(text, page.profile.site_names, site_name, page.url, strict=True), source
    declared, declared_source = _declared(page)
    # `//h1` searches the whole document from any context node: one evaluation, not one per scope.
    for element in _H1(page.root):
        if (text := _plain(element_text(element))) and (not declared or _agrees(text, declared)):
            return _SEPARATED_PAGE_SUFFIX.sub("", text).strip() or text, "html"
    if declared:  # no `<h1>` states it: a visible headline that agrees is the title as the reader sees it
        headlines = _headlines(page)
        for element in headlines:
            if (text := _plain(element_text(element))) and len(text) > len(declared) and _agrees(text, declared):
                return text, "html"
        for element in headlines:
            if _POST_TITLE_CLASSES.intersection((element.get("class") or "").split()) and (
                    text := _plain(element_text(element))) and _after_blog_name(text, declared):
                return text, "html"
    return declared, declared_source


def _after_blog_name(headline: str, declared: str) -> bool:
    """`declared` is the blog's name, a colon, then `headline` (Blogger's `<title>` `Info Malaysia Trending: Gagal bayar
    RM8,000, mahkamah arah sita aset Caprice` over the post's `<h3 class="post-title entry-title">`)."""
    if not declared.endswith(headline) or len(headline) < _MIN_CORE * len(declared):
        return False
    name = declared[: len(declared) - len(headline)]
    return name.endswith(": ") and 1 < len(name.strip()) <= _MAX_SITE_PART_CHARS

"""parse_article / extract_article over hand-made pages, one per real MINA shape; every field asserted."""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta, timezone
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crawler.parsing import merge_article_pages, page_links, parse_article
from crawler.parsing.article import extract_article
from crawler.parsing.fields.media import split_caption
from crawler.sites.mina import MINA
from crawler.schema import EXPORT_FIELDS, PARSED_FIELD_NAMES, SCHEMA_VERSION, json_schema

ROOT = Path(__file__).resolve().parents[2]
PAGES = ROOT / "tests" / "fixtures" / "pages"
FETCHED = datetime(2024, 6, 25, 7, 45, tzinfo=timezone.utc)
# What the parser returns: the schema less the export bookkeeping the pipelines add.
VALIDATOR = jsonschema.Draft202012Validator(
    {**json_schema(), "required": [name for name in json_schema()["required"] if name not in EXPORT_FIELDS]})


def seed_body() -> str:
    """The seed article as the body should read: no dateline, inserts, code or credit."""
    lines = (ROOT / "sandbox" / "data" / "seed_article.txt").read_text(encoding="utf-8").splitlines()
    lines = [line.strip() for line in lines if line.strip()]
    kept = [line for line in lines if not line.startswith("Baca Juga:") and not line.startswith("Mi’raj News")]
    kept[0] = kept[0].removeprefix("Pyongyang, MINA – ")
    kept[-1] = kept[-1].removesuffix(" (T/R11/P1)")
    return "\n\n".join(kept)


SEED_BODY = seed_body()

CURRENT_THEME_SEED = {'url': 'https://minanews.net/kim-jong-un-akan-kunjungi-rusia-untuk-bertemu-putin?utm_source=rss',
 'canonical_url': 'https://minanews.net/kim-jong-un-akan-kunjungi-rusia-untuk-bertemu-putin',
 'edition': 'id',
 'language': 'id',
 'title': 'Kim Jong Un Akan Kunjungi Rusia untuk Bertemu Putin',
 'published_at': '2019-04-23T10:15:42+07:00',
 'modified_at': None,
 'author': 'Rana Setiawan',
 'editor': None,
 'category': 'Asia',
 'category_path': ['internasional', 'asia'],
 'tags': ['Kim Jong Un', 'Rusia', 'Vladimir Putin'],
 'dateline': {'raw': 'Pyongyang, MINA –',
              'place': 'Pyongyang',
              'agency': 'MINA',
              'date': None,
              'hijri': None},
 'lead': SEED_BODY.split('\n\n')[0],
 'body': SEED_BODY,
 'signature': {'raw': '(T/R11/P1)', 'codes': ['T', 'R11', 'P1']},
 'related': [{'title': 'Inggris Hormati Putusan ICC, Belanda Siap Tangkap Netanyahu',
              'url': 'https://minanews.net/inggris-hormati-putusan-icc-belanda-siap-tangkap-netanyahu'},
             {'title': 'Guido Crosseto: Kami akan Tangkap Netanyahu Jika Berkunjung ke Italia',
              'url': 'https://minanews.net/guido-crosseto-kami-akan-tangkap-netanyahu-jika-berkunjung-ke-italia'},
             {'title': 'Militer Israel Akui Kekurangan Tentara dan Kewalahan Hadapi Gaza',
              'url': 'https://minanews.net/militer-israel-akui-kekurangan-tentara-dan-kewalahan-hadapi-gaza'}],
 'image': {'url': 'https://minanews.net/wp-content/uploads/2019/04/kim-putin.jpg',
           'caption': 'Kim Jong Un dan Vladimir Putin.',
           'credit': '(Foto: KCNA)'},
 'mentioned_dates': [{'text': 'Senin (22/4)', 'date': '2019-04-22'}]}

THEME_2018 = {'url': 'http://en.mirajnews.com/2015/08/israeli-jets-attack-central-gaza-strip.html',
 'canonical_url': 'https://en.mirajnews.com/2015/08/israeli-jets-attack-central-gaza-strip.html',
 'edition': 'en',
 'language': 'en',
 'title': 'Israeli Jets Attack Central Gaza Strip',
 'published_at': '2015-08-28T21:39:48+07:00',
 'modified_at': None,
 'author': None,  # the theme's byline names the site's `admin` account, no writer
 'editor': None,
 'category': 'Middle East',
 'category_path': ['international', 'middle-east'],
 'tags': ['Gaza', 'Israel'],
 'dateline': {'raw': 'Gaza Strip, 13 Dhulqa’dah 1436/28 August 2015 (MINA) –',
              'place': 'Gaza Strip',
              'agency': 'MINA',
              'date': '2015-08-28',
              'hijri': '13 Dhulqa’dah 1436'},
 'lead': 'Israeli jets attacked a site in the central Gaza Strip early on Friday, witnesses said.',
 'body': 'Israeli jets attacked a site in the central Gaza Strip early on Friday, witnesses said.\n'
         '\n'
         'The strike hit an open area near Deir al-Balah on Thursday night (27/8), causing damage but no '
         'injuries, according to local sources.\n'
         '\n'
         'The Israeli army said the attack came in response to a rocket fired from the enclave.',
 'signature': {'raw': '(T/P001/R04)', 'codes': ['T', 'P001', 'R04']},
 'related': [],
 'image': {'url': 'http://en.mirajnews.com/wp-content/uploads/2015/08/gaza-jets.jpg',
           'caption': 'Smoke rises after an Israeli air strike in central Gaza Strip',
           'credit': '(Photo: PIC)'},
 'mentioned_dates': [{'text': 'Thursday night (27/8)', 'date': '2015-08-27'}]}

OPINION_LINKED_BYLINE = {'url': 'https://minanews.net/menjaga-al-aqsa-adalah-kewajiban-bersama',
 'canonical_url': 'https://minanews.net/menjaga-al-aqsa-adalah-kewajiban-bersama',
 'edition': 'id',
 'language': 'id',
 'title': 'Menjaga Al-Aqsa adalah Kewajiban Bersama',
 'published_at': '2023-01-12T09:05:31+07:00',
 'modified_at': '2023-01-13T11:00:00+07:00',
 'author': 'Ali Farkhan Tsani',
 'editor': 'Ismet Rauf',
 'category': 'Opini',
 'category_path': ['artikel', 'opini'],
 'tags': [],
 'dateline': None,
 'lead': 'Masjid Al-Aqsa adalah kiblat pertama umat Islam dan tempat Isra Mi’raj Nabi Muhammad.',
 'body': 'Masjid Al-Aqsa adalah kiblat pertama umat Islam dan tempat Isra Mi’raj Nabi Muhammad.\n'
         '\n'
         'Menjaga dan membebaskannya adalah kewajiban bersama, sebagaimana disampaikan dalam tabligh akbar '
         'Ahad (8/1) lalu.\n'
         '\n'
         'Wallahu a’lam.',
 'signature': {'raw': '[]', 'codes': []},
 'related': [],
 'image': None,
 'mentioned_dates': [{'text': 'Ahad (8/1)', 'date': '2023-01-08'}]}

ENGLISH_ALSO_READ_RELATIVE = {'url': 'https://en.minanews.net/mer-c-dispatches-another-medical-team-to-the-gaza-strip?utm_source=rss&utm_medium=rss',
 'canonical_url': 'https://en.minanews.net/mer-c-dispatches-another-medical-team-to-the-gaza-strip/',
 'edition': 'en',
 'language': 'en',
 'title': 'MER-C Dispatches Another Medical Team to the Gaza Strip',
 'published_at': '2024-06-25T08:30:15+07:00',
 'modified_at': '2024-06-25T09:00:00+07:00',
 'author': 'sajadi',
 'editor': 'Sajadi',
 'category': 'Indonesia',
 'category_path': [],
 'tags': ['MER-C', 'Gaza'],
 'dateline': {'raw': 'Jakarta, MINA –', 'place': 'Jakarta', 'agency': 'MINA', 'date': None, 'hijri': None},
 'lead': 'The Medical Emergency Rescue Committee (MER-C) dispatched another medical team to the Gaza Strip '
         'on Tuesday night (24/6), its chairman said.',
 'body': 'The Medical Emergency Rescue Committee (MER-C) dispatched another medical team to the Gaza Strip '
         'on Tuesday night (24/6), its chairman said.\n'
         '\n'
         'The team of eight doctors will work at hospitals in the south of the enclave for one month.\n'
         '\n'
         '“We call on everyone to keep supporting the people of Gaza,” he said.',
 'signature': {'raw': '(T/RE1/P2)', 'codes': ['T', 'RE1', 'P2']},
 'related': [{'title': 'Palestinians Make Convoy from Ghalil to Al-Aqsa Mosque',
              'url': 'https://en.minanews.net/palestinians-make-convoy-from-ghalil-to-al-aqsa-mosque/'},
             {'title': 'Israeli Settlers Break into Al-Aqsa Mosque',
              'url': 'https://en.minanews.net/israeli-settlers-break-into-al-aqsa-mosque-2/'}],
 'image': {'url': 'https://en.minanews.net/wp-content/uploads/2024/06/merc.jpg',
           'caption': None,
           'credit': None},
 'mentioned_dates': [{'text': 'Tuesday night (24/6)', 'date': '2024-06-24'}]}

ARABIC = {'url': 'https://ar.minanews.net/%d9%8a%d8%b9%d9%82%d8%af-%d8%a7%d9%84%d9%8a%d9%88%d9%85',
 'canonical_url': 'https://ar.minanews.net/%d9%8a%d8%b9%d9%82%d8%af-%d8%a7%d9%84%d9%8a%d9%88%d9%85',
 'edition': 'ar',
 'language': 'ar',
 'title': 'يعقد اليوم التبليغ الأكبر ومهرجان شعبي',
 'published_at': '2024-03-10T17:15:32+07:00',
 'modified_at': None,
 'author': None,
 'editor': None,
 'category': 'أخبار',
 'category_path': ['أخبار'],
 'tags': [],
 'dateline': {'raw': 'لامبونج، مينا –', 'place': 'لامبونج', 'agency': 'MINA', 'date': None, 'hijri': None},
 'lead': 'يعقد اليوم التبليغ الأكبر لجماعة المسلمين في لامبونج بحضور آلاف المشاركين.',
 'body': 'يعقد اليوم التبليغ الأكبر لجماعة المسلمين في لامبونج بحضور آلاف المشاركين.\n'
         '\n'
         'وقال المنظمون إن الفعالية تهدف إلى تعزيز الوحدة بين المسلمين.',
 'signature': None,
 'related': [],
 'image': None,
 'mentioned_dates': []}

IMG_IN_DATELINE = {'url': 'https://minanews.net/kantor-berita-islam-mina-diluncurkan-di-indonesia/',
 'canonical_url': 'https://minanews.net/kantor-berita-islam-mina-diluncurkan-di-indonesia',
 'edition': 'id',
 'language': 'id',
 'title': 'Kantor Berita Islam MINA Diluncurkan di Indonesia',
 'published_at': '2012-10-26T00:00:00+07:00',
 'modified_at': None,
 'author': None,
 'editor': None,
 'category': None,
 'category_path': [],
 'tags': [],
 'dateline': {'raw': 'JAKARTA, 26 Oktober 2012 (MINA) –',
              'place': 'JAKARTA',
              'agency': 'MINA',
              'date': '2012-10-26',
              'hijri': None},
 'lead': 'Kantor Berita Islam Mi’raj News Agency (MINA) diluncurkan di Jakarta pada Jumat 10 Dzulhijjah 1434 '
         'H. bertepatan dengan 26 Oktober 2012 M. (MINA).',
 'body': 'Kantor Berita Islam Mi’raj News Agency (MINA) diluncurkan di Jakarta pada Jumat 10 Dzulhijjah 1434 '
         'H. bertepatan dengan 26 Oktober 2012 M. (MINA).\n'
         '\n'
         'Peluncuran dihadiri tokoh-tokoh Islam dan wartawan dari berbagai media.',
 'signature': None,
 'related': [],
 'image': None,
 'mentioned_dates': [{'text': 'Jumat 10 Dzulhijjah 1434 H. bertepatan dengan 26 Oktober 2012 M', 'date': '2012-10-26'}]}

CAPTION_BEFORE_DATELINE = {'url': 'https://minanews.net/ribuan-jamaah-shalat-jumat-di-al-aqsa',
 'canonical_url': 'https://minanews.net/ribuan-jamaah-shalat-jumat-di-al-aqsa',
 'edition': 'id',
 'language': 'id',
 'title': 'Ribuan Jamaah Shalat Jumat di Al-Aqsa',
 'published_at': '2024-05-03T20:40:00+07:00',
 'modified_at': None,
 'author': 'Nur Hadis',
 'editor': None,
 'category': None,
 'category_path': [],
 'tags': [],
 'dateline': {'raw': 'Al-Quds, MINA –', 'place': 'Al-Quds', 'agency': 'MINA', 'date': None, 'hijri': None},
 'lead': 'Sekitar 40 ribu jamaah melaksanakan shalat Jumat di Masjid Al-Aqsa pada Jumat (3/5), kata '
         'Departemen Wakaf Islam.',
 'body': 'Sekitar 40 ribu jamaah melaksanakan shalat Jumat di Masjid Al-Aqsa pada Jumat (3/5), kata '
         'Departemen Wakaf Islam.\n'
         '\n'
         'Pasukan pendudukan memperketat pemeriksaan di gerbang kota tua.',
 'signature': {'raw': '(L/RI-1/RS2)', 'codes': ['L', 'RI-1', 'RS2']},
 'related': [],
 'image': {'url': 'https://minanews.net/wp-content/uploads/2024/05/aqsa.jpg',
           'caption': None,
           'credit': None},
 'mentioned_dates': [{'text': 'Jumat (3/5)', 'date': '2024-05-03'}]}

MULTIPAGE_1 = {'url': 'https://minanews.net/sejarah-panjang-masjid-al-aqsa',
 'canonical_url': 'https://minanews.net/sejarah-panjang-masjid-al-aqsa',
 'edition': 'id',
 'language': 'id',
 'title': 'Sejarah Panjang Masjid Al-Aqsa',
 'published_at': '2024-05-05T08:00:00+07:00',
 'modified_at': None,
 'author': 'Rana Setiawan',
 'editor': None,
 'category': None,
 'category_path': [],
 'tags': [],
 'dateline': {'raw': 'Al-Quds, MINA –', 'place': 'Al-Quds', 'agency': 'MINA', 'date': None, 'hijri': None},
 'lead': 'Masjid Al-Aqsa dibangun empat puluh tahun setelah Masjidil Haram.',
 'body': 'Masjid Al-Aqsa dibangun empat puluh tahun setelah Masjidil Haram.\n'
         '\n'
         'Bagian pertama ini membahas masa awal pembangunan pada Sabtu (4/5).',
 'signature': None,
 'related': [{'title': 'Berita A', 'url': 'https://minanews.net/a'}],
 'image': None,
 'mentioned_dates': [{'text': 'Sabtu (4/5)', 'date': '2024-05-04'}]}

MULTIPAGE_2 = {'url': 'https://minanews.net/sejarah-panjang-masjid-al-aqsa/2',
 'canonical_url': 'https://minanews.net/sejarah-panjang-masjid-al-aqsa',
 'edition': 'id',
 'language': 'id',
 'title': 'Sejarah Panjang Masjid Al-Aqsa',
 'published_at': '2024-05-05T08:00:00+07:00',
 'modified_at': None,
 'author': 'Rana Setiawan',
 'editor': None,
 'category': None,
 'category_path': [],
 'tags': [],
 'dateline': None,
 'lead': 'Bagian kedua membahas masa Khalifah Umar pada Jumat (3/5).',
 'body': 'Bagian kedua membahas masa Khalifah Umar pada Jumat (3/5).\n'
         '\n'
         'Masjid itu terus dimakmurkan hingga kini.',
 'signature': {'raw': '(T/RE1)', 'codes': ['T', 'RE1']},
 'related': [{'title': 'Berita B', 'url': 'https://minanews.net/b'}],
 'image': None,
 'mentioned_dates': [{'text': 'Jumat (3/5)', 'date': '2024-05-03'}]}

NO_METADATA = {'url': 'http://127.0.0.1:8080/warga-gaza-terima-bantuan-pangan',
 'canonical_url': 'http://127.0.0.1:8080/warga-gaza-terima-bantuan-pangan',
 'edition': 'id',
 'language': 'id',
 'title': 'Warga Gaza Terima Bantuan Pangan',
 'published_at': None,
 'modified_at': None,
 'author': None,
 'editor': None,
 'category': None,
 'category_path': [],
 'tags': [],
 'dateline': None,
 'lead': 'Warga Gaza menerima bantuan pangan dari lembaga kemanusiaan Indonesia pekan ini.',
 'body': 'Warga Gaza menerima bantuan pangan dari lembaga kemanusiaan Indonesia pekan ini.\n'
         '\n'
         'Bantuan berupa beras, minyak dan tepung dibagikan kepada ribuan keluarga pengungsi.',
 'signature': None,
 'related': [],
 'image': None,
 'mentioned_dates': []}


URLS = {
    "current_theme_seed": "https://minanews.net/kim-jong-un-akan-kunjungi-rusia-untuk-bertemu-putin?utm_source=rss",
    "theme_2018": "http://en.mirajnews.com/2015/08/israeli-jets-attack-central-gaza-strip.html",
    "opinion_linked_byline": "https://minanews.net/menjaga-al-aqsa-adalah-kewajiban-bersama",
    "english_also_read_relative": "https://en.minanews.net/mer-c-dispatches-another-medical-team-to-the-gaza-strip"
                                  "?utm_source=rss&utm_medium=rss",
    "arabic": "https://ar.minanews.net/%d9%8a%d8%b9%d9%82%d8%af-%d8%a7%d9%84%d9%8a%d9%88%d9%85",
    "img_in_dateline": "https://minanews.net/kantor-berita-islam-mina-diluncurkan-di-indonesia/",
    "caption_before_dateline": "https://minanews.net/ribuan-jamaah-shalat-jumat-di-al-aqsa",
    "multipage_1": "https://minanews.net/sejarah-panjang-masjid-al-aqsa",
    "multipage_2": "https://minanews.net/sejarah-panjang-masjid-al-aqsa/2",
    "no_metadata": "http://127.0.0.1:8080/warga-gaza-terima-bantuan-pangan",
}
EXPECTED = {
    "current_theme_seed": CURRENT_THEME_SEED,
    "theme_2018": THEME_2018,
    "opinion_linked_byline": OPINION_LINKED_BYLINE,
    "english_also_read_relative": ENGLISH_ALSO_READ_RELATIVE,
    "arabic": ARABIC,
    "img_in_dateline": IMG_IN_DATELINE,
    "caption_before_dateline": CAPTION_BEFORE_DATELINE,
    "multipage_1": MULTIPAGE_1,
    "multipage_2": MULTIPAGE_2,
    "no_metadata": NO_METADATA,
}


def page(name: str) -> bytes:
    return (PAGES / f"{name}.html").read_bytes()


def parse(name: str) -> dict:
    """Every fixture is a MINA page (`no_metadata` as served by a local copy of the site)."""
    return parse_article(page(name), URLS[name], profile=MINA, fetched_at=FETCHED)


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


@pytest.mark.parametrize("name", list(EXPECTED))
def test_every_field_of_each_page_shape(name):
    item = parse(name)
    expected = EXPECTED[name]
    assert list(item) == list(PARSED_FIELD_NAMES)
    assert item["site"] == "mina"
    for field, value in expected.items():
        assert item[field] == value, field
    assert item["schema_version"] == SCHEMA_VERSION
    assert item["agency"] == "MINA"
    assert item["id"] == sha1(expected["canonical_url"])[:16]
    assert item["fetched_at"] == "2024-06-25T07:45:00+00:00"
    assert item["word_count"] == len(expected["body"].split())
    assert item["content_hash"] == sha1(" ".join(expected["body"].lower().split()))
    VALIDATOR.validate(item)


def test_sources_name_the_strategy_of_each_field():
    sources = extract_article(page("current_theme_seed"), URLS["current_theme_seed"], fetched_at=FETCHED).sources
    assert sources == {
        "title": "wordpress", "body": "density", "canonical_url": "html", "published_at": "text",
        "author": "text", "category": "html", "tags": "wordpress", "image": "meta", "dateline": "body",
    }
    sources = extract_article(page("english_also_read_relative"), URLS["english_also_read_relative"]).sources
    assert sources["published_at"] == "jsonld"
    assert sources["category"] == "jsonld"
    assert extract_article(page("opinion_linked_byline"), URLS["opinion_linked_byline"]).sources["author"] == "body"
    assert extract_article(page("arabic"), URLS["arabic"]).sources["published_at"] == "wordpress"
    assert extract_article(page("img_in_dateline"), URLS["img_in_dateline"]).sources["published_at"] == "dateline"


def test_relative_header_time_counts_back_from_fetched_at_when_nothing_else_dates_the_page():
    html = page("english_also_read_relative").replace(b'"datePublished": "2024-06-25T08:30:15+07:00",', b"")
    html = html.replace(b"Jakarta, MINA", b"Jakarta, MINA")
    item = parse_article(html, URLS["english_also_read_relative"], fetched_at=FETCHED)
    assert item["published_at"] == (FETCHED - timedelta(hours=6)).astimezone(
        timezone(timedelta(hours=7))).isoformat(timespec="seconds")


def test_zero_offset_metadata_is_read_as_wib_wall_clock():
    html = b"""<html lang="id"><head><meta property="article:published_time" content="2024-02-01T09:10:11+00:00">
    </head><body><h1>Judul</h1><div class="entry-content"><p>Teks berita.</p></div></body></html>"""
    assert parse_article(html, "https://minanews.net/judul")["published_at"] == "2024-02-01T09:10:11+07:00"


def test_explicit_offset_metadata_is_converted_to_wib():
    html = b"""<html><head><meta property="article:published_time" content="2024-02-01T09:10:11+08:00">
    </head><body><h1>Judul</h1><p>Teks berita.</p></body></html>"""
    assert parse_article(html, "https://minanews.net/judul")["published_at"] == "2024-02-01T08:10:11+07:00"


def test_title_tag_loses_the_site_name_when_nothing_better_exists():
    for suffix in (" - MINA News", " | MINA", " – MINA"):
        html = f"<html><head><title>Warga Gaza Terima Bantuan{suffix}</title></head><body><p>x</p></body></html>"
        assert parse_article(html, "https://minanews.net/x")["title"] == "Warga Gaza Terima Bantuan"


def test_bytes_are_decoded_with_the_meta_charset():
    html = '<html><head><meta charset="windows-1252"><title>Caf\u00e9 – x</title></head><body><h1>Caf\u00e9</h1>' \
           '<p>Teks.</p></body></html>'
    assert parse_article(html.encode("cp1252"), "https://minanews.net/cafe")["title"] == "Caf\u00e9"


def test_in_body_keyword_links_are_not_tags():
    html = b"""<html><body><h1>T</h1><div class="entry-content"><p>Jakarta, MINA - Tentang
    <a href="/tag/gaza/" rel="tag">Gaza</a> hari ini.</p></div></body></html>"""
    assert parse_article(html, "https://minanews.net/t")["tags"] == []


def test_language_falls_back_to_html_lang_then_script():
    arabic = "<html><body><h1>عنوان</h1><p>يعقد اليوم التبليغ الأكبر لجماعة المسلمين.</p></body></html>"
    item = parse_article(arabic, "http://127.0.0.1:9000/ar/x", profile=MINA)
    assert (item["edition"], item["language"]) == ("ar", "ar")
    english = "<html lang='en-US'><body><h1>Title</h1><p>Text.</p></body></html>"
    item = parse_article(english, "http://127.0.0.1:9000/en/x", profile=MINA)
    assert (item["edition"], item["language"], item["canonical_url"]) == ("en", "en", "http://127.0.0.1:9000/en/x/")


def test_page_links_of_a_multi_page_article():
    assert page_links(page("multipage_1"), URLS["multipage_1"]) == [
        "https://minanews.net/sejarah-panjang-masjid-al-aqsa/2",
        "https://minanews.net/sejarah-panjang-masjid-al-aqsa/3",
    ]
    assert page_links(page("multipage_2"), URLS["multipage_2"]) == [
        "https://minanews.net/sejarah-panjang-masjid-al-aqsa/3",
    ]
    assert page_links(page("current_theme_seed"), URLS["current_theme_seed"]) == []


def test_page_links_of_an_article_paged_by_query():
    url = "https://nasional.kompas.com/read/2016/02/16/14382361/Menteri.Yuddy"
    pager = "".join(f'<a href="{url}?page={n}">{n}</a>' for n in (1, 2, 3)) + f'<a href="{url}?page=2">Selanjutnya</a>'
    html = f"<html><body><h1>Menteri</h1><p>Teks berita.</p><div class='paging'>{pager}</div></body></html>"
    assert page_links(html, url) == [f"{url}?page=2", f"{url}?page=3"]
    assert page_links(html, f"{url}?page=2") == [f"{url}?page=3"]
    assert parse_article(html, f"{url}?page=2")["canonical_url"] == url


@pytest.mark.parametrize(("url", "parameter"), [
    ("https://nasional.sindonews.com/read/1234567/12/judul-berita-1700000000", "showpage"),  # Sindonews
    ("https://poskota.co.id/2024/05/12/judul-berita", "view"),  # Poskota, Beritasatu
])
def test_page_links_of_an_article_paged_by_its_own_parameter(url, parameter):
    pager = "".join(f'<a href="{url}?{parameter}={n}">{n}</a>' for n in (1, 2, 3))
    pager += f'<a href="{url}?{parameter}=all">All</a>'
    html = f"<html><body><h1>Judul</h1><p>Teks berita.</p><div class='paging'>{pager}</div></body></html>"
    assert page_links(html, url) == [f"{url}?{parameter}=2", f"{url}?{parameter}=3"]
    assert page_links(html, f"{url}?{parameter}=3") == [f"{url}?{parameter}=2"]
    assert parse_article(html, f"{url}?{parameter}=2")["canonical_url"] == url


def test_merged_pages_keep_page_one_and_append_the_rest():
    first, second = parse("multipage_1"), parse("multipage_2")
    merged = merge_article_pages([first, second])
    body = first["body"] + "\n\n" + second["body"]
    assert merged["body"] == body
    assert merged["lead"] == first["lead"]
    assert merged["word_count"] == len(body.split())
    assert merged["content_hash"] == sha1(" ".join(body.lower().split()))
    assert merged["related"] == first["related"] + second["related"]
    assert merged["mentioned_dates"] == first["mentioned_dates"] + second["mentioned_dates"]
    assert merged["signature"] == {"raw": "(T/RE1)", "codes": ["T", "RE1"]}
    assert (merged["canonical_url"], merged["id"], merged["dateline"]) == (
        first["canonical_url"], first["id"], first["dateline"])
    VALIDATOR.validate(merged)
    assert merge_article_pages([]) == {}


@pytest.mark.parametrize(("caption", "expected"), [
    ("Kim Jong Un dan Vladimir Putin. (Foto: KCNA)", ("Kim Jong Un dan Vladimir Putin.", "(Foto: KCNA)")),
    ("(Foto: Hadis/MINA)", (None, "(Foto: Hadis/MINA)")),
    ("Warga Gaza antre bantuan (photo special)", ("Warga Gaza antre bantuan", "(photo special)")),
    ("Smoke rises over Gaza. Photo: PIC", ("Smoke rises over Gaza.", "Photo: PIC")),
    ("Suasana shalat Jumat", ("Suasana shalat Jumat", None)),
    ("", (None, None)),
])
def test_caption_and_credit_are_split(caption, expected):
    assert split_caption(caption) == expected


@pytest.mark.parametrize("html", [b"", "", b"\xff\xfe\x00garbage", "<html>", "<!-- only -->", "<?xml version='1.0'"
                                  " encoding='utf-8'?><html><body><p>x</p></body></html>", "<p>" * 5000])
def test_any_input_gives_a_complete_item(html):
    item = parse_article(html, "https://minanews.net/x")
    assert list(item) == list(PARSED_FIELD_NAMES)
    assert item["body"] == "" or isinstance(item["body"], str)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<>/=\"' apdivh1MINA–-:()T/RE1[]\n")), max_size=400))
def test_never_raises_on_arbitrary_markup(text):
    assert list(parse_article(text, "https://minanews.net/x")) == list(PARSED_FIELD_NAMES)


def test_page_chrome_times_do_not_date_a_static_page():
    html = """<html lang="id-ID"><body><div class="ticker"><a href="/a">Berita</a> <span>6 hours ago</span>
    <span>-151 min. ago</span></div><aside><p>Rabu, 24 Desember 2025 | 07:26</p></aside>
    <h1>Tentang Kami</h1><div class="page-content"><p>Kantor Berita MINA didirikan pada 2012 untuk
    memberitakan dunia Islam.</p></div></body></html>"""
    item = parse_article(html, "https://minanews.net/tentang-kami", fetched_at=FETCHED)
    assert (item["title"], item["published_at"], item["dateline"], item["signature"]) == (
        "Tentang Kami", None, None, None)


def test_a_header_date_without_its_time_yields_to_metadata():
    html = b"""<html lang="id-ID"><head><meta property="article:published_time" content="2024-02-01T09:10:11+07:00">
    </head><body><article><h1 class="entry-title">Judul</h1><div class="entry-meta">Rana Setiawan - Kamis, 1 Februari
    2024</div><div class="entry-content"><p>Jakarta, MINA - Teks berita.</p></div></article></body></html>"""
    item = parse_article(html, "https://minanews.net/judul")
    assert (item["published_at"], item["author"]) == ("2024-02-01T09:10:11+07:00", "Rana Setiawan")
    without_meta = html.replace(b'content="2024-02-01T09:10:11+07:00"', b'content=""')
    assert parse_article(without_meta, "https://minanews.net/judul")["published_at"] == "2024-02-01T00:00:00+07:00"

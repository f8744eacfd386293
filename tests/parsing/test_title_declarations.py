"""The title a page declares in several places (`og:title`, `twitter:title`, JSON-LD `headline`, `<title>`), read
with no `<h1>`: the site's name before the headline, a declared section among the title's parts, two declarations
that differ by a part, entities escaped twice."""

from __future__ import annotations

import json

import pytest

from crawler.parsing import parse_article
from title_readings import BODY, title_of  # beside this file


def meta(name: str, content: str) -> str:
    return f'<meta property="{name}" content="{content}">'


def test_a_site_name_written_as_a_url_and_a_section_word_are_cut():
    # Okezone 2020 as a saved page gave it: og:site_name is the edition's URL.
    title = "6 Rekomendasi Bisnis dengan Tingkat Kerugian Kecil, Tertarik Mencoba? : Okezone Economy"
    head = meta("og:title", title) + meta("og:site_name", "https://economy.okezone.com/") + meta(
        "article:section", "Economy")
    assert title_of(None, "https://economy.okezone.com/read/2020/07/08/320/2243366/a", head) == \
        "6 Rekomendasi Bisnis dengan Tingkat Kerugian Kecil, Tertarik Mencoba?"


@pytest.mark.parametrize(("title", "url", "section"), [
    ("Cara Baru Astronom Melacak Kehidupan di Planet Lain | Teknologi - Gatra", "https://www.gatra.com/detail/news/1/a",
     "Teknologi"),
    ("Beda Mourinho dan Solskjaer Versi Winger MU - Bola - Liputan6.com", "https://www.liputan6.com/bola/read/1/a", "Bola"),
])
def test_the_pages_declared_section_among_the_site_parts_is_cut(title, url, section):
    assert title_of(title, url, meta("article:section", section)) == title.split(" | ")[0].split(
        " - ")[0]


def test_a_section_named_in_json_ld_is_cut():
    data = json.dumps({"@type": "NewsArticle", "articleSection": ["Bola", "Liga Inggris"]})
    head = f'<title>Beda Mourinho dan Solskjaer Versi Winger MU - Bola - Liputan6.com</title>' \
           f'<script type="application/ld+json">{data}</script>'
    assert title_of(None, "https://www.liputan6.com/bola/read/1/a", head) == (
        "Beda Mourinho dan Solskjaer Versi Winger MU")


@pytest.mark.parametrize(("og_title", "url", "head"), [
    ("KapanLagi.com: Bikin Gaduh Kota, Rumah Penyanyi Ini Digrebek Polisi", "https://musik.kapanlagi.com/berita/a.html",
     ""),
    ("Kapanlagi.com - Bikin Gaduh Kota, Rumah Penyanyi Ini Digrebek Polisi", "https://www.kapanlagi.com/a.html", ""),
    ("Warta Kota: Bikin Gaduh Kota, Rumah Penyanyi Ini Digrebek Polisi", "https://example.id/a",
     meta("og:site_name", "Warta Kota")),
])
def test_the_sites_name_before_the_headline_is_cut(og_title, url, head):
    assert title_of(None, url, meta("og:title", og_title) + head) == (
        "Bikin Gaduh Kota, Rumah Penyanyi Ini Digrebek Polisi")


@pytest.mark.parametrize(("og_title", "url"), [
    # A headline's own words holding the brand, or a host label alone, are no site name.
    ("Survei Litbang Kompas: Elektabilitas Partai Naik", "https://nasional.kompas.com/read/1/a"),
    ("Jakarta - Banjir Rendam 20 RT", "https://jakarta.viva.co.id/berita/1-a"),
    # A word of the language that a profile's loose site pattern also takes (`antara`: "between").
    ("Antara Dua Pilihan: Petani Menunggu Harga Gabah", "https://www.antaranews.com/berita/1/a"),
    # The bare brand opening a headline of its own (kpk.go.id).
    ("KPK - Polri Sepakat Usut Kasus Suap Hakim", "https://www.kpk.go.id/id/berita/berita-kpk/1-a"),
])
def test_a_headline_opening_with_words_of_the_site_stays(og_title, url):
    assert title_of(None, url, meta("og:title", og_title)) == og_title


def test_the_declaration_without_the_extra_part_is_the_headline():
    # KapanLagi's og:title carries the site and the channel (`Kapanlagi.com: Musik - `), its twitter:title not.
    head = meta("og:title", "Kapanlagi.com: Musik - Bikin Gaduh Kota, Rumah Penyanyi Ini Digrebek Polisi") + \
        '<meta name="twitter:title" content="Bikin Gaduh Kota, Rumah Penyanyi Ini Digrebek Polisi">'
    assert title_of(None, "https://musik.kapanlagi.com/berita/a.html", head) == \
        "Bikin Gaduh Kota, Rumah Penyanyi Ini Digrebek Polisi"


def test_twitter_title_stands_in_for_a_missing_og_title():
    head = '<meta name="twitter:title" content="Indonesia can Learn from Peatland Fire Case: Pratikno">' \
           "<title>Indonesia can Learn from Peatland Fire Case: Pratikno | National | Tempo.Co :: News Portal</title>"
    assert title_of(None, "https://en.tempo.co/read/1/a", head) == (
        "Indonesia can Learn from Peatland Fire Case: Pratikno")


def test_a_shorter_declaration_that_is_no_part_of_the_other_is_passed_over():
    head = meta("og:title", "Prabowo - Gibran Menang") + '<meta name="twitter:title" content="Gibran Menang">'
    assert title_of(None, "https://news.detik.com/berita/d-1/a", head) == "Prabowo - Gibran Menang"


def test_an_entity_escaped_twice_is_read():
    head = meta("og:title", "FIBA World Cup, Reaksi Dillon Brooks soal &amp;quot;Booo&amp;quot; di Indonesia Arena")
    assert title_of(None, "https://www.kompas.com/sports/read/2023/08/26/1/a", head) == \
        'FIBA World Cup, Reaksi Dillon Brooks soal "Booo" di Indonesia Arena'


@pytest.mark.parametrize("head", [
    # The Arabic edition's title (as the MINA fixture page gives it) opening with a right-to-left mark.
    "<title>\u200fيعقد اليوم التبليغ الأكبر ومهرجان شعبي\u200f – MINA</title>",
    '<meta property="og:title" content="&#x200F;يعقد اليوم التبليغ الأكبر ومهرجان شعبي – MINA">',
])
def test_right_to_left_marks_are_no_part_of_an_arabic_title(head):
    assert title_of(None, "https://ar.minanews.net/%d9%8a%d8%b9%d9%82%d8%af", head) == (
        "يعقد اليوم التبليغ الأكبر ومهرجان شعبي")


def test_an_h1_with_a_right_to_left_mark_is_read_without_it():
    html = ("<html><head><title>يعقد اليوم التبليغ الأكبر ومهرجان شعبي – MINA</title></head><body><article>"
            f"<h1>\u200fيعقد اليوم التبليغ الأكبر ومهرجان شعبي</h1>{BODY}</article></body></html>")
    assert parse_article(html.encode(), "https://ar.minanews.net/x")["title"] == "يعقد اليوم التبليغ الأكبر ومهرجان شعبي"


@pytest.mark.parametrize("ellipsis", ["...", "…"])
def test_a_declaration_cut_with_an_ellipsis_gives_way_to_the_whole_one(ellipsis):
    # SINDOnews cut its titles (`... di Pangkalan... - SINDOnews.com`); the JSON-LD headline holds the whole.
    data = json.dumps({"@type": "NewsArticle", "headline": "Raja Salman: Saudi Marah dengan Penembakan Biadab di "
                                                           "Pangkalan Militer AS"})
    head = meta("og:title", f"Raja Salman: Saudi Marah dengan Penembakan Biadab di Pangkalan{ellipsis} - SINDOnews.com") + \
        f'<script type="application/ld+json">{data}</script>'
    assert title_of(None, "https://international.sindonews.com/read/1479000/41/a", head) == \
        "Raja Salman: Saudi Marah dengan Penembakan Biadab di Pangkalan Militer AS"


def test_a_title_ending_in_an_ellipsis_of_its_own_stays_without_a_longer_declaration():
    head = meta("og:title", "Raja Salman: Saudi Marah dengan Penembakan Biadab di Pangkalan... - SINDOnews.com")
    assert title_of(None, "https://international.sindonews.com/read/1479000/41/a", head) == \
        "Raja Salman: Saudi Marah dengan Penembakan Biadab di Pangkalan..."

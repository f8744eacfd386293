"""Authors and editors as real pages print them and as their metadata records them: the writer a reader names,
never the outlet, its team, the site's account or the kind of page (small pages in the shapes of the real ones)."""

from __future__ import annotations

import json

import pytest

from crawler.parsing import parse_article
from crawler.parsing.credits import parse_credits
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

from people_pages import PARAGRAPHS, TITLE, URL, page  # beside this file


def meta_author(name: str) -> str:
    return f'<meta name="author" content="{name}">'


def jsonld_author(name: str) -> str:
    article = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": TITLE,
               "author": {"@type": "Person", "name": name}}
    return f'<script type="application/ld+json">{json.dumps(article)}</script>'


@pytest.mark.parametrize(("url", "name", "author"), [
    # NewsAPI's records of Indonesian pages, 2021-2022: the metadata's writer
    ("https://health.detik.com/berita-detikhealth/d-5669503/sebaran", "Achmad Reyhan Dwianto", "Achmad Reyhan Dwianto"),
    ("https://www.tvonenews.com/lifestyle/trend/41510-versi-kepala-desa", "Bella Ayu Kurnia Putri, Tim TvOne",
     "Bella Ayu Kurnia Putri"),
    # ...and no writer: the outlet, its team, the kind of page, the site's account
    ("https://www.liputan6.com/global/read/4623128/6-fakta", "Liputan6.com", None),
    ("https://news.detik.com/internasional/d-6084644/pertama-kali", "Tim detikcom", None),
    ("https://www.haibunda.com/parenting/20220518202246-60-274143/kenali", "Tim Haibunda", None),
    ("https://www.tvonenews.com/lifestyle/trend/41510-versi-kepala-desa", "Tim TvOne", None),
    ("https://biz.kompas.com/read/2022/05/19/122006728/tbc-bisa-disembuhkan", "advertorial", None),
    (URL, "admin", None),
    (URL, "Tim Redaksi", None),
    ("https://news.detik.com/abc-australia/d-5287234/vaksin-covid-19", "ABC Australia", None),
    ("https://news.detik.com/berita/d-6896550/dua-bayi-yang-tertukar", "detikNews", None),
    (URL, "AM Hendropriyono", "AM Hendropriyono"),  # a person's initials
    # publishers' names as Google News gives them for their pages (2023)
    ("https://medan.tribunnews.com/2023/08/26/prediksi-skor-pss-sleman-vs-persebaya", "Tribun Medan", None),
    ("https://banjarmasin.tribunnews.com/2023/08/26/arsenal-tertawa-puas", "Banjarmasin Post", None),
    ("https://sport.detik.com/sepakbola/bola-dunia/d-6896485/kesalnya-de-gea", "detikSport", None),
    # a writer whose given name is Tim is a writer
    ("https://www.thejakartapost.com/news/2015/06/19/suspect-caught.html", "Tim Hannigan", "Tim Hannigan"),
])
@pytest.mark.parametrize("markup", [meta_author, jsonld_author])
def test_a_metadata_author_is_a_writer_not_the_outlet_its_team_or_an_account(url, name, author, markup):
    assert parse_article(page(head=markup(name)), url)["author"] == author


@pytest.mark.parametrize(("line", "author"), [
    # Blogger's header (dutabangsanews.com, 2020)
    ("Written By mansyur soupyan sitompul on Kamis, 29 Oktober 2020 | 15.11", "mansyur soupyan sitompul"),
    ("Diposting oleh Budi Santoso pada Senin, 12 Februari 2024 10:15 WIB", "Budi Santoso"),
    ("Posted by admin on Senin, 12 Februari 2024 10:15 WIB", None),
])
def test_a_blogs_header_byline_gives_the_name_without_its_verb(line, author):
    assert parse_article(page(header=f"<div>{line}</div>"), URL)["author"] == author


@pytest.mark.parametrize("header", [
    "<div>Oleh Mohd Iskandar Ibrahim</div><div>bhnews@bh.com.my</div>",
    "<div>Oleh Mohd Iskandar Ibrahim bhnews@bh.com.my</div>",
])
def test_a_malay_byline_with_the_desks_address(header):
    """Berita Harian: the writer over the desk's e-mail address, in one element or two."""
    item = parse_article(page(header=f"{header}<div>Mei 20, 2020 12:51 WIB</div>"),
                         "https://www.bharian.com.my/berita/nasional/2020/05/690001/x")
    assert item["author"] == "Mohd Iskandar Ibrahim"


@pytest.mark.parametrize(("credit", "author", "editor"), [
    # Kompas 2021: label and names in elements of their own, several writers, an editor of one name
    ("<div id='penulis'>Penulis <a>Rahel Narda Chaterine</a></div><div id='editor'>Editor <a>Krisiandi</a></div>",
     "Rahel Narda Chaterine", "Krisiandi"),
    ("<div id='penulis'>Penulis <a>Fitria Chusna Farisa</a>, <a>Ardito Ramadhan</a></div>"
     "<div id='editor'>Editor <a>Krisiandi</a></div>", "Fitria Chusna Farisa, Ardito Ramadhan", "Krisiandi"),
    # a rubric or a role after the label is no name
    ("<div>Editor Pilihan</div><div>Penulis Tamu</div>", None, None),
])
def test_credits_without_a_colon_name_their_writers_and_editor(credit, author, editor):
    header = f"<div>Kompas.com - 23/04/2021, 10:55 WIB</div><div class='read__credit'>{credit}</div>"
    item = parse_article(page(header=header), "https://nasional.kompas.com/read/2021/04/23/10550851/kemenkes")
    assert (item["author"], item["editor"]) == (author, editor)


@pytest.mark.parametrize("line", ["Editor: Redaksi | Senin, 12 Februari 2024 10:15 WIB", "Editor : Admin"])
def test_the_desk_as_the_headers_editor_is_nobody(line):
    header = f"<div>Budi Santoso - Senin, 12 Februari 2024 10:15 WIB</div><div>{line}</div>"
    item = parse_article(page(header=header), URL)
    assert (item["author"], item["editor"]) == ("Budi Santoso", None)


def test_the_sites_account_in_a_themes_author_markup_is_no_writer():
    header = ("<span class='entry-author'><a href='/author/admin'>Admin</a></span>"
              "<div>Senin, 12 Februari 2024 10:15 WIB</div>")
    assert parse_article(page(header=header), URL)["author"] is None


@pytest.mark.parametrize(("first", "author"), [
    # Kompas 2022 (Kudu Insight): three writers, the last after `&`
    ("Oleh: Nurvirta Monarizqa, Ingki Rinaldi, & Palupi Annisa Auliani",
     "Nurvirta Monarizqa, Ingki Rinaldi, & Palupi Annisa Auliani"),
    ("Oleh: Ahmad Yani dan Siti Aminah", "Ahmad Yani dan Siti Aminah"),
    # kabarpali.com 2016: a note mark before the columnist's name
    ("Oleh : *) Hengky Yohanes", "Hengky Yohanes"),
    # a role after the name, `dan` inside the role: one writer
    ("Oleh: Budi Santoso, Dosen Fakultas Hukum dan Ilmu Sosial", "Budi Santoso"),
    ("Oleh: Ali Farkhan Tsani, Redaktur Senior MINA", "Ali Farkhan Tsani"),
])
def test_an_opinion_byline_names_its_writers(first, author):
    cleaned = clean_body([Block(first), *(Block(text) for text in PARAGRAPHS)])
    assert cleaned.byline_author == author
    assert cleaned.paragraphs == PARAGRAPHS


def test_a_columnists_byline_beats_the_desks_header():
    """kabarpali.com 2016: `Oleh Redaksi KABARPALI | <date>` over the column, the writer's byline opening it."""
    item = parse_article(page(header="<div>Oleh Redaksi KABARPALI | 04 November 2016</div>",
                              lead="<p>Oleh : *) Hengky Yohanes</p>"), "http://kabarpali.com/detailpost/desa-pemekaran")
    assert item["author"] == "Hengky Yohanes"
    assert parse_article(page(header="<div>Oleh Redaksi KABARPALI | 04 November 2016</div>"),
                         "http://kabarpali.com/detailpost/desa-pemekaran")["author"] is None


@pytest.mark.parametrize(("lines", "author", "editor"), [
    (["Penulis: Humas Pemkab Bantul", "Editor: Redaksi"], None, None),
    (["Penulis: Redaksi", "Editor: Tim Redaksi"], None, None),
    (["Reporter: Admin", "Editor: Budi Santoso"], None, "Budi Santoso"),
    (["Penulis: Tim", "Editor: Budi Santoso"], None, "Budi Santoso"),
    (["Pewarta: Adv", "Editor: Budi Santoso"], None, "Budi Santoso"),  # an advertorial's desk code
    (["Reporter: Tim Liputan", "Editor: Budi Santoso"], None, "Budi Santoso"),
    (["Penulis: Tim Hannigan", "Editor: Budi Santoso"], "Tim Hannigan", "Budi Santoso"),  # a writer named Tim
    (["Penulis: Siti Aminah", "Editor: Redaksi"], "Siti Aminah", None),
])
def test_a_desk_or_an_office_signing_the_credits_is_nobodys_name(lines, author, editor):
    cleaned = clean_body([*(Block(text) for text in PARAGRAPHS), *(Block(line) for line in lines)])
    assert (cleaned.credits.author, cleaned.credits.editor) == (author, editor)
    assert cleaned.paragraphs == PARAGRAPHS


def test_the_pr_office_in_the_header_is_no_writer():
    """ugm.ac.id: `<li class="post-date">17 Juni 2008, 23:38 WIB</li><li class="post-author">Oleh: Humas UGM</li>`."""
    header = ("<ul class='entry-meta'><li class='post-date'>17 Juni 2008, 23:38 WIB</li>"
              "<li class='post-author'>Oleh: Humas UGM</li></ul>")
    assert parse_article(page(header=header), "https://ugm.ac.id/id/berita/12345-satu-lagi")["author"] is None
    assert parse_article(page(lead="<p>Oleh: Humas UGM</p>"), "https://ugm.ac.id/id/berita/12345-satu-lagi")[
        "author"] is None


@pytest.mark.parametrize(("last", "author"), [
    # a writer's full name closing the text in brackets (Okezone, regional copies, BeritaManado, Tribun's copies)
    ("Polisi masih menyelidiki penyebab kebakaran itu. (Fahmi Firdaus )", "Fahmi Firdaus"),
    ("Ia berharap kegiatan itu terus berlanjut setiap tahun. (Maria Anggelina Olo Bere)", "Maria Anggelina Olo Bere"),
    ("Polisi masih menyelidiki penyebab kebakaran itu. (Tribunnews.com/Budi Santoso)", "Budi Santoso"),
    ("Polisi masih menyelidiki penyebab kebakaran itu. (***/Jenly Wenur)", "Jenly Wenur"),
    ('"Dengan senang hati kalau sudah ya sudah, profesional," kata dia. (lutfi ahmad mauludin)', "lutfi ahmad mauludin"),
    # ...and no writer: one word (an outlet's as often as a writer's), a writer and an editor, a desk, an outlet, codes
    ("Semoga Visi Indonesia Smart Nation segera terwujud,” pungkasnya. (Sonea)", None),
    ("Kegiatan ditutup dengan doa bersama. (Imam Kusnin Ahmad/Ibnu Nawawi)", None),
    ("Kegiatan ditutup dengan doa bersama. (Syamsul AkbarMahbib)", None),  # a writer and an editor glued
    ("Kegiatan itu diikuti seluruh personel. (Humas Polres Toba)", None),
    ("Kegiatan itu diikuti seluruh personel. (Tribun Jateng)", None),
    ("Kegiatan itu diikuti seluruh personel. (Tim Redaksi)", None),
    ("Kegiatan itu diikuti seluruh personel. (Kabupaten Bantul)", None),
    ("Kegiatan itu diikuti seluruh personel. (Adv/kmf/didik)", None),
])
def test_a_writers_name_closing_the_text_is_the_author(last, author):
    item = parse_article(page(last=f"<p>{last}</p>"), URL)
    assert item["author"] == author
    assert item["body"].split("\n\n")[-1] == last[:last.rindex(" (")]


def test_the_header_byline_beats_a_contributors_closing_name():
    """Suara 2015: `<author>Laban Laisila</author> : 19 Jun 2015 | 13:06` over a text closing `(Luh Wayanti)`."""
    header = ("<div class='dateDetail2'><span><author>Laban Laisila</author> : "
              "<time>19 Jun 2015 | 13:06 WIB</time></span></div>")
    item = parse_article(page(header=header, last=f"<p>{PARAGRAPHS[0]} (Luh Wayanti Putri)</p>"), URL)
    assert item["author"] == "Laban Laisila"


def test_a_columns_label_over_the_name_on_its_own_line():
    """blog.djarumbeasiswaplus.org 2014: `Oleh:` alone, `M Rodhi Aulia` under it."""
    cleaned = clean_body([Block("Oleh:"), Block("M Rodhi Aulia"), *(Block(text) for text in PARAGRAPHS)])
    assert (cleaned.byline_author, cleaned.paragraphs) == ("M Rodhi Aulia", PARAGRAPHS)
    cleaned = clean_body([Block("Oleh :"), *(Block(text) for text in PARAGRAPHS)])
    assert cleaned.byline_author is None
    assert cleaned.paragraphs[-2:] == PARAGRAPHS


@pytest.mark.parametrize(("last", "author", "editor"), [
    # a school's copy of Kompas (2012): editor and source in the last paragraph, one line each
    ("Editor : Raden Armand Firdaus\nSumber : Kompas.com", None, "Raden Armand Firdaus"),
    # a site's copy of Kompas (2020): the source first, the writer as `Dipublikasikan oleh`, then the editor
    ("Sumber : Kompas.com Dipublikasikan oleh : Miranti Kencana Wirawan Editor : Ahmad Mufti F.R",
     "Miranti Kencana Wirawan", "Ahmad Mufti F.R"),
    ("Ditulis oleh: Siti Aminah", "Siti Aminah", None),
    # a mining news copy: the writer's e-mail address under the name
    ("Penulis : Egenius Soda (floreskoe@yahoo.com)", "Egenius Soda", None),
    # a regional site's credits line: the account that put the page up after the writer
    ("Editor : F Budiono Penulis : I Gede E. P. Kumbara Publish : K Korpriano Dami", "I Gede E. P. Kumbara", "F Budiono"),
])
def test_a_copys_source_line_ends_the_name_before_it(last, author, editor):
    cleaned = clean_body([*(Block(text) for text in PARAGRAPHS), Block(last)])
    assert (cleaned.credits.author, cleaned.credits.editor) == (author, editor)
    assert cleaned.paragraphs == PARAGRAPHS


def test_an_outlet_printed_as_the_writer_is_no_author():
    """An AyoBandung copy of a Republika story (2020): `Penulis: Republika.co.id<br />Editor : M. Naufal Hafizh`."""
    item = parse_article(page(last="<p>Penulis: Republika.co.id<br />Editor : M. Naufal Hafizh</p>"), URL)
    assert (item["author"], item["editor"]) == (None, "M. Naufal Hafizh")


def test_a_source_line_alone_or_a_sentence_is_no_credit():
    assert parse_credits("Sumber: Detik.com") is None
    assert parse_credits("Publish : K Korpriano Dami") is None
    assert parse_credits("Ditulis oleh seorang santri, buku itu laris di pasaran.") is None

"""Writers and editors of copies, columns and metadata graphs as real pages print them: a copy's credit line without
colons, a writer's role after the name, an icon's glyph name before it, a JSON-LD author given by reference."""

from __future__ import annotations

import json

import pytest

from crawler.parsing import parse_article
from crawler.parsing.credits import bare_credit_line, parse_credits, parse_header_line, without_bio

from people_pages import TITLE, URL, page  # beside this file


def jsonld(data: dict) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


# Regional sites' copies of Kompas stories (2018-2021): the credit line opens the text, on its own or with the dateline
# run on after the editor's name.
@pytest.mark.parametrize(("lead", "author", "editor"), [
    ("<p>Penulis Kontributor Padang Sidempuan, Oryza Pasaribu | Editor I Kadek Wira Aditya</p>"
     "<p>PADANG SIDEMPUAN, KOMPAS.com - Menyikapi kekhawatiran warga, Wali Kota menyebut pemakaman sesuai protokol.</p>",
     "Oryza Pasaribu", "I Kadek Wira Aditya"),
    ("<p>Penulis Kontributor Baubau, Defriatno Neke | Editor Teuku Muhammad Valdy Arief BUTON, KOMPAS.com - Majelis "
     "Hakim Pengadilan Negeri Pasarwajo menjatuhkan vonis dua tahun penjara kepada seorang jurnalis.</p>",
     "Defriatno Neke", "Teuku Muhammad Valdy Arief"),
    ("<p>Penulis Kontributor Baubau, Defriatno Neke | Editor Farid Assifa BUTON TENGAH, KOMPAS.com – Angin puting "
     "beliung melanda Kelurahan Watulea, Kecamatan Gu, Kabupaten Buton Tengah.</p>", "Defriatno Neke", "Farid Assifa"),
])
def test_a_copys_credit_line_without_colons_names_the_writer_and_the_editor(lead, author, editor):
    item = parse_article(page(lead=lead), URL)
    assert (item["author"], item["editor"]) == (author, editor)
    assert not item["body"].startswith("Penulis")


def test_the_credit_line_without_colons_in_a_header():
    header = ('<div class="read__credit"><span>Penulis</span> <a>Fitria Chusna Farisa</a>, <a>Ardito Ramadhan</a> | '
              '<span>Editor</span> <a>Krisiandi</a></div><div>Kompas.com - 01/03/2021, 10:00 WIB</div>')
    item = parse_article(page(header=header), "https://nasional.kompas.com/read/2021/03/01/10000001/x")
    assert (item["author"], item["editor"]) == ("Fitria Chusna Farisa, Ardito Ramadhan", "Krisiandi")


@pytest.mark.parametrize("text", [
    "Penulis Kontributor Baubau, Defriatno Neke | Editor Farid Assifa Buton Tengah, KOMPAS.com – Angin",  # no capitals
    "Penulis buku itu, kata dia, | Editor baru",
    "Pewarta Kontributor Baubau, Defriatno Neke | Editor Farid Assifa",
])
def test_a_line_not_ending_where_a_name_can_is_no_credit_line(text):
    assert bare_credit_line(text) is None


def test_a_desk_on_the_credit_line_is_nobody():
    assert bare_credit_line("Penulis Tim Redaksi | Editor Krisiandi").author is None


# Columns and opinion pages: the writer's role or affiliation printed after the name is no part of it.
@pytest.mark.parametrize(("line", "author"), [
    ("Penulis : Mohammad Rifqi. Mahasiswa UIN Sunan Kalijaga Yogyakarta", "Mohammad Rifqi"),  # balengkospace.com 2026
    ("Reporter: Ahmad Rafiq (Kontributor)", "Ahmad Rafiq"),  # a Tempo copy, 2018
    ("Reporter: Ahmad Sahroni.", "Ahmad Sahroni"),  # a regional site, 2021
    ("Pewarta: Budisantoso Budiman dan Agus S", "Budisantoso Budiman dan Agus S"),
])
def test_a_credits_name_ends_before_the_writers_role(line, author):
    assert parse_credits(line).author == author


def test_an_initial_keeps_its_full_stop():
    assert parse_credits("Editor : Ni Luh Made Pertiwi F.").editor == "Ni Luh Made Pertiwi F."


@pytest.mark.parametrize(("text", "name"), [
    ("Andika Putra Pratama Mahasiswa S1 Manajemen", "Andika Putra Pratama"),
    ("Ali Farkhan Tsani, Redaktur Senior MINA", "Ali Farkhan Tsani"),
    ("Budi Guruh Santoso", "Budi Guruh Santoso"),
])
def test_without_bio(text, name):
    assert without_bio(text) == name


@pytest.mark.parametrize(("lead", "author"), [
    ("<p>Oleh : Suyono HS. *</p>", "Suyono HS"),
    ("<p>Oleh: Firdaus Putra, HC.*</p>", "Firdaus Putra"),
    ("<p>Oleh: Nurhidayat*</p>", "Nurhidayat"),
])
def test_an_opinion_byline_without_the_full_stop_after_it(lead, author):
    assert parse_article(page(lead=lead), URL)["author"] == author


# A theme printing an icon font's glyph name before the byline and the date (menalar.id, balengkospace.com 2025-2026:
# `account_circle Nazula Destiyana`, `calendar_month Sab, 24 Jan 2026`).
@pytest.mark.parametrize(("line", "when"), [
    ("calendar_month Sab, 24 Jan 2026", "Sab, 24 Jan 2026"),
    ("Sab, 24 Jan 2026", "Sab, 24 Jan 2026"),
    ("Ming, 18 Jan 2026 10:00 WIB", "Ming, 18 Jan 2026 10:00 WIB"),
])
def test_a_date_line_names_no_writer(line, when):
    found = parse_header_line(line)
    assert (found.author, found.when) == (None, when)


def test_the_icons_glyph_name_is_no_part_of_a_byline():
    header = ('<div class="post-meta"><span class="post-author"><span class="material-symbols-outlined">account_circle'
              '</span> Andika Putra Pratama Mahasiswa S1 Manajemen</span> <span class="post-date"><span class="material-'
              'symbols-outlined">calendar_month</span> Kam, 22 Jan 2026</span></div>')
    assert parse_article(page(header=header), URL)["author"] == "Andika Putra Pratama"


# JSON-LD authors (Yoast's graph on telset.id 2021, an organization's reference, one never resolved).
def test_a_jsonld_author_given_by_reference_is_the_person_it_points_to():
    person = "https://telset.id/#/schema/person/b4a0d38841e5373d5f4a63f8fcdfac1d"
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "Article", "headline": TITLE, "author": {"@id": person}},
        {"@type": "Person", "@id": person, "name": "Muhammad Faisal Hadi Putra"}]}
    assert parse_article(page(head=jsonld(graph)), URL)["author"] == "Muhammad Faisal Hadi Putra"


@pytest.mark.parametrize("graph", [
    {"@context": "https://schema.org", "@graph": [
        {"@type": "Organization", "@id": "https://techbrot.com/#organization", "name": "TechBrot"},
        {"@type": "TechArticle", "headline": TITLE, "author": {"@id": "https://techbrot.com/#organization"}}]},
    {"@context": "https://schema.org", "@graph": [
        {"@type": "Article", "headline": TITLE, "author": {"@id": "https://x.id/#/schema/person/5a03"}}]},
    {"@context": "https://schema.org", "@type": "NewsArticle", "headline": TITLE,
     "author": {"@type": "NewsMediaOrganization", "name": "Harian Rakyat Bengkulu"}},
    {"@context": "https://schema.org", "@type": "NewsArticle", "headline": TITLE,
     "author": {"@type": "Person", "url": "https://www.kompas.com/tag/ahmad-naufal"}},
])
def test_a_jsonld_author_naming_no_person_is_none(graph):
    assert parse_article(page(head=jsonld(graph)), URL)["author"] is None


def test_the_advertising_desk_signing_a_copy_is_nobody():
    # PosBelitung's advertorial copied by a regional site (2023): the writer signs the text, the desk the copy.
    last = ("<p>Penulis: Rafli Noer Khairam</p><p>Artikel ini telah tayang di PosBelitung.co dengan judul Tim KBKM Desa "
            "Selinsing, https://belitung.tribunnews.com/2023/10/17/tim-kbkm.<br>Penulis: Iklan Bangkapos | Editor: "
            "Edwardi</p>")
    item = parse_article(page(last=last), URL)
    assert (item["author"], item["editor"]) == ("Rafli Noer Khairam", "Edwardi")
    assert parse_credits("Penulis: Iklan Bangkapos | Editor: Edwardi").author is None


def test_an_english_byline_run_into_the_dateline():
    # NNN's copy of a Bernama story (2020): the byline, the dateline in capitals and the paragraph in one block.
    lead = ("<p>By Massita Ahmad SINGAPORE, June 25 (NNN-BERNAMA) — Emeritus Senior Minister Goh Chok Tong has decided "
            "to retire from politics after 44 years, he announced on Thursday.</p>")
    item = parse_article(page(lead=lead), "http://www.namnewsnetwork.org/?p=545789")
    assert item["author"] == "Massita Ahmad"
    assert item["body"].startswith("Emeritus Senior Minister")


@pytest.mark.parametrize(("lead", "author"), [
    ("<p>By Monday the floods had receded in most districts, officials said in a statement.</p>", None),
    ("<p>By ANNIE FREEDA CRUEZ</p><p>KUALA LUMPUR: The ministry said on Monday it would review the rules.</p>",
     "ANNIE FREEDA CRUEZ"),  # a byline alone on its line, in capitals (The Star)
])
def test_a_sentence_or_a_byline_alone_is_no_glued_byline(lead, author):
    assert parse_article(page(lead=lead), URL)["author"] == author


@pytest.mark.parametrize(("lead", "author", "start"), [
    # Tribunnews 2017: a regional reporter's line run into the dateline of the outlet that ran the copy
    ("<p>Laporan Wartawan TribunKaltim.co, Margaret Sarita TRIBUNNEWS.COM, SANGATTA - Abdul Hafid, warga RT 5 Desa "
     "Sangkima, tewas akibat terlindas roda belakang truk tronton.</p>", "Margaret Sarita", "Abdul Hafid"),
    ("<p>Laporan Wartawan Grid.ID, Nindya Galuh A. TRIBUNNEWS.COM - Masih terasa duka di hati para sahabat, keluarga "
     "dan fans Kim Joo Hyuk.</p>", "Nindya Galuh A.", "Masih terasa duka"),
])
def test_a_reporter_line_run_into_another_outlets_dateline(lead, author, start):
    item = parse_article(page(lead=lead), "https://www.tribunnews.com/regional/2017/11/03/x")
    assert item["author"] == author
    assert item["body"].startswith(start)

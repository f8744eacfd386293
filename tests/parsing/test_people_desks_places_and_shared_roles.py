"""A place, a time's label, a desk or the site where a writer's or editor's name would stand, an English byline run into
its dateline, closing credits (a name with an apostrophe, a wire after a slash, a scripture's citation), one person
printed as reporter and editor at once, writers parted by slashes or linked one after another, and columns' bylines
(small pages in the shapes of the real ones)."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.credits import closing_writer, parse_credits, parse_header_line, split_signature
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

from people_pages import PARAGRAPHS, URL, page  # beside this file


@pytest.mark.parametrize("line", [
    "Jakarta - Senin, 12 Februari 2024 | 10:15 WIB",  # the dateline's place before the header's time
    "Waktu: Senin, 12 Februari 2024 | 10:15 WIB",  # the time's own label
])
def test_a_place_or_a_label_before_the_header_time_is_no_writer(line):
    assert parse_article(page(header=f"<div>{line}</div>"), URL)["author"] is None


def test_a_writer_before_the_header_time_stays_the_writer():
    item = parse_article(page(header="<div>Septia Eka Putri - Jumat, 5 Desember 2014 - 13:06 WIB</div>"),
                         "https://minanews.net/13757-pemukim-ilegal-israel-serbu-alaqsa-selama-2014")
    assert item["author"] == "Septia Eka Putri"


def test_the_time_label_waktu_names_nobody():
    assert parse_header_line("Waktu: Senin, 12 Februari 2024 | 10:15 WIB").author is None


@pytest.mark.parametrize(("name", "author"), [
    ("Tim Liputan", None),  # the outlet's reporting desk
    ("Admin Web", None),  # the site's account
    ("Ali Farkhan Tsani", "Ali Farkhan Tsani"),
])
def test_a_desk_as_the_metadata_author_names_nobody(name, author):
    assert parse_article(page(head=f'<meta name="author" content="{name}">'), URL)["author"] == author


@pytest.mark.parametrize("opening", [
    # ANTARA's English features as their writer's blog kept them (2008-2011)
    "By Andi Abdussalam Jakarta, July 15 (ANTARA) - The governments of Indonesia and Timor Leste in Bali on Tuesday "
    "expressed deep regret over the gross human rights violations.",
    "By Andi Abdussalam Jakarta, Feb 24 (ANTARA) - Two press bodies have offered mediation efforts to settle the "
    "polemics between the state secretary and three media organizations.",
])
def test_an_english_byline_run_into_its_dateline_names_the_writer_without_the_place(opening):
    cleaned = clean_body([Block(opening), *(Block(text) for text in PARAGRAPHS)])
    assert cleaned.credits.author == "Andi Abdussalam"
    assert cleaned.byline_author is None
    assert (cleaned.dateline.place, cleaned.paragraphs[0][:3]) == ("Jakarta", opening.split(" - ", 1)[1][:3])


def test_a_closing_credit_whose_name_holds_an_apostrophe_names_the_writer():
    """Okezone: `(Qur'anul Hidayat)` closing the text."""
    item = parse_article(page(last="<p>Pihaknya berharap langkah itu membantu warga. (Qur'anul Hidayat)</p>"), URL)
    assert item["author"] == "Qur'anul Hidayat"
    assert "Hidayat" not in item["body"]


@pytest.mark.parametrize("text", [
    "Demikian firman Allah. (Surat Al Baqarah)",
    "Demikian firman Allah. (Al-Qur'an Surat Al-Baqarah)",
])
def test_a_scriptures_citation_closing_the_text_is_no_writer(text):
    assert closing_writer(split_signature(text)[1]) is None


@pytest.mark.parametrize(("line", "author", "editor"), [
    # JPNN: one person reported and edited
    ("Redaktur & Reporter : Fathan Sinaga", "Fathan Sinaga", "Fathan Sinaga"),
    ("Redaktur & Reporter : Tim Redaksi", None, None),
    ("Redaktur : Natalia Reporter : Dean Pahrevi", "Dean Pahrevi", "Natalia"),
])
def test_one_label_for_reporter_and_editor_names_both(line, author, editor):
    credits = parse_credits(line)
    assert (credits.author, credits.editor) == (author, editor)
    item = parse_article(page(last=f"<p>{line}</p>"), URL)
    assert (item["author"], item["editor"], item["body"].split("\n\n")) == (author, editor, PARAGRAPHS)


def test_a_closing_byline_may_name_the_wire_after_a_slash():
    """A detik video: `Rahmatia Miralena/Reuters – 20DETIK` under the text."""
    cleaned = clean_body([*(Block(text) for text in PARAGRAPHS), Block("Rahmatia Miralena/Reuters – 20DETIK")])
    assert (cleaned.credits.author, cleaned.paragraphs) == ("Rahmatia Miralena", PARAGRAPHS)


@pytest.mark.parametrize(("text", "author"), [
    ("Oleh Feliks Tans (Dosen FKIP, Universitas Nusa Cendana, Kupang)", "Feliks Tans"),
    ("Oleh Ilham Khoiri", "Ilham Khoiri"),
    ("Oleh karena itu (menurut dia) warga diminta waspada", None),
])
def test_a_bare_columnists_byline_may_give_the_role_in_brackets(text, author):
    cleaned = clean_body([Block(text), *(Block(p) for p in PARAGRAPHS)])
    assert cleaned.byline_author == author


@pytest.mark.parametrize(("text", "author"), [
    ("Catatan: Jonathan Madiuw", "Jonathan Madiuw"),  # Rakyat Maluku 2018: a reporter's notes, his role under them
    ("Catatan: Artikel ini telah diperbarui", None),  # an editor's note
    ("Catatan: Tim Redaksi", None),
    ("Catatan: Berita Ini Telah Dikoreksi", None),
    ("Catatan: Tulisan Ini Opini Pribadi Penulis", None),
])
def test_notes_signed_by_their_writer_name_the_writer(text, author):
    cleaned = clean_body([Block(text), Block("Wartawan Hr. Rakyat Maluku"), *(Block(p) for p in PARAGRAPHS)])
    assert cleaned.byline_author == author


@pytest.mark.parametrize(("line", "author"), [
    ("Pewarta: Aditya Eko Sigit Wicaksono/Fitri Supratiwi", "Aditya Eko Sigit Wicaksono, Fitri Supratiwi"),
    ("Pewarta: Budi Santoso/Antara", "Budi Santoso"),  # the agency the copy came through
    ("Reporter: Andi Nur/Tribun Timur", "Andi Nur"),
    ("Pewarta : Muhammad Zulfikar/Humas Polri", "Muhammad Zulfikar"),
    ("Rep: Silvy Dian Setiawan/ Red: Muhammad Fakhruddin", "Silvy Dian Setiawan"),
])
def test_a_slash_in_a_reporters_credit_lists_writers_or_drops_the_publisher(line, author):
    assert parse_credits(line).author == author


def test_a_contributors_role_and_place_in_a_colonless_header_credit_are_no_part_of_the_name():
    """Kompas 2021: `Penulis <a>Kontributor Kupang, Sigiranus Marutho Bere</a>` over `Editor <a>Farid Assifa</a>`."""
    header = ("<div>Kompas.com - 12/02/2024, 10:15 WIB</div>"
              "<div>Penulis Kontributor Kupang, Sigiranus Marutho Bere</div><div>|</div><div>Editor Farid Assifa</div>")
    item = parse_article(page(header=header), "https://regional.kompas.com/read/2024/02/12/101500078/contoh")
    assert (item["author"], item["editor"]) == ("Sigiranus Marutho Bere", "Farid Assifa")


LIPUTAN6 = "https://www.liputan6.com/news/read/4635624/headline-muncul-wacana-penyelenggaraan-pemilu-2024"


def test_writers_linked_one_after_another_in_the_byline_are_listed():
    """Liputan6 2021: the writers' links run together between `oleh` and the update's time."""
    byline = ('<div class="read-page--header--author__wrapper"><span>oleh</span> '
              '<a href="https://www.liputan6.com/me/nanda">Nanda Perdana Putra</a>'
              '<a href="https://www.liputan6.com/me/delvira">Delvira Hutabarat</a>'
              '<a href="https://www.liputan6.com/me/radityo">Muhammad Radityo Priyasmoro</a>'
              '<a href="https://www.liputan6.com/me/yopi">Yopi Makdori</a> '
              '<span>diperbarui 20 Agu 2021, 15:35 WIB</span></div><div>Diterbitkan 20 Agu 2021, 00:01 WIB</div>')
    assert parse_article(page(header=byline), LIPUTAN6)["author"] == (
        "Nanda Perdana Putra, Delvira Hutabarat, Muhammad Radityo Priyasmoro, Yopi Makdori")


@pytest.mark.parametrize("links", [
    # a profile's link beside the writer's, and a link to the same page
    '<a href="https://www.liputan6.com/me/nanda">Nanda Perdana Putra</a> '
    '<a href="https://www.liputan6.com/about">Lihat Profil</a>',
    '<a href="https://www.liputan6.com/me/nanda">Nanda Perdana Putra</a><a href="https://www.liputan6.com/me/nanda">'
    'Semua Artikel</a>',
])
def test_other_links_in_a_byline_are_listed_as_no_writers(links):
    byline = f'<div class="author">oleh {links}</div><div>Diterbitkan 20 Agu 2021, 00:01 WIB</div>'
    assert ", " not in (parse_article(page(header=byline), LIPUTAN6)["author"] or "")


@pytest.mark.parametrize(("url", "editor"), [
    ("https://buliran.com/berita/2550/101-perkara-korupsi-ditangani-kpk", None),  # the site signing as the editor
    ("https://pontianak.tribunnews.com/2015/03/01/contoh", "Mirna Tribun"),  # an editor with the network's name
])
def test_the_site_signing_as_the_editor_names_no_editor(url, editor):
    item = parse_article(page(last=f"<p>Editor : {editor or 'Buliran News'}</p>"), url)
    assert item["editor"] == editor

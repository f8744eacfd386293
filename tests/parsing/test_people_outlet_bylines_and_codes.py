"""A column's byline after the outlet's name, the role after a slash, and the codes a credit prints where a name would
stand (small pages in the shapes of the real ones)."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.credits import parse_credits, parse_header_line
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

from people_pages import PARAGRAPHS, URL, page  # beside this file


def test_a_columns_byline_after_the_outlets_name_names_the_writer_and_leaves_the_text():
    """Republika 2022: `REPUBLIKA.CO.ID,Oleh: Silvy Dian Setiawan/Jurnalis Republika` opening a feature."""
    cleaned = clean_body([Block("REPUBLIKA.CO.ID,Oleh: Silvy Dian Setiawan/Jurnalis Republika"),
                          *(Block(text) for text in PARAGRAPHS)])
    assert (cleaned.byline_author, cleaned.paragraphs) == ("Silvy Dian Setiawan", PARAGRAPHS)


def test_the_header_credits_and_the_byline_agree():
    url = "https://fbeta.republika.co.id/berita/r4rw6y327/hampa-tanpa-republika"
    item = parse_article(page(header="<div>Rep: Silvy Dian Setiawan/ Red: Muhammad Fakhruddin</div>",
                              lead="<p>REPUBLIKA.CO.ID,Oleh: Silvy Dian Setiawan/Jurnalis Republika</p>"), url)
    assert (item["author"], item["editor"]) == ("Silvy Dian Setiawan", "Muhammad Fakhruddin")
    assert item["body"].split("\n\n") == PARAGRAPHS


@pytest.mark.parametrize(("text", "author"), [
    ("Oleh: Arnold H Sianturi/FMB", "Arnold H Sianturi"),  # an editor's initials after the slash
    ("Oleh: A. CHOLIQ BAYA", "A. CHOLIQ BAYA"),  # Radar Banyuwangi 2012: a column's byline in capitals
])
def test_a_slash_ends_the_columnists_name(text, author):
    assert clean_body([Block(text), *(Block(p) for p in PARAGRAPHS)]).byline_author == author


@pytest.mark.parametrize("text", [
    # the dateline's outlet before a sentence: no byline
    "REPUBLIKA.CO.ID, JAKARTA -- Oleh karena itu pemerintah mengumumkan kebijakan baru pada Senin pagi.",
    "TIMES MALANG, JAKARTA \u2013 Muhammad Nur, Kepala Seksi Pembinaan Pelaksanaan Anggaran, mengungkapkan hal itu.",
])
def test_a_dateline_naming_a_person_is_no_byline(text):
    assert clean_body([Block(text), *(Block(p) for p in PARAGRAPHS)]).byline_author is None


@pytest.mark.parametrize(("line", "author", "editor"), [
    ("Penulis: ads | Editor: dn", None, None),
    ("Reporter: nug Editor: Budi Santoso", None, "Budi Santoso"),
    # a name in small letters is still a name (Tribun Jateng 2022), one word of more letters too
    ("Penulis: faisal affan | Editor: muslimah", "faisal affan", "muslimah"),
])
def test_a_code_where_a_name_would_stand_names_nobody(line, author, editor):
    credits = parse_credits(line)
    assert (credits.author, credits.editor) == (author, editor)


def test_a_code_printed_as_the_editor_in_a_header_line_names_nobody():
    header = parse_header_line("Budi Santoso Editor : dn - Senin, 12 Februari 2024 | 10:15 WIB")
    assert (header.author, header.editor) == ("Budi Santoso", None)
    item = parse_article(page(header="<div>Penulis: ads | Editor: dn</div><div>Senin, 12 Februari 2024 | 10:15 WIB</div>"),
                         URL)
    assert (item["author"], item["editor"]) == (None, None)


@pytest.mark.parametrize(("line", "author", "editor"), [
    # an Iranian outlet's Indonesian copy (2023): the correspondent is the writer
    ("Koresponden: Maryam Hemti / Editor: Mohammadreza Zamaniyan", "Maryam Hemti", "Mohammadreza Zamaniyan"),
    ("Correspondent: Maryam Hemti", "Maryam Hemti", None),
])
def test_a_correspondents_label_names_the_writer(line, author, editor):
    credits = parse_credits(line)
    assert (credits.author, credits.editor) == (author, editor)
    cleaned = clean_body([*(Block(text) for text in PARAGRAPHS), Block(line)])
    assert cleaned.paragraphs == PARAGRAPHS  # the credit line leaves the text


@pytest.mark.parametrize("line", [
    "Edisi 16 April 2023 | 08.14",  # Tempo's weekly edition, 2023
    "Edisi Sabtu, 29 Agustus 2020",  # Majalah Tempo's edition page
    "Edition: Monday, April 23, 2018",  # Tempo English Weekly
])
def test_a_magazines_edition_label_before_its_date_is_no_writer(line):
    header = parse_header_line(line)
    assert header is not None and header.author is None
    assert parse_article(page(header=f"<div>{line}</div>"), URL)["author"] is None


def test_a_writer_before_the_time_is_still_the_writer():
    assert parse_header_line("Rana Setiawan - Jumat, 15 Februari 2019 - 23:14 WIB").author == "Rana Setiawan"


@pytest.mark.parametrize(("lead", "author", "place"), [
    # FNN 2020: a column's English byline run into the dateline, its place in small letters after the capital
    ("By Asyari Usman Jakarta, FNN - Medan memang bukan Jakarta. Tetapi, dari aspek politik, Medan di urutan kedua.",
     "Asyari Usman", "Jakarta"),
    ("By Asyari Usman Kota Medan, FNN - Medan memang bukan Jakarta. Tetapi, dari aspek politik, Medan di urutan kedua.",
     "Asyari Usman", "Kota Medan"),
])
def test_an_english_byline_run_into_a_dateline_in_small_letters_keeps_the_paragraph(lead, author, place):
    cleaned = clean_body([Block(lead), *(Block(text) for text in PARAGRAPHS)])
    assert cleaned.credits.author == author and cleaned.byline_author is None
    assert cleaned.dateline is not None and cleaned.dateline.place == place
    assert cleaned.paragraphs[0].startswith("Medan memang bukan Jakarta.")


def test_a_byline_whose_last_word_is_no_place_is_left_to_the_opinion_byline():
    lead = "By Asyari Usman Hebat, FNN - Medan memang bukan Jakarta."
    assert clean_body([Block(lead), *(Block(text) for text in PARAGRAPHS)]).credits.author is None


@pytest.mark.parametrize(("line", "author"), [
    # Okezone 2019: the writer's role after a comma, then the time
    ("Okky Wanda lestari, Jurnalis \u00b7 Jum'at 05 April 2019 19:35 WIB", "Okky Wanda lestari"),
    ("Ira Rachmawati, Kontributor Banyuwangi - Senin, 12 Februari 2024 10:15 WIB", "Ira Rachmawati"),
    # two writers stay two writers
    ("Ahmad Toriq, Elza Astari Retaduari - Senin, 12 Februari 2024 10:15 WIB", "Ahmad Toriq, Elza Astari Retaduari"),
])
def test_the_writers_role_after_a_header_bylines_name_is_no_part_of_it(line, author):
    assert parse_article(page(header=f"<div>{line}</div>"), URL)["author"] == author

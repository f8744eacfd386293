"""Header lines the body's container repeats: RMOL's AMP header with the reporter after the time (`RABU, 19 NOVEMBER
2025 | 14:15 WIB | LAPORAN: <NAME>`) and Kompas's time after the outlet's domain (`Kompas.com - 03/04/2024, 16:48
WIB`) leave the text, the first naming the writer, the second nobody; Kompas's credit box printing the writer's name
over its role (`Erwin Hutapea` over `Penulis`) names the writer."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.credits import header_line_author, is_header_line

from people_pages import PARAGRAPHS, TITLE, URL, header_lines as header, page  # beside this file


@pytest.mark.parametrize(("line", "writer"), [
    ("RABU, 19 NOVEMBER 2025 | 14:15 WIB | LAPORAN: FAISAL ARISTAMA", "FAISAL ARISTAMA"),
    ("SENIN, 21 FEBRUARI 2011 | 13:12 WIB | LAPORAN: ZULHIDAYAT SIREGAR", "ZULHIDAYAT SIREGAR"),
    ("Kompas.com - 05/10/2019, 21:15 WIB", None),
    ("KOMPAS.com - 15/11/2018, 16:46 WIB", None),
])
def test_header_copies_are_read(line, writer):
    assert is_header_line(line)
    assert header_line_author(line) == writer


@pytest.mark.parametrize("line", [
    "Laporan keuangan dibacakan Senin, 21 Februari 2011 | pukul 13:12 WIB | LAPORAN: ditolak",  # words before the time
    "RABU, 19 NOVEMBER 2025 | 14:15 WIB",  # no credit after it: the time's own line
    "Harga naik lagi. Kompas.com - 05/10/2019, 21:15 WIB",  # a sentence before the domain
])
def test_other_lines_are_no_copies_with_a_credit(line):
    assert header_line_author(line) is None


def test_rmol_amp_header_under_the_headline_copy_names_the_reporter():
    lead = (f"<p>{TITLE}</p><p>RABU, 19 NOVEMBER 2025 | 14:15 WIB | LAPORAN: FAISAL ARISTAMA</p>")
    item = parse_article(page(lead=lead), URL)
    assert item["author"] == "FAISAL ARISTAMA"
    assert item["body"].startswith(PARAGRAPHS[0])


def test_kompas_time_line_leaves_the_text_and_names_nobody():
    item = parse_article(page(lead="<p>Kompas.com - 05/10/2019, 21:15 WIB</p>"), URL)
    assert item["body"].startswith(PARAGRAPHS[0])
    assert item["author"] is None


@pytest.mark.parametrize("where", ["header", "lead"])
def test_kompas_name_over_its_role_names_the_writer(where):
    lines = ["Kompas.com - 03/04/2024, 16:48 WIB", "Erwin Hutapea", "Penulis"]
    html = page(header=header(*lines)) if where == "header" else page(lead="".join(f"<p>{x}</p>" for x in lines))
    item = parse_article(html, URL)
    assert (item["author"], item["editor"]) == ("Erwin Hutapea", None)


def test_each_role_over_its_name_gives_no_name_the_next_role():
    # `Penulis` over the writer, `Editor` over the editor: the writer is no editor, nor the editor the writer.
    item = parse_article(page(header=header("Penulis", "Ahmad Naufal Dzulfaroh", "Editor", "Inggried Dwi Wedhaswary")),
                         URL)
    assert item["editor"] != "Ahmad Naufal Dzulfaroh"
    assert item["author"] != "Inggried Dwi Wedhaswary"


@pytest.mark.parametrize("lines", [
    ["Tim Redaksi", "Penulis"],  # a desk over the role
    ["Megapolitan", "Penulis"],  # one word: a section as often as a name
    ["Erwin Hutapea", "Penulis:"],  # a label with its colon heads the line under it
])
def test_no_writer_over_a_role(lines):
    assert parse_article(page(header=header(*lines)), URL)["author"] is None


MINA_URL = "https://minanews.net/kantor-berita-mina-dan-diplomasi-naratif-indonesia-untuk-palestina"


@pytest.mark.parametrize("when", ["57 detik yang lalu", "30 seconds ago"])
def test_a_header_time_in_seconds_keeps_the_writer_apart_from_the_editor(when):
    # MINA 2025, minutes after publication: `<writer> Editor : <editor> - 57 detik yang lalu` in the theme's header.
    line = f"Ali Farkhan Tsani Editor : Widi Kusnadi - {when}"
    html = page(header=f'<div class="jeg_meta_container"><div class="jeg_meta_author">{line}</div></div>')
    item = parse_article(html, MINA_URL)
    assert (item["author"], item["editor"]) == ("Ali Farkhan Tsani", "Widi Kusnadi")

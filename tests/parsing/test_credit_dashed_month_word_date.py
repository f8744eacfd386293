"""A header's date with the month's word between dashes (a citizen-news portal's opinion header: `Oleh : Danny
Melani Butarbutar | 12-Feb-2018, 15:48:23 WIB`): the time ends the byline as `12 Feb 2018` does, so the name
before it is the writer's; rubric lines before such a time still name nobody."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.credits import parse_header_line

from people_pages import URL, header_lines as header, page  # beside this file

LEAD = "<p>KabarIndonesia - Hari Pers Nasional (HPN) diperingati setiap tanggal 9 Februari, untuk tahun ini " \
       "bertepatan pada hari Jumat (9/2/2018).</p>"


@pytest.mark.parametrize(("lines", "author", "published_at"), [
    (("Oleh : Danny Melani Butarbutar | 12-Feb-2018, 15:48:23 WIB",), "Danny Melani Butarbutar",
     "2018-02-12T15:48:23+07:00"),
    # ...the month in Indonesian, the headline repeated over the byline.
    (("Dicap Oposan, Siapa Takut?", "Oleh : Rudy Handoko | 25-Des-2008, 02:12:30 WIB"), "Rudy Handoko",
     "2008-12-25T02:12:30+07:00"),
])
def test_the_opinion_header_names_its_writer_and_time(lines, author, published_at):
    item = parse_article(page(header=header(*lines), lead=LEAD), URL)
    assert (item["author"], item["published_at"]) == (author, published_at)


@pytest.mark.parametrize(("line", "author", "when"), [
    ("Oleh : Danny Melani Butarbutar | 12-Feb-2018, 15:48:23 WIB", "Danny Melani Butarbutar",
     "12-Feb-2018, 15:48:23 WIB"),
    ("Oleh : Rohmah S | 17-Okt-2018, 15:20 WIB", "Rohmah S", "17-Okt-2018, 15:20 WIB"),
    ("Oleh : Rudy Handoko | 25-Des-2008, 02:12:30 WIB", "Rudy Handoko", "25-Des-2008, 02:12:30 WIB"),
    ("Oleh : Arwan Syahputra | 28-Apr-2019, 13:45:42 WIB", "Arwan Syahputra", "28-Apr-2019, 13:45:42 WIB"),
    # ...as the same time written with spaces or numbers always did.
    ("Oleh : Danny Melani Butarbutar | 12 Feb 2018, 15:48:23 WIB", "Danny Melani Butarbutar",
     "12 Feb 2018, 15:48:23 WIB"),
    ("Oleh : Danny Melani Butarbutar | 12-02-2018, 15:48:23 WIB", "Danny Melani Butarbutar",
     "12-02-2018, 15:48:23 WIB"),
])
def test_a_dashed_month_word_date_ends_the_byline(line, author, when):
    header_line = parse_header_line(line)
    assert (header_line.author, header_line.when) == (author, when)


@pytest.mark.parametrize("line", [
    "Laporan Khusus | 12-Feb-2018, 15:48:23 WIB",
    "Jumat Berkah | 12-Feb-2018, 15:48 WIB",
    "Harga Emas 12-Feb-2018, 15:48 WIB",
])
def test_a_rubric_before_such_a_time_names_no_writer(line):
    item = parse_article(page(header=header(line), lead=LEAD), URL)
    assert item["author"] is None

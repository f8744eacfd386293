"""A writer's byline opening the text with the outlet's name after a bar, the dateline under it (a campus paper's
`Nurul Hasanah | DETaK` over `Banda Aceh- UKM Pers DETaK lakukan ...`, a member's code in brackets after the name:
`Fitrah Aulia Rizki [AM] | DETaK`): the writer, and no line of the text. A section's, a place's or a desk's name there,
the headline's words, or no dateline under the line name nobody."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.credits import outlet_byline

from people_pages import URL, page  # beside this file

DATELINE = "Banda Aceh- UKM Pers DETaK lakukan kunjungan kerja ke Kantor Berita Antara pada Senin, 19 April 2021."


@pytest.mark.parametrize(("byline", "following", "writer"), [
    ("Nurul Hasanah | DETaK", DATELINE, "Nurul Hasanah"),
    ("Fitrah Aulia Rizki [AM] | DETaK", "Darussalam– Lembaga Dakwah Fakultas (LDF) Al-Muddaris Universitas Syiah Kuala"
                                        " akan mengadakan acara silaturahmi.", "Fitrah Aulia Rizki"),
])
def test_the_byline_over_the_dateline_names_the_writer(byline, following, writer):
    assert outlet_byline(byline, following) == writer
    item = parse_article(page(lead=f"<p>{byline}</p><p>{following}</p>"), URL)
    assert item["author"] == writer
    assert byline not in item["body"]


@pytest.mark.parametrize(("line", "following"), [
    ("Nurul Hasanah | DETaK", "UKM Pers DETaK lakukan kunjungan kerja ke Kantor Berita Antara."),  # no dateline
    ("Nurul Hasanah | Detak", DATELINE),  # one capital: a word, no outlet's acronym
    ("Ekonomi Bisnis | CNBC", DATELINE),  # a section
    ("Jawa Barat | KPU", DATELINE),  # a region
    ("Tim Redaksi | DETaK", DATELINE),  # the desk
    ("Humas Polres Bima | RRI", DATELINE),
    ("Berita Terkini | RRI", DATELINE),
])
def test_no_writer_before_the_bar_names_nobody(line, following):
    assert outlet_byline(line, following) is None


def test_the_headline_run_over_the_text_is_no_byline():
    assert outlet_byline("Harga Beras Naik | BPS", DATELINE, "Harga Beras Naik Lagi") is None

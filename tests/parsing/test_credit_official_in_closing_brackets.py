"""An official's title, an office or a role in the brackets closing the text (a regency's release: `... diikuti ratusan
warga. (Bupati Sleman)`, `(Oleh Bupati Sleman)`, `(Kapolsek Cakung)`, `(Kabag Kesra)`, `(Penyuluh Agama Islam)`) names
the source, no writer; nor does such a title over the header's time (`Bupati Mamuju | Kamis, 17 April 2025 10:15
WIB`). A writer's full name in the closing brackets stays the writer."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.credits import closing_writer, split_signature

from people_pages import URL, header_lines, page  # beside this file

LAST = "Kegiatan tersebut berlangsung lancar dan diikuti oleh ratusan warga dari berbagai desa di kecamatan itu."


@pytest.mark.parametrize("tag", [
    "(Bupati Sleman)", "(Oleh Bupati Sleman)", "(Bupati Muaro Jambi)", "(Kadis Dikbud Muaro Jambi)",
    "(Kabag Kesra)", "(Kabag Pemdes)", "(Kapolsek Cakung)", "(Lurah Aur Kuning)", "(Danramil Tanah Jua)",
    "(Plt Bupati Padang Lawas)", "(Pj Bupati Buton Utara)", "(Kapolres Boltim)", "(Bawaslu Ketapang)",
    "(Kabid Persandian)", "(Kankemenag Purbalingga)", "(Subbag Ortala Kanwil Kemenag)", "(Pak Kades Lebong)",
    "(Calon Bupati Bombana)", "(Penyuluh Agama Islam)", "(Panitia Suran Sidamukti)",
])
def test_an_official_or_an_office_in_the_closing_brackets_names_nobody(tag):
    _, signature = split_signature(f"{LAST} {tag}")
    assert closing_writer(signature) is None
    assert parse_article(page(last=f"<p>{LAST} {tag}</p>"), URL)["author"] is None


@pytest.mark.parametrize(("tag", "writer"), [
    ("(Fahmi Firdaus )", "Fahmi Firdaus"),
    ("(Maria Anggelina Olo Bere)", "Maria Anggelina Olo Bere"),
    ("(Oleh: Ahmad Syafii)", "Ahmad Syafii"),
    ("(By Tere Liye)", "Tere Liye"),
    ("(Tribunnews.com/Budi Santoso)", "Budi Santoso"),
])
def test_a_writers_name_in_the_closing_brackets_stays(tag, writer):
    assert parse_article(page(last=f"<p>{LAST} {tag}</p>"), URL)["author"] == writer


@pytest.mark.parametrize("line", [
    "Bupati Mamuju | Kamis, 17 April 2025 10:15 WIB",
    "Kapolsek Perbaungan - Rabu, 27 September 2024 09:00 WIB",
    "Kankemenag Purbalingga | Selasa, 23 Februari 2021 13:00 WIB",
])
def test_an_officials_title_over_the_time_names_nobody(line):
    assert parse_article(page(header=header_lines(line)), URL)["author"] is None


def test_a_writer_over_the_time_stays():
    line = "Ahmad Syafii | Kamis, 17 April 2025 10:15 WIB"
    assert parse_article(page(header=header_lines(line)), URL)["author"] == "Ahmad Syafii"

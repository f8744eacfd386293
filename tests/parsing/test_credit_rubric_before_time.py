"""A rubric's heading where a header names its writer without a label: before the header's time after a dash or a
bar (`Cek Fakta | Senin, 06 Januari 2020 12:30 WIB`, as a section's name stands there: `Nasional | ...`), before the
outlet over the dateline (`Cek Fakta | DETaK`), over a credit's role (`Kilas Daerah` over `Penulis`). It names no
writer; people named so stay (`Hasanatun Aliyah - Selasa, ...`, `Selamat Ginting - ...`, `Nurul Hasanah | DETaK`,
`Erwin Hutapea` over `Penulis`)."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.credits import outlet_byline

from people_pages import URL, header_lines as header, page  # beside this file

TIME = "Selasa, 14 November 2023 - 00:57 WIB"
DETAK_LEAD = "Banda Aceh- UKM Pers DETaK Unsyiah menggelar pelatihan jurnalistik dasar bagi anggota baru pada Sabtu lalu."
RUBRICS = ["Cek Fakta", "Kilas Daerah", "Jumat Berkah", "Laporan Khusus", "Harga Emas", "Sepak Bola", "Tajuk Rencana",
           "Selamat Pagi", "Idul Adha", "Liputan Khusus"]


@pytest.mark.parametrize("rubric", RUBRICS)
@pytest.mark.parametrize("separator", [" - ", " | "])
def test_a_rubric_before_the_time_names_nobody(rubric, separator):
    assert parse_article(page(header=header(f"{rubric}{separator}{TIME}")), URL)["author"] is None


@pytest.mark.parametrize("rubric", RUBRICS)
def test_a_rubric_before_the_outlet_names_nobody(rubric):
    assert outlet_byline(f"{rubric} | DETaK", DETAK_LEAD) is None


@pytest.mark.parametrize("line", [*RUBRICS, "Kota Bogor", "Jawa Barat"])
def test_a_rubric_or_a_place_over_a_role_names_nobody(line):
    item = parse_article(page(header=header(line, "Penulis", TIME)), URL)
    assert item["author"] is None
    assert parse_article(page(header=header(line, "Editor")), URL)["editor"] is None


@pytest.mark.parametrize("name", ["Hasanatun Aliyah", "Selamat Ginting", "Agus Siswanto"])
def test_a_writer_before_the_time_stays(name):
    assert parse_article(page(header=header(f"{name} - {TIME}")), URL)["author"] == name


def test_a_writer_before_the_outlet_or_over_a_role_stays():
    assert outlet_byline("Nurul Hasanah | DETaK", DETAK_LEAD) == "Nurul Hasanah"
    assert parse_article(page(header=header("Erwin Hutapea", "Penulis", TIME)), URL)["author"] == "Erwin Hutapea"

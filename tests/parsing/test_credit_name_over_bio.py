"""A columnist's name alone on a header line over the bio that opens with it (Tempo English's columns 2009: the day,
`Bramantyo Prijosusilo`, then `Bramantyo Prijosusilo is a writer based in Ngawa, East Java.`): the writer. A heading
over the definition that opens with its words names no role, and a desk, a role, a rubric or a place names nobody."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

from people_pages import URL, header_lines, page  # beside this file

LEAD = ("<p>ACCORDING to Transparency International Indonesia (TII), the Indonesian Ulemas Council (MUI) holds the"
        " record as one of the most-bribed institutions in the country.</p>")


@pytest.mark.parametrize(("lines", "writer"), [
    (("February 3, 2009", "Bramantyo Prijosusilo",
      "Bramantyo Prijosusilo is a writer based in Ngawa, East Java."), "Bramantyo Prijosusilo"),
    (("Bramantyo Prijosusilo", "Bramantyo Prijosusilo is a senior lecturer at a university in East Java."),
     "Bramantyo Prijosusilo"),
    (("Ahmad Syafii Maarif", "Ahmad Syafii Maarif adalah pendiri Maarif Institute."), "Ahmad Syafii Maarif"),
])
def test_a_name_over_its_bio_names_the_writer(lines, writer):
    assert parse_article(page(header=header_lines(*lines), lead=LEAD), URL)["author"] == writer


@pytest.mark.parametrize("lines", [
    ("Senin, 22 Oktober 2018", "Hari Santri Nasional",
     "Hari Santri Nasional adalah hari yang diperingati setiap 22 Oktober."),  # a definition, no role
    ("Universitas Indonesia", "Universitas Indonesia merupakan universitas negeri tertua di Indonesia."),
    ("Kartu Prakerja", "Kartu Prakerja merupakan program bantuan biaya pelatihan."),
    ("Tim Redaksi", "Tim Redaksi adalah penulis berita ini."),  # a desk
    ("Dosen Unpad", "Dosen Unpad adalah dosen yang mengajar di Bandung."),  # a role where the name would stand
    ("Jumat Berkah", "Jumat Berkah adalah penulis"),  # a rubric's heading
    ("Jawa Barat", "Jawa Barat adalah provinsi dengan penduduk terbanyak."),
    ("Bramantyo Prijosusilo", "The writer is based in Ngawa, East Java."),  # the bio does not open with the name
])
def test_no_writer_without_the_name_opening_a_bio(lines):
    assert parse_article(page(header=header_lines(*lines), lead=LEAD), URL)["author"] is None

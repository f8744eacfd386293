"""A local government's media centre signing where the writer's name would stand (InfoPublik 2022: `Penulis :
MC KOTA PADANG , Redaktur : Tobari` under the headline): an office, no writer; the editor after it stays. Its initials
before a word that names no place stay a name's, and so does a surname's particle in small letters."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.credits import parse_credits

from people_pages import URL, header_lines, page  # beside this file

INFOPUBLIK_HEADER = "Minggu, 13 Februari 2022 | 04:29 WIB \u00a0|\u00a0Penulis :\u00a0 MC KOTA PADANG , Redaktur :\u00a0Tobari"


def test_a_media_centre_over_the_writer_label_names_no_writer_and_keeps_the_editor():
    item = parse_article(page(header=header_lines(INFOPUBLIK_HEADER)), URL)
    assert (item["author"], item["editor"]) == (None, "Tobari")


@pytest.mark.parametrize("line", [
    "Penulis : MC KOTA PADANG",
    "Penulis: MC Kab. Bantul",
    "Penulis : MC Kabupaten Sintang",
    "Penulis: MC Prov Gorontalo",
    "Penulis: MMC Kalteng",
    "Penulis: Media Center",
    "Penulis: Media Center Kota Padang",
])
def test_a_media_centre_names_nobody(line):
    credits = parse_credits(line)
    assert credits is not None and credits.author is None


@pytest.mark.parametrize(("line", "writer"), [
    ("Penulis: MC Hakim", "MC Hakim"),  # initials before a word that names no place
    ("Penulis : Mc Carthy Siregar", "Mc Carthy Siregar"),  # a surname's particle
    ("Penulis: M.C. Ricklefs", "M.C. Ricklefs"),
    ("Pewarta : Muhsidin Editor: Editor Papua", "Muhsidin"),  # as before: a bureau's desk as the editor
])
def test_a_name_stays_a_name(line, writer):
    assert parse_credits(line).author == writer

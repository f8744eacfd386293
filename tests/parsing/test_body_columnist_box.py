"""A column's box over the text: the columnist's name over the role printed twice (Kompas's `Aznil Tan` over
`Direktur Eksekutif Migrant Watch` twice); the name is the writer's and no paragraph, while a place over its caption
printed twice, or a name the caption names again (whom the photo shows), names no writer."""

from __future__ import annotations

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TEXT = ["ENTAH kenapa, setiap kasus ketenagakerjaan migran selalu dilabeli Tindak Pidana Perdagangan Orang (TPPO).",
        "Semua pun ikut latah, setiap persoalan pekerja migran menghakimi dengan sebutan TPPO."]
ROLE = "Direktur Eksekutif Migrant Watch"


def _clean(lines: list[str]):
    return clean_body([Block(line) for line in lines])


def test_a_columnists_name_over_the_role_printed_twice_is_the_writer():
    body = _clean(["Baca berita tanpa iklan. Gabung Kompas.com+", "Aznil Tan", ROLE, ROLE,
                   "Kompas.com - 27/03/2024, 06:16 WIB", *TEXT])
    assert body.paragraphs == TEXT
    assert body.credits.author == "Aznil Tan"


def test_a_place_or_the_photos_subject_over_a_caption_printed_twice_is_no_writer():
    assert _clean(["Jakarta", "Pasar Minggu", "Pasar Minggu", *TEXT]).credits.author is None
    body = _clean(["Joko Widodo", "Presiden Joko Widodo di Istana", "Presiden Joko Widodo di Istana", *TEXT])
    assert body.credits.author is None

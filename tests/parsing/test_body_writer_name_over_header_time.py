"""The header's writer alone over its time line at the top of the text (Suara's `Pebriansyah Ariefana` over `Senin, 04
Oktober 2021 | 07:15 WIB`, `Eleonora PEW` with her initials over `Kamis, 14 April 2022 | 17:02 WIB`): the header's
byline, not text. A name under the first paragraph stays."""

from __future__ import annotations

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TEXT = ["Harun meminta para ASN, kepala dinas, camat hingga lurah agar berani melapor jika ada wartawan gadungan yang "
        "berusaha memeras. Ia menegaskan bakal memproses wartawan bodrek yang meresahkan.",
        "\"Bagi ASN, lurah, camat, kadis bila diancam oleh oknum wartawan segera melaporkan kejadian tersebut kepada "
        "polsek yang terdekat, kami akan proses,\" tuturnya."]


def test_the_name_over_the_time_goes():
    for name, when in (("Pebriansyah Ariefana", "Senin, 04 Oktober 2021 | 07:15 WIB"),
                       ("Eleonora PEW", "Kamis, 14 April 2022 | 17:02 WIB")):
        blocks = [name, when] + TEXT
        assert clean_body([Block(text) for text in blocks]).paragraphs == TEXT, name


def test_a_name_elsewhere_stays():
    blocks = [TEXT[0], "Pebriansyah Ariefana", "Senin, 04 Oktober 2021 | 07:15 WIB", TEXT[1]]
    assert clean_body([Block(text) for text in blocks]).paragraphs == [TEXT[0], "Pebriansyah Ariefana", TEXT[1]]

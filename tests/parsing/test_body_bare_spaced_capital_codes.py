"""A closing code with no brackets: a reporter's and an editor's initials in capitals, spaced around their slash, after
the last sentence (Tegas's `... sudah memasuki puluhan tahun. LAN / MAN`). The code leaves the text and is the
signature; a pair glued to its slash, one in lower case, a pair with no sentence's end before it or words after it stay."""

from __future__ import annotations

from crawler.parsing.credits import split_signature
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

LAST = ("Ditambahkan, Pembangunan sarana air bersih ini memang perlu dilakukan, mengingat kondisi sarana air bersih di "
        "PDAM Kolaka yang tak layak lagi digunakan, karena faktor usia yang sudah memasuki puluhan tahun.")
FIRST = ("Rencana Pemerintah Kabupaten Kolaka untuk membangun sarana air bersih di Perusahaan daerah Air Minum (PDAM) "
         "mendapat dukungan dari Dewan Perwakilan Rakyat Daerah setempat.")


def test_the_spaced_capital_initials_close_the_text():
    assert split_signature(f"{LAST} LAN / MAN") == (LAST, {"raw": "LAN / MAN", "codes": ["LAN", "MAN"]})


def test_the_code_leaves_the_last_paragraph():
    body = clean_body([Block(FIRST), Block(f"{LAST} LAN / MAN")])
    assert body.paragraphs == [FIRST, LAST]
    assert body.signature == {"raw": "LAN / MAN", "codes": ["LAN", "MAN"]}


def test_pairs_that_close_no_text_stay():
    for text in (f"{LAST} TNI/POLRI",
                 f"{LAST} lan / man",
                 "Pengamanan dilakukan bersama oleh TNI / POLRI",
                 f"{LAST} TNI / POLRI siap mengamankan."):
        assert split_signature(text)[1] is None, text

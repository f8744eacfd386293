"""A caption closed by its photo's label and the photographer's initials in lower case, in brackets run into its full
stop (Kabar6's `Sejumlah anggota Polresta saat melakukan aksi donor darah.(foto:shy)`). A desk's code in brackets has
no label and stays to be read as the closing code it is; a label before a longer word or no sentence's end stays."""

from __future__ import annotations

from crawler.parsing.furniture import is_caption
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

CAPTIONS = ["Sejumlah anggota Polresta saat melakukan aksi donor darah.(foto:shy)",
            "Saat dilakukan olah TKP di SPBU Daan Mogot.(foto:pmj)"]
TEXT = ["Kabar6-Polres Kota Tangerang menggelar aksi sosial dengan donor darah di Aula Rupatama Polres Kota Tangerang, "
        "Kamis (15/6/2017).",
        "Kegiatan donor darah ini merupakan rangkaian dalam menyambut HUT Bhayangkara ke-71."]


def test_lower_case_initials_after_the_label_close_a_caption():
    for caption in CAPTIONS:
        assert is_caption(caption), caption


def test_the_captions_leave_the_text():
    blocks = [Block(CAPTIONS[0]), Block(TEXT[0]), Block(CAPTIONS[1]), Block(TEXT[1])]
    assert clean_body(blocks).paragraphs == TEXT


def test_lines_that_are_not_such_captions_stay():
    for line in ("Kegiatan donor darah ini merupakan rangkaian dalam menyambut HUT Bhayangkara ke-71.(yud)",
                 "Warga diminta mengirim dokumentasi kegiatan (foto:kegiatan)",
                 "Panitia membuka lomba dengan tema bebas (foto:shy)"):
        assert not is_caption(line), line

"""WordPress's reply form, its heading over its note on the reader's e-mail address (Radar Indonesia's `Tinggalkan
Balasan` over `Alamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *`), closes the article however
many sidebar widgets follow it (`HARI JADI KOTA PONTIANAK`, `DIGITAL RI EDISI 259`, ...). The heading's words with no
form's note under them, and paragraphs before the form, stay."""

from __future__ import annotations

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TEXT = ["Seperti yang terjadi di Jalan Yudistira pada Minggu (9/8/2020). Bidang Pemadam Kebakaran dan Penyelamatan BPBD "
        "Kabupaten Serang pun bergerak cepat.",
        "Nana Sukmana Kusuma membenarkan Peristiwa tersebut. Dia menyatakan informasi awal kebakaran dari seorang warga "
        "bernama Suparno."]
WIDGETS = ["HARI JADI KOTA PONTIANAK", "DIGITAL RI EDISI 259", "DIGITAL RI EDISI 258", "DIGITAL RI EDISI 257",
           "DIGITAL RI EDISI 256"]


def test_the_form_closes_the_text():
    for heading, note in (("Tinggalkan Balasan", "Alamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *"),
                          ("Leave a Reply", "Your email address will not be published. Required fields are marked *")):
        blocks = [Block(TEXT[0]), Block(TEXT[1]), Block("Tidak ada komentar"), Block(heading), Block(note),
                  *map(Block, WIDGETS)]
        assert clean_body(blocks).paragraphs == TEXT, heading


def test_without_the_forms_note_the_text_goes_on():
    more = "Petugas memadamkan api dalam waktu satu jam dan tidak ada korban jiwa dalam kejadian itu."
    assert clean_body([Block(TEXT[0]), Block("Tinggalkan Balasan"), Block(TEXT[1]), Block(more)]).paragraphs == [
        TEXT[0], TEXT[1], more]

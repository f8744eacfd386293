"""The pointer to the whole story with its link lost after it (Liputan6's AMP pages: `Selengkapnya di` under the
teaser's last paragraph, the outlet's logo its link): a call, not text. A sentence that goes on after the words
stays."""

from __future__ import annotations

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TEXT = ["Liputan6.com, Jakarta Presiden Joko Widodo atau Jokowi tiba-tiba mendatangi ruang wartawan Istana "
        "Kepresidenan, Jakarta. Dia meninjau langsung ruangan pasca direnovasi setahun lalu.",
        "Kedatangan Jokowi sangat mendadak. Tak ada tanda apapun, kecuali kedatangan pasukan pengamanan presiden "
        "(Pasmpamres) ke ruangan. Mereka berkeliling ke setiap sudut ruangan."]


def test_the_pointer_goes():
    for pointer in ("Selengkapnya di", "Selengkapnya di:", "Selengkapnya di …"):
        blocks = TEXT + ["Advertisement", pointer]
        assert clean_body([Block(text) for text in blocks]).paragraphs[-1] == TEXT[-1], pointer


def test_a_sentence_going_on_stays():
    sentence = "Selengkapnya di ruang rapat, Presiden meminta para menteri mempercepat penyaluran bantuan."
    blocks = TEXT + [sentence]
    assert clean_body([Block(text) for text in blocks]).paragraphs[-2:] == [TEXT[-1], sentence]

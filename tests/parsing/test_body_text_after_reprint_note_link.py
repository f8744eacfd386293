"""A reprint note whose link ends the line the next page's text opens, one block where single line breaks joined
them (a copy of JPNN's paged story: `Artikel ini telah tayang di JPNN.com dengan judul "<headline>", <url>` then
`Kebakaran di permukiman padat penduduk ... terdampak. (antara/jpnn)`): the note goes, the paragraph after its link
stays. A note with only credits or an app's links after its link goes whole."""

from __future__ import annotations

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

FIRST = ("Isnawa menyebut seorang ibu hamil menjadi pasien yang dirujuk ke rumah sakit untuk mendapatkan penanganan "
         "lebih lanjut. Sementara, pasien rawat jalan sebanyak 14 orang.")
NOTE = ('Artikel ini telah tayang di JPNN.com dengan judul "Kebakaran di Kemayoran Jakarta Pusat, 15 Orang Terluka", '
        "https://www.jpnn.com/news/kebakaran-di-kemayoran-jakarta-pusat-15-orang-terluka")
NEXT_PAGE = ("Kebakaran di permukiman padat penduduk yang terjadi di Jalan Kebon Kosong, Kemayoran, Jakarta Pusat, Selasa, "
             "diduga berasal dari rumah seorang pengepul rongsokan sampah plastik berinisial J.")


def test_the_paragraph_after_the_notes_link_stays():
    cleaned = clean_body([Block(FIRST), Block(f"{NOTE} {NEXT_PAGE} (antara/jpnn)"), Block(NOTE + "?page=2")])
    assert cleaned.paragraphs == [FIRST, NEXT_PAGE]
    assert cleaned.signature["raw"] == "(antara/jpnn)"


def test_a_note_with_no_paragraph_after_its_link_goes():
    for tail in (" Penulis : Kontributor Baubau, Defriatno Neke Editor : Teuku Muhammad Valdy Arief",
                 ". Kompascom+ baca berita tanpa iklan: https://kmp.im/plus6 Download aplikasi: https://kmp.im/app6"):
        assert clean_body([Block(FIRST), Block(NOTE + tail)]).paragraphs == [FIRST], tail

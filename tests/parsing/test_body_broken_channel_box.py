"""A channel box's heading broken over its lines, its button's words under it (Tribun's `Dapatkan Berita Pilihan` over
`di WhatsApp Anda` and `Baca WhatsApp Tribunnews`, under `BERITA REKOMENDASI` and the copy's `Sumber: Tribun
Medan`): page furniture, and the source line over it closes the text. Sentences with the words stay."""

from __future__ import annotations

from crawler.parsing.furniture import is_noise
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TEXT = ["Kepala Penerangan Kodam-1 Bukit Barisan, Kolonel Inf Edy Hartono tidak mengangkat telepon salular. Padahal "
        "Tribun Medan sudah berulangkali menghubungi.",
        "Hingga berita ini diturunkan beberapa wartawan tidak lagi meliput. Hanya sebagian wartawan yang berada di media "
        "center untuk menunggu kejelasan liputan."]
BOX = ["BERITA REKOMENDASI", "Sumber: Tribun Medan", "Dapatkan Berita Pilihan", "di WhatsApp Anda",
       "Baca WhatsApp Tribunnews", "Tribunnews", "Ikuti kami di"]


def test_the_box_goes():
    for line in BOX[2:5]:
        assert is_noise(line), line
    assert clean_body([Block(text) for text in TEXT + BOX]).paragraphs == TEXT


def test_sentences_with_the_words_stay():
    for line in ("Dapatkan berita pilihan itu dari sumber yang jelas, kata dia.",
                 "Di WhatsApp Anda bisa menemukan banyak kabar bohong tentang banjir itu."):
        assert not is_noise(line), line

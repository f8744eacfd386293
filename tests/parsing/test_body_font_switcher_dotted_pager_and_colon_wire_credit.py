"""Three more pieces of a page left in the text: a font-size switcher's letters over its label (Koran Jakarta's `A A A
Pengaturan Font` under the photo's credit), a pager's link with dots for its arrow (Koran Jakarta's `Halaman
Selanjutnya....` under the last paragraph), and a caption closed by a wire's name and its photographer with a colon
for the slash (ABC Indonesia's copies on JPNN: `Gencatan senjata antara Hamas dan Israel tercapai ... ratusan korban.
(AP: Hatem Moussa)`). A paragraph closed by a bracketed source that is no wire stays."""

from __future__ import annotations

import pytest

from crawler.parsing.furniture import is_caption, is_noise
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

LEAD = ("Sejumlah pengamat mengabarkan, begitu gencatan senjata dimulai suasana tenang langsung terasa di kawasan yang "
        "biasanya selalu diwarnai suara tembakan itu.")
LAST = ("Pejabat Qatar mengatakan kelompok pertama dari 13 sandera yang dibebaskan adalah perempuan dan anak-anak dari "
        "keluarga yang sama.")
CAPTION = ("Gencatan senjata antara Hamas dan Israel tercapai setelah 11 hari konflik yang telah menewaskan ratusan "
           "korban. (AP: Hatem Moussa)")


def test_the_font_switcher_and_the_dotted_pager_go():
    assert is_noise("A A A Pengaturan Font") and is_noise("Halaman Selanjutnya....")
    blocks = [Block("Foto : istimewa"), Block("A A A Pengaturan Font"), Block(LEAD), Block(LAST),
              Block("Halaman Selanjutnya...."), Block("Redaktur : Marcellus Widiarto")]
    assert clean_body(blocks).paragraphs == [LEAD, LAST]


def test_the_caption_credited_with_a_colon_goes():
    assert is_caption(CAPTION)
    assert clean_body([Block(CAPTION), Block(LEAD), Block(LAST)]).paragraphs == [LEAD, LAST]


@pytest.mark.parametrize("line", [
    "Data itu dirilis pekan lalu oleh pemerintah daerah. (BPS: Badan Pusat Statistik)",
    "Pengaturan font pada dokumen itu diubah agar mudah dibaca warga, kata dia.",
    "Halaman selanjutnya memuat daftar nama korban yang sudah teridentifikasi.",
])
def test_sentences_stay(line):
    assert not is_caption(line) and not is_noise(line)
    assert clean_body([Block(LEAD), Block(line), Block(LAST)]).paragraphs == [LEAD, line, LAST]

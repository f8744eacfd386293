"""A caption closed by a photo's credit in square brackets: a wire's FOTO credit, the caption of any length (Suara's
`Foto udara suasana posko penggalangan donasi logistik unjuk rasa di depan Kantor Bupati Pati, Kabupaten Pati, Jawa
Tengah. [ANTARA FOTO/Aji Styawan/rwa]`), or an outlet's address before its photographer's name after a short one
(`... di gerbang tol. [Suara.com/Alfian Winanto]`). Paragraphs closed by a desk's code or a citation in square
brackets stay, and so does a quoted speaker's paragraph."""

from __future__ import annotations

from crawler.parsing.furniture import is_caption
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

CAPTION = ("Foto udara suasana posko penggalangan donasi logistik unjuk rasa di depan Kantor Bupati Pati, Kabupaten "
           "Pati, Jawa Tengah. [ANTARA FOTO/Aji Styawan/rwa]")
FIRST = ("Hingga berita ini diturunkan, massa masih bertahan di depan kantor Pemkab Pati, menunggu respons dari "
         "pihak berwenang.")
SECOND = ("Aksi ini telah menyebabkan arus lalu lintas di sekitar lokasi menjadi tersendat dan mendapat penjagaan "
          "dari aparat keamanan.")


def test_the_wire_credited_caption_leaves():
    assert clean_body([Block(CAPTION), Block(FIRST), Block(SECOND)]).paragraphs == [FIRST, SECOND]
    assert clean_body([Block(FIRST), Block(CAPTION), Block(SECOND)]).paragraphs == [FIRST, SECOND]


def test_a_long_wire_credited_caption_leaves():
    long_caption = ("Massa aksi dari berbagai elemen masyarakat memadati halaman depan Kantor Bupati Pati, Kabupaten "
                    "Pati, Jawa Tengah, Rabu (13/8/2025). Mereka menuntut Bupati Pati mundur dari jabatannya setelah "
                    "kebijakan kenaikan pajak bumi dan bangunan hingga 250 persen memicu gelombang protes warga "
                    "selama beberapa pekan terakhir. [ANTARA FOTO/Aji Styawan/rwa]")
    assert len(long_caption) > 250
    assert is_caption(long_caption)


def test_the_outlet_credited_short_caption_leaves():
    caption = "Petugas memeriksa kendaraan di gerbang tol. [Suara.com/Alfian Winanto]"
    assert is_caption(caption)
    assert clean_body([Block(FIRST), Block(caption), Block(SECOND)]).paragraphs == [FIRST, SECOND]


def test_codes_citations_and_quotes_stay():
    for line in ("Massa masih bertahan di depan kantor Pemkab Pati hingga malam hari. [sar/but]",
                 "Otoritas Palestina memuji para pelaku serangan itu sebagai pahlawan. [Official PA daily Al-Hayat "
                 "Al-Jadida, Feb. 1, 2020]",
                 "\"Kami akan bertahan sampai tuntutan dipenuhi,\" kata koordinator aksi di depan kantor bupati. "
                 "[Suara.com/Alfian Winanto]"):
        assert not is_caption(line)
        assert clean_body([Block(FIRST), Block(line), Block(SECOND)]).paragraphs == [FIRST, line, SECOND]

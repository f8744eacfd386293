"""A caption closed by the photo's label and its source between spaced dashes (Berita Harian's `CITRA KEDAMAIAN:
Keadaan yang dirakamkan pada 21 Mei lalu ... antara 10 hingga 21 Mei lalu. - Foto AFP -` over the text), long or short,
is no text. A paragraph's words between dashes without the label (`... - kata dia -`), a label with no source
(`- Foto -`) and the label's word inside a sentence stay."""

from __future__ import annotations

from crawler.parsing.furniture import is_caption
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

CAPTION = ("CITRA KEDAMAIAN: Keadaan yang dirakamkan pada 21 Mei lalu menunjukkan Tembok Ratapan di Baitulmakdis (kanan) "
           "yang merupakan tapak suci kaum Yahudi dan Kubah As-Sakhrah (kubah emas) dan Masjid Al-Aqsa bersebelahannya "
           "yang terlindung, menyaksikan konflik berdarah antara rakyat Palestin dan pemerintah Israel selama 11 hari "
           "antara 10 hingga 21 Mei lalu. - Foto AFP -")
TEXT = ["SEBAHAGIAN besar rakyat Palestin mengharapkan pembentukan dua negara - Palestin dan Israel - kerana itu adalah "
        "satu-satunya huraian realistik yang boleh memastikan kedamaian jangka panjang bagi manfaat penduduk Arab dan "
        "Yahudi di situ.",
        "Lebih penting lagi bagi mereka, pencabulan ke atas wilayah Palestin sejak 1948 yang masih diduduki Israel dapat "
        "dihentikan."]


def test_the_caption_is_no_text():
    assert is_caption(CAPTION)
    assert is_caption("Penduduk berhimpun di luar masjid selepas solat Jumaat. - Foto BH oleh Khalid Baba -")
    assert clean_body([Block(line) for line in [CAPTION, *TEXT]]).paragraphs == TEXT
    assert clean_body([Block(line) for line in [TEXT[0], CAPTION, TEXT[1]]]).paragraphs == TEXT


def test_sentences_stay():
    for line in ("Rundingan itu, katanya, akan diteruskan minggu depan di Kaherah. - kata dia -",
                 "Rundingan itu akan diteruskan minggu depan di Kaherah. - Foto -",
                 "Foto AFP itu tersebar luas di media sosial sejak semalam, katanya."):
        assert not is_caption(line)

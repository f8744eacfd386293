"""A share bar's labels naming what or when it shares (Metro TV's `SHARE NOW`, a regional portal's `share news` over
its icons) and the note its copy-link button leaves (`URL Berhasil di Salin`, `URL berhasil dicopy`) are no text: over
the photo's caption printed twice they no longer hide the dateline under it. Sentences with the words stay."""

from __future__ import annotations

from crawler.parsing.furniture import is_noise
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

CAPTION = ("KRITISI - Juru bicara Fraksi Partai Golkar DPRD Sidoarjo Wahyu Lumaksono, Fraksi Demokrat - Nasdem dan PDI "
           "Perjuangan mengkritisi penyusunan RAPBD Tahun 2026 yang dinilai asal pangkas dalam paripurna pekan kemarin.")
LEAD = ("Sejumlah pimpinan dan anggota fraksi di DPRD Kabupaten Sidoarjo kompak mengkritisi struktur penyusunan APBD "
        "Tahun Anggaran 2026. Diantaranya tiga fraksi besar yang ada di DPRD Kabupaten Sidoarjo.")
NEXT = ("Ketiga fraksi itu, diantaranya Fraksi Partai Golongan Karya (Golkar), Fraksi Partai Demokrat - Nasdem dan Fraksi "
        "PDI Perjuangan. Kritikan itu disampaikan dalam rapat paripurna, Sabtu (01/11/2025) kemarin.")


def test_the_labels_and_the_note_go():
    for line in ("share news", "SHARE NOW", "URL Berhasil di Salin", "URL berhasil dicopy", "Link berhasil disalin"):
        assert is_noise(line), line


def test_the_dateline_under_the_share_bar_and_the_caption_is_found():
    blocks = ["share news", "share news", "URL berhasil dicopy", "share news", CAPTION, CAPTION, "i",
              f"Sidoarjo (republikjatim.com) - {LEAD}", NEXT]
    result = clean_body([Block(text) for text in blocks])
    assert result.paragraphs == [LEAD, NEXT]
    assert result.dateline is not None and result.dateline.place == "Sidoarjo"


def test_sentences_with_the_words_stay():
    for line in ("Share news terbaru kami di media sosial, kata pengelola portal itu.",
                 "Link berhasil disalin oleh peretas ke server luar, kata polisi."):
        assert not is_noise(line), line
        assert clean_body([Block(NEXT), Block(line)]).paragraphs == [NEXT, line], line

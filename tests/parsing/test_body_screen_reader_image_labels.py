"""The labels a screen reader speaks for a picture, a comma for the colon (BBC News Indonesia's `Sumber gambar, Dhany
Pramata` over `Keterangan gambar, Banyak eks tapol di Pulau Buru ...`), are no text, however long the caption; the
paragraph the caption repeats stays. Sentences opening with the same words in small letters stay."""

from __future__ import annotations

from crawler.parsing.furniture import is_caption
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TEXT = ["Ada banyak hal yang terjadi di bulan Oktober, dan BBC Indonesia merangkum sejumlah berita menarik yang "
        "mungkin terlewat oleh Anda.",
        "Banyak eks tapol di Pulau Buru yang memilih untuk tidak kembali pulang. \"Saya memilih di sini karena istri "
        "saya meninggal,\" kata salah satu di antara mereka.",
        "Bertepatan dengan peringatan 50 tahun Gerakan 30 September 1965, BBC Indonesia membuat laporan khusus terkait "
        "apa yang terjadi sesudahnya."]
LABELS = ["Sumber gambar, Dhany Pramata", "Keterangan gambar, " + TEXT[1]]


def test_the_labels_go_and_the_paragraph_stays():
    for line in LABELS:
        assert is_caption(line), line
    blocks = [Block(TEXT[0]), Block(TEXT[1])] + [Block(line) for line in LABELS] + [Block(TEXT[2])]
    assert clean_body(blocks).paragraphs == TEXT


def test_sentences_in_small_letters_stay():
    for line in ("sumber gambar, kata dia, berasal dari arsip keluarga.",
                 "Sumber gambar itu, kata polisi, berasal dari kamera pengawas."):
        assert not is_caption(line), line

"""An app's download banner over the text, each part a line (JPNN's `Close Banner Apps JPNN.com`, `JPNN.com App`,
`Aplikasi Berita Terbaru dan Terpopuler`, `Dapatkan di Play Store atau Apps Store`, `Download Apps JPNN.com`, its `X
Close` button under the text) leaves, the dateline under it is read, and the lead printed again under the last
paragraph (the page's description) leaves. Sentences with those words stay, and so does a last paragraph that is not
the lead."""

from __future__ import annotations

from crawler.parsing.furniture import is_noise
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

BANNER = ["Close Banner Apps JPNN.com", "JPNN.com App", "Aplikasi Berita Terbaru dan Terpopuler",
          "Dapatkan di Play Store atau Apps Store", "Download Apps JPNN.com"]
LEAD = ("Penjagaan di Polres Kotawaringin Barat (Kobar) diperketat setelah kejadian teror di Mapolres Dharmasraya, "
        "Sumatera Barat.")
TEXT = [LEAD, "Menurut Kapolres Kotawaringin Barat (Kobar) AKBP Pria Premos, langkah itu diambil untuk mencegah hal-hal "
              "yang tak diinginkan.",
        "Ketatnya penjagaan membuat masyarakat tak bisa leluasa masuk Polres Kobar."]


def test_the_banner_the_repeated_lead_and_the_close_button_leave():
    for line in (*BANNER, "X Close"):
        assert is_noise(line), line
    result = clean_body([*(Block(line) for line in BANNER), Block(f"jpnn.com, KOTAWARINGIN BARAT - {LEAD}"),
                         *(Block(text) for text in TEXT[1:]), Block(LEAD),
                         Block("Silakan baca konten menarik lainnya dari JPNN.com di Google News"), Block("X Close")])
    assert result.paragraphs == TEXT
    assert result.dateline is not None


def test_sentences_and_a_last_paragraph_that_is_no_lead_stay():
    for line in ("Aplikasi berita terbaru itu diluncurkan kemarin oleh Kominfo.",
                 "Warga bisa mendapatkan di Play Store aplikasi itu."):
        assert not is_noise(line), line
    assert clean_body([Block(text) for text in TEXT]).paragraphs == TEXT

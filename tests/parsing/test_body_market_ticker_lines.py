"""A market ticker's strip over the header (Kontan's `EMAS 2.278.000   -12.000   -0,52%`, `USD/IDR 16.691   38,00
0,23%`, `IDX 8.272   108,13   1,32%`) is no text: an index's or a commodity's name then figures alone. A sentence
giving the same figures stays."""

from __future__ import annotations

from crawler.parsing.furniture import is_noise
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TICKER = ["EMAS 2.278.000   -12.000   -0,52%", "USD/IDR 16.691   38,00   0,23%", "IDX 8.272   108,13   1,32%",
          "KOMPAS100 1.154   17,50   1,54%"]
TEXT = ["Sampai saat ini AJI Jakarta juga terus melakukan verifikasi kekerasan yang dialami sejumlah jurnalis saat "
        "meliput aksi mahasiswa Selasa kemarin.",
        "Selain itu, AJI Jakarta juga mendesak Kepolisian menangkap pelaku kekerasan terhadap jurnalis saat meliput."]


def test_the_ticker_lines_go():
    blocks = [Block(line) for line in TICKER] + [Block(text) for text in TEXT]
    assert clean_body(blocks).paragraphs == TEXT


def test_sentences_with_the_figures_stay():
    for line in ("IHSG naik 108,13 poin atau 1,32% ke level 8.272.", "Emas turun 12.000 atau 0,52% hari ini.",
                 "IDX 8.272 ditutup menguat"):
        assert not is_noise(line), line

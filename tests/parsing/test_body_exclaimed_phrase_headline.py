"""A related box's headline opening with a short phrase exclaimed (Suara's AMP box: `Berita Terkait` over `-` and
`Drama Detik-Detik Terakhir! Ma'ruf Amin Bongkar Kisah Terpilih Jadi Cawapres Gantikan Mahfud MD`) reads as a headline
as one exclaimed word does (`Waspada! Pintu Air ...`), so the box closing the container goes whole. A sentence
exclaimed in a paragraph, lower-case words after it, stays a sentence."""

from __future__ import annotations

from crawler.parsing.html import Block
from crawler.parsing.text import _is_bare_headline, clean_body

TEXT = ["Grup band Repvblik terjun ke panggung politik dengan menjadi bagian dari PKPI.",
        "\"Manusia secara alamiah merupakan musisi,\" kata Diaz Hendropriyono di tempat yang sama."]
EXCLAIMED = "Drama Detik-Detik Terakhir! Ma'ruf Amin Bongkar Kisah Terpilih Jadi Cawapres Gantikan Mahfud MD"


def test_a_headline_opening_with_an_exclaimed_phrase():
    assert _is_bare_headline(EXCLAIMED)
    assert _is_bare_headline("Waspada! Pintu Air Depok Siaga I, Karet Sentuh 470 Cm")


def test_sentences_exclaimed_are_no_headlines():
    assert not _is_bare_headline("Awas Ada Ular! Warga diminta menutup pintu rumah pada malam hari")
    assert not _is_bare_headline("Luar Biasa Sekali Pertandingan Ini! Kata pelatih usai laga")


def test_the_closing_box_goes_whole():
    box = ["Berita Terkait", "-", "Lirik Lagu Sandiwara Cinta Republik, Backsound Galau Viral di TikTok", "-", EXCLAIMED]
    assert clean_body([Block(line) for line in [*TEXT, *box]]).paragraphs == TEXT

"""A reprint note whose verb is misspelt, a letter dropped (a Tribun copy's `Artikel ini telah tayng di KOMPAS TV`),
still closes the article: the note and the related headlines under it go, the text above stays. A sentence about a
broadcast stays."""

from __future__ import annotations

from crawler.parsing.furniture import is_noise
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TEXT = ["Dalam pidatonya, Zelensky berbicara pada rakyat Ukraina setelah sejumlah kota diserang pada Sabtu (26/2) "
        "malam lalu.",
        "“Semalam sungguh brutal di Ukraina. Sekali lagi, penembakan, juga pengeboman di daerah pemukiman dan "
        "infrastruktur sipil,” kata Zelensky."]
RELATED = ["• Baru Terungkap Fakta soal Serangan Umum 1 Maret 1949, Dibeberkan Sri Sultan Hamengku Buwono X",
           "• Telepon Menlu Ukraina dan Menlu Rusia, Menteri Retno Marsudi: De-eskalasi Harus Dilakukan"]


def test_the_misspelt_note_and_the_headlines_under_it_go():
    for note in ("Artikel ini telah tayng di KOMPAS TV", "Artikel ini telah tayang di KOMPAS TV"):
        blocks = [Block(TEXT[0]), Block(TEXT[1]), Block(note)] + [Block(line) for line in RELATED]
        assert clean_body(blocks).paragraphs == TEXT, note


def test_a_sentence_about_a_broadcast_stays():
    for line in ("Acara itu tayang di KOMPAS TV setiap Senin malam.",
                 "Artikel ini telah dibaca ribuan orang sejak pagi."):
        assert not is_noise(line), line

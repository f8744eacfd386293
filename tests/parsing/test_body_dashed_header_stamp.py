"""The header's weekday, dashed date and clock on a line of their own over the credits (Disway's AMP pages: `Selasa
24-09-2024,22:29 WIB` over `Reporter : <name>`) leave the text. A sentence opening with a day and a date stays."""

from __future__ import annotations

from crawler.parsing.furniture import is_noise
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TEXT = ["“Personel harus fokus menjaga ketertiban di antara penonton, bukan kepada artis di panggung,” jelasnya.",
        "Dalam kesempatan yang sama, Wakapolres juga menyinggung isu yang sedang viral di media sosial mengenai aksi "
        "pemalakan dan gangguan ketertiban masyarakat."]


def test_the_stamp_leaves():
    for line in ("Selasa 24-09-2024,22:29 WIB", "Selasa, 24-09-2024 22:29", "Jumat 1-3-2024, 08.15 WITA"):
        assert is_noise(line), line
    result = clean_body([Block("Selasa 24-09-2024,22:29 WIB"), Block("Reporter : Ari Rachiem"),
                         Block("Editor : Baharunsyah"), *(Block(text) for text in TEXT)])
    assert result.paragraphs == TEXT


def test_a_sentence_with_a_day_and_a_date_stays():
    for line in ("Selasa 24-09-2024 ada rapat.", "Selasa 24-09-2024, 22:29 WIB menjadi batas waktu pendaftaran."):
        assert not is_noise(line), line

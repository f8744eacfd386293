"""An opinion byline under the headline printed again at the top of the text, in capitals or over two lines, or under a
column's heading (a paper's copy: `PERANAN PENEGAK HUKUM DALAM` / `SISTEM HUKUM DI INDONESIA` / `Oleh : Dr. Celina Tri
Siwi Kristiyanti, S.H., M.Hum`; a forum's copy: `TEHNIK MEMBURU BERITA DAN MENULIS BERITA` / `Oleh : Suyono HS. *`; a
review's `Kritik Pemikiran` / `Oleh: Sholihatun Nur Khotimah`): the byline names the writer. Bylines and headings are
as printed; the paragraphs are made up."""

from __future__ import annotations

import pytest

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

LEAD = "Masih jelas teringat dalam memori saat jatuhnya orde baru yang dipelopori oleh mahasiswa pada tahun 1998."
SECOND = "Pengelolaan negara dilakukan tidak secara transparan dengan dalih untuk kemakmuran dan pembangunan."


def _cleaned(lines: list[str]):
    return clean_body([Block(text) for text in lines])


@pytest.mark.parametrize(("top", "writer"), [
    (["PERANAN PENEGAK HUKUM DALAM", "SISTEM HUKUM DI INDONESIA",
      "Oleh : Dr. Celina Tri Siwi Kristiyanti, S.H., M.Hum"], "Dr. Celina Tri Siwi Kristiyanti"),
    (["TEHNIK MEMBURU BERITA DAN MENULIS BERITA", "Oleh : Suyono HS. *"], "Suyono HS"),
    (["Kritik Pemikiran", "Oleh: Sholihatun Nur Khotimah"], "Sholihatun Nur Khotimah"),
    (["Pembelajaran", "Nilai Religi Berdasarkan Cerpen", "Oleh: Silka Yuanti Draditaswari"],
     "Silka Yuanti Draditaswari"),
])
def test_a_byline_under_headings_names_the_writer(top, writer):
    cleaned = _cleaned([*top, LEAD, SECOND])
    assert cleaned.byline_author == writer
    assert cleaned.paragraphs == [LEAD, SECOND]


@pytest.mark.parametrize("top", [
    ["JAKARTA, KOMPAS.com", "Oleh karena itu, pemerintah mengumumkan kebijakan baru pada Senin pagi."],
    ["Pemerintah mengumumkan kebijakan baru", "Oleh sebab itu warga diminta tenang, kata pejabat di kantornya."],
    ["Harga Emas Hari Ini", "By the way, pemerintah mengumumkan kebijakan baru pada Senin pagi."],
    ["Kilas Daerah", "Oleh: Redaksi"],  # a desk signs, no writer
    # three heading lines: no headline printed again runs so long over its byline
    ["Satu", "Dua", "Tiga", "Oleh: Ahmad Yani Saputra"],
])
def test_no_writer_under_headings_without_a_persons_byline(top):
    assert _cleaned([*top, LEAD, SECOND]).byline_author is None


def test_a_sentence_over_the_byline_is_no_heading():
    cleaned = _cleaned(["Pemerintah mengumumkan kebijakan baru pada Senin pagi.", "Oleh: Ahmad Yani Saputra", LEAD])
    assert cleaned.byline_author is None

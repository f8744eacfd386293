"""A copy's caption may part its sentence from ANTARA's photo credit with a spaced slash, and print the credit twice
(Pikiran Rakyat's network, 2021: `Tenaga Ahli Utama Kantor Staf Presiden, Ali Mochtar Ngabalin. / ANTARA/Bayu
Prasetyo/ANTARA/Bayu Prasetyo`): the line is a caption, not text. A sentence reporting speech before a carried wire's
names (`... akan berdamai. / ANTARA/AFP`), or a slash before words that name no agency, stays."""

from __future__ import annotations

import pytest

from crawler.parsing.furniture import is_caption
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

LEAD = ("Tenaga Ahli Utama Kantor Staf Presiden (KSP) Ali Mochtar Ngabalin memberikan peringatan kepada seluruh kader "
        "Partai Demokrat untuk tak membawa-bawa nama Presiden Joko Widodo (Jokowi) dalam masalah Kongres Luar Biasa.")
NEXT = ("Ali Mochtar Ngabalin menilai, masalah KLB adalah masalah remeh-temeh di internal Partai Demokrat, sehingga "
        "tak sepatutnya nama Jokowi dilibatkan.")


@pytest.mark.parametrize("line", [
    "Tenaga Ahli Utama Kantor Staf Presiden, Ali Mochtar Ngabalin. / ANTARA/Bayu Prasetyo/ANTARA/Bayu Prasetyo",
    "Tenaga Ahli Utama Kantor Staf Presiden, Ali Mochtar Ngabalin. / ANTARA/Bayu Prasetyo",
])
def test_a_caption_parted_from_its_credit_by_a_spaced_slash(line):
    assert is_caption(line)
    assert clean_body([Block(LEAD), Block(line), Block(NEXT)]).paragraphs == [LEAD, NEXT]


@pytest.mark.parametrize("line", [
    "Menurut dia, kedua negara pada akhirnya akan berdamai. / ANTARA/AFP",
    "Harga cabai di pasar tradisional naik lagi pekan ini. / TNI/Polri siap.",
])
def test_other_lines_so_slashed_stay(line):
    assert not is_caption(line)

"""A labelled byline run into its dateline and lead, the block longer than a byline (a KPU column, kab-cilacap.kpu.go.id
2021: `Oleh ; Weweng Maretno,S.Sos (Div Teknis Penyelenggaraan) Cilacap (03/01/2021). Gubernur Jawa Tengah ...`): the
name after the label is the writer's, the paragraph stays."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.credits import opinion_author
from crawler.parsing.html import Block

from people_pages import URL, page  # beside this file

LEAD = ("Oleh ; Weweng Maretno,S.Sos (Div Teknis Penyelenggaraan) Cilacap (03/01/2021). Gubernur Jawa Tengah telah "
        "menerbitkan Keputusan Gubernur Nomor 170/05 Tahun 2021 tentang Peresmian Pemberhentian dan Peresmian "
        "Pengangkatan Pengganti Antar Waktu anggota Dewan Perwakilan Rakyat Daerah Kabupaten Cilacap tanggal 21 Januari "
        "2021.")
TEXT = ("Dengan demikian resmi sudah ia berhak menggantikan anggota dewan sebelumnya dengan Surat Keputusan Gubernur, "
        "kata pejabat yang berwenang kepada wartawan di kantornya. ") * 3


def test_the_run_on_byline_names_the_writer():
    assert opinion_author(Block(LEAD, [])) == "Weweng Maretno"


def test_the_page_names_the_writer_and_keeps_the_paragraph():
    item = parse_article(page(lead=f"<p>{LEAD}</p>"), URL)
    assert item["author"] == "Weweng Maretno"
    assert "Gubernur Jawa Tengah telah menerbitkan" in item["body"]


@pytest.mark.parametrize("text", [
    "Oleh: karena itu pemerintah menunda aturan tersebut. " + TEXT,  # no name after the label: a sentence
    "Oleh karena itu, " + TEXT,  # no label
    "Oleh Budi Santoso " + TEXT,  # a bare byline is one only when alone in its block
    "Pemerintah menunda aturan tersebut. Oleh: Budi Santoso. " + TEXT,  # the label inside the text
])
def test_a_long_block_with_no_labelled_byline_opening_it_names_no_one(text):
    assert opinion_author(Block(text, [])) is None

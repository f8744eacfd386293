"""A desk's name ending with `Newsroom` opening the text, no place (`IAIN Kediri Newsroom – Sebanyak ...`, a campus's
news desk): the name is the outlet; `Newsroom` alone, or a heading's words before the dash, name none."""

from __future__ import annotations

import pytest

from crawler.parsing.dateline import parse_dateline


@pytest.mark.parametrize("text", [
    ("The Blog\n\nIAIN Kediri Newsroom – Sebanyak 2030 mahasiswa IAIN Kediri secara resmi dilepas oleh Bupati Kediri"
     " Hanindhito Himawan Pramana untuk melaksanakan kegiatan Kuliah Kerja Nyata (KKN) di 130 desa"),
    ("The Blog\n\nIAIN Kediri Newsroom – Setelah beberapa waktu lalu mendapatkan dukungan alih status dari Pemerintah"
     " Kota (Pemkot) Kediri dan Pemerintah Daerah (Pemda) Kabupaten Kediri"),
    ("The Blog\n\nIAIN Kediri Newsroom — Rektor UIN KHAS Jember, Prof Hepni, memimpin langsung penutupan dan penarikan"
     " mahasiswa KKN Persemakmuran eks-IAIN Sunan Ampel, Senin (19/8/2024)."),
])
def test_a_desks_newsroom_is_the_outlet(text):
    found = parse_dateline(text)
    assert (found.place, found.agency) == (None, "IAIN Kediri Newsroom")


def test_a_provinces_newsroom_stays_an_outlet():
    found = parse_dateline("Jatim Newsroom - Gubernur Jawa Timur meresmikan jembatan baru di Surabaya.")
    assert (found.place, found.agency) == (None, "Jatim Newsroom")


@pytest.mark.parametrize("text", [
    # The word alone: the page's section, no desk's name.
    "The Blog\n\nNewsroom – Institut Agama Islam Negeri (IAIN) Kediri kembali melaksanakan program Kuliah Kerja Nyata.",
    # A heading's words ending with another outlet's word.
    "Breaking News – Gempa mengguncang pesisir selatan Jawa pada Senin pagi.",
    "Media Sosial – Warganet ramai membahas kebijakan baru pemerintah daerah.",
])
def test_no_desk_no_outlet(text):
    found = parse_dateline(text)
    assert found is None or found.agency is None

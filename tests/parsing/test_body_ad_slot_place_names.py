"""An empty ad slot named by its place on the page, as a blog template prints it between and under the paragraphs
(`Iklan Atas Artikel`, `Iklan Tengah Artikel 1`, `Iklan Bawah Artikel`): the page's, not text. A sentence about such
a slot stays."""

from __future__ import annotations

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TEXT = ["Kapolres Sorong, AKBP Gatot Prasetyo, S.Ik melalui Kabag Ops Kompol Diaz Sasongko, S.Ik kepada wartawan "
        "mengatakan, pihaknya berhasil mengamankan dua senjata tajam jenis golok, dua botol CT, empat botol bir dan satu "
        "botol minuman topi miring dari kendaraan yang dirasia petugas.",
        "Diaz menambahkan, adalah tugas polisi untuk melakukan berbagai upaya antisipasi potensi kriminalitas, salah "
        "satunya dengan melakukan rasia rutin kendaraan. “Ini penting mengigat situasi kondusif, merupakan kepentingan "
        "umum yang mesti selalu dijaga,” tanbahnya."]


def _clean(lines):
    return clean_body([Block(line) for line in lines]).paragraphs


def test_slot_names_go():
    blocks = [TEXT[0], "Iklan Tengah Artikel 1", TEXT[1], "Iklan Atas Artikel", "Iklan Tengah Artikel 2",
              "Iklan Bawah Artikel", "Iklan Bawah Artikel"]
    assert _clean(blocks) == TEXT


def test_other_places_go_too():
    for label in ("Iklan tengah artikel", "Iklan Sebelum Artikel", "Iklan Setelah Artikel", "Iklan bawah judul artikel"):
        assert _clean([TEXT[0], label, TEXT[1]]) == TEXT, label


def test_a_sentence_about_a_slot_stays():
    line = "Iklan tengah artikel itu dijual kepada pengiklan besar dengan harga tinggi."
    assert _clean([TEXT[0], line, TEXT[1]]) == [TEXT[0], line, TEXT[1]]
    line = "Iklan Atas Artikel Ini Ditarik"
    assert _clean([TEXT[0], line, TEXT[1]]) == [TEXT[0], line, TEXT[1]]

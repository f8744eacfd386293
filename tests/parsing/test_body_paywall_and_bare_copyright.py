"""A paywall's call to subscribe to read on (Tempo's magazine: `Berlangganan untuk lanjutkan membaca.` over its
slogan and `Manfaat berlangganan Tempo Digital? Lihat Disini`) ends the text, and so does the copyright's word alone
under the last paragraph (an aggregator's copy of Kompas). A sentence on subscribing to read on stays."""

from __future__ import annotations

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TEXT = ["Setya Novanto adalah politikus yang diganduli seabrek kasus, dari pelanggaran etika saat menjadi Ketua Dewan "
        "Perwakilan Rakyat hingga dugaan korupsi proyek Pekan Olahraga Nasional 2012 di Riau.",
        "Alangkah lucunya partai ini. Ketika partai lain sibuk memperbaiki citra dengan membersihkan diri dari koruptor "
        "dan politikus bermasalah, Partai Golkar malah memilih Setya Novanto sebagai ketua umum."]


def _paragraphs(lines: list[str]) -> list[str]:
    return clean_body([Block(line) for line in [*TEXT, *lines]]).paragraphs


def test_the_paywall_and_its_box_leave_the_body():
    lines = ["...", "Berlangganan untuk lanjutkan membaca.", "Kami mengemas berita, dengan cerita.",
             "Manfaat berlangganan Tempo Digital? Lihat Disini"]
    assert _paragraphs(lines) == TEXT


def test_the_paywall_in_english_leaves_the_body():
    assert _paragraphs(["Subscribe to continue reading", "Already a subscriber? Log in"]) == TEXT


def test_the_copyrights_word_alone_under_the_text_leaves_the_body():
    assert _paragraphs(["Copyright"]) == TEXT


def test_a_sentence_on_subscribing_to_read_on_stays():
    line = "Pembaca harus berlangganan untuk melanjutkan membaca edisi digital majalah itu, kata Budi."
    assert _paragraphs([line]) == [*TEXT, line]


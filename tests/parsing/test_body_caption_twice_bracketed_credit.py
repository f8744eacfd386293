"""A photo's caption printed twice between the paragraphs, the first print its alt text alone, the second with the
credit in brackets holding a slash (Tribun's round-ups: `<caption>` over `<caption> (TribunJatim.com/Imam Taufiq -
Instagram/terangmedia)`): both prints are the photo's. A heading over a line that only adds a count or a note in
brackets stays."""

from __future__ import annotations

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

OPENING = ["Lebih lanjut, tiga berita Jatim terpopuler hari ini dapat Anda simak di bawah ini.",
           "1. FAKTA Perusakan 58 Makam di Blitar, Pelaku Pakai Palu dan Linggis, Sempat Beri Surat Ancaman"]
NEXT = ("Aksi perusakan makam yang terjadi di tempat pemakaman umum (TPU) Glondong di Kelurahan Satreyan, "
        "Kecamatan Kanigoro, Kabupaten Blitar, bukan dilakukan oleh dua malaikat kubur, sebagaimana isi tulisan yang "
        "ditemukan di makam itu.")
CAPTION = "Puluhan kuburan di Blitar dirusak sosok orang tak dikenal"


def _paragraphs(lines: list[str]) -> list[str]:
    return clean_body([Block(line) for line in [*OPENING, *lines]]).paragraphs


def test_a_caption_printed_again_with_its_bracketed_credit_leaves_the_body():
    lines = [CAPTION, f"{CAPTION} (TribunJatim.com/Imam Taufiq - Instagram/terangmedia)", NEXT]
    assert _paragraphs(lines) == [*OPENING, NEXT]


def test_a_caption_printed_again_with_a_photographers_credit_leaves_the_body():
    lines = [CAPTION, f"{CAPTION} (TribunJatim.com/Imam Taufiq)", NEXT]
    assert _paragraphs(lines) == [*OPENING, NEXT]


def test_a_heading_over_its_words_and_a_count_in_brackets_stays():
    lines = ["Pendaftaran Siswa Baru", "Pendaftaran Siswa Baru (2024/2025)", NEXT]
    assert _paragraphs(lines) == [*OPENING, *lines]


def test_a_sentence_over_its_words_and_a_credit_stays():
    # The first print closes a sentence: the text's own, not a photo's alt text.
    lines = ["Puluhan kuburan di Blitar dirusak.", "Puluhan kuburan di Blitar dirusak. (TribunJatim.com/Imam Taufiq)",
             NEXT]
    assert _paragraphs(lines)[:3] == [*OPENING, "Puluhan kuburan di Blitar dirusak."]


def test_a_heading_over_a_line_adding_words_in_brackets_with_no_slash_stays():
    lines = ["Bupati Blitar", "Bupati Blitar (kiri) menyerahkan bantuan kepada warga (foto istimewa)", NEXT]
    assert _paragraphs(lines)[:3] == [*OPENING, "Bupati Blitar"]

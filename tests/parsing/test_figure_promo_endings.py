"""Figures' alt texts and credits, blogs' read-more links and bylines, and channel promotions between or after
paragraphs, through the body cleaner with no site profile. Each shape comes with a line of the same look that stays."""

from __future__ import annotations

import pytest

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

OPENING = ["Pemerintah mengumumkan kebijakan baru pada Senin pagi.", "Kebijakan itu berlaku mulai pekan depan."]
LAST = "Warga menyambut baik kebijakan itu, kata Budi."


def _paragraphs(lines: list[str]) -> list[str]:
    return clean_body([Block(line) for line in [*OPENING, *lines]]).paragraphs


@pytest.mark.parametrize("lines", [
    # A channel promotion with the steps to join it (JatimTIMES), alone or run into the last paragraph.
    ["Dapatkan update berita pilihan dan breaking news setiap hari dari JatimTIMES.com. Mari bergabung di Grup "
     "Telegram , caranya klik link Telegram JatimTIMES, kemudian join. Anda harus install aplikasi Telegram terlebih "
     "dulu di ponsel anda."],
    # A blog's read-more link naming its post.
    ["Continue reading “Buka Puasa bersama Dubes Korea Utara”"],
    # An image's alt text run into its copyright credit, alone or under the alt text printed alone (Liputan6).
    ["rohs adalah ©Ilustrasi dibuat AI"],
    ["rohs adalah", "rohs adalah ©Ilustrasi dibuat AI"],
    # A blog's byline and views counter.
    ["by Jhon Lennon 43 views"],
    # A picture's title with its source in brackets.
    ["Provinsi Terkorup di Indonesia (sumber : goodstats.id)"],
])
def test_furniture_goes(lines):
    assert _paragraphs([*lines, LAST]) == [*OPENING, LAST]


def test_promotion_with_join_steps_run_into_last_paragraph():
    promo = ("Dapatkan update berita pilihan dan breaking news setiap hari dari JatimTIMES.com. Mari bergabung di Grup "
             "Telegram , caranya klik link Telegram JatimTIMES, kemudian join. Anda harus install aplikasi Telegram "
             "terlebih dulu di ponsel anda.")
    assert _paragraphs([f"{LAST} {promo}"]) == [*OPENING, LAST]


@pytest.mark.parametrize("line", [
    # A how-to's step after the app's name is a sentence, and so is a clause after a comma.
    "Dapatkan informasi jadwal melalui aplikasi KRL Access, kemudian beli tiket di loket stasiun.",
    # A sentence that quotes a title after `continue reading`.
    "Para siswa diminta continue reading buku “Laskar Pelangi” di rumah masing-masing.",
    # A sentence with a copyright sign in it, and one closed by its figure's source.
    "Lagu itu dirilis dengan tanda © 2019 milik label rekaman. Kini lagu itu diputar ulang di radio.",
    "Angka kemiskinan turun menjadi sembilan persen tahun ini (sumber: BPS)",
    # A list item, a one-word subheading, a short line of dialogue.
    "Timbal (Pb)",
    "Sejarah",
    "Kami pun tos.",
    # A short line before a paragraph that opens with it.
    "Warga menyambut",
])
def test_text_of_the_same_look_stays(line):
    assert _paragraphs([line, LAST]) == [*OPENING, line, LAST]


@pytest.mark.parametrize("line", [
    # A byline whose name was lost over its views counter.
    "oleh -606 Dilihat",
    # A social post's pointer to the link in its account's bio.
    "Simak selengkapnya dengan klik link di bio, atau download aplikasi kumparan di App Store dan Google Play.",
])
def test_header_counters_and_social_calls_go(line):
    assert _paragraphs([line, LAST]) == [*OPENING, LAST]


def test_sentence_about_a_link_in_a_bio_stays():
    line = "Ia menaruh link di bio akun Instagram miliknya untuk menjual produk kerajinan warga desa."
    assert _paragraphs([line, LAST]) == [*OPENING, line, LAST]

"""A caption its credit closes between single hyphens, after a space or run into its last word when the caption has
no full stop (Disway's `... dikepung tentara Israel pada 20 November 2023 -MER-C-`, `Ilustrasi kondisi Gaza yang
dibombardir oleh Israel-Telegram/@Alqassam-`): the credit may hold a hyphen or an account's @. A sentence never ends
with a hyphen; a quotation or a line with no credit after its dash stays."""

from __future__ import annotations

from crawler.parsing.furniture import is_caption
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

PARAGRAPHS = ["Tudingan itu dibantah oleh kelompok perlawanan Palestina tersebut.",
              "Sementara itu, Lebih dari 14.000 orang di Gaza tewas akibat gelombang pengeboman Israel sejak Sabtu 7 "
              "Oktober 2023."]
CAPTIONS = ["Rumah Sakit Indonesia yang ada di Gaza dikepung tentara Israel pada 20 November 2023 -MER-C-",
            "Ilustrasi kondisi Gaza yang dibombardir oleh Israel-Telegram/@Alqassam-"]


def test_a_credit_between_hyphens_after_a_space_or_a_word_closes_a_caption():
    for caption in CAPTIONS:
        assert is_caption(caption)


def test_the_captions_leave_the_text():
    result = clean_body([Block(CAPTIONS[0]), Block(PARAGRAPHS[0]), Block(CAPTIONS[1]), Block(PARAGRAPHS[1])])
    assert result.paragraphs == PARAGRAPHS


def test_the_credit_after_a_full_stop_is_still_read():
    assert is_caption("Suasana Pelatihan Menulis Cerita Anak.-Dokumentasi Fantasia Perlima-")


def test_lines_with_no_credit_after_their_hyphen_stay():
    for line in ("Warga menyebut jalur itu sebagai jalur Jawa-Bali", "Ia menjawab singkat, \"Kami ke Jakarta-Bandung-\"",
                 "Harga cabai di pasar naik sejak pekan lalu -", "Kereta berangkat pukul 10.00 -kata petugas-"):
        assert not is_caption(line)

"""Captions printed twice the patterns missed: a caption of several sentences printed whole again after its credit,
the credit run into the first print's last full stop (Kompas's round-ups: `... setiap hari di Entikong,
Indonesia.KOMPAS.com/Yohanes Kurnia Irawan Nursaka (8) menunjukkan ...`), and a name printed twice, the photo's alt
text and its caption (`Erick Thohir Erick Thohir`). A paragraph repeating a sentence, or a place said twice, stays."""

from __future__ import annotations

from crawler.parsing.furniture import is_caption

CAPTION = ("Nursaka (8) menunjukkan buku Pas Lintas Batas (PLB) usai melintas di PLBN Entikong saat hendak menuju "
           "sekolahnya, Kamis (13/9/2018). Nursaka adalah bocah SD asal Indonesia yang melintasi perbatasan "
           "Indonesia-Malaysia setiap hari demi bersekolah. Dia tinggal bersama keluarganya di di Tebedu, Malaysia, "
           "dan berangkat ke sekolah setiap hari di Entikong, Indonesia.")


def test_the_caption_printed_whole_twice_goes():
    assert is_caption(CAPTION + "KOMPAS.com/Yohanes Kurnia Irawan " + CAPTION)


def test_a_paragraph_saying_itself_again_without_a_credit_stays():
    assert not is_caption(CAPTION + " Sekali lagi: " + CAPTION)
    assert not is_caption(CAPTION)


def test_the_name_printed_twice_goes():
    assert is_caption("Erick Thohir Erick Thohir")


def test_a_word_or_phrase_said_twice_stays():
    for line in ("Jakarta Jakarta", "Erick Thohir dan Erick Thohir", "erick thohir erick thohir"):
        assert not is_caption(line), line

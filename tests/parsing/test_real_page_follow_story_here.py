"""A call to follow a running story on its topic's page, the link's "here" closing the line (a copy of detik's 2019
election page: `Ikuti perkembangan Pemilu 2019 hanya di sini.` between the last paragraph and `(dkp/eva)`): furniture,
not the story's last line; more words after the "here" make a sentence, which stays."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.furniture import _PROMO

URL = "https://supericsun.com/nggak/"
TITLE = "TKN ke BPN Prabowo: Jurus Turunkan Harga Telur Ngapain Dirahasiakan?"
LEAD = ("Jakarta – Ahmad Muzani selaku Wakil Ketua Badan Pemenangan Nasional (BPN) Prabowo-Sandi merahasiakan jurus "
        "capres Prabowo Subianto menurunkan harga telur dalam waktu 100 hari.")
LAST = ("Namun Muzani masih merahasiakan jurus Prabowo menurunkan harga telur. “Ya jangan cerita dulu, menang dulu nanti "
        "baru diceritain,” ujar Muzani.")


def page(call: str) -> bytes:
    return (f"<!DOCTYPE html><html lang='id'><head><meta charset='utf-8'><title>{TITLE}</title></head><body>"
            f"<article class='post'><h1 class='entry-title'>{TITLE}</h1><div class='entry-content'><p>{LEAD}</p>"
            f"<p>{LAST}</p><p>{call}</p><p>(dkp/eva)</p></div></article></body></html>").encode()


@pytest.mark.parametrize("call", ["Ikuti perkembangan Pemilu 2019 hanya di sini.",
                                  "Ikuti perkembangan terbaru Piala Dunia di sini"])
def test_the_call_to_follow_the_story_is_left_out(call):
    body = parse_article(page(call), URL)["body"]
    assert body.endswith(LAST)
    assert "Ikuti perkembangan" not in body


@pytest.mark.parametrize("sentence", ["Ikuti perkembangan kasus ini di sini, kata dia.",
                                      "Ikuti perkembangan harga di pasar, kata Menteri."])
def test_a_sentence_stays(sentence):
    assert not _PROMO.match(sentence)

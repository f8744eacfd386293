"""A theme's heading over its comment plugin left as the text's last line (PenaSultra 2023's JNews `Discussion about
this post`, PerakToday 2017's Malay `Komen & Pendapat`), and wpDiscuz's form over its count (The Online Citizen 2016:
`Subscribe` over `Notify of` over `0 Comments`): no text. A sentence using the words stays."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

URL = "https://penasultra.id/?p=49277"
LEAD = ("PENASULTRA.ID, MUNA – Tim penyidik Satuan Reserse dan Kriminal (Satreskrim) Kepolisian Resor (Polres) Muna "
        "mulai bergerak melakukan penyelidikan atas laporan lima wartawan yang dihalang-halangi.")
LAST = ("“Setelah ini kita akan layangkan surat panggilan pertama terhadap terlapor (Fai),” kata Asrun pada awak media "
        "saat ditemui di ruang kerjanya, Sabtu 17 Juni 2023.")


def page(after: str) -> bytes:
    return ("<!DOCTYPE html><html lang='id'><head><meta charset='utf-8'><title>Polres Muna Selidiki Laporan Wartawan"
            "</title><meta property='article:published_time' content='2023-06-17T16:10:00+08:00'></head><body><article>"
            f"<h1 class='entry-title'>Polres Muna Selidiki Laporan Wartawan</h1><div class='entry-content'><p>{LEAD}</p>"
            f"<p>{LAST}</p><p>{after}</p></div></article></body></html>").encode()


@pytest.mark.parametrize("heading", ["Discussion about this post", "Komen & Pendapat", "Komen dan Pendapat"])
def test_the_comment_heading_is_no_text(heading):
    assert parse_article(page(heading), URL)["body"].endswith("Sabtu 17 Juni 2023.")


def test_the_wpdiscuz_form_is_no_text():
    after = "</p><p>".join(["Subscribe", "Notify of", "0 Comments", "Inline Feedbacks", "View all comments"])
    assert parse_article(page(after), URL)["body"].endswith("Sabtu 17 Juni 2023.")


@pytest.mark.parametrize("sentence", [
    "Discussion about this post went on for hours among the reporters in Muna, he said.",
    "Subscribe to the police channel to be notified of the case, Asrun added.",
])
def test_a_sentence_with_the_words_stays(sentence):
    assert parse_article(page(sentence), URL)["body"].endswith(sentence)

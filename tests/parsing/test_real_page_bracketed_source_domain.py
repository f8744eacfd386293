"""A blog closes a story it copied with the outlet's domain in square brackets after the last sentence (Terbongkar,
2017: `... Tol ini akan memperpendek waktu tempuh dari antara 8-10 jam menjadi 3-4 jam. [kompas.com]`), as others
close with `(kompas.com)` or `[ANTARA]`: the source goes from the text. Inside a sentence, or after words that close
none, it stays."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

LEAD = ("Pembangunan jalan tol Padang-Bukittinggi-Pekanbaru yang dirancang sepanjang 240 kilometer ditargetkan dapat "
        "dimulai pada 2018.")
LAST = ("Ruas tol Padang-Bukittinggi-Pekanbaru akan terhubung dengan Tol Trans Sumatera yang merupakan bagian dari ASEAN "
        "Highway. Tol ini akan memperpendek waktu tempuh dari antara 8-10 jam menjadi 3-4 jam.")


def body(*paragraphs: str) -> str:
    html = ("<html><head><title>Pembangunan Jalan Tol Padang-Pekanbaru Dimulai 2018</title></head><body><article>"
            "<h1 class='entry-title'>Pembangunan Jalan Tol Padang-Pekanbaru Dimulai 2018</h1><div class='entry-content'>"
            + "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs) + "</div></article></body></html>")
    return parse_article(html.encode(), "http://terbongkar.com/pembangunan-jalan-tol-padang-pekanbaru/")["body"]


@pytest.mark.parametrize("source", ["[kompas.com]", "[Detik.com]", "[tempo.co.id]", "[merdeka.com]"])
def test_the_source_s_domain_after_the_last_sentence_goes(source):
    assert body(LEAD, f"{LAST} {source}").endswith("menjadi 3-4 jam.")


def test_inside_a_sentence_it_stays():
    text = "Data itu dimuat situs [kompas.com] dan dikutip banyak media daerah."
    assert body(LEAD, text).endswith(text)


def test_after_words_that_close_no_sentence_it_stays():
    text = "Untuk peta lengkapnya lihat situs [kompas.com]"
    assert body(LEAD, LAST, text).endswith(text)

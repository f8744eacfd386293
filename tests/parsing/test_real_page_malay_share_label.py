"""A share row's label left as a line, in Malay naming the article or how (Carz 2022: `Kongsi Artikel Ini` under the
text, `Kongsi melalui` over the icons), in English naming it (`Share this article`): no text. A sentence opening with
the word stays."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

URL = "https://www.carz.com.my/ms/webview/2022/09/ubah-laluan-punca-kemalangan"
LEAD = "Gara-gara tukar lorong secara tiba-tiba, seorang pemandu lori menemui ajal."
LAST = "Kejadian berkenaan turut menyebabkan orang ramai terperangkap dalam kesesakan sepanjang 7 kilometer."


def page(after: str) -> bytes:
    return ("<!DOCTYPE html><html lang='ms'><head><meta charset='utf-8'><title>Ubah laluan Punca Kemalangan</title>"
            "<meta property='article:published_time' content='2022-09-06T10:00:00+08:00'></head><body><article>"
            f"<h1 class='entry-title'>Ubah laluan Punca Kemalangan</h1><div class='entry-content'><p>{LEAD}</p>"
            f"<p>{LAST}</p><p>{after}</p></div></article></body></html>").encode()


@pytest.mark.parametrize("label", ["Kongsi Artikel Ini", "Kongsi melalui", "Kongsi Berita Ini:", "Share this article"])
def test_the_share_label_is_no_text(label):
    assert parse_article(page(label), URL)["body"].endswith("sepanjang 7 kilometer.")


def test_a_sentence_opening_with_the_word_stays():
    sentence = "Kongsi pengalaman anda bersama kami melalui laman Facebook rasmi Carz."
    assert parse_article(page(sentence), URL)["body"].endswith(sentence)

"""A Malay blog's copy of a wire story may close with a pointer to more of its copies, the blog's own name after a
colon (beautifulnaara 2016: `lagi info di : MALAYSIA TRENDING NOW` under a Bernama story signed `– BERNAMA`): the
line is no text, and the wire's sign-off over it still closes the story. A sentence going on in small letters after
the words stays."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.furniture import is_noise

URL = "https://beautifulnaara.blogspot.com/2016/12/viral-palsu-kes-curi-uniform-polis-di.html"
TITLE = "Viral Palsu Kes Curi Uniform Polis Di Kedai Dobi – KPN"
LINES = (
    "KUALA LUMPUR – Ketua polis negara hari ini menafikan kebenaran berita kecurian 30 baju uniform anggota polis di "
    "sebuah kedai dobi di Subang Jaya.",
    "Tan Sri Khalid Abu Bakar melalui laman Twitternya menafikan dakwaan kecurian itu yang diviralkan di laman media "
    "sosial sejak semalam.",
    "Seorang pemilik kedai dobi membuat laporan polis apabila menyedari 30 helai uniform polis dicuri dari kedai itu "
    "selepas dipecah masuk. – BERNAMA",
    "lagi info di : MALAYSIA TRENDING NOW",
)


def test_the_pointer_leaves_and_the_wire_s_sign_off_closes_the_story():
    html = (f"<html><head><title>Blog: {TITLE}</title></head><body><div class='post hentry'><h3 class='post-title "
            f"entry-title'>{TITLE}</h3><div class='post-body entry-content'>{'<br /><br />'.join(LINES)}</div></div>"
            f"</body></html>")
    body = parse_article(html, URL)["body"]
    assert body.endswith("selepas dipecah masuk.")
    assert "TRENDING" not in body and "BERNAMA" not in body


@pytest.mark.parametrize("line", ["lagi info di : MALAYSIA TRENDING NOW", "Lagi info di: Berita Viral Terkini",
                                  "More info at: Malaysia Trending Now"])
def test_the_pointer_is_noise(line):
    assert is_noise(line)


@pytest.mark.parametrize("line", ["lagi info di : laman web rasmi kementerian yang dikemas kini setiap hari",
                                  "Lagi info diperlukan untuk siasatan lanjut, kata polis."])
def test_a_sentence_after_the_words_stays(line):
    assert not is_noise(line)

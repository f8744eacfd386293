"""The desk's codes after the end mark (ANTARA 2010: `... oleh kantor berita Anadolu. (*)` over `(T.A017/Z002/R009)`,
on the next line or run into the paragraph) close the text as the end mark does: neither stays in the body. Real lines
(otomotif.antaranews.com/berita/235034, 2010) in a reduced page of the 2015-2017 template; made-up near misses."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.credits import split_signature
from crawler.parsing.profile import GENERIC
from crawler.sites import SITES

URL = "https://otomotif.antaranews.com/berita/235034/lkbn-antara-serahkan-kepemimpinan-oana-ke-turki"
LEAD = ("Istanbul (ANTARA News) - Perum Lembaga Kantor Berita Nasional (LKBN) Antara yang selama tiga tahun terakhir "
        "menjadi Presiden Organisasi Kantor Berita Asia Pasifik (OANA) dalam Sidang Umum OANA di Istanbul, Kamis, "
        "menyerahkan kepemimpinan kepada kantor berita Anadolu, Turki.")
LAST = ("Misalnya saja, peristiwa di Jakarta lebih pas diberitakan oleh kantor berita Antara, sedangkan kejadian di "
        "Istanbul diberitakan lebih akurat oleh kantor berita Anadolu.")


def _page(ending: str) -> str:
    return ("<html><head><title>LKBN Antara Serahkan Kepemimpinan OANA ke Turki - ANTARA News</title></head><body>"
            "<div class='bjbrt'><h1 class='title'><strong>LKBN Antara Serahkan Kepemimpinan OANA ke Turki</strong>"
            "</h1><div class='date mt10'>Kamis, 25 November 2010 21:10 WIB | 1.229 Views</div>"
            f"<div id='content_news'>{LEAD}<br /><br />{LAST}{ending}<br /><br />"
            "<p class='mt10'>Pewarta: <br />Editor: Ruslan Burhani</p><p class='date'>Copyright &copy; ANTARA 2010</p>"
            "</div></div></body></html>")


@pytest.mark.parametrize("ending", [" (*)<br />\n(T.A017/Z002/R009)", " (*) (T.A017/Z002/R009)"])
@pytest.mark.parametrize("profile", [SITES["antara"], GENERIC])
def test_desk_codes_after_the_end_mark_close_the_text(profile, ending):
    item = parse_article(_page(ending), URL, profile=profile)
    assert item["body"].endswith(LAST)
    assert "(*)" not in item["body"] and "T.A017" not in item["body"]
    assert item["editor"] == "Ruslan Burhani"


@pytest.mark.parametrize(("text", "kept"), [
    ("oleh kantor berita Anadolu. (*) (T.A017/Z002/R009)", "oleh kantor berita Anadolu. (*)"),
    ("oleh kantor berita Anadolu. (*)\n(T.A017/Z002/R009)", "oleh kantor berita Anadolu. (*)"),
    ("kata dia. [*] (T.A017/Z002)", "kata dia. [*]"),
    # As before: the codes alone after the last sentence, the end mark alone.
    ("oleh kantor berita Anadolu. (T.A017/Z002/R009)", "oleh kantor berita Anadolu."),
    ("oleh kantor berita Anadolu. (*)", "oleh kantor berita Anadolu."),
])
def test_the_codes_after_an_end_mark_are_split_off(text, kept):
    assert split_signature(text, SITES["antara"])[0] == kept


@pytest.mark.parametrize("text", [
    # Near misses: a bracket after a word or a closing bracket of the sentence stays the sentence's.
    "menggunakan pesawat Airbus (A320)",
    "bertema \"Seen\" (Telah Melihat)",
    "dari Kota Bandung (Jawa Barat) (Kemenkes)",
])
def test_a_bracket_after_a_word_stays(text):
    assert split_signature(text, SITES["antara"]) == (text, None)

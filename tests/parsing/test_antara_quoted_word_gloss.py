"""A bracket after a quoted word closing a paragraph is the word's gloss (ANTARA Babel: `... pameran foto yang bertema
"Seen" (Telah Melihat).`), not a writer's name signing the text: a closing quotation mark ends a sentence only after
its stop. Read as a signature, the words became the author and the paragraphs after it were cut as the page's. Real
lines (babel.antaranews.com, 2012) in a reduced page of the bureau's template; made-up near misses."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.credits import split_signature
from crawler.parsing.profile import GENERIC
from crawler.sites import SITES

URL = "https://babel.antaranews.com/berita/2464/pemred-antara-gfja-dikembangkan-jadi-pusat-multimedia"
LEAD = ("Jakarta (ANARA Babel) - Pemimpin Redaksi (Pemred) LKBN ANTARA Akhmad Kusaeni mengatakan bahwa kantor berita "
        "nasional itu berencana mengembangkan Galeri Foto Jurnalistik Antara (GFJA) untuk menjadi pusat multimedia.")
GLOSSED = ("Pernyataan tersebut dia sampaikan dalam acara pembukaan pameran foto hasil karya workshop fotografi angkatan "
           "XVIII Galeri Foto Jurnalistik Antara (GFJA) yang bertema \"Seen\" (Telah Melihat).")
LAST = ("Dia menjelaskan bahwa gedung yang terletak di samping kanan gedung GFJA telah diambil alih kembali oleh ANTARA "
        "setelah sempat `dikuasai` oleh pihak lain sebelumnya.")


def _page(*paragraphs: str) -> str:
    return ("<html><head><title>Pemred Antara: GFJA Dikembangkan Jadi Pusat Multimedia - ANTARA News</title></head>"
            "<body><div class='bjbrt'><h1 class='title'><strong>Pemred Antara: GFJA Dikembangkan Jadi Pusat "
            "Multimedia</strong></h1><div class='date mt10'>Jumat, 14 Desember 2012 20:15 WIB</div>"
            "<div id='content_news'>" + "<br />\n<br />\n".join(paragraphs)
            + "<p class='date'>COPYRIGHT &copy; ANTARA News Babel 2012</p></div></div></body></html>")


@pytest.mark.parametrize("profile", [SITES["antara"], GENERIC])
def test_a_glossed_quoted_word_keeps_the_paragraphs_after_it(profile):
    item = parse_article(_page(LEAD, GLOSSED, LAST), URL, profile=profile)
    assert item["author"] is None
    assert f"{GLOSSED}\n\n{LAST}" in item["body"] and item["body"].endswith(LAST)


@pytest.mark.parametrize("profile", [SITES["antara"], GENERIC])
def test_a_glossed_quoted_word_closing_the_text_stays_the_texts(profile):
    item = parse_article(_page(LEAD, GLOSSED), URL, profile=profile)
    assert item["author"] is None and item["body"].endswith(GLOSSED)


@pytest.mark.parametrize("text", [GLOSSED, 'Warga menyebutnya "ngabuburit" (menunggu waktu berbuka).',
                                  "Acara itu bertajuk “Infiniti” (Tanpa Batas)"])
def test_a_gloss_after_a_quoted_word_is_no_signature(text):
    assert split_signature(text) == (text, None)


@pytest.mark.parametrize(("text", "code"), [
    # Near misses: after a quotation's own stop the bracket still signs the text.
    ('"Kami siap menjalankan tugas itu," kata dia." (Budi)', "Budi"),
    ('Dia berkata, "Kami siap." (ant)', "ant"),
    ("Dia mengatakan hal itu di Jakarta, Jumat. (Telah Melihat)", "Telah Melihat"),
])
def test_a_bracket_after_a_closed_sentence_still_signs_it(text, code):
    assert split_signature(text)[1]["codes"] == [code]

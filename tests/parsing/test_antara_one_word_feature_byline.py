"""A wire feature's byline of a one-word name on the text's first line, the dateline under it (ANTARA 2008's year-end
feature: `Oleh Fardah` over `Jakarta, 31/12  (ANTARA) - Tahun 2008 berakhir, ...`, as the wire's copy carries it under
the headline): the writer is the author and the line leaves the text, as a two-word name's byline does. Without the
dateline under it, or with a desk's, an agency's or a place's word for the name (`Oleh Redaksi`, `Oleh Antara`), the
line names no one. Real lines in a reduced page of the older template (B); made-up near misses."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.profile import GENERIC
from crawler.sites import SITES

URL = "https://www.antaranews.com/berita/1230700000/catatan-akhir-tahun-ri-palestina-menuju-kerjasama-nyata"
TITLE = "CATATAN AKHIR TAHUN: RI - PALESTINA MENUJU KERJASAMA NYATA"
LEAD = ("Jakarta, 31/12  (ANTARA) - Tahun 2008 berakhir, dan tidak ada tanda-tanda sedikit pun bahwa Palestina merdeka "
        "akan terwujud seperti yang dinjanjikan di Konperensi Annapolis yang disponsori AS, November 2007.")
SECOND = ("Bahkan bukan janji tersebut yang dipenuhi, malahan bom-bom mematikan Israel yang dikirim ke Jalur Gaza, "
          "Palestina, sehingga menewaskan sekitar 375 orang and melukai lebih dari 1.700 rakyat Palestina, sejak "
          "serangan yang dimulai pada 27 Desember 2008.")


def _page(*paragraphs: str) -> str:
    body = "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    return (f"<html><head><title>{TITLE} - ANTARA News</title></head><body><article class='post-wrapper'>"
            f"<header class='post-header'><h1 class='post-title'>{TITLE}</h1><p class='simple-here'>"
            "<span class='article-date'>Rabu, 31 Desember 2008 10:05 WIB</span></p></header>"
            f"<div class='post-content clearfix font17'>{body}<p class='text-muted small mt10'>COPYRIGHT © ANTARA 2008"
            "</p></div></article></body></html>")


@pytest.mark.parametrize("profile", [SITES["antara"], GENERIC], ids=["antara", "news"])
def test_a_one_word_byline_over_the_dateline_names_the_writer(profile):
    item = parse_article(_page("Oleh Fardah", LEAD, SECOND), URL, profile=profile)
    assert item["author"] == "Fardah"
    assert item["body"].startswith("Tahun 2008 berakhir, dan tidak ada")
    assert "Oleh" not in item["body"]
    assert item["dateline"]["place"] == "Jakarta"
    assert item["dateline"]["date"] == "2008-12-31"


@pytest.mark.parametrize("word", ["Redaksi", "Admin", "Antara", "Jakarta"])
@pytest.mark.parametrize("profile", [SITES["antara"], GENERIC], ids=["antara", "news"])
def test_a_desks_an_agencys_or_a_places_word_in_the_byline_names_no_one(profile, word):
    item = parse_article(_page(f"Oleh {word}", LEAD, SECOND), URL, profile=profile)
    assert item["author"] is None


@pytest.mark.parametrize("profile", [SITES["antara"], GENERIC], ids=["antara", "news"])
def test_without_a_dateline_under_it_a_one_word_byline_names_no_one(profile):
    lead = LEAD.replace("Jakarta, 31/12  (ANTARA) - ", "")
    item = parse_article(_page("Oleh Fardah", lead, SECOND), URL, profile=profile)
    assert item["author"] is None


@pytest.mark.parametrize("profile", [SITES["antara"], GENERIC], ids=["antara", "news"])
def test_a_sentence_opening_with_the_word_stays(profile):
    opening = "Oleh karena itu, pemerintah terus mendorong kerja sama nyata dengan Palestina."
    item = parse_article(_page(LEAD, opening, SECOND), URL, profile=profile)
    assert item["author"] is None
    assert opening in item["body"]

"""Malay pages close a copied story with the outlet it came from after a dash, past the last sentence, as a wire
signs off (`... he said. — Bernama`): a blog's `... agensi berita nasional, Bernama. – Malaysia Dateline`, Astro
Awani's copy of Sinar Harian `... di talian 019-9459062," katanya. - Sinar Harian`, Kosmo's own `... Bukit Aman. –
KOSMO! ONLINE`. An outlet's name is two to four capitalised words, one of them an outlet's word: it goes, as a wire's
name does. A person's name there, or words of the text, stay."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

LEAD = ("Pertubuhan Berita Nasional Malaysia (Bernama) TV memuat naik gambar seekor harimau sedang mandi dengan "
        "kapsyen “Yeay..Leganya ada air..” dalam ciapan Twitter pagi ini.")
LAST = ("Susulan ciapan Twitter berimej harimau itu, ada warganet yang pada awalnya menyangka ciapan itu daripada laman "
        "parodi, Bermana yang terkenal mengelirukan orang ramai dengan logo dan olahan ayat menyerupai agensi berita "
        "nasional, Bernama.")


def body(*paragraphs: str) -> str:
    html = ("<html><head><title>Bernama TV guna imej harimau mandi lega dapat air</title></head><body><article>"
            "<h1 class='entry-title'>Bernama TV guna imej harimau mandi lega dapat air</h1><div class='entry-content'>"
            + "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs) + "</div></article></body></html>")
    return parse_article(html.encode(), "https://example.com/?p=14932")["body"]


@pytest.mark.parametrize("sign_off", [" – Malaysia Dateline", " - Sinar Harian", " – KOSMO! ONLINE", " – Utusan Malaysia",
                                      " - Harian Metro"])
def test_an_outlet_s_name_after_the_last_sentence_goes(sign_off):
    assert body(LEAD, LAST + sign_off).endswith("agensi berita nasional, Bernama.")


def test_on_a_line_of_its_own_too():
    assert body(LEAD, LAST, "– Malaysia Dateline").endswith("agensi berita nasional, Bernama.")


@pytest.mark.parametrize("tail", [" – Ahmad Dahlan", " - Hebat sekali", " – Malaysia Boleh"])
def test_a_person_s_name_or_the_text_s_words_stay(tail):
    assert body(LEAD, LAST + tail).endswith(tail.strip(" -–"))


def test_an_outlet_named_inside_the_text_stays():
    text = "Laporan itu disiarkan semalam – Sinar Harian kemudian memadamnya."
    assert body(LEAD, text).endswith(text)

"""parse_dateline on more shapes of regional outlets, regency offices and press releases: a stray comma before a
title-case place's dash, a press release's date between two dashes, a publisher's name where a place would stand."""

from __future__ import annotations

import pytest

from crawler.parsing.dateline import parse_dateline


def _read(text: str) -> tuple[str | None, str | None] | None:
    found = parse_dateline(text)
    return None if found is None else (found.place, found.agency)


@pytest.mark.parametrize("text, place", [
    ("Lebak, – Wakil Bupati Lebak, Amir Hamzah, memberikan sosialisasi lanjutan kepada para perwakilan Pedagang Kaki "
     "Lima (PKL).", "Lebak"),
    ("Tanjungpinang, - Kepolisian Resor Tanjungpinang menggelar Apel Kesiapsiagaan Penanggulangan Kebakaran Hutan dan "
     "Lahan (Karhutla)", "Tanjungpinang"),
])
def test_a_stray_comma_before_a_title_case_places_dash(text, place):
    assert _read(text) == (place, None)


@pytest.mark.parametrize("text", [
    "Menurut, - Ketua panitia acara itu berlangsung meriah.",
    "Senin, – Bupati meninjau lokasi banjir di desa itu.",
])
def test_a_stray_comma_after_a_sentence_opener_is_no_dateline(text):
    assert parse_dateline(text) is None

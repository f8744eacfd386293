"""KBR's pages of 2014 print the story's tags under its title, the agency's present and former names joined by a comma
(`KBR, KBR68H`), above the dateline (`KBR, Jakarta – Tahun ini ...`). Two agency names around a comma make no place
and its agency: the tags line is skipped and the dateline below it is read; a place before the agency still reads."""

from __future__ import annotations

import pytest
from dateline_readings import place_and_agency  # beside this file

BODY = "\nPemerintah mengumumkan kebijakan baru."


@pytest.mark.parametrize(("text", "reading"), [
    # The byline, the title and the tags line over the dateline (kbr.id, 2014).
    ("Citra Dyah Prastuti\n\nKBR 15 Tahun: Terima Kasih Karena Membuat Kami Ada\nKBR, KBR68H\n\nKBR, Jakarta – Tahun ini "
     "KBR68H sudah menginjak usia yang ke-15.", ("Jakarta", "KBR")),
    ("KBR, KBR68H\n\nKBR, Jakarta – Tahun ini KBR68H sudah menginjak usia yang ke-15.", ("Jakarta", "KBR")),
    # The tags line alone reads nothing.
    ("KBR, KBR68H\nTahun ini KBR68H sudah menginjak usia yang ke-15.", None),
])
def test_tags_line_of_outlet_names(text, reading):
    assert place_and_agency(text + BODY) == reading


@pytest.mark.parametrize(("text", "reading"), [
    # Near-misses: a place before the agency reads as ever.
    ("KBR, Jakarta - KBR meluncurkan aplikasi podcast berita pertama dan satu-satunya di Indonesia.", ("Jakarta", "KBR")),
    ("Jakarta, MINA - Pemerintah mengumumkan kebijakan baru.", ("Jakarta", "MINA")),
])
def test_place_before_the_agency_still_reads(text, reading):
    assert place_and_agency(text + BODY) == reading

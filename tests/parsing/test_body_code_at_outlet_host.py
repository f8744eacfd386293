"""A writer's code joined by a hyphen to the outlet's host closes the text even with no full stop before it, glued to
the last word (Tribun Medan's `... ujar Kapolres Simalungun setelah kegiatan berakhir(jun-tribun-medan.com)`): it is
the signature, not the sentence's. A bracketed host alone, a longer word before the hyphen and a model's number stay."""

from __future__ import annotations

from crawler.parsing.credits import split_signature
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

LEAD = ("Situasi arus lalu lintas di wilayah yang dipatroli juga terpantau lancar dan terkendali meskipun kondisi cuaca "
        "hujan. Tidak ada kejadian kemacetan ataupun kecelakaan yang mengganggu aktivitas masyarakat pada malam itu.")
LAST = ('"Kami bersyukur situasi di wilayah Polres Simalungun tetap aman dan kondusif, dan ini merupakan hasil dari kerja '
        'keras semua pihak yang terlibat dalam patroli malam ini," ujar Kapolres Simalungun setelah kegiatan berakhir')


def test_the_code_at_the_host_closes_the_text():
    for printed in (LAST + "(jun-tribun-medan.com)", LAST + " (jun-tribun-medan.com)", LAST + ". (jun-tribun-medan.com)"):
        cleaned = clean_body([Block(LEAD), Block(printed)])
        assert cleaned.paragraphs[0] == LEAD
        assert cleaned.paragraphs[1].rstrip(".") == LAST, printed
        assert cleaned.signature["raw"] == "(jun-tribun-medan.com)"


def test_brackets_that_are_no_such_code_stay():
    for line in ("Saya membaca berita itu di laman (berita-satu.com)",
                 "Data itu dikutip dari situs resmi (kemendagri.go.id)",
                 "Maskapai itu memesan pesawat Airbus (A320)"):
        assert split_signature(line) == (line, None), line

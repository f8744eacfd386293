"""A caption whose credit between hyphens keeps its label's colon (Palpos's `... pemekaran Musi Banyuasin-Foto :
Dokumen Palpos-`), a desk's code joined by a full stop to its team's word (TjahayaTimoer's `... pungkasnya. (red.Tim)`),
and a source's label alone over the sites a digest drew on, one a line (`Sumber:` over `www.metrotvnews.com`,
`voiceindonesia.co`, `www.nu.or.id`). A sentence pointing at a site keeps it; a hyphened phrase stays."""

from __future__ import annotations

from crawler.parsing.furniture import is_caption
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TEXT = ["Wacana terbaru muncul memekarkan Kabupaten OKU Timur.",
        "Ketua Umum Jaringan Masyarakat Adat Komering (JAMAK) Sumsel mengatakan OKU Timur berpotensi untuk dimekarkan "
        "menjadi 3 kabupaten."]


def test_the_colon_credited_caption_goes():
    caption = ("Kecamatan Babat Toman digadang-gadang akan menjadi ibukota calon Kabupaten Musi Ilir pemekaran Musi "
               "Banyuasin-Foto : Dokumen Palpos-")
    assert is_caption(caption)
    assert clean_body([Block(caption)] + [Block(text) for text in TEXT]).paragraphs == TEXT


def test_a_hyphened_phrase_stays():
    assert not is_caption("Rapat itu membahas rencana pemekaran: Musi-Banyuasin-Ilir.")


def test_the_dotted_desk_code_closes_the_text():
    body = clean_body([Block(TEXT[0]), Block(TEXT[1] + " (red.Tim)")])
    assert body.paragraphs == TEXT
    assert body.signature["raw"] == "(red.Tim)"


def test_the_source_list_goes():
    sites = ["Sumber:", "www.metrotvnews.com", "voiceindonesia.co", "www.cnbcindonesia.com", "www.nu.or.id"]
    assert clean_body([Block(text) for text in TEXT + sites]).paragraphs == TEXT


def test_a_site_a_sentence_points_at_stays():
    blocks = [Block(TEXT[0]), Block("Data lengkap dapat dilihat di situs berikut:"), Block("www.bps.go.id")]
    assert clean_body(blocks).paragraphs == [TEXT[0], "Data lengkap dapat dilihat di situs berikut:", "www.bps.go.id"]

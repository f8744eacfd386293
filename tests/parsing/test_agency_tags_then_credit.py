"""A regional network member's ending runs the editor's credit into the end of its tags' line when the markup between
them is lost (RMOL Jatim's `Tagar : wabah campak sumenep ... vaksinasi massal campa Editor : Budi Prasetyo`, "Tagar"
the Indonesian word for hashtag): the credit names the editor and the tags' line leaves the text, as a `Tags:` line
does. A sentence about a hashtag stays."""

from __future__ import annotations

from crawler.parsing.html import Block
from crawler.parsing.profile import GENERIC
from crawler.parsing.text import clean_body

PARAGRAPHS = ["Sebagai langkah cepat, Pemprov Jatim telah mengirim 9.824 dosis vaksin campak ke Sumenep.",
              "Puguh menekankan pentingnya kesadaran masyarakat dalam mendukung imunisasi."]
# A copy of a rmoljatim.id story (2025) as printed, under its two last paragraphs.
ENDING = [
    "Artikel ini telah tayang di Rmoljatim.id dengan judul Wabah Campak di Sumenep Tewaskan 17 Anak, Puguh DPRD Dorong "
    "Mitigasi Berkelanjutan dan Vaksinasi Massal, https://www.rmoljatim.id/wabah-campak-di-sumenep-tewaskan-17-anak-"
    "puguh-dprd-dorong-mitigasi-berkelanjutan-dan-vaksinasi-massal.",
    "LAPORAN : Budi Prasetyo",
    "Tagar : wabah campak sumenep campak madura 2025 2010 anak terjangkit campak 17 anak meninggal campak langkah "
    "mitigasi campak DPRD Jatim Puguh Wiji Pamungkas vaksinasi massal campa Editor : Budi Prasetyo",
]


def _clean(lines: list[str]):
    return clean_body([Block(text) for text in lines], profile=GENERIC)


def test_the_editor_run_into_the_tags_line():
    cleaned = _clean(PARAGRAPHS + ENDING)
    assert cleaned.paragraphs == PARAGRAPHS
    assert (cleaned.credits.author, cleaned.credits.editor) == ("Budi Prasetyo", "Budi Prasetyo")


def test_a_short_tags_line_with_the_writer_run_into_it():
    cleaned = _clean(PARAGRAPHS + ["Tags: wabah campak sumenep Penulis : Budi Prasetyo"])
    assert cleaned.paragraphs == PARAGRAPHS
    assert cleaned.credits.author == "Budi Prasetyo"


def test_the_tags_line_alone_leaves_the_text():
    cleaned = _clean(PARAGRAPHS + ["Tagar : wabah campak sumenep campak madura"])
    assert cleaned.paragraphs == PARAGRAPHS and cleaned.credits.editor is None


def test_a_sentence_about_a_hashtag_stays():
    sentence = "Tagar #SaveSumenep ramai di media sosial setelah wabah itu, kata Puguh kepada wartawan."
    cleaned = _clean(PARAGRAPHS + [sentence])
    assert cleaned.paragraphs == PARAGRAPHS + [sentence]

"""A pager's links to the stories before and after this one under the text, each story's headline over the pager's word
alone (MedanBagus's `Ganjar Pranowo Dilaporkan ke KPK, Apakah Prediksi Fahri Hamzah Terbukti?` over `Sebelumnya`), or
the pager's label over the whole headline (a theme's `Berita Sebelumnya` over `<headline>`): none of it is text, and the
writer's code closing the last paragraph is the signature again. A subheading over a paragraph stays, and so does a
headline-like line over a word that is no pager's."""

from __future__ import annotations

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TEXT = ["Partai politik dan calon presiden harus memahami posisi rakyat sebagai pemegang sesungguhnya kekuasaan. "
        "Demikian disampaikan Presiden Susilo Bambang Yudhoyono saat menghadiri puncak acara Hari Pers Nasional ke-27 "
        "di Manado, Sulawesi Utara, Senin (11/2).",
        "\"Siapa yang akan terpilih menjadi presiden mendatang adalah siapa yang paling disukai rakyat,\" papar SBY."]
LAST = ("Presiden SBY hadir di Manado didampingi Ibu Negara Ani Yudhoyono. Hadir juga di sana Menko Polhukam Djoko "
        "Suyanto, Mensesneg Sudi Silalahi, dan Ketua MK Mahfud MD.")
BEFORE = "Ganjar Pranowo Dilaporkan ke KPK, Apakah Prediksi Fahri Hamzah Terbukti?"
AFTER = "Apple Kembali Alami Kenaikan Pendapatan, Kecuali di China Raya"


def _clean(lines):
    return clean_body([Block(line) for line in lines])


def test_headlines_over_the_pager_words_go():
    result = _clean([*TEXT, f"{LAST} [dem/rmol/ans]", BEFORE, "Sebelumnya", AFTER, "Berikutnya", "KOMENTAR ANDA"])
    assert result.paragraphs == [*TEXT, LAST]
    assert result.signature["raw"] == "[dem/rmol/ans]"


def test_pager_labels_over_whole_headlines_go():
    result = _clean([*TEXT, LAST, "Berita Sebelumnya", BEFORE, "Berita Selanjutnya", AFTER])
    assert result.paragraphs == [*TEXT, LAST]
    assert _clean([*TEXT, LAST, "Berita Selanjutnya", AFTER]).paragraphs == [*TEXT, LAST]


def test_subheadings_and_other_words_stay():
    subheading = "Rakyat Tidak Bisa Dibeli"
    assert _clean([*TEXT, subheading, LAST]).paragraphs == [*TEXT, subheading, LAST]
    # A label over a subheading the text goes on under: the pager's pair is not there.
    assert _clean([*TEXT, "Berita Selanjutnya", subheading, LAST]).paragraphs == [
        *TEXT, "Berita Selanjutnya", subheading, LAST]
    # A sentence over the word is no headline: it stays (the word alone goes, as before).
    assert _clean([*TEXT, LAST, "Sebelumnya"]).paragraphs == [*TEXT, LAST]

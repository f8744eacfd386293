"""clean_body on a photo's caption printed more than once: once for each copy of its figure over the dateline, and
again between the paragraphs under its label in capitals (Sumut Pos); a summary over the dateline that the text
repeats as its own paragraph stays."""

from __future__ import annotations

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

_CAPTION = ("TINJAU: Kadis Pendidikan Sumut Prof Syaifuddin bersama Wakil Bupati Langkat Syah Afandin dan lainnya, "
            "meninjau pelaksanaan pembelajaran tatap muka (PTM) di SMK Negeri 1 Stabat, Rabu (1/9).")
_LEAD = ("Pelaksanaan pembelajaran tatap muka (PTM) di sejumlah daerah di Provinsi Sumatera Utara (Sumut), mulai "
         "berlangsung kemarin, Rabu (1/9).")
_QUOTE = ("“PTM terbatas ini kita dukung, tapi Kadisdik dan jajarannya harus turun ke sekolah memastikan pelaksanaan "
          "prokes dijalankan secara ketat,” kata Ketua DPRD Sumut, Baskami Ginting kepada wartawan di Medan, Kamis (1/9).")


def _cleaned(lines: list[str]):
    return clean_body([Block(line) for line in lines])


def test_a_labelled_caption_over_the_dateline_printed_again_after_the_lead_goes():
    cleaned = _cleaned([_CAPTION, f"MEDAN, SUMUTPOS.CO – {_LEAD}", _CAPTION, _QUOTE])
    assert cleaned.paragraphs == [_LEAD, _QUOTE]
    assert cleaned.dateline is not None and cleaned.dateline.place == "MEDAN"


def test_a_caption_printed_for_each_copy_of_its_figure_still_lets_the_dateline_be_found():
    caption = ("TERIMA:Ketua DPRD Karo Iriani Tarigan saat menerima puluhan lansia asal Desa Suka Babo yang mengeluh "
               "tidak mendapat BLT Dana Desa terdampak Covid-19.")
    lead = ("Tak terdata sebagai penerima Bantuan Langsung Tunai (BLT) Dana Desa, puluhan orangtua lanjut usia (lansia) "
            "asal Desa Suka Babo mendatangi Ketua DPRD Karo, Rabu (1/7) siang.")
    after = "Kedatangan puluhan lansia diterima langsung oleh Ketua DPRD Karo."
    cleaned = _cleaned([caption] * 4 + [f"KARO, SUMUTPOS.CO – {lead}", after])
    assert cleaned.paragraphs == [lead, after]
    assert cleaned.dateline is not None and cleaned.dateline.place == "KARO"


def test_leading_blocks_that_differ_do_not_widen_the_search_for_the_dateline():
    # Three paragraphs of the text's own before a place and a dash: no dateline, nothing dropped.
    lines = ["Pemerintah mengumumkan kebijakan baru pada Senin pagi di Jakarta untuk seluruh warga negara.",
             "Kebijakan itu berlaku mulai pekan depan untuk seluruh warga di semua provinsi tanpa kecuali.",
             "Warga menyambut baik kebijakan tersebut dan berharap segera dilaksanakan oleh pemerintah daerah.",
             "Medan - Di Medan, warga juga menyambut baik kebijakan itu."]
    assert _cleaned(lines).paragraphs == lines


def test_a_summary_over_the_dateline_the_text_repeats_as_a_paragraph_stays():
    summary = ("Tak ada korban jiwa dalam peristiwa tersebut. Polisi juga masih menyelidiki dari mana asal api yang "
               "membakar kios berbahan kayu itu.")
    lead = ("Sebanyak 10 unit kios tenda di Pasar Aceh, tepatnya di Jalan Chik Pante Kulu, Gampong Baro, Banda Aceh, "
            "musnah dilalap api, Senin (13/8/2018).")
    after = "Berdasarkan informasi yang dihimpun petugas dari masyarakat, api tiba-tiba muncul."
    cleaned = _cleaned([summary, f"SERAMBINEWS.COM, BANDA ACEH - {lead}", summary, after])
    assert cleaned.paragraphs == [lead, summary, after]

"""A site may sign its stories with its own name, one glued word that opens with `Info` or `Berita`, before the place:
in parentheses, after a full stop glued to the name or after a comma (infonusantara.net 2017-2018: `Infonusantara
(PADANG) --`, `Infonusantara.(Batam) -`, `Infonusantara.PADANG -`, `Infonusantara, PADANG --`): the outlet, then the
place. A word that marks no outlet before a place in parentheses (`Bupati (Bandung) -`, `Cibinong (Bogor) -`), the
word `Informasi`, or a place before its agency's parentheses (`Padang (Antara) -`) read as before."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from dateline_readings import place_and_agency  # beside this file

LEAD = ("Sejumlah warga Kurao Pagang Kecamatan Nanggalo Kota Padang, Sumatera Barat menyatakan kebulatan tekad untuk "
        "memenangkan pasangan nomor urut 1 di pemilihan Kepala Daerah (Pilkada) serentak 27 Juni 2018.")


@pytest.mark.parametrize(("opening", "reading"), [
    ("Infonusantara (PADANG) -- ", ("PADANG", "Infonusantara")),
    ("Infonusantara.(Batam) -  ", ("Batam", "Infonusantara")),
    ("Infonusantara.PADANG - ", ("PADANG", "Infonusantara")),
    ("Infonusantara.PADANG- ", ("PADANG", "Infonusantara")),
    ("Infonusantara, PADANG -- ", ("PADANG", "Infonusantara")),
    ("Infojambi (Jambi) – ", ("Jambi", "Infojambi")),
    ("Beritasatu, JAKARTA - ", ("JAKARTA", "Beritasatu")),
])
def test_the_outlet_then_its_place(opening, reading):
    assert place_and_agency(f"{opening}{LEAD}") == reading


@pytest.mark.parametrize("opening", ["Bupati (Bandung) - ", "Cibinong (Bogor) - ", "Informasi (JAKARTA) - ",
                                     "Berita (Jakarta) - "])
def test_a_word_that_marks_no_outlet_before_a_bracketed_place_stays_unread(opening):
    assert place_and_agency(f"{opening}{LEAD}") is None


def test_a_place_before_its_agency_s_parentheses_reads_as_before():
    assert place_and_agency(f"Padang (Antara) - {LEAD}") == ("Padang", "ANTARA")


def test_the_caption_over_the_dateline_leaves_the_text():
    url = "https://www.infonusantara.net/2018/03/ingin-pemimpin-pro-rakyat-sejumlah-warga.html"
    title = "Ingin Pemimpin Pro Rakyat, Sejumlah Warga Kurao Pagang Menyatakan Tekad Menangkan Emdes"
    html = (f"<html><head><title>Infonusantara: {title}</title></head><body><div class='post hentry'>"
            f"<h3 class='post-title entry-title'>{title}</h3><div class='post-body entry-content'>Silahturahmi Calon "
            f"Wakil Walikota Padang Desri Ayunda didampingi Istri di Kurao Pagang<br /><br />Infonusantara (PADANG) -- "
            f"{LEAD}<br /><br />Deklarasi dukungan itu mereka sampaikan di hadapan Desri Ayunda dalam sebuah acara "
            f"silaturahmi, Rabu, 28 Maret 2018, bertempat di Sekretariat Keluarga Bayua Agam.</div></div></body></html>")
    item = parse_article(html, url)
    assert item["dateline"]["place"] == "PADANG"
    assert item["body"].startswith("Sejumlah warga Kurao Pagang")

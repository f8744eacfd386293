"""A report's label and its reporter's name with no colon, over a line giving the place it was filed from, over the
dateline (marapipost 2024: `Laporan H.Bakhtiar Danau` over `Dari Bandung` over `BANDUNG, marapipost.com-Ruangan ...`):
the name is the writer's, and neither line is text. `Laporan` heads rubrics and kickers too (`Laporan Khusus`,
`Laporan Keuangan Tahunan`): without the place's line under it, or with a rubric's words, it names nobody."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.credits import report_label_writer

URL = ("https://marapipost.com/index.php/2024/10/31/"
       "detikjabar-memiliki-beberapa-jaringan-di-bandung-dan-daerah-lain/")
LEAD = ("BANDUNG, marapipost.com-Ruangan berukuran 4 Kali 5 meter itu, terasa sumpek untuk muatan 55 orang wartawan "
        "sehingga sekitar 15 orang wartawan Study Comparative (Stucom) diminta masuk temu ramah dengan kepala Redaksi "
        "Detikjabar.com Baban Ganda Purnama didampingi Asisten Jasrinaldi Bonang, dan sekretaris Dinas Kominfo Lovely "
        "Harman, kamis siang itu.")
NEXT = ("Kesumpekan itu dapat terobati dengan semangat dan keramahan Baban saat memperkenal identitas dirinya berasal "
        "dari orang Bandung ori yang semula disangka orang Alak kita Tapanuli Sumatera Utara.")


def page(*over: str) -> bytes:
    paragraphs = "".join(f"<p>{line}</p>" for line in (*over, LEAD, NEXT))
    return ("<!DOCTYPE html><html lang='id-ID'><head><meta charset='UTF-8'><title>Detikjabar Memiliki Beberapa "
            "Jaringan di Bandung dan Daerah Lain</title><meta property='article:published_time' "
            "content='2024-10-31T15:00:00+07:00'></head><body class='single single-post'><article class='post'>"
            "<h1 class='entry-title'>Detikjabar Memiliki Beberapa Jaringan di Bandung dan Daerah Lain</h1>"
            f"<div class='entry-content'>{paragraphs}</div></article></body></html>").encode()


@pytest.mark.parametrize("label, writer", [
    ("Laporan H.Bakhtiar Danau", "H.Bakhtiar Danau"),
    ("Laporan Bakhtiar Danau", "Bakhtiar Danau"),
])
def test_the_name_over_the_filed_from_line_is_the_writer(label, writer):
    item = parse_article(page(label, "Dari Bandung"), URL)
    assert item["author"] == writer
    assert item["dateline"]["place"] == "BANDUNG"
    assert item["body"].startswith("Ruangan berukuran 4 Kali 5 meter")
    assert "Dari Bandung" not in item["body"] and "Laporan" not in item["body"]


@pytest.mark.parametrize("line, following", [
    ("Laporan Bakhtiar Danau", NEXT),  # no place's line under it: a kicker's words, maybe
    ("Laporan Khusus Piala Dunia", "Dari Bandung"),  # a rubric's heading
    ("Laporan Bakhtiar Danau", "Dari Rumah Kita"),  # no place
])
def test_a_kicker_a_rubric_or_no_place_names_nobody(line, following):
    assert report_label_writer(line, following) is None

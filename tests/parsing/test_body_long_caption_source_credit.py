"""A long photo caption over the text, its source's label and the name after a slash closing it (Kompas TV's `...
sahabat sejati Indonesia. (Sumber: Twitter/Anwar Ibrahim)` over the writer's credit and `YOGYAKARTA, KOMPAS.TV - ...`):
the dateline under it is found and the caption goes. A long lead whose data source closes it, no slash in it, is text:
no dateline is looked for under it."""

from __future__ import annotations

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

CAPTION = ("Perdana Menteri Malaysia Anwar Ibrahim mengucapkan terima kasih dan mengungkapkan bahwa Presiden Joko Widodo "
           "adalah kepala negara pertama yang mengucapkan selamat, serta menyatakan dirinya kekal merupakan sahabat "
           "sejati Indonesia. (Sumber: Twitter/Anwar Ibrahim)")
LEAD = ("Presiden RI Joko Widodo (Jokowi) menjadi kepala negara pertama yang mengucapkan selamat kepada Anwar Ibrahim "
        "yang dilantik menjadi perdana menteri ke-10 Malaysia pada Kamis (24/11/2022) lalu.")
NEXT = "Namun, ucapan selamat Jokowi juga memunculkan isu bahwa nomor telepon sang presiden dibocorkan secara tak sengaja."


def test_the_caption_goes_and_the_dateline_is_read():
    result = clean_body([Block(CAPTION), Block("Penulis : Ikhsan Abdul Hakim | Editor : Edy A. Putra"),
                         Block(f"YOGYAKARTA, KOMPAS.TV - {LEAD}"), Block(NEXT)])
    assert result.paragraphs == [LEAD, NEXT]
    assert result.dateline is not None and result.dateline.place == "YOGYAKARTA"


def test_a_long_lead_closed_by_its_data_source_stays():
    lead = ("Jumlah penduduk miskin di Indonesia pada Maret 2023 tercatat 25,90 juta orang, turun 0,46 juta orang "
            "dibandingkan September 2022, sementara persentase penduduk miskin di perdesaan masih jauh lebih tinggi "
            "daripada di perkotaan pada periode yang sama tahun ini. (Sumber: BPS)")
    second = "Jakarta - Pemerintah menargetkan angka kemiskinan ekstrem nol persen pada 2024 mendatang."
    assert clean_body([Block(lead), Block(second)]).paragraphs == [lead, second]

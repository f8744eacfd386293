"""A read-also insert in brackets with no colon after its word, the linked headline filling the bracket (Tempo 2014:
`... sidang sengketa pemilihan presiden. (Baca <a>MK Tolak Seluruh Gugatan Prabowo</a>)`): the insert is no text and
its headline a related entry, as with the colon; a bracket going on after the link, or one inside a sentence, stays."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

URL = "http://nasional.tempo.co/read/601539/polisi-siaga-hingga-pelantikan-jokowi"
LEAD = ("TEMPO.CO, Jakarta - Juru bicara Markas Besar Kepolisian RI Inspektur Jenderal Franky Ronnie Sompie mengatakan "
        "polisi akan terus mengamankan situasi dan kondisi di Jakarta hingga pelantikan presiden pada 20 Oktober 2014.")
SECOND = ("Sejak Rabu lalu, polisi menerapkan status siaga 1 di Jakarta karena tingginya intensitas demonstrasi. Polisi "
          "menurunkan 24.100 personel untuk mengamankan pelaksanaan sidang sengketa pemilihan presiden.")
LAST = ("Sementara itu, pengamanan kondisi Ibu Kota pada Selasa, 26 Agustus 2014, akan kembali diserahkan kepada Polda "
        "Metro Jaya.")
LINK = "<a href='http://nasional.tempo.co/read/601400/mk-tolak'>MK Tolak Seluruh Gugatan Prabowo</a>"


def read(second: str) -> dict:
    html = ("<html lang='id'><head><title>Polisi Siaga Hingga Pelantikan Jokowi</title>"
            "<meta property='article:published_time' content='2014-08-22T14:53:00+07:00'></head><body><article>"
            "<h1>Polisi Siaga Hingga Pelantikan Jokowi</h1><div class='detail-in'>"
            f"<p>{LEAD}</p><p>{second}</p><p>{LAST}</p></div></article></body></html>")
    return parse_article(html.encode(), URL)


@pytest.mark.parametrize("insert", [f" (Baca {LINK})", f" (baca juga {LINK})", f" [Baca {LINK}]"])
def test_the_bracketed_insert_without_colon_goes(insert):
    item = read(SECOND + insert)
    assert SECOND in item["body"] and "Baca" not in item["body"] and "baca" not in item["body"]
    assert "MK Tolak Seluruh Gugatan Prabowo" in [entry["title"] for entry in item["related"]]


@pytest.mark.parametrize("second", [
    f"{SECOND} (Baca {LINK} untuk rinciannya)",  # the bracket goes on after the link
    f"Polisi meminta warga membaca putusan itu (baca {LINK}) sebelum berkomentar di media sosial.",  # in a sentence
])
def test_other_brackets_stay(second):
    assert "Gugatan Prabowo" in read(second)["body"]

"""Teras's copy of a Tempo story opens with the copy's header line, the photo's long caption printed twice, the
second print's credit a letter longer (`... Jakarta Pusat. Tempo/Adam Prirez` over `... Tempo/Adam Prireza.`), then
the dated lead (`TEMPO.CO, JakartaBerita terpopuler ...`). A caption printed again is no paragraph of the text however
long it runs, and the second print does not count among the leading blocks: the dateline is found under them and they
leave the body. Two long paragraphs that differ, or a long caption printed once, still end the search."""

from __future__ import annotations

from crawler.parsing import parse_article

CAPTION = ("Suasana lobi Gedung Kementerian Energi dan Sumber Daya Mineral atau ESDM yang dirusak dan dijarah massa di "
           "Jakarta, Kamis, 8 Oktober 2020. Aksi vandalisme ini terjadi dalam demo menolak pengesahan UU Cipta Kerja "
           "di kawasan Jakarta Pusat.")
LEAD = ("TEMPO.CO, JakartaBerita terpopuler ekonomi dan bisnis sepanjang hari Jumat 9 Oktober 2020, dimulai dari berita "
        "tentang gedung ESDM belum terdaftar asuransi BMN, Julia Koch yang kekayaannya tergerus miliaran dolar dan "
        "Faisal Basri yang meyakini Omnibus Law memiliki banyak cacat.")
MORE = ("Selain itu ada juga BKPM yang meminta rakyat agar tidak lebih kuat dari negara dan aset Sarinah selamat dari "
        "kerusuhan demo UU Cipta Kerja.")


def read(*paragraphs: str) -> dict:
    html = ("<html><head><title>Trending Bisnis: Gedung ESDM Belum Diasuransi</title></head><body><article>"
            "<h1 class='entry-title'>Trending Bisnis: Gedung ESDM Belum Diasuransi; Faisal Basri: Omnibus Law Cacat</h1>"
            "<div class='entry-content'>" + "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
            + "</div></article></body></html>")
    return parse_article(html.encode(), "https://www.example.id/news/269384/trending-bisnis-gedung-esdm")


def test_a_long_caption_printed_twice_over_the_dateline_goes_and_the_dateline_is_found():
    item = read("TEMPO.CO | 10/10/2020 08:34", CAPTION + " Tempo/Adam Prirez", CAPTION + " Tempo/Adam Prireza.", LEAD,
                MORE)
    assert item["dateline"]["place"] == "Jakarta"
    assert item["body"].startswith("Berita terpopuler ekonomi dan bisnis")
    assert "Suasana lobi" not in item["body"] and "10/10/2020 08:34" not in item["body"]


def test_two_long_paragraphs_that_differ_end_the_search():
    other = ("Para pengunjuk rasa menolak pengesahan UU Cipta Kerja di kawasan Jakarta Pusat sejak pagi hari, dan aparat "
             "kepolisian berjaga di sejumlah titik untuk mengamankan jalannya aksi yang berlangsung hingga malam, "
             "sebelum massa membubarkan diri secara perlahan di sekitar Bundaran HI.")
    item = read("TEMPO.CO | 10/10/2020 08:34", CAPTION + " Tempo/Adam Prirez", other, LEAD, MORE)
    assert item["dateline"] is None


def test_a_long_caption_printed_once_ends_the_search():
    item = read("TEMPO.CO | 10/10/2020 08:34", CAPTION + " Tempo/Adam Prirez", MORE, LEAD)
    assert item["dateline"] is None

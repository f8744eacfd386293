"""An e-paper's web excerpt, cut short, then its pointer to the rest in the dated edition (`Baca artikel selengkapnya di
edisi 3 April 2020`): the text ended at the cut. The reader app's offer under it (`Radar Bengkulu dapat dibaca gratis
dalam masa terbatas di aplikasi ...`), the link to the edition and the rubric's box (`INTERAKTIF`, the date, `Opini`,
`Artikel Opini lainnya`) are the page's, and so is the app's button over the excerpt (`Tampilkan di aplikasi`). A
pointer under a whole last sentence, or one naming no dated edition, leaves the lines after it alone."""

from __future__ import annotations

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

LEAD = ("Pihak Aparatur Desa Pasar Pedati, Kecamatan Pondok Kelapa untuk sementara waktu menutup objek wisata Sungai "
        "Suci yang berlokasi di desa setempat.")
CUT = "\"Ini salah satu ikhtiar kita untuk memutus mata rantai penyebaran virus Corona,..."
OPINION = ("DI alam demokrasi, menyatakan dukungan politik terhadap seseorang, tokoh, atau siapapun dia, hal yang biasa. "
           "Normal terjadi.")
OPINION_CUT = "Fenomena itu bisa kita saksikan harihari ini. Terutama dalan konteks Pemilihan..."
APP_OFFER = ("Radar Bengkulu dapat dibaca gratis dalam masa terbatas di aplikasi myedisi reader pada Android smartphone, "
             "tablet, iPhone dan iPad.")


def _paragraphs(lines: list[str]) -> list[str]:
    return clean_body([Block(line) for line in lines]).paragraphs


def test_the_pointer_under_the_cut_closes_the_text():
    assert _paragraphs([LEAD, CUT, "Baca artikel selengkapnya di edisi 3 April 2020", APP_OFFER,
                        "Baca selengkapnya koran edisi ini"]) == [LEAD, CUT]


def test_the_rubric_box_under_it_goes_too():
    assert _paragraphs(["Tampilkan di aplikasi", OPINION, OPINION_CUT, "Baca artikel selengkapnya di edisi 22 Februari 2022",
                        APP_OFFER.replace("Radar Bengkulu", "Inilah Koran"), "Baca selengkapnya koran edisi ini",
                        "INTERAKTIF", "Selasa, 22 Februari 2022", "Opini", "Artikel Opini lainnya"]) == [OPINION,
                                                                                                  OPINION_CUT]


def test_lines_after_other_pointers_stay():
    later = "Kepala Desa Pasar Pedati Taulani menjelaskan, penutupan objek wisata itu karena banyak dikunjungi orang."
    # under a whole sentence the pointer is the text's insert, and the text goes on
    assert _paragraphs([LEAD, "Baca artikel selengkapnya di edisi 3 April 2020", later]) == [LEAD, later]
    # no dated edition named
    assert _paragraphs([LEAD, CUT, "Baca selengkapnya di edisi cetak", later]) == [LEAD, CUT, later]


def test_a_sentence_about_the_app_stays():
    line = "Warga bisa membuka di aplikasi layanan itu sejak Senin."
    assert _paragraphs([LEAD, line]) == [LEAD, line]

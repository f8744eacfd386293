"""A subheading written as a bold run closed by one `<br>` inside the story's single paragraph (Tempo 2015: the whole
text is one `<p>`, its paragraphs parted by `<br /> <br />`, each of its list's points opening with
`<strong>Pengaruh Media Sosial</strong><br /> Tak dipungkiri lagi, ...`): the subheading is a line of its own, not
glued to the sentence after it. The markup is the page's (anpandu/indonesian-news-scraper's test page
`tempo-singlepage.html`), cut to the article."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

URL = "http://gaya.tempo.co/read/news/2015/11/05/060716092/ini-7-alasan-mengapa-orang-malas-bergerak"
STORY = (
    "<p><strong>TEMPO.CO</strong>, <strong>Jakarta</strong> - Organisasi Kesehatan Dunia (WHO) menyebutkan, kurangnya "
    "aktivitas fisik termasuk dalam atribut peringkat keempat tertinggi setelah hipertensi, diabetes, dan merokok. "
    "<br /> <br /> Andi Kurniawan menerangkan faktor cuaca dan takut cedera menjadi dua di antara faktor yang "
    "menyebabkan seseorang malas beraktivitas fisik. Tak hanya dua faktor tersebut, ia juga menyebutkan lima faktor "
    "lainnya, di antaranya sebagai berikut:<br /> <br /> <strong>Pengaruh Media Sosial</strong><br /> Tak dipungkiri "
    "lagi, media sosial menjadi salah satu faktor yang membuat orang malas bahkan lupa.<br /> <br /> <strong>Kurang "
    "Berenergi</strong><br /> Padatnya aktivitas sehari-hari yang dilakukan membuat seseorang malas untuk bergerak "
    "dengan alasan kurang memiliki energi.<br /> <br /> <strong>Kurangnya Fasilitas Olahraga</strong><br /> "
    "\"Sebenarnya kita bisa melakukan aktivitas di mana saja,\" tutur Andi.<br /> <br /> <strong>DINI TEJA</strong></p>")


def _page(story: str) -> bytes:
    return (f"<html><head><title>Ini 7 Alasan Mengapa Orang Malas Bergerak | Tempo Gaya</title></head><body>"
            f"<div class='artikel'><h1>Ini 7 Alasan Mengapa Orang Malas Bergerak</h1>"
            f"<div class='block-tanggal'>Kamis, 05 November 2015 | 11:13 WIB</div>{story}</div></body></html>").encode()


@pytest.fixture(scope="module")
def item() -> dict:
    return parse_article(_page(STORY), URL)


@pytest.mark.parametrize("heading, sentence", [
    ("Pengaruh Media Sosial", "Tak dipungkiri lagi, media sosial"),
    ("Kurang Berenergi", "Padatnya aktivitas sehari-hari"),
    ("Kurangnya Fasilitas Olahraga", "\"Sebenarnya kita bisa"),
])
def test_each_subheading_is_a_line_of_its_own(item, heading, sentence):
    assert f"\n\n{heading}\n\n{sentence}" in item["body"]


def test_the_rest_of_the_story_reads_as_before(item):
    assert item["body"].startswith("Organisasi Kesehatan Dunia (WHO) menyebutkan")
    assert item["body"].endswith("\"Sebenarnya kita bisa melakukan aktivitas di mana saja,\" tutur Andi.")
    assert item["author"] == "DINI TEJA"
    assert item["dateline"]["place"] == "Jakarta"
    assert item["published_at"] == "2015-11-05T11:13:00+07:00"


def _body(paragraphs: str) -> str:
    lead = ("<p>Dokter spesialis olahraga Andi Kurniawan menyebutkan ada delapan faktor mengapa seseorang malas bergerak "
            "dalam kampanye BRRRGERAK 30 di Jakarta, Rabu, 4 November 2015.</p>")
    return parse_article(_page(lead + paragraphs), URL)["body"]


@pytest.mark.parametrize("paragraph, kept", [
    # A bold sentence with its full stop, then a line break: one paragraph, as before.
    ("<p><strong>Andi menyarankan jalan kaki setiap hari.</strong><br />Kebiasaan itu mudah dimulai dari rumah.</p>",
     "Andi menyarankan jalan kaki setiap hari. Kebiasaan itu mudah dimulai dari rumah."),
    # A bold word inside the line: the line is no subheading.
    ("<p>Hal itu disampaikan <strong>Andi Kurniawan</strong><br />dalam kampanye di Jakarta pada Rabu pagi.</p>",
     "Hal itu disampaikan Andi Kurniawan dalam kampanye di Jakarta pada Rabu pagi."),
])
def test_other_bold_lines_stay_in_their_paragraph(paragraph, kept):
    assert kept in _body(paragraph)


def test_a_bold_dateline_over_the_first_line_is_still_read():
    story = ("<p><strong>Jakarta, NU Online</strong><br />Pengurus Besar Nahdlatul Ulama menggelar rapat pleno di "
             "Jakarta pada Sabtu untuk membahas program kerja tahun depan bersama seluruh lembaga.</p>"
             "<p>Rapat itu dihadiri pengurus wilayah dari seluruh Indonesia dan berlangsung hingga malam hari.</p>")
    item = parse_article(_page(story), "https://www.nu.or.id/nasional/rapat-pleno")
    assert item["dateline"]["place"] == "Jakarta"
    assert item["body"].startswith("Pengurus Besar Nahdlatul Ulama menggelar rapat pleno")

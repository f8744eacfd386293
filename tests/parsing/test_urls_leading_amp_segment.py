"""The AMP copy named by a leading `/amp/` segment before the article's own path: the article, one identity."""

from __future__ import annotations

import pytest

from crawler.parsing.urls import article_identity, article_root_url, page_number


@pytest.mark.parametrize(("amp", "article"), [
    # Tribun's network: the AMP copy is the article's path under `/amp/` (as links, search results and Google's AMP
    # viewer carry it), dated paths with or without a section
    ("https://m.tribunnews.com/amp/mata-lokal-memilih/2024/08/23/breaking-news-mau-maju-pilgub-kaesang-urus-surat-"
     "keterangan-tak-pernah-dipidana-ke-pn-jaksel",
     "https://m.tribunnews.com/mata-lokal-memilih/2024/08/23/breaking-news-mau-maju-pilgub-kaesang-urus-surat-"
     "keterangan-tak-pernah-dipidana-ke-pn-jaksel"),
    ("https://palembang.tribunnews.com/amp/2023/11/08/soal-penilaian-harian-biologi-kelas-12-smama-materi-evolusi-"
     "beserta-kunci-jawaban-kurikulum-merdeka",
     "https://palembang.tribunnews.com/2023/11/08/soal-penilaian-harian-biologi-kelas-12-smama-materi-evolusi-"
     "beserta-kunci-jawaban-kurikulum-merdeka"),
    ("http://medan.tribunnews.com/amp/2017/10/31/dibantai-timnas-indonesia-5-0-pelatih-timnas-brunei-belum-mau-menyerah",
     "http://medan.tribunnews.com/2017/10/31/dibantai-timnas-indonesia-5-0-pelatih-timnas-brunei-belum-mau-menyerah"),
    # opened in Google's AMP cache viewer: its parameters and fragment go too
    ("https://sumsel.tribunnews.com/amp/2020/05/14/pertanyaan-dan-tantangan-truth-or-dare-seru-dan-aman-untuk-"
     "mencairkan-suasana?amp_js_v=a6&amp_gsa=1&usqp=mq331AQHKAFQArABIA%3D%3D#aoh=16158",
     "https://sumsel.tribunnews.com/2020/05/14/pertanyaan-dan-tantangan-truth-or-dare-seru-dan-aman-untuk-"
     "mencairkan-suasana"),
    # an international outlet's AMP copies under the same form
    ("https://www.aljazeera.com/amp/news/2026/2/3/french-authorities-raid-x-offices-summon-musk-in-cybercrime-probe",
     "https://www.aljazeera.com/news/2026/2/3/french-authorities-raid-x-offices-summon-musk-in-cybercrime-probe"),
    ("https://www.thestar.com/amp/news/gta/2021/04/16/ontarians-strongly-favour-paid-sick-days-poll-finds.html",
     "https://www.thestar.com/news/gta/2021/04/16/ontarians-strongly-favour-paid-sick-days-poll-finds.html"),
])
def test_the_leading_amp_segment_names_the_article(amp, article):
    assert article_identity(amp, None) == article_identity(article, None)
    assert page_number(amp) == 1


def test_a_page_of_the_amp_copy_is_that_page_of_the_article():
    url = "https://www.tribunnews.com/amp/nasional/2021/07/12/menteri-umumkan-ppkm-darurat/2"
    assert page_number(url) == 2
    assert article_root_url(url) == "https://tribunnews.com/nasional/2021/07/12/menteri-umumkan-ppkm-darurat"


@pytest.mark.parametrize("url", [
    "https://contoh.co.id/amp/",  # the AMP home page
    "https://contoh.co.id/amp",
    "https://contoh.co.id/amp/tentang-kami",  # one word after it: may be a page of its own
    "https://contoh.co.id/berita/amp-kian-populer",  # `amp` inside a slug
    "https://contoh.co.id/ampera/2024/01/02/jembatan-ampera-ditutup",  # a word starting with `amp`
])
def test_other_amp_looking_paths_stay(url):
    assert article_root_url(url) == url

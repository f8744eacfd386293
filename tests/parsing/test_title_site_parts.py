"""Titles whose site name comes in several parts, or with the edition, section or tagline of the site: real
`<title>` strings of Indonesian outlets as aggregators and feeds gave them, read with no `<h1>` on the page."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.fields.title import site_name
from title_readings import BODY, title_of  # beside this file

@pytest.mark.parametrize(("title", "url", "expected"), [
    # The outlet's name twice: the page's own suffix, then the aggregator's (Kompas 2019-2023).
    ("Sistem Pernapasan Buaya - Kompas.com - KOMPAS.com", "https://www.kompas.com/sains/read/2022/05/19/133200623/a",
     "Sistem Pernapasan Buaya"),
    ("Kemenkes: 132 WN India Masuk Indonesia dengan Pesawat Carter - Kompas.com - Nasional Kompas.com",
     "https://nasional.kompas.com/read/2021/04/23/10550851/a", "Kemenkes: 132 WN India Masuk Indonesia dengan Pesawat Carter"),
    ("Melly Mono Gantikan Tantri Jadi Vokalis Band Kotak - VIVA - VIVA.co.id", "https://www.viva.co.id/showbiz/musik/1-a",
     "Melly Mono Gantikan Tantri Jadi Vokalis Band Kotak"),
    ("SpaceX dan NASA Tunda Peluncuran Astronaut Crew-7 ke Luar Angkasa, Ada Apa? | Republika Online - Republika Online",
     "https://tekno.republika.co.id/berita/rzyvi8478/a",
     "SpaceX dan NASA Tunda Peluncuran Astronaut Crew-7 ke Luar Angkasa, Ada Apa?"),
    # A brand written with a hyphen in the host (pikiran-rakyat.com) and the edition's name.
    ("Pinjol Ilegal Bisa Hubungi Kontak di HP, Kenali Modus dan Risikonya - Pikiran Rakyat Jateng - Pikiran Rakyat Jateng",
     "https://jateng.pikiran-rakyat.com/ekonomi/pr-1/a", "Pinjol Ilegal Bisa Hubungi Kontak di HP, Kenali Modus dan Risikonya"),
    ("Pengamat Ekonomi: Diplomasi RI Lembek Akibat Terafiliasi ke China - Pikiran-Rakyat.com",
     "https://www.pikiran-rakyat.com/ekonomi/pr-1/a", "Pengamat Ekonomi: Diplomasi RI Lembek Akibat Terafiliasi ke China"),
    # An edition named by its host label, alone or with words of the outlet's name.
    ("Apakah UTUA Pinjol Penipuan? Cek Faktanya Sebelum Meminjam - Karanganyar News - Karanganyar News",
     "https://karanganyarnews.pikiran-rakyat.com/ekonomi/pr-1/a", "Apakah UTUA Pinjol Penipuan? Cek Faktanya Sebelum Meminjam"),
    ("Satgas PASTI Hentikan 1.220 Entitas Keuangan Ilegal, Pinjol Ilegal Masih Mendominasi - Kaltim Post",
     "https://kaltimpost.jawapos.com/ekonomi/a", "Satgas PASTI Hentikan 1.220 Entitas Keuangan Ilegal, Pinjol Ilegal Masih Mendominasi"),
    ("PREDIKSI SKOR PSS Sleman vs Persebaya, Line up Pemain Head to Head, Ambisi Uston Nawawi Rebut 3 Poin - Tribun Medan",
     "https://medan.tribunnews.com/2023/08/26/a",
     "PREDIKSI SKOR PSS Sleman vs Persebaya, Line up Pemain Head to Head, Ambisi Uston Nawawi Rebut 3 Poin"),
    ("Tak Perlu Pusing, Begini Cara Menghapus Data Pinjol Ilegal Secara Permanen - radartegal.disway.id - Radartegal.com",
     "https://radartegal.disway.id/read/1/a", "Tak Perlu Pusing, Begini Cara Menghapus Data Pinjol Ilegal Secara Permanen"),
    ("Dampak Fenomena Covid-19: Globalisasi dan Ekonomi Politik Indonesia - Retizen",
     "https://retizen.republika.co.id/posts/1/a", "Dampak Fenomena Covid-19: Globalisasi dan Ekonomi Politik Indonesia"),
    # A section named by the host (gaya.tempo.co, bola.liputan6.com) before the outlet's name.
    ("Awas, Penyakit Paru Langka Akibat Vape - Gaya - Tempo", "https://gaya.tempo.co/read/1/a",
     "Awas, Penyakit Paru Langka Akibat Vape"),
    ("Beda Mourinho dan Solskjaer Versi Winger MU - Bola - Liputan6.com", "https://bola.liputan6.com/read/1/a",
     "Beda Mourinho dan Solskjaer Versi Winger MU"),
    # The host written as the site's name, after the edition's name or before the outlet's (feeds of 2026).
    ('OJK "Sikat" 951 Pinjol Ilegal, Ratusan Investasi Bodong Ikut Diburu - video.kompas.com',
     "https://video.kompas.com/watch/1/a", 'OJK "Sikat" 951 Pinjol Ilegal, Ratusan Investasi Bodong Ikut Diburu'),
    ("Link Apk Pingo Pinjaman iOs Aplikasi Android Online 2026, Ini Pengalaman Galbay Teror dan Restukturisasi"
     " - Berita DIY - beritadiy.pikiran-rakyat.com", "https://beritadiy.pikiran-rakyat.com/ekonomi/pr-1/a",
     "Link Apk Pingo Pinjaman iOs Aplikasi Android Online 2026, Ini Pengalaman Galbay Teror dan Restukturisasi"),
    ("700 PPPK Kota Cirebon Diingatkan OJK: Waspada Pinjol Ilegal hingga Judol - radarcirebon.disway.id - Radar Cirebon",
     "https://radarcirebon.disway.id/read/1/a", "700 PPPK Kota Cirebon Diingatkan OJK: Waspada Pinjol Ilegal hingga Judol"),
    ("OJK Cirebon Ingatkan 700 PPPK: Jangan Terjebak Pinjol Ilegal dan Judi Online - iNews.ID",
     "https://cirebon.inews.id/read/1/a", "OJK Cirebon Ingatkan 700 PPPK: Jangan Terjebak Pinjol Ilegal dan Judi Online"),
    # A name of two words said twice, its host the words run together, with or without an edition's label.
    ("Kapolsek Tamansari Bobby Mochammad Zulfikar Didesak Usut Dugaan Penganiayaan oleh Oknum Debt Collector"
     " - Pena Bicara - Pena Bicara", "https://www.penabicara.com/news/a",
     "Kapolsek Tamansari Bobby Mochammad Zulfikar Didesak Usut Dugaan Penganiayaan oleh Oknum Debt Collector"),
    ("Flux Creative Universe Raih 3 Penghargaan Marketeers Youth Choice Award 2026 - Suara Merdeka Jakarta"
     " - Suara Merdeka Jakarta", "https://jakarta.suaramerdeka.com/ekonomi/1/a",
     "Flux Creative Universe Raih 3 Penghargaan Marketeers Youth Choice Award 2026"),
    # The site's tagline after its name (ANTARA 2021, as a feed of page titles gave it).
    ("Rupiah menguat seiring optimis ekonomi nasional yang lebih baik - ANTARA News - Berita Terkini",
     "https://www.antaranews.com/berita/2600000/a", "Rupiah menguat seiring optimis ekonomi nasional yang lebih baik"),
])
def test_every_part_naming_the_site_is_cut(title, url, expected):
    assert title_of(title, url) == expected


def test_a_word_of_the_declared_site_name_names_the_site():
    head = "<meta property='og:site_name' content='Tribunnews.com'>"
    assert title_of("Disentil Kiai Said Soal Pemerataan Ekonomi di Muktamar NU, Jokowi Akui Tidak Gampang - Tribun",
                    "https://www.tribunnews.com/nasional/2021/12/22/a", head) == \
        "Disentil Kiai Said Soal Pemerataan Ekonomi di Muktamar NU, Jokowi Akui Tidak Gampang"


def test_a_word_beginning_the_hosts_brand_is_no_site_name():
    # `Indonesia` begins the brand of indonesiainside.id; a headline may end in it after a dash of its own.
    assert title_of("Piala AFF: Malaysia - Indonesia", "https://indonesiainside.id/olahraga/a") == \
        "Piala AFF: Malaysia - Indonesia"


def test_a_regional_channel_between_the_headline_and_the_agencys_regional_name_is_cut():
    assert title_of("Menkop kukuhkan koperasi tembakau - Berita Jatim - ANTARA News Jawa Timur",
                    "https://jatim.antaranews.com/berita/1037982/a") == "Menkop kukuhkan koperasi tembakau"


def test_the_page_part_among_the_site_parts_is_cut():
    assert title_of("Harga Cabai Naik - Kompas.com - Halaman 2", "https://nasional.kompas.com/read/1/a?page=2") == \
        "Harga Cabai Naik"


@pytest.mark.parametrize(("title", "url", "expected"), [
    # The headline's own dash stops the scan at the first part that names nothing.
    ("Liga 1 2024/2025: Persib - Persija 2-1 - Kompas.com", "https://bola.kompas.com/read/1/a",
     "Liga 1 2024/2025: Persib - Persija 2-1"),
    ("Prabowo - Gibran Menang - detikNews", "https://news.detik.com/berita/d-1/a", "Prabowo - Gibran Menang"),
    ("Pengalaman Galbay Pinjampasti, Apakah Ada DC Lapangan? Ini Review Telat Bayar - Gagal Bayar Pinjam Pasti"
     " - Berita DIY - Berita DIY", "https://beritadiy.pikiran-rakyat.com/ekonomi/pr-1/a",
     "Pengalaman Galbay Pinjampasti, Apakah Ada DC Lapangan? Ini Review Telat Bayar - Gagal Bayar Pinjam Pasti"),
    # A host label inside words of a headline is no site name (medan.tribunnews.com).
    ("Banjir Bandang - Medan Terendam", "https://medan.tribunnews.com/2023/08/26/a", "Banjir Bandang - Medan Terendam"),
    ("Banjir Bandang - Medan Terendam - Tribun Medan", "https://medan.tribunnews.com/2023/08/26/a",
     "Banjir Bandang - Medan Terendam"),
    # A title ending in a colon's part of its own.
    ("anda Diabetes yang Muncul di Bagian Jari Kaki : Dipicu oleh Naiknya Kadar Gula Darah - Tribun Jogja",
     "https://jogja.tribunnews.com/2021/05/17/a",
     "anda Diabetes yang Muncul di Bagian Jari Kaki : Dipicu oleh Naiknya Kadar Gula Darah"),
    # A video's label opens the headline as the outlet prints it: no rule tells it from a headline's subject.
    ("Video: Pinjaman Online Warga RI Makin Banyak, Tembus Rp 105 Triliun - CNBC Indonesia",
     "https://www.cnbcindonesia.com/market/20260901-1/a",
     "Video: Pinjaman Online Warga RI Makin Banyak, Tembus Rp 105 Triliun"),
    # A gallery's label is the outlet's headline as printed (no evidence it is chrome).
    ("Foto : Tumpukan Uang Rp 14,2 Miliar dari Kasus Pinjol Ilegal Disetor ke Kas Negara - Kompas.com",
     "https://regional.kompas.com/read/2026/07/15/a",
     "Foto : Tumpukan Uang Rp 14,2 Miliar dari Kasus Pinjol Ilegal Disetor ke Kas Negara"),
])
def test_the_headlines_own_parts_stay(title, url, expected):
    assert title_of(title, url) == expected


def test_an_h1_agrees_with_a_title_of_several_site_parts():
    title = "Pinjol Ilegal Bisa Hubungi Kontak di HP, Kenali Modus dan Risikonya - Pikiran Rakyat Jateng - Pikiran Rakyat Jateng"
    headline = "Pinjol Ilegal Bisa Hubungi Kontak di HP, Kenali Modus dan Risikonya"
    assert title_of(title, "https://jateng.pikiran-rakyat.com/ekonomi/pr-1/a", h1=headline) == headline


@pytest.mark.parametrize(("title", "url", "expected"), [
    # The section the URL's folders name (`/teknologi/`, `/bola/`) before the outlet's name.
    ("Cara Baru Astronom Melacak Kehidupan di Planet Lain | Teknologi - Gatra",
     "https://www.gatra.com/detail/news/460000/teknologi/cara-baru", "Cara Baru Astronom Melacak Kehidupan di Planet Lain"),
    ("Beda Mourinho dan Solskjaer Versi Winger MU - Bola - Liputan6.com", "https://www.liputan6.com/bola/read/1/a",
     "Beda Mourinho dan Solskjaer Versi Winger MU"),
    # A brand of two letters named by its whole host, a hyphenated host's brand.
    ("AFPI dan PWI Perkuat Literasi Lawan Maraknya Pinjol Ilegal - RM.ID", "https://rm.id/baca-berita/ekonomi-bisnis/1/a",
     "AFPI dan PWI Perkuat Literasi Lawan Maraknya Pinjol Ilegal"),
    ("OJK Maluku Gandeng BKKBN, Bentengi Keluarga dari Pinjol Ilegal dan Judol - Tribun Maluku",
     "https://tribun-maluku.com/ojk-maluku-gandeng", "OJK Maluku Gandeng BKKBN, Bentengi Keluarga dari Pinjol Ilegal dan Judol"),
])
def test_a_section_of_the_url_and_the_host_itself_name_site_parts(title, url, expected):
    assert title_of(title, url) == expected


def test_the_articles_own_slug_names_no_section():
    assert title_of("Laga Seru Persib - Persija", "https://bola.example.com/persija") == "Laga Seru Persib - Persija"


def test_an_h1_opening_the_title_before_a_part_no_rule_names_is_the_headline():
    # databoks.katadata.co.id: the site's tagline sits between the headline and the site's name.
    title = ("Rasio Kredit Macet Pinjol di Indonesia Naik pada Juli 2026 | Pusat Data Ekonomi dan Bisnis Indonesia"
             " | Databoks - Databoks Katadata")
    headline = "Rasio Kredit Macet Pinjol di Indonesia Naik pada Juli 2026"
    assert title_of(title, "https://databoks.katadata.co.id/keuangan/statistik/1/a", h1=headline) == headline


def test_a_section_h1_opening_the_title_is_no_headline():
    assert title_of("Nasional | Menteri Baru Dilantik di Istana Negara Pagi Ini", "https://example.id/read/1/a",
                    h1="Nasional") == "Nasional | Menteri Baru Dilantik di Istana Negara Pagi Ini"


def test_a_place_named_like_the_agency_before_the_agencys_name_stays():
    # A hajj headline ending in the place Mina, then the agency's own `MINA News`.
    assert title_of("Perjalanan Arafah - Muzdalifah - Mina - MINA News", "https://minanews.net/perjalanan-arafah/") == \
        "Perjalanan Arafah - Muzdalifah - Mina"


def test_the_themes_headline_ending_in_the_place_mina_stays_whole_on_minas_pages():
    """MINA's theme headline (`h1.jeg_post_title`) holds no site name: a last word that occurs in the site's name (the
    place Mina, og:site_name `MINA News Agency`) is the headline's own."""
    from crawler.sites import SITES

    headline = "Rute Jemaah Haji Arafah - Muzdalifah - Mina"
    html = (f"<html><head><title>{headline} - MINA News</title><meta property='og:title' content='{headline}'>"
            "<meta property='og:site_name' content='MINA News Agency'></head><body>"
            f"<h1 class='jeg_post_title'>{headline}</h1><div class='content-inner'>{BODY}</div></body></html>")
    assert parse_article(html.encode(), "https://minanews.net/rute-jemaah-haji/", profile=SITES["mina"])["title"] == headline


@pytest.mark.parametrize(("title", "url", "expected"), [
    # A section the page does not declare, between the headline and the outlet's name (2026 feeds of page titles).
    ("Ramai Dugaan Pelecehan Seksual Nasabah Kredivo oleh DC - Market - Bloomberg Technoz",
     "https://www.bloombergtechnoz.com/detail-news/1/ramai-dugaan", "Ramai Dugaan Pelecehan Seksual Nasabah Kredivo oleh DC"),
    ("Viral Debt Collector (DC) Kredivo Diduga Lecehkan Nasabah, Utang Rp4,4 Juta Disebut Dijadikan Syarat Ajakan"
     " Berhubungan - galeri foto - tvOneNews", "https://www.tvonenews.com/berita/1/viral-debt-galeri",
     "Viral Debt Collector (DC) Kredivo Diduga Lecehkan Nasabah, Utang Rp4,4 Juta Disebut Dijadikan Syarat Ajakan"
     " Berhubungan"),
    ("Cara Baru Astronom Melacak Kehidupan di Planet Lain | Teknologi - Gatra", "https://www.gatra.com/detail/news/1/a",
     "Cara Baru Astronom Melacak Kehidupan di Planet Lain"),
])
def test_an_undeclared_section_before_the_site_name_is_cut(title, url, expected):
    assert title_of(title, url) == expected


def test_an_arabic_editions_undeclared_section_before_its_name_is_cut():
    # Al Jazeera's Arabic title (2026): headline | economy | the site's name, `og:site_name` in Arabic.
    head = '<meta property="og:site_name" content="الجزيرة نت">'
    assert title_of("مصر تهدف للاكتفاء ذاتيا من القمح للخبز المدعوم بحلول 2028 | اقتصاد | الجزيرة نت",
                    "https://www.aljazeera.net/ebusiness/2026/5/5/a", head) == (
        "مصر تهدف للاكتفاء ذاتيا من القمح للخبز المدعوم بحلول 2028")
    # Sky News Arabia's sports edition (2023): a section of two words, then the name in both scripts.
    assert title_of("الكمبيوتر الخارق يتوقع الفائز بالبريميرليغ وترتيب الفرق - أخبار الرياضة - سكاي نيوز عربية Sky News"
                    " Arabia Sports", "https://www.skynewsarabia.com/sport/1650786-a") == (
        "الكمبيوتر الخارق يتوقع الفائز بالبريميرليغ وترتيب الفرق")
    # Not without the site's name after it: the headline's own last part.
    assert title_of("قمة الرياض تبحث التعاون | اقتصاد", "https://www.aljazeera.net/ebusiness/2026/5/5/b", head) == (
        "قمة الرياض تبحث التعاون | اقتصاد")


@pytest.mark.parametrize(("title", "url", "expected"), [
    # A brand of two letters before its edition's host label (RT's Arabic edition, 2022).
    ("فرنسا تسجل نتائج اقتصادية لم تشهدها منذ 52 عاما - RT Arabic", "https://arabic.rt.com/business/1318973-a/",
     "فرنسا تسجل نتائج اقتصادية لم تشهدها منذ 52 عاما"),
    ('بيسكوف يعلق على "مزحة" نولاند حول ضخ الفودكا عبر "السيل الشمالي-2" - RT Arabic',
     "https://arabic.rt.com/world/1319045-a/", 'بيسكوف يعلق على "مزحة" نولاند حول ضخ الفودكا عبر "السيل الشمالي-2"'),
])
def test_a_two_letter_brand_with_its_editions_label_names_the_site(title, url, expected):
    assert title_of(title, url) == expected


def test_a_two_letter_brand_alone_in_a_headlines_last_part_stays():
    # The brand's letters inside a headline's own last part name nothing (`rt` of `Sport`, `Arabic` without them).
    assert title_of("Kuwait Cup Final - Arabic Sport", "https://arabic.rt.com/sport/1-a/") == (
        "Kuwait Cup Final - Arabic Sport")


@pytest.mark.parametrize("title", [
    # A section's word ending the headline after its colon, or paired with another of the headline's own.
    "Kaleidoskop 2024: Ekonomi - Kompas.com",
    "Kaleidoskop 2024: Hukum - Politik - Kompas.com",
    # No site's name after it: the headline's own last part.
    "Persib Tumbang di Kandang - Bola",
])
def test_a_section_word_of_the_headline_stays(title):
    assert title_of(title, "https://www.kompas.com/read/2024/12/30/a") == title.removesuffix(" - Kompas.com")


@pytest.mark.parametrize(("declared", "url", "outlet"), [
    ("sepakbola", "https://sport.detik.com/sepakbola/liga-inggris/d-6123456/judul", "Detik"),  # a section's word
    ("kumparan", "https://kumparan.com/kumparannews/judul-1", "kumparan"),  # the host's own brand in small letters
    ("detikcom", "https://news.detik.com/berita/d-6123456/judul", "detikcom"),
    ("sepakbola", "https://blog-bola.net/judul", "sepakbola"),  # a host the agencies' table does not know
    ("Sepakbola", "https://sport.detik.com/sepakbola/d-6123456/judul", "Sepakbola"),  # written as a name
])
def test_a_sections_word_for_the_site_name_names_the_hosts_outlet(declared, url, outlet):
    assert site_name(declared, "Judul", url) == outlet

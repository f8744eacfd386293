"""parse_dateline on more shapes of regional outlets and the Tribun network: a caption's label or a rubric in
capitals where a place would stand, an outlet's domain before a rubric, outlets' names glued to a word no place has or
beside a listed place with a brand's word."""

from __future__ import annotations

import pytest

from crawler.parsing.dateline import parse_dateline

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize("text", [
    "Tribun-Papua\nMASYARAKAT ADAT - Ketua FKUB Kabupaten Jayapura, Albert Yoku bersama Bupati Jayapura dalam suatu "
    "acara.\nPerlu diketahui, 14 Kampung yang telah resmi menerima status menjadi kampung adat.",
    "KUNJUNGAN KERJA - Gubernur meninjau pembangunan jembatan di desa itu, Senin (3/2/2025).",
    "ANGGOTA DEWAN: PENERIMAAN CPNS SUDAH SESUAI PROSEDUR\nBERITA KERINCI\nDewan Tak Punya Bukti\nBagai menjilat "
    "ludah sendiri, sejumlah anggota DPRD Tebo menyatakan penerimaan CPNS telah sesuai prosedur.",
])
def test_a_captions_label_in_capitals_is_no_place(text):
    assert parse_dateline(text) is None


def test_a_captions_label_yields_to_the_outlets_dateline_below_it():
    text = ("RESMIKAN KANTOR DESA - Bupati Kubu Raya Sujiwo saat potong pita peresmian Kantor Desa Limbung, Senin 18 "
            "Agustus 2025.\nTRIBUNPONTIANAK.CO.ID, KUBU RAYA  - Bupati Kubu Raya Sujiwo meresmikan Kantor Desa.")
    found = parse_dateline(text)
    assert found is not None and found.place == "KUBU RAYA" and found.agency_raw == "TRIBUNPONTIANAK.CO.ID"


@pytest.mark.parametrize("text", [
    "PIFA.CO.ID, LOKAL - Banjir telah merendam tujuh kabupaten di Kalimantan Barat.",
    "NAMAOUTLET.COM, NASIONAL - Pemerintah menaikkan anggaran pendidikan tahun depan.",
])
def test_a_rubric_after_an_outlets_domain_is_no_place(text):
    found = parse_dateline(text)
    assert found is None or found.place is None


@pytest.mark.parametrize(("text", "place", "agency"), [
    ("LIPUTANSBM, PALANGKA RAYA – DPW Partai Keadilan Sejahtera (PKS) Provinsi Kalimantan Tengah menggelar rapat.",
     "PALANGKA RAYA", "LIPUTANSBM"),
    ("KLIKINAJA, KERINCI – Kabupaten Kerinci di Provinsi Jambi mulai berdiri sebagai daerah otonom.", "KERINCI",
     "KLIKINAJA"),
])
def test_a_name_glued_to_a_word_no_place_opens_with_is_the_outlet_before_its_place(text, place, agency):
    assert place_and_agency(text) == (place, agency)


def test_a_title_case_name_closing_with_news_in_lower_case_is_no_place():
    found = parse_dateline("Purwakarta Zuritnews  – Pemerintah Desa Jatiluhur meresmikan Jalan Terusan Kenanga.")
    assert found is None or found.place is None


@pytest.mark.parametrize("text", [
    "Sintang Review - Sekretaris daerah Kabupaten Sintang memimpin jalannya rapat koordinasi.",
    "Riau Terkini - Gubernur meresmikan jembatan baru di Kabupaten Siak.",
])
def test_a_brands_word_beside_a_listed_place_names_the_outlet(text):
    found = parse_dateline(text)
    assert found is not None and found.place is None and found.agency == text.split(" - ")[0]


def test_a_villages_name_in_title_case_before_a_sentence_stays_a_place():
    assert place_and_agency("Pusuk Lestari - Pemerintah Desa Pusuk Lestari melakukan sosialisasi pencegahan stunting.") == (
        "Pusuk Lestari", None)


@pytest.mark.parametrize(("text", "place", "agency"), [
    ("\nKegiatan sosialisasi penanganan stunting bagi KPM\nTENGGARONG, (KutaiRaya.com) Dinas Sosial Kukar menggelar "
     "sosialisasi.", "TENGGARONG", "KutaiRaya.com"),
    ("Surabaya (beritajatim.com) Wali Kota Surabaya Eri Cahyadi hadir dalam sidang paripurna.", "Surabaya",
     "beritajatim.com"),
])
def test_an_outlets_domain_in_parentheses_and_a_lost_dash(text, place, agency):
    found = parse_dateline(text)
    assert found is not None and (found.place, found.agency_raw) == (place, agency)


def test_a_captions_words_before_a_domain_in_parentheses_are_no_place():
    found = parse_dateline("Bupati Sintang Jarot Winarno (tribunpontianak.co.id) Pada kesempatan itu warga hadir.")
    assert found is None or found.place is None


def test_bars_for_the_comma_and_the_dash_after_an_outlets_domain():
    found = parse_dateline("A1news.co.id | RIAU ||Kepolisian Sektor Pangkalan Kuras menggelar apel gabungan.")
    assert found is not None and (found.place, found.agency_raw) == ("RIAU", "A1news.co.id")


def test_a_full_stop_after_the_domain_for_the_lost_dash():
    found = parse_dateline("Sintang, Zonamedianews.com. Bupati Sintang memimpin sosialisasi peraturan bupati.")
    assert found is not None and (found.place, found.agency_raw) == ("Sintang", "Zonamedianews.com")


@pytest.mark.parametrize(("text", "place"), [
    ("SINTANG. Bupati Sintang melaunching Peraturan Bupati Nomor 66 tahun 2019.", "SINTANG"),
    ("BANDUNG. Badan Nasional Penanggulangan Bencana menetapkan status siaga.", "BANDUNG"),
])
def test_a_listed_place_in_capitals_and_a_full_stop_for_the_dash(text, place):
    assert place_and_agency(text) == (place, None)


def test_a_word_in_capitals_and_a_full_stop_that_is_no_listed_place_is_no_dateline():
    assert parse_dateline("PENTING. Harap membawa kartu identitas saat datang ke lokasi.") is None


def test_a_headline_in_capitals_after_a_colon_is_no_sentence():
    assert parse_dateline("BANJIR BESAR: WARGA MENGUNGSI KE MASJID\nWarga Desa Sukamaju mengungsi sejak Senin.") is None


def test_a_place_in_capitals_and_a_colon_before_a_sentence_stays():
    assert place_and_agency("PETALING JAYA: Polis menahan tiga pengarang portal berita.") == ("PETALING JAYA", None)


def test_a_date_part_ends_at_the_dash_and_takes_no_agency_from_the_sentence():
    found = parse_dateline("THT Belasah TNB-T 6-1\nKUALA TERENGGANU, 12 Januari – Pasukan Terengganu Hockey Team (THT) "
                           "terus mengekalkan kecemerlangan.")
    assert found is not None and (found.place, found.agency) == ("KUALA TERENGGANU", None)
    assert found.raw == "KUALA TERENGGANU, 12 Januari –"


def test_a_weekday_and_an_english_date_month_first_after_a_place_in_capitals():
    found = parse_dateline("Fitri Shahminan\n\nBANDAR SERI BEGAWAN, Thursday, October 30, 2014 - BRUNEI is now placed "
                           "at 101 in the latest World Bank report.")
    assert found is not None and (found.place, found.agency) == ("BANDAR SERI BEGAWAN", None)
    assert found.date is not None and found.date.isoformat() == "2014-10-30"


@pytest.mark.parametrize("text", [
    "BRUNEI on Friday joined 174 countries as they convened to sign the Paris Agreement.",
    "The split spit port plan\n\nJULY 8, 1967 – A canal will be cut through Pelompong Spit to give ships access.",
])
def test_print_style_capitals_and_a_date_alone_are_no_place(text):
    found = parse_dateline(text)
    assert found is None or found.place is None


def test_an_english_digests_byline_before_the_place_when_a_word_precedes_the_verb():
    found = parse_dateline("Andrew Tito, Jakarta – Indonesian police said Monday that the security situation in Jakarta "
                           "has returned to normal.")
    assert found is not None and (found.place, found.agency) == ("Jakarta", None)


def test_a_dash_ending_its_line_above_a_paragraph_that_opens_with_a_number():
    found = parse_dateline("1,240 people from outside Jakarta arrested following riots in Jakarta\nJakarta –\n1,240 "
                           "people have been arrested in connection with the riots in Jakarta.")
    assert found is not None and (found.place, found.agency) == ("Jakarta", None)


def test_a_dash_ending_its_line_above_a_short_row_is_no_dateline():
    assert parse_dateline("Daftar harga tiket\nJakarta -\nRp 5 juta per orang\nBandung -\nRp 4 juta per orang\n") is None


@pytest.mark.parametrize(("text", "place", "agency"), [
    ("NARASINETWORK.COM - KAB BANDUNG \n\n-Bupati Bandung Dadang Supriatna menghadiri peresmian.", "KAB BANDUNG",
     "NARASINETWORK.COM"),
    ("Swaramalut.com- Halut\n\nSejumlah petani keluhkan rendahnya harga singkong.", "Halut", "Swaramalut.com"),
])
def test_a_listed_place_after_an_outlets_domain_and_a_dash_ending_the_line(text, place, agency):
    found = parse_dateline(text)
    assert found is not None and (found.place, found.agency_raw) == (place, agency)


def test_a_word_after_an_outlets_domain_and_a_dash_ending_the_line_that_is_no_place():
    found = parse_dateline("TRIBUNNEWS.COM - VIDEO\n\nWarga berkumpul di alun-alun kota sejak pagi.")
    assert found is None or found.place is None


@pytest.mark.parametrize(("text", "place", "agency"), [
    ("BAROMETER.ID (Bali): Presiden China Xi Jinping tiba di Bali.", "Bali", "BAROMETER.ID"),
    ("KABARPROGRESIF.COM: (Surabaya) Pemerintah Kota (Pemkot) Surabaya terus bekerja keras.", "Surabaya",
     "KABARPROGRESIF.COM"),
    ("Ketua Umum PP Lidmi Serahkan Donasi\n\n\n(Palu) wahdahjakarta.com– Pada lawatannya ke Palu, Ketua Umum hadir.",
     "Palu", "wahdahjakarta.com"),
])
def test_a_place_in_parentheses_beside_an_outlets_domain(text, place, agency):
    found = parse_dateline(text)
    assert found is not None and (found.place, found.agency_raw) == (place, agency)


def test_a_label_in_parentheses_beside_a_domain_is_no_place():
    found = parse_dateline("DETIK.COM (Foto): Warga memadati alun-alun kota sejak pagi.")
    assert found is None or found.place is None


def test_a_listed_place_and_its_outlet_in_parentheses_closing_the_line():
    found = parse_dateline("Posted in Marsipature Hutanabe by Redaksi on Maret 28th, 2010\nMedan (SIB)\nMenjelang "
                           "pemilihan, warga mendatangi kantor kelurahan.")
    assert found is not None and (found.place, found.agency_raw) == ("Medan", "SIB")


def test_a_captions_words_and_a_credit_closing_the_line_are_no_place():
    found = parse_dateline("Kapolda Riau Irjen Iqbal (Antara)\nPolisi menangkap dua pelaku pencurian di Pekanbaru.")
    assert found is None or found.place is None


@pytest.mark.parametrize(("text", "place"), [
    ("NTT AKTUAL. KUPANG. Gubernur NTT Viktor Bungtilu Laiskodat kepada media pada Selasa.", "KUPANG"),
    ("NTT AKTUAL. LABUAN BAJO. Menteri PPN hadir di Labuan Bajo didampingi Gubernur.", "LABUAN BAJO"),
    # The sentence opens with an acronym before a word in title case.
    ("NTT AKTUAL. KUPANG. KKB On The Street yang digelar Bank NTT, pada Sabtu (25/06/2022) sukses besar.", "KUPANG"),
])
def test_an_outlets_name_and_a_listed_place_in_capitals_each_closed_by_a_full_stop(text, place):
    assert place_and_agency(text) == (place, "NTT AKTUAL")


def test_a_known_city_alone_on_its_line_below_the_title():
    found = parse_dateline("Buruh Demo Besar-besaran di Sekitar Istana-DPR Hari Ini, Berikut Tuntutannya\n\n    Jakarta\n\n"
                           "    Konfederasi Serikat Pekerja Indonesia (KSPI) dan Partai Buruh menggelar aksi hari ini.")
    assert found is not None and (found.place, found.agency) == ("Jakarta", None)


def test_a_known_city_alone_on_a_line_above_a_short_line_is_no_dateline():
    assert parse_dateline("Kota tujuan mudik terbanyak\nJakarta\nBandung\nSurabaya\nSemarang\n") is None


def test_a_stray_comma_before_the_dash_after_an_outlets_domain_alone():
    found = parse_dateline("Arus Mudik Lebaran 2025\n\nharapanrakyat.com,- Dinas Perhubungan Kota Banjar mencatat "
                           "132.764 kendaraan.")
    assert found is not None and (found.place, found.agency_raw) == (None, "harapanrakyat.com")


def test_an_outlet_a_dash_and_a_listed_place_with_a_comma_for_the_dash():
    found = parse_dateline("Ketgam : Rombongan Pj Bupati Konawe terhalang pohon tumbang.\n\nSuaraindonesianews – Konawe, "
                           "Kunjungan rombongan Pj Bupati Konawe terhalang kondisi jalan.")
    assert found is not None and (found.place, found.agency_raw) == ("Konawe", "Suaraindonesianews")


def test_an_acronym_after_an_outlet_a_dash_and_before_a_comma_is_no_place():
    found = parse_dateline("TRIBUNNEWS.COM – BMKG, Badan Meteorologi Klimatologi dan Geofisika, memperingatkan hujan.")
    assert found is not None and (found.place, found.agency) == (None, "Tribunnews")


def test_a_headlines_words_and_a_name_yield_to_the_dateline_below():
    found = parse_dateline("Gagal Rebut Adipura, Lumentut – Bastiaan Mulai Benahi Kota Manado\n\nMANADO-Euforia Adipura "
                           "masih terasa di Kota Bitung, Kabupaten Sangihe dan Kota Kotamobagu.")
    assert found is not None and (found.place, found.agency) == ("MANADO", None)


def test_a_listed_place_and_an_outlets_title_case_name_stay_strong():
    found = parse_dateline("Jakarta, Indonesia Window – The leaders met on Monday.\nBANDUNG - Warga berkumpul di alun-alun.")
    assert found is not None and (found.place, found.agency) == ("Jakarta", "Indonesia Window")


@pytest.mark.parametrize("text", [
    "KRITISI - Juru bicara Fraksi Partai Golkar DPRD Sidoarjo Wahyu Lumaksono, Fraksi Demokrat - Nasdem dan PDI "
    "Perjuangan mengkritisi penyusunan RAPBD Tahun 2026.",
    "TINJAU - Bupati Sidoarjo Subandi meninjau lokasi banjir di Desa Kedungbanteng, Senin (3/2/2025).",
    "DIAMANKAN - Tersangka pencurian motor diamankan di Mapolsek Waru.",
])
def test_a_captions_label_its_caption_echoes_is_no_place(text):
    assert parse_dateline(text) is None


def test_a_captions_echoed_label_yields_to_the_dateline_below_it():
    text = ("KRITISI - Juru bicara Fraksi Partai Golkar DPRD Sidoarjo mengkritisi penyusunan RAPBD Tahun 2026.\n\ni\n\n"
            "Sidoarjo (republikjatim.com) - Sejumlah pimpinan dan anggota fraksi di DPRD Kabupaten Sidoarjo kompak.")
    assert place_and_agency(text) == ("Sidoarjo", "republikjatim.com")


@pytest.mark.parametrize(("text", "place"), [
    ("PEKALONGANG - Kabar mengejutkan datang dari Pekalongan, di mana warga menemukan bayi.", "PEKALONGANG"),
    ("SAMPIT – Pemerintah Kabupaten Kotawaringin Timur (Kotim) berencana membangun pasar.", "SAMPIT"),
])
def test_an_unlisted_place_its_sentence_names_again_stays_a_place(text, place):
    assert place_and_agency(text) == (place, None)


@pytest.mark.parametrize("text", [
    "loading…\n\n    Muhammad Irfanudin Kuniawan – Dosen Universitas Darunnajah. Foto/Dok pribadi\n\n"
    "    Muhammad Irfanudin kurniawan\n    Dosen Universitas Darunnajah (UDN)\n\n"
    "    Pagi itu, suasana Focus Group Discussion pendirian Pascasarjana terasa berbeda.",
    "Sri Mulyani Indrawati – Menteri Keuangan Republik Indonesia. Foto/Dok Kemenkeu",
])
def test_a_persons_full_name_before_a_dash_and_the_office_is_no_place(text):
    # Three words in title case, none a word of any place's name: a caption's subject, not a place.
    found = parse_dateline(text)
    assert found is None or found.place is None


def test_a_capital_abroad_of_three_words_is_no_persons_name():
    found = parse_dateline("Nay Pyi Taw – Pemimpin junta militer Myanmar mengumumkan perpanjangan status darurat.")
    assert found is not None and (found.place, found.agency) == ("Nay Pyi Taw", None)


@pytest.mark.parametrize(("text", "place"), [
    ("NAY PYI TAW - Pemimpin junta militer Myanmar mengumumkan perpanjangan status darurat.", "NAY PYI TAW"),
    ("NAY PYI TAW: Myanmar's military government extended the state of emergency on Monday.", "NAY PYI TAW"),
])
def test_a_listed_place_of_short_words_in_capitals_is_a_place(text, place):
    found = parse_dateline(text)
    assert found is not None and (found.place, found.agency) == (place, None)


@pytest.mark.parametrize("text", ["DPR RI - Ketua DPR mengatakan rapat digelar pekan depan.",
                                  "KPK - Komisi Pemberantasan Korupsi memeriksa saksi."])
def test_acronyms_of_short_words_in_capitals_stay_no_place(text):
    assert parse_dateline(text) is None


@pytest.mark.parametrize(("text", "place"), [
    ("Pusuk Lestari – Warga desa menggelar gotong royong membersihkan saluran irigasi pada Minggu pagi.",
     "Pusuk Lestari"),
    ("Bukit Kemuning Jaya – Warga desa menggelar gotong royong membersihkan saluran irigasi pada Minggu pagi.",
     "Bukit Kemuning Jaya"),
])
def test_an_unlisted_place_of_words_a_places_name_has_or_of_two_words_stays(text, place):
    found = parse_dateline(text)
    assert found is not None and (found.place, found.agency) == (place, None)


def test_a_captions_label_of_words_no_place_has_before_a_colon_is_no_place():
    text = ("25 radar bogor\n\nBermula dari Huruf Hijaiyah\n\nGENERASI PENERUS: Anak-anak TK Miftahul ‘Ulum yang merupakan"
            " cikal bakal berdirinya pesantren.\n\nPesantren ini awal berdiri sekitar 1990.")
    assert parse_dateline(text) is None


@pytest.mark.parametrize(("text", "place"), [
    ("PETALING JAYA: Kerajaan akan memperkenalkan langkah baharu bagi mengawal harga barang.", "PETALING JAYA"),
    ("SHAH ALAM: Polis menahan dua lelaki bagi membantu siasatan kes rompakan.", "SHAH ALAM"),
    ("SEPANG: The airport operator said flights were delayed by the storm.", "SEPANG"),
])
def test_a_place_before_a_colon_with_a_word_of_a_places_name_stays(text, place):
    found = parse_dateline(text)
    assert (found.place, found.agency) == (place, None)


def test_an_outlets_caption_credit_above_the_dateline_gives_way_to_it():
    text = ("SOLOPOS.COM - Panduan Informasi dan Inspirasi\n\nSolopos.com, SOLO — Perpustakaan Nasional Republik "
            "Indonesia menerjunkan tim khusus yang bertugas menyelamatkan naskah buku kuno.")
    found = parse_dateline(text)
    assert (found.place, found.agency, found.raw) == ("SOLO", "Solopos.com", "Solopos.com, SOLO —")


@pytest.mark.parametrize("text, raw", [
    ("KOMPAS.com- Tom Holland curhat tak dapat balasan pesan dari bintang sepak bola Norwegia, Erling Haaland.\n"
     "Baca juga: Disleksia Buat Tom Holland Sangat Takut", "KOMPAS.com-"),
    ("MINA - Pasukan pendudukan menahan dua warga.\n\n(MINA) - Pasukan pendudukan Israel menahan dua warga Palestina "
     "di Tepi Barat.", "MINA -"),
])
def test_an_outlets_name_before_a_short_line_stays_without_a_place_below(text, raw):
    found = parse_dateline(text)
    assert (found.place, found.raw, found.start) == (None, raw, 0)

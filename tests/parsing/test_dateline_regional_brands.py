"""parse_dateline on regional outlets' brands: a lower-case l written for the bar between the place and the outlet,
and an outlet's province opening the line before its domain and the story's place."""

from __future__ import annotations

import pytest

from crawler.parsing.dateline import parse_dateline

from dateline_readings import place_and_agency  # beside this file


def test_a_lower_case_l_for_the_bar_before_the_outlets_name():
    text = "Leuwiliang l Jurnal Inspirasi\nSejumlah anggota TNI dari Koramil 2116 Leuwiliang dan petugas kepolisian"
    assert place_and_agency(text) == ("Leuwiliang", "Jurnal Inspirasi")


def test_a_lower_case_l_before_a_sentence_is_no_bar():
    assert place_and_agency("Leuwiliang l Sejumlah anggota TNI dari Koramil 2116 Leuwiliang dan petugas kepolisian serta") is None


@pytest.mark.parametrize("text, read", [
    ("Jateng – Bidik-Kasusnews.com | Pati – Bupati Pati H. Sudewo bersama unsur Forum Koordinasi",
     ("Pati", "Bidik-Kasusnews.com")),
    ("JATENG:Bidik-kasusnews.com Jepara – Suasana khidmat menyelimuti Alun-Alun Jepara 2 saat upacara",
     ("Jepara", "Bidik-kasusnews.com")),
    ("JABAR – Bogor—Bidikkasusnews.com | Wakil Kepala Kepolisian Republik Indonesia (Wakapolri), Komjen",
     ("Bogor", "Bidikkasusnews.com")),
])
def test_an_outlets_province_before_its_domain_and_the_place(text, read):
    assert place_and_agency(text) == read


def test_a_place_before_the_domain_stays_the_place():
    text = "Jakarta – Bidik-Kasusnews.com | Pati – Bupati Pati H. Sudewo bersama unsur Forum Koordinasi"
    assert place_and_agency(text) == ("Jakarta", "Bidik-Kasusnews.com")


def test_a_domain_with_a_comma_for_its_dot_is_no_place_and_outlet():
    assert place_and_agency("SUARAGONG,COM – Demo Pati dikatakan akan berlanjut ke Part 2 Gaes! Aliansi Masyarakat Pati") is None


def test_a_journals_name_ending_the_datelines_line():
    text = "Pungutan di SMAN 1 Ciawi Diadukan ke Dewan\n\n0\n\nCiawi, Jurnal Inspirasi\n\nBesarnya Dana Sumbangan Pendidikan"
    assert place_and_agency(text) == ("Ciawi", "Jurnal Inspirasi")


@pytest.mark.parametrize("text, read", [
    ("BRN | Malaysia – Menteri Koordinator Bidang Politik, Hukum dan Keamanan, (Menko Polhukam) Mahfud MD meninjau",
     ("Malaysia", "BRN")),
    ("IG | Sulsel – Dari pelataran parkir Pasar Siwa, Kelurahan Siwa, Kecamatan Pitumpanua", ("Sulsel", "IG")),
])
def test_a_short_acronym_before_a_bar_and_the_place(text, read):
    assert place_and_agency(text) == read


def test_a_short_acronym_before_a_comma_is_no_outlet():
    assert place_and_agency("DPR, Jakarta – Dari pelataran parkir Pasar Siwa, Kelurahan Siwa") == ("DPR, Jakarta", None)


@pytest.mark.parametrize("text", [
    "Spirit of Aqsa, Palestina – Pasukan penjajah Israel menyerang warga Bab Hatta di al-Quds.",
    "Spirit of Aqsa, Palestina– Pasukan penjajah Israel menghancurkan sebuah mushalla dan barak di Betlehem",
])
def test_an_outlets_english_name_with_of_before_the_place(text):
    assert place_and_agency(text) == ("Palestina", "Spirit of Aqsa")


def test_a_place_abroad_named_with_of_is_no_outlet():
    assert place_and_agency("Gulf of Aden, Yaman – Kapal perang itu berlayar menuju selat") == ("Gulf of Aden, Yaman", None)


def test_an_outlets_domain_two_bars_the_place_and_a_date():
    found = parse_dateline("JPPOS.ID || Cilegon, 6 Desember 2024 – Kapolres Cilegon Polda Banten AKBP Kemas")
    assert (found.place, found.agency, found.date.isoformat()) == ("Cilegon", "JPPOS.ID", "2024-12-06")


@pytest.mark.parametrize("text, read", [
    ("KOMPAS.com, Jakarta, Senin (12/5) - Presiden Prabowo hadir dalam acara itu", ("Jakarta", "Kompas.com")),
    ("KOMPAS.com, Jakarta, Ketua (12/5) - Presiden Prabowo hadir dalam acara itu", None),
])
def test_a_weekday_and_its_date_after_an_outlets_place(text, read):
    assert place_and_agency(text) == read


@pytest.mark.parametrize("text, place", [
    ("Malang, Suara Gong. Harus diakui keberadaan jembatan Kedungkandang mampu menekan", "Malang"),
    ("Batu, Suara Gong. Pelanggaran lalu lintas (lalin) di Kota Batu, mengalami kenaikan", "Batu"),
])
def test_an_outlets_name_and_a_full_stop_for_the_dash(text, place):
    assert place_and_agency(text) == (place, "Suara Gong")


def test_a_name_without_an_outlets_word_and_a_full_stop_is_no_outlet():
    assert place_and_agency("Malang, Kota Lama. Harus diakui keberadaan jembatan Kedungkandang mampu menekan") is None


@pytest.mark.parametrize("text, read", [
    ("Medan | Waspada - Kapolrestabes Medan mengimbau warga menjaga keamanan lingkungan masing-masing",
     ("Medan", "Waspada")),
    ("Medan | BGlobal : Kapolrestabes Medan Kombes Pol Dr.Teddy John Sahala Marbun. S.H, M.Hum didampingi beberapa"
     " pejabat utamanya", ("Medan", "BGlobal")),
])
def test_an_outlets_one_word_name_after_a_bar_and_before_a_dash_or_colon(text, read):
    assert place_and_agency(text) == read


def test_a_sentence_after_a_bar_names_no_outlet():
    text = "Mesuji Lampung | Masyarakat Desa Mukti Jaya, Kecamatan Tanjung Raya, menyambut positif dimulainya"
    assert place_and_agency(text) == ("Mesuji Lampung", None)


def test_an_outlets_domain_alone_and_a_full_stop_for_the_dash():
    found = parse_dateline("SANGA.ID. Kantor Kementerian Agama (Kemenag) Kota Bogor menggelar Apel Peringatan")
    assert (found.place, found.agency, found.raw) == (None, "SANGA.ID", "SANGA.ID.")


def test_a_domain_and_a_full_stop_before_a_lower_case_word_is_no_dateline():
    assert parse_dateline("kompas.com. presiden joko widodo mengatakan bahwa pemerintah akan") is None


@pytest.mark.parametrize("text, read", [
    ("RADARMETROPOLIS: Surabaya – Wakil Gubernur Jawa Timur, Emil Elestianto Dardak, berharap elemen yang ada",
     ("Surabaya", "RADARMETROPOLIS")),
    ("TRIBUNNEWS.COM: Jakarta – Wakil Gubernur Jawa Timur berharap", ("Jakarta", "Tribunnews")),
])
def test_an_outlets_name_a_colon_then_the_place_and_the_dash(text, read):
    assert place_and_agency(text) == read


@pytest.mark.parametrize("text", [
    "UPDATE: Jakarta – Polisi menangkap dua orang tersangka",  # a label, no outlet
    "RADARMETROPOLIS: Rapat – Wakil Gubernur Jawa Timur berharap",  # no place after the colon
])
def test_a_label_or_no_place_after_the_colon_gives_no_outlets_place(text):
    found = parse_dateline(text)
    assert found is None or found.place not in ("UPDATE", "RADARMETROPOLIS", "Rapat")


def test_a_place_a_dash_and_an_outlets_domain_before_the_sentence_the_second_dash_lost():
    text = "Surabaya - KABARPROGRESIF.COM Wakil Ketua DPRD Surabaya AH Thony mendukung langkah"
    assert place_and_agency(text) == ("Surabaya", "KABARPROGRESIF.COM")


@pytest.mark.parametrize("text", [
    "Harga Cabai Naik - Kompas.com Pedagang di pasar tradisional mengeluh",  # a page's title
    "Banjir di Jakarta - Kompas.com Warga mengungsi ke masjid",
])
def test_a_titles_words_and_a_domain_before_a_sentence_give_no_place(text):
    found = parse_dateline(text)
    assert found is None or found.place is None


@pytest.mark.parametrize("text, read", [
    ("Headline.co.id, Medan ~ Sumatera Utara. Kapolda Sumatera Utara, Irjenpol. Whisnu Hermawan Februanto",
     ("Medan", "Headline.co.id")),
    ("JAKARTA, KOMPAS.com ~ Harga cabai rawit di pasar tradisional naik", ("JAKARTA", "Kompas.com")),
])
def test_a_tilde_for_the_dash_after_an_outlets_place(text, read):
    assert place_and_agency(text) == read


@pytest.mark.parametrize("text, read", [
    ("SEMARANG.TOP – Kecamatan Rawan Banjir Kota Semarang Rob Sembilan kecamatan di Kota Semarang",
     (None, "SEMARANG.TOP")),  # a domain named after its city is no place
    ("MEDAN, BERITASUMUT.XYZ - Polisi menangkap dua pelaku pencurian", ("MEDAN", "BERITASUMUT.XYZ")),
])
def test_a_small_outlets_newer_top_level_domain(text, read):
    assert place_and_agency(text) == read


@pytest.mark.parametrize("text, read", [
    ("SURABAYA | Barometer Jatim – Di tengah elektabilitas petahana Eri Cahyadi yang belum tertandingi",
     ("SURABAYA", "Barometer Jatim")),  # a brand's word and its province
    ("Malang | Radar Malang – Warga Malang memadati alun-alun kota", ("Malang", "Radar Malang")),
])
def test_a_place_a_bar_and_an_outlets_name_of_two_words(text, read):
    assert place_and_agency(text) == read


def test_two_words_after_a_bar_that_name_no_outlet_give_it_no_agency():
    found = parse_dateline("Mesuji Lampung | Masyarakat Desa - Warga Desa Sungai Badak mengeluhkan jalan rusak")
    assert found is None or found.agency is None


def test_a_bar_for_the_dash_after_a_place_and_an_outlets_name():
    text = ("4.538 Views\n\nJakarta, Garda Indonesia | Gubernur Provinsi Nusa Tenggara Timur (NTT), Viktor Bungtilu"
            " Laiskodat (VBL), saat ini sedang menjalani perawatan")
    assert place_and_agency(text) == ("Jakarta", "Garda Indonesia")


@pytest.mark.parametrize("text", [
    "Medan, Sumatera Utara | Polisi menangkap dua pelaku pencurian kendaraan bermotor",  # a place and its province
    "Jakarta, Senin | Presiden Joko Widodo meresmikan jalan tol",
])
def test_a_place_and_its_region_or_a_weekday_before_a_bar_name_no_outlet(text):
    found = parse_dateline(text)
    assert found is None or found.agency is None


def test_a_brand_glued_to_a_citys_name_before_a_dash_and_a_place_is_the_outlet():
    text = "SOROTMAKASSAR -- Medan.\nKapolda Sumut Irjen Pol. Drs. Martuani Sormin, M.Si menerima kunjungan silaturrahmi"
    found = parse_dateline(text)
    assert (found.place, found.agency, found.raw) == ("Medan", "SOROTMAKASSAR", "SOROTMAKASSAR -- Medan.")
    assert found.agency_in_table is False


@pytest.mark.parametrize("text", [
    "SOROTMAKASSAR -- Kapolda Sumut Irjen Pol. Drs. Martuani Sormin menerima kunjungan",
    "KABARMEDAN - Wali Kota Medan meninjau lokasi banjir di Medan Maimun",
])
def test_a_brand_glued_to_a_citys_name_is_no_place(text):
    found = parse_dateline(text)
    assert found is None or found.place is None


@pytest.mark.parametrize(("text", "place"), [
    ("BANDARLAMPUNG - Pemerintah Kota Bandar Lampung menggelar rapat", "BANDARLAMPUNG"),
    ("MAKASSAR -- Kapolda Sulsel meninjau pos pengamanan", "MAKASSAR"),
])
def test_a_glued_place_name_and_a_city_alone_stay_places(text, place):
    assert parse_dateline(text).place == place


@pytest.mark.parametrize(("text", "agency"), [
    ("Kapolda Sumut Terima Kunjungan Tim Pamatwil\n\nMedan, Aktual News-Kapolda Sumut Irjen Pol. Drs. Martuani Sormin"
     " didampingi Wakapolda Sumut", "Aktual News"),
    ("Jakarta, Warta Ekonomi-Menteri Keuangan Sri Mulyani Indrawati mengatakan", "Warta Ekonomi"),
])
def test_an_outlets_dash_glued_to_it_and_to_the_sentence_after_a_listed_place(text, agency):
    found = parse_dateline(text)
    assert (found.agency, found.agency_in_table) == (agency, False)
    assert found.raw.endswith(agency + "-")


@pytest.mark.parametrize("text", ["Jakarta, Selasa-Menteri Keuangan Sri Mulyani mengatakan",
                                  "Medan, Kapolda-Sumut Irjen Pol menerima kunjungan"])
def test_a_word_no_outlets_before_a_glued_dash_names_no_outlet(text):
    found = parse_dateline(text)
    assert found is None or found.agency is None


def test_a_brands_glued_words_after_a_listed_places_dash_ending_its_line():
    text = ("Medan – SuaraNusantara\nSekitar 1.047 personil Polrestabes Medan ikuti apel siaga yang dipimpin Kompol Revi "
            "dan digelar di depan kantor Bawaslu Sumut.")
    found = parse_dateline(text)
    assert (found.place, found.agency, found.raw) == ("Medan", "SuaraNusantara", "Medan – SuaraNusantara")


def test_a_listed_places_dash_before_a_sentence_names_no_outlet():
    found = parse_dateline("Medan – Sekitar seribu personil Polrestabes Medan ikuti apel siaga\nyang dipimpin Kompol.")
    assert (found.place, found.agency) == ("Medan", None)


def test_an_outlets_camel_case_name_before_its_listed_place_in_parentheses():
    # headlinentb.com (2020): the outlet's name first, the place in parentheses after it
    found = parse_dateline("HeadlineNTB ( Mataram) - Gubernur NTB Dr.H.Zulkieflimansyah bersama Istri memberikan hak "
                           "suara di TPS 02 Lingkungan Pusaka, Kelurahan Pejanggik, Kota Mataram")
    assert found is not None and (found.place, found.agency, found.agency_in_table) == ("Mataram", "HeadlineNTB", False)


@pytest.mark.parametrize("text", [
    # a caption's or a sentence's word before a place in parentheses, no outlet; a district before its regency
    "Bupati (Bandung) - Pemerintah Kabupaten Bandung menggelar upacara di alun-alun.",
    "Suasana (Jakarta) - Warga memadati kawasan Monas pada malam tahun baru.",
    "Cibinong (Bogor) - Pemerintah Kabupaten Bogor menggelar rapat koordinasi.",
    # a name of one word that no case or outlet's word marks as an outlet's stays unread
    "Warganet (PADANG) -- Sejumlah warga Kurao Pagang Kecamatan Nanggalo Kota Padang menyatakan tekad.",
])
def test_a_word_before_a_place_in_parentheses_is_no_outlet(text):
    found = parse_dateline(text)
    assert found is None or found.agency is None

"""parse_dateline on more shapes of regional outlets, regency offices, press releases and Brunei's papers: a stray
comma before a title-case place's dash, a press release's date between two dashes, a publisher's name where a place
would stand, a reporter's place in the credit, a weekday and a day without year, a byline run into the dateline."""

from __future__ import annotations

from datetime import date

import pytest

from crawler.parsing.dateline import parse_dateline

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize("text, place", [
    ("Lebak, – Wakil Bupati Lebak, Amir Hamzah, memberikan sosialisasi lanjutan kepada para perwakilan Pedagang Kaki "
     "Lima (PKL).", "Lebak"),
    ("Tanjungpinang, - Kepolisian Resor Tanjungpinang menggelar Apel Kesiapsiagaan Penanggulangan Kebakaran Hutan dan "
     "Lahan (Karhutla)", "Tanjungpinang"),
])
def test_a_stray_comma_before_a_title_case_places_dash(text, place):
    assert place_and_agency(text) == (place, None)


@pytest.mark.parametrize("text", [
    "Menurut, - Ketua panitia acara itu berlangsung meriah.",
    "Senin, – Bupati meninjau lokasi banjir di desa itu.",
])
def test_a_stray_comma_after_a_sentence_opener_is_no_dateline(text):
    assert parse_dateline(text) is None


@pytest.mark.parametrize("text, place, day", [
    ("PURWOKERTO, JAWA TENGAH – 17 September 2025 – Dalam rangka menjawab tantangan industri pertanian 4.0, Lembaga "
     "Pengembangan Pembelajaran menggelar pelatihan.", "PURWOKERTO, JAWA TENGAH", "2025-09-17"),
    ("Jakarta – 20 Agustus 2025\r\nLembaga Bantuan Hukum (LBH) Brachmastra memberikan pendampingan hukum kepada seorang "
     "siswa.", "Jakarta", "2025-08-20"),
    ("JAKARTA – 5 Maret 2024 – PT Contoh Nusantara meluncurkan layanan baru bagi pelanggan korporasi.", "JAKARTA",
     "2024-03-05"),
])
def test_a_press_releases_date_between_dashes(text, place, day):
    found = parse_dateline(text)
    assert found is not None and found.place == place and found.date is not None
    assert found.date.isoformat() == day and found.agency is None


@pytest.mark.parametrize("text", [
    "Jakarta – 12820\nJl. M.T. Haryono Kav. 23",
    "JAKARTA – 10110 Telepon kantor pusat tersedia setiap hari kerja.",
])
def test_a_postal_code_after_the_dash_is_no_date(text):
    found = parse_dateline(text)
    assert found is None or found.date is None


@pytest.mark.parametrize("text, outlet", [
    ("DISKOMINFO INDRAMAYU – Kepala Dinas Kependudukan dan Pencatatan Sipil (Disdukcapil) Provinsi Jawa Barat "
     "berkunjung.", "DISKOMINFO INDRAMAYU"),
    ("Jatim Newsroom - Gubernur Jawa Timur, Khofifah Indar Parawansa, menyambut baik rencana komisi C DPRD.",
     "Jatim Newsroom"),
])
def test_a_government_news_desk_is_no_place(text, outlet):
    found = parse_dateline(text)
    assert found is None or found.place is None
    assert found is not None and found.agency == outlet


def test_a_government_news_desk_after_the_place():
    assert place_and_agency("Manggar, Diskominfo Beltim – Wakil Bupati Belitung Timur Khairil Anwar mengapresiasi JOB FAIR.") == (
        "Manggar", "Diskominfo Beltim")


@pytest.mark.parametrize("text, place, outlet", [
    ("Kominfo, Sidoarjo - Sabtu, (9/3/2024) Musim penghujan menjadi musuh bagi jalan beraspal.", "Sidoarjo", "Kominfo"),
    ("KOMINFO,Sidoarjo- Pemkab Sidoarjo berencana membangun kawasan wisata Mangrove.", "Sidoarjo", "KOMINFO"),
])
def test_a_communication_office_before_the_place_is_no_part_of_it(text, place, outlet):
    assert place_and_agency(text) == (place, outlet)


@pytest.mark.parametrize("text, outlet", [
    ("Tubankab - Mengawali tahun 2017 atau pasca dilantik pada akhir Desember 2016 lalu, Bagian Humas menggelar jumpa "
     "pers.", "Tubankab"),
    ("Jatengprov - Gubernur Jawa Tengah meninjau pasar tradisional di Semarang.", "Jatengprov"),
])
def test_a_government_sites_name_glued_to_kab_or_prov_is_no_place(text, outlet):
    found = parse_dateline(text)
    assert found is not None and (found.place, found.agency) == (None, outlet)


def test_a_government_sites_name_before_its_city_in_capitals():
    text = ("Kendalikan Inflasi, Sekda Makassar Tekankan Antisipasi Tengkulak\n\nMakassarkota, MAKASSAR,- Sekretaris "
            "Daerah (Sekda) Kota Makassar Muh. Ansar memimpin Rapat Tim Pengendali Inflasi Daerah (TPID).")
    assert place_and_agency(text) == ("MAKASSAR", "Makassarkota")


def test_a_regencys_name_ending_with_kota_stays_a_place():
    found = parse_dateline("Limapuluhkota - Bupati membuka festival budaya di Payakumbuh.")
    assert found is not None and (found.place, found.agency) == ("Limapuluhkota", None)


@pytest.mark.parametrize("text, place", [
    ("Laporan Wartawan Serambinews.com, Khalidin | Subulussalam SERAMBINEWS.COM, SUBULUSSALAM – Sejumlah warga "
     "memberikan kesaksian soal teror harimau sumatera.", "SUBULUSSALAM"),
    ("Laporan Khalidin | SubulussalamSERAMBINEWS.COM, SUBULUSSALAM – Sejumlah warga memberikan kesaksian soal teror "
     "harimau sumatera.", "SUBULUSSALAM"),
    ("Laporan Khalidin | Banda Aceh SERAMBINEWS.COM, BANDA ACEH – Sejumlah warga memberikan kesaksian soal teror "
     "harimau sumatera.", "BANDA ACEH"),
])
def test_a_reporters_place_after_a_bar_in_the_credit(text, place):
    assert place_and_agency(text) == (place, "SERAMBINEWS.COM")


def test_an_editors_credit_after_a_bar_is_still_a_credit():
    text = ("Penulis Singgih Wiryono | Editor Irfan Maullana JAKARTA, KOMPAS.com - Ketua Dewan Pimpinan Wilayah (DPW) "
            "PSI kembali mengingatkan.")
    assert place_and_agency(text) == ("JAKARTA", "Kompas.com")


def test_a_domain_is_no_word_of_a_place():
    text = "Subulussalam SERAMBINEWS.COM, SUBULUSSALAM – Sejumlah warga memberikan kesaksian soal teror harimau."
    found = parse_dateline(text)
    assert found is None or found.place is None or "SERAMBINEWS.COM" not in found.place


def test_a_weekday_and_a_day_without_year_after_the_place():
    found = parse_dateline("BANDAR SERI BEGAWAN, Rabu, 25 Mac. - Negara Brunei Darussalam dan Thailand telah menikmati "
                           "persahabatan yang erat.", base=date(2015, 4, 1))
    assert found is not None and found.place == "BANDAR SERI BEGAWAN" and found.date == date(2015, 3, 25)


@pytest.mark.parametrize("text, place, agency", [
    ("Oleh : Aimi Sani, Saerah Haji Abdul Ghani BANDAR SERI BEGAWAN, Rabu, 25 Mac. - Negara Brunei Darussalam dan "
     "Thailand telah menikmati persahabatan yang erat.", "BANDAR SERI BEGAWAN", None),
    ("Oleh Budi Santoso dan Ani Rahma JAKARTA, KOMPAS - Pemerintah menaikkan anggaran pendidikan tahun depan.",
     "JAKARTA", "Kompas.com"),
])
def test_a_byline_run_into_a_dateline_in_capitals(text, place, agency):
    assert place_and_agency(text) == (place, agency)


@pytest.mark.parametrize("text, place, agency", [
    ("By Asyari Usman Jakarta, FNN - Luhut Binsar Pandjaitan (LBP) boleh-boleh saja tak disukai banyak orang.",
     "Jakarta", "FNN"),
    ("Opini\nOleh Asyari Usman Medan (ANTARA) - Pemerintah kota menata ulang pasar tradisional.", "Medan", "ANTARA"),
])
def test_a_byline_run_into_a_known_city_in_title_case(text, place, agency):
    assert place_and_agency(text) == (place, agency)


def test_oleh_inside_a_line_is_no_byline_before_a_city():
    found = parse_dateline("Rapat dihadiri oleh Wali Kota Medan, Bobby Nasution - kata dia kepada wartawan.")
    assert found is None or found.place != "Medan"


def test_oleh_opening_a_sentence_is_no_byline():
    assert parse_dateline("Oleh karena itu JAKARTA - kota ini perlu berbenah.") is None


def test_an_outlets_domain_then_a_listed_place_without_a_comma():
    assert place_and_agency("Detiknews.id Surabaya – Suasana penuh keakraban, semangat persatuan, dan rasa cinta terhadap Kota "
                 "Pahlawan begitu terasa.") == ("Surabaya", "Detiknews.id")


def test_an_outlets_domain_then_a_rubric_is_no_place():
    found = parse_dateline("Detiknews.id Olahraga – Tim nasional kembali berlatih di Stadion Madya pagi ini.")
    assert found is None or found.place is None


@pytest.mark.parametrize("text", [
    "Koran SINAR PAGI, Kab.Garut,- Mungkin tidak semua orang akrab dengan istilah bahasa stunting.",
    "Makassarkota, MAKASSAR,- Sekretaris Daerah (Sekda) Kota Makassar Muh. Ansar memimpin rapat.",
])
def test_a_stray_comma_after_an_outlet_and_its_place_reads_no_outlet_as_place(text):
    found = parse_dateline(text)
    assert found is None or found.place is None or "," not in found.place


def test_an_outlets_domain_a_dash_and_a_listed_place_closed_by_a_full_stop():
    text = "Tribratanews.polri.go.id - Semarang. Kepolisian Daerah Jawa Tengah dan jajaran Polres menangkap 129 tersangka."
    assert place_and_agency(text) == ("Semarang", "Tribratanews.polri.go.id")


def test_an_outlets_domain_a_dash_and_a_title_before_a_name_is_no_place():
    found = parse_dateline("Tribratanews.polri.go.id - Dr. Ahmad mengatakan kegiatan itu berjalan lancar.")
    assert found is None or found.place is None


@pytest.mark.parametrize("text", [
    "Bernama Deputy Editor-in-chief Datuk Zulkefli Salleh said the agency would widen its coverage of the region.",
    "Antara Editor-in-chief Meidyatama Suryodiningrat said the agency would open two more bureaus this year.",
])
def test_an_agencys_name_before_a_compound_word_is_no_dateline(text):
    assert parse_dateline(text) is None


def test_an_agencys_name_and_rubric_before_a_glued_dash_and_a_capital_is_a_dateline():
    found = parse_dateline("VIVA Bisnis -Pemerintah akan menaikkan tarif cukai rokok tahun depan.")
    assert found is not None and found.agency_raw == "VIVA Bisnis"


@pytest.mark.parametrize(("text", "place", "agency"), [
    ("Liputan6.com Jakarta - Presiden meresmikan ruas jalan tol baru di pinggir kota.", "Jakarta", "Liputan6"),
    ("Kompas.com Bandung - Warga memadati alun-alun kota sejak pagi hari.", "Bandung", "Kompas.com"),
])
def test_a_table_agencys_name_then_a_city_without_a_comma_names_the_place(text, place, agency):
    found = parse_dateline(text)
    assert found is not None and (found.place, found.agency) == (place, agency)


@pytest.mark.parametrize("text", [
    "Antara Jatim - Pemerintah provinsi menyiapkan bantuan bagi petani.",
    "VIVA Bisnis - Pemerintah menaikkan tarif cukai rokok tahun depan.",
])
def test_a_table_agencys_bureau_or_rubric_is_no_place(text):
    found = parse_dateline(text)
    assert found is not None and found.place is None


@pytest.mark.parametrize(("text", "place", "day"), [
    (" date 2025-05-21 HONG KONG SAR – Media OutReach Newswire – 21 May 2025 – Invest Hong Kong (InvestHK), the Hong "
     "Kong government’s investment promotion agency, announced today ...", "HONG KONG SAR", date(2025, 5, 21)),
    ("Source: Media Outreach\n\nSINGAPORE – Media OutReach Newswire – 17 September 2025 – The National University of "
     "Singapore (NUS) Business School’s MBA is ranked first in Asia.", "SINGAPORE", date(2025, 9, 17)),
])
def test_a_release_wires_name_ending_with_newswire_and_its_date_between_dashes(text, place, day):
    found = parse_dateline(text)
    assert found is not None
    assert (found.place, found.agency, found.date) == (place, "Media OutReach Newswire", day)
    assert text[found.end:].lstrip().startswith(("Invest", "The National"))


@pytest.mark.parametrize("text, place, agency, raw", [
    ("Jakarta --- Konsep pelatihan para guru dalam menghadapi kurikulum 2013 akan dilakukan dengan metode master "
     "teacher.", "Jakarta", None, "Jakarta ---"),
    ("Jakarta, KOMPAS.com --- Ketua Pengurus Besar Persatuan Guru Republik Indonesia mengatakan.", "Jakarta",
     "Kompas.com", "Jakarta, KOMPAS.com ---"),
])
def test_three_hyphens_are_the_datelines_dash(text, place, agency, raw):
    found = parse_dateline(text)
    assert (found.place, found.agency, found.raw) == (place, agency, raw)
    assert text[found.end:found.end + 2] in {" K"}


@pytest.mark.parametrize("text, place, agency, raw", [
    ("Jakarta, BNP2TKI, Selasa (07/11) -  Badan Nasional Penempatan dan Perlindungan Tenaga Kerja Indonesia "
     "(BNP2TKI) telah menyelesaikan seluruh proses tes seleksi.", "Jakarta", "BNP2TKI",
     "Jakarta, BNP2TKI, Selasa (07/11) -"),
    ("Jakarta, KOMPAS.com, Selasa (07/11) - Ketua Pengurus Besar Persatuan Guru Republik Indonesia mengatakan.",
     "Jakarta", "Kompas.com", "Jakarta, KOMPAS.com, Selasa (07/11) -"),
])
def test_a_weekday_and_its_date_after_the_outlets_name(text, place, agency, raw):
    found = parse_dateline(text)
    assert (found.place, found.agency, found.raw) == (place, agency, raw)


def test_a_states_abbreviation_and_a_date_after_a_place_name_no_outlet():
    found = parse_dateline("GREENWICH, Conn., May 21, 1997 -- PanAmSat Corporation announced today that Associated "
                           "Press Television (APTV) has signed.")
    assert found is None or found.agency is None


@pytest.mark.parametrize("text, place, agency, raw", [
    ("Bandung, Humas--Direktorat Jenderal Penyelenggaraan Haji dan Umrah (PHU) Kemenag menggelar Rakerna Evaluasi "
     "Penyelenggaraan Ibadah Haji.", "Bandung", "Humas", "Bandung, Humas--"),
    ("Makassar, BP2MI (10/9/2020) - UPT BP2MI Makassar melaksanakan sosialisasi Peluang Kerja Luar Negeri dan Migrasi "
     "Aman.", "Makassar", "BP2MI", "Makassar, BP2MI (10/9/2020) -"),
])
def test_an_issuing_offices_name_with_a_glued_double_hyphen_or_its_date_in_parentheses(text, place, agency, raw):
    found = parse_dateline(text)
    assert (found.place, found.agency, found.raw) == (place, agency, raw)


def test_a_glued_double_hyphen_after_a_place_and_its_outlets_name_in_one_run_reads_no_outlet():
    found = parse_dateline("METRO ONLINE MAROS--Pemerintah Kabupaten (Pemkab) Maros melalui Dinas Pemberdayaan.")
    assert found is None or found.agency != "METRO ONLINE MAROS"


@pytest.mark.parametrize(("text", "place", "agency", "day"), [
    ("SINGAPORE, Aug. 27, 2024 /PRNewswire/ -- The judiciaries of Singapore and India discussed the impact of "
     "environmental, social and governance issues.", "SINGAPORE", "PRNewswire", date(2024, 8, 27)),
    ("ZUG, Switzerland, Aug. 21, 2020 /PRNewswire/ -- The Swiss-based startup is initiating the first phase of its "
     "offering.", "ZUG, Switzerland", "PRNewswire", date(2020, 8, 21)),
    ("AUSTIN, Texas, Feb. 1, 2017 /PRNewswire-AsiaNet/ -- The company said.", "AUSTIN, Texas", "PRNewswire-AsiaNet",
     date(2017, 2, 1)),
    ("NEW YORK , Feb. 3, 2025 /PRNewswire/ -- Why: Rosen Law Firm, a global investor rights law firm, continues to "
     "investigate.", "NEW YORK", "PRNewswire", date(2025, 2, 3)),
    ("LONDON, Feb. 1 /PRNewswire-AsiaNet / -- The company said.", "LONDON", "PRNewswire-AsiaNet", None),
])
def test_a_release_wires_name_between_slashes_after_the_date(text, place, agency, day):
    found = parse_dateline(text)
    assert found is not None
    assert (found.place, found.agency) == (place, agency)
    if day is not None:
        assert found.date == day
    assert text[found.end:].lstrip().startswith(("The", "Why"))

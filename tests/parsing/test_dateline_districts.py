"""parse_dateline where regional outlets date their copy from a district (kecamatan) or a village, and where an outlet's
or a body's name stands beside a listed place: the districts (`crawler.parsing.districts`) are read only where a form
says a place stands, and a listed place beside a word no place's name has is no place."""

from __future__ import annotations

import pytest

from crawler.parsing.dateline import parse_dateline
from crawler.parsing.places import is_district, is_gazetted, is_place_word


@pytest.mark.parametrize(("name", "known"), [
    ("Cibinong", True), ("CIBINONG", True), ("Lubukpakam", True), ("Lubuk Pakam", True), ("Bontocani", True),
    ("Kecamatan Cibinong", True), ("Kec. Soreang", True), ("Medan Johor", True),
    ("Oelamasi", False), ("Polres", False), ("Pelitahati", False), ("Kecamatan", False),
])
def test_a_district_in_the_forms_datelines_write(name, known):
    assert is_district(name) is known


def test_a_regency_glued_to_its_abbreviation():
    assert is_gazetted("Kab.Garut") and is_gazetted("Kab.Bandung")
    assert not is_gazetted("Kabanjahe")  # a district whose name opens with the letters, no regency


@pytest.mark.parametrize(("word", "known"), [
    ("Baru", True), ("Johor", True), ("Way", True), ("SELATAN", True),
    ("Polres", False), ("Jurnal", False), ("Memontum", False),
])
def test_a_word_of_some_place_s_name(word, known):
    assert is_place_word(word) is known


@pytest.mark.parametrize(("text", "place", "agency"), [
    # a district before its outlet in parentheses, the lead on the next line
    ("Lubukpakam (harianSIB.com)\nMasyarakat harus mengambil peran dalam upaya pelestarian nilai-nilai seni.",
     "Lubukpakam", "harianSIB.com"),
    # a district and its regency, a bar between them
    ("CIBINONG | BOGOR - Warga memadati alun-alun kota.", "CIBINONG | BOGOR", None),
    ("SOREANG | KAB. BANDUNG – Warga memadati alun-alun kota.", "SOREANG | KAB. BANDUNG", None),
    # a listed place or a district, a bar for the dash: the lead runs on, or the outlet's name ends the line
    ("Simalungun | Sebagai aparat kewilayahan, Babinsa merupakan tugas TNI yang mulia", "Simalungun", None),
    ("Cijeruk | Jurnal Bogor\nCuaca ekstrem berupa hujan deras disertai angin kencang dan longsor yang melanda",
     "Cijeruk", "Jurnal Bogor"),
    # the dash lost after an outlet's name that says it is one, in parentheses after the place
    ("BANYUWANGI (Warta Blambangan) Ritual Adat Kebo-Keboan yang digelar di Desa Alasmalang", "BANYUWANGI",
     "Warta Blambangan"),
    # a listed place and its province without a comma, a bar for the dash
    ("Mesuji Lampung | Masyarakat Desa Mukti Jaya, Kecamatan Tanjung Raya, menyambut", "Mesuji Lampung", None),
    # an outlet's domain, a hyphen, then a district and a bar for the dash
    ("Bandungraya.net-Soreang | Sudah 34 tahun lamanya dan dipimpin oleh empat bupati", "Soreang", "Bandungraya.net"),
    # an outlet's domain, then a listed place in title case between dashes
    ("KONTRAS7.CO.ID - Lebak - Menanggapi polemik kepemilikan tanah diblok 047 Cipanengah desa Darmasari", "Lebak",
     "KONTRAS7.CO.ID"),
    ("KONTRAS7.CO.ID - Serang - Koalisi Persatuan Elemen Masyarakat Banten menggelar aksi unjuk rasa", "Serang",
     "KONTRAS7.CO.ID"),
    # or the place's dash glued to it, a space before the sentence
    ("TNews.com- Sulut- Gubernur Sulawesi Utara Olly Dondokambey meresmikan gedung baru", "Sulut", "TNews.com"),
    # a district in capitals, a hyphen glued to it and to the sentence (a regional paper's district desk)
    ("BANYUMANIK-Untuk melestarikan seni budaya Islam, khususnya seni budaya musik marawis", "BANYUMANIK", None),
    # a district in capitals, then its outlet's domain and the dash
    ("TARUMAJAYA bekasitoday.com-Puluhan nelayan Muara Tawar, tidak bisa melaut", "TARUMAJAYA", "bekasitoday.com"),
    ("CIKARANG PUSAT bekasitoday.com-Pemilihan Abang dan Mpok Kabupaten Bekasi", "CIKARANG PUSAT", "bekasitoday.com"),
    # a district, its comma ending the line for the dash
    ("Ngabang,\nUntuk mendengarkan keluhan masyarakat dan mendekatkan diri antara Polri dengan Masyarakat",
     "Ngabang", None),
    # an outlet's domain after the place, a bar ending the line for the dash
    ("Pandeglang, tnipolrinews.com |\nSuasana gotong royong tampak di Desa Kiarajangkung", "Pandeglang",
     "tnipolrinews.com"),
    # a listed place in capitals, a comma for the dash
    ("SANGGAU, Komisi I DPRD Prov. Kalbar melakukan pertemuan dengan Pemkab Sanggau", "SANGGAU", None),
    # one capitalised word no place's name has after a listed place, ending its line: the outlet
    ("Surabaya, Memorandum\nBalai kota yang menjadi jujugan warga metropolis tiap akhir pekan", "Surabaya",
     "Memorandum"),
    ("Kota Batu, Bhirawa\nDiakhir masa jabatannya, Wali Kota Batu menyerahkan bantuan", "Kota Batu", "Bhirawa"),
    # a village in capitals after an outlet's glued name and its dash, a comma for the dash
    ("ZONALINENEWS – OELAMASI,    Dalam rangka memberdayakan Komunitas Adat Terpencil (KAT)", "OELAMASI",
     "ZONALINENEWS"),
])
def test_a_district_or_a_village_where_the_form_says_a_place_stands(text, place, agency):
    found = parse_dateline(text)
    assert found is not None and (found.place, found.agency) == (place, agency)


@pytest.mark.parametrize("text", [
    "Pelitahati (harianSIB.com)\nMasyarakat harus mengambil peran dalam upaya pelestarian nilai-nilai seni.",
    "Jawa Barat | Bogor – Warga memadati alun-alun kota.",  # a province before the bar: no district
    "Pendidikan | Sebagai aparat kewilayahan, Babinsa merupakan tugas TNI yang mulia",
    "Bogor | Pendidikan | Berita",  # a breadcrumb
    "BREAKING NEWS detik.com-Polisi menangkap pelaku pencurian",
    "Pendidikan,\nSekolah dasar di desa itu kekurangan guru",
    "Jakarta,\n12 Mei 2024",
    "Jakarta, Indonesia\nPemerintah menaikkan harga bahan bakar",  # a place and its country
    "Jakarta, Kemarin\nPemerintah menaikkan harga bahan bakar",
    "Kemarin – Polisi menangkap pelaku pencurian",
    "MERDEKA, Rakyat Indonesia merayakan hari kemerdekaan dengan meriah",  # a district's name, a heading's word
    "PELANTIKAN, Bupati Sanggau melantik pejabat baru di lingkungan Pemkab",
    "Bupati Banyuwangi (Kiri) Ritual Adat Kebo-Keboan yang digelar di Desa Alasmalang",  # a caption's credit
    "Berita Lampung | Masyarakat Desa Mukti Jaya, Kecamatan Tanjung Raya, menyambut",
    "Tribratanews.polri.go.id - Berita | Kepolisian Daerah Jawa Tengah menggelar apel",
    "KOMPAS.com - Persib - Persija kembali bertemu di Stadion Utama",  # no listed place between the dashes
    "BANYUMANIK-Semarang kini tersambung jalan tol baru",  # a pair of places glued by the hyphen
    "BUKIT-Bukit di kawasan itu gundul akibat penebangan liar",  # a plural
])
def test_no_place_where_no_list_vouches_for_it(text):
    found = parse_dateline(text)
    assert found is None or found.place is None


@pytest.mark.parametrize("text", [
    "Memontum Situbondo – Bupati Situbondo, Karna Suswandi, meninjau langsung lokasi jembatan ambrol",
    "Kab.Bandung Qjabar – Dalam Roadshownya Dinas Kebudayaan Kabupaten Bandung bukan hanya di Desa Panyirapan",
    "Bupati Situbondo – Warga memadati alun-alun kota.",
])
def test_a_listed_place_beside_a_word_no_place_has_is_no_place(text):
    found = parse_dateline(text)
    assert found is None or found.place is None


@pytest.mark.parametrize(("text", "agency"), [
    ("Polres Sanggau - Sambang desa dilakukan oleh Bhabinkamtibmas\nsebagai upaya untuk menjaga situasi",
     "Polres Sanggau"),
    ("Jurnal Bogor – Warga RW 01 Desa Warung Menteng, Kecamatan Cijeruk, Kabupaten Bogor, menggelar kegiatan",
     "Jurnal Bogor"),
    ("Bali Kini – Suasana khidmat menyelimuti Pura Luhur Batukau, Desa Wongaya Gede", "Bali Kini"),
    ("INFOSEKAYU – DPO kasus pencurian yang telah melakukan 15 kali tindak pidana", "INFOSEKAYU"),
    ("MALANGVOICE – Ekskavasi atau penggalian situs Sekaran akan dilanjutkan Balai Arkeolog", "MALANGVOICE"),
])
def test_an_outlet_or_a_news_desk_named_for_its_place_is_no_place(text, agency):
    found = parse_dateline(text)
    assert found is not None and (found.place, found.agency) == (None, agency)


@pytest.mark.parametrize(("text", "place"), [
    ("Solo Baru – Warga memadati alun-alun kota.", "Solo Baru"),
    ("Medan Johor – Warga memadati alun-alun kota.", "Medan Johor"),
    ("Gaza City – Israeli forces pressed on with their assault on the city.", "Gaza City"),
    ("ALOR SETAR: Mangsa banjir di Kedah kembali meningkat kepada 1,047 orang", "ALOR SETAR"),
])
def test_a_listed_place_beside_a_word_of_places_names_stays_a_place(text, place):
    found = parse_dateline(text)
    assert found is not None and (found.place, found.agency) == (place, None)


def test_an_outlet_s_dash_before_a_heading_word_in_capitals_names_no_place():
    found = parse_dateline("BERITANEWS – PENTING, Harap diperhatikan oleh seluruh warga.")
    assert found is None or found.place is None


@pytest.mark.parametrize(("text", "place"), [
    ("Menhub Budi Karya (kiri) dan Gubernur Jateng Ganjar Pranowo ber-\nbincang sambil menikmati perjalanan menggunakan KA"
     " bandara.\nSolo-Menteri Perhubungan Budi Karya Sumadi bersama Gubernur Jawa Tengah meresmikan Kereta Api Bandara",
     "Solo"),
    ("Jakarta-Pegiat dan pemerhati pendidikan menganggap materi dalam RUU sistem Pendidikan Nasional", "Jakarta"),
    ("Bengkulu-Pasca Tahapan Pemungutan Suara Pemilu 2024 pada 14 Februari lalu, Gubernur Bengkulu menyebut", "Bengkulu"),
])
def test_a_hyphen_glued_to_a_known_city_and_a_sentences_word_is_the_dash(text, place):
    found = parse_dateline(text)
    assert (found.place, found.agency, found.raw) == (place, None, place + "-")


@pytest.mark.parametrize("text", [
    "Jakarta-Bandung kereta cepat mulai beroperasi melayani penumpang pekan depan",
    "Indonesia-Pasifik kerja sama ekonomi dibahas dalam forum itu",
    "Jakarta-Merak Padat Merayap Jelang Libur Natal\nArus kendaraan di jalan tol padat sejak pagi hari ini.",
])
def test_a_route_a_pair_or_a_headline_glued_by_a_hyphen_is_no_dateline(text):
    found = parse_dateline(text)
    assert found is None or found.place is None

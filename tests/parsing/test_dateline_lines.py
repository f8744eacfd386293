"""parse_dateline on datelines that open a line below a caption, a kicker or a credit with no marker of its own."""

from __future__ import annotations

import pytest

from crawler.parsing.dateline import parse_dateline


@pytest.mark.parametrize(("text", "place", "agency"), [
    # a photo caption closed by a full stop, no credit in parentheses
    ("Ilustrasi pasar tradisional saat pagi hari.\n\nBandung - Harga beras di pasar tradisional naik", "Bandung", None),
    # a kicker over the lead (print editions)
    ("Warga Diminta Tertib\n\nGARUT- Pemerintah kabupaten meminta warga tertib", "GARUT", None),
    # a page's loading line and a caption with the photographer after a slash
    ("loading...\n\nBupati meninjau jembatan yang rusak. Foto/Dok Redaksi/Andi\n\nSUMEDANG – Bupati meninjau jembatan",
     "SUMEDANG", None),
    # a caption whose last words name the photographer's paper, the dateline on the next line
    ("Bupati memotong tumpeng di pendopo. RADARKITA/Budi\nBOGOR - Pemerintah kabupaten menggelar syukuran",
     "BOGOR", None),
    # a byline and a time stamp on lines of their own
    ("Budi Santoso – detikNews\nSenin, 6 Mei 2024 10:00 WIB\nSurabaya – Polisi menangkap dua pelaku", "Surabaya", None),
    # an outlet's acronym after the place, below a caption that opens with a word in capitals glued
    ("PanenRaya – Bupati meninjau sawah warga.\n\nSUBANG, KR – Pemerintah kabupaten menggelar panen raya",
     "SUBANG", "KR"),
    # spaces around the line break
    ("Bupati meninjau jembatan yang rusak.  \n  SUMEDANG – Bupati meninjau jembatan", "SUMEDANG", None),
])
def test_a_dateline_opening_a_line_below_the_first(text, place, agency):
    found = parse_dateline(text)
    assert found is not None and (found.place, found.agency) == (place, agency)


@pytest.mark.parametrize("text", [
    "Harga naik lagi  Jakarta - Seorang warga mengeluh",  # two spaces are no line's start
    "Warga mengeluh (kemarin) Jakarta - Seorang pedagang",  # nor a closing parenthesis
])
def test_a_place_alone_inside_a_line_is_no_dateline(text):
    assert parse_dateline(text) is None


@pytest.mark.parametrize(("text", "place"), [
    ("CIAMIS—Ratusan warga memadati alun-alun kota", "CIAMIS"),  # a place in capitals, known or not
    ("TOMOHON–Pemerintah kota menggelar festival bunga", "TOMOHON"),
    ("Manado–Polda Sulawesi Utara mengerahkan personel", "Manado"),  # a known city in title case
    ("Lombok Tengah–Perkembangan kasus itu kembali disorot", "Lombok Tengah"),  # a place name's shape
    ("Sumenep--Warga memadati alun-alun kota", None),  # two hyphens: a known place only
])
def test_an_en_or_em_dash_glued_to_the_place_and_the_sentence(text, place):
    found = parse_dateline(text)
    assert (found.place if found else None) == place


@pytest.mark.parametrize("text", [
    "Laga Persib–Persija berakhir imbang di stadion",  # a range between names, no known place
    "ASEAN-Korea menyepakati kerja sama",  # a hyphen joins a name
    "RADAR ONLINE SINJAI--Pemerintah Kabupaten Sinjai menggelar rapat",  # an outlet's name, not a place
])
def test_a_glued_dash_that_is_no_datelines(text):
    found = parse_dateline(text)
    assert found is None or found.place is None


@pytest.mark.parametrize(("text", "place", "agency"), [
    ("Sinjai, kabarsinjai.com | Warga memadati alun-alun kota", "Sinjai", "kabarsinjai.com"),
    ("GOWA, Berita-gowa.co.id | Pemerintah kabupaten menggelar rapat", "GOWA", "Berita-gowa.co.id"),
    ("SINJAI- kabarnya.id| Polisi menangkap dua pelaku", "SINJAI", "kabarnya.id"),  # a dash, then a bar
    ("Bone, JAWAPOS.COM || Warga memadati alun-alun", "Bone", "Jawa Pos"),  # a table agency, two bars
])
def test_a_bar_for_the_dash_after_the_outlets_domain(text, place, agency):
    found = parse_dateline(text)
    assert found is not None and (found.place, found.agency) == (place, agency)


def test_a_bar_after_a_word_that_is_no_domain_is_no_dateline():
    found = parse_dateline("Maros, Warga | Ini kabar terbaru dari desa")
    assert found is None or found.agency is None


@pytest.mark.parametrize(("text", "place", "agency"), [
    ("Surabaya 12/9 (ANTARA) - Police in East Java arrested two men", "Surabaya", "ANTARA"),
    ("Medan, 3/11 (ANTARA) - Warga memadati alun-alun", "Medan", "ANTARA"),
])
def test_a_day_and_month_in_figures_after_the_place_without_a_comma(text, place, agency):
    found = parse_dateline(text)
    assert found is not None and (found.place, found.agency) == (place, agency)


def test_a_number_that_is_no_day_and_month_is_no_date_part():
    found = parse_dateline("Pasal 12 (Ayat) - Warga memadati alun-alun")
    assert found is None or found.place is None


@pytest.mark.parametrize(("text", "place"), [
    # an English digest's byline where the place would be, the place after it
    ("Rina Dewi Lestari, Jakarta – The ministry said on Monday it would review the rule", "Jakarta"),
    ("Yohanes Kristo Baun, Kupang – An armed group returned the weapons on Tuesday", "Kupang"),
    ("Dodi Hermawan Sitorus, Medan – Police in the province said the suspects had fled", "Medan"),
    ("Nusa Dua, Bali – The summit opened on Monday", "Nusa Dua, Bali"),  # a place and its island stay one place
    ("Jayapura – The governor said on Monday", "Jayapura"),
    ("Cibinong, Bogor - Warga memadati alun-alun", "Cibinong, Bogor"),  # no English sentence: a place and its city
])
def test_an_english_digests_byline_before_the_place(text, place):
    found = parse_dateline(text)
    assert found is not None and found.place == place
    assert text[found.start:found.end].startswith(place)


@pytest.mark.parametrize("text", [
    "Maria Tedjasukmana – The chairman of the group has expressed disappointment",
    "Rudi Gunawan – A group calling itself the association was stopped",
])
def test_an_english_digests_byline_alone_is_no_place(text):
    found = parse_dateline(text)
    assert found is None or found.place is None


@pytest.mark.parametrize(("text", "place", "agency"), [
    # a reporter's credit run into the dateline on one line (the credit's own line break lost)
    ("Laporan wartawan Tribunnews.com, Andi Saputra TRIBUNNEWS.COM, MEDAN - Polisi menangkap dua pelaku", "MEDAN",
     "Tribunnews"),
    ("Laporan Reporter Kontan Sri Wahyuni TRIBUNNEWS.COM, JAKARTA - Harga emas naik", "JAKARTA", "Tribunnews"),
    ("Penulis Budi Santoso | Editor Rina Marlina SEMARANG, KOMPAS.com - Warga memadati alun-alun", "SEMARANG",
     "Kompas.com"),
    ("Laporan Wartawan Grid.ID, Sinta Dewi Grid.ID - Penyanyi itu merilis album baru", None, "Grid.ID"),
])
def test_a_credit_run_into_the_dateline(text, place, agency):
    found = parse_dateline(text)
    assert found is not None and (found.place, found.agency) == (place, agency)


@pytest.mark.parametrize("text", [
    "TEKS FOTO: Bupati meninjau jembatan yang rusak",  # a caption's label and its colon
    "Humas Polres Bima - Upaya pencarian korban terus dilakukan",  # a public relations desk, no place
])
def test_a_label_is_no_place(text):
    found = parse_dateline(text)
    assert found is None or found.place is None


@pytest.mark.parametrize(("text", "place", "agency"), [
    ("kabarsinjai-SINJAI- Warga memadati alun-alun kota", "SINJAI", "kabarsinjai"),  # a name in lower case
    ("BORNEOMEDIA/SAMPIT – Pemerintah kabupaten menggelar rapat", "SAMPIT", "BORNEOMEDIA"),  # a slash
    ("Maluku Raya News_ Ambon - Pemerintah kota menggelar rapat", "Ambon", "Maluku Raya News"),  # an underscore
    ("kabarbima.com _Warga memadati alun-alun kota", None, "kabarbima.com"),  # an underscore after a domain
])
def test_an_outlet_and_its_place_with_other_separators(text, place, agency):
    found = parse_dateline(text)
    assert found is not None and (found.place, found.agency) == (place, agency)


@pytest.mark.parametrize("text", ["ap - JAKARTA - Warga memadati alun-alun", "Jakarta_ Warga memadati alun-alun"])
def test_a_short_lower_case_word_or_an_underscore_after_a_place_is_no_outlets(text):
    found = parse_dateline(text)
    assert found is None or found.agency is None


@pytest.mark.parametrize(("text", "place"), [
    ("PEKANBARU, RIAU 12/4 - BANJIR ROB. Warga melintasi jalan yang tergenang", "PEKANBARU, RIAU"),
    ("KENDARI, SULTRA (3 Mei 2021) - Gubernur meresmikan jembatan", "KENDARI, SULTRA"),
    ("BITUNG, SULUT, 7/8 - Warga memadati pelabuhan", "BITUNG, SULUT"),
])
def test_a_place_in_capitals_and_its_province_before_the_date(text, place):
    found = parse_dateline(text)
    assert found is not None and found.place == place


@pytest.mark.parametrize(("text", "place", "agency"), [
    ("Semarang, NU Online Ratusan santri mengikuti upacara", "Semarang", "NU Online"),
    ("Malang, Jatim Times Pemerintah kota menggelar pameran", "Malang", "Jatim Times"),
])
def test_an_outlet_named_with_its_word_after_the_place_and_the_dash_lost(text, place, agency):
    found = parse_dateline(text)
    assert found is not None and (found.place, found.agency) == (place, agency)


def test_a_name_that_ends_with_no_outlets_word_before_the_sentence_is_no_outlet():
    found = parse_dateline("Bandung, Pemerintah Kota Bandung Menggelar pameran media kreatif")
    assert found is None or found.agency is None


@pytest.mark.parametrize(("text", "place"), [
    ("Surabaya\n\nPolisi menangkap dua pelaku pencurian", "Surabaya"),
    ("MAKASSAR\nWarga memadati alun-alun kota", "MAKASSAR"),
    ("Ambon--\n\n3. Pantai Natsepa\n\nPantai ini ramai pada akhir pekan", "Ambon"),
])
def test_a_known_city_alone_on_the_first_line(text, place):
    found = parse_dateline(text)
    assert found is not None and (found.place, found.agency) == (place, None)
    assert text[found.start:found.end].startswith(place)


@pytest.mark.parametrize("text", [
    "Surabaya Hari Ini\n\nPolisi menangkap dua pelaku",  # more than the city on the line
    "Waingapu\n\nPolisi menangkap dua pelaku",  # no known city
    "Surabaya\n\nwarga memadati alun-alun",  # no sentence below
])
def test_a_first_line_that_is_no_known_city_alone(text):
    found = parse_dateline(text)
    assert found is None or found.place is None


def test_a_place_in_capitals_glued_to_a_domain_in_lower_case():
    found = parse_dateline("BIMA-kabarbima.com: Warga memadati alun-alun kota")
    assert found is not None and (found.place, found.agency) == ("BIMA", "kabarbima.com")


@pytest.mark.parametrize("text", ["KABAR-BIMA.COM - Warga memadati alun-alun", "Kabar-bima.com - Warga memadati"])
def test_a_hyphen_inside_a_domain_is_no_dash(text):
    found = parse_dateline(text)
    assert found is None or found.place is None


@pytest.mark.parametrize("text", [
    "Harga tiket kereta mudik tahun ini:\nBandung - Rp 150.000\nSurabaya - Rp 350.000\nMalang - Rp 400.000",
    "Hasil pertandingan pekan ini:\nPersikab - Persikas 2-1\nPersiku - Persipur 0-0\nSemua laga digelar sore",
])
def test_a_lists_rows_below_the_first_line_are_no_datelines(text):
    found = parse_dateline(text)
    assert found is None or found.place is None


_SHORT_LINES_ABOVE = (
    "Saudi Crown Prince Mohammed bin Salman receives his first dose of a coronavirus vaccine on Dec. 25, 2020. (SPA)\n"
    "  • The Kingdom’s health minister said the government has worked to provide a safe vaccine in record time\n"
    "  • Al-Rabiah thanked the crown prince for his keenness to provide vaccines to citizens and residents\n\n")


def test_a_dateline_below_short_lines_past_the_window():
    text = _SHORT_LINES_ABOVE + "RIYADH: Saudi Arabia’s Crown Prince Mohammed bin Salman received his first dose"
    assert len(_SHORT_LINES_ABOVE) > 300
    found = parse_dateline(text)
    assert (found.place, found.agency) == ("RIYADH", None)
    assert text[found.start:found.end] == "RIYADH:"


def test_an_outlet_alone_below_a_caption_and_a_credit_past_the_window():
    text = ("Menteri Luar Negeri (Menlu) RI Sugiono memberikan keterangan kepada media di Ankara, Turki, Kamis"
            " (10/4/2025) malam waktu setempat. ANTARA/Galih Pradipta\n\n"
            "    Menlu: evakuasi warga Gaza dilakukan usai capai kesepakatan pemimpin\n    Dalam Negeri   \n"
            "    Editor: Calista Aziza   \n    Jumat, 11 April 2025 – 08:19 WIB\n\n"
            "    Elshinta.com – Menteri Luar Negeri (Menlu) RI Sugiono menyatakan rencana Indonesia")
    found = parse_dateline(text)
    assert (found.place, found.agency) == (None, "Elshinta.com")


def test_no_dateline_past_the_window_below_the_storys_own_paragraph():
    paragraph = ("Pemerintah terus mendorong percepatan pembangunan infrastruktur di daerah tertinggal, terdepan dan"
                 " terluar agar pemerataan ekonomi dapat dirasakan seluruh masyarakat, kata pejabat kementerian itu"
                 " dalam keterangan tertulisnya yang diterima pada Senin.\n\n")
    assert len(paragraph) > 240
    text = (paragraph + "Menurut dia, program itu berjalan sesuai rencana dan anggaran yang disiapkan.\n\n"
            + "JAKARTA: Kementerian juga menyiapkan anggaran")
    assert text.index("JAKARTA") > 300
    assert parse_dateline(text) is None


def test_a_dateline_below_a_long_caption_closed_by_a_photo_credit():
    caption = ("Presiden Susilo Bambang Yudhoyono (ketiga kanan) didampingi Menteri BUMN Dahlan Iskan (kanan), Menkes"
               " Nafsiah Mboi (kedua kanan), Menakertrans Muhaimin Iskandar (ketiga kiri) dan Dirut PT Kawasan Berikat"
               " Nusantara (KBN) Sattar Taba (kiri) secara simbolis meresmikan Rumah Sakit Umum Pekerja di Cakung,"
               " Jakarta Utara, Selasa (8/4). (ANTARA FOTO/Andika Wahyu)\n")
    assert len(caption) > 240
    text = ("Presiden Yudhoyono resmikan rumah sakit pekerja KBN\n8 April 2014 13:41 WIB\n" + caption
            + "Jakarta (ANTARA News) - Presiden Susilo Bambang Yudhoyono Selasa pagi meresmikan pengoperasian")
    assert text.index("Jakarta (ANTARA") > 300
    found = parse_dateline(text)
    assert (found.place, found.agency) == ("Jakarta", "ANTARA")
    # Without the credit the long line is the story's paragraph, and a dateline below it another story's.
    assert parse_dateline(text.replace(" (ANTARA FOTO/Andika Wahyu)", "")) is None


def test_no_place_alone_in_title_case_past_the_window():
    text = _SHORT_LINES_ABOVE + "Riyadh - Saudi Arabia’s Crown Prince Mohammed bin Salman received his first dose"
    assert parse_dateline(text) is None


@pytest.mark.parametrize(("text", "place", "agency"), [
    ("<p>Pariaman (ANTARA) - Badan Pengawas Pemilihan Umum (Bawaslu) Kota Pariaman, Sumatera Barat", "Pariaman",
     "ANTARA"),
    ('<p class="lead"><strong>JAKARTA, KOMPAS.com -</strong> Presiden mengatakan', "JAKARTA", "Kompas.com"),
])
def test_opening_markup_tags_left_on_the_text_are_no_part_of_the_dateline(text, place, agency):
    found = parse_dateline(text)
    assert (found.place, found.agency) == (place, agency)
    assert found.raw[0] != "<"


@pytest.mark.parametrize("temperature", ["27.5 C", "31°C"])
def test_a_weather_widgets_city_below_its_temperature_is_no_dateline(temperature):
    text = (f"Kamis, Agustus 28, 2025\n{temperature}\nSemarang\n\nDisedot dari Bawah: Ancaman Senyap Penurunan Muka Tanah "
            "di Pesisir Semarang\n\nRumah milik Suyono, warga Kampung Tambakrejo, menjadi salah satu bukti penurunan "
            "muka tanah di Kota Semarang.")
    assert parse_dateline(text) is None


def test_a_city_alone_above_the_title_is_still_the_dateline():
    text = ("Semarang\n\nDisedot dari Bawah: Ancaman Senyap Penurunan Muka Tanah di Pesisir Semarang\n\nRumah milik "
            "Suyono menjadi salah satu bukti penurunan muka tanah.")
    assert parse_dateline(text).place == "Semarang"


@pytest.mark.parametrize("quote_end", [',"', '."', '." ', '.\u201d '])
def test_a_pull_quote_closed_by_its_quotation_mark_runs_into_the_dateline(quote_end):
    # an ANTARA page of 2017 flattened onto one line: the pull-quote, its closing quotation mark, the dateline
    text = ("Agar dapat mencapai target tersebut Antara bersama badan-badan usaha milik negara (BUMN) lain harus "
            f"bersinergi, berkolaborasi, bahkan membangun aliansi strategis untuk meningkatkan nilai (value){quote_end}"
            "Jakarta (ANTARA News) - Perum LKBN Antara diharapkan menjadi perusahaan yang besar, kuat, tetapi lincah.")
    found = parse_dateline(text)
    assert found is not None and (found.place, found.agency) == ("Jakarta", "ANTARA")
    assert text[found.start:].startswith("Jakarta (ANTARA News) -")


def test_a_quotes_end_before_a_speakers_words_and_an_agency_is_no_dateline():
    found = parse_dateline('"Kami siap mengawal proses hukum," ujar Ketua DPRD Sumut (ANTARA) di Medan, Jumat.')
    assert found is None or found.place is None

"""parse_dateline on more shapes of older national outlets, Malaysian papers, Islamic and regional outlets: a tilde
for the dash, a Malay date and a colon, an outlet alone and a bar, a lost dash before a sentence's word, a capital I
for a bar, a hyphen glued between a listed place and the sentence."""

from __future__ import annotations

import pytest

from crawler.parsing.dateline import parse_dateline

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize(("text", "place"), [
    ("SANUR ~ The regency will open a new harbour next year.", "SANUR"),
    ("Kabar Pagi Hari Ini\n\nBANGLI ~ Farmers in the highlands began the harvest on Monday.", "BANGLI"),
    ("KUTA UTARA ~ Para nelayan kembali melaut setelah cuaca membaik.", "KUTA UTARA"),
])
def test_a_tilde_between_spaces_is_the_dash_after_a_place_in_capitals(text, place):
    assert place_and_agency(text) == (place, None)


@pytest.mark.parametrize("text", [
    "Harga ~ Rp 5.000 per kilogram di pasar.",
    "SANUR~ The regency will open a new harbour.",
])
def test_a_tilde_glued_or_after_a_word_is_no_dash(text):
    assert parse_dateline(text) is None


@pytest.mark.parametrize(("text", "place"), [
    ("IPOH, 14 Mac: Seramai 300 peserta menyertai larian amal di bandar ini.", "IPOH"),
    ("KOTA BHARU, 3 Dis: Hujan lebat menyebabkan beberapa jalan ditutup.", "KOTA BHARU"),
])
def test_a_malay_date_and_a_colon_after_a_place_in_capitals(text, place):
    found = parse_dateline(text)
    assert found is not None and (found.place, found.agency) == (place, None) and found.date is None


def test_a_malay_date_and_a_colon_takes_the_year_of_the_publication():
    from datetime import date

    found = parse_dateline("IPOH, 14 Okt: Seramai 300 peserta menyertai larian amal.", base=date(2021, 10, 15))
    assert found is not None and found.date == date(2021, 10, 14)


def test_a_word_and_a_colon_after_a_place_in_capitals_is_no_date():
    assert place_and_agency("IPOH, Pengumuman: Seramai 300 peserta menyertai larian amal.") is None


@pytest.mark.parametrize(("text", "agency"), [
    ("Cahayaumat.com | SEBUAH kajian digelar di masjid itu pada Ahad pagi.", "Cahayaumat.com"),
    ("Warta Sepekan\n\nSuarakampung.id || Warga menggelar kerja bakti di desa.", "Suarakampung.id"),
])
def test_an_outlets_domain_alone_and_a_bar_before_a_sentence(text, agency):
    assert place_and_agency(text) == (None, agency)


def test_an_outlets_domain_and_a_bar_before_a_lower_case_word_is_no_dateline():
    assert parse_dateline("Cahayaumat.com | kajian dan berita umat") is None


@pytest.mark.parametrize("text", [
    "KABARTIMUR.ID, Provinsi Maluku resmi berdiri sebagai daerah otonom pada tahun itu.",
    "Lintasbenua.com, Kecamatan Dua menetapkan aturan baru pekan ini.",
])
def test_a_lost_dash_after_an_outlet_takes_no_sentence_word_for_the_place(text):
    found = parse_dateline(text)
    assert found is None or found.place is None


@pytest.mark.parametrize(("text", "place"), [
    ("Lintasbenua.com, Sleman Warga menggelar kerja bakti di desa.", "Sleman"),
    ("Lintasbenua.com, Banda Aceh Pemerintah kota menggelar rapat.", "Banda Aceh"),
])
def test_a_lost_dash_after_an_outlet_still_takes_a_listed_place(text, place):
    assert place_and_agency(text) == (place, "Lintasbenua.com")


@pytest.mark.parametrize("text", [
    "NUSA RAYA I SORONG.- Pemerintah kota menggelar rapat koordinasi.",
    "BINTANG TIMUR I AMBON - Pemerintah kota menggelar rapat koordinasi.",
    "Pelita Alam I Kupang - Warga menggelar kerja bakti.",
])
def test_a_letter_alone_among_the_words_is_no_place(text):
    found = parse_dateline(text)
    assert found is None or found.place is None


@pytest.mark.parametrize(("text", "place", "agency"), [
    ("Kabarselatan.id, Ende-Bupati meresmikan pasar baru di kota itu.", "Ende", "Kabarselatan.id"),
    ("Kabarselatan.id, Tual-Warga menggelar kerja bakti.", "Tual", "Kabarselatan.id"),
])
def test_a_hyphen_glued_between_a_listed_place_and_the_sentence_after_an_outlet(text, place, agency):
    assert place_and_agency(text) == (place, agency)


@pytest.mark.parametrize("text", [
    "Kabarselatan.id, Al-Quds menjadi sorotan dunia pekan ini.",
    "Ende-Bupati meresmikan pasar baru di kota itu.",
])
def test_a_hyphen_inside_a_name_or_without_an_outlet_stays_no_dash(text):
    found = parse_dateline(text)
    assert found is None or found.place not in ("Al", "Ende")


@pytest.mark.parametrize(("text", "place", "agency"), [
    ("Bantul, Pdmbantul.or.id Majelis Tabligh menggelar kajian.", "Bantul", "Pdmbantul.or.id"),
    ("Kabar Ranting\n\nKulon Progo. Infowates.com Warga menggelar kerja bakti.", "Kulon Progo", "Infowates.com"),
])
def test_a_listed_place_in_title_case_then_a_domain_with_the_dash_lost(text, place, agency):
    assert place_and_agency(text) == (place, agency)


@pytest.mark.parametrize("text", [
    "Pengumuman, Infowates.com Warga menggelar kerja bakti.",
    "Panitia. Infowates.com Warga menggelar kerja bakti.",
])
def test_a_word_before_a_domain_with_the_dash_lost_is_no_place(text):
    found = parse_dateline(text)
    assert found is None or found.place is None


@pytest.mark.parametrize(("text", "agency"), [
    ("24Berita – Warga menggelar kerja bakti di desa.", "24Berita"),
    ("Ringkasan\n\n7News - Pemerintah kota menggelar rapat koordinasi.", "7News"),
])
def test_a_number_glued_to_an_outlets_word_alone_before_the_dash(text, agency):
    assert place_and_agency(text) == (None, agency)


@pytest.mark.parametrize("text", [
    "24 Berita – Warga menggelar kerja bakti di desa.",
    "2024 - Warga menggelar kerja bakti di desa.",
])
def test_a_number_apart_from_the_word_is_no_outlet(text):
    found = parse_dateline(text)
    assert found is None or found.agency is None


@pytest.mark.parametrize(("text", "place", "agency"), [
    ("SAMBUT: Bupati menyambut warga di depan balai desa, Senin (3/2).\n\nBINJAI, KABARSUMUT.COM – Pemerintah "
     "kota menggelar rapat.", "BINJAI", "KABARSUMUT.COM"),
    ("RAPAT: Pemerintah Kabupaten Ngawur Membahas Anggaran\n\nSTABAT- Pemerintah kabupaten menggelar rapat anggaran.",
     "STABAT", None),
])
def test_a_label_in_capitals_and_a_colon_gives_way_to_a_dateline_on_a_later_line(text, place, agency):
    assert place_and_agency(text) == (place, agency)


@pytest.mark.parametrize(("text", "place"), [
    ("IPOH: Seramai 300 peserta menyertai larian amal di bandar ini.", "IPOH"),
    ("IPOH: Seramai 300 peserta menyertai larian amal.\n\nBeliau berkata, acara itu diadakan setiap tahun.", "IPOH"),
    ("IPOH: Seramai 300 peserta menyertai larian amal, kata beliau kepada Bernama, Isnin (12/5).", "IPOH"),
])
def test_a_place_in_capitals_and_a_colon_stays_the_dateline_when_no_later_line_opens_with_one(text, place):
    assert place_and_agency(text) == (place, None)


@pytest.mark.parametrize(("text", "place", "agency"), [
    ("Kenya Gelar Pemilu\nNairobi, (Analisa)\nKenya pada Selasa menggelar pemilihan umum.", "Nairobi", "Analisa"),
    ("Tokyo, (Waspada)\n\nJepang pada Senin mengumumkan paket stimulus baru.", "Tokyo", "Waspada"),
])
def test_a_place_a_comma_and_an_outlet_in_parentheses_ending_its_line(text, place, agency):
    assert place_and_agency(text) == (place, agency)


@pytest.mark.parametrize("text", [
    "Menteri Keuangan (Menkeu)\nPemerintah menaikkan anggaran.",
    "Selasa, (Analisa)\nKenya pada Selasa menggelar pemilihan umum.",
])
def test_a_name_and_a_parenthesis_ending_its_line_without_the_comma_or_before_a_weekday(text):
    found = parse_dateline(text)
    assert found is None or found.place is None


@pytest.mark.parametrize(("text", "place", "agency"), [
    ("SUARAWARGAKITA | DEPOK - Warga menggelar kerja bakti di desa.", "DEPOK", "SUARAWARGAKITA"),
    ("SUARAWARGAKITA | BEKASI, - Warga menggelar kerja bakti di desa.", "BEKASI", "SUARAWARGAKITA"),
])
def test_a_name_in_capitals_a_bar_and_a_listed_place_in_capitals(text, place, agency):
    assert place_and_agency(text) == (place, agency)


@pytest.mark.parametrize("text", [
    "SUARAWARGAKITA, DEPOK - Warga menggelar kerja bakti di desa.",
    "DEPOK | BOGOR - Warga menggelar kerja bakti di desa.",
])
def test_a_comma_or_two_listed_places_keep_a_name_in_capitals_no_outlet(text):
    found = parse_dateline(text)
    assert found is None or found.agency not in ("SUARAWARGAKITA", "DEPOK")


def test_a_front_pages_headline_run_into_the_dateline_in_capitals():
    text = ("Longsor Di Sibolga, Satu Keluarga Tewas SIBOLGA (Waspada): Longsor yang terjadi di Jalan Ketapang Gg"
            " Senggol, Kelurahan Simare-mare")
    found = parse_dateline(text)
    assert (found.place, found.agency) == ("SIBOLGA", "Waspada")
    assert found.raw == "SIBOLGA (Waspada):"


def test_a_place_of_mixed_cases_that_no_list_ends_keeps_its_words():
    found = parse_dateline("Kota Sorong PBD – Pemerintah pusat melalui Kementerian Perhubungan akhirnya")
    assert found.place == "Kota Sorong PBD"


def test_a_place_a_written_dash_and_the_outlets_acronym_before_a_colon():
    found = parse_dateline("AMBON--MIOL: Presiden Megawati Soekarnoputri dijadwalkan akan berkunjung selama tiga jam")
    assert (found.place, found.agency, found.raw) == ("AMBON", "MIOL", "AMBON--MIOL:")


def test_a_hyphen_before_a_bodys_acronym_and_a_colon_names_no_outlet():
    found = parse_dateline("JAKARTA-DPR: Ketua DPR mengatakan rapat paripurna digelar pekan depan")
    assert found is None or found.agency is None


@pytest.mark.parametrize(("text", "place", "raw"), [
    ("440 views\n\nDPC PDI-P Musi Rawas Nyatakan Sikap\n\nMUSI RAWAS-LH: Sejumlah Kader, Anggota dan Simpatisan Partai",
     "MUSI RAWAS", "MUSI RAWAS-LH:"),
    ("JAKARTA-DPR: Ketua DPR mengatakan rapat paripurna digelar pekan depan", "JAKARTA", "JAKARTA-DPR:"),
])
def test_a_hyphened_acronym_before_a_colon_is_no_part_of_the_listed_place(text, place, raw):
    found = parse_dateline(text)
    assert (found.place, found.agency, found.raw) == (place, None, raw)

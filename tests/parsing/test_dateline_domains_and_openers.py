"""parse_dateline on regional outlets' domains whose names open with figures, and on leads whose first word is no
place."""

from __future__ import annotations

import pytest

from crawler.parsing.dateline import parse_dateline

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize("text, read", [
    ("TULUNGAGUNG, 90detik.com – Dipastikan pasangan Maryoto Birowo akan diusung empat partai.",
     ("TULUNGAGUNG", "90detik.com")),
    ("Published\n\non\n\nKOTA MADIUN, 90detik.com-Sejumlah mahasiswa yang tergabung dalam PMII menggelar aksi damai.",
     ("KOTA MADIUN", "90detik.com")),
])
def test_a_domain_whose_name_opens_with_figures_is_the_outlet(text, read):
    assert place_and_agency(text) == read


def test_places_joined_by_a_slash_before_a_date_and_the_wire_in_parentheses():
    text = "RAMALLAH/GAZA, July 4 (NNN-WAFA) – Dozens were injured on Friday, during clashes in the West Bank."
    assert place_and_agency(text) == ("RAMALLAH/GAZA", "NNN-WAFA")


def test_words_joined_by_a_slash_before_a_date_are_no_places():
    assert parse_dateline("Pekerja/Buruh, 5 Mei (ANTARA) - Polisi menangkap dua orang.") is None


def test_a_domain_whose_top_level_dot_is_typed_twice_is_the_outlet_and_no_part_of_the_place():
    text = "PALEMBANG, KHATULISTIWAONLINE..COM –\nBanjir bandang menerjang di tiga desa di Lahat, Sumatera Selatan."
    assert place_and_agency(text) == ("PALEMBANG", "KHATULISTIWAONLINE..COM")


@pytest.mark.parametrize("text, read", [
    ("BATUBARA-(Membaranews.com)- Personel Polsek Medang Deras melaksanakan kegiatan patroli malam.",
     ("BATUBARA", "Membaranews.com")),
    # no dash after the parentheses: the hyphen before them vouches for nothing
    ("BATUBARA-(Membaranews.com) Personel Polsek Medang Deras melaksanakan kegiatan patroli malam.", None),
])
def test_hyphens_glued_around_the_outlet_in_parentheses(text, read):
    assert place_and_agency(text) == read


@pytest.mark.parametrize("text, read", [
    ("FOKUSATU– Pengurus Majelis Silaturahim Sholat Subuh Gabungan se Kecamatan Jatinegara berziarah.",
     (None, "FOKUSATU")),
    ("POJOKSATU – Kapolda Metro Jaya , Irjen Pol Unggung Cahyono menyoroti beberapa titik rawan.", (None, "POJOKSATU")),
    # a district's name with `Satu` is written apart
    ("MUARA SATU – Warga desa itu berkumpul di balai desa pada pagi hari untuk kerja bakti.", ("MUARA SATU", None)),
])
def test_a_name_in_capitals_glued_to_satu_is_an_outlet_no_place(text, read):
    assert place_and_agency(text) == read


@pytest.mark.parametrize("text, read", [
    ("Business Times4 days ago\n[SINGAPORE] Shares on the Singapore bourse closed higher on Wednesday (Jul 16).",
     ("SINGAPORE", None)),
    ("[NEW YORK] Days after calling for the firing of Intel Corp's CEO, President Donald Trump changed his mind.",
     ("NEW YORK", None)),
    # a label is bracketed so too
    ("[UPDATE] Polisi menangkap dua orang pelaku pencurian sepeda motor di Medan.", None),
])
def test_a_listed_place_in_capitals_in_square_brackets(text, read):
    assert place_and_agency(text) == read


def test_the_bracketed_place_leaves_the_lead():
    found = parse_dateline("[JAKARTA] Indonesian Finance Minister Sri Mulyani Indrawati said on Tuesday.")
    assert found is not None and found.raw == "[JAKARTA]"


def test_an_archives_title_run_into_a_listed_place_in_capitals_and_a_wire():
    text = ("USDA sees recovery in Asian farm demand SINGAPORE (Reuters): The USDA's General Sales Manager Chris "
            "Goldthwait said farm imports by South Korea are recovering.")
    assert place_and_agency(text) == ("SINGAPORE", "Reuters")


@pytest.mark.parametrize("text", [
    "ujar Ketua DPRD SUMUT (ANTARA) - di Medan pada Senin pagi, sebelum rapat paripurna dimulai.",
    "kata dia kepada ANTARA (ANTARA) - di Jakarta, Senin, usai rapat koordinasi.",
])
def test_a_body_in_capitals_before_an_agency_inside_a_sentence_is_no_place(text):
    assert parse_dateline(text) is None


@pytest.mark.parametrize("text, read", [
    ("SilkAir crash victims to be buried today JAKARTA (JP): The remains of 101 victims will be given a mass burial.",
     ("JAKARTA", "The Jakarta Post")),
    ("IO, Jakarta – The National Development Planning (PPN) Minister stressed the certainty of the move.",
     ("Jakarta", "Independent Observer")),
    # three capitals before the comma name a body, no outlet
    ("DPR, Jakarta – Dari pelataran parkir Pasar Siwa, Kelurahan Siwa, warga berkumpul.", ("DPR, Jakarta", None)),
])
def test_outlets_signing_with_their_initials(text, read):
    assert place_and_agency(text) == read


def test_the_jakarta_posts_name_written_out_before_a_stamp_is_no_dateline():
    text = "The Jakarta Post, Jakarta | Tue, 12/18/2007 10:51 AM\n\nThe state electricity company said it is ready."
    found = parse_dateline(text)
    assert found is None or found.agency != "The Jakarta Post"


def test_a_full_stop_typed_after_the_place_is_no_part_of_it():
    found = parse_dateline("BANTEN. (Benuanews.com)-Andra Soni adalah politisi Partai Gerindra yang mencalonkan diri.")
    assert found is not None and (found.place, found.agency) == ("BANTEN", "Benuanews.com")


def test_a_place_abroad_keeps_the_full_stops_of_its_initials():
    found = parse_dateline("WASHINGTON D.C. (ANTARA) - Pemerintah Amerika Serikat mengumumkan paket bantuan baru.")
    assert found is not None and found.place == "WASHINGTON D.C."


@pytest.mark.parametrize(("text", "read"), [
    # balinews.xyz (2017): an outlet's name alone, saying it is one, and a bar for the dash
    ("BaliNews | The Palestinian Defense Action which was officially called for by the Indonesian Ulema Council",
     (None, "BaliNews")),
    ("MuslimsPost.Com | The Indonesian Ulema Council (MUI) will lead the world's largest protest",
     (None, "MuslimsPost.Com")),
])
def test_an_outlets_name_alone_and_a_bar_for_the_dash(text, read):
    assert place_and_agency(text) == read


@pytest.mark.parametrize("text", [
    "Top News | Presiden Joko Widodo meresmikan jalan tol di Jawa",
    "Breaking News | Gempa mengguncang Jawa",
])
def test_a_rubric_and_a_bar_name_no_outlet(text):
    found = parse_dateline(text)
    assert found is None or found.agency is None


@pytest.mark.parametrize(("text", "read"), [
    # a Sumsel office's copy of KRSumsel (2019): the place in capitals, the outlet's domain in its own case
    ("PALEMBANG-KRSumsel.com-.Pemerintah Provinsi Sumatera Selatan melalui Dinas PU Bina Marga dan Tata Ruang",
     ("PALEMBANG", "KRSumsel.com")),
    ("PALEMBANG-KRSumsel.com - Pemerintah Provinsi Sumatera Selatan terus berupaya", ("PALEMBANG", "KRSumsel.com")),
    # one name in capitals throughout: an outlet named after its province, no place
    ("BANTEN-NEWS.COM - Pemerintah Provinsi Banten segera memindahkan bangunan sekolah", (None, "BANTEN-NEWS.COM")),
])
def test_a_place_in_capitals_glued_by_a_hyphen_to_a_domain_in_mixed_case(text, read):
    assert place_and_agency(text) == read


@pytest.mark.parametrize(("text", "read"), [
    # a Probolinggo outlet (2023) and a Rokan Hulu one (2024): a listed place glued by a hyphen to the outlet's domain,
    # a comma and the sentence
    ("PROBOLINGGO-PANTURA7.com, Memasuki periode akhir masa jabatan, Bupati Probolinggo memastikan",
     ("PROBOLINGGO", "PANTURA7.com")),
    ("Pembukaan Apkasi Oleh Presiden Jokowi\n\n\nRokan Hulu-Ameranews.com, Rapat Kerja Nasional (Rakernas) XVI "
     "Asosiasi Pemerintah Kabupaten Seluruh Indonesia (Apkasi) digelar", ("Rokan Hulu", "Ameranews.com")),
])
def test_a_listed_place_glued_by_a_hyphen_to_a_domain_before_a_comma(text, read):
    assert place_and_agency(text) == read


@pytest.mark.parametrize("text", [
    # a domain's own hyphen: a brand and its city, a province and an outlet's word, two cities
    "TRIBUN-MEDAN.com, Pendidikan menengah kejuruan berbasis seni atau kerajinan berpotensi",
    "BANTEN-NEWS.COM, Pemerintah Provinsi Banten segera memindahkan bangunan sekolah",
    "Jakarta-Bandung.com, Warga kedua kota menyambut kereta cepat yang mulai beroperasi.",
])
def test_a_domains_own_hyphen_splits_off_no_place(text):
    found = parse_dateline(text)
    assert found is None or found.place is None

"""parse_dateline on forms beyond the dev strings: other places, agencies, months, separators; and refusals."""

from __future__ import annotations

from datetime import date

import pytest

from crawler.parsing.agencies import agency_name, is_agency_typo, is_mina_typo
from crawler.parsing.dateline import Dateline, parse_dateline

BODY = " Pemerintah Indonesia menyampaikan sikapnya pada hari ini."


@pytest.mark.parametrize(("dateline", "place", "agency"), [
    ("Yogyakarta, MINA –", "Yogyakarta", "MINA"),
    ("Khan Younis, MINA —", "Khan Younis", "MINA"),
    ("Kuala Lumpur, MINA -", "Kuala Lumpur", "MINA"),
    ("Tel Aviv,MINA–", "Tel Aviv", "MINA"),
    ("Beit Lahia, Gaza Utara, MINA –", "Beit Lahia, Gaza Utara", "MINA"),
    ("Cileungsi, Bogor, MINA –", "Cileungsi, Bogor", "MINA"),
    ("Dar es Salaam, MINA –", "Dar es Salaam", "MINA"),
    ("Sana'a, MINA –", "Sana'a", "MINA"),
    ("Al-Khalil, MlNA –", "Al-Khalil", "MINA"),
    ("Nablus, Mina –", "Nablus", "MINA"),
    ("Makassar, MNA –", "Makassar", "MINA"),
    ("Gaza, MINA:", "Gaza", "MINA"),
    ("Istanbul, MINA --", "Istanbul", "MINA"),
    ("(MINA) –", None, "MINA"),
    ("Medan (ANTARA) -", "Medan", "ANTARA"),
    ("Kota Bogor (Antaranews) –", "Kota Bogor", "ANTARA"),
    ("BANDUNG, KOMPAS.com –", "BANDUNG", "Kompas.com"),
    ("TEMPO.CO, Jakarta -", "Jakarta", "Tempo"),
    ("REPUBLIKA.CO.ID, JAKARTA --", "JAKARTA", "Republika"),
    ("Jakarta, CNN Indonesia --", "Jakarta", "CNN Indonesia"),
    ("Jakarta (Panjimas.com) -", "Jakarta", "Panjimas"),
    ("Ponorogo, Gontornews -", "Ponorogo", "Gontornews"),
    ("BANDUNG--MICOM:", "BANDUNG", "Media Indonesia"),
    ("JPNN.com, JAKARTA -", "JAKARTA", "JPNN"),
    ("Ramallah (WAFA) -", "Ramallah", "WAFA"),
    ("Ankara (AA) -", "Ankara", "Anadolu"),
    ("Beijing (Xinhua) —", "Beijing", "Xinhua"),
    ("GENEVA (Reuters) -", "GENEVA", "Reuters"),
    ("SURABAYA –", "SURABAYA", None),
    ("BANDA ACEH –", "BANDA ACEH", None),
    ("غزة، مينا –", "غزة", "MINA"),
    ("القدس المحتلة، مينا -", "القدس المحتلة", "MINA"),
    ("جاكرتا (معراج) –", "جاكرتا", "MINA"),
    # more outlets: domains, parentheses, capitals, the agency alone
    ("Okezone.com, Jakarta -", "Jakarta", "Okezone"),
    ("Bisnis.com, JAKARTA -", "JAKARTA", "Bisnis.com"),
    ("SURYA.co.id, SURABAYA -", "SURABAYA", "SURYA.co.id"),
    ("Jakarta, Beritasatu.com -", "Jakarta", "Beritasatu"),
    ("Jakarta, Aktual.com —", "Jakarta", "Aktual.com"),
    ("SEMARANG, suaramerdeka.com -", "SEMARANG", "suaramerdeka.com"),
    ("Jakarta, (Harian Jogja) -", "Jakarta", "Harian Jogja"),
    ("JAKARTA (Realita)-", "JAKARTA", "Realita"),
    ("Jakarta, HanTer -", "Jakarta", "HanTer"),
    ("MEDAN, kaldera.id -", "MEDAN", "kaldera.id"),
    ("Jakarta, InfoPublik -", "Jakarta", "InfoPublik"),
    ("JAKARTA, DISWAY.ID -", "JAKARTA", "DISWAY.ID"),
    ("JAKARTA, kabarbisnis.com:", "JAKARTA", "kabarbisnis.com"),
    ("Jakarta, 5 Mei (Reuters) -", "Jakarta", "Reuters"),
    ("WASHINGTON (AP) —", "WASHINGTON", "AP"),
    ("BANDUNG, AYOBANDUNG.COM --", "BANDUNG", "AYOBANDUNG.COM"),
    ("YOGYA, KRJOGJA.com -", "YOGYA", "KRJOGJA.com"),
    ("JAKARTA, SCTV -", "JAKARTA", "SCTV"),
    ("Makassar, Tribun -", "Makassar", "Tribun"),
    ("Merdeka.com -", None, "Merdeka.com"),
    ("JawaPos.com –", None, "Jawa Pos"),
])
def test_short_forms(dateline: str, place: str | None, agency: str | None) -> None:
    found = parse_dateline(dateline + BODY)
    assert found is not None
    assert (found.place, found.agency, found.raw) == (place, agency, dateline)
    assert (found.date, found.hijri) == (None, None)


@pytest.mark.parametrize(("dateline", "place", "hijri", "gregorian"), [
    ("Bandung, 2 Muharram 1436/26 Oktober 2014 (MINA) –", "Bandung", "2 Muharram 1436", date(2014, 10, 26)),
    ("Gaza, 11 Safar 1437 / 23 November 2015 (MINA) –", "Gaza", "11 Safar 1437", date(2015, 11, 23)),
    ("Ramallah, 3 Syawwal 1436/19 Juli 2015 (MINA) –", "Ramallah", "3 Syawwal 1436", date(2015, 7, 19)),
    ("Jakarta, 5 Jumadil Akhir 1437/14 Maret 2016 (MINA) –", "Jakarta", "5 Jumadil Akhir 1437",
     date(2016, 3, 14)),
    ("Kairo, 20 Rabi’ul Akhir 1436/9 Februari 2015 (MINA) –", "Kairo", "20 Rabi’ul Akhir 1436",
     date(2015, 2, 9)),
    ("Jakarta, 1 Ramadhan 1436/18 Juni 2015 (MINA) –", "Jakarta", "1 Ramadhan 1436", date(2015, 6, 18)),
    ("Bogor, 4 Jumadil Awwal 1435/5 March, 2014 (MINA) –", "Bogor", "4 Jumadil Awwal 1435", date(2014, 3, 5)),
    ("Amman, 25 Dzulhijjah 1434 /30 October 2013 (MINA) -", "Amman", "25 Dzulhijjah 1434", date(2013, 10, 30)),
    ("Gaza City, 17 Sya'ban 1436/4 June 2015 (MINA) –", "Gaza City", "17 Sya'ban 1436", date(2015, 6, 4)),
    ("Jakarta, 10 Muharram 1436 (MINA) –", "Jakarta", "10 Muharram 1436", date(2014, 11, 3)),
    ("BOGOR, 14 Agustus 2013 (MINA) –", "BOGOR", None, date(2013, 8, 14)),
    ("Jakarta, March  21, 2014 (MINA) –", "Jakarta", None, date(2014, 3, 21)),
    ("Palembang, Sept 3, 2015 (Antara) -", "Palembang", None, date(2015, 9, 3)),
    ("Jakarta, Feb 2 (ANTARA) -", "Jakarta", None, None),
    ("Medan, 12/3/2014 (MINA) –", "Medan", None, date(2014, 3, 12)),
])
def test_long_forms(dateline: str, place: str, hijri: str | None, gregorian: date | None) -> None:
    found = parse_dateline(dateline + BODY)
    assert found is not None
    assert (found.place, found.hijri, found.date, found.raw) == (place, hijri, gregorian, dateline)
    assert found.agency in ("MINA", "ANTARA")
    assert not found.hijri_mismatch


def test_hijri_year_typo_keeps_the_gregorian_date_and_flags_it() -> None:
    found = parse_dateline("Jakarta, 10 Dzulhijjah 1434/26 Oktober 2012 (MINA) – Isi berita.")
    assert found is not None and found.date == date(2012, 10, 26)
    assert found.hijri == "10 Dzulhijjah 1434" and found.hijri_mismatch


def test_a_thirtieth_day_where_umm_al_quras_month_has_twenty_nine_is_the_day_after() -> None:
    """en.minanews.net 2014: Indonesia counted 30 days of Sha'ban 1435, Umm al-Qura 29."""
    found = parse_dateline("Gaza City, 30 Sha'ban 1435/28 June 2014 (MINA) – Isi berita.")
    assert found is not None and found.date == date(2014, 6, 28) and not found.hijri_mismatch


def test_hijri_day_that_does_not_exist_is_kept_as_written_and_flagged() -> None:
    found = parse_dateline("Ankara, 30 Dhulqa’dah 1439 / 22 August 2017 (MINA) — Isi berita.")
    assert found is not None and found.date == date(2017, 8, 22)
    assert found.hijri == "30 Dhulqa’dah 1439" and found.hijri_mismatch


@pytest.mark.parametrize("text", ["ليلة معراج النبي محمد صلى الله عليه وسلم", "الإسراء والمعراج رحلة عظيمة"])
def test_the_word_miraj_outside_parentheses_is_no_dateline(text: str) -> None:
    # `(معراج)` after a place is the Arabic edition's agency; the word in a sentence is the Prophet's ascension.
    assert parse_dateline(text) is None


def test_arabic_long_form_without_comma_or_dash() -> None:
    found = parse_dateline("جاكرتا 19 رجب 1434/29 مايو 2013 (مينا) قال رئيس")
    assert found is not None
    assert (found.place, found.agency, found.date, found.hijri) == ("جاكرتا", "MINA", date(2013, 5, 29), "19 رجب 1434")


@pytest.mark.parametrize(("prefix", "dateline"), [
    ("(Foto: Hadis/MINA) ", "Jakarta, MINA –"),
    ("(Foto: Abdullah/MINA)\n", "Gaza, MINA –"),
    ("Photo: M Shaaban/MINA\n", "Ramallah, MINA –"),
    ("Photo: M Shaaban/MINA ", "Ramallah, MINA –"),
    ("Photo: PIC ", "Al-Quds, MINA –"),
    ("Suasana aksi bela Palestina di Monas.\n", "Jakarta, MINA –"),
    ("MINAJalin      ", "Jakarta, 2 Syawwal 1437/7 Juli 2016 (MINA) –"),
    ("(Foto: Dok. MINA)\n", "SOLO –"),
])
def test_dateline_behind_a_caption_or_credit(prefix: str, dateline: str) -> None:
    found = parse_dateline(prefix + dateline + BODY)
    assert found is not None and found.raw == dateline
    assert (found.start, found.end) == (len(prefix), len(prefix) + len(dateline))


def test_entities_are_decoded_and_offsets_point_into_the_given_text() -> None:
    text = "Ramallah, MINA &#8211; Otoritas Palestina"
    found = parse_dateline(text)
    assert found is not None and found.raw == "Ramallah, MINA –"
    assert text[found.start:found.end] == "Ramallah, MINA &#8211;"
    shifted = "&nbsp;&nbsp;" + text
    found = parse_dateline(shifted)
    assert found is not None and shifted[found.start:found.end] == "Ramallah, MINA &#8211;"


def test_body_glued_to_the_dash_does_not_belong_to_the_dateline() -> None:
    found = parse_dateline("Bogor, MINA -Wakil Presiden hadir.")
    assert found is not None and found.raw == "Bogor, MINA -" and found.end == len("Bogor, MINA -")


def test_to_dict_is_the_schema_object() -> None:
    found = parse_dateline("Jakarta, 19 Rajab 1434/29 May 2013 (MINA) – Isi.")
    assert isinstance(found, Dateline)
    assert found.to_dict() == {"raw": "Jakarta, 19 Rajab 1434/29 May 2013 (MINA) –", "place": "Jakarta",
                               "agency": "MINA", "date": "2013-05-29", "hijri": "19 Rajab 1434"}
    assert parse_dateline("Gaza, MINA – Isi.").to_dict()["date"] is None


@pytest.mark.parametrize(("text", "place"), [
    ("photo: Ma’an\n\nAl-Quds (Jerusalem), 23 Dzulqa’dah 1435/18 september 2014 (MINA) – Around 40 Israeli extremist"
     " settlers and Yeshiva students", "Al-Quds"),
    ("Jerusalem (Al-Quds), 5 Jumadil Awwal 1436/24 February 2015 (MINA) – The Israeli occupation authorities",
     "Jerusalem"),
])
def test_a_citys_other_name_in_parentheses_before_the_date_is_no_part_of_the_place(text, place) -> None:
    found = parse_dateline(text)
    assert (found.place, found.agency, found.hijri) == (place, "MINA", text.split(", ", 1)[1].split("/")[0])
    assert found.raw.endswith("(MINA) –")


@pytest.mark.parametrize("text", [
    "Presiden Jokowi - yang hadir dalam acara itu - menyampaikan pidato.",
    "Ketua MUI, KH Cholil Nafis - dalam keterangannya - menegaskan sikap.",
    "Ini - itu yang disampaikan pemerintah.",
    "Menurut dia - yang hadir - semua setuju.",
    "Ini - Pemerintah mengumumkan kebijakan baru.",
    "Senin - Jumat: pelayanan dibuka.",
    "Harga - Rp 10.000 per kilogram.",
    "- Jakarta - Bandung\n- Surabaya - Malang",
    "1. Jakarta - Bogor",
    "Israel – yang terus menyerang Gaza – kembali melanggar gencatan senjata.",
    "Indonesia, Malaysia dan Brunei - tiga negara ASEAN - sepakat.",
    "PBB menyatakan keprihatinan atas situasi di Gaza.",
    "Oleh: Ali Farkhan Tsani, Redaktur Senior MINA",
    "By Imaam Yakhsyallah Mansur, Imaam of Jama'ah Muslimin",
    "Harga naik 12,5 persen - menurut BPS - pada Maret.",
    "Menurut Mina, warga setempat - yang tidak mau disebut namanya - mengungsi.",
    "(T/R11/P1)",
    "Senin, 19 Juni 2024 – Pemerintah mengumumkan kebijakan.",  # a weekday is no place
    "Jakarta, 19 Juni 2024 – pemerintah mengumumkan kebijakan.",  # no sentence after the dash
    "Jakarta, Ketua (19/6) – Pemerintah mengumumkan kebijakan.",  # no weekday before the date
    "Jakarta, Ketua 19 Juni 2024 – Pemerintah mengumumkan kebijakan.",
    "Sabtu, (Analisa). Pemerintah mengumumkan kebijakan.",
    "",
    "   \n\n  ",
    "-" * 500,
    "A" * 400 + "\nJakarta, MINA – terlambat: terlalu jauh dari awal.",
    # a label in capitals before a colon or a dash is no place, nor an outlet
    "EKSKLUSIF: Presiden menolak berkomentar.", "CEK FAKTA: Beredar video lama.", "BREAKING NEWS – Gempa mengguncang.",
    "INFO TERKINI – Harga cabai naik lagi.",
    "Sinopsis: Film ini bercerita tentang keluarga.",  # a title-case word and a colon: a label unless a known city
])
def test_not_datelines_give_none(text: str) -> None:
    assert parse_dateline(text) is None


@pytest.mark.parametrize("value", [None, 7, b"Jakarta, MINA -", ["Jakarta, MINA -"]])
def test_non_strings_give_none(value: object) -> None:
    assert parse_dateline(value) is None  # type: ignore[arg-type]


def test_agency_table_and_mina_typos() -> None:
    assert agency_name("KOMPAS.com") == "Kompas.com" and agency_name("(Panjimas.com)") == "Panjimas"
    assert agency_name("TRIBUNNEWS.COM") == "Tribunnews" and agency_name("MICOM") == "Media Indonesia"
    assert agency_name("مينا") == "MINA" and agency_name("Mi’raj News Agency".replace("’", "'")) == "MINA"
    assert all(is_mina_typo(token) for token in ("MINa", "MlNA", "MNA", "Mina", "MIINA", "M1NA"))
    assert not any(is_mina_typo(token) for token in ("Medan", "MUI", "Maret", "NINA", "MM", "Makassar"))
    assert agency_name("Jakarta") is None and agency_name("") is None


@pytest.mark.parametrize("junk", [
    "x" * 1_000_000, "(" * 1_000_000, "Jakarta, " * 100_000, "&#8211;" * 150_000, "- " * 500_000,
    "MINA " * 200_000, "\x00\xff" * 500_000, "Aa, " * 250_000 + "MINA –",
])
def test_hostile_input_gives_none(junk: str) -> None:
    # How long it takes is bench/bench_hostile.py's (10 ms a call).
    assert parse_dateline(junk) is None


@pytest.mark.parametrize(("dateline", "place", "agency", "in_table"), [
    ("Jakarta -", "Jakarta", None, False),  # Detik: place only, title case
    ("Surabaya --", "Surabaya", None, False),
    ("Mataram, NTB -", "Mataram, NTB", None, False),
    ("Palangka Raya (Antara Kalteng) -", "Palangka Raya", "ANTARA", True),
    ("Makassar (Antara/PRNewswire) --", "Makassar", "ANTARA", True),
    ("TRIBUNNEWS.COM. JAKARTA -", "JAKARTA", "Tribunnews", True),
    ("suara.com - JAKARTA -", "JAKARTA", "Suara", True),
    ("GATRA.CO, Bandung --", "Bandung", "GATRA.CO", False),
    ("Jakarta, Gatra.com -", "Jakarta", "Gatra.com", False),
    ("Bandung, Pikiran Rakyat -", "Bandung", "Pikiran Rakyat", True),
    ("KOTA BATU, JAWA POS -", "KOTA BATU", "Jawa Pos", True),
    ("Medan (Waspada Online) –", "Medan", "Waspada Online", False),
    ("Detik.com -", None, "Detik", True),
    ("Lumajang (beritajatim.com) -", "Lumajang", "beritajatim.com", False),
    ("BANDUNG, (PR).-", "BANDUNG", "PR", False),
    ("KONTAN.CO.ID - JAKARTA.", "JAKARTA", "KONTAN.CO.ID", False),
    ("JPNN.com JAKARTA -", "JAKARTA", "JPNN", True),
    ("RMOLBanten.", None, "RMOL", True),
    ("KBR, Jakarta -", "Jakarta", "KBR", True),  # the agency before the place, neither in capitals only
    ("INILAHCOM, Jakarta -", "Jakarta", "Inilah.com", True),
    ("KBRN, Ambon :", "Ambon", "RRI", True),  # RRI's newsroom, a colon for the dash
    ("RRI.co.id, Jakarta -", "Jakarta", "RRI", True),
    ("SURYA.co.id | SURABAYA -", "SURABAYA", "SURYA.co.id", False),  # a bar between outlet and place
    ("TRIBUNJATIM.COM | MALANG -", "MALANG", "Tribunnews", True),
    ("TRIBUN-TIMUR.COM, MAKASSAR -", "MAKASSAR", "Tribunnews", True),  # a regional paper's older name, hyphenated
    ("TRIBUN-MEDAN.COM -", None, "Tribunnews", True),
    ("VIVA Bisnis –", None, "Viva", True),  # a table outlet and its rubric
    ("Antara Bali -", None, "ANTARA", True),
    ("Jakarta, Kamis (ANTARA) -", "Jakarta", "ANTARA", True),  # a weekday is no region of the place
    ("Jakarta, Selasa -", "Jakarta", None, False),
    ("JAKARTA, SENIN -", "JAKARTA", None, False),
    ("Medan, (Analisa).", "Medan", "Analisa", False),
    ("Kompas.com.", None, "Kompas.com", True),
    # a place that the MINA typo rule tries and refuses (Medan, Maros: an M and four letters) is a place, not an outlet
    ("REPUBLIKA.CO.ID, MEDAN --", "MEDAN", "Republika", True),
    ("FAJAR.CO.ID, MAROS —", "MAROS", "FAJAR.CO.ID", False),
    ("Medan –", "Medan", None, False),
    ("MEDAN-", "MEDAN", None, False),
    # an outlet missing from the table whose name says so, before its place or alone (glued: TIMESINDONESIA)
    ("TIMESINDONESIA, MALANG –", "MALANG", "TIMESINDONESIA", False),
    ("Warta Ekonomi, Jakarta -", "Jakarta", "Warta Ekonomi", False),
    ("WE Online, Jakarta -", "Jakarta", "WE Online", False),
    ("PRFMNEWS -", None, "PRFMNEWS", False),
    ("IDXChannel -", None, "IDXChannel", False),
    ("JABAR EKSPRES –", None, "JABAR EKSPRES", False),
    ("LOMBOK INFO –", None, "LOMBOK INFO", False),
    ("BANDUNG INFO -", None, "BANDUNG INFO", False),
    ("PIKIRAN RAKYAT -", None, "Pikiran Rakyat", True),
    # a place in capitals and a colon (Malaysian papers, Bernama)
    ("KUALA LUMPUR:", "KUALA LUMPUR", None, False),
    ("PETALING JAYA:", "PETALING JAYA", None, False),
    ("Jakarta:", "Jakarta", None, False),  # Medcom: a known city and a colon
    ("Jakarta.", "Jakarta", None, False),  # the Jakarta Globe: a known city and a full stop
    ("JAKARTA, jakarta.suaramerdeka.com -", "JAKARTA", "jakarta.suaramerdeka.com", False),  # a subdomain
    # Indonesia's second-level domains and `.online`, with up to two subdomains
    ("AJATAPPARENG.ONLINE, PAREPARE –", "PAREPARE", "AJATAPPARENG.ONLINE", False),
    ("KABARSULSEL.ONLINE, MAKASSAR -", "MAKASSAR", "KABARSULSEL.ONLINE", False),
    ("Tribratanews.polri.go.id -", None, "Tribratanews.polri.go.id", False),
    ("Semarang, humas.jatengprov.go.id -", "Semarang", "humas.jatengprov.go.id", False),
    ("BOGOR, kabarbogor.my.id -", "BOGOR", "kabarbogor.my.id", False),
    # a stray comma before the dash, after the place or the outlet in parentheses
    ("REPUBLIKA.CO.ID, GIANYAR, –", "GIANYAR", "Republika", True),
    ("SERAMBINEWS.COM, BIREUEN, -", "BIREUEN", "SERAMBINEWS.COM", False),
    ("Kab. Tasikmalaya ( WP ),-", "Kab. Tasikmalaya", "WP", False),
    ("Ciamis (ANTARA),-", "Ciamis", "ANTARA", True),
    # the place on the line after the outlet's comma
    ("PROKAL.CO,\nPONTIANAK-", "PONTIANAK", "PROKAL.CO", False),
    ("KOMPAS.com,\nBEKASI -", "BEKASI", "Kompas.com", True),
])
def test_outlet_forms(dateline: str, place: str | None, agency: str | None, in_table: bool) -> None:
    found = parse_dateline(dateline + BODY)
    assert found is not None
    assert (found.place, found.agency, found.agency_in_table, found.raw) == (place, agency, in_table, dateline)


@pytest.mark.parametrize(("text", "place", "agency"), [
    ("Jakarta, NU Online\nPengurus Besar Nahdlatul Ulama menggelar rapat.", "Jakarta", "NU Online"),
    ("Surabaya, Jatim Times\nWali Kota Surabaya meresmikan taman.", "Surabaya", "Jatim Times"),
    ("Semarang, Suara Merdeka\n\nGubernur Jawa Tengah meninjau banjir.", "Semarang", "Suara Merdeka"),
    ("Jakarta, MISTAR.ID\n\nMenteri Pariwisata meninjau lokasi.", "Jakarta", "MISTAR.ID"),
    # a brand's two words glued
    ("NEGARA, NusaBali\nMeski tabrakan yang terjadi cukup keras", "NEGARA", "NusaBali"),
    ("Gianyar, BaliPuspa\nWarga memadati alun-alun.", "Gianyar", "BaliPuspa"),
])
def test_an_outlet_that_ends_its_line_ends_the_dateline(text: str, place: str, agency: str) -> None:
    found = parse_dateline(text)
    assert found is not None and (found.place, found.agency) == (place, agency)
    assert text[found.end:].lstrip().startswith(text.split("\n")[-1][:8])


@pytest.mark.parametrize("text", [
    "Jakarta, Indonesia\nPresiden meresmikan bendungan.",  # a place and its country
    "Bogor, Jawa Barat\nWarga mengungsi.",
    "Jakarta, Senin\nPresiden meresmikan bendungan.",
    "Jakarta, Berita Terkini\nPresiden meresmikan bendungan.",  # a heading's words, not an outlet's
    "Bandung, Gedung Sate\nGubernur meninjau banjir.",  # no word says it is an outlet: the dash must
    "Acep Nazmudin, David Purba\nTim Redaksi",  # a byline's names
])
def test_a_title_case_name_ending_its_line_is_no_outlet_unless_it_says_so(text: str) -> None:
    assert parse_dateline(text) is None


@pytest.mark.parametrize("text", [
    "Jakarta (ANTARA) -\nPemerintah mengumumkan kebijakan baru.",  # the body on the next line
    "Jakarta (ANTARA)\n - Pemerintah mengumumkan kebijakan baru.",  # the dash on the next line
    "Jakarta (ANTARA) -Pemerintah mengumumkan kebijakan baru.",  # glued to the next word
])
def test_line_breaks_and_glued_text_around_the_dash(text: str) -> None:
    found = parse_dateline(text)
    assert found is not None and (found.place, found.agency) == ("Jakarta", "ANTARA")
    assert text[found.end:].lstrip(" \n").startswith("Pemerintah")


def test_a_year_less_date_in_the_dateline_takes_the_publication_year() -> None:
    found = parse_dateline("JAKARTA, 18/10 - Polisi menangkap pelaku.", base=date(2024, 10, 20))
    assert found is not None and (found.place, found.date) == ("JAKARTA", date(2024, 10, 18))
    assert parse_dateline("JAKARTA, 18/10 - Polisi menangkap pelaku.").date is None


@pytest.mark.parametrize(("dateline", "place", "day"), [
    ("Jakarta, 19 Juni 2024 –", "Jakarta", date(2024, 6, 19)),
    ("Jakarta, 19/6/2024 -", "Jakarta", date(2024, 6, 19)),
    ("Bandar Lampung, Rabu (19/6/2024) –", "Bandar Lampung", date(2024, 6, 19)),
    ("Jakarta, Rabu, 19 Juni 2024 -", "Jakarta", date(2024, 6, 19)),
    ("JAKARTA, Rabu (19/6) -", "JAKARTA", date(2024, 6, 19)),
    ("Jakarta, Jum’at (21/6/2024) -", "Jakarta", date(2024, 6, 21)),
    ("Jakarta, Wednesday (19/6/2024) -", "Jakarta", date(2024, 6, 19)),  # any weekday parse_date knows
])
def test_a_place_vouched_for_by_a_date_needs_no_agency(dateline: str, place: str, day: date) -> None:
    """Press releases: `Jakarta, 19 Juni 2024 – PT ... hari ini`."""
    found = parse_dateline(dateline + BODY, base=date(2024, 6, 20))
    assert found is not None
    assert (found.place, found.agency, found.date, found.raw) == (place, None, day, dateline)


def test_an_attribution_is_flagged_as_part_of_a_sentence() -> None:
    found = parse_dateline("kepada Kantor Berita Politik RMOL, Senin (22/4). Ia menambahkan", base=date(2024, 4, 23))
    assert found is not None and found.attribution and found.place is None
    assert (found.agency, found.date) == ("RMOL", date(2024, 4, 22))
    assert parse_dateline("kata dia kepada MINA. Ia menambahkan") is None  # no day stated: not an attribution
    # words of the clause between the agency and its day
    for clause in ("saat berbincang dengan Kantor Berita Politik RMOL sesaat lalu, Senin (22/4).",
                   "seperti diberitakan Kantor Berita Politik RMOL melalui pesan singkat, Senin (22/4)."):
        found = parse_dateline(clause, base=date(2024, 4, 23))
        assert found is not None and found.attribution and (found.agency, found.date) == ("RMOL", date(2024, 4, 22))


class _Profile:
    """A stand-in for `SiteProfile` with the two attributes the dateline parser reads."""

    def __init__(self, typos: tuple[str, ...] = (), aliases: dict[str, tuple[str, ...]] | None = None) -> None:
        self.agency_typos = typos
        self.agency_aliases = aliases or {}


def test_profile_typos_and_aliases_name_the_sites_own_agency() -> None:
    profile = _Profile(typos=("ANTARA",), aliases={"ANTARA": (r"Kantor Berita Antara",)})
    assert parse_dateline("Jakarta (ANTRA) -" + BODY, profile=profile).agency == "ANTARA"
    assert parse_dateline("Jakarta (Kantor Berita Antara) -" + BODY, profile=profile).agency == "ANTARA"
    without = parse_dateline("Jakarta (ANTRA) -" + BODY)
    assert without.agency == "ANTRA" and not without.agency_in_table
    # MINA's typos are read by default, and only for the names a given profile lists.
    assert parse_dateline("Nablus, MlNA -" + BODY).agency == "MINA"
    assert parse_dateline("Nablus, MlNA -" + BODY, profile=_Profile(typos=("MINA",))).agency == "MINA"
    assert not parse_dateline("Nablus, MlNA -" + BODY, profile=profile).agency_in_table


def test_a_profile_with_a_broken_alias_is_read_without_it() -> None:
    found = parse_dateline("Jakarta (ANTARA) -" + BODY, profile=_Profile(aliases={"X": ("(",)}))
    assert found is not None and found.agency == "ANTARA"


def test_typo_rule_is_generic() -> None:
    assert is_agency_typo("ANTRA", "ANTARA") and is_agency_typo("WAFFA", "WAFA") and is_agency_typo("MlNA", "MINA")
    assert not is_agency_typo("BANTARA", "ANTARA") and not is_agency_typo("AP", "AP")
    assert agency_name("ap") is None and agency_name("AP") == "AP"


# Place names of several words in every form that names a place: the shapes of the real cases with other places.
@pytest.mark.parametrize(("text", "place", "agency"), [
    ("NEW YORK – The council met on Monday.", "NEW YORK", None),
    ("DEN HAAG – Mahkamah Internasional memutuskan", "DEN HAAG", None),
    ("RIO DE JANEIRO – Polisi menangkap", "RIO DE JANEIRO", None),
    ("Liputan6.com, Banda Aceh Pemerintah Aceh menetapkan", "Banda Aceh", "Liputan6"),
    ("Liputan6.com, Jakarta Pusat Polisi menutup jalan", "Jakarta Pusat", "Liputan6"),
    ("Liputan6.com, Rio de Janeiro Polisi menangkap", "Rio de Janeiro", "Liputan6"),
    ("Liputan6.com, Jakarta London Love Story, film kedua", "Jakarta", "Liputan6"),
    ("Liputan6.com, Al-Khalil Pasukan Israel menyerbu", "Al-Khalil", "Liputan6"),
    ("TIMES MALANG, KUALA LUMPUR – Muhammad Nur, Kepala Seksi", "KUALA LUMPUR", "TIMES MALANG"),
    ("TIMES MALANG, JAKARTA – Muhammad Nur, Kepala Seksi", "JAKARTA", "TIMES MALANG"),
])
def test_places_of_several_words(text, place, agency):
    found = parse_dateline(text)
    assert (found.place, found.agency) == (place, agency)


def test_a_hyphen_inside_a_name_is_no_dateline_dash():
    assert parse_dateline("Liputan6.com, Al-Khalil - Pasukan Israel").place == "Al-Khalil"
    assert parse_dateline("Al-Quds, MINA – Pasukan Israel").place == "Al-Quds"


@pytest.mark.parametrize("dash", ["―", "－", "﹣", "⁃"])
def test_every_dash_character_ends_a_dateline(dash):
    assert (parse_dateline(f"Surabaya (ANTARA) {dash} Warga").place, parse_dateline(f"Jakarta, MINA {dash} Warga").agency) \
        == ("Surabaya", "MINA")


def test_a_place_in_capitals_glued_to_its_dash():
    assert parse_dateline("MIMIKA– Warga Timika menggelar").place == "MIMIKA"


def test_an_outlet_then_its_place_closed_by_a_colon():
    found = parse_dateline("Metrotvnews.com, Jakarta: Presiden Joko Widodo meresmikan")
    assert (found.place, found.agency) == ("Jakarta", "Metrotvnews.com")


@pytest.mark.parametrize("text", [
    "MATATELINGA, Medan : Kapolrestabes Medan Kombes Pol Gidion Arif Setyawan mengakui Kota Medan belum bebas.",
    "MATATELINGA, Medan: Kapolrestabes Medan Kombes Pol Gidion Arif Setyawan mengakui Kota Medan belum bebas.",
])
def test_an_outlets_name_in_capitals_then_a_listed_place_closed_by_a_colon(text):
    found = parse_dateline(text)
    assert found is not None and (found.place, found.agency, found.agency_in_table) == ("Medan", "MATATELINGA", False)


def test_a_numeric_date_with_spaced_slashes_in_an_english_feature_dateline():
    found = parse_dateline("Jakarta, 31/12 / 2021 (ANTARA) - The government")
    assert (found.place, found.agency, found.date) == ("Jakarta", "ANTARA", date(2021, 12, 31))


# A place and its region (province or country) is one place, never a place and an outlet.
@pytest.mark.parametrize(("text", "place"), [
    ("BANDA ACEH, ACEH – Polisi menangkap dua pelaku", "BANDA ACEH, ACEH"),
    ("MEDAN, SUMUT - Polisi menangkap dua pelaku", "MEDAN, SUMUT"),
    ("Bandung, Jawa Barat - Polisi menangkap dua pelaku", "Bandung, Jawa Barat"),
    ("Kuala Lumpur, Malaysia – Pemerintah Malaysia menetapkan", "Kuala Lumpur, Malaysia"),
    ("KAIRO, MESIR - Ribuan warga turun ke jalan", "KAIRO, MESIR"),
    ("Jakarta Selatan, DKI Jakarta - Polisi menutup jalan", "Jakarta Selatan, DKI Jakarta"),
    # Islands, a neighbour's states and a capital's district too, in capitals or not.
    ("Mataram, NTB - Sebanyak 29 penerbangan", "Mataram, NTB"),
    ("MEDAN, SUMUT - Warga memadati", "MEDAN, SUMUT"),
    ("Labuan Bajo, Flores - Wisatawan memadati", "Labuan Bajo, Flores"),
    ("KOTA BHARU, KELANTAN - Banjir melanda", "KOTA BHARU, KELANTAN"),
    ("WASHINGTON, DC - Presiden menerima", "WASHINGTON, DC"),
])
def test_a_place_with_its_region_names_no_outlet(text, place):
    found = parse_dateline(text)
    assert (found.place, found.agency) == (place, None)


def test_an_outlet_before_its_place_stays_an_outlet_when_the_place_is_a_region():
    found = parse_dateline("TIMES MALANG, BALI – Muhammad Nur, Kepala Seksi")
    assert (found.place, found.agency) == ("BALI", "TIMES MALANG")


@pytest.mark.parametrize("text", ["DPR RI – Rapat paripurna digelar", "KPK - Penyidik memeriksa saksi"])
def test_an_acronym_in_capitals_is_no_place(text):
    assert parse_dateline(text) is None


@pytest.mark.parametrize(("text", "place", "agency"), [
    ("Jakarta– Polisi menangkap dua pelaku", "Jakarta", None),
    ("TIMES MALANG, JAKARTA– Muhammad Nur, Kepala Seksi", "JAKARTA", "TIMES MALANG"),
])
def test_a_dash_glued_to_the_place_before_a_space(text, place, agency):
    found = parse_dateline(text)
    assert (found.place, found.agency) == (place, agency)


def test_a_dash_glued_to_a_title_case_word_no_list_has_reads_no_place():
    # bengkulu.indopolitika.com (2020): the outlet's name alone, its hyphen glued to it
    found = parse_dateline("Indopolitika- Gubernur Bengkulu Rohidin Mersyah mengimbau kepada masyarakat Bengkulu agar"
                           " tidak panik")
    assert found is None or found.place is None


def test_an_outlet_named_with_a_short_word_in_capitals_after_the_place():
    found = parse_dateline("Jakarta, IDN Times - Harga emas naik pagi ini")
    assert (found.place, found.agency, found.agency_in_table) == ("Jakarta", "IDN Times", False)


@pytest.mark.parametrize(("text", "place", "agency"), [
    ("Jakarta, VOA - Pemerintah Amerika Serikat", "Jakarta", "VOA"),
    ("PADANG, SINGGALANG - Gubernur menerima", "PADANG", "SINGGALANG"),
    ("MAKASSAR, FAJAR -- Warga memadati", "MAKASSAR", "FAJAR"),
    # indotimur.com (2026): the dash glued to the outlet's name
    ("HALTENG, OT- Bupati Halmahera Tengah (Halteng) Ikram M. Sangadji mengingatkan", "HALTENG", "OT"),
    ("MAROS, KABAR- Warga memadati", "MAROS", "KABAR"),
    # carapandang.com (2023): a name of eleven letters
    ("POHUWATO, CARAPANDANG - Wakil Bupati Pohuwato, Suharsi Igirisa menghadiri", "POHUWATO", "CARAPANDANG"),
    ("MAROS, KABARSULAWESI - Warga memadati", "MAROS", "KABARSULAWESI"),
])
def test_an_outlet_named_with_one_word_in_capitals_after_the_place(text, place, agency):
    found = parse_dateline(text)
    assert (found.place, found.agency, found.agency_in_table) == (place, agency, False)


@pytest.mark.parametrize(("text", "place", "agency"), [
    ("CILEGON, iNewsBanten - Dinas Kesehatan (Dinkes) Kota Cilegon, menyampaikan kasus", "CILEGON", "iNewsBanten"),
    ("Palu, eKoran – Warga memadati alun-alun", "Palu", "eKoran"),
])
def test_an_outlet_named_with_a_lower_case_letter_before_a_capital(text, place, agency):
    found = parse_dateline(text)
    assert (found.place, found.agency, found.agency_in_table) == (place, agency, False)


@pytest.mark.parametrize("text", ["Menurut, Ketua Umum - Warga menolak", "Sementara, Ketua DPR - Puan - Menyatakan"])
def test_a_sentence_opener_before_a_name_is_no_dateline(text):
    assert parse_dateline(text) is None


@pytest.mark.parametrize(("text", "place"), [
    ("Cibinong, Bogor - Warga memadati alun-alun", "Cibinong, Bogor"),
    ("Ciputat, Tangerang – Polisi menangkap dua pelaku", "Ciputat, Tangerang"),
    ("Lembang, Bandung Barat - Warga menanam pohon", "Lembang, Bandung Barat"),
    ("CIBINONG, BOGOR - Warga memadati alun-alun", "CIBINONG, BOGOR"),
    ("D'On, Padang — Ketika sebagian besar orang masih terpaku pada rutinitas pagi", "D'On, Padang"),
])
def test_a_known_city_or_place_name_after_the_place_is_no_outlet(text, place):
    found = parse_dateline(text)
    assert (found.place, found.agency) == (place, None)


@pytest.mark.parametrize(("text", "place", "agency"), [
    ("PARBOABOA, Pematang Siantar – Badan Nasional Penanggulangan Bencana (BNPB) mencatat", "Pematang Siantar",
     "PARBOABOA"),
    ("KABARNUSA, Jakarta - Warga memadati alun-alun", "Jakarta", "KABARNUSA"),
    ("DPR, Jakarta - Warga memadati alun-alun", "DPR, Jakarta", None),  # three capitals name a body
    # langitku.net (2020), murianews.com (2018): a name of two words saying it is an outlet; a brand's glued words
    # before a place no list knows
    ("LANGITKU NETWORKS, Makassar – Berlangsung di Ruang Rapat Pimpinan Kantor Gubernur", "Makassar",
     "LANGITKU NETWORKS"),
    ("MuriaNewsCom, Cilacap – Calon Gubernur Jawa Tengah, Ganjar Pranowo cukup kaget", "Cilacap", "MuriaNewsCom"),
    ("KABAR MAROS NEWS, Bantimurung - Warga memadati alun-alun", "Bantimurung", "KABAR MAROS NEWS"),
    ("BANDUNG, Prolite – Dinas Lingkungan Hidup Kota Bandung", "BANDUNG", "Prolite"),  # a known city is the place
    # gorontaloprov.go.id (2019): a name no list knows before a plain title-case word is the place
    ("BONE BOLANGO, Humas – Atasnama Gubernur dan Pemerintah Provinsi Gorontalo", "BONE BOLANGO", "Humas"),
])
def test_a_name_in_capitals_before_a_place_in_title_case_is_its_outlet(text, place, agency):
    found = parse_dateline(text)
    assert (found.place, found.agency) == (place, agency)


@pytest.mark.parametrize(("text", "place", "raw"), [
    # a 2013 lead of jatim.antaranews.com (AMP), its byline element run into the dateline
    ("Oleh Wuryanti Puspitasari Jakarta (Antara) - Badan Nasional Penanggulangan Bencana (BNPB) menyatakan",
     "Jakarta", "Jakarta (Antara) -"),
    ("Oleh Budi Santoso Tanjung Selor (ANTARA) - Warga memadati alun-alun", "Tanjung Selor", "Tanjung Selor (ANTARA) -"),
    ("By Fardah Jakarta (ANTARA) - The government has", "Jakarta", "Jakarta (ANTARA) -"),
    ("Oleh Budi Santoso Mataram, NTB (ANTARA News) - Warga memadati", "Mataram, NTB", "Mataram, NTB (ANTARA News) -"),
])
def test_a_byline_run_into_the_dateline_is_no_part_of_its_place(text, place, raw):
    found = parse_dateline(text)
    assert (found.place, found.agency, found.raw) == (place, "ANTARA", raw)
    assert text[found.start:].startswith(raw)


@pytest.mark.parametrize(("text", "agency_raw"), [
    ("(ANTARA News/Yonhap-OANA) - Kereta peluru berkecepatan tinggi KTX tergelincir", "ANTARA News/Yonhap-OANA"),
    ("(Antara/Xinhua-OANA) - Presiden China menerima kunjungan", "Antara/Xinhua-OANA"),
])
def test_a_wire_story_without_a_place_names_the_agency_and_its_wire(text, agency_raw):
    found = parse_dateline(text)
    assert (found.place, found.agency, found.agency_raw) == (None, "ANTARA", agency_raw)



@pytest.mark.parametrize(("text", "place"), [
    # a caption run into an ANTARA lead (2024): its label and dash are no dateline
    ("Ilustrasi - Seorang anak mengalami perundungan. ANTARA/Pexels/am.\nJakarta (ANTARA) - Kepolisian mengungkapkan "
     "terdapat luka memar", "Jakarta"),
    ("Arsip Foto - Petugas memadamkan api di Pasar Minggu. ANTARA FOTO/Budi/aa.\nBandung (ANTARA) - Warga memadati",
     "Bandung"),
    ("Tangkapan Layar - Menteri berbicara dalam rapat daring.\nSemarang (ANTARA) - Pemerintah menetapkan", "Semarang"),
])
def test_a_caption_label_and_its_dash_are_no_place(text, place):
    assert parse_dateline(text).place == place


def test_a_caption_label_alone_is_no_dateline():
    assert parse_dateline("Ilustrasi - Warga antre membeli minyak goreng di pasar") is None


@pytest.mark.parametrize(("text", "agency_raw", "day"), [
    # a 2022 story of RMOL's East Java member, the region written apart from the agency's name
    ("ujar Sumedi kepada Kantor Berita RMOL Jatim, Senin (14/3). Sumedi menjelaskan", "RMOL Jatim", date(2022, 3, 14)),
    ("kata Budi kepada Kantor Berita RMOL Banten, Kamis (30/1).", "RMOL Banten", date(2020, 1, 30)),
])
def test_an_attribution_to_a_network_member_written_apart(text, agency_raw, day):
    found = parse_dateline(text, base=day)
    assert (found.agency, found.agency_raw, found.date, found.attribution) == ("RMOL", agency_raw, day, True)


@pytest.mark.parametrize(("text", "place"), [
    # ANTARA stories republished by Kalimantan outlets (2024, 2025): the credit closes the caption, the dateline
    # keeps only the place
    ("Pemprov Kalbar dan BI sinergi susun kebijakan ekonomi regional 2025. (ANTARA)\nPontianak - Pemerintah Provinsi "
     "Kalimantan Barat (Pemprov Kalbar) bersama Kantor Perwakilan Bank Indonesia", "Pontianak"),
    ("Wali Kota: Kebakaran lahan di Singkawang sudah mencapai 100 hektare. (ANTARA)\nSingkawang - Wali Kota Singkawang "
     "mengatakan", "Singkawang"),
    ("Warga memadati alun-alun kota. (ANTARA FOTO/Budi Santoso)\nBandung - Pemerintah Kota Bandung menggelar",
     "Bandung"),
])
def test_a_place_alone_after_a_caption_closed_by_an_agencys_credit(text, place):
    found = parse_dateline(text)
    assert (found.place, found.agency) == (place, None)


def test_a_sentence_with_an_agency_in_parentheses_opens_no_place_dateline():
    assert parse_dateline("Warga antre sejak pagi, kata Budi (ANTARA) di sana. Sementara - itu harga naik") is None


@pytest.mark.parametrize(("text", "place", "agency"), [
    # riauterkini.com (2024), kitasulsel (2025): a one-word name, then the place in capitals between dashes
    ("Riauterkini - PEKANBARU - Pemerintah Provinsi (Pemprov) Riau hingga kini masih menunggu", "PEKANBARU",
     "Riauterkini"),
    ("Kitasulsel—ENREKANG—Gubernur Sulawesi Selatan, Andi Sudirman Sulaiman berkomitmen", "ENREKANG", "Kitasulsel"),
    ("Kabarmaros - MAROS - Warga memadati alun-alun", "MAROS", "Kabarmaros"),
])
def test_an_outlet_then_its_place_in_capitals_between_dashes(text, place, agency):
    found = parse_dateline(text)
    assert (found.place, found.agency, found.agency_in_table) == (place, agency, False)


def test_a_label_before_a_place_in_capitals_between_dashes_is_no_outlet():
    found = parse_dateline("Foto - JAKARTA - Warga memadati alun-alun")
    assert found is None or found.agency is None


@pytest.mark.parametrize(("text", "place", "agency_raw"), [
    # regional.kompas.com (2015): the page's time stamp, the contributor's line, then the dateline
    ("Kompas.com - 28/12/2015, 23:20 WIB\nKontributor Kupang, Sigiranus Marutho Bere\n\nPenulis\n\n"
     "KUPANG, KOMPAS.com - Gubernur NTT Frans Lebu Raya mengaku senang", "KUPANG", "KOMPAS.com"),
    ("Tempo.co - 01/02/2024, 10:15 WIB\nMEDAN, TEMPO.CO - Warga memadati alun-alun", "MEDAN", "TEMPO.CO"),
])
def test_an_outlets_time_stamp_is_no_dateline(text, place, agency_raw):
    found = parse_dateline(text)
    assert (found.place, found.agency_raw) == (place, agency_raw)


@pytest.mark.parametrize(("text", "place", "agency"), [
    # baubaupost.com (2018), carapandang.com (2023): the reporter's credit on a line of its own
    ("Peliput Alyakin\n\nKENDARI, BP – Drs La Bakry Msi resmi dilantik menjadi Bupati Buton", "KENDARI", "BP"),
    ("Liputan : Hamid Toliu\nPOHUWATO, CARAPANDANG - Wakil Bupati Pohuwato, Suharsi Igirisa menghadiri", "POHUWATO",
     "CARAPANDANG"),
    ("Reporter: Budi Santoso\nMAROS – Warga memadati alun-alun", "MAROS", None),
])
def test_a_dateline_after_the_reporters_credit_line(text, place, agency):
    found = parse_dateline(text)
    assert (found.place, found.agency) == (place, agency)


@pytest.mark.parametrize(("text", "place", "agency"), [
    # lombokjournal.com (2017, 2023), lenterajabar.com (2025): the place glued to the outlet's domain by a full stop
    ("MATARAM.lombokjournal.com – memang menarik rencana pembangunan fasilitas kereta gantung", "MATARAM",
     "lombokjournal.com"),
    ("MATARAM.LombokJournal.com ~ Lembaga Penyiaran Publik (LPP) RRI Mataram diminta meningkatkan mutu siaran",
     "MATARAM", "LombokJournal.com"),
    ("KOTA BANDUNG.LENTERAJABAR.COM, – DPRD Jawa Barat menggelar rapat paripurna", "KOTA BANDUNG", "LENTERAJABAR.COM"),
    ("MAROS.kabarmaros.id - Warga memadati alun-alun", "MAROS", "kabarmaros.id"),
])
def test_a_place_glued_to_its_outlets_domain(text, place, agency):
    found = parse_dateline(text)
    assert (found.place, found.agency) == (place, agency)


@pytest.mark.parametrize("text", ["SURYA.CO.ID - Warga memadati alun-alun", "WWW.KOMPAS.COM - Warga memadati"])
def test_a_domain_in_capitals_names_no_place(text):
    assert parse_dateline(text).place is None


@pytest.mark.parametrize(("text", "place", "agency"), [
    # malukuprov.go.id (2019), marinyonews.com (2020), terasmaluku.com (2021): a comma before the dash
    ("AMBON,- Tahun 2020 mendatang, Maluku menjadi tuan rumah", "AMBON", None),
    ("Ambon,MarinyoNews.Com,-Mantan Kakor Brimob Irjen Polisi Murad Ismail", "Ambon", "MarinyoNews.Com"),
    ("TERASMALUKU.COM,-AMBON-Gubernur Maluku, Murad Ismail menegaskan", "AMBON", "TERASMALUKU.COM"),
    ("MAROS,- Warga memadati alun-alun", "MAROS", None),
    # banyuwangi-bersatu.blogspot.com (2014): a space between them
    ("BANYUWANGI, - Luka robek di dahi Purwadi Syamsul Hidayat (21)", "BANYUWANGI", None),
    ("Maros, kabarmaros.id,- Warga memadati alun-alun", "Maros", "kabarmaros.id"),
])
def test_a_comma_glued_to_the_dash(text, place, agency):
    found = parse_dateline(text)
    assert (found.place, found.agency) == (place, agency)


@pytest.mark.parametrize(("text", "place"), [
    # maklumatnews.co.id (2025), Malut Post (2016), radarjambi.co.id (2021), Kontan: a known place in capitals, its
    # dash glued to it and to the sentence, or a full stop for the dash
    ("PADANG—Di tengah hangatnya pagi Kota Padang, ketika bayang-bayang gedung berlari pelan", "PADANG"),
    ("SOFIFI-Rabu (12/10) hari ini, Provinsi Maluku Utara (Malut) genap berusia 17 tahun.", "SOFIFI"),
    ("JAMBI.Sudah dilantiknya Al Haris sebagai Gubernur Jambi pada hari Rabu (7/7)", "JAMBI"),
    ("BANDUNG. Badan Nasional Penanggulangan Bencana (BNPB) memprediksi, hujan masih akan turun", "BANDUNG"),
    ("BANDAR LAMPUNG-Warga memadati alun-alun", "BANDAR LAMPUNG"),
])
def test_a_known_place_in_capitals_glued_to_its_dash_or_a_full_stop(text, place):
    found = parse_dateline(text)
    assert (found.place, found.agency) == (place, None)


@pytest.mark.parametrize("text", [
    # sumbarprov.go.id (2017): an ellipsis for the dash, written or as an entity, is no part of the place
    "SAWAHLUNTO&hellip;.Mentri Pemuda dan Olahraga (Menpora) RI Imam Nahrawi didampingi Wakil Gubernur",
    "SAWAHLUNTO\u2026Mentri Pemuda dan Olahraga (Menpora) RI Imam Nahrawi didampingi Wakil Gubernur",
    "SAWAHLUNTO...Mentri Pemuda dan Olahraga (Menpora) RI Imam Nahrawi didampingi Wakil Gubernur",
    "SAWAHLUNTO... Mentri Pemuda dan Olahraga (Menpora) RI Imam Nahrawi didampingi Wakil Gubernur",
])
def test_a_known_place_in_capitals_before_an_ellipsis(text):
    found = parse_dateline(text)
    assert (found.place, found.agency) == ("SAWAHLUNTO", None)


def test_an_ellipsis_after_a_word_in_capitals_that_is_no_place_gives_no_dateline():
    assert parse_dateline("HEBOH...Warga Padang memadati alun-alun") is None


@pytest.mark.parametrize("text", ["PENTING. Harap dibaca sebelum mendaftar", "ASEAN-Korea Summit digelar di Busan"])
def test_a_word_in_capitals_glued_to_a_sentence_is_no_place(text):
    assert parse_dateline(text) is None


@pytest.mark.parametrize("text", [
    # metropalembang.com (2018): a brand's two words glued are no place
    "MetroPalembang - Ketua DPD PDI Perjuangan Sumsel HM Giri Ramanda N Kiemas",
    "KabarMaros - Warga memadati alun-alun",
])
def test_a_brands_glued_words_are_no_place(text):
    found = parse_dateline(text)
    assert found is None or found.place is None


def test_a_place_with_a_capital_after_a_short_prefix_is_a_place():
    assert parse_dateline("McAllen - Warga memadati alun-alun").place == "McAllen"


@pytest.mark.parametrize(("text", "place", "agency"), [
    # wartabangka.com (2021): WARTA glued to the outlet's name, before its place in capitals
    ("WARTABANGKA, PANGKALPINANG– Salah satu makanan cepat saji asal Amerika Serikat", "PANGKALPINANG", "WARTABANGKA"),
    ("WARTABANGKA, KOBA – Bupati Bangka Tengah (Bateng), Algafry Rahman berharap", "KOBA", "WARTABANGKA"),
    ("WartaMaros, Bantimurung - Warga memadati alun-alun", "Bantimurung", "WartaMaros"),
])
def test_an_outlet_named_with_warta_glued_before_its_place(text, place, agency):
    found = parse_dateline(text)
    assert (found.place, found.agency) == (place, agency)


def test_a_journalist_in_capitals_is_no_outlet():
    assert parse_dateline("WARTAWAN, JAKARTA - Warga memadati alun-alun").agency is None


@pytest.mark.parametrize(("text", "place", "agency"), [
    # jinnewsone.com (2025): the dash lost after the outlet's domain
    ("SERANG, JinNewsOne.Com SMAN 4 Kota Serang menyampaikan klarifikasi", "SERANG", "JinNewsOne.Com"),
    ("MAROS, kabarmaros.id Warga memadati alun-alun", "MAROS", "kabarmaros.id"),
])
def test_a_place_in_capitals_and_a_domain_without_the_dash(text, place, agency):
    found = parse_dateline(text)
    assert (found.place, found.agency) == (place, agency)


@pytest.mark.parametrize(("text", "place", "agency"), [
    # juaranews (2023): an outlet's glued name, then a known city without a comma
    ("JuaraNews Bandung - Ketua Komisi I DPRD Jawa Barat, Bedi Budiman mengatakan", "Bandung", "JuaraNews"),
    ("KabarNews Makassar - Warga memadati alun-alun", "Makassar", "KabarNews"),
    ("BeritaBintang Terkini - Warga memadati alun-alun", None, "BeritaBintang Terkini"),  # no city: one name
])
def test_an_outlets_name_then_a_known_city_without_a_comma(text, place, agency):
    found = parse_dateline(text)
    assert (found.place, found.agency) == (place, agency)


@pytest.mark.parametrize(("text", "place", "agency"), [
    # segaris.co (2025): the outlet's domain between dashes after the place
    ("PEMATANGSIANTAR — SEGARIS.CO — KOTA PEMATANGSIANTAR sangat dikenal sebagai kota sejuk", "PEMATANGSIANTAR",
     "SEGARIS.CO"),
    ("MAROS - kabarmaros.id - Warga memadati alun-alun", "MAROS", "kabarmaros.id"),
    ("TRIBUN-TIMUR.COM - Gelontoran tiga gol Bayern Munich", None, "Tribunnews"),  # a hyphen in the name
])
def test_an_outlets_domain_between_dashes_after_the_place(text, place, agency):
    found = parse_dateline(text)
    assert (found.place, found.agency) == (place, agency)


@pytest.mark.parametrize(("text", "place", "agency"), [
    # pedomanrakyat.co.id (2025): RAKYAT closing the outlet's glued name, before a place or a region
    ("PEDOMANRAKYAT, MAJENE – Konsolidasi organisasi adat modern PALASARA", "MAJENE", "PEDOMANRAKYAT"),
    ("PEDOMANRAKYAT, RIAU – Tim gabungan Direktorat Reserse Narkoba (Ditresnarkoba) Polda Riau", "RIAU",
     "PEDOMANRAKYAT"),
    ("SUARARAKYAT, SULSEL - Warga memadati alun-alun", "SULSEL", "SUARARAKYAT"),
])
def test_an_outlet_named_with_rakyat_glued_before_its_place(text, place, agency):
    found = parse_dateline(text)
    assert (found.place, found.agency) == (place, agency)


@pytest.mark.parametrize(("text", "place", "agency"), [
    # ketapangmedia.com (2025): a colon between the place and the outlet's acronym
    ("Ketapang:KM – Bupati Ketapang Alexander Wilyo,S.STP.,M.Si lepas Karnaval Budaya", "Ketapang", "KM"),
    ("Pontinak:KM – Lusia Dewi Nurjana Alexander Wilyo dikukuhkan sebagai Bunda Literasi", "Pontinak", "KM"),
    ("Maros:KBM - Warga memadati alun-alun", "Maros", "KBM"),
])
def test_a_colon_between_the_place_and_its_outlets_acronym(text, place, agency):
    found = parse_dateline(text)
    assert (found.place, found.agency) == (place, agency)


def test_a_label_and_a_colon_before_an_acronym_is_no_place():
    found = parse_dateline("Catatan:KPK - Warga memadati alun-alun")
    assert found is None or found.place is None


@pytest.mark.parametrize(("text", "place", "agency"), [
    # murianews.com (2017): a caption closed by anyone's credit after its full stop, the dateline on the next line
    ("Bupati Kudus Musthofa saat berbicara di depan publik, di gedung Setda Kudus, Rabu (26/7/2017). (Pemkab Kudus)\n\n"
     "MuriaNewsCom, Kudus – Lembaga Administrasi Negara (LAN) sangat mengapresiasi", "Kudus", "MuriaNewsCom"),
    ("Warga antre membeli minyak goreng di pasar. (Humas Pemkab Maros)\nMAROS – Warga memadati alun-alun", "MAROS",
     None),
])
def test_a_dateline_after_a_caption_closed_by_a_credit(text, place, agency):
    found = parse_dateline(text)
    assert (found.place, found.agency) == (place, agency)


@pytest.mark.parametrize(("text", "place", "agency"), [
    # sulutreview.com (2019), suara-simalungun.blogspot.com (2012): one word in capitals after the place, ending the
    # dateline's line
    ("Tondano, SULUTREVIEW\nGubernur Sulawesi Utara (Sulut) Olly Dondokambey mendapatkan gelar", "Tondano",
     "SULUTREVIEW"),
    ("Simalungun,SS\nPolres Simalungun dalam hal ini Polsek Serbelawan diminta", "Simalungun", "SS"),
    ("Maros, KABARMAROS\nWarga memadati alun-alun", "Maros", "KABARMAROS"),
])
def test_an_outlet_in_capitals_after_the_place_ending_its_line(text, place, agency):
    found = parse_dateline(text)
    assert (found.place, found.agency) == (place, agency)


@pytest.mark.parametrize("text", ["Jakarta, INDONESIA\nWarga memadati alun-alun", "Medan, SUMUT\nWarga memadati"])
def test_a_region_in_capitals_ending_the_line_is_no_outlet(text):
    found = parse_dateline(text)
    assert found is None or found.agency is None


@pytest.mark.parametrize(("text", "place", "agency"), [
    # atjehterkini.id (2025), Aceh Info on suara.com (2023): a bar between the place and its outlet
    ("Aceh Barat | Atjeh Terkini.id – Suasana tegang mewarnai pinggiran Krung Meulaboh", "Aceh Barat",
     "Atjeh Terkini.id"),
    ("LHOKSEUMAWE | ACEH INFO – Aksi tawuran kembali terjadi di Kota Lhokseumawe", "LHOKSEUMAWE", "ACEH INFO"),
    ("MAROS | kabarmaros.id - Warga memadati alun-alun", "MAROS", "kabarmaros.id"),
])
def test_a_bar_between_the_place_and_its_outlet(text, place, agency):
    found = parse_dateline(text)
    assert (found.place, found.agency) == (place, agency)


def test_a_bar_before_a_sentence_names_no_outlet():
    found = parse_dateline("Mesuji Lampung | Masyarakat Desa Mukti Jaya menyambut")
    assert found is None or found.agency is None


@pytest.mark.parametrize("text", [
    # minanews.net (2016): the place was a link the page lost, its comma opens the line under the headline and caption
    ("Pasukan Israel Serbu Rumah Gubernur Yerusalem\n\nPasukan Israel berjaga-jaga saat penggrebekan rumah gubernur"
     " Yerusalem (Foto: Ma'an)\n\n, MINA – Pasukan gabungan intelijen dan pasukan pendudukan Israel pada Selasa"),
    ", (MINA) – Pasukan gabungan intelijen dan pasukan pendudukan Israel pada Selasa",
])
def test_a_line_opening_with_the_lost_places_comma_gives_the_agency_alone(text):
    found = parse_dateline(text)
    assert (found.place, found.agency) == (None, "MINA")
    assert text[found.start:found.end].startswith(", ")


def test_a_comma_and_an_agency_inside_a_sentence_is_no_dateline():
    assert parse_dateline("Kata dia, MINA - Pasukan pendudukan Israel pada Selasa") is None


@pytest.mark.parametrize("text", [
    # rm.id (2019, 2022): Rakyat Merdeka's name before the dash, its domain dropped or in capitals: no place
    "Rakyat Merdeka - Ada dua berita duka, kemarin. Pertama, dari Malang. Kedua, dari Bogor.",
    "RAKYAT MERDEKA - Ada dua berita duka, kemarin. Pertama, dari Malang. Kedua, dari Bogor.",
])
def test_an_outlets_name_opening_with_rakyat_is_no_place(text):
    found = parse_dateline(text)
    assert found is None or found.place is None


@pytest.mark.parametrize("text", [
    # rm.id (2021, 2022): the domain, two spaces, the outlet's name, the dash; headline, date and writer above it
    ("Papua Dan DOM\n\nJumat, 30 April 2021 06:23 WIB\nBUDI RAHMAN HAKIM\nBUDI RAHMAN HAKIM\n\nRM.id  Rakyat Merdeka -"
     " Papua rusuh lagi dan lagi. Tidak semua wilayah Papua tentunya."),
    "RM.id  Rakyat Merdeka - Ada dua berita duka, kemarin. Pertama, dari Malang. Kedua, dari Bogor.",
])
def test_a_domain_then_the_outlets_name_spelled_out_gives_the_domain_and_no_place(text):
    found = parse_dateline(text)
    assert (found.place, found.agency) == (None, "RM.id")
    assert text[found.start:found.end] == "RM.id  Rakyat Merdeka -"


def test_a_domain_then_a_listed_place_keeps_the_place():
    found = parse_dateline("Detiknews.id Surabaya – Warga memadati alun-alun kota pada Minggu pagi.")
    assert (found.place, found.agency) == ("Surabaya", "Detiknews.id")


def test_two_spaces_after_the_comma_between_a_district_and_its_regency() -> None:
    text = ("Imaam Yakhsyallah Mansur ceramah di Masjid At-Taqwa Ponpes Al-Fatah Rimbo Bujang, Tebo. (Foto: MINA)\n\n"
            "Rimbo Bujang,  Tebo, MINA – Imaam mengatakan, untuk bisa rukun antara sesama harus hidup berjamaah.")
    found = parse_dateline(text)
    assert (found.place, found.agency) == ("Rimbo Bujang, Tebo", "MINA")
    assert found.raw == "Rimbo Bujang,  Tebo, MINA –"

"""parse_dateline on the agencies' copy and on English-language Indonesian papers: a photo caption run into the
dateline, a brief's place and province before a colon, a digest's byline of two writers, a wire's byline before its
dateline, a date written before the place, a list's bullet before an outlet's dateline."""

from __future__ import annotations

from datetime import date

import pytest

from crawler.parsing.dateline import _TEXT_START, _candidate_starts, parse_dateline

from dateline_readings import place_and_agency  # beside this file
from crawler.parsing.dates import fold


@pytest.mark.parametrize("text", [
    "Connect with us\n\n\n\n\n\nSpokesman of Gerindra, Andre Rosiade., Jakarta – Prabowo Subianto-founded Great "
    "Indonesia Movement (Gerindra) Party has asked for those arrested",
    "Asylum seekers shake hands during Eid Al-Adha celebration in Kalideres, Jakarta, Sunday August (11/8/2019)., "
    "Jakarta – Several Muslim refugees from Afghanistan and Sudan expressed their yearnings",
])
def test_a_caption_run_into_the_dateline_by_its_full_stop_and_comma(text):
    assert place_and_agency(text) == ("Jakarta", None)


def test_an_academic_title_before_a_comma_opens_no_dateline():
    text = "Kepala Dinas Pendidikan, Dr. Ahmad, S.Pd., M.Si., Jakarta – Bandung ditempuh dalam tiga jam perjalanan darat."
    assert place_and_agency(text) is None


@pytest.mark.parametrize("text, place", [
    ("MATARAM, West Nusa Tenggara: Labor supply company PT Amestara Raya Corp should act responsibly in relation to "
     "the recent death", "MATARAM, West Nusa Tenggara"),
    ("SURABAYA, East Java: The provincial administration will", "SURABAYA, East Java"),
    ("MATARAM, NTB: Labor supply company PT Amestara Raya Corp should act", "MATARAM, NTB"),
])
def test_a_briefs_place_and_province_before_a_colon(text, place):
    assert place_and_agency(text) == (place, None)


def test_a_headlines_words_before_a_colon_are_no_place_and_province():
    assert place_and_agency("BANJIR, Warga Mengungsi: Ribuan warga bertahan di tenda darurat") is None


@pytest.mark.parametrize("text, place", [
    ("By JIM GOMEZ and JOEAL CALUPITAN Associated Press PUERTO PRINCESA, Philippines (AP) — A Chinese ship ran aground",
     "PUERTO PRINCESA, Philippines"),
    ("By FATMA KHALED Associated Press CAIRO (AP) — Inside Sudan’s biggest museum, the exhibition halls", "CAIRO"),
])
def test_a_wires_byline_run_into_its_dateline(text, place):
    assert place_and_agency(text) == (place, "AP")


@pytest.mark.parametrize("text, read", [
    ("SOA/NGADA, vigonews.com - Adrenalin  mulai berpacu ketika saya merapat di kampung", ("SOA/NGADA", "vigonews.com")),
    ("Ina Parlina, Jakarta/Bogor – Under the scorching sun, thousands of people were waiting for",
     ("Jakarta/Bogor", None)),
    ("BORNEOMEDIA/SAMPIT – Warga Sampit digegerkan penemuan", ("SAMPIT", "BORNEOMEDIA")),
])
def test_places_joined_by_a_slash(text, read):
    assert place_and_agency(text) == read


@pytest.mark.parametrize("text, place", [
    ("Kurniawan Hari and Fabiola Desy Unidjaja, Jakarta – The Golkar Party is employing a strategy of intimidation",
     "Jakarta"),
    ("Kornelius Purba and M. Taufiqurrahman, Nusa Dua/Bali – This week's Golkar Party congress will feature",
     "Nusa Dua/Bali"),
    ("Fadli and Jon Afrizal, Batam – A Russian national was accosted by a group of locals", "Batam"),
])
def test_a_digests_byline_of_two_writers(text, place):
    assert place_and_agency(text) == (place, None)


def test_places_joined_by_and_are_no_writers():
    assert place_and_agency("Jakarta and West Java, Indonesia – The floods have displaced thousands") is None


def test_a_writers_name_glued_before_a_listed_place():
    found = parse_dateline("Victor Mambor Jayapura – High school student Riko Ayomi was already dying when police "
                           "brought him home")
    assert (found.place, found.agency, found.raw) == ("Jayapura", None, "Jayapura –")


@pytest.mark.parametrize("text", [
    "Bobby Anderson – Since August, numerous civilians have been killed in Papua",
    "Andreas Harsono – Last week an activist famous in Indonesia for peacefully advocating",
])
def test_a_writers_name_alone_before_an_english_sentence_is_no_place(text):
    assert place_and_agency(text) is None


@pytest.mark.parametrize("text, place", [
    ("Kota Baru Jakarta – Warga memadati lapangan sejak pagi untuk menyaksikan upacara", "Kota Baru Jakarta"),
    ("Jakarta Pusat – Warga memadati lapangan sejak pagi untuk menyaksikan upacara", "Jakarta Pusat"),
])
def test_a_places_own_words_before_a_city_are_no_writers_name(text, place):
    assert place_and_agency(text) == (place, None)


def test_a_lists_bullet_before_the_datelines_line():
    text = ("Saturday, 19 January 2019\n\n300 Jakartans Register to Occupy Zero DP House Program\n\n  • Font:\n"
            "  • Ukuran Font: - +\n  • TEMPO.CO, Jakarta - People of Jakarta have registered to occupy the zero DP")
    assert place_and_agency(text) == ("Jakarta", "Tempo")


def test_a_table_agency_after_the_date_and_a_comma():
    found = parse_dateline("Saudi Press\n\nSaturday 1440/9/20 - 2019/05/25\n  • Share on Google+\n\nRiyadh, May 25, 2019, "
                           "SPA -- Saudi newspapers highlighted in their editorials today")
    assert (found.place, found.agency, found.date.isoformat()) == ("Riyadh", "SPA", "2019-05-25")


def test_a_word_after_the_date_and_a_comma_is_no_agency():
    found = parse_dateline("Jakarta, 12 Mei 2025, Presiden - Ketua umum partai itu hadir dalam acara")
    assert found is None or found.agency is None


@pytest.mark.parametrize("text", [
    "140409 Telkom Gelar Wimax di Sumatera\n\nwimax-logoJAKARTA—PT Telekomunikasi Indonesia Tbk (Telkom) akan menggelar",
    "140409 Smile Targetkan Spirit Terjual 20 Ribu Unit\n\nspirit-logoJAKARTA—Smile Telecom Technology mengharapkan",
])
def test_an_images_file_name_glued_before_the_dateline(text):
    assert place_and_agency(text) == ("JAKARTA", None)


def test_an_arabic_editions_place_alone_before_a_dash():
    text = "أنشرها:\n\nجاكرتا - تم افتتاح المركز الإعلامي إندونيسيا ماجو أمس الاثنين 4 ديسمبر."
    assert place_and_agency(text) == ("جاكرتا", None)


def test_a_copys_date_written_before_the_place():
    found = parse_dateline("October 30, 2023—Jakarta (VNA) – The counter-terrorism squad of Indonesian police")
    assert (found.place, found.agency, found.date.isoformat()) == ("Jakarta", "VNA", "2023-10-30")


def test_a_copys_date_before_its_sources_alone():
    found = parse_dateline("President Susilo Bambang Yudhoyono\n\nOctober 19, 2010 (KATAKAMI / THE JAKARTA POST) --- "
                           "President Susilo Bambang Yudhoyono is scheduled to leave Jakarta")
    assert (found.place, found.agency) == (None, "KATAKAMI / THE JAKARTA POST")


def test_a_date_and_a_weekday_in_parentheses_is_no_dateline():
    assert place_and_agency("30 Oktober 2023 (Senin) - Jadwal pelayanan kantor kelurahan berubah") is None


def test_a_month_and_its_year_without_a_day():
    found = parse_dateline("Pematang Panjang, Agustus 2025 – Dalam rangka memeriahkan Hari Ulang Tahun Republik")
    assert (found.place, found.agency, found.date) == ("Pematang Panjang", None, None)


def test_a_word_and_a_year_is_no_date():
    assert place_and_agency("Jakarta, Ketua 2025 – Dalam rangka memeriahkan Hari Ulang Tahun Republik") is None


@pytest.mark.parametrize("place", ["Jalur Gaza", "Tepi Barat", "Kota Gaza", "Khan Yunis"])
def test_territories_abroad_as_indonesian_outlets_spell_them(place):
    assert place_and_agency(f"{place} – Pasukan Israel menyerbu kota itu pada Senin malam") == (place, None)


def test_many_glued_logos_cost_a_few_starts_only():
    text = "a-logoA" * 300
    starts = _candidate_starts(fold(text))
    assert sum(1 for _, kind in starts if kind == _TEXT_START) <= 4
    assert parse_dateline(text) is None


@pytest.mark.parametrize("text, place", [
    ("Adam Prireza, Jakarta – Jakarta Governor Anies Baswedan said the capital city has 140 Covid-19 referral"
     " hospitals", "Jakarta"),
    ("Emma Connors, Singapore/Jakarta – President Joko Widodo's government has again resisted calls for a national"
     " lockdown", "Singapore/Jakarta"),
])
def test_a_digests_byline_before_a_sentence_opening_with_a_name(text, place):
    assert place_and_agency(text) == (place, None)


def test_a_regency_alone_before_a_sentence_opening_with_a_name_keeps_its_place():
    assert place_and_agency("Tana Toraja – Tourism Minister Sandiaga Uno said on Monday that the region") == ("Tana Toraja", None)


@pytest.mark.parametrize("text, place", [
    ("CAIRO, July 3. /TASS/. The Palestinian Authority decided to sever all contacts", "CAIRO"),
    ("NEW YORK, Sep. 12. /TASS/. The UN Security Council will meet", "NEW YORK"),
])
def test_a_wires_agency_between_slashes_after_the_day_and_month(text, place):
    found = parse_dateline(text)
    assert (found.place, found.agency, found.raw) == (place, "TASS", text[:text.index("/.") + 2])


def test_a_captions_photo_credit_run_into_the_place():
    text = ("Israeli troops deploy near northern Gaza border.ALRAY PhotoGaza City, 18 Jumadil Awwal 1435/19 March 2014"
            " (MINA) – Israeli carriers have unloaded tanks")
    found = parse_dateline(text)
    assert (found.place, found.agency, found.date.isoformat()) == ("Gaza City", "MINA", "2014-03-19")


def test_anis_city_with_its_country_in_square_brackets_before_the_date_and_agency():
    text = ("New Delhi [India], September 4 (ANI): The AFC Asian Cup 2027 final round Qualifiers Group C match between "
            "India and Singapore, on October 14, will be held at the Pandit Jawaharlal Nehru Stadium in Margao, Goa.")
    found = parse_dateline(text, base=date(2025, 9, 5))
    assert found is not None
    assert (found.place, found.agency_raw, found.date) == ("New Delhi", "ANI", date(2025, 9, 4))
    assert text[found.end:].startswith(" The AFC")


def test_an_arabic_outlets_name_after_the_places_dash_and_before_a_colon():
    found = parse_dateline("القاهرة - مصراوي:\n\nشارك أكثر من 100 الف إندونيسي في صلاة جماعية بالمسجد الكبير")
    assert (found.place, found.agency, found.agency_in_table) == ("القاهرة", "مصراوي", False)
    assert found.raw == "القاهرة - مصراوي:"


def test_an_arabic_place_and_a_sentence_after_its_dash_names_no_outlet():
    found = parse_dateline("جاكرتا - تم افتتاح المعرض الدولي للكتاب في العاصمة الإندونيسية")
    assert (found.place, found.agency) == ("جاكرتا", None)


@pytest.mark.parametrize("text, place, outlet, rest", [
    ("غزة - صفا\nاستشهد نحو 60 مواطنا، فجر اليوم السبت، في قصف نفذه طيران الاحتلال", "غزة", "صفا", "\nاستشهد"),
    ("القدس المحتلة –  قدس برس\n\nنشرت شرطة الاحتلال الإسرائيلية صباح اليوم الأربعاء", "القدس المحتلة", "قدس برس",
     "\n\nنشرت"),
    ("غزة - لبنان اليوم\nأفادت وكالة الأنباء الفلسطينية، السبت، بسقوط عشرات الشهداء", "غزة", "لبنان اليوم", "\nأفادت"),
    ("غزة- المسار : استشهد تسعة مواطنين فلسطينيين وأصيب آخرون، منذ فجر يوم الأحد", "غزة", "المسار", " استشهد"),
    ("الخليل- معا- اقتحمت قوات الإحتلال الإسرائيلي، صباح اليوم الثلاثاء، مخيم الفوار", "الخليل", "معا", "اقتحمت"),
])
def test_an_arabic_outlets_name_after_the_places_dash_ending_its_line_or_glued_dashes(text, place, outlet, rest):
    found = parse_dateline(text)
    assert (found.place, found.agency, found.agency_in_table) == (place, outlet, False)
    assert text[found.end:].startswith(rest)


@pytest.mark.parametrize("text", [
    # an aside between dashes in a sentence is no outlet
    "شنت قوات الاحتلال الصهيوني – فجر السبت- حملة اعتقالات واسعة في قرى وبلدات محافظة نابلس",
    # a country and its city on their own line name no outlet (MINA's Arabic copy of 2014)
    "الثلاثاء،14جمادى الثانية 1435ه الموافق 15نيسان/أبريل2014 وكالة معراج للأنباء الإسلامية”مينا”.\n"
    "ماليزيا – كوالالمبور\nفي إطار التبادل الثنائي في مجال التغطية الإعلامية الإسلامية العالمية",
])
def test_an_arabic_aside_or_a_country_and_its_city_is_no_place_and_outlet(text):
    found = parse_dateline(text)
    assert found is None or found.agency not in ("فجر السبت", "كوالالمبور")
    assert found is None or found.place not in ("شنت قوات", "ماليزيا")


@pytest.mark.parametrize("text, place, outlet, rest", [
    ("عروبة الإخباري – أكد وزير الدولة لشؤون الإعلام، الناطق الرسمي باسم الحكومة", None, "عروبة الإخباري", "أكد"),
    ("رام الله - صدى نيوز - عززت شرطة الاحتلال الإسرائيلي من تواجدها في مدينة القدس", "رام الله", "صدى نيوز",
     "عززت"),
])
def test_an_arabic_name_ending_in_an_outlets_word_is_the_outlet_not_a_place(text, place, outlet, rest):
    found = parse_dateline(text)
    assert (found.place, found.agency, found.agency_in_table) == (place, outlet, False)
    assert text[found.end:].lstrip().startswith(rest)


def test_a_time_of_day_before_today_between_dashes_is_no_outlet():
    found = parse_dateline("قال مراسل – فجر اليوم – إن قوات الاحتلال اقتحمت المخيم")
    assert found is None or found.agency is None


@pytest.mark.parametrize("text, place, outlet, rest", [
    ("رام الله -PNN- أعلنت بلدية رام الله أن الفعاليات لمناسبتي عيد الميلاد المجيد", "رام الله", "PNN", "أعلنت"),
    ("شجرة الميلاد.jpg\nرام الله-وكالة سند للأنباء\n\nأضاءت بلدية رام الله، مساء اليوم الأحد", "رام الله",
     "وكالة سند للأنباء", "\n\nأضاءت"),
    ("غزة-بترا\nتوغلت قوات الاحتلال الاسرائيلي صباح اليوم في اراضي المواطنين", "غزة", "بترا", "\nتوغلت"),
    ("رام الله 15-1-2026 وفا- قال الرئيس محمود عباس إن", "رام الله", "وفا", "قال"),
    ("وطنا اليوم:نقل النائب يوسف الرواضية رسالة شفهية من ابناء لواء البترا", None, "وطنا اليوم", "نقل"),
])
def test_an_arabic_agency_glued_to_the_places_dash_or_after_a_numeric_date(text, place, outlet, rest):
    found = parse_dateline(text)
    assert (found.place, found.agency_raw) == (place, outlet)
    assert text[found.end:].lstrip(" ").startswith(rest)


@pytest.mark.parametrize("text, place, outlet", [
    ("SEOUL (KOREA HERALD/ASIA NEWS NETWORK) - Blackpink broke their own record with the music video for Pink Venom.",
     "SEOUL", "KOREA HERALD/ASIA NEWS NETWORK"),
    ("KUALA LUMPUR (THE STAR/ASIA NEWS NETWORK) - Two burglars who broke into two homes in Kuala Lumpur on Sunday.",
     "KUALA LUMPUR", "THE STAR/ASIA NEWS NETWORK"),
])
def test_a_papers_copy_through_a_network_names_both_in_the_parentheses(text, place, outlet):
    found = parse_dateline(text)
    assert found is not None
    assert (found.place, found.agency) == (place, outlet)
    assert text[found.end:].lstrip().startswith(("Blackpink", "Two"))


def test_a_listed_place_in_capitals_before_a_spaced_colon():
    found = parse_dateline("BANGKOK : All Thai government agencies have been placed on high alert and urged to heighten "
                           "vigilance following recent bomb threats.")
    assert found is not None and (found.place, found.agency) == ("BANGKOK", None)


def test_a_captions_label_before_a_spaced_colon_is_no_place():
    found = parse_dateline("INGATKAN : Plt Sekdako Tebingtinggi Kamlan Mursyid ketika mengingatkan kepada seluruh OPD.")
    assert found is None or found.place is None

"""MINA's and ANTARA's openings, endings and inserts as stored page texts show them: metadata left before the
body, agency names misspelt, credits and codes after the last paragraph."""

from __future__ import annotations

import pytest

from crawler.parsing.agencies import agency_name
from crawler.parsing.credits import split_signature
from crawler.parsing.dateline import parse_dateline
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body
from crawler.parsing.urls import article_identity
from crawler.sites import SITES, profile_for_url

MINA = SITES["mina"]


@pytest.mark.parametrize(("text", "place"), [
    (" date 2022-03-28 Jerusalem, MINA – Thousands of Palestinians from the Palestinian territories occupied by Israel",
     "Jerusalem"),
    (" date 2024-08-12 Gaza, MINA – The seven volunteers of Medical Emergency Rescue Committee (MER-C) successfully",
     "Gaza"),
    (" date 2017-03 id Jayapura (ANTARA News) - Pemerintah Provinsi Papua menyiapkan anggaran", "Jayapura"),
])
def test_a_pages_metadata_stamp_before_the_dateline_is_skipped(text, place):
    found = parse_dateline(text, profile=MINA)
    assert found is not None and found.place == place and found.agency in {"MINA", "ANTARA"}
    assert text[found.start:].startswith(place)


def test_a_date_opening_a_sentence_is_no_metadata_stamp():
    assert parse_dateline("date 2022-03-28 adalah batas akhir pendaftaran peserta seleksi tahun ini.") is None


@pytest.mark.parametrize("text", [
    "mina logoJAKARTA,  October 26, 2012 (MINA) – Mi’raj News Agency (MINA) has been officially launched",
    "mina logo\n\nmina logoJAKARTA,  October 26, 2012 (MINA) – Mi’raj News Agency (MINA) has been officially launched",
])
def test_a_logos_alt_text_run_into_the_dateline_is_no_part_of_it(text):
    found = parse_dateline(text, profile=MINA)
    assert found is not None and (found.place, found.agency) == ("JAKARTA", "MINA")
    assert found.date is not None and found.date.isoformat() == "2012-10-26"


def test_a_logo_opening_the_lead_on_its_line_is_still_the_outlets_mark():
    found = parse_dateline("rmol news logo Ketua DPR RI Puan Maharani mengatakan anggaran itu cukup.")
    assert found is not None and found.place is None and found.agency == "RMOL"


def test_an_arabic_also_read_without_a_colon_is_a_related_insert():
    insert = "اقرأ أيضا  مطار يوجياكارتا يقيد ساعات العمل لوقف انتقال كوفيد-19"
    blocks = [Block("لامبونج، مينا – قامت مجموعة عمل الأقصى بعمل تضامني من أجل فلسطين في المدينة."),
              Block("وشارك في الفعالية مئات من أبناء المدينة وطلاب المدارس الإسلامية."), Block(insert),
              Block("وأكد المنظمون أن الفعالية ستتكرر في المدن الأخرى خلال الأسابيع المقبلة.")]
    cleaned = clean_body(blocks, profile=MINA)
    assert all("اقرأ" not in paragraph for paragraph in cleaned.paragraphs)
    assert len(cleaned.paragraphs) == 3 and all("مطار" not in paragraph for paragraph in cleaned.paragraphs)



@pytest.mark.parametrize(("text", "codes"), [
    ("... an international Islamic media, Mi’raj Islamic News Agency (MINA). (L /P009/R03)", ["L", "P009", "R03"]),
    ("... dan lain-lain. (L/R8/P2)", ["L", "R8", "P2"]),
])
def test_minas_closing_code_with_a_space_beside_a_slash(text, codes):
    body, signature = split_signature(text, MINA)
    assert signature is not None and [code.strip() for code in signature["codes"]] == codes
    assert body.endswith(("(MINA).", "lain-lain."))


@pytest.mark.parametrize("profile", [SITES["antara"], None])
@pytest.mark.parametrize(("text", "place"), [
    ("New York--(ANTARA/Business Wire)--Last night, on occasion of the opening of Moncler’s largest-ever global "
     "flagship on Fifth Avenue", "New York"),
    ("SAN FRANCISCO--(Antara/BUSINESS WIRE)--The company announced its results for the quarter today.",
     "SAN FRANCISCO"),
    ("New York (ANTARA/Business Wire) -- Last night, on occasion of the opening of the flagship", "New York"),
])
def test_a_wire_release_carried_by_antara(text, place, profile):
    found = parse_dateline(text, profile=profile)
    assert found is not None and (found.place, found.agency) == (place, "ANTARA") and found.agency_in_table


def test_a_wire_releases_double_hyphens_without_a_known_agency_are_no_dateline():
    assert parse_dateline("Jakarta--(Foo Bar)--Last night the company said it would expand.") is None


def test_a_summary_flattened_before_the_dateline_on_its_line():
    text = ("Pendirian pendidikan vokasi sebenarnya menjadi tanggung jawab Pemerintah, tapi akan berjalan lambat tanpa "
            "bantuan daerah, katanya di Bojonegoro, Sabtu. Bojonegoro (Antara Jatim) - Dosen Polinema Malang, Jawa "
            "Timur, Dr. Jaswadi mengatakan pendirian Akademi Komunitas Negeri sejalan dengan program pemerintah.")
    found = parse_dateline(text, profile=SITES["antara"])
    assert found is not None and (found.place, found.agency) == ("Bojonegoro", "ANTARA")
    assert text[found.start:].startswith("Bojonegoro (Antara Jatim) -")


@pytest.mark.parametrize("text", [
    "Rapat itu berlangsung hingga malam. Ketua Komisi (DPR) - yang hadir - menolak usulan itu.",
    "Rapat itu berlangsung hingga malam. Jakarta (ibu kota) - kata dia - tetap menjadi pusat pemerintahan.",
])
def test_after_a_sentence_only_a_tables_agency_in_parentheses_vouches(text):
    assert parse_dateline(text) is None


def test_a_long_caption_closed_by_antaras_photo_credit_comes_before_the_dateline():
    caption = ("Petugas Satpol pp memberikan sosialisasi pembatasan jam malam kepada pedagang di kawasan Margonda, "
               "Depok, Jawa Barat, Senin (31/8/2020). Pemkot Depok menerapkan pembatasan jam malam yakni batas "
               "operasional pukul 18.00 WIB untuk pertokoan, pukul 20.00 WIB untuk aktivitas warga, dan pukul 21.00 "
               "WIB untuk kurir barang, terkait meningkatnya angka kasus positif dalam dua minggu terakhir. ANTARA "
               "FOTO/Asprilla Dwi Adha/aww.")
    opening = "Total kasus konfirmasi positif COVID-19 di Indonesia bertambah sekitar 6.603.195 orang."
    blocks = [Block(caption), Block(f"Jakarta (ANTARA) - {opening}"),
              Block("DKI Jakarta mencatat angka tertinggi kasus konfirmasi positif.")]
    cleaned = clean_body(blocks, profile=SITES["antara"])
    assert cleaned.dateline is not None and cleaned.dateline.place == "Jakarta"
    assert cleaned.paragraphs[0] == opening


def test_a_long_first_paragraph_without_a_photo_credit_ends_the_search():
    paragraph = ("Pemerintah kota menyiapkan anggaran tambahan untuk perbaikan jalan yang rusak akibat banjir pekan "
                 "lalu, kata kepala dinas pekerjaan umum kepada wartawan. Perbaikan dimulai dari ruas yang paling "
                 "parah dan ditargetkan rampung sebelum musim hujan berikutnya tiba, sehingga warga dapat kembali "
                 "beraktivitas dengan normal. Anggaran itu berasal dari dana tak terduga.")
    cleaned = clean_body([Block(paragraph), Block("Jakarta - Warga diminta melapor bila menemukan jalan rusak.")])
    assert cleaned.dateline is None and cleaned.paragraphs[0] == paragraph


def test_the_hajj_host_serves_antaras_main_sequence():
    url = "https://infohaji.antaranews.com/berita/5454675/polda-maluku-fokuskan-pengamanan-wilayah-perairan"
    assert profile_for_url(url) is SITES["antara"]
    assert article_identity(url, SITES["antara"]) == article_identity(
        "https://www.antaranews.com/berita/5454675", SITES["antara"])


def test_a_video_opening_with_the_agency_and_a_hyphen_glued_to_the_text():
    found = parse_dateline("ANTARA -Polda Maluku menggelar rapat koordinasi lintas sektoral kesiapan pelayanan Idul "
                           "Fitri 1447 Hijriah di Provinsi Maluku, Kamis (5/3).", profile=SITES["antara"])
    assert found is not None and (found.place, found.agency) == (None, "ANTARA")


@pytest.mark.parametrize(("text", "place"), [
    ("Muaro (antara sumbar) Kabupaten Sijunjung, Sumatera Barat ikut berpartisipasi dalam festival itu.", "Muaro"),
    ("Jakarta (ANTARA) Presiden Joko Widodo meminta semua pihak menjaga ketertiban.", "Jakarta"),
])
def test_a_tables_agency_in_parentheses_with_the_dash_lost(text, place):
    found = parse_dateline(text)
    assert found is not None and (found.place, found.agency) == (place, "ANTARA")


@pytest.mark.parametrize("text", [
    "Sejumlah kota (antara lain Jakarta) - kata dia - terdampak banjir.",
    "Kota (antara lain) Jakarta dan Bogor terdampak banjir pekan ini.",
])
def test_antara_lain_among_others_is_no_regional_brand(text):
    assert parse_dateline(text) is None


def test_a_lower_case_regional_brand_needs_a_regions_name():
    assert agency_name("antara sumbar") == "ANTARA" and agency_name("antara lain") is None

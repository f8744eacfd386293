"""A government body's public-relations desk, `Humas` and the body's acronym or name, after the place's comma and
closed by a full stop for the dash (a research institute's releases, 2019-2021: `Jakarta, Humas LIPI. Pada ...`)."""

from dateline_readings import place_and_agency  # beside this file


def test_desk_and_acronym_full_stop():
    text = ("Jakarta, Humas LIPI. Pada Selasa (28/7) lalu, Biro Kerja Sama, Hukum, dan Hubungan Masyarakat (BKHH) "
            "Lembaga Ilmu Pengetahuan Indonesia (LIPI) kembali menggelar kegiatan Sapa Media secara daring.")
    assert place_and_agency(text) == ("Jakarta", "Humas LIPI")


def test_desk_under_listing_lines():
    text = ("Sapa Media #3, Mengenal Proses Pembuatan dan Uji Klinis Vaksin Covid-19\n\n"
            "By | Berita BKHH | No Comments\n\n"
            "Jakarta, Humas LIPI. Pada Selasa (28/7) lalu, Biro Kerja Sama, Hukum, dan Hubungan Masyarakat (BKHH) "
            "Lembaga Ilmu Pengetahuan Indonesia (LIPI) kembali menggelar kegiatan Sapa Media secara daring.")
    assert place_and_agency(text) == ("Jakarta", "Humas LIPI")


def test_desk_and_body_of_two_words():
    text = "Bandung, Humas Polda Jabar. Kapolda Jawa Barat meninjau pos pengamanan mudik di Nagreg."
    assert place_and_agency(text) == ("Bandung", "Humas Polda Jabar")


def test_desk_with_dash_stays():
    text = "Jakarta, Humas BRIN - Kepala BRIN Laksana Tri Handoko meresmikan gedung baru."
    assert place_and_agency(text) == ("Jakarta", "Humas BRIN")


def test_desk_word_alone_is_no_outlet():
    assert place_and_agency("Jakarta, Humas. Kepala biro menyampaikan laporan tahunan.") is None


def test_lower_case_after_full_stop_is_no_dateline():
    assert place_and_agency("Jakarta, Humas LIPI. pada hari ini kegiatan dibuka.") is None

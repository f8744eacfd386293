"""find_body_dates on a year-less day and month with a word that places it (`30 Agustus lalu`, `29-31 Maret
mendatang`, Malay `9 Julai ini`, `13 Mei lepas`, `Dec 12 last year`, `24th April this year`) (short real strings)."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB, find_body_dates


def _dates(text: str, base: datetime) -> list[str]:
    return [found["date"] for found in find_body_dates(text, base)]


@pytest.mark.parametrize(("text", "base", "expected"), [
    # Past (`lalu`, Malay `lepas`): the latest such day not after the publication.
    ("Objek luar angkasa ini ditemukan pada 30 Agustus lalu oleh astronom Gennady Borisov di observatorium MARGO "
     "Nauchnij, Crimea.", datetime(2019, 9, 13, 10, 0, tzinfo=WIB), ["2019-08-30"]),
    ("berhubung ceramah mereka di Dewan Perhimpunan Cina, di sini, pada 13 Mei lepas yang didakwa berbaur hasutan",
     datetime(2013, 5, 31, 12, 0, tzinfo=WIB), ["2013-05-13"]),
    ("Bantuan disalurkan sejak 28 Desember lalu.", datetime(2021, 1, 4, 9, 0, tzinfo=WIB), ["2020-12-28"]),
    # To come (`mendatang`): the first such day from the publication on; a range is read as its first day.
    ("Sidang itu sendiri akan dilakukan sebelum seri kedua di Argentina digelar pada 29-31 Maret mendatang.",
     datetime(2019, 3, 15, 10, 0, tzinfo=WIB), ["2019-03-29"]),
    ("HTC One M9 dijadwalkan dirilis di ajang Mobile World Congress 2015 di Barcelona pada 2 Maret mendatang.",
     datetime(2015, 2, 16, 10, 0, tzinfo=WIB), ["2015-03-02"]),
    ("Pendaftaran dibuka pada 2 Januari mendatang.", datetime(2020, 12, 20, 10, 0, tzinfo=WIB), ["2021-01-02"]),
    # `ini` (this): the nearest such day.
    ("kesemua mereka ditahan atas kesalahan memakai baju berkenaan dan seolah-olah menyokong perhimpunan haram "
     "9 Julai ini.", datetime(2011, 6, 26, 12, 0, tzinfo=WIB), ["2011-07-09"]),
    ("pergerakan rentas daerah dibenarkan kecuali di Sabah berkuat kuasa 5 hingga 18 Mac ini.",
     datetime(2021, 3, 2, 18, 0, tzinfo=WIB), ["2021-03-05"]),
    # A year named from the publication's.
    ("who completed his term as the 14th Yang di-Pertuan Agong on Dec 12 last year. – Bernama",
     datetime(2017, 4, 3, 18, 0, tzinfo=WIB), ["2016-12-12"]),
    ("In Malaysia, the first day of Ramadan will fall on 24th April this year, and Hari Raya Aidilfitri",
     datetime(2020, 4, 20, 12, 0, tzinfo=WIB), ["2020-04-24"]),
    ("simultaneous regional head elections (Pilkada) in 270 regions, or nearly half of its territories, on "
     "December 9 this year.", datetime(2020, 9, 8, 12, 0, tzinfo=WIB), ["2020-12-09"]),
    ("Festival itu digelar pada 17 Agustus tahun lalu.", datetime(2024, 3, 1, 12, 0, tzinfo=WIB), ["2023-08-17"]),
    ("THE 15th General Election, which must be held by Sept 16 next year, has become the most difficult one to "
     "predict.", datetime(2022, 10, 1, 10, 0, tzinfo=WIB), ["2023-09-16"]),
    ("Majlis itu akan diadakan pada 5 Mei tahun hadapan.", datetime(2024, 3, 1, 12, 0, tzinfo=WIB), ["2025-05-05"]),
])
def test_a_placed_day_and_month_is_the_day_its_word_names(text: str, base: datetime, expected: list[str]) -> None:
    assert _dates(text, base) == expected


@pytest.mark.parametrize(("text", "base", "expected"), [
    ("akan bertemu dengan Presiden Palestin, Mahmoud Abbas, di Amman Jordan, sempena kunjungannya ke Timur Tengah, "
     "25 April hingga 3 Mei ini.", datetime(2006, 4, 25, 8, 0, tzinfo=WIB), ["2006-04-25", "2006-05-03"]),
    ("Pertandingan yang mempertemukan tim-tim hebat satu diantaranya Udinus dilaksanakan mulai 7 Juli hingga "
     "30 Agustus lalu.", datetime(2019, 9, 10, 8, 0, tzinfo=WIB), ["2019-07-07", "2019-08-30"]),
    # A range runs forward: its first day is in the year before a placed last day in January.
    ("Libur sekolah dari 28 Desember hingga 3 Januari mendatang.", datetime(2020, 12, 20, 8, 0, tzinfo=WIB),
     ["2020-12-28", "2021-01-03"]),
])
def test_the_first_day_of_a_range_with_a_placed_last_day_is_read(
        text: str, base: datetime, expected: list[str]) -> None:
    assert _dates(text, base) == expected


@pytest.mark.parametrize("text", [
    "Ia sudah bekerja di sana sejak 10 tahun lalu.",  # a count of years, no month
    "Harga naik 5 persen dalam 3 bulan lalu.",
    "Kasus virus corona pertama menginfeksi akhir Desember lalu.",  # a month without its day
    "Skor akhir 3-1 ini membuat mereka lolos.",
])
def test_a_placing_word_after_no_day_and_month_gives_no_date(text: str) -> None:
    assert _dates(text, datetime(2020, 2, 10, 10, 0, tzinfo=WIB)) == []


def test_a_written_year_keeps_its_date() -> None:
    text = "bomber yang beraksi di Mapolrestabes Medan pada Rabu 13 November 2019 lalu."
    assert _dates(text, datetime(2019, 11, 18, 12, 0, tzinfo=WIB)) == ["2019-11-13"]


def test_a_placed_day_and_month_needs_the_publication_date() -> None:
    assert find_body_dates("ditemukan pada 30 Agustus lalu", None) == []


@pytest.mark.parametrize(("text", "base"), [
    # After a comma `lalu` is "then", the next item of a list: not a placing of the day before it.
    ("Bundaran PU yang dimulai pada 20 Maret, lalu 27 Maret, dan 3 April.", datetime(2024, 3, 12, 14, 5, tzinfo=WIB)),
    ("menghadapi PSIM Yogyakarta pada 10 Oktober, lalu Persita pada 17 Oktober.",
     datetime(2026, 10, 6, 10, 6, tzinfo=WIB)),
])
def test_lalu_after_a_comma_places_no_day(text: str, base: datetime) -> None:
    assert _dates(text, base) == []


@pytest.mark.parametrize("text", [
    "Sejak 17 Juni lalu lintas dari arah Tanah Abang dialihkan ke Jalan Galunggung.",
    "Mulai 28 April lalu  lintas di tol Jakarta-Cikampek diatur satu arah.",
])
def test_the_lalu_of_lalu_lintas_places_no_day(text: str) -> None:
    # `lalu lintas` is traffic, the subject of the clause after the date: the bare day and month is no date.
    assert _dates(text, datetime(2019, 6, 13, 13, 51, tzinfo=WIB)) == []


def test_lalu_before_another_word_still_places_the_day() -> None:
    base = datetime(2019, 6, 13, 13, 51, tzinfo=WIB)
    assert _dates("Jalan itu ditutup sejak 17 Mei lalu karena proyek LRT.", base) == ["2019-05-17"]


def test_a_comma_may_stand_before_a_placing_year() -> None:
    base = datetime(2024, 1, 20, 12, 0, tzinfo=WIB)
    assert _dates("The fire broke out on 12 December, last year, at the plant.", base) == ["2023-12-12"]
    assert _dates("Ia tiba pada 12 Desember, tahun lalu.", base) == ["2023-12-12"]

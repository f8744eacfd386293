"""A Hijri date and the Gregorian day it restates with the clock of the day's event between them, as the religious
affairs ministry writes the new moon's conjunction (`Ijtima' ... terjadi pada tanggal 29 Syakban 1444 Hijriah sekitar
pukul 00.23 WIB bertepatan dengan hari Rabu, 22 Maret 2023 Masehi`), and the other way round (`terjadi pada hari
Selasa, 21 Juli 2020 Jam 00:32:46 WIB yang bertepatan dengan tanggal 29 Zulqa'dah 1441 H`): one day, the Gregorian
one, as without the clock; the Umm al-Qura day a day earlier is not added."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB, find_body_dates

BASE = datetime(2023, 3, 20, 12, 0, tzinfo=WIB)


def _dates(text: str, base: datetime = BASE) -> list[str]:
    return [found["date"] for found in find_body_dates(text, base)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Data hisab yang dihimpun oleh Tim Hisab Rukyat Kementerian Agama dari berbagai sumber menyatakan bahwa Ijtima' "
     "awal bulan Ramadhan 1444 Hijriah terjadi pada tanggal 29 Syakban 1444 Hijriah sekitar pukul 00.23 WIB bertepatan "
     "dengan hari Rabu, 22 Maret 2023 Masehi, dengan ketinggian hilal", ["2023-03-22"]),
    # The same sentence without the clock, as the report goes on: paired already.
    ("Laporan pelaksanaan rukyat hilal pada tanggal 29 Syakban 1444 Hijriah bertepatan dengan hari Rabu, 22 Maret 2023 "
     "Masehi.", ["2023-03-22"]),
    ("Ijtima' terjadi pada tanggal 29 Syakban 1444 Hijriah jam 00:23 WIB bertepatan dengan hari Rabu, 22 Maret 2023.",
     ["2023-03-22"]),
])
def test_the_events_clock_does_not_part_the_hijri_date_from_its_day(text: str, expected: list[str]) -> None:
    assert _dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The sentence ends after the clock: the Gregorian date after it is another day's.
    ("Ijtima' terjadi pada tanggal 29 Syakban 1444 Hijriah pukul 00.23 WIB. Sidang pada Rabu, 22 Maret 2023.",
     ["2023-03-21", "2023-03-22"]),
    # A number that is no clock (no `pukul`) still parts them.
    ("Ijtima' terjadi pada tanggal 29 Syakban 1444 Hijriah sekitar 12.30 persen bertepatan dengan hari Rabu, 22 Maret "
     "2023 Masehi", ["2023-03-21", "2023-03-22"]),
])
def test_what_is_no_clock_of_the_same_sentence_keeps_both_dates(text: str, expected: list[str]) -> None:
    assert _dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Ijtimak (Konjungsi Geosentris) menjelang awal Zulhijjah 1441 H terjadi pada hari Selasa, 21 Juli 2020 Jam "
     "00:32:46 WIB yang bertepatan dengan tanggal 29 Zulqa'dah 1441 H ( Versi Pemerintah, NU dan PERSIS)",
     ["2020-07-21"]),
    ("Ijtimak terjadi pada hari Selasa, 21 Juli 2020 pukul 00.32 WIB bertepatan dengan 29 Zulqa'dah 1441 H.",
     ["2020-07-21"]),
    ("Senin, 17 Juni 2024 bertepatan dengan tanggal 10 Dzulhijjah 1445 H.", ["2024-06-17"]),
])
def test_the_events_clock_does_not_part_a_gregorian_date_from_its_hijri_restatement(text: str,
                                                                                    expected: list[str]) -> None:
    assert _dates(text, datetime(2020, 7, 1, 12, 0, tzinfo=WIB)) == expected


@pytest.mark.parametrize("text", [
    # A clock, then another join than `bertepatan`: the Hijri date may be another day's.
    "Ijtimak terjadi pada hari Selasa, 21 Juli 2020 pukul 00.32 WIB atau 29 Zulqa'dah 1441 H.",
    "Ijtimak terjadi pada hari Selasa, 21 Juli 2020 pukul 00.32 WIB, lalu pada 29 Zulqa'dah 1441 H.",
])
def test_a_clock_before_another_join_keeps_both_dates(text: str) -> None:
    assert _dates(text, datetime(2020, 7, 1, 12, 0, tzinfo=WIB)) == ["2020-07-21", "2020-07-20"]

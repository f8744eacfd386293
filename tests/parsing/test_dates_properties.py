"""Property tests: every supported rendering parses back; hostile input stays total.

How long hostile input takes is measured by bench/bench_hostile.py.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from hijridate import Hijri
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crawler.parsing.dateline import parse_dateline
from crawler.parsing.dates import MAX_BODY_DATES, WIB, WIT, WITA, find_body_dates, parse_date

PROPERTY_SETTINGS = settings(max_examples=300, deadline=None,
                             suppress_health_check=[HealthCheck.too_slow])

WEEKDAYS_ID = (("Senin",), ("Selasa",), ("Rabu",), ("Kamis",), ("Jumat", "Jum'at", "Jum’at"), ("Sabtu",),
               ("Minggu", "Ahad"))
WEEKDAYS_EN = (("Monday", "Mon"), ("Tuesday", "Tue"), ("Wednesday", "Wed"), ("Thursday", "Thu"),
               ("Friday", "Fri"), ("Saturday", "Sat"), ("Sunday", "Sun"))
MONTHS_ID = (("Januari", "Jan"), ("Februari", "Feb", "Peb"), ("Maret", "Mar"), ("April", "Apr"),
             ("Mei",), ("Juni", "Jun"), ("Juli", "Jul"), ("Agustus", "Agu", "Agt"),
             ("September", "Sep", "Sept"), ("Oktober", "Okt"), ("November", "Nopember", "Nov", "Nop"),
             ("Desember", "Des"))
MONTHS_EN = (("January", "Jan"), ("February", "Feb"), ("March", "Mar"), ("April", "Apr"), ("May",),
             ("June", "Jun"), ("July", "Jul"), ("August", "Aug"), ("September", "Sept"),
             ("October", "Oct"), ("November", "Nov"), ("December", "Dec"))
ZONES = {"WIB": WIB, "WITA": WITA, "WIT": WIT, "": WIB}
SEPARATORS = (" - ", " – ", " — ", " | ", ", ", " ")

HIJRI_SPELLINGS = (
    ("Muharram", "Muharam"), ("Shafar", "Safar"), ("Rabi'ul Awwal", "Rabiul Awwal", "Rabiul Awal", "Rabi al-Awwal"),
    ("Rabi'ul Akhir", "Rabiul Akhir", "Rabiuts Tsani", "Rabi al-Thani"),
    ("Jumadil Awwal", "Jumadil Ula", "Jumada al-Ula"), ("Jumadil Akhir", "Jumadil Akhirah", "Jumada al-Akhirah"),
    ("Rajab",), ("Sha'ban", "Sya'ban", "Syaban"), ("Ramadhan", "Ramadan"), ("Syawwal", "Syawal", "Shawwal"),
    ("Dzulqa'dah", "Dhulqa'dah", "Dzulqaidah", "Dzul Qa'dah"), ("Dzulhijjah", "Dhulhijjah", "Dhul Hijjah"),
)
ARABIC_HIJRI = ("محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان",
                "رمضان", "شوال", "ذو القعدة", "ذو الحجة")

moments = st.datetimes(min_value=datetime(2010, 1, 1), max_value=datetime(2030, 12, 31, 23, 59)).map(
    lambda moment: moment.replace(second=0, microsecond=0))


@st.composite
def header_lines(draw: st.DrawFn) -> tuple[str, datetime]:
    """A date line as an outlet would print it, and the instant it names."""
    moment = draw(moments)
    english = draw(st.booleans())
    weekdays, months = (WEEKDAYS_EN, MONTHS_EN) if english else (WEEKDAYS_ID, MONTHS_ID)
    weekday = draw(st.sampled_from(weekdays[moment.weekday()]))
    month = draw(st.sampled_from(months[moment.month - 1]))
    zone = draw(st.sampled_from(sorted(ZONES)))
    clock = f"{moment.hour:02d}{draw(st.sampled_from([':', '.']))}{moment.minute:02d}"
    day = str(moment.day) if draw(st.booleans()) else f"{moment.day:02d}"
    shape = draw(st.sampled_from(["byline", "weekday", "numeric", "month_first", "plain"]))
    separator = draw(st.sampled_from(SEPARATORS))
    if shape == "byline":
        author = draw(st.sampled_from(["Rana Setiawan", "Nur Hadis", "sajadi", "Ali Farkhan Tsani"]))
        date_text = f"{author} - {weekday}, {day} {month} {moment.year}"
    elif shape == "weekday":
        comma = draw(st.sampled_from([",", ""]))
        date_text = f"{weekday}{comma} {day} {month} {moment.year}"
    elif shape == "numeric":
        date_text = f"{weekday}, {moment.day:02d}/{moment.month:02d}/{moment.year}"
    elif shape == "month_first":
        date_text = f"{month} {moment.day}, {moment.year}"
    else:
        date_text = f"{day} {month} {moment.year}"
    text = f"{date_text}{separator}{clock} {zone}".rstrip()
    return text, moment.replace(tzinfo=ZONES[zone])


@PROPERTY_SETTINGS
@given(header_lines())
def test_rendered_datetimes_parse_back_exactly(case: tuple[str, datetime]) -> None:
    text, expected = case
    parsed = parse_date(text)
    assert parsed == expected, text
    assert parsed.utcoffset() == expected.utcoffset(), text


hijri_dates = st.builds(
    lambda year, month, day: (year, month, day),
    st.integers(1420, 1460), st.integers(1, 12), st.integers(1, 29),
)


@PROPERTY_SETTINGS
@given(hijri_dates, st.data())
def test_hijri_spellings_convert_like_hijridate(hijri: tuple[int, int, int], data: st.DataObject) -> None:
    year, month, day = hijri
    expected = Hijri(year, month, day).to_gregorian()
    expected_date = date(expected.year, expected.month, expected.day)
    name = data.draw(st.sampled_from(HIJRI_SPELLINGS[month - 1] + (ARABIC_HIJRI[month - 1],)))
    name = name.replace("'", data.draw(st.sampled_from(["'", "’"])))
    suffix = data.draw(st.sampled_from(["", " H", " H."]))
    parsed = parse_date(f"{day} {name} {year}{suffix}")
    assert parsed is not None and parsed.date() == expected_date
    dateline = parse_dateline(f"Jakarta, {day} {name} {year} (MINA) – Isi berita.")
    assert dateline is not None and dateline.date == expected_date
    assert dateline.hijri == f"{day} {name} {year}"


@PROPERTY_SETTINGS
@given(moments, st.integers(0, 60))
def test_year_less_body_dates_resolve_to_the_latest_not_after_base(moment: datetime, days_before: int) -> None:
    written = (moment - timedelta(days=days_before)).date()
    base = moment.replace(tzinfo=WIB)
    weekday = WEEKDAYS_ID[written.weekday()][0]
    found = find_body_dates(f"Warga berkumpul pada {weekday} ({written.day}/{written.month}) di alun-alun.", base)
    assert found == [{"text": f"{weekday} ({written.day}/{written.month})", "date": written.isoformat()}]


HOSTILE_ALPHABET = "0123456789/-.:,()| WIBTAmaretJuniSenRbhijahMINA–—’'\n\u0660\u0661\u06f2"


@pytest.fixture(scope="module", autouse=True)
def warm_fallback() -> None:
    """Import dateparser once, so that its one-time import cost is not charged to a property."""
    parse_date("diperbarui 2019 sore")


hostile_text = st.one_of(
    st.text(max_size=3000),
    st.text(alphabet=HOSTILE_ALPHABET, max_size=3000),
    st.binary(max_size=2000).map(lambda raw: raw.decode("latin-1")),
    st.lists(st.sampled_from(["12", "/", "-", "2019", "(", ")", "Senin", "Rajab", "MINA", "–", " ", "1434",
                              "مينا", "، ", "Agu", ":", "WIB", "ago", "lalu"]), max_size=400).map("".join),
)


@PROPERTY_SETTINGS
@given(hostile_text)
def test_hostile_input_is_total(text: str) -> None:
    base = datetime(2024, 5, 10, tzinfo=WIB)
    for parsed in (parse_date(text), parse_date(text, base=base)):
        assert parsed is None or (isinstance(parsed, datetime) and parsed.tzinfo is not None)
    assert isinstance(find_body_dates(text, base), list)
    dateline = parse_dateline(text)
    assert dateline is None or dateline.raw


@pytest.mark.parametrize("size", [1_000_000])
@pytest.mark.parametrize("unit", ["1", "1/", "1-2/", "Senin (", "(Rabu, 9/", "19 Rajab 1434/", "&#8211;", "\x00",
                                  "Jakarta, ", "٢٢ مايو ", "12:34 ", "a1 "])
def test_megabyte_inputs_are_read_within_bounds(unit: str, size: int) -> None:
    text = (unit * (size // len(unit) + 1))[:size]
    base = datetime(2024, 5, 10, tzinfo=timezone.utc)
    parsed = parse_date(text, base=base)
    assert parsed is None or parsed.tzinfo is not None
    assert len(find_body_dates(text, base)) <= MAX_BODY_DATES
    dateline = parse_dateline(text)
    assert dateline is None or dateline.end <= len(text)

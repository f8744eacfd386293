"""Datelines whose outlet is glued to the place with no space: a listed place and the outlet's one-word name joined by
a full stop (Berita Editorial 2025: `Padang.Editor - Dari Warung Kopi ...`), and an Arabic city with both dashes glued
to the words on each side (Akhbar wal-A'mal: `رام الله-أخبار والأعمال-تفقد الرئيس ...`): the place, then the outlet.
A dotted name with no listed place before it (`St.Petersburg`, `Kab.Bogor`) stays as it is read, and an Arabic
opening spaced the usual way reads as before."""

from __future__ import annotations

from dateline_readings import place_and_agency  # beside this file


def test_a_place_glued_to_the_outlet_by_a_full_stop():
    text = ("Padang.Editor - Dari Warung Kopi ke Lapangan Bencana, Mereka Menyatukan Suara Positif untuk Kota Padang "
            "Selasa 23 Desember 2025")
    assert place_and_agency(text) == ("Padang", "Editor")


def test_dotted_names_with_no_listed_place_before_the_dot_stay():
    assert place_and_agency("St.Petersburg - Dari Warung Kopi ke Lapangan Bencana, Mereka Menyatukan Suara") == (
        "St.Petersburg", None)
    assert place_and_agency("Kab.Bogor - Dari Warung Kopi ke Lapangan Bencana, Mereka Menyatukan Suara") == (
        "Kab.Bogor", None)


def test_an_arabic_city_with_both_dashes_glued():
    text = "رام الله-أخبار والأعمال-تفقد الرئيس محمود عباس، مساء الخميس، أحوال المواطنين في مدينة رام الله."
    assert place_and_agency(text) == ("رام الله", "أخبار والأعمال")
    assert place_and_agency("رام الله-وفا-تفقد الرئيس محمود عباس، مساء الخميس، أحوال المواطنين.") == ("رام الله", "وفا")


def test_spaced_arabic_openings_read_as_before():
    assert place_and_agency("الخليل- معا- اقتحمت قوات الاحتلال الإسرائيلي فجر اليوم بلدة بيت أمر.") == ("الخليل", "معا")
    assert place_and_agency("رام الله- قال الرئيس محمود عباس، سنبدأ فورا باتخاذ كل الاجراءات.") == ("رام الله", None)

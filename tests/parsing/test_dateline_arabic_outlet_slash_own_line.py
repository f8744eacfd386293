"""An Arabic outlet's name and its slash alone on the first line, the listed city and its colon opening the next:
a Palestinian site's newer pages print their `أمد/ رام الله:` house style so."""

from dateline_readings import place_and_agency  # beside this file


def test_outlet_slash_then_city_colon_on_next_line():
    text = ("أمد/\n"
            "غزة: استُشهد أربعة مواطنين، يوم الأحد، في قصف للاحتلال الإسرائيلي، على مدرسة تؤوي نازحين")
    assert place_and_agency(text) == ("غزة", "أمد")


def test_outlet_slash_then_city_colon_on_same_line_stays():
    text = "أمد/ رام الله: نفى مصدر مسؤول ما نشرته وسائل إعلام"
    assert place_and_agency(text) == ("رام الله", "أمد")


def test_city_between_slashes_stays():
    text = "غزة /سما/\n\nاستشهد عدد من المواطنين وأصيب آخرون، مساء يوم الأحد"
    assert place_and_agency(text) == ("غزة", "سما")


def test_slashed_word_over_unlisted_place_stays_no_outlet():
    # no listed city after the line break: no dateline read from the slash
    text = "أمد/\nمصدر: نفى مصدر مسؤول ما نشرته وسائل إعلام"
    assert place_and_agency(text) != ("مصدر", "أمد")

"""parse_dateline on an Arabic place, then the outlet's correspondent or translation and its name between glued dashes
(`القدس- مراسلة معا- حوّلت ...`, Ma'an's house style, "Jerusalem - Ma'an's correspondent -"): the outlet is the name
alone, as in `القدس- معا- حوّلت ...`."""

from __future__ import annotations

import pytest

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize("text, place", [
    ("القدس- مراسلة معا- حوّلت قوات الاحتلال الإسرائيلي، مدينة القدس الى ثكنة عسكرية، في الجمعة الأولى من شهر "
     "رمضان المبارك.", "القدس"),
    ("غزة- مراسل معا- قصفت طائرات الاحتلال موقعا شرق المدينة.", "غزة"),
    ("رام الله- ترجمة معا- قالت صحيفة هآرتس العبرية إن الحكومة تدرس القرار.", "رام الله"),
])
def test_the_outlets_correspondent_or_translation_reads_the_outlet(text, place):
    assert place_and_agency(text) == (place, "معا")


def test_the_outlet_alone_still_reads():
    assert place_and_agency("بيت لحم- معا- قال وزير الصحة إن الوزارة بدأت حملة التطعيم.") == ("بيت لحم", "معا")


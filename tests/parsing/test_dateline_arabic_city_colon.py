"""An Arabic paper's place and a colon (`القاهرة: وصف سفير ...`), its own name before the place after a comma or none
(`إيلاف، بيروت: من يقف ...`): a city of the Arabic city list, as a label or a speaker's name takes a colon too."""

import pytest

from crawler.parsing import parse_dateline


@pytest.mark.parametrize("text, place, outlet, rest", [
    ("سفير دولة الكويت لدى القاهرة د.رشيد الحمدخلال حواره مع \"إيلاف\"\n\nالقاهرة: وصف سفير دولة الكويت لدى القاهرة، "
     "د.رشيد الحمد في حواره مع \"إيلاف\" علاقات بلاده بمصر", "القاهرة", None, "وصف"),
    ("إيلاف، بيروت: من يقف في مكانه يمُت ومن لا يتقدم يتراجع، ومن لا يتوسع ويفتح آفاقًا باستمرار يختنق.", "بيروت",
     "إيلاف", "من"),
])
def test_an_arabic_city_and_a_colon(text, place, outlet, rest):
    found = parse_dateline(text)
    assert found is not None
    assert (found.place, found.agency) == (place, outlet)
    assert text[found.end:].lstrip().startswith(rest)


@pytest.mark.parametrize("text", [
    # a speaker's name, a headline's words and a source's label before a colon
    "جمانة نمور\n جون ويلكس\n عزام التميمي\n\nجمانة نمور: أهلا بكم. نحاول في حلقة اليوم رصد مؤشرات",
    " date 2020-11 سفير المملكة باليابان: السعودية أطلقت رؤية 2030 لتعزيز هويتها وتحقيق رفاهية المواطنين",
    "المصدر: \"النهار\"\nاستمرار ثوران بركان كيلويا في هاواي (أ ف ب).",
])
def test_no_arabic_dateline_at_a_label_or_a_name_before_a_colon(text):
    found = parse_dateline(text)
    assert found is None or (found.place is None and found.agency is None)

"""An Arabic site naming itself a network, `شبكة <name>`, before the dash and the place ending the line: the outlet first,
the city after it (also with `المحتلة`, "occupied", as Palestinian sites write Jerusalem)."""

from dateline_readings import place_and_agency  # beside this file


def test_network_outlet_before_occupied_city():
    text = ("شبكة معراج- القدس المحتلة\n"
            "من غزة إلى القدس، يمضي الاحتلال “الإسرائيلي” في تنفيذ سياسة الأرض المحروقة")
    assert place_and_agency(text) == ("القدس المحتلة", "شبكة معراج")


def test_network_outlet_before_listed_city():
    text = "شبكة معراج – غزة\nاستشهد عدد من المواطنين وأصيب آخرون"
    assert place_and_agency(text) == ("غزة", "شبكة معراج")


def test_place_before_network_outlet_stays():
    text = ("القدس المحتلة – شبكة معراج\n"
            "اقتحم عشرات المستوطنين المتطرفين، صباح اليوم الأحد، باحات المسجد الأقصى المبارك")
    assert place_and_agency(text) == ("القدس المحتلة", "شبكة معراج")


def test_network_outlet_before_two_dashes_stays():
    # شبكة وتر - رام الله - سمحت ...: the sentence after a second dash on the same line, read as before
    text = "شبكة وتر - رام الله - سمحت قوات الاحتلال بمرور موكب رئيس الحكومة الفلسطينية"
    assert place_and_agency(text) == ("رام الله", "شبكة وتر")


def test_place_and_outlet_with_colon_stay():
    text = "رام الله - قدس الإخبارية: تحتفل شبكة قدس الإخبارية، يوم الخميس 25 مارس 2021"
    assert place_and_agency(text) == ("رام الله", "قدس الإخبارية")

"""A wire's Arabic copy (`مانيلا، 3 ديسمبر (رويترز) -`, `لوس أنجلوس (أ ف ب)`, `أبوظبي (وام)`, `أبوظبي في 14 مايو / وام /`)
and a Saudi paper's credit of the agency's copy (`الرياض: واس`, `واس - الرياض:`): the place, a date or none, and the
table's agency in Arabic letters; a paper's own name in parentheses ending the line (`أبوظبي (الاتحاد)`)."""

from datetime import date

import pytest

from crawler.parsing import parse_dateline
from crawler.parsing.agencies import agency_name


@pytest.mark.parametrize("text, place, agency, rest", [
    ("مانيلا، 3 ديسمبر (رويترز) - أدان الرئيس الفلبيني فرديناند ماركوس الابن تفجيرًا مميتًا وقع يوم الأحد",
     "مانيلا", "Reuters", "أدان"),
    ("سانت دينيس (أ ف ب) - قد لا ينقذ فريق Coupe de France موسم باريس سان جيرمان", "سانت دينيس", "AFP", "قد"),
    ("لوس أنجلوس (أ ف ب) مدد نادي جولدن ستايت عقد لاعبه لموسمين إضافيين بعد موسم ناجح.", "لوس أنجلوس", "AFP",
     "مدد"),
    ("أبوظبي (وام)\n\n\n\nقال معالي أحمد جمعه الزعابي، مستشار رئيس الدولة: إن احتفالنا بذكرى اتحاد دولتنا",
     "أبوظبي", "WAM", "قال"),
    (" date 2025-11-03 أبوظبي (وام)\n\n\n\nأكد سمو الشيخ محمد بن خليفة آل نهيان، أن احتفال دولة الإمارات بيوم العلم",
     "أبوظبي", "WAM", "أكد"),
    ("أبوظبي في 14 مايو / وام / أكد معالي صقر غباش رئيس المجلس الوطني الاتحادي", "أبوظبي", "WAM", "أكد"),
    ("دبي في 21 أكتوبر/ وام / نظم نادي دبي للصحافة بدعم من موانئ دبي العالمية جلسة تفاعلية", "دبي", "WAM", "نظم"),
    ("9 يونيو (رويترز) - أغلقت أسواق الأسهم في الإمارات على ارتفاع يوم الإثنين", None, "Reuters", "أغلقت"),
    ("الرياض: واس\n\nغادر ولي العهد نائب رئيس مجلس الوزراء وزير الداخلية", "الرياض", "SPA", "غادر"),
    ("واس - الرياض:\nرفع صاحب السمو الملكي الأمير محمد بن عبدالرحمن بن عبدالعزيز نائب أمير منطقة الرياض",
     "الرياض", "SPA", "رفع"),
    ("أبوظبي (الاتحاد) \nأكد الشيخ أحمد بن محمد بن سلطان بن سرور الظاهري عضو المجلس الاستشاري لإمارة أبوظبي",
     "أبوظبي", "الاتحاد", "أكد"),
])
def test_an_arabic_place_and_a_wires_name(text, place, agency, rest):
    found = parse_dateline(text)
    assert found is not None
    assert (found.place, found.agency) == (place, agency)
    assert text[found.end:].lstrip().startswith(rest)


def test_the_wires_date_in_arabic_is_read():
    found = parse_dateline("مانيلا، 3 ديسمبر (رويترز) - أدان الرئيس الفلبيني", base=date(2023, 12, 4))
    assert found is not None and found.date is not None and (found.date.month, found.date.day) == (12, 3)


@pytest.mark.parametrize("token, name", [("رويترز", "Reuters"), ("أ ف ب", "AFP"), ("وام", "WAM"), ("واس", "SPA"),
                                         ("كونا", "KUNA"), ("ap", None), ("قنا", None)])
def test_the_wires_arabic_names_in_the_table(token, name):
    assert agency_name(token) == name


@pytest.mark.parametrize("text", [
    # a sentence quoting the wire, and a paper naming the agency in its sentence
    "قال مسؤولون أمريكيون (رويترز) إن الحكومة ستواصل دعمها",
    "وذكرت وكالة الأنباء السعودية (واس) أن الأمير محمد بن سلمان اصطحب الأمير ويليام بجولة في الدرعية",
    # a headline's label in parentheses ending its line
    "افتتاح معرض الكتاب (صور)\nأكد وزير الثقافة أن المعرض",
    "الأهلي يفوز (فيديو)\nفاز النادي الأهلي على منافسه",
])
def test_no_arabic_wire_dateline_in_a_sentence_or_a_headlines_label(text):
    found = parse_dateline(text)
    assert found is None or found.agency is None

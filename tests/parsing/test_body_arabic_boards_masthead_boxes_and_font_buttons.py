"""An Arabic page's furniture around the text. A masthead's chair of both boards, the boards in the dual, over its
holder's name, the pair printed twice (Al-Dostor's `رئيس مجلسى الإدارة والتحرير` over `محمد الباز`): not text, as the
single board's chair is not; nor is the general supervision's office over its holder (Sada El-Balad's `الإشراف العام`
over `إلهام أبو الفتح`). The Google News icon's name and the boxes of the latest and the most viewed stories under
the text (Al-Wakeel's AMP pages: `gnews`, `أحدث الأخبار`, `الأكثر مشاهدة`), and the font-size buttons over it
(Al-Araby's `+ الخط -`): not text either. Those words inside a sentence stay."""

from __future__ import annotations

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

DOSTOR = ["اعتقلت قوات الاحتلال الاسرائيلية اليوم الإثنين، 21 فلسطينيا من أنحاء متفرقة من القدس.",
          "وأضافت المصادر أن قوات الاحتلال سلمت أربعة شباب فلسطينيين بلاغات لمراجعة مخابراتها، كما استولت على مركبة "
          "تعود لشاب فلسطيني."]
WAKEEL = ["اعتقلت قوات الاحتلال الإسرائيلي، فجر الأربعاء، وزير شؤون القدس فادي الهدمي، بعد أن داهمت قوة كبيرة من مخابرات "
          "وشرطة الاحتلال منزله في القدس المحتلة بعد أن قامت بتفتيشه.",
          "واستدعت قوات الاحتلال محافظ القدس عدنان غيث بعد اقتحام منزله في بلدة سلوان جنوب المسجد الأقصى، كما داهمت "
          "منزله وفتشته."]
ARABY = ["شنت قوات الاحتلال الإسرائيلي، فجر اليوم الثلاثاء، حملة اعتقالات طاولت 12 فلسطينياً، من بينهم كوادر وقياديون في "
         "العمل الوطني والإسلامي، وذلك بعدما دهمت منازلهم في القدس.",
         "وأفادت مصادر محلية \"العربي الجديد\"، بأن حملة الاعتقالات تركزت في البلدة القديمة من القدس، وحي راس العامود."]


def _paragraphs(lines: list[str]) -> list[str]:
    return clean_body([Block(line) for line in lines]).paragraphs


def test_the_boards_chair_printed_twice_leaves_the_text():
    masthead = ["رئيس مجلسى الإدارة والتحرير", "محمد الباز"]
    assert _paragraphs([*masthead, *masthead, *DOSTOR]) == DOSTOR
    assert _paragraphs(["رئيس مجلسي الإدارة والتحرير", "محمد الباز", *DOSTOR]) == DOSTOR


def test_the_supervision_s_office_leaves_the_text():
    masthead = ["الإشراف العام", "إلهام أبو الفتح", "رئيس التحرير", "طه جبريل"]
    assert _paragraphs([*masthead, *masthead, *DOSTOR]) == DOSTOR


def test_the_boxes_under_the_text_go():
    assert _paragraphs([*WAKEEL, "gnews", "أحدث الأخبار", "الأكثر مشاهدة"]) == WAKEEL
    assert _paragraphs([*WAKEEL, "الأكثر قراءة"]) == WAKEEL


def test_the_font_buttons_go():
    assert _paragraphs(["+ الخط -", *ARABY]) == ARABY


def test_the_words_in_a_sentence_stay():
    lines = ["قال رئيس مجلسى الإدارة والتحرير إن الصحيفة ستصدر عددا خاصا بمناسبة ذكرى تأسيسها الأسبوع المقبل.",
             "وكانت أحدث الأخبار الواردة من القدس تشير إلى اعتقال عشرات الشبان خلال الليلة الماضية.",
             "وأوضح أن الأكثر مشاهدة بين المقاطع كان مقطع الاقتحام الذي بثته القناة مساء أمس.",
             "وأضاف أن تغيير حجم الخط في المطبوعات الرسمية لا يحتاج إلى قرار من الوزارة."]
    assert _paragraphs([*ARABY, *lines]) == [*ARABY, *lines]

"""A reaction widget under the text, its question over its moods one a line (a regional portal's `Apa Reaksi Anda ?`
over `like`, `dislike`, `love`, `funny`, `angry`, `sad`, `wow`): the widget's buttons and heading, not text. A
question to someone in the story stays, and so does a word alone when the run is too short to be the widget's."""

from __future__ import annotations

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TEXT = ["Gempa berkekuatan 6,5 magnitudo mengguncang kawasan Garut pada Sabtu (27/4) pukul 23.39 WIB. Gempa ini "
        "dilaporkan terasa di sejumlah wilayah, di antaranya di Bogor, Jakarta, Bandung, Kebumen, hingga Cilacap.",
        "Gempa ini terasa di Jakarta dengan intensitas III MMI (Modified Mercalli Intensity). Artinya getaran "
        "dirasakan nyata dalam rumah seakan-akan ada truk berlalu.",
        "\"Tidak berpotensi tsunami,\" tulis BMKG di media sosial X."]
MOODS = ["like", "dislike", "love", "funny", "angry", "sad", "wow"]


def _paragraphs(lines):
    return clean_body([Block(line) for line in lines]).paragraphs


def test_the_widget_under_the_text_leaves():
    assert _paragraphs([*TEXT, "Apa Reaksi Anda ?", *MOODS]) == TEXT
    assert _paragraphs([*TEXT, "Bagaimana reaksi Anda setelah membaca berita ini?", *MOODS]) == TEXT
    assert _paragraphs([*TEXT, *MOODS]) == TEXT


def test_a_question_in_the_story_and_a_short_run_stay():
    question = "Apa reaksi Anda saat pertama kali mendengar kabar itu?"
    answer = "Saya kaget, tentu saja. Tidak ada yang menyangka gempa sebesar itu."
    assert _paragraphs([*TEXT, question, answer]) == [*TEXT, question, answer]
    assert _paragraphs([*TEXT, "Apa Reaksi Anda ?", "like", "sad"]) == [*TEXT, "Apa Reaksi Anda ?", "like", "sad"]

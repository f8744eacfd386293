"""An ad's label and the call to scroll past it, stopped like a sentence (a Malay portal's `Advertisement. Scroll to
continue reading.` between paragraphs), is furniture as its older spelling is (`ADVERTISEMENT SCROLL TO CONTINUE WITH
CONTENT`). A paragraph that tells readers to scroll on about something else stays."""

from __future__ import annotations

from crawler.parsing.furniture import is_noise
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

FIRST = ("Tambahnya yang ketika berucap di Majlis Anugerah Usahawan Gempak 2023 itu, pengumuman yang hanya boleh "
         "dipercayai hanyalah daripada Penyimpan Mohor Besar Raja-Raja.")
SECOND = ("Beliau juga berkata masyarakat di negara ini jangan mudah terpengaruh dengan tarikh yang diumumkan Indonesia, "
          "Emiriah Arab Bersatu di TikTok mahupun Whatsapp.")


def test_the_ad_label_and_scroll_call_go():
    assert is_noise("Advertisement. Scroll to continue reading.")
    assert is_noise("Scroll to continue reading")
    result = clean_body([Block(FIRST), Block("Advertisement. Scroll to continue reading."), Block(SECOND)])
    assert result.paragraphs == [FIRST, SECOND]


def test_the_older_spelling_still_goes():
    assert is_noise("ADVERTISEMENT SCROLL TO CONTINUE WITH CONTENT")


def test_a_sentence_about_scrolling_stays():
    assert not is_noise("Scroll to continue reading the full list of winners announced by the committee on Friday.")
    assert not is_noise("Advertisement. Scroll to continue reading. The minister said the rules would apply.")

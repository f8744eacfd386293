"""parse_dateline on a post typed in Unicode's small capitals (a font generator's letters, pasted in as characters): each
is read as its capital, one character for one, as the mathematical bold letters are."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_dateline

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize("text, expected", [
    # a Malaysian portal's post, its headline and the dateline in small capitals
    ("Connect with us\n\nMalaysia\n\nʀᴀᴋʏᴀᴛ ɢᴇꜱᴀ ʀᴇɴᴛᴀꜱ ɴᴇɢᴇʀɪ, ɪɴɪ ᴊᴀᴡᴀᴘᴀɴ ᴋᴊ\n\nPublished\n\non\n\n"
     "ᴘᴜᴛʀᴀᴊᴀʏᴀ – ʀᴀᴋʏᴀᴛ ᴍᴀʟᴀʏꜱɪᴀ ᴅɪᴍɪɴᴛᴀ ʙᴇʀꜱᴀʙᴀʀ ᴜɴᴛᴜᴋ ᴍᴇʟᴀᴋᴜᴋᴀɴ ᴀᴋᴛɪᴠɪᴛɪ ʀᴇɴᴛᴀꜱ ɴᴇɢᴇʀɪ", ("PUTRAJAYA", None)),
    ("ᴘᴜᴛʀᴀᴊᴀʏᴀ – ʀᴀᴋʏᴀᴛ ᴍᴀʟᴀʏꜱɪᴀ ᴅɪᴍɪɴᴛᴀ ʙᴇʀꜱᴀʙᴀʀ", ("PUTRAJAYA", None)),
])
def test_a_dateline_in_small_capitals(text, expected):
    assert place_and_agency(text) == expected


def test_the_offsets_are_the_texts_own():
    text = "Published\n\non\n\nᴘᴜᴛʀᴀᴊᴀʏᴀ – ʀᴀᴋʏᴀᴛ ᴍᴀʟᴀʏꜱɪᴀ ᴅɪᴍɪɴᴛᴀ ʙᴇʀꜱᴀʙᴀʀ ᴜɴᴛᴜᴋ ᴍᴇʟᴀᴋᴜᴋᴀɴ ᴀᴋᴛɪᴠɪᴛɪ"
    found = parse_dateline(text)
    assert found is not None
    assert text[found.start:found.end].startswith("ᴘᴜᴛʀᴀᴊᴀʏᴀ")
    assert text[found.end:].lstrip().startswith("ʀᴀᴋʏᴀᴛ")


def test_a_phonetic_letter_alone_stays():
    # one small capital in a phonetic spelling is no styled word
    assert place_and_agency("Ucapan [ʀ] – bunyi getar di pangkal lidah") is None

"""parse_dateline on a dateline typed in Unicode's mathematical bold letters (a regional portal's copy, bold pasted in
as characters rather than set by markup): each letter is read as its plain letter, and the offsets stay the text's."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_dateline

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize("text, place", [
    ("𝐉𝐄𝐍𝐄𝐏𝐎𝐍𝐓𝐎 | 𝐆𝐓𝐍 — Badan Kehormatan (BK) DPRD Jeneponto menyatakan belum bisa memproses isu dugaan",
     "JENEPONTO"),
    ("𝐌𝐀𝐊𝐀𝐒𝐒𝐀𝐑 | 𝐆𝐓𝐍 — Ketegangan di wilayah Sapiria (Kelurahan Lembo) dan Borta (Kelurahan Suangga) kembali "
     "memuncak", "MAKASSAR"),
    ("𝐆𝐎𝐖𝐀 | 𝐆𝐓𝐍 – Viral di media sosial (medsos) video seorang pria mengancam sopir truk di Kabupaten Gowa",
     "GOWA"),
    ("Kapolres Gowa Hadiri Apel Besar HUT ke-64 Gerakan Pramuka\n\n𝐆𝐎𝐖𝐀 | 𝐆𝐓𝐍 – Kapolres Gowa AKBP Muhammad "
     "Aldy Sulaiman, S.I.K., M.Si menghadiri Apel Besar Gerakan Pramuka", "GOWA"),
])
def test_a_place_and_outlet_in_bold_letters(text, place):
    assert place_and_agency(text) == (place, "GTN")


def test_the_offsets_are_the_texts_own():
    text = "Judul\n\n𝐆𝐎𝐖𝐀 | 𝐆𝐓𝐍 – Kapolres Gowa menghadiri apel."
    found = parse_dateline(text)
    assert found is not None
    assert text[found.start:found.end].startswith("𝐆𝐎𝐖𝐀")
    assert text[found.end:].lstrip().startswith("Kapolres")


@pytest.mark.parametrize("text, reading", [
    ("GTN | JENEPONTO – Gerakan Rakyat Turatea (GRT) secara resmi menyampaikan aduan", ("JENEPONTO", "GTN")),
    ("𝐏𝐄𝐍𝐓𝐈𝐍𝐆 𝐃𝐈𝐁𝐀𝐂𝐀 Warga diminta waspada terhadap banjir susulan.", None),  # a bold heading, no dateline
])
def test_plain_letters_and_a_bold_heading_stay_as_they_were(text, reading):
    assert place_and_agency(text) == reading

"""An outlet's domain, a comma and the place alone on their line, no dash (`Balinetizen.com, Surabaya` over the
story): the line's end stands for the dash, as it does after `Surabaya, Balinetizen.com`."""

import pytest

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize(("text", "reading"), [
    ("Balinetizen.com, Surabaya\n\nKepolisian Daerah Jawa Timur menyatakan pelaku pembacokan terhadap anggota Polsek "
     "Wonokromo, Surabaya, Ajun Inspektur Satu Agus Sumartono diduga sedang melakukan amaliyah.",
     ("Surabaya", "Balinetizen.com")),
    ("Pembacok Polisi Diduga Melakukan Amaliyah\n\nKabid Humas Polda Jatim Kombes Pol Barung Mangera (kiri) bersama "
     "Kapolrestabes Surabaya saat meninjau TKP. (ANTARA/Willy Irawan)\n\nBalinetizen.com, Surabaya\n\nKepolisian "
     "Daerah Jawa Timur menyatakan pelaku pembacokan diduga sedang melakukan amaliyah.", ("Surabaya", "Balinetizen.com")),
    ("Balinetizen.com, Denpasar\nKepolisian Daerah Bali menggelar apel pasukan pengamanan hari raya.",
     ("Denpasar", "Balinetizen.com")),
])
def test_domain_and_place_on_their_line(text, reading):
    assert place_and_agency(text) == reading


@pytest.mark.parametrize(("text", "reading"), [
    # no listed place before the line's end: a domain and a heading's words, no dateline
    ("Balinetizen.com, Rumah Sakit\n\nKepolisian Daerah Jawa Timur menyatakan pelaku pembacokan", None),
    # a source line's domain and place, no opening of the text
    ("Sumber: Kompas.com, Jakarta\nKepolisian menyatakan pelaku pembacokan", None),
    # the dash written stays read as before
    ("Balinetizen.com, Surabaya – Kepolisian Daerah Jawa Timur menyatakan pelaku pembacokan",
     ("Surabaya", "Balinetizen.com")),
])
def test_near_misses_stay(text, reading):
    assert place_and_agency(text) == reading

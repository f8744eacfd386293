"""A long line closed by a WordPress caption shortcode (`[caption id=...]Rektor UIN Jakarta ... Rabu
(29/6).[/caption]`) is the photo's caption however long, no paragraph of the story: the dateline on a line below it is
read, as below a long caption closed by a photo's credit."""

from __future__ import annotations

import pytest

from dateline_readings import place_and_agency  # beside this file

_CAPTION = ('[caption id="attachment_11816" align="alignleft" width="300"]Rektor UIN Jakarta Prof Dr Dede Rosyada '
            "(berkopiah) didampingi Wakil Rektor Bidang Kemahasiswaan Prof Dr Yusron Razak (tidak tampak) saat "
            "berdialog dengan para aktifis lembaga kemahasiswaan di rumah dinasnya, Rabu (29/6). Rektor UIN Jakarta "
            "Prof Dr Dede Rosyada (batik coklat) didampingi Wakil Rektor Bidang Kemahasiswaan Prof Dr Yusron Razak "
            "(tidak tampak) saat berdialog dengan para aktifis lembaga kemahasiswaan di rumah dinasnya, Rabu "
            "(29/6).[/caption]")


@pytest.mark.parametrize(("text", "reading"), [
    ("Rektor Undang Aktifis Lembaga Kemahasiswaan Berbuka Puasa\n\n" + _CAPTION + "\n\nCireundeu, BERITA UIN Online – "
     "Rektor Prof Dr Dede Rosyada mengundang para aktifis lembaga kemahasiswaan di rumah dinasnya",
     ("Cireundeu", "BERITA UIN Online")),
    ("Judul\n\n" + _CAPTION + "\n\nJAKARTA - Rektor Prof Dr Dede Rosyada mengundang para aktifis lembaga "
     "kemahasiswaan di rumah dinasnya di Jalan Tarumanegara", ("JAKARTA", None)),
])
def test_dateline_below_a_long_caption_shortcode(text, reading):
    assert place_and_agency(text) == reading


def test_a_long_paragraph_still_closes_the_search():
    paragraph = _CAPTION.replace("[/caption]", "").replace('[caption id="attachment_11816" align="alignleft" '
                                                           'width="300"]', "")
    assert place_and_agency("Judul\n\n" + paragraph + "\n\nJAKARTA - Rektor Prof Dr Dede Rosyada mengundang para aktifis "
                    "lembaga kemahasiswaan di rumah dinasnya di Jalan Tarumanegara") == None

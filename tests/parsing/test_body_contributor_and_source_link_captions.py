"""Three captions more: one closed by a contributor's role and name in square brackets (Suara's regional pages: `Warga
Dengok II Gunungkidul menggelar demo ... Senin (26/4/2021). [Kontributor / Julianto]`), a short one closed by its
source link's label (Boombastis's `Ummu Hani [sumber gambar]`, "image source"), and an illustration's with its
outlet's address and a full stop before the bracketed source (Suara's `Ilustrasi Suara.com. (Facebook/Suaradotcom)`).
A sentence closed by the same brackets stays."""

from __future__ import annotations

import pytest

from crawler.parsing.furniture import is_caption
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

LEAD = ("Aksi penyampaian aspirasi oleh warga yang sempat diwarnai dengan orasi dan teriakan yel yel tuntutan ini "
        "berakhir pukul 14.45 WIB.")
LAST = ("Dengan penjagaan ketat puluhan personel keamanan dari berbagai unsur, acara pelantikan berlangsung lancar, dan "
        "warga membubarkan diri kembali ketitik kumpul semula di Balai Padukuhan Dengok II.")


@pytest.mark.parametrize("caption", [
    "Warga Dengok II Gunungkidul menggelar demo tolak calon dukuh baru karena dianggap bukan dari warga setempat, Senin "
    "(26/4/2021). [Kontributor / Julianto]",
    "Warga memadati Alun-alun Wonosari, Minggu (25/4/2021). [Kontributor/Julianto]",
    "Ummu Hani [sumber gambar]",
    "Jalan rusak di Lampung Selatan [Sumber Foto]",
    "Ilustrasi Suara.com. (Facebook/Suaradotcom)",
    "Ilustrasi vaksin. (Pixabay)",
])
def test_the_caption_goes(caption):
    assert is_caption(caption)
    assert clean_body([Block(caption), Block(LEAD), Block(LAST)]).paragraphs == [LEAD, LAST]


@pytest.mark.parametrize("line", [
    "Ia mengatakan, data itu sudah diverifikasi. [sumber gambar]",
    "Menurut warga, calon dukuh itu berasal dari luar desa. [Kontributor]",
    "Ilustrasi ini dibuat oleh tim desa. Kemudian disebarkan lewat media sosial (Facebook)",
])
def test_sentences_stay(line):
    assert not is_caption(line)
    assert clean_body([Block(LEAD), Block(line), Block(LAST)]).paragraphs == [LEAD, line, LAST]

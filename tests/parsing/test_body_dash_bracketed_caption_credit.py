"""A caption whose credit follows a dash after its last sentence, in brackets: a courtesy word (Republika's `Waterboom
Lippo Cikarang, Kabupaten Bekasi disegel petugas karena sebabkan kerumunan massa. Senin (11/1). - (istimewa)`) or a
source and its photographer (`... - (Republika/Putra M. Akbar)`). A paragraph closed by a writer's credit or a desk's
code, or quoting someone, stays."""

from __future__ import annotations

from crawler.parsing.furniture import is_caption
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

BEFORE = ("Dalam surat telegram tersebut juga diterangkan bahwa jabatan Kompol Sukadi digantikan oleh Kompol Sutrisno "
          "yang sebelumnya menjabat sebagai Kaurpenum Subbidpenmas Bidhumas Polda Metro Jaya.")
AFTER = ("Mutasi jabatan itu berlaku mulai hari ini. Sementara itu, Kompol Sukadi juga telah membenarkan jika dirinya "
         "tak lagi menjabat sebagai Kapolsek Cikarang Selatan.")


def test_the_dash_credited_captions_leave():
    for caption in ("Waterboom Lippo Cikarang, Kabupaten Bekasi disegel petugas karena sebabkan kerumunan massa. Senin "
                    "(11/1). - (istimewa)",
                    "Petugas memeriksa kendaraan di gerbang tol Cikarang, Senin (11/1). - (Republika/Putra M. Akbar)",
                    "Petugas memeriksa kendaraan di gerbang tol Cikarang, Senin (11/1). – (Dok Humas)"):
        assert is_caption(caption), caption
        assert clean_body([Block(BEFORE), Block(caption), Block(AFTER)]).paragraphs == [BEFORE, AFTER]


def test_credits_codes_and_quotes_stay():
    for line in ("Warga menolak rencana itu karena belum ada sosialisasi, kata dia. - (sar)",
                 "Warga menolak rencana itu karena belum ada sosialisasi, kata dia. (Tribunnews.com/Reza Deni)",
                 "\"Kami menolak rencana itu,\" kata dia. - (Republika/Putra M. Akbar)",
                 "Warga menolak rencana itu karena belum ada sosialisasi. (istimewa)"):
        assert not is_caption(line)
        paragraphs = clean_body([Block(BEFORE), Block(line), Block(AFTER)]).paragraphs
        assert len(paragraphs) == 3 and paragraphs[1].startswith(line[:40])  # a closing code may leave it

"""Photo credits the patterns missed: a caption closed by its photo label and source between slashes (a regional
network's copies: `... Mariupol, Ukraina 22 April 2022. /Foto: REUTERS/ALEXANDER ERMOCHENKO/`), and a credit standing
alone in capitals, an outlet's name over the photographer's full name (Tribun's `SRIWIJAYA POST/WAWAN SEPTIAWAN`
under the byline). Capitals around a slash that name no one (`TNI/POLRI`), and a sentence's `dan/atau`, stay."""

from __future__ import annotations

from crawler.parsing.furniture import is_caption
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TEXT = ["\"Tadi update ada empat orang tewas dan 33 luka, sekarang bertambah lagi. Jadi delapan tewas dan 35 luka,\" "
        "jelas Kabid Humas Polda Jatim, Kombes Pol Frans Barung Mangera di Jalan Ngagel Madya, Surabaya, Minggu pagi.",
        "Barung mengaku, belum bisa meng-update siapa identitas pelaku dan korban. Termasyk jenis kelaminnya."]
CREDITED = ["Pemandangan menunjukkan kendaraan lapis baja yang hancur selama konflik Ukraina-Rusia di kota pelabuhan "
            "selatan Mariupol, Ukraina 22 April 2022. /Foto: REUTERS/ALEXANDER ERMOCHENKO/",
            "SRIWIJAYA POST/WAWAN SEPTIAWAN",
            "KOMPAS/HERU SRI KUMORO"]


def test_the_credited_lines_go():
    for line in CREDITED:
        assert is_caption(line), line
        assert clean_body([Block(TEXT[0]), Block(line), Block(TEXT[1])]).paragraphs == TEXT, line


def test_lines_naming_no_one_stay():
    for line in ("TNI/POLRI", "PILKADA DKI/JAKARTA",
                 "Harga cabai naik menjadi Rp12.000 per kilogram di pasar dan/atau toko."):
        assert not is_caption(line), line

"""A short paragraph of a foreign wire's story another agency carried, its last sentence followed by both agencies'
names (`Menurut dia, kedua negara pada akhirnya akan berdamai. ANTARA/AFP`), is text: the line reports what someone
said, and both names are news agencies, where a photo's caption names its photographer or its handout's source after
the wire (`... Rostov, Rusia, dekat perbatasan Ukraina, 26 Januari 2022. REUTERS/Sergey Pivovarov.`, `... Jakarta
Pusat/RMOL`). Captions so credited still go."""

from __future__ import annotations

from crawler.parsing.furniture import is_caption
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

LEAD = ("Kremlin, kantor Presiden Vladimir Putin, menyebutkan bahwa Rusia bisa menguasai kota-kota besar Ukraina, dan "
        "mewanti-wanti Barat bahwa Moskow punya kekuatan militer yang cukup untuk mencapai tujuannya di Ukraina tanpa "
        "bantuan apa pun dari China.")
LAST = ("\"Rusia memiliki kemampuan sendiri untuk meneruskan operasi tersebut. Seperti yang kami katakan, (operasi) itu "
        "akan berjalan sesuai rencana dan akan selesai sepenuhnya dan tepat waktu.\"")
CARRIED = ["Menurut dia, kedua negara pada akhirnya akan berdamai. ANTARA/AFP",
           "Menurut Peskov, sejumlah kota besar Ukraina telah dikepung pasukan Rusia. Antara/Reuters",
           "Menurut Peskov, sejumlah kota besar Ukraina telah dikepung pasukan Rusia.ANTARA/AFP",
           "Menurut Peskov, sejumlah kota besar Ukraina telah dikepung pasukan Rusia. Sumber: ANTARA/Reuters",
           "Polisi mengatakan lima orang tewas di kantor World Vision di dekat kota Oghi. ANTARA/AFP",
           "Demikian laporan Xinhua yang dipantau di Jakarta, bahwa Itno juga menjadi Ketua ECCAS. Antara/Xinhua"]
CAPTIONS = ["ILUSTRASI. Tentara Rusia di atas pengangkut personel lapis baja BTR-82 selama latihan di Kuzminsky, "
            "Wilayah Rostov, Rusia, dekat perbatasan Ukraina, 26 Januari 2022. REUTERS/Sergey Pivovarov.",
            "Massa berkumpul di Monumen Nasional (Monas), Jakarta Pusat/RMOL",
            "Presiden Rusia Vladimir Putin saat konferensi pers di Moskow, Rusia. ANTARA/Reuters",
            "Warga Palestina memeriksa puing bangunan di Gaza. ANTARA/Anadolu"]


def test_the_carried_paragraph_stays():
    for line in CARRIED:
        assert not is_caption(line), line
        assert clean_body([Block(LEAD), Block(line), Block(LAST)]).paragraphs == [LEAD, line, LAST], line


def test_captions_so_credited_still_go():
    for line in CAPTIONS:
        assert is_caption(line), line
        assert clean_body([Block(LEAD), Block(line), Block(LAST)]).paragraphs == [LEAD, LAST], line

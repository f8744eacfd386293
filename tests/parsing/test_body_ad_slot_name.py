"""An ad slot printed as text where its script left no ad: the slot's own name, its size in pixels last (Tempo's
`slot-iklan-300x100` between the paragraphs, under `Baca berita dengan sedikit iklan, klik di sini`), or the ad's short
label in small letters (a news portal's `ads` under `ADVERTISEMENT`, over `SCROLL TO RESUME CONTENT`). A sentence
naming a size or the word stays."""

from __future__ import annotations

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TEMPO = [
    "Sejumlah media asing melaporkan aksi massa bertajuk \"Indonesia Gelap\" yang digelar pada Senin, 17 Februari 2025. "
    "Mereka menyoroti protes yang dilayangkan mahasiswa Indonesia terhadap rezim Prabowo Subianto yang dianggap mundur "
    "dari cita-cita reformasi.",
    "\"Ketidakpuasan masyarakat terhadap situasi terkini di Indonesia terwujud dalam sejumlah gerakan yang memprotes "
    "kebijakan Presiden Prabowo Subianto dan pendahulunya,\" kata laporan The Star, Selasa, 18 Februari 2025.",
]
POSNEWS = [
    "“Hamas menanggapi rencana ini secara bertanggung jawab untuk menghentikan pertumpahan darah rakyat Palestina,” "
    "tegas al-Hayya.",
    "Sementara itu, Kabinet Israel masih melakukan pemungutan suara untuk meratifikasi kesepakatan tersebut.",
]


def test_an_ad_slots_name_leaves_the_text():
    blocks = [Block(TEMPO[0]), Block("Baca berita dengan sedikit iklan, klik di sini"), Block("slot-iklan-300x100"),
              Block(TEMPO[1]), Block("Baca berita dengan sedikit iklan, klik di sini"), Block("slot-iklan-300x60")]
    assert clean_body(blocks).paragraphs == TEMPO


def test_an_ads_label_in_small_letters_leaves_the_text():
    blocks = [Block(POSNEWS[0]), Block("ADVERTISEMENT"), Block("ads"), Block("SCROLL TO RESUME CONTENT"),
              Block(POSNEWS[1])]
    assert clean_body(blocks).paragraphs == POSNEWS


def test_lines_naming_a_size_or_ads_stay():
    lines = ["Layar iklan berukuran 300x100 piksel itu dipasang di halte.",
             "Harga mobil-4x4 bekas turun.",
             "Google Ads",
             "Mereka memasang ads di media sosial."]
    assert clean_body([Block(TEMPO[0]), *map(Block, lines)]).paragraphs == [TEMPO[0], *lines]

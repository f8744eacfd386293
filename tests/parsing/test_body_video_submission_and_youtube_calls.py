"""A channel's calls under a video's text: its call for readers' videos with its follow call run into the same line,
the call's place on the next (Medcom's video pages: `Hai, Sobat Medcom.id! Kalau kamu punya video peristiwa menarik
bisa mengirimkannya ke redaksi@medcom.id Cek Berita dan Artikel yang lain di` over `Google News`), and a TV channel's
call to subscribe to it on YouTube and to switch its bell on (Kompas TV's `Agar tidak ketinggalan berita-berita
terkini, ... Yuk, subscribe channel YouTube Kompas TV!` over `Aktifkan juga lonceng supaya kamu dapat notifikasi video
terbaru dari Kompas TV. ...`). None is text; sentences opened by the same words stay."""

from __future__ import annotations

import pytest

from crawler.parsing.furniture import is_noise
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

MEDCOM_LAST = ("Warga merasa pemerintah kabupaten tidak memperhatikan masalah ini, karena selama bertahun-tahun kondisi "
               "jalan belum kunjung membaik, yang hampir membuat perekonomian warga lumpuh.")
SUBMISSION = ("Hai, Sobat Medcom.id! Kalau kamu punya video peristiwa menarik bisa mengirimkannya ke redaksi@medcom.id Cek "
              "Berita dan Artikel yang lain di")
KOMPAS_TV = [
    "Setelah menggelar konvoi, mahasiswa menggelar demo di depan Kantor DPRD Jawa Timur.",
    "Dalam orasinya, mahasiswa memprotes kenaikan harga BBM dan harga sejumlah bahan pokok yang dianggap semakin "
    "menyulitkan kondisi ekonomi masyarakat .",
]
YOUTUBE_CALLS = [
    "_____",
    "Jangan lewatkan live streaming Kompas TV 24 jam nonstop di https://www.kompas.tv/live.",
    "Agar tidak ketinggalan berita-berita terkini, terlengkap, serta laporan langsung dari berbagai daerah di Indonesia. "
    "Yuk, subscribe channel YouTube Kompas TV!",
    "Aktifkan juga lonceng supaya kamu dapat notifikasi video terbaru dari Kompas TV. Sahabat Kompas TV juga bisa "
    "memperoleh informasi terkini melalui website: https://www.kompas.tv.",
]


def test_the_submission_call_with_the_follow_call_run_in_goes():
    assert is_noise(SUBMISSION)
    assert is_noise(SUBMISSION + " Google News")
    blocks = [Block(MEDCOM_LAST), Block(SUBMISSION), Block("Google News"), Block("(rzs)")]
    assert clean_body(blocks).paragraphs == [MEDCOM_LAST]


def test_the_youtube_and_bell_calls_go():
    for line in YOUTUBE_CALLS[2:]:
        assert is_noise(line), line
    blocks = [Block(text) for text in [*KOMPAS_TV, *YOUTUBE_CALLS]]
    assert clean_body(blocks).paragraphs == KOMPAS_TV


@pytest.mark.parametrize("line", [
    "Agar tidak ketinggalan kereta, warga datang ke stasiun sejak subuh.",
    "Agar tidak ketinggalan informasi, warga diminta memantau kanal resmi BMKG, kata dia.",
    "Aktifkan notifikasi di ponsel Anda agar peringatan dini gempa segera diterima.",
    "Hai, Sobat! Kalau kamu punya video peristiwa menarik, ceritakan kepada kami dalam kolom komentar.",
])
def test_sentences_stay(line):
    assert not is_noise(line)
    assert clean_body([Block(KOMPAS_TV[0]), Block(line), Block(KOMPAS_TV[1])]).paragraphs == [KOMPAS_TV[0], line,
                                                                                            KOMPAS_TV[1]]

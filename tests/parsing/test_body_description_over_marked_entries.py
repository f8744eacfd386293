"""The page's description under the text, its lead printed again with the dateline and cut at a word, over a box's
headlines marked as a list's items to the page's end, the box's heading lost (JPNN 2019: `JAKARTA - Aksi demo di markas
... Akibatnya, sejumlah bangunan` over `- Kasus Polisi Tembak Polisi, Ini Permintaan Walhi kepada Kapolri` and five more):
neither is text, and the writer's code before them closes the text. A paragraph so opened and cut with more text under
it, or over list items that are sentences, stays."""

from __future__ import annotations

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

LEAD = ("Aksi demo di markas Komisi Pemberantasan Korupsi (KPK), Jakarta, Jumat kemarin berakhir dengan kericuhan. "
        "Akibatnya, sejumlah bangunan milik negara dan masyarakat sekitar terkena dampaknya.")
QUOTE = ("\"Saat ini masih melakukan penyelidikan siapa yang bertanggung jawab atas kejadian tersebut,\" kata Awi di "
         "Mapolda Metro Jaya, Jakarta.")
LAST = ("\"Kami melakukan lidik terhadap provokator dan mencari alat bukti lain berupa rekaman video baik dari CCTV KPK, "
        "Polres, dan bangunan sekitar,\" tegasnya.")
DESCRIPTION = ("JAKARTA - Aksi demo di markas Komisi Pemberantasan Korupsi (KPK), Jakarta, Jumat kemarin berakhir dengan "
               "kericuhan. Akibatnya, sejumlah bangunan")
ENTRIES = ["- Kasus Polisi Tembak Polisi, Ini Permintaan Walhi kepada Kapolri",
           "- Prabowo Dinilai Berhasil Membawa Investasi Jumbo dan Gibran Sukses Jaga Stabilitas Politik di Tanah Air",
           "- KPK Tetapkan Gubernur Bengkulu Tersangka, Ada Uang Rp15 M, Peras untuk Pilkada",
           "- Mensos Gus Ipul Beri Bantuan Biaya Perbaikan Rumah Kepada Korban Longsor di Padang Lawas",
           "- ASR Komitmen Bangun Penegakan Hukum Transparan & Adil di Sultra",
           "- Hendri Satrio jadi Ketua IKA FIKOM Unpad"]


def _body(lines: list[str]):
    return clean_body([Block(line) for line in lines])


def test_the_description_and_the_box_go_and_the_code_closes_the_text():
    body = _body([LEAD, QUOTE, f"{LAST} (Mg4/jpnn)", DESCRIPTION, *ENTRIES])
    assert body.paragraphs == [LEAD, QUOTE, LAST]
    assert body.signature is not None and body.signature["raw"] == "(Mg4/jpnn)"


def test_a_cut_paragraph_with_text_under_it_stays():
    more = "Kerugian yang tampak jelas adalah rusaknya kaca pospam KPK dan kaca halte busway Transjakarta di depan gedung."
    assert _body([LEAD, QUOTE, DESCRIPTION, more]).paragraphs == [LEAD, QUOTE, DESCRIPTION, more]


def test_a_cut_paragraph_over_sentence_items_stays():
    items = ["- Empat unit anak busur panah ditemukan polisi di halaman gedung.",
             "- Satu unit tiang bendera terbuat dari plat besi juga diamankan."]
    assert _body([LEAD, QUOTE, DESCRIPTION, *items]).paragraphs == [LEAD, QUOTE, DESCRIPTION, *items]

"""Calls to find the outlet's news on its WhatsApp channel: `Temukan Berita Terkini kami di WhatsApp Channel` under
the last paragraph, and a channel box's heading and call (Katadata's `Berita Katadata.co.id di WhatsApp Anda` over
`Dapatkan akses cepat ke berita terkini dan data berharga dari WhatsApp Channel Katadata.co.id` and `Ikuti kami`).
Sentences that name WhatsApp stay."""

from __future__ import annotations

from crawler.parsing.furniture import is_noise
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

PARAGRAPHS = ["Gaza adalah wilayah Palestina yang pernah menjadi bagian dari Kekaisaran Ottoman, sebelum diduduki oleh "
              "Inggris dari 1918 hingga 1948, dan Mesir dari 1948 hingga 1967.",
              "Ia juga meminta masyarakat memeriksa dan memastikan bangunan tempat tinggal dalam kondisi baik."]
CALLS = ["Temukan Berita Terkini kami di WhatsApp Channel",
         "Berita Katadata.co.id di WhatsApp Anda",
         "Dapatkan akses cepat ke berita terkini dan data berharga dari WhatsApp Channel Katadata.co.id",
         "Ikuti kami"]


def test_the_channel_calls_are_furniture():
    for call in CALLS:
        assert is_noise(call), call


def test_the_calls_leave_the_text():
    result = clean_body([Block(PARAGRAPHS[0]), Block(PARAGRAPHS[1]), *(Block(call) for call in CALLS)])
    assert result.paragraphs == PARAGRAPHS


def test_sentences_naming_whatsapp_stay():
    for line in ("Temukan berita itu di WhatsApp, lalu laporkan ke polisi.",
                 "Berita bohong itu beredar di WhatsApp sejak pekan lalu.",
                 "Berita Kompas.com di WhatsApp warga ternyata dipotong dan diubah judulnya.",
                 "Dapatkan akses ke layanan itu dengan mendaftar di kantor desa, kata dia.",
                 "Ikuti kami ke lokasi banjir, kata Kapolres kepada wartawan."):
        assert not is_noise(line), line

"""Captions at the top the patterns missed: a source of two words between hyphens spaced off the caption's full stop
(Disway's `... X, Facebook, Instagram, dan TikTok. -Al Jazeera-`), and a caption whose box printed a bar after its
credit (Star News's `... sejak Oktober tahun lalu. (Foto : Reuters) |`). A paragraph closed by a desk's code between
hyphens, one word or initials over a slash, stays (`... Rp12.000. -Red-`, `-Red/Ant-`)."""

from __future__ import annotations

from crawler.parsing.furniture import is_caption
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TEXT = ["Lebih dari 7.000 orang lainnya mengalami luka-luka akibat gempuran yang dimulai sejak sepekan lalu.",
        "Kementerian Kesehatan Palestina dalam laporan terbaru pada Jumat waktu setempat melaporkan peningkatan jumlah "
        "korban tewas akibat serangan udara Israel di wilayah tersebut."]
CAPTIONS = ["Berita palsu yang sengaja disebarkan terkait konflik Israel-Palestina telah tersebar di seluruh jejaring "
            "sosial seperti X, Facebook, Instagram, dan TikTok. -Al Jazeera-",
            "Jumlah korban tewas di Gaza: 43.799 warga Palestina meninggal sejak Oktober tahun lalu. (Foto : Reuters) |"]


def test_the_captions_go():
    for caption in CAPTIONS:
        assert is_caption(caption), caption
        assert clean_body([Block(caption)] + [Block(text) for text in TEXT]).paragraphs == TEXT, caption


def test_paragraphs_closed_by_a_desk_code_stay():
    for line in ("Harga cabai naik dari Rp10.000 menjadi Rp12.000 per kilogram. -Red-",
                 "Kata dia, harga naik dari Rp10.000 menjadi Rp12.000. -Red/Ant-",
                 "Harga cabai naik dari Rp10.000 menjadi Rp12.000 per kilogram. |"):
        assert not is_caption(line), line

"""A photo's caption under a label that says it is one (a columnist's `Foto Caption: Penampakan persiapan pentas
dongeng ... Kab. Kendal, Jawa Tengah, 51371.`, `Keterangan foto: ...`, `Ket. Foto: ...`): the photo's, whatever it
holds. A sentence about a caption stays."""

from __future__ import annotations

from crawler.parsing.furniture import is_caption
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

CAPTION = ("Foto Caption: Penampakan persiapan pentas dongeng berjudul “Sidang Para Menthok” oleh Muhajir Arrosyid di "
           "Sarang Lilin Art Space, Perumahan Griya Pantura Regency Blok A No. 4 Desa Tosari, Kec. Brangsong, Kab. "
           "Kendal, Jawa Tengah, 51371.")
TEXT = ["Kita sungguh mafhum, tercapainya cita-cita sebuah bangsa tentu dengan tanpa berpaling dari nasib sebuah desa. "
        "Pemerintah pusat tak boleh memunggungi desa.",
        "Maka bergulirlah upaya pemerintah Jokowi mengucurkan dana yang melimpah bagi desa. Negara telah menggoda warga "
        "dengan dana desa."]


def test_a_caption_under_its_caption_label_leaves_the_top_of_a_column():
    result = clean_body([Block("Oleh Setia Naka Andrian"), Block(CAPTION), *map(Block, TEXT)])
    assert result.paragraphs == TEXT
    assert result.byline_author == "Setia Naka Andrian"


def test_the_labels_spellings_are_captions():
    for line in (CAPTION, "Keterangan foto: Warga membersihkan saluran air di Desa Tosari, Minggu (3/3).",
                 "Ket. Foto: Bupati Kendal meninjau lokasi banjir.", "Caption: Suasana pentas dongeng di Kendal."):
        assert is_caption(line), line


def test_a_sentence_about_a_caption_stays():
    line = "Caption foto itu kemudian diralat oleh redaksi setelah mendapat protes pembaca."
    assert not is_caption(line)
    assert clean_body([*map(Block, TEXT), Block(line)]).paragraphs == [*TEXT, line]

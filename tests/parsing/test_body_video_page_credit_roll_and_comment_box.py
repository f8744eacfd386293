"""A news video's page under its text: the credit roll, one role a line, also naming the story's writer and the cover
picture's editor (Kompas's `Penulis Artikel: Syakirun Ni’am` over `Penulis Naskah: <name>`, `Video Editor: <name>`,
`Musik: Dakar Flow`; Kompas TV's `Produser: Yuilyana` over `Thumbnail Editor: Novaltri`), the hashtags, the link back
to the player (`Kembali ke video...`), the comment box's report button and the form's thanks (`Laporkan Komentar`,
`Terima kasih. Kami sudah menerima laporan Anda. Kami akan menghapus komentar ...`), an ad's close button (`Close Ads`)
and the note pointing at the story's page (`Artikel ini bisa dilihat di : <address>`): none is text. Sentences with
the words stay."""

from __future__ import annotations

from crawler.parsing.furniture import is_credit_line, is_noise
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TEXT = ["Dalam kesempatan yang sama, Megawati juga mengatakan, Jokowi memang menjadi sosok idola karena tingkat "
        "kepuasan masyarakat terhadap kepemimpinannya tinggi.",
        "“Banyak kan Pak Jokowi surveinya tinggi. Saya cuma ketawa lihat itu. Boleh kan idola itu namanya,” ujar "
        "Megawati."]


def _clean(lines):
    return clean_body([Block(line) for line in lines]).paragraphs


def test_the_video_page_under_the_text_goes():
    page = ["Penulis Artikel: Syakirun Ni’am", "Penulis Naskah: Farah Annisa Rizcher",
            "Video Editor: Farah Annisa Rizcher", "Musik: Dakar Flow", "#jokowi #megawati #kelakar #shortskm",
            "Kembali ke video...",
            "Berkomentarlah secara bijaksana dan bertanggung jawab. Komentar sepenuhnya menjadi tanggung jawab "
            "komentator seperti diatur dalam UU ITE",
            "Laporkan Komentar",
            "Terima kasih. Kami sudah menerima laporan Anda. Kami akan menghapus komentar yang bertentangan dengan "
            "Panduan Komunitas dan UU ITE.",
            "Baca berita tanpa iklan. Gabung Kompas.com+", "Close Ads"]
    assert _clean([*TEXT, *page]) == TEXT


def test_a_broadcasters_credit_roll_and_page_note_go():
    assert _clean([*TEXT, "Produser: Yuilyana", "Thumbnail Editor: Novaltri", "#dedimulyadi #korupsi #rakorkpk"]) == TEXT
    note = ("Artikel ini bisa dilihat di : https://www.kompas.tv/talkshow/615029/full-salsa-erwina-blak-blakan-soal-"
            "sahroni-eko-patrio-dinonaktifkan-hingga-tunjangan-dpr-dicabut")
    assert is_noise(note)
    assert _clean([*TEXT, "#salsaerwina #dpr #sahroni", note]) == TEXT


def test_sentences_with_the_words_stay():
    for line in ("Penulis artikel itu hadir dalam diskusi di Jakarta.", "Thumbnail: gambar kecil di awal video.",
                 "Terima kasih. Kami sudah menerima laporan Anda dan akan segera menindaklanjutinya.",
                 "Kembali ke video yang viral itu, polisi menyebut pelaku sudah ditangkap.",
                 "Artikel ini bisa dilihat sebagai kritik terhadap kebijakan pemerintah."):
        assert not is_noise(line) and not is_credit_line(line), line
        assert _clean([*TEXT, line]) == [*TEXT, line], line

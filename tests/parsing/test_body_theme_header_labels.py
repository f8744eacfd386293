"""A blog theme's header labels over the text (Blogger's `Notification` over `Kategori Berita` and `Cari Berita`,
Metro TV's `NEWSTICKER`, a WordPress theme's `Connect with us` over `Published` and `on` where its date was) and the
link back to the page's top (`Scroll kembali ke atas`): none is text, and the dateline under them is read. Sentences
with the words stay."""

from __future__ import annotations

from crawler.parsing.furniture import is_noise
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

LEAD = ("Semarang, Rakyatterkini.com - Isu tentang adanya warga Wadas yang ditahan dan disidik oleh polisi, dibantah "
        "tegas Polda Jateng.")
TEXT = ("Keberadaan warga yang sudah kembali ke desanya itu dibenarkan Kades Wadas, Fahri Setyanto, kepada wartawan di "
        "balai desa.")


def test_the_labels_leave_and_the_dateline_is_read():
    labels = ["Notification", "×", "Kategori Berita", "Cari Berita", "Iklan"]
    result = clean_body([Block(text) for text in (*labels, LEAD, TEXT)])
    assert result.paragraphs == [LEAD.split(" - ", 1)[1], TEXT]


def test_the_labels_are_furniture():
    for line in ("NEWSTICKER", "Connect with us", "Published", "on", "Scroll kembali ke atas"):
        assert is_noise(line), line


def test_sentences_with_the_words_stay():
    for line in ("Notifikasi itu dikirim ke ponsel warga sejak pagi, kata petugas BPBD setempat.",
                 "Published on time, the report named three officials in the case, the prosecutor said.",
                 "Warga diminta tidak panik dan segera naik ke atas bukit, kata kepala desa."):
        assert not is_noise(line)
        assert clean_body([Block(TEXT), Block(line), Block(TEXT + " Lagi.")]).paragraphs == [TEXT, line,
                                                                                               TEXT + " Lagi."]

"""A lead caption its wire closes in brackets with the word for a photo in small letters and no photographer
(MerahPutih 2015's `Kapolri Jenderal Pol. Badrodin Haiti (kanan) didampingi ... di Mabes Polri, Jakarta, Senin (27/4).
(Antara foto)` over the text): the caption leaves the text. The wire's name is checked against the table of agencies,
so a paragraph's pointer to a picture (`(Lihat foto)`) stays, and so does a quoted speaker's paragraph."""

from __future__ import annotations

from crawler.parsing import parse_article
from crawler.parsing.furniture import is_caption

URL = "http://merahputih.com/post/read/jakarta-tidak-aman-polisi-kedodoran"
CAPTION = ("Kapolri Jenderal Pol. Badrodin Haiti (kanan) didampingi Kadiv Humas Polri Irjen Pol. Anton Charliyan (kiri) di "
           "Mabes Polri, Jakarta, Senin (27/4). (Antara foto)")
LEAD = ("Kapolri Jenderal Polisi Badrodin Haiti mengakui bahwa Jakarta memang belum menjadi kota aman. Kapolri juga "
        "mengakui pihaknya mengalami keterbatasan dalam usaha mengamankan ibukota.")
TEXT = [LEAD,
        "Meski mengakui Jakarta tidak aman, namun Polri enggan disebut kedodoran dalam mengamankan Jakarta. Kapolri "
        "mengaku pihaknya sudah bekerjasama dengan banyak pihak, salah satunya adalah Pemerintah Provinsi (Pemprov) DKI "
        "Jakarta.",
        "\"Kami sudah menjalin kerjasama dengan Pemprov DKI Jakarta,\" katanya dalam sebuah diskusi publik di sebuah "
        "hotel di Jakarta, Kamis (30/4)."]


def _page(first: str) -> bytes:
    paragraphs = "".join(f"<p>{line}</p>" for line in [first, *TEXT])
    return (f"<!DOCTYPE html><html lang=\"id-ID\"><head><meta charset=\"UTF-8\"><title>Jakarta Tidak Aman, Polisi "
            f"Kedodoran?</title><link rel=\"canonical\" href=\"{URL}\"><meta property=\"article:published_time\" "
            f"content=\"2015-04-30T16:10:00+07:00\"></head><body><article class=\"post hentry\"><h1 class=\"entry-title\">"
            f"Jakarta Tidak Aman, Polisi Kedodoran?</h1><div class=\"entry-content\">{paragraphs}</div></article>"
            f"</body></html>").encode()


def test_the_lead_caption_closed_by_the_wire_and_a_small_photo_word_leaves_the_text():
    body = parse_article(_page(CAPTION), URL)["body"]
    assert body.startswith(LEAD[:40])
    assert "(Antara foto)" not in body and "Anton Charliyan" not in body


def test_the_wire_and_its_small_photo_word_make_a_caption():
    assert is_caption(CAPTION)
    assert is_caption("Petugas memeriksa kendaraan di Gerbang Tol Cikampek, Senin (27/4). (Reuters photo)")


def test_the_wire_and_its_capitalised_photo_word_still_make_a_caption():
    assert is_caption(CAPTION.replace("(Antara foto)", "(Antara Foto)"))


def test_a_pointer_to_a_picture_is_no_caption():
    assert not is_caption("Rumah itu kini dijadikan museum oleh keluarganya sejak 1990. (Lihat foto)")


def test_a_quoted_speakers_paragraph_closed_so_stays():
    paragraph = "\"Kami sudah bekerja sama dengan Pemprov DKI,\" kata Badrodin di Jakarta, Kamis (30/4). (Antara foto)"
    assert not is_caption(paragraph)


# The same site a year on closes its lead caption with the source's one word in small letters after a label, the
# caption's date in brackets before it and no full stop (MerahPutih 2016's `... pra-pertandingan, Senin (21/11) (Foto:
# affsuzukicup)` over `MerahPutih Sepak Bola - ...`).
LABELLED = ("Pelatih Indonesia, Alfred Riedl (kiri) dan pelatih Filipina, Thomas Dooley, di sesi konferensi pers "
            "pra-pertandingan, Senin (21/11) (Foto: affsuzukicup)")


def test_a_small_letter_source_after_the_label_and_the_captions_date_makes_a_caption():
    assert is_caption(LABELLED)
    body = parse_article(_page(LABELLED), URL)["body"]
    assert body.startswith(LEAD[:40]) and "affsuzukicup" not in body


def test_a_quoted_speakers_paragraph_with_the_date_and_a_small_letter_source_stays():
    paragraph = "\"Kami siap menang,\" ujar Riedl dalam sesi konferensi pers, Senin (21/11) (Foto: affsuzukicup)"
    assert not is_caption(paragraph)

"""Furniture under the text: a blog platform's note on who answers for its posts under its heading (Retizen's
`Disclaimer` over `Retizen adalah Blog Republika Netizen untuk ... bertanggung jawab penuh atas isi, ...`), its box of
picked posts (`Tulisan Terpilih`), a photo viewer's close button (`× Image`), a portal's call to sign up for its news
closed by the link to do it (SINDOnews's `Dapatkan berita terkini dan kejutan menarik dari SINDOnews.com, Klik Disini
untuk mendaftarkan diri anda sekarang juga!`) and a follow button alone (`Follow`). Sentences with the words stay."""

from __future__ import annotations

from crawler.parsing.furniture import is_noise
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

NOTE = ("Retizen adalah Blog Republika Netizen untuk menyampaikan gagasan, informasi, dan pemikiran terkait berbagai "
        "hal. Semua pengisi Blog Retizen atau Retizener bertanggung jawab penuh atas isi, foto, gambar, video, dan "
        "grafik yang dibuat dan dipublished di Blog Retizen. Retizener dalam menulis konten harus memenuhi kaidah "
        "dan hukum yang berlaku (UU Pers, UU ITE, dan KUHP). Konten yang ditulis juga harus memenuhi prinsip "
        "Jurnalistik meliputi faktual, valid, verifikasi, cek dan ricek serta kredibel.")
CALL = ("Dapatkan berita terkini dan kejutan menarik dari SINDOnews.com, Klik Disini untuk mendaftarkan diri anda "
        "sekarang juga!")
FIRST = ("Hujan deras hari ini, Selasa (1/3) menimbulkan banjir di sejumlah daerah di Banten. Di berbagai media "
         "sosial mengabarkan banjir yang melanda.")
LAST = ("\" Ya Rabb.. Selamatkan kami. Hindarkan dari bencana. Mampukan kami untuk bisa membantu semua saudara-saudara "
        "kami yang membutuhkan.\" tulisnya.")


def test_the_platform_note_and_its_boxes_leave():
    blocks = [FIRST, LAST, "Disclaimer", NOTE, "Berita Terkait", "Tulisan Terpilih",
              "Copyright © 2022 Retizen.id All Right Reserved", "× Image"]
    assert clean_body([Block(text) for text in blocks]).paragraphs == [FIRST, LAST]


def test_the_signup_call_and_follow_button_leave():
    first = ("Wali Kota Surabaya Eri Cahyadi menyatakan perang terhadap gengster. Gengster mengganggu kenyamanan "
             "warga karena sering membuat onar.")
    second = ("Untuk itu Pemkot Surabaya menggelar razia gabungan. Sebanyak 2.000 personel dilibatkan termasuk LPMK "
              "dan warga.")
    blocks = [first, second, "Reporter : Arif Ardliyanto", "(sir)", "Follow", CALL, "Rekomendasi", "Terpopuler"]
    result = clean_body([Block(text) for text in blocks])
    assert result.paragraphs == [first, second]
    assert is_noise(CALL) and is_noise("Follow") and is_noise("Tulisan Terpilih") and is_noise("× Image")


def test_sentences_with_the_words_stay():
    for line in ("Dapatkan berita itu dari sumber resmi, klik di sini untuk mendaftar tidak disarankan, kata pakar "
                 "keamanan siber itu kepada wartawan yang menanyakan modus penipuan tersebut.",
                 "Follow the money, kata penyidik itu menjelaskan cara timnya menelusuri aliran dana.",
                 "Forum itu adalah blog warga tempat siapa saja bertanggung jawab atas isi tulisannya sendiri, kata "
                 "dia.",
                 "Tulisan terpilih akan dibukukan oleh panitia lomba dan diluncurkan pada Hari Pendidikan Nasional."):
        assert not is_noise(line)
        assert clean_body([Block(FIRST), Block(line), Block(LAST)]).paragraphs == [FIRST, line, LAST]

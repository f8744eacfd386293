"""A read-also insert after a call to read it (AyoBandung's `AYO BACA : Situasi Terkini di Depan Gedung Bawaslu
Kondusif`), and one in brackets filling its block with no colon after its words (Grid's `(BACA JUGA Dian Pelangi
Terinspirasi Zaskia Sungkar Soal Ini)`): neither is text. A sentence calling to read something stays, and so does a
bracketed aside that is no insert."""

from __future__ import annotations

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

BEFORE = "Foto tersebut pertama kali diunggah oleh Mas Agung Wilis Yudha Baskoro di akun instagramnya."
AFTER = ("Kepala Biro Penerangan Masyarakat Divisi Humas Polri, Brigjen Dedi Prasetyo mengungkapkan, pihaknya telah "
         "mengamankan 20 orang terkait bentrok yang terjadi di sekitar kantor Bawaslu, pada Rabu (22/5/2019) dini "
         "hari.")


def test_the_called_insert_leaves():
    for insert in ("AYO BACA : Situasi Terkini di Depan Gedung Bawaslu Kondusif",
                   "AYO BACA : Aparat Ciduk Perusuh di Sejumah Titik di Jakarta pada Rabu Dini Hari",
                   "Yuk baca: Aparat Ciduk Perusuh di Sejumah Titik di Jakarta"):
        assert clean_body([Block(BEFORE), Block(insert), Block(AFTER)]).paragraphs == [BEFORE, AFTER]


def test_the_bracketed_insert_without_its_colon_leaves():
    for insert in ("(BACA JUGA Ingin Selalu Update, Zaskia Sungkar Ternyata Pecandu Instagram)",
                   "(BACA JUGA Dian Pelangi Terinspirasi Zaskia Sungkar Soal Ini)",
                   "[Baca juga Dian Pelangi Terinspirasi Zaskia Sungkar Soal Ini]"):
        assert clean_body([Block(BEFORE), Block(insert), Block(AFTER)]).paragraphs == [BEFORE, AFTER]


def test_calls_and_asides_in_the_text_stay():
    for line in ("Ayo baca buku setiap hari, pesan Bunda Literasi kepada para siswa di sekolah itu.",
                 "Yuk baca juga aturan barunya sebelum mendaftar, kata petugas kepada warga yang antre.",
                 "(Baca juga aturan barunya sebelum mendaftar, kata petugas kepada warga yang antre.",
                 "(Sebelumnya baca juga keterangan resmi dari kepolisian yang dirilis kemarin)"):
        assert clean_body([Block(BEFORE), Block(line), Block(AFTER)]).paragraphs == [BEFORE, line, AFTER]

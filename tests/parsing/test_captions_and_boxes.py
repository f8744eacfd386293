"""Photo captions of any length and sister sites' boxes between paragraphs, as real pages (and scraped copies of
them) print them, through the body cleaner with no site profile: each a block among ordinary paragraphs."""

from __future__ import annotations

import pytest

from crawler.parsing.html import Block, Link
from crawler.parsing.text import clean_body

OPENING = ["Pemerintah mengumumkan kebijakan baru pada Senin pagi.", "Kebijakan itu berlaku mulai pekan depan."]
LAST = "Warga menyambut baik kebijakan itu, kata Budi."


def _paragraphs(*lines: str) -> list[str]:
    return clean_body([Block(text) for text in [*OPENING, *lines, LAST]]).paragraphs


@pytest.mark.parametrize("caption", [
    # ANTARA's two-sentence caption, its photographer's credit after the last full stop.
    "Kadivhumas Polri Irjen Pol Argo Yuwono (tengah) didampingi Karopenmas Brigjen Pol Rusdi Hartono (kiri) dan "
    "Kabagpenum Kombes Pol Ahmad Ramadhan menyampaikan rilis barang bukti teroris, di kantor Bareskrim, Mabes Polri, "
    "Jakarta, Jumat (18/12/2020). Sebanyak 23 orang tersangka teroris jaringan Jamaah Islamiyah berhasil ditangkap "
    "Tim Densus 88 Anti Teror Polri di Lampung beberapa waktu lalu, dan kini mereka berada di Jakarta untuk menjalani "
    "pemeriksaan oleh pihak kepolisian. ANTARA FOTO/Sigid Kurniawan/hp.",
    # A copy's, the wire's credit in brackets glued to the last word.
    "Tim PKRS (Promosi Kesehatan Rumah Sakit) memberikan sosialisasi enam langkah tata cara cuci tangan yang benar "
    "menggunakan cairan antiseptic di ruang tunggu pasien rawat jalan, RSUD dr Iskak, Tulungagung, Jawa Timur, Rabu "
    "(4/3/2020). Edukasi cuci tangan untuk meningkatkan kesadaran masyarakat tentang pentingnya hidup bersih dan "
    "higienis demi mencegah penularan penyakit melalui tangan, khususnya berkaitan dengan pencegahan dini terhadap "
    "virus Corona (COVID-19).(ANTARA FOTO/DESTYAN SUJARWOKO)",
    # Kompas's, a source label before the outlet's credit.
    "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan (Menko Polhukam) Mahfud MD dan Menkumham Yasonna H. "
    "Laoly menemui para mantan Mahasiswa Ikatan Dinas (Mahid) era Presiden Soekarno dan eksil politik di Amsterdam, "
    "Belanda, Minggu (27/8/2023) waktu setempat. Sumber: Humas Kemenkumham (KOMPAS.com/Syakirun)",
    # Made up: the outlet's credit with the photographer in capitals, after a space.
    "Pohon pisang ditanam warga di Jalan Slamet Riyadi yang berlubang akibat kebocoran saluran pipa air tepatnya di "
    "kawasan Kleco, Solo, Jawa Tengah, Senin (25/11/2019). Warga menanam pohon itu sebagai tanda bahaya bagi para "
    "pengendara yang melintas pada malam hari, sebab lubang itu sudah sebulan tidak diperbaiki. (TRIBUNSOLO.COM/ADI "
    "NUGROHO)",
])
def test_a_long_caption_its_photographers_credit_closes_leaves_the_body(caption):
    assert len(caption) > 250
    assert _paragraphs(caption) == [*OPENING, LAST]


@pytest.mark.parametrize("paragraph", [
    # A writer's credit closing a paragraph (Tribun's) names no photographer in capitals and is not glued.
    "Warga menyambut baik kebijakan itu yang dinilai membantu pedagang kecil di pasar tradisional, terutama di masa "
    "pandemi ketika daya beli masyarakat turun tajam dan banyak kios tutup, menurut pengamatan wartawan di lapangan "
    "pada Senin (1/2/2021) siang di pasar itu yang ramai sekali. (Tribunnews.com/Reza Deni)",
    # A quotation and its speaker make a paragraph, whatever credit a scrape glued after it.
    "\"Kami akan terus memantau perkembangan harga di pasar dan memastikan stok beras cukup sampai akhir tahun, "
    "termasuk di daerah terpencil yang sulit dijangkau kendaraan besar pada musim hujan seperti sekarang ini,\" kata "
    "Kepala Dinas Perdagangan di kantornya, Senin (1/2/2021). Ia meminta warga tidak panik. (Foto: Rahel/detikcom)",
])
def test_a_long_paragraph_a_credit_closes_stays(paragraph):
    assert len(paragraph) > 250
    assert paragraph in _paragraphs(paragraph)


def test_a_photo_pages_long_caption_is_its_text():
    caption = ("Petugas Satpol pp memberikan sosialisasi pembatasan jam malam kepada pedagang di kawasan Margonda, "
               "Depok, Jawa Barat, Senin (31/8/2020). Pemkot Depok menerapkan pembatasan jam malam yakni batas "
               "operasional pukul 18.00 WIB untuk pertokoan, pukul 20.00 WIB untuk aktivitas warga, dan pukul 21.00 "
               "WIB untuk kurir barang, terkait meningkatnya angka kasus positif dalam dua minggu terakhir. ANTARA "
               "FOTO/Asprilla Dwi Adha/aww.")
    assert clean_body([Block(caption)]).paragraphs == [caption]


@pytest.mark.parametrize("lines", [
    # Kompas's box of a Kompas.id story: its headline over its label, or both in one block.
    ["Nilai Tes Kemampuan Akademik Matematika dan Bahasa Sangat Rendah", "Artikel Kompas.id"],
    ["Haaland, Viking yang Menaklukkan Hati Amerika Artikel Kompas.id"],
])
def test_a_sister_sites_box_between_paragraphs_leaves_the_body(lines):
    assert _paragraphs(*lines) == [*OPENING, LAST]


@pytest.mark.parametrize(("paragraph", "kept"), [
    # Run into the paragraph when the page was flattened...
    ("Hal ini lantas memicu pertempuran yang dikenal sebagai peristiwa Puputan Bayu. Badan Permanen Masyarakat Adat "
     "Artikel Kompas.id Dalam Puputan Bayu yang terjadi pada 18 Desember 1771, Blambangan berusaha keras melepaskan "
     "diri dari VOC.",
     "Hal ini lantas memicu pertempuran yang dikenal sebagai peristiwa Puputan Bayu. Dalam Puputan Bayu yang terjadi "
     "pada 18 Desember 1771, Blambangan berusaha keras melepaskan diri dari VOC."),
    # ...after a flattened insert, whose headline goes with it.
    ("\"Jumlah warga di pengungsian tercatat 496.293 jiwa,\" ucapnya. Baca juga: Kapolri Titip Umat Kristen Doakan "
     "Korban Banjir Sumatera saat Misa Natal Kemenaker Masih Menunggu Penetapan Upah Minimum 2026 dari Semua Provinsi "
     "Artikel Kompas.id Terkait status kedaruratan wilayah, 12 kabupaten telah beralih status.",
     "\"Jumlah warga di pengungsian tercatat 496.293 jiwa,\" ucapnya. Terkait status kedaruratan wilayah, 12 "
     "kabupaten telah beralih status."),
    # A sentence naming such an article goes on in lower case.
    ("Hal itu dijelaskan dalam Artikel Kompas.id berjudul Tak Lagi Nama.", None),
    ("Menurut dia, itu sudah dimuat. Laporan Lengkap Ada di Artikel Kompas.id kemarin.", None),
])
def test_a_sister_sites_box_run_into_a_paragraph_is_cut_from_it(paragraph, kept):
    assert _paragraphs(paragraph) == [*OPENING, kept or paragraph, LAST]


@pytest.mark.parametrize(("paragraph", "kept"), [
    # Kompas flattened: a photo's caption under its label, its credit glued to it, between two sentences.
    ("Menurut Jusri, pengendara harus berhati-hati. Lihat Foto Pohon pisang ditanam warga di Jalan Slamet Riyadi yang "
     "berlubang, Senin (25/11/2019).(KOMPAS.com/LABIB ZAMANI) “Saat cuaca terang pengendara cukup waspada,” ujarnya.",
     "Menurut Jusri, pengendara harus berhati-hati. “Saat cuaca terang pengendara cukup waspada,” ujarnya."),
    ("Larva cacing masuk ke tubuh anak Lihat Foto Kasus balita Sukabumi ramai dibicarakan. Simak penjelasan dokter."
     "(SHUTTERSTOCK/sumroeng chinnapan) Pada anak-anak, larva lebih sering masuk lewat kaki.",
     "Larva cacing masuk ke tubuh anak Pada anak-anak, larva lebih sering masuk lewat kaki."),
    # A credit of one word or a document's, glued to the caption, the next sentence capitalised after it.
    ("Reza juga meminta regulasi yang sama. Lihat Foto Starlink Direct to Cell.(Starlink) \"Kami berharap pemerintah "
     "menyamakan regulasi,\" katanya.", "Reza juga meminta regulasi yang sama. \"Kami berharap pemerintah menyamakan "
     "regulasi,\" katanya."),
    ("Paus itu mati. Lihat Foto Ilustrasi: Paus sperma yang terdampar di Pantai Desa Halapaji, Rabu (4/7/2018)(dok. "
     "Polres Kupang) Paus itu dikubur warga.", "Paus itu mati. Paus itu dikubur warga."),
    # The words with no credit glued after them are the text's.
    ("Kampanye bertajuk Lihat Foto Kami di Instagram (akun resmi) diluncurkan di Jakarta (Sabtu) kemarin.", None),
])
def test_a_flattened_photo_caption_is_cut_from_the_paragraph(paragraph, kept):
    assert _paragraphs(paragraph) == [*OPENING, kept or paragraph, LAST]


@pytest.mark.parametrize("caption", [
    # Short captions their photo's credit in brackets closes: Detik's Foto label and photographer before its name...
    "Peresmian Little Bandung di Malaysia (Foto: Avitia/detikcom)Peresmian Little Bandung di Malaysia (Foto: "
    "Avitia/detikcom)",
    "Agus Harimurti Yudhoyono-Sylviana Murni (Foto: Hasan Alhabsy/detikcom)",
    "Demonstrasi massa buruh di dekat gedung DPR. (Rahel/detikcom)",
    "Pantai Mera (Bonauli/detikcom)",
    # ...a wire's, its FOTO or its photographer after its name...
    "Pekerja menyelesaikan proyek pembangunan underpass Senen Extension di kawasan Senen, Jakarta. (ANTARA FOTO/M "
    "Risyal Hidayat)",
    "BPBD Jawa Timur memetakan sejumlah wilayah yang berpotensi rawan bencana hidrometeorologi saat Hari Raya "
    "Idulfitri 1446 Hijriah. Ilustrasi. (ANTARA FOTO/Oky Lukmansyah).",
    "TNI AL berhasil menangkap dua kapal asing berbendera Malaysia di perairan Bengkalis, Riau, Minggu (10/4). "
    "Ilustrasi (ANTARA FOTO/Fakhri Hermansyah)",
    "Pratu Demisia Arista Tefbana (28 th) dijatuhi hukuman penjara seumur hidup oleh Mahmil III-19 Jayapura, Kamis "
    "malam karena terbukti menjual amunisi dan senpi ke KKB. ((ANTARA/Evarukdijati))",
    "Presiden Filipina Rodrigo Duterte.(AFP PHOTO)",
    "Ia terpilih menjadi ketua. (REUTERS / Danny Moloshok)",
    # ...an outlet's glued to it, a stock library's.
    "Istri Setya Novanto Deisti Astriani Tahor membesuk suaminya di rutan KPK(Kompas.com/Rakhmat Nur Hakim)",
    "Ilustrasi pekerja. (shutterstock)",
])
def test_a_short_caption_its_photos_credit_closes_leaves_the_body(caption):
    result = clean_body([Block(text) for text in [*OPENING, caption, LAST]])
    assert (result.paragraphs, result.signature) == ([*OPENING, LAST], None)


@pytest.mark.parametrize("paragraph", [
    # Editorial codes and writers' credits closing a short paragraph are no photo's credit.
    "Harga cabai naik tajam pekan ini. (Dny/Gdn)",
    "Ia menjelaskan program itu kepada warga. (Humas UGM/ Agung)",
    "Ia menjelaskan program itu kepada warga. (Tribunnews.com/Reza Deni)",
    "Pendaftaran dibuka hingga akhir bulan. (Denty/Aline)",
    "\"Kami siap,\" kata dia. (Foto: Humas Polres)",
])
def test_a_short_paragraph_a_credit_closes_stays(paragraph):
    kept = clean_body([Block(text) for text in [*OPENING, paragraph, LAST]]).paragraphs
    assert kept[:2] == OPENING and kept[-1] == LAST and len(kept) == 4


def test_a_photo_storys_captions_are_its_text():
    captions = [f"Penyanyi itu berpose di karpet merah ajang penghargaan musik, foto nomor {n}. (REUTERS / Danny "
                "Moloshok)" for n in range(1, 4)]
    assert clean_body([Block(text) for text in captions]).paragraphs == captions


@pytest.mark.parametrize("paragraph", [
    "Kegiatan itu diikuti 50 peserta dari tiga kecamatan (foto: terlampir).",
    "Ia menjelaskan program itu kepada warga desa. (Antara/Budi Santoso)",
])
def test_a_short_sentence_with_a_bracket_like_a_credit_stays(paragraph):
    assert paragraph in clean_body([Block(text) for text in [*OPENING, paragraph, LAST]]).paragraphs


def test_a_sister_sites_linked_headline_over_its_label_is_a_related_entry():
    headline = "Nilai Tes Kemampuan Akademik Matematika dan Bahasa Sangat Rendah"
    link = Link(headline, "https://www.kompas.id/artikel/nilai-tes", "https://www.kompas.com/read/2025/1/a")
    result = clean_body([*(Block(text) for text in OPENING), Block(headline, [link]), Block("Artikel Kompas.id"),
                         Block(LAST)])
    assert result.paragraphs == [*OPENING, LAST]
    assert result.related == [{"title": headline, "url": "https://www.kompas.id/artikel/nilai-tes"}]

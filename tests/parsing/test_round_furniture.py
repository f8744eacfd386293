"""Real captions, inserts and closing lines of agencies' and reposting outlets' pages (MINA in three languages, RMOL
stories reposted by portals, regional outlets): what a reader would not call the article leaves the body, and what
looks like furniture but is the article's own text stays."""

from __future__ import annotations

from crawler.parsing.furniture import is_caption
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

OPENING = ["Pemerintah mengumumkan kebijakan baru pada Senin pagi di Jakarta.",
           "Kebijakan itu berlaku mulai pekan depan untuk seluruh warga."]


def _kept(*lines: str) -> list[str]:
    return clean_body([Block(text) for text in OPENING + list(lines)]).paragraphs[len(OPENING):]


def test_a_labelled_caption_may_close_with_its_sources_note_in_brackets():
    assert is_caption("foto: Megawati Soekarnoputri (ist)")
    assert is_caption("Foto: Joko Widodo dan Luhut Panjaitan (rmol)")
    # A paragraph that says what a photo shows is text.
    assert not is_caption("Dalam foto itu tampak Megawati Soekarnoputri (kiri) berbincang dengan warga.")


def test_a_wires_name_after_the_photo_label_is_a_credit():
    assert is_caption("Foto AFP")
    assert not is_caption("Foto bersama usai acara")


def test_reading_time_labels_and_comment_counters_leave_the_body():
    last = "Masjid Al Aqsa menjadi lokasi bentrok Israel dan warga Palestina."
    for label in ("5 menit baca", "±5 menit baca", "4 min read", "قراءة 1 دقيقة", "4 دقائق قراءة", "0 komentar:",
                  "3 Comments:"):
        assert _kept(label, last) == [last], label
    # A sentence that gives a time to read is text.
    sentence = "Peserta diberi waktu 5 menit baca soal sebelum menjawab."
    assert _kept(sentence) == [sentence]


def test_arabic_pages_ad_slot_and_video_label_leave_the_body():
    before = "لم يعد العيد في فلسطين، فرصة للفرح والتزاور كما كان."
    after = "وللعام الثاني يستقبل الفلسطينيون أعيادهم وسط حالة من البؤس."
    for label in ("مساحة إعلانية", "شاهد الفيديو..", "شاهد بالفيديو:"):
        assert _kept(before, label, after) == [before, after], label


def test_a_caption_closed_by_its_photos_note_and_a_bare_illustration_caption():
    assert is_caption("Imaam Yakhsyallah: Duty of Islamic News Agency is to Connect Muslims Brotherhood (photo special)")
    assert is_caption("Ilustrasi.")
    assert not is_caption("Ilustrasi itu dibuat oleh Andi (Kompas).")
    assert not is_caption("Pameran itu memajang foto (karya Iggoy Elfitra) di lantai dua.")


def test_a_recommendation_box_heading_alone_leaves_the_body():
    before = "Saat ini tengah dipamerkan foto-foto tentang Kemerdekaan Republik Indonesia yang ke-70."
    after = "Tema pameran yang diusung kali ini dimulai sejak tanggal 14 Agustus 2015 sampai dengan 20 Oktober 2015."
    assert _kept(before, "Berita Rekomendasi", after) == [before, after]


def test_a_figures_words_printed_twice_leave_the_body():
    before = "Tambah Sivamurugan, kritikan yang dilemparkan sesetengah pihak tidak sepatutnya melemahkan semangat."
    after = "Sementara itu, penganalisis politik, Mujibu Abd Muis berpendapat, tuduhan itu sangat dangkal."
    assert _kept(before, "Mujibu", "Mujibu", after) == [before, after]
    # The caption with its credit run in, then the caption and the credit each on a line.
    lead = "Israeli occupation air force attacked Gaza Strip on Tuesday night (24/6) local time."
    assert _kept("Israeli Airstrike photo: Maan", "Israeli Airstrike", "photo: Maan", lead) == [lead]


def test_a_short_line_said_once_or_a_sentence_said_twice_stays():
    assert _kept("Mujibu", "Sementara itu, ia berpendapat lain.") == ["Mujibu", "Sementara itu, ia berpendapat lain."]
    assert _kept("Merdeka!", "Merdeka!") == ["Merdeka!", "Merdeka!"]


def test_a_caption_closed_by_a_portals_source_word_or_a_magazines_credit():
    assert is_caption("Presiden ke-7 Joko Widodo (Jokowi) menggelar pertemuan di Istana Kepresidenan Jakarta, pada Rabu, "
                      "26 Maret 2025/Net")
    assert is_caption("Immanuel Ebenezer dan Gibran/Ist")
    assert is_caption("Komisaris Utama PT Pertamina Basuki Tjahaja Purnama alias Ahok | Net")
    assert is_caption("Ketua Komisi II DPR Muhammad Rifqinizamy Karsayuda di Kompleks Parlemen, Jakarta, 24 Juli 2025. "
                      "Tempo/Dian Rahma")
    # A sentence naming a network or pairing two names is text.
    assert not is_caption("Warga kini bisa mengakses internet lewat jaringan Net")
    assert not is_caption("Keduanya menjabat di dua lembaga. TNI/Polri siap mengamankan.")


def test_a_bare_clock_time_a_storys_number_and_a_read_more_link_leave_the_body():
    last = "The Iranian capital is a metropolis of around ten million."
    for line in ("17:15:32", "4202385", "1876871 (1)", "Continue reading"):
        assert _kept(line, last) == [last], line
    # A paragraph that gives a time or a figure in a sentence is text.
    assert _kept("Acara dimulai pukul 17:15 WIB.", last) == ["Acara dimulai pukul 17:15 WIB.", last]


def test_a_read_more_link_glued_to_the_last_sentence_leaves_it():
    text = "“Iran was the first country that backed up Iraq,” President Massoum said on Wednesday. Continue reading"
    assert _kept(text) == ["“Iran was the first country that backed up Iraq,” President Massoum said on Wednesday."]
    kept = "He said he would continue reading the report before deciding."
    assert _kept(kept) == [kept]


def test_a_themes_ad_slot_with_its_placeholder_name_leaves_the_body():
    last = "Desa Dambung dinilai perlu dikembalikan menjadi bagian wilayah Kabupaten Barito Timur."
    for line in ("- Advertisement -spot_img", "- Mobile -spot_img"):
        assert _kept(line, last) == [last], line

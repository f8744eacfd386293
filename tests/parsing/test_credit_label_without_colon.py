"""A reporter's label printed without its colon on the line over the lead (Baubau Post 2018: `Peliput Alyakin` over
`PASARWAJO, BP – ...`): the label is no part of the writer's name, and a kind of reporter or a rubric names nobody."""
import pytest

from crawler.parsing.credits import unlabelled_reporter
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

LEAD = ("PASARWAJO, BP – Badan Kepegawaian Pendidikan dan Pelatihan Diklat Daerah (BKPPD) Kabupaten Buton menunggu "
        "surat formal dari Kementerian Pemberdayaan Aparatur Negara dan Reformasi Birokrasi (KemenPAN-RB) untuk "
        "perekrutan Calon Pegawai Negeri Sipil (CPNS)")
SECOND = ("Kabid Pengadaan Mutasi dan Informasi Kepegawaian BKPPD Kabupaten Buton, Zarmin SE, ketika dikonfirmasi "
          "Baubau Post di ruang kerjanya Rabu (23/5) mengatakan penerimaan CPNS dikabupaten Buton ada.")


def test_the_name_after_the_label_is_the_writer():
    cleaned = clean_body([Block(text) for text in ["Peliput Alyakin", LEAD, SECOND]])
    assert cleaned.credits.author == "Alyakin"
    assert cleaned.credits.closing is None
    assert "Peliput Alyakin" not in cleaned.paragraphs


@pytest.mark.parametrize("line, name", [
    ("Peliput Alyakin", "Alyakin"),
    ("Peliput La Ode Alyakin", "La Ode Alyakin"),
    ("Reporter Budi Santoso", "Budi Santoso"),
    ("Wartawan Budi Santoso", "Budi Santoso"),
])
def test_labels_without_their_colon(line, name):
    assert unlabelled_reporter(line, LEAD) == name


@pytest.mark.parametrize("line", [
    # A kind of reporter, a rubric, a place, an outlet: no name.
    "Wartawan Senior", "Penulis Tamu", "Jurnalis Warga", "Pewarta Foto", "Jurnalis Investigasi", "Jurnalis Perempuan",
    "Reporter Jakarta", "Wartawan Tribun Timur", "Reporter Kompas", "Penulis Hikmah Ramadhan", "Reporter Jumat Berkah",
    "Penulis Laporan Khusus", "Pewarta Harga Emas", "Wartawan Senior Kompas",
    # One word after a label that heads rubrics and kinds too; coverage's word is a rubric's (`Liputan Khusus`).
    "Reporter Lapangan", "Penulis Muda", "Liputan Mendalam", "Liputan Alyakin",
    # No label, or a sentence.
    "Alyakin", "Peliput berita di lapangan",
])
def test_other_lines_name_nobody(line):
    assert unlabelled_reporter(line, LEAD) is None


def test_a_label_over_no_lead_names_nobody():
    assert unlabelled_reporter("Peliput Alyakin", "Baca juga") is None

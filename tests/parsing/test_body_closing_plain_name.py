"""A writer's name alone in title case under the last full sentence closes the text; a wish, a place, a short name
or a line that is no name stays."""
import pytest

from crawler.parsing import parse_article

TITLE = "Sandiaga Janji Naikkan UMP Jakarta"
LAST = ("Pemerintah provinsi DKI Jakarta telah menetapkan besaran Upah Minimum Provinsi sebesar Rp3.355.750 perbulan. "
        "Nilai ini naik 8,25% dari tahun sebelumnya yang hanya berjumlah Rp3,1 juta.")
LEAD = ("Jakarta, Laporannews – Wakil gubernur terpilih, Sandiaga Salahuddin Uno berjanji kepada buruh Jakarta untuk "
        "meningkatkan Upah Minimum Provinsi (UMP) saat ia resmi menjabat nanti.")


def _body(last_line: str, before: str = LAST) -> list[str]:
    blocks = "".join(f"<p>{text}</p>" for text in (LEAD, before, last_line))
    page = (f"<html><head><title>{TITLE}</title></head><body><article><h1>{TITLE}</h1>"
            f"<div class='article-content'>{blocks}</div></article></body></html>")
    return parse_article(page, "https://laporannews.com/regional/sandiaga-janji-naikkan-ump")["body"].split("\n\n")


def test_title_case_name_under_the_last_sentence_closes_the_text():
    # Laporannews: `Indah Putri Wahyuningsih` alone under the story's last paragraph.
    assert _body("Indah Putri Wahyuningsih")[-1] == LAST


@pytest.mark.parametrize("line", [
    "Semoga Bermanfaat Untuk Kita",  # a closing wish
    "Kota Tangerang Selatan",  # a place
    "Indah Putri",  # two words: a rubric's or a wish's read so too
    "Jakarta Raya Hadir Menjawab Kebutuhan Warga",  # too many words for a name, still no sentence
])
def test_other_title_case_lines_stay(line):
    assert _body(line)[-1] == line


def test_a_comment_boxs_button_names_no_writer():
    # A blog's comment box under its last sentence: `No Comment.` over `Add Your Comment`.
    page = (f"<html><head><title>{TITLE}</title></head><body><article><h1>{TITLE}</h1><div class='article-content'>"
            f"<p>{LEAD}</p><p>{LAST}</p><p>No Comment.</p><p>Add Your Comment</p></div></article></body></html>")
    assert parse_article(page, "https://laporannews.com/regional/sandiaga-janji-naikkan-ump")["author"] is None


def test_name_under_an_unfinished_line_stays():
    # The line above ends no sentence: the name may be the list's last item.
    before = "Hadir juga sebagai nara sumber pengisi acara, yaitu:"
    assert _body("Indah Putri Wahyuningsih", before)[-2:] == [before, "Indah Putri Wahyuningsih"]

"""A short article opening with a dateline stays an article when a list of related headlines follows its text inside
the same block (a related-posts plugin appends to the text); a list after words of no dateline, or teasers whose
excerpts open with datelines, stay listings."""

from __future__ import annotations

from crawler.parsing.page_kind import read_page

URL = "https://www.antaranews.com/berita/4512345/polisi-selidiki-insiden-ledakan-di-proyek-waduk-bulango-ulu"
# ANTARA's story as stored (xcloud.id/category/antaranews-com/antaranews-com-politik/page/402), its first paragraphs.
LEAD = ["Kabupaten Bone Bolango (ANTARA) – Satuan Reserse Kriminal (Satreskrim) Polres Bone Bolango melakukan "
        "penyelidikan insiden ledakan yang terjadi di proyek pembangunan Waduk Bulango Ulu, Kabupaten Bone Bolango, "
        "Provinsi Gorontalo.",
        "Kapolres Bone Bolango AKBP Supriantoro di Gorontalo, Kamis mengatakan pihaknya belum dapat memastikan secara "
        "rincih kronologi kejadian ledakan yang menyebabkan satu orang korban meninggal dunia itu."]
# Headlines of ANTARA's feed of 5 November 2015.
HEADLINES = ["29 penerbangan Bandara Internasional Lombok dibatalkan", "Mengatasi kebuntuan riset pangan Indonesia",
             "Indonesia akan terima kunjungan presiden Italia", "Warga Mataram diimbau kurangi aktivitas di luar rumah",
             "Menlu hadiri pertemuan ASEM di Luxemburg", "73 negara turun di kejuaraan dunia Jakarta",
             "Pertamina EP rantau kembangkan pohon listrik", "Gempa susulan masih mengguncang Alor",
             "Bandara Ngurah Rai dibuka kembali", "LPSK lindungi 14 saksi korban kasus Benjina"]
HEAD = ('<meta property="og:type" content="article">'
        '<meta property="article:published_time" content="2025-05-08T10:00:00+07:00">')
RELATED = ('<div class="related"><h3>Berita Terkait</h3><ul>'
           + "".join(f'<li><a href="/berita/{527615 - n}/x">{title}</a></li>' for n, title in enumerate(HEADLINES))
           + "</ul></div>")


def page(content: str) -> str:
    return (f"<html><head><title>Polisi selidiki insiden ledakan</title>{HEAD}</head><body><h1>Polisi selidiki "
            f'insiden ledakan di proyek Waduk Bulango Ulu</h1><div class="post-content">{content}</div></body></html>')


def test_a_flash_with_related_headlines_in_its_block_is_an_article():
    extraction, kind = read_page(page("".join(f"<p>{text}</p>" for text in LEAD) + RELATED), URL)
    assert extraction.item["dateline"] and kind.is_article


def test_a_list_of_headlines_after_words_of_no_dateline_is_a_listing():
    # A tag page's description, then its headlines.
    intro = ("<p>Kumpulan berita terkini seputar erupsi Gunung Barujari, anak Gunung Rinjani, dan dampaknya bagi "
             "penerbangan di Lombok dan Bali.</p>")
    assert read_page(page(intro + RELATED), "https://www.antaranews.com/tag/gunung-rinjani")[1].kind == "listing"


def test_teasers_whose_excerpts_open_with_a_dateline_are_a_listing():
    teasers = "".join(f'<div class="item"><h3><a href="/berita/{n}/x">{title}</a></h3><p>{LEAD[0]}</p></div>'
                      for n, title in enumerate(HEADLINES[:6]))
    assert read_page(page(teasers), "https://www.antaranews.com/tag/bone-bolango")[1].kind == "listing"

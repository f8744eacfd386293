"""A page declaring no image (no `og:image`, no JSON-LD image, no figure) whose story opens with a bare photo pasted
in its first paragraph: that photo is the lead image (a shop's blog reposting a CNN Indonesia story in 2019:
`<p><img src="https://akcdn.detik.net.id/visual/2019/03/07/a69fa662-..._169.jpeg?w=650" width="650" height="364" />
</p><p>&nbsp;</p><p><span>Jakarta, CNN Indonesia --&nbsp;</span>...`). An icon opening the text, a photo after the
first words and a declared image keep their readings. The story's markup is as the site stored it (a public
repository's database dump); the page around it is cut to a title and the story."""

from __future__ import annotations

from crawler.parsing import parse_article

URL = "https://toko.example.id/blog/huawei-uji-coba-ponsel-dengan-sistem-hongmeng"
PHOTO = "https://akcdn.detik.net.id/visual/2019/03/07/a69fa662-6ab2-4824-9acf-f695c39f609f_169.jpeg?w=650"
OPENING = f'<p><img src="{PHOTO}" alt="" width="650" height="364" /></p>\n<p>&nbsp;</p>\n'
STORY = (
    '<p><span style="color: #333333; font-family: CNNSansW04-Regular, Arial, Helvetica, Tahoma;">Jakarta, CNN Indonesia '
    '--&nbsp;</span><span style="color: #ff0000;"><a href="https://www.cnnindonesia.com/tag/huawei">Huawei</a>&nbsp;'
    '</span><span style="color: #333333;">sedang melakukan uji coba sebuah&nbsp;</span><a href="https://www.cnnindonesia'
    '.com/tag/smartphone">smartphone</a><span style="color: #333333;">&nbsp;dengan sistem operasi&nbsp;</span><a href='
    '"https://www.cnnindonesia.com/tag/hongmeng">Hongmeng</a><span style="color: #333333;">. Sistem operasi ini '
    'merupakan sistem operasi milik Huawei yang diperkirakan akan mulai dijual akhir tahun ini.</span><br style="color: '
    '#333333;" /><br style="color: #333333;" /><em style="color: #333333;">Reuters</em><span style="color: #333333;">'
    '&nbsp;mengutip dari&nbsp;</span><em style="color: #333333;">Global Times</em><span style="color: #333333;">, '
    'perangkat dengan sistem operasi Hongmeng dijual dengan harga 2.000 yuan atau setara dengan Rp4 juta. Perangkat ini '
    'akan menyasar segmentasi menengah ke bawah.</span></p>\n'
    '<p><span style="color: #333333;">Analis mengaitkan kinerja yang kuat \'dalam negeri\' sebagian karena kualitas '
    'perangkatnya, yang telah lama memimpin pasar ponsel Android kelas atas China, dan sebagian karena patriotisme di '
    'antara konsumen.</span><br style="color: #333333;" /><a class="embed videocnn inview_ap_0" href="https://www.'
    'cnnindonesia.com/embed/video/411391">[Gambas:Video CNN]</a><span style="color: #333333;">&nbsp;</span><strong '
    'style="color: #333333;">(age)</strong></p>')


def _page(story: str, head: str = "") -> bytes:
    return (f"<html lang='id'><head><meta charset='utf-8'><title>Huawei Uji Coba Ponsel dengan Sistem Hongmeng</title>"
            f"{head}</head><body><nav><a href='/'>Beranda</a> <a href='/blog'>Blog</a></nav><article "
            f"class='blog-detail'><h1>Huawei Uji Coba Ponsel dengan Sistem Hongmeng</h1><div class='blog-meta'>"
            f"Teknologi</div><div class='blog-content'>{story}</div></article></body></html>").encode()


def test_the_photo_opening_a_pasted_story_is_the_lead_image():
    item = parse_article(_page(OPENING + STORY), URL)
    assert item["image"] == {"url": PHOTO, "caption": None, "credit": None}
    assert item["body"].startswith("Huawei sedang melakukan uji coba")
    assert item["body"].endswith("patriotisme di antara konsumen.")


def test_an_icon_opening_the_story_is_no_lead_image():
    icon = '<p><img src="https://toko.example.id/img/pdf-icon.png" width="16" height="16" /></p>'
    assert parse_article(_page(icon + STORY), URL)["image"] is None


def test_a_photo_after_the_first_words_is_the_story_s_not_the_lead():
    story = STORY.replace("</p>\n<p>", f'</p>\n<p><img src="{PHOTO}" alt="" width="650" height="364" /></p>\n<p>', 1)
    assert parse_article(_page(story), URL)["image"] is None


def test_a_declared_image_comes_first():
    declared = "https://toko.example.id/uploads/backpack-blond-hair-blurred-background-2519212.jpg"
    item = parse_article(_page(OPENING + STORY, f"<meta property='og:image' content='{declared}'>"), URL)
    assert item["image"]["url"] == declared

"""Body cleaning: from a container's blocks to the article's own paragraphs.

What is removed, and where it goes:

* `Baca Juga:` / `Baca:` / `Also Read:` / `اقرأ أيضا:` inserts (anywhere, also after the credit line) → `related`
  (the insert's link: title = link text, url = link target); also inside a paragraph, in brackets
  (`... kata Devy. (Baca juga: <headline>) Berdasarkan ...`) or its headline a link (`Baca: <a>..</a>Text ...`).
* The dateline opening the body (found with `parse_dateline` in the first blocks,
  also after a leading caption or photo credit, which is dropped with it) → `dateline`.
* An opinion byline as the first line (`Oleh: <Name>*`, `Oleh: <Name>, <role>`,
  `By <Name>, <role>`, Arabic `بقلم:`) → `byline_author`.
* The editorial code closing the last paragraph (the site's own, from its profile's
  `signature_codes`, MINA's `(T/RE1/P2)`; `[]`; other outlets' `(gil/jpnn)`, `(Cas/Isk)`, one code in
  lower case after the last sentence `(ful)`, a credit in words after it `(Tim)`, `(Humas BPPT)`,
  `(MC Balangan/ragil)`; also closing a promotion line, `Simak Video "..." (wsw/wsw)`) → `signature`. The inline
  2012 `(MINA).` stays in the text.
* Printed credit blocks (`Pewarta: <name> Editor: <name> Copyright © …`, `Penulis:`,
  `Reporter:`, `Reporting by`, `Translator:`, `Redaktur:`, `Red:`; labels may be empty) → `credits`
  (the reporter and the editor as printed), the block dropped; so is a reporter's name
  in capitals alone on the last line (`ANTON SEPTIAN`), and Tribun's opening reporter line
  (`Laporan Wartawan Tribunnews.com, <name>`).
* Credit lines (the site's own, from its profile's `credit_lines`; other outlets'
  `Pewarta : …`, `Editor : …`, `Copyright © …`), photo captions and credits, page noise
  (views and share counters, `SCROLL TO CONTINUE WITH CONTENT`, `ADVERTISEMENT`, the site's own
  slogans from its profile's `boilerplate_lines`, `Select Language`, `Tags:`,
  `Related news`, `Comments: 0`, share bars, a rule drawn in characters `-----`), outlets' promotions and
  syndication notes (`Simak Video ...`,
  `Dapatkan update berita ... Telegram`, `Artikel ini telah tayang di ...`, `[Gambas:Video CNN]`, newsletter boxes
  `Dapatkan informasi, inspirasi dan insight di email kamu.`, also run into a paragraph), embedded posts left as text
  (`... #PFAawardspic.twitter.com/bI8mvd4Ngu`, `A post shared by <name> (@handle)`): dropped.
  Everything after the site's own credit line except related inserts is dropped: the
  credit closes the article; so does a reprint note (`Artikel ini sudah tayang di ...`) after text, its short lines
  with it, unless a paragraph follows them (the note stood inside the article).
* Endings glued to the last sentence in one block (`... Kota Serang.Artikel ini telah tayang di ...`): cut where
  only endings follow, their credits read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache

from crawler.parsing.agencies import agency_name
from crawler.parsing.dateline import Dateline, parse_dateline
from crawler.parsing.html import Block, fold
from crawler.parsing.profile import GENERIC, SiteProfile

_MAX_BLOCK_SCAN = 2000  # characters of a block a pattern looks at
_DATELINE_BLOCKS = 3  # the dateline is looked for in this many leading blocks
_MAX_CAPTION_CHARS = 250  # what may precede the dateline and still be a caption
_MAX_SPLIT_DATELINE = 60  # a dateline alone in its block, its paragraph in the next

_APOSTROPHE = "['’‘`]"

_RELATED_WORDS = (r"(?:baca(?:\s+juga|\s+pula)?|also\s+read|read\s+also|read\s+more|lihat\s+juga|simak\s+juga"
                  r"|pilihan\s+(?:editor|redaksi)|editor['’]?s\s+(?:choice|picks?)"
                  r"|(?:berita|artikel)\s+(?:terkait|lainnya|pilihan)|jangan\s+lewatkan"
                  r"|rekomendasi(?:\s+untuk\s+(?:anda|kamu))?|recommendation\s+for\s+you"
                  r"|related\s+(?:news|posts?|articles?)|(?:foto|video|galeri)\s+lainnya|more\s+(?:photos|videos)|[اإ]قرأ\s+أيض(?:ا|ًا))")
# `Baca juga: <headline>`, also in parentheses (`(Baca juga: <headline>)`).
_RELATED = re.compile(rf"^(?P<open>\()?{_RELATED_WORDS}\s*:\s*(?P<title>.*?)(?(open)\)|)$", re.IGNORECASE | re.DOTALL)
# An insert inside a paragraph: in brackets (Kompas 2017's `... kata Devy. (Baca juga: <headline>) Berdasarkan ...`,
# NU Online's `(Baca juga: ...)` closing it), or its headline a link with the paragraph's text around it (`Baca:
# <a>headline</a>Text ...`, Tempo's `(Baca:<a>headline</a>)`). A bare `(baca: X)` is the idiom "read: X" and stays.
_INLINE_RELATED = re.compile(
    r"\s*\((?:(?:baca|lihat|simak)\s+(?:juga|pula)|also\s+read|read\s+also)\s*:\s*(?P<title>[^()]{1,200})\)",
    re.IGNORECASE)
# The words before a linked headline, tried only in the few characters before each of the block's links.
_LINKED_RELATED = re.compile(rf"(?:^|(?<=[.!?\"”]))\s*(?P<open>\()?{_RELATED_WORDS}\s*:\s*$", re.IGNORECASE)
_MAX_LINKED_OPENING = 40
# An insert scraped into a paragraph with no markup left, its ends marked by double spaces only (Liputan6: `... hingga
# tinggi.  Baca Juga: 5 Makanan ... Jauhi Lemak Jenuh!  Akan sangat baik ...`); single spaces mark no end.
_SPACED_RELATED = re.compile(
    rf"(?P<end>[.!?\"”])\s{{2,}}{_RELATED_WORDS}\s*:\s*(?P<title>(?:(?!\s\s).){{3,200}}?)(?:\s{{2,}}|\s*$)",
    re.IGNORECASE)
# A newsletter's box run into a paragraph (text scraped without its breaks): Kompas's `... dan Administrator. Terima
# kasih telah membaca Kompas.com. Dapatkan informasi, inspirasi dan insight di email kamu. Daftarkan email “KPK akan
# ...`; its sentences are the promotion's (`_PROMO`), from a sentence's end to the next sentence.
_INLINE_NEWSLETTER = re.compile(
    r"(?P<end>[.!?\"”])\s+(?:terima\s+kasih\s+(?:telah|sudah)\s+membaca\s+[\w-]{2,30}\.(?:com|co\.id|id|net)\.\s+)?"
    r"(?:dapatkan|terima)\s+(?:informasi|info|berita|update|artikel|kabar|newsletter)\b[^.]{0,80}"
    r"\b(?:di|ke|lewat|via)\s+(?:e-?mail|inbox)\s*(?:kamu|anda|mu)\s*[.!](?:\s+daftarkan\s+e-?mail\b)?(?=\s|$)",
    re.IGNORECASE)
_INLINE_RELATED_HINT = re.compile(r"\((?:baca|lihat|simak|also|read)", re.IGNORECASE)  # a cheap test before the pattern
# The heading of a box of related links, each link a block of its own (`Baca Juga` over a list).
_RELATED_HEADING = re.compile(rf"^{_RELATED_WORDS}\s*(?::|!{{0,3}})$", re.IGNORECASE)  # `JANGAN LEWATKAN!!!`
_MAX_RELATED_HEADING = 24
_BULLETS = "·•‣▪►»›"
_BULLET = re.compile(rf"(?:^|(?<= ))[{_BULLETS}] ")
# The heading of the article's tag list when its links follow in a block of their own (`<h4>TAG:</h4><div><a>..`).
TAGS_HEADING = re.compile(r"^(?:tags?|topik|topics?)\s*:?$", re.IGNORECASE)
_MAX_CODE_BLOCK = 40  # a block that is only an editorial code, `(kpl/pur/tch)`
_MAX_SOURCE_CREDIT = 30
_HEADER_BLOCKS = 8  # the blocks where a container's copy of the headline is looked for
_MAX_HEADER_LINE = 160  # a header line before it: a paragraph is longer
_OTHER_CREDIT = re.compile(
    # An empty label closing the text is one too: its link or name was not text (Merdeka's `Sumber:`).
    r"^(?:(?:Pewarta|Editor|Penulis|Reporter|Redaktur|Sumber|Source)\s*:\s*.{0,80}"
    r"|Sumber(?:\s+Berita)?\s*:\s*https?://\S{1,300}"  # a source's long link (`Sumber : http://fajar.co.id/2016/..`)
    r"|(?:Copyright\s*)?(?:©|\(c\))\s*.{1,80}|Copyright\s+.{1,80})$",
    re.IGNORECASE,
)
_CAPTION = re.compile(
    # Its label may say what the photo is (`FOTO Ilustrasi : Lubang besar ... Palembang, Minggu (17/2/2019)`), its
    # text end with the day's date in brackets.
    r"^\(?\s*(?:(?:foto|photo)(?:\s+(?:ilustrasi|istimewa|dok(?:umentasi)?\.?|arsip|file))?|photos|image|gambar"
    r"|sumber\s+foto|fotografer|photographer|صورة)\s*:\s*(?:[^()]|\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)){1,200}\)?$"
    r"|^\(\s*(?:foto|photo)\s+(?:special|istimewa|ist|dok|doc|file)\.?\s*\)$"
    # A photo's credit in capitals run into its illustration's caption (Kompas scraped: `SUZUKIIlustrasi cek kondisi
    # ban mobil`).
    r"|^(?-i:[A-Z][A-Z0-9.&-]{1,30}(?:[ /][A-Z][A-Z0-9.&-]{1,30}){0,3}Ilustrasi)\s[^.!?]{3,120}$"
    # A caption whose credit closes it: `Taylor Swift berdiri untuk Joey. Foto: Grammy`, `... Jakarta. (Foto: Dok. Pribadi)`.
    r"|^.{10,240}?[.!?\"”]\s*\(?(?:foto|photo)\s*:\s*(?-i:[A-Z0-9])[^()!?]{0,40}\)?$"
    # A wire photo credit standing alone: `ANTARA FOTO/<photographer>/<codes>/<yy>.`, `(REUTERS/Name)`.
    # Bracketed, or with FOTO: `TNI/Polri berjaga.` is a sentence; a person's name follows the slash
    # (`(LKG/RE1)` is an editorial code).
    r"|^\([A-Z][A-Z.]{2,20}(?:\s+(?:FOTO|PHOTO))?\s*/\s*[A-Z][a-z]+\s[^()/]{1,60}(?:/[^()/]{1,20}){0,5}\)\.?$"
    r"|^[A-Z][A-Z.]{2,20}\s+(?:FOTO|PHOTO)\s*/\s*[A-Z][a-z]+\s[^()/]{1,60}(?:/[^()/]{1,20}){0,5}\.?$",
    re.IGNORECASE,
)
# A caption closed by a bracket, looked for only in lines that end with one: its image's credit (KapanLagi's
# `Ilustrasi Drama (Image by mydramalist)`, `Drama Thailand yang dibintangi member 4EVE (credit:mydramalist)`), an
# illustration's source with no full stop (Tempo's `Illustration of ramen (Pixabay)`; `Ilustrasi itu dibuat oleh Andi
# (Kompas).` is a sentence).
_BRACKETED_CAPTION = re.compile(
    r"^[^()]{3,200}\(\s*(?:(?:image|photo|foto)\s+by\b|(?:image|photo|credit)\s*:)\s*[^()]{1,60}\)$"
    r"|^(?:illustration|ilustrasi)\b[^().!?]{0,100}\((?-i:[A-Z])[^()]{1,40}\)$",
    re.IGNORECASE,
)
# A photo credit glued before the dateline: `(Foto: Abdullah/MINA)` or `Photo: M Shaaban/MINA`.
_LEADING_CREDIT = re.compile(
    r"^\(\s*(?:foto|photo)\s*:[^()]{1,150}\)\s*"
    r"|^(?:foto|photo)\s*:\s*[^\s/()]{1,40}(?:\s+[^\s/()]{1,40}){0,4}/\s*[A-Z][A-Za-z.]{1,20}\s+",
    re.IGNORECASE,
)
_NOISE = re.compile(
    # A views or shares counter (`1,2K views`, InfoPublik's `13 Kali`).
    r"^(?:\|?\s*[\d.,]+\s*[kKmM]?\s*(?:views?|shares?|kali(?:\s+dilihat)?|dilihat|dibagikan|komentar|comments?)"
    r"|(?:advertisement\s+)?scroll\s+to\s+(?:continue\s+with|resume)\s+content|advertis(?:ement|ing)|iklan|advertorial"
    # A rule drawn in characters between the text and what the page adds under it (`-----`, `* * *`).
    r"|(?:[-–—_=*~.•·]\s*){3,40}"
    # A paged article's pager text (`Halaman selanjutnya`, `Lanjut ke halaman berikutnya`, `Halaman: 1 2 3`).
    r"|(?:halaman\s+)?(?:selanjutnya|berikutnya|sebelumnya)\s*(?:»|>>|›)?"
    r"|lanjut(?:kan)?\s+(?:ke\s+)?(?:halaman\s+)?(?:berikutnya|selanjutnya)"
    r"|halaman\s*:?(?:\s*\d+)+(?:\s*(?:selanjutnya|berikutnya)\s*(?:»|>>|›)?)?"
    # Its page numbers alone (`1 2 3`), its link to the whole article on one page (Detik: `View in Single Page`).
    r"|(?:«|<<|‹)?\s*(?:\d{1,3}\s+){1,30}\d{1,3}\s*(?:»|>>|›)?"
    r"|(?:view|read|baca|lihat|tampilkan)\s+(?:in\s+|dalam\s+)?(?:single|satu|1)\s+(?:page|halaman)"
    r"|select\s+language|powered\s+by\s+google\s+translate|tags?\s*:.*"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # an address alone (a research desk's, under its name)
    rf"|{_RELATED_WORDS}\s*(?::|!{{0,3}})"  # a box's heading (`Berita Terkait`, `Related news`)
    # Follow-us promos (`Temukan berita-berita ... di Google News.`, `Cek Berita dan Artikel yang lain di Google News
    # dan WA Channel`, JPNN's `Silakan baca konten menarik lainnya dari JPNN.com di Google News`, Tempo's `Click here
    # to get the latest news updates from Tempo on Google News`, `Untuk mengikuti silakan klik ...`)
    # and a logo's alt text left as a line (`rmol news logo article`).
    r"|(?:temukan|ikuti|follow|dapatkan|simak|cek|baca|silakan\s+baca|click\s+here)\b(?:[^.]|\.(?=\w)){0,100}"
    r"\bgoogle\s+news\b"
    r"[^.]{0,40}\.?"
    r"|untuk\s+mengikuti\b[^.]{0,40}\bklik\b[^.]{0,40}\.?"
    r"|(?-i:(?:[a-z]+\s+){1,3}logo(?:\s+[a-z]+)?)"
    r"|comments?\s*:?\s*\d*|\d+\s+comments?|no\s+comments?|komentar\s*:?\s*\d*|leave\s+a\s+(?:reply|comment)"
    r"|load\s+more|muat\s+lebih\s+banyak|ikuti\s+kami\s+di\s*:?"
    # A newsletter box's heading (Haluan Palestin's `LANGGAN NEWSLETTER HALUAN PALESTIN`, `Berlangganan newsletter`).
    r"|(?:langgan(?:an)?|berlangganan|subscribe(?:\s+to)?(?:\s+our)?)\s+(?:newsletter|buletin)\b[^.]{0,60}"
    # An app's store links under its download promo (`Android: https://bit.ly/..`, `iOS: https://apple.co/..`), a
    # subscription's offer under its brand (`Kompascom+ baca berita tanpa iklan`), a stray full stop left as a line.
    r"|(?:android|ios|iphone|google\s+play|play\s+store|app\s+store)\s*:?\s*https?://\S{1,200}"
    r"|(?:[\w.]{1,30}\+\s*)?baca\s+berita\s+tanpa\s+iklan\b.{0,80}|[.,;:]{1,3}"
    # An ad slot's script left as text (`(adsbygoogle = window.adsbygoogle || []).push({});`, `googletag.cmd.push(..)`).
    r"|\(?(?:[\w.]{1,40}\s*=\s*)?(?:window|document|googletag)\.[^\n]{0,160}\)\s*;?"
    r"|(?:share|bagikan|share\s+this|bagikan\s+ini)\s*:?"
    r"|(?:(?:share\s+on\s+)?(?:facebook|twitter|x|whatsapp|telegram|e-?mail|linkedin|pinterest|line|vk|google\+"
    r"|tumblr|reddit|copy\s+link|print)\s*){1,9})$",
    re.IGNORECASE | re.DOTALL,
)
# Outlets' promotions and syndication notes, whole lines of up to `_MAX_PROMO_CHARS`: where else to read or
# watch (`Simak Video "..."`, `Saksikan Video Pilihan di Bawah Ini:`, `Baca berita selengkapnya di sini`, ANTARA's
# round-ups' `Selengkapnya baca disini`), join a channel (`Dapatkan update berita ... Grup Telegram ...`), where the
# article first ran (`Artikel ini telah tayang di Tribunnews.com dengan judul ...`, `Artikel ini telah naik di
# detikBali ...`), an embed's placeholder
# (`[Gambas:Video CNN]`), a contributor disclaimer. An outlet may bracket one and open it with a call (KapanLagi's `(Ayo
# ikuti saluran WhatsApp KapanLagi.com ... Klik di sini ya, Klovers!)`, `Yuk, baca artikel ... lainnya di
# Kapanlagi.com.`).
_PROMO = re.compile(
    r"^\(?(?:(?:ayo|yuk)\b[\s,]*)?"
    # Also where it ran in print (Kompas's `Versi cetak artikel ini terbit di harian Kompas edisi ...`).
    r"(?:(?:versi\s+cetak\s+)?(?:artikel|berita)\s+ini\s+(?:telah\s+|sudah\s+)?"
    r"(?:tayang|terbit|dimuat|diterbitkan|naik\s+di)\b.*"
    # A blog platform's note names the site (Kompasiana's `Konten ini telah tayang di Kompasiana.com dengan judul ...`;
    # `Konten ini telah tayang di televisi ...` is a sentence).
    r"|konten\s+ini\s+(?:telah|sudah)\s+tayang\s+di\s+[\w-]{2,30}\.(?:com|co\.id|id|net)\b.*"
    # Detik's network: `Baca artikel detiknews, "<headline>" selengkapnya <url>`.
    r"|(?:baca|simak)\s+(?:artikel|berita)\s+[\w.]{2,30}\s*,.{0,250}?\bselengkapnya\b\s*(?:https?://\S{1,300})?\s*\.?"
    r"|(?:simak|saksikan|tonton|lihat)\s+(?:juga\s+)?(?:video|foto|infografis)\b.{0,160}"
    r"|(?:saksikan|tonton)\s+(?:juga\s+)?live\b[^.:]{0,40}:"  # a live show's lead-in (`Saksikan Live DetikPagi :`)
    r"|(?:dapatkan|ikuti|gabung|bergabung|download|unduh)\b.{0,300}\b(?:telegram|whatsapp|google\s+news|aplikasi"
    r"|apps?|channel|saluran)\b.{0,200}"
    # Follow or join the outlet's channel (Liputan6's `Follow Official WhatsApp Channel Liputan6.com untuk ...`,
    # KompasTekno's `Mari bergabung di kanal WhatsApp ...`), follow the outlet for its news (IDN Times's `Follow IDN
    # Times untuk mendapatkan informasi terkini.`, BeritaSatu's `Ikuti terus berita terhangat dari Beritasatu.com`):
    # a comma after them is a sentence's (`Ikuti berita terkini dari kompas.com, kata guru itu.`).
    r"|(?:follow\s+(?:official\s+)?|mari\s+(?:ber)?gabung\s+(?:di|ke|dengan)\s+)(?:kanal|channel|saluran|grup\s+)?"
    r"\s*(?:whatsapp|telegram)\b.{0,200}"
    r"|follow\s+(?:[\w.]+\s+){1,3}untuk\s+(?:mendapatkan|dapatkan)\s+(?:informasi|berita|update)\s+terkini\b[^,]{0,80}"
    r"|ikuti\s+(?:terus\s+)?(?:berita|update|info)\b.{0,60}\bdari\s+[\w-]{2,30}\.(?:com|co\.id|id|net)\b[^,]{0,120}"
    r"|simak\b.{0,120}\b(?:telegram|whatsapp)\b.{0,200}"  # `Simak ... berita pilihan ... langsung dari WhatsApp-mu!`
    # The channel's link and the app it needs (TIMES Indonesia's `Klik 👉 Channel TIMES Indonesia`, `Pastikan
    # WhatsApp kamu sudah terpasang.`, Kompas's `Anda harus install aplikasi Telegram terlebih dulu di ponsel.`).
    r"|klik[\s\W]{0,8}(?:channel|saluran)\b.{0,60}"
    r"|(?:pastikan|anda\s+harus|kamu\s+harus)\b(?=.{0,80}\b(?:terpasang|install|instal|unduh|download)\b)"
    r".{0,40}\b(?:whatsapp|telegram)\b.{0,60}"
    # A licence notice (ANTARA's since 2025, and other sites' under the same words): `Dilarang keras mengambil
    # konten, melakukan crawling atau pengindeksan otomatis untuk AI di situs web ini tanpa izin tertulis dari ...`.
    r"|dilarang\s+keras\s+mengambil\s+konten\b.{0,250}"
    # ...and its opposite, a free licence (InfoPublik's `Anda dapat menyiarkan ulang, menulis ulang, dan atau menyalin
    # konten ini dengan mencantumkan sumber InfoPublik.id`).
    r"|anda\s+dapat\s+menyiarkan\s+ulang\b.{0,250}"
    r"|(?:simak|dapatkan|ikuti)\s+(?:breaking\s+news|berita|update|info)\b[^.]{0,80}\blangsung\s+di\s+ponsel"
    r"(?:mu|\s+anda)?\b.{0,300}"
    r"|(?:baca|simak|klik|cek)\b.{0,60}\b(?:selengkapnya|di\s+sini|disini)\b.{0,80}"
    r"|selengkapnya\b.{0,40}\b(?:di\s+sini|disini)\b.{0,40}"
    r"|\[gambas:[^\]]{1,80}\]"
    r"|baca\s+berita\s+tanpa\s+iklan\b.{0,80}|scroll\s+ke\s+bawah\s+untuk\s+melanjutkan\s+membaca"
    # An aggregator's link to the outlet's own copy (LINE Today's `Artikel Asli`, `Baca artikel aslinya di ...`).
    r"|(?:(?:baca|lihat)\s+)?artikel\s+asli(?:nya)?(?:\s+di\s+[\w.-]{2,40})?\W{0,3}"
    r"|\*?\s*isi\s+(?:artikel|tulisan)\s+(?:ini\s+)?(?:merupakan\s+|menjadi\s+|adalah\s+)?tanggung\s*jawab\b.{0,80}"
    # A blog platform's disclaimer and its call to write (Kompasiana's `Kompasiana adalah platform blog. Konten ini
    # menjadi tanggung jawab bloger dan tidak mewakili pandangan redaksi Kompas.`, `Tulis opini Anda seputar isu
    # terkini di Kompasiana.com`): the content is its writer's charge (`Konten ini menjadi tanggung jawab pemerintah
    # daerah.` is a sentence).
    r"|(?:[\w.-]{2,30}\s+adalah\s+platform\s+[\w ]{2,40}\.\s*)?konten\s+ini\s+(?:sepenuhnya\s+)?"
    r"(?:merupakan\s+|menjadi\s+)?tanggung\s*jawab\s+(?:penulis|bloger|blogger|kontributor|pengirim|kreator)\b.{0,160}"
    r"|tulis\s+(?:opini|artikel|tulisan)\s+(?:anda|kamu|mu)\b.{0,40}\bdi\s+[\w-]{2,30}\.(?:com|co\.id|id|net)\b\W{0,3}"
    # A newsletter's box between paragraphs (Kompas's `Terima kasih telah membaca Kompas.com.`, `Dapatkan informasi,
    # inspirasi dan insight di email kamu.`, `Daftarkan email`): the thanks name the outlet by its domain, the offer
    # of news ends at the reader's mailbox (`Terima kasih telah membaca buku ini, kata ...` is a sentence).
    r"|terima\s+kasih\s+(?:telah|sudah)\s+membaca\s+[\w-]{2,30}\.(?:com|co\.id|id|net)\b.{0,80}"
    r"|(?:dapatkan|terima)\s+(?:informasi|info|berita|update|artikel|kabar|newsletter)\b.{0,80}"
    r"\b(?:di|ke|lewat|via)\s+(?:e-?mail|inbox)\s*(?:kamu|anda|mu)\s*[.!]?"
    r"|daftarkan\s+e-?mail\s*(?:kamu|anda|mu)?\s*\.?"
    r"|baca\s+(?:artikel|berita)\b.{0,80}\blainnya\s+di\s+[\w-]{2,30}\.(?:com|co\.id|id|net)\b.{0,80}"
    # A lifestyle desk's sign-off (Cantika's `Jika kamu menyukai artikel di atas, cek barang lainnya di Shopee.`, `Halo
    # Sahabat Cantika, Yuk Update Informasi Terkini ... di Instagram dan TikTok Cantika.`).
    r"|(?:jika|kalau)\s+(?:kamu|anda)\s+(?:menyukai|suka)\s+artikel\s+(?:di\s+atas|ini)\b.{0,120}"
    r"|(?:halo|hai)\s+[\w ]{2,30},\s*(?:yuk|ayo)\b[^,]{0,200}\b(?:instagram|tiktok|whatsapp|telegram|youtube"
    r"|google\s+news)\b[^,]{0,60})\)?$",
    re.IGNORECASE | re.DOTALL,
)
_MAX_PROMO_CHARS = 400
# A contributor's credit under the text (Tempo's `Putri Az zahra Suherman contributed to this article`); its name opens
# it, so it is looked for only in lines with its last words.
_CONTRIBUTOR_LINE = re.compile(r"[^\W\d_][\w.'’ -]{2,80}\s+(?:contributed\s+to\s+this\s+(?:article|report|story)"
                               r"|berkontribusi\s+dalam\s+(?:penulisan\s+)?(?:artikel|tulisan|berita)\s+ini)\.?",
                               re.IGNORECASE)
_CONTRIBUTOR_ENDS = tuple(f"{words}{stop}" for words in ("this article", "this report", "this story", "artikel ini",
                                                         "tulisan ini", "berita ini") for stop in ("", "."))
# A reprint note's own lines: labelled (VIVA's `Judul Artikel : ..`, `Link Artikel : ..`, `Oleh : ..`), a link, or
# pieces of it that end no sentence (JPNN's note over several lines: `JPNN.com`, `dengan judul`, `"<headline>",`); a
# paragraph after them is text.
_MAX_NOTE_LINE = 200
_NOTE_LINE = re.compile(r"^(?:[^\W\d_][\w ]{0,20}\s*:\s|https?://)|(?<![.!?\"”])$")
# A reprint note names where the article first ran: it closes the article, its title, link and writer follow
# (VIVA's `Artikel ini sudah tayang di VIVA.co.id pada hari ...`, `Judul Artikel : ..`, `Link Artikel : ..`,
# `Oleh : <name>`).
_REPRINT_NOTE = re.compile(
    r"^(?:(?:artikel|berita)\s+ini\s+(?:telah|sudah)\s+(?:tayang|terbit|dimuat|diterbitkan|naik\s+di)\b"
    r"|konten\s+ini\s+(?:telah|sudah)\s+tayang\s+di\s+[\w-]{2,30}\.)", re.IGNORECASE)
# An ending glued to the last sentence in one block (text scraped without its breaks): `... Kota Serang.Artikel ini
# telah tayang di ...`, `... sambungnya.Baca artikel detiknews, ...`, `...-nagrog.Penulis: Nappisah | Editor: ...`,
# Kompas's `... Kita nantikan saja. Dapatkan update berita pilihan ...`, Republika's `... ujar dia.Ikuti Whatsapp
# Channel Republika`, a wire's `... he said. (Reporting by ...; Editing by ...)`. Where one of them may start: after a
# sentence's end (or a title's comma), at an opening only endings have; a reprint note capitalised as its own sentence
# also after a word (`... tuan rumah melongo Artikel ini telah tayang di ...`), a channel promo capitalised right after
# a word (`... di IndonesiaIkuti Whatsapp Channel Republika`). The cut holds when every piece from there on is an
# ending.
_GLUED_ENDING = re.compile(
    r"(?:^|(?<=[.!?\"”)\],])|(?<=\w)(?=\s+(?-i:Artikel|Berita)\s+ini\s+(?:telah|sudah)\s+tayang\b)"
    r"|(?<=[a-z])(?=(?-i:Ikuti)\s+(?:whatsapp|telegram)\s))\s*"
    r"(?=(?:artikel|berita)\s+ini\s+(?:telah|sudah)\s+(?:tayang|terbit|dimuat|diterbitkan)\b"
    r"|baca\s+artikel\s+[\w.]{2,30}\s*,|dapatkan\s+update\s+berita\b|download\s+apps?\b"
    r"|(?:simak|saksikan)\s+(?:juga\s+)?video\b"
    r"|ikuti\s+(?:whatsapp|telegram)\s+(?:channel|saluran)(?:\s+[\w.-]+){0,3}\s*$"  # the channel's name closes it
    r"|(?:pewarta|penulis|reporter|editor)\s*:|\((?:reporting|writing)\s+by\b)",
    re.IGNORECASE,
)
_MAX_GLUED_PIECES = 8
# A word each of `_GLUED_ENDING`'s openings holds: a text with none of them (nearly every paragraph) is not searched.
_GLUED_ENDING_WORDS = ("tayang", "terbit", "dimuat", "artikel", "update", "download", "video", "pewarta", "penulis",
                       "reporter", "editor", "reporting", "writing", "channel")
# An embed's placeholder left in the text (CNN's `[Gambas:Video CNN]`), also beside a code or a sentence.
_EMBED = re.compile(r"\s*\[gambas:[^\[\]]{0,80}\]\s*", re.IGNORECASE)
_PROMO_OPENINGS = ("artikel", "berita ini", "scroll", "simak", "saksikan", "tonton", "lihat", "dapatkan", "ikuti", "gabung", "bergabung",
                   "download", "unduh", "baca", "klik", "cek", "selengkapnya", "gambas", "isi", "pastikan",
                   "anda harus", "anda dapat", "kamu harus", "dilarang", "terima", "daftarkan", "versi cetak",
                   "follow", "mari", "jika", "kalau", "halo", "hai", "konten ini", "tulis")
_CALLS = ("ayo", "yuk")  # before a promotion's first words
# A reporter line: Tribun's opening the body (`Laporan Wartawan Tribunnews.com, Budi Santoso`, `Laporan Wartawan
# Tribun Medan / Tommy Simatupang`), Kompas's in the header (`Kontributor Lhokseumawe, Masriadi`).
_REPORTER_ROLES = ("wartawan", "reporter", "koresponden", "kontributor", "jurnalis")
_REPORTER_LINE = re.compile(
    rf"^(?:Laporan\s+)?(?:{'|'.join(_REPORTER_ROLES)})\s+[^,/]{{2,60}}[,/]\s*(?P<name>[^,/()\d]{{3,60}}?)\s*$",
    re.IGNORECASE,
)
_REPORTER_WORDS = ("laporan", *_REPORTER_ROLES)  # the first word of a reporter line: a cheap test before the pattern
# Other outlets' closing codes: `(gil/jpnn)`, `(cr3/jpnn)`, `(Cas/Isk)`, the wires a story came through
# (`(reuters/antara/jpnn)`), a code and the outlet's domain (`(tmy/tribun-medan.com)`), and a source or code with the
# reporter's full name (`(Tribunnews.com/Budi Santoso)`, BeritaManado's `(***/Jenly Wenur)`), codes parted by a
# semicolon (a regency's `(fn;ekp)`); the site's own come from its profile.
_CODE_PART = (r"[A-Za-z][A-Za-z0-9]{1,5}|[a-z]{7,10}|[a-z][a-z0-9]{0,9}(?:-[a-z0-9]{1,10}){1,2}"  # `ks-1`, `ikp-humas`
              r"|[a-z][a-z0-9-]{1,24}(?:\.[a-z]{2,3}){1,2}")
_OTHER_SIGNATURE = (rf"(?:{_CODE_PART})(?:[/;](?:{_CODE_PART})){{1,3}}"
                    r"|(?:\*{1,3}|[A-Za-z][\w.]{1,30})/ ?[A-Z][a-z]+(?: [A-Z][a-z]+){1,3}")
_CODE_SEPARATOR = re.compile(r"[/;]")
# A logo's alt text glued to the last sentence (`pungkas Yusri. rmol news logo article`).
# ...and an end mark after the last sentence or its code (`protokol kesehatan.***`, `ungkapnya. (Zulfikar)*`).
_TRAILING_LOGO = re.compile(r"(?<=[.!?\"”)])\s*(?:\s(?:[a-z]+\s+){1,3}logo(?:\s+[a-z]+)?|\*{1,3})$")

# An embedded post left as text: a tweet's words closed by its photo's link (`... Chosen by the players.
# #PFAawardspic.twitter.com/bI8mvd4Ngu`), its author and date after it (`— Name (@handle) June 5, 2019`), or that line
# alone; an Instagram post's line (`A post shared by Leo Messi (@leomessi)`). A paragraph quoting a tweet names no photo
# link.
_EMBEDDED_POST = re.compile(
    r"(?:pic\.twitter\.com/\w{5,}\s*|^)(?:[—–-]+\s*[^()\n]{1,60}\(@\w{1,20}\)\s*[\w ,.]{0,30})?$"
    r"|^(?:a\s+post\s+shared\s+by|sebuah\s+kiriman\s+dibagikan\s+oleh)\s+[^()\n]{1,60}\(@[\w.]{1,30}\)$",
    re.IGNORECASE)
_MAX_POST_CHARS = 500

# Printed credits: who reported and who edited, labels as printed (an empty label names nobody).
_CREDIT_LABEL = re.compile(
    # No word boundary before a label: scrapers glue credit lines (`Pewarta: Rio FeisalEditor: ...`).
    # A translated story's translator is its writer in that language (ANTARA English: `Translator: <names>`) when no
    # reporter is named before.
    r"(?:(?P<author>Pewarta|Penulis|Reporter|Rep|Jurnalis|Wartawan|Kontributor|Laporan|Author|Kreator|Reporting\s+by"
    r"|Reported\s+by|Writing\s+by|Translator|Penerjemah)"
    r"|(?P<editor>Editor|Redaktur|Penyunting|Red|Editing\s+by|Edited\s+by))\s*(?:[:/]\s*|(?<=by)\s+)"
    r"|(?P<copyright>(?:copyright\s*)?(?:©|\(c\))|copyright\b)",
    re.IGNORECASE,
)
# A wire's credits in brackets open with one (`(Reporting by Kane Wu in Hong Kong; additional reporting by ...;
# Editing by Jacqueline Wong)`): each name ends at its semicolon, a reporter's place (`in Hong Kong`) is no name.
_CREDIT_OPENING = re.compile(r"^(?:\(\*\)\s*|\(\s*)?")
_WIRE_PLACE = re.compile(r"\s+in\s+[A-Z].*$")
_MARKUP = re.compile(r"<[^<>]{0,300}>")  # raw anchor markup left as text around a name
_MAX_CREDIT_CHARS = 400
_MAX_CREDIT_NAME_WORDS = 10
# A closing credit in words, taken only after the last sentence's end (a bracket closing a sentence is part of it):
# the writer's name or tag (`(Maria Anggelina Olo Bere)`, `(Tim)`, `(Aldo).`, `(Humas BPPT)`), a source with its
# writer (`(MC Balangan/ragil)`, `(Imam Kusnin Ahmad/Ibnu Nawawi)`, `(*/sht/app)`, `(Andri Suryandari - Humas PENS)`,
# `( Ren, Fer )`), a source (`(sumber: republika.co.id)`). Each word is a name's (capitalised) or a code's:
# `(Selengkapnya di halaman 5)` is a sentence, `(Rp 5.000)` an amount.
_CREDIT_TAG = r"[\w*][\w .,*/&-]{0,60}|[Ss]umber\s*:\s*[\w .,/-]{1,60}"
_MAX_CREDIT_TAG_WORDS = 6
# ...or a writer's full name in lower case (`... kata dia. (lutfi ahmad mauludin)`): two to four words, none of them a
# sentence's little words (`(dikutip dari berbagai sumber)`, `(belum termasuk pajak)` are the text's).
_LOWER_CASE_NAME = re.compile(r"[a-z]{2,20}(?: [a-z]{2,20}){1,3}")
_SENTENCE_WORDS = frozenset(
    "yang di ke dari dan atau untuk dengan ini itu tidak belum sudah akan ada dalam pada oleh juga bisa dapat telah "
    "lihat baca selengkapnya halaman sumber foto bersambung berita artikel termasuk per hingga sampai kata ujar "
    "menurut tulis".split())
# The reporter's name in capitals closing the article on its own line (`ANTON SEPTIAN`).
_CLOSING_NAME = re.compile(r"^[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){1,4}$")
# A closing byline: the writer's name, a dash and the outlet as a brand writes itself (`Agus Siswanto - 20DETIK`,
# `Rosmha Widiyani - detikTravel`, `Budi Santoso - Tribunnews.com`); a match line (`Persib Bandung - PSM`) is none.
_CLOSING_BYLINE = re.compile(
    r"^(?P<name>[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*){1,4})\s*[-–—|]\s*"
    r"(?:\d+[A-Z]{3,}|[a-z]{3,}[A-Z][A-Za-z]{2,}|[A-Za-z][\w-]{1,30}\.(?:com|co\.id|id|net))$")

_DAY = (
    rf"(?:Senin|Selasa|Rabu|Kamis|Jum{_APOSTROPHE}?at|Sabtu|Minggu|Ahad"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
)
_CLOCK = r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*(?:WIB|WITA|WIT|[AP]\.?M\.?)\b)*"
_DATE = r"(?:\d{1,2}\s+[A-Za-z]{3,10}\.?,?\s+\d{4}|[A-Za-z]{3,10}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}/\d{1,2}/\d{4})"
_ABSOLUTE_WHEN = (
    rf"(?:{_DAY}\s*,?\s*)?{_DATE}(?:\s*[-–—|,]?\s*(?:pukul\s+|at\s+)?{_CLOCK})?"
    # The clock first (LINE Today's `Diterbitkan 21.26, 13/04/2019`).
    rf"|{_CLOCK}\s*[-–—|,]?\s*(?:{_DAY}\s*,?\s*)?{_DATE}"
)
_RELATIVE_WHEN = (
    r"-?\d{1,4}\s+(?:min(?:ute)?s?\.?|hours?|hrs?|days?|weeks?|months?|years?|menit|jam|hari|minggu|bulan|tahun)"
    r"\s+(?:ago|yang\s+lalu|lalu)"
    # A day word keeps its clock: `Kemarin, 21:10 WIB`, `Hari ini pukul 08.15`.
    rf"|(?:kemarin|hari\s+ini|yesterday|today)(?:\s*,?\s*(?:pukul\s+|jam\s+|at\s+)?{_CLOCK})?"
    r"|baru\s+saja|just\s+now"
)
# At a word's start, or at a number glued to the name before it (`<span>Budi Santoso</span><time>12 Feb 2024 ...`
# in minified markup reads `Budi Santoso12 Feb 2024`).
_WHEN = re.compile(rf"(?:\b|(?<=[^\W\d_])(?=\d))(?:(?P<absolute>{_ABSOLUTE_WHEN})|(?P<relative>{_RELATIVE_WHEN}))",
                   re.IGNORECASE)
# Cheap anchors of a header time (a clock or a year; a relative word in lower-cased text):
# `_WHEN` only runs near one. Kept apart and case-sensitive: one alternation under
# IGNORECASE cost more than all the rest of a line's checks.
_NUMBER_HINT = re.compile(r"\d[:.]\d\d|[12]\d\d\d")
_WORD_HINT = re.compile(r"\b(?:ago|lalu|kemarin|hari ini|baru saja|yesterday|today|just now)\b")
# A header line ends with its clock (and zone) or its relative time: a cheap first test.
_HEADER_TAIL = re.compile(r"\d[:.]\d\d(?:\s*[A-Z]{2,4})?$|(?:ago|lalu|kemarin|saja|yesterday|now)$", re.IGNORECASE)
_HEADER_TAIL_CHARS = 16
_WHEN_REACH = 40  # how far before its anchor a header time can start (weekday, day, month)
_EDITOR = re.compile(r"\bEditor\s*:\s*(?P<name>[^\n|]{1,60}?)(?:\s+[-–—|]\s*|\s*$)", re.IGNORECASE)
_SEPARATOR_TAIL = re.compile(r"[\s\-–—|,:·•]+$")
# A label naming what the time after it is (`Diterbitkan 12 Feb 2024, 10:15 WIB`, `Diperbarui: ...`): no author.
_TIME_LABEL = re.compile(
    r"(?:(?P<updated>(?:terakhir\s+)?(?:diperbarui|diperbaharui|diupdate|diubah|pembaruan|update[d]?)|last\s+updated"
    r"|modified)|diterbitkan|dipublikasikan|dipublish|diposting|diunggah|terbit|tayang|published|posted|publikasi)"
    r"(?:\s+(?:pada|on|at))?[\s:|\-–—]*$", re.IGNORECASE)
_UPDATE_LABEL = re.compile(r"\b(?:(?:terakhir\s+)?(?:diperbarui|diperbaharui|diupdate|diubah|updated|update)"
                           r"|last\s+updated)\b", re.IGNORECASE)
_AUTHOR_PREFIX = re.compile(r"^(?:by|oleh|penulis|reporter|author)\s*:?\s+", re.IGNORECASE)
# The word joining a byline's name to its time (the Jakarta Globe's `By <name> on 12:23 am Jun 19, 2015`).
_TIME_CONNECTOR = re.compile(r"\s+(?:on|pada)$", re.IGNORECASE)
_MAX_AUTHOR_WORDS = 6

_OPINION_BYLINE = re.compile(r"^(?:Oleh|بقلم)\s*:\s*(?P<rest>.*)$", re.IGNORECASE | re.DOTALL)
_ENGLISH_BYLINE = re.compile(
    r"^By\s*:?\s+(?P<name>[A-Z][\w.’'-]*(?:\s+(?:[A-Z][\w.’'-]*|bin|binti|al|el|de|van)){0,5})\s*(?:[,*(]|$)"
)
_NAME_END = re.compile(r"\s*(?:[,*(]|\s-\s|$)")
_MAX_BYLINE_CHARS = 300


@dataclass(frozen=True)
class HeaderByline:
    """The visible header line `<Author> [Editor : <name>] - <when>`."""

    author: str | None
    editor: str | None
    when: str
    relative: bool
    updated: bool = False  # the time is labelled as the last update (`Diperbarui 12 Feb 2024, 13:30 WIB`)
    # An update's time later in the line (`Diterbitkan 12 Feb 2024, 10:15 WIB · Diperbarui 12 Feb 2024, 13:30 WIB`).
    updated_when: str | None = None


@dataclass
class Credits:
    """The names a printed credit block gives (`Pewarta: <author>`, `Editor: <editor>`), and a photo story's header
    `Fotografer: <name>`: its author when nobody else is named (a text article's photo credit is a caption)."""

    author: str | None = None
    editor: str | None = None
    photographer: str | None = None


@dataclass
class CleanBody:
    paragraphs: list[str]
    related: list[dict[str, str]] = field(default_factory=list)
    signature: dict | None = None
    byline_author: str | None = None
    dateline: Dateline | None = None
    credits: Credits = field(default_factory=Credits)


@lru_cache(maxsize=64)
def whole_line(patterns: tuple[str, ...]) -> re.Pattern[str] | None:
    """One pattern matching a line that is one of `patterns` (and a closing full stop), or None."""
    if not patterns:
        return None
    return re.compile(rf"^(?:{'|'.join(f'(?:{p})' for p in patterns)})\s*\.?$", re.IGNORECASE)


def is_credit_line(text: str, credit_lines: tuple[str, ...] = ()) -> bool:
    """A closing credit: the site's own (one of `credit_lines`) or another outlet's."""
    text = fold(text[:_MAX_BLOCK_SCAN])
    own = whole_line(credit_lines)
    return bool((own is not None and own.match(text)) or _OTHER_CREDIT.match(text))


def is_caption(text: str) -> bool:
    """A photo caption or credit standing alone (`(Foto: Hadis/MINA)`, `(photo special)`)."""
    if len(text) > _MAX_CAPTION_CHARS:
        return False
    folded = fold(text)
    return bool(_CAPTION.match(folded) or (folded[-1:] == ")" and _BRACKETED_CAPTION.match(folded)))


def is_noise(text: str, boilerplate: re.Pattern[str] | None = None) -> bool:
    """Page furniture that templates put between or after paragraphs (`boilerplate`: the site's own)."""
    if len(text) > _MAX_PROMO_CHARS:
        return False
    if len(text) <= 200:
        folded = fold(text)
        if _NOISE.match(folded) or (boilerplate is not None and boilerplate.match(folded)):
            return True
        if folded.endswith(_CONTRIBUTOR_ENDS) and _CONTRIBUTOR_LINE.fullmatch(folded):
            return True
    # Most paragraphs open with none of a promotion's first words: they skip its pattern.
    opening = text.lstrip("*[( ").lower()
    if opening.startswith(_CALLS):
        opening = opening.split(None, 1)[-1]
    # A platform's disclaimer opens with its name (`Kompasiana adalah platform blog. ...`).
    return ((opening.startswith(_PROMO_OPENINGS) or "adalah platform" in opening[:60])
            and bool(_PROMO.match(fold(text))))


@lru_cache(maxsize=64)
def _signature(own_codes: tuple[str, ...]) -> re.Pattern[str]:
    codes = "|".join(f"(?:{code})" for code in (*own_codes, _OTHER_SIGNATURE))
    # `[]`, `(*)` close an article with no code; `[aji]` with a reporter's initials; `(ful)`, `(FHM)` one code in
    # one case, a reporter's number after it (Bali Post's `(kmb31)`); a credit in words (`_CREDIT_TAG`), spaced in its
    # brackets too (`( Humas Polres Toba )`). A full stop may follow (`(asp).`).
    return re.compile(rf"\s*(?P<raw>\((?P<codes>{codes})\)|\[\s*(?P<initials>[a-z]{{2,6}})?\s*\]|\(\*\)"
                      rf"|\((?P<lone>[a-z]{{2,5}}\d{{0,3}}|[A-Z]{{2,5}})\)|\(\s*(?P<tag>{_CREDIT_TAG})\))\.?\s*$")


def split_signature(text: str, profile: SiteProfile = GENERIC) -> tuple[str, dict | None]:
    """`text` without its closing editorial code, and the code as `{raw, codes}` (or None).

    The site's own codes (`profile.signature_codes`) and other outlets' `(gil/jpnn)` count."""
    tail_start = max(0, len(text) - 80)
    match = _signature(profile.signature_codes).search(text, tail_start)
    # A word, a credit in words or one code in brackets closing a sentence is part of it (`pesawat Airbus (A320)`).
    alone = match is not None and (match["lone"] or match["tag"] or (match["codes"] and not _CODE_SEPARATOR.search(
        match["codes"])))
    if not match or (alone and text[: match.start()].rstrip()[-1:] not in ("", ".", "!", "?", '"', "”")) or (
            match["tag"] and not _is_credit_tag(match["tag"])):
        return text, None
    raw = match["raw"]
    if match.end("raw") < len(text.rstrip()) and agency_name(raw[1:-1]) is not None:
        return text, None  # an agency's name before the full stop is the sentence's attribution (MINA's 2012 `(MINA).`)
    codes = (_CODE_SEPARATOR.split(match["codes"]) if match["codes"] else [part.strip() for part in match["tag"].split("/")]
             if match["tag"] else [match["initials"] or match["lone"]] if match["initials"] or match["lone"] else [])
    return text[: match.start()].rstrip(), {"raw": raw, "codes": codes}


def _is_credit_tag(tag: str) -> bool:
    """`tag` (a bracket's words closing the text) names a writer, a desk or a source (`_CREDIT_TAG`)."""
    words = tag.split()
    # A photo's credit spaces its slash (`(REUTERS / Danny Moloshok)` under a caption): the caption's, not the text's.
    if _LOWER_CASE_NAME.fullmatch(tag):
        return not _SENTENCE_WORDS.intersection(words)
    return tag[:6].lower() == "sumber" or len(words) <= _MAX_CREDIT_TAG_WORDS and " /" not in tag and all(
        word[0].isupper() or word[0] in "*-&" or "/" in word for word in words)


@lru_cache(maxsize=1024)  # a page's header lines are read when found, when chosen and among the body's lines
def parse_header_line(line: str) -> HeaderByline | None:
    """Author, editor and time of a header line such as `Rana Setiawan - Jumat, 15 Februari 2019 - 23:14 WIB`."""
    line = fold(line[:400])
    hint = _NUMBER_HINT.search(line) or _WORD_HINT.search(line.lower())
    match = _WHEN.search(line, max(0, hint.start() - _WHEN_REACH)) if hint else None
    if not match:
        return None
    before = line[: match.start()]
    editor = None
    editor_match = _EDITOR.search(before)
    if editor_match:
        editor = editor_match["name"].strip() or None
        before = before[: editor_match.start()]
    label = _TIME_LABEL.search(before)
    if label is not None:
        before = before[: label.start()]
    author = _AUTHOR_PREFIX.sub("", _TIME_CONNECTOR.sub("", _SEPARATOR_TAIL.sub("", before))).strip()
    if not author or len(author.split()) > _MAX_AUTHOR_WORDS or any(c.isdigit() for c in author):
        author = None
    # Credits after the time: `SABTU, 27 MEI 2023 | 12:39 WIB | LAPORAN: <NAME>` (RMOL's AMP header).
    if author is None and (after := line[match.end():].strip(" |-–—·•")):
        credits = parse_credits(after)
        if credits is not None:
            author, editor = credits.author, editor or credits.editor
    update = _UPDATE_LABEL.search(line, match.end())
    later = _WHEN.search(line, update.end()) if update is not None else None
    return HeaderByline(author, editor, match.group(0).strip(), relative=match["relative"] is not None,
                        updated=label is not None and label["updated"] is not None,
                        updated_when=later.group(0).strip() if later is not None and later["absolute"] else None)


def reporter_name(line: str) -> str | None:
    """The reporter a reporter line names (`Laporan Wartawan Tribunnews.com, Budi Santoso`, `Kontributor
    Lhokseumawe, Masriadi`), else None."""
    if not line[:12].lower().startswith(_REPORTER_WORDS) or (match := _REPORTER_LINE.match(line)) is None:
        return None
    return match["name"]


def parse_credits(text: str) -> Credits | None:
    """The names of a block made only of printed credits (`Pewarta: A Editor : B Copyright © X 2018`),
    None for any other text. Labels may be empty; after the copyright mark only its holder follows."""
    if len(text) > _MAX_CREDIT_CHARS:
        return None
    text = fold(text)
    start = _CREDIT_OPENING.match(text).end()
    # The first label must open the text: tried there alone before any search of the rest.
    first = _CREDIT_LABEL.match(text, start)
    if first is None or first["copyright"]:
        return None
    labels = [first, *_CREDIT_LABEL.finditer(text, first.end())]
    credits = Credits()
    for label, following in zip(labels, [*labels[1:], None]):
        if label["copyright"]:
            return credits
        value = text[label.end(): following.start() if following is not None else len(text)].split(";")[0]
        name = _MARKUP.sub("", value).strip(" |,;/-–—)")  # `Rep: A/ Red: B`
        if label.group().rstrip().lower().endswith("by"):
            name = _WIRE_PLACE.sub("", name)
        if len(name.split()) > _MAX_CREDIT_NAME_WORDS or any(c.isdigit() for c in name):
            return None
        if name and label["author"] and credits.author is None:
            credits.author = _without_role(name)
        elif name and label["editor"] and credits.editor is None:
            credits.editor = name
    return credits


def _without_role(name: str) -> str:
    """`Kontributor Lhokseumawe, Masriadi` → `Masriadi`: a role before the comma is not the name."""
    role, comma, rest = name.partition(",")
    if comma and rest.strip() and role.split()[0].lower() in _ROLES:
        return rest.strip()
    return name


_ROLES = frozenset({"kontributor", "koresponden", "wartawan", "jurnalis", "tim", "reporter", "contributor",
                    "correspondent"})


def find_editor(text: str) -> str | None:
    """`Editor : <name>` / `Editor: <name>` in a header text."""
    match = _EDITOR.search(text[:_MAX_BLOCK_SCAN])
    return match["name"].strip() if match else None


def _opinion_author(block: Block) -> str | None:
    text = block.text[:_MAX_BYLINE_CHARS]
    match = _OPINION_BYLINE.match(text)
    if match:
        rest = match["rest"]
        for link in block.links:  # a linked name is the name, whatever text surrounds it
            if link.text and link.text in rest:
                return link.text.strip(" *,")
        name = rest[: _NAME_END.search(rest).start()].strip(" *")
        return name or None
    match = _ENGLISH_BYLINE.match(text)
    return match["name"].strip() if match else None


def is_link_list(block: Block) -> bool:
    """`block` is made only of its links' texts (`<a>..</a> <a>..</a>`), each perhaps after a list bullet
    (`<li><span>·</span> <a>..</a></li>`)."""
    if not block.links:
        return False
    links = " ".join(link.text for link in block.links)
    return block.text == links or (block.text[0] in _BULLETS and _BULLET.sub("", block.text) == links)


def _related_entry(block: Block, title_text: str) -> dict[str, str] | None:
    for link in block.links:
        if url := link.url:
            title = link.text if len(block.links) == 1 or not title_text else fold(title_text)
            return {"title": title or link.text, "url": url}
    return None


def _strip_dateline(blocks: list[Block], profile: SiteProfile, base: datetime | None) -> Dateline | None:
    """Find the dateline in the leading blocks; remove it and any caption before it (in place).

    An attribution clause (`kepada Kantor Berita …, Sabtu (27/5)`) is part of its sentence: kept."""
    for index in range(min(_DATELINE_BLOCKS, len(blocks))):
        text = blocks[index].text
        if len(text) <= _MAX_SPLIT_DATELINE and index + 1 < len(blocks):
            # `<strong>Jakarta</strong> - <p>Text...`: the dateline stands apart from its paragraph; a paragraph
            # of its own ends it as a line break does (`<p>Jakarta, NU Online</p><p>Text...`).
            for gap in (" ", "\n"):
                joined = f"{text}{gap}{blocks[index + 1].text}"
                if _dateline_ends_at(joined, len(text), profile, base):
                    blocks[index : index + 2] = [Block(joined, blocks[index].links + blocks[index + 1].links)]
                    text = joined
                    break
        end = blocks[index].line_end
        if 0 < end <= _MAX_SPLIT_DATELINE:
            # `<strong>Jakarta, NU Online</strong><br>Text...`: a line break inside the paragraph ends the dateline.
            lined = f"{text[:end]}\n{text[end + 1:]}"
            if _dateline_ends_at(lined, end, profile, base):
                text = lined
        credit = _LEADING_CREDIT.match(text)
        offset = credit.end() if credit else 0
        dateline = parse_dateline(text[offset : offset + 400], profile=profile, base=base)
        if dateline is not None and dateline.start <= _MAX_CAPTION_CHARS:
            if dateline.attribution:
                return dateline
            rest = fold(text[offset + dateline.end :])
            if rest:
                blocks[index] = Block(rest, blocks[index].links)
                del blocks[:index]
            else:
                del blocks[: index + 1]
            return dateline
        if len(text) > _MAX_CAPTION_CHARS:  # a real paragraph: the dateline is not further down
            break
    return None


def _dateline_ends_at(text: str, boundary: int, profile: SiteProfile, base: datetime | None) -> bool:
    """`text` opens with a dateline that ends at `boundary` (where a block or a line ended)."""
    dateline = parse_dateline(text[:400], profile=profile, base=base)
    return dateline is not None and dateline.start == 0 and boundary <= dateline.end <= boundary + 1


def clean_body(blocks: list[Block], *, title: str | None = None, profile: SiteProfile = GENERIC,
               published: datetime | None = None) -> CleanBody:
    """The article's paragraphs from a text container's blocks, and what was taken out of them.

    From the site's `profile`: its closing credit (`credit_lines`: the article ends there), its
    own page furniture (`boilerplate_lines`), its agency's spellings in the dateline, its closing
    codes. `published` gives the year of a year-less date in the dateline.
    """
    own_credit = whole_line(profile.credit_lines)
    boilerplate = whole_line(profile.boilerplate_lines)
    kept: list[Block] = []
    related: list[dict[str, str]] = []
    credit_seen = note_seen = False
    under_related_heading = under_tags_heading = False
    credits = Credits()
    closing_code = None
    for block in blocks[_headline_end(blocks, title):]:
        text = block.text
        if "ambas:" in text:  # `(dis/ugo) [Gambas:Video CNN]`: the code stays, the placeholder goes
            text = _EMBED.sub(" ", text).strip()
            if not text:
                continue
            block = Block(text, block.links)
        # An insert inside a paragraph has a colon (`Baca juga:`), which most paragraphs have not: a cheap test first.
        if ":" in text:
            bracketed = _INLINE_RELATED_HINT.search(text) is not None
            if block.links or bracketed:
                text, inline = _without_inline_related(block, bracketed)
                if inline is not None:
                    related += inline
                    block = Block(text, block.links)
            if "  " in text and _SPACED_RELATED.search(text):
                text = fold(_SPACED_RELATED.sub(r"\g<end> ", text))
                block = Block(text, block.links)
        if "mail" in text and _INLINE_NEWSLETTER.search(text):
            text = fold(_INLINE_NEWSLETTER.sub(r"\g<end>", text))
            block = Block(text, block.links)
        related_match = _RELATED.match(text[:_MAX_BLOCK_SCAN])
        if related_match and not related_match["title"]:  # `Artikel Terkait:` over a list of links
            under_related_heading = True
            continue
        if related_match:
            title = related_match["title"]
            if len(block.links) > 1 and fold(title) == " ".join(link.text for link in block.links):
                # `Baca juga:<br><a>..</a><br><a>..</a>`: each link is an entry.
                related += [entry for link in block.links if (entry := _related_entry(Block(link.text, [link]), ""))]
            elif entry := _related_entry(block, title):
                related.append(entry)
            continue
        if len(text) <= _MAX_RELATED_HEADING and _RELATED_HEADING.match(text):
            under_related_heading = True
            continue
        if len(text) <= _MAX_RELATED_HEADING and TAGS_HEADING.match(text):
            under_tags_heading = True
            continue
        if (under_related_heading or under_tags_heading) and is_link_list(block):
            if under_related_heading:  # one link per line, or several in one block: each is an entry
                related += [entry for link in block.links if (entry := _related_entry(Block(link.text, [link]), ""))]
            continue
        under_related_heading = under_tags_heading = False
        if note_seen and (len(text) > _MAX_NOTE_LINE or not _NOTE_LINE.search(text)):
            note_seen = False  # a paragraph after a reprint note: the note stood inside the article
        if credit_seen or note_seen:
            # After the site's credit line nothing is text, but its reporter and editor may be named there
            # (MINA's `Wartawan: <name>`, `Editor: <name>` under `Mi'raj News Agency (MINA)`); so are a reprint
            # note's lines (VIVA's `Judul Artikel : ..`, `Link Artikel : ..`, `Oleh : <name>`).
            if (printed := parse_credits(text)) is not None:
                credits.author = credits.author or printed.author
                credits.editor = credits.editor or printed.editor
            elif len(text) <= _MAX_BYLINE_CHARS and (writer := _opinion_author(block)):
                credits.author = credits.author or writer
            continue
        if reporter := reporter_name(text):
            credits.author = credits.author or reporter
            continue
        if kept and (printed := parse_credits(text)) is not None:
            credits.author = credits.author or printed.author
            credits.editor = credits.editor or printed.editor
            continue
        if own_credit is not None and own_credit.match(text[:_MAX_BLOCK_SCAN]):
            credit_seen = True
            continue
        if kept and len(text) <= _MAX_CODE_BLOCK and (code := _closing_code(text, profile)) is not None:
            closing_code, credit_seen = code, True  # `(kpl/sry)` alone ends the article: what follows is the page's
            continue
        if is_caption(text) and parse_dateline(text[:400], profile=profile) is None:  # not `Photo: PIC Jakarta, MINA – ...`
            continue
        if is_noise(text, boilerplate):
            # A promotion may print credits (`Artikel ini telah tayang di Kompas.com dengan judul "..", Penulis :
            # <name>Editor : <name>`); a reprint note after text closes the article.
            if (ending := _glued_ending(text)) is not None:
                _add_credits(credits, ending[1])
            note_seen = note_seen or bool(kept) and _REPRINT_NOTE.match(text) is not None
            if kept and (code := _closing_code(text, profile, whole=False)) is not None:
                # A promotion the editorial code closes, one block where single line breaks joined them
                # (`Simak Video "..." [Gambas:Video 20detik] (wsw/wsw)`): the code still ends the article.
                closing_code, credit_seen = code, True
            continue
        if text == title or _is_header_line(text):
            continue
        # Most blocks name neither a photo link nor a handle and skip the embedded post's pattern.
        if ("(@" in text or "pic.twitter.com/" in text) and _is_embedded_post(text):
            continue
        kept.append(block)
    if kept and (ending := _glued_ending(kept[-1].text)) is not None:
        start, printed = ending
        _add_credits(credits, printed)
        if head := kept[-1].text[:start].rstrip():
            kept[-1] = Block(head, kept[-1].links)
        else:
            kept.pop()
    while kept and (_OTHER_CREDIT.match(kept[-1].text[:_MAX_BLOCK_SCAN]) or _is_source_credit(kept[-1].text)):
        kept.pop()
    if len(kept) > 1 and (byline := _CLOSING_BYLINE.match(kept[-1].text)):
        credits.author = credits.author or byline["name"]
        kept.pop()
    if len(kept) > 1 and _CLOSING_NAME.match(kept[-1].text):
        credits.author = credits.author or kept.pop().text

    byline_author = None
    if kept and len(kept[0].text) <= _MAX_BYLINE_CHARS:
        byline_author = _opinion_author(kept[0])
        if byline_author:
            kept.pop(0)
    dateline = _strip_dateline(kept, profile, published)

    signature = closing_code
    if kept:
        kept[-1] = Block(_TRAILING_LOGO.sub("", kept[-1].text), kept[-1].links)
        remaining, found = split_signature(kept[-1].text, profile)
        signature = found or signature
        if remaining:
            kept[-1] = Block(remaining, kept[-1].links)
        else:
            kept.pop()
    return CleanBody([b.text for b in kept], related, signature, byline_author, dateline, credits)


def _without_inline_related(block: Block, bracketed: bool) -> tuple[str, list[dict[str, str]] | None]:
    """`block`'s text without the related inserts inside it (`_INLINE_RELATED` when `bracketed` says one may be
    there, `_LINKED_RELATED`) and their entries; the text and None when it holds none, or when inserts and links
    are all of it (the whole-block pattern's)."""
    text = block.text[:_MAX_BLOCK_SCAN]
    cuts: list[tuple[int, int, dict[str, str] | None]] = []
    if bracketed:
        for match in _INLINE_RELATED.finditer(text):
            link = next((link for link in block.links if link.text and link.text in match["title"]), None)
            cuts.append((match.start(), match.end(), _related_entry(Block(link.text, [link]), "") if link else None))
    if not cuts:
        for link in block.links:
            at = text.find(link.text) if link.text else -1
            match = _LINKED_RELATED.search(text, max(0, at - _MAX_LINKED_OPENING), at) if at > 0 else None
            if match is not None:
                end = at + len(link.text)
                if match["open"] and text[end:end + 1] == ")":
                    end += 1
                cuts.append((match.start(), end, _related_entry(Block(link.text, [link]), "")))
        cuts.sort()  # links in any order; a headline found twice is cut once
        cuts = [cut for cut, previous in zip(cuts, [None, *cuts]) if previous is None or cut[0] >= previous[1]]
    if not cuts:
        return block.text, None
    pieces, start = [], 0
    for cut_start, cut_end, _ in cuts:
        pieces.append(text[start:cut_start])
        start = cut_end
    remaining = fold(" ".join([*pieces, block.text[start:]]))
    leftover = remaining
    for link in block.links:  # `Baca juga: <a>..</a> <a>..</a>`: the other links are entries too
        leftover = leftover.replace(link.text, "")
    if not leftover.strip(" .,;:|-"):
        return block.text, None
    return remaining, [entry for _, _, entry in cuts if entry is not None]


def _glued_ending(text: str) -> tuple[int, list[Credits]] | None:
    """Where the endings closing `text` start (`_GLUED_ENDING`), and the credits they print; None when `text` does
    not end with endings only."""
    lowered = text.lower()
    if not any(word in lowered for word in _GLUED_ENDING_WORDS):
        return None
    starts = [match.start() for _, match in zip(range(_MAX_GLUED_PIECES), _GLUED_ENDING.finditer(text))]
    found: tuple[int, list[Credits]] | None = None
    printed: list[Credits] = []
    end = len(text)
    for start in reversed(starts):  # from the last piece back: each must be an ending for an earlier cut to hold
        piece = text[start:end].strip()
        end = start
        if (credit := parse_credits(piece)) is not None:
            printed.append(credit)
        elif not is_noise(piece):
            break
        found = (start, printed[::-1])  # the credits in the text's order
    return found


def _add_credits(credits: Credits, printed: list[Credits]) -> None:
    for credit in printed:
        credits.author = credits.author or credit.author
        credits.editor = credits.editor or credit.editor


def _headline_end(blocks: list[Block], title: str | None) -> int:
    """Where the blocks after the container's copy of the headline start: what comes before it (a kicker, a
    section label, the date, all short lines) is the header's. 0 when the headline is not among the first
    blocks or a paragraph precedes it."""
    for number, block in enumerate(blocks[:_HEADER_BLOCKS]):
        if block.text == title:
            return number + 1
        if len(block.text) > _MAX_HEADER_LINE:
            break
    return 0


def _is_source_credit(text: str) -> bool:
    """A last line naming only the agency the story came from (`ANTARA`, `(Reuters)`): a credit, not text."""
    return len(text) <= _MAX_SOURCE_CREDIT and agency_name(text) is not None


def _closing_code(text: str, profile: SiteProfile, *, whole: bool = True) -> dict | None:
    """The editorial code a block consists of (`(kpl/sry)`, the site's own: ANTARA's `(C003)`), or closes when not
    `whole`; None otherwise: a lone `(foto)` is not one."""
    remaining, signature = split_signature(text, profile)
    raw = signature["raw"] if signature is not None else ""
    parted = _CODE_SEPARATOR.search(raw) is not None
    return signature if raw and not (whole and remaining) and (parted or any(c.isdigit() for c in raw)) else None


def _is_embedded_post(text: str) -> bool:
    """An embedded post's text or its author's line (`_EMBEDDED_POST`)."""
    return len(text) <= _MAX_POST_CHARS and _EMBEDDED_POST.search(text) is not None


def _is_header_line(text: str) -> bool:
    """A copy of the header byline inside the body container (`<Author> - <date> WIB`)."""
    if len(text) > 160 or not _HEADER_TAIL.search(text[-_HEADER_TAIL_CHARS:]):
        return False
    header = parse_header_line(text)
    if header is None or not text.endswith(header.when):
        return False
    prefix = text[: -len(header.when)]
    return len(prefix) <= 80 and "." not in prefix and (header.author is not None or not prefix.strip(" -–—|"))

"""What a page puts in the article's container besides the article: photo captions and credits, counters, share
bars, pagers and headings (`is_noise`), outlets' promotions and syndication notes (`Simak Video ...`, `Artikel ini
telah tayang di ...`, newsletter and channel boxes), credit lines (`is_credit_line`), embedded posts left as text, and
endings glued to the last sentence when a page was scraped without its breaks (`glued_ending`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from crawler.parsing.agencies import agency_name
from crawler.parsing.credits import Credits, parse_credits
from crawler.parsing.html import MAX_BLOCK_SCAN, fold

MAX_CAPTION_CHARS = 250  # a caption is no longer (nor what precedes a dateline, when it is one)

# The read-also label in its spellings, `jua` too (the older word for `juga`, and a label missing its letter:
# LampungVisual's `BACA JUA: Sampah Pasar Menumpuk ...`), and after a call to read it (AyoBandung's `AYO BACA : Situasi
# Terkini di Depan Gedung Bawaslu Kondusif`, `Yuk baca: ...`); the next story's pointer reads the same (iNews's `Read
# Next : Jelang Perayaan Natal 2024, ...` over the headline).
# (`Baca lainnya`, "read others", heads a regency site's box: `Baca Lainnya :` over its `- <headline>` entries.)
# The label may name what it points at (a Christian portal's `Baca Juga Artikel Lain:` over its linked headlines), with
# no `juga` too (a Blogger theme's `Baca Artikel Lainnya` over the post's text, its list drawn by a script).
RELATED_WORDS = (r"(?:(?:(?:ayo|yuk)\s+)?baca(?:\s*juga(?:\s+(?:artikel|berita)\s+(?:lain(?:nya)?|terkait|menarik))?"
                  r"|\s+pula|\s+jua|\s+lainnya|\s+(?:artikel|berita)\s+lain(?:nya)?)?|also\s+read|read(?:\s+also|\s+more|\s+next)?"
                  r"|lihat\s+juga|simak\s+juga"
                  # A video box's and a topics box's headings (tvOne's `Saksikan Juga`, `Topik Terkait`).
                  r"|saksikan\s+juga|topik\s+terkait"
                  # ...and the article's topics' heading with its colon, and the rubric's link over the boxes under
                  # Okezone's text (`Topik Artikel :`, `Telusuri berita news lainnya`).
                  r"|topik\s+artikel|telusuri\s+(?:berita|artikel)(?:\s+[\w-]{2,20}){0,2}\s+lainnya"
                  r"|pilihan\s+(?:editor|redaksi)|editor['’]?s\s+(?:choice|picks?)"
                  # ...or "picks" alone on its line with its colon, over the picked headlines under the text (SINDOnews
                  # 2015: `Pilihan:` over two linked headlines and the writer's code); words after the colon make a
                  # sentence of it (`Pilihan: Anda boleh datang atau tidak, kata panitia.`).
                  r"|pilihan(?=\s*:\s*$)"
                  # A blog platform's box of picked posts (Retizen's `Tulisan Terpilih`).
                  r"|tulisan\s+(?:terpilih|pilihan|terkait|lainnya)"
                  # Malay writes "other" without `-nya` (mStar's `Artikel Lain` over its box).
                  r"|(?:berita|artikel)\s+(?:terkait|lainnya|lain|pilihan|berkaitan|rekomendasi)|jangan\s+lewatkan"
                  # Malay: "recommended" (Sinar Harian's `Disyorkan artikel berkaitan ini:`).
                  r"|disyorkan(?:\s+(?:artikel\s+berkaitan(?:\s+ini)?|untuk\s+anda))?"
                  r"|rekomendasi(?:\s+untuk\s+(?:anda|kamu))?|recommendation\s+for\s+you"
                  # A photo page's box of others (ANTARA FOTO's `Foto Terkait`), a video box's over another's
                  # (Kompas's `Video rekomendasi` over `Video lainnya`), or over the day's picks (Liputan6's `Video
                  # Pilihan Hari Ini` under the text).
                  r"|(?:other\s+)?related\s+(?:news|posts?|articles?)"
                  r"|(?:foto|video|galeri)\s+(?:lainnya|terkait|rekomendasi|pilihan(?:\s+hari\s+ini)?)"
                  r"|more\s+(?:news|stories|photos|videos)"
                  # An English box between the paragraphs (Al Jazeera's `Recommended Stories` over three links).
                  r"|recommended\s+(?:stories|articles|reading)"
                  # ...and an English photo page's box of the other pictures (ANTARA FOTO's `Related photo`).
                  r"|related\s+(?:photos?|videos?)"
                  # WordPress themes' boxes under the text (`You may also like`, Jannah's `Check Also`).
                  r"|you\s+m(?:ay|ight)\s+also\s+like|check\s+also"
                  # ...and a box of the latest stories under an English page's text (Syria Times's `You might also
                  # like` over `Latest news`, MINA's `Other Related News`).
                  r"|latest\s+(?:news|posts|stories|articles)"
                  r"|popular\s+posts?|(?:(?:berita|artikel)\s+)?(?:terpopuler|populer)|simak(?=\s*:)"
                  # A video page's pointer to the story it retells (SINDOnews's `Baca artikel: <headline>` under the
                  # description), and a box of the latest stories (a regional portal's `News Feed` over headlines).
                  r"|baca\s+artikel(?=\s*:)|news\s+feed"
                  # Malay boxes' headings over and under a portal's text (Malaysiakini's `Paling Popular`, "most
                  # popular", and `Lagi berita seperti ini`, "more news like this").
                  r"|paling\s+popular|lagi\s+berita\s+seperti\s+ini"
                  # Blogger's `Postingan populer dari blog ini` ("popular posts from this blog"), Visi Banten's box
                  # label `Bacaan Lainnya:` ("other reading").
                  r"|postingan\s+populer(?:\s+dari\s+blog\s+ini)?|bacaan\s+lainnya"
                  # WordPress's and Blogger's related posts in Indonesian (beritalima's `Pos terkait`).
                  r"|(?:pos(?:-pos)?|postingan)\s+terkait"
                  # A round-up's pointer to each story in full (Kompas's `Selengkapnya baca: <headline>`, `Baca berita
                  # selengkapnya: <headline>`), also "read it more fully" (ANTARA's 2017 round-ups: `Lebih lengkap baca
                  # <headline>`, the headline its link).
                  r"|selengkapnya\s+baca|lebih\s+lengkap\s+baca|baca\s+(?:berita\s+)?selengkapnya"
                  # Arabic: "also read", "read more" (MINA's Arabic edition), its spellings (the tanwin after the alif
                  # or before it, a bare alif: `إقرأ ايضاً`), "see also" and "watch also" (`طالع أيضًا`, `شاهد أيضاً`),
                  # "related news" (`أخبار متعلقة`), and a theme's "you may also like" (`قد يعجبك ايضا` over its
                  # headlines under an Arabic daily's text).
                  r"|[اإأ]قرأ\s+[أا]يض(?:اً|ًا|ا)|(?:طالع|شاهد)\s+[أا]يض(?:اً|ًا|ا)|قراءة\s+المزيد"
                  # ...and "related topics" (WAFA's `مواضيع ذات صلة` under the text).
                  r"|(?:أخبار|مواضيع)\s+(?:متعلقة|ذات\s+صلة)|قد\s+يعجبك\s+[أا]يض(?:اً|ًا|ا)"
                  # ...and an Arabic page's boxes of the latest and the most read stories under its text (Al-Wakeel's
                  # AMP pages: `أحدث الأخبار`, "latest news", over `الأكثر مشاهدة`, "most viewed").
                  r"|أحدث\s+(?:الأخبار|الاخبار)|الأكثر\s+(?:مشاهدة|قراءة|تداولا|تداولاً))")

_OTHER_CREDIT = re.compile(
    # An empty label closing the text is one too: its link or name was not text (Merdeka's `Sumber:`); so is a press
    # release's writer (`Rilis : <name> (<office>)`), and an Arabic story's source (`المصدر : الجزيرة + وكالات`, "source:
    # Al Jazeera + agencies"), an aggregator's (`News Source: english.palinfo.com`) and a video's editor (iNews's `Video
    # Editor: <name>` over `Editor: <name>`), a writer's label whose linked name was lost (Aktual's `Artikel ini
    # ditulis oleh:`), and a copy's source under the label `Sumber Berita` (`Sumber Berita : Antara` under its writer).
    # A blog may list it (`- Sumber: Bernama` under the last paragraph). So is the account that put the page up, a
    # paragraph of its own among the credits (an ANTARA bureau's `Pewarta : <name>` over `Uploader : Admin 1`).
    r"^(?:[-–•]\s|🔗\s?)?(?:(?:Pewarta|Pemberita|(?:Video\s+)?Editor|Penulis|Reporter|Redaktur|Sumber(?:\s+Berita)?|(?:News\s+)?Source|Rilis|Uploader|المصدر"
    r"|Artikel\s+ini\s+ditulis\s+oleh)"
    r"\s*:\s*.{0,80}"
    # A source's long link (`Sumber : http://fajar.co.id/2016/..`, a digest's reposted English story's `Source:
    # http://tabloidjubi.com/eng/..`), a link's icon before it (a Malay aggregator's `🔗 Source:
    # https://www.kosmo.com.my/2026/01/03/...`).
    r"|(?:🔗\s?)?(?:Sumber(?:\s+Berita)?|Source)\s*:\s*https?://\S{1,300}"
    # ...or in square brackets after `From` (a news archive blog's copy of The Star: `[From
    # http://thestar.com.my/news/story.asp?file=/2008/7/3/nation/20080703200033&sec=nation]`).
    # ...or after `More at` (a news archive blog's copy of Bernama: `[More at http://www.bernama.com.my/bernama/v3/
    # news.php?id=231052]`).
    r"|\[\s*(?:From|Source|Sumber|Dari|More\s+at)\s*:?\s*https?://[^\s\]]{1,300}\s*\]"
    # ...and the label with no colon, its link lost (terdepan.id's `Sumber` under `sumber : Antara`).
    r"|Sumber(?:\s+Berita)?"
    # A news video's credit roll under its text, a name after each role (Kompas's `Penulis Naskah: <name>`, `Narator:
    # <name>`, `Produser: <name>`, `Musik: <title> - <artist>`); a dialogue's line quotes or acts (`Produser : “Siap!”`).
    # ...also the writer of the story the video retells and who made its cover picture (Kompas's video pages: `Penulis
    # Artikel: Syakirun Ni’am` over `Penulis Naskah: <name>`, Kompas TV's `Produser: Yuilyana` over `Thumbnail Editor:
    # Novaltri`).
    r"|(?:Penulis\s+(?:Naskah|Artikel)|Narator|Produser|Musik|Videogra(?:f(?:er|i)|ph(?:er|y))|Thumbnail(?:\s+Editor)?"
    r"|Editor\s+Thumbnail)\s*:\s*(?-i:[A-Z])[^\"“”*!?]{1,80}"
    # A column's note on its writer, starred (`*) Penulis adalah <name>, mahasiswa ...`).
    r"|\*{1,3}\)?\s*Penulis\s+(?:adalah|merupakan)\s.{3,200}"
    # ...and the copyright's word alone, the rest of its line lost (an aggregator's copy of Kompas: `Copyright` under the
    # last paragraph).
    r"|(?:Copyright\s*)?(?:©|\(c\))\s*.{1,80}|Copyright\s+.{1,80}|Copyright"
    # ...also a publisher's longer one that reserves its rights (Kompas's `Copyright 2008 – 2025 PT. Kompas Cyber Media
    # (Kompas Gramedia Digital Group). All Rights Reserved.`).
    r"|Copyright\s+.{1,120}?\ball\s+rights\s+reserved\.?"
    # A reposted print story's source: the paper, the day and its pages (`Media Indonesia | Sabtu, 29 Desember 2012 |
    # h. 8-9`, `Kompas, Senin, 3 Maret 2014, hal. 12`).
    r"|[^\W\d_][\w .&-]{1,40}\s*[|,]\s*(?:[^\W\d_]{3,7}\s*,\s*)?\d{1,2}\s+[^\W\d_]{3,10}\s+\d{4}\s*[|,]\s*"
    r"(?:h|hal|hlm|halaman)\.?\s*\d{1,3}(?:\s*[-–]\s*\d{1,3})?)$",
    re.IGNORECASE,
)
_CAPTION = re.compile(
    # Its label may say what the photo is (`FOTO Ilustrasi : Lubang besar ... Palembang, Minggu (17/2/2019)`), or that
    # there are several (a blog's `Foto-Foto: Internet`), its text end with the day's date in brackets, or with its
    # source's short note (`foto: Megawati Soekarnoputri (ist)`).
    r"^\(?\s*(?:(?:foto|photo)(?:-(?:foto|photo))?(?:\s+(?:ilustrasi|istimewa|dok(?:umentasi)?\.?|arsip|file))?|photos|image|gambar"
    r"|sumber\s+foto|(?:sumber\s*/\s*)?kredit\s+foto|fotografer|photographer|صورة)\s*:\s*(?:[^()]|\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)){1,200}"
    r"(?:\s\([^()]{1,30}\))?\)?$"
    r"|^\(\s*(?:foto|photo)\s+(?:special|istimewa|ist|dok|doc|file)\.?\s*\)$"
    # ...or under a label that says it is a caption (a columnist's `Foto Caption: Penampakan persiapan pentas dongeng
    # ... Kab. Kendal, Jawa Tengah, 51371.`, `Keterangan foto: ...`), whatever it holds.
    r"|^(?:(?:foto|photo)\s+)?caption\s*:\s*\S.{0,240}$|^ket(?:\.|erangan)?\s*(?:foto|gambar)\s*:\s*\S.{0,240}$"
    # ...also the labels a screen reader speaks, a comma for the colon (BBC News Indonesia's `Sumber gambar, Dhany
    # Pramata` over `Keterangan gambar, Banyak eks tapol di Pulau Buru ...`), capitalised as labels are.
    r"|^(?-i:Sumber|Keterangan)\s+gambar,\s\S.{0,240}$"
    # ...or a comma for the label's colon, a capital after it, no quotation nor second sentence (ChanelNTBNews's `Foto,
    # Muhar Rahman, Pemilik atau Penyedia Jasa Drone Tambora di Desa Matua ...`); a list opening with the word goes on
    # in small letters (`Foto, video dan dokumen itu ...`).
    r"|^(?-i:Foto|FOTO),\s(?-i:[A-Z])[^.!?\"“”]{5,200}\.?$"
    # A photo's credit in capitals run into its illustration's caption (Kompas scraped: `SUZUKIIlustrasi cek kondisi
    # ban mobil`).
    r"|^(?-i:[A-Z][A-Z0-9.&-]{1,30}(?:[ /][A-Z][A-Z0-9.&-]{1,30}){0,3}Ilustrasi)\s[^.!?]{3,120}$"
    # ...or the word in capitals as the caption's label, a full stop after it (Kontan's `ILUSTRASI. Ilustrasi Stop
    # Kekerasan Jurnalis`): no sentence opens so.
    r"|^(?-i:ILUSTRASI)\.\s(?-i:[A-Z])[^.!?]{3,160}\.?$"
    # A wire photo credit standing alone: `ANTARA FOTO/<photographer>/<codes>/<yy>.`, `(REUTERS/Name)`.
    # Bracketed, or with FOTO: `TNI/Polri berjaga.` is a sentence; a person's name follows the slash
    # (`(LKG/RE1)` is an editorial code).
    r"|^\([A-Z][A-Z.]{2,20}(?:\s+(?:FOTO|PHOTO))?\s*/\s*[A-Z][a-z]+\s[^()/]{1,60}(?:/[^()/]{1,20}){0,5}\)\.?$"
    r"|^[A-Z][A-Z.]{2,20}\s+(?:FOTO|PHOTO)\s*/\s*[A-Z][a-z]+\s[^()/]{1,60}(?:/[^()/]{1,20}){0,5}\.?$"
    r"|^sumber\s+gambar\s*:\s*[^()]{1,80}$"
    # An Arabic photo's credit alone under its caption, "by the lens of" and the name (MINA's Arabic 2014: `بعدسة وكالة
    # معراج للأنباء الإسلامية”مينا`), no sentence opening with the word; or "photographed by" and its colon (`تصوير:
    # رويترز`), as a heading may open with the word, `تصوير الفيلم`, "the film's shooting".
    r"|^(?:بعدسة\s*:?|تصوير\s*:)\s*[^.!?؟\n]{2,80}$"
    # A Malay photo's courtesy line or its word for an illustration (Sahih's `GAMBAR IHSAN MEDIA SOSIAL` between the
    # paragraphs, Kosmo's `Gambar hiasan.`).
    r"|^(?:gambar|foto)\s+(?:ihsan\b[^.!?]{2,60}|hiasan)\.?$"
    # A photo's source alone after its label's word (Grid's `Dok. Kompas` between a caption's two prints), the outlet
    # that took it from there in brackets (a Tribun copy's `DOK. BEM KEMA UNPAD (Kompas.com)`).
    r"|^dok(?:umentasi)?\.\s*(?-i:[A-Z])[\w.-]*(?:\s(?-i:[A-Z])[\w.-]*){0,3}(?:\s\((?-i:[A-Z])[\w.-]{1,30}\))?$"
    # ...or a screenshot's credit in brackets on its own line (Tribun's `(Tangkap layar Twitter)`).
    r"|^\(\s*(?:tangkap(?:an)?\s+layar|screenshot)\b[^().!?,]{0,60}\)$"
    # A photo's source alone under a label's word (Kabar PALI's `ilustrasi/net`, SINDOnews's `Ilustrasi/SINDOnews/Dok`),
    # or its photographer's credit opening the caption, the day's date closing it (Media Jatim's `(Ongky Arista UA/Media
    # Jatim) Ketua DPRD Pamekasan Halili (tengah) menghadiri Hari Jadi Kabar Madura, Kamis (1/6/2023).`; `(ANTARA/Reuters)
    # Pemerintah ...` opens a story).
    r"|^(?:ilustrasi|foto|dok(?:umentasi)?|ist(?:imewa)?)\.?\s*/\s*[\w. -]{2,40}(?:/\s*[\w. -]{2,20}){0,2}$"
    r"|^\((?-i:[A-Z][\w.'’-]*)(?:\s(?-i:[A-Z])[\w.'’-]*){0,4}\s?/\s?(?-i:[A-Z])[\w.'’-]*(?:\s(?-i:[A-Z])[\w.'’-]*){0,3}\)"
    r"\s+(?-i:[A-Z]).{10,200}\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)\.?$",
    re.IGNORECASE,
)
# An image's alt text run into its caption under the label (CNBC's `Direktur Utama RS Sulianti Saroso, Muhammad Syahril
# (Youtube Kementerian Kesehatan)Foto: Direktur Utama ... (Youtube Kementerian Kesehatan)`): no space before the label,
# the caption's source closing it; looked for only in lines with the label's word.
# A credit or caption of a word or two: a wire's name after the label, all the credit says (Malaysian RTM's `Foto
# AFP`), an illustration's caption that says only that (`Ilustrasi.`).
# A WordPress caption's shortcode left as text when the page was copied (`[caption id="attachment_352671"
# align="alignleft" width="240" caption="Kantor Berita Radio"][/caption]`), its caption inside or after it, its closing
# tag lost with the photo (Kompasiana's `[caption caption="Pramuka Penegak Putri ... (Foto: R. Andi Widjanarko, ISJ)"]`).
_CAPTION_SHORTCODE = re.compile(r"\[caption\s[^\]]{0,600}\](?:[^\[\]]{0,300}\[/caption\])?")
_BARE_CAPTION = re.compile(r"^(?:(?:foto|photo)\s+(?-i:[A-Z]{2,10})|(?:foto\s+)?(?:ilustrasi|illustration)\.?"
                           # ...with its subject's name, capitalised, after the word (fin.co.id's `Ilustrasi KPK.`).
                           r"|(?:foto\s+)?(?:ilustrasi|illustration)(?:\s+(?-i:[A-Z][\w-]*)){1,2}\.?"
                           # ...in brackets, its word misspelt as it may be (TeropongMedia's `(Illustrasi)`).
                           r"|\((?:foto\s+)?(?:il{1,2}ustrasi|illustration)\))$",
                           re.IGNORECASE)
_MAX_BARE_CAPTION = 25
# A photo's credit standing alone in capitals, the outlet's name over the photographer's full name (Tribun's `SRIWIJAYA
# POST/WAWAN SEPTIAWAN` under the byline): no sentence is only names in capitals around a slash. The outlet may come
# twice, its network's page and its own (Tribunnews's `TRIBUN JATENG/TRIBUN JATENG/HERMAWAN HANDAKA`).
_LONE_CAPITALS_CREDIT = re.compile(r"[A-Z][A-Z.]{1,20}(?: [A-Z][A-Z.]{1,20}){0,2}"
                                   r"(?: ?/ ?[A-Z][A-Z.]{1,20}(?: [A-Z][A-Z.]{1,20}){0,2})? ?/ ?[A-Z][A-Z.'’-]{1,20}"
                                   r"(?: [A-Z][A-Z.'’-]{1,20}){1,3}")
_MAX_LONE_CREDIT = 70
# ...or the photographer's full name first and a wire's name after a spaced slash (Tribun's `MOHAMMED ABED / AFP` over
# a wire picture's caption): the name after the slash must be a wire of the agencies' table, since capitals around a
# slash may name places (`PILKADA DKI / JAKARTA`).
_PHOTOGRAPHER_OVER_WIRE = re.compile(r"[A-Z][A-Z.'’-]{1,20}(?: [A-Z][A-Z.'’-]{1,20}){1,3} ?/ ?(?P<wire>[A-Z]{2,10})")
# A stock library's own attribution line under its picture (VOI's `Gambar oleh PIRO4D dari Pixabay`, Pixabay's `Image
# by <name> from Pixabay`, Unsplash's `Photo by <name> on Unsplash`): the picture's credit, whatever its name.
# ...or a wire's credit for a picture it passed on, the photographer's name and the pool's or the paper's after a slash
# then `via` and the wire (JPNN's `Paul Hansen /Dagens Nyheter via Reuters` over a prize story): the wire is the
# table's.
_PASSED_ON_CREDIT = re.compile(r"[A-Z][\w.'’-]{1,20}(?: [A-Z][\w.'’-]{1,20}){0,3} ?/ ?[A-Z][\w.'’&-]{1,20}"
                               r"(?: [A-Z][\w.'’&-]{1,20}){0,3} via (?P<wire>[A-Za-z]{2,10})")
_STOCK_ATTRIBUTION = re.compile(r"(?:gambar|foto|image|photo)\s+(?:oleh|by)\s+[^.!?\s][^.!?]{0,60}?\s(?:dari|from|on|di)\s+"
                                r"(?:pixabay|unsplash|pexels|freepik)(?:\.com)?\.?", re.IGNORECASE)
# A caption its credit followed after two hyphens run into its last word, the credit lost with the photo (Disway's
# `Pembentukan Provinsi Sumatera Tengah kembali mencuat setelah beredarnya surat usulan ke Presiden Jokowi--`): a
# sentence breaking off ends with a space or a mark before its dash, a quotation with its closing mark. The hyphens may
# follow the caption's full stop (Disway's `... tidak pernah tersentuh pembagunannya oleh Pemerintah Kabupaten
# setempat.--`): a sentence that has ended does not break off.
_DASHED_CAPTION_END = re.compile(r"(?:(?<=[^\W\d_]{2})|(?<=[^\W\d_]{2}\.))--$")
# ...or its credit between single hyphens run into its last full stop (Disway's `... Pelatihan Menulis Cerita
# Anak.-Dokumentasi Fantasia Perlima-`, `... 28 September 2025.-Boy Slamet/Harian Disway-`), after a space or run into
# its last word when it has no full stop (`... pada 20 November 2023 -MER-C-`, `... yang dibombardir oleh
# Israel-Telegram/@Alqassam-`): the credit may hold a hyphen or an account's @; no sentence ends with a hyphen. A space
# may part a source of two words or more from the full stop (`... Instagram, dan TikTok. -Al Jazeera-`; a desk's code
# after a paragraph is one word or initials over a slash: `... Rp12.000. -Red-`, `-Red/Ant-`). The credit may keep its
# label's colon (Palpos's `... pemekaran Musi Banyuasin-Foto : Dokumen Palpos-`).
_DASH_CREDITED_CAPTION_END = re.compile(r"(?:[.)]|(?<=\w) |(?<=[^\W\d_]{2}))-[A-Z][\w .,/&'’@:-]{2,60}(?<=\w)-$"
                                        r"|[.)] -[A-Z][\w.&'’-]{1,30}(?: [\w.&'’@-]{1,30}){1,3}(?<=\w)-$")
# ...or the photo's label and its source between spaced dashes after the caption's last stop (Berita Harian's `...
# antara 10 hingga 21 Mei lalu. - Foto AFP -`), a caption of any length up to `MAX_LONG_CAPTION_CHARS`: a sentence
# does not end with a dash, nor does a paragraph's dash open the label's word.
_SPACED_DASH_PHOTO_CREDIT = re.compile(r"(?<=[.!?)]) [-–] (?:Foto|FOTO|Gambar|GAMBAR) [A-Z][\w.&/'’-]{1,20}"
                                       r"(?: [\w.&/'’-]{1,20}){0,3} [-–]$")
# ...or the label and its source closing the caption with no dash after them (Astro Awani 2015: `Semua pintu masuk ke
# taman ditutup ... telah diarah keluar. - Foto Astro AWANI` under the quote it repeats): every word of the source
# capitalised, as a sentence goes on in small letters after a photo's word (`... - Foto itu diambil semalam`).
# The dash may be glued to the label (Astro Awani 2016: `... itu akan disiasat. -Foto Astro AWANI` under the story).
# The label may say it credits the photo and take a colon, after a dash or a bar (a Malaysian aggregator's copy of Sinar
# Harian: `DUA lelaki dikesan ... di Jalan Kampung Pasir. - Kredit Foto: Sinar Harian`, Warta Ekonomi's `Electoral
# College. | Kredit Foto: IStock Photo`).
_DASH_PHOTO_CREDIT_END = re.compile(r"(?<=[.!?)]) (?:[-–]|\|) ?(?:(?:Kredit|KREDIT|Sumber|SUMBER) )?(?:Foto|FOTO|Gambar|GAMBAR)"
                                    r"(?: ?:)? [A-Z][\w.&/'’-]{1,20}(?: [A-Z][\w.&/'’-]{1,20}){0,3}$")
_PHOTO_LABELS = ("Foto", "FOTO", "Gambar", "GAMBAR")
# ...or by the word for a photo and "by" before the photographer's name and, after a slash, the outlet's or the wire's
# (Rappler's Indonesian pages: `... Gelora Bung Karno, Jakarta, Minggu (24/1). Foto oleh Akbar Nugroho Guma/ANTARA`,
# its English ones' `Photo by <name>/Rappler`), after the caption's last sentence; looked for only in lines with the
# words near their end. A stock library's credit names its site in words (`Photo by <name> on Unsplash`).
# A wire may be named alone, no photographer's name before it (Rappler's `SAKIT. Kuasa hukum Maqdir Ismail meyakini
# kliennya, Setya Novanto, sakit ... pada Rabu, 13 Desember. Foto oleh ANTARA`): a name from the agencies' table.
_BY_PHOTO_CREDIT_END = re.compile(r"(?<=[.!?\"”)])\s(?:Foto|FOTO|Photo|PHOTO)\s(?:oleh|by)\s(?P<maker>[A-Z][\w.'’-]*"
                                  r"(?:\s[A-Z][\w.'’-]*){0,4})(?:\s?/\s?(?P<outlet>[A-Z][\w.-]{1,30}))?\.?$")
_BY_PHOTO_WORDS = (" oleh ", " by ")
# ...or by a wire's photo credit, its year and its reserved rights (Bernama's pictures copied with their caption:
# `KUALA PILAH, 10 Ogos -- Sepasang suami isteri ... untuk dibedah siasat.--fotoBERNAMA (2017) HAK CIPTA TERPELIHARA`):
# the caption may open with its own place and date, a dateline's shape.
_RIGHTS_RESERVED_PHOTO_CREDIT = re.compile(r"[-–]{1,2} ?(?:foto|FOTO|photo|PHOTO) ?[A-Z]{3,20} \((?:19|20)\d\d\) "
                                           r"(?:HAK CIPTA TERPELIHARA|ALL RIGHTS RESERVED)$")
_RIGHTS_RESERVED_ENDS = ("TERPELIHARA", "RESERVED")
# A photo's credit alone in its brackets, the copying desk's code in brackets after it (Okezone's copies of ANTARA's
# photos: `(ANTARA FOTO/Oky Lukmansyah/tom) (hru)` under the caption): the credit with its code is the caption's.
_CODE_AFTER_PHOTO_CREDIT = re.compile(r"(?<=\))\s\([a-z]{2,5}\)$")
# A caption its wire closes in brackets, the word for a photo in small letters after the wire's name and no
# photographer (MerahPutih 2015's `Kapolri Jenderal Pol. Badrodin Haiti (kanan) didampingi ... di Mabes Polri, Jakarta,
# Senin (27/4). (Antara foto)` over the text): the name is checked against the table of agencies, so a paragraph's
# pointer to a picture stays (`... di sini. (Lihat foto)`).
_WIRE_SMALL_PHOTO_WORD_END = re.compile(r"(?<=[.!?\"”)])\s?\((?P<wire>[A-Z][A-Za-z]{1,20})\s(?:foto|photo)\)\.?$")
_SMALL_PHOTO_WORD_ENDS = ("foto)", "photo)", "foto).", "photo).")
_ALT_RUN_INTO_CAPTION = re.compile(r"[^:]{5,200}?(?<=[)\w])(?:Foto|FOTO)\s*:\s*[A-Z][^()]{5,200}\([^()]{2,60}\)")
_ALT_LABELS = ("Foto", "FOTO")
# An image's alt text run into its copyright credit (Liputan6's `rohs adalah ©Ilustrasi dibuat AI`, `<alt> ©Liputan6.com/
# <name>`): a short line, the credit after the sign closing it with no sentence after it.
_COPYRIGHT_CLOSED_CAPTION = re.compile(r"^[^©]{2,160}?\s©\s?[A-Z0-9](?:[^©!?.]|\.(?=\S)){1,60}$")
_COPYRIGHT_REACH = 62  # characters from a caption's end its copyright sign stands within
# A caption whose credit closes it: `Taylor Swift berdiri untuk Joey. Foto: Grammy`, `... Jakarta. (Foto: Dok. Pribadi)`,
# an infographic's (`GRAFIS: Proses pembangunan Jalan MERR. Infografis: Humas Pemkot Surabaya`), or the credit run into
# the caption's last word when the figure's lines were joined (`... rampung 100 persenFoto: Humas Pemkot`), or after a
# comma, its label and its name capitalized (`... Amerika Serikat, Foto: Dok`), the label for several pictures too
# (the Borneo Bulletin's `Pickleball players in the Sultanate. PHOTOS: DANIEL LIM`), or a documentation label before the
# photo's source (CNBC's `Situasi terkini penyelamatan 7 karyawan di tambang bawah tanah ... Freeport Indonesia. Dok:
# PTFI`); looked for only in lines with a colon near their end.
_CREDIT_CLOSED_CAPTION = re.compile(
    r"^.{10,240}?(?:[.!?\"”]\s*|(?<=[a-z0-9])(?=(?-i:F))|,\s*(?=(?-i:Foto|FOTO|Photo|PHOTO)\s*:\s*(?-i:[A-Z])))"
    r"\(?(?:(?:kredit\s+)?foto|photos?|infografis|grafis|dok(?:umentasi)?)\s*:\s*"
    r"(?-i:[A-Z0-9])"
    r"[^()!?]{0,40}\)?$", re.IGNORECASE)
_CREDIT_REACH = 60  # characters from a caption's end its credit's colon stands within
_REPEATED_OPENING = 40  # a caption printed twice: the opening characters that come again
# A credit run into the caption's last word, or into its full stop (Kompas 2019's `... Kamis (27/11/2019).KOMPAS.com/
# Deti Mega Purnamasari Menkopolhukam ...`).
_CREDIT_GLUE = re.compile(r"(?<=[a-z0-9)])\.?[A-Z]")
_CAPTION_SENTENCE_END = re.compile(r"[.!?][\"”]?\s")
_MIN_REPEATED_CAPTION = 2 * _REPEATED_OPENING + 5
# ...or printed whole twice around its credit, whatever the credit's case (Kompas's `Ilustrasi jalan tolKementerian
# PUPR Ilustrasi jalan tol`, `Tangkapan layar video petugas parkir ... yang kehilangan karcisscreenshoot Tangkapan layar
# video petugas parkir ... yang kehilangan karcis`), the credit run into the first print's last word, or with no credit
# at all, a space between the prints (Kompas's `Ilustrasi suara dentuman misterius Ilustrasi suara dentuman misterius`):
# a paragraph does not say itself again to its end.
_TWICE_OPENING = 15  # the opening characters of a caption printed whole twice
_ILLUSTRATION_OPENING = re.compile(r"(?:ilustrasi|illustration)\s", re.IGNORECASE)
_MAX_NAME_TWICE = 2 * 40 + 1
_NAME_PRINTED_TWICE = re.compile(r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}")
_MIN_WHOLE_REPEAT = 60  # a caption of several sentences printed whole twice around its credit is no shorter
# ...or after a bar (Lampung Geh's `Kabag Umum ITERA, Pujiono (kanan) saat diwawancarai | Foto : <name>/Lampung Geh`,
# Warta Ekonomi's `Electoral College. | Kredit Foto: IStock Photo`), also under the label "source" (Kompasiana's `Filter
# yang di repost lebih dari 1,3 Juta penggunaan Instagram | Sumber: Instagram`), looked for only in lines with one.
_BAR_CREDITED_CAPTION = re.compile(r"^[^|]{10,240}\s\|\s*(?:(?:kredit\s+)?foto|photo|sumber(?:\s+(?:foto|gambar))?|source)\s*:"
                                   r"\s*(?-i:[A-Z0-9])[^()!?|]{0,40}$", re.IGNORECASE)
# A caption its wire's credit closes, a photographer's name after the agency's (ANTARA's `... Jumat (21/2/2025).
# ANTARA/Yamsyina Hawnan`, in 2010 FOTO before it: `... Kamis (8/7). FOTO ANTARA/Seno/ama/10.`; `... kata dia.
# TNI/Polri siap.` is a sentence), or an outlet's address before its photographer's name (Liputan6's `Menkominfo Johnny
# G. Plate. Liputan6.com/Andina Librianty`), looked for only in lines with a slash near their end; a spaced slash may
# part the caption from its credit, the credit printed twice (Pikiran Rakyat's network: `... Ali Mochtar Ngabalin. /
# ANTARA/Bayu Prasetyo/ANTARA/Bayu Prasetyo`), or the slash glued to the wire's name, the wire it carried after it and a
# slash closing the credit (the same network's copies of wire pictures: `... junta militer. /REUTERS/Athit
# Perawongmetha/`, `... Senin 8 Februari 2021. /ANTARA FOTO/REUTERS/Stringer/foc/cfo/aa.`).
_WIRE_CREDITED_CAPTION = re.compile(
    r"(?<=[.!?\"”)])\s+(?:/\s?)?(?:(?:FOTO\s+|PHOTO\s+)?[A-Z][A-Z.]{2,20}(?:\s+(?:FOTO|PHOTO))?|[A-Z][\w-]{1,30}\.(?:com|co\.id|id))\s*/\s*"
    r"(?:[A-Z]{3,20}/)?[A-Z][a-z]+(?:\s+[A-Z][\w'’.-]*){0,4}"
    r"(?:/[^()/]{1,20}){0,3}/?\.?$"
    # ...or the photographer in capitals between slashes, then the paper's initials in quotes (Pikiran Rakyat's `...
    # Kabupaten Bekasi. /TOMMI ANDRYANDY/"PR"`).
    r"|(?<=[.!?\"”)])\s?/[A-Z][A-Z.'’ -]{2,40}/\s?[\"“][A-Z]{2,5}[\"”]$"
    # ...or its photo label and source between slashes, the photographer's name last (the same network's copies:
    # `... Mariupol, Ukraina 22 April 2022. /Foto: REUTERS/ALEXANDER ERMOCHENKO/`).
    r"|(?<=[.!?\"”)])\s?/(?i:foto|dok\.?|sumber)\s*:\s*[A-Z][^/]{1,40}(?:/[A-Z][^/]{1,40}){0,2}/$")
# ...or a wire's name over the handout's source, both in capitals (Reuters carrying a state agency's picture: `... in
# Pyongyang March 20, 2013. REUTERS/KCNA`): the wire is the table's, the source no wire of it (a source after a
# slash is read by `_is_wire_credited` below).
# ...or the wire's name in capitals run into the caption's last stop, its photographer's after the slash (ANTARA
# Kalteng's `... digelar di Banjarmasin, Senin (10/2/2020).ANTARA/Rendhik Andika`: the credit's own element printed with
# no space before it), checked against the table of agencies, as a paragraph's `... siap.TNI/Polri` names none.
_GLUED_WIRE_CREDIT = re.compile(r"(?<=[.)])(?P<wire>[A-Z]{3,20})/[A-Z][a-z]+(?:\s[A-Z][\w'’.-]*){0,4}$")
_HANDOUT_CREDITED_CAPTION = re.compile(r"(?<=[.!?\"”)])\s(?P<wire>[A-Z]{3,10})/(?P<source>[A-Z]{2,10})$")
_MIN_LONG_HANDOUT_NAME = 4  # letters of a long caption's photographer after the outlet's slash
# ...or a magazine's name as it is spelt, its photographer's run to it, nothing after (Tempo's `... Jakarta, 24 Juli
# 2025. Tempo/Dian Rahma`), looked for at the space before the last slash's word.
_MAGAZINE_CREDITED_CAPTION = re.compile(r"(?<=[.!?\"”)])\s[A-Z][a-z]{2,15}/[A-Z][a-z]+(?:\s+[A-Z][\w'’-]*){0,3}$")
# ...or a paper's name and its photographer's, both in capitals, then the day the photo was taken (Kompas's daily: `...
# ulang tahun ke-57 Harian Kompas. KOMPAS/HERU SRI KUMORO 28-06-2022`): a sentence never ends in a name and a dashed date.
_DATED_CREDITED_CAPTION = re.compile(r"(?<=[.!?\"”)])\s[A-Z]{2,20}/[A-Z][A-Z.'’ -]{2,40}(?<=[A-Z.])\s\d{2}-\d{2}-\d{4}$")
_DATED_CREDIT_REACH = 70  # characters from a caption's end its dated credit starts within
# ...or a screenshot's credit in brackets after the caption's last sentence, naming what was captured and whose it was
# (`... serta dokumen keuangan disita sebagai barang bukti. (Tangkapan Layar Video AFP/Lillian SUWANRUMPHA, Watsamon
# TRI-YASAKDA)`): a paragraph's sentence is not followed by such a bracket.
_SCREENSHOT_CREDITED_CAPTION = re.compile(r"(?<=[.!?\"”])\s?\(\s*(?i:tangkap(?:an)?\s+layar|screenshot)\b[^()]{0,80}\)\.?$")
_SCREENSHOT_CREDIT_REACH = 100  # characters from a caption's end its screenshot's credit starts within
# A caption whose source is a portal's word for "from the web" or "supplied" after a slash run into its last word or a
# bar (`... Istana Kepresidenan Jakarta, pada Rabu, 26 Maret 2025/Net`, `Immanuel Ebenezer dan Gibran/Ist`, `Komisaris
# Utama PT Pertamina Basuki Tjahaja Purnama alias Ahok | Net`), the word in capitals too (a blog's copy of Akurat:
# `Panser Pindad Steyr Pandur II 8x8 | ISTIMEWA`).
# ...also a reproduction's (RMOL's `Gambar terduga pelaku ... di dalam video Narasi TV/Repro`: a still taken from a
# video).
_SOURCE_WORDS = ("Net", "NET", "Ist", "IST", "Istimewa", "ISTIMEWA", "Dok", "Dok.", "Repro", "REPRO")
# The caption's day in brackets may hold a slash and close it before the source (Farah's `... diterbangkan ke Arab Saudi
# pada Minggu (28/5)/Net`).
_SOURCE_WORD_CAPTION = re.compile(r"^(?:[^|/()]|\([^()|]{1,60}\)){10,240}?(?:(?<=[\w)])/|\s\|\s*)"
                                  r"(?:Net|NET|Ist|IST|Istimewa|ISTIMEWA|Dok|Repro|REPRO)\.?$")
# ...or the bar with nothing after it, the credit's slot left empty (inikebumen 2018: `Kartu Pers yang digunakan untuk
# mendukung aksi dari para wartawan gadungan |`): no sentence's stop before the bar, no other bar, no quotation. A
# byline's label and colon open no caption: the bar closes the writer's line (Fakta Jabar 2023: `Oleh : Rosman Ochim
# Alazis, Redpel Fakta Jabar |`).
_EMPTY_CREDIT_CAPTION = re.compile(r"^(?!(?:Oleh|By)\s*:)[^|\"“”]{10,240}?(?<=[\w)])\s\|$")
# ...or a news agency's name so run into it (RMOL's `Massa berkumpul di ... (Monas), Jakarta Pusat/RMOL`), checked against
# the table of agencies (`... TNI/Polri` closes no caption): the line's only slash, a word before it.
_MIN_AGENCY_CAPTION = 10  # characters of caption before the agency's slash
# ...or fewer when the caption is its subject's name alone, one word in capitals or title case (RMOL's `AHY/RMOL` under
# a title, a portrait named by its subject's initials): no paragraph is one word and an agency's name.
_SUBJECT_ALONE = re.compile(r"[A-Z][A-Za-z]{1,11}")
_MAX_AGENCY_NAME = 15
_WIRE_CREDIT_REACH = 80  # characters from a caption's end its wire's credit starts within
# A short paragraph of a wire's story another agency carried, closed by the carrier's and the source's names (`Menurut dia,
# kedua negara pada akhirnya akan berdamai. ANTARA/AFP`), is no caption: both names are the table's (a photo's credit
# names its photographer or its handout's source after the wire: `... Jakarta Pusat/RMOL`, `... 2013. REUTERS/KCNA`),
# and the line reports what someone said, as a photo's description does not. A dash may sign the two names off after the
# stop (a Malay blog's copy: `... pulang ke hotel,'' kata Abdulkarim. - REUTERS/AFP`).
_CARRIED_WIRE_END = re.compile(r"(?<=[.!?\"”)])\s?(?:[-–—]{1,2}\s?)?(?:(?i:sumber)\s*:\s*)?(?P<carrier>[A-Za-z]{2,15})\s?/\s?"
                               r"(?P<source>[A-Za-z]{2,15})\.?$")
_CARRIED_WIRE_REACH = 45  # characters from a line's end the carrier's name starts within
_REPORTED_SPEECH = re.compile(r"\b(?:kata|katanya|berkata|ujar|ujarnya|tutur|menurut|mengatakan|menyatakan|menegaskan|menambahkan"
                              r"|bahwa|said|says|told|according)\b", re.IGNORECASE)
# A caption of any length up to `MAX_LONG_CAPTION_CHARS` whose photographer's credit closes it: a wire's FOTO or PHOTO
# before the name (ANTARA's `... oleh pihak kepolisian. ANTARA FOTO/Sigid Kurniawan/hp.`, a copy's `... virus Corona
# (COVID-19).(ANTARA FOTO/DESTYAN SUJARWOKO)`), an outlet's address before a name in capitals or glued to the caption
# (Kompas's `... Rabu (28/6/2017).(KOMPAS.COM/MARKUS YUWONO)`, `... Perairan Wakatobi(KOMPAS.com/Akbar Bhayu
# Tamtomo)`), after a source label (`... waktu setempat. Sumber: Humas Kemenkumham (KOMPAS.com/Syakirun)`), or a Foto
# label before a name and its outlet (Detik's `(Foto: Avitia/detikcom)`). A writer's credit closing a paragraph is
# none of these (Tribun's `... kata dia. (Tribunnews.com/Reza Deni)`).
MAX_LONG_CAPTION_CHARS = 900
_LONG_CAPTION_REACH = 110  # characters from the caption's end its credit starts within
_CREDIT_WORDS = ("FOTO", "PHOTO", "Foto", "Photo")
_STOCK_LIBRARIES = ("shutterstock", "istock", "freepik", "pixabay", "unsplash", "pexels", "getty")
_BRACKETED_SOURCES = (*_STOCK_LIBRARIES, "kolase", "collage")  # a short caption's bracket may name one alone
_DASHES = ("-", "–", "—")  # ...or any courtesy word after a dash (`... Senin (11/1). - (istimewa)`)
_CREDIT_LABEL_REACH = 70  # characters before the credit's bracket a source label stands within (`Sumber: ... (..)`)
_WIRE_NAME_REACH = 25  # characters before FOTO the wire's name and its brackets stand within
_LONG_CAPTION_END = re.compile(
    r"(?:(?<=[.!?\"”)])\s?\(?\(?|(?<=[a-z0-9])\s?\(\(?)"
    r"[A-Z][A-Za-z.]{1,20}\s+(?:FOTO|PHOTO|Foto|Photo)\s*/\s*[A-Z][^()/]{1,50}(?:/[\w.-]{1,12}){0,4}\)?\)?\.?$"
    r"|(?<=[.!?\"”)])\s?\(\(?[A-Z][A-Za-z.]{1,20}\s+(?:FOTO|PHOTO|Foto|Photo)\)\)?\.?$"
    # ...or FOTO before the wire's name, as ANTARA's 2010 captions put it (`... Kabupaten Deli Serdang. FOTO
    # ANTARA/Kiki Cahyadi/Koz/mes/10.`).
    r"|(?<=[.!?\"”)])\s?\(?(?:FOTO|PHOTO)\s+[A-Z]{3,20}\s*/\s*[A-Z][^()/]{1,50}(?:/[\w.-]{1,12}){0,4}\)?\.?$"
    r"|(?:(?<=[^\s(])|(?<=[.!?\"”)])\s(?=\([^()/]{2,30}/[^()a-z]{2,40}\)))"
    r"\([A-Za-z][\w-]{1,30}(?:\.[A-Za-z]{2,3}){1,2}\s*/\s*[A-Z][^()/]{1,50}\)\.?$"
    r"|(?<=[.!?\"”)])\s?(?i:sumber)\s*:\s*[^.()]{2,60}"
    r"\([\w-]{2,30}(?:\.[A-Za-z]{2,3}){1,2}\s*/\s*[A-Z][^()/]{1,50}\)\.?$"
    r"|(?<=[^\s(])\s?\((?i:foto|photo)\s*:\s*[^()/]{2,50}/\s*[\w.-]{2,30}\)\.?$"
    # ...or a wire's name and its photographer's, then the desks' initials, as another agency passed the picture on
    # (Suara's copies: `... di Moskow, Rusia, Sabtu (22/6/2019). (REUTERS/Evgenia Novozhenina/wsj/cfo/ via Antara)`).
    r"|(?<=[.!?\"”)])\s?\([A-Z]{2,20}\s*/\s*[A-Z][^()/]{1,50}(?:/[\w.-]{1,12}){0,4}/?\s+via\s+[A-Z][\w.]{1,20}\)\.?$"
    # ...or the photographer's name first, then the pool or the paper whose picture it was and the wire in capitals
    # that passed it on (CNN Indonesia's `... di Kuil Tofuku-ji, Tokyo, Jepang. (Xiaoyi/Pool via REUTERS)`, `... anggota
    # G20. (Du Xiaoyi/Pool via REUTERS)`): a wire's own credit, which closes no paragraph.
    r"|(?<=[.!?\"”)])\s?\([A-Z][\w.'’-]{1,20}(?:\s[A-Z][\w.'’-]{1,20}){0,3}\s?/\s?[A-Z][\w.'’&-]{1,20}"
    r"(?:\s[A-Z][\w.'’&-]{1,20}){0,3}\svia\s[A-Z]{2,10}\)\.?$"
    # ...or the photographer's full name in capitals before the outlet's, its address or a paper's two words in
    # capitals, spaced inside the brackets (BolaSport's `... Jakarta Pusat, Rabu (9/5/2018). ( MOCHAMAD HARY
    # PRASETYA/BOLASPORT.COM )`, `... Selasa (11/9/2018). ( HERKA YANIS PANGARIBOWO/TABLOID BOLA )`): a name of two
    # words at least, in capitals as the outlet's, where a desk's code is one (`(ANT/BOB)`) and a writer's credit
    # puts the outlet first in small letters (`(Tribunnews.com/Reza Deni)`).
    r"|(?<=[.!?\"”)])\s\(\s?[A-Z][A-Z.'’-]+(?:\s[A-Z][A-Z.'’-]*){1,4}\s?/\s?[A-Z][A-Z0-9-]{1,30}"
    r"(?:\.[A-Z]{2,3}){0,2}(?:\s[A-Z][A-Z0-9-]{1,20})?\s?\)\.?$")
# A short caption's credit in brackets may say less (Detik's `Pantai Mera (Bonauli/detikcom)`, `... Malaysia (Foto:
# Avitia/detikcom)`; a wire's `... ke KKB. ((ANTARA/Evarukdijati))`, `... Rodrigo Duterte.(AFP PHOTO)`; a stock
# photo's `Ilustrasi pekerja. (shutterstock)`, a blog's `Tradisi NU Bukan Budaya Sinkretis (Sumber Gambar : Nu
# Online)`): a Foto (or picture's source) label before a name, a wire in capitals before its photographer
# (`agency`, checked against the table of agencies; a source's `(Antara/Budi)` closes a paragraph), a photographer
# before an outlet's name run into its `com`, or a stock library. An editorial code is neither (`(gil/jpnn)`, `(Dny/Gdn)`, `(Humas UGM/ Agung)`), nor a writer's credit after the outlet's address
# (`(Tribunnews.com/Reza Deni)`).
_SHORT_CAPTION_END = re.compile(
    r"(?<=\S)\s?\((?i:foto|photo|sumber\s+(?:foto|gambar))\s*:\s*(?:[A-Z0-9]|[a-z][A-Z]|(?i:dok))[^()]{1,60}\)\.?$"
    # (an outlet's name may open with a small letter before its capital: iNews's `Pejabat daerah Jayapura di acara
    # Pemimpin Daerah Awards 2025. (Foto: iNews)`)
    # ...or be its web address in small letters, after the caption's sentence (Liputan6's 2021 header: `Tata cara
    # pemilu 2019. (Foto: merdeka.com)` under `Ilustrasi pemilu`): the photo's label names where it was taken from.
    r"|(?<=[.!?\"”)])\s?\((?i:foto|photo)\s*:\s*(?:www\.)?[a-z][a-z0-9-]{1,30}(?:\.[a-z]{2,6}){1,2}\)\.?$"
    # ...or a capitalised label with no colon before the source, each word of it capitalised, after the caption's
    # sentence (iNews's `Kapolda Metro Jaya Irjen Fadil Imran menghadiri Hari Lalu Lintas Bhayangkara di Bundaran HI.
    # (Foto Polda Metro Jaya).` over the text); a paragraph's bracket goes on in small letters (`(foto bersama)`).
    r"|(?<=[.!?\"”)])\s?\((?:Foto|FOTO)\s[A-Z][\w.&-]{1,20}(?:\s[A-Z][\w.&-]{0,20}){0,3}\)\.?$"
    # ...or the source's label before a wire's picture service (Kompas TV's `... Sabtu (25/12/2021). (Sumber: AP
    # Photo)`): the label alone names a paragraph's source too (`(Sumber: BPS)`), the word for a photo does not.
    r"|(?<=[.!?\"”)])\s?\((?i:sumber)\s*:\s*[A-Z][\w.&-]{1,20}(?:\s[A-Z][\w.&-]{1,20}){0,2}\s(?:Photo|PHOTO|Foto|FOTO)"
    r"(?:\s?/\s?[A-Z][^()/]{1,40})?\)\.?$"
    # ...or the photographer's initials in lower case after the label, run into the caption's full stop (Kabar6's
    # `Sejumlah anggota Polresta saat melakukan aksi donor darah.(foto:shy)`); a desk's code has no label (`(yud)`).
    r"|(?<=[.!?\"”])\s?\((?i:foto|photo)\s*:\s*[a-z]{2,5}\)\.?$"
    # ...or the photographer's first name in lower case (Poskota's `... bersama Wali Kota Serang, Syafruddin. (foto:
    # luthfi)`), or the source's one word in small letters after the caption's date in brackets, no full stop between
    # (MerahPutih 2016's `... di sesi konferensi pers pra-pertandingan, Senin (21/11) (Foto: affsuzukicup)`).
    r"|(?<=[.!?\"”)])\s?\((?i:foto|photo)\s*:\s*[a-z]{2,20}\)\.?$"
    # ...or a documentation label before its source, after the caption's sentence (Serat.id's `... di Kota Semarang.
    # (Dokumentasi: Serat.id)`).
    r"|(?<=[.!?\"”])\s?\((?i:dok|dokumentasi)\s*:\s*[A-Z][^()]{1,60}\)\.?$"
    # ...or a credit after a dash closing the caption's last sentence, a source and its photographer or a courtesy
    # word (Republika's `... Senin (11/1). - (istimewa)`, `... - (Republika/Putra M. Akbar)`, `... - (Dok Humas)`): a
    # writer's credit closing a paragraph has no dash before it (`... kata dia. (Tribunnews.com/Reza Deni)`).
    r"|(?<=[.!?\"”)]\s)[-–—]\s\((?:(?i:istimewa|ist|dok(?:umentasi)?\.?|ilustrasi|arsip)(?:\s+[\w.]{2,20}){0,3}"
    r"|[A-Z][\w.-]{1,30}(?:\s[A-Z][\w.-]{1,20})?\s*/\s*[A-Z][^()/]{1,50})\)\.?$"
    # ...or a label's word before the photo's source (PotretNews's `... di Telukkuantan. (ILUSTRASI/GORIAU.com)`).
    r"|(?<=[.!?\"”)])\s?\((?i:ilustrasi|foto|dok|dokumentasi|ist|istimewa)\s*/\s*[A-Z][^()]{1,40}\)\.?$"
    # ...the wire's partner between the wire and the photographer (ANTARA's `... 28 Mei 2024. (ANTARA/Xinhua/Khaled
    # Omar)`), or the wire's portal, News after its name, spaced or run into it (ANTARA's bureaus in 2017, a logo's
    # caption: `Logo ANTARA lama (<wire>News/Ferliansyah)`).
    # A colon may stand for the slash (ABC Indonesia's copies: `... menewaskan ratusan korban. (AP: Hatem Moussa)`).
    r"|(?<=\S)\s?\(\(?(?P<agency>[A-Z]{2,20}(?:\s?News)?)\s*[/:]\s*(?:[A-Z][A-Za-z-]{1,20}\s*/\s*)?"
    r"[A-Z][A-Za-z'’.-]{3,}(?:\s+[A-Z][A-Za-z'’.-]*){0,4}"
    # ...the photo desk's initials in lower case after the photographer (ANTARA English's `(ANTARA/Putu Indah
    # Savitri/uyu)`).
    r"(?:\s?/\s?[a-z]{2,6}){0,2}\)\)?\.?$"
    r"|(?<=\S)\s?\([A-Z][A-Za-z'’.-]{2,}(?:\s+[A-Z][A-Za-z'’.-]*){0,3}\s*/\s*[a-z]{3,20}com\)\.?$"
    # ...or a graphic's: its source, then the word for a graphic and its maker's initials (ANTARA's bureaus in 2017:
    # `Perum LKBN ANTARA (Antarasumsel.com/Grafis/Aw)`); a writer's credit names no graphic.
    r"|(?<=\S)\s?\([A-Z][\w.-]{1,30}(?:\s[A-Z][\w.-]{1,20})?\s*/\s*(?i:grafis|grafik|infografis|infografik)\s*/\s*"
    r"[A-Za-z][\w .-]{0,30}\)\.?$"
    # ...or a photographer's full name, in any case, before an outlet's address, after the caption's sentence (RMOL's
    # regional sites: `... Anggota Komisi IV DPRD Sumsel. (humaidy kenedy/rmolsumsel.id)`); an editorial code before
    # the address is one word (`(ril/rmol.id)`), a writer's credit puts the address first (`(Tribunnews.com/Reza Deni)`).
    r"|(?<=[.!?])\s\((?:[A-Za-z][A-Za-z'’.-]+\s){1,3}[A-Za-z][A-Za-z'’.-]+\s?/\s?[a-z][a-z0-9-]{1,30}"
    r"(?:\.[a-z]{2,3}){1,2}\)\.?$"
    # ...or a social account as the photo's source, the platform's name before it (Suara's `... AC Milan.
    # (Instagram/@jayidzes)`); a colon there may point a paragraph's reader to its writer (`... ask Steve Gibson.
    # (Twitter: @Sg_grc)`) and stays. The platform may be written as its address (Liputan6's 2016 round-up: `Banjir di
    # depan Istana Kepresidenan, Jakarta. (twitter.com/@Nur_al_ihsan)`).
    r"|(?<=[.!?\"”)])\s?\((?i:instagram|twitter|facebook|tiktok|youtube|ig|x)(?:\.com)?\s?/\s?@[\w.]{2,30}\)\.?$"
    # ...or after a space, when the caption ends with its last word, no sentence's end before the bracket (Tribun's
    # `Pemain Persib Bandung, Ezra Walian, Marc Klok, Alberto Rodriguez, dan Zalnando (Instagram @marcklok)`).
    r"|(?<=[^\W\d_])\s\((?i:instagram|twitter|facebook|tiktok|youtube|ig)\s@[\w.]{2,30}\)$"
    # ...or a collage's note naming who made it, after the caption's last word (Tribun's `Skuat Persib Bandung (kolase
    # tribun jabar)`).
    r"|(?<=[^\W\d_])\s\((?i:kolase|collage)\s[^()]{2,40}\)$"
    r"|(?<=[.!?\"”)])\s?\((?i:shutterstock|istockphoto|istock|freepik|pixabay|unsplash|pexels|getty\s?images?)"
    r"(?:\s*/\s*[^()]{1,40})?\)\.?$")
# A quotation its speaker's verb follows (`...," kata dia.`) makes a paragraph, not a caption.
_QUOTE_ATTRIBUTION = re.compile(r"[,.!?][\"”]\s+(?:kata|ujar|ucap|ungkap|jelas|tutur|imbuh|pungkas|tegas|said|says)")
# A caption closed by a bracket, looked for only in lines that end with one: its image's credit (KapanLagi's
# `Ilustrasi Drama (Image by mydramalist)`, `Drama Thailand yang dibintangi member 4EVE (credit:mydramalist)`, Suara's
# `Ilustrasi robot penjelajah planet Mars (photo/Dok. NASA)`), an
# illustration's source with no full stop (Tempo's `Illustration of ramen (Pixabay)`; `Ilustrasi itu dibuat oleh Andi
# (Kompas).` is a sentence).
# A caption its photographer's and agency's credit closes in square brackets, no sentence's end before it (Middle East
# Monitor's and its copies': `Palestinians hold posters ... on 11 November 2013 [Saeed Qaq/Apaimages ]`); a citation in
# square brackets names no photographer over a slash (`[Official PA daily Al-Hayat Al-Jadida, Feb. 1, 2020]`), a
# desk's code is in lower case (`[sar/but]`).
_SQUARE_CREDITED_CAPTION = re.compile(
    r"^(?-i:[A-Z])[^\[\].!?]{20,240}\[\s*(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,3}\s*/\s*(?-i:[A-Z])[\w -]{1,30}\]$",
    re.IGNORECASE)
# ...or a wire's photo credit in square brackets, FOTO after the wire's name, closing a caption of any length up to
# `MAX_LONG_CAPTION_CHARS` (Suara's `Foto udara suasana posko ... Jawa Tengah. [ANTARA FOTO/Aji Styawan/rwa]`), or an
# outlet's address before its photographer's name closing a short one (Suara's `... di gerbang tol. [Suara.com/Alfian
# Winanto]`) or a contributor's role before his name (Suara's regional pages: `... calon dukuh baru karena dianggap bukan
# dari warga setempat, Senin (26/4/2021). [Kontributor / Julianto]`); a quoted speaker's words are no caption. So does
# the social account the picture was taken from, its platform's name glued before it (Suara's regional pages:
# `Tangkapan layar video viral keributan ... Jakarta Timur, Rabu (1/12/2021). [Instagram@lensa_berita_jakarta]`).
_SQUARE_PHOTO_CREDITED_CAPTION = re.compile(
    r"^(?-i:[A-Z])[^\[\]]{10,900}\[\s*(?:(?:(?P<wire>(?-i:[A-Z]{3,20}\s+(?:FOTO|PHOTO)))"
    r"|(?-i:[A-Za-z])[\w-]{1,30}(?:\.[a-z]{2,3}){1,2}|kontributor)\s*/\s*(?-i:[A-Z])[^\[\]/]{1,50}(?:/[\w.-]{1,12}){0,4}"
    r"|(?:instagram|twitter|facebook|tiktok|youtube|ig)\s?[/:]?\s?@[\w.]{2,30}\s*)\]$",
    re.IGNORECASE)
# A short caption closed by its source's link, the link's label left in square brackets (Boombastis's `Ummu Hani
# [sumber gambar]`, "image source"): no sentence's stop inside it.
_SOURCE_LINK_CAPTION = re.compile(r"^[^\[\].!?]{3,200}\[\s*sumber\s+(?:gambar|foto)\s*\]$", re.IGNORECASE)
# An Arabic caption closed by its picture's wire in brackets, the wire's initials dotted (Asharq Al-Awsat's `فلسطينيون
# ينتشلون جثامين الضحايا ... في قطاع غزة (إ.ب.أ)`, EPA; also `(أ.ف.ب)`, AFP, `(د.ب.أ)`, dpa): the dotted initials are
# a photo's credit, no sentence or quotation comes before them (a wire's sign-off after a story's last sentence
# follows its full stop, and names the wire spaced or in words: `(أ ف ب)`, `(رويترز)`).
_ARABIC_WIRE_CREDITED_CAPTION = re.compile(r"[\u0600-\u06FF][^.!?؟\"“”«»():]{10,230}\s\((?:[\u0621-\u064A]\.){1,3}"
                                           r"[\u0621-\u064A]\.?\)")
# ...and no one reported in it ("said", "added", "stressed", "announced", "according to"): a paragraph quoting someone
# and signed off so, its full stop left out (`وقال المتحدث إن الوضع خطير (أ.ف.ب)`), stays.
_ARABIC_REPORTING = re.compile(r"\b(?:و?(?:قال|أضاف|أكد|ذكر|أوضح|أعلن|صرح)ت?|بحسب|وفقا?ً?)\b")
_BRACKETED_CAPTION = re.compile(
    r"^[^()]{3,200}\(\s*(?:(?:image|photo|foto)\s+by\b|(?:image|photo|credit)\s*:"
    r"|(?:image|photo|foto)\s*/\s*(?-i:[A-Z]))\s*[^()]{1,60}\)$"
    # ...also after its subject and a dash (a Bola.com copy's `Liga Champions - Ilustrasi Piala Liga Champions
    # (Bola.com/Adreanus Titus)`), an address's dots in it and a full stop before the bracket (Suara's `Ilustrasi
    # Suara.com. (Facebook/Suaradotcom)`).
    r"|^(?:[^()\-–.!?]{1,40}\s[-–]\s)?(?:illustration|ilustrasi)\b(?:[^().!?]|\.(?=\w)){0,100}\.?\s*"
    r"\((?-i:[A-Z])[^()]{1,40}\)$"
    # ...or its photo's source after its last full stop (IDN Times's `... Senin (13/9/2021). (dok. BEM UNS)`), a full
    # stop after it too (MINA 2013's `... dengan Mi’raj News Agency (MINA). (Doc. MINA/RS).`).
    r"|^.{10,240}?[.!?]\s*\((?:dok|dokumentasi|doc|ist)\.?\s+[^()]{1,40}\)\.?$"
    # ...or what its photo is (MINA's English `Imaam Yakhsyallah: Duty of ... Brotherhood (photo special)`).
    r"|^[^()]{3,200}\(\s*(?:foto|photo)\s+(?:special|istimewa|ist|dok|doc|file)\.?\s*\)$"
    # ...or its subject's name alone, capitalised, and the web address its photo was taken from (Paragram 2018's
    # `Luis Milla. (bobotoh.id)` between the paragraphs): no paragraph is a name and an address.
    r"|^(?-i:[A-Z][\w'’-]*(?:\s(?:[A-Z][\w'’-]*|bin|binti|van|de|al)){0,4})\.?\s\(\s*(?:www\.)?[a-z0-9-]{2,30}"
    r"(?:\.[a-z]{2,6}){1,2}\s*\)$",
    re.IGNORECASE,
)

# A web excerpt's pointer to the rest in print (Radar Utara's `Bersambung...... (Baca selengkapnya di Koran Harian
# Radar Utara edisi Rabu, 9 September 2020)`), the two parts on one line or on two.
_PRINT_SEQUEL = (r"(?:bersambung\s*(?:\.{2,}|…)\s*)?\(\s*baca\s+selengkapnya\s+di\s+(?:koran|harian|surat\s+kabar|tabloid"
                 r"|majalah)\b[^()]{0,100}\)|bersambung\s*(?:\.{2,}|…)")
_FEED_FOOTER = r"(?-i:The\s+post\s+[^a-z\s].{0,200}?\s+appeared\s+first\s+on\s+[^a-z\s.,][^.,]{0,60})\.?"

# An app store's name (`Apple Store`, `App Store`, `Google Play Store`, `Play Store`).
_APP_STORE = r"(?:apple\s+store|apps?\s*store|(?:google\s+)?play(?:\s*store)?)"

_NOISE = re.compile(
    # A views or shares counter (`1,2K views`, InfoPublik's `13 Kali`), a byline before it, its name there or lost (`by
    # Jhon Lennon 43 views`, `oleh -606 Dilihat`).
    r"^(?:(?:(?:by|oleh)(?:\s+(?-i:[A-Z])[\w.'’-]*){0,4}\s+-?)?\|?\s*[\d.,]+\s*[kKmM]?\s*(?:views?|shares?|kali(?:\s+dilihat)?|dilihat|dibagikan|komentar|comments?)\s*:?"
    # ...or with the day and time it went up after a bar (20detik's `264 Views | Sabtu, 01 Feb 2020 17:08 WIB`).
    r"|[\d.,]+\s*[kKmM]?\s*(?:views?|dilihat)\s*\|\s*(?:[a-z]{3,6},?\s+)?\d{1,2}\s+[a-z]{3,9}\s+\d{4}"
    r"(?:,?\s+\d{1,2}[:.]\d{2}(?:\s+(?:wib|wita|wit))?)?"
    # ...or its label alone with its colon, the count drawn by a script the page leaves out (a Malaysian portal's
    # `Views:` under `... katanya kepada Bernama hari ini.`).
    r"|(?:views?|dilihat|dibaca|shares?)\s*:"
    # A market ticker's line, an index's or a commodity's name then its price, change and change in percent (Kontan's
    # header strip: `EMAS 2.278.000   -12.000   -0,52%`, `USD/IDR 16.691   38,00   0,23%`): figures alone, no sentence.
    r"|(?-i:[A-Z][A-Z0-9/&]{1,15})\s+[\d.,]{1,15}\s+[-+]?[\d.,]{1,12}\s+[-+]?[\d.,]{1,8}\s?%"
    # ...or said as a sentence under a government portal's story (Malaysia's PMO: `This news has been read 109 times`
    # under `Last Update on 10/07/2018`), the update's date alone there too.
    r"|(?:this\s+(?:news|article|story|page)\s+has\s+been\s+(?:read|viewed)|(?:berita|artikel)\s+ini\s+(?:telah\s+|sudah\s+)?"
    r"dibaca)\s+[\d.,]{1,12}\s+(?:times|kali)\.?"
    r"|last\s+updated?(?:\s+on\s*|\s*:\s*)\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}"
    # An ad's label and the call to scroll past it, stopped like a sentence or not (a Malay portal's `Advertisement.
    # Scroll to continue reading.`), its full stop spaced off the label (iNews's `Advertisement . Scroll to see content`).
    r"|(?:advertisement\s?\.?\s+)?scroll\s+to\s+(?:(?:continue\s+with|resume|see)\s+content|continue\s+reading)\.?"
    r"|advertis(?:ements?|ing)|iklan|advertorial"
    # ...or between dashes, as a WordPress news theme titles its ad slot between the paragraphs (`- Advertisement -`,
    # misspelt under a Brunei paper's text: `- Advertisment -`; a Malay portal's `-- Iklan --`): no sentence is a word
    # so framed.
    r"|[-–—]{1,2}\s?(?:advertis(?:e?ments?|ing)|iklan)\s?[-–—]{1,2}"
    # ...or named by its place on the page, a number after it when the place holds several, as a blog template
    # prints its empty ad slots between the paragraphs (`Iklan Atas Artikel`, `Iklan Tengah Artikel 1`, `Iklan Bawah
    # Artikel`): no sentence is a slot's name alone.
    r"|iklan\s(?:atas|tengah|bawah|dalam|awal|akhir|sebelum|setelah|sesudah)\s(?:judul\s)?(?:artikel|konten|postingan"
    r"|header)(?:\s\d{1,2})?"
    # ...or the ad slot's own name, its size in pixels last, printed where the script left no ad (Tempo's
    # `slot-iklan-300x100` between the paragraphs, under `Baca berita dengan sedikit iklan, klik di sini`): no word
    # of a sentence is hyphenated to a width by a height.
    r"|(?:[a-z]{2,12}[-_]){1,3}\d{2,4}x\d{2,4}"
    # ...its short label in capitals (Malaysiakini's `ADS` under the text) or in small letters (a news portal's `ads`
    # under `ADVERTISEMENT`), and a Malay portal's link to the story in full in square brackets (`[Baca berita penuh]`,
    # "read the full story").
    r"|(?-i:ADS|ads)|\[\s*baca\s+(?:berita|artikel|laporan)\s+(?:penuh|selengkapnya|lengkap(?:nya)?)\s*\]"
    # A rule drawn in characters between the text and what the page adds under it (`-----`, `* * *`, Disway's `--`),
    # in Arabic with the letters' stretching stroke (WAFA's `ــ` over its desk's initials).
    r"|(?:[-–—_=*~.•·ـ]\s*){2,40}"
    # ...or a bar left alone on its line where a share row or a source's label stood (Disway's `|` over `|` over
    # `Sumber:`).
    r"|\|"
    # A credits box's heading and its button to open it, under the text (IDN Times's `Editorial Team` over `Show All`).
    r"|editorial\s+team|show\s+all"
    # A font-size switcher's letters over its label, left as a line (Koran Jakarta's `A A A Pengaturan Font` under
    # the photo's credit).
    r"|(?:a\s+){0,3}pengaturan\s+(?:font|huruf|ukuran\s+(?:font|huruf))"
    # A paged article's pager text (`Halaman selanjutnya`, `Lanjut ke halaman berikutnya`, `Halaman: 1 2 3`, Okezone's
    # label over its numbers' line `Halaman:`, the last page's number before its link: `3 Selanjutnya`).
    # (dots may stand for its arrow: Koran Jakarta's `Halaman Selanjutnya....`)
    r"|(?:[-•]\s)?(?:\d{1,3}\s+)?(?:halaman\s+)?(?:selanjutnya|berikutnya|sebelumnya)\s*(?:»|>>|›|\.{2,6}|…)?"
    r"|lanjut(?:kan)?\s+(?:ke\s+)?(?:halaman\s+)?(?:berikutnya|selanjutnya)"
    # ...and its link to the whole article run into the numbers (Riau24's `Halaman: 12Lihat Semua`).
    # Tribun's label alone over its numbers run together (`Halaman` over `12`).
    r"|halaman\s*(?::(?:\s*\d+)*|(?:\s*\d+)*)(?:\s*(?:selanjutnya|berikutnya|lihat\s+semua)\s*(?:»|>>|›)?)?"
    # Liputan6's marker over each of a paged article's parts (`2 dari 4 halaman`, "page 2 of 4"), a WordPress pager's
    # count before its numbers (JabarNews's `Pages ( 2 of 2 ): 1 2`).
    r"|\d{1,2}\s+dari\s+\d{1,2}\s+halaman|pages?\s*\(\s*\d{1,3}\s+of\s+\d{1,3}\s*\)\s*:?(?:\s*\d{1,3}){0,30}"
    # Its page numbers alone (`1 2 3`), its link to the whole article on one page (Detik: `View in Single Page`).
    r"|(?:«|<<|‹)?\s*(?:\d{1,3}\s+){1,30}\d{1,3}\s*(?:»|>>|›)?"
    r"|(?:view|read|baca|lihat|tampilkan)\s+(?:in\s+|dalam\s+)?(?:single|satu|1)\s+(?:page|halaman)"
    # The article's tags under their label, Indonesian's "hashtag" too (RMOL Jatim's `Tagar : wabah campak sumenep
    # ...`), also in Arabic (`كلمات دلالية: ...`, "keywords").
    r"|select\s+language|powered\s+by\s+google\s+translate"
    # A note that the text above it was machine-translated, its link to the original after it (ANTARA's English photo
    # pages: `The caption is automatically translated by application. Click here for the Bahasa Indonesia version.`);
    # without that link it may be a sentence (`The caption is automatically translated into the viewer's language.`).
    r"|(?:the|this)\s+(?:caption|article|text|story)\s+(?:is|was|has\s+been)\s+(?:automatically|machine)[\s-]+"
    r"translated\b[^.]{0,60}\.\s+click\s+here\b.{0,80}"
    r"|(?:tags?|tagar|كلمات\s+دلالية|الكلمات\s+المفتاحية)\s*:.*"
    # The article's tags as hashtags on a line of their own (`#Emil Elestianto Dardak #Plt Gubernur Jatim #Animator
    # Roblox Blitar`).
    r"|#[^\s#.!?][^#.!?]{0,60}(?:#[^\s#.!?][^#.!?]{0,60}){1,15}"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # an address alone (a research desk's, under its name)
    # A photo's upload file name left where its caption was, runs of digits joined by underscores and the size's letter
    # (a Malaysian blog's `38122897_10216829021027654_1585683440143958016_n (1)` over the memo's photo caption).
    r"|\d{6,20}(?:_\d{6,20}){2,3}_[a-z](?:\s*\(\d{1,2}\))?(?:\.(?:jpe?g|png|webp))?"
    rf"|{RELATED_WORDS}\s*(?::|!{{0,3}})"  # a box's heading (`Berita Terkait`, `Related news`)
    # Follow-us promos (`Temukan berita-berita ... di Google News.`, `Cek Berita dan Artikel yang lain di Google News
    # dan WA Channel`, JPNN's `Silakan baca konten menarik lainnya dari JPNN.com di Google News`, Tempo's `Click here
    # to get the latest news updates from Tempo on Google News`, Al-Bawaba's `تابع أحدث الأخبار عبر تطبيق google news`,
    # "follow the latest news on the Google News app", `Untuk mengikuti silakan klik ...`; Google News by its Indonesian
    # name: Gelora's `Ikuti kami di Google Berita`), or opened by the news it brings as a noun (a paper's `Update berita
    # dan artikel RM.ID menarik lainnya di Google News`: `update` before `berita` or `artikel` only)
    # and a logo's alt text left as a line (`rmol news logo article`).
    # A theme's notice to readers with scripts off (GandangDewata's `Oops! It appears that you have disabled your
    # Javascript. In order for you to see this page as it is meant to appear, ...`) and a listing page's breadcrumb
    # (`Beranda blog Halaman 2`).
    r"|(?:oops!?\s+)?it\s+appears\s+(?:that\s+)?you\s+have\s+disabled\s+your\s+javascript\b.{0,160}"
    r"|beranda(?:\s+[\w-]{2,20}){0,3}\s+halaman\s+\d{1,5}"
    r"|(?:jangan\s+lupa\s+)?(?:temukan|ikuti|follow|dapatkan|simak|cek|baca|silakan\s+baca|click\s+here|تابع(?:وا)?"
    r"|update(?=\s+(?:berita|artikel)\b))\b"
    r"(?:[^.]|\.(?=\w)){0,100}\bgoogle\s+(?:news|berita)\b(?:[^.]|\.(?=\w)){0,60}\.?"
    # ...its call and where to follow on two lines (Metro TV's `Jangan lupa ikuti update berita lainnya dan follow
    # akun` over `Google News Metrotvnews.com dan Channel WhatsApp Metro TV`, Medcom's `Cek Berita dan Artikel yang lain
    # di` over `Google News`): a call with no clause in it that ends before its place, a place alone.
    r"|(?:jangan\s+lupa\s+)?(?:ikuti|follow|cek)\s+(?:update\s+)?(?:berita|artikel)\b[^.,]{0,60}\s(?:follow\s+akun|di)"
    r"|google\s+news(?:\s+[\w-]{2,30}\.(?:com|co\.id|id|net))?(?:\s+dan\s+(?:channel|saluran)\s+whatsapp\b[^.]{0,30})?"
    # ...or the call's second half on the next line, the channel to follow after `dan` (Medcom's `Cek Berita dan Artikel
    # yang lain di Google News` over `dan follow Channel WhatsApp Medcom.id`).
    r"|dan\s+(?:follow|ikuti)\s+(?:channel|saluran|kanal)\s+whatsapp\b(?:\s+[\w-]{2,30}(?:\.[a-z]{2,3}){0,2}){0,3}\.?"
    r"|untuk\s+mengikuti\b[^.]{0,40}\bklik\b[^.]{0,40}\.?"
    r"|(?-i:(?:[a-z]+\s+){1,3}logo(?:\s+[a-z]+)?)"
    r"|comments?\s*:?\s*\d*|\d+\s+comments?|no\s+comments?\s*:?|komentar\s*(?::?\s*\d*|\(\d{1,5}\))"
    r"|leave\s+a\s+(?:reply|comment)"
    # ...a news theme's heading over its comment plugin (JNews's `Discussion about this post` under PenaSultra's text), a
    # Malay site's (`Komen & Pendapat` under PerakToday's).
    r"|discussion\s+about\s+this\s+(?:post|article|story)|komen\s+(?:&|dan)\s+pendapat"
    # ...and wpDiscuz's form over its count (The Online Citizen's `Subscribe` over `Notify of` over `0 Comments`).
    r"|subscribe|notify\s+of"
    # A blog template's post footer: who posted it, when, and its comment count (a Blogger feed copy's `Posted by :
    # metalover on :Sabtu, 28 November 2015 With 0komentar`, `Posted by Admin at 10.56 with No comments`).
    r"|posted\s+by\s*:?\s*[^\n]{1,60}?\s(?:on|at)\s*:?\s*[^\n]{1,60}?\swith\s+(?:\d{1,5}|no)\s*(?:komentar|comments?)"
    # ...in Indonesian (WordPress's `Tinggalkan Balasan` over `Alamat email Anda tidak akan dipublikasikan. Ruas yang
    # wajib ditandai *`, Blogger's `Tidak ada komentar:` over `Posting Komentar`).
    r"|tinggalkan\s+(?:balasan|komentar)|tidak\s+ada\s+komentar\s*:?"
    r"|alamat\s+email\s+anda\s+tidak\s+akan\s+dipublikasikan\.?(?:\s*ruas\s+yang\s+wajib\s+ditandai\s*\*?)?"
    # A blog platform's comment box and its loader (Kompasiana's `Beri Komentar` over `Berkomentarlah secara bijaksana dan
    # bertanggung jawab. ...` and `Belum ada komentar. Jadilah ...`, `Mohon tunggu...`), its links to the writer's
    # channel (`Lihat Konten Sosbud Selengkapnya`).
    r"|beri\s+komentar|berkomentarlah\s+secara\s+bijaksana\b.{0,160}|belum\s+ada\s+komentar\b.{0,40}"
    r"|mohon\s+tunggu\s*(?:\.{1,3}|…)|lihat\s+(?:konten\s+)?[^\W\d_]{2,20}\s+selengkapnya"
    # ...its buttons to report the post or its writer (`Laporkan Konten` over `Laporkan Akun`), and a page's button to
    # copy the article or its link (Kompas's `Salin Artikel` over the text, `Salin tautan`).
    r"|laporkan\s+(?:konten|akun)|salin\s+(?:artikel|tautan|link)"
    # ...and a video page's comment box: its button to report a comment and the form's thanks once sent (Kompas's
    # `Laporkan Komentar`, `Terima kasih. Kami sudah menerima laporan Anda. Kami akan menghapus komentar ...`), its link
    # back to the player (`Kembali ke video...`), an ad's close button (`Close Ads`).
    r"|laporkan\s+komentar|terima\s+kasih\.\s+kami\s+(?:sudah|telah)\s+menerima\s+laporan\s+(?:anda|kamu)\.\s+"
    r"kami\s+akan\s+menghapus\s+komentar\b[^\"“”]{0,140}"
    r"|kembali\s+ke\s+video\s*(?:\.{1,3}|…)?|close\s+ads?"
    # A video's note naming the page of the story it retells, its address after it (Kompas TV's `Artikel ini bisa
    # dilihat di : https://www.kompas.tv/talkshow/...`).
    r"|(?:artikel|berita)\s+ini\s+(?:bisa|dapat)\s+(?:dilihat|dibaca)\s+(?:di|pada)\s*:?\s*https?://\S{1,300}"
    # A promotion box's label run into its headline when the page was flattened (Solopos's `PromosiCucok Bun! Belanja
    # Makeup di Tokopedia ...`): no word opens so; spaced, it may be a subheading (`Promosi Pesantren Muhammadiyah`).
    r"|(?-i:Promosi[A-Z]).{5,200}"
    # Blogger's comment box (`No comments:` over `Post a Comment`), its heading on a portal (`Komentar Anda`), the
    # heading of a list of the latest stories (`Berita Terkini`, Kompas TV's `TERBARU`, an Arabic daily's
    # `آخر الأخبار`), an aggregator's link to the story it copied (`Source link`).
    r"|post\s+a\s+comment|komentar\s+(?:anda|kamu)|(?:(?:berita|artikel)\s+)?(?:terkini|terbaru)|source\s+link"
    r"|آخر\s+الأخبار"
    # An Arabic daily's masthead over the text, each office with its holder after a colon (Al-Sharq's `رئيس مجلس
    # الإدارة : د. خالد بن ثاني آل ثاني`, "chairman of the board", `رئيس التحرير: جابر سالم الحرمي`, "editor-in-chief"),
    # and a header's publication date under its label (`تاريخ النشر: 25th, November 2025 GMT`).
    r"|رئيس\s+(?:مجلس\s+الإدارة|التحرير)\s*:\s*[^:!?،]{2,60}|تاريخ\s+النشر\s*:\s*[\w ,/:.-]{4,50}"
    # A blog's call to comment over its comment box (`Komen yuk!!, jangan lupa centang "Also post on Facebook" :)`).
    r"|komen(?:tar)?\s+yuk\b.{0,120}"
    # Blogger's footer, its theme's credit before it (`Theme images by Bim. Powered by Blogger.`), and its post header
    # with the author's name lost (`Diberdayakan oleh Blogger.`, `By On Kamis, November 20, 2025`).
    r"|(?:theme\s+images\s+by\s+[^.]{1,40}\.\s*)?(?:diberdayakan\s+oleh|powered\s+by)\s+blogger\.?|by\s+on\s+[^\W\d_]{3,10},?\s+[\w ,]{4,30}\d{4}"
    # A template's field left unfilled (`{{ article.visit_count }}`), a loader's text (SINDOnews's `loading...`), a
    # text-size switcher's letters (SINDOnews's `A A A`, Tribun's `AA` over `Text Sizes`).
    r"|\{\{[^{}]{1,80}\}\}|loading\s*(?:\.{1,3}|…)?|(?-i:A ?A(?: ?A)?)|text\s+sizes?"
    # ...or its button's label with the word (iNews's `Aa Text`), and a header image's alt text (`header img`).
    r"|(?-i:Aa)\s+text|header\s+(?:img|image)"
    # A comment form's prompts left as text (WordPress's `Please enter your comment!`, `Please enter your name here`).
    r"|please\s+enter\s+(?:your|a\s+valid)\s+(?:comment|name|e-?mail(?:\s+address)?)\b[^.!]{0,20}[.!]?"
    # ...and its note under `Leave a Reply` (`Your email address will not be published. Required fields are marked *`).
    r"|your\s+email\s+address\s+will\s+not\s+be\s+published\.?(?:\s*required\s+fields\s+are\s+marked\s*\*?)?"
    # ...and its spam filter's note under the form (`This site uses Akismet to reduce spam. Learn how your comment data
    # is processed.`, in Indonesian `Situs ini menggunakan Akismet untuk mengurangi spam. ...`).
    r"|(?:this\s+site\s+uses|situs\s+ini\s+menggunakan)\s+akismet\s+(?:to\s+reduce|untuk\s+mengurangi)\s+spam\.?"
    r"(?:\s*(?:learn\s+how\s+your\s+comment\s+data\s+is\s+processed|pelajari\s+bagaimana\s+data\s+komentar\s+anda"
    r"\s+diproses)\.?)?"
    # A copyright's second line alone (SINDOnews's `All Rights Reserved` under `Copyright © 2024 SINDOnews.com`) and the
    # time the server took to make the page, left under it (`berita/ rendering in 0.7333 seconds (0.1#10.140)`).
    r"|all\s+rights\s+reserved\.?|(?:[\w/-]{1,30}\s+)?(?:page\s+)?render(?:ed|ing)\s+in\s+\d+(?:\.\d+)?\s+seconds?\b"
    r"[^.!?]{0,40}"
    # A theme's button over its related box (Bakhtar's `Show More` over `Related Articles`).
    r"|(?:load|show)\s+more|(?:muat|tampilkan)\s+lebih\s+banyak|ikuti\s+kami(?:\s+di)?\s*:?"
    # A cookie banner's line left under the text (Rembangnews's `This website uses cookies.`, `Situs ini menggunakan
    # cookie.`).
    r"|(?:this\s+(?:web)?site\s+uses|(?:situs|website)\s+ini\s+menggunakan)\s+cookies?\s*\.?"
    # A WordPress plugin's lines under the post: the AMP plugin's link off its page (`Exit mobile version`), a
    # plugin's credit (`WP Twitter Auto Publish Powered By : XYZScripts.com`).
    # A WordPress feed's footer on a story copied from it (`The post <headline> appeared first on <site>.`): the
    # headline and the site's name open with a capital (or a script with no case), the site's name ends the line.
    rf"|{_FEED_FOOTER}"
    r"|exit\s+mobile\s+version|(?:[\w-]+\s+){1,6}powered\s+by\s*:?\s*[\w-]+(?:\.[\w-]+)*\.(?:com|net|org)"
    # A blog template's comment link under the post (Blogger's `Posting Komentar`, "post a comment"), a portal's
    # comment form's button (Tribun's `Kirim Komentar`).
    r"|(?:posting|kirim)\s+komentar|post\s+a\s+comment"
    # ...and its thanks under the comment count (Kabar Cianjur's `Terima Kasih atas saran, masukan, dan komentar anda.`):
    # the reader's comment is what it thanks for.
    r"|terima\s+kasih\s+atas\s+[\w ,]{0,60}\bkomentar\s+(?:anda|kamu|mu)\s*[.!]?"
    # A marker between a page's parts (IDN Times's `- Scroll untuk melanjutkan -`, `GULIR UNTUK LANJUT BACA`), a photo's
    # zoom button (Liputan6's `Perbesar`), Bisnis's subscription offer (`Nyaman tanpa iklan. Langganan BisnisPro`) and
    # its note over an AI summary (`* Ringkasan ini dibantu dengan menggunakan AI`).
    # A gallery's image file names left as lines (Media Jatim's `4_20250516_115309_0003`).
    r"|\d+(?:_\d+){2,}|[\w-]{1,60}\.(?:jpe?g|png|webp|gif)"
    r"|https?://\S{1,400}\.(?:jpe?g|png|webp|gif)(?:\?\S{0,200})?"  # an image's address (Kompas.id's over its credit)
    # An e-paper reader's button to open the page in its app, over the excerpt (`Tampilkan di aplikasi`, "show in the
    # app"): a sentence names what it opens.
    r"|(?:tampilkan|buka|baca)\s+di\s+aplikasi\s*[!.»>]{0,3}"
    # A read-more button alone on its line, also in Arabic (`أكمل القراءة »`, `اقرأ المزيد`, Makkah's `لقراءة المزيد`,
    # "to read more"), an AMP page's link to the full one (`View on casablancatoday.com`).
    r"|(?:lihat|tampilkan)\s+selengkapnya\s*[!.»>]{0,3}|(?:أكمل\s+القراءة|[اإأ]قرأ\s+المزيد|لقراءة\s+المزيد)\s*[.»›>…]{0,3}"
    r"|view\s+on\s+[\w-]{2,40}(?:\.[\w-]{2,20}){1,3}"
    # An Arabic aggregator's pointer to the rest on the source's site and its note naming that source (`لقراءة المقال
    # بالكامل، يرجى الضغط على زر "إقرأ على الموقع الرسمي" أدناه`, "to read the whole article, press the button below";
    # `هذا المحتوى مقدم من صحيفة عاجل`, "this content is provided by the Ajel paper").
    r"|لقراءة\s+(?:المقال|الخبر|الموضوع)\s+(?:بالكامل|كاملا|كاملاً)\s*[،,]?.{0,120}"
    r"|هذا\s+المحتوى\s+مقدم\s+من\s+[^.!?]{2,60}"
    # An Arabic daily's call to like its page over the text (Shorouk's `سجّل إعجابك بصفحتنا على فيسبوك لتحصل على المزيد`,
    # "like our page on Facebook to get more").
    r"|سج\u0651?ل\s+إعجابك\s+بصفحتنا\s+على\s+(?:فيسبوك|فيس\s+بوك)[^.!?]{0,60}"
    # An embedded Instagram post's link over it (`View this post on Instagram`).
    r"|(?:view\s+this\s+post\s+on|lihat\s+(?:postingan|kiriman)\s+ini\s+di)\s+instagram\s*\.?"
    # A theme switch's label (RM.id's `Dark/Light Mode`).
    r"|dark\s*/\s*light\s+mode"
    r"|image\s+for\s+(?:large|small)\s+screens(?:\s+image\s+for\s+(?:large|small)\s+screens)?"  # an ad's alt texts
    r"|[-–—]?\s*(?:scroll|gulir)\s+untuk\s+(?:melanjutkan|lanjutkan|lanjut)(?:\s+(?:membaca|baca))?\s*[-–—]?|perbesar"
    # ...or to read the article at all (Suara's AMP: `Scroll untuk membaca artikel` over the writer's name).
    r"|(?:scroll|gulir)\s+untuk\s+(?:membaca|baca)\s+(?:artikel|berita)"
    r"|nyaman\s+tanpa\s+iklan\s*[.!,]?\s*(?:langganan|berlangganan)\b.{0,60}"
    r"|\*?\s*ringkasan\s+ini\s+dibantu\s+(?:dengan\s+)?(?:menggunakan\s+)?(?:ai|kecerdasan\s+buatan)\b\W{0,3}"
    # A reaction widget's heading (`Bagaimana reaksi Anda tentang artikel ini?`, Medcom's `Bagaimana tanggapan anda
    # mengenai artikel ini?`): it asks about the article itself (`Bagaimana reaksi Anda saat mendengar kabar itu?` is an
    # interview's question).
    r"|bagaimana\s+(?:reaksi|perasaan|tanggapan)\s+(?:anda|kamu|mu)\s+(?:tentang|terhadap|mengenai|setelah\s+membaca)\s+"
    r"(?:artikel|berita|tulisan|video|konten)\s+ini\s*\??"
    # An article's player and summary buttons left as text (`Dengarkan artikel`, `Tampilkan Ringkasan Artikel`), CNN's
    # `Add as a preferred source on Google`.
    r"|dengarkan\s+(?:artikel|berita)(?:\s+ini)?|tampilkan\s+ringkasan(?:\s+artikel)?"
    # A theme's button back to the page's top left as text (Jannah's `Back to top button`), a social box's `Follow Us`,
    # a follow button alone (SINDOnews's `Follow` under the text), a disclaimer's heading alone (Retizen's
    # `Disclaimer` over the platform's note).
    r"|disclaimer"
    r"|back\s+to\s+top(?:\s+button)?|kembali\s+ke\s+atas|follow(?:\s+us)?"
    # ...also naming where (a broadcaster's `Follow us on social media:`), over its accounts one platform a line
    # (`Facebook: @tvsarawak , @tvs122`, `TikTok: @tvsarawak, @tvs_entertainment`): a platform's name before handles
    # alone is no sentence.
    r"(?:\s+on\s+(?:social\s+media|our\s+social\s+media(?:\s+platforms)?))?\s*:?"
    r"|(?:facebook|instagram|telegram|tiktok|twitter|x|youtube|threads|whatsapp)\s*:\s*@[\w.]{2,30}"
    r"(?:\s*,\s*@[\w.]{2,30}){0,4}"
    # A box's link to its whole list (`View all ❯`, `Lihat Semua`).
    r"|(?:view|see|lihat)\s+(?:all|semua)\s*[❯›>»→]?"
    r"|add\s+as\s+a\s+preferred\s+source\s+on\s+google"
    # A newsletter box's heading (Haluan Palestin's `LANGGAN NEWSLETTER HALUAN PALESTIN`, `Berlangganan newsletter`).
    r"|(?:langgan(?:an)?|berlangganan|subscribe(?:\s+to)?(?:\s+our)?)\s+(?:newsletter|buletin)\b[^.]{0,60}"
    # An app's store links under its download promo (`Android: https://bit.ly/..`, `iOS: https://apple.co/..`, Kompas's
    # `Download aplikasi: https://kmp.im/app6` and `Membership: https://kmp.im/plus6`), a subscription's offer under its
    # brand (`Kompascom+ baca berita tanpa iklan`), a stray full stop left as a line.
    r"|(?:android|ios|iphone|google\s+play|play\s+store|app\s+store|(?:download|unduh)\s+aplikasi|membership)\s*:?\s*"
    r"https?://\S{1,200}"
    r"|(?:[\w.]{1,30}\+\s*)?baca\s+berita\s+tanpa\s+iklan\b.{0,80}|[.,;:]{1,3}"
    # An app's download banner over the text, each of its parts a line (JPNN's `Close Banner Apps JPNN.com`, `JPNN.com
    # App`, `Aplikasi Berita Terbaru dan Terpopuler`, `Dapatkan di Play Store atau Apps Store`, `Download Apps
    # JPNN.com`), and its close button (`X Close`).
    r"|(?:close\s+banner\s+|download\s+)apps?\s+[\w-]{2,30}(?:\.[a-z]{2,3}){0,2}|[\w-]{2,30}(?:\.[a-z]{2,3}){1,2}\s+apps?"
    r"|aplikasi\s+berita\s+terbaru(?:\s+dan\s+terpopuler)?"
    r"|dapatkan\s+di\s+(?:google\s+)?play\s*store(?:\s+(?:atau|dan|&)\s+apps?\s*store)?|x\s+close"
    # ...as an English site's banner says it under the text (Sarawak Tribune's `Download from Apple Store or Play
    # Store.`), the stores either way round.
    rf"|(?:download|get\s+(?:it|the\s+app))\s+(?:from|on)\s+(?:the\s+)?{_APP_STORE}"
    rf"(?:\s+(?:or|and|&)\s+(?:the\s+)?{_APP_STORE})?\s*[.!]?"
    # ...and a photo viewer's close button left as text (Retizen's `× Image` under the page).
    r"|×\s*(?:image|gambar|foto|close|tutup)?"
    # ...or a banner's, its letter in square brackets (Kontan's `[X]` over `×` under the text).
    r"|\[\s?[xX×]\s?\]"
    # An ad slot's script left as text (`(adsbygoogle = window.adsbygoogle || []).push({});`, `googletag.cmd.push(..)`).
    r"|\(?(?:[\w.]{1,40}\s*=\s*)?(?:window|document|googletag)\.[^\n]{0,160}\)\s*;?"
    # A template's shortcodes left as text where its gallery and player were (TeropongMedia's `[galeri_foto]
    # [youtube_embed]`): names in square brackets, nothing else in the line.
    r"|(?:\[[a-z][a-z0-9]*(?:_[a-z0-9]+)+\]\s*){1,5}"
    # ...or a video plugin's shortcode pair around the address it embeds, the player lost (a Papua portal's
    # `[embedyt] http://www.youtube.com/watch?v=YJbzOqOg7Ms[/embedyt]` under its dateline's paragraph).
    r"|\[[a-z][a-z0-9_]{1,30}\]\s*https?://\S{1,300}?\s*\[/[a-z][a-z0-9_]{1,30}\]"
    # ...also naming what it shares (a blog theme's `Bagikan Berita Ini`), or when (Metro TV's `SHARE NOW`, a regional
    # portal's `share news` over its icons), and the note its copy-link button leaves (Metro TV's `URL Berhasil di
    # Salin`, `URL berhasil dicopy`).
    r"|(?:share|bagikan|share\s+(?:this|article|news|now)|bagikan(?:\s+(?:berita|artikel|postingan|tulisan))?\s+ini"
    r"|sebarkan(?:\s+artikel\s+ini)?"
    # ...in Malay, naming it or how (Carz's `Kongsi Artikel Ini` over its writer's box, `Kongsi melalui` over the icons),
    # and in English naming the article (`Share this article`).
    r"|kongsi(?:\s+(?:artikel|berita)(?:\s+ini)?|\s+melalui)|share\s+this\s+(?:article|story|post))\s*:?"
    r"|(?:url|link|tautan)\s+(?:berhasil|telah|sudah)\s+di[\s-]?(?:copy|salin|kopi)\s*!?"
    # An Arabic site's call to follow it on a social channel, the channel's name after a colon (Iraq Awla's
    # `لتصلك آخر الأخبار تابعنا على قناتنا على تلغرام: العراق أولاً`, "for the latest news follow us on our Telegram
    # channel", and `لمتابعتنا على فيسبوك يرجى الضغط على الرابط التالي: ...`, "to follow us on Facebook, press the
    # following link").
    r"|(?:لتصلك\s+آخر\s+الأخبار\s+)?(?:تابعنا|تابعونا|لمتابعتنا)\s+على\s+(?:(?:قناتنا|صفحتنا|حسابنا)\s+على\s+)?"
    r"(?:تلغرام|تيليجرام|فيسبوك|فيس\s+بوك|تويتر|واتس\s?اب|يوتيوب|إنستغرام|انستغرام)(?:\s[^:.!؟]{1,60})?(?:\s*:\s*[^:.!؟]{1,40})?"
    # ...or through a messaging app's channel, the news named first or not, the link's label closing the line (SANA's
    # `تابعوا آخر الأخبار السياسية والميدانيـة عبر تطبيق تيلغرام على الهواتف الذكية عبر الرابط :`, "follow the latest
    # political and field news through the Telegram app on smartphones via the link:", `تابعونا عبر تطبيق واتس أب :`),
    # and how to subscribe there (`عبر إرسال كلمة اشتراك على الرقم / 0940777186/ بعد تخزينه باسم سانا أو (SANA).`,
    # "by sending the word subscribe to the number ... after saving it under SANA"): a sentence ends with its stop.
    r"|(?:تابعوا|تابعونا|تابعنا)\s(?:[^:.!؟]{0,80}?\s)?عبر\s+تطبيق\s[^:.!؟]{2,80}?\s*:?"
    r"|عبر\s+إرسال\s+كلمة\s+اشتراك\s[^!؟]{0,120}"
    # A breadcrumb's separators left alone when its links' names were lost (Kompas TV's AMP page: `> >` over the
    # headline): marks only, no word.
    r"|[>»›](?:\s*[>»›]){0,5}"
    # An Arabic page's font-size buttons left as a line over the text (Al-Araby's `+ الخط -`, "+ font -", under the
    # date; `حجم الخط`, "font size"): the word between the signs, no sentence.
    r"|\+\s*الخط\s*-|حجم\s+الخط"
    # A blog theme's comment count over its form, the post's title quoted after it (`0 Response to "Menag: Bandara
    # Kertajati Belum Digunakan untuk Embarkasi Haji Tahun Ini"`).
    r"|\d{1,5}\s+(?:responses?|comments?|komentar|tanggapan)\s+(?:to|untuk|pada)\s+[\"“].{1,250}[\"”]"
    # ...also an Arabic page's (`جوجل نيوز`, `تطبيق نبض`, `واتس اب`: Google News, the Nabd app, WhatsApp), and the
    # Google News icon's name left as a word (Al-Wakeel's AMP pages: `gnews` under the text).
    # ...also an old plugin's `Post to` row (`Post to Twitter Post to Google Buzz Post to Delicious Post to Digg ...`).
    r"|(?:(?:share\s+on\s+|post\s+to\s+)?(?:facebook|twitter|x|whatsapp|telegram|e-?mail|linkedin|pinterest|line|vk"
    r"|google\+|google\s+buzz|gnews|delicious|digg|stumbleupon|tumblr|reddit|copy\s+link|print|جوجل\s+نيوز|(?:تطبيق\s+)?نبض|واتس\s?اب|فيسبوك|فيس\s+بوك|تويتر|تيليجرام|تلغرام)"
    r"\s*){1,9})$",
    re.IGNORECASE | re.DOTALL,
)

# Short lines only, looked for in lines of up to `_MAX_SHORT_NOISE` characters: a reading-time label (`5 menit baca`,
# `±5 menit baca`, `4 min read`, after a header's dot: Kompas.id's `· 1 menit baca`, Arabic `قراءة 1 دقيقة` and `4 دقائق
# قراءة`), Arabic pages' ad slot (`مساحة إعلانية`, "advertising space"; `إعلان`) and an embedded video's label (`شاهد
# الفيديو..`, "watch the video"), a theme's ad slot with its image placeholder's name (`- Advertisement -spot_img`), a
# header's clock time left alone on a line (MINA's Arabic `17:15:32`), a story's or an image's number (IQNA's `4202385`,
# `1876871 (1)`), a blog's read-more link, a pirated theme's link injected under copied stories (`قالب وردپرس`, Persian
# for "WordPress theme"), an Arabic page's share label (`شاركها.`, `مشاركة :`), its comments' count, heading and form
# (`31 تعليق`, `التعليقات والاراء`, "comments and opinions", `تعليقات القرّاء`, "readers' comments", `اضافة تعليق`, "add
# a comment", WordPress's `اترك تعليقاً`, "leave a comment", `أرسل تعليقك`, "send your comment"), a closing code's
# brackets with no initials in them, a rating widget's label and count.
_SHORT_NOISE = re.compile(
    r"^(?:(?:[·•]\s*)?(?:±\s*)?\d{1,2}\s*(?:menit|min(?:utes?)?)\s+(?:baca|read)|قراءة\s+\d{1,2}\s+(?:دقيقة|دقائق)"
    r"|\d{1,2}\s+(?:دقيقة|دقائق)\s+قراءة"
    r"|(?:شاركها|مشاركة\s*:)\s*[.:]?|\d{1,5}\s+تعليق(?:ات|ا)?|(?:ال)?تعليقات(?:\s+و\s*(?:ال)?[اآ]راء|\s+(?:ال)?قرّ?اء)?"
    r"|(?:[اأإ]ضافة|[أا]ضف|اترك|[أا]رسل)\s+تعليق(?:اً|ًا|ا|ك)?"
    r"|\(\s*/\s*\)"  # a writer's and an editor's code with both left empty (Detik's video pages: `(/)`)
    # A feed mirror's arrow glyph alone under an item's excerpt (RSSing's `↧` under `... rombongan Gubsu sekira ...`).
    r"|[↧↓⬇⤓]"
    # A mobile edition's link to the desktop page, over the headline and under the text (VOA-Islam's `View Full
    # Version`).
    r"|view\s+full\s+version|(?:lihat|tampilkan)\s+versi\s+desktop"
    r"|(?:مساحة\s+)?إعلان(?:ية)?|شاهد\s+(?:ال|بال)فيديو\s*[.:]{0,3}|قالب\s+وردپرس"
    r"|-?\s*[a-z]{3,15}\s*-\s*spot_img"
    r"|\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*(?:WIB|WITA|WIT))?|\d{6,12}(?:\s*\(\d{1,2}\))?|continue\s+reading\W{0,3}"
    # A machine's timestamp under the headline, the outlet's address before it (Liputan6's feature pages:
    # `Liputan6.com 2021-12-22 00:00:00`).
    r"|(?:[\w-]{2,20}\.(?:com|co\.id|id|net)\s+)?\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2})?"
    # ...or the header's weekday, dashed date and clock on a line of their own (Disway's AMP pages: `Selasa
    # 24-09-2024,22:29 WIB`).
    r"|(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu)\s*,?\s*\d{1,2}-\d{1,2}-\d{4}\s*,?\s*\d{1,2}[:.]\d{2}"
    r"(?:[:.]\d{2})?(?:\s*(?:WIB|WITA|WIT))?"
    # A blog theme's header labels over the text (PosMetro Medan's `News Breaking`, `Breaking News`, `Live`) and an icon
    # font's glyph name left alone on its line (`wb_sunny`): no word of a sentence is in snake case.
    r"|breaking\s+news|news\s+breaking|live|[a-z]{2,12}(?:_[a-z]{2,12}){1,3}"
    # ...and other themes' (Blogger's `Notification` over `Kategori Berita` and `Cari Berita`, Metro TV's `NEWSTICKER`,
    # a WordPress theme's `Connect with us` over `Published` and `on` where its date was): a line of one or two such
    # words is no sentence.
    r"|notifications?|kategori\s+berita|cari\s+berita|news\s?ticker|connect\s+with\s+us|published|on"
    # ...an image's file name in snake case left as its alt text, its source after a dash (a WordPress blog's
    # `airplane_vortex - wikipedia` between the paragraphs).
    r"|[a-z]{2,12}(?:_[a-z0-9]{1,12}){1,3}\s+-\s+[a-z][\w.]{1,20}"
    # A link back to the top of the page (`Ke Atas`, `Back to top`, `Scroll kembali ke atas`), an HTML comment's end
    # left as text (`-->`).
    r"|(?:scroll\s+)?(?:kembali\s+)?ke\s+atas|back\s+to\s+top|-->"
    # A Joomla article's rating widget over the text (VOI's `Rate this item` over `(0 votes)`).
    r"|rate\s+this\s+item|\(\s*\d{1,6}\s+votes?\s*\)"
    # A reading time with its label first, an icon's glyph before it (a WordPress blog's `▒ Lama baca < 1 menit`), and a
    # small site's call to advertise on it between the paragraphs (`Pasang Iklan Anda di sini`).
    r"|(?:[^\w\s]\s*)?(?:lama|waktu)\s+(?:baca|membaca)\s*:?\s*(?:[<>±~]\s*)?\d{1,2}\s*menit"
    r"|pasang\s+iklan(?:\s+anda)?(?:\s+di\s*sini)?\W{0,3}"
    # Pointing hands alone, a link's or an embed's arrow left without it (a news blog's `👇👇` under the last paragraph,
    # over `Sumber: Tribun`).
    r"|[\U0001F446-\U0001F449\u261D\uFE0F](?:\s*[\U0001F446-\U0001F449\u261D\uFE0F]){0,5})$",
    re.IGNORECASE,
)
_MAX_SHORT_NOISE = 40
# A comment form's sum to solve (a WordPress captcha: `seventeen − 16 =`), one side in words, the other in digits;
# looked for only in short lines ending with its equals sign.
_CAPTCHA_SUM = re.compile(r"(?:[a-z]{3,12}(?:[- ][a-z]{3,5})?\s*[−+×-]\s*\d{1,2}|\d{1,2}\s*[−+×-]\s*[a-z]{3,12}"
                          r"(?:[- ][a-z]{3,5})?)\s*=", re.IGNORECASE)

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
    # It may name its title (`Artikel yang berjudul “<headline>” ini telah terbit pertama kali di:`).
    r"(?:(?:versi\s+cetak\s+)?(?:artikel|berita)\s+(?:yang\s+berjudul\s+[\"“][^\"”]{1,200}[\"”]\s+)?ini\s+"
    # ...also first (Murianetwork's `Artikel ini telah lebih dulu tayang di: suaramerdeka.com`), its verb also
    # misspelt with a letter dropped (a Tribun copy's `Artikel ini telah tayng di KOMPAS TV` over related headlines).
    # ...also elsewhere (a columnist's blog over a piece also printed: `Artikel ini juga dimuat di tribun-timur.com dan
    # Tribun Timur edisi cetak.`).
    r"(?:juga\s+)?(?:telah\s+|sudah\s+)?(?:lebih\s+(?:dulu|dahulu)\s+)?"
    r"(?:taya?ng|terbit|dimuat|diterbitkan|naik\s+di)\b.*"
    # An English edition's syndication note names the site (The Jakarta Post's `This article was published in
    # thejakartapost.com with the title ... Click to read: <url>.`).
    r"|this\s+(?:article|story)\s+(?:was|has\s+been)\s+(?:first\s+)?(?:published|posted)\s+(?:in|on)\s+"
    r"(?:www\.)?[\w-]{2,30}\.(?:com|co\.id|id|net)\b.*"
    # A Malay outlet's line of when it ran, a label before its date (Harian Metro's `Artikel ini disiarkan pada :
    # Selasa, 5 Ogos 2025 @ 10:12 AM`).
    r"|(?:artikel|berita)\s+ini\s+disiarkan\s+pada\s*:.{0,80}"
    # ...or the paper its story came from, starred under the text (Astro Awani's `*Berita asal di Sinar Harian`): a
    # capitalised name after it, as a sentence goes on in small letters (`Berita asal di media sosial itu ...`).
    r"|\*?\s*(?:berita|artikel)\s+asal\s+(?:di|dari)\s*:?\s+(?-i:[A-Z])[\w.!-]{1,30}(?:\s+(?-i:[A-Z])[\w.!-]{1,30}){0,3}\s*\.?$"
    # ...or a Malay blog's pointer to more of its copies, its own name after a colon (beautifulnaara 2016: `lagi info
    # di : MALAYSIA TRENDING NOW` under a copied Bernama story): the name capitalised, a sentence goes on in small
    # letters.
    r"|(?:lagi|more)\s+info\s+(?:di|at)\s*:\s*(?-i:[A-Z])[\w.!-]{1,30}(?:\s+(?-i:[A-Z])[\w.!-]{1,30}){0,4}\s*\.?$"
    # A blog platform's note names the site (Kompasiana's `Konten ini telah tayang di Kompasiana.com dengan judul ...`;
    # `Konten ini telah tayang di televisi ...` is a sentence).
    r"|konten\s+ini\s+(?:telah|sudah)\s+tayang\s+di\s+[\w-]{2,30}\.(?:com|co\.id|id|net)\b.*"
    # Detik's network: `Baca artikel detiknews, "<headline>" selengkapnya <url>`; CNN Indonesia's, its name in two words
    # and the headline quoted after it (`Baca artikel CNN Indonesia "<headline>" selengkapnya di sini: <url>`).
    r"|(?:baca|simak)\s+(?:artikel|berita)\s+[\w.]{2,30}(?:\s*,|\s+[\w.]{2,30}\s+(?=[\"“])).{0,250}?\bselengkapnya\b"
    r"\s*(?:di\s*sini\s*:?\s*)?(?:https?://\S{1,300})?\s*\.?"
    # A blog copy's pointer to the rest at its source, the headline then the address, a share button's label run into
    # it (`Baca Kelanjutan Kemlu Bungkam Soal Pesan Marah Menlu RI ke Australia : https://ift.tt/2CpNPY3Bagikan
    # Berita Ini`); the colon and the address after it make it a link, not a sentence (`Baca kelanjutan kisahnya pekan
    # depan.`).
    r"|baca\s+(?:kelanjutan(?:nya)?|lanjutan(?:nya)?)\s+[^:\n]{2,250}?\s*:\s*https?://\S{1,300}"
    r"(?:\s*bagikan\s+(?:berita|artikel)\s+ini)?\s*\.?"
    r"|(?:simak|saksikan|tonton|lihat)\s+(?:juga\s+)?(?:video|foto|infografis)\b.{0,160}"
    # ...in English, the video's title quoted and `here` closing it (a detik English copy's `Watch the video “Military
    # Denies Members Were Provocateurs in Chaotic Demo: That’s a False Narrative!” here:`).
    r"|watch\s+(?:also\s+)?(?:the\s+)?video\s+[\"“][^\"”]{1,200}[\"”]\s+(?:here|below)\s*:?"
    # ...also pointing at the whole broadcast (Liputan6's TV segments: `Saksikan tayangan video selengkapnya dalam tautan
    # ini.`).
    r"|(?:simak|saksikan|tonton)\s+tayangan\s+(?:video\s+)?selengkapnya\b.{0,60}"
    # ...or only the video's title, quoted and closed by a colon, over its player (detik's `Simak Juga 'Pilpres 2019
    # Sudah Final, Saatnya Jokowi-Prabowo Berangkulan':` over `[Gambas:Video 20detik]`); words after the colon make a
    # sentence of it.
    r"|(?:simak|saksikan|tonton|lihat)\s+juga\s+['‘\"“][^'’\"”]{1,160}['’\"”]\s*:\s*$"
    # An outlet's pledge and its call for support (Kompas 2025: `KOMPAS.com berkomitmen memberikan fakta jernih, ...
    # Dukung keberlanjutan jurnalisme ...`, `Dalam segala situasi, KOMPAS.com berkomitmen ... Kirimkan Apresiasi
    # Spesial ...`): the outlet's address is its subject, a call follows; the call alone on its line after it
    # (`Gabung KOMPAS.com Plus sekarang`, `Berikan apresiasi sekarang`).
    r"|(?:dalam\s+segala\s+situasi\s*,\s*)?[\w-]{2,30}\.(?:com|co\.id|id)\s+berkomitmen\s+(?:memberikan|menyajikan)\b"
    r"[^.]{0,120}\.\s*(?:dukung|kirimkan|gabung|berikan)\b.{0,200}"
    r"|(?:gabung\s+[\w.-]{2,30}(?:\s+plus)?|berikan\s+apresiasi)\s+sekarang\s*!?"
    # A figure's caption under its label when the page was flattened (Kompas's `Lihat Foto <caption> (<credit>)`).
    r"|lihat\s+foto\s.{10,360}\([^()]{2,80}\)"
    r"|(?:saksikan|tonton)\s+(?:juga\s+)?live\b[^.:]{0,40}:"  # a live show's lead-in (`Saksikan Live DetikPagi :`)
    # A call whose object is the outlet's app or channel (`Download Apps Detikcom Sekarang ..`, `Download IDN App
    # Sekarang!`, `Gabung ke Channel WhatsApp Kompas.com untuk ..`, `Ikuti Whatsapp Channel Republika`): the medium
    # follows the call, at most a name between them; a comma and a clause after it make a sentence (`Bergabung
    # dengan grup WhatsApp itu, korban diminta ..`), and so does an object that is not the medium (`Ikuti pelatihan
    # ini melalui aplikasi Zoom.`).
    # An app's promo names the news it brings (`Unduh aplikasi MyPertamina di Play Store.` is a how-to's step).
    r"|(?:dapatkan|ikuti|gabung|bergabung|download|unduh)(?:\s+(?:ke|di|dengan))?(?:\s+(?-i:[A-Z])[\w.+-]*){0,3}"
    r"\s+(?:(?:telegram|whatsapp|google\s+news|channel|saluran|kanal)\b"
    r"|(?:aplikasi|apps?)\b(?=.{0,120}?\b(?:berita|news|sekarang|terkini|terbaru)\b))(?![^,]*,\s*(?-i:[a-z])).{0,200}"
    # ...or the outlet's news to get there (`Dapatkan Informasi lain dari Tribunnews.com via saluran Whatsapp`,
    # `Dapatkan update berita pilihan ... dari Kompas.com. Mari bergabung di Grup Telegram ..`), with no clause after
    # it (`Dapatkan informasi jadwal melalui aplikasi KRL Access, kata dia.`) but the steps to join (`caranya klik
    # link Telegram JatimTIMES, kemudian join.`).
    # ...or quick access to it there (Katadata's `Dapatkan akses cepat ke berita terkini dan data berharga dari WhatsApp
    # Channel Katadata.co.id`).
    # The call may take `juga`, "also" (a paper's `Dapatkan juga update berita pilihan dan breaking news setiap hari dari
    # RM.id. Mari bergabung di Grup Telegram ...`).
    r"|dapatkan\s+(?:juga\s+)?(?:update|informasi|info|berita|kabar|artikel|notifikasi|akses)\b[^,]{0,120}?"
    r"\b(?:telegram|whatsapp|google\s+news|aplikasi|apps?|channel|saluran)\b"
    r"(?![^.]*,\s*(?!caranya\b|kemudian\s+(?:join|gabung|bergabung)\b)(?-i:[a-z])).{0,200}"
    # Follow or join the outlet's channel (Liputan6's `Follow Official WhatsApp Channel Liputan6.com untuk ...`,
    # KompasTekno's `Mari bergabung di kanal WhatsApp ...`), follow the outlet for its news (IDN Times's `Follow IDN
    # Times untuk mendapatkan informasi terkini.`, BeritaSatu's `Ikuti terus berita terhangat dari Beritasatu.com`):
    # a comma after them is a sentence's (`Ikuti berita terkini dari kompas.com, kata guru itu.`).
    # The call may follow one to read the outlet's content on the phone (Kompasiana's `Baca konten-konten menarik
    # Kompasiana langsung dari smartphone kamu. Follow channel WhatsApp Kompasiana sekarang di sini: <link>`).
    r"|(?:(?:baca|simak|nikmati)\b[^.!?]{0,120}[.!]\s*)?"
    r"(?:follow\s+(?:official\s+)?|mari\s+(?:ber)?gabung\s+(?:di|ke|dengan)\s+)(?:kanal|channel|saluran|grup\s+)?"
    r"\s*(?:whatsapp|telegram)\b.{0,200}"
    r"|follow\s+(?:[\w.]+\s+){1,3}untuk\s+(?:mendapatkan|dapatkan)\s+(?:informasi|berita|update)\s+terkini\b[^,]{0,80}"
    # An outlet's banner for its own news product, `only at` naming it (Tribunnews's `Nikmati berita interaktif dan LIVE
    # report 24 jam hanya di TribunX`); a clause after it makes a sentence.
    r"|nikmati\s+(?:berita|update|info|informasi|liputan)\b[^,.!?]{0,80}?\s+hanya\s+di\s+(?-i:[A-Z])[\w.-]{1,30}\s*[.!]?"
    r"|ikuti\s+(?:terus\s+)?(?:berita|update|info)\b.{0,60}\bdari\s+[\w-]{2,30}\.(?:com|co\.id|id|net)\b[^,]{0,120}"
    r"|simak\b.{0,120}\b(?:telegram|whatsapp)\b.{0,200}"  # `Simak ... berita pilihan ... langsung dari WhatsApp-mu!`
    # ...or follow its news through its group there (WahanaNews's `Ikuti update berita pilihan dan breaking news
    # WahanaNews.co lewat Grup Telegram "..." dengan install aplikasi Telegram di ponsel, klik <link>, lalu join.`).
    r"|ikuti\s+(?:update|berita|info)\b[^,]{0,120}?\b(?:lewat|via|di|melalui)\s+(?:grup|channel|saluran|kanal)\s+"
    r"(?:telegram|whatsapp)\b.{0,200}"
    # Malay outlets' calls to follow them and get their app (Majoriti's `Boleh follow media sosial Majoriti di Twitter,
    # Facebook, Instagram dan Telegram`, Kosmo's `Tidak mahu terlepas? Ikuti kami di`, Sinar Harian's `Muat turun
    # aplikasi Sinar Harian. Klik di sini!`): the outlet's accounts or app are their object.
    r"|boleh\s+follow\s+(?:media\s+sosial|akaun)\b[^.!?]{0,120}"
    r"|tidak\s+mahu\s+terlepas\s*\?\s*(?:ikuti|follow)\s+kami\b[^.!?]{0,60}"
    r"|muat\s+turun\s+aplikasi\s+(?-i:[A-Z])[\w.! -]{1,40}[.!]?(?:\s*klik\s+di\s+sini\s*!?)?"
    # ...or find the outlet's news there (Disway's `Temukan Berita Terkini kami di WhatsApp Channel`), and a channel
    # box's heading naming the outlet's news there for the reader (Katadata's `Berita Katadata.co.id di WhatsApp
    # Anda`): the channel ends the line (`Temukan berita itu di WhatsApp, lalu laporkan ke polisi.` is a sentence).
    r"|temukan\s+(?:berita|update|informasi|artikel)\b[^,.]{0,60}\bdi\s+(?:whatsapp|telegram)"
    r"(?:\s+(?:channel|saluran))?\s*[.!]?"
    r"|berita\s+[\w-]{2,30}\.(?:com|co\.id|id|net)\s+di\s+(?:whatsapp|telegram)\s+(?:anda|kamu)\s*[.!]?"
    # ...or its call to be the first to get the outlet's news, the reader's channel closing it (BBC News Indonesia's
    # `Jadilah yang pertama mendapatkan berita, investigasi dan liputan mendalam dari BBC News Indonesia, langsung di
    # WhatsApp Anda.`).
    r"|jadilah\s+yang\s+pertama\s+(?:mendapatkan|mengetahui|membaca)\b.{0,160}\bdi\s+(?:whatsapp|telegram)\s+"
    r"(?:anda|kamu)\s*[.!]?"
    # ...or the box's heading broken over its lines, its button's words under it (Tribun's `Dapatkan Berita Pilihan`
    # over `di WhatsApp Anda` and `Baca WhatsApp Tribunnews`).
    r"|dapatkan\s+berita\s+pilihan|di\s+(?:whatsapp|telegram)\s+(?:anda|kamu)"
    r"|baca\s+(?:whatsapp|telegram)\s+[\w.-]{2,30}"
    # The channel's link and the app it needs (TIMES Indonesia's `Klik 👉 Channel TIMES Indonesia`, `Pastikan
    # WhatsApp kamu sudah terpasang.`, Kompas's `Anda harus install aplikasi Telegram terlebih dulu di ponsel.`).
    r"|klik[\s\W]{0,8}(?:channel|saluran)\b.{0,60}"
    r"|(?:pastikan|anda\s+harus|kamu\s+harus)\b(?=.{0,80}\b(?:terpasang|install|instal|unduh|download)\b)"
    r".{0,40}\b(?:whatsapp|telegram)\b.{0,60}"
    # A licence notice (ANTARA's since 2025, and other sites' under the same words): `Dilarang keras mengambil
    # konten, melakukan crawling atau pengindeksan otomatis untuk AI di situs web ini tanpa izin tertulis dari ...`.
    r"|dilarang\s+keras\s+mengambil\s+konten\b.{0,250}"
    # A comment contest's call and its terms (Kompas's `Tulis komentarmu dengan tagar #JernihBerkomentar dan menangkan
    # e-voucher untuk 90 pemenang!`, `Syarat & KetentuanSegera lengkapi data dirimu untuk ikutan program #...`).
    r"|tulis\s+komentar(?:mu|\s+(?:anda|kamu))\b[^.!?]{0,60}#\w{2,40}.{0,120}"
    r"|syarat\s*&\s*ketentuan\s*segera\s+lengkapi\b[^.!?]{0,100}#\w{2,40}\W{0,3}"
    # ...and a network's note against reposting its articles (Metropolitan's `Dilarang mengambil dan/atau menayangkan
    # ulang sebagian atau keseluruhan artikel di atas untuk konten akun media sosial komersil tanpa seizin redaksi.`):
    # the article is its object, the editors' leave its condition (`Warga dilarang mengambil pasir tanpa izin.` is a
    # sentence).
    r"|dilarang\s+mengambil\b[^.]{0,80}\b(?:artikel|konten|berita)\b[^.]{0,160}\btanpa\s+(?:izin|seizin)\b.{0,80}"
    # ...and its opposite, a free licence (InfoPublik's `Anda dapat menyiarkan ulang, menulis ulang, dan atau menyalin
    # konten ini dengan mencantumkan sumber InfoPublik.id`).
    r"|anda\s+dapat\s+menyiarkan\s+ulang\b.{0,250}"
    # ...or the heading over the story's topic links, a call to read more stories pointing below (Bisnis's AMP pages:
    # `Simak berita lainnya seputar topik di bawah ini:` over the tags, the editor's line after them); the list below
    # and the colon make it a heading (`Baca berita lainnya tentang banjir kemarin.` points nowhere).
    r"|(?:simak|baca|cek|lihat)\s+(?:juga\s+)?(?:berita|artikel)\s+(?:lainnya|lain|terkait)\b[^.:]{0,60}"
    r"\bdi\s+bawah\s+ini\s*:"
    r"|(?:simak|dapatkan|ikuti)\s+(?:breaking\s+news|berita|update|info)\b[^.]{0,80}\blangsung\s+di\s+ponsel"
    r"(?:mu|\s+anda)?\b.{0,300}"
    # ...or to listen to the story's audio (a radio's round-up: `Dengarkan Audio Podcastnya di sini.` under its items).
    r"|(?:baca|simak|klik|cek|dengarkan)\b.{0,60}\b(?:selengkapnya|di\s+sini|disini)\b.{0,80}"
    # ...or to follow a running story on its topic's page, the link's "here" closing the line (detik's 2019 election
    # pages: `Ikuti perkembangan Pemilu 2019 hanya di sini.` over the writer's code); more words after it make a
    # sentence (`Ikuti perkembangan kasus ini di sini, kata dia.`).
    r"|ikuti\s+(?:terus\s+)?perkembangan\b[^.,!?]{1,80}?\s+(?:hanya\s+)?di\s*sini\s*[.!]?"
    # ...or to see the link's picture or video (ANTARA Riau's `Lihat link fotonya disini` between paragraphs about the
    # photo): the link's word makes it a pointer, not a sentence's `lihat` (`Lihat saja di sini, semua sudah rusak.`).
    r"|lihat\s+(?:link|tautan)\s+(?:foto|video|gambar)(?:nya)?\s+(?:di\s+sini|disini)\s*[.!:]?"
    r"|selengkapnya\b.{0,40}\b(?:di\s+sini|disini)\b.{0,40}"
    # ...or the story's word before it, no call (Kompas's round-ups: `Berita selengkapnya di sini.` under each item's
    # summary, `Baca berita selengkapnya di sini.` in others).
    r"|(?:berita|artikel)\s+selengkapnya\s+(?:bisa\s+dibaca\s+)?(?:di\s*sini|klik\s+di\s*sini)\s*[.!]?"
    # ...or the pointer's word alone before its ellipsis, the link it was (Liputan6's round-ups: `Selengkapnya...` under
    # each story's excerpt; five dots in 2015's: `Selengkapnya.....`).
    r"|selengkapnya\s*(?:\.{2,6}|…)"
    # ...or before the link's place, the link lost (Liputan6's AMP pages: `Selengkapnya di` under the teaser's last
    # paragraph, the outlet's logo its link).
    r"|selengkapnya\s+di\s*[.:…]?"
    # A social post's pointer to the story, the link in the account's bio (kumparan's `Simak selengkapnya dengan klik
    # link di bio, atau download aplikasi kumparan di App Store dan Google Play.`).
    r"|(?:baca|simak)\s+selengkapnya\b[^.]{0,40}\blink\s+di\s+bio\b.{0,160}"
    r"|selengkapnya\s*:\s*(?:https?://|www\.)\S{1,300}"  # a link to the whole story (`Selengkapnya : http://...`)
    r"|\[gambas:[^\]]{1,80}\]"
    # A blog's read-more link naming its post (WordPress's `Continue reading “<title>”`), the excerpt above it.
    r"|continue\s+reading\s*[“\"][^”\"]{1,200}[”\"]\s*(?:→|»)?"
    r"|sila\s+log\s+masuk\b.{0,80}"  # a Malaysian paywall's line (Utusan's `Sila Log Masuk atau Langgan ...`)
    r"|baca\s+berita\s+tanpa\s+iklan\b.{0,80}|scroll\s+ke\s+bawah\s+untuk\s+melanjutkan\s+membaca"
    # ...also politely, the readers called by the site's name for them, for the rest of the article (Bola.net's
    # `Silakan scroll ke bawah ya Bolaneters untuk mendapatkan artikel selengkapnya.`).
    r"|(?:silakan\s+)?scroll\s+ke\s+bawah\b[^.!?]{0,40}\buntuk\s+(?:mendapatkan|membaca|melanjutkan)\s+"
    r"(?:artikel|berita)(?:\s+(?:selengkapnya|lengkapnya))?\s*[.!]?"
    # A fact-check desk's call to send it a rumour by WhatsApp (Liputan6's `* Untuk mengetahui kebenaran informasi yang
    # beredar, silakan WhatsApp ke nomor 0811 9787 670 ...`, also after `Fakta atau Hoaks?`).
    r"|\*?\s*(?:fakta\s+atau\s+hoa(?:ks|x)\s*\?\s*)?untuk\s+mengetahui\s+kebenaran\s+informasi\b[^.]{0,80}"
    r"\b(?:whatsapp|wa)\b.{0,160}"
    # An English edition's call to follow it, Google News named or not (a copy of Tempo English's `Click here to get
    # the latest news updates from <outlet>`).
    r"|click\s+here\s+to\s+get\s+the\s+latest\s+news\s+updates?\s+from\b.{0,80}"
    # A column's call for writers (Kompas's `Anda bisa menjadi kolumnis !` over `Kriteria (salah satu): akademisi, ...
    # Cara daftar baca di sini`): the call, and its terms closed by the way to sign up.
    r"|anda\s+bisa\s+menjadi\s+kolumnis\s*!?"
    r"|kriteria\s*\(\s*salah\s+satu\s*\)\s*:.{10,360}?\bcara\s+daftar\b.{0,30}"
    # An investment desk's disclaimer (Liputan6's `Disclaimer: Setiap keputusan investasi ada di tangan pembaca. ...`).
    r"|disclaimer\s*:.{10,380}|(?:setiap\s+)?keputusan\s+investasi\s+(?:ada\s+)?di\s+tangan\s+pembaca\b.{0,300}"
    # An aggregator's link to the outlet's own copy (LINE Today's `Artikel Asli`, `Baca artikel aslinya di ...`).
    r"|(?:(?:baca|lihat)\s+)?artikel\s+asli(?:nya)?(?:\s+di\s+[\w.-]{2,40})?\W{0,3}"
    r"|\*?\s*isi\s+(?:artikel|tulisan)\s+(?:ini\s+)?(?:merupakan\s+|menjadi\s+|adalah\s+)?tanggung\s*jawab\b.{0,80}"
    # A blog platform's disclaimer and its call to write (Kompasiana's `Kompasiana adalah platform blog. Konten ini
    # menjadi tanggung jawab bloger dan tidak mewakili pandangan redaksi Kompas.`, `Tulis opini Anda seputar isu
    # terkini di Kompasiana.com`): the content is its writer's charge (`Konten ini menjadi tanggung jawab pemerintah
    # daerah.` is a sentence).
    r"|(?:[\w.-]{2,30}\s+adalah\s+platform\s+[\w ]{2,40}\.\s*)?konten\s+ini\s+(?:sepenuhnya\s+)?"
    r"(?:merupakan\s+|menjadi\s+)?tanggung\s*jawab\s+(?:penulis|bloger|blogger|kontributor|pengirim|kreator)\b.{0,160}"
    # ...or naming its writers, who answer for what they post (Republika's `Retizen adalah Blog Republika Netizen untuk
    # menyampaikan gagasan, ... Semua pengisi Blog Retizen atau Retizener bertanggung jawab penuh atas isi, foto, ...`),
    # under its heading alone (`Disclaimer`).
    r"|[\w.-]{2,30}\s+adalah\s+(?:platform\s+)?blog\b[^.]{0,120}\.\s*[^.]{0,120}\bbertanggung\s*jawab\s+(?:penuh\s+)?"
    r"atas\s+(?:isi|konten|tulisan)\b.{0,600}"
    # A portal's call to sign up for its news, closed by the link to do it (SINDOnews's `Dapatkan berita terkini dan
    # kejutan menarik dari SINDOnews.com, Klik Disini untuk mendaftarkan diri anda sekarang juga!`).
    r"|dapatkan\s+berita\b(?:[^.!?]|\.(?=\w)){0,100}?\bklik\s+di\s?sini\s+untuk\s+mendaftar(?:kan\s+diri)?\b"
    r"[^.!?]{0,40}[.!]?"
    r"|tulis\s+(?:opini|artikel|tulisan)\s+(?:anda|kamu|mu)\b.{0,40}\bdi\s+[\w-]{2,30}\.(?:com|co\.id|id|net)\b\W{0,3}"
    # A newsletter's box between paragraphs (Kompas's `Terima kasih telah membaca Kompas.com.`, `Dapatkan informasi,
    # inspirasi dan insight di email kamu.`, `Daftarkan email`): the thanks name the outlet by its domain, the offer
    # of news ends at the reader's mailbox (`Terima kasih telah membaca buku ini, kata ...` is a sentence).
    r"|terima\s+kasih\s+(?:telah|sudah)\s+membaca\s+[\w-]{2,30}\.(?:com|co\.id|id|net)\b.{0,80}"
    r"|(?:dapatkan|terima)\s+(?:informasi|info|berita|update|artikel|kabar|newsletter)\b.{0,80}"
    r"\b(?:di|ke|lewat|via)\s+(?:e-?mail|inbox)\s*(?:kamu|anda|mu)\s*[.!]?"
    r"|daftarkan\s+e-?mail\s*(?:kamu|anda|mu)?\s*\.?"
    # A call to buy the outlet's books or magazines under the text (Republika's `Yuk koleksi buku bacaan berkualitas
    # dari buku Republika ...` over its ads): the call opens it (`Koleksi buku itu disimpan di perpustakaan.` is a
    # sentence).
    r"|(?:ayo|yuk)[\s,]+(?:koleksi|beli|pesan|miliki)\s+(?:buku|majalah|tabloid|e-?book)\b.{0,80}"
    # Kompas's offer of its updates alone on its line (`Dapatkan update berita pilihan dan breaking news setiap hari dari
    # Kompas.com.`): they come from the outlet's domain.
    r"|dapatkan\s+update\s+berita\b[^,]{0,100}\bdari\s+[\w-]{2,30}\.(?:com|co\.id|id|net)\b\W{0,3}"
    # A print title's subscription offer at its online shop (GridOto's `Sobat bisa berlangganan Tabloid OTOMOTIF lewat
    # www.GridStore.id.`): the shop's domain closes it (`Warga bisa berlangganan koran lewat agen.` is a sentence).
    r"|(?:(?:sobat|anda|kamu|pembaca)\s+(?:juga\s+)?(?:bisa|dapat)\s+)?berlangganan\s+(?:tabloid|majalah|koran|harian"
    r"|e-?paper|edisi\s+digital|versi\s+digital)\b.{0,80}?\b(?:lewat|di|melalui|via)\s+(?:https?://)?(?:www\.)?"
    r"[\w-]{2,30}\.(?:com|co\.id|id|net)\b\W{0,3}"
    r"|baca\s+(?:artikel|berita)\b.{0,80}\blainnya\s+di\s+[\w-]{2,30}\.(?:com|co\.id|id|net)\b.{0,80}"
    r"|baca\s+(?:artikel|berita)\b.{0,60}\blainnya\s+di\s+(?:[\w-]{2,20}\s+){0,2}(?:app|apps|aplikasi)\b\W{0,3}"  # IDN's
    # A lifestyle desk's sign-off (Cantika's `Jika kamu menyukai artikel di atas, cek barang lainnya di Shopee.`, `Halo
    # Sahabat Cantika, Yuk Update Informasi Terkini ... di Instagram dan TikTok Cantika.`).
    r"|(?:jika|kalau)\s+(?:kamu|anda)\s+(?:menyukai|suka)\s+artikel\s+(?:di\s+atas|ini)\b.{0,120}"
    # A call for readers' videos, the readers greeted by the outlet's name and sent to its newsroom's address (Medcom's
    # `Hai, Sobat Medcom.id! Kalau kamu punya video peristiwa menarik bisa mengirimkannya ke redaksi@medcom.id.`).
    r"|(?:halo|hai)\s*,?\s+[\w .]{2,30}!\s*(?:kalau|jika)\s+(?:kamu|anda)\s+(?:punya|memiliki)\s+(?:video|foto)\b"
    r"[^!?]{0,120}?\bke\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*[.!]?"
    # ...the follow call under it run into its line, its place on the next (Medcom's video pages: `... ke
    # redaksi@medcom.id Cek Berita dan Artikel yang lain di` over `Google News`).
    r"(?:\s*cek\s+(?:berita|artikel)\b[^.,!?]{0,60}\sdi(?:\s+google\s+news)?\s*[.!]?)?"
    # A TV channel's call to subscribe to it on YouTube under a video's text, the reason first (Kompas TV's `Agar tidak
    # ketinggalan berita-berita terkini, terlengkap, ... Yuk, subscribe channel YouTube Kompas TV!`), and to switch its
    # bell on (`Aktifkan juga lonceng supaya kamu dapat notifikasi video terbaru dari Kompas TV. ...`).
    r"|agar\s+(?:tidak|tak|gak|nggak)\s+ketinggalan\b[^!?]{0,200}?\b(?:yuk|ayo)\s*,?\s+subscribe\s+(?:channel|kanal)\s+"
    r"youtube\b[^!?.]{0,40}[!.]?"
    r"|aktifkan\s+(?:juga\s+)?lonceng(?:nya)?\s+(?:supaya|agar|biar|untuk)\b.{0,300}"
    r"|(?:halo|hai)\s+[\w ]{2,30},\s*(?:yuk|ayo)\b[^,]{0,200}\b(?:instagram|tiktok|whatsapp|telegram|youtube"
    r"|google\s+news)\b[^,]{0,60}"
    # ...and a pointer to the rest in print (`_PRINT_SEQUEL`), its bracketed part also on a line of its own.
    rf"|{_PRINT_SEQUEL}|baca\s+selengkapnya\s+di\s+(?:koran|harian|surat\s+kabar|tabloid|majalah)\b[^()]{{0,100}}"
    # ...or a Malay paper's call to buy the print copy for the rest (Harian Metro's `Dapatkan akhbar Harian Metro untuk
    # berita selanjutnya.`).
    r"|dapatkan\s+(?:akhbar|naskhah|edisi\s+cetak)\s+[^.!?]{2,40}?\s+untuk\s+(?:berita|laporan|maklumat)\s+"
    r"(?:selanjutnya|lanjut|lanjutnya|lengkap|penuh)\s*[.!]?"
    # A portal's note under its comment form on who answers for a comment (Tribun's `Isi komentar sepenuhnya adalah
    # tanggung jawab pengguna dan diatur dalam UU ITE.`) and WordPress's link to comment (`Klik untuk berkomentar`), in
    # English too (a news theme's `Click to comment` over `You must be logged in to post a comment Login`, the form's
    # notice to a reader not signed in, its link's label run into it).
    r"|isi\s+komentar\s+sepenuhnya\s+(?:adalah\s+|menjadi\s+)?tanggung\s+jawab\s+pengguna\b[^!?]{0,80}"
    r"|klik\s+untuk\s+berkomentar|click\s+(?:here\s+)?to\s+comment"
    r"|you\s+must\s+be\s+logged\s+in\s+to\s+post\s+a\s+comment\.?(?:\s*log\s?in)?"
    # ...and in Indonesian, the purpose first or last (a portal's `Untuk membuat komentar silahkan login terlebih
    # dahulu` under `0 Komentar`).
    r"|untuk\s+(?:membuat|menulis|memberi(?:kan)?|mengirim(?:kan)?)\s+komentar\s*,?\s*(?:sila(?:h)?kan|harap|anda\s+harus)"
    r"\s+(?:login|log\s+in|masuk)\b(?:\s+(?:terlebih\s+)?dahulu)?\s*[.!]?"
    r"|sila(?:h)?kan\s+(?:login|log\s+in|masuk)\s+(?:(?:terlebih\s+)?dahulu\s+)?untuk\s+(?:membuat|menulis|memberi(?:kan)?"
    r"|mengirim(?:kan)?)\s+komentar\s*[.!]?)\)?$",
    re.IGNORECASE | re.DOTALL,
)
_MAX_PROMO_CHARS = 400
_MAX_PLATFORM_NOTE = 800  # a blog platform's note on who answers for its posts may run longer (`_PROMO`)
# A note that the page's other languages are machine translations (VOI's `The English, Chinese, Japanese, Arabic, and
# French versions are automatically generated by the AI. So there may still be inaccuracies in translating, ...`).
_MACHINE_TRANSLATION_NOTE = re.compile(
    r"(?:the\s+)?[\w ,]{2,80}?\bversions?\s+(?:are|is)\s+(?:automatically\s+)?(?:generated|translated)\s+by\s+"
    r"(?:the\s+)?(?:AI|machine|artificial\s+intelligence)\b.{0,300}", re.IGNORECASE | re.DOTALL)
# A donation box closed by its call and link (Kompas 2025: `Ulurkan tanganmu membantu korban banjir di Aceh, ...
# Salurkan donasi kamu sekarang dengan klik di sini`): the call to give ends the block at its link's words.
_DONATION_CALL = re.compile(r"\b(?:salurkan|kirim(?:kan)?|berikan|sampaikan)\s+donasi\b[^.!?]{0,60}\bklik\s+di\s*sini[.!]?$",
                            re.IGNORECASE)
_DONATION_ENDS = ("sini", "sini.", "sini!", "Sini", "SINI")
_DONATION_REACH = 100
# A contributor's credit under the text (Tempo's `Putri Az zahra Suherman contributed to this article`); its name opens
# it, so it is looked for only in lines with its last words.
_CONTRIBUTOR_LINE = re.compile(r"[^\W\d_][\w.'’ -]{2,80}\s+(?:contributed\s+to\s+this\s+(?:article|report|story)"
                               r"|berkontribusi\s+dalam\s+(?:penulisan\s+)?(?:artikel|tulisan|berita)\s+ini)\.?",
                               re.IGNORECASE)
_CONTRIBUTOR_ENDS = tuple(f"{words}{stop}" for words in ("this article", "this report", "this story", "artikel ini",
                                                         "tulisan ini", "berita ini") for stop in ("", "."))

# An ending glued to the last sentence in one block (text scraped without its breaks): `... Kota Serang.Artikel ini
# telah tayang di ...`, `... sambungnya.Baca artikel detiknews, ...`, `...-nagrog.Penulis: Nappisah | Editor: ...`,
# Kompas's `... Kita nantikan saja. Dapatkan update berita pilihan ...`, Republika's `... ujar dia.Ikuti Whatsapp
# Channel Republika`, a wire's `... he said. (Reporting by ...; Editing by ...)`, ANTARA English's `... and others. (*)
# Reporting by <name>`. Where one of them may start: after a sentence's end (or a title's comma), at an opening only
# endings have; a reprint note capitalised as its own sentence also after a word (`... tuan rumah melongo Artikel ini
# telah tayang di ...`), a channel promo capitalised right after a word (`... di IndonesiaIkuti Whatsapp Channel
# Republika`), a subscription's offer run into the editor's name (`Editor : <name>Kompascom+ baca berita tanpa
# iklan`), CNN Indonesia's copy trailer (`... tersebut. Baca artikel CNN Indonesia "<headline>" selengkapnya di sini:
# <url>`), Kompas's pledge (`... tutur Pujo. KOMPAS.com berkomitmen memberikan ...`). The cut holds when every piece
# from there on is an ending.
_GLUED_ENDING = re.compile(
    r"(?:^|(?<=[.!?\"”)\],…])|(?<=\w)(?=\s+(?-i:Artikel|Berita)\s+ini\s+(?:telah|sudah)\s+tayang\b)"
    r"|(?<=[a-z])(?=(?-i:Ikuti)\s+(?:whatsapp|telegram)\s)"
    r"|(?<=[a-z])(?=(?-i:[A-Z])[\w.]{1,30}\+\s*baca\s+berita\s+tanpa\s+iklan\b))\s*"
    r"(?=(?:artikel|berita)\s+ini\s+(?:telah|sudah)\s+(?:tayang|terbit|dimuat|diterbitkan)\b"
    r"|baca\s+artikel\s+[\w.]{2,30}(?:\s*,|\s+[\w.]{2,30}\s+[\"“])|dapatkan\s+update\s+berita\b|download\s+apps?\b"
    r"|this\s+article\s+was\s+published\s+in\s|download\s+the\s+(?:[\w.]{2,20}\s+){1,3}app\b"
    # (a pledge's opening clause goes with it: no cut after its comma)
    r"|(?:dalam\s+segala\s+situasi\s*,\s*|(?<!,\s)(?<!,))[\w-]{2,30}\.(?:com|co\.id|id)\s+berkomitmen\s+"
    r"(?:memberikan|menyajikan)\b"
    r"|(?:simak|saksikan)\s+(?:juga\s+)?video\b|simak\s+breaking\s+news\b|[\w.]{1,30}\+\s*baca\s+berita\s+tanpa\s+iklan\b"
    r"|tulis\s+komentar(?:mu|\s+(?:anda|kamu))\b[^.!?]{0,60}#"
    r"|ikuti\s+(?:whatsapp|telegram)\s+(?:channel|saluran)(?:\s+[\w.-]+){0,3}\s*$"  # the channel's name closes it
    # (Bisnis.com's copies label the writer in English: `..., Klik selengkapnya di sini: <url>. Author: Leo Dwi
    # Jatmiko Editor : Rio Sandy Pradana`)
    r"|(?:pewarta|penulis|reporter|editor|author)\s*:|\((?:\*\)\s*)?(?:reporting|writing)\s+by\b"
    # A paged story's link to its next page after its last sentence (Jejak Negeriku's `... melakukan pembakaran ban.
    # HALAMAN SELANJUTNYA>>`): the page's last words.
    r"|halaman\s+(?:selanjutnya|berikutnya)\s*(?:»|>>|›)?\s*$"
    r"|continue\s+reading\W{0,3}$"  # a blog's read-more link after its excerpt (JNN's `... on Wednesday. Continue reading`)
    # ...or its theme's `Read more` after the excerpt's ellipsis (a category page's `... Jokowi langsung … Read more`).
    r"|(?<=…)\s*read\s+more\W{0,3}$"
    # ...naming the post in quotation marks (WordPress.com's `... di bawah pengasuhannya. Continue reading “Yuk, Nikah
    # Mut’ah”`).
    r"|continue\s+reading\s+[\"“][^\"“”]{1,120}[\"”]\W{0,3}$"
    # A web excerpt's pointer to the rest in print (Radar Utara's `... kemarin. Bersambung...... (Baca selengkapnya di
    # Koran Harian Radar Utara edisi Rabu, 9 September 2020)`).
    rf"|{_PRINT_SEQUEL}$"
    # ...and a WordPress feed's footer after the excerpt's ellipsis (`... المساجد … The post <headline> appeared first on
    # <site>.`).
    rf"|{_FEED_FOOTER}\s*$)",
    re.IGNORECASE,
)
_MAX_GLUED_PIECES = 8
# InfoPublik scraped: its views counter and free licence after the writer's code (`... kata dia. (MC Padang/ Chl/
# Marajo/toeb) 13 Kali Anda dapat menyiarkan ulang, ...`), each a piece; looked for apart (in texts with the licence's
# word) so that `_GLUED_ENDING` tries no more openings at every word.
_GLUED_LICENCE = re.compile(
    r"(?<=[.!?\"”)\]])\s+(?P<count>\d{1,7}\s+kali\s+)?(?P<licence>anda\s+dapat\s+menyiarkan\s+ulang\b)", re.IGNORECASE)
# A word each of `_GLUED_ENDING`'s openings holds: a text with none of them (nearly every paragraph) is not searched.
_GLUED_ENDING_WORDS = ("continue", "tayang", "terbit", "dimuat", "artikel", "update", "download", "video", "pewarta", "penulis",
                       "reporter", "editor", "reporting", "writing", "channel", "breaking", "iklan", "menyiarkan",
                       "berkomitmen", "published", "komentar", "appeared", "bersambung", "author", "halaman",
                       "read more")

_PROMO_OPENINGS = ("artikel", "berita ", "temukan", "nikmati", "scroll", "simak", "saksikan", "tonton", "dengarkan", "lihat",
                   "dapatkan", "ikuti", "gabung", "bergabung", "download", "unduh", "baca", "klik", "cek",
                   "selengkapnya", "gambas", "isi", "pastikan", "bersambung", "di whatsapp", "di telegram", "jadilah",
                   "anda harus", "anda dapat", "kamu harus", "dilarang", "terima", "daftarkan", "versi cetak",
                   "follow", "mari", "jika", "kalau", "halo", "hai", "konten ini", "tulis", "sobat", "berlangganan",
                   "anda bisa", "anda juga", "kamu bisa", "kamu juga", "kamu dapat", "pembaca", "disclaimer",
                   "setiap keputusan", "keputusan investasi", "sila", "dalam segala situasi", "berikan apresiasi",
                   "this article", "this story", "untuk mengetahui kebenaran", "fakta atau hoa", "click here",
                   "click to", "watch ", "you must be logged", "kriteria", "continue reading", "syarat", "boleh follow",
                   "tidak mahu terlepas", "muat turun", "koleksi ", "beli ", "pesan ", "miliki ",
                   "untuk membuat komentar", "untuk menulis komentar", "untuk memberi", "untuk mengirim",
                   "agar tidak ketinggalan", "agar tak ketinggalan", "agar gak ketinggalan", "agar nggak ketinggalan",
                   "aktifkan", "lagi info", "more info")
_CALLS = ("ayo", "yuk")  # before a promotion's first words

# An embedded post left as text: a tweet's words closed by its photo's link (`... Chosen by the players.
# #PFAawardspic.twitter.com/bI8mvd4Ngu`), its author and date after it (`— Name (@handle) June 5, 2019`), or that line
# alone; an Instagram post's line (`A post shared by Leo Messi (@leomessi)`), its date after `on` or lost with it (the
# date is a `<time>` the embed's script fills: `A post shared by Mas Agung (@masagungwilis) on`). A paragraph quoting a
# tweet names no photo link.
_EMBEDDED_POST = re.compile(
    r"(?:pic\.twitter\.com/\w{5,}\s*|^)(?:[—–-]+\s*[^()\n]{1,60}\(@\w{1,20}\)\s*[\w ,.]{0,30})?$"
    r"|^(?:a\s+post\s+shared\s+by|sebuah\s+kiriman\s+dibagikan\s+oleh)\s+[^()\n]{1,60}\(@[\w.]{1,30}\)"
    r"(?:\s+(?:on|pada)(?:\s+[\w,:]{1,12}){0,6})?$",
    re.IGNORECASE)
_MAX_POST_CHARS = 500


@lru_cache(maxsize=64)
def whole_line(patterns: tuple[str, ...]) -> re.Pattern[str] | None:
    """One pattern matching a line that is one of `patterns` (and a closing full stop), or None."""
    if not patterns:
        return None
    return re.compile(rf"^(?:{'|'.join(f'(?:{p})' for p in patterns)})\s*\.?$", re.IGNORECASE)


def is_credit_line(text: str, credit_lines: tuple[str, ...] = ()) -> bool:
    """A closing credit: the site's own (one of `credit_lines`) or another outlet's."""
    text = fold(text[:MAX_BLOCK_SCAN])
    own = whole_line(credit_lines)
    return bool((own is not None and own.match(text)) or _OTHER_CREDIT.match(text))


def without_caption_shortcode(text: str) -> str:
    """`text` without a WordPress caption's shortcode, closed, run into the paragraph after it (Singgalang's
    `[caption id="attachment_5954" ...]Ilustrasi (net) Ilustrasi (net)[/caption]PADANG - Pasca-ledakan ...`): the
    photo's caption goes, the paragraph stays. Any other text comes back as it is."""
    if not text.startswith("[caption ") or (shortcode := _CAPTION_SHORTCODE.match(text)) is None or not (
            shortcode[0].endswith("[/caption]")):
        return text
    return text[shortcode.end():].lstrip() or text


def _is_photographer_over_wire(text: str) -> bool:
    """`MOHAMMED ABED / AFP`: a photographer's name in capitals over a wire of the agencies' table."""
    match = _PHOTOGRAPHER_OVER_WIRE.fullmatch(text)
    return match is not None and agency_name(match["wire"]) is not None


def _is_passed_on_credit(text: str) -> bool:
    """`Paul Hansen /Dagens Nyheter via Reuters`: a picture's credit alone, passed on by a wire of the agencies' table."""
    match = _PASSED_ON_CREDIT.fullmatch(text)
    return match is not None and agency_name(match["wire"]) is not None


def is_caption(text: str) -> bool:
    """A photo caption or credit standing alone (`(Foto: Hadis/MINA)`, `(photo special)`); a longer one when a
    photographer's credit closes it (`_LONG_CAPTION_END`)."""
    if text.startswith("[caption ") and _CAPTION_SHORTCODE.fullmatch(text):
        return True
    if text.endswith(" |"):
        if len(text) <= MAX_CAPTION_CHARS and _EMPTY_CREDIT_CAPTION.match(fold(text)):
            return True  # the credit's slot after the bar left empty
        # The bar a caption's box printed after its credit (Star News's `Jumlah korban tewas di Gaza: ... tahun lalu.
        # (Foto : Reuters) |`): the caption is read without it.
        text = text[:-2].rstrip()
    if text[-2:].rstrip(".")[-1:] == ")" and _is_screenshot_credited(text):
        return len(text) <= MAX_LONG_CAPTION_CHARS
    if text.endswith(_SMALL_PHOTO_WORD_ENDS) and (wire := _WIRE_SMALL_PHOTO_WORD_END.search(text, max(0, len(text) - 30))) \
            and agency_name(wire["wire"]) is not None and _QUOTE_ATTRIBUTION.search(text) is None:
        return len(text) <= MAX_LONG_CAPTION_CHARS
    if text[-1:] == ")" and (code := _CODE_AFTER_PHOTO_CREDIT.search(text, max(0, len(text) - 10))) is not None:
        return is_caption(text[:code.start()])
    if text[-1:] in "-–" and _SPACED_DASH_PHOTO_CREDIT.search(text, max(0, len(text) - _CREDIT_REACH)):
        return len(text) <= MAX_LONG_CAPTION_CHARS
    if text.endswith(_RIGHTS_RESERVED_ENDS) and _RIGHTS_RESERVED_PHOTO_CREDIT.search(text, max(0, len(text) - 60)):
        return len(text) <= MAX_LONG_CAPTION_CHARS
    if text[-1:].isalnum() and any(label in text[-_CREDIT_REACH:] for label in _PHOTO_LABELS) and (
            _DASH_PHOTO_CREDIT_END.search(text, max(0, len(text) - _CREDIT_REACH))):
        return len(text) <= MAX_LONG_CAPTION_CHARS
    if any(word in text[-_CREDIT_REACH - 20:] for word in _BY_PHOTO_WORDS) and (
            by := _BY_PHOTO_CREDIT_END.search(text, max(0, len(text) - _CREDIT_REACH - 20))) and (
            by["outlet"] or agency_name(by["maker"]) is not None):
        return len(text) <= MAX_LONG_CAPTION_CHARS
    if len(text) > MAX_CAPTION_CHARS:
        return len(text) <= MAX_LONG_CAPTION_CHARS and (_is_long_caption(text) or _is_caption_twice(text) or (
            _is_repeated_caption(text, text.find(text[:_REPEATED_OPENING], _REPEATED_OPENING))) or (
            "/" in text[-_WIRE_CREDIT_REACH:] and _is_long_wire_credited(fold(text))) or (
            text[-1:] == "]" and _is_square_photo_credited(fold(text), wire_only=True)))
    folded = fold(text)
    if (again := folded.find(folded[:_REPEATED_OPENING], _REPEATED_OPENING)) > 0 and _is_repeated_caption(folded, again):
        return True
    return bool(_CAPTION.match(folded) or _is_caption_twice(folded) or _is_name_twice(folded)
                or (folded[-2:].rstrip(".")[-1:] == ")" and _BRACKETED_CAPTION.match(folded))
                or (folded[-1:] == ")" and _ARABIC_WIRE_CREDITED_CAPTION.fullmatch(folded) is not None
                    and _ARABIC_REPORTING.search(folded) is None)
                or (folded[-2:] == "--" and _DASHED_CAPTION_END.search(folded) and not any(
                    mark in folded for mark in "\"“”"))
                or (folded[-1:] == "-" and _DASH_CREDITED_CAPTION_END.search(folded) is not None and not any(
                    mark in folded for mark in "\"“”"))
                or (len(folded) <= _MAX_BARE_CAPTION and _BARE_CAPTION.match(folded))
                or (len(folded) <= _MAX_LONE_CREDIT and "/" in folded and (
                    _LONE_CAPITALS_CREDIT.fullmatch(folded) or _is_photographer_over_wire(folded)
                    or (" via " in folded and _is_passed_on_credit(folded))))
                or (folded[-1:] in "yYsShHkKmM." and _STOCK_ATTRIBUTION.fullmatch(folded) is not None)
                or (folded[-1:] == ")" and any(label in folded for label in _ALT_LABELS)
                    and _ALT_RUN_INTO_CAPTION.fullmatch(folded))
                or (folded[-2:].rstrip(".")[-1:] == ")" and len(folded) > 10 and _is_credited_caption(folded))
                or (":" in folded[-_CREDIT_REACH:] and _CREDIT_CLOSED_CAPTION.match(folded)
                    and not _QUOTE_ATTRIBUTION.search(folded))
                or ("|" in folded and (_BAR_CREDITED_CAPTION.match(folded) or (
                    folded.endswith(_SOURCE_WORDS) and _SOURCE_WORD_CAPTION.match(folded)) or (
                    folded[-1] == "|" and _EMPTY_CREDIT_CAPTION.match(folded))))
                or ("/" in folded[-_WIRE_CREDIT_REACH:] and len(folded) > 5 and _is_wire_credited(folded))
                or ("©" in folded[-_COPYRIGHT_REACH:] and _COPYRIGHT_CLOSED_CAPTION.match(folded) is not None)
                or (folded[-1:] == "]" and (_SQUARE_CREDITED_CAPTION.match(folded) is not None
                                            or _is_square_photo_credited(folded, wire_only=False)
                                            or _SOURCE_LINK_CAPTION.match(folded) is not None)))


def _is_square_photo_credited(text: str, wire_only: bool) -> bool:
    """`text` is a caption a photo's credit in square brackets closes (`_SQUARE_PHOTO_CREDITED_CAPTION`): a wire's FOTO
    credit only when `wire_only` (a long caption), and no quoted speaker's words."""
    credit = _SQUARE_PHOTO_CREDITED_CAPTION.match(text)
    return credit is not None and (credit["wire"] is not None or not wire_only) and (
        _QUOTE_ATTRIBUTION.search(text) is None)


def _is_wire_credited(text: str) -> bool:
    """`text`, a short line with a slash near its end, is a caption its source's credit closes (`_WIRE_CREDITED_CAPTION`,
    `_MAGAZINE_CREDITED_CAPTION`, `_SOURCE_WORD_CAPTION`, an agency's name after the line's only slash)."""
    if (carried := _CARRIED_WIRE_END.search(text, max(0, len(text) - _CARRIED_WIRE_REACH))) is not None and (
            agency_name(carried["carrier"]) is not None and agency_name(carried["source"]) is not None
            and _REPORTED_SPEECH.search(text) is not None):
        return False
    if _WIRE_CREDITED_CAPTION.search(text, max(0, len(text) - _WIRE_CREDIT_REACH)) is not None:
        return True
    if _is_glued_wire_credited(text):
        return True
    if text[-1:].isdigit() and _is_date_credited(text):
        return True
    if text[-1:].isupper() and (handout := _HANDOUT_CREDITED_CAPTION.search(text, max(0, len(text) - 24))) is not None \
            and agency_name(handout["wire"]) is not None and agency_name(handout["source"]) is None:
        return True
    if text.endswith(_SOURCE_WORDS):
        return _SOURCE_WORD_CAPTION.match(text) is not None
    slash = text.rfind("/")
    if (slash >= _MIN_AGENCY_CAPTION or _SUBJECT_ALONE.fullmatch(text, 0, slash) is not None) and (
            agency := text[slash + 1:]).isascii() and agency.isalpha() and (
            2 <= len(agency) <= _MAX_AGENCY_NAME and text[slash - 1].isalnum() and text.find("/", 0, slash) < 0
            and "|" not in text and agency_name(agency) is not None):
        return True
    space = text.rfind(" ", 0, text.rfind("/"))  # before the magazine's name
    return space > 0 and _MAGAZINE_CREDITED_CAPTION.match(text, space) is not None


def _is_glued_wire_credited(text: str) -> bool:
    """`text` ends with a news agency's credit run into its last stop, its photographer's name after the slash
    (`_GLUED_WIRE_CREDIT`): the wire is the table's."""
    glued = _GLUED_WIRE_CREDIT.search(text, max(0, len(text) - _WIRE_CREDIT_REACH))
    return glued is not None and agency_name(glued["wire"]) is not None


def _is_long_wire_credited(text: str) -> bool:
    """`text`, longer than a caption usually is, ends with a news agency's credit after its last sentence (a wire
    picture's `... in Geneva, Switzerland, May 30, 2024. REUTERS/Denis Balibouse/File photo`) and quotes no one: the
    agency's name is checked against the table of agencies, as a paragraph's `... TNI/Polri` names none."""
    if text[-1:].isdigit():
        return _is_date_credited(text)
    if _QUOTE_ATTRIBUTION.search(text) is not None:
        return False
    credit = _WIRE_CREDITED_CAPTION.search(text, max(0, len(text) - _WIRE_CREDIT_REACH))
    if credit is None and _is_glued_wire_credited(text):
        return True
    if credit is None:
        # The photographer's one name in capitals after the outlet's, as a short caption's handout source stands
        # (Tribunnews's 2016 round-up: `... penasehat hukum Jessica Kumala Wongso langsung menyatakan banding.
        # TRIBUNNEWS/HERUDIN`): a name of four letters at least, no agency's (a carried wire's `... ANTARA/REUTERS`
        # closes a paragraph), so a desk's initials are no photographer.
        return text[-1:].isupper() and (handout := _HANDOUT_CREDITED_CAPTION.search(text, max(0, len(text) - 24))) \
            is not None and len(handout["source"]) >= _MIN_LONG_HANDOUT_NAME and agency_name(handout["wire"]) \
            is not None and agency_name(handout["source"]) is None
    wire = credit.group().split("/", 1)[0].replace("FOTO", "").replace("PHOTO", "")
    return agency_name(wire) is not None


def _is_caption_twice(text: str) -> bool:
    """`text` is a caption printed whole twice with its credit between the prints (`_TWICE_OPENING`), the credit run
    into the first print's last word (a figure flattened: nothing kept them apart), or with a space alone between them,
    the first print one sentence."""
    again = text.find(text[:_TWICE_OPENING], _TWICE_OPENING)
    if again <= 0:
        return False
    first = len(text) - again  # the caption's length, when the second print runs to the end
    if not (_TWICE_OPENING <= first < again <= first + _CREDIT_REACH and text.startswith(text[again:])
            and _CAPTION_SENTENCE_END.search(text, 0, first) is None):
        return False
    if text[first - 1] == "." and again == first + 1:
        # An illustration's caption closed by a full stop, printed twice with a space between (Kompas's round-up:
        # `Ilustrasi jenazah. Ilustrasi jenazah.` under its numbered heading): a sentence said twice stays.
        return _ILLUSTRATION_OPENING.match(text) is not None
    # The credit may stand a space after the first print, the second run into it (Kompas's `Ilustrasi penganiayaan
    # Kompas.com/ERICSSENIlustrasi penganiayaan`): a credit with its slash.
    return text[first - 1].isalnum() and (text[first].isalnum() or (again == first + 1 and text[first] == " ") or (
        text[first] == " " and text[again - 1].isalnum() and "/" in text[first:again]))


def _is_name_twice(text: str) -> bool:
    """`text` is a name of two to four capitalised words printed twice with a space between, the photo's alt text and
    its caption (Kompas's round-ups: `Erick Thohir Erick Thohir` between an item's heading and its text): no heading or
    sentence says its words twice so."""
    if len(text) > _MAX_NAME_TWICE or len(text) % 2 == 0:
        return False
    half = len(text) // 2
    return text[half] == " " and text[:half] == text[half + 1:] and _NAME_PRINTED_TWICE.fullmatch(text[:half]) is not None


def _is_screenshot_credited(text: str) -> bool:
    """`text` ends with a screenshot's credit in brackets after its last sentence (`_SCREENSHOT_CREDITED_CAPTION`) and
    quotes no one."""
    return (_SCREENSHOT_CREDITED_CAPTION.search(text, max(0, len(text) - _SCREENSHOT_CREDIT_REACH)) is not None
            and _QUOTE_ATTRIBUTION.search(text) is None)


def _is_date_credited(text: str) -> bool:
    """`text` ends with a paper's and its photographer's names in capitals and the photo's dashed date after its last
    sentence (`_DATED_CREDITED_CAPTION`) and quotes no one."""
    return (_DATED_CREDITED_CAPTION.search(text, max(0, len(text) - _DATED_CREDIT_REACH)) is not None
            and _QUOTE_ATTRIBUTION.search(text) is None)


def _is_repeated_caption(text: str, again: int) -> bool:
    """`text` is a photo's caption printed twice around its credit when a figure was flattened (Kompas's `Jenazah para
    pekerja ... ke TimikaJohn Roy Purba/Istimewa Jenazah para pekerja ... ke Timika`, `... Rabu (14/11/2018)Dok: Biro
    Humas ... Gubernur Sumut ...`): its opening words come again (at `again`, the caller's cheap look) after a credit
    run into the caption's last word, its slash or colon in it (or the caption printed whole again after it), and the
    first copy is one sentence. A paragraph that says a sentence twice has a sentence's end before the second (`...
    pada Selasa (5/12/2017). Kegiatan ...`)."""
    if again <= 0 or len(text) < _MIN_REPEATED_CAPTION:
        return False
    # A caption of several sentences printed whole again to the block's end after a credit with a slash run into its
    # last full stop (Kompas's round-ups: `... berangkat ke sekolah setiap hari di Entikong, Indonesia.KOMPAS.com/
    # Yohanes Kurnia Irawan Nursaka (8) menunjukkan ...`): no paragraph says all of itself twice around a credit.
    first = len(text) - again
    if first >= _MIN_WHOLE_REPEAT and 0 < again - first <= _CREDIT_REACH and "/" in text[first:again] and (
            text.startswith(text[again:])):
        return True
    glue = _CREDIT_GLUE.search(text, max(_REPEATED_OPENING, again - 2 * _CREDIT_REACH), again)
    if glue is None or _CAPTION_SENTENCE_END.search(text, 0, glue.start()) is not None:
        return False
    # A credit with no slash or colon (`... karena harganya mahal.Screenshot video buah naga dibuang Sejumlah petani
    # ... mahal.`) when the caption comes again whole, to the block's end, right after it.
    return any(mark in text[glue.start():again] for mark in "/:") or (
        glue.start() in (first - 1, first) and text.startswith(text[again:]))


def _is_credited_caption(text: str) -> bool:
    """`text`, a short line, ends with a photo's credit in brackets (`_LONG_CAPTION_END`, `_SHORT_CAPTION_END`)
    and quotes no one."""
    start = _credit_start(text, any_bracket=True)
    if start is None:
        return False
    credit = _LONG_CAPTION_END.search(text, start) or _SHORT_CAPTION_END.search(text, start)
    return credit is not None and (credit.re is _LONG_CAPTION_END or credit["agency"] is None
                                   or agency_name(credit["agency"]) is not None) and (
        _QUOTE_ATTRIBUTION.search(text) is None)


def _is_long_caption(text: str) -> bool:
    """`text`, longer than a caption usually is, ends with a photographer's credit and quotes no one."""
    if _credit_start(text, any_bracket=False) is None:
        return False
    folded = fold(text)
    start = _credit_start(folded, any_bracket=False)
    return start is not None and _LONG_CAPTION_END.search(folded, start) is not None and (
        _QUOTE_ATTRIBUTION.search(folded) is None)


def _credit_start(text: str, any_bracket: bool) -> int | None:
    """Where a photo's credit closing `text` may start, from a look at its last bracket or its wire's FOTO (most
    paragraphs end with neither and skip the patterns); None when no credit can close it. A long caption's bracket
    holds a slash, a label's colon or FOTO (`any_bracket`: a short one's may hold a name alone)."""
    end = text.rstrip(".")
    if end.endswith(")"):
        opening = end.rfind("(", max(0, len(end) - _LONG_CAPTION_REACH))
        if opening < 0:
            return None
        content = end[opening:]
        if "/" not in content and ":" not in content and not any(word in content for word in _CREDIT_WORDS) and (
                not any_bracket or not (content[1:].lower().startswith(_BRACKETED_SOURCES) or "@" in content
                                        or end[opening - 2:opening - 1] in _DASHES)):
            return None
        label = "umber" in end[max(0, opening - _CREDIT_LABEL_REACH):opening]  # `Sumber: <office> (<credit>)`
        return max(0, opening - (_CREDIT_LABEL_REACH if label else 2))
    wire = max(end.rfind(word, max(0, len(end) - _LONG_CAPTION_REACH)) for word in _CREDIT_WORDS)
    return max(0, wire - _WIRE_NAME_REACH) if wire >= 0 else None


def is_noise(text: str, boilerplate: re.Pattern[str] | None = None) -> bool:
    """Page furniture that templates put between or after paragraphs (`boilerplate`: the site's own)."""
    if len(text) > _MAX_PROMO_CHARS and not (len(text) <= _MAX_PLATFORM_NOTE and "adalah blog" in text[:60].lower()):
        return False
    if len(text) <= 200:
        folded = fold(text)
        if _NOISE.match(folded) or (boilerplate is not None and boilerplate.match(folded)) or (
                len(folded) <= _MAX_SHORT_NOISE and (_SHORT_NOISE.match(folded) or (
                    folded[-1:] == "=" and _CAPTCHA_SUM.fullmatch(folded)))):
            return True
        if folded.endswith(_CONTRIBUTOR_ENDS) and _CONTRIBUTOR_LINE.fullmatch(folded):
            return True
    if "version" in text[:100] and _MACHINE_TRANSLATION_NOTE.fullmatch(text):
        return True
    # Most paragraphs open with none of a promotion's first words: they skip its pattern.
    opening = text.lstrip("*[( ").lower()
    if opening.startswith(_CALLS):
        opening = opening.split(None, 1)[-1]
    # A platform's disclaimer opens with its name (`Kompasiana adalah platform blog. ...`), so does an outlet's pledge.
    # A promotion marked as a list's item or starred (Liputan6's `* Follow Official WhatsApp Channel ...`, `*** Untuk
    # mengetahui kebenaran informasi ...`) reads the same without its marks.
    return ((opening.startswith(_PROMO_OPENINGS) or "adalah platform" in opening[:60] or "adalah blog" in opening[:60]
             or "berkomitmen" in opening[:40])
            and bool(_PROMO.match(fold(text.lstrip("* "))))) or (
        text.endswith(_DONATION_ENDS) and _DONATION_CALL.search(text, max(0, len(text) - _DONATION_REACH)) is not None)


def glued_ending(text: str) -> tuple[int, list[Credits]] | None:
    """Where the endings closing `text` start (`_GLUED_ENDING`), and the credits they print; None when `text` does
    not end with endings only."""
    lowered = text.lower()
    if not any(word in lowered for word in _GLUED_ENDING_WORDS):
        return None
    starts = [match.start() for _, match in zip(range(_MAX_GLUED_PIECES), _GLUED_ENDING.finditer(text))]
    if "menyiarkan" in lowered and (licence := _GLUED_LICENCE.search(text)) is not None:
        counter = licence.start("count") if licence["count"] else licence.start()
        starts = sorted({*starts, counter, licence.start("licence")})
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


def is_embedded_post(text: str) -> bool:
    """An embedded post's text or its author's line (`_EMBEDDED_POST`)."""
    return len(text) <= _MAX_POST_CHARS and _EMBEDDED_POST.search(text) is not None

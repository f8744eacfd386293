"""Body cleaning: from a container's blocks to the article's own paragraphs.

What is removed, and where it goes:

* `Baca Juga:` / `Baca:` / `Also Read:` / `اقرأ أيضا:` inserts (anywhere, also after the credit line) → `related`
  (the insert's link: title = link text, url = link target); also inside a paragraph, in brackets
  (`... kata Devy. (Baca juga: <headline>) Berdasarkan ...`) or its headline a link (`Baca: <a>..</a>Text ...`), with
  no colon before its linked headline (`Baca juga <a>..</a>`), and a box's headlines copied without their links
  under its heading (three or more, one a line), or as a list's items closing the text with no heading; flattened
  into a paragraph when its end can be told (a sentence's opener, a title opening the next subject, a photo's caption
  after it). A sister site's box (`<headline>` over
  `Artikel Kompas.id`) and a flattened page's captions (`Lihat Foto <caption>(<credit>)`) leave the text too.
* The dateline opening the body (found with `parse_dateline` in the first blocks,
  also after a leading caption or photo credit, which is dropped with it, and with the same caption printed
  again below when a label in capitals opens it) → `dateline`.
* An opinion byline as the first line (`Oleh: <Name>*`, `Oleh: <Name>, <role>`,
  `By <Name>, <role>`, Arabic `بقلم:`) → `byline_author`.
* The editorial code closing the last paragraph (the site's own, from its profile's
  `signature_codes`, MINA's `(T/RE1/P2)`; `[]`; other outlets' `(gil/jpnn)`, `(Cas/Isk)`, one code in
  lower case after the last sentence `(ful)`, a credit in words after it `(Tim)`, `(Humas BPPT)`,
  `(MC Balangan/ragil)`; also closing a promotion line, `Simak Video "..." (wsw/wsw)`; a code then its bracketed
  source, `(asp).(sumber: <site>)`, both) → `signature`. The inline 2012 `(MINA).` stays in the text.
* Printed credit blocks (`Pewarta: <name> Editor: <name> Copyright © …`, `Penulis:`,
  `Reporter:`, `Reporting by`, `Translator:`, `Redaktur:`, `Red:`; labels may be empty) → `credits`
  (the reporter and the editor as printed), the block dropped; so are a copied story's source as a site's address
  alone after the last sentence (`http://nasional.sindonews.com/`) or a tag (`#Okezone`), and a reporter's name
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
  credit closes the article, as a wire's sign-off on its own line does (`-- BERNAMA`; after the last sentence,
  `... he said. — Bernama`, it is cut), and a comment box's heading near the end (`Komentar (0)`); so does a reprint
  note (`Artikel ini sudah tayang di ...`) after text, its short lines with it, unless a paragraph follows them (the
  note stood inside the article).
* Endings glued to the last sentence in one block (`... Kota Serang.Artikel ini telah tayang di ...`): cut where
  only endings follow, their credits read.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

from crawler.parsing.agencies import agency_name
from crawler.parsing.credits import (Credits, bare_name, blank_name_byline, closing_byline, closing_code, closing_name,
                                     closing_plain_name,
                                     closing_note_writer, closing_writer, crew_label, empty_label, glued_reporter_line,
                                     header_line_author, is_desk, is_header_line, listed_contributor, lone_word_byline,
                                     name_over_bio,
                                     name_over_date,
                                     names_a_book, names_an_outlet, opening_name, opinion_author, outlet_byline,
                                     paper_byline, parse_credits, reporter_name, reviewer_name, split_signature,
                                     report_label_writer, unlabelled_reporter,
                                     MAX_LISTED_WRITERS, SENTENCE_WORDS)
from crawler.parsing.date_words import month_number
from crawler.parsing.dateline import Dateline, parse_dateline
from crawler.parsing.furniture import (MAX_CAPTION_CHARS, RELATED_WORDS, glued_ending, is_caption, is_credit_line,
                                       is_embedded_post, is_noise, whole_line, without_caption_shortcode)
from crawler.parsing.html import MAX_BLOCK_SCAN, Block, fold
from crawler.parsing.places import is_gazetted
from crawler.parsing.profile import GENERIC, SiteProfile

_DATELINE_BLOCKS = 3  # the dateline is looked for in this many leading blocks
# A blog platform's disclaimer on who answers for its posts (Kompasiana's `Kompasiana adalah platform blog. Konten ini
# menjadi tanggung jawab bloger ...`), and how many header lines over it are taken for the writer's box.
_PLATFORM_DISCLAIMER = re.compile(r"\S{2,30} adalah (?:platform )?blog\b")
_MAX_HEADER_OVER_DISCLAIMER = 12
_MAX_WRITER_LINE = 40  # a writer's name on a header's line of its own (`_joined_writer_lines`)
# ANTARA's regional keyword line over the text, the language's code `id` before the keywords parted by commas (ANTARA
# Kepri's `id Kapemrem,Minta,Maaf,Dugaan,Intimidasi,Pewarta,Antara`, ANTARA Riau's `id malaysia undang, wartawan senior
# indonesia`), or hashtags (ANTARA Sumbar's `id #10 windu #pameran foto #antara`): no sentence opens with `id` and a
# list; taken for a paragraph, it pushed the dateline under the caption out of reach.
_CODED_KEYWORD_LINE = re.compile(r"id (?:[^,.!?\"“”]{1,60}(?:, ?[^,.!?\"“”]{1,60}){1,30}"
                                 r"|#[^#,.!?\"“”]{1,40}(?: #[^#,.!?\"“”]{1,40}){1,30})")
# ...not counting a block that repeats the one before it: a photo's caption printed once for each of its figure's
# copies (Sumut Pos's `TERIMA:Ketua DPRD Karo ...` four times over `KARO, SUMUTPOS.CO – ...`), up to this many.
_MAX_REPEATED_LEADING = 4
# A staff account's name in small letters, one word (`agnesrita`), as a credit's label may stand over it.
_ACCOUNT_NAME = re.compile(r"[a-z][a-z0-9._]{2,30}")
_MAX_HEADER_OVER_REPORTER = 5  # short header lines a `Laporan ...` reporter line may stand under in the text
# ...nor one printing the caption before it again with its credit's last letters changed (`_caption_again`).
_MIN_CAPTION_AGAIN = 60
_CAPTION_AGAIN_SLACK = 12
# ...nor a photo's label alone over its caption, the name of whom it shows (a Malay blog's copy of FMT: the standfirst,
# `Azam Ismail`, then `Ketua Polis Ampang Jaya Mohd Azam Ismail berkata, ... (Gambar Facebook)` over `PETALING JAYA:`):
# two to four capitalised words (an initial may stand for one), the caption under it naming them again.
_PHOTO_NAME_LABEL = re.compile(r"[A-Z][a-z'’-]{1,20}(?: (?:[A-Z][a-z'’-]{1,20}|bin|binti|[A-Z]\.?)){1,3}")
# A writer's name alone over the header's time line at the top of the text (Suara's `Pebriansyah Ariefana` over `Senin,
# 04 Oktober 2021 | 07:15 WIB`, `Eleonora PEW` with her initials): two to four capitalised words, initials in capitals
# last; the header's line goes too.
_NAME_OVER_HEADER = re.compile(r"[A-Z][a-z'’-]{1,20}(?: [A-Z][a-z'’-]{1,20}){0,2}(?: [A-Z][a-z'’-]{1,20}| [A-Z]{2,4})")
_MAX_NAME_OVER_HEADER = 50
# A photo's caption under its label in capitals (Sumut Pos's `TINJAU: Kadis Pendidikan ... Rabu (1/9).`): dropped
# before the dateline, the same caption printed again between the paragraphs goes too. A summary before the dateline
# printed again as the lead's next paragraph has no such label, and stays (Serambinews's `Tak ada korban jiwa ...`).
_LABELLED_CAPTION = re.compile(r"[A-Z]{3,}(?: [A-Z]{2,}){0,2} ?: ?[A-Z]")
_MIN_DESCRIBED_CAPTION = 60  # a caption describing its photo, not a credit alone
_MIN_LEAD_WORDS = 6
_MIN_LEAD_BLOCKS = 2
_MIN_RUN_ON_INSERT = 120  # an insert's line this long may hold the paragraph after its headline
_MAX_SPLIT_DATELINE = 60  # a dateline alone in its block, its paragraph in the next
_MAX_DATELINE_TAIL_WORDS = 2  # a place or two left after a dateline alone in its block: no paragraph
_MAX_RUBRIC_TAIL_WORDS = 4  # ...or a rubric after the dateline's bar (`Berimbang.com – Jakarta | Ekonomi & Bisnis`)
# ...or a country's long Arabic name after its city (MINA's Arabic 2016: `جدة – المملكة العربية السعودية`, "Jeddah –
# the Kingdom of Saudi Arabia"; `الإمارات العربية المتحدة`): three words, each with the article `ال`, as a noun and
# its adjectives agree, where a short sentence has a verb without it (`الشرطة تعتقل مشتبها`)
_ARABIC_LONG_COUNTRY = re.compile(r"ال[\u0621-\u064A]{2,15}(?: ال[\u0621-\u064A]{2,15}){2}")
# A wire's photo credit closing a block (`... dua minggu terakhir. ANTARA FOTO/Asprilla Dwi Adha/aww.`, in 2010 FOTO
# first: `... Kabupaten Deli Serdang. FOTO ANTARA/Kiki Cahyadi/Koz/mes/10.`): the block is a caption, however long its
# description, and the dateline may follow it; a place and a date opening it are the caption's own (`MEDAN, 22/9 -
# PERKETAT PENGAMANAN. ...`).
_WIRE_PHOTO_CREDIT_END = re.compile(
    r"(?<=[.!?\"”)]) ?(?:[A-Z]{3,20} (?:FOTO|PHOTO)|(?:FOTO|PHOTO) [A-Z]{3,20})/[A-Z][^/\n]{1,40}(?:/[\w.-]{1,12}){0,4}\.?$")
_WIRE_CREDIT_TAIL = 80  # characters from a block's end its wire's photo credit starts within
# ...or a photo's credit under its label in brackets (MINA's English `... Wednesday (23/11/2023). (Exclusive Photo:
# Palestine Today Correspondent)`): a leading block so closed is a caption, the dateline may follow it.
# ...also under the source's label, its platform or outlet and the name after a slash (Kompas TV's `... sahabat sejati
# Indonesia. (Sumber: Twitter/Anwar Ibrahim)` over the writer's credit and `YOGYAKARTA, KOMPAS.TV - ...`).
_LABELLED_PHOTO_CREDIT_END = re.compile(r"(?<=[.!?\"”)])\s?\(\s*(?:(?:[A-Z][a-z]{2,15}\s+)?(?:Foto|FOTO|Photo|PHOTO)\s*:"
                                        r"[^()]{2,60}|Sumber\s*:\s*[^()/]{2,30}/[^()/]{2,40})\)$")
# A photo credit glued before the dateline: `(Foto: Abdullah/MINA)` or `Photo: M Shaaban/MINA`.
_LEADING_CREDIT = re.compile(
    r"^\(\s*(?:foto|photo)\s*:[^()]{1,150}\)\s*"
    r"|^(?:foto|photo)\s*:\s*[^\s/()]{1,40}(?:\s+[^\s/()]{1,40}){0,4}/\s*[A-Z][A-Za-z.]{1,20}\s+",
    re.IGNORECASE,
)

# `Baca juga: <headline>`, also in parentheses (`(Baca juga: <headline>)`) or after a markup's bold marks left as text
# (Kabar6's `**Baca Juga:<headline>`); MINA's Arabic edition writes no colon (`اقرأ أيضا  <headline>`), nor does a
# bracketed insert filling its block (Grid's `(BACA JUGA Dian Pelangi Terinspirasi Zaskia Sungkar Soal Ini)`).
_RELATED = re.compile(
    rf"^(?:\*{{1,3}}\s*)?(?P<open>[(\[])?(?:{RELATED_WORDS}\s*:|[اإ]قرأ\s+أيض(?:ا|ًا)(?=\s)"
    r"|(?<=[(\[])(?:baca|lihat|simak)\s+(?:juga|pula)(?=\s))\s*(?P<title>.*?)(?(open)[)\]]|)$",
    re.IGNORECASE | re.DOTALL)
# An insert inside a paragraph: in brackets (Kompas 2017's `... kata Devy. (Baca juga: <headline>) Berdasarkan ...`,
# NU Online's `(Baca juga: ...)` closing it, square ones: `... menjadi resesi. [Baca Juga: <headline>] Jangan ...`),
# or its headline a link with the paragraph's text around it (`Baca:
# <a>headline</a>Text ...`, Tempo's `(Baca:<a>headline</a>)`). A bare `(baca: X)` is the idiom "read: X" and stays.
_INLINE_RELATED = re.compile(
    r"\s*(?:\((?P<round>{words}\s*:\s*[^()]{{1,200}})\)|\[(?P<square>{words}\s*:\s*[^\[\]]{{1,200}})\])".format(
        words=r"(?:(?:baca|lihat|simak)\s+(?:juga|pula)|also\s+read|read\s+also)"),
    re.IGNORECASE)
# ...or its link printed as an address after the headline, no colon after its words (Kompas TV's video descriptions:
# `Baca Juga Jam Tangan Rp11 Miliar Ahmad Sahroni Dikembalikan ... | SAPA MALAM di https://www.kompas.tv/nasional/...`).
_ADDRESSED_RELATED = re.compile(
    rf"{RELATED_WORDS}\s*:?\s+(?P<title>\S.{{2,200}}?)\s+(?:di|at)\s*:?\s*(?P<url>https?://\S{{1,300}})", re.IGNORECASE)
# The words before a linked headline, tried only in the few characters before each of the block's links.
_LINKED_RELATED = re.compile(rf"(?:^|(?<=[.!?\"”]))\s*(?P<open>[(\[])?{RELATED_WORDS}\s*:\s*$", re.IGNORECASE)
_MAX_LINKED_OPENING = 40
# ...or the words with no colon when brackets hold them and the link alone (Tempo 2014's `... sengketa pemilihan
# presiden. (Baca <a>MK Tolak Seluruh Gugatan Prabowo</a>)`): the bracket closing right after the link.
_BRACKETED_LINKED_RELATED = re.compile(rf"(?:^|(?<=[.!?\"”]))\s*(?P<open>[(\[]){RELATED_WORDS}\s+$", re.IGNORECASE)
# ...or the words inside the link, at the paragraph's start or after a sentence's end.
_LABELLED_LINK = re.compile(rf"{RELATED_WORDS}\s*:\s*(?=\S)", re.IGNORECASE)
_SENTENCE_BOUNDARY = re.compile(r"(?:^|[.!?\"”]\s?)$")
# An insert scraped into a paragraph with no markup left, its ends marked by double spaces only (Liputan6: `... hingga
# tinggi.  Baca Juga: 5 Makanan ... Jauhi Lemak Jenuh!  Akan sangat baik ...`); single spaces mark no end.
_SPACED_RELATED = re.compile(
    rf"(?P<end>[.!?\"”])\s{{2,}}{RELATED_WORDS}\s*:\s*(?P<title>(?:(?!\s\s).){{3,200}}?)(?:\s{{2,}}|\s*$)",
    re.IGNORECASE)
# ...and with single spaces (text flattened): `... ujar dia. Baca juga: Update Dampak Erupsi Gunung Ruang: Ribuan Warga
# Mengungsi di Sejumlah Titik Hasil pemantauan ...`. The headline's words are capitalised but for its small words; the
# next sentence starts at a capitalised word before the first other word in lower case, known only when that word
# opens sentences (`Hasil`, `Berdasarkan`, `Menurut`; `Gubernur Banten Wahidin Halim mengatakan` leaves no telling
# where the headline ends: the paragraph stays whole), or after a full stop closing the headline.
# A markup's bold marks left as text may stand before it, run into the sentence's end (Kabar6's `... Kamis
# (15/6/2017).** baca juga :Pelaku Pembunuhan Davidson di SPBU Daan Mogot Ditangkap.`).
_FLAT_RELATED = re.compile(r"(?:^|(?<=[.!?\"”)]) |(?<=[.!?\"”)])\*{1,3} ?)(?:baca|lihat|simak)\s+(?:juga|pula)\s*:\s*",
                           re.IGNORECASE)
_MAX_FLAT_HEADLINE = 200
_HEADLINE_SMALL_WORDS = frozenset(
    "di ke dari dan yang untuk pada dengan atau hingga sampai oleh bagi vs per jadi ini itu usai jelang saat soal akan"
    " bisa tak tidak ada juga lagi hanya kok the of and in to for on a an at by".split())
_SENTENCE_OPENERS = frozenset(
    "Berdasarkan Hasil Sementara Menurut Menurutnya Selain Adapun Namun Dalam Saat Sebelumnya Kemudian Berikut Ia Dia"
    " Mereka Kami Pihaknya Hal Sebanyak Untuk Pada Dengan Meski Meskipun Kini Terkait Sedangkan Bahkan Jika Setelah"
    " Sejak Karena Tak Tidak Tapi Tetapi Lalu Akibatnya Diketahui Dikutip Dilansir Mengutip Sebagai Seperti Apabila Di"
    " Ketika Sebab Secara Selanjutnya Sebelum Menanggapi Bagi Selama Sehingga Padahal Oleh Kendati Walaupun Atas Setiap"
    .split())
# ...or at a title opening a subject of capitalised words before the first word in lower case (`... Fasilitas Olahraga
# Ditutup Gubernur Banten Wahidin Halim mengatakan, ...`), the last such title when several stand there (`... Bupati
# Minta Bantuan Kepala BPBD Budi mengatakan`), with a title before it (`Wakil Ketua`, `Plt Kepala`); or at an acronym
# the word in lower case follows (`... Begini Penjelasan BMKG BNPB merinci ...`). Two of the headline's words at
# least stay before it.
_SUBJECT_TITLES = frozenset(
    "Gubernur Wagub Bupati Wabup Wali Walikota Wakil Kepala Ketua Menteri Presiden Direktur Dirut Kapolri Kapolda"
    " Kapolres Kapolresta Kapolsek Kasat Kasatreskrim Kabid Kabag Kadis Sekretaris Sekda Camat Lurah Juru Koordinator"
    " Komandan Dandim Danrem Pangdam Panglima Kajari Kajati Rektor Dekan Plt Pj Kapendam Kabidhumas Kasi".split())
_MAX_SUBJECT_WORDS = 6
_DEMONSTRATIVES = frozenset({"tersebut"})
_MIN_HEADLINE_WORDS = 2
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,9}")
# A photo's caption run into a paragraph when the page was flattened, under its label and closed by its credit glued to
# it (Kompas: `... ujarnya. Lihat Foto Pohon pisang ditanam warga ... Senin (25/11/2019).(KOMPAS.com/LABIB ZAMANI)
# “Saat cuaca ...`, `Lihat Foto Starlink Direct to Cell.(Starlink) "Kami ...`, the next sentence after it); a
# flattened insert whose end cannot be told otherwise reaches to the label, when no sentence ends
# before it (a subheading between them goes with it: `Baca juga: <headline> Ganjar akui berat Lihat Foto ...`).
_FLAT_PHOTO = re.compile(
    r"(?:^|(?<=\s))Lihat Foto\s+(?:[^()]|\([^()]{1,40}\)){5,400}?(?<=\S)"
    r"\((?:[A-Za-z][\w .-]{1,30}/[^()]{1,60}|[A-Z][\w .'-]{1,40}|[Dd]ok\.?\s[^()]{1,40})\)(?=\s+[A-Z\"“]|\s*$)")
_PHOTO_LABEL = " Lihat Foto "
# A related box scraped into a paragraph with nothing between its headlines (Republika: `... Pemprov Banten.Baca
# JugaKemenpanRB Terbitkan ... di JakartaSopir Mikrotrans ... ke Pasar Baru"Untuk perluasan ...," kata dia.`): its
# heading is run into the first headline, each headline into the next, the last into the paragraph's next words;
# the box ends at the last such join before the next sentence's end.
_GLUED_RELATED_BOX = re.compile(r"(?<=[.!?\"”])\s?(?:Baca Juga|BACA JUGA)(?=[A-Z])")
_HEADLINE_JOIN = re.compile(r"(?<=[a-z0-9)]{2})(?=[A-Z][a-z])|(?<=[a-z0-9)])(?=[\"“][A-Z])")
_SENTENCE_END = re.compile(r"[.!?][\"”]?(?=\s|$)")
_MAX_GLUED_BOX = 600
# A sister site's box between paragraphs: its headline over its label, `Artikel <site's address>` (Kompas's box of
# Kompas.id stories: `Nilai Tes Kemampuan Akademik ... Sangat Rendah` over `Artikel Kompas.id`), each a block, one
# block, or run into the paragraph when the page was flattened (`... (27/8/2025). Kronologi Tindakan Asusila ...
# Diberhentikan Artikel Kompas.id Kendati demikian, ...`, also after a flattened insert: `... ucapnya. Baca juga:
# <headline> <headline> Artikel Kompas.id Status Kedaruratan ...`). A sentence naming such an article goes on in lower
# case (`... dalam Artikel Kompas.id berjudul ...`).
_SISTER_BOX_LABEL = re.compile(r"(?:^|(?<=\s))(?-i:Artikel|ARTIKEL)\s+[\w-]{2,30}\.(?:com|co\.id|id|net)$",
                               re.IGNORECASE)
_MAX_SISTER_LABEL = 200  # its headline and its label
_GLUED_SISTER_BOX = re.compile(
    r"(?<=[.!?\"”])\s+(?P<headline>(?-i:[A-Z0-9\"“‘'])[^.!?]{5,400}?)\s+(?-i:Artikel)\s+(?-i:[A-Z])[\w-]{1,30}"
    r"\.(?:com|co\.id|id|net)(?=\s+(?-i:[A-Z0-9\"“])|\s*$)", re.IGNORECASE)

# A video player's box between paragraphs: its headline under a `Video:` label (Detik's `Video: Marco Bezzecchi Juara di
# MotoGP Portugal 2025`), or after the word alone in its heading and again as the player's title, two blocks alike
# (`Video Terapi Selangkangan Bikin Lamine Yamal Dicoret Timnas Spanyol` twice); a subheading is not printed twice.
# Tribun's label says "video news" (`BERITA VIDEO: <headline>`).
_VIDEO_BOX = re.compile(r"(?:(?:Berita|BERITA)\s+)?(?:Video|VIDEO)(?P<label>\s*:)?\s+(?P<headline>\S.{2,158})")
_INNER_MARK = re.compile(r"[!?](?=\s)")

# A paged article's pager as lines: its page numbers each alone on a line over its link to the next page (tvOne's `1`,
# `2`, `3 Selanjutnya`); a number alone followed by anything else is left as it is.
_PAGER_NEXT = re.compile(r"(?:\d{1,3}\s+)?(?:selanjutnya|berikutnya|next)\s*(?:»|>>|›)?|»|>>|›", re.IGNORECASE)
_MAX_PAGE_NUMBERS = 30
# A pager's items may be a list's, its last number's thousands grouped, a gap between the numbers (`- 3,650`, `- …`).
_MAX_PAGE_ITEM = 9
_PAGE_GAPS = ("…", "...")
_GROUPED_PAGE = re.compile(r"\d{1,3}(?:[.,]\d{3}){1,2}")
# A pager's label alone (`Halaman`, `Halaman:`): the line under it may be its page numbers run together (Tribun's `12`).
_PAGER_LABEL = re.compile(r"halaman\s*:?", re.IGNORECASE)
_PAGE_RUN = "123456789"
_MAX_PAGE_NUMBER_DIGITS = 3
_MAX_PAGE_NUMBERS_TO_END = 30  # a pager's numbers one a block, looked through to the page's end
# A photo's zoom button left as text (Liputan6's `Perbesar`): its caption follows it, a credit closing it whatever its
# look (`Ganjar Pranowo melakukan blusukan ... (merdeka.com/Arie Basuki)`); a photo with no caption has the text after it.
# ...or a photo viewer's button (Kompasiana's `Lihat foto` over `Pinterest.com/Inavoiceindonesia`, its caption a credit).
_ZOOM_BUTTONS = frozenset({"Perbesar", "PERBESAR", "perbesar", "Lihat foto", "Lihat Foto", "LIHAT FOTO"})
# ...also after its icon's name run into it (Kumparan's `zoom-in-whitePerbesar`): words in lower case and hyphens.
_ICON_ZOOM_BUTTON = re.compile(r"[a-z]{2,12}(?:-[a-z]{1,12}){1,4}(?:Perbesar|PERBESAR)")
# A share bar's icons left as lines, each its name alone (Kumparan's `sosmed-whatsapp-white`, `copy-link-circle`,
# `more-vertical` under the header), and a counter's number under its label (`comment` over `0`): no text is one word
# in lower case joined by hyphens, nor a number under a counter's word.
_ICON_NAME = re.compile(r"[a-z]{2,12}(?:-[a-z]{1,12}){1,4}")
_COUNTER_LABEL = re.compile(r"comments?|komentar|shares?|views?|dilihat|dibagikan|suka|likes?", re.IGNORECASE)
_MAX_COUNT = 6
_ZOOM_CREDIT_REACH = 40  # characters from the caption's end its credit's slash stands within
# A figure's words printed twice when its alt text and caption were both left as lines: a short line with no sentence
# in it next to the same line (Sinar Harian's `Mujibu` over `Mujibu`), or after the caption with its credit run into it
# (MINA's English `Israeli Airstrike photo: Maan` over `Israeli Airstrike` and `photo: Maan`).
_MAX_FIGURE_WORDS = 60
# ...or an image's alt text over its caption going on from the same words, the two lines opening the text before any
# paragraph (an Egyptian daily's `أطفال غزة يحتفلون` over `أطفال غزة يحتفلون بالعيد في المخيمات`, "Gaza's children
# celebrating ... in the camps"): neither ends a sentence.
_EMPTY_CREDIT = " ()"  # a caption's credit brackets with no credit in them
# A byline's label alone; the name on the next line makes it a column's byline (`Oleh:` over `M Rodhi Aulia`).
_BYLINE_LABEL = re.compile(r"(?:oleh|by)\s*:?", re.IGNORECASE)
_MIN_RUN_IN_WORDS = 15  # words after a byline's name that make its block a paragraph too
_MAX_BYLINE_LABEL = 5
# Another story's lead under the text, its dateline opening it and an ellipsis where it was cut: a teaser linking to it.
_TEASER_ENDS = ("…", "...")
_MAX_TEASER = 300
_MAX_CUT_TEASERS = 12  # other stories' cut leads closing the page, one a block (`_cut_teasers_to_the_end`)
# ...or the page's description, its own lead cut at a word: a sentence's worth of words, not a match's or a route's
# line (`Arema FC - Bali United`) nor a closing byline (`Budi Santoso - Tribunnews.com`).
_MIN_DESCRIPTION = 100
# A text-size switcher left as lines (Tribun's `AA` over `Text Sizes`, then its sizes one a line): its sizes' names are
# no text after it.
_SIZE_SWITCHER = re.compile(r"(?-i:A ?A(?: ?A)?)|text\s+sizes?", re.IGNORECASE)
_TEXT_SIZES = frozenset("small medium large larger largest normal kecil sedang besar".split())
# ...or its sizes' short names one a line with no heading over them (VOA Indonesia's `XS`, `SM`, `MD`, `LG` under the
# text's last paragraph): two of them in a row, in capitals, are no text.
_SIZE_CODES = frozenset("XS SM MD LG XL".split())
# A picture's or chart's title with its source in brackets (a blog's `Provinsi Terkorup di Indonesia (sumber :
# goodstats.id)`): a headline's words, no sentence; `Angka kemiskinan turun 9 persen (sumber: BPS)` is one.
_SOURCE_CLOSED_TITLE = re.compile(r"\s\(\s*(?:sumber|source)\s*:\s*[^()]{2,60}\)$", re.IGNORECASE)

# A pointer to the whole story closing a round-up's paragraph (IDN Times: `... di masa lalu". Baca selengkapnya di
# sini.`, Bisnis's `... Yusron B Ambary. Baca berita lengkapnya di sini.`, VIVA's `... subuh tadi. Klik di sini.`,
# `... 19 Oktober 2021: “...” Detail selengkapnya di sini`): the link was its words.
_TRAILING_POINTER = re.compile(
    r"(?<=[.!?\"”])\s+(?:(?:baca|simak|cek)\s+(?:(?:berita|artikel)\s+)?(?:selengkapnya|lengkapnya)|detail\s+selengkapnya"
    r"|klik)\s+di\s*sini\s*[.!]?$",
    re.IGNORECASE)
# ...or a listing's link to the rest after the ellipsis that cut its excerpt (a tag page's `... kata Juru Bicara Polisi
# Jawa Timur … Baca Selengkapnya`): the ellipsis stays, the cut text's; the link's words go.
_TRAILING_READ_MORE = re.compile(r"(?:(?<=…)|(?<=\.\.\.))\s*(?:baca|lihat)\s+(?:selengkapnya|lebih\s+lanjut)\s*(?:»|>>|›)?$",
                                 re.IGNORECASE)
# ...or a call to follow the outlet on Google News run into the last sentence when the page was flattened (Medcom's `...
# bagian dari negara kesatuan. Cek Berita dan Artikel yang lain di Google News`).
_TRAILING_GOOGLE_NEWS = re.compile(
    r"(?<=[.!?\"”])\s+(?:cek|baca|simak|temukan|ikuti)\s+(?:berita|artikel)\b[^.!?]{0,60}\bdi\s+google\s+news\s*[.!]?$",
    re.IGNORECASE)
# ...or an ad slot's label whose network's name was an image (a CNN Indonesia copy's `... festival musik tersebut. Ads
# by`).
_TRAILING_AD_LABEL = re.compile(r"(?<=[.!?\"”])\s+Ads\s+by$")
# ...or a read-also label whose link was lost, after the closing code or the last sentence (a portal's `... Yerusalem
# yang diduduki. (prim) Baca juga :`): nothing follows its colon.
_TRAILING_RELATED_LABEL = re.compile(r"(?<=[.!?\"”)])\s+(?:baca|lihat|simak)\s+(?:juga|pula)\s*:$", re.IGNORECASE)
_RELATED_LABEL_REACH = 20  # characters from a block's end the label starts within

# A newsletter's box run into a paragraph (text scraped without its breaks): Kompas's `... dan Administrator. Terima
# kasih telah membaca Kompas.com. Dapatkan informasi, inspirasi dan insight di email kamu. Daftarkan email “KPK akan
# ...`; its sentences are the promotion's (`_PROMO`), from a sentence's end to the next sentence.
_INLINE_NEWSLETTER = re.compile(
    r"(?P<end>[.!?\"”])\s+(?:terima\s+kasih\s+(?:telah|sudah)\s+membaca\s+[\w-]{2,30}\.(?:com|co\.id|id|net)\.\s+)?"
    r"(?:dapatkan|terima)\s+(?:informasi|info|berita|update|artikel|kabar|newsletter)\b[^.]{0,80}"
    r"\b(?:di|ke|lewat|via)\s+(?:e-?mail|inbox)\s*(?:kamu|anda|mu)\s*[.!](?:\s+daftarkan\s+e-?mail\b)?(?=\s|$)",
    re.IGNORECASE)
# A cheap test before the pattern.
_INLINE_RELATED_HINT = re.compile(r"[(\[](?:baca|lihat|simak|also|read)", re.IGNORECASE)
# The heading of a box of related links, each link a block of its own (`Baca Juga` over a list).
# `JANGAN LEWATKAN!!!`, also as a list's first item (PR Indonesia's `- BERITA TERKAIT` over `- <headline>` lines).
# Its mark may be an ellipsis (`Lihat juga...` over the box, a copy's last line when the box was not copied).
# ...also the bare word "related" as a box's heading on its own line (Bengkulu Ekspress's and Kemenag's `Terkait`,
# `TERKAIT`), and a box of what is read most (terdepan.id's `Trending`), which open no insert's line: a sentence goes
# on after them (`Terkait hal itu, ...`).
# Its link to the whole list may be run into it (a box's `RelatedView all ❯`).
_RELATED_HEADING = re.compile(rf"^(?:[-–•·]\s*)?(?:{RELATED_WORDS}|terkait|trending|related)\s*(?::|!{{0,3}}|\.{{2,3}}|…)"
                              r"(?:\s*(?:view|see|lihat)\s+(?:all|semua)\s*[❯›>»→]?)?$", re.IGNORECASE)
# A photo page's box of the picture's file facts under its caption (ANTARA FOTO's `Informasi Foto` over `Ukuran Foto` /
# `4029x2681`, `Ukuran Berkas` / `5.64 MB`, `Fotografer` / <name>; English `Image information` over `Image size`): the
# box runs to the container's end; the heading is known by the first fact's label under it, a heading alone (a
# story's subheading `Informasi foto` over its paragraph) stays.
_PHOTO_FACTS_HEADING = re.compile(r"(?:informasi|info|keterangan)\s+foto|(?:image|photo)\s+info(?:rmation)?",
                                  re.IGNORECASE)
_PHOTO_FACT_LABEL = re.compile(r"(?:ukuran|resolusi)\s+(?:foto|gambar|berkas|file)|(?:image|photo|file)\s+size"
                               r"|resolution|dimensi(?:\s+foto)?", re.IGNORECASE)
_MAX_PHOTO_FACTS_HEADING = 20
_LIST_MARKS = "-–•·* "
_ITEM_MARKS = ("- ", "– ", "• ", "· ", "* ")
_MAX_RELATED_HEADING = 32
# The words of an insert with no colon before its linked headline, the link the rest of the block (`<strong>Baca
# juga</strong>&nbsp;<a>headline</a>`).
_RELATED_OPENING = re.compile(rf"^{RELATED_WORDS}\s*!{{0,3}}\s+", re.IGNORECASE)
_MAX_RELATED_INSERT = 300
# ...or a box whose one link holds its label and the headline both (a WordPress plugin's `<a><span>See also</span>&nbsp;
# <span>Selangau MP to miss Parliament sitting</span></a>` between Sarawak Tribune's paragraphs): no colon needed.
_SEE_ALSO_LINK = re.compile(r"^(?:see|read)\s+also\s+(?=\S)", re.IGNORECASE)
# A linked headline's first words that its address must spell as a slug to be read as another story's (`_slug_spells`).
_SLUG_WORD = re.compile(r"[^\W_]+")
_MIN_SLUG_WORDS = 3
_MAX_HEADLINE_TAIL = 120  # the rest of an insert's headline in the block after it
_MAX_COPIED_HEADLINE = 150  # a story's headline a blog's copy prints over its byline
_MIN_COPIED_HEADLINE_WORDS = 4
# A comment box's heading or count after the text (`Komentar`, `Komentar (0)`, `3 Comments`, `Your Comment`): the few
# blocks under it (at most `_MAX_COMMENT_BOX`) are the box's (KBR's `KBR percaya pembaca situs ini ... kolom komentar.`).
# ...also its count in words and WordPress's notice that the box is closed (a blog's `One comment` over a reader's
# comment, `Comments are closed.`, in Indonesian `Satu komentar`, `Komentar ditutup.`).
_COMMENTS_HEADING = re.compile(
    r"^(?:(?:komentar|(?:your\s+)?comments?|tanggapan)\s*(?:\(\d{1,5}\)|:)?"
    # ...asked of the reader (Metropolitan's `Komentar Anda?` over `LEAVE A REPLY`).
    r"|(?:komentar|tanggapan)\s+anda\s*\?"
    r"|(?:\d{1,5}|one|satu)\s+(?:komentar|comments?)|comments\s+are\s+closed\.?|komentar\s+ditutup\.?"
    # ...and Blogger's (`No comments:` over `Post a Comment`, `Posting Komentar`), the blogger's links and plea under it,
    # and a theme's button with the count (Fly FM's `Post comments (0)`).
    r"|(?:no|tidak\s+ada)\s+(?:comments?|komentar)\s*:?|post\s+a\s+comment|post\s+comments?\s*\(\d{1,5}\)"
    r"|posting\s+komentar)$", re.IGNORECASE)
_MAX_COMMENTS_HEADING = 20
# ...and Blogger's count with the same colon over the first reader's comment (`1 comment:` over `Yudhis said...`): a
# count alone with its colon may be a counter over the text (`3 Comments:`), the commenter's line says it is the box.
_COMMENT_COUNT = re.compile(r"(?:\d{1,5}|one|satu)\s+(?:komentar|comments?)\s*:", re.IGNORECASE)
_COMMENTER_LINE = re.compile(r"[^\n]{1,40}\s(?:said|says|berkata|mengatakan)\s?(?:\.{3}|…|:)")
_MAX_COMMENTER_LINE = 50
# A blog theme's comment count quoting the post's title over the readers' comments (`5 Responses to “Ku Li refutes
# Bernama report”` over `Eric says:`): the comments under it are no text, however many. WordPress's own themes count
# them in thoughts (a blog's `One thought on “Anti-ABU mobster detained”` over a reader's comment).
_RESPONSES_HEADING = re.compile(
    r"(?:\d{1,5}|one|satu)\s+(?:responses?|comments?|komentar|tanggapan|thoughts?)\s+(?:to|untuk|pada|on)\s+[\"“][^\"“”]{1,250}[\"”]",
    re.IGNORECASE)
_MAX_RESPONSES_HEADING = 300
# WordPress's reply form: its heading over its note on the reader's e-mail address (`Tinggalkan Balasan` over `Alamat
# email Anda tidak akan dipublikasikan. ...`, `Leave a Reply` over `Your email address will not be published.`). The
# form follows the article however many widgets the sidebar prints under it (Radar Indonesia's `DIGITAL RI EDISI 259`).
_REPLY_FORM_HEADING = re.compile(r"(?:tinggalkan\s+(?:balasan|komentar)|leave\s+a\s+(?:reply|comment))", re.IGNORECASE)
_REPLY_FORM_NOTE = re.compile(
    r"(?:alamat\s+email\s+anda\s+tidak\s+akan\s+dipublikasikan|your\s+email\s+address\s+will\s+not\s+be\s+published)",
    re.IGNORECASE)
# A theme's author box after the text: `About <Name>` over the writer's bio, the related box's heading, the comment box
# or the container's end under them (a blog's `About Cyril Dason` over `Loves gadgets and ...` over `Check Also`).
# ...an Arabic theme's too, its heading's word "about" before the writer's account name, no bio under it (Nativity TV's
# `عن Amer Hijazi` over `شاهد أيضاً`, "see also"): the name is the writer's.
_AUTHOR_BOX_HEADING = re.compile(r"(?:about|tentang|عن)\s+(?P<name>(?-i:[A-Z])[\w.'’-]*(?:\s(?-i:[A-Z])[\w.'’-]*){0,3})",
                                 re.IGNORECASE)
_MAX_AUTHOR_BOX_HEADING = 50
# ...or a box whose label stands over the writer's name, the bio under it opening with that name (Carz's Malay
# `Ditulis pada` over `Suhana Veru` over `Suhana Veru merupakan bekas wartawan Kosmo. ...`), the name the last line too:
# the name is the writer's, nothing under the label the article's.
_WRITER_BOX_LABEL = re.compile(r"(?:ditulis\s+(?:pada|oleh)|written\s+by|tentang\s+penulis|about\s+the\s+author)\s*:?",
                               re.IGNORECASE)
_MAX_WRITER_BOX_LABEL = 20
# An Arabic daily's masthead over the text, each office alone on its line over its holder's name (Al-Wafd's print page:
# `رئيس حزب الوفد ورئيس مجلس الإدارة`, "party leader and chairman of the board", over `د.عبد السند يمامة`, then `رئيس
# التحرير`, "editor-in-chief", over `عاطف خليل` and `المشرف العام`, "general supervisor", over `ياسر شوري`), under the
# portal's name (`بوابة الوفد الإلكترونية`, "Al-Wafd electronic portal"): none of it is text.
# ...also one holder of both boards' chair, the boards in the dual (Al-Dostor's `رئيس مجلسى الإدارة والتحرير`, "chairman
# of the boards of directors and of editors", over `محمد الباز`, the pair printed twice), and the supervision's office
# named for the work (Sada El-Balad's `الإشراف العام`, "general supervision", over `إلهام أبو الفتح`).
_MASTHEAD_OFFICE = re.compile(r"(?:\s*و?(?:رئيس\s+(?:حزب\s+[\u0621-\u064A]{2,15}|مجلس[يى]?\s+الإدارة(?:\s+والتحرير)?|التحرير)"
                              r"|نائب\s+رئيس\s+التحرير"
                              r"|مدير\s+التحرير|المشرف\s+العام|الإشراف\s+العام|المدير\s+العام)){1,3}")
_PORTAL_NAME = re.compile(r"بوابة(?:\s+[\u0621-\u064A]{2,15}){1,2}\s+الإلكترونية")
_MAX_MASTHEAD_NAME = 40
# A call to subscribe for the site's news (a WordPress theme's `Subscribe Now To Get Our Latest News` over the site's
# blurb and copyright), or to read on past a paywall (Tempo's magazine: `Berlangganan untuk lanjutkan membaca.` over
# its slogan and `Manfaat berlangganan Tempo Digital? Lihat Disini`), and a press-release distributor's note
# (`Distributed by APO Group on behalf of <client>.` over its page's widgets): the article ended before either.
_SUBSCRIBE_CALL = re.compile(r"(?:subscribe|sign\s+up)(?:\s+now)?\s+(?:to|for)\s+(?:get\s+)?(?:our|the)\s+"
                             r"(?:latest\s+)?(?:news|updates|stories|newsletter)\W{0,3}"
                             r"|(?:berlangganan|langganan|subscribe)\s+(?:untuk|to)\s+(?:me)?(?:lanjut(?:kan)?|continue)"
                             r"\s+(?:membaca|baca|reading)\W{0,3}", re.IGNORECASE)
_MAX_SUBSCRIBE_CALL = 60
# An e-paper's web excerpt cut short, then its pointer to the rest in the dated edition (Radar Bengkulu's and Inilah
# Koran's pages: `... penyebaran virus Corona,...` over `Baca artikel selengkapnya di edisi 3 April 2020`): the text ended
# at the cut, and the reader app's offer, its link to the edition and the rubric's box under it are the page's
# (`<paper> dapat dibaca gratis dalam masa terbatas di aplikasi ...`, `INTERAKTIF`, `Opini`, `Artikel Opini lainnya`).
_EDITION_POINTER = re.compile(r"baca\s+(?:(?:artikel|berita)\s+)?selengkapnya\s+di\s+edisi\s+(?:[^\W\d_]{3,6},?\s+)?"
                              r"\d{1,2}\s+[^\W\d_]{3,9}\s+\d{4}\W{0,3}", re.IGNORECASE)
_MAX_EDITION_POINTER = 80
_CUT_ENDS = ("...", "…")
# A note over the comment box that its comments are their writers' views, not the site's (CNN Arabic's `الآراء الواردة
# أدناه لا تعبر عن رأي موقع CNN بالعربية، بل تعكس وجهات نظر أصحابها فقط.`, "the views below do not express the opinion of
# CNN Arabic but only their writers'"), the comment policy it follows a paragraph on comments (`... إلى مراجعة
# التعليقات قبل نشرها ...`, "... to review the comments before publishing them"), or with no `below` in it (Palestinian
# sites' `التعليقات المنشورة لا تعبر عن رأي الموقع وإنما تعبر عن رأي أصحابها`, "the published comments do not express
# the site's opinion"): the article ended before them.
_COMMENT_DISCLAIMER = re.compile(
    r"(?:الآراء|التعليقات)\s+(?:الواردة|المنشورة)(?:\s+(?:أدناه|هنا))?\s+لا\s+(?:تعبر|تعكس)\s+(?:عن\s+)?رأي\b.{0,160}"
    r"|(?:the\s+)?(?:views|opinions|comments)\s+(?:expressed\s+)?(?:below|in\s+(?:the\s+)?comments(?:\s+below)?)\s+"
    r"(?:do\s+not|don['’]t)\s+(?:necessarily\s+)?(?:reflect|represent)\b.{0,160}", re.IGNORECASE)
_MAX_COMMENT_DISCLAIMER = 240
_COMMENTS_WORD = re.compile(r"التعليقات|تعليقات|\bkomentar|\bcomments?\b", re.IGNORECASE)
_DISTRIBUTOR_NOTE = re.compile(r"distributed\s+by\s+[\w .&-]{2,40}\s+on\s+behalf\s+of\s+[^.]{2,120}\.?", re.IGNORECASE)
_MAX_DISTRIBUTOR_NOTE = 180
# A photo's caption over an opinion's byline at the top: its source in brackets after its sentence (`... 28/3/2016.
# (Mil.Gov)`), when no other caption's credit closes it.
_CREDIT_CLOSED_LINE = re.compile(r"[.!?]\s*\([^()\s][^()]{0,40}\)\.?$")
# ...or by its courtesy credit as a sentence of its own (a wire's page: `... during a meet in Singapore. Photo
# courtesy of BERNAMA.` over `By Massita Ahmad`).
_COURTESY_CLOSED_LINE = re.compile(r"[.!?]\s+(?:Foto|Photo|Picture|Pic) courtesy (?:of )?[^.\n]{1,60}\.?$",
                                   re.IGNORECASE)
_MAX_CAPTIONS_OVER_BYLINE = 2
# A caption's credit naming its agency alone in brackets after its sentence (`... dalam area konsesi. (ANTARA)`).
_AGENCY_CREDIT_END = re.compile(r"(?<=[.!?\"”])\s?\((?P<agency>[^\W\d_][\w .-]{1,30})\)$")
_MAX_AGENCY_CREDIT = 34
# ...or the headline printed again over the byline, in capitals or over two lines, or a column's heading (a paper's
# copy: `PERANAN PENEGAK HUKUM DALAM` / `SISTEM HUKUM DI INDONESIA` / `Oleh : Dr. Celina Tri Siwi Kristiyanti, S.H.,
# M.Hum`; a review's `Kritik Pemikiran` over `Oleh: <name>`): short lines closed by no sentence's stop, the byline
# under them opening with its label.
_MAX_HEADING_OVER_BYLINE = 80
_MAX_HEADINGS_OVER_BYLINE = 2
_MAX_BRACKETED_NOTE_OVER_BYLINE = 200
_HEADING_END = (".", "!", "?", ",", ";", ":", ")", "”", '"')
# A full stop may stand for the colon (narasiliterasi 2024: `Oleh. Ummu Aura`): no sentence opens with the label so.
_LABELLED_BYLINE_OPENING = re.compile(r"(?:Oleh|By|Penulis|Ditulis\s+oleh)\s*[:;.]?\s", re.IGNORECASE)
# The writer's role in brackets on a line of its own under a byline (narasiliterasi 2024: `(Kontributor
# Narasiliterasi.id)`).
_BRACKETED_ROLE_LINE = re.compile(r"\([^()]{3,100}\)")
# An e-mail address alone on its line, and how far down the text a writer's name over one is looked for.
_ADDRESS_LINE = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}")
_WRITER_OVER_ADDRESS_BLOCKS = 3
_COURTESY_REACH = 80
# A role's label alone under a name closing the text: an author box.
_ROLE_LABEL = re.compile(r"(?:penulis|reporter|pewarta|editor|redaktur|author|writer)\s*:?", re.IGNORECASE)
# ...or over the text, a header's credit box printed in it (`_header_credit_box`); the roles that name its writer.
_WRITER_ROLE = re.compile(r"penulis|reporter|pewarta|author|writer", re.IGNORECASE)
_MAX_HEADER_CREDIT_PAIRS = 3
# An author box under the text: the writer's name twice, the avatar's caption and the name's link, over the pager to the
# article before (a regional network's theme: `Panji Rahitno` / `Panji Rahitno` / `Artikel Sebelumnya`); the text
# ended over it. Malay pages write the words without `-nya` (mStar's `Artikel Sebelum` over `Artikel Berikut`).
_ARTICLE_PAGER = re.compile(r"(?:Artikel|Berita|Postingan)\s+(?:Sebelum|Berikut|Selanjutnya)(?:nya)?", re.IGNORECASE)
_MAX_ARTICLE_PAGER = 24
_MAX_PAGER_TAIL = 3  # blocks under a pager's two links: its headlines and a box's heading
# A pager's link to the story before or after this one, its word alone under that story's headline (MedanBagus's `Ganjar
# Pranowo Dilaporkan ke KPK, Apakah Prediksi Fahri Hamzah Terbukti?` over `Sebelumnya`, `Apple Kembali Alami Kenaikan
# Pendapatan, Kecuali di China Raya` over `Berikutnya`): neither line is text.
_PAGER_WORD = re.compile(r"(?:sebelumnya|berikutnya|selanjutnya|previous|next)\s*(?:»|>>|›|«|<<|‹)?", re.IGNORECASE)
_MAX_PAGER_WORD = 14
# A summary box over the text, its heading then its points one a line, shorter than the paragraphs under them (Tempo's
# `Ringkasan Berita` over `Seratus hari kabinet Prabowo-Gibran diwarnai ucapan dan perilaku tak terpuji pejabat
# negara.`, `Tempo terkenal serius, ...`, `Koreksi judul Surat Pembaca`): the box's points restate the article. Only
# points before a longer paragraph go: where that paragraph is missing, the box's end is not told and the lines stay.
_SUMMARY_HEADING = re.compile(r"ringkasan(?:\s+(?:berita|artikel))?\s*:?", re.IGNORECASE)
_MAX_SUMMARY_HEADING = 20
_MAX_SUMMARY_POINTS = 5
_MAX_SUMMARY_POINT = 160
_MAX_COMMENT_BOX = 3
_MIN_PARAGRAPH_AFTER_CREDIT = 150  # characters of a block after the editor's credit that may be more of the text
# ...or short paragraphs, each a sentence, follow it: a paged story's header credit under its standfirst (Tribun's page
# 2: `Penulis: Fajar Bahruddin Achmad | Editor: deni setiawan` over `Dia menilai harganya terlalu mahal.`, `Ia pun
# menggantinya dengan membeli cabai rawit hijau.`); boxes' headlines close no sentence, cut leads end with an ellipsis.
_MIN_SENTENCES_AFTER_CREDIT = 3
_MIN_SENTENCE_WORDS = 4
# The article's tags over the comment box, one short line each with no sentence in it (KBR's `kantor berita radio`,
# `KBR`, `radio`, `portalkbr` over `Komentar (0)`).
_MIN_TAG_LINES = 3
_MAX_TAG_LINES = 12
# A subscription's perks listed under the text cut short, a list's items or dashed lines (Tempo's `Akses edisi mingguan
# dari Tahun 1971`, `Akses penuh seluruh artikel Tempo+`, `Baca dengan lebih sedikit gangguan iklan`), no sentence's
# end in them: one names the outlet's paid edition (its name and a plus) or fewer ads; a list of the story's own points
# names neither.
_PERK_LINE = re.compile(r"(?:[-–•·*]\s+)?[^.!?]{3,70}")
_PAID_PERK = re.compile(r"(?<=[a-z])\+(?:\s|$)|\b(?:tanpa|bebas|sedikit|gangguan)\s+iklan\b|\bad-free\b"
                        r"|\b(?:fewer|less|no)\s+ads\b", re.IGNORECASE)
_MAX_PERK_LINES = 8
_MIN_PERK_LINES = 3
# A reaction widget under the text, its moods one a line under its question (a regional portal's `Apa Reaksi Anda ?`
# over `like`, `dislike`, `love`, `funny`, `angry`, `sad`, `wow`): a word alone for a mood is no paragraph, and a run of
# them closing the text is the widget's buttons, the question over them its heading.
_REACTION_MOOD = re.compile(r"like|dislike|love|haha|funny|angry|sad|wow|(?:tidak\s+)?suka|senang|sedih|marah|lucu"
                            r"|kaget|terkejut|kecewa|takut", re.IGNORECASE)
_REACTION_QUESTION = re.compile(r"(?:apa|bagaimana)\s+reaksi\s+(?:anda|kamu|mu)\b[^.!?]{0,60}\?|what(?:'|’)?s\s+your\s+"
                                r"reaction\s*\?", re.IGNORECASE)
_MIN_REACTION_MOODS = 4
_MAX_REACTION_MOODS = 9
_MAX_REACTION_MOOD = 12
# A label left among the page's furniture under the text, a word or two in capitals with no sentence's mark (Tribun's
# `Tribun JualBeli` between `BERITA TERKINI` and its copyright line, a blog platform's `Kirim` under `BERI KOMENTAR` and
# `Konten Terkait` over `Video Pilihan`): a link's or a button's words, standing where nothing of the article does.
_STRANDED_LABEL = re.compile(r"(?:[A-Z][\w'’&+-]{0,20})(?: [A-Z][\w'’&+-]{0,20}){0,2}")
_MAX_STRANDED_LABEL = 30
_MAX_TAG_WORDS = 4
_MAX_TAG_CHARS = 40
# An image's alt text in lower case between the header and the lead (KBR's `ultah kbr` under the headline).
_MAX_ALT_WORDS = 4
# A headline alone on its line: capitalised words but for small ones, no full stop or colon closing it, no sentence
# inside it.
_MAX_PLAIN_HEADLINE = 160
_MIN_PLAIN_ENTRIES = 3
_MAX_CLOSING_BOX = 60  # blocks after a box's heading that may all be its entries, closing the container
_HEADLINE_NUMBER = "0123456789., "  # a headline may open with a number (`10.060 Jemaah Umrah Telah Kembali ...`)
_MAX_PLAIN_ENTRIES = 5
_MAX_CLOSING_ENTRIES = 10  # a box's marked headlines closing the page under its description (`_before_closing_furniture`)
_MAX_ENTRY_TIME = 40  # a related entry's publish time alone (`Selasa, 12 April 2022 5:40`, `08 February 2018 12:50 WIB`)
_MIN_ENTRY_WORDS = 4  # a box's headline over its heading has this many words at least; a list's item may have fewer
_SENTENCE_BREAK = re.compile(r"[.!?][\"”]?\s")
# A headline's one word exclaimed first (`Waspada! Pintu Air ...`), or a phrase of up to three capitalised words
# (Suara's `Drama Detik-Detik Terakhir! Ma'ruf Amin Bongkar Kisah ...`).
_EXCLAIMED_OPENING = re.compile(
    r"(?:[A-Z][a-z]{1,15}(?:-[A-Za-z][a-z]{1,15})? ){0,2}[A-Z][a-z]{2,15}(?:-[A-Za-z][a-z]{1,15})?!{1,3} (?=[A-Z0-9])")
# A headline in a script with no capitals (Arabic) is told by its end alone: no full stop, colon or comma closing it
# and no sentence inside it; the two dots a headline sets between its parts (`لليوم الثاني.. الآف ...`) end none.
_CASELESS_HEADLINE_BREAK = re.compile(r"(?<!\.)[.!?؟](?!\.)[\"”]?\s")
_CASELESS_HEADLINE_ENDS = (".", ":", ",", ";", "!", "?", "؟", "،", "؛")
_BULLETS = "·•‣▪►»›"
_BULLET = re.compile(rf"(?:^|(?<= ))[{_BULLETS}] ")
# The heading of the article's tag list when its links follow in a block of their own (`<h4>TAG:</h4><div><a>..`).
TAGS_HEADING = re.compile(r"^(?:tags?|topik|topics?)\s*:?$", re.IGNORECASE)
# ...or a category's label over its links, or alone when its link was lost (Bengkulu Ekspress's `Tags :` over
# `Kategori :`): the body drops both alike, the tags' reader takes the tags only.
# The tags' label run into the first tag when the page's markup was dropped (MINA English's `TagAqsa Mosque holy site
# restrictions Israeli police Jewish settlers ...` under `Mi’raj News Agency (MINA)`): the label in mixed case, a capital
# after it, no sentence's mark in the line, and no sentence closed on the line before it.
_GLUED_TAGS = re.compile(r"(?:Tags?|Topik)(?=[A-Z][a-z])[^.!?:;\"“”]{3,300}")
_MIN_GLUED_TAG_WORDS = 3
_TAGS_OR_CATEGORY_HEADING = re.compile(r"^(?:tags?|topik|topics?|kategori|categor(?:y|ies))\s*:?$", re.IGNORECASE)
_MAX_CODE_BLOCK = 40  # a block that is only an editorial code, `(kpl/pur/tch)`
# An Iranian agency's end mark under its Arabic text, "end" then its desk's codes (IRNA's `انتهى**9365`, `انتهي**1110**
# 1718` over `www.irna.ir` and the next story): the article ends there, the codes are its signature; the word in a
# sentence (`انتهى الاجتماع`, "the meeting ended") has no code after it.
_ARABIC_END_MARK = re.compile(r"انته[ىي]\s*(?:\*{1,2}|/)\s*(?P<codes>[\w*/ .-]{1,30})")
_END_MARK_CODE_PARTS = re.compile(r"[*/\s]+")
# An Arabic agency's desk initials alone on the last line, two or more pairs of dotted letters between slashes with no
# brackets (WAFA's `ن.ع/ م.ع` under its rule `ــ`): the article's code; one pair alone may be a title (`أ.د`).
_ARABIC_INITIALS_CODE = re.compile(r"[\u0621-\u064A]\.[\u0621-\u064A](?:\.[\u0621-\u064A])?"
                                   r"(?:\s?/\s?[\u0621-\u064A]\.[\u0621-\u064A](?:\.[\u0621-\u064A])?){1,3}")
_SPACED_SLASH = re.compile(r"\s+/\s*")
# A speaker's verb closing the last sentence with no full stop, one code after it (a police site's `... masyarakat”,
# ungkapnya (ptn)`): the verb ends the sentence as a stop would.
_UNSTOPPED_VERB = re.compile(r"[,”\"]\s*(?P<verb>(?:kata|ujar|ungkap|jelas|tutur|pungkas|imbuh|tegas|terang|tandas|ucap"
                             r"|papar|tambah)nya)\s*\([a-z]{2,5}\)$")
# Only writers' initials (`(Dny / Gdn)`): a photo's credit (`(REUTERS / Danny Moloshok)`) or a count (`(2 / 3)`) is none.
# A video's crew credited in brackets after its text's last sentence (ANTARA's video pages: `... jalur udara. (Fandi
# Yogari Saputra/Agha Yuninda Maulana/Edwar Mukti Laksana)`, a wire's name before them: `(REUTERS/Ria Gracia/Rizky
# Bagus Dhermawan/Rinto A Navis)`): three names at least, each a capitalised word in lower case then up to four more;
# an editor's codes are initials (`(Dny/Gdn)`, `(T/R1/P2)`). A Balinese name opens with its one-letter title (`(Rinto A
# Navis/Sandy Arizona/I Gusti Agung Ayu N)`).
_CREW_NAME = r"(?:[A-Z] )?[A-Z][a-z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,4}"
_CREW_CREDITS = re.compile(rf"(?<=[.!?\"”])\s?\((?:[A-Z]{{2,20}}/)?(?:{_CREW_NAME}/){{2,5}}{_CREW_NAME}\)$")
_CREW_CREDITS_REACH = 200  # characters from a paragraph's end its crew's credits start within
# ...or on a line of their own under the text's last paragraph (ANTARA's video pages: `... dari para korban.` over
# `(Donny Aditra/Rizky Bagus Dhermawan/Ludmila Yusufin Diah Nastiti)`).
# A source's web address alone in brackets after the text's last sentence (GenPI's `... tidak baik," terang Sutarmidji.
# (kalbarprov.go.id)`): the credit of where the story came from; an address inside the sentence (`... di laman resmi
# (kalbarprov.go.id).`) is its text.
_SITE_CREDIT = re.compile(r"(?<=[.!?\"”])\s?\((?:www\.)?[a-z0-9-]{2,40}(?:\.[a-z]{2,6}){1,3}\)$")
_SITE_CREDIT_REACH = 60  # characters from the text's end its source's address starts within
# A contributor's credit in brackets after the text's last sentence, the region before the name (Poskota's `... nggak
# usah pakai undangan segala," tutupnya. (kontributor banten/luthfillah)`): the byline, not text.
_CONTRIBUTOR_CREDIT = re.compile(r"(?<=[.!?\"”])\s?\((?i:kontributor|koresponden)\s[\w .-]{2,30}/\s?[\w .'’-]{2,40}\)$")
_CREW_CREDITS_LINE = re.compile(rf"\((?:[A-Z]{{2,20}}/)?(?:{_CREW_NAME}/){{2,5}}{_CREW_NAME}\)")
# ...or its roles parted by slashes before a colon, a name for each after it, parted the same way (Suara's video pages:
# `... Tonton terus SuaraLive berikut ini.` over `Creative/Host/OP OBS: Yulita Futty/Praba-Hikmawan/Nizam Bagus`).
_CREW_ROLES_LINE = re.compile(r"(?P<roles>[A-Z][A-Za-z]{1,15}(?: [A-Za-z]{2,15}){0,2}(?:/[A-Z][A-Za-z]{1,15}"
                              r"(?: [A-Za-z]{2,15}){0,2}){1,5})\s?:\s?(?P<names>[A-Z][a-z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}"
                              r"(?:/[A-Z][a-z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}){1,5})")
# A caption printed again under its first print with its credit after a slash (Pikiran Rakyat's `<caption>` over
# `<caption> /Tangkap layar Turn Back Hoax Id`, `... Jokowi /Instagram/@jokowi /`), or in brackets holding a slash
# (Tribun's round-up: `Puluhan kuburan di Blitar dirusak sosok orang tak dikenal` over the same words and
# `(TribunJatim.com/Imam Taufiq - Instagram/terangmedia)`): both prints are the photo's.
_MAX_SLASH_CREDIT = 60
_BRACKETED_SLASH_CREDIT = re.compile(r" \([^()]*[^\W\d_] ?/ ?[^\W\d_][^()]*\)$")  # not a count's `(2024/2025)`
_SENTENCE_ENDS = (".", "!", "?", '"', "”", ":")  # a caption's first print closes no sentence
# A writer's end mark after a paragraph's last sentence where more follows (HaloSultra's `... pungkasnya. ***` over the
# list of names the story closes with): the mark is no text, as after the last paragraph.
_END_MARK = re.compile(r"(?<=[.!?\"”)])\s?\*{3}$")
# A closing code with its slashes spaced (`_split_closing_code`): initials, or a desk's staff codes with their numbers
# (MINA's 2016 `(L / M09 / R05/R03)`).
_SPACED_INITIALS = re.compile(r"\(\s*[A-Za-z]{1,5}\d{0,3}(?:\s*/\s*[A-Za-z]{1,5}\d{0,3}){1,3}\s*\)")
# ...or a desk's numbered codes alone on the last line, the closing bracket lost when the page was cut (ANTARA 2010's
# `(F008*P008` under `... menghadiri pertemuan puncak G-20.`): a capital and three digits each, parted by an asterisk or
# a slash, which no sentence is made of.
_CUT_CODE_SEPARATOR = re.compile(r"/")
_CUT_DESK_CODES = re.compile(r"\((?P<codes>\*?[A-Z]\d{3}(?:[*/][A-Z]\d{3}){0,3})")
_SIGN_OFF = re.compile(r"[-–—]{1,3}\s*")  # before the agency's name on its own line
# ...or any name in capitals closed by a dash too, a site's own sign-off under its story (a Malaysian site's `-TTKM-`).
_DASHED_SIGN_OFF = re.compile(r"[-–—]{1,3} ?[A-Z]{2,10} ?[-–—]{1,3}")
# ...or after the last sentence (Malay Mail's `... he said. — Bernama`), looked for in the text's last characters.
# The wire's name may come before the paper's that ran the story, after a slash (a blog's copy of Utusan: `...
# rundingan damai dijangka bermula kira-kira pukul 2 petang waktu tempatan (7 petang waktu Malaysia). - AFP/UTUSAN`).
_GLUED_SIGN_OFF = re.compile(r"(?<=[.!?\"”])\s*(?:[—–]|--?)\s*(?P<agency>[^\W\d_][\w .!]{1,28}?)"
                             r"(?:/(?P<paper>[A-Z][A-Za-z]{1,15}))?\.?$")
_SIGN_OFF_REACH = 36
# A tag as a hashtag alone on its line: a letter after the mark (`#1` opens a ranked heading), four words at most.
_LONE_HASHTAG = re.compile(r"#[^\W\d_][\w'’-]{0,30}(?: [^\W\d_][\w'’-]{0,30}){0,3}")
_MIN_TAG_LIST = 3
# ...or a wire's name alone in capitals after the last sentence, no dash before it (a Malay blog's copy of a wire story:
# `... Operasi mencari dan menyelamat sedang dijalankan. AP`): the table's agencies only, as a desk's own code there
# (`... ditindaklanjuti. IKI`) names none.
_BARE_WIRE_SIGN_OFF = re.compile(r"(?<=[.!?\"”])\s(?P<agency>[A-Z]{2,10})$")
# ...or the day the story ran, after a dash closing its last sentence (Scoop's `... proses pilihanraya,” katanya. – 9
# September, 2023`, also `– Sept 9, 2023`): the stamp is no text, and nothing under it is the story's. The month
# must name one (`– 2 orang, 2023` is no stamp).
_DATED_SIGN_OFF = re.compile(r"(?<=[.!?\"”])\s*(?:[—–]|--?)\s*(?:\d{1,2}\s+(?P<month>[^\W\d_]{3,9})\.?"
                             r"|(?P<month_first>[^\W\d_]{3,9})\.?\s+\d{1,2}),?\s+(?:19|20)\d\d\.?$")
_DATED_SIGN_OFF_REACH = 30
_MAX_LINES_AFTER_SOURCE = 3  # short lines under a closing source's credit line (`_lines_after_source`)
_MAX_LINE_AFTER_SOURCE = 80
_MAX_SOURCE_CREDIT = 30
_MAX_NAMED_SOURCE_CREDIT = 60
# An Arabic agency's line, "<name> news agency" (MINA's Arabic `وكالة مينا للأنباء`, `وكالة معراج للأنباء الإسلامية
# “مينا”`): the name after `وكالة` ("agency") is the agency's, its initials in quotes or brackets may follow, the
# quotes both printed as the closing one and a full stop after them as the 2014 pages sign off
# (`وكالة معراج للأنباء الإسلامية”مينا”.`).
_ARABIC_AGENCY_LINE = re.compile(
    r"وكالة\s+(?P<name>[^\s()“”\"]{2,20})\s+للأنباء(?:\s+الإسلامية)?(?:\s*[(“”\"][^()“”\"]{2,20}[)”\"])?\.?")
_MAX_ARABIC_AGENCY_LINE = 60
_BARE_LINK = re.compile(r"https?://\S{1,300}")
# A press release's contacts after its text: the label (`KONTAK:`, `Contact:`, `Media Contact:`, `Narahubung:`), then
# an address, a link or a number alone on each line.
_CONTACT_LABEL = re.compile(r"(?:kontak(?:\s+media)?|(?:media\s+)?contacts?|narahubung)\s*:\s*", re.IGNORECASE)
_CONTACT_DETAIL = re.compile(r"(?:https?://|www\.)\S{1,300}|[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}"
                             r"|\+?\d[\d ().-]{6,20}\d")
_MAX_CONTACT_LINES = 8
_MAX_CONTACT_LINE = 160
# A site's address alone, no page of it (`http://nasional.sindonews.com/`): the source a copied story names last,
# unless the paragraph before points at it (`... dapat dilihat di laman berikut.`, `... melalui situs:`).
_SITE_ADDRESS = re.compile(r"https?://(?:www\.)?[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}/?")
# ...or with no scheme, also printed again on the same line (beritalima's logo text `beritalima.com` over
# `beritalima.com beritalima.com ...`); under a country's domain too (a Malay blog's copy of Kosmo closing on
# `www.kosmo.com.my`), or `.co` (`voiceindonesia.co`).
_BARE_SITE = re.compile(r"(?:(?:www\.)?[\w-]{1,63}(?:\.[\w-]{1,63}){0,3}\.(?:com|net|org|id|info|news|tv|co)"
                        r"(?:\.[a-z]{2})?/?(?:\s+|$)){1,8}", re.IGNORECASE)
# A wire's name alone over the lead, the photo's credit above it (Media Indonesia's `ANTARA` over `PIDATO Presiden Joko
# Widodo ...`), its photographer's name after a slash too (`ANTARA/Hafidz Mubarak A`): `_is_lone_wire_credit`.
_MAX_LONE_WIRE_CREDIT = 60
_LONE_CREDIT_NAME = re.compile(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,4}")
# ...or several, one a line, under a source's label alone (a news digest's `Sumber:` over `www.metrotvnews.com`,
# `voiceindonesia.co`, `www.cnbcindonesia.com`): the label points at them, and they and it are the story's sources.
_SOURCE_LIST_LABEL = re.compile(r"(?:sumber|sources?)\s*:", re.IGNORECASE)
_MAX_SOURCE_LIST = 8
_POINTER_WORDS = re.compile(r":\s*$|\b(?:berikut|laman|situs|tautan|link|website|web|kunjungi|alamat|di\s+bawah"
                            r"|melalui|lewat|akses|diakses|daring|online|daftar|mendaftar|pendaftaran|unduh|download"
                            r"|following|below|visit|via)\b", re.IGNORECASE)
_POINTER_REACH = 80
_MAX_BARE_SITES = 200
# A video's address alone on its line: its player embedded in the page, left as text (`https://youtube.com/watch?v=..`).
_VIDEO_ADDRESS = re.compile(
    r"https?://(?:www\.|m\.)?(?:youtube\.com/(?:watch\?v=|embed/|shorts/)|youtu\.be/)[\w-]{6,20}(?:[?&][\w=&%.-]{0,60})?")
# A line no sentence ends (`Aceh Angga Munandar Bukan Sekadar Mangkir`, `SMK Bisa! SMK Hebat!`), short.
_MAX_LINE_AFTER_CODE = 100
_SPACED_LETTERS = re.compile(r"(?:[A-Z] ){1,4}[A-Z]")
# Detik's tags flattened into one line under the code (`the professor streetball indonesia antusiasme penggemar basket
# jalanan grayson boucher meet and greet ...`): words in lower case, no capital, no punctuation but a year's slash.
_TAG_RUN = re.compile(r"[a-z0-9][a-z0-9 /-]*")
_MAX_TAG_RUN = 300
_MAX_LINES_AFTER_CODE = 2
_HEADER_BLOCKS = 8  # the blocks where a container's copy of the headline is looked for
_MAX_HEADER_LINE = 160  # a header line before it: a paragraph is longer
_STANDFIRST_END = re.compile(r"[.!?][\"”'’]?\s*[\"”'’]?$")
_QUOTE_MARKS = " \"“”'‘’"

# The tags' line with the editor's or the writer's credit run into its end, the markup between them lost (RMOL Jatim's
# `Tagar : wabah campak sumenep ... vaksinasi massal campa Editor : Budi Prasetyo`): the credit is read, the tags go.
_TAGS_THEN_CREDIT = re.compile(r"(?i:tags?|tagar|topik)\s*:.*?\s(?=(?:Editor|Penulis|Reporter|Pewarta|Redaktur)\s?:)")

# A reprint note's own lines: labelled (VIVA's `Judul Artikel : ..`, `Link Artikel : ..`, `Oleh : ..`), a link, or
# pieces of it that end no sentence (JPNN's note over several lines: `JPNN.com`, `dengan judul`, `"<headline>",`); a
# paragraph after them is text.
_MAX_NOTE_LINE = 200
_MAX_CLOSING_OPINION_BYLINE = 80
# ...its lines joined in one block, the writer's byline closing them (VIVA's copies: `Artikel ini sudah tayang di
# VIVA.co.id pada hari Kamis, 16 Juni 2022 - 05:59 WIB` over `Judul Artikel : ..`, `Link Artikel : <url>` and `Oleh :
# Dian Lestari Ningsih`, one paragraph with line breaks): the byline after the note's link names the writer.
_NOTE_BYLINE = re.compile(r"\S\s+(?P<byline>Oleh\s*:\s*[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,4})\s*$")
_NOTE_BYLINE_REACH = 80
_NOTE_LINE = re.compile(r"^(?:[^\W\d_][\w ]{0,20}\s*:\s|https?://)|(?<![.!?\"”])$")
# A reprint note names where the article first ran: it closes the article, its title, link and writer follow
# (VIVA's `Artikel ini sudah tayang di VIVA.co.id pada hari ...`, `Judul Artikel : ..`, `Link Artikel : ..`,
# `Oleh : <name>`).
_REPRINT_NOTE = re.compile(
    r"^(?:(?:artikel|berita)\s+(?:yang\s+berjudul\s+[\"“][^\"”]{1,200}[\"”]\s+)?ini\s+(?:telah|sudah)\s+"
    r"(?:taya?ng|terbit|dimuat|diterbitkan|naik\s+di)\b"  # also misspelt (`Artikel ini telah tayng di KOMPAS TV`)
    r"|konten\s+ini\s+(?:telah|sudah)\s+tayang\s+di\s+[\w-]{2,30}\.|this\s+article\s+was\s+published\s+in\s)",
    re.IGNORECASE)
# ...and its link may end the line the next page's text opens, one block where a single line break joined them (a
# copy of JPNN's paged story: `Artikel ini telah tayang di JPNN.com dengan judul "<headline>", <url> Kebakaran di
# permukiman ... terdampak. (antara/jpnn)`): the words after the link are the article's.
_TEXT_AFTER_NOTE_LINK = re.compile(r"\shttps?://\S{1,300}\s+(?=[A-Z\"“])")

# Credits in brackets closing the last paragraph, their labels with no colons (a Kompas story's copy: `... kata Eddy.
# (Penulis Rully R. Ramli | Editor Yoga Sukmana)`), read as the printed credits they are; with no colon a name follows
# its label (`(Penulis buku itu hadir)` is the text's).
_BRACKETED_CREDITS = re.compile(
    r"(?<=[.!?\"”])\s*\((?P<credits>(?:Penulis|Pewarta|Reporter|Editor)(?:\s*:\s*|\s+(?=[A-Z]))[^()]{3,140})\)$")
_BRACKETED_CREDITS_REACH = 160
_CREDIT_LABEL = re.compile(r"(?:^|(?<=\|))\s*(Penulis|Pewarta|Reporter|Editor)\s*:?\s+")

# An embed's placeholder left in the text (CNN's `[Gambas:Video CNN]`), also beside a code or a sentence.
_EMBED = re.compile(r"\s*\[gambas:[^\[\]]{0,80}\]\s*", re.IGNORECASE)
# ...and the video box's call over it, a show's name and the episode's title after the call, unquoted and with no full
# stop (detik's `Saksikan juga Sosok: Syarifa, Dalang Perempuan Wayang Potehi` over `[Gambas:Video 20detik]`): over
# anything else such a line is left to the promotions' rules.
# A channel box's heading naming the outlet over its call (BBC News Indonesia's `BBC News Indonesia hadir di WhatsApp.`
# over `Jadilah yang pertama mendapatkan berita ... langsung di WhatsApp Anda.`, the box's logo `BBC` over and under
# them): over anything but such a call the line may be a story's (`Meta AI hadir di WhatsApp` as a subheading).
_CHANNEL_HEADING = re.compile(r"(?P<name>[^\W\d_][\w.-]{1,20}(?: [\w.-]{1,20}){0,3}) hadir di (?:WhatsApp|Telegram)[.!]?",
                              re.IGNORECASE)
_MAX_CHANNEL_HEADING = 90
_WATCH_CALL = re.compile(r"(?:simak|saksikan|tonton|lihat)\s+(?:juga|pula)\s+\S", re.IGNORECASE)
_MAX_WATCH_CALL = 160

# A logo's alt text glued to the last sentence (`pungkas Yusri. rmol news logo article`).
# ...and an end mark after the last sentence or its code (`protokol kesehatan.***`, `ungkapnya. (Zulfikar)*`), or a
# wire's run of dashes after a space (Oman News Agency: `... at Al Barakah Palace this morning.   —-`, `... the friendly
# people of his country.   ---`): the dashes its dateline opens with (`Muscat, Nov 3 (ONA) —- Before ...`) close it.
_TRAILING_LOGO = re.compile(r"(?<=[.!?\"”)])\s*(?:\s(?:[a-z]+\s+){1,3}logo(?:\s+[a-z]+)?|\*{1,3}|\s[-—–]{2,3})$")
# The logo inside a paragraph of the middle of the text (RMOL's `... yang dibeli Buffett. rmol news logo article`):
# looked for in a paragraph's last characters only, when they hold the word.
_GLUED_LOGO = re.compile(r"(?<=[.!?\"”)])\s+(?:[a-z]+\s+){1,3}logo(?:\s+[a-z]+)?$")
_LOGO_REACH = 40


@dataclass
class CleanBody:
    paragraphs: list[str]
    related: list[dict[str, str]] = field(default_factory=list)
    signature: dict | None = None
    byline_author: str | None = None
    dateline: Dateline | None = None
    credits: Credits = field(default_factory=Credits)


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


_OPENING_DASH = re.compile(r"[-–—]{1,2}\s*")


def _joined_writer_lines(line: str, next_line: str) -> bool:
    """`line` is a writer's name closed by the comma that joins the next writer's, `next_line` that name (Kompas's
    header: `M Chaerul Halim,` over `Jessi Carina` over `Tim Redaksi`, the dateline under them): the two lines are one
    byline's, counted once among the leading blocks."""
    return (line[-1:] == "," and len(line) <= _MAX_WRITER_LINE and len(next_line) <= _MAX_WRITER_LINE
            and bare_name(line[:-1]) is not None and bare_name(next_line) is not None)


def _strip_dateline(blocks: list[Block], profile: SiteProfile, base: datetime | None,
                    over_credit: str | None = None) -> Dateline | None:
    """Find the dateline in the leading blocks; remove it and any caption before it (in place). `over_credit` is the
    text of the short leading block a staff credit line stood under, if any.

    An attribution clause (`kepada Kantor Berita …, Sabtu (27/5)`) is part of its sentence: kept."""
    reach = _DATELINE_BLOCKS
    if over_credit is not None:
        for index, block in enumerate(blocks[:_DATELINE_BLOCKS + _MAX_REPEATED_LEADING - 1]):
            if block.text == over_credit:
                # The staff's credit line closed a header of short lines (Republika AMP's standfirst, the photo's
                # credit and its caption over `Red: Karta Raharja Ucu`): the dateline may open the block under it.
                reach = max(reach, index + 2)
                break
    entries = 0
    while entries < min(_MAX_PLAIN_ENTRIES, len(blocks) - 1) and _is_marked_entry(blocks[entries]):
        entries += 1
    if entries >= _MIN_PLAIN_ENTRIES:
        # A box's headlines, each marked as a list's item, over the dateline, the heading lost (RM.id: `- Gandeng
        # Asephi, Menteri Teten Berantas Produk Impor Yang Rugikan UMKM Lokal` five times over `RM.id Rakyat Merdeka -
        # ...`): they take no slot, and go as what stands over a dateline does.
        reach += entries
    for index in range(1, min(_DATELINE_BLOCKS + _MAX_REPEATED_LEADING, len(blocks))):
        if index >= reach:
            break
        if blocks[index].text == blocks[index - 1].text or _caption_again(blocks[index - 1].text, blocks[index].text) or (
                index + 1 < len(blocks) and blocks[index].text in blocks[index + 1].text
                and _PHOTO_NAME_LABEL.fullmatch(blocks[index].text)) or _joined_writer_lines(blocks[index - 1].text,
                                                                                            blocks[index].text):
            reach += 1
    for index in range(min(reach, len(blocks))):
        text = blocks[index].text
        joined_line = False
        if len(text) <= _MAX_SPLIT_DATELINE and index + 1 < len(blocks):
            # `<strong>Jakarta</strong> - <p>Text...`: the dateline stands apart from its paragraph; a paragraph
            # of its own ends it as a line break does (`<p>Jakarta, NU Online</p><p>Text...`).
            for gap in (" ", "\n"):
                joined = f"{text}{gap}{blocks[index + 1].text}"
                if _dateline_ends_at(joined, len(text), profile, base):
                    blocks[index : index + 2] = [Block(joined, blocks[index].links + blocks[index + 1].links)]
                    text = joined
                    joined_line = True
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
        if dateline is not None and dateline.start <= MAX_CAPTION_CHARS:
            if dateline.attribution:
                return dateline
            if dateline.date is None and dateline.place in _SENTENCE_OPENERS:
                # A sentence's opener and a comma before a name read as a place and an outlet (`Diketahui, Suara
                # Merdeka adalah ...` after a blog's lead): a paragraph of the text, no dateline further down.
                return None
            if index >= _MIN_LEAD_BLOCKS and dateline.agency is None and dateline.date is None and all(
                    _is_lead_sentence(earlier.text) for earlier in blocks[:index]) and not _printed_twice(
                    blocks[:index]):
                # A place and a dash alone after the article's own sentences opens no story (`Perang Rusia –
                # Ukrania, ...` in the third paragraph): those sentences were its lead, not captions (one caption
                # before a dateline may read as a sentence: `Ilustrasi vaksinasi di Puskesmas ... Selatan.`; so may
                # one printed twice, the photo's text and its caption: Sinar Harian's `Gelagat lelaki misteri yang
                # sempat dirakam pemilik rumah sebelum mengusirnya keluar.` twice over `SUNGAI PETANI - ...`).
                return None
            if dateline.agency is None and dateline.date is None and _agency_dateline_follows(
                    blocks, index, profile, base):
                # A place alone before a dash, the next block opening with a dateline that names its outlet: this one
                # is a caption under its label in capitals (Tribun's `NOMOR URUT - Lima paslon ... Selasa (13/2/2018).`
                # over `TRIBUNJATENG.COM, KUDUS – ...`).
                continue
            if dateline.agency is None and dateline.date is None and _is_agency_credited_caption(text) and (
                    _dateline_follows(blocks, index, profile, base)):
                # ...or a caption closed by its agency's credit in brackets over the dateline, its subject's name and
                # a colon read as a place (a blog's copy of ANTARA: `WALHI: Titik api terdeteksi di Kalbar dalam area
                # konsesi. (ANTARA)` over `Pontianak - Wahana Lingkungan Hidup Indonesia ...`).
                continue
            rest = fold(text[offset + dateline.end :])
            if joined_line and (again := parse_dateline(rest[:400], profile=profile, base=base)) and again.start == 0:
                # The line taken for a dateline split off its paragraph was a header's (KBR's tags `KBR, KBR68H`
                # over `KBR, Jakarta – ...`, read as a place and an agency): the paragraph's own dateline is the one.
                dateline, rest = again, fold(rest[again.end:])
            if dateline.raw[-1:] in "-–—" and (left := _OPENING_DASH.match(rest)):
                rest = rest[left.end():]  # a third dash the dateline left (`BANDUNG--- Setelah`)
            if rest[len(dateline.raw):len(dateline.raw) + 1] == " " and (
                    rest[:len(dateline.raw)].lower() == dateline.raw.lower()):
                # The same credit printed twice before the text, the template's and the writer's (JPNN 2017's
                # `jpnn.com - jpnn.com - Calon Gubernur DKI Jakarta ...`): the text opens after the second.
                rest = rest[len(dateline.raw) + 1:]
            captions = {block.text for block in blocks[:index] if _LABELLED_CAPTION.match(block.text)}
            if rest and not _is_dateline_tail(rest, text, blocks, index, dateline.raw.endswith("|")):
                blocks[index] = Block(rest, blocks[index].links)
                del blocks[:index]
            else:
                del blocks[: index + 1]
            if captions:
                blocks[:] = [block for block in blocks if block.text not in captions]
            return dateline
        if len(text) > MAX_CAPTION_CHARS and not _WIRE_PHOTO_CREDIT_END.search(text, len(text) - _WIRE_CREDIT_TAIL) and (
                not _LABELLED_PHOTO_CREDIT_END.search(text, len(text) - _WIRE_CREDIT_TAIL)) and not (
                # ...nor is a long caption printed twice over (`_caption_again`), however long its description
                (index + 1 < len(blocks) and _caption_again(text, blocks[index + 1].text))
                or (index > 0 and _caption_again(blocks[index - 1].text, text))):
            break  # a real paragraph: the dateline is not further down
    return None


def _is_marked_entry(block: Block) -> bool:
    """`block` is a box's headline marked as a list's item (`- <headline>` of `_MIN_ENTRY_WORDS` words or more)."""
    text = block.text
    return (text[:2] in _ITEM_MARKS and len(text.split()) > _MIN_ENTRY_WORDS and len(text) <= MAX_CAPTION_CHARS
            and _is_bare_headline(text[2:]))


def _lead_again(blocks: list[Block]) -> int | None:
    """The index of the lead (`blocks[0]`, its dateline cut) printed again right under it or under one short block
    between (the photo's caption), else None."""
    if len(blocks) > 1 and blocks[1].text == blocks[0].text:
        return 1
    if len(blocks) > 2 and blocks[2].text == blocks[0].text and len(blocks[1].text) <= MAX_CAPTION_CHARS:
        return 2
    return None


def _caption_again(before: str, text: str) -> bool:
    """`text` prints the caption `before` again, its credit's last letters aside (Teras's copy of Tempo: `Suasana lobi
    Gedung Kementerian ... di kawasan Jakarta Pusat. Tempo/Adam Prirez` over the same with `Tempo/Adam Prireza.`)."""
    shorter = min(len(before), len(text))
    return shorter >= _MIN_CAPTION_AGAIN and abs(len(before) - len(text)) <= _CAPTION_AGAIN_SLACK and (
        before[:shorter - _CAPTION_AGAIN_SLACK] == text[:shorter - _CAPTION_AGAIN_SLACK])


def _printed_twice(blocks: list[Block]) -> bool:
    """Each of `blocks` is printed again right after itself or right before: a photo's caption twice over, no lead,
    whose sentences are printed once."""
    texts = [block.text for block in blocks]
    return len(texts) > 1 and all(text in texts[max(0, index - 1):index] + texts[index + 1:index + 2]
                                  for index, text in enumerate(texts))


def _is_captions_heading(opening: Dateline, text: str) -> bool:
    """What reads as a dateline opening the caption `text` is its heading in capitals before a colon, no place and no
    outlet, the caption its photographer's credit closes after it (JPNN's `MEMBARA: Mapolres Ogan Komering Ulu setelah
    dibakar oknum TNI. FOTO: Mustofa/Okuekspres`); a place's colon opens a story (`KUALA LUMPUR: ...`)."""
    return (opening.start == 0 and opening.agency is None and opening.date is None and opening.raw.endswith(":")
            and opening.place is not None and opening.place.isupper() and not is_gazetted(opening.place)
            and is_caption(text[opening.end:].lstrip()))


def _is_dateline_tail(rest: str, text: str, blocks: list[Block], index: int, after_bar: bool = False) -> bool:
    """What a dateline left of a short block, the paragraph in the next, is more of the dateline: a city after its
    country (MINA's Arabic `ماليزيا – كوالالمبور` over the lead) or a country's long name after its city (`جدة – المملكة
    العربية السعودية`), a rubric after its bar (`after_bar`: Berimbang's
    `Berimbang.com – Jakarta | Ekonomi & Bisnis`), not a paragraph, which ends its sentence."""
    return (len(text) <= _MAX_SPLIT_DATELINE and index + 1 < len(blocks) and not _SENTENCE_END.search(rest)
            and (len(rest.split()) <= (_MAX_RUBRIC_TAIL_WORDS if after_bar else _MAX_DATELINE_TAIL_WORDS)
                 or _ARABIC_LONG_COUNTRY.fullmatch(rest.strip()) is not None))


def _before_closing_furniture(blocks: list[Block], index: int, profile: SiteProfile) -> bool:
    """The block at `index` is the container's last, or a credit line or a related box's heading follows it, or a
    box's headlines marked as a list's items run from it to the end, their heading lost (JPNN 2019: `- Kasus Polisi
    Tembak Polisi, Ini Permintaan Walhi kepada Kapolri` and two more under the page's description)."""
    if index + 1 >= len(blocks):
        return True
    following = blocks[index + 1].text
    return bool(is_credit_line(following, profile.credit_lines) or parse_credits(following) is not None or (
        len(following) <= _MAX_RELATED_HEADING and _RELATED_HEADING.match(following))) or (
        len(blocks) - index - 1 <= _MAX_CLOSING_ENTRIES and all(_is_marked_entry(block) for block in blocks[index + 1:]))


def _agency_dateline_follows(blocks: list[Block], index: int, profile: SiteProfile, base: datetime | None) -> bool:
    """The block after `index`, among the leading ones, opens with a dateline that names an outlet or an agency (an
    attribution clause opening it cites a report inside the story: `Dilansir AFP, Kamis (8/5/2025), ...` under
    `Jakarta`)."""
    if index + 1 >= min(_DATELINE_BLOCKS, len(blocks)):
        return False
    following = parse_dateline(blocks[index + 1].text[:400], profile=profile, base=base)
    return (following is not None and following.start == 0 and following.agency is not None
            and not following.attribution)


def _dateline_follows(blocks: list[Block], index: int, profile: SiteProfile, base: datetime | None) -> bool:
    """The block after `index`, among the leading ones, opens with a dateline (an attribution clause cites a report
    inside the story)."""
    if index + 1 >= min(_DATELINE_BLOCKS, len(blocks)):
        return False
    following = parse_dateline(blocks[index + 1].text[:400], profile=profile, base=base)
    return following is not None and following.start == 0 and not following.attribution


def _is_agency_credited_caption(text: str) -> bool:
    """`text` is a short block whose sentence an agency's name in brackets closes (`... area konsesi. (ANTARA)`)."""
    credit = _AGENCY_CREDIT_END.search(text, max(0, len(text) - _MAX_AGENCY_CREDIT)) if len(
        text) <= MAX_CAPTION_CHARS else None
    return credit is not None and agency_name(credit["agency"]) is not None


def _dateline_after(blocks: list[Block], index: int) -> str:
    """The text of `blocks[index]`, or of the block under it when `blocks[index]` is the article's time line: a copied
    story prints its byline over its time and the dateline under both (a detik story pasted as text: `Yudha Maulana -
    detikNews` over `Sabtu, 11 Apr 2020 20:07 WIB` over `Bandung - Angka positif ...`)."""
    if index + 1 < len(blocks) and len(blocks[index].text) <= _MAX_ENTRY_TIME and is_header_line(blocks[index].text):
        return blocks[index + 1].text
    return blocks[index].text


def _is_copied_headline(text: str) -> bool:
    """`text` reads as a headline: a few words on one line, no sentence closed."""
    return len(text) <= _MAX_COPIED_HEADLINE and len(text.split()) >= _MIN_COPIED_HEADLINE_WORDS and (
        "\n" not in text and _STANDFIRST_END.search(text) is None)


def _is_lead_sentence(text: str) -> bool:
    """`text` is a sentence of the article's own, not a caption or a label: it ends with a full stop (or a quote) after
    `_MIN_LEAD_WORDS` words."""
    return (text.rstrip().endswith((".", "!", "?", '"', "”")) and len(text.split()) >= _MIN_LEAD_WORDS
            and not is_caption(text))


def _dateline_ends_at(text: str, boundary: int, profile: SiteProfile, base: datetime | None) -> bool:
    """`text` opens with a dateline that ends at `boundary` (where a block or a line ended), or with the dash
    opening the text after it (Kompas 2016: `<p><strong>JAKARTA, KOMPAS.com</strong></p><p>- Warga ...`)."""
    dateline = parse_dateline(text[:400], profile=profile, base=base)
    dash = _OPENING_DASH.match(text, boundary + 1)
    return dateline is not None and dateline.start == 0 and (
        boundary <= dateline.end <= (dash.end() if dash else boundary + 1))


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
    kept_at: dict[int, int] = {}  # each kept block's place among the body's blocks, by the block's identity
    related: list[dict[str, str]] = []
    credit_seen = note_seen = dated_end = False
    label_role = None  # the role of a credit label standing alone, its name on the next line
    # Under a box's heading (`Baca Juga:`): "fresh" until its first entry, then "linked" (its links) or "plain" (its
    # headlines scraped without their links, one a line), None elsewhere.
    related_box: str | None = None
    plain_entries = 0
    under_tags_heading = False
    zoomed = False  # the block before was a photo's zoom button: this one is its caption
    # The block before was an insert (its entry, or True when it had no link): this one may be the rest of its headline.
    inserted: dict[str, str] | bool = False
    size_switcher = False  # the block before was a text-size switcher's or one of its sizes: the next may be a size
    channel_logo: str | None = None  # a channel box's logo (`BBC`) over its heading went: its print under the box goes
    pager_label = False  # the block before was a pager's label alone: the next may be its numbers run together
    story_pager = False  # the block before linked the story before or after this one: this one is its headline
    headline_again = False  # the block before repeated the headline under the text: this one may be its byline
    author_box = False  # the block before was an author box's heading: this one is the writer's bio
    masthead_office = False  # the block before was a masthead's office over the text: this one is its holder
    caption_around = False  # the block before was a credit between two prints of its caption: this one is the second
    summary_points = 0  # the summary box's points still to come under its heading
    credits = Credits()
    listed_writers: list[str] = []  # the writers a contributors' list over the lead names (`Penulis, <name>`)
    closing = None
    described_captions: list[Block] = []
    over_header_credit = None  # the text of the short leading block a staff credit line stood under
    start = _headline_end(blocks, title)
    body_blocks = blocks[start:]
    for block in blocks[:start]:
        if (printed := parse_credits(block.text)) is not None:  # the header's byline (KBR's `AUTHOR / <name>`)
            _add_credits(credits, [printed])
    for index, block in enumerate(body_blocks):
        role, label_role = label_role, None
        after_zoom, zoomed = zoomed, False
        after_switcher, size_switcher = size_switcher, False
        after_insert, inserted = inserted, False
        after_headline, headline_again = headline_again, False
        after_pager_label, pager_label = pager_label, False
        after_story_pager, story_pager = story_pager, False
        after_author_box, author_box = author_box, False
        after_masthead_office, masthead_office = masthead_office, False
        if not kept and block.text[:1] in "رونبالم":
            if _MASTHEAD_OFFICE.fullmatch(block.text) or _PORTAL_NAME.fullmatch(block.text):
                masthead_office = _MASTHEAD_OFFICE.fullmatch(block.text) is not None
                continue
        if not kept and block.text.startswith("id ") and _CODED_KEYWORD_LINE.fullmatch(block.text):
            continue
        if after_masthead_office and len(block.text) <= _MAX_MASTHEAD_NAME and not block.text.endswith((".", "،", ":")):
            continue
        if summary_points:
            summary_points -= 1
            continue
        if not kept and len(block.text) <= _MAX_SUMMARY_HEADING and _SUMMARY_HEADING.fullmatch(block.text):
            summary_points = _summary_points(body_blocks, index + 1, profile)
            continue
        if caption_around:
            caption_around = False
            continue
        text = block.text
        if text.startswith("[caption ") and (paragraph := without_caption_shortcode(text)) != text:
            text, block = paragraph, Block(paragraph, block.links)
        if "@" in text and len(kept) <= _WRITER_OVER_ADDRESS_BLOCKS and _writes_over_address(kept, text):
            # A writer's name over an e-mail address of its own near the top: the header's credit copied into the
            # body (a blog's copy of Harian Metro: `Ruwaida Md Zain` over `am@hmetro.com.my`, then the photo's
            # caption and the dateline). Both go; the name is the writer's.
            # ...its byline's label before the name (a blog's copy of Berita Harian: `Oleh Teo Kok Seong` over
            # `teokok@ukm.my`) is no part of it.
            writer = kept.pop()
            credits.author = credits.author or opinion_author(writer) or writer.text
            continue
        if after_pager_label and text.isdecimal() and len(text) > 1 and _PAGE_RUN.startswith(text):
            continue
        if after_pager_label and text.isdecimal() and len(text) <= _MAX_PAGE_NUMBER_DIGITS and (
                (kept and _STANDFIRST_END.search(kept[-1].text)) or _numbers_to_the_end(body_blocks, index + 1)):
            # ...or its numbers one a line, a list's items (Kompasiana's `HALAMAN :` over `1`, `2`, `3`, `4` under the
            # text): each number keeps the pager's run going. The last block kept may end with no stop when the
            # numbers close the page (a column's date under its text: `28 Ramadan 1441H` over the promo, `HALAMAN :`,
            # `1`, `2`).
            pager_label = True
            continue
        if after_story_pager and text.endswith(_TEASER_ENDS) and len(text) <= _MAX_TEASER:
            continue
        if kept and len(text) <= _MAX_ARTICLE_PAGER and _ARTICLE_PAGER.fullmatch(text) and index + 1 < len(
                body_blocks) and body_blocks[index + 1].text.endswith(_TEASER_ENDS):
            # The link to the story before or after this one over its headline cut short (Indonesia Satu's `Artikel
            # Sebelumnya` over `Kejari Bitung Musnahkan Barang Bukti Sejumlah...`): neither is text.
            story_pager = True
            continue
        if after_story_pager and _is_bare_headline(text) and not block.links:
            continue  # ...or whole (a theme's `Berita Sebelumnya` over `<headline>`)
        if len(kept) > 1 and len(text) <= _MAX_PAGER_WORD and _PAGER_WORD.fullmatch(text) and (
                kept[-1].text == body_blocks[index - 1].text and _is_bare_headline(kept[-1].text)):
            kept.pop()
            continue
        if kept and len(text) <= _MAX_ARTICLE_PAGER and _ARTICLE_PAGER.fullmatch(text) and index + 1 < len(
                body_blocks) and _is_bare_headline(body_blocks[index + 1].text) and (
                _pager_closes(body_blocks, index + 2) or _is_pager_pair(body_blocks, index + 2)):
            story_pager = True
            continue
        if kept and len(text) <= _MAX_ARTICLE_PAGER and _ARTICLE_PAGER.fullmatch(text) and _pager_closes(
                body_blocks, index + 1):
            # ...or with no headline, the page's last lines or over the other link (GenPI's `Berita Sebelumnya` over
            # `Berita Selanjutnya` under the text).
            continue
        if kept and len(text) <= _MAX_ARTICLE_PAGER and _ARTICLE_PAGER.fullmatch(text) and index + 1 < len(
                body_blocks) and _ARTICLE_PAGER.fullmatch(body_blocks[index + 1].text) and (
                len(body_blocks) - index - 2 <= _MAX_PAGER_TAIL):
            # ...or right over the other link, a headline in any case and a box's heading under it near the page's end
            # (mStar's `Artikel Sebelum` over `Artikel Berikut` over `Dua calon PPBM 'tak lepas'` over `Artikel Lain`):
            # both links sit together only in the pager, and nothing under it is the article's.
            credit_seen = True
            continue
        if kept and text == title:
            headline_again = True
            continue  # the headline again under the text (a paged feature's last page repeats its header there)
        if not kept and len(text) <= _MAX_TAG_CHARS and text.islower() and len(text.split()) <= _MAX_ALT_WORDS and (
                not _STANDFIRST_END.search(text)) and index + 1 < len(body_blocks):
            continue  # an image's alt text in lower case over the lead (KBR's `ultah kbr`): no lead so opens
        if after_insert and text.startswith(". ") and len(text) <= _MAX_HEADLINE_TAIL:
            # The insert's headline went on after its `..` in a block of its own (`اقرأ أيضاً : إضراب عالمي وحرب شرسة.`
            # over `. غزة تقاوم الاحتلال لليوم الـ66`): no paragraph opens with a full stop.
            if isinstance(after_insert, dict):
                after_insert["title"] = fold(after_insert["title"] + text)
            continue
        if after_switcher and text.lower() in _TEXT_SIZES:  # Tribun's `Text Sizes` over `Medium`, `Large`, `Larger`
            size_switcher = True
            continue
        if text in _SIZE_CODES and (after_switcher or (
                index + 1 < len(body_blocks) and body_blocks[index + 1].text.strip() in _SIZE_CODES)):
            size_switcher = True
            continue
        if (block := _without_inserts(block, related)) is None:
            continue
        text = block.text
        if "http" in text and (addressed := _ADDRESSED_RELATED.fullmatch(text)) is not None:
            related.append({"title": addressed["title"], "url": addressed["url"]})
            continue
        related_match = _RELATED.match(text[:MAX_BLOCK_SCAN])
        if related_match and not block.links and not related_match["open"] and (
                paragraph := _paragraph_after_insert_line(block, related_match.start("title"))):
            # `Baca juga: <headline><br>"Teruslah ...," kata dia.`: the line break ends the headline; the paragraph
            # under it in the same block stays.
            text = paragraph
            block = Block(text, block.links)
            related_match = None
        if related_match and not block.links and not related_match["open"] and (
                len(text) - related_match.start("title") > _MIN_RUN_ON_INSERT) and (
                paragraph := _paragraph_after_flat_insert(text, related_match.start("title"))):
            # The paragraph after it was run into the insert's line (Kompas flattened: `Baca juga: Mengenal Operasi
            # Rising Lion, ... Ilmuwan Nuklir Sebagai pesawat siluman, jet tempur F-35 ...`): the paragraph stays.
            text = paragraph
            block = Block(text, block.links)
            related_match = None
        if related_match and not related_match["title"]:  # `Artikel Terkait:` over a list of links
            if _box_closes_container(body_blocks, index):
                break
            related_box, plain_entries = "fresh", 0
            continue
        if related_match:
            title = related_match["title"]
            if len(block.links) > 1 and fold(title) == " ".join(link.text for link in block.links):
                # `Baca juga:<br><a>..</a><br><a>..</a>`: each link is an entry.
                related += [entry for link in block.links if (entry := _related_entry(Block(link.text, [link]), ""))]
            elif entry := _related_entry(block, title):
                related.append(entry)
                inserted = entry
            inserted = inserted or True
            continue
        if (len(text) <= _MAX_PHOTO_FACTS_HEADING and _PHOTO_FACTS_HEADING.fullmatch(text)
                and index + 1 < len(body_blocks) and _PHOTO_FACT_LABEL.fullmatch(body_blocks[index + 1].text)):
            break  # the picture's file facts run to the container's end
        if len(text) <= _MAX_RELATED_HEADING and _RELATED_HEADING.match(text):
            if _box_closes_container(body_blocks, index):
                break
            if entries := _entries_over_heading(kept, body_blocks[index + 1:index + 2]):
                del kept[-entries:]
            related_box, plain_entries = "fresh", 0
            continue
        if len(text) <= _MAX_SISTER_LABEL and ("Artikel" in text or "ARTIKEL" in text) and (
                label := _SISTER_BOX_LABEL.search(text)) is not None and (
                not (headline := text[:label.start()].strip()) or _is_bare_headline(headline)):
            # The label alone (its headline the block before) or after its headline in one block.
            if not headline and kept and not kept[-1].links and _is_bare_headline(kept[-1].text):
                kept.pop()
            elif not headline and kept and is_link_list(kept[-1]) and (entry := _related_entry(kept[-1], "")):
                related.append(entry)
                kept.pop()
            continue
        if len(block.links) == 1 and len(text) <= _MAX_RELATED_INSERT and block.links[0].text == text and (
                opening := _SEE_ALSO_LINK.match(text)) and (entry := _related_entry(block, "")):
            related.append({"title": text[opening.end():], "url": entry["url"]})
            continue
        if block.links and len(text) <= _MAX_RELATED_INSERT and (opening := _RELATED_OPENING.match(text)) and (
                text[opening.end():] == " ".join(link.text for link in block.links)):
            related += [entry for link in block.links if (entry := _related_entry(Block(link.text, [link]), ""))]
            continue
        if len(block.links) == 1 and text[:1] in _BULLETS and len(text) <= _MAX_RELATED_INSERT and is_link_list(
                block) and _is_bare_headline(block.links[0].text) and (entry := _related_entry(
                    Block(block.links[0].text, block.links), "")):
            # A story's headline linked alone under a list's bullet between paragraphs (Tribun's `• Penyebab Persipura
            # Jayapura Kalah 1-3 dari Persib Bandung, Info Pelatih Mutiara Hitam Jacksen Ungkap`): a related entry.
            related.append(entry)
            continue
        if len(block.links) == 1 and kept and index + 1 < len(body_blocks) and len(text) <= _MAX_RELATED_INSERT and (
                text == block.links[0].text) and _is_bare_headline(text) and _slug_spells(block.links[0].href, text) and (
                entry := _related_entry(block, "")):
            # ...or with no bullet, the link's address spelling the headline's first words as another story's slug
            # (iNews's `Polda Sumut Tangkap 2 Nelayan Bawa Sabu 10 Kg di Asahan` linked to `.../berita/polda-sumut-
            # tangkap-2-nelayan-bawa-sabu-10-kg-di-asahan` between two paragraphs): a subheading links nowhere so.
            related.append(entry)
            continue
        if len(text) <= _MAX_RELATED_HEADING and _TAGS_OR_CATEGORY_HEADING.match(text):
            under_tags_heading = True
            continue
        if text.startswith(("Tag", "Topik")) and _GLUED_TAGS.fullmatch(text) and (
                text.count(" ") >= _MIN_GLUED_TAG_WORDS - 1) and index and not (
                body_blocks[index - 1].text.endswith(_SENTENCE_ENDS)):
            # Under the agency's credit or a box's line, not under a paragraph (`TagHeuer Monaco dipamerkan ...`).
            under_tags_heading = True
            continue
        if (related_box in ("fresh", "linked") or under_tags_heading) and is_link_list(block):
            if related_box:  # one link per line, or several in one block: each is an entry
                related += [entry for link in block.links if (entry := _related_entry(Block(link.text, [link]), ""))]
                related_box = "linked"
            continue
        if related_box and len(text) == 1 and text in _LIST_MARKS:  # Suara's AMP box: a dash alone over each headline
            continue
        # Suara's box copied as text: `Baca Juga:` over its three headlines, then the paragraph. Three in a row make
        # such a box: one or two lines after the heading may be a headline and the article's subheading; a headline
        # marked as a list's item is an entry alone (PotretNews's `SIMAK:` over `* Tanpa Pergub, ...`).
        if related_box in ("fresh", "plain") and not block.links and plain_entries < _MAX_PLAIN_ENTRIES and (
                _is_bare_headline(text.lstrip(_LIST_MARKS))) and (related_box == "plain" or text[:2] in _ITEM_MARKS or all(
                    not following.links and _is_bare_headline(following.text.lstrip(_LIST_MARKS))
                    for following in body_blocks[index + 1:index + _MIN_PLAIN_ENTRIES]) and (
                    index + _MIN_PLAIN_ENTRIES <= len(body_blocks))):
            related_box = "plain"
            plain_entries += 1
            continue
        # ...or each entry over the time it was published, its headline in the case a sentence has (ANTARA's regional
        # sites: `Berita Terkait` over `Harga emas naik setelah ekuitas AS jatuh dan perang Ukraina-Rusia berlanjut` and
        # `Selasa, 12 April 2022 5:40`, six times): the time line under each makes the box, however many entries.
        if related_box and not block.links and _is_dated_entry(body_blocks, index):
            related_box = "plain"
            continue
        if related_box == "plain" and is_header_line(text) and index and _is_dated_entry(body_blocks, index - 1):
            continue
        if related_box == "linked" and text.endswith(_TEASER_ENDS) and len(text) <= _MAX_TEASER and (
                _closes_box(body_blocks, index + 1)):
            # A linked entry's excerpt cut short under its headline (a theme's `Check Also` box: `<a>Harian Metro
            # apologize ...</a>` over `Harian Metro has issued a second apology ... “Ibuku ...`), the box's or the
            # comments' next, or the container's end; a paragraph after an insert's links goes on with the text.
            continue
        related_box, under_tags_heading = None, False
        if note_seen and (len(text) > _MAX_NOTE_LINE or not _NOTE_LINE.search(text)):
            note_seen = False  # a paragraph after a reprint note: the note stood inside the article
        if credit_seen or note_seen:
            # After the site's credit line nothing is text, but its reporter and editor may be named there
            # (MINA's `Wartawan: <name>`, `Editor: <name>` under `Mi'raj News Agency (MINA)`); so are a reprint
            # note's lines (VIVA's `Judul Artikel : ..`, `Link Artikel : ..`, `Oleh : <name>`).
            if (printed := parse_credits(text)) is not None:
                credits.author = credits.author or printed.author
                credits.editor = credits.editor or printed.editor
            elif writer := opinion_author(block):
                credits.author = credits.author or writer
            continue
        if reporter := reporter_name(text):
            credits.author = credits.author or reporter
            if kept and len(kept) <= _MAX_HEADER_OVER_REPORTER and text[:8].lower() == "laporan " and all(
                    len(earlier.text) <= MAX_CAPTION_CHARS for earlier in kept) and index + 1 < len(body_blocks):
                # A `Laporan ...` reporter line opens the story's text: short lines over it are the header's, copied
                # into the text (a Tribun Jabar copy's `Senin, 26 Juli 2021 08:40 Editor:`, its standfirst, the
                # photo's `Tribun Jabar/Deni Denaswara` and caption over `Laporan Wartawan Tribun Jabar, Ferdyan
                # Adhy Nugraha`, no dateline under it to take them as what stands over one).
                kept.clear()
            continue
        if (not kept or (len(kept) == 1 and _is_copied_headline(kept[0].text))) and index + 1 < len(body_blocks) and (
                writer := outlet_byline(text, _dateline_after(body_blocks, index + 1), title)) is not None:
            credits.author = credits.author or writer  # `<Name> | <OUTLET>` over the dateline
            continue
        if not kept and index + 1 < len(body_blocks) and (
                writer := unlabelled_reporter(text, body_blocks[index + 1].text)) is not None:
            credits.author = credits.author or writer  # `Peliput Alyakin` over the dateline
            continue
        if not kept and index + 1 < len(body_blocks) and (
                writer := report_label_writer(text, body_blocks[index + 1].text)) is not None:
            credits.author = credits.author or writer  # `Laporan H.Bakhtiar Danau` over `Dari Bandung`
            continue
        # A page widget's label over the lead (MINA 2024's translate box: `Select Language` over `Ramallah, MINA – ...`)
        # is page noise, no writer's name.
        if (not kept or (len(kept) == 1 and _is_copied_headline(kept[0].text))) and index + 1 < len(body_blocks) and (
                writer := opening_name(text, body_blocks[index + 1].text, title)) is not None \
                and not is_noise(text, boilerplate):
            # A name alone over the lead (`James Kon`): no label says it is the writer's, so it ranks with a closing
            # credit's name, under the printed credits and the header's byline. A blog's copy may print the story's
            # own headline over it (`Tiada apa nak dibangga 100 hari Anwar jadi PM, kata Mahathir` over `Faiz Zainudin
            # dan Shahrul Shahabudin`, the blog's post under a headline of its own).
            credits.closing = credits.closing or writer
            continue
        if kept and (writer := _author_box_name(body_blocks, index)) is not None:
            credits.author, credit_seen = credits.author or writer, True
            if len(kept) > 1 and _is_tag_line(kept[-1].text) and _STANDFIRST_END.search(kept[-2].text):
                kept.pop()  # the theme's tags over its author box, in small letters (`polrestacirebon`, `bitung`)
            continue
        if not kept and (contributor := listed_contributor(text)) is not None and (
                contributor[0] == "writer" or listed_writers):
            # A contributors' list over the lead: its writers, and the role under each (`Peranan, Singapura`).
            if contributor[0] == "writer" and len(listed_writers) < MAX_LISTED_WRITERS and (
                    credits.author is None or listed_writers):
                listed_writers.append(contributor[1])
                credits.author = ", ".join(listed_writers)
            continue
        if not kept and (glued := glued_reporter_line(text)) is not None:  # the dateline then opens the block
            credits.author = credits.author or glued[0]
            text = text[glued[1]:]
            block = Block(text, block.links)
        if (reviewer := reviewer_name(text)) is not None:
            credits.author = credits.author or reviewer
            continue
        if (printed := parse_credits(text)) is not None:
            if over_header_credit is None and kept and len(kept) < _DATELINE_BLOCKS + _MAX_REPEATED_LEADING - 1 and all(
                    len(earlier.text) <= MAX_CAPTION_CHARS for earlier in kept):
                over_header_credit = kept[-1].text  # a credit line under the header's short lines
            if not names_a_book(body_blocks, index):  # a review's particulars name the book's writer, not its own
                credits.author = credits.author or printed.author
                credits.editor = credits.editor or printed.editor
            label_role = empty_label(text)
            if printed.editor is not None and len(kept) >= _MIN_LEAD_BLOCKS and not any(
                    len(later.text) >= _MIN_PARAGRAPH_AFTER_CREDIT for later in body_blocks[index + 1:]) and (
                    not _short_paragraphs_follow(body_blocks, index + 1)):
                # The editor's credit under the text, nothing after it long enough for a paragraph: the page's boxes
                # and links follow (iNews's `Editor : <name>` over `BERITA POPULER`, `Kanal`, `Network`, `MNC Portal`).
                credit_seen = True
            continue
        if own_credit is not None and own_credit.match(text[:MAX_BLOCK_SCAN]):
            credit_seen = True
            continue
        if kept and crew_label(text) and index + 1 < len(body_blocks) and bare_name(body_blocks[index + 1].text):
            # A video's crew under the text, each label over its name (`Videografer:` over `Fakhtar Khairon Lubis`):
            # both go, and the name is no writer's.
            label_role = "crew"
            continue
        if kept and len(text) <= _MAX_CODE_BLOCK and text.startswith("انته") and (
                end_mark := _ARABIC_END_MARK.fullmatch(text)) is not None:
            codes = [part for part in _END_MARK_CODE_PARTS.split(end_mark["codes"]) if part]
            closing, credit_seen = {"raw": text, "codes": codes}, True
            continue
        if kept and len(text) <= _MAX_CODE_BLOCK and _ARABIC_INITIALS_CODE.fullmatch(text):
            closing, credit_seen = {"raw": text, "codes": [part.strip() for part in text.split("/")]}, True
            continue
        if kept and len(text) <= _MAX_CODE_BLOCK and (code := closing_code(text, profile)) is not None:
            closing, credit_seen = code, True  # `(kpl/sry)` alone ends the article: what follows is the page's
            continue
        if after_author_box:
            continue  # the writer's bio under the box's heading
        if kept and len(text) <= _MAX_AUTHOR_BOX_HEADING and (box := _AUTHOR_BOX_HEADING.fullmatch(text)) and (
                index + 1 < len(body_blocks) and _closes_box(body_blocks, index + 2)):
            author_box = True
            continue
        # ...or a box printing the writer's name alone over a bio that opens with the writer's role, not the name
        # (Suara Merdeka's `Borhan Abu Samah` over `Ketua Pengarang Suara Merdeka. Menjadi wartawan sejak 1993 ...`
        # over `Related Articles`): the name is the writer's, the bio no part of the article.
        if kept and index + 1 < len(body_blocks) and (
                writer := name_over_bio(text, body_blocks[index + 1].text)) is not None and _closes_box(
                body_blocks, index + 2):
            credits.author, credit_seen, author_box = credits.author or writer, True, True
            continue
        if kept and len(text) <= _MAX_WRITER_BOX_LABEL and _WRITER_BOX_LABEL.fullmatch(text) and (
                index + 1 < len(body_blocks) and (writer := bare_name(body_blocks[index + 1].text))) and (
                index + 2 >= len(body_blocks) or body_blocks[index + 2].text.startswith(writer)):
            credits.author, credit_seen = credits.author or writer, True
            continue
        if kept and text.startswith("عن ") and len(text) <= _MAX_AUTHOR_BOX_HEADING and (
                box := _AUTHOR_BOX_HEADING.fullmatch(text)) and _closes_box(body_blocks, index + 1):
            credits.author = credits.author or box["name"]  # the box with no bio: the related box's heading under it
            continue
        if kept and len(text) <= _MAX_RESPONSES_HEADING and text[:1].isalnum() and _RESPONSES_HEADING.fullmatch(text):
            credit_seen = True  # the readers' comments follow
            continue
        if kept and len(text) <= _MAX_COMMENTS_HEADING and _REPLY_FORM_HEADING.fullmatch(text) and (
                index + 1 < len(body_blocks) and _REPLY_FORM_NOTE.match(body_blocks[index + 1].text)):
            credit_seen = True  # the reply form: nothing under it is the article's
            continue
        # The heading asked of the reader (`Komentar Anda?`) is the box's under a one-paragraph story too.
        if (len(kept) >= _MIN_LEAD_BLOCKS or kept and text.endswith("?")) and len(text) <= _MAX_COMMENTS_HEADING and (
                _COMMENTS_HEADING.match(text) or (
                    _COMMENT_COUNT.fullmatch(text) and index + 1 < len(body_blocks)
                    and len(body_blocks[index + 1].text) <= _MAX_COMMENTER_LINE
                    and _COMMENTER_LINE.fullmatch(body_blocks[index + 1].text))) and (
                len(body_blocks) - index - 1 <= _MAX_COMMENT_BOX):
            credit_seen = True  # the comment box's heading near the end (KBR's `Komentar (0)` over its note to readers)
            if tags := _tags_over_comments(kept):
                del kept[-tags:]
            continue
        if kept and len(text) <= _MAX_SUBSCRIBE_CALL and _SUBSCRIBE_CALL.fullmatch(text) and (
                len(body_blocks) - index - 1 <= _MAX_COMMENT_BOX):
            credit_seen = True
            continue
        if kept and kept[-1].text.endswith(_CUT_ENDS) and len(text) <= _MAX_EDITION_POINTER and (
                _EDITION_POINTER.fullmatch(text)):
            credit_seen = True
            continue
        if kept and len(text) <= _MAX_COMMENT_DISCLAIMER and _COMMENT_DISCLAIMER.fullmatch(text) and (
                len(body_blocks) - index - 1 <= _MAX_COMMENT_BOX):
            credit_seen = True
            if len(kept) > _MIN_LEAD_BLOCKS and kept[-1].text == body_blocks[index - 1].text and _COMMENTS_WORD.search(
                    kept[-1].text):
                kept.pop()  # the comment policy over it
            continue
        if len(text) <= _MAX_DISTRIBUTOR_NOTE and text[:1] in "Dd" and _DISTRIBUTOR_NOTE.fullmatch(text):
            credit_seen = credit_seen or bool(kept)
            continue
        if kept and (sign_off := _SIGN_OFF.match(text)) and (
                _is_source_credit(text[sign_off.end():]) or names_an_outlet(text[sign_off.end():])
                or _DASHED_SIGN_OFF.fullmatch(text)):
            credit_seen = True  # a wire's sign-off (`-- BERNAMA`) ends its story: what follows is the agency's blurb
            continue
        if kept and text[-1:].isdigit() and (stamp := _dated_sign_off(text)) is not None:
            text = text[:stamp]
            block = Block(text, block.links)
            dated_end = True
        if _page_item(text) is not None and _is_pager_number(body_blocks, index):
            continue
        if "-" in text and text.islower() and _ICON_NAME.fullmatch(text):
            continue
        if len(text) <= _MAX_COUNT and text.isdecimal() and index and _COUNTER_LABEL.fullmatch(body_blocks[index - 1].text):
            continue
        if text in _ZOOM_BUTTONS or (text.endswith(("Perbesar", "PERBESAR")) and _ICON_ZOOM_BUTTON.fullmatch(text)):
            zoomed = True
            continue
        if after_zoom and len(text) <= MAX_CAPTION_CHARS and (
                text.endswith(")") or "/" in text[-_ZOOM_CREDIT_REACH:]) and (
                parse_dateline(text[:400], profile=profile) is None):
            continue
        # A caption among the leading blocks may carry the dateline and its paragraph (`Photo: PIC Jakarta, MINA –
        # ...`); one its bracketed credit closes is the caption alone (`Liga Champions - Ilustrasi ...
        # (Bola.com/<photographer>)`), and further down a caption's heading is no dateline (`JALAN MERR: Proyek ...`).
        if text.endswith(")") and "umber" in text[-_MAX_FIGURE_WORDS:] and (
                source := _SOURCE_CLOSED_TITLE.search(text, max(0, len(text) - _MAX_FIGURE_WORDS - 20))) is not None and (
                _is_bare_headline(text[:source.start()])):
            continue
        if is_caption(text) and (text.endswith(")") or len(kept) >= _DATELINE_BLOCKS
                                 or (opening := parse_dateline(text[:400], profile=profile)) is None
                                 or _WIRE_PHOTO_CREDIT_END.search(text, max(0, len(text) - _WIRE_CREDIT_TAIL))
                                 or _is_captions_heading(opening, text)):
            if len(text) > _MIN_DESCRIBED_CAPTION:
                described_captions.append(block)
            if kept and index and kept[-1].text == body_blocks[index - 1].text and text.startswith(kept[-1].text + " "):
                kept.pop()  # the caption's words the line before printed without its credit (the photo's alt text)
            elif kept and 0 < index < len(body_blocks) - 1 and len(kept[-1].text) <= MAX_CAPTION_CHARS and (
                    kept[-1].text == body_blocks[index - 1].text == body_blocks[index + 1].text):
                # A credit alone between two prints of its caption (Republika's `Warga membaca epaper koran ...
                # Jumat (29/12).` over `Foto: Edwin D Putranto/Republika` over the caption again): both prints go.
                kept.pop()
                caption_around = True
            continue
        if text.startswith("http") and _VIDEO_ADDRESS.fullmatch(text) and not (kept and _POINTER_WORDS.search(
                kept[-1].text, max(0, len(kept[-1].text) - _POINTER_REACH))):
            continue  # unless the sentence before points at it (`Tonton videonya di tautan berikut:`)
        if not kept and len(text) <= _MAX_BARE_SITES and _BARE_SITE.fullmatch(text):
            continue  # the outlet's logo text alone over the lead (Kabar6's `Kabar6.com` over `Kabar6-Aktivis ...`)
        # The next page's text after a reprint note's link, in the note's block: the text stays, the note goes. The
        # copy's credits after the link are no text (`..., Klik untuk baca: <url>.<br>Penulis : Nabilla Ramadhian<br>
        # Editor : Ni Luh Made Pertiwi F.`): the note's ending reads them.
        if kept and _REPRINT_NOTE.match(text) is not None and (
                link := _TEXT_AFTER_NOTE_LINK.search(text)) is not None and _is_lead_sentence(
                rest := split_signature(text[link.end():], profile)[0]) and parse_credits(rest) is None:
            text = text[link.end():]
            block = Block(text, block.links)
        if text.startswith(("Tag", "tag", "TAG", "Topik")) and (tags := _TAGS_THEN_CREDIT.match(text)) and (
                printed := parse_credits(text[tags.end():])) is not None:
            _add_credits(credits, [printed])
            continue
        if len(text) <= _MAX_CHANNEL_HEADING and " hadir di " in text and (
                heading := _CHANNEL_HEADING.fullmatch(text)) is not None and index + 1 < len(body_blocks) and is_noise(
                body_blocks[index + 1].text, boilerplate):
            # The box's logo, its alt text the outlet's short name, over and under it goes with it.
            channel_logo = heading["name"].split()[0]
            if kept and kept[-1].text == channel_logo:
                kept.pop()
            continue
        if channel_logo is not None and text == channel_logo and index > 0 and is_noise(
                body_blocks[index - 1].text, boilerplate):
            channel_logo = None
            continue
        if len(text) <= _MAX_WATCH_CALL and _WATCH_CALL.match(text) and not _SENTENCE_END.search(text) and (
                index + 1 < len(body_blocks) and _EMBED.fullmatch(body_blocks[index + 1].text)):
            continue  # the video box's call over its player (`Saksikan juga Sosok: ...` over `[Gambas:Video 20detik]`)
        if text.startswith("http") and index and body_blocks[index - 1].text.endswith(":") and _BARE_LINK.fullmatch(
                text) and is_noise(body_blocks[index - 1].text, boilerplate):
            continue  # the link a call to follow pointed at over it (SANA's `... عبر الرابط :` over its Telegram link)
        if is_noise(text, boilerplate):
            # A promotion may print credits (`Artikel ini telah tayang di Kompas.com dengan judul "..", Penulis :
            # <name>Editor : <name>`); a reprint note after text closes the article.
            if (ending := glued_ending(text)) is not None:
                _add_credits(credits, ending[1])
            if _REPRINT_NOTE.match(text) is not None and (byline := _NOTE_BYLINE.search(
                    text, max(0, len(text) - _NOTE_BYLINE_REACH))) is not None and (
                    writer := opinion_author(Block(byline["byline"]))) is not None:
                credits.author = credits.author or writer
            note_seen = note_seen or bool(kept) and _REPRINT_NOTE.match(text) is not None
            size_switcher = _SIZE_SWITCHER.fullmatch(text) is not None
            pager_label = len(text) <= 9 and _PAGER_LABEL.fullmatch(text) is not None
            named_box = len(kept) > 1 and bare_name(kept[0].text) is not None and kept[1].text.startswith(
                kept[0].text + " ")
            if kept and len(kept) <= _MAX_HEADER_OVER_DISCLAIMER and _PLATFORM_DISCLAIMER.match(text) and all(
                    len(earlier.text) <= MAX_CAPTION_CHARS and (named_box or not earlier.text.endswith(_SENTENCE_ENDS))
                    for earlier in kept):
                # A blog platform's disclaimer over the post, short header lines over it and no sentence among them
                # (Kompasiana: `Yon Bayu` over `Yon Bayu Mohon Tunggu... Penulis - <bio>`, the bio, `Tutup`,
                # `Inovasi Pilihan`, `18 Mei 2022   11:42 Diperbarui: ...`): the header was the writer's box. The
                # name printed again opening the next line makes it one whatever its bio says (`Kecintaannya pada
                # dunia literasi membawanya ... melalui karya tulis.`).
                if named_box:
                    credits.author = credits.author or bare_name(kept[0].text)
                kept.clear()
            if kept and (code := closing_code(text, profile, whole=False)) is not None:
                # A promotion the editorial code closes, one block where single line breaks joined them
                # (`Simak Video "..." [Gambas:Video 20detik] (wsw/wsw)`): the code still ends the article.
                closing, credit_seen = code, True
            continue
        if not kept and len(text) <= _MAX_NAME_OVER_HEADER and _NAME_OVER_HEADER.fullmatch(text) and (
                index + 1 < len(body_blocks) and is_header_line(body_blocks[index + 1].text)):
            continue  # the header's writer alone over its time line (Suara's `Eleonora PEW` over `Kamis, ... WIB`)
        if not kept and len(text) <= _MAX_LONE_WIRE_CREDIT and _is_lone_wire_credit(text) and (
                index + 1 < len(body_blocks) and body_blocks[index + 1].text[:1] not in "-–—"):
            continue  # the photo's credit under it, over the lead (Media Indonesia's `ANTARA` over `PIDATO Presiden ...`)
        if text == title or is_header_line(text):
            if after_headline or (index == 0 and start > 0):
                # The repeated header's byline (ANTARA: `Oleh <name> Minggu, 16 Juni 2024 18:00 WIB`), or the
                # header's under the container's headline (RMOL's AMP: `<date> | <time> WIB | LAPORAN: <NAME>`),
                # names the writer.
                credits.author = credits.author or header_line_author(text)
            continue
        if not kept and len(text) <= MAX_CAPTION_CHARS and _opens_with_alt_and_caption(body_blocks, index):
            continue
        if len(text) <= _MAX_FIGURE_WORDS and _is_figure_words(text, body_blocks, index):
            # The copy before it went with it, the caption's own credit run in or not.
            if kept and index and kept[-1].text == body_blocks[index - 1].text and (
                    kept[-1].text == text or kept[-1].text.startswith(text + " ")):
                kept.pop()
            elif len(kept) == 1 and index and kept[0].text == body_blocks[index - 1].text and index + 1 < len(
                    body_blocks) and body_blocks[index + 1].text == text and (writer := bare_name(kept[0].text)) and " " in writer and (
                    writer not in text and not is_desk(writer) and not is_gazetted(writer)):
                # A columnist's box opening the text: the name over the role printed twice (Kompas's `Aznil Tan` over
                # `Direktur Eksekutif Migrant Watch` twice): the name is the writer's, no paragraph. A place over
                # its caption, or a name the twice-printed caption names again (whom the photo shows), is no writer.
                credits.author = credits.author or writer
                kept.pop()
            continue
        if text.startswith(("Video", "VIDEO", "Berita Video", "BERITA VIDEO")) and _is_video_box(text, body_blocks, index):
            continue
        # Most blocks name neither a photo link nor a handle and skip the embedded post's pattern.
        if ("(@" in text or "pic.twitter.com/" in text) and is_embedded_post(text):
            continue
        if kept and index + 1 == len(body_blocks) and text.count(",") + 1 >= _MIN_KEYWORD_LIST and (
                _is_keyword_list(text)):
            continue  # the page's keywords printed as the last paragraph (`Polda Jateng, Kapolda Jateng, ...`)
        if kept and text.endswith(_TEASER_ENDS) and _cut_teasers_to_the_end(body_blocks, index):
            # Other stories' leads cut mid-sentence, one a block, closing the page (Boombastis's box under the text:
            # `Kekuatan rakyat dunia maya memang sangat luar biasa. Seperti angin yang berhembus di celah-celah
            # sempit,…`, `Ada yang baru dari masyarakat untuk bangsa Indonesia. ... kini…`): two or more, none of them
            # ended before its mark.
            continue
        if kept and text.endswith(_TEASER_ENDS) and len(text) <= _MAX_TEASER and (
                (teaser := parse_dateline(text[:400], profile=profile)) is not None and teaser.start == 0):
            # Another story's lead cut short (Monitor's `MONITOR, Jakarta - Kementerian Agama (Kemenag), ...…`), its
            # headline the line before it (SatuHarapan's next story under the editor's line), also in sentence case
            # right under a box's heading (SANA's `Check Also` over `Al Assad National Library, ... discuss boosting
            # cultural relations`).
            if len(kept) > 1 and index and kept[-1].text == body_blocks[index - 1].text and not kept[-1].links and (
                    _is_bare_headline(kept[-1].text) or _is_boxed_headline(kept[-1].text, body_blocks, index - 1)):
                kept.pop()
            continue
        if len(kept) > 1 and (text[-1:].isalnum() or text[-1:] == ",") and (
                _MIN_DESCRIPTION <= len(text) <= _MAX_TEASER) and (
                _before_closing_furniture(body_blocks, index, profile)) and (
                (teaser := parse_dateline(text[:400], profile=profile)) is not None and teaser.start == 0):
            # The page's description under the text, its lead cut at a word with no mark (JPNN's `JAKARTA - Komisi
            # Nasional ... dibanding Komisi Pemilihan Umum (KPU), Komisi Pemberantasan Korupsi` over `Redaktur &
            # Reporter : ...`), or at the comma before it (JPNN 2016's `BOGOR - Dua tim unggulan ... di Stadion
            # Pakansari,`): no paragraph so placed opens with a dateline and stops mid-sentence.
            continue
        if len(kept) > 1 and index + 1 < len(body_blocks) and kept[-1].text == body_blocks[index - 1].text and (
                _MIN_DESCRIPTION <= len(text) <= _MAX_TEASER) and text.endswith(".") and (
                _before_closing_furniture(body_blocks, index, profile)) and (
                split_signature(kept[-1].text, profile)[1] is not None):
            # The page's standfirst printed between the writer's code and the closing credits (JPNN's `... ujar AKBP
            # Dody. (mcr36/jpnn)`, then `Polres Indragiri Hulu menyosialisasi pemilu damai 2024 sampai ke pelosok
            # negeri. ...` over `Redaktur : <name>`): the code ended the text, the credits close the page.
            continue
        if len(text) <= _MAX_BYLINE_LABEL and _BYLINE_LABEL.fullmatch(text) and not (
                index + 1 < len(body_blocks) and bare_name(body_blocks[index + 1].text)):
            continue  # a byline's label whose name, a link, the text lost (reporter.id's `oleh` twice over the lead)
        if role is not None and (name := bare_name(text)) is not None:  # `EDITOR :` over `RENI ERINA`
            if role != "crew":
                _add_credits(credits, [Credits(author=name) if role == "author" else Credits(editor=name)])
            continue
        if role is not None and _ACCOUNT_NAME.fullmatch(text):
            # The label's holder printed as the site's account for them, one word in small letters (Kompas.id 2019:
            # `Editor:` over `agnesrita` under the text): no sentence, and no person's name to credit.
            continue
        if kept and index and kept[-1].text == body_blocks[index - 1].text and (
                len(text) - len(kept[-1].text) <= _MAX_SLASH_CREDIT + 2) and not kept[-1].text.endswith(_SENTENCE_ENDS) and (
                text.startswith(kept[-1].text + " /") or (
                    text.endswith(")") and text.startswith(kept[-1].text + " (")
                    and _BRACKETED_SLASH_CREDIT.fullmatch(text, len(kept[-1].text)) is not None)):
            kept.pop()
            continue
        if text.endswith("***") and (mark := _END_MARK.search(text, max(0, len(text) - 5))) is not None:
            text = text[:mark.start()]
            block = Block(text, block.links)
        if text.find("logo", len(text) - _LOGO_REACH) >= 0 and (
                logo := _GLUED_LOGO.search(text, max(0, len(text) - _LOGO_REACH))):
            block = Block(text[:logo.start()], block.links)
        kept.append(block)
        kept_at[id(block)] = index
        credit_seen = credit_seen or dated_end
    kept = _drop_page_ending(kept, kept_at, len(body_blocks), described_captions, credits, profile, title)
    byline_author, filed = _take_opening_byline(kept, credits)
    dateline = _strip_dateline(kept, profile, published, over_header_credit)
    if dateline is None and filed is not None:
        raw = f"{filed[1]}, {filed[2]}"
        dateline = Dateline(raw, filed[2], agency_name(filed[1]) or filed[1], None, None, 0, len(raw),
                            agency_raw=filed[1], agency_in_table=agency_name(filed[1]) is not None)
    if dateline is not None and title and title.isupper() and kept and kept[0].text.startswith(f"{title}. ") and (
            len(kept[0].text) > len(title) + 2):
        # The headline restated in capitals after the dateline, as a photo agency's caption opens (ANTARA Foto 2012:
        # `MEDAN, 16/4 - DORONG PETUGAS BANDARA. Ketua DPRD Kota Medan, ...` under the headline `DORONG PETUGAS
        # BANDARA`): the caption's text starts after it.
        kept[0] = Block(kept[0].text[len(title) + 2:], kept[0].links)
    if dateline is not None and (again := _lead_again(kept)):
        # The lead printed again under the photo's caption, its dateline left off (a blog's `www.laborblog.my.id -
        # Direktur Eksekutif ...` over `Komisaris Utama PT Pertamina ... | Net` over `Direktur Eksekutif ...`): the
        # lead was the page's summary over the photo; the text says it once.
        del kept[again]
    if len(kept) > _MIN_LEAD_BLOCKS and kept[-1].text == kept[0].text and not any(
            block.text == kept[0].text for block in kept[1:-1]):
        # The lead printed again under the text, the page's description (JPNN's `Penjagaan di Polres Kotawaringin
        # Barat (Kobar) diperketat ...` under the last paragraph): a story does not end with its first paragraph
        # (a text saying one paragraph over and over is another thing).
        kept.pop()

    if (tags_from := _trailing_tag_list(kept)) is not None:
        del kept[tags_from:]

    signature = _take_signature(kept, credits, profile, title, closing)
    return CleanBody([b.text for b in kept], related, signature, byline_author, dateline, credits)


def _drop_page_ending(kept: list[Block], kept_at: dict[int, int], block_count: int,
                      described_captions: list[Block], credits: Credits, profile: SiteProfile,
                      title: str | None) -> list[Block]:
    """The text's blocks without the page's lines under its last paragraph: credit lines, perks, widgets, other
    stories' entries, stranded labels, a glued or bracketed ending, short lines under a writer's code, a closing
    name or byline. Whom those lines name goes into `credits`; a page whose blocks all went is a photo story, its
    `described_captions` its text."""
    # Short lines under a source's credit line closing the text are the page's (Al-Manar's `المصدر: الوكالة الوطنية
    # للإعلام` over `رأيكم يهمنا` and its survey's call): the credit ended the article.
    if after := _lines_after_source(kept):
        del kept[-after:]
    # A closing credit line after the last paragraph goes first: an ending glued to the paragraph is then the last
    # block's (`... and others. (*) Reporting by <name>`, `Editor : <name>`, `COPYRIGHT © ANTARA News <bureau>`).
    _drop_closing_credits(kept, credits, title)
    if perks := _subscription_perks(kept):
        del kept[-perks:]
    if widget := _reaction_widget(kept):
        del kept[-widget:]
    if entries := _closing_entries(kept):
        del kept[-entries:]
    if stranded := _stranded_labels(kept, kept_at, block_count):
        kept = [block for block in kept if id(block) not in stranded]
    if not kept:
        # A photo story: its captions are all its text (ANTARA's photo pages, a caption over `Copyright © ANTARA 2020`).
        kept = described_captions
    if kept and (ending := glued_ending(kept[-1].text)) is not None:
        start, printed = ending
        _add_credits(credits, printed)
        if head := kept[-1].text[:start].rstrip():
            kept[-1] = Block(head, kept[-1].links)
        else:
            kept.pop()
        _drop_closing_credits(kept, credits, title)
    if kept and kept[-1].text.endswith(")") and (closed := _bracketed_credits(kept[-1].text)) is not None:
        _add_credits(credits, [closed[1]])
        kept[-1] = Block(kept[-1].text[:closed[0]].rstrip(), kept[-1].links)
    # Short lines after a paragraph its writer's code closes are the page's (an unlabelled tag line, a school's slogan,
    # the agency's name under MINA's `(T/R1/P2)`): the code ended the article.
    for _ in range(_MAX_LINES_AFTER_CODE):
        if not (len(kept) > 1 and _is_line_after_code(kept[-1].text)
                and split_signature(kept[-2].text, profile)[1] is not None):
            break
        # The writer's full name in brackets under the editor's code (Okezone 2017: `...tersebut.(afr)` over `(Susi
        # Fatimah)`) names the author.
        remaining, written = split_signature(kept.pop().text, profile)
        credits.author = credits.author or (None if remaining else closing_writer(written))
    if len(kept) > 1 and _SPACED_LETTERS.fullmatch(kept[-1].text):
        kept.pop()  # the writer's initials spaced on the last line (`S T H`): no sentence is made of letters alone
    if len(kept) > 1 and (writer := closing_byline(kept[-1].text)):
        credits.author = credits.author or writer
        kept.pop()
    if len(kept) > 1 and (writer := closing_name(kept[-1].text)):
        credits.author = credits.author or writer
        kept.pop()
    elif len(kept) > 1 and _STANDFIRST_END.search(kept[-2].text) and (writer := closing_plain_name(kept[-1].text)):
        # ...or in title case under the last full sentence (Laporannews's `Indah Putri Wahyuningsih` under `... inflasi
        # dan pertumbuhan ekonomi nasional.`): no sentence of the story is a name alone. It ranks with a closing
        # credit's name, under the printed credits and the header's byline.
        credits.closing = credits.closing or writer
        kept.pop()
    if len(kept) > 1 and kept[-1].text[:4].lower() == "oleh" and len(kept[-1].text) <= _MAX_CLOSING_OPINION_BYLINE and (
            writer := opinion_author(kept[-1])) is not None:
        # The writer's labelled byline on the last line, under the text (a student blog's `... yaitu Skyegrid` over
        # `Oleh : Muhammad Raihan Satrio`): as at the top, the label says whose the text is. It ranks with a closing
        # credit's name, under the printed credits and the header's byline.
        credits.closing = credits.closing or writer
        kept.pop()
    if len(kept) > 2 and _ROLE_LABEL.fullmatch(kept[-1].text) and (writer := bare_name(kept[-2].text)):
        # An author box under the text: the writer's name over the role's label (fin.co.id's `Admin` over `Penulis`).
        credits.author = credits.author or (None if is_desk(writer) else writer)
        del kept[-2:]
    elif len(kept) > 2 and (writer := name_over_date(kept[-2].text, kept[-1].text)):
        # ...or over the day the story ran (Gempak's `Amri Hassan` over `Sat May 01 2021`).
        credits.author = credits.author or writer
        del kept[-2:]
    return kept


def _take_opening_byline(kept: list[Block], credits: Credits) -> tuple[str | None, tuple[str, str, str] | None]:
    """Takes the byline over the text out of `kept` (a header's credit box, a labelled byline under the photo's
    captions, a newspaper's byline): the writer it names and, for a newspaper's, its (writer, paper, place)."""
    if boxed := _header_credit_box(kept):
        count, writer = boxed
        credits.author = credits.author or writer
        del kept[:count]

    byline_author = None
    if kept:
        top = _byline_under_captions(kept)
        byline_author = opinion_author(kept[top], kept[top + 1] if len(kept) > top + 1 else None)
        if byline_author:
            # A label over its name: both go; so do the photo's captions over the byline. A byline run into the first
            # paragraph (Analisa: `Oleh: Alda Muhsi. Banyak orang ...`) leaves that paragraph.
            paragraph = _paragraph_after_byline(kept[top].text, byline_author)
            if paragraph is None and _runs_into_paragraph(kept[top].text, byline_author):
                # A byline run into the lead after its role (a KPU column's `Oleh: <name>, SIP Setiap bulan Agustus
                # ... . Ini adalah ...`): where the role ends is not told, and the paragraph is worth more than its
                # byline, so the block stays whole.
                del kept[:top]
            else:
                del kept[:top + (2 if len(kept) > top + 1 and byline_author == kept[top + 1].text else 1)]
            if paragraph:
                kept.insert(0, Block(paragraph, []))
        elif blank_name_byline(kept[top].text):
            del kept[:top + 1]  # its label and the writer's role, the name left blank: no text
        elif len(kept) > 1 and (writer := lone_word_byline(kept[0].text)) and parse_dateline(kept[1].text) is not None:
            # A one-word name over the dateline (ANTARA 2008's feature: `Oleh Fardah` over `Jakarta, 31/12 (ANTARA) -
            # ...`): the dateline under it makes the line the story's byline.
            byline_author = writer
            del kept[0]
    filed = paper_byline(kept[0].text) if kept else None
    if filed is not None:
        # A newspaper's byline over its text: the writer is the author; the place it names is where the story was
        # filed from, the dateline's place when the lead writes none (`Muhammad Nafik, The Jakarta Post, Jakarta`).
        byline_author = byline_author or filed[0]
        del kept[0]
    return byline_author, filed


def _take_signature(kept: list[Block], credits: Credits, profile: SiteProfile, title: str | None,
                    closing: dict | None) -> dict | None:
    """Takes the writer's code, sign-off and crew credits off the last paragraph (a block of them alone goes):
    the code found there, else `closing` (a code line the block pass met)."""
    signature = closing
    if kept:
        kept[-1] = Block(_without_sign_off(_TRAILING_LOGO.sub("", kept[-1].text)), kept[-1].links)
        remaining, found = _split_closing_code(kept[-1].text, profile)
        if found is not None and remaining:
            # A code and then its source, each in brackets (`... ujarnya. (asp).(sumber: <site>)`): both close it.
            remaining = split_signature(remaining, profile)[0]
        signature = found or signature
        if found is None and remaining.endswith(")") and (
                crew := _CREW_CREDITS.search(remaining, max(0, len(remaining) - _CREW_CREDITS_REACH))):
            remaining = remaining[:crew.start()].rstrip()
        elif found is None and remaining.endswith(")") and (
                site := _SITE_CREDIT.search(remaining, max(0, len(remaining) - _SITE_CREDIT_REACH))):
            remaining = remaining[:site.start()].rstrip()
        elif found is None and remaining.endswith(")") and (
                contributor := _CONTRIBUTOR_CREDIT.search(remaining, max(0, len(remaining) - _CREW_CREDITS_REACH))):
            remaining = remaining[:contributor.start()].rstrip()
        elif (found is None and len(kept) > 1 and remaining.startswith("(") and len(remaining) <= _CREW_CREDITS_REACH
              and _CREW_CREDITS_LINE.fullmatch(remaining)):
            remaining = ""
        elif found is None and len(kept) > 1 and len(remaining) <= _CREW_CREDITS_REACH and "/" in remaining[:40] and (
                crew_roles := _CREW_ROLES_LINE.fullmatch(remaining)) is not None and (
                crew_roles["roles"].count("/") == crew_roles["names"].count("/")):
            remaining = ""
        if remaining:
            kept[-1] = Block(remaining, kept[-1].links)
        else:
            kept.pop()
            # A code alone on its line under a video's credit roll (Okezone's `Reporter: <name>`, `Produser: <name>`
            # over `(fru)`): the credit lines above it close the text too.
            _drop_closing_credits(kept, credits, title)
    return signature


def _without_inserts(block: Block, related: list[dict[str, str]]) -> Block | None:
    """`block` without what a paragraph carries that is none of its text: an embedded video's placeholder, other
    stories' inserts (`Baca juga: ...`, linked, flattened, boxed or glued to it: their entries go into `related`), a
    photo's label, and the pointers, calls and labels a paragraph may end with (`... di sini.`, a read-more link, a
    Google News call, `Ads by`, a newsletter's). None when the placeholder was all of it."""
    text = block.text
    if "ambas:" in text:  # `(dis/ugo) [Gambas:Video CNN]`: the code stays, the placeholder goes
        text = _EMBED.sub(" ", text).strip()
        if not text:
            return None
        block = Block(text, block.links)
    # (before the inserts: a flattened insert before the box goes with it)
    if "Artikel " in text and (unboxed := _without_glued_sister_box(text)) != text:
        text = unboxed
        block = Block(text, block.links)
    # An insert inside a paragraph has a colon (`Baca juga:`), which most paragraphs have not: a cheap test first;
    # a linked one in brackets may have none (`(Baca <a>..</a>)`).
    if ":" in text or (block.links and _INLINE_RELATED_HINT.search(text) is not None):
        bracketed = _INLINE_RELATED_HINT.search(text) is not None
        if block.links or bracketed:
            text, inline = _without_inline_related(block, bracketed)
            if inline is not None:
                related += inline
                block = Block(text, block.links)
        if "  " in text and _SPACED_RELATED.search(text):
            text = fold(_SPACED_RELATED.sub(r"\g<end> ", text))
            block = Block(text, block.links)
        if ("juga:" in text or "Juga:" in text or "JUGA:" in text or "uga :" in text or "pula:" in text) and (
                (flat := _without_flat_related(text)) != text):
            text = flat
            block = Block(text, block.links)
    if "Lihat Foto" in text and (
            uncaptioned := _FLAT_PHOTO.sub("", head := text[:MAX_BLOCK_SCAN])) != head:
        text = fold(uncaptioned + text[MAX_BLOCK_SCAN:])
        block = Block(text, block.links)
    if ("Juga" in text or "JUGA" in text) and (unboxed := _without_glued_related_box(text)) != text:
        text = unboxed
        block = Block(text, block.links)
    if text.endswith(("sini.", "sini")) and (pointer := _TRAILING_POINTER.search(text)) is not None:
        text = text[:pointer.start()]
        block = Block(text, block.links)
    if ("…" in text[-40:] or "..." in text[-40:]) and (more := _TRAILING_READ_MORE.search(text, max(0, len(text) - 40))) is not None:
        text = text[:more.start()]
        block = Block(text, block.links)
    if text.endswith(("News", "News.")) and (call := _TRAILING_GOOGLE_NEWS.search(text)) is not None:
        text = text[:call.start()]
        block = Block(text, block.links)
    if text.endswith("Ads by") and (label := _TRAILING_AD_LABEL.search(text)) is not None:
        text = text[:label.start()]
        block = Block(text, block.links)
    if text.endswith(":") and (label := _TRAILING_RELATED_LABEL.search(
            text, max(0, len(text) - _RELATED_LABEL_REACH))) is not None:
        text = text[:label.start()]
        block = Block(text, block.links)
    if "mail" in text and _INLINE_NEWSLETTER.search(text):
        text = fold(_INLINE_NEWSLETTER.sub(r"\g<end>", text))
        block = Block(text, block.links)
    return block


def _pager_closes(blocks: list[Block], index: int) -> bool:
    """`blocks[index:]` is nothing but the pager's other link: the pager's lines close the page."""
    rest = blocks[index:]
    return not rest or (len(rest) == 1 and len(rest[0].text) <= _MAX_ARTICLE_PAGER
                        and _ARTICLE_PAGER.fullmatch(rest[0].text) is not None)


def _summary_points(blocks: list[Block], index: int, profile: SiteProfile) -> int:
    """How many of `blocks[index:]` are a summary box's points (`_SUMMARY_HEADING`): short lines, at most
    `_MAX_SUMMARY_POINTS`, a longer paragraph right under them, or the lead's dateline opening a short one (Tribun's
    2025 template: `Ringkasan Berita:` over three points over `TRIBUN-TIMUR.COM, MAKASSAR - Kurang dari 50 hari,
    masyarakat dunia merayakan momen malam pergantian tahun.`, its paragraphs a sentence each); 0 when neither ends
    them."""
    count = 0
    for block in blocks[index:index + _MAX_SUMMARY_POINTS + 1]:
        if len(block.text) > _MAX_SUMMARY_POINT or (
                (lead := parse_dateline(block.text[:400], profile=profile)) is not None and lead.start == 0):
            return count
        count += 1
    return 0


def _is_pager_pair(blocks: list[Block], index: int) -> bool:
    """`blocks[index:]` opens with the pager's other link over its story's headline (`Berita Selanjutnya` over
    `<headline>`)."""
    return index + 1 < len(blocks) and len(blocks[index].text) <= _MAX_ARTICLE_PAGER and (
        _ARTICLE_PAGER.fullmatch(blocks[index].text) is not None and _is_bare_headline(blocks[index + 1].text))


def _author_box_name(blocks: list[Block], index: int) -> str | None:
    """The writer an author box under the text names (`_ARTICLE_PAGER`): the name of `blocks[index]`, two words or more,
    no desk's, printed again in the next block, the pager's label under both; else None."""
    if index + 2 >= len(blocks) or blocks[index + 1].text != blocks[index].text:
        return None
    pager = blocks[index + 2].text
    name = bare_name(blocks[index].text)
    if name is None or " " not in name or is_desk(name) or len(pager) > _MAX_ARTICLE_PAGER \
            or not _ARTICLE_PAGER.fullmatch(pager):
        return None
    return name


def _is_tag_line(text: str) -> bool:
    """`text` is a line of tags: a few words in small letters, no mark of a sentence."""
    return len(text) <= _MAX_TAG_CHARS and len(text.split()) <= _MAX_TAG_WORDS and text.replace(" ", "").isalpha() \
        and text.islower()


def _paragraph_after_byline(text: str, name: str) -> str | None:
    """The paragraph a byline's block goes on with after the name and a full stop (`Oleh: Alda Muhsi. Banyak orang
    ...`): a sentence of `_MIN_LEAD_WORDS` words or more opening with a capital; None when the block is the byline
    alone, or a role or a bio follows the name."""
    end = text.find(name)
    if end < 0 or not text.startswith(". ", end + len(name)):
        return None
    paragraph = text[end + len(name) + 2:].strip()
    return paragraph if paragraph[:1].isupper() and _is_lead_sentence(paragraph) else None


def _runs_into_paragraph(text: str, name: str) -> bool:
    """After the byline's `name`, the block goes on with sentences of a paragraph's length: at least
    `_MIN_RUN_IN_WORDS` words with a sentence's end between them."""
    end = text.find(name)
    rest = text[end + len(name):] if end >= 0 else ""
    return len(rest.split()) >= _MIN_RUN_IN_WORDS and _SENTENCE_BREAK.search(rest) is not None


def _bracketed_credits(text: str) -> tuple[int, Credits] | None:
    """Where the credits in brackets closing `text` start (`_BRACKETED_CREDITS`) and what they print; None when its
    last bracket holds none."""
    closing = _BRACKETED_CREDITS.search(text, max(0, len(text) - _BRACKETED_CREDITS_REACH))
    if closing is None:
        return None
    printed = parse_credits(_CREDIT_LABEL.sub(lambda label: f" {label[1]}: ", closing["credits"]).strip())
    return (closing.start(), printed) if printed is not None else None


def _split_closing_code(text: str, profile: SiteProfile) -> tuple[str, dict | None]:
    """`split_signature`, also for a code whose slashes a translation or a scrape spaced (Liputan6's English copy: `...
    he said. (Dny / Gdn)`): the code read with its slashes closed up, printed as it stood; and for a code after a
    speaker's verb that no full stop closed (`..., ungkapnya (ptn)`); and for a desk's codes alone on the line, their
    closing bracket lost (`_CUT_DESK_CODES`)."""
    if text[:1] == "(" and (cut := _CUT_DESK_CODES.fullmatch(text)):
        return "", {"raw": text, "codes": _CUT_CODE_SEPARATOR.split(cut["codes"])}
    remaining, found = split_signature(text, profile)
    if found is None and text.endswith(")") and (verb := _UNSTOPPED_VERB.search(text, max(0, len(text) - 40))):
        stopped, found = split_signature(f"{text[:verb.end('verb')]}.{text[verb.end('verb'):]}", profile)
        return (stopped[:-1], found) if found is not None else (remaining, None)
    if found is not None or not text.endswith(")") or " /" not in text[-_MAX_CODE_BLOCK:]:
        return remaining, found
    opening = text.rfind("(", max(0, len(text) - _MAX_CODE_BLOCK))
    if opening < 0 or not _SPACED_INITIALS.fullmatch(text, opening):
        return remaining, found
    compact, closed = split_signature(text[:opening] + _SPACED_SLASH.sub("/", text[opening:]), profile)
    if closed is None:
        return remaining, found
    return compact, {**closed, "raw": text[opening:]}


def _without_inline_related(block: Block, bracketed: bool) -> tuple[str, list[dict[str, str]] | None]:
    """`block`'s text without the related inserts inside it (`_INLINE_RELATED` when `bracketed` says one may be
    there, `_LINKED_RELATED`) and their entries; the text and None when it holds none, or when inserts and links
    are all of it (the whole-block pattern's)."""
    text = block.text[:MAX_BLOCK_SCAN]
    cuts: list[tuple[int, int, dict[str, str] | None]] = []
    if bracketed:
        for match in _INLINE_RELATED.finditer(text):
            insert = match["round"] or match["square"]
            link = next((link for link in block.links if link.text and link.text in insert), None)
            cuts.append((match.start(), match.end(), _related_entry(Block(link.text, [link]), "") if link else None))
    if not cuts:
        for link in block.links:
            at = text.find(link.text) if link.text else -1
            if at >= 0 and (label := _LABELLED_LINK.match(link.text)) and _SENTENCE_BOUNDARY.search(text, 0, at):
                # The insert's words inside its link, run into the paragraph (RMOLBanten's `... nanti. <a>Baca:
                # Belum Ada Pemenang, ...</a>Dengan kondisi seperti itu, ...`).
                cuts.append((at, at + len(link.text), {"title": fold(link.text[label.end():]), "url": link.url}
                             if link.url else None))
                continue
            match = _LINKED_RELATED.search(text, max(0, at - _MAX_LINKED_OPENING), at) if at > 0 else None
            if match is None and at > 0 and text[at + len(link.text):at + len(link.text) + 1] in (")", "]"):
                match = _BRACKETED_LINKED_RELATED.search(text, max(0, at - _MAX_LINKED_OPENING), at)
            if match is not None:
                end = at + len(link.text)
                if match["open"] and text[end:end + 1] in (")", "]"):
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


def _without_flat_related(text: str) -> str:
    """`text` without the related inserts flattened into it (`_FLAT_RELATED`) whose end can be told."""
    if len(text) > MAX_BLOCK_SCAN:
        return text
    for match in reversed(list(_FLAT_RELATED.finditer(text))):
        if not match.start():
            continue  # a block opening with the insert is the whole-block pattern's
        end = _flat_headline_end(text, match.end())
        if end is not None:
            text = fold(f"{text[:match.start()]} {text[end:]}")
    return text


def _flat_headline_end(text: str, start: int) -> int | None:
    """Where the headline starting at `start` ends and the paragraph's next sentence starts (`_FLAT_RELATED`); the
    text's end when the headline closes it; None when it cannot be told."""
    rest = text[start:]
    previous = before_previous = quote = None
    words: list[re.Match[str]] = []  # the headline's words so far
    for word in re.finditer(r"\S+", rest):
        if word.start() > _MAX_FLAT_HEADLINE:
            return None
        token = word.group()
        letter = next((char for char in token if char.isalpha()), "")
        if previous is not None and previous.group()[-1] in ".!?" and letter.isupper():
            if previous.group()[:-1].isdigit():  # a numbered subheading opens after it (`... Dikuburkan 4. Sampah ...`)
                return start + previous.start()
            return start + word.start()  # the headline closed with its own stop (`... Pakan Ternak. Berikut cara ...`)
        # A model's name in lower case with its number is the headline's (`... Taksi BYD e6 Dijual ...`).
        if letter.islower() and token.strip("\"“”'(),:;") not in _HEADLINE_SMALL_WORDS and not any(
                char.isdigit() for char in token):
            if previous is not None and previous.group().rstrip(",") in _SENTENCE_OPENERS:  # `Selanjutnya, seri ...`
                return start + previous.start()
            # A noun its demonstrative follows opens the sentence (`... 3 Tahun Penjara Tulisan tersebut kemudian
            # ...`): a headline names no "that".
            if (token.strip(",.") in _DEMONSTRATIVES and previous is not None and previous.group()[:1].isupper()
                    and len(words) > _MIN_HEADLINE_WORDS):
                return start + previous.start()
            # An opener and a small word (`... Masih Kecil Selain itu, memastikan ...`).
            if (before_previous is not None and before_previous.group() in _SENTENCE_OPENERS
                    and previous.group().strip(",") in _HEADLINE_SMALL_WORDS):
                return start + before_previous.start()
            # An opener and one word its comma closes (`... Ijazah Palsu Jokowi Selama Ramadhan, setiap sore ...`).
            if (before_previous is not None and before_previous.group() in _SENTENCE_OPENERS
                    and previous.group().endswith(",") and len(words) - 2 >= _MIN_HEADLINE_WORDS):
                return start + before_previous.start()
            # A quotation still open holds words in lower case: the text's quote, not the headline's (`... pada 15
            # Juni "Dokumen tersebut wajib ..."`).
            if quote is not None:
                return start + quote.start()
            subject = _subject_start(words)
            return start + subject if subject is not None else _photo_label(text, start)
        words.append(word)
        if token[0] in "\"“" and word.start():
            quote = word
        if quote is not None and token[-1] in "\"”" and (word is not quote or len(token) > 1):
            quote = None
        before_previous, previous = previous, word
    return len(text) if len(rest) <= _MAX_FLAT_HEADLINE and rest else None


def _paragraph_after_flat_insert(text: str, start: int) -> str | None:
    """The paragraph run into a flattened insert's line after its headline starting at `start`, when where the headline
    ends can be told, it has `_MIN_HEADLINE_WORDS` words and a sentence follows it; else None."""
    end = _flat_headline_end(text, start)
    if end is None or end >= len(text) or len(text[start:end].split()) < _MIN_HEADLINE_WORDS:
        return None
    paragraph = text[end:].strip()
    words = paragraph.split()
    # A headline's second part is no paragraph (`... Pompa Air. Berikut Lokasinya`): a sentence has words in lower case.
    if len(words) < _MIN_LEAD_WORDS or not any(word[:1].islower() for word in words):
        return None
    return paragraph


def _paragraph_after_insert_line(block: Block, start: int) -> str | None:
    """The paragraph after the line break that ends an insert's headline starting at `start`, when the headline has
    `_MIN_HEADLINE_WORDS` words and what follows is a sentence that ends; else None."""
    end = block.line_end
    if end <= start or len(block.text[start:end].split()) < _MIN_HEADLINE_WORDS:
        return None
    paragraph = block.text[end:].strip()
    words = paragraph.split()
    if len(words) < _MIN_LEAD_WORDS or not any(word[:1].islower() for word in words) or not (
            _SENTENCE_END.search(paragraph, len(paragraph) - 3)) or _RELATED.match(paragraph):
        return None  # a second insert's line (`Baca juga: Apa kata ...?`) is no paragraph either
    return paragraph


def _photo_label(text: str, start: int) -> int | None:
    """Where a photo's label (`_PHOTO_LABEL`) stands after `start`, no sentence ending between them; else None."""
    label = text.find(_PHOTO_LABEL, start, start + _MAX_FLAT_HEADLINE)
    return label + 1 if label >= 0 and not _SENTENCE_BREAK.search(text, start, label + 1) else None


def _subject_start(words: list[re.Match[str]]) -> int | None:
    """Where the subject of the sentence after a flattened headline starts among the headline's `words` (those before
    the first word in lower case), when a title or an acronym tells it; None when nothing does."""
    if len(words) > _MIN_HEADLINE_WORDS and _ACRONYM.fullmatch(words[-1].group()):
        return words[-1].start()
    for back in range(1, min(_MAX_SUBJECT_WORDS, len(words) - _MIN_HEADLINE_WORDS) + 1):
        token = words[-back].group()
        if not token[:1].isupper() or token.endswith((",", ":", ";")) and back > 1:
            return None  # the subject's words are all capitalised, its name closes no clause
        if token in _SUBJECT_TITLES:
            while back < len(words) - _MIN_HEADLINE_WORDS and words[-back - 1].group() in _SUBJECT_TITLES:
                back += 1
            return words[-back].start()
    return None


def _is_video_box(text: str, blocks: list[Block], index: int) -> bool:
    """`text`, the block at `index` of `blocks`, is a video player's headline (`_VIDEO_BOX`): under its label, or
    printed twice in a row."""
    box = _VIDEO_BOX.fullmatch(text)
    # A headline may exclaim or ask inside it (`Video: Bangga! Penyanyi Cilik Berdarah Indonesia Jadi Pembuka Laga NBA`).
    if box is None or not _is_bare_headline(_INNER_MARK.sub("", box["headline"])):
        return False
    return bool(box["label"]) or any(0 <= near < len(blocks) and blocks[near].text == text
                                     for near in (index - 1, index + 1))


def _is_figure_words(text: str, blocks: list[Block], index: int) -> bool:
    """`text`, a short block at `index` of `blocks`, is a figure's alt text or caption printed again
    (`_MAX_FIGURE_WORDS`): the block before or after says the same, or the block before is it and a credit run in, or
    the block after is a caption opening with it (Liputan6's alt text in lower case, `rohs adalah` over `rohs adalah
    ©Ilustrasi dibuat AI`), or the same words and a credit's empty brackets (`Trending Twitter Senin (23/9/2019)` over
    `Trending Twitter Senin (23/9/2019) ()`). Arabic has no capitals: its caption twice passes without one (an Egyptian
    daily's `غارة للاحتلال` over `غارة للاحتلال`, "an occupation raid")."""
    if text[-1:] in ".!?:,;\"”" or _SENTENCE_BREAK.search(text):
        return False
    after = blocks[index + 1].text if index + 1 < len(blocks) else ""
    if after.startswith(text + " ") and (is_caption(after) or after == text + _EMPTY_CREDIT):
        return True
    first = text[:1]
    if not (first.isupper() or (first.isalpha() and not first.islower())):  # a capital, or a script with no case
        return False
    before = blocks[index - 1].text if index else ""
    if text.endswith(_EMPTY_CREDIT) and text[:-len(_EMPTY_CREDIT)] == before:
        return True
    if text in (before, after):
        return True
    return before.startswith(text + " ") and is_caption(rest := before[len(text) + 1:]) and rest == after


def _opens_with_alt_and_caption(blocks: list[Block], index: int) -> bool:
    """The block at `index` is an image's alt text or its caption, the two lines over the text's first paragraph: the
    caption goes on from the alt text's words, neither is longer than a caption or ends a sentence, and a block
    follows them. The photo's credit may stand between them; it makes them a figure's, and the caption may then end
    its sentence (Katadata's `Petugas BMKG` over `Antara Foto/Rivan Awal Lingga` and `Petugas BMKG di Laboratorium
    BMKGs, Cempaka Putih, Jakarta Pusat.`)."""
    for first, credited in ((index - 1, False), (index, False), (index, True), (index - 2, True)):
        caption_at = first + 2 if credited else first + 1
        if first < 0 or caption_at + 1 >= len(blocks):
            continue
        alt, caption = blocks[first].text, blocks[caption_at].text
        if len(caption) > MAX_CAPTION_CHARS or not caption.startswith(alt + " ") or _SENTENCE_BREAK.search(
                caption) or any(line.endswith(_CASELESS_HEADLINE_ENDS) or _STANDFIRST_END.search(line)
                                or _SENTENCE_BREAK.search(line) for line in ((alt,) if credited else (alt, caption))):
            continue
        if not credited or is_caption(blocks[first + 1].text):
            return True
    return False


def _closes_box(blocks: list[Block], index: int) -> bool:
    """The block at `index` ends a box under the text: it is past the container's end, a related box's heading or
    its links, another entry's excerpt cut short, or the comment box's heading."""
    if index >= len(blocks):
        return True
    text = blocks[index].text
    return (is_link_list(blocks[index]) or (text.endswith(_TEASER_ENDS) and len(text) <= _MAX_TEASER)
            or (len(text) <= _MAX_RELATED_HEADING and _RELATED_HEADING.match(text) is not None)
            or (len(text) <= _MAX_COMMENTS_HEADING and _COMMENTS_HEADING.match(text) is not None))


def _box_closes_container(blocks: list[Block], index: int) -> bool:
    """The box whose heading is at `index` runs to the container's end: every block after it, up to
    `_MAX_CLOSING_BOX`, is a headline copied with no link, its time (RMOL's `Populer` over headlines each with
    `Sabtu, 20 Desember 2025 | 12:33` under it), another box's heading (`UPDATE`), a button (Suara's `Tampilkan lebih
    banyak`) or a list's mark alone (Suara's AMP box: `-` over each headline); none of them a link, which the box's
    entries would keep."""
    rest = blocks[index + 1:]
    return 0 < len(rest) <= _MAX_CLOSING_BOX and all(
        not block.links and (_is_bare_headline(block.text.lstrip(_HEADLINE_NUMBER)) or is_header_line(block.text)
                             or _is_caseless_headline(block.text)
                             or (len(block.text) == 1 and block.text in _LIST_MARKS) or is_noise(block.text))
        for block in rest)


def _entries_over_heading(kept: list[Block], after: list[Block]) -> int:
    """How many of the last `kept` blocks are the entries of the box whose heading stands under them (RMOL's regional
    sites: `- <headline>` three times over `Baca Juga`, then the paragraph): at least `_MIN_PLAIN_ENTRIES` headlines
    of `_MIN_ENTRY_WORDS` words or more marked as a list's items, with no link, no line before them that opens a list
    (`..., mencakup:` over `• Subsidi listrik`), and no entry under the heading; 0 otherwise."""
    if after and (after[0].links or _is_bare_headline(after[0].text.lstrip(_LIST_MARKS))):
        return 0
    entries = 0
    for block in reversed(kept[-_MAX_PLAIN_ENTRIES:]):
        if block.links or block.text[:2] not in _ITEM_MARKS or len(block.text.split()) <= _MIN_ENTRY_WORDS or (
                not _is_bare_headline(block.text[2:])):
            break
        entries += 1
    if entries < _MIN_PLAIN_ENTRIES or (len(kept) > entries and kept[-entries - 1].text.rstrip().endswith(":")):
        return 0
    return entries


def _closing_entries(kept: list[Block]) -> int:
    """How many of the last `kept` blocks are a related box's entries whose heading the page lost (JPNN's copies of ABC
    stories: `- <headline>` four to six times under the last paragraph): at least `_MIN_PLAIN_ENTRIES` headlines of
    more than `_MIN_ENTRY_WORDS` words marked as a list's items, closing the text, with no link and no line before
    them that opens a list (`Berikut daftarnya:`); 0 otherwise."""
    entries = 0
    for block in reversed(kept[-_MAX_CLOSING_BOX:]):
        if block.links or block.text[:2] not in _ITEM_MARKS or len(block.text.split()) <= _MIN_ENTRY_WORDS or (
                not _is_bare_headline(block.text[2:])):
            break
        entries += 1
    if entries < _MIN_PLAIN_ENTRIES or len(kept) == entries or kept[-entries - 1].text.rstrip().endswith(":"):
        return 0
    return entries


def _is_dated_entry(blocks: list[Block], index: int) -> bool:
    """`blocks[index]` is a box's headline over the time its story was published (`_is_dated_headline`), the next block
    that time alone (`Sabtu, 14 Mei 2022 10:06`, `12 February 2026 16:03 WIB`)."""
    text = blocks[index].text
    return index + 1 < len(blocks) and _is_dated_headline(text) and not blocks[index + 1].links and (
        len(blocks[index + 1].text) <= _MAX_ENTRY_TIME and is_header_line(blocks[index + 1].text)
        and not _SENTENCE_BREAK.search(blocks[index + 1].text))


def _is_dated_headline(text: str) -> bool:
    """`text` may be a headline in a sentence's case: one line, capitalised or opening with a number, no sentence's end
    in it or closing it."""
    return len(text) <= _MAX_PLAIN_HEADLINE and (text[:1].isupper() or text[:1].isdigit() or text[:1] in "\"“'") and (
        not text.endswith((".", ":", ",", ";")) and _SENTENCE_BREAK.search(text) is None)


def _short_paragraphs_follow(blocks: list[Block], start: int) -> bool:
    """Whether `_MIN_SENTENCES_AFTER_CREDIT` blocks from `start` on each end a sentence of some words (no ellipsis, no
    furniture): the text goes on under a credit printed in its header."""
    sentences = 0
    for block in blocks[start:start + _MAX_CUT_TEASERS]:
        text = block.text
        if text.endswith(_TEASER_ENDS) or not _STANDFIRST_END.search(text) or len(text.split()) < _MIN_SENTENCE_WORDS:
            continue
        if "©" in text or is_noise(text):
            continue
        sentences += 1
        if sentences >= _MIN_SENTENCES_AFTER_CREDIT:
            return True
    return False


def _cut_teasers_to_the_end(blocks: list[Block], index: int) -> bool:
    """The block at `index` is one of a run of leads cut mid-sentence that closes the page, two at least and a few at
    most: each no longer than a teaser, its ellipsis right after a word or a comma, not after a sentence's stop."""
    if len(blocks) - index > _MAX_CUT_TEASERS or not all(_is_cut_lead(block.text) for block in blocks[index:]):
        return False
    return len(blocks) - index >= 2 or (index > 0 and _is_cut_lead(blocks[index - 1].text))


def _is_cut_lead(text: str) -> bool:
    """`text` is a lead cut mid-sentence (`... di celah-celah sempit,…`), no longer than a teaser."""
    if len(text) > _MAX_TEASER or not text.endswith(_TEASER_ENDS):
        return False
    before = text[:-1] if text.endswith("…") else text[:-3]
    return before[-1:].isalnum() or before[-1:] == ","


def _slug_spells(href: str, headline: str) -> bool:
    """The link's address holds the headline's first words joined by hyphens, as a story's slug does (`polda-sumut-
    tangkap` for `Polda Sumut Tangkap 2 Nelayan ...`)."""
    words = _SLUG_WORD.findall(headline.lower())
    return len(words) >= _MIN_SLUG_WORDS and "-".join(words[:_MIN_SLUG_WORDS]) in href.lower()


def _is_bare_headline(text: str) -> bool:
    """`text` reads as a headline standing alone (`Perubahan Postur APBN 2020, Jokowi: Ada Konsekuensi Defisit`): at
    most one word in lower case that is not a headline's small word, no sentence ending in it or closing it. It may open
    with a number (JPNN's `7 Program Prioritas Herman Deru untuk Pemerataan Kesejahteraan Rakyat di Sumsel`), or with
    one word or a short phrase exclaimed (Murianetwork's `Waspada! Pintu Air Depok Siaga I, Karet Sentuh 470 Cm`)."""
    if (exclaimed := _EXCLAIMED_OPENING.match(text)) is not None:
        text = text[exclaimed.end():]
    if len(text) > _MAX_PLAIN_HEADLINE or not (text[:1].isupper() or text[:1].isdigit()) or text.endswith(
            (".", ":", ",", ";")) or (
            _SENTENCE_BREAK.search(text)):
        return False
    lower = [word for word in text.split() if word[:1].islower() and word.strip(",:") not in _HEADLINE_SMALL_WORDS]
    return len(lower) <= 1


def _byline_under_captions(blocks: list[Block]) -> int:
    """Where an opinion byline stands under its photo's captions at the top, each closed by its credit in brackets
    (MINA's column: `Wartawan Indonesia bersama PM Israel, Benjamin Netanyahu, 28/3/2016. (Mil.Gov)` over `Oleh: Ali
    Farkhan Tsani, Redaktur Senior ...`), or under the story's summary over the dateline: the byline's index, or 0 when
    the first block is no such caption or no byline follows the captions."""
    # The headline printed again or a heading over the byline: one or two such lines, the byline's label opening the
    # block under them.
    top = 0
    while top < min(_MAX_HEADINGS_OVER_BYLINE, len(blocks) - 1) and _is_heading_over_byline(blocks[top].text) \
            and not _LABELLED_BYLINE_OPENING.match(blocks[top].text):
        top += 1
    if top and _LABELLED_BYLINE_OPENING.match(blocks[top].text) \
            and opinion_author(blocks[top], blocks[top + 1] if len(blocks) > top + 1 else None):
        return top
    # ...or under the story's summary printed over it, the dateline opening the block under the byline (goindonesia
    # 2022: `Sudah berlangsung dua pekan hingga kemarin, ...` over `Oleh   :  Ilham Bintang` over `Jakarta,
    # goindonesia.co– ...`): the byline's label and the dateline under it say whose the story is.
    # The writer's role in brackets may stand between the byline and the dateline (narasiliterasi 2024: `Oleh. Ummu
    # Aura` over `(Kontributor Narasiliterasi.id)` over `Narasiliterasi.id-Indonesia dikenal ...`).
    dateline = 3 if len(blocks) > 3 and _BRACKETED_ROLE_LINE.fullmatch(blocks[2].text) else 2
    if len(blocks) > dateline and _LABELLED_BYLINE_OPENING.match(blocks[1].text) \
            and not _LABELLED_BYLINE_OPENING.match(blocks[0].text) and parse_dateline(blocks[dateline].text) is not None \
            and opinion_author(blocks[1], blocks[2]):
        return 1
    for index in range(1, min(_MAX_CAPTIONS_OVER_BYLINE, len(blocks) - 1) + 1):
        text = blocks[index - 1].text
        # Its credit in brackets closes a caption here, or its courtesy credit; most leads end otherwise and skip the
        # caption's patterns.
        courtesy = "courtesy" in text[-_COURTESY_REACH:].lower() and _COURTESY_CLOSED_LINE.search(text) is not None
        if len(text) > MAX_CAPTION_CHARS or not courtesy and (not text.rstrip(".").endswith(")") or not (
                _CREDIT_CLOSED_LINE.search(text) or is_caption(text))):
            return 0
        if opinion_author(blocks[index], blocks[index + 1] if len(blocks) > index + 1 else None):
            return index
    return 0


def _is_heading_over_byline(text: str) -> bool:
    """`text` is a short line with a letter, closed by no sentence's stop: a heading printed over a byline. So is a
    note wholly in brackets, the occasion a column was written for (Damar Kita 2018: `(Pelantikan Bupati Bojonegoro
    2018- 2023, Anna Muawanah - Budi Irawanto, Di Gedung Grahadi Surabaya 24-9-2018)` over `Oleh : Sujatmiko`)."""
    text = text.strip()
    if text.startswith("(") and text.endswith(")") and len(text) <= _MAX_BRACKETED_NOTE_OVER_BYLINE \
            and text.count("(") == 1 and text.count(")") == 1:
        return True
    return 0 < len(text) <= _MAX_HEADING_OVER_BYLINE and not text.endswith(_HEADING_END) \
        and any(char.isalpha() for char in text)


def _numbers_to_the_end(blocks: list[Block], start: int) -> bool:
    """The blocks from `start` on are page numbers alone, one a block, to the page's end (none is also so)."""
    return len(blocks) - start <= _MAX_PAGE_NUMBERS_TO_END and all(
        len(block.text) <= _MAX_PAGE_NUMBER_DIGITS and block.text.isdecimal() for block in blocks[start:])


def _writes_over_address(kept: list[Block], text: str) -> bool:
    """`text` is an e-mail address alone and the block kept last a person's name of two words or more, no desk's."""
    if not kept or _ADDRESS_LINE.fullmatch(text) is None:
        return False
    name = kept[-1].text
    return bare_name(name) is not None and len(name.split()) > 1 and not is_desk(name)


def _is_boxed_headline(text: str, blocks: list[Block], index: int) -> bool:
    """`text`, the block at `index`, stands right under a related box's heading and reads as a headline in any case: no
    sentence ending in it or closing it."""
    heading = blocks[index - 1].text if index else ""
    return (len(heading) <= _MAX_RELATED_HEADING and _RELATED_HEADING.match(heading) is not None
            and len(text) <= _MAX_PLAIN_HEADLINE and not text.endswith((".", ":", ",", ";"))
            and _SENTENCE_BREAK.search(text) is None)


def _is_caseless_headline(text: str) -> bool:
    """`text` reads as a headline standing alone in a script with no capitals (an Arabic box's `لليوم الثاني.. الآف
    الفلسطينيين يعودون إلى منازلهم في شمال غزة` under `إقرأ أيضاً:`): short, opening with a letter that has no case,
    no sentence ending in it or closing it."""
    first = text[:1]
    return (len(text) <= _MAX_PLAIN_HEADLINE and first.isalpha() and not first.isupper() and not first.islower()
            and not text.endswith(_CASELESS_HEADLINE_ENDS) and _CASELESS_HEADLINE_BREAK.search(text) is None)


def _without_glued_related_box(text: str) -> str:
    """`text` without a related box run into it with nothing between its headlines (`_GLUED_RELATED_BOX`)."""
    match = _GLUED_RELATED_BOX.search(text, 0, MAX_BLOCK_SCAN)
    if match is None:
        return text
    stop = _SENTENCE_END.search(text, match.end())
    span_end = stop.start() if stop else len(text)
    if span_end - match.end() > _MAX_GLUED_BOX:
        return text
    joins = [join.start() for join in _HEADLINE_JOIN.finditer(text, match.end() + 1, span_end)]
    if not joins:
        return text if stop else text[:match.start()].rstrip()
    return text[:match.start()] + text[joins[-1]:]


def _without_glued_sister_box(text: str) -> str:
    """`text` without a sister site's box run into it (`_GLUED_SISTER_BOX`): its headline, one a flattened insert's
    may precede, all words capitalised but for small ones."""
    for match in reversed(list(_GLUED_SISTER_BOX.finditer(text, 0, MAX_BLOCK_SCAN))):
        headline = match["headline"]
        if (insert := _FLAT_RELATED.search(headline)) is not None:
            headline = headline[insert.end():]
        lower = [word for word in headline.split() if word[:1].islower()
                 and word.strip(",:") not in _HEADLINE_SMALL_WORDS]
        if len(lower) <= (2 if insert else 1) and not headline.endswith((",", ":", ";")):
            text = fold(f"{text[:match.start()]} {text[match.end():]}")
    return text


def _add_credits(credits: Credits, printed: list[Credits]) -> None:
    for credit in printed:
        credits.author = credits.author or credit.author
        credits.editor = credits.editor or credit.editor


def _headline_end(blocks: list[Block], title: str | None) -> int:
    """Where the blocks after the container's copy of the headline start: what comes before it (a kicker, a
    section label, the date, all short lines) is the header's. 0 when the headline is not among the first
    blocks or a paragraph precedes it. A header that prints the headline twice ends at its second copy when what
    stands between is the header's too: lines that end no sentence, or a standfirst the text prints again (KBR's
    kicker, headline and a sentence of the lead quoted, over the headline again); short paragraphs under the
    headline and a copy of it after them (a paged feature's last page) stay; a standfirst under the headline goes with
    the header when the header's credit line follows it or the text prints it again."""
    end = 0
    for number, block in enumerate(blocks[:_HEADER_BLOCKS]):
        if block.text == title:
            if not end or all(_is_header_between(between.text, blocks[number + 1:number + 1 + _HEADER_BLOCKS])
                              for between in blocks[end:number]) or _is_credited_standfirst(blocks[end:number]):
                end = number + 1
        elif len(block.text) > _MAX_HEADER_LINE:
            break
    if end and end + 1 < len(blocks) and len(blocks[end].text) <= MAX_CAPTION_CHARS and (
            (not _STANDFIRST_END.search(blocks[end].text) and parse_credits(blocks[end + 1].text) is not None)
            or _printed_again(blocks[end].text, blocks[end + 2:end + 2 + _HEADER_BLOCKS])):
        # The standfirst under the headline: over the header's credits, no sentence's mark closing it (Tribun's paged
        # story: `<headline>`, `Sayangnya, ... aturan dana kampanye`, `Penulis: <name> | Editor: <name>`), or a
        # sentence the text prints again (KBR's editorial: `Pergerakan informasi begitu cepat, ...` over its byline).
        end += 1
    return end


def _page_item(text: str) -> str | None:
    """`text` as a pager's item: a page's number alone, perhaps as a list's item, its thousands grouped, or the gap
    between numbers (a blog's `- 1`, `- 2`, `- …`, `- 3,650`, `- Berikutnya`); None when it is none."""
    if len(text) > _MAX_PAGE_ITEM:
        return None
    item = text[2:] if text.startswith(_ITEM_MARKS) else text
    return item if (item.isdecimal() and len(item) <= 3) or item in _PAGE_GAPS or _GROUPED_PAGE.fullmatch(item) else None


def _is_pager_number(blocks: list[Block], index: int) -> bool:
    """The number alone at `index` is a pager's: page numbers alone follow it up to its link to the next page."""
    for block in blocks[index + 1:index + 1 + _MAX_PAGE_NUMBERS]:
        if _page_item(block.text) is None:
            text = block.text
            return _PAGER_NEXT.fullmatch(text[2:] if text.startswith(_ITEM_MARKS) else text) is not None
    return False


def _is_header_between(text: str, after: list[Block]) -> bool:
    """`text`, a short line between two copies of the headline, is the header's: it ends no sentence, or the text
    after the second copy prints it again (a standfirst quoting the lead)."""
    if not _STANDFIRST_END.search(text):
        return True
    quoted = text.strip(_QUOTE_MARKS)
    return bool(quoted) and any(quoted in block.text for block in after)


def _is_credited_standfirst(between: list[Block]) -> bool:
    """The blocks between two copies of the headline are the header's standfirst over its byline (KBR's editorial:
    `<headline>`, `Kehilangan frekwensi analog ..., mendorong kami loncat ke lapak baru.`, `AUTHOR / <name>`,
    `<headline>`): one sentence, then credit lines only. A page's text between the copies has no byline under it."""
    sentences = [block for block in between if _STANDFIRST_END.search(block.text)]
    if len(sentences) != 1 or len(sentences[0].text) > MAX_CAPTION_CHARS:
        return False
    after = between[between.index(sentences[0]) + 1:]
    return bool(after) and all(parse_credits(block.text) is not None for block in after)


def _subscription_perks(kept: list[Block]) -> int:
    """How many of the last blocks kept are a subscription's perks (`_PERK_LINE`): `_MIN_PERK_LINES` dashed lines at
    least, one naming the paid edition or fewer ads, after the text's last sentence."""
    count = 0
    for block in reversed(kept[-_MAX_PERK_LINES - 1:]):
        if not _PERK_LINE.fullmatch(block.text):
            break
        count += 1
    if count < _MIN_PERK_LINES or count >= len(kept) or not any(
            _PAID_PERK.search(block.text) for block in kept[-count:]):
        return 0
    return count


def _reaction_widget(kept: list[Block]) -> int:
    """How many of the last blocks kept are a reaction widget (`_REACTION_MOOD`): `_MIN_REACTION_MOODS` moods alone on
    their lines at least, and the widget's question over them (`_REACTION_QUESTION`) when it stands there."""
    count = 0
    for block in reversed(kept[-_MAX_REACTION_MOODS - 1:]):
        if len(block.text) > _MAX_REACTION_MOOD or not _REACTION_MOOD.fullmatch(block.text):
            break
        count += 1
    if count < _MIN_REACTION_MOODS or count >= len(kept):
        return 0
    question = kept[-count - 1].text
    return count + 1 if count + 1 < len(kept) and _REACTION_QUESTION.fullmatch(question) else count


def _stranded_labels(kept: list[Block], kept_at: dict[int, int], count: int) -> set[int]:
    """The identities of the last blocks kept that are labels (`_STRANDED_LABEL`) standing among the page's furniture
    under the text: a block left out both before and after each, between the last paragraph and the page's end. A
    label the text runs straight into (a list's last item, a closing word) has no furniture over it and stays."""
    labels = 0
    for block in reversed(kept):
        if len(block.text) > _MAX_STRANDED_LABEL or not _STRANDED_LABEL.fullmatch(block.text):
            break
        labels += 1
    if not labels or labels >= len(kept) or (last_paragraph := kept_at.get(id(kept[-labels - 1]))) is None:
        return set()
    places = [kept_at.get(id(block)) for block in kept[-labels:]]
    if None in places:
        return set()
    kept_places = {kept_at.get(id(block)) for block in kept}
    stranded = set()
    for block, place in zip(kept[-labels:], places):
        if any(other not in kept_places for other in range(last_paragraph + 1, place)) and any(
                other not in kept_places for other in range(place + 1, count)):
            stranded.add(id(block))
    return stranded


def _tags_over_comments(kept: list[Block]) -> int:
    """How many of the last blocks kept are the article's tags over its comment box: `_MIN_TAG_LINES` short lines at
    least, no sentence's mark or colon in them, after a sentence's end (a list under its `Bahan:` is text)."""
    count = 0
    for block in reversed(kept[-_MAX_TAG_LINES - 1:]):
        text = block.text
        if len(text) > _MAX_TAG_CHARS or len(text.split()) > _MAX_TAG_WORDS or any(mark in text for mark in ".,:;!?\"“”"):
            break
        count += 1
    if count < _MIN_TAG_LINES or count >= len(kept) or not _STANDFIRST_END.search(kept[-count - 1].text):
        return 0
    return count


def _printed_again(text: str, after: list[Block]) -> bool:
    """`text`, a sentence of `_MIN_LEAD_WORDS` words or more, stands inside one of the blocks `after` it (a standfirst
    the text quotes)."""
    quoted = text.strip(_QUOTE_MARKS)
    return len(quoted.split()) >= _MIN_LEAD_WORDS and any(quoted in block.text for block in after)


def _lines_after_source(kept: list[Block]) -> int:
    """How many of the last blocks kept follow a source's credit line (`is_credit_line`), all of them short lines of
    words closing no sentence (`_MAX_LINES_AFTER_SOURCE` at most), no code or credit among them (Okezone's `Sumber:
    Okezone` over `(fru)`: the code is the article's); 0 when there are none."""
    for count in range(1, min(_MAX_LINES_AFTER_SOURCE, len(kept) - 2) + 1):
        text = kept[-count].text
        if len(text) > _MAX_LINE_AFTER_SOURCE or text.endswith(_SENTENCE_ENDS) or not text[:1].isalpha() or (
                parse_credits(text) is not None):
            return 0
        if is_credit_line(kept[-count - 1].text):
            return count
    return 0


def _drop_closing_credits(kept: list[Block], credits: Credits, title: str | None = None) -> None:
    """Drop the credit lines closing `kept` (in place): another outlet's or a source's, a bare link under a source
    line (`Sumber: <outlet>.com` over `https://www.<outlet>.com/berita/...`), the story's own address after its last
    sentence (its slug spells the `title`: a copy's note of where it took the story, ANTARA 2017 as a community site
    copied it: `https://.../berita/665518/ketua-mpr-harap-setya-novanto-ikuti-proses-hukum` over
    `Editor: Suryanto`), and a site's address alone after the last sentence when that sentence does not point at it
    (`_SITE_ADDRESS`, `_BARE_SITE`); the writer a column's footnote among them names is the author unless `credits`
    name one (`*) Penulis adalah <Name>, <role>`)."""
    while kept:
        text = kept[-1].text
        if not (is_credit_line(text) or _is_source_credit(text) or (
                text.startswith("http") and len(kept) > 1 and _BARE_LINK.fullmatch(text)
                and (is_credit_line(kept[-2].text) or (title is not None and _slug_spells(text, title))
                     or (_SITE_ADDRESS.fullmatch(text) is not None
                         and not _POINTER_WORDS.search(kept[-2].text, max(0, len(kept[-2].text) - _POINTER_REACH)))))
                or (len(kept) > 1 and len(text) <= _MAX_BARE_SITES and _BARE_SITE.fullmatch(text) is not None
                    and not _POINTER_WORDS.search(kept[-2].text, max(0, len(kept[-2].text) - _POINTER_REACH)))):
            if _drop_contact_block(kept) or _drop_source_list(kept):
                continue
            return
        credits.author = credits.author or closing_note_writer(text)
        kept.pop()


def _is_lone_wire_credit(text: str) -> bool:
    """`text` is a wire's name alone in capitals (`ANTARA`, `AFP`), or before a slash and the photographer's name
    (`ANTARA/Hafidz Mubarak A`): a photo's credit, which no sentence is."""
    wire, slash, name = text.partition("/")
    if not wire.isupper() or agency_name(wire.strip()) is None:
        return False
    return not slash or _LONE_CREDIT_NAME.fullmatch(name.strip()) is not None


def _header_credit_box(kept: list[Block]) -> tuple[int, str | None] | None:
    """The header's credit box opening `kept`, each name over its role's label alone (Kompas's `Michael Hangga
    Wismabrata` over `Editor`, `Erwin Hutapea` over `Penulis`) or each label over its name (`Reporter` over `Ashaq
    Lupito`), `_MAX_HEADER_CREDIT_PAIRS` pairs at most with more text under them: how many blocks it holds, and the
    writer a writer's label names; None when the text opens otherwise."""
    count, writer = 0, None
    while count // 2 < _MAX_HEADER_CREDIT_PAIRS and count + 2 < len(kept):
        first, second = kept[count].text, kept[count + 1].text
        if _ROLE_LABEL.fullmatch(second) and (name := bare_name(first)):
            role = second
        elif _ROLE_LABEL.fullmatch(first) and (name := bare_name(second)):
            role = first
        else:
            break
        if writer is None and _WRITER_ROLE.match(role) and not is_desk(name) and not is_gazetted(name):
            writer = name
        count += 2
    return (count, writer) if count else None


def _drop_source_list(kept: list[Block]) -> bool:
    """Drop the sites alone on their lines closing `kept` and the source's label alone over them (in place:
    `_SOURCE_LIST_LABEL`); True when it did."""
    start = len(kept)
    while start > _MIN_LEAD_BLOCKS and len(kept) - start < _MAX_SOURCE_LIST and len(
            kept[start - 1].text) <= _MAX_BARE_SITES and _BARE_SITE.fullmatch(kept[start - 1].text):
        start -= 1
    if start == len(kept) or start <= _MIN_LEAD_BLOCKS or not _SOURCE_LIST_LABEL.fullmatch(kept[start - 1].text):
        return False
    del kept[start - 1:]
    return True


def _drop_contact_block(kept: list[Block]) -> bool:
    """Drop a press release's contacts closing `kept` (in place): a contact label and its address, then addresses,
    links and numbers alone on their lines (a release carried by ANTARA from PR Newswire: `KONTAK:
    info@<organiser>.com` over `http://en.<organiser>.com/`, `www.twitter.com/<account>`); True when it did."""
    start = len(kept)
    while start > _MIN_LEAD_BLOCKS and len(kept) - start < _MAX_CONTACT_LINES and len(
            kept[start - 1].text) <= _MAX_CONTACT_LINE and _CONTACT_DETAIL.fullmatch(kept[start - 1].text):
        start -= 1
    label = kept[start - 1].text if start > _MIN_LEAD_BLOCKS else ""
    if len(label) > _MAX_CONTACT_LINE or not _CONTACT_LABEL.match(label) or (
            start == len(kept) and not _CONTACT_DETAIL.fullmatch(_CONTACT_LABEL.sub("", label, count=1))):
        return False
    del kept[start - 1:]
    return True


def _is_line_after_code(text: str) -> bool:
    """`text` is a short line that closes no sentence or question with a full stop, a question mark, a quote or a
    colon (`_MAX_LINE_AFTER_CODE`), or a longer run of tags in lower case with no mark between them (`_TAG_RUN`)."""
    return (len(text) <= _MAX_LINE_AFTER_CODE and not text.endswith((".", "?", ":", '"', "”", "’"))) or (
        len(text) <= _MAX_TAG_RUN and _TAG_RUN.fullmatch(text) is not None)


# The site's own name after a dash closing the last sentence (Majoriti's `... untuk membuat laporan. — Majoriti`).
_SITE_SIGN_OFF = re.compile(r"(?<=[.!?\"”]) ?[-–—]{1,2} ?(?P<name>[A-Z][A-Za-z]{2,24}|[A-Z]{3,12})$")


def without_site_sign_off(text: str, site: str | None) -> str:
    """`text` without the site's own name signing off after its last sentence (`_SITE_SIGN_OFF`), `site` the name its
    host gives (`majoriti` of majoriti.com.my); a name no host gives is a writer's or a source's, read elsewhere."""
    if site is None or not text or text[-1] not in site[-1] + site[-1].upper():
        return text
    sign_off = _SITE_SIGN_OFF.search(text, max(0, len(text) - _SIGN_OFF_REACH))
    return text[:sign_off.start()].rstrip() if sign_off and sign_off["name"].lower() == site else text


def _is_keyword_list(text: str) -> bool:
    """`text` is the page's keywords printed as a paragraph under the text, parted by commas (a police network's copies:
    `Polda Jateng, Kapolda Jateng, Irjen Pol Ahmad Luthfi, ..., Jawa Tengah, Jateng, #KerenTanpaKnalpotBrong`): many
    items, each a few words opening with a capital or a hashtag, no sentence's stop closing it and none of a
    sentence's little words in it (a list in a sentence, `... hadir Bupati, Wakil Bupati, dan Sekda.`, has them), and
    one word in three of them at least, as keywords about one subject share it (`Jateng`); a team's line-up of
    players' names, one after another with no stop, shares none."""
    if text[-1:] in ".!?:\"”" or len(text) > _MAX_KEYWORD_LIST:
        return False
    items = [item.strip() for item in text.split(",")]
    if len(items) < _MIN_KEYWORD_LIST or not all(_KEYWORD_ITEM.fullmatch(item) for item in items) or (
            not SENTENCE_WORDS.isdisjoint(text.lower().split())):
        return False
    counts = Counter(word for item in items for word in set(item.lower().split()))
    return max(counts.values()) >= _MIN_ITEMS_SHARING_A_KEYWORD


_MIN_KEYWORD_LIST = 8
_MIN_ITEMS_SHARING_A_KEYWORD = 3
_MAX_KEYWORD_LIST = 1500
# A keyword: up to five words, each opening with a capital or a digit (`Irjen Pol Ribut Hari Wibowo`, `AKBP Sigit`),
# or one hashtag.
_KEYWORD_ITEM = re.compile(r"#\w{2,40}|[A-Z0-9][\w.'’-]{0,24}(?: [A-Z0-9][\w.'’-]{0,24}){0,4}")


def _trailing_tag_list(kept: list[Block]) -> int | None:
    """Where the article's tags start under its text, one hashtag a line (`_LONE_HASHTAG`), when they are a site's tag
    list: three of them or more, or one holding a space, as no social network's hashtag does (Astro Awani's `#anak`
    over `#Mahathir Mohamad` over ... `#SPRM`); else None. A campaign's one or two hashtags closing a post are its
    writer's (`#JanganDiamSegeraLaporkan`)."""
    start = len(kept)
    while start > 1 and _LONE_HASHTAG.fullmatch(kept[start - 1].text):
        start -= 1
    tags = kept[start:]
    if tags and (len(tags) >= _MIN_TAG_LIST or any(" " in block.text for block in tags)):
        return start
    return None


def _without_sign_off(text: str) -> str:
    """`text` without a wire's sign-off after its last sentence (`... he said. — Bernama`, `... katanya. -- ANTARA`)."""
    tail = max(0, len(text) - _SIGN_OFF_REACH)
    if text[-1:].isupper() and (wire := _BARE_WIRE_SIGN_OFF.search(text, tail)) is not None and (
            agency_name(wire["agency"]) is not None):
        return text[:wire.start()].rstrip()
    if not any(dash in text[tail:] for dash in "-–—"):
        return text
    sign_off = _GLUED_SIGN_OFF.search(text, tail)
    # ...or another outlet's name there, the source a blog's copy names (`... Bernama. – Malaysia Dateline`).
    # The paper after the wire's slash is read only with the wire first (`... 2-1. - Persib/Persija` is no sign-off).
    return text[:sign_off.start()].rstrip() if sign_off and (
        _is_source_credit(sign_off["agency"])
        or not sign_off["paper"] and names_an_outlet(sign_off["agency"])) else text


def _dated_sign_off(text: str) -> int | None:
    """Where the day the story ran starts after a dash closing the last sentence of `text` (`_DATED_SIGN_OFF`), the
    sentence's end kept; else None."""
    stamp = _DATED_SIGN_OFF.search(text, max(0, len(text) - _DATED_SIGN_OFF_REACH))
    if stamp is None or month_number(stamp["month"] or stamp["month_first"]) is None:
        return None
    return stamp.start()


def _is_source_credit(text: str) -> bool:
    """A last line naming only the agency the story came from (`ANTARA`, `(Reuters)`, a tag `#Okezone`, its name and
    its initials in brackets: `Mi’raj News Agency (MINA)`, `وكالة معراج للأنباء (مينا)`; an Arabic agency's line,
    `_ARABIC_AGENCY_LINE`; its name in guillemets, as an Arabic daily prints its wire under the text: `«سانا»`): a
    credit, not text."""
    if text.startswith("وكالة") and len(text) <= _MAX_ARABIC_AGENCY_LINE:
        return (arabic := _ARABIC_AGENCY_LINE.fullmatch(text)) is not None and agency_name(arabic["name"]) is not None
    name = text.removeprefix("#")
    if name.endswith(").") and "(" in name:
        # ...a full stop after its initials' bracket, as MINA signed off in 2020 (`Mi’raj News Agency (MINA).`)
        name = name[:-1]
    if name.startswith("«") and name.endswith("»"):
        name = name[1:-1].strip()
    opening = name.rfind("(")
    if len(name) > _MAX_SOURCE_CREDIT:
        # ...longer when it is the agency's full name and its initials, both the table's (`#Mi’raj Islamic News
        # Agency (MINA)`)
        return len(name) <= _MAX_NAMED_SOURCE_CREDIT and opening > 0 and name.endswith(")") and (
            agency_name(name[:opening]) is not None and agency_name(name[opening + 1:-1]) is not None)
    return agency_name(name) is not None or (
        opening > 0 and name.endswith(")") and agency_name(name[opening + 1:-1]) is not None)

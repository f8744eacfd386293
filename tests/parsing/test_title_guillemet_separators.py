"""Titles of WordPress themes that set the site's name off with a guillemet: the old default theme's `<blog's name> »
Blog Archive » <post's title>`, its label closing the site's part whatever the blog's name, and `<headline> « <site's
name>`. Real `<title>` strings as notes, reports and pingback lists linked the pages, read with no `<h1>` on the page;
guillemets quoting inside a headline and spaced ones between parts naming no site stay."""

from __future__ import annotations

import pytest

from title_readings import title_of  # beside this file


@pytest.mark.parametrize(("title", "url", "expected"), [
    ("Shtetl-Optimized » Blog Archive » P vs. NP for Dummies", "https://scottaaronson.blog/?p=459",
     "P vs. NP for Dummies"),
    ("hasCode.com » Blog Archive » Managing Architecture Decision Records with ADR-Tools",
     "https://www.hascode.com/2018/05/managing-architecture-decision-records-with-adr-tools/",
     "Managing Architecture Decision Records with ADR-Tools"),
    ("P2P Foundation » Blog Archive » Alternative to Truecrypt",
     "http://blog.p2pfoundation.net/alternative-to-truecrypt/2014/06/03", "Alternative to Truecrypt"),
    ("Ya-tou & me » Blog Archive » How The Kernel Manages Your Memory", "http://jiang.eu.org/blog/?p=312",
     "How The Kernel Manages Your Memory"),
    # The post's own colon and brackets stay.
    ("Photon Storm » Blog Archive » A first look at what iOS8 means for Phaser and Pixi.js (hint: bunnies, LOTS of them!)",
     "http://www.photonstorm.com/html5/a-first-look-at-what-ios8-means-for-phaser-and-pixi-js-hint-bunnies-lots-of-them",
     "A first look at what iOS8 means for Phaser and Pixi.js (hint: bunnies, LOTS of them!)"),
    ("旺伯’s Blog » Blog Archive » UI::Dialog::Backend::Zenity",
     "http://qerter.im.nuk.edu.tw/blog/index.php/2007/10/15/mod-zenity-perl/", "UI::Dialog::Backend::Zenity"),
    # A blog with no name: the label alone.
    ("Blog Archive » sccache, Mozilla's distributed compiler cache, now written in Rust",
     "https://blog.mozilla.org/ted/2016/11/21/sccache-mozillas-distributed-compiler-cache-now-written-in-rust/",
     "sccache, Mozilla's distributed compiler cache, now written in Rust"),
])
def test_the_themes_archive_label_closes_the_sites_part(title, url, expected):
    assert title_of(title, url) == expected


def test_a_guillemet_before_the_sites_name_is_a_separator():
    assert title_of("An open letter to Netflix from the authors of the de-anonymization paper « 33 Bits of Entropy",
                    "https://33bits.org/2009/12/17/an-open-letter-to-netflix/") == (
        "An open letter to Netflix from the authors of the de-anonymization paper")


def test_guillemets_quoting_in_a_headline_stay():
    # Ahram's `<title>`, its name declared: the quoted name `«رحمة»` is the headline's.
    title = ("أوائل الثانوية العامة.. والدة «رحمة» علمي علوم بـ 402 درجة: حققت حلم أبيها واعتمدت على منصات الإنترنت"
             " - بوابة الأهرام")
    assert title_of(title, "https://gate.ahram.org.eg/News/2897035.aspx", site_name="بوابة الأهرام") == (
        "أوائل الثانوية العامة.. والدة «رحمة» علمي علوم بـ 402 درجة: حققت حلم أبيها واعتمدت على منصات الإنترنت")


@pytest.mark.parametrize(("title", "url"), [
    # Spaced guillemets between a headline's own places, the last one no site's name.
    ("Jamaah Haji Bergerak Arafah » Muzdalifah » Mina", "https://www.antaranews.com/berita/1/jamaah-haji-bergerak"),
    # A label the theme did not write: words of the headline.
    ("Blog Archive Sekolah Dibuka untuk Umum", "https://www.example-sekolah.sch.id/blog-archive-dibuka"),
])
def test_guillemet_parts_naming_nothing_stay(title, url):
    assert title_of(title, url) == title

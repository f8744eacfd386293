"""A broadcaster's call to follow it naming where (`Follow us on social media:`) over its accounts, one platform a line
(`Facebook: @tvsarawak , @tvs122`, `TikTok: @tvsarawak, @tvs_entertainment`), is furniture under the text. A sentence
that names an account and goes on, or a call that says more, stays."""

from __future__ import annotations

from crawler.parsing.furniture import is_noise
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

FIRST = ("Penyampaian hadiah kepada pemenang utama diadakan pada 14 Jun ini sempena sambutan kemuncak HAWANA 2025 yang "
         "akan diadakan di Pusat Dagangan Dunia (WTC) Kuala Lumpur.")
LAST = ("HAWANA yang memasuki edisi kelima tahun ini selepas penganjuran pertama pada 2018 merupakan acara tahunan yang "
        "menghimpunkan pengamal media.")


def test_the_follow_call_and_the_accounts_go():
    accounts = ["Follow us on social media:", "Facebook: @tvsarawak , @tvs122",
                "Instagram: @tvsarawak, @TVS_Entertainment", "Telegram: @tvsarawak",
                "TikTok: @tvsarawak, @tvs_entertainment"]
    assert all(is_noise(line) for line in accounts)
    assert clean_body([Block(FIRST), Block(LAST)] + [Block(line) for line in accounts]).paragraphs == [FIRST, LAST]


def test_sentences_naming_accounts_stay():
    assert not is_noise("Twitter: @jokowi mengunggah foto itu pada Senin.")
    assert not is_noise("Follow us on social media to get the latest news about the floods in Kuching.")

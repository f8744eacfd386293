"""Titles closed by an outlet's name whose host is its initials (`South China Morning Post` on scmp.com, `New Straits
Times` on nst.com.my): real `<title>` strings of English-language Asian papers as digests of the news linked them
(2026), read with no `<h1>` and no `og:site_name` on the page."""

from __future__ import annotations

import pytest

from title_readings import title_of  # beside this file

@pytest.mark.parametrize(("title", "url", "expected"), [
    ("China ramps up building a national computing power network as AI token demand surges | South China Morning Post",
     "https://www.scmp.com/tech/big-tech/article/3353891/china-ramps-building-national-computing-power-network-ai-token"
     "-demand-surges", "China ramps up building a national computing power network as AI token demand surges"),
    # The headline's own hyphens stay.
    ("Zhipu launches flagship model GLM-5.3 as China seeks Mythos-level edge in cyber defence | South China Morning Post",
     "https://www.scmp.com/tech/big-tech/article/3364077/zhipu-launches-flagship-model-glm-53-china-seeks-mythos-level"
     "-edge-cyber-defence", "Zhipu launches flagship model GLM-5.3 as China seeks Mythos-level edge in cyber defence"),
    ("Alibaba targets Nvidia’s dominant software ecosystem with open-source AI stack | South China Morning Post",
     "https://www.scmp.com/tech/tech-war/article/3361048/alibaba-targets-nvidias-dominant-software-ecosystem-open-source"
     "-ai-stack", "Alibaba targets Nvidia’s dominant software ecosystem with open-source AI stack"),
    ("AI rift widens as China urges boycott of top US conference over sanctions ban | South China Morning Post",
     "https://www.scmp.com/tech/article/3348006/ai-rift-widens-china-urges-boycott-top-us-conference-over-sanctions-ban",
     "AI rift widens as China urges boycott of top US conference over sanctions ban"),
    # The paper's `og:title` suffix (a crawler of it cuts ` | New Straits Times`).
    ("DBKL cuts red tape for restaurants, food operators | New Straits Times",
     "https://www.nst.com.my/amp/news/regional/2026/08/1508705/dbkl-cuts-red-tape-restaurants-food-operators",
     "DBKL cuts red tape for restaurants, food operators"),
])
def test_a_name_spelling_the_hosts_initials_is_the_site(title, url, expected):
    assert title_of(title, url) == expected


@pytest.mark.parametrize(("title", "url"), [
    # Initials of another host, too few words to spell a brand, or words that spell none.
    ("AI rift widens as China urges boycott of top US conference | South China Morning Post",
     "https://www.thestar.com.my/tech/2026/01/01/ai-rift"),
    ("Harga Cabai Naik di Pasar Senen - Naik Terus", "https://www.nt.com/read/1/harga-cabai"),
    ("Satgas Tutup Pinjol Ilegal - Satu Cerita Dari Makassar", "https://www.scmp.com/news/asia/1/satgas"),
])
def test_a_last_part_spelling_no_initials_of_the_host_stays(title, url):
    assert title_of(title, url) == title

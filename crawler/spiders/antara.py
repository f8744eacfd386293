"""The `antara` spider: antaranews.com, its English edition and its regional bureaus.

    scrapy crawl antara                              # the real www.antaranews.com (Indonesian)
    scrapy crawl antara -a edition=en                # en.antaranews.com
    scrapy crawl antara -a edition=jatim,bali        # regional bureaus (<bureau>.antaranews.com), a comma list
    scrapy crawl antara -a edition=all               # every edition of crawler/sites/antara.py: id, en, the bureaus
    scrapy crawl antara -a edition=all -a base_url='http://127.0.0.1:8000/{edition}'   # the local sandbox

Other arguments as for every news spider: `mode=full|monitor|backfill`, `since`/`until` (YYYY-MM-DD),
`recheck`, `max_listing_pages`. An article is its host's numeric id (`/berita/<id>`, `/news/<id>` in
English; any slug, AMP copy or tracking parameters are the same article); video and photo stories are skipped.
"""

from crawler.sites.antara import ANTARA, DISCOVERY
from crawler.spiders.base import NewsSpider


class AntaraSpider(NewsSpider):
    name = "antara"
    profile = ANTARA
    discovery = DISCOVERY

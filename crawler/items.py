"""The Scrapy item, generated from the Article schema (crawler/schema.py)."""

from collections.abc import Mapping
from typing import Any

import scrapy
from itemadapter import ItemAdapter

from crawler.schema import FIELDS

# One scrapy.Field per schema field, in schema order (the JSON exporters keep declaration order).
Article = type(
    "Article",
    (scrapy.Item,),
    {f.name: scrapy.Field(description=f.description) for f in FIELDS},
)


def as_dict(item: Any) -> dict[str, Any]:
    """The item's fields as a plain dict, shallow: its nested values are plain JSON data already, and
    `ItemAdapter.asdict()` asks of every nested string and list whether it is an item (a tenth of a
    crawl's main thread)."""
    return dict(item) if isinstance(item, Mapping) else ItemAdapter(item).asdict()

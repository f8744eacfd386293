"""The Scrapy item, generated from the Article schema (crawler/schema.py)."""

import scrapy

from crawler.schema import FIELDS

# One scrapy.Field per schema field, in schema order (the JSON exporters keep declaration order).
Article = type(
    "Article",
    (scrapy.Item,),
    {f.name: scrapy.Field(description=f.description) for f in FIELDS},
)

"""Validate each article against the JSON Schema; drop invalid ones with the reason counted and logged.

Valid items take a validator compiled by fastjsonschema (~50x faster than jsonschema), built for
the first item: a run that exports nothing (an idle monitor poll) skips loading and compiling the
schema. Only an invalid item is examined by jsonschema, for the full list of what is wrong: a poll
that exports a few valid articles does not pay jsonschema's import and schema check (0.2-0.9 s).
The schema itself is checked against its metaschema by the test suite (tests/test_schema.py).
"""

from __future__ import annotations

import json
import logging
from importlib.resources import files

from scrapy.exceptions import DropItem

from crawler.items import as_dict
from crawler.schema import SCHEMA_PATH

logger = logging.getLogger(__name__)


def load_schema() -> dict:
    # Read as package data: a deployed egg (scrapyd) is a zip file, not a folder.
    return json.loads(files("crawler").joinpath(SCHEMA_PATH.name).read_text(encoding="utf-8"))


def error_key(error) -> str:
    """A short, stable stats key for a validation error: `<field>/<validator>`."""
    field = error.absolute_path[0] if error.absolute_path else (
        error.message.split("'")[1] if error.validator == "required" else "item")
    return f"{field}/{error.validator}"


class ValidatePipeline:
    def __init__(self, stats):
        self.stats = stats
        self.schema: dict | None = None
        self.is_valid = None  # fastjsonschema's compiled check, built for the first item
        self.validator = None  # jsonschema's, built for the first invalid item

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.stats)

    def _build_check(self) -> None:
        import fastjsonschema

        self.schema = load_schema()
        check = fastjsonschema.compile(self.schema)  # a broken schema raises here: validation never goes off

        def is_valid(data: dict) -> bool:
            try:
                check(data)
            except fastjsonschema.JsonSchemaException:
                return False
            return True

        self.is_valid = is_valid

    def errors(self, data: dict) -> list:
        """Everything wrong with an item the compiled check refused, in field order."""
        if self.validator is None:
            from jsonschema import Draft202012Validator

            self.validator = Draft202012Validator(self.schema)
        return sorted(self.validator.iter_errors(data), key=lambda e: list(e.absolute_path))

    def process_item(self, item):
        if self.is_valid is None:
            self._build_check()
        data = as_dict(item)
        if self.is_valid(data):
            return item
        errors = self.errors(data)
        if not errors:  # the two validators disagree: trust the reference implementation
            return item
        for error in errors:
            self.stats.inc_value(f"validate/dropped/{error_key(error)}")
        self.stats.inc_value("validate/dropped")
        reasons = "; ".join(f"{error_key(e)}: {e.message[:120]}" for e in errors[:5])
        raise DropItem(f"invalid article {data.get('url')}: {reasons}")

"""The Article schema: the one source of truth for an exported line.

The Scrapy item (`crawler.items.Article`), the JSON Schema file shipped with the
project (`crawler/article.schema.json`), the validation pipeline and the README's
field table are all derived from `FIELDS` below.  Change a field here and run
`python -m crawler.schema` to rewrite the JSON Schema file; tests fail while the
file or the README disagree with this module.

This module imports nothing from Scrapy so that parsing code and tools can use it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# 2: `site` added (required from this version on), `edition` any site's edition code. Lines of an
# older version stay valid as what they were: `scrapy dataset build` reads older run files.
SCHEMA_VERSION = 2
SCHEMA_PATH = Path(__file__).with_name("article.schema.json")

_ISO_DATETIME = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?([+-]\d{2}:\d{2}|Z)$"
_ISO_DATE = r"^\d{4}-\d{2}-\d{2}$"


@dataclass(frozen=True)
class Field:
    name: str
    json_type: dict[str, Any]
    description: str
    required: bool = True  # the key is always present (its value may still be null)
    nullable: bool = False
    since: int = 1  # the schema version that added the field: older lines lack it

    def json_schema(self) -> dict[str, Any]:
        schema = dict(self.json_type)
        if self.nullable:
            kind = schema.get("type")
            if kind is not None:
                schema["type"] = [kind, "null"] if isinstance(kind, str) else [*kind, "null"]
                if "enum" in schema:  # an enum lists every allowed value, null included
                    schema["enum"] = [*schema["enum"], None]
            else:
                schema = {"anyOf": [schema, {"type": "null"}]}
        schema["description"] = self.description
        return schema


def _str(**extra: Any) -> dict[str, Any]:
    return {"type": "string", **extra}


def _object(properties: dict[str, dict[str, Any]], required: list[str] | None = None) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": properties,
        "required": list(properties) if required is None else required,
        "additionalProperties": False,
    }


_NULLABLE_STR = {"type": ["string", "null"]}
_NULLABLE_DATE = {"type": ["string", "null"], "pattern": _ISO_DATE}

FIELDS: tuple[Field, ...] = (
    Field("schema_version", {"type": "integer", "minimum": 1, "maximum": SCHEMA_VERSION},
          f"Version of this schema ({SCHEMA_VERSION}); bumped when a field is added or changes meaning. "
          "Lines of an older version stay valid without the fields added since."),
    Field("id", _str(pattern=r"^[0-9a-f]{16}$"),
          "Stable identifier: first 16 hex digits of SHA-1 of `canonical_url`."),
    Field("url", _str(minLength=1), "URL the page was fetched from (after redirects)."),
    Field("canonical_url", _str(minLength=1),
          "Canonical URL: tracking parameters, fragment and scheme/host/slash variants normalized."),
    Field("site", _str(minLength=1),
          "Site the article was read as (its profile in `crawler/sites/`, e.g. `mina`); null for a page of "
          "no known site. Since schema version 2.", nullable=True, since=2),
    Field("agency", _str(minLength=1),
          "Publishing agency, canonical name (`MINA`): the site's, else the dateline's or `og:site_name`; "
          "null when nothing names one.", nullable=True),
    Field("edition", _str(pattern=r"^[a-z][a-z0-9-]{0,31}$"),
          "Site edition, from the host (MINA: `id` minanews.net, `en` en.minanews.net, `ar` ar.minanews.net; "
          "ANTARA: `id`, `en` and regional bureaus such as `jatim` jatim.antaranews.com), else the crawled "
          "edition or the one in the page's language; null for a page of no known site.", nullable=True),
    Field("language", {"type": "string", "enum": ["id", "en", "ar"]},
          "Language of the text (ISO 639-1): the text's when `<html lang>` says another, else the markup's "
          "or the edition's; null when none of them tells.", nullable=True),
    Field("title", _str(minLength=1), "Headline, without the site name."),
    Field("published_at", _str(pattern=_ISO_DATETIME),
          "Publication time, ISO 8601 in WIB (`+07:00`); see README for the order of sources.",
          nullable=True),
    Field("modified_at", _str(pattern=_ISO_DATETIME),
          "Last modification time (ISO 8601, `+07:00`) when the page states one.", nullable=True),
    Field("author", _str(), "Reporter, or the opinion writer from an `Oleh:` / `By` byline.",
          nullable=True),
    Field("editor", _str(), "Editor, when the page names one.", nullable=True),
    Field("category", _str(), "Display name of the article's most specific category.",
          nullable=True),
    Field("category_path", {"type": "array", "items": _str()},
          "Category slugs from the top level down, e.g. `[\"internasional\", \"asia\"]`."),
    Field("tags", {"type": "array", "items": _str()}, "Tag names, in page order, without duplicates."),
    Field("dateline", _object({
        "raw": _str(), "place": _NULLABLE_STR, "agency": _NULLABLE_STR,
        "date": _NULLABLE_DATE, "hijri": _NULLABLE_STR,
    }), "Dateline that opens the body (`Jakarta, MINA –`): raw text, place, agency, "
        "Gregorian date and Hijri date as written.", nullable=True),
    Field("lead", _str(), "First body paragraph, without the dateline.", nullable=True),
    Field("body", _str(),
          "Article text (every page of a paged article: `/slug/2`, `?page=2`): paragraphs joined by a blank "
          "line, without dateline, `Baca Juga:`/"
          "`Also Read:` inserts, captions, credit line, signature code or page noise."),
    Field("word_count", {"type": "integer", "minimum": 0}, "Number of words in `body`."),
    Field("signature", _object({"raw": _str(), "codes": {"type": "array", "items": _str()}}),
          "Editorial code that closes the text, e.g. `(T/RE1/P2)` → codes `[T, RE1, P2]`; "
          "`[]` has no codes.", nullable=True),
    Field("related", {"type": "array", "items": _object({"title": _str(), "url": _str()})},
          "Links of the `Baca Juga:` / `Also Read:` inserts, in page order."),
    Field("image", _object({"url": _str(), "caption": _NULLABLE_STR, "credit": _NULLABLE_STR}),
          "Lead image with its caption and photo credit.", nullable=True),
    Field("mentioned_dates", {"type": "array", "items": _object(
        {"text": _str(), "date": _str(pattern=_ISO_DATE)})},
          "Dates written in the body (`Senin (22/4)`), resolved against `published_at`; the first 100."),
    Field("fetched_at", _str(pattern=_ISO_DATETIME), "When the page was fetched (UTC)."),
    Field("content_hash", _str(pattern=r"^[0-9a-f]{40}$"),
          "SHA-1 of the normalized body (whitespace folded, lower case)."),
    Field("simhash", _str(pattern=r"^[0-9a-f]{16}$"),
          "64-bit SimHash of the body (word 3-shingles), hex: near-copies differ in few bits."),
    Field("version", {"type": "integer", "minimum": 1},
          "1 for the first export; +1 each time the article is exported again because its "
          "`modified_at` or `content_hash` changed."),
    Field("duplicate_of", _str(pattern=r"^[0-9a-f]{16}$"),
          "`id` of an already exported article whose body this one nearly copies (SimHash).",
          nullable=True),
    Field("discovered_at", _str(pattern=_ISO_DATETIME),
          "When the crawler first saw the article (UTC); `discovered_at - published_at` is the "
          "publication latency."),
)

FIELD_NAMES: tuple[str, ...] = tuple(f.name for f in FIELDS)
# Export bookkeeping: set by the export step (pipelines/dedup.py) from the state store, never by the parser.
# They close the schema, so the step appends them in schema order.
EXPORT_FIELDS: tuple[str, ...] = ("version", "duplicate_of", "discovered_at")
PARSED_FIELD_NAMES: tuple[str, ...] = FIELD_NAMES[:-len(EXPORT_FIELDS)]
assert FIELD_NAMES[-len(EXPORT_FIELDS):] == EXPORT_FIELDS


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one exported line: a field added in version N is
    required in lines of version N and later."""
    schema: dict[str, Any] = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://minanews.net/schemas/article-v%d.json" % SCHEMA_VERSION,
        "title": "News article",
        "type": "object",
        "properties": {f.name: f.json_schema() for f in FIELDS},
        "required": [f.name for f in FIELDS if f.required and f.since == 1],
        "additionalProperties": False,
    }
    later = sorted({f.since for f in FIELDS if f.required and f.since > 1})
    if later:
        schema["allOf"] = [
            {"if": {"properties": {"schema_version": {"minimum": version}}},
             "then": {"required": [f.name for f in FIELDS if f.required and f.since == version]}}
            for version in later
        ]
    return schema


def markdown_table() -> str:
    """The README's field table."""
    rows = ["| field | type | description |", "|---|---|---|"]
    for f in FIELDS:
        kind = f.json_type.get("type", "object")
        kind = kind if isinstance(kind, str) else "/".join(kind)
        if f.nullable:
            kind += " or null"
        rows.append(f"| `{f.name}` | {kind} | {f.description} |")
    return "\n".join(rows)


def write_schema_file(path: Path = SCHEMA_PATH) -> None:
    path.write_text(json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    write_schema_file()
    print(markdown_table())

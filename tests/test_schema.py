import json
import re
from pathlib import Path

from crawler.items import Article
from crawler.schema import FIELD_NAMES, SCHEMA_PATH, json_schema, markdown_table

ROOT = Path(__file__).resolve().parents[1]


def test_schema_file_is_generated_from_the_schema_module():
    assert json.loads(SCHEMA_PATH.read_text(encoding="utf-8")) == json_schema(), \
        "run `make schema` after changing crawler/schema.py"


def test_the_packaged_schema_is_a_valid_json_schema():
    """The crawl compiles the schema without checking it against the metaschema (jsonschema's check costs a
    poll up to a second): the check is here."""
    from jsonschema import Draft202012Validator

    from pipelines.validate import load_schema

    Draft202012Validator.check_schema(load_schema())


def test_item_fields_are_the_schema_fields_in_order():
    assert tuple(Article.fields) == FIELD_NAMES


def test_readme_field_table_agrees_with_the_schema():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert markdown_table() in readme, "README's field table differs: paste `python -m crawler.schema` output"
    documented = re.findall(r"^\| `(\w+)` \|", readme, re.MULTILINE)
    assert tuple(documented) == FIELD_NAMES


def _article(**changes) -> dict:
    from crawler.parsing import parse_article

    html = b"<html><body><h1>Judul</h1><div class='entry-content'><p>Teks berita.</p></div></body></html>"
    item = parse_article(html, "https://minanews.net/judul")
    # A run-file line: what the page says plus the export step's bookkeeping.
    exported = {**item, "version": 1, "duplicate_of": None, "discovered_at": item["fetched_at"]}
    return {**exported, **changes}


def test_lines_of_version_1_without_site_stay_readable():
    """`scrapy dataset build` reads older run files: a version 1 line had no `site` and any MINA edition."""
    from crawler.datasets.runs import check_article

    current = _article()
    assert current["schema_version"] == 2 and check_article(current) is None
    older = {name: value for name, value in _article(schema_version=1).items() if name != "site"}
    assert check_article(older) is None
    assert check_article({name: value for name, value in current.items() if name != "site"}) is not None


def test_edition_is_any_sites_lower_case_code():
    from crawler.datasets.runs import check_article

    assert check_article(_article(edition="jatim")) is None
    assert check_article(_article(edition="Jatim")) is not None


def test_the_parser_leaves_the_export_bookkeeping_to_the_export_step():
    """`version`, `duplicate_of` and `discovered_at` come from the state store (pipelines/dedup.py), not the page."""
    from crawler.parsing import parse_article
    from crawler.schema import EXPORT_FIELDS, FIELD_NAMES, PARSED_FIELD_NAMES

    item = parse_article(b"<html><body><h1>Judul</h1><p>Teks.</p></body></html>", "https://minanews.net/judul")
    assert not set(EXPORT_FIELDS) & set(item)
    assert tuple(item) == PARSED_FIELD_NAMES and PARSED_FIELD_NAMES + EXPORT_FIELDS == FIELD_NAMES

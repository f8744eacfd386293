import json
import re
from pathlib import Path

from crawler.items import Article
from crawler.schema import FIELD_NAMES, SCHEMA_PATH, json_schema, markdown_table

ROOT = Path(__file__).resolve().parents[1]


def test_schema_file_is_generated_from_the_schema_module():
    assert json.loads(SCHEMA_PATH.read_text(encoding="utf-8")) == json_schema(), \
        "run `make schema` after changing crawler/schema.py"


def test_item_fields_are_the_schema_fields_in_order():
    assert tuple(Article.fields) == FIELD_NAMES


def test_readme_field_table_agrees_with_the_schema():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert markdown_table() in readme, "README's field table differs: paste `python -m crawler.schema` output"
    documented = re.findall(r"^\| `(\w+)` \|", readme, re.MULTILINE)
    assert tuple(documented) == FIELD_NAMES

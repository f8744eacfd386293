"""Item pipelines, one job each: normalize → validate → dedup → write (see crawler/settings.py)."""

from collections.abc import Mapping
from typing import Any

from itemadapter import ItemAdapter


def as_dict(item: Any) -> dict[str, Any]:
    """The item's fields as a plain dict (shallow: nested values are already plain JSON data)."""
    return dict(item) if isinstance(item, Mapping) else ItemAdapter(item).asdict()

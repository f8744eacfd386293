"""Item pipelines, one job each: normalize → validate → dedup → write (see crawler/settings.py)."""

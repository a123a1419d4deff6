"""The package imports, exposes its contract and ships its data."""

from __future__ import annotations

from importlib import metadata

import bizfacts


def test_version_matches_metadata() -> None:
    assert bizfacts.__version__ == metadata.version("bizfacts")


def test_public_names_exist() -> None:
    for name in bizfacts.__all__:
        assert hasattr(bizfacts, name), name
    for fn in ("extract_money", "extract_percentages", "extract_user_counts", "extract_dates",
               "extract_companies", "extract_facts", "to_dict"):
        assert callable(getattr(bizfacts, fn))

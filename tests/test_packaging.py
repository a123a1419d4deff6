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


def _fresh_python(code: str) -> str:
    import os
    import subprocess
    import sys
    from pathlib import Path

    src = str(Path(bizfacts.__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([src, os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    return done.stdout.strip()


def test_import_loads_the_extractors_on_first_use() -> None:
    """``import bizfacts`` imports none of the extractors; a name's module comes with the name."""
    out = _fresh_python(
        "import sys, bizfacts\n"
        "heavy = ('bizfacts.facts', 'bizfacts.companies', 'bizfacts.dates')\n"
        "print(sorted(m for m in heavy if m in sys.modules))\n"
        "from bizfacts import extract_companies\n"
        "print('bizfacts.companies' in sys.modules, 'bizfacts.facts' in sys.modules)\n"
        "print(bizfacts.extract_companies is extract_companies, bizfacts.dates.__name__)\n"
    )
    assert out.splitlines() == ["[]", "True False", "True bizfacts.dates"]


def test_unknown_names_raise_attribute_error() -> None:
    import pytest

    with pytest.raises(AttributeError, match="no attribute 'extract_everything'"):
        bizfacts.extract_everything  # noqa: B018
    assert not hasattr(bizfacts, "_private_name")
    assert set(bizfacts.__all__) <= set(dir(bizfacts))

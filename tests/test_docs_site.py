"""The docs site: the API reference covers bizfacts.__all__, and the site builds in strict mode.

The build runs when mkdocs is installed (the `docs` extra; .ci/run installs it and runs
this file again); without it, only the checks on the sources run.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import bizfacts

ROOT = Path(__file__).resolve().parent.parent
API_PAGE = ROOT / "docs" / "api.md"
CONFIG = ROOT / "mkdocs.yml"


def _member_filters() -> list[str]:
    match = re.search(r"^\s*filters:\s*\[(.*)\]\s*$", CONFIG.read_text(encoding="utf-8"), re.MULTILINE)
    assert match, "mkdocs.yml: the python handler's filters"
    return re.findall(r'"(.*?)"', match.group(1))


def test_api_page_renders_the_whole_package() -> None:
    page = API_PAGE.read_text(encoding="utf-8")
    assert re.search(r"^::: bizfacts$", page, re.MULTILINE)
    # the package directive is not narrowed to a hand-kept member list
    block = page.split("::: bizfacts\n", 1)[1].split("\n\n", 1)[0]
    assert "members:" not in block


def test_every_public_name_passes_the_reference_filters() -> None:
    filters = _member_filters()
    for name in bizfacts.__all__:
        for f in filters:
            negative = f.startswith("!")
            found = re.search(f[1:] if negative else f, name) is not None
            assert found != negative, f"{name} is filtered out of the API reference by {f!r}"


def test_every_nav_page_exists() -> None:
    pages = re.findall(r"^\s*- [^:]+: (\S+\.md)$", CONFIG.read_text(encoding="utf-8"), re.MULTILINE)
    assert len(pages) >= 13
    for page in pages:
        assert (ROOT / "docs" / page).is_file(), page
        assert len((ROOT / "docs" / page).read_text(encoding="utf-8").split()) > 20 or page == "changelog.md"


def test_site_builds_strict_and_lists_every_public_name(tmp_path: Path) -> None:
    pytest.importorskip("mkdocs")
    pytest.importorskip("mkdocstrings_handlers.python")
    site = tmp_path / "site"
    run = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(site)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert run.returncode == 0, run.stderr[-3000:]
    api = (site / "api" / "index.html").read_text(encoding="utf-8")
    anchors = set(re.findall(r'id="(bizfacts\.[A-Za-z_]+)"', api))
    missing = [name for name in bizfacts.__all__ if f"bizfacts.{name}" not in anchors]
    assert missing == [], f"not in the API reference: {missing}"
    # a class is listed with its fields
    assert 'id="bizfacts.AcquisitionFact.acquirer"' in api
    assert (site / "img" / "render.png").is_file()
    changelog = (site / "changelog" / "index.html").read_text(encoding="utf-8")
    assert f"[{bizfacts.__version__}] - " in changelog  # the release section of this version

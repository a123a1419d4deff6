"""Release readiness: one version, a dated CHANGELOG section for it, a README that reads on an index page."""

from __future__ import annotations

import re
from pathlib import Path

import bizfacts

ROOT = Path(__file__).resolve().parent.parent


def test_version_is_written_in_one_place() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert re.search(r'^dynamic = \["version"\]$', pyproject, re.MULTILINE)
    assert not re.search(r"^version\s*=", pyproject, re.MULTILINE)
    assert 'path = "src/bizfacts/_version.py"' in pyproject
    hits = [
        p.relative_to(ROOT).as_posix()
        for p in (ROOT / "src").rglob("*.py")
        if re.search(r"^__version__\s*=", p.read_text(encoding="utf-8"), re.MULTILINE)
    ]
    assert hits == ["src/bizfacts/_version.py"]


def test_changelog_has_unreleased_on_top_then_a_dated_section_for_this_version() -> None:
    headings = re.findall(r"^## (.+)$", (ROOT / "CHANGELOG.md").read_text(encoding="utf-8"), re.MULTILINE)
    assert headings[0] == "[Unreleased]"
    assert re.fullmatch(rf"\[{re.escape(bizfacts.__version__)}\] - \d{{4}}-\d{{2}}-\d{{2}}", headings[1])


def test_readme_has_no_relative_links() -> None:
    # a package index shows the README without the repository around it: a relative link breaks
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    targets = re.findall(r"\]\(([^)]+)\)", readme) + re.findall(r'(?:src|href)="([^"]+)"', readme)
    assert [t for t in targets if not re.match(r"https?://", t)] == []


def test_release_workflow_builds_checks_and_publishes_on_a_tag() -> None:
    workflow = (ROOT / ".github" / "workflows" / "release.yml").read_text(encoding="utf-8")
    steps = ("tags:", "python -m build", "twine check --strict", "bizfacts extract", "gh-action-pypi-publish")
    for step in steps:
        assert step in workflow, step

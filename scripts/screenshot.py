"""Take the screenshot of the HTML view shown in the docs (docs/img/render.png).

Renders a seed article with `bizfacts.render_html`, pins one fact (the page's `#fact-N`
address) so its evidence and role mentions are highlighted, and photographs the page
with headless Chromium (`apt-get install chromium`; no network is used).

    python scripts/screenshot.py [--seed seeds/001_alibaba_weibo_stake.txt]
        [--reference-date 2013-05-01] [--fact 4] [-o docs/img/render.png]
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import bizfacts

ROOT = Path(__file__).resolve().parent.parent


def find_chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        path = shutil.which(name)
        if path:
            return path
    sys.exit("screenshot: no chromium on PATH (apt-get install chromium)")


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seed", type=Path, default=ROOT / "seeds" / "001_alibaba_weibo_stake.txt")
    parser.add_argument("--reference-date", type=dt.date.fromisoformat, default=dt.date(2013, 5, 1))
    parser.add_argument("--fact", type=int, default=4, help="the fact to pin (0-based), -1 for none")
    parser.add_argument("--size", default="1400,1000", help="window width,height in CSS pixels")
    parser.add_argument("-o", "--output", type=Path, default=ROOT / "docs" / "img" / "render.png")
    args = parser.parse_args()

    text = args.seed.read_text(encoding="utf-8")
    page = bizfacts.render_html(text, reference_date=args.reference_date, title=args.seed.name)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        html_path = Path(tmp) / "view.html"
        html_path.write_text(page, encoding="utf-8")
        url = html_path.as_uri() + (f"#fact-{args.fact}" if args.fact >= 0 else "")
        command = [
            find_chromium(),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            "--force-device-scale-factor=1",
            f"--user-data-dir={tmp}/profile",
            f"--window-size={args.size}",
            f"--screenshot={args.output.resolve()}",
            url,
        ]
        subprocess.run(command, check=True, capture_output=True, timeout=120)
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

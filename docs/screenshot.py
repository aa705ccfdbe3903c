"""Writes docs/timeline.png, the README's picture of the seed's HTML timeline, with Debian's
headless chromium (driven by Playwright; no browser is downloaded).

Run from the repository: python docs/screenshot.py   (needs /usr/bin/chromium and '.[test]')
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent / "tests"))
from browser import BROWSER_ARGS, CHROMIUM  # noqa: E402  (the same launch as the page tests)


def main() -> None:
    with tempfile.TemporaryDirectory() as work:
        page = Path(work) / "seed.html"
        subprocess.run(
            [sys.executable, "-m", "musk_openai", "timeline", "show", "--format", "html", "--no-cache", "-q",
             "--title", "The seed article's timeline", "-o", str(page)],
            check=True,
        )  # fmt: skip
        with sync_playwright() as playwright:
            context = playwright.chromium.launch_persistent_context(
                str(Path(work) / "profile"),
                executable_path=CHROMIUM,
                args=BROWSER_ARGS,
                headless=True,
                viewport={"width": 1000, "height": 1250},
                device_scale_factor=1,
            )
            tab = context.new_page()
            tab.goto(page.as_uri())
            tab.screenshot(path=str(HERE / "timeline.png"))
            context.close()
    print(f"wrote {HERE / 'timeline.png'}")


if __name__ == "__main__":
    main()

"""Debian's chromium as the HTML page tests and docs/screenshot.py launch it: headless, as root,
with no background networking (this machine's closed network refuses it, many at a time)."""

CHROMIUM = "/usr/bin/chromium"
BROWSER_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

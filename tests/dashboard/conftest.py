"""Browser fixtures for the dashboard: Debian's chromium driven by Playwright, one browser per
test module, and a page per test that fails the test on any console error, uncaught exception or
Content-Security-Policy violation.

Playwright's own browser download is never used (it cannot run here): the browser is
``/usr/bin/chromium`` (``make install-test`` installs it) through ``executable_path``.
Screenshots go to ``$BASTION_TEST_OUTPUT/dashboard`` (default ``test-output/dashboard``).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, ConsoleMessage, Dialog, Page, ViewportSize, sync_playwright

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SCREENSHOTS = Path(os.environ.get("BASTION_TEST_OUTPUT", ROOT / "test-output")) / "dashboard"
DESKTOP: ViewportSize = {"width": 1280, "height": 900}
PHONE: ViewportSize = {"width": 390, "height": 844}

# A CSP violation is also reported to the page as an event; this makes it a console error too
# (Chromium logs most violations itself, but not every kind), so one listener sees them all.
CSP_LISTENER = """
document.addEventListener("securitypolicyviolation", (e) => {
  console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || "inline"}`);
});
"""


# WCAG contrast of every visible text against the background it sits on (AA: 4.5:1, 3:1 for
# large text). Runs in the page; returns the failures.
LOW_CONTRAST_JS = """
() => {
  const rgb = (c) => (c.match(/[\\d.]+/g) || []).map(Number);
  const lum = ([r, g, b]) => {
    const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const background = (el) => {
    for (let e = el; e; e = e.parentElement) {
      const c = rgb(getComputedStyle(e).backgroundColor);
      if (c.length === 3 || (c.length === 4 && c[3] > 0.5)) return c.slice(0, 3);
    }
    return [255, 255, 255];
  };
  const bad = [];
  for (const el of document.querySelectorAll("body *")) {
    if (el.closest("svg") || !el.checkVisibility()) continue;
    const text = [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent.trim()).join("");
    if (!text) continue;
    const st = getComputedStyle(el);
    const a = lum(rgb(st.color).slice(0, 3)), b = lum(background(el));
    const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    const large = parseFloat(st.fontSize) >= 24 || (parseFloat(st.fontSize) >= 18.66 && Number(st.fontWeight) >= 700);
    if (ratio < (large ? 3 : 4.5)) bad.push(`${el.tagName}.${el.className} "${text.slice(0, 30)}" ${ratio.toFixed(2)}`);
  }
  return bad;
}
"""


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    assert os.access(CHROMIUM, os.X_OK), f"{CHROMIUM} is missing: run `make install-test` (apt-get install chromium)"
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, timeout=60_000)
        try:
            yield b
        finally:
            b.close()


@dataclass
class Watched:
    """A page and every problem it reported; the ``page`` fixture asserts none at the end."""

    page: Page
    problems: list[str] = field(default_factory=list)
    #: Console errors a test provokes on purpose (a refused request logs one), as regexes.
    expected: list[str] = field(default_factory=list)

    def on_console(self, msg: ConsoleMessage) -> None:
        if msg.type in ("error", "assert"):
            self.problems.append(f"console {msg.type}: {msg.text}")

    def on_dialog(self, dialog: Dialog) -> None:
        dialog.accept()  # the page's confirmations ("Revoke key ...?"): the person says yes

    def unexpected(self) -> list[str]:
        return [p for p in self.problems if not any(re.search(e, p) for e in self.expected)]

    def screenshot(self, name: str, full_page: bool = True) -> Path:
        """Save a screenshot of the page as it is, after checking its text has contrast."""
        assert self.page.evaluate(LOW_CONTRAST_JS) == [], name
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOTS / f"{name}.png"
        self.page.screenshot(path=str(path), full_page=full_page)
        return path


def open_page(browser: Browser, viewport: ViewportSize = DESKTOP) -> tuple[Watched, BrowserContext]:
    context = browser.new_context(viewport=viewport, service_workers="block")
    # Nothing but the gateway on loopback: any other request would be a leak (air-gapped).
    context.route(re.compile(r"^(?!https?://127\.0\.0\.1[:/]).*"), lambda route: route.abort())
    page = context.new_page()
    page.set_default_timeout(30_000)
    watched = Watched(page)
    page.add_init_script(CSP_LISTENER)
    page.on("console", watched.on_console)
    page.on("pageerror", lambda e: watched.problems.append(f"uncaught: {e}"))
    page.on("dialog", watched.on_dialog)
    page.on("requestfailed", lambda r: watched.problems.append(f"request failed: {r.url} {r.failure}"))
    return watched, context


@pytest.fixture
def page(browser: Browser) -> Iterator[Watched]:
    """A fresh page (own session storage) at 1280 px; fails the test on console errors."""
    watched, context = open_page(browser)
    try:
        yield watched
        assert not watched.unexpected(), watched.unexpected()
    finally:
        context.close()

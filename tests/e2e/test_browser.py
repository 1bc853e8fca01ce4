"""End-to-end: the dashboard served by ``tolltrack serve`` and the HTML report, in headless Chromium.

Drives Debian's ``chromium`` through its ``chromedriver`` (package ``chromium-driver``) with Selenium; the
driver path is given explicitly, so Selenium Manager never runs and nothing is downloaded. The whole module
is skipped when Selenium, ``/usr/bin/chromium`` or ``/usr/bin/chromedriver`` is missing (``.ci/run``
installs both). The store is the one of ``tests/report`` (the sample reports plus a hostile report whose
title, outlet and text carry ``<script>`` and markup). A screenshot of the dashboard with an event open is
taken; with ``TOLLTRACK_E2E_SCREENSHOT=docs/e2e-dashboard.png`` it refreshes the picture in the docs.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = os.environ.get("TOLLTRACK_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("TOLLTRACK_CHROMEDRIVER", "/usr/bin/chromedriver")
if not (Path(CHROMIUM).is_file() and Path(CHROMEDRIVER).is_file()):
    pytest.skip(f"needs {CHROMIUM} and {CHROMEDRIVER} (apt-get install chromium chromium-driver)",
                allow_module_level=True)
webdriver = pytest.importorskip("selenium.webdriver")

from selenium.common.exceptions import NoAlertPresentException  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.select import Select  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

from report.conftest import HOSTILE, SCRIPT, db_path  # noqa: E402,F401  (db_path: the shared store fixture)
from tolltrack.report.data import Filters  # noqa: E402
from tolltrack.report.report import build_report, render_html  # noqa: E402
from tolltrack.store import open_store  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
# set TOLLTRACK_E2E_SCREENSHOT=docs/e2e-dashboard.png to refresh the docs picture; otherwise a temp file
SCREENSHOT_ENV = "TOLLTRACK_E2E_SCREENSHOT"
WAIT = 15
# Runs before any page script: records alert()/confirm()/prompt() calls, which the hostile text would make
# if it ever ran as markup.
WATCH = ("window.__calls = []; for (const n of ['alert', 'confirm', 'prompt']) "
         "{ window[n] = (...a) => { window.__calls.push([n, ...a.map(String)]); }; }")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(db_path: Path) -> Iterator[str]:  # noqa: F811
    """``tolltrack serve`` on 127.0.0.1 and a free port, in a subprocess; its base URL."""
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "tolltrack.cli", "serve", "--db", str(db_path), "--port",
                             str(port)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(url + "/api/facets", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                out = proc.stdout.read().decode(errors="replace") if proc.stdout else ""
                pytest.fail(f"tolltrack serve did not start: {out}")
            time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if proc.stdout:
            proc.stdout.close()


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    profile = tmp_path_factory.mktemp("chromium-profile")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                 f"--user-data-dir={profile}", "--window-size=1400,1000", "--hide-scrollbars"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": WATCH})
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def _no_script_ran(driver: Any) -> None:
    try:
        text = driver.switch_to.alert.text
    except NoAlertPresentException:
        text = None
    assert text is None, f"an alert opened: {text!r}"
    assert driver.execute_script("return window.__calls") == []


def _rows(driver: Any) -> list[list[str]]:
    return [[td.text for td in tr.find_elements(By.TAG_NAME, "td")]
            for tr in driver.find_elements(By.CSS_SELECTOR, "#events tbody tr")]


def test_dashboard_filter_event_evidence(server: str, browser: Any, tmp_path: Path) -> None:
    driver = browser
    wait = WebDriverWait(driver, WAIT)
    driver.get(server + "/")
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#events tbody tr")
               and d.find_elements(By.CSS_SELECTOR, "#map circle.pt")
               and d.find_elements(By.CSS_SELECTOR, "#timeline rect")
               and d.find_elements(By.CSS_SELECTOR, "#summary .card"))
    assert driver.find_element(By.ID, "message").text == ""
    everything = driver.find_element(By.ID, "count").text
    all_rows = _rows(driver)
    assert len(all_rows) >= 7 and len({r[2] for r in all_rows}) > 1

    # a filter: the governorate of the hostile report (Idlib)
    Select(driver.find_element(By.ID, "f-admin1")).select_by_value("Idlib")
    wait.until(lambda d: d.find_element(By.ID, "count").text != everything)
    rows = _rows(driver)
    assert rows and {r[2] for r in rows} == {"Idlib"}, rows
    assert len(driver.find_elements(By.CSS_SELECTOR, "#map circle.pt")) == len(rows)
    assert any("Saraqib" in r[1] for r in rows)

    # open the hostile event from its table row
    row = next(tr for tr in driver.find_elements(By.CSS_SELECTOR, "#events tbody tr") if "Saraqib" in tr.text)
    row.click()
    wait.until(lambda d: d.find_element(By.ID, "event-panel").is_displayed()
               and d.find_elements(By.CSS_SELECTOR, "#event blockquote mark.num"))
    panel = driver.find_element(By.ID, "event")
    quotes = panel.find_elements(By.TAG_NAME, "blockquote")
    hostile = [q for q in quotes if "Saraqib" in q.text]
    assert hostile, [q.text for q in quotes]
    quote = hostile[0]
    # the sentence is shown whole, the figure highlighted (<mark class="num">) inside the underlined evidence
    assert quote.text.startswith("At least 9 civilians")
    marks = quote.find_elements(By.CSS_SELECTOR, "mark.num")
    assert [m.text for m in marks] == ["9"]
    assert marks[0].value_of_css_property("background-color") not in ("rgba(0, 0, 0, 0)", "transparent")
    assert quote.find_elements(By.CSS_SELECTOR, "span.ev")
    # the injected markup is text: visible as written, no element made of it, nothing ran
    assert SCRIPT in quote.text
    assert SCRIPT in panel.text and HOSTILE["title"] in panel.text
    assert not panel.find_elements(By.CSS_SELECTOR, "script, img, b, i")
    assert len(driver.find_elements(By.TAG_NAME, "script")) == 1  # /static/dashboard.js only
    _no_script_ran(driver)

    shot = Path(os.environ[SCREENSHOT_ENV]) if os.environ.get(SCREENSHOT_ENV) else tmp_path / "dashboard.png"
    shot.parent.mkdir(parents=True, exist_ok=True)
    assert driver.save_screenshot(str(shot))
    assert shot.stat().st_size > 10_000


def test_dashboard_side_filter_and_event_link(server: str, browser: Any) -> None:
    driver = browser
    wait = WebDriverWait(driver, WAIT)
    driver.get(server + "/")
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#events tbody tr"))
    sides = [o.get_attribute("value") for o in driver.find_elements(By.CSS_SELECTOR, "#f-side option")
             if o.get_attribute("value")]
    assert "RUS" in sides
    before = driver.find_element(By.ID, "count").text
    Select(driver.find_element(By.ID, "f-side")).select_by_value("RUS")
    wait.until(lambda d: d.find_element(By.ID, "count").text != before)
    rows = _rows(driver)
    assert rows and all("(RUS)" in r[4] for r in rows), rows
    # a link to an event opens it
    event_id = driver.find_element(By.CSS_SELECTOR, "#events tbody tr").get_attribute("data-id")
    driver.get(f"{server}/#event-{event_id}")
    driver.refresh()
    wait.until(lambda d: d.find_element(By.ID, "event-panel").is_displayed()
               and d.find_elements(By.CSS_SELECTOR, "#event blockquote mark.num"))
    _no_script_ran(driver)


def test_report_opens_offline_with_charts(db_path: Path, browser: Any, tmp_path: Path) -> None:  # noqa: F811
    with open_store(db_path) as store:
        html = render_html(build_report(store, Filters()))
    page = tmp_path / "report.html"
    page.write_text(html, encoding="utf-8")
    driver = browser
    driver.get(page.as_uri())
    WebDriverWait(driver, WAIT).until(lambda d: d.execute_script("return document.readyState") == "complete")
    charts = driver.execute_script(
        "return [...document.querySelectorAll('section svg')].map(s => { const r = s.getBoundingClientRect(); "
        "return {id: s.closest('section').id, w: r.width, h: r.height, marks: s.querySelectorAll("
        "'rect, circle, path, polyline, line').length}; })")
    assert {c["id"] for c in charts} >= {"timeline", "map"}, charts
    for c in charts:
        assert c["w"] > 50 and c["h"] > 50 and c["marks"] > 0, c
    circles = driver.find_elements(By.CSS_SELECTOR, "#map svg circle")
    assert circles and all(c.size["width"] > 0 and c.size["height"] > 0 for c in circles)
    bars = [r for r in driver.find_elements(By.CSS_SELECTOR, "#timeline svg rect") if r.size["height"] > 0]
    assert bars
    # nothing is fetched and nothing runs: no script, and the hostile title shows as text
    assert driver.find_elements(By.TAG_NAME, "script") == []
    assert HOSTILE["title"] in driver.execute_script("return document.body.textContent")  # (some in <details>)
    assert SCRIPT in driver.execute_script("return document.body.textContent")
    assert not driver.find_elements(By.CSS_SELECTOR, "img[src='x']")
    _no_script_ran(driver)

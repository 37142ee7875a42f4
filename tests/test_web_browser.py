"""The web UI in a real headless Chromium (selenium) against ``newsgraph serve``'s app under
uvicorn: search, article, a speaker's page, the network, accounts and the offline API docs,
with screenshots in ``tests/artifacts/``. Also raw HTTP requests (paths sent exactly as
written, which a browser or httpx would normalise) against the live server.

Skipped when Chromium or its driver is not installed (CI installs the Debian packages
``chromium`` and ``chromium-driver``).
"""

from __future__ import annotations

import http.client
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest

from conftest_web import ARTIFACTS, live_server, table_counts, web_db

CHROMIUM, CHROMEDRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")

webdriver = pytest.importorskip("selenium.webdriver")
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support import expected_conditions as ec  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402


@pytest.fixture(scope="module")
def base_url() -> str:
    return live_server()


@pytest.fixture(scope="module")
def browser() -> Iterator[webdriver.Chrome]:
    if not (CHROMIUM.exists() and CHROMEDRIVER.exists()):
        pytest.skip("chromium and chromedriver are not installed")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1400,1000", "--disable-extensions", "--no-first-run"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(30)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    try:
        yield driver
    finally:
        driver.quit()


def shot(driver: webdriver.Chrome, name: str) -> None:
    driver.save_screenshot(str(ARTIFACTS / f"{name}.png"))


def wait(driver: webdriver.Chrome, css: str, seconds: float = 10):  # type: ignore[no-untyped-def]
    return WebDriverWait(driver, seconds).until(ec.presence_of_element_located((By.CSS_SELECTOR, css)))


def console_errors(driver: webdriver.Chrome) -> list[str]:
    """Errors the page logged (a blocked script or style, a missing asset, a JS exception)."""
    return [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def test_search_article_speaker_network(browser: webdriver.Chrome, base_url: str) -> None:
    before = table_counts(web_db())
    browser.get(base_url + "/")
    assert "Search" in browser.title
    box = wait(browser, "#q")
    box.send_keys("Orlov phone")
    browser.find_element(By.CSS_SELECTOR, "#search-form button[type=submit]").click()
    wait(browser, "#article-results .hit h3 a")
    assert "q=Orlov+phone" in browser.current_url
    titles = [a.text for a in browser.find_elements(By.CSS_SELECTOR, "#article-results .hit h3 a")]
    assert any(t.startswith("Feld Presses") for t in titles), titles
    assert browser.find_elements(By.CSS_SELECTOR, "#article-results .snippet mark")
    shot(browser, "01_search")

    next(a for a in browser.find_elements(By.CSS_SELECTOR, "#article-results .hit h3 a")
         if a.text.startswith("Feld Presses")).click()
    wait(browser, "#article-body")
    assert browser.find_element(By.ID, "article-title").text.startswith("Feld Presses")
    quotes = browser.find_elements(By.CSS_SELECTOR, "#article-body .q")
    triggers = browser.find_elements(By.CSS_SELECTOR, "#article-body mark.trigger")
    assert quotes and triggers
    titles = [t.get_attribute("title") for t in triggers]
    assert any("Markus Feld → CONSULT → Viktor Orlov" in t and "2025-03-13" in t for t in titles), titles
    # a quotation is coloured (its speaker's hue), and hovering it lights up its list entry
    assert quotes[0].value_of_css_property("background-color") not in ("rgba(0, 0, 0, 0)", "transparent") or \
        quotes[0].value_of_css_property("border-bottom-style") == "solid"
    lists = {s.get_attribute("id"): s for s in browser.find_elements(By.CSS_SELECTOR, "aside.side section")}
    assert {"actors", "quotes", "events"} <= set(lists)
    shot(browser, "02_article")

    speaker = next(a for a in browser.find_elements(By.CSS_SELECTOR, "#article-body a.speaker")
                   if a.get_attribute("title") == "speaker: Sabine Roth")
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'});", speaker)
    speaker.click()
    name = wait(browser, "#actor-name")
    assert name.text.strip() == "Sabine Roth"
    assert "/actors/" in browser.current_url
    quotes_here = browser.find_elements(By.CSS_SELECTOR, "#actor-quotes blockquote")
    assert quotes_here and any("chancellor" in q.text.lower() for q in quotes_here)
    links = browser.find_elements(By.CSS_SELECTOR, "#actor-quotes blockquote footer a")
    assert any("Feld Presses" in a.text for a in links)
    shot(browser, "03_speaker")

    browser.find_element(By.ID, "nav-network").click()
    wait(browser, "svg#network .node")
    nodes = browser.find_elements(By.CSS_SELECTOR, "svg#network a.node")
    edges = browser.find_elements(By.CSS_SELECTOR, "svg#network line.edge")
    assert len(nodes) >= 10 and edges
    shot(browser, "04_network")
    feld = browser.find_element(By.CSS_SELECTOR, "svg#network a.node text")  # the best-connected actor first
    label = feld.text
    browser.find_element(By.CSS_SELECTOR, "svg#network a.node circle").click()
    assert wait(browser, "#actor-name").text.strip() == label
    assert console_errors(browser) == []
    assert table_counts(web_db()) == before


def test_actor_timeline_and_ego_network(browser: webdriver.Chrome, base_url: str) -> None:
    browser.get(base_url + "/actors?name=orlov")
    wait(browser, "#actor-table a").click()
    assert wait(browser, "#actor-name").text.strip() == "Viktor Orlov"
    assert browser.find_elements(By.CSS_SELECTOR, "svg.timeline circle.dot")
    assert "Russian President" in browser.find_element(By.ID, "actor-titles").text
    shot(browser, "05_actor_timeline")
    browser.find_element(By.ID, "actor-network-link").click()
    wait(browser, "svg#network .node")
    names = [t.text for t in browser.find_elements(By.CSS_SELECTOR, "svg#network a.node text")]
    assert "Viktor Orlov" in names and "Markus Feld" in names
    shot(browser, "06_network_orlov")


def test_accounts_side_by_side(browser: webdriver.Chrome, base_url: str) -> None:
    browser.get(base_url + "/accounts")
    first = wait(browser, "#accounts-table a.account-link")
    row = browser.find_element(By.CSS_SELECTOR, "#accounts-table tbody tr").text
    assert "Markus Feld" in row and "Viktor Orlov" in row, row
    first.click()
    wait(browser, "#sides")
    source, target = browser.find_element(By.ID, "source-side"), browser.find_element(By.ID, "target-side")
    assert source.location["x"] < target.location["x"]  # side by side
    assert "Kremlin" in (source.text + target.text)
    reports = browser.find_elements(By.CSS_SELECTOR, "#reports article.report")
    assert len(reports) >= 2
    assert {"Feld Presses", "Kremlin Says"} <= {r.find_element(By.CSS_SELECTOR, "h3 a").text[:12] for r in reports}
    shot(browser, "07_accounts")
    assert console_errors(browser) == []


def test_docs_render_offline(browser: webdriver.Chrome, base_url: str) -> None:
    browser.get(base_url + "/docs")
    WebDriverWait(browser, 10).until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#api-docs .endpoint")) >= 8)
    search = next(s for s in browser.find_elements(By.CSS_SELECTOR, "#api-docs .endpoint")
                  if s.find_element(By.CSS_SELECTOR, "code.path").text == "/api/search")
    search.find_element(By.CSS_SELECTOR, "input[name=q]").send_keys("Kremlin")
    search.find_element(By.CSS_SELECTOR, "button").click()
    WebDriverWait(browser, 10).until(lambda d: search.find_element(By.CSS_SELECTOR, "pre").text.startswith("200"))
    shot(browser, "08_docs")
    assert console_errors(browser) == []


def test_error_page(browser: webdriver.Chrome, base_url: str) -> None:
    browser.get(base_url + "/articles/' OR 1=1 --")
    assert wait(browser, "#error-detail").text == "no such article"
    shot(browser, "09_not_found")


@pytest.mark.parametrize("path", ["/../../etc/passwd", "/static/../../../etc/passwd", "/static/..%2F..%2Fetc%2Fpasswd",
                                  "/static/%2e%2e/%2e%2e/etc/passwd", "/articles/..%2F..%2Fetc%2Fpasswd",
                                  "/api/articles/%27%20OR%201%3D1%20--", "/api/actors/'%20OR%201=1%20--",
                                  "/static/../app.py", "/api/search?actor=%27%20OR%201%3D1%20--"])
def test_raw_requests_on_the_live_server(base_url: str, path: str) -> None:
    before = table_counts(web_db())
    url = urlparse(base_url)
    con = http.client.HTTPConnection(url.hostname, url.port, timeout=10)
    try:
        con.putrequest("GET", path, skip_accept_encoding=True)  # sent as written, not normalised
        con.endheaders()
        response = con.getresponse()
        body = response.read().decode("utf-8", "replace")
    finally:
        con.close()
    assert 400 <= response.status < 500, (path, response.status)
    assert "root:" not in body and "create_app" not in body
    assert table_counts(web_db()) == before

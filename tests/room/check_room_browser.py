#!/usr/bin/env python3
"""Room voting in a real browser: headless Chromium at a phone's size opens
the page served by `socle-cli room serve` on loopback, types the session
code, picks a participant, votes on a level card once the facilitator opens
voting, changes its mind, and the facilitator closes voting; the changed
vote must then be in the saved .socle exactly once for that participant.
A screenshot of the phone page is written where SCREENSHOT says.

Usage: check_room_browser.py SOCLE_CLI SAMPLE.socle [SCREENSHOT.png]
Exit 77 (CTest's skip) when Chromium, chromedriver or selenium is missing
(Debian: chromium chromium-driver python3-selenium); CI installs them."""
import os
import shutil
import sys
import tempfile
import xml.etree.ElementTree as ET

from room_serve_process import RoomServe

SKIP = 77
CODE = "K3M7XR"
PARTICIPANT_ID = "p03"
PARTICIPANT_NAME = "Vilayvanh Sisouphanh"
# The sample has her vote 2 on the first indicator: the test needs others, and
# the changed one is card 1, at the top of the screenshot.
FIRST_VOTE, CHANGED_VOTE = "4", "1"
WAIT = 20  # seconds for anything the page does (it polls every 2 s)


TRANSCRIPT = []  # what the server printed, shown when the test fails


def fail(message):
    print("FAIL:", message)
    print("server printed:", *TRANSCRIPT, sep="\n  ")
    sys.exit(1)


def browser_stack():
    """Paths of chromium and chromedriver, or None when the browser stack is missing."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    try:
        import selenium  # noqa: F401  (only its presence)
    except ImportError:
        print("SKIP: python3-selenium is not installed")
        return None
    if not chromium or not driver:
        print("SKIP: chromium or chromedriver is not installed")
        return None
    return chromium, driver


def Server(cli, socle):
    return RoomServe(cli, socle, CODE, fail, transcript=TRANSCRIPT)


def votes_for(path, indicator, participant):
    root = ET.parse(path).getroot()
    return [vote.text for element in root.find("responses").iter("indicator") if element.get("id") == indicator
            for vote in element.findall("vote") if vote.get("participant") == participant]


def phone_browser(chromium, driver_path, profile):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     "--user-data-dir=" + profile, "--window-size=390,844", "--lang=en-GB",
                     "--no-first-run", "--disable-extensions"):
        options.add_argument(argument)
    # A phone: 390 x 844 CSS pixels (an iPhone 12-14 class screen), touch, a phone's user agent.
    options.add_experimental_option("mobileEmulation", {
        "deviceMetrics": {"width": 390, "height": 844, "pixelRatio": 2.0, "touch": True},
        "userAgent": "Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 "
                     "(KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36"})
    browser = webdriver.Chrome(service=Service(executable_path=driver_path), options=options)
    browser.set_page_load_timeout(WAIT)
    return browser


def level_button(browser, key):
    """The level card whose text starts with 'KEY. '."""
    from selenium.webdriver.common.by import By
    for button in browser.find_elements(By.CSS_SELECTOR, "#levels button"):
        if button.text.startswith(key + ". "):
            return button
    return None


def main():
    cli, sample = sys.argv[1], sys.argv[2]
    screenshot = sys.argv[3] if len(sys.argv) > 3 else None
    stack = browser_stack()
    if stack is None:
        sys.exit(SKIP)
    from selenium.common.exceptions import StaleElementReferenceException, TimeoutException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ready
    from selenium.webdriver.support.ui import WebDriverWait

    folder = tempfile.mkdtemp()
    server = browser = None
    try:
        socle = os.path.join(folder, "workshop.socle")
        shutil.copy(sample, socle)
        server = Server(cli, socle)
        indicator = server.first_status.split()[1]
        before = votes_for(socle, indicator, PARTICIPANT_ID)
        if CHANGED_VOTE in before or FIRST_VOTE in before:
            fail("the sample already has %r for %s on %s: pick other votes" % (before, PARTICIPANT_ID, indicator))

        browser = phone_browser(*stack, os.path.join(folder, "chromium-profile"))
        # The page rebuilds its cards whenever the room's state changes: an
        # element found a moment ago may be gone, so waits look again.
        wait = WebDriverWait(browser, WAIT, ignored_exceptions=[StaleElementReferenceException])

        def wait_for(condition, what):
            try:
                return wait.until(condition)
            except TimeoutException:
                fail("%s (waited %d s); page text: %r" % (what, WAIT, browser.find_element(By.TAG_NAME, "body").text))

        def click_level(key):
            for _ in range(5):  # a card replaced between finding and clicking it is found again
                try:
                    level_button(browser, key).click()
                    return
                except StaleElementReferenceException:
                    pass
            fail("the card %s kept being replaced" % key)

        # The address without the code, as typed from the projector: the page asks for the code.
        browser.get(server.base + "/")
        field = wait_for(ready.visibility_of_element_located((By.NAME, "c")), "no session code field")
        if browser.execute_script("return window.innerWidth") > 400:
            fail("the page is not at a phone's width")
        field.send_keys(CODE)
        browser.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()

        # Who are you? The participants' names, one button each.
        person = wait_for(ready.element_to_be_clickable(
            (By.XPATH, "//div[@id='people']/button[normalize-space(.)='%s']" % PARTICIPANT_NAME)),
            "%s is not among the names offered" % PARTICIPANT_NAME)
        person.click()
        wait_for(ready.visibility_of_element_located((By.ID, "question")), "the indicator was not shown after joining")
        wait_for(lambda b: "closed" in b.find_element(By.ID, "status").text, "voting did not show as closed")
        wait_for(lambda b: level_button(b, FIRST_VOTE) is not None and not level_button(b, FIRST_VOTE).is_enabled(),
                 "the level cards are not shown, or can be pressed while voting is closed")

        # The facilitator opens voting; the phone sees it at its next poll.
        if ": open, 0 of" not in server.type("open"):
            fail("open did not open voting")
        wait_for(lambda b: level_button(b, FIRST_VOTE) is not None and level_button(b, FIRST_VOTE).is_enabled(),
                 "the level cards did not become pressable after open")
        click_level(FIRST_VOTE)
        wait_for(lambda b: "mine" in (level_button(b, FIRST_VOTE).get_attribute("class") or ""),
                 "the first vote was not shown as this phone's")

        # A change of mind before voting closes.
        click_level(CHANGED_VOTE)
        wait_for(lambda b: "mine" in (level_button(b, CHANGED_VOTE).get_attribute("class") or "")
                 and "mine" not in (level_button(b, FIRST_VOTE).get_attribute("class") or ""),
                 "the changed vote was not shown as this phone's")
        wait_for(lambda b: b.find_element(By.ID, "message").text.strip() != "", "no confirmation shown")
        if screenshot:
            browser.execute_script("window.scrollTo(0, 0)")
            if not browser.save_screenshot(screenshot):
                fail("no screenshot written")
        line = server.type("status")
        if ": open, 1 of" not in line:
            fail("the facilitator sees %r after one phone voted twice" % line)

        # The facilitator closes voting; the phone's cards go grey.
        line = server.type("close")
        if ": closed, 1 of" not in line:
            fail("close printed %r, not closed with one vote" % line)
        wait_for(lambda b: not level_button(b, CHANGED_VOTE).is_enabled(), "the cards stayed pressable after close")
        server.stop()

        votes = votes_for(socle, indicator, PARTICIPANT_ID)
        if votes != [CHANGED_VOTE]:
            fail("the file has %r for %s on %s (before: %r), expected exactly [%r]"
                 % (votes, PARTICIPANT_ID, indicator, before, CHANGED_VOTE))
        print("ok: %s voted %s then %s on %s from a phone-sized Chromium; the file has %s once"
              % (PARTICIPANT_NAME, FIRST_VOTE, CHANGED_VOTE, indicator, CHANGED_VOTE))
    finally:
        if browser is not None:
            browser.quit()
        if server is not None and server.process.poll() is None:
            server.process.kill()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()

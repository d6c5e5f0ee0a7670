package vn.hailong.api.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.hailong.api.support.Api;
import vn.hailong.api.support.Database;

/**
 * The kiosk in a real browser: provisioned from its setup link, rated by taps, with the network cut
 * and the page reloaded, checked against what the database stored.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KioskBrowserTest {
  static final String BAC_NHA_TRANG = "khanh-hoa.p-bac-nha-trang";

  @Inject EmbeddedServer server;
  @Inject Api api;
  @Inject Database db;

  @AutoClose Browser browser;
  String token;
  String addressAfterSetup;

  @BeforeAll
  void provisionTheKiosk() {
    Api.Reply kiosk =
        api.post(
            "/api/v1/kiosks",
            Map.of("code", "bnt-quay-web", "unitCode", BAC_NHA_TRANG),
            api.adminToken());
    assertEquals(201, kiosk.status(), kiosk.toString());
    token = kiosk.text("token");
    String setupUrl = kiosk.text("setupUrl");
    browser = Browser.start("kiosk");
    // the test server listens on a random port: keep the link's path and fragment
    browser.open(base() + setupUrl.substring(setupUrl.indexOf("/kiosk/")));
    browser.waitScreen("welcome");
    addressAfterSetup = browser.driver.getCurrentUrl();
  }

  @BeforeEach
  void noRatings() {
    db.clearResponses();
    browser.block();
    browser.offline(false);
    browser.viewport(800, 1280, false);
  }

  private String base() {
    return server.getURL().toString().replaceAll("/$", "");
  }

  private void openKiosk(String query) {
    browser.open(base() + "/kiosk/" + query);
    browser.waitScreen("welcome");
    waitQueued(0);
  }

  private void waitQuestion(int number) {
    browser.waitUntil(
        d ->
            d
                .findElements(
                    By.cssSelector(
                        "[data-screen='question'][data-ready][data-index='" + number + "']"))
                .stream()
                .anyMatch(WebElement::isDisplayed));
  }

  private void waitQueued(int count) {
    browser.waitUntil(
        d ->
            String.valueOf(count)
                .equals(browser.find("[data-role='queue']").getAttribute("data-queued")));
  }

  private void waitResponses(long count) {
    browser.waitUntil(Duration.ofSeconds(30), d -> db.responses() == count);
  }

  private void start() {
    browser.tap("[data-screen='welcome'][data-ready] [data-action='start']");
  }

  /** Answers questions from..to (1-based) with the given ratings ("1".."5" or "na"). */
  private void rate(int from, String... ratings) {
    for (int i = 0; i < ratings.length; i++) {
      waitQuestion(from + i);
      browser.tap("[data-screen='question'][data-ready] [data-rating='" + ratings[i] + "']");
    }
  }

  private LocalDate ratedDay() {
    return LocalDate.parse(db.text("SELECT local_date FROM response"));
  }

  @Test
  void theSetupLinkLeavesNoTokenInTheAddress() {
    assertFalse(addressAfterSetup.contains("#"), addressAfterSetup);
    assertFalse(addressAfterSetup.contains(token), addressAfterSetup);
    assertTrue(addressAfterSetup.endsWith("/kiosk/"), addressAfterSetup);
    String stored = (String) browser.script("return localStorage.getItem('hailong.kiosk')");
    assertTrue(stored.contains(token) && stored.contains(BAC_NHA_TRANG), stored);

    openKiosk("");
    assertEquals(
        api.get("/api/v1/units/" + BAC_NHA_TRANG).text("name"),
        browser.find("[data-role='unit-title']").getText());
  }

  @Test
  void aFullRatingTakesEightTapsAndLandsOnce() {
    openKiosk("");
    long started = System.nanoTime();
    List<String> taps = new ArrayList<>();

    start();
    taps.add("start");
    String[] ratings = {"5", "4", "4", "3", "na", "5"};
    for (int i = 0; i < ratings.length; i++) {
      rate(i + 1, ratings[i]);
      taps.add(ratings[i]);
    }
    browser.waitScreen("comment");
    browser.find("#comment").sendKeys("Cán bộ hướng dẫn rất tận tình");
    browser.tap("[data-screen='comment'][data-ready] [data-action='submit']");
    taps.add("submit");
    browser.waitScreen("thanks");
    long tapToThanksMs = (System.nanoTime() - started) / 1_000_000;

    assertEquals(8, taps.size(), taps.toString());
    waitResponses(1);
    waitQueued(0);
    assertEquals(1, db.responses());
    assertEquals(6, db.rollupTotal());
    LocalDate day = ratedDay();
    assertEquals(1, db.rollup(BAC_NHA_TRANG, "ACCESS", day, 5));
    assertEquals(1, db.rollup(BAC_NHA_TRANG, "PROCEDURES", day, 4));
    assertEquals(1, db.rollup(BAC_NHA_TRANG, "STAFF", day, 3));
    assertEquals(1, db.rollup(BAC_NHA_TRANG, "RESULTS", day, 0));
    assertEquals("KIOSK", db.text("SELECT channel FROM response"));
    assertEquals("Cán bộ hướng dẫn rất tận tình", db.text("SELECT comment FROM response"));
    assertEquals(
        1,
        db.count(
            "SELECT COUNT(*) FROM response r JOIN kiosk k ON k.id = r.kiosk_id WHERE k.code = ?",
            "bnt-quay-web"));

    // the thank-you screen gives the kiosk back to the next citizen after about five seconds
    long thanksShown = System.nanoTime();
    browser.waitUntil(
        Duration.ofSeconds(10), d -> browser.find("[data-screen='welcome']").isDisplayed());
    long thanksMs = (System.nanoTime() - thanksShown) / 1_000_000;
    System.out.printf(
        "kiosk: full rating in %d taps, %d ms from the first tap to the thank-you screen"
            + " (automated); welcome again %d ms later%n",
        taps.size(), tapToThanksMs, thanksMs);
    assertTrue(tapToThanksMs < 20_000, tapToThanksMs + " ms");
  }

  @Test
  void aRatingMadeWhileTheNetworkIsCutArrivesOnceItIsBack() {
    openKiosk("?retry=1&thanks=1");
    start();
    rate(1, "4", "4", "5");
    browser.offline(true);
    rate(4, "3", "4", "2");
    browser.waitScreen("comment");
    browser.tap("[data-screen='comment'][data-ready] [data-action='skip']");
    browser.waitScreen("thanks");

    waitQueued(1);
    assertEquals(0, db.responses());
    assertEquals("1", browser.find("[data-role='queue']").getText());

    browser.offline(false);
    waitResponses(1);
    waitQueued(0);
    assertEquals(1, db.responses());
    assertEquals(6, db.rollupTotal());
    assertEquals(1, db.rollup(BAC_NHA_TRANG, "FEEDBACK", ratedDay(), 2));
  }

  @Test
  void aQueuedRatingSurvivesAReloadAndIsDeliveredOnce() {
    openKiosk("?retry=1&thanks=1");
    browser.block("*/api/v1/responses*");
    start();
    rate(1, "5", "5", "5", "5", "5", "5");
    browser.waitScreen("comment");
    browser.tap("[data-screen='comment'][data-ready] [data-action='skip']");
    browser.waitScreen("thanks");
    waitQueued(1);

    browser.driver.navigate().refresh();
    browser.waitScreen("welcome");
    // read back from IndexedDB by the new page
    waitQueued(1);
    assertEquals(0, db.responses());

    browser.block();
    waitResponses(1);
    waitQueued(0);
    assertEquals(1, db.responses());
    assertEquals(6, db.rollupTotal());
    assertEquals("0", browser.find("[data-role='queue']").getAttribute("data-dropped"));
  }

  @Test
  void theEnglishToggleSwitchesEveryText() {
    Map<String, Object> questionnaire = api.get("/api/v1/questionnaire").json();
    @SuppressWarnings("unchecked")
    var questions = (List<Map<String, Object>>) questionnaire.get("questions");
    Map<String, Object> access =
        questions.stream().filter(q -> "ACCESS".equals(q.get("code"))).findFirst().orElseThrow();
    openKiosk("");
    assertEquals("vi", browser.find("html").getAttribute("lang"));

    start();
    waitQuestion(1);
    assertEquals(access.get("textVi"), browser.find("[data-role='question-text']").getText());
    assertEquals(
        "Rất hài lòng", browser.find("[data-screen='question'] [data-rating='5']").getText());

    browser.tap("[data-action='lang']");
    browser.waitUntil(d -> "en".equals(browser.find("html").getAttribute("lang")));
    assertEquals(access.get("textEn"), browser.find("[data-role='question-text']").getText());
    assertEquals(
        "Very satisfied", browser.find("[data-screen='question'] [data-rating='5']").getText());
    assertEquals(
        "Very dissatisfied", browser.find("[data-screen='question'] [data-rating='1']").getText());
    assertEquals(
        "Not applicable", browser.find("[data-screen='question'] [data-rating='na']").getText());
    assertEquals("Question 1 of 6", browser.find("[data-role='progress']").getText());
    assertEquals("Tiếng Việt", browser.find("[data-action='lang']").getText());

    // the next citizen starts in Vietnamese again
    browser.tap("[data-screen='question'][data-ready] [data-action='back']");
    browser.waitScreen("welcome");
    assertEquals("vi", browser.find("html").getAttribute("lang"));
    assertEquals("Bắt đầu đánh giá", browser.find("[data-action='start']").getText());
  }

  @Test
  void inactivityMidRatingResetsWithoutSubmitting() {
    openKiosk("?idle=1.5");
    start();
    rate(1, "2", "1");
    waitQuestion(3);

    browser.waitUntil(
        Duration.ofSeconds(10), d -> browser.find("[data-screen='welcome']").isDisplayed());

    var dot = browser.find("[data-role='queue']");
    assertEquals("0", dot.getAttribute("data-queued"));
    assertEquals("0", dot.getAttribute("data-dropped"));
    assertEquals(0, db.responses());
    start();
    waitQuestion(1);
  }

  @Test
  void everyScreenIsAccessibleAndFitsPortraitAndLandscape() {
    List<String> problems = new ArrayList<>();
    for (int[] size : new int[][] {{800, 1280}, {1920, 1080}}) {
      String orientation = size[0] < size[1] ? "portrait" : "landscape";
      browser.viewport(size[0], size[1], false);
      openKiosk("?thanks=60&idle=120");
      check(orientation, "welcome", problems);
      start();
      waitQuestion(1);
      check(orientation, "question", problems);
      rate(1, "4", "4", "4", "4", "4", "4");
      browser.waitScreen("comment");
      check(orientation, "comment", problems);
      browser.tap("[data-screen='comment'][data-ready] [data-action='skip']");
      browser.waitScreen("thanks");
      check(orientation, "thanks", problems);
      browser.tap("[data-screen='thanks']");
      browser.waitScreen("welcome");
      waitQueued(0);
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
    assertEquals(2, db.responses());
  }

  @Test
  void everyQuestionFitsOnTheScreenInBothLanguages() {
    List<String> problems = new ArrayList<>();
    for (int[] size : new int[][] {{800, 1280}, {1920, 1080}}) {
      browser.viewport(size[0], size[1], false);
      openKiosk("?thanks=1");
      start();
      for (int question = 1; question <= 6; question++) {
        waitQuestion(question);
        for (String lang : new String[] {"en", "vi"}) {
          if (!fits()) {
            problems.add(
                size[0]
                    + "x"
                    + size[1]
                    + " question "
                    + question
                    + " scrolls ("
                    + browser.find("html").getAttribute("lang")
                    + ")");
          }
          browser.tap("[data-action='lang']");
          browser.waitUntil(d -> lang.equals(browser.find("html").getAttribute("lang")));
        }
        browser.tap("[data-screen='question'][data-ready] [data-rating='na']");
      }
      browser.waitScreen("comment");
      browser.tap("[data-screen='comment'][data-ready] [data-action='skip']");
      browser.waitScreen("thanks");
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  private boolean fits() {
    return (Boolean)
        browser.script(
            "const e = document.documentElement;"
                + "return e.scrollWidth <= innerWidth && e.scrollHeight <= innerHeight;");
  }

  /** axe (serious and critical), 64 px targets, no scrolling; then a screenshot. */
  private void check(String orientation, String screen, List<String> problems) {
    String where = orientation + " " + screen + ": ";
    browser.seriousAccessibilityViolations().forEach(v -> problems.add(where + v));
    @SuppressWarnings("unchecked")
    var small =
        (List<String>)
            browser.script(
                "return [...document.querySelectorAll('button')]"
                    + ".filter(b => b.offsetParent !== null)"
                    + ".map(b => [b, b.getBoundingClientRect()])"
                    + ".filter(([b, r]) => r.width < 64 || r.height < 64)"
                    + ".map(([b, r]) => b.outerHTML.slice(0, 80) + ' ' + r.width + 'x' + r.height)");
    small.forEach(b -> problems.add(where + "target under 64 px: " + b));
    if (!fits()) {
      problems.add(where + "the screen scrolls");
    }
    assertNotNull(browser.screenshot("kiosk-" + orientation + "-" + screen));
  }

  @Test
  void thePageIsLocalAndPaintsWithinASecond() {
    openKiosk("");
    Number firstPaint =
        (Number)
            browser.script(
                "return performance.getEntriesByName('first-contentful-paint')[0].startTime");
    @SuppressWarnings("unchecked")
    var foreign =
        (List<String>)
            browser.script(
                "return performance.getEntriesByType('resource').map(r => r.name)"
                    + ".filter(name => !name.startsWith(location.origin))");
    System.out.printf("kiosk: first contentful paint %.0f ms%n", firstPaint.doubleValue());
    assertTrue(firstPaint.doubleValue() < 1000, firstPaint + " ms");
    assertTrue(foreign.isEmpty(), foreign.toString());
  }
}

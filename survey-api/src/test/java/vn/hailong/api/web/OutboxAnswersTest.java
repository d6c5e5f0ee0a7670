package vn.hailong.api.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import vn.hailong.api.support.Api;
import vn.hailong.api.support.Database;

/**
 * What the kiosk's and the form's outbox do with each kind of answer, with a real HTTP server in
 * front of the application ({@link FrontProxy}) playing a captive portal, a proxy's error pages, or
 * the application's own problems with their types. A rating is deleted only when the server echoes
 * its id, dropped only for a problem type that settles it, and kept for everything else.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutboxAnswersTest {
  static final String BAC_NHA_TRANG = "khanh-hoa.p-bac-nha-trang";
  static final String CAM_LAM = "khanh-hoa.x-cam-lam";
  static final String RESPONSES = "/api/v1/responses";
  static final String PROBLEM_JSON = "application/problem+json";
  static final String PORTAL =
      "<!doctype html><title>Wi-Fi miễn phí</title><p>Xin đăng nhập để dùng Internet</p>";

  @Inject EmbeddedServer server;
  @Inject Api api;
  @Inject Database db;
  @Inject JsonMapper json;

  @AutoClose Browser browser;
  FrontProxy front;
  String token;
  final AtomicInteger intercepted = new AtomicInteger();
  long droppedAtOpen;

  @BeforeAll
  void provisionTheKioskBehindTheProxy() {
    Api.Reply kiosk =
        api.post(
            "/api/v1/kiosks",
            Map.of("code", "bnt-quay-sau-proxy", "unitCode", BAC_NHA_TRANG),
            api.adminToken());
    assertEquals(201, kiosk.status(), kiosk.toString());
    token = kiosk.text("token");
    String setupUrl = kiosk.text("setupUrl");
    front = FrontProxy.start(server.getURI());
    browser = Browser.start("outbox");
    browser.open(front.url() + setupUrl.substring(setupUrl.indexOf("/kiosk/")));
    browser.waitScreen("welcome");
    browser.script(
        "localStorage.setItem('hailong.kiosk.settings', JSON.stringify({retry: 1, thanks: 1}))");
  }

  @AfterAll
  void closeTheBrowser() {
    if (front != null) {
      front.close();
    }
  }

  @BeforeEach
  void noRatings() {
    front.forwardEverything();
    db.clearResponses();
    intercepted.set(0);
    browser.viewport(800, 1280, false);
  }

  /** The proxy answers ratings whose body contains {@code marker} (null: every rating) itself. */
  private void answerRatings(String marker, int status, String contentType, String body) {
    intercepted.set(0);
    front.answer(
        request -> {
          if (!RESPONSES.equals(request.path())
              || (marker != null && !request.body().contains(marker))) {
            return null;
          }
          intercepted.incrementAndGet();
          return new FrontProxy.Answer(status, contentType, body);
        });
  }

  private static String problem(String slug, int status) {
    return "{\"type\":\"urn:hailong:problem:"
        + slug
        + "\",\"title\":\"Tiêu đề bất kỳ / Any title\","
        + "\"status\":"
        + status
        + ",\"detail\":\"-\"}";
  }

  @Test
  void theServerSendsItsTimeInADateHeader() throws Exception {
    HttpResponse<Void> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(server.getURI().resolve("/api/v1/questionnaire")).build(),
                HttpResponse.BodyHandlers.discarding());
    String date = response.headers().firstValue("Date").orElseThrow();
    Instant at = ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    assertTrue(Duration.between(at, Instant.now()).abs().getSeconds() < 5, date);
  }

  @Test
  void aCaptivePortalsPageIsNotTakenForDelivery() {
    answerRatings(null, 200, "text/html; charset=utf-8", PORTAL);
    openKiosk();
    rate(null);
    browser.waitUntil(d -> intercepted.get() >= 2);
    assertQueue(1);
    assertEquals(0, db.responses());

    front.forwardEverything();
    waitResponses(1);
    waitQueued(0);
    assertEquals(1, db.responses());
  }

  @Test
  void aProxysRefusalsWithoutOurProblemTypeKeepTheRating() {
    answerRatings(null, 404, "text/html", "<h1>404 Not Found</h1><hr>nginx");
    openKiosk();
    rate(null);
    browser.waitUntil(d -> intercepted.get() >= 1);
    answerRatings(null, 401, "text/html", "<h1>401 Authorization Required</h1>");
    browser.waitUntil(d -> intercepted.get() >= 1);
    answerRatings(null, 400, "application/json", "{\"message\":\"Bad Request\"}");
    browser.waitUntil(d -> intercepted.get() >= 2);
    assertQueue(1);

    front.forwardEverything();
    waitResponses(1);
    waitQueued(0);
    assertEquals(droppedAtOpen, droppedNow());
  }

  @Test
  void aRefusedOldTokenKeepsTheRating() {
    front.answer(
        request -> {
          if (!RESPONSES.equals(request.path())
              || !("Bearer " + token).equals(request.authorization())) {
            return null;
          }
          int n = intercepted.incrementAndGet();
          return n % 2 == 1
              ? new FrontProxy.Answer(403, PROBLEM_JSON, problem("forbidden", 403))
              : new FrontProxy.Answer(401, PROBLEM_JSON, problem("unauthorized", 401));
        });
    openKiosk();
    rate(null);
    browser.waitUntil(d -> intercepted.get() >= 3);
    assertQueue(1);

    front.forwardEverything();
    waitResponses(1);
    waitQueued(0);
  }

  @Test
  void oneRatingTheServerKeepsFailingDoesNotHoldBackTheOthers() {
    String marker = "Lỗi máy chủ với đánh giá này";
    answerRatings(marker, 500, PROBLEM_JSON, problem("server-error", 500));
    openKiosk();
    rate(marker);
    browser.waitUntil(d -> intercepted.get() >= 1);
    rate(null);
    rate(null);
    waitResponses(2);
    browser.waitUntil(d -> intercepted.get() >= 2);
    assertQueue(1);
    assertEquals(0, db.count("SELECT COUNT(*) FROM response WHERE comment = ?", marker));

    front.forwardEverything();
    waitResponses(3);
    waitQueued(0);
    assertEquals(1, db.count("SELECT COUNT(*) FROM response WHERE comment = ?", marker));
  }

  @Test
  @SuppressWarnings("unchecked")
  void aRatingTheServerCallsInvalidIsDroppedKeptAndExportedForStaff() throws IOException {
    String marker = "Đánh giá máy chủ coi là không hợp lệ";
    answerRatings(marker, 400, PROBLEM_JSON, problem("invalid-request", 400));
    openKiosk();
    long droppedBefore = droppedNow();
    rate(marker);
    browser.waitUntil(d -> droppedNow() == droppedBefore + 1);
    waitQueued(0);
    assertEquals(0, db.responses());

    List<String> problems = new ArrayList<>();
    for (int[] size : new int[][] {{800, 1280}, {1920, 1080}}) {
      String orientation = size[0] < size[1] ? "portrait" : "landscape";
      browser.viewport(size[0], size[1], false);
      openKiosk();
      new Actions(browser.driver)
          .clickAndHold(browser.find("[data-role='queue']"))
          .pause(Duration.ofMillis(2500))
          .release()
          .perform();
      browser.waitScreen("staff");
      assertEquals("0", browser.find("[data-role='staff-queued']").getText());
      assertEquals(
          String.valueOf(droppedBefore + 1), browser.find("[data-role='staff-dropped']").getText());
      browser.seriousAccessibilityViolations().forEach(v -> problems.add(orientation + ": " + v));
      Boolean fits =
          (Boolean)
              browser.script(
                  "const e = document.documentElement;"
                      + "return e.scrollWidth <= innerWidth && e.scrollHeight <= innerHeight;");
      if (!fits) {
        problems.add(orientation + ": the staff view scrolls");
      }
      assertNotNull(browser.screenshot("kiosk-" + orientation + "-staff"));
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));

    Path downloads =
        Files.createDirectories(Path.of("target", "downloads", "outbox-" + System.nanoTime()));
    browser.downloadsTo(downloads);
    browser.tap("[data-screen='staff'][data-ready] [data-action='export']");
    browser.waitUntil(d -> exported(downloads) != null);
    String text = Files.readString(exported(downloads));
    assertFalse(text.contains(token), "the export holds the kiosk's token");
    Map<String, Object> file = json.readValue(text, Argument.mapOf(String.class, Object.class));
    assertEquals(BAC_NHA_TRANG, ((Map<String, Object>) file.get("kiosk")).get("unitCode"));
    List<Map<String, Object>> dropped = (List<Map<String, Object>>) file.get("dropped");
    Map<String, Object> ours =
        dropped.stream()
            .filter(d -> marker.equals(((Map<String, Object>) d.get("rating")).get("comment")))
            .findFirst()
            .orElseThrow(() -> new AssertionError("not in the export: " + text));
    assertEquals(400, ((Number) ours.get("status")).intValue());
    assertEquals(
        "urn:hailong:problem:invalid-request",
        ((Map<String, Object>) ours.get("problem")).get("type"));
    assertEquals(List.of(), file.get("queued"));

    browser.tap("[data-screen='staff'][data-ready] [data-action='close']");
    browser.waitScreen("welcome");
  }

  @Test
  void droppedRatingsAreNotTrimmedWhileTheDeviceHasRoom() {
    String marker = "Một trong 201 đánh giá không hợp lệ";
    answerRatings(marker, 400, PROBLEM_JSON, problem("invalid-request", 400));
    // a page of the origin without an outbox of its own; the outbox module is used as it is
    browser.open(front.url() + "/api/v1/questionnaire");
    browser.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
    Object counts =
        ((org.openqa.selenium.JavascriptExecutor) browser.driver)
            .executeAsyncScript(
                "const [comment, done] = arguments;"
                    + "import('/common/outbox.js').then(async ({ Outbox, newId }) => {"
                    + "  const outbox = new Outbox();"
                    + "  const before = await outbox.droppedSize();"
                    + "  for (let i = 0; i < 201; i++) {"
                    + "    await outbox.put({ id: newId(), unitCode: '"
                    + BAC_NHA_TRANG
                    + "',"
                    + "      channel: 'KIOSK', answers: { ACCESS: 3 }, comment });"
                    + "  }"
                    + "  await outbox.drain({ force: true });"
                    + "  done([before, await outbox.droppedSize(), await outbox.size()]);"
                    + "}).catch((e) => done(String(e)));",
                marker);
    @SuppressWarnings("unchecked")
    List<Number> numbers = (List<Number>) counts;
    assertEquals(201, intercepted.get());
    assertEquals(numbers.get(0).longValue() + 201, numbers.get(1).longValue(), counts.toString());
    assertEquals(0, numbers.get(2).longValue(), counts.toString());
  }

  @Test
  void theFormKnowsAUsedReceiptByItsProblemTypeNotItsTitle() {
    answerRatings(null, 409, PROBLEM_JSON, problem("receipt-used", 409));
    openForm("?unit=" + CAM_LAM + "&receipt=CL-2025-000999");
    answerForm();
    browser.tap("[data-action='submit']");
    browser.waitVisible("[data-screen='already']");
    assertEquals(
        "Phiếu này đã được đánh giá. Xin cảm ơn Ông/Bà!",
        browser.find("[data-screen='already'] h1").getText());
    assertEquals(0, db.responses());
  }

  @Test
  void theFormOpensAndKeepsARatingWhileTheServerIsUnreachable() {
    openForm("?unit=" + CAM_LAM);
    browser.waitUntil(d -> (Boolean) browser.script("return !!navigator.serviceWorker.controller"));
    front.stop();
    try {
      openForm("?unit=" + CAM_LAM);
      answerForm();
      browser.tap("[data-action='submit']");
      browser.waitVisible("[data-screen='thanks']");
      assertTrue(browser.find("[data-role='queued-note']").isDisplayed());
      assertEquals(0, db.responses());
    } finally {
      front.listen();
    }
    // the form's outbox sends it when the form is next opened (or the network comes back)
    openForm("?unit=" + CAM_LAM);
    waitResponses(1);
  }

  // ---- helpers ----

  private static Path exported(Path directory) {
    try (var files = Files.list(directory)) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(".json"))
          .findFirst()
          .orElse(null);
    } catch (IOException e) {
      return null;
    }
  }

  private void openKiosk() {
    browser.open(front.url() + "/kiosk/");
    browser.waitScreen("welcome");
    droppedAtOpen = droppedNow();
  }

  private void openForm(String query) {
    browser.viewport(360, 740, true);
    browser.open(front.url() + "/form/" + query);
    browser.waitVisible("[data-screen='form']");
  }

  private void answerForm() {
    for (String question :
        new String[] {"ACCESS", "FACILITIES", "PROCEDURES", "STAFF", "RESULTS", "FEEDBACK"}) {
      browser.tap("fieldset[data-question='" + question + "'] [data-rating='4']");
    }
  }

  /** A full kiosk rating, with a comment when given. */
  private void rate(String comment) {
    browser.tap("[data-screen='welcome'][data-ready] [data-action='start']");
    for (int question = 1; question <= 6; question++) {
      int number = question;
      browser.waitUntil(
          d ->
              d
                  .findElements(
                      By.cssSelector(
                          "[data-screen='question'][data-ready][data-index='" + number + "']"))
                  .stream()
                  .anyMatch(WebElement::isDisplayed));
      browser.tap("[data-screen='question'][data-ready] [data-rating='4']");
    }
    browser.waitScreen("comment");
    if (comment != null) {
      browser.find("#comment").sendKeys(comment);
      browser.tap("[data-screen='comment'][data-ready] [data-action='submit']");
    } else {
      browser.tap("[data-screen='comment'][data-ready] [data-action='skip']");
    }
    browser.waitScreen("thanks");
    browser.waitUntil(
        Duration.ofSeconds(10), d -> browser.find("[data-screen='welcome']").isDisplayed());
    browser.waitScreen("welcome");
  }

  private long droppedNow() {
    return Long.parseLong(browser.find("[data-role='queue']").getAttribute("data-dropped"));
  }

  /** The kiosk shows this many waiting, and dropped none since it was opened. */
  private void assertQueue(int queued) {
    assertEquals(
        String.valueOf(queued), browser.find("[data-role='queue']").getAttribute("data-queued"));
    assertEquals(droppedAtOpen, droppedNow());
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
}

package vn.hailong.api.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import vn.hailong.api.support.Api;
import vn.hailong.api.support.Database;

/**
 * "Gửi phản ánh" on the kiosk's comment step: an explicit choice, not every comment. A complaint
 * made while the network is cut waits in the outbox with the rating and arrives once, as the
 * kiosk's (its token), with the citizen's e-mail; a wrong contact is said at once, on the kiosk.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KioskFeedbackBrowserTest {
  static final String BAC_NHA_TRANG = "khanh-hoa.p-bac-nha-trang";

  @Inject EmbeddedServer server;
  @Inject Api api;
  @Inject Database db;

  @AutoClose Browser browser;

  @BeforeAll
  void provisionTheKiosk() {
    db.clearResponses();
    Api.Reply kiosk =
        api.post(
            "/api/v1/kiosks",
            Map.of("code", "bnt-quay-phan-anh", "unitCode", BAC_NHA_TRANG),
            api.adminToken());
    assertEquals(201, kiosk.status(), kiosk.toString());
    String setupUrl = kiosk.text("setupUrl");
    browser = Browser.start("kiosk-feedback");
    browser.viewport(800, 1280, false);
    browser.open(base() + setupUrl.substring(setupUrl.indexOf("/kiosk/")));
    browser.waitScreen("welcome");
  }

  private String base() {
    return server.getURL().toString().replaceAll("/$", "");
  }

  private void waitQueued(int count) {
    browser.waitUntil(
        Duration.ofSeconds(30),
        d ->
            String.valueOf(count)
                .equals(browser.find("[data-role='queue']").getAttribute("data-queued")));
  }

  @Test
  void aComplaintMadeOfflineArrivesOnceAsTheKiosksWithTheRating() {
    browser.open(base() + "/kiosk/?retry=1&thanks=2");
    browser.waitScreen("welcome");
    browser.tap("[data-screen='welcome'][data-ready] [data-action='start']");
    for (int i = 1; i <= 6; i++) {
      int index = i;
      browser.waitUntil(
          d ->
              !d.findElements(
                      By.cssSelector(
                          "[data-screen='question'][data-ready][data-index='" + index + "']"))
                  .isEmpty());
      browser.tap("[data-screen='question'][data-ready] [data-rating='3']");
    }
    browser.waitScreen("comment");
    assertFalse(browser.find("[data-role='feedback-extra']").isDisplayed(), "not every comment");
    browser.find("#comment").sendKeys("Máy lấy số thứ tự hỏng từ sáng, người dân phải chen nhau.");
    browser.tap("[data-screen='comment'][data-ready] [data-action='feedback']");
    assertEquals("true", browser.find("[data-action='feedback']").getAttribute("aria-pressed"));
    browser.find("#contact").sendKeys("dan@");
    browser.tap("[data-screen='comment'][data-ready] [data-action='submit']");
    browser.waitUntil(d -> !browser.find("[data-role='feedback-error']").getText().isEmpty());
    assertTrue(browser.find("[data-screen='comment']").isDisplayed(), "still on the comment step");
    for (int[] size : new int[][] {{800, 1280}, {1920, 1080}}) {
      String orientation = size[0] < size[1] ? "portrait" : "landscape";
      browser.viewport(size[0], size[1], false);
      List<Map<String, Object>> violations = browser.seriousAccessibilityViolations();
      assertEquals(List.of(), violations, orientation);
      assertEquals(
          true,
          browser.script(
              "const e = document.documentElement;"
                  + "return e.scrollWidth <= innerWidth && e.scrollHeight <= innerHeight;"),
          orientation + ": the comment step with the contact field does not scroll");
      browser.screenshot("kiosk-feedback-" + orientation);
    }
    browser.viewport(800, 1280, false);

    browser.find("#contact").sendKeys("example.vn");
    browser.offline(true);
    browser.tap("[data-screen='comment'][data-ready] [data-action='submit']");
    browser.waitScreen("thanks");
    assertTrue(browser.find("[data-role='feedback-thanks']").isDisplayed());
    waitQueued(2);
    assertEquals(0, db.count("SELECT COUNT(*) FROM feedback"));

    browser.offline(false);
    waitQueued(0);
    browser.waitUntil(d -> db.count("SELECT COUNT(*) FROM feedback") == 1 && db.responses() == 1);
    assertEquals("KIOSK", db.text("SELECT channel FROM feedback"));
    assertEquals("dan@example.vn", db.text("SELECT contact FROM feedback"));
    assertEquals(
        "Máy lấy số thứ tự hỏng từ sáng, người dân phải chen nhau.",
        db.text("SELECT question FROM feedback"));
    assertEquals(null, db.text("SELECT comment FROM response"), "the text is kept once");
    // back at welcome, the choice is off again for the next citizen
    browser.waitScreen("welcome");
    assertEquals("false", browser.find("[data-action='feedback']").getAttribute("aria-pressed"));
  }
}

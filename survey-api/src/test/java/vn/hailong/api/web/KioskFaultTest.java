package vn.hailong.api.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.server.netty.NettyEmbeddedServer;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.hailong.api.support.Api;
import vn.hailong.api.support.Database;

/**
 * The fault test of issue 12: a kiosk whose clock runs 10 minutes fast, then 10 minutes slow, rates
 * while the server is stopped, is restarted itself while the server is down (it boots from its
 * service worker's cache), is re-provisioned to another unit with ratings still queued, and the
 * server comes back. Every rating lands exactly once, under the kiosk it was made on, with the time
 * it was made on the server's clock.
 *
 * <p>The server really stops (its HTTP listener closes; the database stays) and starts again on the
 * same port. The browser reaches it through a {@link FrontProxy} that stops with it: a Netty
 * listener stopped inside the test's JVM keeps its open keep-alive connections serving, a process
 * that stops does not, and the proxy closes them as the process would.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KioskFaultTest implements TestPropertyProvider {
  static final String BAC_NHA_TRANG = "khanh-hoa.p-bac-nha-trang";
  static final String CAM_LAM = "khanh-hoa.x-cam-lam";
  static final Duration TEN_MINUTES = Duration.ofMinutes(10);
  // what "made at this moment" allows for: taps, a screen change, the Date header's whole seconds
  static final Duration TOLERANCE = Duration.ofSeconds(20);

  @Inject EmbeddedServer server;
  @Inject Api api;
  @Inject Database db;

  @AutoClose Browser browser;
  FrontProxy front;
  final Map<String, Instant> madeAt = new LinkedHashMap<>();

  @Override
  public Map<String, String> getProperties() {
    try (var socket = new ServerSocket(0)) {
      return Map.of("micronaut.server.port", String.valueOf(socket.getLocalPort()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @BeforeAll
  void startTheBrowser() {
    db.clearResponses();
    browser = Browser.start("kiosk-fault");
    front = FrontProxy.start(server.getURI());
  }

  @AfterAll
  void closeTheBrowser() {
    if (front != null) {
      front.close();
    }
    if (!server.isRunning()) {
      server.start();
    }
  }

  @Test
  void everyRatingLandsExactlyOnceWhateverTheClockTheServerAndTheSetup() {
    String first = setupPath("bnt-quay-lech-gio", BAC_NHA_TRANG);
    String second = setupPath("cam-lam-quay-moi", CAM_LAM);

    // the kiosk's clock runs 10 minutes fast: uncorrected, the server would refuse its ratings
    browser.clockShift(TEN_MINUTES);
    browser.open(base() + first);
    browser.waitScreen("welcome");
    browser.script(
        "localStorage.setItem('hailong.kiosk.settings', JSON.stringify({retry: 2, thanks: 1}))");
    browser.open(base() + "/kiosk/");
    browser.waitScreen("welcome");
    browser.waitUntil(d -> (Boolean) browser.script("return !!navigator.serviceWorker.controller"));
    rate("nhanh, trực tuyến");
    waitResponses(1);

    // the server stops: the rating waits
    stopTheServer();
    rate("nhanh, máy chủ tắt");
    waitQueued(1);

    // the kiosk restarts while the server is down, its clock now 10 minutes slow: it boots from
    // its cache and does not know the server's time yet
    browser.clockShift(TEN_MINUTES.negated());
    browser.open(base() + "/kiosk/");
    browser.waitScreen("welcome");
    waitQueued(1);
    assertTrue((Boolean) browser.script("return !!navigator.serviceWorker.controller"));
    rate("chậm, khởi động lại khi máy chủ tắt");
    waitQueued(2);

    // re-provisioned to Cam Lâm with two ratings of Bắc Nha Trang still queued
    browser.open(base() + second);
    browser.waitScreen("welcome");
    waitQueued(2);
    rate("chậm, kiosk cài lại");
    waitQueued(3);
    assertEquals(1, db.responses());

    server.start();
    front.listen();
    waitResponses(4);
    waitQueued(0);

    // back online, the clock still slow
    rate("chậm, trực tuyến");
    waitResponses(5);
    waitQueued(0);

    assertEquals(5, db.responses());
    assertEquals(30, db.answers());
    // taps this fast are bursts (docs/decisions.md): counted in daily_rollup_burst, once all the
    // same
    assertEquals(
        30,
        db.rollupTotal()
            + db.count(
                "SELECT COALESCE(SUM(n1 + n2 + n3 + n4 + n5 + n_na), 0) FROM daily_rollup_burst"));
    assertEquals("0", browser.find("[data-role='queue']").getAttribute("data-dropped"));
    Map<String, String> kioskOf =
        Map.of(
            "nhanh, trực tuyến", "bnt-quay-lech-gio",
            "nhanh, máy chủ tắt", "bnt-quay-lech-gio",
            "chậm, khởi động lại khi máy chủ tắt", "bnt-quay-lech-gio",
            "chậm, kiosk cài lại", "cam-lam-quay-moi",
            "chậm, trực tuyến", "cam-lam-quay-moi");
    for (var made : madeAt.entrySet()) {
      String comment = made.getKey();
      assertEquals(
          1, db.count("SELECT COUNT(*) FROM response WHERE comment = ?", comment), comment);
      assertEquals(
          kioskOf.get(comment),
          db.text(
              "SELECT k.code FROM response r JOIN kiosk k ON k.id = r.kiosk_id WHERE r.comment = ?",
              comment),
          comment);
      Instant submitted =
          instant(db.text("SELECT submitted_at FROM response WHERE comment = ?", comment));
      Duration off = Duration.between(made.getValue(), submitted).abs();
      assertTrue(
          off.compareTo(TOLERANCE) < 0,
          comment + ": made at " + made.getValue() + " (server's clock), stored as " + submitted);
    }
  }

  private String setupPath(String code, String unitCode) {
    Api.Reply kiosk =
        api.post("/api/v1/kiosks", Map.of("code", code, "unitCode", unitCode), api.adminToken());
    assertEquals(201, kiosk.status(), kiosk.toString());
    String setupUrl = kiosk.text("setupUrl");
    return setupUrl.substring(setupUrl.indexOf("/kiosk/"));
  }

  /**
   * A full rating with the comment as its name; remembers when it was made, on the test's clock.
   */
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
      browser.tap(
          "[data-screen='question'][data-ready] [data-rating='" + (question % 5 + 1) + "']");
    }
    browser.waitScreen("comment");
    browser.find("#comment").sendKeys(comment);
    madeAt.put(comment, Instant.now());
    browser.tap("[data-screen='comment'][data-ready] [data-action='submit']");
    browser.waitScreen("thanks");
    browser.waitUntil(
        Duration.ofSeconds(10), d -> browser.find("[data-screen='welcome']").isDisplayed());
    browser.waitScreen("welcome");
  }

  private static Instant instant(String stored) {
    return LocalDateTime.parse(stored.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
  }

  private void stopTheServer() {
    ((NettyEmbeddedServer) server).stopServerOnly();
    front.stop();
    // nothing listens on the server's port any more
    assertThrows(IOException.class, () -> new Socket("localhost", server.getPort()).close());
  }

  private String base() {
    return front.url();
  }

  private void waitQueued(int count) {
    try {
      browser.waitUntil(
          d ->
              String.valueOf(count)
                  .equals(browser.find("[data-role='queue']").getAttribute("data-queued")));
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError(
          "expected "
              + count
              + " queued, the kiosk shows "
              + browser.find("[data-role='queue']").getAttribute("data-queued")
              + " queued and the database holds "
              + db.responses(),
          e);
    }
  }

  private void waitResponses(long count) {
    browser.waitUntil(Duration.ofSeconds(30), d -> db.responses() == count);
  }
}

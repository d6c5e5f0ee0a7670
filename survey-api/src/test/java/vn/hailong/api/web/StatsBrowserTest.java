package vn.hailong.api.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.hailong.api.web.DashboardPages.PASSWORD;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import vn.hailong.api.stats.AlertScanner;
import vn.hailong.api.support.Api;
import vn.hailong.api.support.Database;
import vn.hailong.api.unit.UnitDirectory;

/**
 * The funnel plot, the planner and the alerts in a real browser, at laptop and phone size: what a
 * clerk reads, accessible (axe) and never wider than the screen; screenshots in target/screenshots.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatsBrowserTest {
  static final String DISTRICT = "khanh-hoa.h-cam-lam";
  static final String CAM_LAM = "khanh-hoa.x-cam-lam";
  static final String RANGE = "&from=2024-04-01&to=2024-06-30";
  static final String PLANNER = "ke-hoach.thong-ke";

  @Inject EmbeddedServer server;
  @Inject Api api;
  @Inject Database db;
  @Inject DemoLikeRollups rollups;
  @Inject AlertScanner scanner;
  @Inject UnitDirectory units;

  Browser browser;
  @AutoClose DashboardPages pages;

  @BeforeAll
  void figuresAndAnAlert() {
    db.clearResponses();
    db.update("DELETE FROM alert");
    DashboardPages.createPlanner(api, PLANNER);
    LocalDate day = LocalDate.of(2024, 5, 15);
    rollups.day(DISTRICT + ".tt-cam-duc", day, "PROCEDURES", 28, 40, 0);
    rollups.day(DISTRICT + ".x-cam-hai-dong", day, "PROCEDURES", 800, 1000, 0);
    rollups.day(DISTRICT + ".x-cam-an-bac", day, "PROCEDURES", 172, 200, 0);
    rollups.day(DISTRICT + ".x-cam-hoa", day, "PROCEDURES", 186, 200, 0);
    // 26 weeks at 90 of 100 on PROCEDURES before this week, the last at 60 of 100: one alert
    LocalDate monday = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).with(DayOfWeek.MONDAY);
    for (int w = 26; w >= 1; w--) {
      rollups.day(
          CAM_LAM, monday.minusWeeks(w).plusDays(2), "PROCEDURES", w == 1 ? 60 : 90, 100, 0);
    }
    String id = UUID.randomUUID().toString();
    LocalDate lastWeek = monday.minusWeeks(1).plusDays(2);
    db.update(
        "INSERT INTO response (id, unit_id, channel, submitted_at, local_date, received_at,"
            + " content_hash, burst, time_corrected, comment)"
            + " VALUES (?, ?, 'WEB', ?, ?, ?, 'h', FALSE, FALSE, ?)",
        id,
        units.tree().require(CAM_LAM).id(),
        lastWeek.atTime(2, 0),
        lastWeek,
        lastWeek.atTime(2, 0),
        "Phải chờ hơn một tiếng mới được tiếp nhận hồ sơ");
    assertEquals(1, scanner.scan());
    pages = DashboardPages.start("stats", server);
    browser = pages.browser();
  }

  @AfterAll
  void closeTheBrowser() {
    db.update("DELETE FROM alert");
  }

  @BeforeEach
  void loggedIn() {
    pages.loggedIn(PLANNER, PASSWORD);
  }

  @Test
  void theFunnelNamesTheUnitsOutsideItsLimitsAndLinksTheRanking() {
    pages.goTo("funnel");
    assertEquals("So sánh", pages.text("[data-nav='funnel']"));
    assertEquals("Xếp hạng", pages.text("[data-nav='comparison']"));
    browser.open(
        pages.base()
            + "/dashboard/funnel.html?unit="
            + DISTRICT
            + RANGE
            + "&criterion=PROCEDURES&centre=target");
    pages.waitReady("funnel");
    assertTrue(
        pages.text("[data-role='funnel-summary']").startsWith("Đường giữa: 85,0%"),
        pages.text("[data-role='funnel-summary']"));
    List<String> outside =
        browser
            .driver
            .findElements(By.cssSelector("tr[data-position^='BELOW'], tr[data-position^='ABOVE']"))
            .stream()
            .map(r -> r.getAttribute("data-unit"))
            .sorted()
            .toList();
    assertEquals(
        List.of(DISTRICT + ".tt-cam-duc", DISTRICT + ".x-cam-hai-dong", DISTRICT + ".x-cam-hoa"),
        outside);
    assertTrue(
        pages.text("tr[data-unit='" + DISTRICT + ".tt-cam-duc']").contains("70,0%"),
        pages.text("tr[data-unit='" + DISTRICT + ".tt-cam-duc']"));
    browser.waitUntil(
        d ->
            (Boolean)
                ((org.openqa.selenium.JavascriptExecutor) d)
                    .executeScript(
                        "const i = document.querySelector('img[data-chart=funnel]');"
                            + " return i && i.complete && i.naturalWidth > 0;"));
    List<String> problems = new ArrayList<>();
    pages.check("funnel-1366", problems);
    browser.tap("[data-nav='ranking']");
    pages.waitReady("comparison");
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  @Test
  void thePlannerSaysTheRuleAndWhoCannotBeJudged() {
    browser.open(pages.base() + "/dashboard/planner.html?unit=" + DISTRICT + RANGE);
    pages.waitReady("planner");
    assertTrue(
        pages.text("[data-role='rule']").contains("±5,0 điểm"), pages.text("[data-role='rule']"));
    assertEquals(
        "false",
        browser
            .find("[data-unit='" + DISTRICT + ".tt-cam-duc'] tr[data-criterion='PROCEDURES']")
            .getAttribute("data-assessable"));
    assertEquals(
        "true",
        browser
            .find("[data-unit='" + DISTRICT + ".x-cam-hai-dong'] tr[data-criterion='PROCEDURES']")
            .getAttribute("data-assessable"));
    List<String> problems = new ArrayList<>();
    pages.check("planner-1366", problems);
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  @Test
  void anAlertListsTheWeeksCommentsAndIsClosedWithANote() {
    browser.open(pages.base() + "/dashboard/alerts.html?unit=" + CAM_LAM);
    pages.waitReady("alerts");
    assertTrue(
        pages.text("[data-rule='BELOW_LOWER_LIMIT'] .alert-message").contains("60,0%"),
        pages.text("[data-rule='BELOW_LOWER_LIMIT'] .alert-message"));
    assertTrue(
        pages
            .text("[data-rule='BELOW_LOWER_LIMIT'] .comments")
            .contains("Phải chờ hơn một tiếng mới được tiếp nhận hồ sơ"));
    List<String> problems = new ArrayList<>();
    pages.check("alert-1366", problems);
    browser.viewport(390, 844, true);
    browser.open(pages.base() + "/dashboard/alerts.html?unit=" + CAM_LAM);
    pages.waitReady("alerts");
    pages.check("alert-390", problems);
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  @Test
  void phoneSizedFunnelAndPlanner() {
    browser.viewport(390, 844, true);
    List<String> problems = new ArrayList<>();
    browser.open(
        pages.base() + "/dashboard/funnel.html?unit=" + DISTRICT + RANGE + "&criterion=PROCEDURES");
    pages.waitReady("funnel");
    pages.check("funnel-390", problems);
    browser.open(pages.base() + "/dashboard/planner.html?unit=" + DISTRICT + RANGE);
    pages.waitReady("planner");
    pages.check("planner-390", problems);
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }
}

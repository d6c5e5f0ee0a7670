package vn.hailong.api.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.hailong.api.web.DashboardPages.PASSWORD;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import vn.hailong.api.support.Api;
import vn.hailong.api.support.Database;

/**
 * The targets page in a real browser: a planner of the province previews a target, saves it and
 * sees where each target now comes from; an officer reads the targets without a form.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TargetsBrowserTest {
  static final String BAC_NHA_TRANG = "khanh-hoa.p-bac-nha-trang";
  static final String NAM_NHA_TRANG = "khanh-hoa.p-nam-nha-trang";
  static final String CAM_LAM = "khanh-hoa.x-cam-lam";
  static final String OFFICER = "can-bo.bac-nha-trang";
  static final String PLANNER = "ke-hoach.so-noi-vu";

  @Inject EmbeddedServer server;
  @Inject Api api;
  @Inject Database db;
  @Inject DemoLikeRollups rollups;

  Browser browser;
  @AutoClose DashboardPages pages;
  int year;

  @BeforeAll
  void accountsAndThisQuartersFigures() {
    db.clearResponses();
    DashboardPages.createOfficer(api, OFFICER, BAC_NHA_TRANG);
    DashboardPages.createPlanner(api, PLANNER);
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    year = today.getYear();
    LocalDate quarterStart =
        today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
    // staff: 92 of 100, 96 of 100 and 40 of 50 satisfied
    rollups.day(BAC_NHA_TRANG, quarterStart, "STAFF", 92, 100, 0);
    rollups.day(NAM_NHA_TRANG, quarterStart, "STAFF", 96, 100, 0);
    rollups.day(CAM_LAM, quarterStart, "STAFF", 40, 50, 0);
    pages = DashboardPages.start("targets", server);
    browser = pages.browser();
  }

  private void choose(String css, String value) {
    browser.script(
        "const s = document.querySelector(arguments[0]); s.value = arguments[1];"
            + "s.dispatchEvent(new Event('input'));",
        css,
        value);
  }

  @Test
  void aPlannerPreviewsATargetSavesItAndSeesWhereItComesFrom() {
    pages.loggedIn(PLANNER, PASSWORD);
    pages.goTo("targets");

    assertEquals("Mục tiêu: Tỉnh Khánh Hòa", pages.text("h1"));
    assertEquals("95%", pages.text("tr[data-criterion='STAFF'] [data-value='target']"));
    assertEquals(
        "Mục tiêu toàn tỉnh, đặt cho năm 2025 (năm " + year + " chưa đặt)",
        pages.text("tr[data-criterion='STAFF'] [data-value='source']"));

    choose("#target-criterion", "STAFF");
    browser.find("#target-percent").clear();
    browser.find("#target-percent").sendKeys("96,5");
    assertTrue(!browser.find("[data-action='save']").isEnabled(), "no saving before a preview");
    browser.tap("[data-action='preview']");
    browser.waitUntil(
        d -> !d.findElements(By.cssSelector("[data-role='preview'] tbody tr")).isEmpty());

    List<String> below =
        browser.driver.findElements(By.cssSelector("[data-role='preview'] tbody tr")).stream()
            .map(r -> r.getAttribute("data-unit") + " " + r.getAttribute("data-newly"))
            .toList();
    // worst first: 80% and 92% are below 95% today; 96% falls below 96.5% only with the new value
    assertEquals(
        List.of(CAM_LAM + " null", BAC_NHA_TRANG + " null", NAM_NHA_TRANG + " true"), below);
    assertTrue(
        pages
            .text("[data-role='preview-summary']")
            .startsWith(
                "Với mục tiêu 96,5% (sự phục vụ của công chức, năm "
                    + year
                    + "), theo số liệu từ "),
        pages.text("[data-role='preview-summary']"));
    assertTrue(
        pages
            .text("[data-role='preview-summary']")
            .endsWith("3 lượt đơn vị × tiêu chí dưới mục tiêu, trong đó 1 lượt mới."),
        pages.text("[data-role='preview-summary']"));
    assertTrue(
        pages
            .text("[data-role='preview'] tr[data-unit='" + NAM_NHA_TRANG + "']")
            .contains("Mới dưới mục tiêu"));
    assertEquals(1, db.count("SELECT COUNT(*) FROM target WHERE target_year = 2025"));
    assertEquals(0, db.count("SELECT COUNT(*) FROM target WHERE updated_by = ?", PLANNER));
    browser.screenshot("dashboard-targets-preview-1366");

    browser.tap("[data-action='save']");
    browser.waitUntil(
        d -> !d.findElements(By.cssSelector("[data-role='saved']:not([hidden])")).isEmpty());
    pages.waitReady("targets");

    assertEquals("96,5%", pages.text("tr[data-criterion='STAFF'] [data-value='target']"));
    assertEquals(
        "Mục tiêu riêng của đơn vị cho tiêu chí này",
        pages.text("tr[data-criterion='STAFF'] [data-value='source']"));
    assertEquals("95%", pages.text("tr[data-criterion='ACCESS'] [data-value='target']"));
    assertTrue(
        pages.text("[data-role='saved']").startsWith("Đã lưu: mục tiêu 96,5%"),
        pages.text("[data-role='saved']"));
    assertEquals(1, db.count("SELECT COUNT(*) FROM target WHERE updated_by = ?", PLANNER));

    // a ward under the province has it from the province
    browser.open(pages.base() + "/dashboard/targets.html?unit=" + BAC_NHA_TRANG);
    pages.waitReady("targets");
    assertEquals("96,5%", pages.text("tr[data-criterion='STAFF'] [data-value='target']"));
    assertEquals(
        "Theo mục tiêu của Tỉnh Khánh Hòa",
        pages.text("tr[data-criterion='STAFF'] [data-value='source']"));
  }

  @Test
  void aWrongPercentIsSaidInWordsAndNothingIsAsked() {
    pages.loggedIn(PLANNER, PASSWORD);
    browser.open(pages.base() + "/dashboard/targets.html?unit=khanh-hoa");
    pages.waitReady("targets");
    browser.find("#target-percent").clear();
    browser.find("#target-percent").sendKeys("120");
    browser.tap("[data-action='preview']");
    assertEquals(
        "Mục tiêu phải là một số lớn hơn 0 và không quá 100, ví dụ 92,5.",
        pages.text("[data-role='form-problem']"));
    assertTrue(browser.driver.findElements(By.cssSelector("[data-role='preview'] *")).isEmpty());
  }

  @Test
  void anOfficerReadsTheTargetsWithoutAForm() {
    pages.loggedIn(OFFICER, PASSWORD);
    pages.goTo("targets");

    assertEquals("Mục tiêu: Phường Bắc Nha Trang", pages.text("h1"));
    assertEquals("95%", pages.text("tr[data-criterion='INDEX'] [data-value='target']"));
    assertTrue(browser.driver.findElements(By.cssSelector("[data-role='target-form']")).isEmpty());
    assertTrue(browser.driver.findElements(By.cssSelector("#target-percent")).isEmpty());
    assertTrue(pages.text("[data-role='read-only']").startsWith("Cán bộ xem được mục tiêu"));
  }

  @Test
  void theTargetsPageIsAccessibleAndReadableWideAndNarrow() {
    pages.loggedIn(PLANNER, PASSWORD);
    List<String> problems = new ArrayList<>();
    for (int[] size : new int[][] {{1366, 768}, {360, 740}}) {
      browser.viewport(size[0], size[1], size[0] < 600);
      browser.open(pages.base() + "/dashboard/targets.html?unit=khanh-hoa");
      pages.waitReady("targets");
      choose("#target-criterion", "STAFF");
      browser.find("#target-percent").clear();
      browser.find("#target-percent").sendKeys("96,5");
      browser.tap("[data-action='preview']");
      browser.waitUntil(
          d -> !d.findElements(By.cssSelector("[data-role='preview'] tbody tr")).isEmpty());
      pages.check("targets-" + size[0], problems);
    }
    pages.loggedIn(OFFICER, PASSWORD);
    browser.viewport(360, 740, true);
    browser.open(pages.base() + "/dashboard/targets.html");
    pages.waitReady("targets");
    pages.check("targets-officer-360", problems);
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  @Test
  void anEndedUnitsTargetsCarryOnAPlannersClickAndItsOfficerIsToldItsSuccessors() {
    String ended = "khanh-hoa.so-nong-nghiep-moi-truong.2025-03";
    String successor = "khanh-hoa.so-nong-nghiep-moi-truong.2025-07";
    String admin = api.adminToken();
    Api.Reply set =
        api.exchange(
            io.micronaut.http.HttpRequest.PUT(
                    "/api/v1/targets",
                    java.util.Map.of("unitCode", ended, "year", 2025, "percent", 92))
                .bearerAuth(admin));
    assertEquals(200, set.status(), set.toString());
    DashboardPages.createOfficer(api, "can-bo.nn-mt-2025-03", ended);
    String ofSuccessor =
        "SELECT COUNT(*) FROM target t JOIN unit u ON u.id = t.unit_id WHERE u.code = ?";
    List<String> problems = new ArrayList<>();
    try {
      pages.loggedIn(PLANNER, PASSWORD);
      browser.viewport(390, 844, true);
      browser.open(pages.base() + "/dashboard/targets.html?unit=" + ended + "&year=2025");
      pages.waitReady("targets");
      assertEquals("Chuyển mục tiêu sang đơn vị kế tiếp", pages.text("[data-role='carry'] h2"));
      pages.check("targets-carry-390", problems);
      assertEquals(0, db.count(ofSuccessor, successor), "nothing carries before the click");
      browser.viewport(1366, 768, false);
      browser.tap("[data-action='carry-targets']");
      browser.tap("[data-action='carry-targets']");
      browser.waitUntil(
          d -> !d.findElements(By.cssSelector("[data-role='carry-outcome'] p")).isEmpty());
      assertEquals(
          "Đã sao chép 1 mục tiêu sang Sở Nông nghiệp và Môi trường (từ 01/07/2025).",
          pages.text("[data-role='carry-outcome'] p"));
      assertEquals(1, db.count(ofSuccessor, successor));
      pages.check("targets-carried-1366", problems);

      pages.loggedIn("can-bo.nn-mt-2025-03", PASSWORD);
      browser.viewport(390, 844, true);
      browser.open(pages.base() + "/dashboard/overview.html");
      pages.waitReady("overview");
      assertTrue(
          pages
              .text("[data-role='unit-ended']")
              .startsWith(
                  "Đơn vị của bạn đã kết thúc ngày 30/06/2025; đơn vị kế tiếp: Sở Nông nghiệp và"
                      + " Môi trường (từ 01/07/2025)"),
          pages.text("[data-role='unit-ended']"));
      pages.check("overview-unit-ended-390", problems);
      assertTrue(problems.isEmpty(), String.join("\n", problems));
    } finally {
      db.update(
          "DELETE FROM target WHERE unit_id IN (SELECT id FROM unit WHERE code IN (?, ?))",
          ended,
          successor);
    }
  }
}

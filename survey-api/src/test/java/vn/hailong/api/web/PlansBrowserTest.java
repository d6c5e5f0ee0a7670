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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import vn.hailong.api.support.Api;
import vn.hailong.api.support.Database;

/**
 * A gap leads to an action: the clerk of phường Bắc Nha Trang sees administrative procedures below
 * target, presses "Thêm nhiệm vụ", writes the task, marks it done, and finds it in the plan and on
 * the trend page; at phone and laptop width, with axe.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlansBrowserTest {
  static final String BAC_NHA_TRANG = "khanh-hoa.p-bac-nha-trang";
  static final String OFFICER = "can-bo.bnt-ke-hoach";
  static final String TASK = "Rà soát, niêm yết đầy đủ thủ tục hành chính tại Bộ phận một cửa";

  @Inject EmbeddedServer server;
  @Inject Api api;
  @Inject Database db;
  @Inject DemoLikeRollups rollups;

  Browser browser;
  @AutoClose DashboardPages pages;
  LocalDate today;

  @BeforeAll
  void aWardBelowTargetOnProcedures() {
    db.clearResponses();
    DashboardPages.createOfficer(api, OFFICER, BAC_NHA_TRANG);
    today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    LocalDate quarterStart =
        today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
    // procedures: 60 of 100 satisfied, far below the 95% target
    rollups.day(BAC_NHA_TRANG, quarterStart, "PROCEDURES", 60, 100, 0);
    pages = DashboardPages.start("plans", server);
    browser = pages.browser();
  }

  @BeforeEach
  void withoutPlans() {
    db.update("DELETE FROM plan_item");
  }

  @Test
  void aTaskAddedFromTheGapsPageIsInThePlanAndOnTheTrend() {
    pages.loggedIn(OFFICER, PASSWORD);
    pages.goTo("gaps");
    String row = "tr[data-unit='" + BAC_NHA_TRANG + "'][data-criterion='PROCEDURES']";
    assertEquals("Thêm nhiệm vụ", pages.text(row + " [data-action='add-task']"));
    browser.tap(row + " [data-action='add-task']");
    pages.waitReady("plans");

    assertEquals(
        "Kế hoạch cải thiện: Phường Bắc Nha Trang", pages.text("#content h1, #content .notice"));
    assertEquals(
        "PROCEDURES",
        browser.script("return document.getElementById('plan-criterion').value"),
        "the criterion below target is chosen");
    browser.find("#plan-task").sendKeys(TASK);
    browser.find("#plan-lead").sendKeys("Bộ phận tiếp nhận và trả kết quả");
    browser.find("#plan-partners").sendKeys("Văn phòng HĐND và UBND phường");
    browser.script(
        "const s = document.getElementById('plan-status'); s.value = 'DONE';"
            + "s.dispatchEvent(new Event('change'));");
    browser.find("#plan-result").sendKeys("Đã niêm yết 56 thủ tục hành chính");
    browser.tap("[data-action='save-task']");
    browser.waitUntil(
        d -> !d.findElements(By.cssSelector("[data-role='saved']:not([hidden])")).isEmpty());
    pages.waitReady("plans");

    assertEquals(
        1,
        db.count(
            "SELECT COUNT(*) FROM plan_item WHERE criterion = 'PROCEDURES' AND status = 'DONE'"
                + " AND done_on = ? AND plan_year = ? AND created_by = ?",
            today,
            today.getYear(),
            OFFICER));
    String task = "section[data-criterion='PROCEDURES'] tbody tr";
    assertTrue(pages.text(task).contains(TASK), pages.text(task));
    assertTrue(pages.text(task).contains("Thường xuyên"), pages.text(task));
    assertTrue(pages.text(task).contains("Đã thực hiện ("), pages.text(task));
    assertTrue(pages.text("[data-role='saved']").startsWith("Đã lưu nhiệm vụ: Rà soát"));
    assertEquals(
        "/api/v1/plans/ke-hoach.xlsx?unit=" + BAC_NHA_TRANG + "&year=" + today.getYear(),
        browser
            .find("[data-export='xlsx']")
            .getAttribute("href")
            .replaceFirst("^https?://[^/]+", ""));

    List<String> problems = new ArrayList<>();
    for (int[] size : new int[][] {{1366, 768}, {390, 844}}) {
      browser.viewport(size[0], size[1], size[0] < 600);
      browser.open(
          pages.base() + "/dashboard/plans.html?unit=" + BAC_NHA_TRANG + "&criterion=PROCEDURES");
      pages.waitReady("plans");
      pages.check("plans-" + size[0], problems);
      browser.open(pages.base() + "/dashboard/gaps.html?unit=" + BAC_NHA_TRANG);
      pages.waitReady("gaps");
      pages.check("gaps-add-task-" + size[0], problems);
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));

    // the trend page marks the day the task was done
    browser.viewport(1366, 768, false);
    browser.open(pages.base() + "/dashboard/trend.html?unit=" + BAC_NHA_TRANG);
    pages.waitReady("trend");
    assertTrue(
        pages.text("[data-role='done-tasks'] li[data-criterion='PROCEDURES']").contains(TASK),
        pages.text("[data-role='plan-marks']"));
    assertEquals(
        "1 nhiệm vụ hoàn thành",
        pages.text("td[data-done='1']"),
        "the month it was done carries the mark");
    pages.check("trend-plan-marks-1366", problems);
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }
}

package vn.hailong.api.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.hailong.api.web.DashboardPages.PASSWORD;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
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
 * Complaints in a real browser: a citizen sends one from the web form with the explicit choice and
 * a phone number; the ward's officer finds it on "Phản ánh" (the overdue one marked "Quá hạn"),
 * assigns it, answers and publishes; the unit's public page shows question and answer without the
 * phone number. Laptop and phone width, axe on every screen.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedbackBrowserTest {
  static final String BAC_NHA_TRANG = "khanh-hoa.p-bac-nha-trang";
  static final String OFFICER = "can-bo.phan-anh-web";
  static final String COLLEAGUE = "can-bo.mot-cua-web";
  static final String PHONE = "0935 246 810";
  static final String COMPLAINT =
      "Bãi giữ xe trước bộ phận một cửa quá chật, người cao tuổi phải đứng chờ ngoài nắng.";
  static final String OLD = "0fedcba9-1111-4000-8000-000000000001";
  static final String[] HEADLINE = {
    "ACCESS", "FACILITIES", "PROCEDURES", "STAFF", "RESULTS", "FEEDBACK"
  };

  @Inject EmbeddedServer server;
  @Inject Api api;
  @Inject Database db;

  Browser browser;
  @AutoClose DashboardPages pages;

  @BeforeAll
  void setUp() {
    db.clearResponses();
    DashboardPages.createOfficer(api, OFFICER, BAC_NHA_TRANG);
    DashboardPages.createOfficer(api, COLLEAGUE, BAC_NHA_TRANG);
    // one complaint received at the start of the quarter and never answered: quá hạn
    Api.Reply old =
        api.post(
            "/api/v1/feedback",
            Map.of(
                "id",
                OLD,
                "unitCode",
                BAC_NHA_TRANG,
                "text",
                "Đề nghị niêm yết rõ lệ phí chứng thực tại quầy số 2."));
    assertEquals(201, old.status(), old.toString());
    java.time.LocalDate first =
        java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).withDayOfMonth(1);
    db.update(
        "UPDATE feedback SET received_at = ?, local_date = ?, due_date = ? WHERE id = ?",
        first + " 02:00:00.000",
        first,
        first,
        OLD);
    pages = DashboardPages.start("feedback", server);
    browser = pages.browser();
  }

  @Test
  void aCitizensComplaintIsAssignedAnsweredAndPublishedWithoutTheirPhoneNumber() {
    List<String> problems = new ArrayList<>();
    String base = pages.base();

    // the citizen, on a phone
    browser.viewport(390, 844, true);
    browser.open(base + "/form/?unit=" + BAC_NHA_TRANG);
    browser.waitVisible("[data-screen='form']");
    for (String question : HEADLINE) {
      browser.tap("fieldset[data-question='" + question + "'] [data-rating='4']");
    }
    browser.find("#comment").sendKeys(COMPLAINT);
    assertFalse(
        browser.find("[data-role='feedback-extra']").isDisplayed(), "a choice, not default");
    browser.tap("label[for='as-feedback']");
    browser.waitVisible("#contact");
    browser.find("#contact").sendKeys("0935 246");
    browser.tap("[data-action='submit']");
    browser.waitVisible("[data-role='form-error']");
    assertEquals(
        "Số điện thoại hoặc e-mail chưa đúng (ví dụ 0905 123 456 hoặc ten@example.vn).",
        browser.find("[data-role='form-error']").getText());
    pages.check("feedback-form-phone", problems);
    browser.find("#contact").sendKeys(" 810");
    browser.tap("[data-action='submit']");
    browser.waitVisible("[data-screen='thanks']");
    browser.waitVisible("[data-role='feedback-note']");
    browser.waitUntil(d -> db.count("SELECT COUNT(*) FROM feedback") == 2);
    String id = db.text("SELECT id FROM feedback WHERE id <> ?", OLD);
    assertEquals("0935246810", db.text("SELECT contact FROM feedback WHERE id = ?", id));
    assertEquals(COMPLAINT, db.text("SELECT question FROM feedback WHERE id = ?", id));
    browser.waitUntil(d -> db.responses() == 1);
    assertEquals(null, db.text("SELECT comment FROM response"), "the text is kept once");
    browser.screenshot("feedback-form-phone-thanks");

    // the officer, on a laptop
    pages.loggedIn(OFFICER, PASSWORD);
    String line = pages.text("tr[data-criterion='FEEDBACK'] [data-role='feedback-figures']");
    assertTrue(line.startsWith("Phản ánh, kiến nghị: 2 tiếp nhận, 0 đã trả lời"), line);
    assertTrue(line.contains("1 quá hạn"), line);
    pages.goTo("feedback");
    assertEquals("Phản ánh, kiến nghị: Phường Bắc Nha Trang", pages.text("h1"));
    assertEquals("2", pages.text("[data-figure='received'] dd"));
    assertEquals("1", pages.text("[data-figure='overdue'] dd"));
    assertEquals("Quá hạn", pages.text("tr[data-feedback='" + OLD + "'] [data-overdue]"));
    pages.check("feedback-list-laptop", problems);

    browser.tap("#feedback-overdue");
    pages.waitReady("feedback");
    assertTrue(browser.driver.getCurrentUrl().contains("overdue=true"));
    assertEquals(1, browser.driver.findElements(By.cssSelector("tbody tr")).size());
    browser.tap("#feedback-overdue");
    pages.waitReady("feedback");

    browser.tap("tr[data-feedback='" + id + "'] [data-action='open']");
    browser.waitVisible("[data-role='detail'][data-feedback='" + id + "']");
    assertEquals("0935246810", pages.text("[data-role='contact']"));
    browser.find("#assignee").sendKeys(COLLEAGUE);
    browser.tap("[data-action='assign']");
    browser.waitVisible("[data-role='detail'][data-status='ASSIGNED']");
    assertEquals(COLLEAGUE, db.text("SELECT assignee FROM feedback WHERE id = ?", id));
    String answer = "Phường đã bố trí thêm mái che và ghế chờ trước bộ phận một cửa từ tuần này.";
    browser.find("#answer").sendKeys(answer);
    browser.tap("[data-action='answer']");
    browser.waitVisible("[data-role='detail'][data-status='ANSWERED']");
    pages.check("feedback-detail-laptop", problems);
    browser.tap("[data-action='publish']");
    browser.tap("[data-action='publish'][data-armed]");
    browser.waitVisible("[data-role='detail'][data-status='PUBLISHED']");
    // the figures are read again beside the list: they may come a moment after the detail
    browser.waitUntil(d -> "1".equals(pages.text("[data-figure='published'] dd")));

    browser.viewport(390, 844, true);
    browser.driver.navigate().refresh();
    pages.waitReady("feedback");
    browser.tap("tr[data-feedback='" + OLD + "'] [data-action='open']");
    browser.waitVisible("[data-role='detail'][data-feedback='" + OLD + "']");
    pages.check("feedback-detail-phone", problems);

    // the public page, linked from the form
    browser.open(base + "/form/?unit=" + BAC_NHA_TRANG);
    browser.waitVisible("[data-screen='form']");
    browser.tap("[data-screen='form'] [data-role='answers-link']");
    browser.waitUntil(d -> !d.findElements(By.cssSelector("body[data-ready]")).isEmpty());
    assertEquals(1, browser.driver.findElements(By.cssSelector("[data-role='answer']")).size());
    String page = pages.text("main");
    assertTrue(page.contains(COMPLAINT) && page.contains(answer), page);
    assertFalse(page.contains("0935"), page);
    assertFalse(page.contains("niêm yết"), "unanswered ones are not public: " + page);
    pages.check("feedback-public-phone", problems);
    browser.viewport(1366, 768, false);
    pages.check("feedback-public-laptop", problems);

    // the officer takes the answer down again: it asks first, then the public page has none
    browser.open(base + "/dashboard/feedback.html?unit=" + BAC_NHA_TRANG);
    pages.waitReady("feedback");
    browser.tap("tr[data-feedback='" + id + "'] [data-action='open']");
    browser.waitVisible("[data-role='detail'][data-status='PUBLISHED']");
    pages.check("feedback-published-laptop", problems);
    browser.tap("[data-action='unpublish']");
    browser.tap("[data-action='unpublish'][data-armed]");
    browser.waitVisible("[data-role='detail'][data-status='ANSWERED']");
    assertEquals(answer, browser.find("#answer").getAttribute("value"), "kept, to be changed");
    assertEquals(null, db.text("SELECT published_at FROM feedback WHERE id = ?", id));
    browser.open(base + "/feedback/index.html?unit=" + BAC_NHA_TRANG);
    browser.waitUntil(d -> !d.findElements(By.cssSelector("body[data-ready]")).isEmpty());
    assertEquals(0, browser.driver.findElements(By.cssSelector("[data-role='answer']")).size());

    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }
}

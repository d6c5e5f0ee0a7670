package vn.hailong.api.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.hailong.api.web.DashboardPages.PASSWORD;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.hailong.api.support.Api;
import vn.hailong.api.support.Database;

/**
 * The office dashboard in a real browser: an officer of a ward formed in 2025 and a planner of the
 * province log in, open every page, switch unit and period, lose their session and log out.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardBrowserTest {
  static final String BAC_NHA_TRANG = "khanh-hoa.p-bac-nha-trang";
  static final String NAM_NHA_TRANG = "khanh-hoa.p-nam-nha-trang";
  static final String CAM_LAM = "khanh-hoa.x-cam-lam";
  static final String CAM_DUC = "khanh-hoa.h-cam-lam.tt-cam-duc";
  static final String CAM_HOA = "khanh-hoa.h-cam-lam.x-cam-hoa";
  static final String OFFICER = "can-bo.bac-nha-trang";
  static final String PLANNER = "ke-hoach.so-noi-vu";
  static final String SECRET = "test-secret-test-secret-test-secret-0123456789";

  @Inject EmbeddedServer server;
  @Inject Api api;
  @Inject Database db;
  @Inject DemoLikeRollups rollups;

  Browser browser;
  @AutoClose DashboardPages pages;
  LocalDate quarterStart;

  @BeforeAll
  void accountsAndDemoLikeRatings() {
    db.clearResponses();
    DashboardPages.createOfficer(api, OFFICER, BAC_NHA_TRANG);
    DashboardPages.createPlanner(api, PLANNER);
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    quarterStart = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
    // this quarter: Bắc Nha Trang's procedures at 62 of 84 (73.81%), the rest higher
    rollups.day(BAC_NHA_TRANG, quarterStart, "ACCESS", 90, 100, 3);
    rollups.day(BAC_NHA_TRANG, quarterStart, "FACILITIES", 86, 100, 3);
    // 62 of 84 for the criterion: 47 of 64 headline answers, 5 of 10 and 10 of 10 detailed ones
    rollups.day(BAC_NHA_TRANG, quarterStart, "PROCEDURES", 47, 64, 0);
    rollups.day(BAC_NHA_TRANG, quarterStart, "PROCEDURES.3", 5, 10, 0);
    rollups.day(BAC_NHA_TRANG, quarterStart, "PROCEDURES.1", 10, 10, 0);
    rollups.day(BAC_NHA_TRANG, quarterStart, "STAFF", 96, 100, 1);
    rollups.day(BAC_NHA_TRANG, quarterStart, "RESULTS", 88, 100, 2);
    rollups.day(BAC_NHA_TRANG, quarterStart, "FEEDBACK", 41, 50, 40);
    rollups.allCriteria(NAM_NHA_TRANG, quarterStart, 80, 100);
    // twelve answers, all satisfied: first by index, but not to be trusted
    rollups.allCriteria(CAM_LAM, quarterStart, 12, 12);
    // a history since the reform for the trend, rising a point a month
    for (LocalDate month = LocalDate.of(2025, 7, 1);
        month.isBefore(quarterStart);
        month = month.plusMonths(1)) {
      int satisfied = Math.min(95, 70 + (int) (month.toEpochDay() - 20270) / 30);
      rollups.allCriteria(BAC_NHA_TRANG, month, satisfied, 100);
    }
    // before the reform: thị trấn Cam Đức went wholly into xã Cam Lâm, xã Cam Hòa only in part
    rollups.allCriteria(CAM_DUC, LocalDate.of(2025, 5, 5), 45, 50);
    rollups.allCriteria(CAM_HOA, LocalDate.of(2025, 5, 5), 30, 40);
    pages = DashboardPages.start("dashboard", server);
    browser = pages.browser();
  }

  /** Waits for every chart image to load: they are authenticated by the session cookie alone. */
  private void chartsLoaded() {
    browser.waitUntil(
        d ->
            (Boolean)
                browser.script(
                    "const imgs = [...document.querySelectorAll('img[data-chart]')];"
                        + "return imgs.length > 0 && imgs.every(i => i.complete && i.naturalWidth > 0);"));
  }

  private static String vi(double value) {
    return String.format(Locale.ROOT, "%.1f", value).replace('.', ',');
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> criterion(String unit, String code) {
    String token = api.login(OFFICER, PASSWORD);
    Api.Reply reply = api.get("/api/v1/analysis/satisfaction?unit=" + unit, token);
    return ((List<Map<String, Object>>) reply.json().get("criteria"))
        .stream().filter(c -> code.equals(c.get("criterion"))).findFirst().orElseThrow();
  }

  @Test
  void anOfficerSeesTheOverviewOfTheirWardAndWhatToLookAtFirst() {
    pages.loggedIn(OFFICER, PASSWORD);

    assertEquals("Tổng quan: Phường Bắc Nha Trang", pages.text("h1"));
    assertTrue(
        browser.driver.getCurrentUrl().contains("/dashboard/overview.html"),
        browser.driver.getCurrentUrl());
    assertEquals("73,8%", pages.text("tr[data-criterion='PROCEDURES'] [data-value='percent']"));
    // rollups without long-form sums: every answer its own respondent, the answers in the tooltip
    WebElement respondents =
        browser.find("tr[data-criterion='PROCEDURES'] [data-value='respondents']");
    assertEquals("84", respondents.getText());
    assertTrue(respondents.getAttribute("title").startsWith("84 câu trả lời"));
    Map<String, Object> procedures = criterion(BAC_NHA_TRANG, "PROCEDURES");
    double target = ((Number) procedures.get("target")).doubleValue();
    double gap = ((Number) procedures.get("gap")).doubleValue();
    assertEquals(73.8095, ((Number) procedures.get("percent")).doubleValue(), 1e-4, "62 of 84");
    assertEquals(
        "Thủ tục hành chính thấp nhất: 73,8%, dưới mục tiêu " + vi(-gap) + " điểm.",
        pages.text("[data-role='look-first']"));
    // 62 of 84: the Wilson interval 63.5-82.0 lies wholly below 85 and 95
    assertTrue(target >= 85, "target " + target);
    assertEquals(
        "Dưới mục tiêu, chắc chắn", pages.text("tr[data-criterion='PROCEDURES'] [data-status]"));
    assertEquals(
        "Đạt mục tiêu".equals(pages.text("tr[data-criterion='STAFF'] [data-status]")),
        ((Number) criterion(BAC_NHA_TRANG, "STAFF").get("percent")).doubleValue() >= target);
    assertTrue(pages.text("tr[data-criterion='PROCEDURES']").contains("84"), "n is shown");
    assertTrue(
        pages.text("tr[data-criterion='PROCEDURES']").contains("63,5–82,0%"),
        pages.text("tr[data-criterion='PROCEDURES']"));
    assertTrue(
        pages.text("[data-role='who']").contains("Phường Bắc Nha Trang"),
        pages.text("[data-role='who']"));
    chartsLoaded();
  }

  @Test
  void anOfficerFindsOnlyTheirOwnWardInThePicker() {
    pages.loggedIn(OFFICER, PASSWORD);
    browser.find("#unit-search").sendKeys("nha trang");

    @SuppressWarnings("unchecked")
    List<String> found =
        (List<String>)
            browser.script(
                "return [...document.querySelectorAll('#unit-results button')].map(b => b.dataset.unit)");
    assertEquals(List.of(BAC_NHA_TRANG), found);
  }

  @Test
  void aPlannerSwitchesUnitAndPeriodAndTheAddressKeepsThem() {
    pages.loggedIn(PLANNER, PASSWORD);
    assertEquals("Tổng quan: Tỉnh Khánh Hòa", pages.text("h1"));

    // a ward of the former city: ended on 2025-06-30, marked, after today's units
    browser.find("#unit-search").sendKeys("VINH HOA");
    @SuppressWarnings("unchecked")
    List<String> vinhHoa =
        (List<String>)
            browser.script(
                "return [...document.querySelectorAll('#unit-results button')].map(b => b.dataset.unit + ' ' + b.textContent)");
    assertTrue(
        vinhHoa.stream()
            .anyMatch(
                u ->
                    u.startsWith("khanh-hoa.tp-nha-trang.p-vinh-hoa ")
                        && u.contains("đã kết thúc 30/06/2025")),
        vinhHoa.toString());
    browser.find("#unit-search").clear();
    browser.find("#unit-search").sendKeys("bac nha trang");
    assertEquals(
        "Phường Bắc Nha Trang",
        browser.find("#unit-results button[data-unit='" + BAC_NHA_TRANG + "'] span").getText());
    browser.tap("#unit-results button[data-unit='" + BAC_NHA_TRANG + "']");
    pages.waitReady("overview");
    assertEquals("Tổng quan: Phường Bắc Nha Trang", pages.text("h1"));
    assertTrue(
        browser.driver.getCurrentUrl().contains("unit=" + BAC_NHA_TRANG),
        browser.driver.getCurrentUrl());

    // the month the history ends in: a full month, no longer "so far"
    LocalDate lastMonth = quarterStart.minusMonths(1);
    String value = String.format("%d-%02d", lastMonth.getYear(), lastMonth.getMonthValue());
    browser.script(
        "const k = document.getElementById('period-kind'); k.value = 'month';"
            + "k.dispatchEvent(new Event('change'));");
    browser.script(
        "const v = document.getElementById('period-value'); v.value = arguments[0];"
            + "v.dispatchEvent(new Event('change'));",
        value);
    browser.waitUntil(d -> d.getCurrentUrl().contains("period=" + value));
    pages.waitReady("overview");
    assertEquals(
        "Tháng " + lastMonth.getMonthValue() + "/" + lastMonth.getYear(),
        pages.text(".period-line"));

    // the bookmark opens the same view
    String bookmark = browser.driver.getCurrentUrl();
    browser.open(bookmark);
    pages.waitReady("overview");
    assertEquals("Tổng quan: Phường Bắc Nha Trang", pages.text("h1"));
    assertEquals(
        "Tháng " + lastMonth.getMonthValue() + "/" + lastMonth.getYear(),
        pages.text(".period-line"));
    chartsLoaded();

    // custom dates: a reversed range is refused in words, a good one lands in the address
    browser.script(
        "const k = document.getElementById('period-kind'); k.value = 'custom';"
            + "k.dispatchEvent(new Event('change'));");
    String from = quarterStart.toString();
    String to = from;
    browser.script(
        "document.getElementById('period-from').value = arguments[0];"
            + "document.getElementById('period-to').value = arguments[1];",
        to,
        "2025-01-01");
    browser.tap("[data-action='apply-period']");
    assertEquals("Ngày bắt đầu phải trước hoặc bằng ngày kết thúc.", pages.text(".field-problem"));
    browser.script(
        "document.getElementById('period-from').value = arguments[0];"
            + "document.getElementById('period-to').value = arguments[1];",
        from,
        to);
    browser.tap("[data-action='apply-period']");
    browser.waitUntil(d -> d.getCurrentUrl().contains("from=" + from + "&to=" + to));
    pages.waitReady("overview");
    assertEquals("73,8%", pages.text("tr[data-criterion='PROCEDURES'] [data-value='percent']"));
  }

  /**
   * Every page's report links download with the session cookie alone: each answers 200 with its
   * type and a file name that names the unit (fetched by the page itself, as a click would).
   */
  @Test
  @SuppressWarnings("unchecked")
  void eachReportDownloadsFromThePageWithTheSession() {
    pages.loggedIn(OFFICER, PASSWORD);
    browser.driver.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(60));
    var answers =
        (List<Map<String, Object>>)
            ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                .executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                        + "const links = [...document.querySelectorAll('[data-report]')];"
                        + "Promise.all(links.map(a => fetch(a.href).then(async r => ({"
                        + "  format: a.dataset.report, status: r.status,"
                        + "  type: r.headers.get('Content-Type'),"
                        + "  name: r.headers.get('Content-Disposition'),"
                        + "  bytes: (await r.arrayBuffer()).byteLength}))))"
                        + ".then(done, e => done([{format: 'error', status: String(e)}]));");

    assertEquals(
        List.of("csv", "xlsx", "pdf"), answers.stream().map(a -> a.get("format")).toList());
    for (Map<String, Object> answer : answers) {
      assertEquals(200L, ((Number) answer.get("status")).longValue(), answer.toString());
      assertTrue(
          String.valueOf(answer.get("name")).contains("bao-cao-hai-long_" + BAC_NHA_TRANG),
          answer.toString());
      assertTrue(((Number) answer.get("bytes")).longValue() > 500, answer.toString());
    }
    assertTrue(String.valueOf(answers.get(2).get("type")).startsWith("application/pdf"));
  }

  @Test
  void gapsComeWorstFirstAndLinkToTheUnitsOverview() {
    pages.loggedIn(PLANNER, PASSWORD);
    pages.goTo("gaps");

    List<WebElement> rows = browser.driver.findElements(By.cssSelector("tbody tr"));
    assertTrue(rows.size() >= 7, rows.size() + " rows");
    assertEquals("now", browser.find("[data-role='basis']").getAttribute("data-basis"));
    assertEquals(BAC_NHA_TRANG, rows.get(0).getAttribute("data-unit"));
    assertEquals("PROCEDURES", rows.get(0).getAttribute("data-criterion"));
    assertTrue(rows.get(0).getText().contains("73,8%"), rows.get(0).getText());
    // what pulls it down: the lowest detailed question first, with its own figures
    List<WebElement> questions =
        rows.get(0).findElements(By.cssSelector("[data-role='lowest-questions'] li"));
    assertEquals("PROCEDURES.3", questions.get(0).getAttribute("data-question"));
    assertEquals(
        "Giấy tờ phải nộp đúng như niêm yết, không bị yêu cầu thêm giấy tờ ngoài quy định:"
            + " 50,0% (10 câu trả lời)",
        questions.get(0).getText());
    assertEquals("PROCEDURES.1", questions.get(1).getAttribute("data-question"));
    rows.get(0).findElement(By.cssSelector("a")).click();
    pages.waitReady("overview");
    assertEquals("Tổng quan: Phường Bắc Nha Trang", pages.text("h1"));
  }

  @Test
  void theTrendSaysWhereTheIndexIsHeadingAndSwitchesToQuarters() {
    pages.loggedIn(OFFICER, PASSWORD);
    pages.goTo("trend");

    String projection = pages.text("[data-role='projection']");
    assertTrue(
        projection.matches(
            "Theo xu hướng hiện nay: \\d+,\\d% cuối năm \\d{4}, (chưa )?đạt \\d+%\\."),
        projection);
    chartsLoaded();
    browser.script(
        "const s = document.getElementById('trend-by'); s.value = 'quarter';"
            + "s.dispatchEvent(new Event('change'));");
    browser.waitUntil(d -> d.getCurrentUrl().contains("by=quarter"));
    pages.waitReady("trend");
    assertTrue(pages.text("tbody").contains("Quý "), pages.text("tbody"));
    chartsLoaded();
  }

  @Test
  void theTrendSaysWhichBasisItUsesAndKeepsASplitCommuneApartUntilCounted() {
    pages.loggedIn(PLANNER, PASSWORD);
    browser.open(pages.base() + "/dashboard/trend.html?unit=" + CAM_LAM + "&by=quarter");
    pages.waitReady("trend");

    assertEquals("now", browser.find("[data-role='basis']").getAttribute("data-basis"));
    assertTrue(browser.find("#basis-now").isSelected());
    // Q2 2025: Cam Đức's 45 of 50 are the commune's own history; Cam Hòa's 30 of 40 stand apart
    assertTrue(pages.text("tbody").contains("Quý 2/2025"), pages.text("tbody"));
    assertTrue(pages.text("tbody").contains("90,0%"), pages.text("tbody"));
    assertEquals("false", browser.find("[data-role='partial']").getAttribute("data-included"));
    assertEquals(
        "Xã Cam Hòa: 75,0% (240 câu trả lời)",
        browser.find("[data-role='partial'] li[data-partial='" + CAM_HOA + "']").getText());
    browser.viewport(390, 844, true);
    pages.waitReady("trend");
    chartsLoaded();
    browser.screenshot("dashboard-trend-partial-390");
    browser.viewport(1366, 768, false);
    pages.waitReady("trend");
    chartsLoaded();
    browser.screenshot("dashboard-trend-partial-1366");
    List<String> problems = new ArrayList<>();
    pages.check("trend-partial", problems);
    assertTrue(problems.isEmpty(), String.join("\n", problems));

    browser.tap("[data-action='partial-include']");
    browser.waitUntil(d -> d.getCurrentUrl().contains("partial=include"));
    pages.waitReady("trend");
    assertEquals("true", browser.find("[data-role='partial']").getAttribute("data-included"));
    // (45 + 30) of (50 + 40) for every criterion: 83.3%
    assertTrue(pages.text("tbody").contains("83,3%"), pages.text("tbody"));

    browser.tap("[data-action='basis-then']");
    browser.waitUntil(d -> d.getCurrentUrl().contains("basis=then"));
    pages.waitReady("trend");
    assertEquals("then", browser.find("[data-role='basis']").getAttribute("data-basis"));
    assertTrue(
        browser.driver.findElements(By.cssSelector("[data-role='partial']")).isEmpty(),
        "as it was, xã Cam Lâm has no predecessors");
    assertTrue(
        !pages.text("tbody").contains("90,0%") && !pages.text("tbody").contains("83,3%"),
        pages.text("tbody"));
    chartsLoaded();
  }

  @Test
  void theComparisonFlagsAUnitWithFewAnswersInsteadOfCrowningIt() {
    pages.loggedIn(PLANNER, PASSWORD);
    pages.goTo("comparison");

    WebElement first = browser.find("tbody tr");
    assertEquals(CAM_LAM, first.getAttribute("data-unit"));
    assertEquals(
        "Hiện nay (cộng số liệu các đơn vị cũ)",
        browser.find("[data-role='basis'] label[for='basis-now']").getText());
    assertEquals("true", first.getAttribute("data-few"));
    assertTrue(first.getText().contains("Ít dữ liệu (12 người trả lời)"), first.getText());
    assertTrue(
        pages.text("[data-role='top-few']").contains("chỉ có 12 người trả lời"),
        pages.text("[data-role='top-few']"));
    WebElement bacNhaTrang = browser.find("tbody tr[data-unit='" + BAC_NHA_TRANG + "']");
    assertEquals(null, bacNhaTrang.getAttribute("data-few"));
    assertEquals(
        3, browser.driver.findElements(By.cssSelector("tbody tr")).size(), "units with answers");
    assertTrue(pages.text("[data-role='no-data-units'] summary").contains("chưa có câu trả lời"));
  }

  @Test
  void theEnglishToggleSwitchesWordsAndNumbers() {
    pages.loggedIn(OFFICER, PASSWORD);
    browser.tap("[data-action='lang']");
    browser.waitUntil(d -> "en".equals(browser.find("html").getAttribute("lang")));
    pages.waitReady("overview");

    assertEquals("Overview: Phường Bắc Nha Trang", pages.text("h1"));
    assertEquals("73.8%", pages.text("tr[data-criterion='PROCEDURES'] [data-value='percent']"));
    assertEquals(
        "Below target, clearly", pages.text("tr[data-criterion='PROCEDURES'] [data-status]"));
    assertTrue(
        pages
            .text("[data-role='look-first']")
            .startsWith("Administrative procedures is lowest: 73.8%"),
        pages.text("[data-role='look-first']"));
    browser.screenshot("dashboard-overview-1366-en");
  }

  @Test
  void loggingOutEndsTheSessionForPagesAndCharts() {
    pages.loggedIn(OFFICER, PASSWORD);
    String chart = browser.find("img[data-chart]").getAttribute("src");
    browser.tap("[data-action='logout']");
    pages.waitReady("login");

    assertEquals("Đã đăng xuất.", pages.text("[data-role='message']"));
    assertTrue(
        browser.driver.manage().getCookies().isEmpty(),
        browser.driver.manage().getCookies().toString());
    Number status =
        (Number) browser.script("return fetch(arguments[0]).then(r => r.status)", chart);
    assertEquals(401, status.intValue());
    browser.open(pages.base() + "/dashboard/overview.html");
    pages.waitReady("login");
    assertEquals("Xin đăng nhập để xem trang này.", pages.text("[data-role='message']"));
  }

  @Test
  void aMissingSessionLandsOnLoginAndReturnsToThePageAfterwards() {
    pages.loggedOut();
    browser.open(pages.base() + "/dashboard/gaps.html?unit=" + BAC_NHA_TRANG);
    pages.waitReady("login");
    assertEquals("Xin đăng nhập để xem trang này.", pages.text("[data-role='message']"));

    pages.logIn(OFFICER, PASSWORD);
    pages.waitReady("gaps");
    assertTrue(
        browser.driver.getCurrentUrl().endsWith("/dashboard/gaps.html?unit=" + BAC_NHA_TRANG),
        browser.driver.getCurrentUrl());
  }

  @Test
  void anExpiredSessionSaysSoAndKeepsWhereTheUserWas() throws Exception {
    pages.loggedIn(OFFICER, PASSWORD);
    pages.goTo("trend");
    String where = browser.driver.getCurrentUrl();

    browser.driver.executeCdpCommand("Network.enable", Map.of());
    browser.driver.executeCdpCommand(
        "Network.setCookie",
        Map.of(
            "name",
            "HAILONG_SESSION",
            "value",
            expiredToken(OFFICER),
            "url",
            pages.base() + "/",
            "httpOnly",
            true,
            "sameSite",
            "Strict"));
    browser.driver.navigate().refresh();
    pages.waitReady("login");

    assertEquals(
        "Phiên làm việc đã hết hạn. Xin đăng nhập lại để tiếp tục; trang đang xem sẽ được mở lại.",
        pages.text("[data-role='message']"));
    pages.logIn(OFFICER, PASSWORD);
    pages.waitReady("trend");
    assertEquals(where, browser.driver.getCurrentUrl());
  }

  /** A token signed with the test secret whose expiry has passed, as after a long weekend. */
  private static String expiredToken(String username) throws Exception {
    var claims =
        new JWTClaimsSet.Builder()
            .subject(username)
            .claim("roles", List.of("OFFICER"))
            .claim("unitCode", BAC_NHA_TRANG)
            .issueTime(Date.from(Instant.now().minusSeconds(30_000)))
            .expirationTime(Date.from(Instant.now().minusSeconds(60)))
            .build();
    var jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
    jwt.sign(new MACSigner(SECRET));
    return jwt.serialize();
  }

  @Test
  void everyPageIsAccessibleAndReadableWideAndNarrow() {
    pages.loggedIn(PLANNER, PASSWORD);
    List<String> problems = new ArrayList<>();
    String query = "?unit=" + BAC_NHA_TRANG;
    for (int[] size : new int[][] {{1366, 768}, {360, 740}}) {
      boolean narrow = size[0] < 600;
      browser.viewport(size[0], size[1], narrow);
      for (String page : new String[] {"overview", "gaps", "trend", "comparison"}) {
        String unitQuery =
            page.equals("comparison") || page.equals("gaps") ? "?unit=khanh-hoa" : query;
        browser.open(pages.base() + "/dashboard/" + page + ".html" + unitQuery);
        pages.waitReady(page);
        chartsIfAny(page);
        pages.check(page + "-" + size[0], problems);
      }
      browser.open(pages.base() + "/dashboard/?reason=expired");
      pages.waitReady("login");
      pages.check("login-" + size[0], problems);
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  private void chartsIfAny(String page) {
    if (page.equals("overview") || page.equals("trend")) {
      chartsLoaded();
    }
  }
}

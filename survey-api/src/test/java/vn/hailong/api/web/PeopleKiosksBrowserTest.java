package vn.hailong.api.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import vn.hailong.api.support.Api;
import vn.hailong.api.support.Database;
import vn.hailong.api.support.Ratings;

/**
 * The people and kiosks pages in a real browser: an admin registers a kiosk, sees its setup link
 * and QR code once, revokes it, and the kiosk's next rating is refused; an officer creates,
 * disables and resets an account of their ward. Wide and narrow, with axe.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeopleKiosksBrowserTest {
  static final String BAC_NHA_TRANG = "khanh-hoa.p-bac-nha-trang";
  static final String OFFICER = "can-bo.nhan-su-bnt";
  static final String PLANNER = "ke-hoach.nhan-su";
  static final String PASSWORD = "mat-khau-dung-2026";

  @Inject EmbeddedServer server;
  @Inject Api api;
  @Inject Database db;

  Browser browser;
  DashboardPages pages;

  @BeforeAll
  void accounts() {
    db.clearResponses();
    String admin = api.adminToken();
    DashboardPages.createAccount(api, admin, OFFICER, PASSWORD, "OFFICER", BAC_NHA_TRANG);
    DashboardPages.createAccount(api, admin, PLANNER, PASSWORD, "PLANNER", "khanh-hoa");
    browser = Browser.start("people");
    pages = new DashboardPages(browser, server);
  }

  @AfterAll
  void closeTheBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @BeforeEach
  void loggedOut() {
    pages.loggedOut();
  }

  private String base() {
    return pages.base();
  }

  private void logIn(String username, String password) {
    pages.logIn(username, password);
    waitReady("overview");
  }

  private void waitReady(String page) {
    pages.waitReady(page);
  }

  private void waitFor(String css) {
    browser.waitUntil(d -> !d.findElements(By.cssSelector(css)).isEmpty());
  }

  private String text(String css) {
    return pages.text(css);
  }

  private Api.Reply rate(String token) {
    Map<String, Object> rating =
        Ratings.web(BAC_NHA_TRANG, OffsetDateTime.now().minusMinutes(1).toString());
    rating.put("channel", "KIOSK");
    return api.post("/api/v1/responses", rating, token);
  }

  @SuppressWarnings("unchecked")
  private List<String> tabs() {
    return (List<String>)
        browser.script(
            "return [...document.querySelectorAll('nav.tabs a')].map(a => a.dataset.nav)");
  }

  @Test
  void anAdminRegistersAKioskSeesItsSetupLinkOnceRevokesItAndItsNextRatingIsRefused() {
    logIn("admin", "test-admin-password");
    assertTrue(tabs().containsAll(List.of("people", "kiosks")), tabs().toString());
    browser.tap("nav.tabs a[data-nav='kiosks']");
    waitReady("kiosks");
    browser.find("#unit-search").sendKeys("bac nha trang");
    browser.tap("#unit-results button[data-unit='" + BAC_NHA_TRANG + "']");
    waitReady("kiosks");
    assertEquals("Kiosk: Phường Bắc Nha Trang", text("h1"));
    assertEquals("Chưa có kiosk nào ở đơn vị này.", text("#content .notice"));

    browser.find("#kiosk-code").sendKeys("bnt-quay-trinh-duyet");
    browser.tap("[data-action='register-kiosk']");
    waitFor("[data-role='setup'][data-kiosk='bnt-quay-trinh-duyet']");
    String link = browser.find("[data-role='setup-link']").getDomProperty("value");
    assertTrue(link.contains("/kiosk/#setup=hk_"), link);
    assertTrue(link.endsWith("&unit=" + BAC_NHA_TRANG), link);
    browser.waitUntil(
        d ->
            (Boolean)
                browser.script(
                    "const i = document.querySelector(\"img[data-role='setup-qr']\");"
                        + "return i.complete && i.naturalWidth >= 200 && i.src.startsWith('data:image/png');"));
    // the token is in no address the browser fetched
    @SuppressWarnings("unchecked")
    List<String> fetched =
        (List<String>)
            browser.script(
                "return performance.getEntriesByType('resource').map(e => e.name)"
                    + ".filter(n => !n.startsWith('data:'))");
    String token = link.substring(link.indexOf("#setup=") + 7, link.indexOf("&unit="));
    assertTrue(fetched.stream().noneMatch(u -> u.contains(token)), fetched.toString());
    List<String> problems = new ArrayList<>();
    check("kiosks-setup-1366", problems);
    browser.viewport(360, 740, true);
    check("kiosks-setup-360", problems);
    browser.viewport(1366, 768, false);

    // the kiosk rates with its token
    assertEquals(201, rate(token).status());

    // shown once: a reload lists the kiosk, without its link
    browser.driver.navigate().refresh();
    waitReady("kiosks");
    assertTrue(browser.driver.findElements(By.cssSelector("[data-role='setup']")).isEmpty());
    assertFalse(browser.driver.getPageSource().contains(token));
    String row = "tr[data-kiosk='bnt-quay-trinh-duyet']";
    assertNotEquals("Chưa gửi đánh giá nào", text(row + " [data-value='last-rating']"));
    assertEquals("Đang hoạt động", text(row + " [data-status]"));

    // the first click only asks
    browser.tap(row + " [data-action='revoke']");
    assertEquals("Bấm lần nữa để thu hồi", text(row + " [data-action='revoke']"));
    assertEquals(
        0,
        db.count(
            "SELECT COUNT(*) FROM kiosk WHERE code = 'bnt-quay-trinh-duyet' AND revoked_at IS NOT NULL"));
    browser.tap(row + " [data-action='revoke']");
    waitFor(row + "[data-revoked='true']");
    assertTrue(text(row + " [data-status]").startsWith("Đã thu hồi "), text(row));
    assertTrue(
        text("[data-role='notice']").contains("đánh giá tiếp theo của máy này sẽ bị từ chối"),
        text("[data-role='notice']"));

    Api.Reply refused = rate(token);
    assertEquals(401, refused.status(), refused.toString());
    assertEquals("urn:hailong:problem:unauthorized", refused.text("type"));
    assertEquals(1, db.responses());
    check("kiosks-1366", problems);
    browser.viewport(360, 740, true);
    check("kiosks-360", problems);
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  @Test
  void anOfficerCreatesDisablesAndResetsAnAccountOfTheirWard() {
    logIn(OFFICER, PASSWORD);
    browser.tap("nav.tabs a[data-nav='people']");
    waitReady("people");
    assertEquals("Tài khoản: Phường Bắc Nha Trang", text("h1"));
    // an officer creates officers only
    @SuppressWarnings("unchecked")
    List<String> roles =
        (List<String>)
            browser.script(
                "return [...document.querySelectorAll('#new-role option')].map(o => o.value)");
    assertEquals(List.of("OFFICER"), roles);

    browser.find("#new-username").sendKeys("can-bo.moi-bnt");
    browser.find("#new-password").sendKeys("mat-khau-ban-dau");
    browser.tap("[data-action='create-account']");
    String row = "tr[data-account='can-bo.moi-bnt']";
    waitFor(row);
    String newcomer = api.login("can-bo.moi-bnt", "mat-khau-ban-dau");

    browser.tap(row + " [data-action='reset-password']");
    browser.tap(row + " [data-action='reset-password']");
    waitFor("[data-role='generated-password']");
    String generated = text("[data-role='generated-password']").strip();
    assertTrue(generated.matches("[a-z2-9]{4}(-[a-z2-9]{4}){2}"), generated);
    assertEquals(401, api.get("/api/v1/accounts", newcomer).status(), "the old token died");
    String fresh = api.login("can-bo.moi-bnt", generated);

    browser.tap(row + " [data-action='disable']");
    browser.tap(row + " [data-action='disable']");
    waitFor(row + "[data-disabled='true']");
    assertTrue(text(row + " [data-status]").startsWith("Đã khóa "), text(row));
    assertEquals(401, api.get("/api/v1/accounts", fresh).status(), "disabled at once");
    // their own row offers nothing to click
    assertTrue(
        browser
            .driver
            .findElements(By.cssSelector("tr[data-account='" + OFFICER + "'] button"))
            .isEmpty());

    List<String> problems = new ArrayList<>();
    check("people-1366", problems);
    browser.viewport(360, 740, true);
    check("people-360", problems);
    browser.script(
        "localStorage.setItem('hailong.dashboard.lang', 'en'); document.querySelector(\"[data-action='lang']\").click()");
    waitReady("people");
    assertEquals("Accounts: Phường Bắc Nha Trang", text("h1"));
    check("people-360-en", problems);
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  @Test
  void aPlannerHasNoPeopleOrKioskTabs() {
    logIn(PLANNER, PASSWORD);

    assertFalse(tabs().contains("people"), tabs().toString());
    assertFalse(tabs().contains("kiosks"), tabs().toString());
    assertTrue(tabs().contains("overview"), tabs().toString());
  }

  private void check(String name, List<String> problems) {
    pages.check(name, problems);
  }
}

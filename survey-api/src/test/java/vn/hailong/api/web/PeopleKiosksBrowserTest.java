package vn.hailong.api.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.hailong.api.web.DashboardPages.PASSWORD;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
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

  @Inject EmbeddedServer server;
  @Inject Api api;
  @Inject Database db;

  Browser browser;
  @AutoClose DashboardPages pages;

  @BeforeAll
  void accounts() {
    db.clearResponses();
    DashboardPages.createOfficer(api, OFFICER, BAC_NHA_TRANG);
    DashboardPages.createPlanner(api, PLANNER);
    pages = DashboardPages.start("people", server);
    browser = pages.browser();
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
    pages.loggedInAsAdmin();
    assertTrue(tabs().containsAll(List.of("people", "kiosks")), tabs().toString());
    pages.goTo("kiosks");
    browser.find("#unit-search").sendKeys("bac nha trang");
    browser.tap("#unit-results button[data-unit='" + BAC_NHA_TRANG + "']");
    pages.waitReady("kiosks");
    assertEquals("Kiosk: Phường Bắc Nha Trang", pages.text("h1"));
    assertEquals("Chưa có kiosk nào ở đơn vị này.", pages.text("#content .notice"));

    browser.find("#kiosk-code").sendKeys("bnt-quay-trinh-duyet");
    browser.tap("[data-action='register-kiosk']");
    browser.waitPresent("[data-role='setup'][data-kiosk='bnt-quay-trinh-duyet']");
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
    pages.check("kiosks-setup-1366", problems);
    browser.viewport(360, 740, true);
    pages.check("kiosks-setup-360", problems);
    browser.viewport(1366, 768, false);

    // the kiosk rates with its token
    assertEquals(201, rate(token).status());

    // shown once: a reload lists the kiosk, without its link
    browser.driver.navigate().refresh();
    pages.waitReady("kiosks");
    assertTrue(browser.driver.findElements(By.cssSelector("[data-role='setup']")).isEmpty());
    assertFalse(browser.driver.getPageSource().contains(token));
    String row = "tr[data-kiosk='bnt-quay-trinh-duyet']";
    assertNotEquals("Chưa gửi đánh giá nào", pages.text(row + " [data-value='last-rating']"));
    assertEquals("Đang hoạt động", pages.text(row + " [data-status]"));

    // the first click only asks
    browser.tap(row + " [data-action='revoke']");
    assertEquals("Bấm lần nữa để thu hồi", pages.text(row + " [data-action='revoke']"));
    assertEquals(
        0,
        db.count(
            "SELECT COUNT(*) FROM kiosk WHERE code = 'bnt-quay-trinh-duyet' AND revoked_at IS NOT NULL"));
    browser.tap(row + " [data-action='revoke']");
    browser.waitPresent(row + "[data-revoked='true']");
    assertTrue(pages.text(row + " [data-status]").startsWith("Đã thu hồi "), pages.text(row));
    assertTrue(
        pages.text("[data-role='notice']").contains("đánh giá tiếp theo của máy này sẽ bị từ chối"),
        pages.text("[data-role='notice']"));

    Api.Reply refused = rate(token);
    assertEquals(401, refused.status(), refused.toString());
    assertEquals("urn:hailong:problem:unauthorized", refused.text("type"));
    assertEquals(1, db.responses());
    pages.check("kiosks-1366", problems);
    browser.viewport(360, 740, true);
    pages.check("kiosks-360", problems);
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  @Test
  void anOfficerCreatesDisablesAndResetsAnAccountOfTheirWard() {
    pages.loggedIn(OFFICER, PASSWORD);
    pages.goTo("people");
    assertEquals("Tài khoản: Phường Bắc Nha Trang", pages.text("h1"));
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
    browser.waitPresent(row);
    String newcomer = api.login("can-bo.moi-bnt", "mat-khau-ban-dau");

    browser.tap(row + " [data-action='reset-password']");
    browser.tap(row + " [data-action='reset-password']");
    browser.waitPresent("[data-role='generated-password']");
    String generated = pages.text("[data-role='generated-password']").strip();
    assertTrue(generated.matches("[a-z2-9]{4}(-[a-z2-9]{4}){2}"), generated);
    assertEquals(401, api.get("/api/v1/accounts", newcomer).status(), "the old token died");
    String fresh = api.login("can-bo.moi-bnt", generated);

    browser.tap(row + " [data-action='disable']");
    browser.tap(row + " [data-action='disable']");
    browser.waitPresent(row + "[data-disabled='true']");
    assertTrue(pages.text(row + " [data-status]").startsWith("Đã khóa "), pages.text(row));
    assertEquals(401, api.get("/api/v1/accounts", fresh).status(), "disabled at once");
    // their own row offers nothing to click
    assertTrue(
        browser
            .driver
            .findElements(By.cssSelector("tr[data-account='" + OFFICER + "'] button"))
            .isEmpty());

    List<String> problems = new ArrayList<>();
    pages.check("people-1366", problems);
    browser.viewport(360, 740, true);
    pages.check("people-360", problems);
    browser.script(
        "localStorage.setItem('hailong.dashboard.lang', 'en'); document.querySelector(\"[data-action='lang']\").click()");
    pages.waitReady("people");
    assertEquals("Accounts: Phường Bắc Nha Trang", pages.text("h1"));
    pages.check("people-360-en", problems);
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  @Test
  void aPlannerHasNoPeopleOrKioskTabs() {
    pages.loggedIn(PLANNER, PASSWORD);

    assertFalse(tabs().contains("people"), tabs().toString());
    assertFalse(tabs().contains("kiosks"), tabs().toString());
    assertTrue(tabs().contains("overview"), tabs().toString());
  }
}

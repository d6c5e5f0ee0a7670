package vn.hailong.api.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.runtime.server.EmbeddedServer;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import vn.hailong.api.support.Api;

/**
 * The dashboard as its browser tests drive it: its own browser, a logged-out start, logging in,
 * waiting for a page to be ready, going to a page through the navigation (opening the menu first on
 * a phone), and the check every screen gets (axe, nothing wider than the screen, a screenshot).
 */
final class DashboardPages implements AutoCloseable {
  /** The password of every account the browser tests create. */
  /** The password of every account the browser tests create. */
  static final String PASSWORD = "mat-khau-dung-2026";

  static final String MENU = "nav.tabs [data-action='menu']";

  private final Browser browser;
  private final String base;

  DashboardPages(Browser browser, EmbeddedServer server) {
    this.browser = browser;
    this.base = Browser.base(server);
  }

  /** A fresh headless Chromium for one test class, driving the dashboard of this server. */
  static DashboardPages start(String name, EmbeddedServer server) {
    return new DashboardPages(Browser.start(name), server);
  }

  Browser browser() {
    return browser;
  }

  /** An officer of the unit, created through the API as an admin would, with PASSWORD. */
  static void createOfficer(Api api, String username, String unitCode) {
    createAccount(api, username, "OFFICER", unitCode);
  }

  /** A planner of the province (Sở Nội vụ), created as an admin would, with PASSWORD. */
  static void createPlanner(Api api, String username) {
    createAccount(api, username, "PLANNER", "khanh-hoa");
  }

  private static void createAccount(Api api, String username, String role, String unitCode) {
    Api.Reply created =
        api.post(
            "/api/v1/accounts",
            Map.of("username", username, "password", PASSWORD, "role", role, "unitCode", unitCode),
            api.adminToken());
    assertEquals(201, created.status(), created.toString());
  }

  String base() {
    return base;
  }

  /** The login page at laptop size, with no cookie and no stored language left from before. */
  void loggedOut() {
    browser.viewport(1366, 768, false);
    // a page of the same origin that does not move on by itself
    browser.open(base + "/api/v1/questionnaire");
    browser.driver.manage().deleteAllCookies();
    browser.script("localStorage.clear()");
    browser.open(base + "/dashboard/");
  }

  void logIn(String username, String password) {
    waitReady("login");
    browser.find("#username").sendKeys(username);
    browser.find("#password").sendKeys(password);
    browser.tap("[data-action='login']");
  }

  /** From a logged-out start, logged in and on the overview, where the dashboard opens. */
  void loggedIn(String username, String password) {
    loggedOut();
    logIn(username, password);
    waitReady("overview");
  }

  /** From a logged-out start, the first admin logged in and on the overview. */
  void loggedInAsAdmin() {
    loggedIn(Api.ADMIN, Api.ADMIN_PASSWORD);
  }

  /**
   * Follows the navigation's link to a page as a user would: on a phone the links are behind the
   * "Menu" button, which is pressed first.
   */
  void goTo(String page) {
    String link = "nav.tabs a[data-nav='" + page + "']";
    if (!browser.find(link).isDisplayed()) {
      openMenu();
    }
    browser.tap(link);
    waitReady(page);
  }

  /** Opens the phone's menu (the button shows only on narrow screens). */
  void openMenu() {
    if (!"true".equals(browser.find(MENU).getAttribute("aria-expanded"))) {
      browser.tap(MENU);
    }
    browser.waitUntil(d -> "true".equals(browser.find(MENU).getAttribute("aria-expanded")));
  }

  void waitReady(String page) {
    browser.waitUntil(
        d ->
            !d.findElements(By.cssSelector("body[data-page='" + page + "'][data-ready]"))
                .isEmpty());
  }

  String text(String css) {
    return browser.find(css).getText();
  }

  /** axe (serious and critical), nothing wider than the screen; then a screenshot. */
  void check(String name, List<String> problems) {
    browser.seriousAccessibilityViolations().forEach(v -> problems.add(name + ": " + v));
    @SuppressWarnings("unchecked")
    List<String> wide =
        (List<String>)
            browser.script(
                "return [...document.querySelectorAll('body *')].filter(e => e.offsetParent !== null"
                    + " && !e.closest('.table-wrap') && e.getBoundingClientRect().right > innerWidth + 1)"
                    + ".map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))");
    wide.forEach(e -> problems.add(name + ": wider than the screen: " + e));
    browser.screenshot("dashboard-" + name);
  }

  @Override
  public void close() {
    browser.close();
  }
}

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
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import vn.hailong.api.support.Api;

/**
 * The dashboard's navigation: on a 360 px phone one "Menu" line above the pickers that opens the
 * pages in their groups, by mouse and by keyboard; on a 1366 px laptop every group and link in
 * view. Each role sees exactly the pages it may open. Screenshots closed and open, axe on each.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NavigationBrowserTest {
  static final String BAC_NHA_TRANG = "khanh-hoa.p-bac-nha-trang";
  static final String OFFICER = "can-bo.dieu-huong";
  static final String PLANNER = "ke-hoach.dieu-huong";
  static final List<String> GROUPS = List.of("results", "todo", "statistics", "admin");
  static final List<String> GROUP_NAMES =
      List.of("Kết quả", "Việc cần làm", "So sánh & thống kê", "Quản trị");

  /** What an officer has a link to, in the order of the menu. */
  static final List<String> OFFICER_PAGES =
      List.of(
          "overview",
          "gaps",
          "trend",
          "targets",
          "feedback",
          "alerts",
          "plans",
          "funnel",
          "comparison",
          "planner",
          "dossiers",
          "people",
          "kiosks");

  /** What each role has a link to: an admin also the units, a planner no people or complaints. */
  static final Map<String, List<String>> PAGES_BY_ROLE =
      Map.of(
          "OFFICER",
          OFFICER_PAGES,
          "ADMIN",
          Stream.concat(OFFICER_PAGES.stream(), Stream.of("units")).toList(),
          "PLANNER",
          OFFICER_PAGES.stream()
              .filter(p -> !List.of("feedback", "people", "kiosks").contains(p))
              .toList());

  @Inject EmbeddedServer server;
  @Inject Api api;

  DashboardPages pages;
  Browser browser;

  @BeforeAll
  void accounts() {
    DashboardPages.createOfficer(api, OFFICER, BAC_NHA_TRANG);
    DashboardPages.createPlanner(api, PLANNER);
    pages = DashboardPages.start("navigation", server);
    browser = pages.browser();
  }

  @AfterAll
  void closeTheBrowser() {
    if (pages != null) {
      pages.close();
    }
  }

  @SuppressWarnings("unchecked")
  private List<String> shownLinks() {
    return (List<String>)
        browser.script(
            "return [...document.querySelectorAll('nav.tabs a[data-nav]')]"
                + ".filter(a => a.offsetParent !== null).map(a => a.dataset.nav)");
  }

  @SuppressWarnings("unchecked")
  private List<String> allLinks() {
    return (List<String>)
        browser.script(
            "return [...document.querySelectorAll('nav.tabs a[data-nav]')].map(a => a.dataset.nav)");
  }

  /** A side ("top", "bottom") of the first element matching the selector, in CSS pixels. */
  private double edge(String css, String side) {
    Object value =
        browser.script(
            "return document.querySelector(arguments[0]).getBoundingClientRect()[arguments[1]]",
            css,
            side);
    return ((Number) value).doubleValue();
  }

  /** The links not wholly in view, or lower than a finger's 44 px. */
  @SuppressWarnings("unchecked")
  private List<String> linksOutOfView() {
    return (List<String>)
        browser.script(
            "return [...document.querySelectorAll('nav.tabs a')].filter(a => {"
                + " const r = a.getBoundingClientRect();"
                + " return r.left < 0 || r.right > innerWidth || r.height < 44; })"
                + ".map(a => a.dataset.nav)");
  }

  private String expanded() {
    return browser.find(DashboardPages.MENU).getAttribute("aria-expanded");
  }

  private String current() {
    List<WebElement> marked =
        browser.driver.findElements(By.cssSelector("nav.tabs a[aria-current='page']"));
    assertEquals(1, marked.size(), "one page is marked current");
    return marked.get(0).getAttribute("data-nav");
  }

  @Test
  void onAPhoneTheMenuTakesOneLineAndOpensEveryPageOfTheRole() {
    List<String> problems = new ArrayList<>();
    for (String[] user :
        new String[][] {
          {OFFICER, PASSWORD, "OFFICER"},
          {PLANNER, PASSWORD, "PLANNER"},
          {Api.ADMIN, Api.ADMIN_PASSWORD, "ADMIN"}
        }) {
      String role = user[2].toLowerCase();
      pages.loggedOut();
      browser.viewport(360, 740, true);
      pages.logIn(user[0], user[1]);
      pages.waitReady("overview");

      // closed: one line between the header and the pickers, no link in the way
      assertEquals("false", expanded(), role);
      assertTrue(browser.find(DashboardPages.MENU).getText().endsWith("Menu"), role);
      assertEquals("Tổng quan", pages.text("nav.tabs .nav-here"), role);
      double navHeight = edge("nav.tabs", "bottom") - edge("nav.tabs", "top");
      assertTrue(navHeight <= 56, role + ": the closed menu is " + navHeight + " px high");
      assertTrue(
          edge(".toolbar", "top") - edge("nav.tabs", "bottom") <= 16,
          role
              + ": the pickers follow the menu, "
              + (edge(".toolbar", "top") - edge("nav.tabs", "bottom")));
      assertEquals(List.of(), shownLinks(), role + ": the links wait behind the button");
      assertEquals(PAGES_BY_ROLE.get(user[2]), allLinks(), role);
      assertEquals("overview", current());
      pages.check("nav-360-closed-" + role, problems);

      // open: every page the role may open, in its group
      browser.tap(DashboardPages.MENU);
      assertEquals("true", expanded(), role);
      assertEquals(PAGES_BY_ROLE.get(user[2]), shownLinks(), role);
      @SuppressWarnings("unchecked")
      List<String> groups =
          (List<String>)
              browser.script(
                  "return [...document.querySelectorAll('nav.tabs [data-nav-group]')]"
                      + ".map(g => g.dataset.navGroup + ' ' + g.querySelector('.nav-group-name').textContent)");
      List<String> expected = new ArrayList<>();
      for (int i = 0; i < GROUPS.size(); i++) {
        if (!role.equals("planner") || !GROUPS.get(i).equals("admin")) {
          expected.add(GROUPS.get(i) + " " + GROUP_NAMES.get(i));
        }
      }
      assertEquals(expected, groups, role + ": a planner manages no people, kiosks or units");
      pages.check("nav-360-open-" + role, problems);
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  @Test
  void onAPhoneTheMenuWorksFromTheKeyboardAndMarksTheNewPage() {
    pages.loggedOut();
    browser.viewport(360, 740, true);
    pages.logIn(OFFICER, PASSWORD);
    pages.waitReady("overview");

    browser.find(DashboardPages.MENU).sendKeys(Keys.ENTER);
    browser.waitUntil(d -> "true".equals(expanded()));
    assertTrue(browser.find("nav.tabs a[data-nav='feedback']").isDisplayed());
    // Tab goes from the button into the open list; Escape closes it and the focus is back
    browser.find(DashboardPages.MENU).sendKeys(Keys.TAB);
    assertEquals(
        "overview", browser.script("return document.activeElement.dataset.nav"), "first link");
    browser.driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
    browser.waitUntil(d -> "false".equals(expanded()));
    assertEquals("menu", browser.script("return document.activeElement.dataset.action"));
    assertFalse(browser.find("nav.tabs a[data-nav='feedback']").isDisplayed());
    browser.find(DashboardPages.MENU).sendKeys(Keys.SPACE);
    browser.waitUntil(d -> "true".equals(expanded()));

    pages.goTo("feedback");
    assertEquals("feedback", current());
    assertEquals("false", expanded(), "a new page starts with the menu closed");
    assertEquals("Phản ánh", pages.text("nav.tabs .nav-here"));
    // the helper opens the menu itself when the link is behind it
    pages.goTo("plans");
    assertEquals("plans", current());
    assertTrue(browser.driver.getCurrentUrl().contains("unit=" + BAC_NHA_TRANG));
  }

  @Test
  void onALaptopEveryGroupAndLinkIsInView() {
    List<String> problems = new ArrayList<>();
    pages.loggedInAsAdmin();
    assertFalse(browser.find(DashboardPages.MENU).isDisplayed(), "no menu button on a laptop");
    assertEquals(PAGES_BY_ROLE.get("ADMIN"), shownLinks());
    @SuppressWarnings("unchecked")
    List<String> names =
        (List<String>)
            browser.script(
                "return [...document.querySelectorAll('nav.tabs .nav-group-name')]"
                    + ".filter(n => n.offsetParent !== null).map(n => n.textContent)");
    assertEquals(GROUP_NAMES, names);
    assertEquals(List.of(), linksOutOfView(), "every link in view and at least 44 px high");
    assertEquals("overview", current());
    pages.check("nav-1366", problems);
    double navHeight = edge("nav.tabs", "bottom") - edge("nav.tabs", "top");
    assertTrue(navHeight <= 80, "the groups stand in one band: " + navHeight + " px");

    // each link leads to its page, which is then the one marked
    for (String page : List.of("units", "funnel", "feedback")) {
      pages.goTo(page);
      assertEquals(page, current());
      assertEquals(page, browser.find("body").getAttribute("data-page"));
    }
    browser.tap("[data-action='lang']");
    browser.waitUntil(d -> "en".equals(browser.find("html").getAttribute("lang")));
    pages.waitReady("feedback");
    assertEquals(
        List.of("Results", "To do", "Comparison & statistics", "Administration"),
        browser.driver.findElements(By.cssSelector("nav.tabs .nav-group-name")).stream()
            .map(WebElement::getText)
            .toList());
    pages.check("nav-1366-en", problems);
    browser.tap("[data-action='lang']");
    browser.waitUntil(d -> "vi".equals(browser.find("html").getAttribute("lang")));

    // a smaller laptop: still one band, every link in view
    browser.viewport(1280, 800, false);
    pages.waitReady("feedback");
    assertFalse(browser.find(DashboardPages.MENU).isDisplayed(), "no menu button at 1280 px");
    assertEquals(List.of(), linksOutOfView(), "every link in view at 1280 px");
    double band = edge("nav.tabs", "bottom") - edge("nav.tabs", "top");
    assertTrue(band <= 80, "one band at 1280 px: " + band + " px");
    pages.check("nav-1280", problems);
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }
}

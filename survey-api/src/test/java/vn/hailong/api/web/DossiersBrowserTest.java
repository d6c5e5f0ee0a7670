package vn.hailong.api.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import vn.hailong.api.support.Api;
import vn.hailong.api.support.Database;

/**
 * A planner imports the Q3/2017 sample on the dossiers page, leaving out its three inconsistent
 * rows, and sees the figures of Cam Lâm's communes; at phone and laptop width, with axe.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DossiersBrowserTest {
  static final String PLANNER = "ke-hoach.ho-so-trinh-duyet";
  static final String PASSWORD = "mat-khau-dung-2026";

  @Inject EmbeddedServer server;
  @Inject Api api;
  @Inject Database db;

  Browser browser;
  DashboardPages pages;
  Path sample;

  @BeforeAll
  void aPlannerAndTheSample() throws IOException {
    db.update("DELETE FROM dossier_stat");
    DashboardPages.createAccount(api, api.adminToken(), PLANNER, PASSWORD, "PLANNER", "khanh-hoa");
    sample = Files.createTempFile("ho-so-2017-Q3", ".csv");
    try (InputStream in =
        getClass()
            .getResourceAsStream(
                "/META-INF/resources/hailong/dashboard/samples/ho-so-2017-Q3.csv")) {
      Files.write(sample, in.readAllBytes());
    }
    browser = Browser.start("dossiers");
    pages = new DashboardPages(browser, server);
  }

  @AfterAll
  void closeTheBrowser() throws IOException {
    if (browser != null) {
      browser.close();
    }
    Files.deleteIfExists(sample);
  }

  @Test
  void thePlannerImportsTheSampleAndSeesTheSkippedLines() {
    pages.loggedOut();
    pages.logIn(PLANNER, PASSWORD);
    pages.waitReady("overview");
    browser.open(pages.base() + "/dashboard/dossiers.html?unit=khanh-hoa.h-cam-lam&period=2017-Q3");
    pages.waitReady("dossiers");
    assertEquals("Hồ sơ thủ tục hành chính: Huyện Cam Lâm", pages.text("h1"));
    assertEquals(
        "Chưa có số liệu hồ sơ của đơn vị cho kỳ 2017-Q3.",
        pages.text("[data-role='own-on-time']"));

    browser.find("#dossier-file").sendKeys(sample.toString());
    browser.tap("#dossier-skip");
    browser.tap("[data-action='import']");
    browser.waitUntil(d -> pages.text("[data-role='import-status']").startsWith("Đã nhập"));
    assertEquals(
        "Đã nhập 149 dòng; bỏ qua 3 dòng số liệu không khớp:",
        pages.text("[data-role='import-status']"));
    List<String> lines =
        browser.driver.findElements(By.cssSelector("[data-role='import-problems'] li")).stream()
            .map(li -> li.getAttribute("data-line"))
            .toList();
    assertEquals(List.of("20", "64", "89"), lines);
    // the bar is full: every row that was to be stored is
    assertEquals(
        browser.find("#dossier-progress").getAttribute("max"),
        browser.find("#dossier-progress").getAttribute("value"));
    List<String> problems = new ArrayList<>();
    pages.check("dossiers-imported-1366", problems);

    for (int[] size : new int[][] {{1366, 768}, {390, 844}}) {
      browser.viewport(size[0], size[1], size[0] < 600);
      browser.open(
          pages.base() + "/dashboard/dossiers.html?unit=khanh-hoa.h-cam-lam&period=2017-Q3");
      pages.waitReady("dossiers");
      assertTrue(
          pages.text("[data-role='own-on-time']").startsWith("Kỳ 2017-Q3: 99,5% hồ sơ"),
          pages.text("[data-role='own-on-time']"));
      assertEquals(
          "96,9%",
          pages.text("tr[data-unit='khanh-hoa.h-cam-lam.x-suoi-tan'] [data-value='on-time']"));
      pages.check("dossiers-" + size[0], problems);
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }
}

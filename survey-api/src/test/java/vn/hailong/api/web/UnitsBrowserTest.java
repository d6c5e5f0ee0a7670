package vn.hailong.api.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * The units page in a real browser: an admin uploads a reorganisation CSV, sees the dry run's
 * report, applies it, and the tree and the audit show it; a refused plan names its lines. Wide
 * (1366 px) and narrow (390 px), with axe.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnitsBrowserTest {
  static final String SUOI_DAU = "khanh-hoa.x-suoi-dau";
  static final String CAM_AN = "khanh-hoa.x-cam-an";
  static final String MERGED = "khanh-hoa.xa-suoi-dau-cam-an.2027-01";
  static final String HEADER =
      "change,code,name,parent,level,kind,valid_from,valid_to,predecessors,source,reason\n";

  @Inject EmbeddedServer server;
  @Inject Api api;
  @Inject Database db;

  Browser browser;
  @AutoClose DashboardPages pages;
  Path dir;

  @BeforeAll
  void start() throws IOException {
    db.clearResponses();
    pages = DashboardPages.start("units", server);
    browser = pages.browser();
    dir = Files.createTempDirectory("reorganisation");
  }

  private String file(String name, String text) {
    try {
      Path path = dir.resolve(name);
      Files.writeString(path, text, StandardCharsets.UTF_8);
      return path.toAbsolutePath().toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void openUnitsPage() {
    pages.loggedInAsAdmin();
    pages.goTo("units");
  }

  @Test
  void anAdminDryRunsThenAppliesAMergerAndSeesItInTheTreeAndTheLog() {
    openUnitsPage();
    assertEquals("Đơn vị và sắp xếp đơn vị", pages.text("h1"));
    browser.waitPresent("[data-role='tree'] li[data-unit='" + SUOI_DAU + "']");
    assertTrue(
        pages.text("[data-role='audit']").contains("khanhhoa-departments-2017-2026.csv"),
        "V14's import is in the log: " + pages.text("[data-role='audit']"));

    browser
        .find("#csv-file")
        .sendKeys(
            file(
                "sap-xep-2027.csv",
                HEADER
                    + "END,"
                    + SUOI_DAU
                    + ",,,,,,2026-12-31,,,\n"
                    + "END,"
                    + CAM_AN
                    + ",,,,,,2026-12-31,,,\n"
                    + "CREATE,,Xã Suối Dầu Cam An,khanh-hoa,COMMUNE,xã,2027-01-01,,"
                    + SUOI_DAU
                    + ":whole;"
                    + CAM_AN
                    + ":whole,Thử nghiệm,\n"));
    browser.tap("[data-action='dry-run']");
    browser.waitPresent("[data-action='apply']");
    String shown = pages.text("[data-role='report']");
    assertTrue(shown.contains(SUOI_DAU) && shown.contains(CAM_AN), shown);
    assertTrue(shown.contains(MERGED), shown);
    assertTrue(pages.text("[data-role='notice']").contains("chưa có gì thay đổi"));
    assertEquals(null, api.get("/api/v1/units/" + SUOI_DAU).text("validTo"), "a dry run");
    List<String> problems = new ArrayList<>();
    pages.check("units-dry-run-1366", problems);
    browser.viewport(390, 844, true);
    pages.check("units-dry-run-390", problems);
    browser.viewport(1366, 768, false);

    browser.find("#reason").sendKeys("Nghị quyết thử nghiệm");
    browser.tap("[data-action='apply']");
    assertEquals("Bấm lần nữa để áp dụng", pages.text("[data-action='apply']"));
    assertEquals(
        null, api.get("/api/v1/units/" + SUOI_DAU).text("validTo"), "the first click asks");
    browser.tap("[data-action='apply']");
    browser.waitUntil(d -> pages.text("[data-role='notice']").startsWith("Đã áp dụng"));
    assertEquals("2026-12-31", api.get("/api/v1/units/" + SUOI_DAU).text("validTo"));
    assertEquals("2027-01-01", api.get("/api/v1/units/" + MERGED).text("validFrom"));
    browser.waitPresent("[data-role='audit'] tr[data-reorganisation]");
    assertTrue(pages.text("[data-role='audit']").contains("Nghị quyết thử nghiệm"));

    browser.find("#tree-date").clear();
    browser.script(
        "const i = document.getElementById('tree-date'); i.value = '2027-01-01';"
            + " i.dispatchEvent(new Event('input'));");
    browser.tap("[data-action='show-tree']");
    browser.waitPresent("[data-role='tree'] li[data-unit='" + MERGED + "']");
    assertTrue(
        browser.driver.findElements(By.cssSelector("li[data-unit='" + SUOI_DAU + "']")).isEmpty());
    pages.check("units-applied-1366", problems);
    browser.viewport(390, 844, true);
    pages.check("units-applied-390", problems);
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  @Test
  void aRefusedPlanNamesEachBadLineAndChangesNothing() {
    openUnitsPage();
    browser
        .find("#csv-file")
        .sendKeys(
            file(
                "sai.csv",
                HEADER
                    + "END,khanh-hoa.x-cam-hiep,,,,,,2027-06-30,,,\n"
                    + "CREATE,,Xã Hở,khanh-hoa,COMMUNE,xã,2027-08-01,,khanh-hoa.x-cam-hiep:whole,,\n"));
    browser.tap("[data-action='dry-run']");
    browser.waitPresent("[data-role='refused']");
    assertTrue(
        browser
            .driver
            .findElements(By.cssSelector("[data-role='refused'] li[data-code='dates-gap']"))
            .stream()
            .anyMatch(li -> "line 3".equals(li.getDomAttribute("data-field"))),
        pages.text("[data-role='refused']"));
    assertFalse(
        browser.driver.findElements(By.cssSelector("[data-action='apply']")).size() > 0,
        "no apply after a refusal");
    List<String> problems = new ArrayList<>();
    pages.check("units-refused-1366", problems);
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }
}

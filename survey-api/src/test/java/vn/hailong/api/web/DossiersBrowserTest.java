package vn.hailong.api.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.hailong.api.web.DashboardPages.PASSWORD;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import vn.hailong.api.support.Api;
import vn.hailong.api.support.Database;
import vn.hailong.api.support.DossierUploads;
import vn.hailong.api.support.Ratings;

/**
 * A planner imports the Q3/2017 sample on the dossiers page, leaving out its three inconsistent
 * rows, and sees the figures of Cam Lâm's communes; at phone and laptop width, with axe.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DossiersBrowserTest {
  static final String PLANNER = "ke-hoach.ho-so-trinh-duyet";

  @Inject EmbeddedServer server;
  @Inject Api api;
  @Inject Database db;

  Browser browser;
  @AutoClose DashboardPages pages;
  Path sample;

  @BeforeAll
  void aPlannerAndTheSample() throws IOException {
    db.update("DELETE FROM dossier_stat");
    DashboardPages.createPlanner(api, PLANNER);
    sample = Files.createTempFile("ho-so-2017-Q3", ".csv");
    try (InputStream in =
        getClass()
            .getResourceAsStream(
                "/META-INF/resources/hailong/dashboard/samples/ho-so-2017-Q3.csv")) {
      Files.write(sample, in.readAllBytes());
    }
    pages = DashboardPages.start("dossiers", server);
    browser = pages.browser();
  }

  @AfterAll
  void closeTheBrowser() throws IOException {
    Files.deleteIfExists(sample);
  }

  @Test
  void thePlannerImportsTheSampleAndSeesTheSkippedLines() {
    pages.loggedIn(PLANNER, PASSWORD);
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
      // the 766-style rate: Cam Lâm (3178 − 15 late) / 3178, Suối Tân (609 − 19) / 609; in 2017
      // nothing was rated by receipt number
      String portal = pages.text("[data-role='portal-rate']");
      assertTrue(
          portal.startsWith(
              "Tỷ lệ hài lòng theo cách tính của Cổng Dịch vụ công (QĐ 766/QĐ-TTg), kỳ 2017-Q3:"
                  + " 99,5%"),
          portal);
      assertTrue(
          portal.contains(
              "= (3.178 hồ sơ đã giải quyết − 0 bị đánh giá không hài lòng − 0 bị phản ánh − 15"
                  + " trễ hạn) / 3.178."),
          portal);
      assertTrue(
          pages.text("[data-role='portal-rate']").contains("Chỉ 0 trong 3.178 hồ sơ"),
          pages.text("[data-role='portal-rate']"));
      assertEquals(
          "96,9%",
          pages.text("tr[data-unit='khanh-hoa.h-cam-lam.x-suoi-tan'] [data-value='portal']"));
      pages.check("dossiers-" + size[0], problems);
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  /**
   * A ward of today with two dossiers rated by receipt number, one unsatisfied: the rate beside the
   * survey, and the note on unrated dossiers.
   */
  @Test
  @SuppressWarnings("unchecked")
  void aWardSeesThePortalRateBesideTheSurvey() throws Exception {
    String ward = "khanh-hoa.p-bac-nha-trang";
    String csv =
        "ma_don_vi,ten_don_vi,ky,tiep_nhan,ky_truoc_chuyen_sang,truc_tuyen,truc_tiep_buu_chinh,"
            + "da_giai_quyet,som_han,dung_han,tre_han,chua_giai_quyet,trong_han,qua_han\n"
            + ward
            + ",\"Phường Bắc Nha Trang\",2025-Q3,250,,,,240,200,36,4,10,,\n";
    String admin = api.adminToken();
    DossierUploads.importCsv(api, admin, csv);
    db.clearResponses();
    for (String receipt : List.of("BNT-2025-0001", "BNT-2025-0002")) {
      Map<String, Object> rating =
          Ratings.with(Ratings.web(ward, "2025-08-15T09:00:00+07:00"), "receiptCode", receipt);
      if (receipt.endsWith("1")) {
        Map<String, Object> answers = new HashMap<>((Map<String, Object>) rating.get("answers"));
        answers.put("PROCEDURES", 2);
        rating.put("answers", answers);
      }
      Api.Reply stored = api.post("/api/v1/responses", rating);
      assertEquals(201, stored.status(), stored.toString());
    }

    pages.loggedIn(PLANNER, PASSWORD);
    List<String> problems = new ArrayList<>();
    for (int[] size : new int[][] {{1366, 768}, {390, 844}}) {
      browser.viewport(size[0], size[1], size[0] < 600);
      browser.open(pages.base() + "/dashboard/dossiers.html?unit=" + ward + "&period=2025-Q3");
      pages.waitReady("dossiers");
      // (240 − 1 unsatisfied − 0 complained − 4 late) / 240 = 97,9%
      String rate = pages.text("[data-role='portal-rate']");
      assertTrue(
          rate.startsWith(
              "Tỷ lệ hài lòng theo cách tính của Cổng Dịch vụ công (QĐ 766/QĐ-TTg), kỳ 2025-Q3:"
                  // five criteria 2 of 2 satisfied, PROCEDURES 1 of 2: (5 · 100 + 50) / 6
                  + " 97,9% · Khảo sát cùng kỳ: chỉ số hài lòng 91,7%"),
          rate);
      assertTrue(
          rate.contains(
              "= (240 hồ sơ đã giải quyết − 1 bị đánh giá không hài lòng − 0 bị phản ánh − 4 trễ"
                  + " hạn) / 240."),
          rate);
      assertTrue(rate.contains("Chỉ 2 trong 240 hồ sơ được người dân đánh giá"), rate);
      pages.check("dossiers-portal-" + size[0], problems);
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }
}

package vn.hailong.api.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.hailong.api.support.Api;
import vn.hailong.api.support.Database;
import vn.hailong.api.support.DossierUploads;
import vn.hailong.api.web.DemoLikeRollups;

/**
 * Importing the provincial report's dossier tables: the Q3/2017 sample transcribed from seed 004
 * (its three rows whose figures do not add up in the source are reported by line), a file with one
 * bad row refused whole, Excel as well as CSV, and the figures beside RESULTS with Spearman's ρ
 * across the communes of huyện Cam Lâm.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DossierImportTest {
  static final String SAMPLE = "/META-INF/resources/hailong/dashboard/samples/ho-so-2017-Q3.csv";
  static final String HEADER =
      "ma_don_vi,ten_don_vi,ky,tiep_nhan,ky_truoc_chuyen_sang,truc_tuyen,truc_tiep_buu_chinh,"
          + "da_giai_quyet,som_han,dung_han,tre_han,chua_giai_quyet,trong_han,qua_han\n";
  static final String PASSWORD = "mat-khau-dai-du";

  @Inject Api api;
  @Inject Database db;
  @Inject DemoLikeRollups rollups;
  String planner;
  String otherPlanner;

  @BeforeAll
  void plannersOfTheProvince() {
    String admin = api.adminToken();
    for (String name : List.of("ke-hoach.ho-so", "ke-hoach.khac")) {
      api.post(
          "/api/v1/accounts",
          Map.of(
              "username", name, "password", PASSWORD, "role", "PLANNER", "unitCode", "khanh-hoa"),
          admin);
    }
    planner = api.login("ke-hoach.ho-so", PASSWORD);
    otherPlanner = api.login("ke-hoach.khac", PASSWORD);
  }

  @BeforeEach
  void noFigures() {
    db.update("DELETE FROM dossier_stat");
  }

  static byte[] sample() throws IOException {
    try (InputStream in = DossierImportTest.class.getResourceAsStream(SAMPLE)) {
      return in.readAllBytes();
    }
  }

  private Api.Reply upload(byte[] file, boolean skip) {
    return DossierUploads.upload(api, planner, file, skip);
  }

  private Api.Reply finished(Api.Reply started) throws InterruptedException {
    return DossierUploads.finished(api, planner, started);
  }

  private static TreeSet<Long> lines(Api.Reply refused) {
    TreeSet<Long> lines = new TreeSet<>();
    Matcher m = Pattern.compile("\"field\":\"line (\\d+) ").matcher(refused.body());
    while (m.find()) {
      lines.add(Long.parseLong(m.group(1)));
    }
    return lines;
  }

  @Test
  void theSeedSampleNamesItsThreeInconsistentRowsAndImportsTheRestOnlyWhenAsked() throws Exception {
    Api.Reply refused = upload(sample(), false);
    assertEquals(400, refused.status(), refused.toString());
    // Sở Kế hoạch và Đầu tư: 2309 resolved + 561 pending ≠ 2365 received; phường Cam Thuận:
    // 255 + 16 + 8 ≠ 266 resolved; xã Ninh Trung: 159 + 281 + 35 ≠ 222 resolved
    assertEquals(new TreeSet<>(List.of(20L, 64L, 89L)), lines(refused));
    assertTrue(
        refused
            .body()
            .contains(
                "dòng 20 (khanh-hoa.so-ke-hoach-dau-tu): tiếp nhận 2365 ≠ đã giải quyết 2309 +"
                    + " chưa giải quyết 561 = 2870"),
        refused.body());
    assertTrue(refused.body().contains("\"code\":\"parts-do-not-add-up\""), refused.body());
    assertEquals(0, db.count("SELECT COUNT(*) FROM dossier_stat"));

    Api.Reply started = upload(sample(), true);
    assertEquals(202, started.status(), started.toString());
    assertEquals(149, ((Number) started.json().get("total")).intValue());
    Api.Reply done = finished(started);
    assertEquals("DONE", done.text("state"), done.toString());
    assertEquals(149, ((Number) done.json().get("stored")).intValue());
    List<?> skipped = (List<?>) done.json().get("skipped");
    assertEquals(
        List.of(20, 64, 89),
        skipped.stream().map(s -> ((Number) ((Map<?, ?>) s).get("line")).intValue()).toList());
    assertEquals(149, db.count("SELECT COUNT(*) FROM dossier_stat WHERE period_label = '2017-Q3'"));
    assertEquals(
        "17640",
        db.text(
            "SELECT received FROM dossier_stat s JOIN unit u ON u.id = s.unit_id"
                + " WHERE u.code = 'khanh-hoa.tp-nha-trang'"));
    // the same file again replaces, it does not add
    finished(upload(sample(), true));
    assertEquals(149, db.count("SELECT COUNT(*) FROM dossier_stat"));
    // someone else's job is the same 403 as none
    Api.Reply foreign = api.get("/api/v1/dossiers/imports/" + started.text("id"), otherPlanner);
    Api.Reply none = api.get("/api/v1/dossiers/imports/khong-co", otherPlanner);
    assertEquals(403, foreign.status());
    assertEquals(
        foreign.body().replace(started.text("id"), "?"), none.body().replace("khong-co", "?"));
  }

  @Test
  void oneInconsistentRowRefusesTheWholeFileAndOtherFaultsAreNeverSkipped() {
    String good =
        "khanh-hoa.h-cam-lam.x-cam-tan,Xã Cam Tân,2017-Q3,237,10,20,207,228,199,29,0,9,9,0\n";
    String bad = "khanh-hoa.h-cam-lam.x-cam-hoa,Xã Cam Hòa,2017-Q3,551,,,,541,537,4,1,10,,\n";
    Api.Reply refused = upload((HEADER + good + bad).getBytes(StandardCharsets.UTF_8), false);
    assertEquals(400, refused.status(), refused.toString());
    assertEquals(new TreeSet<>(List.of(3L)), lines(refused));
    assertEquals(0, db.count("SELECT COUNT(*) FROM dossier_stat"));

    // a unit that does not exist is no inconsistency: skipInconsistent does not skip it
    String unknown = "khanh-hoa.x-atlantis,Atlantis,2017-Q3,1,,,,1,1,0,0,0,,\n";
    Api.Reply still = upload((HEADER + good + unknown).getBytes(StandardCharsets.UTF_8), true);
    assertEquals(400, still.status(), still.toString());
    assertTrue(still.body().contains("\"code\":\"unknown-unit\""), still.body());
    assertEquals(0, db.count("SELECT COUNT(*) FROM dossier_stat"));

    // received parts that do not add up, a missing pending part, a figure that is no count
    String parts =
        "khanh-hoa.h-cam-lam.x-cam-tan,Xã Cam Tân,2017-Q3,237,10,20,200,228,199,29,0,9,9,\n";
    String words = "khanh-hoa.h-cam-lam.x-cam-hoa,Xã Cam Hòa,2017-Q3,nhiều,,,,541,537,4,0,10,,\n";
    Api.Reply both = upload((HEADER + parts + words).getBytes(StandardCharsets.UTF_8), false);
    assertEquals(400, both.status());
    assertTrue(
        both.body().contains("\"field\":\"line 2 tiep_nhan\",\"code\":\"parts-do-not-add-up\""),
        both.body());
    assertTrue(
        both.body().contains("\"field\":\"line 2 chua_giai_quyet\",\"code\":\"parts-incomplete\""),
        both.body());
    assertTrue(
        both.body().contains("\"field\":\"line 3 tiep_nhan\",\"code\":\"bad-format\""),
        both.body());
  }

  @Test
  void anExcelFileImportsLikeItsCsv() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet("Quý III");
      String[] header = HEADER.strip().split(",");
      Row head = sheet.createRow(0);
      for (int c = 0; c < header.length; c++) {
        head.createCell(c).setCellValue(header[c]);
      }
      Row row = sheet.createRow(1);
      row.createCell(0).setCellValue("khanh-hoa.h-cam-lam.x-suoi-tan");
      row.createCell(1).setCellValue("Xã Suối Tân");
      row.createCell(2).setCellValue("2017-Q3");
      double[] figures = {650, Double.NaN, Double.NaN, Double.NaN, 609, 540, 50, 19, 41};
      for (int i = 0; i < figures.length; i++) {
        if (!Double.isNaN(figures[i])) {
          row.createCell(3 + i).setCellValue(figures[i]);
        }
      }
      Row wrong = sheet.createRow(2);
      wrong.createCell(0).setCellValue("khanh-hoa.h-cam-lam.x-son-tan");
      wrong.createCell(2).setCellValue("2017-Q3");
      double[] off = {10, Double.NaN, Double.NaN, Double.NaN, 10, 8, 1, 2, 0};
      for (int i = 0; i < off.length; i++) {
        if (!Double.isNaN(off[i])) {
          wrong.createCell(3 + i).setCellValue(off[i]);
        }
      }
      workbook.write(out);
    }
    Api.Reply refused =
        api.exchange(
            HttpRequest.POST("/api/v1/dossiers/imports", out.toByteArray())
                .contentType("application/octet-stream")
                .bearerAuth(planner));
    assertEquals(400, refused.status(), refused.toString());
    assertEquals(new TreeSet<>(List.of(3L)), lines(refused), "Excel rows count from 1 as shown");
  }

  @Test
  void onTimeSharesStandBesideResultsWithSpearmanAcrossTheCommunes() throws Exception {
    finished(upload(sample(), true));
    // RESULTS in Q3/2017, 40 answers each: 38, 36, 37 and 30 satisfied
    LocalDate day = LocalDate.of(2017, 8, 15);
    rollups.day("khanh-hoa.h-cam-lam.x-cam-phuoc-tay", day, "RESULTS", 38, 40, 0);
    rollups.day("khanh-hoa.h-cam-lam.x-suoi-cat", day, "RESULTS", 36, 40, 0);
    rollups.day("khanh-hoa.h-cam-lam.x-cam-hai-tay", day, "RESULTS", 37, 40, 0);
    rollups.day("khanh-hoa.h-cam-lam.x-suoi-tan", day, "RESULTS", 30, 40, 0);

    Api.Reply report = api.get("/api/v1/dossiers?unit=khanh-hoa.h-cam-lam&period=2017-Q3", planner);
    assertEquals(200, report.status(), report.toString());
    Map<?, ?> own = (Map<?, ?>) report.json().get("unit");
    // (3014 early + 149 on time) of 3178 resolved
    assertEquals(100.0 * 3163 / 3178, ((Number) own.get("onTimePercent")).doubleValue(), 1e-9);
    List<?> units = (List<?>) report.json().get("units");
    assertEquals(14, units.size(), "the 14 communes of Cam Lâm in 2017");
    Map<?, ?> suoiTan =
        units.stream()
            .map(u -> (Map<?, ?>) u)
            .filter(u -> u.get("unitCode").equals("khanh-hoa.h-cam-lam.x-suoi-tan"))
            .findFirst()
            .orElseThrow();
    assertEquals(100.0 * 590 / 609, ((Number) suoiTan.get("onTimePercent")).doubleValue(), 1e-9);
    assertEquals(75.0, ((Number) suoiTan.get("resultsPercent")).doubleValue(), 1e-9);
    // on time 99.87, 99.67, 99.21, 96.88 against 95, 90, 92.5, 75: Σd² = 2, ρ = 1 − 12/60
    Map<?, ?> correlation = (Map<?, ?>) report.json().get("correlation");
    assertEquals(4, ((Number) correlation.get("n")).intValue());
    assertEquals(0.8, ((Number) correlation.get("rho")).doubleValue(), 1e-12);
    assertEquals(0.2, ((Number) correlation.get("pValue")).doubleValue(), 1e-9);

    // a commune without figures says so with nulls; a period without any gives no ρ
    Api.Reply empty = api.get("/api/v1/dossiers?unit=khanh-hoa.h-cam-lam&period=2018-Q1", planner);
    assertNull(((Map<?, ?>) empty.json().get("unit")).get("onTimePercent"));
    assertNull(((Map<?, ?>) empty.json().get("correlation")).get("rho"));
  }
}

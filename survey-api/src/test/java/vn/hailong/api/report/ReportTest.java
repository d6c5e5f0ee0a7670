package vn.hailong.api.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hailong.analysis.Criterion;
import vn.hailong.analysis.PercentFormat;
import vn.hailong.api.support.Api;
import vn.hailong.api.support.CsvReports;
import vn.hailong.api.support.Database;
import vn.hailong.api.support.Ratings;

/**
 * Reports read back as an office would open them (POI, PDFBox, Commons CSV): the unit's name, the
 * six criteria with their diacritics, and the same percentages as the analysis API.
 */
@MicronautTest
class ReportTest {
  static final String BAC_NHA_TRANG = "khanh-hoa.p-bac-nha-trang";
  static final String CAM_LAM = "khanh-hoa.x-cam-lam";
  static final String Q3 = "&from=2025-07-01&to=2025-09-30";
  static final Locale VI = Locale.forLanguageTag("vi-VN");

  @Inject Api api;
  @Inject Database db;

  @Inject EmbeddedServer server;
  final HttpClient http = HttpClient.newHttpClient();

  String admin;

  record File(int status, String contentType, String disposition, byte[] body) {
    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  @BeforeEach
  void ratingsOfTwoCommunes() {
    admin = api.adminToken();
    // every test reads the same ratings and none writes: seeded once per application context
    if (db.responses() > 0) {
      return;
    }
    // 40 ratings of Bắc Nha Trang: criterion k is unhappy (2) for every (k + 2)-th rating, so each
    // criterion has its own share: ACCESS 20 of 40 = 50%, FACILITIES 26 of 40 = 65%, ...
    for (int i = 0; i < 40; i++) {
      Map<String, Object> answers = new LinkedHashMap<>();
      for (Criterion c : Criterion.values()) {
        answers.put(c.name(), i % (c.ordinal() + 2) == 0 ? 2 : 4 + i % 2);
      }
      Map<String, Object> rating =
          Ratings.with(
              Ratings.web(BAC_NHA_TRANG, "2025-08-0" + (1 + i % 9) + "T09:00:00+07:00"),
              "answers",
              answers);
      assertEquals(201, api.post("/api/v1/responses", rating).status());
    }
    for (int i = 0; i < 12; i++) {
      assertEquals(
          201,
          api.post("/api/v1/responses", Ratings.web(CAM_LAM, "2025-09-10T10:00:00+07:00"))
              .status());
    }
  }

  /** A GET as a browser sends it, the body as bytes; {@code header} is "Name: value" or null. */
  File download(String path, String header) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(server.getURI().resolve(path));
    if (header != null) {
      int colon = header.indexOf(':');
      request.header(header.substring(0, colon), header.substring(colon + 1).trim());
    }
    HttpResponse<byte[]> response = http.send(request.build(), BodyHandlers.ofByteArray());
    return new File(
        response.statusCode(),
        response.headers().firstValue("Content-Type").orElse(""),
        response.headers().firstValue("Content-Disposition").orElse(null),
        response.body());
  }

  File report(String extension, String query, String token) throws Exception {
    return download(
        "/api/v1/reports/satisfaction." + extension + "?" + query,
        "Authorization: Bearer " + token);
  }

  @SuppressWarnings("unchecked")
  List<Map<String, Object>> criteria(String query) {
    Api.Reply reply = api.get("/api/v1/analysis/satisfaction?" + query, admin);
    assertEquals(200, reply.status(), reply.toString());
    return (List<Map<String, Object>>) reply.json().get("criteria");
  }

  static double number(Object value) {
    return ((Number) value).doubleValue();
  }

  @Test
  void theWorkbookHoldsTheUnitTheSixCriteriaAndTheApisPercentages() throws Exception {
    String query = "unit=" + BAC_NHA_TRANG + Q3;
    File file = report("xlsx", query, admin);

    assertEquals(200, file.status(), file.text());
    assertTrue(file.contentType().startsWith("application/vnd.openxmlformats"), file.contentType());
    assertEquals(
        "attachment; filename=\"bao-cao-hai-long_khanh-hoa.p-bac-nha-trang_2025-Q3.xlsx\"",
        file.disposition());
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
      assertEquals("Tiêu chí", workbook.getSheetName(0));
      assertEquals("Chưa đạt mục tiêu", workbook.getSheetName(1));
      assertEquals("So sánh", workbook.getSheetName(2));
      Sheet sheet = workbook.getSheetAt(0);
      DataFormatter vietnamese = new DataFormatter(VI);
      String title = sheet.getRow(0).getCell(0).getStringCellValue();
      assertTrue(title.contains("Phường Bắc Nha Trang"), title);
      assertTrue(
          sheet.getRow(1).getCell(0).getStringCellValue().contains("01/07/2025 – 30/09/2025"));
      assertEquals(3, sheet.getPaneInformation().getHorizontalSplitTopRow(), "header frozen");
      assertTrue(sheet.getColumnWidth(0) >= 30 * 256, "criterion names fit");
      for (Map<String, Object> c : criteria(query)) {
        Row row = rowStartingWith(sheet, (String) c.get("nameVi"));
        double percent = number(c.get("percent"));
        assertEquals(percent / 100, row.getCell(1).getNumericCellValue(), 1e-15, "a real number");
        assertEquals(PercentFormat.vi(percent, 2), vietnamese.formatCellValue(row.getCell(1)));
        assertEquals(number(c.get("answers")), row.getCell(2).getNumericCellValue());
      }
      // ACCESS: 20 of 40 are satisfied; 50% is far below the 2025 target of 95%
      Sheet gaps = workbook.getSheetAt(1);
      Row worst = gaps.getRow(3);
      assertEquals("Phường Bắc Nha Trang", worst.getCell(0).getStringCellValue());
      assertEquals("Tiếp cận dịch vụ", worst.getCell(2).getStringCellValue());
      assertEquals("50,00%", vietnamese.formatCellValue(worst.getCell(3)));
      assertEquals("Dưới mục tiêu, chắc chắn", worst.getCell(9).getStringCellValue());
    }
  }

  static Row rowStartingWith(Sheet sheet, String text) {
    for (Row row : sheet) {
      if (row.getCell(0) != null && text.equals(row.getCell(0).getStringCellValue())) {
        return row;
      }
    }
    throw new AssertionError("no row for " + text);
  }

  @Test
  void thePdfSaysTheUnitTheSixCriteriaAndTheApisPercentagesInEmbeddedFonts() throws Exception {
    String query = "unit=" + BAC_NHA_TRANG + Q3;
    File file = report("pdf", query, admin);

    assertEquals(200, file.status(), file.text());
    assertEquals("application/pdf", file.contentType());
    assertEquals(
        "attachment; filename=\"bao-cao-hai-long_khanh-hoa.p-bac-nha-trang_2025-Q3.pdf\"",
        file.disposition());
    try (PDDocument pdf = Loader.loadPDF(file.body())) {
      // cells wrap long names over lines: compare with single spaces
      String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
      assertTrue(text.contains("Báo cáo chỉ số hài lòng"), text);
      assertTrue(text.contains("Phường Bắc Nha Trang"), text);
      assertTrue(text.contains("01/07/2025 – 30/09/2025 (2025-Q3)"), text);
      for (Map<String, Object> c : criteria(query)) {
        assertTrue(text.contains((String) c.get("nameVi")), c.get("nameVi") + " in " + text);
        String percent = PercentFormat.vi(number(c.get("percent")), 2);
        assertTrue(text.contains(percent), percent + " in " + text);
      }
      assertTrue(text.contains("50,00%"), "ACCESS, 20 of 40");
      assertTrue(text.contains("Wilson"), "the method");
      assertTrue(text.contains("Trang 1/" + pdf.getNumberOfPages()), text);
      for (PDPage page : pdf.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertTrue(font.isEmbedded(), font.getName() + " is embedded");
          assertTrue(font.getName().contains("DejaVuSans"), font.getName());
        }
      }
      long images =
          java.util.stream.StreamSupport.stream(pdf.getPages().spliterator(), false)
              .mapToLong(
                  p ->
                      java.util.stream.StreamSupport.stream(
                              p.getResources().getXObjectNames().spliterator(), false)
                          .filter(
                              n -> {
                                try {
                                  return p.getResources().isImageXObject(n);
                                } catch (Exception e) {
                                  return false;
                                }
                              })
                          .count())
              .sum();
      assertEquals(2, images, "the criteria chart and the trend chart");
    }
  }

  @Test
  void theCsvHasABomARowPerUnitAndCriterionAndFullPrecision() throws Exception {
    File file = report("csv", "unit=khanh-hoa" + Q3, admin);

    assertEquals(200, file.status(), file.text());
    assertEquals("text/csv;charset=UTF-8", file.contentType().replace(" ", ""));
    assertEquals(
        "attachment; filename=\"bao-cao-hai-long_khanh-hoa_2025-Q3.csv\"", file.disposition());
    assertArrayEquals(
        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(file.body(), 3));
    List<CSVRecord> rows = CsvReports.rows(new String(file.body(), StandardCharsets.UTF_8));
    // the province itself, then its units one level down (65 communes and wards, agencies)
    List<CSVRecord> province = rows.stream().filter(r -> r.get(0).equals("unit")).toList();
    assertEquals(7, province.size(), "six criteria and the index");
    Map<String, Object> provinceAccess =
        criteria("unit=khanh-hoa" + Q3).stream()
            .filter(c -> c.get("criterion").equals("ACCESS"))
            .findFirst()
            .orElseThrow();
    CSVRecord access = province.get(0);
    assertEquals("ACCESS", access.get("Mã tiêu chí / criterion"));
    assertEquals("Tiếp cận dịch vụ", access.get("Tiêu chí / criterion_vi"));
    // (20 + 12) of (40 + 12): 61.53846153846154, every digit
    assertEquals(
        number(provinceAccess.get("percent")),
        Double.parseDouble(access.get("Tỷ lệ hài lòng (%) / percent")));
    assertEquals("61.53846153846154", access.get("Tỷ lệ hài lòng (%) / percent"));
    List<CSVRecord> bacNhaTrang =
        rows.stream()
            .filter(r -> r.get(0).equals("below") && r.get(1).equals(BAC_NHA_TRANG))
            .toList();
    assertEquals(7, bacNhaTrang.size());
    assertEquals("Phường Bắc Nha Trang", bacNhaTrang.get(0).get("Đơn vị / unit_name"));
    for (int k = 0; k < 6; k++) {
      Map<String, Object> own = criteria("unit=" + BAC_NHA_TRANG + Q3).get(k);
      assertEquals(own.get("criterion"), bacNhaTrang.get(k).get("Mã tiêu chí / criterion"));
      assertEquals(
          number(own.get("percent")),
          Double.parseDouble(bacNhaTrang.get(k).get("Tỷ lệ hài lòng (%) / percent")));
    }
    assertEquals("50", bacNhaTrang.get(0).get("Tỷ lệ hài lòng (%) / percent").replace(".0", ""));
    assertTrue(
        rows.stream().anyMatch(r -> r.get(1).equals(CAM_LAM) && r.get(11).equals("12")),
        "Cam Lâm's 12 satisfied answers");
  }

  @Test
  void anOfficerGetsTheirOwnWardButNeitherAnotherCommuneNorTheProvince() throws Exception {
    api.post(
        "/api/v1/accounts",
        Map.of(
            "username",
            "can-bo-bao-cao",
            "password",
            "mat-khau-dai-du",
            "role",
            "OFFICER",
            "unitCode",
            BAC_NHA_TRANG),
        admin);
    String officer = api.login("can-bo-bao-cao", "mat-khau-dai-du");
    for (String extension : List.of("csv", "xlsx", "pdf")) {
      assertEquals(200, report(extension, "unit=" + BAC_NHA_TRANG + Q3, officer).status());
      for (String elsewhere : List.of(CAM_LAM, "khanh-hoa", "khanh-hoa.x-atlantis")) {
        File refused = report(extension, "unit=" + elsewhere + Q3, officer);
        assertEquals(403, refused.status(), extension + " of " + elsewhere);
        assertTrue(refused.contentType().startsWith("application/problem+json"));
        assertTrue(refused.text().contains("urn:hailong:problem:forbidden"), refused.text());
      }
      // an unknown unit answers exactly as a known one elsewhere: nothing learnt
      assertEquals(
          report(extension, "unit=" + CAM_LAM + Q3, officer).text(),
          report(extension, "unit=khanh-hoa.x-atlantis" + Q3, officer)
              .text()
              .replace("khanh-hoa.x-atlantis", CAM_LAM));
    }
    // no unit: the officer's own
    File own = report("csv", Q3.substring(1), officer);
    assertEquals(
        "attachment; filename=\"bao-cao-hai-long_khanh-hoa.p-bac-nha-trang_2025-Q3.csv\"",
        own.disposition());
  }

  @Test
  void theDashboardsSessionCookieDownloadsAReport() throws Exception {
    HttpResponse<String> login =
        http.send(
            HttpRequest.newBuilder(server.getURI().resolve("/api/v1/session"))
                .header("Content-Type", "application/json")
                .header("X-Hailong-Request", "1")
                .POST(
                    BodyPublishers.ofString(
                        "{\"username\":\"admin\",\"password\":\"test-admin-password\"}"))
                .build(),
            BodyHandlers.ofString());
    assertEquals(200, login.statusCode(), login.body());
    String setCookie = login.headers().firstValue("Set-Cookie").orElseThrow();
    String cookie = setCookie.substring(0, setCookie.indexOf(';'));

    File file =
        download(
            "/api/v1/reports/satisfaction.pdf?unit=" + BAC_NHA_TRANG + Q3, "Cookie: " + cookie);

    assertEquals(200, file.status());
    assertEquals("%PDF-", new String(file.body(), 0, 5, StandardCharsets.US_ASCII));
    assertEquals(401, download("/api/v1/reports/satisfaction.pdf", null).status());
  }

  @Test
  void anUnknownReportIsNotFoundAndABadDateIsOneProblem() throws Exception {
    File unknown = report("docx", "unit=" + BAC_NHA_TRANG + Q3, admin);
    assertEquals(404, unknown.status());
    assertTrue(unknown.text().contains("urn:hailong:problem:not-found"), unknown.text());
    File bad = report("pdf", "unit=" + BAC_NHA_TRANG + "&from=2025-13-01", admin);
    assertEquals(400, bad.status());
    assertTrue(bad.text().contains("urn:hailong:problem:invalid-request"), bad.text());
  }
}

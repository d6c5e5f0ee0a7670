package vn.hailong.api.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.hailong.api.support.Api;
import vn.hailong.api.support.Database;
import vn.hailong.api.support.LogCapture;
import vn.hailong.api.support.TestClock;

/**
 * A citizen's contact reaches the handling officers and no one else: not the public answers, not
 * the figures, not the reports (CSV, XLSX, PDF, which do carry the figures), not a log line at any
 * level, also when the submission is refused.
 */
@MicronautTest(transactional = false)
class FeedbackPrivacyTest {
  static final String BAC_NHA_TRANG = "khanh-hoa.p-bac-nha-trang";
  // distinctive values: nothing else in a log or a file could contain them by chance
  static final String PHONE = "0912 345 678";
  static final String PHONE_STORED = "0912345678";
  static final String EMAIL = "tran.thi.mai.4711@example.vn";
  static final String BAD_CONTACT = "09xx-4711-bad";
  static final String Q3 = "&from=2025-07-01&to=2025-09-30";

  @Inject Api api;
  @Inject Database db;
  @Inject TestClock clock;
  @Inject EmbeddedServer server;

  @AfterEach
  void realTime() {
    clock.reset();
  }

  static Map<String, Object> complaint(String contact) {
    Map<String, Object> body = new HashMap<>();
    body.put("id", UUID.randomUUID().toString());
    body.put("unitCode", BAC_NHA_TRANG);
    body.put("text", "Nhân viên tiếp nhận hồ sơ không hướng dẫn rõ các giấy tờ cần nộp.");
    body.put("contact", contact);
    return body;
  }

  byte[] download(String path, String token) throws Exception {
    var request =
        java.net.http.HttpRequest.newBuilder(URI.create(server.getURL() + path))
            .header("Authorization", "Bearer " + token)
            .build();
    var response = HttpClient.newHttpClient().send(request, BodyHandlers.ofByteArray());
    assertEquals(200, response.statusCode(), path);
    return response.body();
  }

  /** Every text part of an XLSX (a zip of XML files), so that no cell or string escapes. */
  static String xlsxText(byte[] file) throws Exception {
    StringBuilder text = new StringBuilder();
    java.nio.file.Path copy = java.nio.file.Files.createTempFile("bao-cao", ".xlsx");
    try {
      java.nio.file.Files.write(copy, file);
      try (ZipFile zip = new ZipFile(copy.toFile())) {
        for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
          text.append(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    } finally {
      java.nio.file.Files.delete(copy);
    }
    return text.toString();
  }

  @Test
  void theContactIsSeenByHandlingOfficersOnly() throws Exception {
    String admin = api.adminToken();
    List<String> leaks = new ArrayList<>();
    List<String> lines;
    String csv;
    String xlsx;
    String pdf;
    byte[] workbook;
    try (LogCapture log = new LogCapture()) {
      clock.set(Instant.parse("2025-08-28T03:00:00Z"));
      Map<String, Object> byPhone = complaint(PHONE);
      Map<String, Object> byEmail = complaint(EMAIL);
      assertEquals(201, api.post("/api/v1/feedback", byPhone).status());
      assertEquals(200, api.post("/api/v1/feedback", byPhone).status());
      assertEquals(201, api.post("/api/v1/feedback", byEmail).status());
      // refused: a bad contact, and other content under a used id
      Api.Reply bad = api.post("/api/v1/feedback", complaint(BAD_CONTACT));
      assertEquals(400, bad.status(), bad.toString());
      Map<String, Object> clash = new HashMap<>(byEmail);
      clash.put("contact", EMAIL.replace("4711", "4712"));
      assertEquals(409, api.post("/api/v1/feedback", clash).status());

      String id = (String) byPhone.get("id");
      Api.Reply list = api.get("/api/v1/feedback?unit=" + BAC_NHA_TRANG, admin);
      assertTrue(list.body().contains(PHONE_STORED), "officers see it: " + list.body());
      assertTrue(list.body().contains(EMAIL), "officers see it: " + list.body());
      String answer = "Bộ phận một cửa đã bổ sung bảng hướng dẫn giấy tờ tại quầy.";
      post("/api/v1/feedback/" + id + "/assign", Map.of("assignee", "admin"), admin);
      post("/api/v1/feedback/" + id + "/answer", Map.of("answer", answer), admin);
      post("/api/v1/feedback/" + id + "/publish", Map.of(), admin);

      for (Api.Reply reply :
          List.of(
              bad,
              api.get("/api/v1/public/feedback?unit=" + BAC_NHA_TRANG),
              api.get("/api/v1/feedback/summary?unit=" + BAC_NHA_TRANG + Q3, admin))) {
        assertEquals(List.of(), contacts(reply.body()), reply.body());
      }
      assertTrue(api.get("/api/v1/public/feedback?unit=" + BAC_NHA_TRANG).body().contains(answer));

      String query = "?unit=" + BAC_NHA_TRANG + Q3;
      csv =
          new String(
              download("/api/v1/reports/satisfaction.csv" + query, admin), StandardCharsets.UTF_8);
      workbook = download("/api/v1/reports/satisfaction.xlsx" + query, admin);
      xlsx = xlsxText(workbook);
      byte[] pdfBytes = download("/api/v1/reports/satisfaction.pdf" + query, admin);
      try (PDDocument document = Loader.loadPDF(pdfBytes)) {
        pdf = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      }
      lines = log.lines();
    }
    assertFalse(lines.isEmpty(), "the capture saw the application's log");
    assertTrue(
        lines.stream().anyMatch(l -> l.contains("Feedback") && l.contains("received")),
        "the complaints were logged, by id: " + lines);
    for (String line : lines) {
      contacts(line).forEach(c -> leaks.add("log: " + c + " in " + line));
    }
    for (var file : Map.of("csv", csv, "xlsx", xlsx, "pdf", pdf).entrySet()) {
      contacts(file.getValue()).forEach(c -> leaks.add(file.getKey() + ": " + c));
    }
    assertEquals(List.of(), leaks);

    // the reports do carry the figures: two received, one answered on time and published
    Map<String, String> rows = new HashMap<>();
    for (var record : org.apache.commons.csv.CSVFormat.EXCEL.parse(new java.io.StringReader(csv))) {
      if (record.get(0).equals("feedback")) {
        assertEquals(BAC_NHA_TRANG, record.get(1));
        rows.put(record.get(6), record.get(7) + "=" + record.get(10));
      }
    }
    assertEquals("Phản ánh, kiến nghị: Đã tiếp nhận=2", rows.get("FEEDBACK.received"), csv);
    assertEquals("Phản ánh, kiến nghị: Trả lời đúng hạn=1", rows.get("FEEDBACK.answered_on_time"));
    assertEquals(7, rows.size(), rows.toString());
    assertTrue(pdf.contains("Phản ánh, kiến nghị"), pdf);
    assertTrue(pdf.contains("Trả lời đúng hạn 1"), pdf);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
      Sheet sheet = book.getSheet("Phản ánh, kiến nghị");
      Map<String, Double> figures = new HashMap<>();
      for (Row row : sheet) {
        if (row.getRowNum() > 2 && row.getCell(1) != null) {
          figures.put(row.getCell(0).getStringCellValue(), row.getCell(1).getNumericCellValue());
        }
      }
      assertEquals(2.0, figures.get("Đã tiếp nhận"));
      assertEquals(1.0, figures.get("Đã công khai câu trả lời"));
      assertEquals(1.0, figures.get("Đang xử lý, còn hạn"));
    }
  }

  private void post(String path, Object body, String token) {
    Api.Reply reply = api.exchange(HttpRequest.POST(path, body).bearerAuth(token));
    assertEquals(200, reply.status(), reply.toString());
  }

  /**
   * The contact values (as sent, as stored, and the refused one) found in {@code text}; a part of
   * the e-mail long enough that no object hash code in a DEBUG line contains it by chance.
   */
  static List<String> contacts(String text) {
    return List.of(PHONE, PHONE_STORED, EMAIL, "mai.4711", BAD_CONTACT).stream()
        .filter(text::contains)
        .toList();
  }
}

package vn.hailong.api.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.hailong.api.plan.PlanFixtures.BAC_NHA_TRANG;
import static vn.hailong.api.plan.PlanFixtures.PASSWORD;
import static vn.hailong.api.plan.PlanFixtures.task;
import static vn.hailong.api.plan.PlanFixtures.with;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.hailong.api.support.Api;
import vn.hailong.api.support.Database;
import vn.hailong.api.support.TestClock;

/**
 * Improvement plans over HTTP: an officer of phường Bắc Nha Trang writes the ward's plan as Cam
 * Ranh's annex does (seed 000), marks a task done, attaches its evidence and exports the plan.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
// the tests' client reads a 10 MB evidence file back whole
@Property(name = "micronaut.http.client.max-content-length", value = "12582912")
class PlanTest {
  static final String OFFICER = "can-bo.ke-hoach-bnt";

  @Inject Api api;
  @Inject Database db;
  @Inject TestClock clock;

  @Inject
  @Client("/")
  HttpClient client;

  String officer;

  @BeforeAll
  void anOfficerOfTheWard() {
    api.post(
        "/api/v1/accounts",
        Map.of(
            "username",
            OFFICER,
            "password",
            PASSWORD,
            "role",
            "OFFICER",
            "unitCode",
            BAC_NHA_TRANG),
        api.adminToken());
    officer = api.login(OFFICER, PASSWORD);
  }

  @BeforeEach
  void noPlansYet() {
    db.update("DELETE FROM plan_evidence_chunk");
    db.update("DELETE FROM plan_evidence_file");
    db.update("DELETE FROM plan_item");
    // 10:00 in Vietnam on 5 November 2025
    clock.set(Instant.parse("2025-11-05T03:00:00Z"));
  }

  @AfterEach
  void realTime() {
    clock.reset();
  }

  private Api.Reply create(Map<String, Object> body) {
    return api.post("/api/v1/plans", body, officer);
  }

  private long id(Api.Reply reply) {
    return ((Number) reply.json().get("id")).longValue();
  }

  @Test
  void anOfficerAddsATaskMarksItDoneAndTheDayIsKept() {
    Api.Reply created =
        create(
            task(
                BAC_NHA_TRANG,
                "PROCEDURES",
                "Niêm yết công khai, đầy đủ thủ tục hành chính tại Bộ phận một cửa"));
    assertEquals(201, created.status(), created.toString());
    assertEquals("PLANNED", created.text("status"));
    assertEquals("ONGOING", created.text("deadline"));
    assertEquals("Phường Bắc Nha Trang", created.text("unitName"));
    assertNull(created.json().get("doneOn"));

    long id = id(created);
    Api.Reply done =
        api.exchange(
            HttpRequest.PUT(
                    "/api/v1/plans/" + id,
                    with(
                        task(
                            BAC_NHA_TRANG,
                            "PROCEDURES",
                            "Niêm yết công khai, đầy đủ thủ tục hành chính tại Bộ phận một cửa"),
                        "status",
                        "DONE",
                        "deadline",
                        "2025-12-31",
                        "resultText",
                        "Đã niêm yết 56 quyết định công bố thủ tục hành chính",
                        "evidenceNumber",
                        "1129/UBND",
                        "evidenceDate",
                        "2025-11-03",
                        "evidenceLink",
                        "https://bacnhatrang.khanhhoa.gov.vn/vi/thu-tuc"))
                .bearerAuth(officer));
    assertEquals(200, done.status(), done.toString());
    assertEquals("DONE", done.text("status"));
    assertEquals("2025-11-05", done.text("doneOn"), "done today in Vietnam");
    assertEquals("2025-12-31", done.text("deadline"));
    assertEquals("2025-11-05", db.text("SELECT done_on FROM plan_item WHERE id = ?", id));

    Api.Reply plan = api.get("/api/v1/plans?unit=" + BAC_NHA_TRANG + "&year=2025", officer);
    assertEquals(200, plan.status(), plan.toString());
    assertEquals(1, ((List<?>) plan.json().get("items")).size());
    Api.Reply marks =
        api.get(
            "/api/v1/plans/milestones?unit=khanh-hoa.p-bac-nha-trang&from=2025-01-01&to=2025-12-31",
            api.adminToken());
    assertTrue(marks.body().contains("\"doneOn\":\"2025-11-05\""), marks.body());
  }

  @Test
  void everyProblemOfATaskIsReportedAtOnceAndNothingIsStored() {
    Api.Reply refused =
        create(
            Map.of(
                "unitCode",
                BAC_NHA_TRANG,
                "year",
                1999,
                "criterion",
                "SPEED",
                "deadline",
                "cuối năm",
                "status",
                "FINISHED",
                "evidenceLink",
                "javascript:alert(1)",
                "doneOn",
                "2025-11-06"));
    assertEquals(400, refused.status(), refused.toString());
    List<String> fields = new ArrayList<>();
    ((List<?>) refused.json().get("errors"))
        .forEach(e -> fields.add((String) ((Map<?, ?>) e).get("field")));
    assertEquals(
        List.of(
            "year",
            "criterion",
            "task",
            "leadAgency",
            "deadline",
            "status",
            "evidenceLink",
            "doneOn"),
        fields);
    assertEquals(0, db.count("SELECT COUNT(*) FROM plan_item"));
  }

  @Test
  void evidenceIsTakenByItsContentNotItsName() throws IOException {
    long id = id(create(task(BAC_NHA_TRANG, "ACCESS", "Cập nhật Cổng thông tin điện tử")));
    // a text file named .pdf
    Api.Reply fake = upload(id, "bien-ban.pdf", "không phải PDF".getBytes());
    assertEquals(400, fake.status(), fake.toString());
    assertTrue(fake.body().contains("\"code\":\"file-type\""), fake.body());
    // a zip that is no Office document
    Api.Reply zip = upload(id, "bao-cao.docx", zip("readme.txt"));
    assertEquals(400, zip.status(), zip.toString());
    assertEquals(0, db.count("SELECT COUNT(*) FROM plan_evidence_file"));

    byte[] docx = docx("Biên bản kiểm tra niêm yết thủ tục hành chính");
    Api.Reply stored = upload(id, "Biên bản kiểm tra.bin", docx);
    assertEquals(200, stored.status(), stored.toString());
    Map<?, ?> file = (Map<?, ?>) stored.json().get("evidenceFile");
    assertEquals("Biên bản kiểm tra.bin.docx", file.get("name"));
    assertEquals(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        file.get("mediaType"));
    assertEquals(docx.length, ((Number) file.get("size")).intValue());

    HttpResponse<byte[]> back =
        client
            .toBlocking()
            .exchange(
                HttpRequest.GET("/api/v1/plans/" + id + "/evidence").bearerAuth(officer),
                Argument.of(byte[].class));
    assertEquals(200, back.code());
    assertTrue(java.util.Arrays.equals(docx, back.body()));
    assertTrue(back.header("Content-Disposition").contains("filename*=UTF-8''Bi%C3%AAn"));
    assertEquals("nosniff", back.header("X-Content-Type-Options"));

    // a PNG named .pdf is a PNG
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H'};
    Api.Reply image = upload(id, "anh.pdf", png);
    assertEquals(200, image.status(), image.toString());
    assertEquals("image/png", ((Map<?, ?>) image.json().get("evidenceFile")).get("mediaType"));
    assertEquals(1, db.count("SELECT COUNT(*) FROM plan_evidence_file"));
  }

  @Test
  void aFileOverTenMegabytesAndABigJsonBodyAreRefused() {
    long id = id(create(task(BAC_NHA_TRANG, "ACCESS", "Cập nhật Cổng thông tin điện tử")));
    byte[] big = new byte[10 * 1024 * 1024 + 1];
    System.arraycopy("%PDF-1.4".getBytes(), 0, big, 0, 8);
    Api.Reply refused = upload(id, "lon.pdf", big);
    assertEquals(413, refused.status(), refused.toString());
    assertEquals("urn:hailong:problem:too-large", refused.text("type"));
    byte[] limit = new byte[10 * 1024 * 1024];
    System.arraycopy("%PDF-1.4".getBytes(), 0, limit, 0, 8);
    limit[limit.length - 1] = 42;
    assertEquals(200, upload(id, "vua.pdf", limit).status());
    // stored in ten pieces of 1 MB (a 10 MB packet would pass MariaDB's default limit only once
    // escaped bytes are few), and read back whole
    assertEquals(10, db.count("SELECT COUNT(*) FROM plan_evidence_chunk WHERE item_id = ?", id));
    HttpResponse<byte[]> back =
        client
            .toBlocking()
            .exchange(
                HttpRequest.GET("/api/v1/plans/" + id + "/evidence").bearerAuth(officer),
                Argument.of(byte[].class));
    assertTrue(java.util.Arrays.equals(limit, back.body()));

    Api.Reply json = create(task(BAC_NHA_TRANG, "ACCESS", "x".repeat(70_000)));
    assertEquals(413, json.status(), json.toString());
    assertEquals("urn:hailong:problem:too-large", json.text("type"));
  }

  @Test
  void thePlanExportsInTheAnnexLayoutUnderTheSixCriteria() throws IOException {
    create(
        with(
            task(
                BAC_NHA_TRANG,
                "ACCESS",
                "Tiếp tục cập nhật, công khai đầy đủ các thông tin về cơ chế, chính sách"),
            "status",
            "DONE",
            "resultText",
            "Các thông tin được rà soát, cập nhật trên Cổng thông tin điện tử"));
    create(
        with(
            task(BAC_NHA_TRANG, "FEEDBACK", "Niêm yết nội dung trả lời phản ánh, kiến nghị"),
            "deadline",
            "2025-12-31"));

    HttpResponse<byte[]> xlsx = download("ke-hoach.xlsx");
    assertTrue(
        xlsx.header("Content-Disposition")
            .contains("ke-hoach-hai-long_khanh-hoa.p-bac-nha-trang_2025.xlsx"));
    List<List<String>> rows = new ArrayList<>();
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      Sheet sheet = workbook.getSheetAt(0);
      for (int r = 0; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        List<String> cells = new ArrayList<>();
        if (row != null) {
          row.forEach(c -> cells.add(c.getStringCellValue()));
        }
        rows.add(cells);
      }
    }
    assertEquals("Kế hoạch nâng cao Chỉ số hài lòng năm 2025", rows.get(0).get(0));
    assertEquals("Phường Bắc Nha Trang", rows.get(1).get(0));
    assertEquals(
        List.of(
            "STT",
            "Nội dung công việc",
            "Cơ quan chủ trì",
            "Cơ quan phối hợp",
            "Thời gian hoàn thành",
            "Kết quả/Sản phẩm"),
        rows.get(3));
    List<String> headings =
        rows.stream()
            .filter(r -> !r.isEmpty() && r.get(0).matches("[IV]+"))
            .map(r -> r.get(0) + " " + r.get(1))
            .toList();
    assertEquals(
        List.of(
            "I Tiêu chí tiếp cận dịch vụ",
            "II Tiêu chí điều kiện tiếp đón và phục vụ",
            "III Tiêu chí thủ tục hành chính",
            "IV Tiêu chí sự phục vụ của công chức",
            "V Tiêu chí kết quả, tiến độ giải quyết công việc",
            "VI Tiêu chí tiếp nhận, xử lý thông tin phản hồi"),
        headings);
    // the access task right under its heading, numbered 1, ongoing, done today
    assertEquals(
        List.of(
            "1",
            "Tiếp tục cập nhật, công khai đầy đủ các thông tin về cơ chế, chính sách",
            "Văn phòng HĐND và UBND",
            "Các cơ quan chuyên môn, Bộ phận tiếp nhận và trả kết quả",
            "Thường xuyên",
            "Các thông tin được rà soát, cập nhật trên Cổng thông tin điện tử\n"
                + "Tình trạng: Đã thực hiện (05/11/2025)"),
        rows.get(5));
    List<String> last = rows.get(rows.size() - 1);
    assertEquals("Niêm yết nội dung trả lời phản ánh, kiến nghị", last.get(1));
    assertEquals("31/12/2025", last.get(4));

    HttpResponse<byte[]> pdf = download("ke-hoach.pdf");
    assertEquals("application/pdf", pdf.getContentType().orElseThrow().toString());
    String text;
    try (PDDocument document = Loader.loadPDF(pdf.body())) {
      text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
    for (String expected :
        List.of(
            "Kế hoạch nâng cao Chỉ số hài lòng năm 2025",
            "Nội dung công việc",
            "Kết quả/Sản phẩm",
            "Tiêu chí tiếp cận dịch vụ",
            "Tiêu chí điều kiện tiếp đón và phục vụ",
            "Tiêu chí thủ tục hành chính",
            "Tiêu chí sự phục vụ của công chức",
            "Tiêu chí kết quả, tiến độ giải quyết công việc",
            "Tiêu chí tiếp nhận, xử lý thông tin phản hồi",
            "Niêm yết nội dung trả lời phản ánh, kiến nghị",
            "Thường xuyên",
            "31/12/2025")) {
      assertTrue(text.contains(expected), expected + " in: " + text);
    }
  }

  private HttpResponse<byte[]> download(String file) {
    return client
        .toBlocking()
        .exchange(
            HttpRequest.GET("/api/v1/plans/" + file + "?unit=" + BAC_NHA_TRANG + "&year=2025")
                .bearerAuth(officer),
            Argument.of(byte[].class));
  }

  private Api.Reply upload(long id, String name, byte[] content) {
    return api.exchange(
        HttpRequest.PUT(
                "/api/v1/plans/"
                    + id
                    + "/evidence?name="
                    + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8),
                content)
            .contentType("application/octet-stream")
            .bearerAuth(officer));
  }

  static byte[] zip(String entry) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry(entry));
      zip.write("xin chào".getBytes());
      zip.closeEntry();
    }
    return out.toByteArray();
  }

  static byte[] docx(String text) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XWPFDocument document = new XWPFDocument()) {
      document.createParagraph().createRun().setText(text);
      document.write(out);
    }
    return out.toByteArray();
  }
}

package vn.hailong.api.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.hailong.api.support.Api;
import vn.hailong.api.support.Database;
import vn.hailong.api.support.TestClock;

/**
 * A complaint's life over HTTP: submitted twice with one id (stored once), overdue after ten
 * working days across a weekend and the Quốc khánh holidays (1-2/9/2025), assigned, answered,
 * published; the figures per unit and period; the scope of officers; every bad field in one 400.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedbackTest {
  static final String BAC_NHA_TRANG = "khanh-hoa.p-bac-nha-trang";
  static final String CAM_LAM = "khanh-hoa.x-cam-lam";
  static final String OFFICER = "can-bo.phan-anh-bnt";
  static final String COLLEAGUE = "can-bo.tiep-dan-bnt";
  static final String CAM_LAM_OFFICER = "can-bo.phan-anh-cam-lam";
  static final String PLANNER = "ke-hoach.phan-anh";
  static final String PASSWORD = "mat-khau-dai-du";
  // Thursday 28/8/2025, 10:00 in Nha Trang
  static final Instant THURSDAY = Instant.parse("2025-08-28T03:00:00Z");

  @Inject Api api;
  @Inject Database db;
  @Inject TestClock clock;
  String officer;
  String camLamOfficer;
  String planner;
  String admin;

  @BeforeAll
  void accounts() {
    admin = api.adminToken();
    for (String[] a :
        List.of(
            new String[] {OFFICER, "OFFICER", BAC_NHA_TRANG},
            new String[] {COLLEAGUE, "OFFICER", BAC_NHA_TRANG},
            new String[] {CAM_LAM_OFFICER, "OFFICER", CAM_LAM},
            new String[] {PLANNER, "PLANNER", "khanh-hoa"})) {
      api.post(
          "/api/v1/accounts",
          Map.of("username", a[0], "password", PASSWORD, "role", a[1], "unitCode", a[2]),
          admin);
    }
    officer = api.login(OFFICER, PASSWORD);
    camLamOfficer = api.login(CAM_LAM_OFFICER, PASSWORD);
    planner = api.login(PLANNER, PASSWORD);
  }

  @BeforeEach
  void empty() {
    db.update("DELETE FROM feedback");
  }

  @AfterEach
  void realTime() {
    clock.reset();
  }

  static Map<String, Object> complaint(String id, String unit) {
    Map<String, Object> body = new HashMap<>();
    body.put("id", id);
    body.put("unitCode", unit);
    body.put("text", "Bộ phận một cửa hẹn trả hồ sơ đất đai ba lần mà chưa có kết quả.");
    body.put("contact", "0905 123 456");
    body.put("receiptCode", "bnt-2025-0842");
    return body;
  }

  private Api.Reply post(String path, Object body, String token) {
    return api.exchange(HttpRequest.POST(path, body).bearerAuth(token));
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> items(Api.Reply list) {
    assertEquals(200, list.status(), list.toString());
    return (List<Map<String, Object>>) list.json().get("items");
  }

  @Test
  void theLifeOfAComplaint() {
    clock.set(THURSDAY);
    String id = UUID.randomUUID().toString();
    Api.Reply first = api.post("/api/v1/feedback", complaint(id, BAC_NHA_TRANG));
    Api.Reply again = api.post("/api/v1/feedback", complaint(id, BAC_NHA_TRANG));
    assertEquals(201, first.status(), first.toString());
    assertEquals(200, again.status(), again.toString());
    assertEquals(first.body(), again.body(), "a retry is answered the same");
    assertEquals(id, first.text("id"));
    assertEquals("2025-08-28", first.text("receivedOn"));
    // Fri 29/8; 30/8-2/9 off (a weekend, then Quốc khánh); 3, 4, 5, 8, 9, 10, 11, 12, 15/9
    assertEquals("2025-09-15", first.text("dueDate"));
    assertEquals(1, db.count("SELECT COUNT(*) FROM feedback"));
    assertEquals("0905123456", db.text("SELECT contact FROM feedback WHERE id = ?", id));
    assertEquals("BNT-2025-0842", db.text("SELECT receipt_code FROM feedback WHERE id = ?", id));

    // other content under the same id: refused, the stored one unchanged
    Api.Reply clash =
        api.post(
            "/api/v1/feedback",
            Map.of("id", id, "unitCode", BAC_NHA_TRANG, "text", "Một nội dung hoàn toàn khác."));
    assertEquals(409, clash.status(), clash.toString());
    assertEquals("urn:hailong:problem:id-conflict", clash.text("type"));
    assertEquals(1, db.count("SELECT COUNT(*) FROM feedback"));

    // the last day of the answer period, 23:59 in Nha Trang: not overdue
    clock.set(Instant.parse("2025-09-15T16:59:00Z"));
    Map<String, Object> item = items(api.get("/api/v1/feedback", officer)).get(0);
    assertEquals("RECEIVED", item.get("status"));
    assertEquals(false, item.get("overdue"));
    assertEquals("0905123456", item.get("contact"), "handling officers see the contact");
    assertEquals(List.of(), items(api.get("/api/v1/feedback?overdue=true", officer)));

    // midnight: quá hạn
    clock.set(Instant.parse("2025-09-15T17:00:00Z"));
    List<Map<String, Object>> overdue = items(api.get("/api/v1/feedback?overdue=true", officer));
    assertEquals(1, overdue.size());
    assertEquals(true, overdue.get(0).get("overdue"));

    // publishing before answering is refused
    Api.Reply early = post("/api/v1/feedback/" + id + "/publish", Map.of(), officer);
    assertEquals(409, early.status(), early.toString());
    assertEquals("urn:hailong:problem:feedback-not-answered", early.text("type"));

    Api.Reply assigned =
        post("/api/v1/feedback/" + id + "/assign", Map.of("assignee", COLLEAGUE), officer);
    assertEquals(200, assigned.status(), assigned.toString());
    assertEquals("ASSIGNED", assigned.text("status"));
    assertEquals(COLLEAGUE, assigned.text("assignee"));
    assertEquals(OFFICER, assigned.text("assignedBy"));
    assertEquals(
        1, items(api.get("/api/v1/feedback?status=assigned&overdue=true", officer)).size());
    assertEquals(List.of(), items(api.get("/api/v1/feedback?status=answered", officer)));

    // an officer of another commune may not handle it: the same answer as a name nobody has
    Api.Reply elsewhere =
        post("/api/v1/feedback/" + id + "/assign", Map.of("assignee", CAM_LAM_OFFICER), officer);
    Api.Reply nobody =
        post("/api/v1/feedback/" + id + "/assign", Map.of("assignee", "khong-co-ai"), officer);
    assertEquals(400, elsewhere.status(), elsewhere.toString());
    assertEquals(
        "not-a-handler",
        ((Map<?, ?>) ((List<?>) elsewhere.json().get("errors")).get(0)).get("code"));
    assertEquals(
        elsewhere.body().replace(CAM_LAM_OFFICER, "?"), nobody.body().replace("khong-co-ai", "?"));

    // the colleague answers on Tuesday 16/9: one day late
    clock.set(Instant.parse("2025-09-16T02:00:00Z"));
    String colleague = api.login(COLLEAGUE, PASSWORD);
    String answer = "Hồ sơ đã được giải quyết ngày 16/9/2025; xin lỗi Ông/Bà vì sự chậm trễ.";
    Api.Reply answered =
        post("/api/v1/feedback/" + id + "/answer", Map.of("answer", answer), colleague);
    assertEquals(200, answered.status(), answered.toString());
    assertEquals("ANSWERED", answered.text("status"));
    assertEquals("2025-09-16", answered.text("answeredOn"));
    assertEquals(false, answered.json().get("answeredOnTime"));
    assertEquals(false, answered.json().get("overdue"), "answered: no longer quá hạn");
    assertEquals(COLLEAGUE, answered.text("answeredBy"));

    // not public before it is published
    Api.Reply before = api.get("/api/v1/public/feedback?unit=" + BAC_NHA_TRANG);
    assertEquals(200, before.status(), before.toString());
    assertEquals(List.of(), before.json().get("answers"));

    Api.Reply published = post("/api/v1/feedback/" + id + "/publish", Map.of(), officer);
    assertEquals(200, published.status(), published.toString());
    assertEquals("PUBLISHED", published.text("status"));
    assertEquals(200, post("/api/v1/feedback/" + id + "/publish", Map.of(), officer).status());

    Api.Reply changed =
        post(
            "/api/v1/feedback/" + id + "/answer",
            Map.of("answer", "Một câu trả lời khác hẳn."),
            officer);
    assertEquals(409, changed.status(), changed.toString());
    assertEquals("urn:hailong:problem:feedback-published", changed.text("type"));

    Api.Reply open = api.get("/api/v1/public/feedback?unit=" + BAC_NHA_TRANG);
    assertEquals(200, open.status(), open.toString());
    assertEquals(
        List.of(
            Map.of(
                "question",
                "Bộ phận một cửa hẹn trả hồ sơ đất đai ba lần mà chưa có kết quả.",
                "answer",
                answer)),
        open.json().get("answers"));
    assertFalse(open.body().contains("0905"), open.body());
    assertFalse(open.body().contains(OFFICER), open.body());
    assertFalse(open.body().contains("BNT-2025"), open.body());

    // a careless answer is taken down: off the public page, editable again, published anew
    Api.Reply withdrawn = post("/api/v1/feedback/" + id + "/unpublish", Map.of(), officer);
    assertEquals(200, withdrawn.status(), withdrawn.toString());
    assertEquals("ANSWERED", withdrawn.text("status"));
    assertNull(withdrawn.json().get("publishedAt"));
    assertEquals(answer, withdrawn.text("answer"), "the answer is kept");
    assertEquals(
        List.of(), api.get("/api/v1/public/feedback?unit=" + BAC_NHA_TRANG).json().get("answers"));
    assertEquals(200, post("/api/v1/feedback/" + id + "/unpublish", Map.of(), officer).status());
    String better = "Hồ sơ đã được giải quyết ngày 16/9/2025. Xin cảm ơn Ông/Bà đã phản ánh.";
    Api.Reply reanswered =
        post("/api/v1/feedback/" + id + "/answer", Map.of("answer", better), officer);
    assertEquals(200, reanswered.status(), reanswered.toString());
    assertEquals(
        "2025-09-16", reanswered.text("answeredOn"), "the first answer's day still counts");
    assertEquals(200, post("/api/v1/feedback/" + id + "/publish", Map.of(), officer).status());
    assertEquals(
        better,
        ((Map<?, ?>)
                ((List<?>)
                        api.get("/api/v1/public/feedback?unit=" + BAC_NHA_TRANG)
                            .json()
                            .get("answers"))
                    .get(0))
            .get("answer"));
  }

  /**
   * Bắc Nha Trang in August-September 2025, seen on 16/9: four received; one answered on time (and
   * published), one answered late, one unanswered past due (quá hạn), one still in time.
   */
  @Test
  void theFiguresOfAUnitAndPeriod() {
    String onTime = UUID.randomUUID().toString();
    String late = UUID.randomUUID().toString();
    String overdue = UUID.randomUUID().toString();
    clock.set(THURSDAY); // due 15/9
    for (String id : List.of(onTime, late, overdue)) {
      assertEquals(201, api.post("/api/v1/feedback", complaint(id, BAC_NHA_TRANG)).status());
    }
    assertEquals(
        201,
        api.post("/api/v1/feedback", complaint(UUID.randomUUID().toString(), CAM_LAM)).status());
    clock.set(Instant.parse("2025-09-09T02:00:00Z")); // received Tuesday 9/9: due 23/9
    String pending = UUID.randomUUID().toString();
    assertEquals(201, api.post("/api/v1/feedback", complaint(pending, BAC_NHA_TRANG)).status());
    String answer = "Đã chuyển bộ phận địa chính giải quyết trong tuần.";
    assertEquals(
        200,
        post("/api/v1/feedback/" + onTime + "/answer", Map.of("answer", answer), officer).status());
    assertEquals(200, post("/api/v1/feedback/" + onTime + "/publish", Map.of(), officer).status());
    clock.set(Instant.parse("2025-09-16T02:00:00Z"));
    assertEquals(
        200,
        post("/api/v1/feedback/" + late + "/answer", Map.of("answer", answer), officer).status());

    Api.Reply figures =
        api.get(
            "/api/v1/feedback/summary?unit=" + BAC_NHA_TRANG + "&from=2025-08-01&to=2025-09-30",
            planner);
    assertEquals(200, figures.status(), figures.toString());
    Map<String, Object> expected =
        Map.of(
            "received",
            4,
            "answered",
            2,
            "answeredOnTime",
            1,
            "answeredLate",
            1,
            "overdue",
            1,
            "pending",
            1,
            "published",
            1);
    expected.forEach((key, value) -> assertEquals(value, figures.json().get(key), key));
    assertEquals("2025-09-16", figures.text("asOf"));

    // the province pools Cam Lâm's too; the officer's own default range is this quarter (none)
    Api.Reply province =
        api.get("/api/v1/feedback/summary?unit=khanh-hoa&from=2025-08-01&to=2025-09-30", admin);
    assertEquals(5, province.json().get("received"));
    assertEquals(
        0,
        api.get("/api/v1/feedback/summary?from=2025-08-28&to=2025-08-28", camLamOfficer)
            .json()
            .get("answered"));
    assertEquals(
        1,
        api.get("/api/v1/feedback/summary?from=2025-08-28&to=2025-08-28", camLamOfficer)
            .json()
            .get("received"));

    // the list by period: received 9/9 only
    List<Map<String, Object>> sep9 =
        items(api.get("/api/v1/feedback?from=2025-09-09&to=2025-09-09", officer));
    assertEquals(List.of(pending), sep9.stream().map(i -> i.get("id")).toList());
  }

  @Test
  void officersSeeTheirSubtreeOnlyAndPlannersDoNotHandleComplaints() {
    clock.set(THURSDAY);
    String id = UUID.randomUUID().toString();
    assertEquals(201, api.post("/api/v1/feedback", complaint(id, BAC_NHA_TRANG)).status());

    assertEquals(List.of(), items(api.get("/api/v1/feedback", camLamOfficer)));
    Api.Reply other =
        post(
            "/api/v1/feedback/" + id + "/assign",
            Map.of("assignee", CAM_LAM_OFFICER),
            camLamOfficer);
    assertEquals(403, other.status(), other.toString());
    assertFalse(other.body().contains("0905"), other.body());
    assertEquals(403, api.get("/api/v1/feedback", planner).status());
    assertEquals(
        403,
        post(
                "/api/v1/feedback/" + id + "/answer",
                Map.of("answer", "Xin trả lời như sau."),
                planner)
            .status());
    // the province's admin sees it
    assertEquals(1, items(api.get("/api/v1/feedback?unit=khanh-hoa", admin)).size());
    assertEquals(
        404, post("/api/v1/feedback/" + UUID.randomUUID() + "/publish", Map.of(), admin).status());
    assertNull(db.text("SELECT assignee FROM feedback WHERE id = ?", id));
  }

  @Test
  void everyBadFieldIsReportedAtOnceAndNothingIsStored() {
    Api.Reply bad =
        api.post(
            "/api/v1/feedback",
            Map.of(
                "id", "khong-phai-uuid",
                "unitCode", "khanh-hoa.x-atlantis",
                "text", "ngắn",
                "contact", "0123",
                "receiptCode", "có dấu"));
    assertEquals(400, bad.status(), bad.toString());
    assertEquals("urn:hailong:problem:invalid-request", bad.text("type"));
    List<?> errors = (List<?>) bad.json().get("errors");
    assertEquals(
        List.of(
            "id:bad-format",
            "unitCode:unknown-unit",
            "text:too-short",
            "contact:bad-contact",
            "receiptCode:bad-format"),
        errors.stream()
            .map(e -> ((Map<?, ?>) e).get("field") + ":" + ((Map<?, ?>) e).get("code"))
            .toList());
    assertFalse(bad.body().contains("0123"), "a problem never repeats the contact: " + bad.body());

    Map<String, Object> tooLong = complaint(UUID.randomUUID().toString(), BAC_NHA_TRANG);
    tooLong.put("text", "ạ".repeat(4001));
    Api.Reply long4001 = api.post("/api/v1/feedback", tooLong);
    assertEquals(400, long4001.status());
    assertTrue(long4001.body().contains("\"too-long\""), long4001.body());
    tooLong.put("text", "ạ".repeat(4000));
    assertEquals(201, api.post("/api/v1/feedback", tooLong).status(), "4,000 characters fit");

    Map<String, Object> missing = new HashMap<>();
    Api.Reply empty = api.post("/api/v1/feedback", missing);
    assertEquals(400, empty.status(), empty.toString());
    assertTrue(empty.body().contains("\"id\"") && empty.body().contains("\"text\""), empty.body());
    assertEquals(1, db.count("SELECT COUNT(*) FROM feedback"));
  }

  @Test
  void contactsAreAVietnamesePhoneNumberOrAnEmailAddress() {
    Map<String, String> accepted =
        Map.of(
            "+84 905 123 456", "0905123456",
            "0258.3822.123", "02583822123",
            "(0236) 382-1234", "02363821234",
            "Chi.Nguyen@Example.VN", "Chi.Nguyen@example.vn");
    accepted.forEach(
        (given, stored) -> {
          Map<String, Object> body = complaint(UUID.randomUUID().toString(), BAC_NHA_TRANG);
          body.put("contact", given);
          Api.Reply reply = api.post("/api/v1/feedback", body);
          assertEquals(201, reply.status(), given + ": " + reply);
          assertEquals(
              stored, db.text("SELECT contact FROM feedback WHERE id = ?", body.get("id")));
        });
    for (String refused :
        List.of(
            "0905 123 45",
            "1905123456",
            "chi@",
            "@example.vn",
            "chi at example.vn",
            "+1 202 555 0100")) {
      Map<String, Object> body = complaint(UUID.randomUUID().toString(), BAC_NHA_TRANG);
      body.put("contact", refused);
      Api.Reply reply = api.post("/api/v1/feedback", body);
      assertEquals(400, reply.status(), refused + ": " + reply);
      assertTrue(reply.body().contains("bad-contact"), reply.body());
    }
    Map<String, Object> none = complaint(UUID.randomUUID().toString(), BAC_NHA_TRANG);
    none.remove("contact");
    assertEquals(201, api.post("/api/v1/feedback", none).status(), "the contact is optional");
  }
}

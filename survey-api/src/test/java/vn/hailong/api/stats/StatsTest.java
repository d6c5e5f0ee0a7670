package vn.hailong.api.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hailong.analysis.FunnelLimits;
import vn.hailong.analysis.SampleSizePlanner;
import vn.hailong.api.support.Api;
import vn.hailong.api.support.Database;
import vn.hailong.api.support.TestClock;
import vn.hailong.api.unit.UnitDirectory;

/** The planner, the funnel plot, the channel comparison and the alerts through the HTTP API. */
@MicronautTest(transactional = false)
class StatsTest {
  static final String DISTRICT = "khanh-hoa.h-cam-lam";
  static final String CAM_DUC = "khanh-hoa.h-cam-lam.tt-cam-duc";
  static final String CAM_HAI_DONG = "khanh-hoa.h-cam-lam.x-cam-hai-dong";
  static final String CAM_AN_BAC = "khanh-hoa.h-cam-lam.x-cam-an-bac";
  static final String CAM_HOA = "khanh-hoa.h-cam-lam.x-cam-hoa";
  static final String CAM_LAM = "khanh-hoa.x-cam-lam";
  static final String CAM_AN = "khanh-hoa.x-cam-an";
  static final String Q2_2024 = "&from=2024-04-01&to=2024-06-30";

  @Inject Api api;

  @Inject
  @Client("/")
  HttpClient client;

  @Inject Database db;
  @Inject UnitDirectory units;
  @Inject TestClock clock;
  @Inject AlertScanner scanner;
  String admin;

  @BeforeEach
  void setUp() {
    db.clearResponses();
    db.update("DELETE FROM alert");
    admin = api.adminToken();
  }

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  /** Counted answers of one question on one day, in the daily and the monthly rollup. */
  void rollup(String unit, LocalDate day, String question, int satisfied, int of) {
    long id = units.tree().require(unit).id();
    int month = day.getYear() * 100 + day.getMonthValue();
    db.update(
        "INSERT INTO daily_rollup (unit_id, local_date, question_code, n1, n2, n3, n4, n5, n_na)"
            + " VALUES (?, ?, ?, 0, ?, 0, ?, 0, 0)",
        id,
        day,
        question,
        of - satisfied,
        satisfied);
    db.update(
        "INSERT INTO monthly_rollup (unit_id, month_key, question_code, n1, n2, n3, n4, n5, n_na)"
            + " VALUES (?, ?, ?, 0, ?, 0, ?, 0, 0)",
        id,
        month,
        question,
        of - satisfied,
        satisfied);
  }

  /** A list field; the API leaves empty lists out. */
  static List<?> list(Api.Reply reply, String field) {
    Object value = reply.json().get(field);
    return value == null ? List.of() : (List<?>) value;
  }

  static double number(Object value) {
    return ((Number) value).doubleValue();
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> entry(Api.Reply reply, String list, String key, String code) {
    return ((List<Map<String, Object>>) reply.json().get(list))
        .stream().filter(e -> code.equals(e.get(key))).findFirst().orElseThrow();
  }

  void plantFunnel() {
    LocalDate day = LocalDate.of(2024, 5, 15);
    rollup(CAM_DUC, day, "PROCEDURES", 28, 40); // 70%: below the 95% limit 71.8%
    rollup(CAM_HAI_DONG, day, "PROCEDURES", 800, 1000); // 80%: below the 99.8% limit 81.4%
    rollup(CAM_AN_BAC, day, "PROCEDURES", 172, 200); // 86%: within 79.6-89.5%
    rollup(CAM_HOA, day, "PROCEDURES", 186, 200); // 93%: above the 99.8% limit 92.0%
  }

  @Test
  void funnelAroundTheTargetNamesTheUnitsOutsideItsLimits() {
    plantFunnel();
    Api.Reply reply =
        api.get(
            "/api/v1/stats/funnel?unit="
                + DISTRICT
                + Q2_2024
                + "&criterion=procedures&centre=target",
            admin);
    assertEquals(200, reply.status(), reply.toString());
    assertEquals(85.0, number(reply.json().get("centrePercent")), 1e-9); // 2023's 85% holds in 2024
    assertEquals(
        List.of(CAM_DUC, CAM_HAI_DONG, CAM_HOA).stream().sorted().toList(),
        ((List<?>) reply.json().get("outside")).stream().map(Object::toString).sorted().toList());
    Map<String, Object> camDuc = entry(reply, "units", "unitCode", CAM_DUC);
    assertEquals("BELOW_95", camDuc.get("position"));
    assertEquals(40, number(camDuc.get("n")));
    assertEquals(FunnelLimits.limits(0.85, 40, 0.95, 1).low(), number(camDuc.get("low95")), 1e-9);
    assertEquals(71.8147, number(camDuc.get("low95")), 1e-4);
    assertEquals("BELOW_998", entry(reply, "units", "unitCode", CAM_HAI_DONG).get("position"));
    assertEquals("WITHIN", entry(reply, "units", "unitCode", CAM_AN_BAC).get("position"));
    assertEquals("ABOVE_998", entry(reply, "units", "unitCode", CAM_HOA).get("position"));
    Map<String, Object> none = entry(reply, "units", "unitCode", "khanh-hoa.h-cam-lam.x-cam-tan");
    assertEquals("NO_DATA", none.get("position"));
    assertNull(none.get("percent"));
  }

  @Test
  void funnelAroundTheParentUsesItsPooledRate() {
    plantFunnel();
    Api.Reply reply =
        api.get("/api/v1/stats/funnel?unit=" + DISTRICT + Q2_2024 + "&criterion=PROCEDURES", admin);
    assertEquals(200, reply.status(), reply.toString());
    assertEquals("parent", reply.json().get("centre"));
    assertEquals(100.0 * 1186 / 1440, number(reply.json().get("centrePercent")), 1e-9);
    // with over-dispersion the limits widen by √φ and fewer units are outside
    Api.Reply wide =
        api.get(
            "/api/v1/stats/funnel?unit="
                + DISTRICT
                + Q2_2024
                + "&criterion=PROCEDURES&dispersion=true",
            admin);
    assertTrue(number(wide.json().get("phi")) > 1, wide.body());
    assertTrue(list(wide, "outside").size() < list(reply, "outside").size(), wide.body());
  }

  @Test
  void funnelChartIsAPngAndAnSvg() throws Exception {
    plantFunnel();
    String query = "?unit=" + DISTRICT + Q2_2024 + "&criterion=PROCEDURES&centre=target";
    HttpResponse<byte[]> png =
        client
            .toBlocking()
            .exchange(
                HttpRequest.GET("/api/v1/stats/charts/funnel.png" + query + "&width=900&height=500")
                    .bearerAuth(admin),
                Argument.of(byte[].class));
    assertEquals("image/png", png.getContentType().orElseThrow().toString());
    var image = ImageIO.read(new ByteArrayInputStream(png.body()));
    assertEquals(900, image.getWidth());
    Api.Reply svg = api.get("/api/v1/stats/charts/funnel.svg" + query, admin);
    assertEquals(200, svg.status());
    assertTrue(svg.body().contains("Giới hạn 99,8%"), "the legend names the limits");
    assertEquals(404, api.get("/api/v1/stats/charts/ranking.png" + query, admin).status());
  }

  @Test
  void badFunnelParametersAreOneProblem() {
    Api.Reply reply =
        api.get(
            "/api/v1/stats/funnel?unit=" + DISTRICT + "&criterion=X&centre=y&dispersion=maybe",
            admin);
    assertEquals(400, reply.status());
    assertEquals("urn:hailong:problem:invalid-request", reply.text("type"));
    assertEquals(3, ((List<?>) reply.json().get("errors")).size(), reply.body());
  }

  @Test
  void plannerSaysWhatEachUnitNeedsAndWhichCannotBeJudged() {
    plantFunnel();
    Api.Reply reply = api.get("/api/v1/stats/planner?unit=" + DISTRICT + Q2_2024, admin);
    assertEquals(200, reply.status(), reply.toString());
    assertEquals(5.0, number(reply.json().get("maxHalfWidth")));
    assertEquals(0.05, number(reply.json().get("alpha")));
    assertEquals(0.8, number(reply.json().get("power")));
    Map<String, Object> camDuc = entry(reply, "units", "unitCode", CAM_DUC);
    @SuppressWarnings("unchecked")
    Map<String, Object> procedures =
        ((List<Map<String, Object>>) camDuc.get("criteria"))
            .stream()
                .filter(c -> "PROCEDURES".equals(c.get("criterion")))
                .findFirst()
                .orElseThrow();
    assertEquals(40, number(procedures.get("respondents")));
    assertEquals(
        SampleSizePlanner.DEFAULT.respondentsNeeded(70, 85), number(procedures.get("needed")));
    assertEquals(false, procedures.get("assessable"));
    List<?> notAssessable = (List<?>) reply.json().get("notAssessable");
    assertTrue(notAssessable.contains(CAM_DUC), notAssessable.toString());
    assertTrue(!notAssessable.contains(CAM_HAI_DONG), "1,000 at 80%: ±2.5 points");
    assertTrue(notAssessable.contains("khanh-hoa.h-cam-lam.x-cam-tan"), "no data at all");
    assertEquals(DISTRICT, ((Map<?, ?>) list(reply, "units").get(0)).get("unitCode"));
    assertEquals(true, ((Map<?, ?>) list(reply, "units").get(0)).get("top"));
  }

  /** A stored rating with one headline answer, as the ingestion stores it (fixture). */
  void stored(
      String unit, String channel, LocalDate day, String question, int rating, String comment) {
    String id = UUID.randomUUID().toString();
    db.update(
        "INSERT INTO response (id, unit_id, channel, submitted_at, local_date, received_at,"
            + " content_hash, burst, time_corrected, comment) VALUES (?, ?, ?, ?, ?, ?, 'h', FALSE, FALSE, ?)",
        id,
        units.tree().require(unit).id(),
        channel,
        day.atTime(2, 0),
        day,
        day.atTime(2, 0),
        comment);
    db.update(
        "INSERT INTO response_answer (response_id, question_code, rating) VALUES (?, ?, ?)",
        id,
        question,
        rating);
  }

  @Test
  void channelsSideBySideWithTheTestInWords() {
    LocalDate day = LocalDate.of(2025, 8, 5);
    for (int i = 0; i < 200; i++) {
      stored(CAM_LAM, "KIOSK", day, "STAFF", i < 188 ? 5 : 2, null);
    }
    for (int i = 0; i < 163; i++) {
      stored(CAM_LAM, "WEB", day, "STAFF", i < 138 ? 4 : 3, null);
    }
    Api.Reply reply =
        api.get("/api/v1/stats/channels?unit=" + CAM_LAM + "&from=2025-07-01&to=2025-09-30", admin);
    assertEquals(200, reply.status(), reply.toString());
    Map<String, Object> staff = entry(reply, "criteria", "criterion", "STAFF");
    assertEquals(
        "Đánh giá tại quầy cao hơn qua mã QR 9,3 điểm, khác biệt có ý nghĩa.",
        staff.get("sentenceVi"));
    assertEquals(8.5538, number(staff.get("chiSquare")), 1e-4);
    assertEquals(true, staff.get("significant"));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> channels = (List<Map<String, Object>>) staff.get("channels");
    assertEquals(200, number(channels.get(0).get("respondents")));
    assertEquals(94.0, number(channels.get(0).get("percent")), 1e-9);
    assertEquals(0, number(channels.get(2).get("respondents")));
    assertNull(entry(reply, "criteria", "criterion", "ACCESS").get("chiSquare"));
  }

  /** 26 weeks of PROCEDURES at 90 of 100 before Monday 2026-11-30, the last one at 60 of 100. */
  void plantWeeks(boolean drop) {
    plantWeeks(CAM_LAM, drop ? 1 : 0);
  }

  /** The same for a unit, with the drop {@code weeksBack} weeks before 2026-11-30 (0: none). */
  void plantWeeks(String unit, int weeksBack) {
    LocalDate monday = LocalDate.of(2026, 11, 30);
    for (int w = 26; w >= 1; w--) {
      LocalDate wednesday = monday.minusWeeks(w).plusDays(2);
      rollupDaily(unit, wednesday, "PROCEDURES", w == weeksBack ? 60 : 90, 100);
    }
  }

  /**
   * A list of alerts reads the comments of all their weeks at once: each alert still lists only its
   * own unit's comments of its own week, at most 20, newest first.
   */
  @Test
  void eachAlertListsOnlyItsOwnWeeksComments() {
    clock.set(Instant.parse("2026-12-01T03:00:00Z"));
    plantWeeks(CAM_LAM, 1); // the week of 2026-11-23
    plantWeeks(CAM_AN, 2); // the week of 2026-11-16
    for (int i = 1; i <= 21; i++) {
      stored(CAM_LAM, "WEB", LocalDate.of(2026, 11, 24), "STAFF", 2, "Cam Lâm " + i);
    }
    stored(CAM_AN, "WEB", LocalDate.of(2026, 11, 17), "STAFF", 2, "Cam An, tuần cảnh báo");
    stored(CAM_AN, "WEB", LocalDate.of(2026, 11, 24), "STAFF", 2, "Cam An, tuần sau");
    assertEquals(2, scanner.scan());

    Api.Reply reply = api.get("/api/v1/stats/alerts?unit=khanh-hoa", admin);
    assertEquals(200, reply.status(), reply.toString());
    Map<String, Object> camLam = entry(reply, "alerts", "unitCode", CAM_LAM);
    Map<String, Object> camAn = entry(reply, "alerts", "unitCode", CAM_AN);
    assertEquals("2026-11-23", camLam.get("weekFrom"));
    assertEquals("2026-11-16", camAn.get("weekFrom"));
    assertEquals(List.of("Cam An, tuần cảnh báo"), camAn.get("comments"));
    @SuppressWarnings("unchecked")
    List<String> ofCamLam = (List<String>) camLam.get("comments");
    assertEquals(20, ofCamLam.size(), ofCamLam.toString());
    assertTrue(ofCamLam.stream().allMatch(c -> c.startsWith("Cam Lâm ")), ofCamLam.toString());
  }

  void rollupDaily(String unit, LocalDate day, String question, int satisfied, int of) {
    db.update(
        "INSERT INTO daily_rollup (unit_id, local_date, question_code, n1, n2, n3, n4, n5, n_na)"
            + " VALUES (?, ?, ?, 0, ?, 0, ?, 0, 0)",
        units.tree().require(unit).id(),
        day,
        question,
        of - satisfied,
        satisfied);
  }

  @Test
  void aDropOpensOneAlertWithTheWeeksCommentsClosedWithANoteAndNeverRaisedAgain() {
    clock.set(Instant.parse("2026-12-01T03:00:00Z"));
    plantWeeks(true);
    stored(CAM_LAM, "WEB", LocalDate.of(2026, 11, 25), "STAFF", 2, "Chờ quá lâu ở quầy một cửa");
    stored(CAM_LAM, "WEB", LocalDate.of(2026, 11, 10), "STAFF", 2, "Tuần khác");
    // a complaint of the same week, with a contact that an alert must never show
    clock.set(Instant.parse("2026-11-26T03:00:00Z"));
    Api.Reply complaint =
        api.post(
            "/api/v1/feedback",
            Map.of(
                "id",
                "5d8f3c1e-2b4a-4e6f-8a9b-1c2d3e4f5a6b",
                "unitCode",
                CAM_LAM,
                "text",
                "Hồ sơ bị trả lại ba lần vì thiếu giấy tờ",
                "contact",
                "0905123456"));
    assertEquals(201, complaint.status(), complaint.toString());
    clock.set(Instant.parse("2026-12-01T03:00:00Z"));

    assertEquals(1, scanner.scan());
    assertEquals(0, scanner.scan(), "the same signal is never raised twice");

    Api.Reply list = api.get("/api/v1/stats/alerts?unit=" + CAM_LAM, admin);
    assertEquals(200, list.status(), list.toString());
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> alerts = (List<Map<String, Object>>) list.json().get("alerts");
    assertEquals(1, alerts.size(), list.body());
    Map<String, Object> alert = alerts.get(0);
    assertEquals("BELOW_LOWER_LIMIT", alert.get("rule"));
    assertEquals("PROCEDURES", alert.get("criterion"));
    assertEquals("2026-11-23", alert.get("weekFrom"));
    assertEquals(60.0, number(alert.get("percent")), 1e-9);
    assertEquals(90.0, number(alert.get("centre")), 1e-9);
    assertEquals(90 - 3 * Math.sqrt(0.09 / 100) * 100, number(alert.get("lowerLimit")), 1e-9);
    assertEquals(List.of("Chờ quá lâu ở quầy một cửa"), alert.get("comments"));
    assertEquals(List.of("Hồ sơ bị trả lại ba lần vì thiếu giấy tờ"), alert.get("complaints"));
    assertTrue(!list.body().contains("905123456"), "no contact on an alert: " + list.body());
    assertTrue(alert.get("messageVi").toString().contains("60,0%"), alert.toString());

    Number id = (Number) alert.get("id");
    Api.Reply noNote =
        api.post("/api/v1/stats/alerts/close", Map.of("unitCode", CAM_LAM, "id", id), admin);
    assertEquals(400, noNote.status());
    Api.Reply closed =
        api.post(
            "/api/v1/stats/alerts/close",
            Map.of("unitCode", CAM_LAM, "id", id, "note", "Đã bổ sung một cán bộ ở quầy"),
            admin);
    assertEquals(200, closed.status(), closed.toString());
    assertEquals("admin", closed.text("closedBy"));
    assertEquals("Đã bổ sung một cán bộ ở quầy", closed.text("closeNote"));
    Api.Reply again =
        api.post(
            "/api/v1/stats/alerts/close",
            Map.of("unitCode", CAM_LAM, "id", id, "note", "lần nữa"),
            admin);
    assertEquals(409, again.status());
    assertEquals("urn:hailong:problem:alert-closed", again.text("type"));
    Api.Reply other =
        api.post(
            "/api/v1/stats/alerts/close",
            Map.of("unitCode", CAM_DUC, "id", id, "note", "không phải của tôi"),
            admin);
    assertEquals(404, other.status(), "an alert of another unit is not found there");

    assertEquals(0, list(api.get("/api/v1/stats/alerts?unit=" + CAM_LAM, admin), "alerts").size());
    assertEquals(
        1,
        list(api.get("/api/v1/stats/alerts?unit=" + CAM_LAM + "&state=closed", admin), "alerts")
            .size());
    assertEquals(0, scanner.scan(), "closed, and still not raised again");
  }

  @Test
  void noiseRaisesNoAlert() {
    clock.set(Instant.parse("2026-12-01T03:00:00Z"));
    plantWeeks(false);
    assertEquals(0, scanner.scan());
    Api.Reply alerts = api.get("/api/v1/stats/alerts?unit=khanh-hoa", admin);
    assertEquals(200, alerts.status(), alerts.toString());
    assertEquals(0, list(alerts, "alerts").size());
  }
}

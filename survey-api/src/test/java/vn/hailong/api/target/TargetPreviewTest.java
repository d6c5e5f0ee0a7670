package vn.hailong.api.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hailong.api.support.Api;
import vn.hailong.api.support.Database;
import vn.hailong.api.web.DemoLikeRollups;

/**
 * Where each effective target comes from, the seeds' 2025 plan carried into later years, and the
 * preview of a target before it is saved (this quarter's figures against the new value).
 */
@MicronautTest(transactional = false)
class TargetPreviewTest {
  static final String PROVINCE = "khanh-hoa";
  static final String BAC_NHA_TRANG = "khanh-hoa.p-bac-nha-trang";
  static final String NAM_NHA_TRANG = "khanh-hoa.p-nam-nha-trang";
  static final String CAM_LAM = "khanh-hoa.x-cam-lam";

  @Inject Api api;
  @Inject Database db;
  @Inject DemoLikeRollups rollups;
  String admin;
  int year;

  @BeforeEach
  void thisQuartersStaffFigures() {
    db.clearResponses();
    db.update("DELETE FROM target WHERE updated_by <> 'migration'");
    admin = api.adminToken();
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    year = today.getYear();
    LocalDate quarterStart =
        today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
    // staff: 92 of 100, 96 of 100, 40 of 50 satisfied; no other criterion answered
    rollups.day(BAC_NHA_TRANG, quarterStart, "STAFF", 92, 100, 0);
    rollups.day(NAM_NHA_TRANG, quarterStart, "STAFF", 96, 100, 0);
    rollups.day(CAM_LAM, quarterStart, "STAFF", 40, 50, 0);
  }

  private Api.Reply put(String unit, int forYear, String criterion, double percent) {
    Map<String, Object> body = new java.util.HashMap<>();
    body.put("unitCode", unit);
    body.put("year", forYear);
    body.put("criterion", criterion);
    body.put("percent", percent);
    return api.exchange(HttpRequest.PUT("/api/v1/targets", body).bearerAuth(admin));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> effective(Api.Reply reply, String criterion) {
    return ((List<Map<String, Object>>) reply.json().get("effective"))
        .stream()
            .filter(e -> Objects.equals(criterion, e.get("criterion")))
            .findFirst()
            .orElseThrow();
  }

  @SuppressWarnings("unchecked")
  private static List<String> units(Api.Reply reply, String list) {
    // empty lists are left out of the JSON, like nulls
    return ((List<Map<String, Object>>) reply.json().getOrDefault(list, List.of()))
        .stream().map(g -> g.get("unitCode") + " " + g.get("criterion")).sorted().toList();
  }

  @Test
  void theSeedsPlanForTwentyTwentyFiveHoldsUntilALaterYearHasOne() {
    Api.Reply later = api.get("/api/v1/targets?unit=" + BAC_NHA_TRANG + "&year=2026", admin);
    Map<String, Object> access = effective(later, "ACCESS");
    assertEquals(95.0, ((Number) access.get("percent")).doubleValue(), 1e-9);
    assertEquals("PROVINCE_WIDE", access.get("source"));
    assertEquals(2025, access.get("sourceYear"));
    assertEquals(true, access.get("earlierYear"));

    Api.Reply between = api.get("/api/v1/targets?unit=" + BAC_NHA_TRANG + "&year=2024", admin);
    assertEquals(85.0, ((Number) effective(between, null).get("percent")).doubleValue(), 1e-9);
    assertEquals(2023, effective(between, null).get("sourceYear"), "2023's plan, not a default");
    Api.Reply before = api.get("/api/v1/targets?unit=" + BAC_NHA_TRANG + "&year=2022", admin);
    assertEquals("DEFAULT", effective(before, "STAFF").get("source"));
    assertEquals(null, effective(before, "STAFF").get("sourceYear"));

    // the satisfaction endpoint judges this quarter by the same rule
    Api.Reply staff = api.get("/api/v1/analysis/satisfaction?unit=" + NAM_NHA_TRANG, admin);
    assertEquals(95.0, ((Number) staff.json().get("indexTarget")).doubleValue(), 1e-9);
  }

  @Test
  void eachEffectiveTargetNamesItsSource() {
    assertEquals(200, put(PROVINCE, 2026, "STAFF", 97.0).status());
    assertEquals(200, put(BAC_NHA_TRANG, 2026, "FEEDBACK", 80.5).status());
    assertEquals(200, put(CAM_LAM, 2026, null, 90.0).status());

    Api.Reply bnt = api.get("/api/v1/targets?unit=" + BAC_NHA_TRANG + "&year=2026", admin);
    Map<String, Object> staff = effective(bnt, "STAFF");
    assertEquals("ANCESTOR", staff.get("source"));
    assertEquals(PROVINCE, staff.get("sourceUnitCode"));
    assertEquals("Tỉnh Khánh Hòa", staff.get("sourceUnitName"));
    assertEquals(false, staff.get("earlierYear"));
    assertEquals("OWN_CRITERION", effective(bnt, "FEEDBACK").get("source"));
    assertEquals(80.5, ((Number) effective(bnt, "FEEDBACK").get("percent")).doubleValue(), 1e-9);

    Api.Reply camLam = api.get("/api/v1/targets?unit=" + CAM_LAM + "&year=2026", admin);
    assertEquals("OWN", effective(camLam, "STAFF").get("source"), "its own beats the province's");
    assertEquals(90.0, ((Number) effective(camLam, null).get("percent")).doubleValue(), 1e-9);
  }

  @Test
  void thePreviewSaysWhoWouldBeBelowTargetAndSavesNothing() {
    long targets = db.count("SELECT COUNT(*) FROM target");
    String base = "/api/v1/targets/preview?unit=" + PROVINCE + "&criterion=STAFF&year=" + year;

    // today (95%, 2025's plan): 92% and 80% are below, 96% is not
    Api.Reply higher = api.get(base + "&percent=97", admin);
    assertEquals(200, higher.status(), higher.toString());
    assertEquals(
        List.of(BAC_NHA_TRANG + " STAFF", NAM_NHA_TRANG + " STAFF", CAM_LAM + " STAFF"),
        units(higher, "below"));
    assertEquals(List.of(NAM_NHA_TRANG + " STAFF"), units(higher, "newlyBelow"));
    assertEquals(List.of(), units(higher, "noLongerBelow"));

    Api.Reply lower = api.get(base + "&percent=90", admin);
    assertEquals(List.of(CAM_LAM + " STAFF"), units(lower, "below"));
    assertEquals(List.of(BAC_NHA_TRANG + " STAFF"), units(lower, "noLongerBelow"));
    assertEquals(targets, db.count("SELECT COUNT(*) FROM target"), "a preview stores nothing");

    Api.Reply bad = api.get(base.replace("STAFF", "PRICE") + "&percent=120", admin);
    assertEquals(400, bad.status(), bad.toString());
    assertTrue(bad.body().contains("criterion") && bad.body().contains("percent"), bad.body());
  }
}

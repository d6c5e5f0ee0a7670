package vn.hailong.api.reorganisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.hailong.api.support.Api;
import vn.hailong.api.support.Database;
import vn.hailong.api.support.Ratings;
import vn.hailong.api.support.TestClock;

/**
 * A reorganisation imported as CSV through the API: two communes merged on a future date, dry run
 * then apply; plans with a cycle or a gap refused whole with each bad line; admins only.
 */
@MicronautTest
class ReorganisationTest {
  static final String CAM_LAM = "khanh-hoa.x-cam-lam";
  static final String CAM_AN = "khanh-hoa.x-cam-an";
  static final String MERGED = "khanh-hoa.xa-cam-lam-an.2027-01";
  static final String HEADER =
      "change,code,name,parent,level,kind,official_code,valid_from,valid_to,predecessors,successors,source,reason\n";
  static final String MERGER =
      HEADER
          + "END,"
          + CAM_LAM
          + ",,,,,,,2026-12-31,,,,Nghị quyết thử nghiệm\n"
          + "END,"
          + CAM_AN
          + ",,,,,,,2026-12-31,,,,Nghị quyết thử nghiệm\n"
          + "CREATE,,Xã Cam Lâm An,khanh-hoa,COMMUNE,xã,22453,2027-01-01,,"
          + CAM_LAM
          + ":whole;"
          + CAM_AN
          + ":whole,,\"NQ thử, không có thật\",\n";

  @Inject Api api;
  @Inject Database db;
  @Inject TestClock clock;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  private Api.Reply csv(String query, String body, String bearer) {
    return api.exchange(
        HttpRequest.POST("/api/v1/reorganisations" + query, body)
            .contentType("text/csv")
            .bearerAuth(bearer));
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Api.Reply reply, String field) {
    return (List<Map<String, Object>>) reply.json().get(field);
  }

  private void rateWeb(String unit, String at, int value) {
    rateWeb(unit, at, Map.of("ACCESS", value));
  }

  private void rateWeb(String unit, String at, Map<String, Integer> answers) {
    Map<String, Object> rating = Ratings.web(unit, at);
    rating.put("answers", new HashMap<>(answers));
    Api.Reply reply = api.post("/api/v1/responses", rating);
    assertEquals(201, reply.status(), reply.toString());
  }

  @Test
  @SuppressWarnings("unchecked")
  void twoCommunesMergedOnAFutureDateDryRunThenApply() {
    String admin = api.adminToken();
    rateWeb(CAM_LAM, "2026-11-10T09:00:00+07:00", 5);
    rateWeb(CAM_AN, "2026-11-11T09:00:00+07:00", 1);
    Api.Reply kiosk =
        api.post("/api/v1/kiosks", Map.of("code", "cam-lam-quay-1", "unitCode", CAM_LAM), admin);
    assertEquals(201, kiosk.status(), kiosk.toString());
    String kioskToken = kiosk.text("token");
    Api.Reply officer =
        api.post(
            "/api/v1/accounts",
            Map.of(
                "username", "can-bo.cam-an-reorg",
                "password", "mat-khau-dai-du-12",
                "role", "OFFICER",
                "unitCode", CAM_AN),
            admin);
    assertEquals(201, officer.status(), officer.toString());
    // a rating already stored for a day after the merger (a clock set to the new year)
    clock.set(Instant.parse("2027-01-05T02:00:00Z"));
    // a long form: its respondent sums (two answers to ACCESS) must move with it
    rateWeb(CAM_AN, "2027-01-05T09:00:00+07:00", Map.of("ACCESS", 5, "ACCESS.1", 4));
    clock.reset();

    Api.Reply dry = csv("?dryRun=true", MERGER, admin);

    assertEquals(200, dry.status(), dry.toString());
    assertEquals(true, dry.json().get("dryRun"));
    assertEquals(
        List.of(CAM_LAM, CAM_AN), list(dry, "ended").stream().map(e -> e.get("code")).toList());
    assertEquals(MERGED, list(dry, "started").get(0).get("code"));
    assertEquals(2, list(dry, "links").size());
    assertEquals("cam-lam-quay-1", list(dry, "kiosks").get(0).get("code"));
    assertEquals(List.of(MERGED), list(dry, "kiosks").get(0).get("successors"));
    assertEquals("can-bo.cam-an-reorg", list(dry, "accounts").get(0).get("username"));
    Map<String, Object> moving = list(dry, "ratings").get(0);
    assertEquals(CAM_AN, moving.get("unitCode"));
    assertEquals(1, ((Number) moving.get("count")).intValue());
    assertEquals(MERGED, moving.get("movesTo"));
    // nothing changed
    assertEquals(404, api.get("/api/v1/units/" + MERGED).status());
    assertNull(api.get("/api/v1/units/" + CAM_LAM).text("validTo"));

    Api.Reply noReason = csv("?dryRun=false", MERGER, admin);
    assertEquals(400, noReason.status(), noReason.toString());

    Api.Reply applied =
        csv("?dryRun=false&reason=Ngh%E1%BB%8B+quy%E1%BA%BFt+th%E1%BB%AD", MERGER, admin);

    assertEquals(200, applied.status(), applied.toString());
    assertEquals(false, applied.json().get("dryRun"));
    assertEquals("2026-12-31", api.get("/api/v1/units/" + CAM_LAM).text("validTo"));
    Api.Reply merged = api.get("/api/v1/units/" + MERGED);
    assertEquals(200, merged.status(), merged.toString());
    assertEquals("2027-01-01", merged.text("validFrom"));
    assertEquals("khanh-hoa", merged.text("parentCode"));
    assertEquals("NQ thử, không có thật", merged.text("source"));
    // the rating dated after the end moved with its rollups
    assertEquals(
        1,
        db.count(
            "SELECT COUNT(*) FROM response r JOIN unit u ON u.id = r.unit_id WHERE u.code = ?",
            MERGED));
    assertEquals(1, db.rollup(MERGED, "ACCESS", java.time.LocalDate.parse("2027-01-05"), 5));
    assertEquals(0, db.rollup(CAM_AN, "ACCESS", java.time.LocalDate.parse("2027-01-05"), 5));
    for (String table : List.of("daily_respondent_rollup", "monthly_respondent_rollup")) {
      String extra =
          "SELECT COALESCE(SUM(extra_answers), 0) FROM "
              + table
              + " r JOIN unit u ON u.id = r.unit_id WHERE u.code = ?";
      assertEquals(1, db.count(extra, MERGED), table);
      assertEquals(0, db.count(extra, CAM_AN), table);
    }

    // the audit lists it: who, when, what, why
    Api.Reply audit = api.get("/api/v1/reorganisations", admin);
    assertEquals(200, audit.status(), audit.toString());
    Map<String, Object> latest = list(audit, "reorganisations").get(0);
    assertEquals("admin", latest.get("appliedBy"));
    assertEquals("Nghị quyết thử", latest.get("reason"));
    List<Map<String, Object>> changes = (List<Map<String, Object>>) latest.get("changes");
    assertTrue(
        changes.stream()
            .map(c -> c.get("change"))
            .collect(Collectors.toSet())
            .containsAll(List.of("END", "CREATE", "LINK", "MOVE_RATINGS")),
        changes.toString());

    // on the day after: the kiosk is re-pointed in one action and still delivers its queue
    clock.set(Instant.parse("2027-01-01T01:00:00Z"));
    Api.Reply repointed =
        api.post(
            "/api/v1/kiosks/repoint", Map.of("fromUnitCode", CAM_LAM, "toUnitCode", MERGED), admin);
    assertEquals(200, repointed.status(), repointed.toString());
    assertEquals(List.of("cam-lam-quay-1"), repointed.json().get("kiosks"));
    // the kiosk asks which unit it serves now, and rates the successor from then on
    Api.Reply self = api.get("/api/v1/kiosks/me", kioskToken);
    assertEquals(200, self.status(), self.toString());
    assertEquals(MERGED, self.text("unitCode"));
    assertEquals("cam-lam-quay-1", self.text("code"));
    assertEquals(401, api.get("/api/v1/kiosks/me").status());
    assertEquals(401, api.get("/api/v1/kiosks/me", admin).status(), "an officer is not a kiosk");
    Map<String, Object> queued = Ratings.web(CAM_LAM, "2026-12-31T16:00:00+07:00");
    queued.put("channel", "KIOSK");
    assertEquals(201, api.post("/api/v1/responses", queued, kioskToken).status());
    Map<String, Object> afterEnd = Ratings.web(CAM_LAM, "2027-01-01T08:00:00+07:00");
    afterEnd.put("channel", "KIOSK");
    assertEquals(400, api.post("/api/v1/responses", afterEnd, kioskToken).status());
    Map<String, Object> now = Ratings.web(MERGED, "2027-01-01T08:00:00+07:00");
    now.put("channel", "KIOSK");
    assertEquals(201, api.post("/api/v1/responses", now, kioskToken).status());

    // history reads through the new unit: both communes' November ratings
    Api.Reply history =
        api.get(
            "/api/v1/analysis/satisfaction?unit="
                + MERGED
                + "&from=2026-11-01&to=2026-11-30&basis=now",
            admin);
    assertEquals(200, history.status(), history.toString());
    Map<String, Object> access =
        ((List<Map<String, Object>>) history.json().get("criteria"))
            .stream().filter(c -> "ACCESS".equals(c.get("criterion"))).findFirst().orElseThrow();
    assertEquals(2, ((Number) access.get("answers")).intValue(), access.toString());
    assertEquals(50.0, ((Number) access.get("percent")).doubleValue(), 1e-9);
  }

  @Test
  void aPlanWithACycleAndAGapIsRefusedWholeWithEachBadLine() {
    String admin = api.adminToken();
    String plan =
        HEADER
            // line 2: fine on its own
            + "END,khanh-hoa.x-cam-hiep,,,,,,,2027-06-30,,,,\n"
            // line 3: a new commune that follows Cam Hiệp...
            + "CREATE,,Xã Thử Vòng,khanh-hoa,COMMUNE,xã,,2027-07-01,2027-12-31,khanh-hoa.x-cam-hiep:whole,,,\n"
            // line 4: ...and is said to go back into it: a cycle
            + "END,khanh-hoa.xa-thu-vong.2027-07,,,,,,,2027-12-31,,khanh-hoa.x-cam-hiep:whole,,\n"
            // line 5: begins a month after its predecessor ended: a gap
            + "CREATE,,Xã Thử Hở,khanh-hoa,COMMUNE,xã,,2027-08-01,,khanh-hoa.x-cam-hiep:partial,,,\n";

    Api.Reply refused = csv("?dryRun=false&reason=th%E1%BB%AD", plan, admin);

    assertEquals(400, refused.status(), refused.toString());
    assertTrue(refused.isProblem(), refused.toString());
    assertEquals("urn:hailong:problem:reorganisation-refused", refused.text("type"));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> errors = (List<Map<String, Object>>) refused.json().get("errors");
    Map<String, String> byLine =
        errors.stream()
            .collect(
                Collectors.toMap(
                    e -> e.get("code").toString(),
                    e -> e.get("field").toString(),
                    (a, b) -> a + "," + b));
    assertTrue(byLine.get("cycle").contains("line 4"), errors.toString());
    assertTrue(byLine.get("dates-gap").contains("line 5"), errors.toString());
    // refused whole: not even the good line 2
    assertNull(api.get("/api/v1/units/khanh-hoa.x-cam-hiep").text("validTo"));
    assertEquals(404, api.get("/api/v1/units/khanh-hoa.xa-thu-vong.2027-07").status());
  }

  @Test
  void onlyAdminsReorganise() {
    String admin = api.adminToken();
    for (String role : List.of("PLANNER", "OFFICER")) {
      String username = "reorg-" + role.toLowerCase() + "-" + System.nanoTime() % 100000;
      Api.Reply created =
          api.post(
              "/api/v1/accounts",
              Map.of(
                  "username",
                  username,
                  "password",
                  "mat-khau-dai-du-12",
                  "role",
                  role,
                  "unitCode",
                  "khanh-hoa"),
              admin);
      assertEquals(201, created.status(), created.toString());
      String token = api.login(username, "mat-khau-dai-du-12");
      assertEquals(403, csv("?dryRun=true", MERGER, token).status());
      assertEquals(403, api.get("/api/v1/reorganisations", token).status());
      assertEquals(
          403,
          api.post(
                  "/api/v1/kiosks/repoint",
                  Map.of("fromUnitCode", CAM_LAM, "toUnitCode", CAM_AN),
                  token)
              .status());
    }
    assertEquals(401, api.get("/api/v1/reorganisations").status());
  }
}

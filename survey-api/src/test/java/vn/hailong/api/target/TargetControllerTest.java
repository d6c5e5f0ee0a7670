package vn.hailong.api.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hailong.api.support.Api;
import vn.hailong.api.support.Database;

@MicronautTest
class TargetControllerTest {
  static final String NINH_HOA = "khanh-hoa.tx-ninh-hoa";
  static final String NINH_DA = "khanh-hoa.tx-ninh-hoa.p-ninh-da";

  @Inject Api api;
  @Inject Database db;

  private Api.Reply put(Map<String, Object> target, String token) {
    return api.exchange(HttpRequest.PUT("/api/v1/targets", target).bearerAuth(token));
  }

  private static Map<String, Object> target(
      String unit, Object year, String criterion, Object percent) {
    Map<String, Object> body = new HashMap<>();
    body.put("unitCode", unit);
    body.put("year", year);
    body.put("criterion", criterion);
    body.put("percent", percent);
    return body;
  }

  @SuppressWarnings("unchecked")
  private static double effective(Api.Reply reply, String criterion) {
    return ((List<Map<String, Object>>) reply.json().get("effective"))
        .stream()
            .filter(e -> java.util.Objects.equals(criterion, e.get("criterion")))
            .map(e -> ((Number) e.get("percent")).doubleValue())
            .findFirst()
            .orElseThrow();
  }

  @Test
  void effectiveTargetsFollowTheMostSpecificRule() {
    String admin = api.adminToken();
    assertEquals(200, put(target(NINH_HOA, 2026, null, 88.0), admin).status());
    assertEquals(200, put(target(NINH_DA, 2026, "PROCEDURES", 80.0), admin).status());
    assertEquals(200, put(target(NINH_DA, 2026, "PROCEDURES", 82.5), admin).status(), "replaces");

    Api.Reply reply = api.get("/api/v1/targets?unit=" + NINH_DA + "&year=2026", admin);

    assertEquals(200, reply.status(), reply.toString());
    assertEquals(82.5, effective(reply, "PROCEDURES"), 1e-9);
    assertEquals(88.0, effective(reply, "STAFF"), 1e-9, "the town's target");
    assertEquals(88.0, effective(reply, null), 1e-9, "the index's target");
    assertEquals(
        1, db.count("SELECT COUNT(*) FROM target WHERE target_key LIKE '%:2026:PROCEDURES'"));
    Api.Reply seeded = api.get("/api/v1/targets?unit=khanh-hoa&year=2025", admin);
    assertEquals(95.0, effective(seeded, "ACCESS"), 1e-9, "the province's plan for 2025");
  }

  @Test
  void invalidTargetsAreRefusedAndStoreNothing() {
    String admin = api.adminToken();
    long before = db.count("SELECT COUNT(*) FROM target");
    List<Map<String, Object>> invalid =
        List.of(
            target(NINH_DA, 2026, null, 0),
            target(NINH_DA, 2026, null, 100.5),
            target(NINH_DA, 1990, null, 90),
            target(NINH_DA, null, null, 90),
            target("khanh-hoa.x-atlantis", 2026, null, 90),
            target(NINH_DA, 2026, "PRICE", 90));

    for (Map<String, Object> body : invalid) {
      Api.Reply reply = put(body, admin);
      assertEquals(400, reply.status(), body + " " + reply);
      assertTrue(reply.isProblem(), body.toString());
    }
    assertEquals(before, db.count("SELECT COUNT(*) FROM target"));
  }

  @Test
  void plannersSetTargetsInTheirSubtreeOnlyAndOfficersNot() {
    String admin = api.adminToken();
    api.post(
        "/api/v1/accounts",
        Map.of(
            "username",
            "ke-hoach-ninh-hoa",
            "password",
            "ke-hoach-2026",
            "role",
            "PLANNER",
            "unitCode",
            NINH_HOA),
        admin);
    api.post(
        "/api/v1/accounts",
        Map.of(
            "username",
            "can-bo-ninh-da",
            "password",
            "can-bo-2026-x",
            "role",
            "OFFICER",
            "unitCode",
            NINH_DA),
        admin);
    String planner = api.login("ke-hoach-ninh-hoa", "ke-hoach-2026");
    String officer = api.login("can-bo-ninh-da", "can-bo-2026-x");

    assertEquals(200, put(target(NINH_DA, 2027, "STAFF", 90), planner).status());
    assertEquals(403, put(target("khanh-hoa.tp-cam-ranh", 2027, null, 90), planner).status());
    assertEquals(403, put(target(null, 2027, null, 90), planner).status(), "province-wide: admin");
    assertEquals(403, put(target(NINH_DA, 2027, null, 90), officer).status());
    assertEquals(
        200, api.get("/api/v1/targets?year=2027", officer).status(), "officers read theirs");
    assertEquals(401, api.get("/api/v1/targets?unit=" + NINH_DA).status());
  }
}

package vn.hailong.api.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.hailong.api.support.Api;
import vn.hailong.api.support.Database;

/**
 * An ended unit's targets and people after a reorganisation: targets stay with the ended unit until
 * a planner carries them to its successors; an officer bound to it keeps its history and is told
 * where the work went. Not in one test transaction: on MariaDB its snapshot would hide what the
 * server committed after the first read.
 */
@MicronautTest(transactional = false)
class TargetCarryTest {
  // Sở Nông nghiệp và Môi trường of March to June 2025, followed (whole) by today's department
  static final String ENDED = "khanh-hoa.so-nong-nghiep-moi-truong.2025-03";
  static final String NN_MT = "khanh-hoa.so-nong-nghiep-moi-truong.2025-07";
  static final String PASSWORD = "mat-khau-dai-du-12";

  @Inject Api api;
  @Inject Database db;

  @AfterEach
  void removeTargets() {
    db.update(
        "DELETE FROM target WHERE unit_id IN (SELECT id FROM unit WHERE code IN (?, ?))",
        ENDED,
        NN_MT);
  }

  private String account(String role, String unit) {
    String username = "carry-" + role.toLowerCase() + "-" + System.nanoTime() % 1000000;
    Api.Reply created =
        api.post(
            "/api/v1/accounts",
            Map.of("username", username, "password", PASSWORD, "role", role, "unitCode", unit),
            api.adminToken());
    assertEquals(201, created.status(), created.toString());
    return api.login(username, PASSWORD);
  }

  private void setTarget(String unit, String criterion, double percent) {
    Map<String, Object> body = new HashMap<>();
    body.put("unitCode", unit);
    body.put("year", 2025);
    body.put("criterion", criterion);
    body.put("percent", percent);
    Api.Reply reply =
        api.exchange(
            io.micronaut.http.HttpRequest.PUT("/api/v1/targets", body)
                .bearerAuth(api.adminToken()));
    assertEquals(200, reply.status(), reply.toString());
  }

  private long targetsOf(String unit) {
    return db.count(
        "SELECT COUNT(*) FROM target t JOIN unit u ON u.id = t.unit_id WHERE u.code = ?", unit);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> index(Api.Reply targets) {
    return ((List<Map<String, Object>>) targets.json().get("effective"))
        .stream().filter(e -> e.get("criterion") == null).findFirst().orElseThrow();
  }

  // an empty list is left out of the answer
  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Api.Reply reply, String field) {
    Object value = reply.json().get(field);
    return value == null ? List.of() : (List<Map<String, Object>>) value;
  }

  private Api.Reply carry(Map<String, Object> body, String token) {
    return api.post("/api/v1/targets/carry", body, token);
  }

  @Test
  @SuppressWarnings("unchecked")
  void targetsCarryToTheSuccessorOnlyWhenAPlannerSaysSo() {
    setTarget(ENDED, null, 92.0);
    setTarget(ENDED, "ACCESS", 95.5);
    String planner = account("PLANNER", "khanh-hoa");
    String officer = account("OFFICER", ENDED);

    // nothing carries by itself: the successor's index target is not the ended unit's 92
    Api.Reply before = api.get("/api/v1/targets?unit=" + NN_MT + "&year=2025", planner);
    assertEquals(200, before.status(), before.toString());
    assertNotEquals(NN_MT, index(before).get("sourceUnitCode"), before.toString());
    assertNotEquals(ENDED, index(before).get("sourceUnitCode"), before.toString());
    assertEquals(0, targetsOf(NN_MT));

    // an officer may not carry, even the targets of the unit they are bound to
    assertEquals(403, carry(Map.of("fromUnitCode", ENDED, "year", 2025), officer).status());
    // bad requests change nothing: a unit still valid, no year; a year without targets
    Api.Reply bad = carry(Map.of("fromUnitCode", NN_MT), planner);
    assertEquals(400, bad.status(), bad.toString());
    assertTrue(bad.isProblem(), bad.toString());
    Map<String, String> codes =
        ((List<Map<String, Object>>) bad.json().get("errors"))
            .stream()
                .collect(
                    Collectors.toMap(
                        e -> e.get("field").toString(), e -> e.get("code").toString()));
    assertEquals(Map.of("fromUnitCode", "still-valid", "year", "required"), codes);
    Api.Reply none = carry(Map.of("fromUnitCode", ENDED, "year", 2024), planner);
    assertEquals(400, none.status(), none.toString());
    assertTrue(none.toString().contains("no-targets"), none.toString());
    assertEquals(0, targetsOf(NN_MT));

    Api.Reply carried = carry(Map.of("fromUnitCode", ENDED, "year", 2025), planner);

    assertEquals(200, carried.status(), carried.toString());
    List<Map<String, Object>> copied = list(carried, "copied");
    assertEquals(2, copied.size(), copied.toString());
    Map<Object, Object> byCriterion =
        copied.stream()
            .collect(
                Collectors.toMap(
                    c -> String.valueOf(c.get("criterion")),
                    c -> ((Number) c.get("percent")).doubleValue()));
    assertEquals(Map.of("null", 92.0, "ACCESS", 95.5), byCriterion);
    assertTrue(copied.stream().allMatch(c -> NN_MT.equals(c.get("unitCode"))), copied.toString());
    assertEquals(List.of(), list(carried, "skipped"));
    assertEquals(2, targetsOf(NN_MT));
    assertEquals(2, targetsOf(ENDED)); // copied, not moved
    Api.Reply after = api.get("/api/v1/targets?unit=" + NN_MT + "&year=2025", planner);
    assertEquals(NN_MT, index(after).get("sourceUnitCode"), after.toString());
    assertEquals(92.0, ((Number) index(after).get("percent")).doubleValue(), 1e-9);

    // asked again, the successor has targets of its own now: skipped, nothing overwritten
    setTarget(NN_MT, null, 90.0);
    Api.Reply again = carry(Map.of("fromUnitCode", ENDED, "year", 2025), planner);
    assertEquals(200, again.status(), again.toString());
    assertEquals(List.of(), list(again, "copied"));
    List<Map<String, Object>> skipped = list(again, "skipped");
    assertEquals(NN_MT, skipped.get(0).get("unitCode"));
    assertEquals("own-targets", skipped.get(0).get("reason"));
    assertEquals(
        90.0,
        ((Number)
                index(api.get("/api/v1/targets?unit=" + NN_MT + "&year=2025", planner))
                    .get("percent"))
            .doubleValue(),
        1e-9);
  }

  @Test
  @SuppressWarnings("unchecked")
  void anOfficerOfAnEndedUnitKeepsItsHistoryAndIsOfferedItsSuccessors() {
    String officer = account("OFFICER", ENDED);

    Api.Reply session = api.get("/api/v1/session", officer);

    assertEquals(200, session.status(), session.toString());
    assertEquals(ENDED, session.text("unitCode"));
    assertEquals("2025-06-30", session.text("unitValidTo"));
    List<Map<String, Object>> successors = list(session, "successors");
    assertEquals(List.of(NN_MT), successors.stream().map(s -> s.get("code")).toList());
    assertEquals("Sở Nông nghiệp và Môi trường", successors.get(0).get("name"));
    assertEquals("2025-07-01", successors.get(0).get("validFrom"));
    // its history is still the officer's to read; the successor is not (an admin rebinds them)
    Api.Reply history =
        api.get(
            "/api/v1/analysis/satisfaction?unit=" + ENDED + "&from=2025-03-01&to=2025-06-30",
            officer);
    assertEquals(200, history.status(), history.toString());
    assertEquals(200, api.get("/api/v1/targets?unit=" + ENDED + "&year=2025", officer).status());
    assertEquals(
        403,
        api.get(
                "/api/v1/analysis/satisfaction?unit=" + NN_MT + "&from=2025-07-01&to=2025-09-30",
                officer)
            .status());

    // a unit still valid: no successors offered
    Api.Reply current = api.get("/api/v1/session", account("OFFICER", NN_MT));
    assertEquals(200, current.status(), current.toString());
    assertEquals(NN_MT, current.text("unitCode"));
    assertEquals(List.of(), list(current, "successors"));
  }
}

package vn.hailong.api.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hailong.api.support.Api;

/**
 * An officer of one commune learns nothing about units, targets or kiosks outside the subtree: an
 * unknown unit code answers exactly like a known one elsewhere.
 */
@MicronautTest
class ScopeLeakTest {
  static final String BAC_NHA_TRANG = "khanh-hoa.p-bac-nha-trang";
  static final String CAM_LAM = "khanh-hoa.x-cam-lam";
  static final String ATLANTIS = "khanh-hoa.x-atlantis";

  @Inject Api api;
  String admin;
  String officer;

  @BeforeEach
  void officerOfBacNhaTrang() {
    admin = api.adminToken();
    api.post(
        "/api/v1/accounts",
        Map.of(
            "username",
            "can-bo-bnt",
            "password",
            "mat-khau-dai-du",
            "role",
            "OFFICER",
            "unitCode",
            BAC_NHA_TRANG),
        admin);
    officer = api.login("can-bo-bnt", "mat-khau-dai-du");
  }

  private Api.Reply putTarget(String unit, String token) {
    return api.exchange(
        HttpRequest.PUT(
                "/api/v1/targets",
                Map.of("unitCode", unit, "year", 2026, "criterion", "STAFF", "percent", 90))
            .bearerAuth(token));
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> set(Api.Reply reply) {
    return (List<Map<String, Object>>) reply.json().get("set");
  }

  @Test
  void anOfficerSeesOnlyTheTargetsOfTheirSubtree() {
    assertEquals(200, putTarget(CAM_LAM, admin).status());
    assertEquals(200, putTarget(BAC_NHA_TRANG, admin).status());

    Api.Reply mine = api.get("/api/v1/targets?year=2026", officer);
    Api.Reply all = api.get("/api/v1/targets?year=2026&unit=" + BAC_NHA_TRANG, admin);

    assertEquals(200, mine.status(), mine.toString());
    assertEquals(List.of(BAC_NHA_TRANG), set(mine).stream().map(t -> t.get("unitCode")).toList());
    assertTrue(
        set(all).stream().anyMatch(t -> CAM_LAM.equals(t.get("unitCode"))), "admins see all");
  }

  @Test
  void aKioskCodeTakenElsewhereIsNotRevealedToAnOfficerOfAnotherSubtree() {
    assertEquals(
        201,
        api.post("/api/v1/kiosks", Map.of("code", "cl-quay-9", "unitCode", CAM_LAM), admin)
            .status());

    Api.Reply elsewhere =
        api.post("/api/v1/kiosks", Map.of("code", "cl-quay-9", "unitCode", CAM_LAM), officer);
    Api.Reply fresh =
        api.post("/api/v1/kiosks", Map.of("code", "cl-quay-8", "unitCode", CAM_LAM), officer);

    assertEquals(403, elsewhere.status(), elsewhere.toString());
    assertEquals(fresh.status(), elsewhere.status());
    assertEquals(fresh.text("type"), elsewhere.text("type"));
  }

  @Test
  void anUnknownUnitIsTheSame403AsAKnownOneOutsideTheSubtree() {
    List<String> templates =
        List.of(
            "/api/v1/analysis/satisfaction?unit=%s",
            "/api/v1/analysis/trend?unit=%s",
            "/api/v1/charts/trend.png?unit=%s",
            "/api/v1/targets?unit=%s");
    for (String template : templates) {
      Api.Reply known = api.get(template.formatted(CAM_LAM), officer);
      Api.Reply unknown = api.get(template.formatted(ATLANTIS), officer);

      assertEquals(403, known.status(), template + " " + known);
      assertEquals(403, unknown.status(), template + " " + unknown);
      assertEquals("urn:hailong:problem:forbidden", unknown.text("type"));
      assertEquals(
          known.text("detail").replace(CAM_LAM, "?"),
          unknown.text("detail").replace(ATLANTIS, "?"),
          template + ": the detail says nothing the code did not");
    }
    Api.Reply kiosk =
        api.post("/api/v1/kiosks", Map.of("code", "at-quay-1", "unitCode", ATLANTIS), officer);
    assertEquals(403, kiosk.status(), kiosk.toString());
    Api.Reply byAdmin = api.get("/api/v1/analysis/satisfaction?unit=" + ATLANTIS, admin);
    assertEquals(400, byAdmin.status(), "an admin is told the unit does not exist");
  }
}

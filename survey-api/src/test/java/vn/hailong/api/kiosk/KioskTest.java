package vn.hailong.api.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hailong.api.support.Api;
import vn.hailong.api.support.Database;
import vn.hailong.api.support.Ratings;

@MicronautTest
class KioskTest {
  static final String BAC_NHA_TRANG = "khanh-hoa.p-bac-nha-trang";
  static final String CAM_LAM = "khanh-hoa.x-cam-lam";

  @Inject Api api;
  @Inject io.micronaut.runtime.server.EmbeddedServer server;
  @Inject Database db;

  @BeforeEach
  void empty() {
    db.clearResponses();
  }

  private Map<String, Object> kioskRating(String unitCode) {
    Map<String, Object> rating =
        Ratings.web(unitCode, java.time.OffsetDateTime.now().minusMinutes(1).toString());
    rating.put("channel", "KIOSK");
    return rating;
  }

  private Api.Reply register(String code, String unitCode, String bearer) {
    return api.post("/api/v1/kiosks", Map.of("code", code, "unitCode", unitCode), bearer);
  }

  @Test
  void anAdminRegistersAKioskWhoseTokenIsShownOnceAndStoredHashed() {
    Api.Reply reply = register("bnt-quay-1", BAC_NHA_TRANG, api.adminToken());

    assertEquals(201, reply.status(), reply.toString());
    String token = reply.text("token");
    assertTrue(token.startsWith("hk_") && token.length() > 40, token);
    assertTrue(
        reply.text("setupUrl").endsWith("/kiosk/#setup=" + token + "&unit=" + BAC_NHA_TRANG),
        reply.text("setupUrl"));
    // without HAILONG_PUBLIC_URL the link points at this server itself
    assertTrue(
        reply.text("setupUrl").startsWith(server.getURL() + "/kiosk/#setup="),
        reply.text("setupUrl"));
    String stored = db.text("SELECT token_hash FROM kiosk WHERE code = ?", "bnt-quay-1");
    assertEquals(64, stored.length());
    assertNotEquals(token, stored);
    assertFalse(stored.contains(token.substring(3, 20)));
  }

  @Test
  void aKioskRatesItsOwnUnitWithItsToken() {
    String token = register("bnt-quay-2", BAC_NHA_TRANG, api.adminToken()).text("token");

    Api.Reply reply = api.post("/api/v1/responses", kioskRating(BAC_NHA_TRANG), token);

    assertEquals(201, reply.status(), reply.toString());
    assertEquals(
        1,
        db.count(
            "SELECT COUNT(*) FROM response r JOIN kiosk k ON k.id = r.kiosk_id WHERE k.code = 'bnt-quay-2'"));
  }

  @Test
  void aKioskMayNotRateAnotherUnit() {
    String token = register("bnt-quay-3", BAC_NHA_TRANG, api.adminToken()).text("token");

    Api.Reply reply = api.post("/api/v1/responses", kioskRating(CAM_LAM), token);

    assertEquals(403, reply.status(), reply.toString());
    assertTrue(reply.isProblem());
    assertEquals(0, db.responses());
  }

  @Test
  void aKioskRatingWithoutAValidTokenIsRefused() {
    Api.Reply none = api.post("/api/v1/responses", kioskRating(BAC_NHA_TRANG));
    Api.Reply forged =
        api.post("/api/v1/responses", kioskRating(BAC_NHA_TRANG), "hk_not-a-real-token-at-all");

    assertEquals(401, none.status(), none.toString());
    assertTrue(none.isProblem());
    assertEquals(401, forged.status(), forged.toString());
    assertEquals(0, db.responses());
  }

  @Test
  void anOfficerRegistersKiosksOnlyInTheirSubtree() {
    String admin = api.adminToken();
    assertEquals(
        201,
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
                admin)
            .status());
    String officer = api.login("can-bo-bnt", "mat-khau-dai-du");

    assertEquals(201, register("bnt-quay-4", BAC_NHA_TRANG, officer).status());
    Api.Reply elsewhere = register("cl-quay-1", CAM_LAM, officer);
    assertEquals(403, elsewhere.status(), elsewhere.toString());
    assertTrue(elsewhere.isProblem());
    assertEquals(0, db.count("SELECT COUNT(*) FROM kiosk WHERE code = 'cl-quay-1'"));
  }

  @Test
  void registrationIsValidated() {
    String admin = api.adminToken();
    register("bnt-quay-5", BAC_NHA_TRANG, admin);

    Api.Reply duplicate = register("bnt-quay-5", BAC_NHA_TRANG, admin);
    Api.Reply pastUnit = register("vh-quay-1", "khanh-hoa.tp-nha-trang.p-vinh-hoa", admin);
    Api.Reply badCode = register("Quầy 1", BAC_NHA_TRANG, admin);

    assertEquals(400, duplicate.status());
    assertEquals(400, pastUnit.status());
    assertEquals(400, badCode.status());
    assertTrue(duplicate.isProblem() && pastUnit.isProblem() && badCode.isProblem());
    assertEquals(1, db.count("SELECT COUNT(*) FROM kiosk WHERE code LIKE 'bnt-quay-5'"));
  }

  @Test
  void registeringNeedsALogin() {
    Api.Reply anonymous =
        api.exchange(
            HttpRequest.POST("/api/v1/kiosks", Map.of("code", "x1", "unitCode", BAC_NHA_TRANG)));

    assertEquals(401, anonymous.status());
    assertTrue(anonymous.isProblem(), anonymous.toString());
  }
}

package vn.hailong.api.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hailong.api.support.Api;
import vn.hailong.api.support.Database;
import vn.hailong.api.support.QrImages;
import vn.hailong.api.support.Ratings;

/** Kiosks listed with what they sent, revoked, and given new setup links, within the scope. */
@MicronautTest(transactional = false)
class KioskManagementTest {
  static final String BAC_NHA_TRANG = "khanh-hoa.p-bac-nha-trang";
  static final String CAM_LAM = "khanh-hoa.x-cam-lam";
  static final String PASSWORD = "mat-khau-dai-du-2026";

  @Inject Api api;
  @Inject Database db;

  @BeforeEach
  void empty() {
    db.clearResponses();
  }

  private static String code(String stem) {
    return stem + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private Api.Reply register(String code, String unitCode, String bearer) {
    return api.post("/api/v1/kiosks", Map.of("code", code, "unitCode", unitCode), bearer);
  }

  private Api.Reply rate(String token) {
    Map<String, Object> rating =
        Ratings.web(BAC_NHA_TRANG, OffsetDateTime.now().minusMinutes(1).toString());
    rating.put("channel", "KIOSK");
    return api.post("/api/v1/responses", rating, token);
  }

  private String officer(String unitCode) {
    String username = "can-bo-" + UUID.randomUUID().toString().substring(0, 8);
    Api.Reply created =
        api.post(
            "/api/v1/accounts",
            Map.of(
                "username",
                username,
                "password",
                PASSWORD,
                "role",
                "OFFICER",
                "unitCode",
                unitCode),
            api.adminToken());
    assertEquals(201, created.status(), created.toString());
    return api.login(username, PASSWORD);
  }

  /** A stored rating of the kiosk, received {@code ago} before now, flagged as a burst or not. */
  private void stored(String kioskCode, java.time.Duration ago, boolean burst) {
    LocalDateTime at = LocalDateTime.ofInstant(Instant.now().minus(ago), ZoneOffset.UTC);
    db.update(
        "INSERT INTO response (id, unit_id, channel, submitted_at, local_date, received_at,"
            + " kiosk_id, content_hash, burst) SELECT ?, unit_id, 'KIOSK', ?, ?, ?, id, 'h', ?"
            + " FROM kiosk WHERE code = ?",
        UUID.randomUUID().toString(),
        at,
        at.toLocalDate(),
        at,
        burst,
        kioskCode);
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> listed(Api.Reply list, String code) {
    return ((List<Map<String, Object>>) list.json().get("kiosks"))
        .stream().filter(k -> code.equals(k.get("code"))).findFirst().orElseThrow();
  }

  @Test
  void theListSaysWhenEachKioskLastSentAndHowManyBurstsIn7And30Days() {
    String admin = api.adminToken();
    String busy = code("bnt-quay");
    String quiet = code("bnt-quay");
    register(busy, BAC_NHA_TRANG, admin);
    register(quiet, BAC_NHA_TRANG, admin);
    stored(busy, java.time.Duration.ofHours(1), true);
    stored(busy, java.time.Duration.ofHours(2), false);
    stored(busy, java.time.Duration.ofDays(10), true);
    stored(busy, java.time.Duration.ofDays(12), true);
    stored(busy, java.time.Duration.ofDays(40), true);

    Api.Reply list = api.get("/api/v1/kiosks?unit=" + BAC_NHA_TRANG, officer(BAC_NHA_TRANG));

    assertEquals(200, list.status(), list.toString());
    Map<String, Object> shown = listed(list, busy);
    assertEquals(1, ((Number) shown.get("bursts7Days")).intValue());
    assertEquals(3, ((Number) shown.get("bursts30Days")).intValue());
    Instant last = Instant.parse((String) shown.get("lastRating"));
    assertTrue(
        Math.abs(ChronoUnit.MINUTES.between(Instant.now().minusSeconds(3600), last)) <= 1,
        "last rating an hour ago: " + last);
    assertEquals("Phường Bắc Nha Trang", shown.get("unitName"));
    Map<String, Object> none = listed(list, quiet);
    assertNull(none.get("lastRating"));
    assertEquals(0, ((Number) none.get("bursts30Days")).intValue());
    assertTrue(!list.body().contains("token"), list.body());
  }

  @Test
  void aRevokedKioskIsRefusedAtItsNextRatingUntilItGetsANewSetupLink() {
    String officer = officer(BAC_NHA_TRANG);
    String code = code("bnt-quay");
    String token = register(code, BAC_NHA_TRANG, officer).text("token");
    assertEquals(201, rate(token).status());

    Api.Reply revoked = api.post("/api/v1/kiosks/" + code + "/revoke", Map.of(), officer);

    assertEquals(200, revoked.status(), revoked.toString());
    assertEquals(Boolean.TRUE, revoked.json().get("revoked"));
    Api.Reply refused = rate(token);
    assertEquals(401, refused.status(), refused.toString());
    assertEquals("urn:hailong:problem:unauthorized", refused.text("type"));
    assertEquals(1, db.responses());

    Api.Reply renewed = api.post("/api/v1/kiosks/" + code + "/setup-link", Map.of(), officer);
    assertEquals(201, renewed.status(), renewed.toString());
    String fresh = renewed.text("token");
    assertNotEquals(token, fresh);
    assertTrue(renewed.text("setupUrl").contains("#setup=" + fresh), renewed.toString());
    assertEquals(401, rate(token).status(), "the old token stays dead");
    assertEquals(201, rate(fresh).status());
    assertEquals(Boolean.FALSE, listed(api.get("/api/v1/kiosks", officer), code).get("revoked"));
  }

  @Test
  void theSetupQrCodeHoldsTheSetupLink() throws Exception {
    Api.Reply registered = register(code("bnt-quay"), BAC_NHA_TRANG, api.adminToken());

    String qr = registered.text("setupQr");
    assertTrue(qr.startsWith("data:image/png;base64,"), qr.substring(0, 30));
    var image =
        ImageIO.read(
            new ByteArrayInputStream(
                Base64.getDecoder().decode(qr.substring("data:image/png;base64,".length()))));
    assertEquals(registered.text("setupUrl"), QrImages.decode(image));
  }

  @Test
  void anOfficerLearnsNothingAboutAnotherCommunesKiosks() {
    String admin = api.adminToken();
    String other = code("cl-quay");
    String otherToken = register(other, CAM_LAM, admin).text("token");
    String officer = officer(BAC_NHA_TRANG);

    Api.Reply list = api.get("/api/v1/kiosks?unit=" + CAM_LAM, officer);
    Api.Reply parent = api.get("/api/v1/kiosks?unit=khanh-hoa", officer);
    Api.Reply revoke = api.post("/api/v1/kiosks/" + other + "/revoke", Map.of(), officer);
    Api.Reply revokeNone = api.post("/api/v1/kiosks/khong-co-kiosk/revoke", Map.of(), officer);
    Api.Reply renew = api.post("/api/v1/kiosks/" + other + "/setup-link", Map.of(), officer);
    Api.Reply renewNone = api.post("/api/v1/kiosks/khong-co-kiosk/setup-link", Map.of(), officer);

    for (Api.Reply reply : List.of(list, parent, revoke, revokeNone, renew, renewNone)) {
      assertEquals(403, reply.status(), reply.toString());
      assertTrue(reply.isProblem(), reply.toString());
    }
    assertEquals(
        revoke.text("detail").replace(other, "X"),
        revokeNone.text("detail").replace("khong-co-kiosk", "X"));
    assertTrue(!renew.body().contains("hk_"), renew.body());
    assertEquals(
        0, db.count("SELECT COUNT(*) FROM kiosk WHERE code = ? AND revoked_at IS NOT NULL", other));
    // Cam Lâm's kiosk still rates its own unit
    Map<String, Object> rating =
        Ratings.web(CAM_LAM, OffsetDateTime.now().minusMinutes(1).toString());
    rating.put("channel", "KIOSK");
    assertEquals(201, api.post("/api/v1/responses", rating, otherToken).status());
    assertEquals(404, api.post("/api/v1/kiosks/khong-co-kiosk/revoke", Map.of(), admin).status());
    assertTrue(
        !api.get("/api/v1/kiosks?unit=" + BAC_NHA_TRANG, officer).body().contains(other),
        "Cam Lâm's kiosk is not listed for Bắc Nha Trang");
  }
}

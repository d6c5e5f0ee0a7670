package vn.hailong.api.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.hailong.api.support.Api;
import vn.hailong.api.support.Database;
import vn.hailong.api.support.TestClock;

/**
 * Settings: the web rate limit applies to complaints as to ratings (one budget per address), a
 * kiosk's own token is not limited; the answer period is configurable.
 */
@MicronautTest(transactional = false)
@Property(name = "hailong.ingest.web-rate-limit", value = "3")
@Property(name = "hailong.feedback.due-working-days", value = "3")
class FeedbackLimitsTest {
  static final String BAC_NHA_TRANG = "khanh-hoa.p-bac-nha-trang";

  @Inject Api api;
  @Inject Database db;
  @Inject TestClock clock;

  @AfterEach
  void realTime() {
    clock.reset();
  }

  static Map<String, Object> complaint() {
    return Map.of(
        "id",
        UUID.randomUUID().toString(),
        "unitCode",
        BAC_NHA_TRANG,
        "text",
        "Đề nghị bố trí thêm ghế chờ ở bộ phận một cửa.");
  }

  @Test
  void theFourthComplaintInAMinuteFromOneAddressIsRefusedButNotAKiosks() {
    // Friday 29/8/2025: Mon 1/9 and Tue 2/9 are Quốc khánh; three working days end Friday 5/9
    clock.set(Instant.parse("2025-08-29T03:00:00Z"));
    Api.Reply first = api.post("/api/v1/feedback", complaint());
    assertEquals(201, first.status(), first.toString());
    assertEquals("2025-09-05", first.text("dueDate"));
    assertEquals(201, api.post("/api/v1/feedback", complaint()).status());
    assertEquals(201, api.post("/api/v1/feedback", complaint()).status());

    Api.Reply refused = api.post("/api/v1/feedback", complaint());
    assertEquals(429, refused.status(), refused.toString());
    assertTrue(refused.isProblem());
    assertEquals("urn:hailong:problem:rate-limited", refused.text("type"));
    assertEquals(3, db.count("SELECT COUNT(*) FROM feedback"));

    String admin = api.adminToken();
    Api.Reply kiosk =
        api.post(
            "/api/v1/kiosks", Map.of("code", "bnt-phan-anh", "unitCode", BAC_NHA_TRANG), admin);
    assertEquals(201, kiosk.status(), kiosk.toString());
    String token = kiosk.text("token");
    Api.Reply fromKiosk =
        api.exchange(HttpRequest.POST("/api/v1/feedback", complaint()).bearerAuth(token));
    assertEquals(201, fromKiosk.status(), fromKiosk.toString());
    assertEquals(
        "KIOSK", db.text("SELECT channel FROM feedback WHERE id = ?", fromKiosk.text("id")));

    // a kiosk sends for its own unit only
    Map<String, Object> elsewhere = new java.util.HashMap<>(complaint());
    elsewhere.put("unitCode", "khanh-hoa.x-cam-lam");
    Api.Reply wrongUnit =
        api.exchange(HttpRequest.POST("/api/v1/feedback", elsewhere).bearerAuth(token));
    assertEquals(403, wrongUnit.status(), wrongUnit.toString());
    Api.Reply forged =
        api.exchange(HttpRequest.POST("/api/v1/feedback", complaint()).bearerAuth("hk_forged"));
    assertEquals(401, forged.status(), forged.toString());
    assertEquals(4, db.count("SELECT COUNT(*) FROM feedback"));
  }
}

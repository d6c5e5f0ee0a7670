package vn.hailong.api.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.hailong.api.support.Api;
import vn.hailong.api.support.Database;
import vn.hailong.api.support.Ratings;

@MicronautTest
@Property(name = "hailong.ingest.web-rate-limit", value = "3")
class WebRateLimitTest {
  @Inject Api api;
  @Inject Database db;

  @Test
  void theFourthWebRatingInAMinuteIsRefusedWithRetryAfter() {
    String at = java.time.OffsetDateTime.now().minusMinutes(5).toString();
    for (int i = 0; i < 3; i++) {
      assertEquals(
          201, api.post("/api/v1/responses", Ratings.web("khanh-hoa.x-cam-lam", at)).status());
    }

    Api.Reply refused = api.post("/api/v1/responses", Ratings.web("khanh-hoa.x-cam-lam", at));

    assertEquals(429, refused.status(), refused.toString());
    assertTrue(refused.isProblem());
    int retryAfter = Integer.parseInt(refused.retryAfter());
    assertTrue(retryAfter >= 1 && retryAfter <= 60, refused.retryAfter());
    assertEquals(3, db.responses());
  }
}

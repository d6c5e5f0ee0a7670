package vn.hailong.api.response;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hailong.api.support.Api;
import vn.hailong.api.support.Database;
import vn.hailong.api.support.Ratings;

/**
 * Without trusted proxies (the default), forwarding headers are whatever the sender wrote: a new
 * forged address per request must not buy a new allowance of web ratings.
 */
@MicronautTest(transactional = false)
@Property(name = "hailong.ingest.web-rate-limit", value = "3")
class ForgedAddressTest {
  static final String CAM_LAM = "khanh-hoa.x-cam-lam";

  @Inject Api api;
  @Inject Database db;

  @BeforeEach
  void empty() {
    db.clearResponses();
  }

  static MutableHttpRequest<?> rating(String forwardedFor) {
    String at = OffsetDateTime.now().minusMinutes(5).toString();
    return HttpRequest.POST("/api/v1/responses", Ratings.web(CAM_LAM, at))
        .header("X-Forwarded-For", forwardedFor)
        .header("Forwarded", "for=" + forwardedFor)
        .header("X-Real-IP", forwardedFor);
  }

  @Test
  void aNewForgedAddressPerRatingIsStillOneClient() {
    for (int i = 1; i <= 3; i++) {
      assertEquals(201, api.exchange(rating("198.51.100." + i)).status());
    }

    Api.Reply refused = api.exchange(rating("198.51.100.4"));

    assertEquals(429, refused.status(), refused.toString());
    assertEquals("urn:hailong:problem:rate-limited", refused.text("type"));
    assertEquals(3, db.responses());
  }
}

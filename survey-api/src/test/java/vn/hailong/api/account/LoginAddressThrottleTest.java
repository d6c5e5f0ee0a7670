package vn.hailong.api.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hailong.api.support.Api;

/** Guessing across many usernames from one address is limited too. */
@MicronautTest
@Property(name = "hailong.login.account-failures", value = "1000")
@Property(name = "hailong.login.address-failures", value = "6")
@Property(name = "hailong.login.first-lockout", value = "10m")
class LoginAddressThrottleTest {
  @Inject Api api;

  @Test
  void afterSixFailuresFromOneAddressEveryLoginFromItIs429() {
    for (int i = 0; i < 7; i++) {
      Api.Reply reply =
          api.post("/api/v1/login", Map.of("username", "thu-" + i, "password", "doan-mo-" + i));
      assertEquals(401, reply.status(), "failure " + (i + 1));
    }

    Api.Reply fresh =
        api.post("/api/v1/login", Map.of("username", "admin", "password", "test-admin-password"));

    assertEquals(429, fresh.status(), fresh.toString());
    assertEquals("urn:hailong:problem:rate-limited", fresh.text("type"));
    assertEquals(true, Integer.parseInt(fresh.retryAfter()) > 500);
  }
}

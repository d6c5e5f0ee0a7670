package vn.hailong.api.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import vn.hailong.api.support.Api;

/** Locks are ten minutes here, so that no assertion depends on how fast the test runs. */
@MicronautTest
@Property(name = "hailong.login.account-failures", value = "3")
@Property(name = "hailong.login.address-failures", value = "1000")
@Property(name = "hailong.login.first-lockout", value = "10m")
class LoginThrottleTest {
  @Inject Api api;

  private Api.Reply login(String username, String password) {
    return api.post("/api/v1/login", Map.of("username", username, "password", password));
  }

  private void account(String username, String password) {
    api.post(
        "/api/v1/accounts",
        Map.of(
            "username", username, "password", password, "role", "OFFICER", "unitCode", "khanh-hoa"),
        api.adminToken());
  }

  @Test
  void afterThreeFailuresTheAccountIsLockedEvenForTheRightPassword() {
    account("can-bo-doan", "mat-khau-dung-1");
    for (int i = 0; i < 4; i++) {
      assertEquals(401, login("can-bo-doan", "doan-sai-" + i).status(), "failure " + (i + 1));
    }

    Api.Reply locked = login("can-bo-doan", "mat-khau-dung-1");

    assertEquals(429, locked.status(), locked.toString());
    assertTrue(locked.isProblem());
    assertEquals("urn:hailong:problem:rate-limited", locked.text("type"));
    int retryAfter = Integer.parseInt(locked.retryAfter());
    assertTrue(retryAfter > 500 && retryAfter <= 600, "about ten minutes: " + retryAfter);
    assertEquals(200, login("admin", "test-admin-password").status(), "other accounts log in");
  }

  @Test
  void aSuccessClearsTheFailures() {
    account("can-bo-quen", "mat-khau-dung-2");
    for (int round = 0; round < 3; round++) {
      assertEquals(401, login("can-bo-quen", "quen-" + round + "a").status());
      assertEquals(401, login("can-bo-quen", "quen-" + round + "b").status());
      assertEquals(200, login("can-bo-quen", "mat-khau-dung-2").status(), "round " + round);
    }
  }

  @Test
  void securityEventsAreLoggedWithoutThePassword() {
    Logger security = (Logger) LoggerFactory.getLogger("vn.hailong.security");
    ListAppender<ILoggingEvent> events = new ListAppender<>();
    events.start();
    security.addAppender(events);
    try {
      for (int i = 0; i < 4; i++) {
        login("khong-co-ai", "bi-mat-" + i + "-xyz");
      }
    } finally {
      security.detachAppender(events);
    }

    String log =
        String.join("\n", events.list.stream().map(ILoggingEvent::getFormattedMessage).toList());
    assertTrue(log.contains("Failed login for account 'khong-co-ai' from "), log);
    assertTrue(log.contains("Login locked for account 'khong-co-ai'"), log);
    assertFalse(log.contains("bi-mat"), "no password in the log");
  }
}

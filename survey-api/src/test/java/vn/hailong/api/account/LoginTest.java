package vn.hailong.api.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hailong.api.support.Api;
import vn.hailong.api.support.Database;

@MicronautTest
class LoginTest {
  @Inject Api api;
  @Inject Database db;

  @Test
  void theFirstAdminExistsWithAHashedPassword() {
    Api.Reply reply =
        api.post("/api/v1/login", Map.of("username", "admin", "password", "test-admin-password"));

    assertEquals(200, reply.status(), reply.toString());
    assertEquals(3, reply.text("accessToken").split("\\.").length, "a JWT");
    assertEquals("ADMIN", reply.text("role"));
    String hash = db.text("SELECT password_hash FROM account WHERE username = 'admin'");
    assertTrue(hash.startsWith(PasswordHasher.PREHASHED + "$2a$12$"), hash);
  }

  @Test
  void aWrongPasswordOrUnknownUserIsTheSame401() {
    Api.Reply wrong = api.post("/api/v1/login", Map.of("username", "admin", "password", "nope"));
    Api.Reply unknown = api.post("/api/v1/login", Map.of("username", "ghost", "password", "nope"));

    assertEquals(401, wrong.status());
    assertEquals(401, unknown.status());
    assertTrue(wrong.isProblem() && unknown.isProblem());
    assertEquals(wrong.text("detail"), unknown.text("detail"));
  }

  @Test
  void onlyAdminsCreateAccountsAndTheyAreValidated() {
    String admin = api.adminToken();
    Map<String, Object> planner =
        Map.of(
            "username",
            "so-noi-vu",
            "password",
            "ke-hoach-2025",
            "role",
            "PLANNER",
            "unitCode",
            "khanh-hoa");

    Api.Reply created = api.post("/api/v1/accounts", planner, admin);
    Api.Reply again = api.post("/api/v1/accounts", planner, admin);
    Api.Reply weak =
        api.post(
            "/api/v1/accounts",
            Map.of(
                "username", "weak", "password", "123", "role", "OFFICER", "unitCode", "khanh-hoa"),
            admin);
    String plannerToken = api.login("so-noi-vu", "ke-hoach-2025");
    Api.Reply byPlanner =
        api.post(
            "/api/v1/accounts",
            Map.of(
                "username",
                "x-officer",
                "password",
                "long-enough-1",
                "role",
                "OFFICER",
                "unitCode",
                "khanh-hoa"),
            plannerToken);

    assertEquals(201, created.status(), created.toString());
    assertEquals(400, again.status());
    assertEquals(400, weak.status());
    assertEquals(403, byPlanner.status(), byPlanner.toString());
    assertTrue(byPlanner.isProblem(), byPlanner.toString());
    assertNotNull(plannerToken);
    assertEquals(
        0, db.count("SELECT COUNT(*) FROM account WHERE username IN ('weak', 'x-officer')"));
  }

  @Test
  void unsignedOrTamperedTokensAreRefused() {
    String token = api.adminToken();
    String[] parts = token.split("\\.");
    var encoder = java.util.Base64.getUrlEncoder().withoutPadding();
    String unsigned =
        encoder.encodeToString("{\"alg\":\"none\"}".getBytes()) + "." + parts[1] + ".";
    String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]));
    String tampered =
        parts[0]
            + "."
            + encoder.encodeToString(payload.replace("admin", "admim").getBytes())
            + "."
            + parts[2];
    Map<String, Object> account =
        Map.of("username", "intruder", "password", "long-enough-1", "role", "ADMIN");

    assertEquals(401, api.post("/api/v1/accounts", account, unsigned).status());
    assertEquals(401, api.post("/api/v1/accounts", account, tampered).status());
    assertEquals(0, db.count("SELECT COUNT(*) FROM account WHERE username = 'intruder'"));
  }
}

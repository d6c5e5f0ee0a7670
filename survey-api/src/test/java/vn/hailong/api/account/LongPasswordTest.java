package vn.hailong.api.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import vn.hailong.api.support.Api;
import vn.hailong.api.support.Database;

@MicronautTest(transactional = false)
class LongPasswordTest {
  // 24 words, well over BCrypt's 72 bytes in UTF-8
  static final String PASSPHRASE =
      "Đường vào xứ Huế quanh quanh, non xanh nước biếc như tranh họa đồ, ai vô xứ Huế thì vô";

  @Inject Api api;
  @Inject Database db;

  private Api.Reply create(String username, String password) {
    return api.post(
        "/api/v1/accounts",
        Map.of(
            "username", username, "password", password, "role", "OFFICER", "unitCode", "khanh-hoa"),
        api.adminToken());
  }

  private Api.Reply login(String username, String password) {
    return api.post("/api/v1/login", Map.of("username", username, "password", password));
  }

  @SuppressWarnings("unchecked")
  private static List<String> codes(Api.Reply reply) {
    return ((List<Map<String, Object>>) reply.json().get("errors"))
        .stream().map(e -> e.get("field") + ":" + e.get("code")).toList();
  }

  @Test
  void aLongVietnamesePassphraseIsAcceptedAndAllOfItCounts() {
    assertEquals(true, PASSPHRASE.getBytes(StandardCharsets.UTF_8).length > 100);

    Api.Reply created = create("can-bo-hue", PASSPHRASE);

    assertEquals(201, created.status(), created.toString());
    assertEquals(200, login("can-bo-hue", PASSPHRASE).status());
    // differs only after byte 72: plain BCrypt would not see the difference
    assertEquals(401, login("can-bo-hue", PASSPHRASE.replace("ai vô", "ai ra")).status());
  }

  @Test
  void tooShortAndTooLongPasswordsAreFieldProblems() {
    Api.Reply shortOne = create("ngan-qua", "ngắn-quá");
    Api.Reply longOne = create("dai-qua", "a".repeat(AccountService.MAX_PASSWORD + 1));

    assertEquals(400, shortOne.status());
    assertEquals(List.of("password:too-short"), codes(shortOne));
    assertEquals(400, longOne.status());
    assertEquals(List.of("password:too-long"), codes(longOne));
    assertEquals(
        0, db.count("SELECT COUNT(*) FROM account WHERE username IN ('ngan-qua', 'dai-qua')"));
  }

  @Test
  void aPlainBcryptHashFromBeforeThePreHashStillVerifies() {
    db.update(
        "INSERT INTO account (username, password_hash, role, unit_id, created_at)"
            + " VALUES (?, ?, 'ADMIN', NULL, CURRENT_TIMESTAMP)",
        "old-admin",
        new BCryptPasswordEncoder(12).encode("mat-khau-cu-2024"));

    assertEquals(200, login("old-admin", "mat-khau-cu-2024").status());
    assertEquals(401, login("old-admin", "mat-khau-cu-2025").status());
  }
}

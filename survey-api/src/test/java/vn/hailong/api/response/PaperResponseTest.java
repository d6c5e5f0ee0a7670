package vn.hailong.api.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hailong.api.support.Api;
import vn.hailong.api.support.Database;
import vn.hailong.api.support.Ratings;

/** Paper forms are typed in by an officer, for units in the officer's subtree only. */
@MicronautTest
class PaperResponseTest {
  static final String DIEN_KHANH = "khanh-hoa.x-dien-khanh";

  @Inject Api api;
  @Inject Database db;

  @BeforeEach
  void empty() {
    db.clearResponses();
  }

  private Map<String, Object> paper(String unit) {
    return Ratings.with(Ratings.web(unit, "2025-09-10T10:00:00+07:00"), "channel", "PAPER");
  }

  @Test
  void anOfficerTypesInPaperFormsOfTheirOwnUnitOnly() {
    String admin = api.adminToken();
    api.post(
        "/api/v1/accounts",
        Map.of(
            "username",
            "van-thu-dien-khanh",
            "password",
            "phieu-giay-2025",
            "role",
            "OFFICER",
            "unitCode",
            DIEN_KHANH),
        admin);
    String officer = api.login("van-thu-dien-khanh", "phieu-giay-2025");

    Api.Reply own = api.post("/api/v1/responses", paper(DIEN_KHANH), officer);
    Api.Reply elsewhere = api.post("/api/v1/responses", paper("khanh-hoa.x-cam-lam"), officer);
    Api.Reply anonymous = api.post("/api/v1/responses", paper(DIEN_KHANH));

    assertEquals(201, own.status(), own.toString());
    assertEquals(403, elsewhere.status(), elsewhere.toString());
    assertEquals(401, anonymous.status(), anonymous.toString());
    assertTrue(elsewhere.isProblem() && anonymous.isProblem());
    assertEquals(1, db.responses());
    assertEquals("PAPER", db.text("SELECT channel FROM response"));
  }
}

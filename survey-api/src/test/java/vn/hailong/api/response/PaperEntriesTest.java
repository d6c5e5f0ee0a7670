package vn.hailong.api.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hailong.api.support.Api;
import vn.hailong.api.support.Database;
import vn.hailong.api.support.Ratings;

/**
 * Paper forms are traceable (docs/decisions.md, "Paper entries"): the account that typed each one
 * in and when is stored, and shown to officers of the unit's subtree only.
 */
@MicronautTest
class PaperEntriesTest {
  static final String DIEN_KHANH = "khanh-hoa.x-dien-khanh";
  static final String CAM_LAM = "khanh-hoa.x-cam-lam";

  @Inject Api api;
  @Inject Database db;

  @BeforeEach
  void empty() {
    db.clearResponses();
  }

  private String officer(String username, String unit) {
    api.post(
        "/api/v1/accounts",
        Map.of(
            "username",
            username,
            "password",
            "phieu-giay-2025",
            "role",
            "OFFICER",
            "unitCode",
            unit),
        api.adminToken());
    return api.login(username, "phieu-giay-2025");
  }

  @Test
  void theListShowsWhoTypedInAPaperFormAndWhen() {
    String vanThu = officer("van-thu-dien-khanh-2", DIEN_KHANH);
    Map<String, Object> form =
        Ratings.with(Ratings.web(DIEN_KHANH, "2025-09-10T10:00:00+07:00"), "channel", "PAPER");
    Instant before = Instant.now();
    Api.Reply typed = api.post("/api/v1/responses", form, vanThu);
    Instant after = Instant.now();
    assertEquals(201, typed.status(), typed.toString());

    Api.Reply list =
        api.get(
            "/api/v1/responses/paper?unit=" + DIEN_KHANH + "&from=2025-09-01&to=2025-09-30",
            vanThu);

    assertEquals(200, list.status(), list.toString());
    assertEquals(false, list.json().get("truncated"));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> entries = (List<Map<String, Object>>) list.json().get("entries");
    assertEquals(1, entries.size(), list.toString());
    Map<String, Object> entry = entries.get(0);
    assertEquals(form.get("id"), entry.get("id"));
    assertEquals(DIEN_KHANH, entry.get("unitCode"));
    assertEquals("Xã Diên Khánh", entry.get("unitName"));
    assertEquals("2025-09-10", entry.get("formDate"));
    assertEquals("van-thu-dien-khanh-2", entry.get("enteredBy"));
    Instant enteredAt = Instant.parse((String) entry.get("enteredAt"));
    // whole seconds at worst: MySQL Connector/J takes MariaDB 10 for a 5.5 server and drops the
    // fraction of a DATETIME(3) it sends (reported, not this test's concern)
    assertFalse(
        enteredAt.isBefore(before.truncatedTo(ChronoUnit.SECONDS)),
        enteredAt + " before " + before);
    assertFalse(enteredAt.isAfter(after.plusMillis(1)), enteredAt + " after " + after);
    assertEquals(6, ((Number) entry.get("answers")).intValue());
    assertEquals(
        "van-thu-dien-khanh-2",
        db.text("SELECT entered_by FROM response WHERE id = ?", form.get("id")));
  }

  @Test
  void anOfficerOfAnotherCommuneGets403AndLearnsNothing() {
    String vanThu = officer("van-thu-dien-khanh-3", DIEN_KHANH);
    String camLam = officer("van-thu-cam-lam-3", CAM_LAM);
    Map<String, Object> form =
        Ratings.with(Ratings.web(DIEN_KHANH, "2025-09-10T10:00:00+07:00"), "channel", "PAPER");
    assertEquals(201, api.post("/api/v1/responses", form, vanThu).status());

    Api.Reply known = api.get("/api/v1/responses/paper?unit=" + DIEN_KHANH, camLam);
    Api.Reply unknown = api.get("/api/v1/responses/paper?unit=khanh-hoa.x-khong-co", camLam);
    Api.Reply anonymous = api.get("/api/v1/responses/paper?unit=" + DIEN_KHANH);

    assertEquals(403, known.status(), known.toString());
    assertTrue(known.isProblem(), known.toString());
    assertEquals("urn:hailong:problem:forbidden", known.text("type"));
    assertFalse(known.body().contains("van-thu-dien-khanh-3"), known.body());
    assertFalse(known.body().contains("Diên Khánh"), known.body());
    // an existing unit elsewhere and a unit nobody has are refused alike
    assertEquals(403, unknown.status(), unknown.toString());
    assertEquals(
        known.text("detail").replace(DIEN_KHANH, "khanh-hoa.x-khong-co"), unknown.text("detail"));
    assertEquals(401, anonymous.status(), anonymous.toString());
  }

  @Test
  void kioskAndWebRatingsAreNotPaperEntries() {
    String vanThu = officer("van-thu-dien-khanh-4", DIEN_KHANH);
    assertEquals(
        201,
        api.post("/api/v1/responses", Ratings.web(DIEN_KHANH, "2025-09-10T10:00:00+07:00"))
            .status());

    Api.Reply list =
        api.get("/api/v1/responses/paper?from=2025-09-01&to=2025-09-30", vanThu); // own unit

    assertEquals(200, list.status(), list.toString());
    assertEquals(DIEN_KHANH, list.text("unit"));
    assertEquals(List.of(), list.json().get("entries"));
    assertEquals(0, db.count("SELECT COUNT(*) FROM response WHERE entered_by IS NOT NULL"));
  }
}

package vn.hailong.api.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hailong.api.support.Api;
import vn.hailong.api.support.Database;
import vn.hailong.api.support.Ratings;

/**
 * Repeated presses at one kiosk (docs/decisions.md, "Burst guard"): a KIOSK rating less than 8 s
 * after the kiosk's previous one is stored and flagged, and rolled up into the burst rollup only.
 */
@MicronautTest(transactional = false)
class BurstGuardTest {
  static final String BAC_NHA_TRANG = "khanh-hoa.p-bac-nha-trang";

  @Inject Api api;
  @Inject Database db;
  @Inject BurstRollups bursts;

  @BeforeEach
  void empty() {
    bursts.clearAll();
  }

  private String kioskToken(String code) {
    Api.Reply kiosk =
        api.post(
            "/api/v1/kiosks", Map.of("code", code, "unitCode", BAC_NHA_TRANG), api.adminToken());
    assertEquals(201, kiosk.status(), kiosk.toString());
    return kiosk.text("token");
  }

  /** Posts a kiosk rating of the six headline questions, all 4, submitted at {@code at}. */
  private String rate(String token, String at) {
    Map<String, Object> rating = Ratings.web(BAC_NHA_TRANG, at);
    rating.put("channel", "KIOSK");
    Api.Reply reply = api.post("/api/v1/responses", rating, token);
    assertEquals(201, reply.status(), reply.toString());
    return (String) rating.get("id");
  }

  private boolean isBurst(String id) {
    return db.count("SELECT COUNT(*) FROM response WHERE burst = TRUE AND id = ?", id) == 1;
  }

  @Test
  void aSecondPressThreeSecondsLaterIsFlaggedKeptAndRolledUpApart() {
    String token = kioskToken("bnt-burst-1");

    String first = rate(token, "2025-09-03T09:00:00+07:00");
    String second = rate(token, "2025-09-03T09:00:03+07:00");

    assertEquals(2, db.responses());
    assertFalse(isBurst(first));
    assertTrue(isBurst(second));
    assertEquals(6, db.rollupTotal()); // the first only
    assertEquals(6, bursts.total()); // the second only
  }

  @Test
  void ratingsThirtySecondsApartAreNotABurst() {
    String token = kioskToken("bnt-burst-2");

    String first = rate(token, "2025-09-03T10:00:00+07:00");
    String second = rate(token, "2025-09-03T10:00:30+07:00");

    assertFalse(isBurst(first));
    assertFalse(isBurst(second));
    assertEquals(12, db.rollupTotal());
    assertEquals(0, bursts.total());
  }

  @Test
  void everyPressOfAChainAfterTheFirstIsFlagged() {
    String token = kioskToken("bnt-burst-3");

    String first = rate(token, "2025-09-03T11:00:00+07:00");
    String second = rate(token, "2025-09-03T11:00:05+07:00");
    String third = rate(token, "2025-09-03T11:00:12.999+07:00"); // 7.999 s after the second
    String fourth = rate(token, "2025-09-03T11:00:20.999+07:00"); // 8 s after the third: honest

    assertFalse(isBurst(first));
    assertTrue(isBurst(second));
    assertTrue(isBurst(third));
    assertFalse(isBurst(fourth));
    assertEquals(12, db.rollupTotal());
    assertEquals(12, bursts.total());
  }

  @Test
  void twoKiosksOfOneUnitDoNotMakeABurst() {
    String quay1 = kioskToken("bnt-burst-4");
    String quay2 = kioskToken("bnt-burst-5");

    String first = rate(quay1, "2025-09-03T14:00:00+07:00");
    String second = rate(quay2, "2025-09-03T14:00:02+07:00");

    assertFalse(isBurst(first));
    assertFalse(isBurst(second));
    assertEquals(0, bursts.total());
  }

  @Test
  void webRatingsAreNeverFlagged() {
    String first = (String) postWeb("2025-09-03T15:00:00+07:00");
    String second = (String) postWeb("2025-09-03T15:00:01+07:00");

    assertFalse(isBurst(first));
    assertFalse(isBurst(second));
    assertEquals(12, db.rollupTotal());
  }

  @Test
  void aRetryOfAFlaggedRatingIsStillOneRating() {
    String token = kioskToken("bnt-burst-6");
    rate(token, "2025-09-03T16:00:00+07:00");
    Map<String, Object> again = Ratings.web(BAC_NHA_TRANG, "2025-09-03T16:00:03+07:00");
    again.put("channel", "KIOSK");

    assertEquals(201, api.post("/api/v1/responses", again, token).status());
    assertEquals(200, api.post("/api/v1/responses", again, token).status());

    assertEquals(2, db.responses());
    assertTrue(isBurst((String) again.get("id")));
    assertEquals(6, bursts.total());
  }

  private Object postWeb(String at) {
    Map<String, Object> rating = Ratings.web(BAC_NHA_TRANG, at);
    assertEquals(201, api.post("/api/v1/responses", rating).status());
    return rating.get("id");
  }
}

package vn.hailong.api.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hailong.api.support.Api;
import vn.hailong.api.support.Database;
import vn.hailong.api.support.Ratings;
import vn.hailong.api.support.TestClock;

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
  @Inject TestClock clock;

  @BeforeEach
  void empty() {
    bursts.clearAll();
  }

  @AfterEach
  void realTime() {
    clock.reset();
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

  /** The server receives the rating at {@code receivedAt}; the kiosk claims {@code submittedAt}. */
  private String rateAt(String token, Instant receivedAt, Instant submittedAt) {
    clock.set(receivedAt);
    return rate(token, submittedAt.toString());
  }

  private static final Instant T0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);

  @Test
  void ratingsArrivingTogetherAreABurstWhateverTimesTheKioskClaims() {
    String token = kioskToken("bnt-burst-flood");
    // 30 ratings posted as fast as possible (10 ms apart on the server's clock), each claiming to
    // be 9 s after the one before, starting now: the old rule, on the claimed times, flagged none
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      ids.add(rateAt(token, T0.plusMillis(10L * i), T0.plusSeconds(9L * i)));
    }

    assertFalse(isBurst(ids.get(0)));
    for (String id : ids.subList(1, ids.size())) {
      assertTrue(isBurst(id), id);
    }
    assertEquals(6, db.rollupTotal()); // the first only
    assertEquals(29 * 6, bursts.total());
  }

  @Test
  void anHonestOfflineFlushIsNotABurst() {
    String token = kioskToken("bnt-burst-flush");
    // heard live at T0; then the network is down for ten minutes, while citizens rate every 30 s
    String live = rateAt(token, T0, T0);
    Instant back = T0.plus(Duration.ofMinutes(10));
    List<String> queued = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      // delivered in a row, 300 ms apart, when the kiosk is back online
      queued.add(rateAt(token, back.plusMillis(300L * i), T0.plusSeconds(60).plusSeconds(30L * i)));
    }

    assertFalse(isBurst(live));
    for (String id : queued) {
      assertFalse(isBurst(id), id);
    }
    assertEquals(13 * 6, db.rollupTotal());
    assertEquals(0, bursts.total());
  }

  @Test
  void aFakeFlushClaimingTimesWhenTheKioskWasSendingLiveIsABurst() {
    String token = kioskToken("bnt-burst-fake");
    // sending live every 30 s for two minutes
    List<String> live = new ArrayList<>();
    for (int i = 0; i <= 4; i++) {
      live.add(rateAt(token, T0.plusSeconds(30L * i), T0.plusSeconds(30L * i)));
    }
    // then, right away, a "queue" whose times fall while the server was hearing from the kiosk
    Instant after = T0.plusSeconds(121);
    List<String> fake = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      fake.add(rateAt(token, after.plusMillis(200L * i), T0.plusSeconds(10).plusSeconds(30L * i)));
    }
    // the limit, accepted: a claimed time in the last silence (between the ratings received at
    // T0+90 s and T0+120 s) passes, one per window of silence, as an honest kiosk could have made
    String inLastSilence = rateAt(token, after.plusMillis(600), T0.plusSeconds(105));

    for (String id : live) {
      assertFalse(isBurst(id), id);
    }
    for (String id : fake) {
      assertTrue(isBurst(id), id);
    }
    assertFalse(isBurst(inLastSilence));
    assertEquals(6 * 6, db.rollupTotal());
    assertEquals(3 * 6, bursts.total());
  }

  @Test
  void aQueuedRatingNextToAnotherOneInClientTimeIsABurst() {
    String token = kioskToken("bnt-burst-pair");
    Instant back = T0.plus(Duration.ofMinutes(10));
    // delivered in a row after a silence, but made 3 s apart: pressed twice
    String first = rateAt(token, back, T0.plusSeconds(60));
    String second = rateAt(token, back.plusMillis(300), T0.plusSeconds(63));

    assertFalse(isBurst(first));
    assertTrue(isBurst(second));
  }

  @Test
  void aRatingStoredBeforeRunStartsWereKeptStartsItsOwnRun() {
    // two kiosks, the same story: a rating at T0, a second press 3 s later, then a queued rating
    // made a minute before T0 arriving right after; kiosk B's second rating was stored before V11
    String a = kioskToken("bnt-burst-run-a");
    String b = kioskToken("bnt-burst-run-b");
    rateAt(a, T0, T0);
    rateAt(a, T0.plusSeconds(3), T0.plusSeconds(3));
    rateAt(b, T0, T0);
    String legacy = rateAt(b, T0.plusSeconds(3), T0.plusSeconds(3));
    assertEquals(1, db.update("UPDATE response SET run_start = NULL WHERE id = ?", legacy));

    String queuedA = rateAt(a, T0.plusSeconds(4), T0.minusSeconds(60));
    String queuedB = rateAt(b, T0.plusSeconds(4), T0.minusSeconds(60));

    // A's run began at T0, with no rating before it: the kiosk may have been queueing then
    assertFalse(isBurst(queuedA));
    // B's run is taken to begin at the legacy rating, so T0 bounds the queue: the stricter reading
    assertTrue(isBurst(queuedB));
  }
}

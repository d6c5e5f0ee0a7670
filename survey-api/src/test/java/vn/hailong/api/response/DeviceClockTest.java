package vn.hailong.api.response;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hailong.analysis.VietnamTime;
import vn.hailong.api.support.Api;
import vn.hailong.api.support.Database;
import vn.hailong.api.support.Ratings;

/**
 * The server's clock is the reference: a device clock that cannot be believed never loses a rating,
 * and never decides which day (and so which reported quarter) it counts on.
 */
@MicronautTest(transactional = false)
@Property(name = "hailong.ingest.web-window", value = "48h")
class DeviceClockTest {
  static final String BAC_NHA_TRANG = "khanh-hoa.p-bac-nha-trang";

  @Inject Api api;
  @Inject Database db;

  @BeforeEach
  void empty() {
    db.clearResponses();
  }

  private static String at(OffsetDateTime time) {
    return time.withNano(0).toString();
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.ofHours(7));
  }

  private static LocalDate today() {
    return VietnamTime.localDate(java.time.Instant.now());
  }

  private String kioskToken(String code) {
    return api.post(
            "/api/v1/kiosks", Map.of("code", code, "unitCode", BAC_NHA_TRANG), api.adminToken())
        .text("token");
  }

  @Test
  void aKioskTenMinutesFastIsCountedTodayAndFlagged() {
    var body =
        Ratings.with(Ratings.web(BAC_NHA_TRANG, at(now().plusMinutes(10))), "channel", "KIOSK");

    Api.Reply reply = api.post("/api/v1/responses", body, kioskToken("bnt-dong-ho-nhanh"));

    assertEquals(201, reply.status(), reply.toString());
    assertEquals(1, db.count("SELECT COUNT(*) FROM response WHERE time_corrected = TRUE"));
    assertEquals(1, db.rollup(BAC_NHA_TRANG, "ACCESS", today(), 4));
  }

  @Test
  void aWebRatingDatedLastYearCountsTodayAndKeepsItsClaim() {
    OffsetDateTime claimed = now().minusYears(1);
    var body = Ratings.web(BAC_NHA_TRANG, at(claimed));

    Api.Reply reply = api.post("/api/v1/responses", body);

    assertEquals(201, reply.status(), reply.toString());
    assertEquals(0, db.rollup(BAC_NHA_TRANG, "ACCESS", claimed.toLocalDate(), 4), "the past stays");
    assertEquals(1, db.rollup(BAC_NHA_TRANG, "ACCESS", today(), 4));
    assertEquals(1, db.count("SELECT COUNT(*) FROM response WHERE time_corrected = TRUE"));
    assertEquals(
        claimed.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate().toString(),
        db.text("SELECT submitted_at FROM response").substring(0, 10),
        "the claimed time is kept");
  }

  @Test
  void aWebRatingQueuedForAnHourCountsOnItsDay() {
    OffsetDateTime made = now().minusHours(1);
    Api.Reply reply = api.post("/api/v1/responses", Ratings.web(BAC_NHA_TRANG, at(made)));

    assertEquals(201, reply.status(), reply.toString());
    assertEquals(0, db.count("SELECT COUNT(*) FROM response WHERE time_corrected = TRUE"));
    assertEquals(1, db.rollup(BAC_NHA_TRANG, "ACCESS", VietnamTime.localDate(made.toInstant()), 4));
  }

  @Test
  void timesKeepTheirMillisecondsOnEveryDatabase() {
    OffsetDateTime made = now().minusMinutes(3).withNano(123_000_000);
    Api.Reply reply = api.post("/api/v1/responses", Ratings.web(BAC_NHA_TRANG, made.toString()));

    assertEquals(201, reply.status(), reply.toString());
    String stored = db.text("SELECT submitted_at FROM response");
    assertEquals(".123", stored.substring(19, 23), stored);
  }
}

package vn.hailong.api.response;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What kiosks have sent, for the kiosks page: when each last sent a rating (as received) and how
 * many of its ratings were flagged as bursts in the last 7 and 30 days (docs/decisions.md, "Burst
 * guard"). Read from the response table, which this package owns.
 */
@Singleton
public class KioskActivity {
  static final Duration WEEK = Duration.ofDays(7);
  static final Duration MONTH = Duration.ofDays(30);

  private final JdbcOperations jdbc;

  KioskActivity(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  /** A kiosk's figures; {@code lastRating} null when it never sent one. */
  public record Activity(@Nullable Instant lastRating, long bursts7Days, long bursts30Days) {
    static final Activity NONE = new Activity(null, 0, 0);
  }

  /** Kiosk id to its activity, as of {@code now}; kiosks without ratings get {@link #NONE}. */
  @Transactional(readOnly = true)
  public Map<Long, Activity> of(Collection<Long> kioskIds, Instant now) {
    Map<Long, Activity> activity = new HashMap<>();
    kioskIds.forEach(id -> activity.put(id, Activity.NONE));
    if (kioskIds.isEmpty()) {
      return activity;
    }
    List<Long> ids = List.copyOf(kioskIds);
    jdbc.prepareStatement(
        "SELECT kiosk_id, MAX(received_at),"
            + " SUM(CASE WHEN burst AND received_at >= ? THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN burst AND received_at >= ? THEN 1 ELSE 0 END)"
            + " FROM response WHERE kiosk_id IN ("
            + String.join(", ", java.util.Collections.nCopies(ids.size(), "?"))
            + ") GROUP BY kiosk_id",
        statement -> {
          statement.setObject(1, LocalDateTime.ofInstant(now.minus(WEEK), ZoneOffset.UTC));
          statement.setObject(2, LocalDateTime.ofInstant(now.minus(MONTH), ZoneOffset.UTC));
          for (int i = 0; i < ids.size(); i++) {
            statement.setLong(i + 3, ids.get(i));
          }
          try (var rows = statement.executeQuery()) {
            while (rows.next()) {
              LocalDateTime last = rows.getObject(2, LocalDateTime.class);
              activity.put(
                  rows.getLong(1),
                  new Activity(
                      last == null ? null : last.toInstant(ZoneOffset.UTC),
                      rows.getLong(3),
                      rows.getLong(4)));
            }
          }
          return null;
        });
    return activity;
  }
}

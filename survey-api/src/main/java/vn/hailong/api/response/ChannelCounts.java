package vn.hailong.api.response;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import vn.hailong.analysis.Criterion;

/**
 * Satisfied and valid headline answers per channel and criterion of one unit's own counter over a
 * date range: the channel comparison (docs/method.md, "Channel bias"). The rollups do not keep the
 * channel, so this reads the stored ratings through the index on (unit, local day): one unit, never
 * a subtree, so that the scan stays that of one counter (docs/decisions.md). Headline questions
 * only: one answer per respondent and criterion, independent as the chi-square test assumes. Burst
 * ratings are left out, as everywhere.
 */
@Singleton
public class ChannelCounts {
  private final JdbcOperations jdbc;

  ChannelCounts(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  /** {satisfied, valid} per criterion and channel. */
  @Transactional(readOnly = true)
  public Map<Criterion, Map<Channel, long[]>> headline(long unitId, LocalDate from, LocalDate to) {
    Map<Criterion, Map<Channel, long[]>> counts = new EnumMap<>(Criterion.class);
    StringBuilder headlines = new StringBuilder();
    for (Criterion c : Criterion.values()) {
      headlines.append(headlines.isEmpty() ? "" : ", ").append('\'').append(c.name()).append('\'');
    }
    String sql =
        "SELECT r.channel, a.question_code,"
            + " SUM(CASE WHEN a.rating >= 4 THEN 1 ELSE 0 END), COUNT(a.rating)"
            + " FROM response r JOIN response_answer a ON a.response_id = r.id"
            + " WHERE r.unit_id = ? AND r.local_date BETWEEN ? AND ? AND r.burst = FALSE"
            + " AND a.question_code IN ("
            + headlines
            + ") GROUP BY r.channel, a.question_code";
    jdbc.prepareStatement(
        sql,
        statement -> {
          statement.setLong(1, unitId);
          statement.setObject(2, from);
          statement.setObject(3, to);
          try (var rows = statement.executeQuery()) {
            while (rows.next()) {
              counts
                  .computeIfAbsent(
                      Criterion.valueOf(rows.getString(2)), c -> new EnumMap<>(Channel.class))
                  .put(
                      Channel.valueOf(rows.getString(1)),
                      new long[] {rows.getLong(3), rows.getLong(4)});
            }
          }
          return null;
        });
    return counts;
  }
}

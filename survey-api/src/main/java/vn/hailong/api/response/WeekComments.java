package vn.hailong.api.response;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import vn.hailong.api.support.UnitDays;

/** Citizens' comments of units' own counters over a few days, newest first: for alerts. */
@Singleton
public class WeekComments {
  private final JdbcOperations jdbc;

  WeekComments(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * At most {@code limit} comments of each unit's days, newest first, in one query for all of them
   * (an alert list shows up to 200).
   */
  @Transactional(readOnly = true)
  public Map<UnitDays, List<String>> of(Collection<UnitDays> weeks, int limit) {
    UnitDays.Collector<String> comments = new UnitDays.Collector<>(weeks, limit);
    if (weeks.isEmpty()) {
      return comments.lists();
    }
    List<Object> parameters = UnitDays.parameters(weeks);
    return jdbc.prepareStatement(
        "SELECT unit_id, local_date, comment FROM response WHERE "
            + UnitDays.filter(weeks.size())
            + " AND comment IS NOT NULL AND burst = FALSE ORDER BY submitted_at DESC",
        statement -> {
          for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
          }
          try (var rows = statement.executeQuery()) {
            while (rows.next()) {
              comments.add(rows.getLong(1), rows.getObject(2, LocalDate.class), rows.getString(3));
            }
          }
          return comments.lists();
        });
  }
}

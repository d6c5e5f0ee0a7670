package vn.hailong.api.response;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Citizens' comments of one unit's own counter over a few days, newest first: for an alert. */
@Singleton
public class WeekComments {
  private final JdbcOperations jdbc;

  WeekComments(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  /** At most {@code limit} comments given from..to (local days), newest first. */
  @Transactional(readOnly = true)
  public List<String> of(long unitId, LocalDate from, LocalDate to, int limit) {
    return jdbc.prepareStatement(
        "SELECT comment FROM response WHERE unit_id = ? AND local_date BETWEEN ? AND ?"
            + " AND comment IS NOT NULL AND burst = FALSE ORDER BY submitted_at DESC LIMIT ?",
        statement -> {
          statement.setLong(1, unitId);
          statement.setObject(2, from);
          statement.setObject(3, to);
          statement.setInt(4, limit);
          List<String> comments = new ArrayList<>();
          try (var rows = statement.executeQuery()) {
            while (rows.next()) {
              comments.add(rows.getString(1));
            }
          }
          return comments;
        });
  }
}

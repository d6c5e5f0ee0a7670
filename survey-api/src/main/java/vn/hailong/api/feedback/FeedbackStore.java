package vn.hailong.api.feedback;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import vn.hailong.api.support.UnitDays;

/** The feedback table's SQL; nothing else reads or writes it. */
@Singleton
class FeedbackStore {
  private static final DateTimeFormatter UTC_MILLIS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");
  private static final String COLUMNS =
      "id, unit_id, channel, question, contact, receipt_code, received_at, local_date, due_date,"
          + " assignee, assigned_at, assigned_by, answer, answered_at, answer_date, answered_by,"
          + " published_at, published_by";

  private final JdbcOperations jdbc;

  FeedbackStore(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores a new complaint; false (and nothing stored) when its id is taken already. */
  @Transactional
  boolean insert(Feedback f) {
    try {
      return jdbc.prepareStatement(
          "INSERT INTO feedback (id, unit_id, channel, question, contact, receipt_code,"
              + " received_at, local_date, due_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
          statement -> {
            statement.setString(1, f.id());
            statement.setLong(2, f.unitId());
            statement.setString(3, f.channel().name());
            statement.setString(4, f.question());
            setText(statement, 5, f.contact());
            setText(statement, 6, f.receiptCode());
            statement.setString(7, utc(f.receivedAt()));
            statement.setObject(8, f.receivedOn());
            statement.setObject(9, f.dueDate());
            return statement.executeUpdate() == 1;
          });
    } catch (RuntimeException e) {
      if (isConstraintViolation(e)) {
        return false;
      }
      throw e;
    }
  }

  @Transactional
  Optional<Feedback> find(String id) {
    List<Feedback> rows = select(" WHERE id = ?", List.of(id), 1);
    return rows.stream().findFirst();
  }

  /** Newest first, at most {@code limit}; dates are received days, inclusive, null: open. */
  @Transactional
  List<Feedback> list(
      Collection<Long> unitIds, @Nullable LocalDate from, @Nullable LocalDate to, int limit) {
    if (unitIds.isEmpty()) {
      return List.of();
    }
    List<Object> parameters = new ArrayList<>(unitIds);
    StringBuilder where =
        new StringBuilder(" WHERE unit_id IN (")
            .append(String.join(", ", Collections.nCopies(unitIds.size(), "?")))
            .append(")");
    if (from != null) {
      where.append(" AND local_date >= ?");
      parameters.add(from);
    }
    if (to != null) {
      where.append(" AND local_date <= ?");
      parameters.add(to);
    }
    where.append(" ORDER BY received_at DESC, id");
    return select(where.toString(), parameters, limit);
  }

  /** The complaints received on each unit's days, newest first, in one query. */
  @Transactional
  List<Feedback> received(Collection<UnitDays> days) {
    if (days.isEmpty()) {
      return List.of();
    }
    return select(
        " WHERE " + UnitDays.filter(days.size()) + " ORDER BY received_at DESC, id",
        UnitDays.parameters(days),
        Integer.MAX_VALUE);
  }

  /** Published answers of one unit, the latest published first. */
  @Transactional
  List<Feedback> published(long unitId, int limit) {
    return select(
        " WHERE unit_id = ? AND published_at IS NOT NULL ORDER BY published_at DESC, id",
        List.of(unitId),
        limit);
  }

  @Transactional
  void assign(String id, String assignee, Instant at, String by) {
    update(
        "UPDATE feedback SET assignee = ?, assigned_at = ?, assigned_by = ? WHERE id = ?",
        assignee,
        utc(at),
        by,
        id);
  }

  /** The answer's text; the time, day and officer of the first answer are kept. */
  @Transactional
  void answer(String id, String answer, Instant at, LocalDate on, String by) {
    update(
        "UPDATE feedback SET answer = ?, answered_at = COALESCE(answered_at, ?),"
            + " answer_date = COALESCE(answer_date, ?), answered_by = COALESCE(answered_by, ?)"
            + " WHERE id = ?",
        answer,
        utc(at),
        on,
        by,
        id);
  }

  /** The answer no longer public (still stored, editable again); false when it was not public. */
  @Transactional
  boolean unpublish(String id) {
    return update(
            "UPDATE feedback SET published_at = NULL, published_by = NULL WHERE id = ? AND"
                + " published_at IS NOT NULL",
            id)
        == 1;
  }

  @Transactional
  void publish(String id, Instant at, String by) {
    update(
        "UPDATE feedback SET published_at = ?, published_by = ? WHERE id = ? AND published_at IS"
            + " NULL",
        utc(at),
        by,
        id);
  }

  private int update(String sql, Object... parameters) {
    return jdbc.prepareStatement(
        sql,
        statement -> {
          for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
          }
          return statement.executeUpdate();
        });
  }

  private List<Feedback> select(String where, List<?> parameters, int limit) {
    return jdbc.prepareStatement(
        "SELECT " + COLUMNS + " FROM feedback" + where + " LIMIT " + limit,
        statement -> {
          for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
          }
          List<Feedback> rows = new ArrayList<>();
          try (ResultSet r = statement.executeQuery()) {
            while (r.next()) {
              rows.add(read(r));
            }
          }
          return rows;
        });
  }

  private static Feedback read(ResultSet r) throws SQLException {
    return new Feedback(
        r.getString("id"),
        r.getLong("unit_id"),
        FeedbackChannel.valueOf(r.getString("channel")),
        r.getString("question"),
        r.getString("contact"),
        r.getString("receipt_code"),
        instant(r, "received_at"),
        r.getObject("local_date", LocalDate.class),
        r.getObject("due_date", LocalDate.class),
        r.getString("assignee"),
        instant(r, "assigned_at"),
        r.getString("assigned_by"),
        r.getString("answer"),
        instant(r, "answered_at"),
        r.getObject("answer_date", LocalDate.class),
        r.getString("answered_by"),
        instant(r, "published_at"),
        r.getString("published_by"));
  }

  @Nullable
  private static Instant instant(ResultSet r, String column) throws SQLException {
    LocalDateTime utc = r.getObject(column, LocalDateTime.class);
    return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
  }

  private static void setText(PreparedStatement statement, int index, @Nullable String value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.VARCHAR);
    } else {
      statement.setString(index, value);
    }
  }

  /**
   * UTC text with milliseconds, for a DATETIME(3) parameter: Connector/J drops the fractions of a
   * temporal parameter on MariaDB (as in response/ResponseStore).
   */
  private static String utc(Instant instant) {
    return UTC_MILLIS.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
  }

  private static boolean isConstraintViolation(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("23")) {
        return true;
      }
    }
    return false;
  }
}

package vn.hailong.api.response;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

/**
 * Stores a response, its answers and its daily rollup increments in one transaction. The response
 * package owns the response, response_answer and daily_rollup tables.
 */
@Singleton
public class ResponseStore {
  private static final String INSERT_RESPONSE =
      "INSERT INTO response (id, unit_id, channel, submitted_at, local_date, received_at, kiosk_id,"
          + " receipt_code, comment, content_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String INSERT_ANSWER =
      "INSERT INTO response_answer (response_id, question_code, rating) VALUES (?, ?, ?)";
  // One row per (unit, day, question); VALUES() reads the would-be-inserted counts (MySQL, MariaDB, H2).
  private static final String UPSERT_ROLLUP =
      "INSERT INTO daily_rollup (unit_id, local_date, question_code, n1, n2, n3, n4, n5, n_na)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE"
          + " n1 = n1 + VALUES(n1), n2 = n2 + VALUES(n2), n3 = n3 + VALUES(n3),"
          + " n4 = n4 + VALUES(n4), n5 = n5 + VALUES(n5), n_na = n_na + VALUES(n_na)";

  private final JdbcOperations jdbc;

  ResponseStore(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  /** The content hash stored under this id, if a response with it exists. */
  @Transactional(readOnly = true)
  public Optional<String> contentHash(String id) {
    return jdbc.prepareStatement(
        "SELECT content_hash FROM response WHERE id = ?",
        statement -> {
          statement.setString(1, id);
          try (var rows = statement.executeQuery()) {
            return rows.next() ? Optional.of(rows.getString(1)) : Optional.<String>empty();
          }
        });
  }

  /**
   * Inserts the response and rolls it up.
   *
   * @throws DuplicateKey when the id or the (unit, receipt code) is already stored
   */
  @Transactional
  public void insert(Submission submission, @Nullable Long kioskId, Instant receivedAt) {
    Connection connection = jdbc.getConnection();
    String id = submission.id().toString();
    try {
      try (PreparedStatement insert = connection.prepareStatement(INSERT_RESPONSE)) {
        insert.setString(1, id);
        insert.setLong(2, submission.unit().id());
        insert.setString(3, submission.channel().name());
        insert.setObject(4, utc(submission.submittedAt()));
        insert.setObject(5, submission.localDate());
        insert.setObject(6, utc(receivedAt));
        if (kioskId == null) {
          insert.setNull(7, Types.BIGINT);
        } else {
          insert.setLong(7, kioskId);
        }
        insert.setString(8, submission.receiptCode());
        insert.setString(9, submission.comment());
        insert.setString(10, submission.contentHash());
        insert.executeUpdate();
      }
      try (PreparedStatement answers = connection.prepareStatement(INSERT_ANSWER)) {
        for (Map.Entry<String, Integer> answer : submission.answers().entrySet()) {
          answers.setString(1, id);
          answers.setString(2, answer.getKey());
          answers.setObject(3, answer.getValue(), Types.SMALLINT);
          answers.addBatch();
        }
        answers.executeBatch();
      }
      try (PreparedStatement rollup = connection.prepareStatement(UPSERT_ROLLUP)) {
        // answers are sorted by question code: every writer locks rollup rows in the same order
        for (Map.Entry<String, Integer> answer : submission.answers().entrySet()) {
          rollup.setLong(1, submission.unit().id());
          rollup.setObject(2, submission.localDate());
          rollup.setString(3, answer.getKey());
          Integer rating = answer.getValue();
          for (int value = 1; value <= 5; value++) {
            rollup.setInt(3 + value, rating != null && rating == value ? 1 : 0);
          }
          rollup.setInt(9, rating == null ? 1 : 0);
          rollup.addBatch();
        }
        rollup.executeBatch();
      }
    } catch (SQLException e) {
      if (isDuplicateKey(e)) {
        throw new DuplicateKey(e);
      }
      throw new IllegalStateException("Could not store response " + id, e);
    }
  }

  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  private static boolean isDuplicateKey(SQLException e) {
    // SQLSTATE class 23: integrity constraint violation (MySQL, MariaDB and H2 agree)
    return e.getSQLState() != null && e.getSQLState().startsWith("23");
  }

  /** The id or the receipt code is taken; the transaction has been rolled back. */
  public static final class DuplicateKey extends RuntimeException {
    DuplicateKey(SQLException cause) {
      super(cause.getMessage(), cause, false, false);
    }
  }
}

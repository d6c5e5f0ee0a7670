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
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.hailong.api.rollup.RollupBatch;
import vn.hailong.api.rollup.RollupWriter;

/**
 * Stores responses, their answers and their rollup increments, a group of them in one transaction.
 * The response package owns the response and response_answer tables; the rollups are the rollup
 * package's ({@link RollupWriter}).
 */
@Singleton
public class ResponseStore {
  private static final DateTimeFormatter UTC_MILLIS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");
  private static final String INSERT_RESPONSE =
      "INSERT INTO response (id, unit_id, channel, submitted_at, local_date, received_at, kiosk_id,"
          + " receipt_code, comment, content_hash, burst, time_corrected,"
          + " entered_by, run_start) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String INSERT_ANSWER =
      "INSERT INTO response_answer (response_id, question_code, rating) VALUES (?, ?, ?)";

  private final JdbcOperations jdbc;
  private final RollupWriter rollups;

  ResponseStore(JdbcOperations jdbc, RollupWriter rollups) {
    this.jdbc = jdbc;
    this.rollups = rollups;
  }

  /** A response to insert: burst ratings are rolled up apart (docs/decisions.md). */
  public record NewResponse(
      Submission submission,
      String contentHash,
      @Nullable Long kioskId,
      @Nullable String enteredBy,
      Instant receivedAt,
      boolean burst,
      @Nullable Instant runStart) {}

  /** A receipt slip of a unit: one rating per slip is counted. */
  public record ReceiptKey(long unitId, String code) {
    @Nullable
    static ReceiptKey of(Submission submission) {
      return submission.receiptCode() == null
          ? null
          : new ReceiptKey(submission.unit().id(), submission.receiptCode());
    }
  }

  /** The content hash stored under this id, if a response with it exists. */
  @Transactional(readOnly = true)
  public Optional<String> contentHash(String id) {
    return Optional.ofNullable(contentHashes(List.of(id)).get(id));
  }

  /** Id to content hash of those of {@code ids} that are stored. */
  @Transactional(readOnly = true)
  public Map<String, String> contentHashes(Collection<String> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    List<String> list = List.copyOf(ids);
    return jdbc.prepareStatement(
        "SELECT id, content_hash FROM response WHERE id IN ("
            + placeholders(list.size(), "?")
            + ")",
        statement -> {
          for (int i = 0; i < list.size(); i++) {
            statement.setString(i + 1, list.get(i));
          }
          Map<String, String> stored = new HashMap<>();
          try (var rows = statement.executeQuery()) {
            while (rows.next()) {
              stored.put(rows.getString(1), rows.getString(2));
            }
          }
          return stored;
        });
  }

  /** Those of {@code receipts} that a stored response has used. */
  @Transactional(readOnly = true)
  public Set<ReceiptKey> usedReceipts(Collection<ReceiptKey> receipts) {
    if (receipts.isEmpty()) {
      return Set.of();
    }
    List<ReceiptKey> list = List.copyOf(receipts);
    // OR of (unit, code) pairs: each is a lookup in the response_receipt unique index
    return jdbc.prepareStatement(
        "SELECT unit_id, receipt_code FROM response WHERE "
            + placeholders(list.size(), "(unit_id = ? AND receipt_code = ?)", " OR "),
        statement -> {
          for (int i = 0; i < list.size(); i++) {
            statement.setLong(2 * i + 1, list.get(i).unitId());
            statement.setString(2 * i + 2, list.get(i).code());
          }
          Set<ReceiptKey> used = new HashSet<>();
          try (var rows = statement.executeQuery()) {
            while (rows.next()) {
              used.add(new ReceiptKey(rows.getLong(1), rows.getString(2)));
            }
          }
          return used;
        });
  }

  /** A time span of one kiosk's ratings, both ends inclusive. */
  public record KioskSpan(long kioskId, Instant from, Instant to) {}

  /** Kiosk id to the submission times of its stored ratings within the spans. */
  @Transactional(readOnly = true)
  public Map<Long, List<Instant>> kioskRatingTimes(Collection<KioskSpan> spans) {
    if (spans.isEmpty()) {
      return Map.of();
    }
    List<KioskSpan> list = List.copyOf(spans);
    return jdbc.prepareStatement(
        "SELECT kiosk_id, submitted_at FROM response WHERE "
            + placeholders(list.size(), "(kiosk_id = ? AND submitted_at BETWEEN ? AND ?)", " OR "),
        statement -> {
          for (int i = 0; i < list.size(); i++) {
            statement.setLong(3 * i + 1, list.get(i).kioskId());
            statement.setObject(3 * i + 2, utc(list.get(i).from()));
            statement.setObject(3 * i + 3, utc(list.get(i).to()));
          }
          Map<Long, List<Instant>> times = new HashMap<>();
          try (var rows = statement.executeQuery()) {
            while (rows.next()) {
              Instant at = rows.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC);
              times.computeIfAbsent(rows.getLong(1), k -> new ArrayList<>()).add(at);
            }
          }
          return times;
        });
  }

  /** A kiosk's rating received last, and the receipt time of its run's first rating. */
  public record KioskReceipt(Instant receivedAt, Instant runStart) {}

  /**
   * Kiosk id to its rating received last, for those of the kiosks with any. A rating stored before
   * run_start existed is taken as the start of its own run (the stricter reading).
   */
  @Transactional(readOnly = true)
  public Map<Long, KioskReceipt> latestKioskReceipts(Collection<Long> kioskIds) {
    if (kioskIds.isEmpty()) {
      return Map.of();
    }
    List<Long> list = List.copyOf(kioskIds);
    return jdbc.prepareStatement(
        "SELECT r.kiosk_id, r.received_at, r.run_start FROM response r WHERE r.kiosk_id IN ("
            + placeholders(list.size(), "?")
            + ") AND r.received_at ="
            + " (SELECT MAX(m.received_at) FROM response m WHERE m.kiosk_id = r.kiosk_id)",
        statement -> {
          for (int i = 0; i < list.size(); i++) {
            statement.setLong(i + 1, list.get(i));
          }
          Map<Long, KioskReceipt> latest = new HashMap<>();
          try (var rows = statement.executeQuery()) {
            while (rows.next()) {
              Instant received = instant(rows.getObject(2, LocalDateTime.class));
              LocalDateTime start = rows.getObject(3, LocalDateTime.class);
              var receipt = new KioskReceipt(received, start == null ? received : instant(start));
              // two received in the same millisecond: the earlier run start is the stricter
              latest.merge(
                  rows.getLong(1), receipt, (a, b) -> a.runStart().isBefore(b.runStart()) ? a : b);
            }
          }
          return latest;
        });
  }

  /** Kiosk id to the receipt time of its last rating received before the given time, if any. */
  @Transactional(readOnly = true)
  public Map<Long, Instant> lastKioskReceiptsBefore(Map<Long, Instant> before) {
    if (before.isEmpty()) {
      return Map.of();
    }
    List<Map.Entry<Long, Instant>> list = List.copyOf(before.entrySet());
    return jdbc.prepareStatement(
        "SELECT kiosk_id, MAX(received_at) FROM response WHERE "
            + placeholders(list.size(), "(kiosk_id = ? AND received_at < ?)", " OR ")
            + " GROUP BY kiosk_id",
        statement -> {
          for (int i = 0; i < list.size(); i++) {
            statement.setLong(2 * i + 1, list.get(i).getKey());
            statement.setObject(2 * i + 2, utc(list.get(i).getValue()));
          }
          Map<Long, Instant> last = new HashMap<>();
          try (var rows = statement.executeQuery()) {
            while (rows.next()) {
              last.put(rows.getLong(1), instant(rows.getObject(2, LocalDateTime.class)));
            }
          }
          return last;
        });
  }

  /**
   * Inserts the responses and rolls them up, all in one transaction: all are stored or none.
   *
   * @throws DuplicateKey when an id or a (unit, receipt code) is already stored
   */
  @Transactional
  public void insert(List<NewResponse> responses) {
    if (responses.isEmpty()) {
      return;
    }
    Connection connection = jdbc.getConnection();
    try {
      try (PreparedStatement insert = connection.prepareStatement(INSERT_RESPONSE)) {
        for (NewResponse response : responses) {
          bindResponse(insert, response);
          insert.addBatch();
        }
        insert.executeBatch();
      }
      try (PreparedStatement answers = connection.prepareStatement(INSERT_ANSWER)) {
        for (NewResponse response : responses) {
          String id = response.submission().id().toString();
          for (Map.Entry<String, Integer> answer : response.submission().answers().entrySet()) {
            answers.setString(1, id);
            answers.setString(2, answer.getKey());
            answers.setObject(3, answer.getValue(), Types.SMALLINT);
            answers.addBatch();
          }
        }
        answers.executeBatch();
      }
      var counted = new RollupBatch();
      var bursts = new RollupBatch();
      for (NewResponse response : responses) {
        Submission s = response.submission();
        RollupBatch batch = response.burst() ? bursts : counted;
        batch.addRating(s.unit().id(), s.localDate(), s.answers());
      }
      rollups.add(counted, bursts);
    } catch (SQLException e) {
      if (isConstraintViolation(e)) {
        throw new DuplicateKey(e);
      }
      throw new IllegalStateException(
          "Could not store "
              + responses.size()
              + " responses from "
              + responses.get(0).submission().id(),
          e);
    }
  }

  private static void bindResponse(PreparedStatement insert, NewResponse response)
      throws SQLException {
    Submission submission = response.submission();
    insert.setString(1, submission.id().toString());
    insert.setLong(2, submission.unit().id());
    insert.setString(3, submission.channel().name());
    insert.setObject(4, utc(submission.submittedAt()));
    insert.setObject(5, submission.localDate());
    insert.setObject(6, utc(response.receivedAt()));
    if (response.kioskId() == null) {
      insert.setNull(7, Types.BIGINT);
    } else {
      insert.setLong(7, response.kioskId());
    }
    insert.setString(8, submission.receiptCode());
    insert.setString(9, submission.comment());
    insert.setString(10, response.contentHash());
    insert.setBoolean(11, response.burst());
    insert.setBoolean(12, submission.timeCorrected());
    insert.setString(13, response.enteredBy());
    insert.setObject(14, response.runStart() == null ? null : utc(response.runStart()));
  }

  private static String placeholders(int count, String each) {
    return placeholders(count, each, ", ");
  }

  private static String placeholders(int count, String each, String separator) {
    return String.join(separator, Collections.nCopies(count, each));
  }

  private static Instant instant(LocalDateTime utc) {
    return utc.toInstant(ZoneOffset.UTC);
  }

  /**
   * An instant as UTC text with its milliseconds, for a DATETIME(3) parameter. Text, not a
   * LocalDateTime: MySQL Connector/J takes MariaDB's version string ("5.5.5-10.11...") for a server
   * without fractional seconds and drops them from temporal parameters, which would put the burst
   * guard's receive times at whole seconds on MariaDB only.
   */
  private static String utc(Instant instant) {
    return UTC_MILLIS.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
  }

  private static boolean isConstraintViolation(SQLException e) {
    // SQLSTATE class 23: integrity constraint violation (MySQL, MariaDB and H2 agree); a batch may
    // report it on the exception it wraps
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("23")) {
        return true;
      }
    }
    return false;
  }

  /** An id or a receipt code is taken (or another constraint failed); nothing was stored. */
  public static final class DuplicateKey extends RuntimeException {
    DuplicateKey(SQLException cause) {
      super(cause.getMessage(), cause, false, false);
    }
  }
}

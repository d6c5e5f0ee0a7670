package vn.hailong.api.response;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The ratings given with a receipt number (the QR code on a dossier's receipt slip), per unit: how
 * many dossiers were rated and which were rated unsatisfied, for the 766-style rate (docs/method.md
 * §15). A receipt is rated once per unit (V4), so receipts are dossiers. Burst ratings are left out
 * as everywhere.
 */
@Singleton
public class ReceiptRatings {
  private final JdbcOperations jdbc;

  ReceiptRatings(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * One unit's rated receipts in a range.
   *
   * @param rated receipts with a rating dated in the range
   * @param unsatisfied those with at least one answer of 1 to 3 (upper case, as complaints store
   *     them)
   */
  public record Rated(long rated, Set<String> unsatisfied) {
    public static final Rated NONE = new Rated(0, Set.of());
  }

  /** The units' rated receipts dated from..to (inclusive local dates); units without are absent. */
  @Transactional(readOnly = true)
  public Map<Long, Rated> of(Collection<Long> unitIds, LocalDate from, LocalDate to) {
    if (unitIds.isEmpty()) {
      return Map.of();
    }
    Map<Long, Long> rated = new HashMap<>();
    Map<Long, Set<String>> unsatisfied = new HashMap<>();
    // the lowest answer per receipt: one below 4 makes the dossier "rated unsatisfied"
    String sql =
        "SELECT r.unit_id, r.receipt_code, MIN(a.rating) FROM response r"
            + " LEFT JOIN response_answer a ON a.response_id = r.id"
            + " WHERE r.unit_id IN ("
            + String.join(", ", Collections.nCopies(unitIds.size(), "?"))
            + ") AND r.local_date BETWEEN ? AND ? AND r.receipt_code IS NOT NULL"
            + " AND r.burst = FALSE GROUP BY r.unit_id, r.receipt_code";
    jdbc.prepareStatement(
        sql,
        statement -> {
          int i = 1;
          for (Long id : unitIds) {
            statement.setLong(i++, id);
          }
          statement.setObject(i++, from);
          statement.setObject(i, to);
          try (var rows = statement.executeQuery()) {
            while (rows.next()) {
              long unit = rows.getLong(1);
              rated.merge(unit, 1L, Long::sum);
              int lowest = rows.getInt(3);
              if (!rows.wasNull() && lowest < 4) {
                unsatisfied
                    .computeIfAbsent(unit, u -> new HashSet<>())
                    .add(rows.getString(2).toUpperCase(Locale.ROOT));
              }
            }
          }
          return null;
        });
    Map<Long, Rated> result = new HashMap<>();
    rated.forEach(
        (unit, n) -> result.put(unit, new Rated(n, unsatisfied.getOrDefault(unit, Set.of()))));
    return result;
  }
}

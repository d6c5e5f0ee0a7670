package vn.hailong.api.rollup;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rollup increments summed per (unit, local day, question), so that each rollup row is upserted
 * once per batch however many ratings it holds. Kept in one fixed order, the lock order of every
 * writer on every node ({@link RollupWriter}).
 */
public final class RollupBatch {
  record Key(long unitId, LocalDate day, String question) {}

  static final Comparator<Key> LOCK_ORDER =
      Comparator.comparingLong(Key::unitId).thenComparing(Key::day).thenComparing(Key::question);

  /** Counts n1..n5 at index 0..4, not applicable at index 5. */
  private final Map<Key, int[]> counts = new TreeMap<>(LOCK_ORDER);

  /** One answer: 1..5, or null for "not applicable". */
  public void add(long unitId, LocalDate day, String question, @Nullable Integer rating) {
    counts
        .computeIfAbsent(new Key(unitId, day, question), k -> new int[6])[
        rating == null ? 5 : rating - 1]++;
  }

  /** Many answers at once: {@code n} holds the counts of 1..5 and then of not applicable. */
  public void add(long unitId, LocalDate day, String question, int[] n) {
    if (n.length != 6) {
      throw new IllegalArgumentException("Six counts: n1..n5 and not applicable");
    }
    int[] sum = counts.computeIfAbsent(new Key(unitId, day, question), k -> new int[6]);
    for (int i = 0; i < 6; i++) {
      sum[i] += n[i];
    }
  }

  public boolean isEmpty() {
    return counts.isEmpty();
  }

  Map<Key, int[]> byDay() {
    return counts;
  }

  /** The same increments per calendar month; sorted days give the months in lock order too. */
  Map<Key, int[]> byMonth() {
    Map<Key, int[]> months = new TreeMap<>(LOCK_ORDER);
    counts.forEach(
        (key, increments) -> {
          var month = new Key(key.unitId(), key.day().withDayOfMonth(1), key.question());
          int[] sum = months.computeIfAbsent(month, k -> new int[6]);
          for (int i = 0; i < 6; i++) {
            sum[i] += increments[i];
          }
        });
    return months;
  }
}

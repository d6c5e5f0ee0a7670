package vn.hailong.api.rollup;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import vn.hailong.analysis.Criterion;
import vn.hailong.analysis.RespondentSums;
import vn.hailong.analysis.Scale;

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

  /**
   * What long-form respondents add per (unit, day, criterion code) beyond one answer each ({@link
   * RespondentSums.Excess}): Σ(m−1), Σm(m−1), Σy(y−1), Σy(m−1). Empty for kiosk ratings.
   */
  private final Map<Key, long[]> excess = new TreeMap<>(LOCK_ORDER);

  /**
   * One rating: each answer ({@link #add(long, LocalDate, String, Integer)}) and, per criterion
   * where the respondent gave two or more valid answers, its excess over one answer.
   */
  public void addRating(long unitId, LocalDate day, Map<String, Integer> answers) {
    int[] valid = new int[Criterion.values().length];
    int[] satisfied = new int[valid.length];
    answers.forEach(
        (question, rating) -> {
          add(unitId, day, question, rating);
          if (rating != null) {
            int c = Criterion.ofQuestion(question).ordinal();
            valid[c]++;
            satisfied[c] += Scale.isSatisfied(rating) ? 1 : 0;
          }
        });
    for (Criterion criterion : Criterion.values()) {
      int c = criterion.ordinal();
      RespondentSums.Excess e = RespondentSums.Excess.of(valid[c], satisfied[c]);
      if (!e.isNone()) {
        long[] sum =
            excess.computeIfAbsent(new Key(unitId, day, criterion.name()), k -> new long[4]);
        sum[0] += e.extraAnswers();
        sum[1] += e.answersSquared();
        sum[2] += e.satisfiedSquared();
        sum[3] += e.product();
      }
    }
  }

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

  /** A criterion's long-form excess as stored ({@link RollupTables#EXCESS}), for a move. */
  void addExcess(long unitId, LocalDate day, String criterion, long[] increments) {
    long[] sum = excess.computeIfAbsent(new Key(unitId, day, criterion), k -> new long[4]);
    for (int i = 0; i < 4; i++) {
      sum[i] += increments[i];
    }
  }

  public boolean isEmpty() {
    return counts.isEmpty() && excess.isEmpty();
  }

  /** The long-form excess per (unit, day, criterion code), in lock order. */
  Map<Key, long[]> excessByDay() {
    return excess;
  }

  /** The same per calendar month. */
  Map<Key, long[]> excessByMonth() {
    Map<Key, long[]> months = new TreeMap<>(LOCK_ORDER);
    excess.forEach(
        (key, increments) -> {
          var month = new Key(key.unitId(), key.day().withDayOfMonth(1), key.question());
          long[] sum = months.computeIfAbsent(month, k -> new long[4]);
          for (int i = 0; i < 4; i++) {
            sum[i] += increments[i];
          }
        });
    return months;
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

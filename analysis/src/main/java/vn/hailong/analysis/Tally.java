package vn.hailong.analysis;

import java.util.Arrays;
import java.util.Collection;

/**
 * How many answers were given for each scale value (1 to 5) plus how many were "not applicable",
 * for one criterion (or question) over some units and period.
 *
 * <p>Tallies are the only thing that is pooled: combining questions of a criterion, communes with
 * their district, or days into a quarter is the element-wise sum ({@link #plus}), which is
 * associative and commutative, so the order of pooling never matters. Percentages are computed from
 * the pooled tally, never averaged (see {@link Proportion}).
 *
 * @param n1 answers "1 - Rất không hài lòng"
 * @param n2 answers "2 - Không hài lòng"
 * @param n3 answers "3 - Bình thường"
 * @param n4 answers "4 - Hài lòng"
 * @param n5 answers "5 - Rất hài lòng"
 * @param notApplicable answers "Không áp dụng", excluded from {@link #valid()}
 */
public record Tally(long n1, long n2, long n3, long n4, long n5, long notApplicable) {
  /** No answers at all. */
  public static final Tally EMPTY = new Tally(0, 0, 0, 0, 0, 0);

  /** Checks that no count is negative. */
  public Tally {
    if (n1 < 0 || n2 < 0 || n3 < 0 || n4 < 0 || n5 < 0 || notApplicable < 0) {
      throw new IllegalArgumentException(
          "Counts must not be negative: "
              + Arrays.toString(new long[] {n1, n2, n3, n4, n5, notApplicable}));
    }
  }

  /** The sum of many tallies (pooling); {@link #EMPTY} for none. */
  public static Tally pool(Collection<Tally> tallies) {
    Tally sum = EMPTY;
    for (Tally t : tallies) {
      sum = sum.plus(t);
    }
    return sum;
  }

  /** Pools two tallies: the element-wise sum. */
  public Tally plus(Tally other) {
    return new Tally(
        Math.addExact(n1, other.n1),
        Math.addExact(n2, other.n2),
        Math.addExact(n3, other.n3),
        Math.addExact(n4, other.n4),
        Math.addExact(n5, other.n5),
        Math.addExact(notApplicable, other.notApplicable));
  }

  /** The number of answers on the scale (1 to 5): the denominator {@code n} of the percentage. */
  public long valid() {
    return n1 + n2 + n3 + n4 + n5;
  }

  /** The number of satisfied answers (4 or 5): the numerator of the percentage. */
  public long satisfied() {
    return n4 + n5;
  }

  /** Every answer, including "not applicable". */
  public long total() {
    return valid() + notApplicable;
  }
}

package vn.hailong.analysis;

import java.util.List;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;

/**
 * How much the channel a rating comes through changes it: the kiosk at the counter (rated in front
 * of the clerk), the QR form later, paper. For one unit and period, each channel's satisfied share
 * of its respondents, side by side, and Pearson's chi-square test of independence of channel and
 * satisfaction on the {@code k × 2} table (K. Pearson, 1900; Agresti, <i>Categorical Data
 * Analysis</i>, 3rd ed. 2013, §3.2.1):
 *
 * <pre>
 *   E_cj = row_c · column_j / N               expected count of channel c, outcome j
 *   X²   = Σ_c Σ_j (O_cj − E_cj)² / E_cj        df = (k − 1)·(2 − 1) = k − 1
 *   p    = P(χ²_df ≥ X²)
 * </pre>
 *
 * The same statistic as Commons Math's {@code ChiSquareTest.chiSquare(long[][])}. Channels without
 * respondents are left out; with fewer than two channels, or nobody (or everybody) satisfied, there
 * is no test. The difference is significant when {@code p < 0.05}. Counts are <b>respondents</b>:
 * one headline answer per rating and criterion, so the cells are independent as the test assumes.
 * Pearson's approximation wants expected counts of about 5 or more; {@link #smallExpected} says
 * when a cell is below that.
 *
 * <p>Example: kiosk 188 of 200 (94,0%), QR 138 of 163 (84,7%): X² = 8.55, df = 1, p = 0.0035; "Đánh
 * giá tại quầy cao hơn qua mã QR 9,3 điểm, khác biệt có ý nghĩa".
 */
public final class ChannelComparison {
  /** The significance level of the sentence. */
  public static final double ALPHA = 0.05;

  private ChannelComparison() {}

  /** One channel's respondents: {@code label} as said in a sentence ("tại quầy", "qua mã QR"). */
  public record Group(String key, String labelVi, long satisfied, long n) {
    public Group {
      if (satisfied < 0 || satisfied > n) {
        throw new IllegalArgumentException(
            "Need 0 <= satisfied <= n, got " + satisfied + " of " + n);
      }
    }

    public double percent() {
      return n > 0 ? 100.0 * satisfied / n : Double.NaN;
    }
  }

  /** The test: NaN statistic and p-value when there is none. */
  public record Result(
      List<Group> groups,
      double chiSquare,
      int degreesOfFreedom,
      double pValue,
      boolean significant,
      boolean smallExpected) {
    public boolean tested() {
      return !Double.isNaN(pValue);
    }
  }

  /** Compares the groups (channels without respondents are left out of the test). */
  public static Result compare(List<Group> all) {
    List<Group> groups = all.stream().filter(g -> g.n() > 0).toList();
    long total = groups.stream().mapToLong(Group::n).sum();
    long satisfied = groups.stream().mapToLong(Group::satisfied).sum();
    if (groups.size() < 2 || satisfied == 0 || satisfied == total) {
      return new Result(all, Double.NaN, 0, Double.NaN, false, false);
    }
    double chi = 0;
    boolean small = false;
    for (Group g : groups) {
      double[] observed = {g.satisfied(), g.n() - g.satisfied()};
      double[] column = {satisfied, total - satisfied};
      for (int j = 0; j < 2; j++) {
        double expected = (double) g.n() * column[j] / total;
        small |= expected < 5;
        double d = observed[j] - expected;
        chi += d * d / expected;
      }
    }
    int df = groups.size() - 1;
    double p = 1 - new ChiSquaredDistribution(null, df).cumulativeProbability(chi);
    return new Result(all, chi, df, p, p < ALPHA, small);
  }

  /**
   * The comparison of two channels in one Vietnamese sentence with a decimal comma, e.g. "Đánh giá
   * tại quầy cao hơn qua mã QR 9,4 điểm, khác biệt có ý nghĩa" (or "…, khác biệt có thể do ngẫu
   * nhiên"). The test is the one of the two channels alone.
   */
  public static String sentenceVi(Group first, Group second) {
    if (first.n() == 0 || second.n() == 0) {
      return "Chưa đủ dữ liệu để so sánh đánh giá "
          + first.labelVi()
          + " và "
          + second.labelVi()
          + ".";
    }
    Result test = compare(List.of(first, second));
    double difference = first.percent() - second.percent();
    String rounded = PercentFormat.number(Math.abs(difference), 1);
    String verdict =
        !test.tested()
            ? "chưa kiểm định được"
            : test.significant() ? "khác biệt có ý nghĩa" : "khác biệt có thể do ngẫu nhiên";
    if (rounded.equals("0,0")) {
      return "Đánh giá "
          + first.labelVi()
          + " và "
          + second.labelVi()
          + " như nhau, "
          + verdict
          + ".";
    }
    return "Đánh giá "
        + first.labelVi()
        + (difference > 0 ? " cao hơn " : " thấp hơn ")
        + second.labelVi()
        + " "
        + rounded
        + " điểm, "
        + verdict
        + ".";
  }
}

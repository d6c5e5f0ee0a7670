package vn.hailong.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The funnel plot comparison of units (Spiegelhalter, <i>Statistics in Medicine</i> 24, 2005): each
 * unit's percentage against its number of respondents, judged against limits around one centre (the
 * parent's rate or the target) at the unit's own {@code n} ({@link FunnelLimits}). A unit is named
 * only when it lies outside the limits, so a small unit at 70% with a wide funnel is not "last",
 * and a large one at 82% may be clearly below.
 *
 * <p>{@code n} is the unit's effective number of respondents ({@link RespondentSums#effectiveN()},
 * rounded, at least 1): the number of independent answers its interval rests on.
 *
 * <p><b>Over-dispersion</b> (section 6 of the paper): with {@code z_i = (p_i − θ) / √(θ(1−θ)/n_i)},
 * winsorised at their 10th and 90th percentiles, {@code φ = (1/k) Σ z_i²} over the {@code k} units.
 * When asked for and {@code φ > 1}, the limits are widened by {@code √φ}: units then differ by more
 * than sampling alone and only the remaining outliers are named.
 */
public final class Funnel {
  private Funnel() {}

  /** Where a unit lies relative to the limits. */
  public enum Position {
    ABOVE_998("Cao hơn hẳn (ngoài giới hạn 99,8%)", "Clearly above (outside 99.8%)"),
    ABOVE_95("Cao hơn (ngoài giới hạn 95%)", "Above (outside 95%)"),
    WITHIN("Trong giới hạn: khác biệt có thể do ngẫu nhiên", "Within the limits: may be chance"),
    BELOW_95("Thấp hơn (ngoài giới hạn 95%)", "Below (outside 95%)"),
    BELOW_998("Thấp hơn hẳn (ngoài giới hạn 99,8%)", "Clearly below (outside 99.8%)"),
    NO_DATA("Chưa có dữ liệu", "No data");

    private final String labelVi;
    private final String labelEn;

    Position(String labelVi, String labelEn) {
      this.labelVi = labelVi;
      this.labelEn = labelEn;
    }

    public String labelVi() {
      return labelVi;
    }

    public String labelEn() {
      return labelEn;
    }

    /** Outside the 95% limits, on either side. */
    public boolean outside() {
      return this != WITHIN && this != NO_DATA;
    }
  }

  /** One unit's input: its key, satisfied share in percent and effective respondents. */
  public record Point(String key, double percent, double n) {}

  /** One unit's place in the funnel, with its limits at its own {@code n}. */
  public record Judged(
      Point point,
      long n,
      FunnelLimits.Limits limits95,
      FunnelLimits.Limits limits998,
      Position position) {}

  /**
   * Judges every point against limits around {@code centrePercent}.
   *
   * @param phi the over-dispersion factor to apply (1 for none; see {@link #dispersion})
   */
  public static List<Judged> judge(List<Point> points, double centrePercent, double phi) {
    double centre = centrePercent / 100;
    List<Judged> judged = new ArrayList<>();
    for (Point point : points) {
      long n = Math.round(point.n());
      if (n < 1 || Double.isNaN(point.percent())) {
        judged.add(new Judged(point, 0, null, null, Position.NO_DATA));
        continue;
      }
      FunnelLimits.Limits l95 = FunnelLimits.limits(centre, n, 0.95, phi);
      FunnelLimits.Limits l998 = FunnelLimits.limits(centre, n, 0.998, phi);
      double p = point.percent();
      Position position;
      if (p > l998.high()) {
        position = Position.ABOVE_998;
      } else if (p > l95.high()) {
        position = Position.ABOVE_95;
      } else if (p < l998.low()) {
        position = Position.BELOW_998;
      } else if (p < l95.low()) {
        position = Position.BELOW_95;
      } else {
        position = Position.WITHIN;
      }
      judged.add(new Judged(point, n, l95, l998, position));
    }
    return judged;
  }

  /**
   * The over-dispersion factor {@code φ}: the mean of the squared z-scores winsorised at their 10th
   * and 90th percentiles (Spiegelhalter 2005, section 6.2); 1 with fewer than two units with data
   * or when the centre is 0 or 100%.
   */
  public static double dispersion(List<Point> points, double centrePercent) {
    double centre = centrePercent / 100;
    if (centre <= 0 || centre >= 1) {
      return 1;
    }
    double[] z =
        points.stream()
            .filter(p -> Math.round(p.n()) >= 1 && !Double.isNaN(p.percent()))
            .mapToDouble(
                p ->
                    (p.percent() / 100 - centre)
                        / Math.sqrt(centre * (1 - centre) / Math.round(p.n())))
            .toArray();
    if (z.length < 2) {
      return 1;
    }
    double[] sorted = z.clone();
    Arrays.sort(sorted);
    // Percentiles by the nearest rank, so that a handful of units still winsorises sensibly.
    double low = sorted[(int) Math.floor(0.1 * (sorted.length - 1))];
    double high = sorted[(int) Math.ceil(0.9 * (sorted.length - 1))];
    double sum = 0;
    for (double value : z) {
      double w = Math.max(low, Math.min(high, value));
      sum += w * w;
    }
    return sum / z.length;
  }
}

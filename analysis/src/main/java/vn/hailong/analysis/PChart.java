package vn.hailong.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * A weekly p-chart for one unit and criterion (W. A. Shewhart, 1931; D. C. Montgomery,
 * <i>Introduction to Statistical Quality Control</i>, 7th ed. 2013, §7.2.2 "variable sample size"
 * and §5.3.6 for the run rule, the Western Electric rule 4). For week {@code t}, the baseline is
 * the previous {@code 13} weeks:
 *
 * <pre>
 *   centre_t = Σ satisfied / Σ n                 over weeks t−13 .. t−1 (weeks with n = 0 add nothing)
 *   LCL_t    = centre_t − 3 · √(centre_t (1 − centre_t) / n_t)       (at least 0)
 *   UCL_t    = centre_t + 3 · √(centre_t (1 − centre_t) / n_t)       (at most 1)
 * </pre>
 *
 * so the limits widen in a week with few ratings. Two signals, both pointing down (the chart is an
 * alert for offices, not praise):
 *
 * <ul>
 *   <li>{@link Signal.Rule#BELOW_LOWER_LIMIT}: {@code p_t < LCL_t};
 *   <li>{@link Signal.Rule#RUN_BELOW_CENTRE}: 8 weeks in a row with data, each below its own
 *       centre. A run signals once, at its 8th week, identified by its first week: a run that goes
 *       on is the same signal, so an alert is never raised twice for it.
 * </ul>
 *
 * A week is judged only with a full baseline of 13 weeks holding at least {@code minBaseline}
 * answers, and with data of its own. {@code n} is the week's effective respondents ({@link
 * RespondentSums#effectiveN()}), equal to the answers for kiosk ratings.
 */
public final class PChart {
  /** Weeks in the baseline. */
  public static final int BASELINE_WEEKS = 13;

  /** Weeks in a row below the centre that make a run. */
  public static final int RUN_LENGTH = 8;

  private PChart() {}

  /** One week's count: satisfied of {@code n} (effective) respondents. */
  public record Week(double satisfied, double n) {
    public static final Week EMPTY = new Week(0, 0);

    public double proportion() {
      return n > 0 ? satisfied / n : Double.NaN;
    }
  }

  /** A judged week: its share, centre and limits as proportions; NaN when not judged. */
  public record Point(int week, double p, double centre, double lower, double upper) {
    public boolean judged() {
      return !Double.isNaN(centre) && !Double.isNaN(p);
    }
  }

  /** A signal that opens an alert. */
  public record Signal(Rule rule, int week, int firstWeek) {
    public enum Rule {
      BELOW_LOWER_LIMIT,
      RUN_BELOW_CENTRE
    }
  }

  /** The chart and its signals. */
  public record Result(List<Point> points, List<Signal> signals) {}

  /**
   * Computes the chart over the weeks given (index 0 the oldest), judging each week from index 13.
   *
   * @param minBaseline the fewest answers in a baseline for a week to be judged
   */
  public static Result of(List<Week> weeks, double minBaseline) {
    List<Point> points = new ArrayList<>();
    List<Signal> signals = new ArrayList<>();
    int run = 0;
    int runStart = -1;
    for (int t = 0; t < weeks.size(); t++) {
      Week week = weeks.get(t);
      double p = week.proportion();
      if (t < BASELINE_WEEKS) {
        points.add(new Point(t, p, Double.NaN, Double.NaN, Double.NaN));
        continue;
      }
      double satisfied = 0;
      double n = 0;
      for (int b = t - BASELINE_WEEKS; b < t; b++) {
        satisfied += weeks.get(b).satisfied();
        n += weeks.get(b).n();
      }
      if (n < minBaseline || n <= 0 || week.n() <= 0) {
        points.add(new Point(t, p, Double.NaN, Double.NaN, Double.NaN));
        if (week.n() > 0) {
          run = 0; // a judged-less week with data breaks a run: it was not shown to be below
        }
        continue;
      }
      double centre = satisfied / n;
      double sigma = Math.sqrt(centre * (1 - centre) / week.n());
      double lower = Math.max(0, centre - 3 * sigma);
      double upper = Math.min(1, centre + 3 * sigma);
      points.add(new Point(t, p, centre, lower, upper));
      if (p < lower) {
        signals.add(new Signal(Signal.Rule.BELOW_LOWER_LIMIT, t, t));
      }
      if (p < centre) {
        if (run == 0) {
          runStart = t;
        }
        run++;
        if (run == RUN_LENGTH) {
          signals.add(new Signal(Signal.Rule.RUN_BELOW_CENTRE, t, runStart));
        }
      } else {
        run = 0;
      }
    }
    return new Result(points, signals);
  }
}

package vn.hailong.api.demo;

import java.time.LocalDate;
import java.util.SplittableRandom;
import vn.hailong.analysis.Criterion;

/**
 * Plausible daily counts for one unit and criterion: satisfaction differs per unit and criterion
 * (administrative procedures lowest, as in Cam Lâm's 2022 results: 73,84%), improves by about two
 * points a year, and a good share of citizens mark "feedback" as not applicable.
 */
final class DemoRatings {
  private static final LocalDate START = LocalDate.of(2023, 7, 1);

  private DemoRatings() {}

  static double satisfiedShare(Criterion criterion, double unitOffset, LocalDate day) {
    double base =
        switch (criterion) {
          case ACCESS -> 0.87;
          case FACILITIES -> 0.81;
          case PROCEDURES -> 0.75;
          case STAFF -> 0.88;
          case RESULTS -> 0.86;
          case FEEDBACK -> 0.83;
        };
    double years = (day.toEpochDay() - START.toEpochDay()) / 365.25;
    return Math.max(0.3, Math.min(0.99, base + unitOffset + 0.02 * years));
  }

  /** Counts n1..n5 and N/A for {@code ratings} citizens answering one question. */
  static int[] draw(
      int ratings, double satisfiedShare, double notApplicableShare, SplittableRandom random) {
    int[] counts = new int[6];
    for (int i = 0; i < ratings; i++) {
      if (random.nextDouble() < notApplicableShare) {
        counts[5]++;
      } else if (random.nextDouble() < satisfiedShare) {
        counts[random.nextDouble() < 0.6 ? 3 : 4]++;
      } else {
        double r = random.nextDouble();
        counts[r < 0.6 ? 2 : r < 0.9 ? 1 : 0]++;
      }
    }
    return counts;
  }

  /** A Poisson draw (Knuth), for the number of ratings a counter collects in a day. */
  static int poisson(double mean, SplittableRandom random) {
    double limit = Math.exp(-mean);
    double product = random.nextDouble();
    int count = 0;
    while (product > limit) {
      product *= random.nextDouble();
      count++;
    }
    return count;
  }
}

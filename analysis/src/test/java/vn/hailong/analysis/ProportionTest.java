package vn.hailong.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.interval.ConfidenceInterval;
import org.apache.commons.math3.stat.interval.WilsonScoreInterval;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ProportionTest {

  @Test
  void thirtySevenOfFortyIsNinetyTwoAndAHalfPercent() {
    Proportion p = new Proportion(37, 40);
    assertEquals(92.5, p.percent(), 1e-12);
    Interval ci = p.wilson();
    // By hand: centre 0.88776, half-width 0.08640 (see docs/method.md).
    assertEquals(80.14, ci.low(), 0.005);
    assertEquals(97.42, ci.high(), 0.005);
  }

  @Test
  void zIsTheNinetySevenAndAHalfPercentNormalQuantile() {
    double quantile = new NormalDistribution(0, 1).inverseCumulativeProbability(0.975);
    assertEquals(quantile, Proportion.Z_95, 1e-9);
  }

  @Test
  void boundsSolveTheWilsonScoreEquation() {
    // Wilson's interval is {p : |p̂ − p| <= z·√(p(1−p)/n)}; both bounds make it an equality.
    Proportion prop = new Proportion(37, 40);
    double z = Proportion.Z_95;
    double pHat = 0.925;
    for (double bound : new double[] {prop.wilson().low() / 100, prop.wilson().high() / 100}) {
      double lhs = (pHat - bound) * (pHat - bound);
      double rhs = z * z * bound * (1 - bound) / 40;
      assertEquals(rhs, lhs, 1e-12);
    }
  }

  @Test
  void extremesStayWithinZeroToHundredAndAreNotEmpty() {
    Interval none = new Proportion(0, 10).wilson();
    assertEquals(0.0, none.low());
    assertTrue(none.high() > 25 && none.high() < 35, "0 of 10: upper about 27.8, " + none);
    Interval all = new Proportion(10, 10).wilson();
    assertEquals(100.0, all.high());
    assertTrue(all.low() > 65 && all.low() < 75, "10 of 10: lower about 72.2, " + all);
  }

  @Test
  void noValidAnswersMeansNoPercentAndNoInterval() {
    Proportion empty = Proportion.of(new Tally(0, 0, 0, 0, 0, 12));
    assertFalse(empty.hasData());
    assertTrue(Double.isNaN(empty.percent()));
    assertEquals(Interval.NONE, empty.wilson());
  }

  @Test
  void impossibleCountsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> new Proportion(5, 4));
    assertThrows(IllegalArgumentException.class, () -> new Proportion(-1, 4));
  }

  // Property tests: each checks a property over explicit edge cases plus seeded random cases.
  // The seed is fixed so that a failure can be reproduced; the failing inputs are in the name.

  private static final long SEED = 0x5EED_2024_0331L;
  private static final int TRIES = 400;
  private static final long MAX_VALID = 5_000;

  /**
   * {@code satisfied} and {@code valid} answers, {@code 0 <= satisfied <= valid}, valid from 1 to
   * 5000: the ends of the range, then seeded random pairs, often at or next to 0 and all.
   */
  static Stream<Arguments> satisfiedOfValid() {
    Stream<Arguments> edges =
        Stream.of(
            Arguments.of(0L, 1L),
            Arguments.of(1L, 1L),
            Arguments.of(0L, 2L),
            Arguments.of(1L, 2L),
            Arguments.of(2L, 2L),
            Arguments.of(1L, 3L),
            Arguments.of(2L, 3L),
            Arguments.of(37L, 40L),
            Arguments.of(39L, 40L),
            Arguments.of(0L, MAX_VALID),
            Arguments.of(1L, MAX_VALID),
            Arguments.of(MAX_VALID / 2, MAX_VALID),
            Arguments.of(MAX_VALID - 1, MAX_VALID),
            Arguments.of(MAX_VALID, MAX_VALID));
    SplittableRandom random = new SplittableRandom(SEED);
    Stream<Arguments> generated =
        Stream.generate(
                () -> {
                  // Half of the cases with few answers, where the interval is widest and most
                  // lopsided.
                  long valid =
                      random.nextBoolean()
                          ? random.nextLong(1, 51)
                          : random.nextLong(1, MAX_VALID + 1);
                  long satisfied =
                      switch (random.nextInt(8)) {
                        case 0 -> 0;
                        case 1 -> valid;
                        case 2 -> Math.min(1, valid);
                        case 3 -> valid - 1;
                        default -> random.nextLong(0, valid + 1);
                      };
                  return Arguments.of(satisfied, valid);
                })
            .limit(TRIES);
    return Stream.concat(edges, generated);
  }

  /**
   * Commons Math computes the same interval independently (its own normal quantile for 95%); a
   * wrong term in the formula moves the bounds by far more than 1e-9 percentage points.
   */
  @ParameterizedTest(name = "[{index}] {0} of {1}")
  @MethodSource("satisfiedOfValid")
  void agreesWithCommonsMathWilsonScoreInterval(long satisfied, long valid) {
    Interval ci = new Proportion(satisfied, valid).wilson();
    ConfidenceInterval expected =
        new WilsonScoreInterval().createInterval((int) valid, (int) satisfied, 0.95);
    String inputs = satisfied + " of " + valid + ": " + ci + " vs " + expected;
    assertEquals(100 * expected.getLowerBound(), ci.low(), 1e-9, inputs);
    assertEquals(100 * expected.getUpperBound(), ci.high(), 1e-9, inputs);
  }

  /** Every k from 1 to 200: few enough to try them all. */
  static IntStream multipliers() {
    return IntStream.rangeClosed(1, 200);
  }

  @ParameterizedTest(name = "[{index}] k = {0}")
  @MethodSource("multipliers")
  void moreAnswersAtTheSameShareNarrowTheInterval(int k) {
    // 3 of 4 satisfied, then 30 of 40, ...: same 75%, ever narrower interval.
    Interval small = new Proportion(3L * k, 4L * k).wilson();
    Interval large = new Proportion(30L * k, 40L * k).wilson();
    assertTrue(
        large.high() - large.low() < small.high() - small.low(),
        "k = " + k + ": " + small + " then " + large);
  }
}

package vn.hailong.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.commons.math3.distribution.NormalDistribution;
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
    assertFalse(empty.wilson().hasData());
  }

  @Test
  void impossibleCountsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> new Proportion(5, 4));
    assertThrows(IllegalArgumentException.class, () -> new Proportion(-1, 4));
    assertThrows(IllegalArgumentException.class, () -> new Proportion(1, 4).wilson(0));
  }

  // Property tests: each checks a property over explicit edge cases plus seeded random cases.
  // The seed is fixed so that a failure can be reproduced; the failing inputs are in the name.

  private static final long SEED = 0x5EED_2024_0331L;
  private static final int TRIES = 200;

  /** {@code satisfied} and {@code valid} with {@code 0 <= satisfied <= valid}, {@code valid >= 1}. */
  static Stream<Arguments> satisfiedOfValid() {
    Stream<Arguments> edges = Stream.of(
        Arguments.of(0L, 1L), Arguments.of(1L, 1L),
        Arguments.of(0L, 2L), Arguments.of(1L, 2L), Arguments.of(2L, 2L),
        Arguments.of(1L, 3L), Arguments.of(2L, 3L),
        Arguments.of(37L, 40L), Arguments.of(39L, 40L),
        Arguments.of(0L, 100_000L), Arguments.of(1L, 100_000L), Arguments.of(50_000L, 100_000L),
        Arguments.of(99_999L, 100_000L), Arguments.of(100_000L, 100_000L),
        Arguments.of(0L, 99_999L), Arguments.of(99_999L, 99_999L),
        // Far more answers than any survey: the interval is very narrow around the percentage.
        Arguments.of(0L, (long) Integer.MAX_VALUE), Arguments.of(1L, (long) Integer.MAX_VALUE),
        Arguments.of(1_000_000_000L, (long) Integer.MAX_VALUE),
        Arguments.of(Integer.MAX_VALUE - 1L, (long) Integer.MAX_VALUE),
        Arguments.of((long) Integer.MAX_VALUE, (long) Integer.MAX_VALUE));
    SplittableRandom random = new SplittableRandom(SEED);
    Stream<Arguments> generated = Stream.generate(() -> {
      // Half of the cases with few answers, where the interval is widest and most lopsided.
      long valid = random.nextBoolean()
          ? random.nextLong(1, 51)
          : random.nextLong(1, 100_001);
      long satisfied = switch (random.nextInt(8)) {
        case 0 -> 0;
        case 1 -> valid;
        case 2 -> Math.min(1, valid);
        case 3 -> valid - 1;
        default -> random.nextLong(0, valid + 1);
      };
      return Arguments.of(satisfied, valid);
    }).limit(TRIES);
    return Stream.concat(edges, generated);
  }

  @ParameterizedTest(name = "[{index}] {0} of {1}")
  @MethodSource("satisfiedOfValid")
  void percentLiesWithinItsWilsonInterval(long satisfied, long valid) {
    Proportion p = new Proportion(satisfied, valid);
    Interval ci = p.wilson();
    assertTrue(ci.contains(p.percent()), p + " " + ci);
  }

  /** {@code satisfied} and {@code unsatisfied} answers, each 0 to 5000. */
  static Stream<Arguments> satisfiedAndUnsatisfied() {
    Stream<Arguments> edges = Stream.of(
        Arguments.of(0, 0), Arguments.of(0, 1), Arguments.of(1, 0), Arguments.of(1, 1),
        Arguments.of(0, 2), Arguments.of(2, 0), Arguments.of(1, 2), Arguments.of(2, 1),
        Arguments.of(0, 5_000), Arguments.of(5_000, 0), Arguments.of(1, 5_000),
        Arguments.of(5_000, 1), Arguments.of(4_999, 5_000), Arguments.of(5_000, 5_000));
    SplittableRandom random = new SplittableRandom(SEED + 1);
    Stream<Arguments> generated = Stream.generate(
        () -> Arguments.of(count(random), count(random))).limit(TRIES);
    return Stream.concat(edges, generated);
  }

  /** A count from 0 to 5000, now and then one at or next to either end. */
  private static int count(SplittableRandom random) {
    return switch (random.nextInt(10)) {
      case 0 -> 0;
      case 1 -> 1;
      case 2 -> 5_000;
      case 3 -> random.nextInt(0, 11);
      default -> random.nextInt(0, 5_001);
    };
  }

  @ParameterizedTest(name = "[{index}] {0} satisfied, {1} not")
  @MethodSource("satisfiedAndUnsatisfied")
  void intervalLiesWithinZeroToHundred(int satisfied, int unsatisfied) {
    Proportion p = new Proportion(satisfied, satisfied + unsatisfied);
    Interval ci = p.wilson();
    if (p.hasData()) {
      assertTrue(ci.low() >= 0 && ci.high() <= 100 && ci.low() <= ci.high(), p + " " + ci);
    } else {
      assertFalse(ci.hasData(), p + " " + ci);
    }
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
    assertTrue(large.high() - large.low() < small.high() - small.low(),
        "k = " + k + ": " + small + " then " + large);
  }
}

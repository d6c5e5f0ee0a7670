package vn.hailong.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ChangeTestTest {
  private static final ChiSquareTest CHI_SQUARE = new ChiSquareTest();

  /** The 2×2 table: rows before/after, columns satisfied/not satisfied. */
  private static long[][] table(Proportion before, Proportion after) {
    return new long[][] {
      {before.satisfied(), before.valid() - before.satisfied()},
      {after.satisfied(), after.valid() - after.satisfied()}
    };
  }

  @Test
  void dropFromNinetyTwoAndAHalfToSeventyFiveIsSignificant() {
    // Pooled p̂ = 187/240; z = (0.75 − 0.925) / √(p̂(1−p̂)(1/40 + 1/200)) ≈ −2.436.
    Proportion q1 = new Proportion(37, 40);
    Proportion q2 = new Proportion(150, 200);
    ChangeTest test = ChangeTest.of(q1, q2);
    double pooled = 187.0 / 240;
    double expectedZ = -0.175 / Math.sqrt(pooled * (1 - pooled) * (1.0 / 40 + 1.0 / 200));
    assertEquals(expectedZ, test.z(), 1e-12);
    assertEquals(-2.436, test.z(), 0.001);
    assertEquals(-17.5, test.difference(), 1e-12);
    assertTrue(test.significant());
    assertEquals(CHI_SQUARE.chiSquare(table(q1, q2)), test.z() * test.z(), 1e-9);
    assertEquals(CHI_SQUARE.chiSquareTest(table(q1, q2)), test.pValue(), 1e-9);
  }

  @Test
  void smallChangeOnFewAnswersIsNotSignificant() {
    ChangeTest test = ChangeTest.of(new Proportion(34, 40), new Proportion(37, 40));
    assertTrue(test.z() > 0);
    assertTrue(test.pValue() > 0.05, "p = " + test.pValue());
    assertFalse(test.significant());
    assertTrue(test.significant(0.5));
  }

  @Test
  void noTestWithoutDataAndNoChangeAtTheExtremes() {
    ChangeTest empty = ChangeTest.of(new Proportion(0, 0), new Proportion(30, 40));
    assertFalse(empty.hasData());
    assertTrue(Double.isNaN(empty.pValue()));
    assertFalse(empty.significant());
    ChangeTest allSatisfied = ChangeTest.of(new Proportion(40, 40), new Proportion(90, 90));
    assertEquals(0.0, allSatisfied.z());
    assertEquals(1.0, allSatisfied.pValue());
  }

  // Property test: checked over explicit edge cases plus seeded random cases. The seed is fixed
  // so that a failure can be reproduced; the failing inputs are in the name.

  private static final long SEED = 0xC4A2_2024_0331L;
  private static final int TRIES = 200;

  /** A count from {@code min} to 2000, now and then one at or next to either end. */
  private static int count(SplittableRandom random, int min) {
    return switch (random.nextInt(10)) {
      case 0 -> min;
      case 1 -> min + 1;
      case 2 -> 2000;
      case 3 -> random.nextInt(min, 11);
      default -> random.nextInt(min, 2001);
    };
  }

  /**
   * Whether the chi-square statistic is defined: with nobody (or everybody) satisfied in both
   * periods it is 0/0.
   */
  private static boolean chiSquareDefined(int n1, int x1, int n2, int x2) {
    long satisfied = Math.min(x1, n1) + Math.min(x2, n2);
    return satisfied > 0 && satisfied < n1 + n2;
  }

  /** {@code n1, x1, n2, x2}: answers and satisfied answers before and after. */
  static Stream<Arguments> twoByTwoTables() {
    Stream<Arguments> edges = Stream.of(
        Arguments.of(1, 0, 1, 1), Arguments.of(1, 1, 1, 0),
        Arguments.of(2, 1, 2, 1), Arguments.of(2, 0, 2, 2), Arguments.of(2, 2, 1, 0),
        Arguments.of(1, 0, 2000, 1), Arguments.of(1, 1, 2000, 1999),
        Arguments.of(1, 0, 2000, 2000), Arguments.of(2000, 0, 1, 1),
        Arguments.of(2000, 0, 2000, 1), Arguments.of(2000, 2000, 2000, 1999),
        Arguments.of(2000, 1000, 2000, 1000), Arguments.of(2000, 0, 2000, 2000),
        Arguments.of(40, 37, 200, 150), Arguments.of(40, 34, 40, 37),
        // x > n is clamped to n, as a generated x of up to 2000 often is.
        Arguments.of(1, 2000, 1, 0), Arguments.of(10, 2000, 2000, 0));
    SplittableRandom random = new SplittableRandom(SEED);
    Stream<Arguments> generated = Stream.generate(() -> {
      int[] c;
      do {
        c = new int[] {count(random, 1), count(random, 0), count(random, 1), count(random, 0)};
      } while (!chiSquareDefined(c[0], c[1], c[2], c[3]));
      return Arguments.of(c[0], c[1], c[2], c[3]);
    }).limit(TRIES);
    return Stream.concat(edges, generated);
  }

  @ParameterizedTest(name = "[{index}] min({1}, {0}) of {0}, then min({3}, {2}) of {2}")
  @MethodSource("twoByTwoTables")
  void equalsPearsonChiSquareOnTheTwoByTwoTable(int n1, int x1, int n2, int x2) {
    assertTrue(chiSquareDefined(n1, x1, n2, x2), "not a test case: chi-square is 0/0");
    Proportion before = new Proportion(Math.min(x1, n1), n1);
    Proportion after = new Proportion(Math.min(x2, n2), n2);
    String inputs = before + " then " + after;
    ChangeTest test = ChangeTest.of(before, after);
    double chi2 = CHI_SQUARE.chiSquare(table(before, after));
    assertEquals(chi2, test.z() * test.z(), 1e-9 * Math.max(1, chi2), inputs);
    assertEquals(CHI_SQUARE.chiSquareTest(table(before, after)), test.pValue(), 1e-9, inputs);
    assertEquals(-test.z(), ChangeTest.of(after, before).z(), 1e-12, inputs);
  }
}

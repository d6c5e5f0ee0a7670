package vn.hailong.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RespondentSumsTest {
  /**
   * docs/method.md's worked example: four respondents answer one criterion, A 6 of 6 satisfied, B 3
   * of 6, C 0 of 2, D (a kiosk) 1 of 1. M = 15, Y = 10, Σy² = 46, Σm² = 77, Σym = 55.
   */
  private static RespondentSums example() {
    return RespondentSums.of(6, 6)
        .plus(RespondentSums.of(6, 3))
        .plus(RespondentSums.of(2, 0))
        .plus(RespondentSums.of(1, 1));
  }

  @Test
  void sumsOfTheHandExample() {
    assertEquals(new RespondentSums(4, 15, 10, 46, 77, 55), example());
  }

  @Test
  void designEffectAndIntervalOfTheHandExample() {
    RespondentSums sums = example();
    // (46·225 − 2·10·15·55 + 100·77) / (15·10·5) = 1550 / 750
    assertEquals(1550.0 / 750, sums.designEffect(), 1e-12);
    // the residuals y − p·m are 2, −1, −4/3, 1/3: Σ² = 62/9; var = 62/9/225; SRS var = (2/9)/15
    double residualVariance = (62.0 / 9) / 225;
    double independentVariance = (2.0 / 9) / 15;
    assertEquals(residualVariance / independentVariance, sums.designEffect(), 1e-12);
    assertEquals(15 / (1550.0 / 750), sums.effectiveN(), 1e-12); // 7.258
    Interval ci = sums.wilson();
    assertEquals(32.572397, ci.low(), 1e-5);
    assertEquals(89.224529, ci.high(), 1e-5);
    // the same answers as if independent: narrower, too narrow
    Interval naive = new Proportion(10, 15).wilson();
    assertTrue(naive.high() - naive.low() < ci.high() - ci.low());
    assertEquals(41.7135, naive.low(), 1e-3);
    assertEquals(84.8237, naive.high(), 1e-3);
  }

  @Test
  void kioskOnlyDataGivesExactlyTodaysWilsonInterval() {
    Random random = new Random(16);
    for (int trial = 0; trial < 200; trial++) {
      RespondentSums sums = RespondentSums.EMPTY;
      long satisfied = 0;
      int n = 1 + random.nextInt(5000);
      for (int i = 0; i < n; i++) {
        int y = random.nextInt(10) < 8 ? 1 : 0;
        satisfied += y;
        sums = sums.plus(RespondentSums.of(1, y));
      }
      Proportion today = new Proportion(satisfied, n);
      assertEquals(today.wilson(), sums.wilson(), "n = " + n + ", satisfied = " + satisfied);
      assertEquals(n, sums.effectiveN());
      assertEquals(
          sums, RespondentSums.ofIndependent(new Tally(n - satisfied, 0, 0, satisfied, 0, 0)));
    }
  }

  @Test
  void tallyAndExcessRebuildTheSums() {
    int[][] respondents = {{6, 6}, {6, 3}, {2, 0}, {1, 1}, {0, 0}, {1, 0}, {3, 2}};
    RespondentSums direct = RespondentSums.EMPTY;
    RespondentSums.Excess excess = RespondentSums.Excess.NONE;
    long valid = 0;
    long satisfied = 0;
    for (int[] r : respondents) {
      direct = direct.plus(RespondentSums.of(r[0], r[1]));
      excess = excess.plus(RespondentSums.Excess.of(r[0], r[1]));
      valid += r[0];
      satisfied += r[1];
    }
    Tally tally = new Tally(valid - satisfied, 0, 0, satisfied, 0, 0);
    assertEquals(direct, RespondentSums.of(tally, excess));
    assertTrue(RespondentSums.Excess.of(1, 1).isNone());
    assertTrue(RespondentSums.Excess.of(0, 0).isNone());
  }

  @Test
  void everyoneSatisfiedFallsBackToTheRespondents() {
    RespondentSums sums = RespondentSums.of(6, 6).plus(RespondentSums.of(6, 6));
    assertTrue(Double.isNaN(sums.designEffect()));
    assertEquals(2, sums.effectiveN());
    assertEquals(Wilson.interval(12, 12, 2, Proportion.Z_95), sums.wilson());
  }

  @Test
  void sameAnswersWithinRespondentsWidenTheInterval() {
    // 30 respondents of 6 answers each, each all satisfied or all not: as good as 30 answers
    List<RespondentSums> list =
        java.util.stream.IntStream.range(0, 30)
            .mapToObj(i -> RespondentSums.of(6, i < 24 ? 6 : 0))
            .toList();
    RespondentSums sums = list.stream().reduce(RespondentSums.EMPTY, RespondentSums::plus);
    assertEquals(6.0, sums.designEffect(), 1e-12);
    assertEquals(30.0, sums.effectiveN(), 1e-9);
    Interval expected = new Proportion(24, 30).wilson();
    assertEquals(expected.low(), sums.wilson().low(), 1e-9);
    assertEquals(expected.high(), sums.wilson().high(), 1e-9);
  }

  @Test
  void rejectsImpossibleSums() {
    assertThrows(IllegalArgumentException.class, () -> RespondentSums.of(2, 3));
    assertThrows(IllegalArgumentException.class, () -> new RespondentSums(3, 2, 1, 1, 2, 1));
  }
}

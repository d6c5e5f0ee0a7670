package vn.hailong.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Known answers, computed by hand and checked against SciPy 1.17 {@code stats.spearmanr}. */
class RankCorrelationTest {

  @Test
  void tiesGetTheirAverageRank() {
    // ranks of y: 1, 2, 3.5, 5, 3.5; ρ = 8 / √(10 · 9.5) = 0.82078...; t = 2.4887 with 3 df
    RankCorrelation r =
        RankCorrelation.of(new double[] {1, 2, 3, 4, 5}, new double[] {5, 6, 7, 8, 7});
    assertEquals(0.8207826816681233, r.rho(), 1e-12);
    assertEquals(5, r.n());
    assertEquals(0.08858700531354384, r.pValue(), 1e-9);
  }

  @Test
  void sevenCommunesOnTimeAgainstResultsSatisfaction() {
    // Σd² = 6 over 7 units: ρ = 1 − 6·6 / (7 · 48) = 0.892857...
    RankCorrelation r =
        RankCorrelation.of(
            new double[] {99.5, 97.0, 92.0, 88.0, 95.0, 99.9, 90.0},
            new double[] {91.0, 88.0, 80.0, 84.0, 86.0, 95.0, 79.0});
    assertEquals(0.8928571428571429, r.rho(), 1e-12);
    assertEquals(0.006807187408935393, r.pValue(), 1e-9);
  }

  @Test
  void aPerfectOrderHasPZeroAndAReversedOneRhoMinusOne() {
    RankCorrelation up =
        RankCorrelation.of(new double[] {1, 2, 3, 4}, new double[] {10, 20, 30, 40});
    assertEquals(1.0, up.rho(), 1e-12);
    assertEquals(0.0, up.pValue());
    RankCorrelation down = RankCorrelation.of(new double[] {1, 2, 3}, new double[] {3, 2, 1});
    assertEquals(-1.0, down.rho(), 1e-12);
  }

  @Test
  void tooFewOrConstantValuesGiveNoAnswer() {
    assertTrue(Double.isNaN(RankCorrelation.of(new double[] {1, 2}, new double[] {2, 1}).rho()));
    RankCorrelation flat = RankCorrelation.of(new double[] {1, 2, 3}, new double[] {5, 5, 5});
    assertTrue(Double.isNaN(flat.rho()));
    assertTrue(Double.isNaN(flat.pValue()));
    assertEquals(3, flat.n());
    assertThrows(
        IllegalArgumentException.class,
        () -> RankCorrelation.of(new double[] {1, 2, 3}, new double[] {1, 2}));
    assertThrows(
        IllegalArgumentException.class,
        () -> RankCorrelation.of(new double[] {1, Double.NaN, 3}, new double[] {1, 2, 3}));
  }
}

package vn.hailong.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.List;
import org.junit.jupiter.api.Test;

class FunnelLimitsTest {
  private static final MathContext MC = new MathContext(40);

  /**
   * The binomial cumulative distribution computed another way: exact rational terms C(n,k) θ^k
   * (1−θ)^(n−k) in BigDecimal, with θ = 17/20, summed from k = 0.
   */
  private static BigDecimal[] cumulative(int n) {
    BigDecimal theta = new BigDecimal("0.85");
    BigDecimal rest = BigDecimal.ONE.subtract(theta);
    BigDecimal[] f = new BigDecimal[n + 1];
    BigDecimal sum = BigDecimal.ZERO;
    BigInteger choose = BigInteger.ONE;
    for (int k = 0; k <= n; k++) {
      if (k > 0) {
        choose = choose.multiply(BigInteger.valueOf(n - k + 1)).divide(BigInteger.valueOf(k));
      }
      BigDecimal term =
          new BigDecimal(choose).multiply(theta.pow(k, MC)).multiply(rest.pow(n - k, MC), MC);
      sum = sum.add(term, MC);
      f[k] = sum;
    }
    return f;
  }

  /** Spiegelhalter's interpolated limit, from the BigDecimal distribution. */
  private static double limit(int n, double q) {
    BigDecimal[] f = cumulative(n);
    BigDecimal target = new BigDecimal(q);
    int r = 0;
    while (f[r].compareTo(target) < 0) {
      r++;
    }
    double fr = f[r].doubleValue();
    double below = r == 0 ? 0 : f[r - 1].doubleValue();
    return 100 * (r - (fr - q) / (fr - below)) / n;
  }

  @Test
  void exactLimitsAroundEightyFivePercent() {
    for (int n : new int[] {40, 200, 1000}) {
      FunnelLimits.Limits l95 = FunnelLimits.limits(0.85, n, 0.95, 1);
      FunnelLimits.Limits l998 = FunnelLimits.limits(0.85, n, 0.998, 1);
      assertEquals(limit(n, 0.025), l95.low(), 1e-6, "n = " + n);
      assertEquals(limit(n, 0.975), l95.high(), 1e-6, "n = " + n);
      assertEquals(limit(n, 0.001), l998.low(), 1e-6, "n = " + n);
      assertEquals(limit(n, 0.999), l998.high(), 1e-6, "n = " + n);
    }
  }

  /** The same limits as literal figures (docs/method.md's table). */
  @Test
  void knownFigures() {
    assertEquals(71.8147, FunnelLimits.limits(0.85, 40, 0.95, 1).low(), 1e-4);
    assertEquals(94.1167, FunnelLimits.limits(0.85, 40, 0.95, 1).high(), 1e-4);
    assertEquals(63.9815, FunnelLimits.limits(0.85, 40, 0.998, 1).low(), 1e-4);
    assertEquals(98.3359, FunnelLimits.limits(0.85, 40, 0.998, 1).high(), 1e-4);
    assertEquals(79.6299, FunnelLimits.limits(0.85, 200, 0.95, 1).low(), 1e-4);
    assertEquals(89.5223, FunnelLimits.limits(0.85, 200, 0.95, 1).high(), 1e-4);
    assertEquals(76.4945, FunnelLimits.limits(0.85, 200, 0.998, 1).low(), 1e-4);
    assertEquals(91.9963, FunnelLimits.limits(0.85, 200, 0.998, 1).high(), 1e-4);
    assertEquals(82.7045, FunnelLimits.limits(0.85, 1000, 0.95, 1).low(), 1e-4);
    assertEquals(87.1306, FunnelLimits.limits(0.85, 1000, 0.95, 1).high(), 1e-4);
    assertEquals(81.3623, FunnelLimits.limits(0.85, 1000, 0.998, 1).low(), 1e-4);
    assertEquals(88.3381, FunnelLimits.limits(0.85, 1000, 0.998, 1).high(), 1e-4);
  }

  @Test
  void overDispersionWidensByRootPhi() {
    FunnelLimits.Limits l = FunnelLimits.limits(0.85, 200, 0.95, 4);
    double half = 1.959963984540054 * Math.sqrt(4 * 0.85 * 0.15 / 200);
    assertEquals(100 * (0.85 - half), l.low(), 1e-9);
    assertEquals(100 * (0.85 + half), l.high(), 1e-9);
  }

  @Test
  void unitsOutsideTheLimitsAreNamed() {
    List<Funnel.Point> points =
        List.of(
            new Funnel.Point("small-low", 70.0, 40), // inside 64.0-98.3 at 99.8%, below 71.8 at 95%
            new Funnel.Point("big-low", 82.0, 1000), // below 82.7 (95%), above 81.4 (99.8%)
            new Funnel.Point("big-very-low", 80.0, 1000), // below 81.4: 99.8%
            new Funnel.Point("middle", 86.0, 200),
            new Funnel.Point("high", 93.0, 200), // above 92.0: 99.8%
            new Funnel.Point("empty", Double.NaN, 0));
    List<Funnel.Judged> judged = Funnel.judge(points, 85, 1);
    assertEquals(Funnel.Position.BELOW_95, judged.get(0).position());
    assertEquals(Funnel.Position.BELOW_95, judged.get(1).position());
    assertEquals(Funnel.Position.BELOW_998, judged.get(2).position());
    assertEquals(Funnel.Position.WITHIN, judged.get(3).position());
    assertEquals(Funnel.Position.ABOVE_998, judged.get(4).position());
    assertEquals(Funnel.Position.NO_DATA, judged.get(5).position());
  }

  @Test
  void dispersionOfUnitsThatDifferOnlyByChanceIsNearOne() {
    java.util.Random random = new java.util.Random(2005);
    java.util.List<Funnel.Point> points = new java.util.ArrayList<>();
    for (int i = 0; i < 400; i++) {
      int n = 50 + random.nextInt(500);
      int y = 0;
      for (int j = 0; j < n; j++) {
        y += random.nextDouble() < 0.85 ? 1 : 0;
      }
      points.add(new Funnel.Point("u" + i, 100.0 * y / n, n));
    }
    double phi = Funnel.dispersion(points, 85);
    assertTrue(phi > 0.6 && phi < 1.2, "phi = " + phi); // winsorising pulls it a little below 1
    // spread them out: phi well above 1
    java.util.List<Funnel.Point> spread =
        points.stream()
            .map(p -> new Funnel.Point(p.key(), 85 + 3 * (p.percent() - 85), p.n()))
            .toList();
    assertTrue(Funnel.dispersion(spread, 85) > 4);
  }
}

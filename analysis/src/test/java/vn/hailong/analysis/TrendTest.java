package vn.hailong.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrendTest {

  private static PeriodPercent at(String label, double percent) {
    return new PeriodPercent(Period.parse(label), percent);
  }

  @Test
  void slopeInterceptAndProjectionOfAHandComputedSeries() {
    // x = 0..3, y = 80, 83, 83, 86: x̄ = 1.5, ȳ = 83, Sxy = 4.5 + 0 + 0 + 4.5 = 9, Sxx = 5,
    // slope = 1.8 points per quarter, intercept = 83 − 1.8·1.5 = 80.3,
    // 2025-Q4 is x = 7: 80.3 + 12.6 = 92.9.
    Trend trend =
        Trend.fit(
            List.of(at("2024-Q1", 80), at("2024-Q2", 83), at("2024-Q3", 83), at("2024-Q4", 86)));
    assertTrue(trend.hasSlope());
    assertEquals(1.8, trend.slope(), 1e-9);
    assertEquals(80.3, trend.projectAt(Period.parse("2024-Q1")), 1e-9); // the intercept
    assertEquals(92.9, trend.projectAtEndOf(2025), 1e-9);
    assertEquals(92.9, trend.projectAt(Period.parse("2025-Q4")), 1e-9);
    assertTrue(trend.reaches(90.0, 2025));
    assertFalse(trend.reaches(95.0, 2025));
  }

  @Test
  void periodsWithoutDataAreSkippedNotCountedAsZero() {
    // Months 0, 2, 3 (February has no data): y = 70, 74, 76 → slope exactly 2 per month.
    Trend trend =
        Trend.fit(
            List.of(
                at("2024-04", 76),
                at("2024-01", 70),
                at("2024-02", Double.NaN),
                at("2024-03", 74)));
    assertEquals(2.0, trend.slope(), 1e-9);
    // The line starts at January, the first period with data: 70 there, 72 in February.
    assertEquals(70.0, trend.projectAt(Period.parse("2024-01")), 1e-9);
    assertEquals(72.0, trend.projectAt(Period.parse("2024-02")), 1e-9);
    // December is x = 11: 70 + 22 = 92.
    assertEquals(92.0, trend.projectAtEndOf(2024), 1e-9);
  }

  @Test
  void projectionsStayWithinZeroToHundred() {
    Trend rising = Trend.fit(List.of(at("2024", 80), at("2025", 95)));
    assertEquals(100.0, rising.projectAtEndOf(2027));
    Trend falling = Trend.fit(List.of(at("2024", 20), at("2025", 5)));
    assertEquals(0.0, falling.projectAtEndOf(2027));
  }

  @Test
  void fewerThanTwoPeriodsWithDataGiveNoLine() {
    for (List<PeriodPercent> series :
        List.of(
            List.<PeriodPercent>of(),
            List.of(at("2024-Q1", 90)),
            List.of(at("2024-Q1", 90), at("2024-Q2", Double.NaN)))) {
      Trend trend = Trend.fit(series);
      assertFalse(trend.hasSlope());
      assertTrue(Double.isNaN(trend.slope()));
      assertTrue(Double.isNaN(trend.projectAtEndOf(2025)));
      assertFalse(trend.reaches(0.0, 2025));
    }
  }

  @Test
  void seriesMustBeOneGranularityWithoutRepeats() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Trend.fit(List.of(at("2024-Q1", 80), at("2024-05", 81))));
    assertThrows(
        IllegalArgumentException.class,
        () -> Trend.fit(List.of(at("2024-Q1", 80), at("2024-Q1", 81))));
    Trend quarterly = Trend.fit(List.of(at("2024-Q1", 80), at("2024-Q2", 81)));
    assertThrows(
        IllegalArgumentException.class, () -> quarterly.projectAt(Period.parse("2024-06")));
  }
}

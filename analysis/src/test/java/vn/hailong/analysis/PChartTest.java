package vn.hailong.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PChartTest {
  /** 30 weeks of 100 ratings at a true 90%, seeded; {@code drop} plants 70% in week 25. */
  private static List<PChart.Week> weeks(long seed, boolean drop) {
    Random random = new Random(seed);
    List<PChart.Week> weeks = new ArrayList<>();
    for (int w = 0; w < 30; w++) {
      double rate = drop && w == 25 ? 0.70 : 0.90;
      int satisfied = 0;
      for (int i = 0; i < 100; i++) {
        satisfied += random.nextDouble() < rate ? 1 : 0;
      }
      weeks.add(new PChart.Week(satisfied, 100));
    }
    return weeks;
  }

  @Test
  void aPlantedDropRaisesOneSignal() {
    PChart.Result chart = PChart.of(weeks(13, true), 30);
    assertEquals(
        List.of(new PChart.Signal(PChart.Signal.Rule.BELOW_LOWER_LIMIT, 25, 25)), chart.signals());
    PChart.Point point = chart.points().get(25);
    assertTrue(point.p() < point.lower());
  }

  @Test
  void noiseWithTheSameSeedRaisesNone() {
    PChart.Result chart = PChart.of(weeks(13, false), 30);
    assertEquals(List.of(), chart.signals());
    assertEquals(17, chart.points().stream().filter(PChart.Point::judged).count());
  }

  /** Limits by hand: baseline 13 weeks of 90 of 100, a week of 25 ratings. */
  @Test
  void limitsVaryWithTheWeeksN() {
    List<PChart.Week> weeks = new ArrayList<>();
    for (int w = 0; w < 13; w++) {
      weeks.add(new PChart.Week(90, 100));
    }
    weeks.add(new PChart.Week(20, 25));
    weeks.add(new PChart.Week(360, 400));
    PChart.Result chart = PChart.of(weeks, 30);
    PChart.Point small = chart.points().get(13);
    assertEquals(0.9, small.centre(), 1e-12);
    assertEquals(0.9 - 3 * Math.sqrt(0.09 / 25), small.lower(), 1e-12); // 0.72
    assertEquals(1.0, small.upper(), 1e-12); // 0.9 + 0.18 capped
    PChart.Point large = chart.points().get(14);
    // baseline now weeks 1..13: 12 × 90/100 + 20/25 = 1100/1225
    double centre = 1100.0 / 1225;
    assertEquals(centre, large.centre(), 1e-12);
    assertEquals(centre - 3 * Math.sqrt(centre * (1 - centre) / 400), large.lower(), 1e-12);
    assertEquals(List.of(), chart.signals()); // 80% of 25 is above 72%
  }

  @Test
  void eightWeeksBelowTheCentreSignalOnceForTheRun() {
    List<PChart.Week> weeks = new ArrayList<>();
    for (int w = 0; w < 13; w++) {
      weeks.add(new PChart.Week(90, 100));
    }
    for (int w = 0; w < 11; w++) {
      weeks.add(new PChart.Week(88, 100)); // below the centre, far above the lower limit
    }
    PChart.Result chart = PChart.of(weeks, 30);
    assertEquals(
        List.of(new PChart.Signal(PChart.Signal.Rule.RUN_BELOW_CENTRE, 20, 13)), chart.signals());
  }

  @Test
  void sevenWeeksBelowAreNoRun() {
    List<PChart.Week> weeks = new ArrayList<>();
    for (int w = 0; w < 13; w++) {
      weeks.add(new PChart.Week(90, 100));
    }
    for (int w = 0; w < 7; w++) {
      weeks.add(new PChart.Week(88, 100));
    }
    weeks.add(new PChart.Week(95, 100));
    weeks.add(new PChart.Week(88, 100));
    assertEquals(List.of(), PChart.of(weeks, 30).signals());
  }

  @Test
  void aThinBaselineJudgesNothing() {
    List<PChart.Week> weeks = new ArrayList<>();
    for (int w = 0; w < 13; w++) {
      weeks.add(new PChart.Week(1, 2));
    }
    weeks.add(new PChart.Week(0, 10));
    PChart.Result chart = PChart.of(weeks, 30);
    assertEquals(List.of(), chart.signals());
    assertTrue(!chart.points().get(13).judged());
  }
}

package vn.hailong.api.stats;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hailong.analysis.Criterion;
import vn.hailong.analysis.PChart;
import vn.hailong.analysis.RespondentSums;
import vn.hailong.analysis.VietnamTime;
import vn.hailong.api.rollup.RollupReader;
import vn.hailong.api.unit.Unit;
import vn.hailong.api.unit.UnitDirectory;

/**
 * Checks the weekly p-chart ({@link PChart}) of every unit's own counter and criterion over the
 * last 26 complete weeks (Monday to Sunday, local time: 13 of baseline before each of the last 13)
 * and stores the signals not raised before. Runs every {@code hailong.stats.alert-scan} (first
 * after one interval), reading the daily rollups once per scan; listing alerts reads only the alert
 * table.
 */
@Singleton
public class AlertScanner {
  /** Weeks judged per scan; each needs the {@link PChart#BASELINE_WEEKS} before it. */
  static final int JUDGED_WEEKS = 13;

  private static final Logger LOG = LoggerFactory.getLogger(AlertScanner.class);

  private final RollupReader rollups;
  private final UnitDirectory units;
  private final AlertStore store;
  private final Clock clock;
  private final StatsSettings settings;

  AlertScanner(
      RollupReader rollups,
      UnitDirectory units,
      AlertStore store,
      Clock clock,
      StatsSettings settings) {
    this.rollups = rollups;
    this.units = units;
    this.store = store;
    this.clock = clock;
    this.settings = settings;
  }

  @Scheduled(
      fixedDelay = "${hailong.stats.alert-scan:1h}",
      initialDelay = "${hailong.stats.alert-scan:1h}")
  void scheduled() {
    try {
      long started = System.nanoTime();
      int raised = scan();
      LOG.info(
          "Alert scan: {} new alerts in {} ms", raised, (System.nanoTime() - started) / 1_000_000);
    } catch (RuntimeException e) {
      LOG.error("The alert scan failed; it runs again in {}", settings.alertScan(), e);
    }
  }

  /** The Monday of the week a day falls in. */
  static LocalDate monday(LocalDate day) {
    return day.with(DayOfWeek.MONDAY);
  }

  /** Scans now; returns how many alerts were raised. */
  public int scan() {
    LocalDate thisMonday = monday(VietnamTime.localDate(clock.instant()));
    int weeks = PChart.BASELINE_WEEKS + JUDGED_WEEKS;
    LocalDate first = thisMonday.minusWeeks(weeks);
    LocalDate last = thisMonday.minusDays(1);
    List<Unit> all =
        units.tree().all().stream()
            .filter(u -> u.validTo() == null || !u.validTo().isBefore(first))
            .toList();
    RollupReader.Daily daily = rollups.daily(all.stream().map(Unit::id).toList(), first, last);
    Set<AlertStore.Key> known = store.keysSince(first);
    List<AlertStore.Stored> raised = new ArrayList<>();
    daily
        .tallies()
        .forEach(
            (unitId, byDay) -> {
              Map<LocalDate, Map<Criterion, RespondentSums.Excess>> excess =
                  daily.excess().getOrDefault(unitId, Map.of());
              Map<Criterion, RespondentSums[]> weekly = new EnumMap<>(Criterion.class);
              byDay.forEach(
                  (day, byQuestion) -> {
                    int w = (int) java.time.temporal.ChronoUnit.WEEKS.between(first, monday(day));
                    UnitFigures.sums(byQuestion, excess.get(day))
                        .forEach(
                            (criterion, sums) -> {
                              RespondentSums[] series =
                                  weekly.computeIfAbsent(criterion, c -> empty(weeks));
                              series[w] = series[w].plus(sums);
                            });
                  });
              weekly.forEach(
                  (criterion, series) -> {
                    List<PChart.Week> points = new ArrayList<>();
                    for (RespondentSums s : series) {
                      double n = s.effectiveN();
                      points.add(
                          n > 0
                              ? new PChart.Week(s.proportion().percent() / 100 * n, n)
                              : PChart.Week.EMPTY);
                    }
                    PChart.Result chart = PChart.of(points, settings.alertMinBaseline());
                    for (PChart.Signal signal : chart.signals()) {
                      var key =
                          new AlertStore.Key(
                              unitId,
                              criterion.name(),
                              signal.rule().name(),
                              first.plusWeeks(signal.firstWeek()));
                      if (known.contains(key)) {
                        continue;
                      }
                      PChart.Point p = chart.points().get(signal.week());
                      raised.add(
                          new AlertStore.Stored(
                              0,
                              unitId,
                              criterion.name(),
                              signal.rule().name(),
                              key.firstWeek(),
                              first.plusWeeks(signal.week()),
                              p.p(),
                              p.centre(),
                              p.lower(),
                              points.get(signal.week()).n(),
                              clock.instant(),
                              null,
                              null,
                              null));
                    }
                  });
            });
    return raised.isEmpty() ? 0 : store.insert(raised);
  }

  private static RespondentSums[] empty(int weeks) {
    RespondentSums[] series = new RespondentSums[weeks];
    java.util.Arrays.fill(series, RespondentSums.EMPTY);
    return series;
  }
}

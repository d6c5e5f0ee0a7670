package vn.hailong.api.analysis;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BinaryOperator;
import vn.hailong.analysis.Criterion;
import vn.hailong.analysis.Period;
import vn.hailong.analysis.Tally;
import vn.hailong.api.rollup.RollupReader;
import vn.hailong.api.unit.UnitDirectory;
import vn.hailong.api.unit.UnitTree;

/**
 * Reads the figures of a territory's PARTIAL predecessors, shown apart from its own: one rollup
 * query for all of them, over a range (satisfaction) or by month (trend). Nothing is read when
 * there are none, which is the case for most units and for the province.
 */
@Singleton
class PartialPredecessors {
  private final RollupReader rollups;
  private final UnitDirectory units;

  PartialPredecessors(RollupReader rollups, UnitDirectory units) {
    this.rollups = rollups;
    this.units = units;
  }

  /** Each PARTIAL predecessor with its index figures over the range. */
  List<PartialPredecessor> overRange(Territory territory, LocalDate from, LocalDate to) {
    UnitTree tree = units.tree();
    List<Territory> apart = territory.partialTerritories(tree);
    if (apart.isEmpty()) {
      return List.of();
    }
    Map<Long, Map<String, Tally>> own = rollups.byUnit(ids(apart, tree), from, to);
    return apart.stream()
        .map(p -> PartialPredecessor.index(p.unit(), ListedUnit.pool(p, own, tree)))
        .toList();
  }

  /** The PARTIAL predecessors of a trend with their own tallies by month. */
  ByMonth byMonth(Territory territory, LocalDate from, LocalDate to) {
    UnitTree tree = units.tree();
    List<Territory> apart = territory.partialTerritories(tree);
    if (apart.isEmpty()) {
      return new ByMonth(List.of(), Map.of(), tree);
    }
    return new ByMonth(apart, rollups.byUnitAndMonth(ids(apart, tree), from, to), tree);
  }

  private static Set<Long> ids(List<Territory> apart, UnitTree tree) {
    Set<Long> ids = new LinkedHashSet<>();
    apart.forEach(p -> ids.addAll(p.unitIds(tree)));
    return ids;
  }

  /** The question tallies of the months whose first day lies within the days. */
  static Map<String, Tally> inPeriod(
      Map<YearMonth, Map<String, Tally>> months, LocalDate start, LocalDate end) {
    return inPeriod(months, start, end, Tally::plus);
  }

  /** The same for any monthly figures that add up (tallies, long-form excess). */
  static <K, V> Map<K, V> inPeriod(
      Map<YearMonth, Map<K, V>> months, LocalDate start, LocalDate end, BinaryOperator<V> plus) {
    Map<K, V> pooled = new HashMap<>();
    months.forEach(
        (month, figures) -> {
          if (!month.atDay(1).isBefore(start) && !month.atDay(1).isAfter(end)) {
            figures.forEach((key, value) -> pooled.merge(key, value, plus));
          }
        });
    return pooled;
  }

  /** A trend's PARTIAL predecessors with each unit's own tallies by month. */
  record ByMonth(
      List<Territory> apart, Map<Long, Map<YearMonth, Map<String, Tally>>> byUnit, UnitTree tree) {

    /** Those valid in the period, with their figures for a criterion (null: the index). */
    List<PartialPredecessor> of(Period period, Criterion criterion) {
      return figures(period.start(), period.end(), criterion);
    }

    /** Those valid in the range, with their index figures over it. */
    List<PartialPredecessor> over(LocalDate from, LocalDate to) {
      return figures(from, to, null);
    }

    private List<PartialPredecessor> figures(LocalDate start, LocalDate end, Criterion criterion) {
      // a month counts by its first day; the range's first month may begin before its start
      LocalDate firstMonth = start.withDayOfMonth(1);
      List<PartialPredecessor> result = new ArrayList<>();
      for (Territory p : apart) {
        if (!p.validWithin(start, end)) {
          continue;
        }
        Map<String, Tally> pooled = new HashMap<>();
        for (Long id : p.unitIds(tree)) {
          inPeriod(byUnit.getOrDefault(id, Map.of()), firstMonth, end)
              .forEach((code, tally) -> pooled.merge(code, tally, Tally::plus));
        }
        result.add(PartialPredecessor.of(p.unit(), pooled, criterion));
      }
      return result;
    }
  }
}

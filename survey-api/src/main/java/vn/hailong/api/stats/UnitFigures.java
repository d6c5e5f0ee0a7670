package vn.hailong.api.stats;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.hailong.analysis.Criterion;
import vn.hailong.analysis.RespondentSums;
import vn.hailong.analysis.Tally;
import vn.hailong.api.rollup.RollupReader;
import vn.hailong.api.unit.Unit;
import vn.hailong.api.unit.UnitDirectory;
import vn.hailong.api.unit.UnitTree;

/**
 * Respondent sums per criterion of the units one level below a unit, each pooling its subtree, and
 * of the unit itself: from the rollups (tallies and long-form excess), two queries per request.
 */
@Singleton
class UnitFigures {
  private final RollupReader rollups;
  private final UnitDirectory units;

  UnitFigures(RollupReader rollups, UnitDirectory units) {
    this.rollups = rollups;
    this.units = units;
  }

  /** One unit's six criteria as respondent sums. */
  record Figures(Unit unit, Map<Criterion, RespondentSums> criteria) {
    RespondentSums of(Criterion criterion) {
      return criteria.getOrDefault(criterion, RespondentSums.EMPTY);
    }
  }

  /** The request's unit (its whole subtree) first, then each unit one level down, tree order. */
  List<Figures> belowAndTop(Unit top, LocalDate from, LocalDate to) {
    UnitTree tree = units.tree();
    List<Long> ids = tree.subtree(top).stream().map(Unit::id).toList();
    Map<Long, Map<String, Tally>> own = rollups.byUnit(ids, from, to);
    Map<Long, Map<Criterion, RespondentSums.Excess>> excess = rollups.excessByUnit(ids, from, to);
    List<Unit> children =
        tree.all().stream()
            .filter(u -> u != top && top.id().equals(u.parentId()) && overlaps(u, from, to))
            .toList();
    Map<Long, Map<Criterion, RespondentSums>> pooled = new HashMap<>();
    pooled.put(top.id(), new EnumMap<>(Criterion.class));
    children.forEach(c -> pooled.put(c.id(), new EnumMap<>(Criterion.class)));
    for (Long unitId : ids) {
      Map<Criterion, RespondentSums> sums = sums(own.get(unitId), excess.get(unitId));
      if (sums.isEmpty()) {
        continue;
      }
      for (Unit ancestor : tree.ancestry(tree.byId(unitId))) {
        Map<Criterion, RespondentSums> target = pooled.get(ancestor.id());
        if (target != null) {
          sums.forEach((c, s) -> target.merge(c, s, RespondentSums::plus));
        }
      }
    }
    Map<Unit, Map<Criterion, RespondentSums>> ordered = new LinkedHashMap<>();
    ordered.put(top, pooled.get(top.id()));
    children.forEach(c -> ordered.put(c, pooled.get(c.id())));
    List<Figures> result = new ArrayList<>();
    ordered.forEach((unit, criteria) -> result.add(new Figures(unit, criteria)));
    return result;
  }

  private static boolean overlaps(Unit unit, LocalDate from, LocalDate to) {
    return (unit.validFrom() == null || !unit.validFrom().isAfter(to))
        && (unit.validTo() == null || !unit.validTo().isBefore(from));
  }

  /** A unit's own tallies per question and excess per criterion as respondent sums. */
  static Map<Criterion, RespondentSums> sums(
      Map<String, Tally> byQuestion, Map<Criterion, RespondentSums.Excess> excess) {
    Map<Criterion, RespondentSums> sums = new EnumMap<>(Criterion.class);
    if (byQuestion == null) {
      return sums;
    }
    Map<Criterion, Tally> tallies = new EnumMap<>(Criterion.class);
    byQuestion.forEach((code, t) -> tallies.merge(Criterion.ofQuestion(code), t, Tally::plus));
    tallies.forEach(
        (criterion, tally) ->
            sums.put(
                criterion,
                RespondentSums.of(
                    tally,
                    excess == null
                        ? RespondentSums.Excess.NONE
                        : excess.getOrDefault(criterion, RespondentSums.Excess.NONE))));
    return sums;
  }
}
